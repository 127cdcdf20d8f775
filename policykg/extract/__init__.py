"""Extraction stages. Each module is one stage with a plain, importable function; ``pipeline`` runs them."""
