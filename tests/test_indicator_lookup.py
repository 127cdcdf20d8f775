"""A reader's wording of an indicator finds the targets compared under its standard key: the query library's
indicator-key parameters (targets_by_indicator, Cypher and SPARQL) and GET /targets look the wording up as the
extractor keys targets (每万人高价值发明专利拥有量, 万人高价值发明专利拥有量 → 每万人口高价值发明专利拥有量); a key
as stored, or a measure no standard indicator covers, is bound as given."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.library import statement as library_statement
from ontology.sparql import query_text
from policykg.cli import app
from policykg.indicator_lookup import lookup_key
from policykg.querylib import QueryLibrary
from tests.conftest import CORPUS

runner = CliRunner()
PER_HEAD = "每万人口高价值发明专利拥有量"


@pytest.mark.parametrize(
    ("words", "key"),
    [
        ("万人高价值发明专利拥有量", PER_HEAD),
        ("每万人高价值发明专利拥有量", PER_HEAD),
        (" 每万人口拥有高价值发明专利 ", PER_HEAD),
        (PER_HEAD, PER_HEAD),
        ("PCT专利申请量", "PCT国际专利申请量"),
        ("有效发明专利总量", "有效发明专利拥有量"),
        ("知识产权产出主要指标", "知识产权产出主要指标"),  # no standard indicator: as given
        ("", ""),
    ],
)
def test_a_wording_is_looked_up_as_targets_are_keyed(words: str, key: str) -> None:
    assert lookup_key(words) == key


def test_the_libraries_document_which_parameters_are_indicator_keys() -> None:
    assert QueryLibrary.indicator_keys(library_statement("targets_by_indicator")) == {"key"}
    assert QueryLibrary.indicator_keys(query_text("targets_by_indicator")) == {"key"}
    assert QueryLibrary.indicator_keys(library_statement("agency_ranking")) == set()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    where = f"embedded:{tmp_path_factory.mktemp('kg') / 'kg'}"
    built = runner.invoke(app, ["build", str(CORPUS), "--store", where])
    assert built.exit_code == 0, built.output
    return where


def _query(store: str, key: str) -> tuple[list[dict[str, object]], str]:
    asked = ["query", "targets_by_indicator", "--param", f"key={key}", "--param", "limit=100"]
    result = runner.invoke(app, [*asked, "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def test_the_cypher_library_finds_the_standard_key_from_a_plan_s_wording(store: str) -> None:
    standard, said = _query(store, PER_HEAD)
    assert len({r["plan"] for r in standard}) == 3
    assert said == ""
    for wording in ("万人高价值发明专利拥有量", "每万人高价值发明专利拥有量"):
        rows, said = _query(store, wording)
        assert rows == standard
        assert f"compared under the key {PER_HEAD}" in said


def test_the_sparql_library_does_too(tmp_path: Path) -> None:
    data = tmp_path / "kg.ttl"
    assert runner.invoke(app, ["export", "-o", str(data)]).exit_code == 0
    asked = ["sparql", "targets_by_indicator", "--data", str(data), "--format", "csv", "--param"]
    standard = runner.invoke(app, [*asked, f"key={PER_HEAD}"])
    worded = runner.invoke(app, [*asked, "key=万人高价值发明专利拥有量"])
    assert standard.exit_code == worded.exit_code == 0, worded.output
    assert len(standard.stdout.strip().splitlines()) > 3
    assert worded.stdout == standard.stdout
