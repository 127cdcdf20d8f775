// Tasks whose named agencies (annotation or table) include no lead, per plan.
// Parameters: none.
MATCH (p:Plan)-[:HAS_TASK]->(t:Task)-[:HAS_RESPONSIBILITY]->(r:Responsibility)
WHERE r.basis IN ['annotation', 'table'] AND NOT (t)-[:HAS_RESPONSIBILITY]->(:Responsibility {role: 'lead'})
RETURN p.title AS plan, count(DISTINCT t) AS tasks
ORDER BY plan
