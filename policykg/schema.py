"""The JSON Schema of ``policykg extract --json``, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path

from policykg.models import ExtractionResult

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "extraction.schema.json"


def extraction_schema() -> dict[str, object]:
    schema = ExtractionResult.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "PolicyKG extraction result"
    return schema


def schema_text() -> str:
    return json.dumps(extraction_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
