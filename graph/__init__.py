"""Graph stores (embedded default and Neo4j) behind one protocol: filled in by the graph-store work."""
