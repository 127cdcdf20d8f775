// One indicator's targets compared across regions and years (prose and table targets), with the starting
// levels the plans name (kind 'baseline') beside them. A standing has its reference (全市平均水平, 全省前3位)
// and no value, or a rank as value. flags tell how the value counts (increment 新增, cumulative 累计, annual
// 全年/年均, growth 增长率 …): a stock and an increment may share an indicator.
// Parameters: $key (string, an indicator key such as 'PCT国际专利申请量'), $limit (integer: rows to return).
MATCH (p:Plan)-[:HAS_TARGET]->(t:Target)-[:MEASURES]->(:Indicator {key: $key})
OPTIONAL MATCH (t)-[:FOR_REGION]->(r:Region)
RETURN r.name AS region, t.year AS year, t.kind AS kind, t.value AS value, t.unit AS unit,
       t.comparator AS comparator, t.reference AS reference, t.is_total AS is_total, t.source AS source,
       t.flags AS flags, p.title AS plan
ORDER BY plan, region, value
LIMIT $limit
