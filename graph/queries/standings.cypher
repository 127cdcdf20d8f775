// Standings: which plans promise a rank or a level against an average (高于全市平均水平, 保持全省前3位,
// 位居全市前列), for which indicator, measured against which region.
// Parameters: $region (optional, null for all: the id or name of the region measured against, e.g. '320000'
// or '江苏省'), $kind (optional, null for both: 'average' or 'rank'), $limit (integer: rows to return, e.g. 100).
// indicator is as written, indicator_key the key targets_by_indicator takes; rank is the place written
// (前3位: 3 with comparator '<=', 首位: 1 with '='), null for an average or the top group (前列);
// measured_against is null where the scope names no one region (全国同类地区平均水平); reference_basis says
// whether the plan names it (stated: 全省前3位, 在全市…中保持前列) or it is the plan's next level up because no
// scope is written (inferred: 保持前列 in a county plan is measured against its city).
// Starts from the index on Target.standing (graph/cypher.py), not from every target.
MATCH (t:Target)
WHERE t.standing IN ['average', 'rank'] AND ($kind IS NULL OR t.standing = $kind)
OPTIONAL MATCH (t)-[:MEASURED_AGAINST]->(m:Region)
WITH t, m
WHERE $region IS NULL OR m.id = $region OR m.name = $region
MATCH (p:Plan)-[:HAS_TARGET]->(t)-[:MEASURES]->(i:Indicator)
OPTIONAL MATCH (t)-[:FOR_REGION]->(r:Region)
RETURN p.title AS plan, r.name AS region, t.indicator AS indicator, i.key AS indicator_key, t.standing AS kind,
       t.comparator AS comparator, t.value AS rank, t.reference AS reference, m.name AS measured_against,
       m.id AS measured_against_id, t.reference_basis AS reference_basis, t.year AS year, t.quote AS quote,
       t.id AS target
ORDER BY plan, indicator_key, reference, target
LIMIT $limit
