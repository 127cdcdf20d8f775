// Tasks whose named agencies (annotation or table) include no lead, per plan.
// Parameters: none.
MATCH (p:Plan)-[:HAS_TASK]->(t:Task)-[:HAS_RESPONSIBILITY]->(r:Responsibility)
WITH p, t, collect(r.basis) AS bases, collect(r.role) AS roles
WHERE any(b IN bases WHERE b IN ['annotation', 'table']) AND NOT 'lead' IN roles
RETURN p.title AS plan, count(t) AS tasks
ORDER BY plan
