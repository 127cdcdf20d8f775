// Agencies ranked by the targets plans name them for (a target table's 责任单位 / 牵头单位 column, a goal's
// note): how many in all and how many they lead, beside the obligations they carry for tasks.
// Parameters: $limit (integer).
// Reads the counters kept on each agency at load (graph/aggregates.py); counting from the facts gives the
// same answer: MATCH (:Target)-[:HAS_RESPONSIBILITY]->(r:Responsibility)-[:HELD_BY]->(a:Agency) … count(r).
// An agency's targets, one by one: GET /agencies/{id}/targets.
MATCH (a:Agency)
WHERE a.targets > 0
RETURN a.id AS id, a.name AS agency, a.region_id AS region, a.targets AS targets, a.lead_targets AS lead,
       a.obligations AS obligations
ORDER BY targets DESC, agency
LIMIT $limit
