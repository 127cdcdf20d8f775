"""docker-compose.yml cannot run here (no Docker engine); these checks hold it to what users need."""

from __future__ import annotations

import yaml

from tests.conftest import ROOT


def test_neo4j_service() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"].startswith("neo4j:5")
    assert "healthcheck" in neo4j
    assert any(v.endswith(":/data") for v in neo4j["volumes"])
    assert all(p.startswith("127.0.0.1:") for p in neo4j["ports"])  # not exposed beyond the machine


def test_no_default_credentials() -> None:
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    assert "${NEO4J_PASSWORD:?" in text  # compose refuses to start without a password
    assert "neo4j/neo4j" not in text
    assert "${POLICYKG_WRITE_TOKEN:-}" in text  # empty unless set: uploads stay disabled
    assert text.count(":-") == 1  # no other fallback values


def test_api_waits_for_neo4j_and_the_load() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    api = compose["services"]["api"]
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert api["depends_on"]["loader"]["condition"] == "service_completed_successfully"
    assert api["environment"]["POLICYKG_STORE"].startswith("neo4j://")
    assert api["ports"] == ["127.0.0.1:8000:8000"]


def test_loader_waits_for_a_healthy_neo4j() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    loader = compose["services"]["loader"]
    assert loader["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert loader["command"][:2] == ["policykg", "build"]
