"""Small plans written for the tests: extracted with their provenance checked, and read back as the
agencies each task names."""

from __future__ import annotations

from loaders import load_bytes
from policykg.extract.agencies import AgencyRegistry
from policykg.extract.pipeline import extract_document
from policykg.extract.regions import region_index
from policykg.models import Document
from tests.test_properties import assert_provenance


def extracted(data: str | bytes, name: str = "plan.txt") -> tuple[Document, str]:
    """The document extracted from ``data`` (text is encoded as UTF-8) and its canonical text; every span
    is checked to slice back to its quote."""
    loaded = load_bytes(data.encode("utf-8") if isinstance(data, str) else data, name)
    doc = extract_document(loaded)
    assert_provenance(doc, loaded.text)
    return doc, loaded.text


#: Per task path, the agencies a plan names for it: (surface, role, basis).
Units = dict[str, list[tuple[str, str, str]]]


def named_units(doc: Document) -> Units:
    """Per task path, the agencies the plan names for it: (surface, role, basis), issuer defaults left out."""
    return {
        t.path: [
            (r.agency.surface, r.role, r.basis) for r in t.responsibilities if r.basis != "issuer_default"
        ]
        for t in doc.tasks
    }


#: (surface, id, type, role) of a unit named for a task.
AgencyRow = tuple[str, str, str | None, str]


def task_agencies(text: str) -> dict[str, list[AgencyRow]]:
    """Per task path, (surface, id, type, role) of each unit the plan names for it, issuer defaults left
    out."""
    doc, _ = extracted(text)
    return {
        t.path: [
            (r.agency.surface, r.agency.id, r.agency.type, r.role)
            for r in t.responsibilities
            if r.basis != "issuer_default"
        ]
        for t in doc.tasks
    }


def plan_units(head: str, body: str, name: str = "plan.txt") -> Units:
    """``named_units`` of the plan written ``head`` then ``body`` (a title and preamble shared by a file's
    tests, then each test's own sections)."""
    doc, _ = extracted(head + body, name)
    return named_units(doc)


def agency_registry(region_id: str) -> AgencyRegistry:
    """A registry for a plan of the region ``region_id``."""
    index = region_index()
    return AgencyRegistry(index, index.by_id[region_id], "doc-test")


def resolved_agency(region_id: str, surface: str) -> tuple[str, str, str | None, str | None]:
    """(id, canonical name, type, region) of ``surface`` named in a plan of ``region_id``."""
    agency = agency_registry(region_id).resolve(surface)
    return agency.id, agency.name, agency.type_id, agency.region_id
