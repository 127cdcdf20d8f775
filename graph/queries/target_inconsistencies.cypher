// Text-vs-table inconsistencies: a prose target whose value differs from the table total for the same
// indicator in the same plan (e.g. plan 002's 专利消零企业1200家 against a table total of 1220).
// Parameters: $limit (integer: rows to return, e.g. 100).
// Reads what the load marked: the plan's number of such pairs (target_conflicts) and, on each prose target,
// the differing table totals (conflicting_totals).
MATCH (p:Plan)
WHERE p.target_conflicts > 0
MATCH (p)-[:HAS_TARGET]->(prose:Target)-[:MEASURES]->(i:Indicator)
WHERE prose.conflicting_totals IS NOT NULL
UNWIND prose.conflicting_totals AS total
RETURN p.title AS plan, i.key AS indicator, prose.quote AS text, prose.normalized_value AS text_value,
       total AS table_total
ORDER BY plan, indicator
LIMIT $limit
