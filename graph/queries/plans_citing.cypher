// Plans citing a policy document whose normalised title contains the given text.
// Parameters: $text (string, e.g. '知识产权强国建设纲要').
MATCH (p:Plan)-[c:CITES]->(d:PolicyDocument)
WHERE d.title CONTAINS $text
RETURN d.title AS document, d.doc_number AS number, p.title AS plan
ORDER BY document, plan
