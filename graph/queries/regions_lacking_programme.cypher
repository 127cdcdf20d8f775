// Regions whose plans do not implement a programme (where a recurring programme is missing).
// Parameters: $program_id (string, e.g. 'genuine_goods' for 正版正货).
// p.programs lists the programmes a plan implements (its IMPLEMENTS links, kept on the plan at load).
MATCH (p:Plan)-[:COVERS]->(r:Region)
WHERE NOT $program_id IN p.programs
RETURN DISTINCT r.name AS region, p.title AS plan
ORDER BY region
