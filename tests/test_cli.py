"""The policykg command: JSON contract and schema, batches with failures, the main job."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from graph.library import statement as library_statement
from policykg.cli import app
from policykg.querylib import QueryLibrary
from policykg.schema import SCHEMA_PATH, schema_text
from tests.conftest import CORPUS, PLAN_000

runner = CliRunner()


def test_extract_json_matches_published_schema() -> None:
    result = runner.invoke(app, ["extract", str(CORPUS), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    jsonschema.validate(payload, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    assert len(payload["documents"]) == 5
    doc = payload["documents"][0]
    for key in ("source", "sha256", "encoding", "plan", "tasks", "warnings"):
        assert key in doc
    task = doc["tasks"][0]
    assert {"id", "path", "title", "text", "span", "responsibilities"} <= set(task)
    r = task["responsibilities"][0]
    assert {"agency", "role", "span", "quote"} <= set(r)
    assert {"id", "name", "surface", "type", "collective"} <= set(r["agency"])


def test_published_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), "run `policykg schema`"


def test_batch_continues_past_bad_files_and_fails_the_run(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    unsupported = tmp_path / "plan.doc"
    unsupported.write_bytes(b"old word")
    result = runner.invoke(app, ["extract", str(PLAN_000), str(bad), str(unsupported), "--json"])
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert len(payload["documents"]) == 1
    assert [Path(e["source"]).name for e in payload["errors"]] == ["empty.txt", "plan.doc"]
    assert "empty.txt: the file is empty" in result.stderr


def test_human_output_lists_the_27_annotated_paragraphs() -> None:
    result = runner.invoke(app, ["extract", str(PLAN_000)], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "│ 27 │" in result.stdout
    assert "│ 28 │" not in result.stdout
    assert "区市场监管局（知识产权局）(牵头)" in result.stdout


def test_main_job_summarises_the_bundled_corpus() -> None:
    result = runner.invoke(app, ["up", "--no-serve"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "5 documents" in result.stdout
    assert "通州区国家知识产权强县建设示范县工作方案" in result.stdout


def test_a_query_without_its_parameters_says_which_are_missing(tmp_path: Path) -> None:
    # refused before the store is opened: the folder given is never created
    store = f"embedded:{tmp_path / 'never'}"
    result = runner.invoke(app, ["query", "target_inconsistencies", "--store", store])
    assert result.exit_code == 2
    assert "$limit" in result.output
    assert "--param limit=" in result.output
    assert not (tmp_path / "never").exists()


def test_optional_library_parameters_may_be_left_out(tmp_path: Path) -> None:
    text = library_statement("standings")
    assert QueryLibrary.optional(text) == {"region", "kind"}
    assert QueryLibrary.parameters(text) == {"region", "kind", "limit"}
    store = f"embedded:{tmp_path / 'never'}"
    result = runner.invoke(app, ["query", "standings", "--store", store])
    assert result.exit_code == 2
    missing = next(line for line in result.output.splitlines() if "missing parameter" in line)
    assert missing.endswith(": $limit")  # $region and $kind are optional: null unless given
    assert "--param limit=" in result.output
    assert "--param kind=" not in result.output
    assert not (tmp_path / "never").exists()


def test_a_store_loaded_by_an_earlier_version_is_brought_up_to_date_before_a_query(tmp_path: Path) -> None:
    from graph.factory import open_store

    store = f"embedded:{tmp_path / 'kg'}"
    assert runner.invoke(app, ["build", str(PLAN_000), "--store", store]).exit_code == 0
    asked = ["query", "agency_ranking", "--param", "limit=3", "--store", store, "--format", "json"]
    ranking = json.loads(runner.invoke(app, asked).stdout)
    assert ranking
    with open_store(store) as graph:  # what an earlier version loaded: no counters precomputed
        graph._write("MATCH (a:Agency) REMOVE a.obligations, a.lead_obligations, a.support_obligations")
        assert not graph.query(library_statement("agency_ranking"), {"limit": 3}).rows
    result = runner.invoke(app, asked)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == ranking


def test_a_store_that_refuses_writes_is_read_as_it_is(caplog: pytest.LogCaptureFixture) -> None:
    from graph.store import StoreError, StoreUnavailable, ready_to_read

    class ReadOnly:
        def ensure_schema(self) -> None:
            raise StoreError("Neo4j refused a write: not allowed for a reader")

    class Down:
        def ensure_schema(self) -> None:
            raise StoreUnavailable("the graph store cannot be reached")

    assert ready_to_read(ReadOnly()) is False  # type: ignore[arg-type]
    assert "reading it as it is" in caplog.text
    with pytest.raises(StoreUnavailable):
        ready_to_read(Down())  # type: ignore[arg-type]


_NAMES = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True)


@given(used=st.lists(_NAMES, max_size=4), hidden=st.lists(_NAMES, max_size=4))
def test_query_parameters_are_found_outside_strings_and_comments(used: list[str], hidden: list[str]) -> None:
    parts = [f"WHERE n.x = ${name}" for name in used]
    for n, name in enumerate(hidden):
        parts.append(
            [f"'costs ${name}'", f'"a \\" ${name}"', f"// ${name}", f"/* ${name} */"][n % 4]
            + ("\n" if n % 4 == 2 else "")
        )
    text = "MATCH (n) " + " ".join(parts) + " RETURN n"
    assert QueryLibrary.parameters(text) == set(used)

    commented = "// the plan's own $hidden\n" + text + " // 'a quote' and $hidden\n"
    assert QueryLibrary.parameters(commented) == set(used)  # a comment's apostrophe opens no string
