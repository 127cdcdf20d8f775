// The citation network: each cited document with its kind and how many plans cite it.
// Parameters: none.
MATCH (p:Plan)-[:CITES]->(d:PolicyDocument)
RETURN d.id AS id, d.title AS document, d.kind AS kind, count(DISTINCT p) AS plans
ORDER BY plans DESC, document
