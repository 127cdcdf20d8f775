// Programmes recurring across regions: in how many regions' plans each programme appears, and where.
// Parameters: none.
MATCH (p:Plan)-[:IMPLEMENTS]->(g:Program), (p)-[:COVERS]->(r:Region)
WITH g, collect(DISTINCT r.name) AS regions
RETURN g.name AS programme, size(regions) AS region_count, regions
ORDER BY region_count DESC, programme
