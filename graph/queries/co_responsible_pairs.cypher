// Agency pairs that share tasks (co-responsibility), most shared first.
// Parameters: $limit (integer).
// Reads the SHARES_TASKS links kept at load (graph/aggregates.py; from the smaller id to the larger, with
// the number of tasks both agencies hold a responsibility for).
MATCH (a:Agency)-[s:SHARES_TASKS]->(b:Agency)
RETURN a.name AS agency_a, b.name AS agency_b, s.tasks AS tasks
ORDER BY tasks DESC, agency_a, agency_b
LIMIT $limit
