"""PolicyKG: Chinese IP policy plans in, a knowledge graph with provenance out."""

__version__ = "0.1.0"
