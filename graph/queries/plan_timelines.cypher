// Plans' timelines: period and phases with their months, in order.
// Parameters: $limit (integer: rows to return, e.g. 100).
MATCH (p:Plan)-[:HAS_PHASE]->(ph:Phase)
RETURN p.title AS plan, p.period_start AS period_start, p.period_end AS period_end,
       ph.order AS phase_order, ph.name AS phase, ph.start AS start, ph.end AS end
ORDER BY plan, phase_order
LIMIT $limit
