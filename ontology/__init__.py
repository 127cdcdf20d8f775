"""The PolicyKG model: vocabularies (rules as data) now, the OWL ontology in a later step."""
