// Agencies ranked by the obligations they carry, split by role (lead/support/joint/sole/implicit).
// Parameters: $limit (integer).
MATCH (r:Responsibility)-[:HELD_BY]->(a:Agency)
RETURN a.id AS id, a.name AS agency, count(r) AS total,
       count(CASE WHEN r.role = 'lead' THEN 1 END) AS lead,
       count(CASE WHEN r.role = 'support' THEN 1 END) AS support,
       count(CASE WHEN r.role = 'joint' THEN 1 END) AS joint,
       count(CASE WHEN r.role = 'sole' THEN 1 END) AS sole,
       count(CASE WHEN r.role = 'implicit' THEN 1 END) AS implicit
ORDER BY total DESC, agency
LIMIT $limit
