// Text-vs-table inconsistencies: a prose target whose value differs from the table total for the same
// indicator in the same plan (e.g. plan 002's 专利消零企业1200家 against a table total of 1220).
// Parameters: none.
MATCH (p:Plan)-[:HAS_TARGET]->(prose:Target {source: 'prose'})-[:MEASURES]->(i:Indicator),
      (p)-[:HAS_TARGET]->(total:Target {source: 'table', is_total: true})-[:MEASURES]->(i)
WHERE prose.normalized_unit = total.normalized_unit AND prose.normalized_value <> total.normalized_value
RETURN p.title AS plan, i.key AS indicator, prose.quote AS text, prose.normalized_value AS text_value,
       total.normalized_value AS table_total
ORDER BY plan, indicator
