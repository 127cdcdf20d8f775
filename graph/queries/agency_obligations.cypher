// One agency's obligation list: plan, task path and title, role and the evidence quote.
// Parameters: $agency_id (string, e.g. 'agency/320612/market_regulation').
MATCH (a:Agency {id: $agency_id})<-[:HELD_BY]-(r:Responsibility)<-[:HAS_RESPONSIBILITY]-(t:Task)<-[:HAS_TASK]-(p:Plan)
RETURN p.title AS plan, t.path AS path, t.title AS task, r.role AS role, r.quote AS quote
ORDER BY plan, path, quote
