// Regions whose plans do not implement a programme (where a recurring programme is missing).
// Parameters: $program_id (string, e.g. 'genuine_goods' for 正版正货).
MATCH (p:Plan)-[:COVERS]->(r:Region)
WHERE NOT (p)-[:IMPLEMENTS]->(:Program {id: $program_id})
RETURN DISTINCT r.name AS region, p.title AS plan
ORDER BY region
