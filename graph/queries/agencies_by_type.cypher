// Agencies by type across all plans, with their obligations.
// Parameters: none.
MATCH (k:AgencyType)<-[:OF_TYPE]-(a:Agency)
OPTIONAL MATCH (a)<-[:HELD_BY]-(r:Responsibility)
RETURN k.name AS type, count(DISTINCT a) AS agencies, count(r) AS obligations
ORDER BY obligations DESC, type
