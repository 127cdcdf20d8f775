"""HTTP API over the knowledge graph: filled in by the API work."""
