// Tasks whose named agencies (annotation or table) include no lead, per plan.
// Parameters: none.
// Reads the count kept on each plan at load; from the facts it is: MATCH (p:Plan)-[:HAS_TASK]->(t:Task)
// -[:HAS_RESPONSIBILITY]->(r) with some r.basis in ['annotation', 'table'] and no r.role = 'lead'.
MATCH (p:Plan)
WHERE p.tasks_without_lead > 0
RETURN p.title AS plan, p.tasks_without_lead AS tasks
ORDER BY plan
