// Agency pairs that share tasks (co-responsibility), most shared first.
// Parameters: $limit (integer).
MATCH (t:Task)-[:HAS_RESPONSIBILITY]->(:Responsibility)-[:HELD_BY]->(a:Agency),
      (t)-[:HAS_RESPONSIBILITY]->(:Responsibility)-[:HELD_BY]->(b:Agency)
WHERE a.id < b.id
RETURN a.name AS agency_a, b.name AS agency_b, count(DISTINCT t) AS tasks
ORDER BY tasks DESC, agency_a, agency_b
LIMIT $limit
