// Agencies ranked by the obligations they carry, split by role (lead/support/joint/sole/implicit).
// Parameters: $limit (integer).
// Reads the counters kept on each agency at load (graph/aggregates.py); counting from the facts gives the
// same answer: MATCH (:Task)-[:HAS_RESPONSIBILITY]->(r:Responsibility)-[:HELD_BY]->(a:Agency) … count(r)
// (a target's bodies, Target-[:HAS_RESPONSIBILITY]->, are no obligations).
MATCH (a:Agency)
WHERE a.obligations > 0
RETURN a.id AS id, a.name AS agency, a.obligations AS total, a.lead_obligations AS lead,
       a.support_obligations AS support, a.joint_obligations AS joint, a.sole_obligations AS sole,
       a.implicit_obligations AS implicit
ORDER BY total DESC, agency
LIMIT $limit
