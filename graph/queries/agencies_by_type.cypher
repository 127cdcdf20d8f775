// Agencies by type across all plans, with their obligations.
// Parameters: none.
// Reads the obligation counters kept on each agency at load (graph/aggregates.py).
MATCH (k:AgencyType)<-[:OF_TYPE]-(a:Agency)
RETURN k.name AS type, count(a) AS agencies, sum(coalesce(a.obligations, 0)) AS obligations
ORDER BY obligations DESC, type
