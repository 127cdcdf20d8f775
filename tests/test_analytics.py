"""Notebook DataFrames, networkx analytics with GraphML/GEXF export, and the Neo4j Browser helpers."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph import analytics
from graph.browser import STYLE_FILE, STYLES, favourites_zip, grass
from graph.factory import open_store
from graph.library import library
from graph.notebook import frame
from graph.schema import LABELS
from graph.store import CypherStore
from policykg.cli import app


@pytest.fixture(scope="module")
def store(tmp_path_factory, corpus_docs) -> Iterator[CypherStore]:
    graph = open_store(f"embedded:{tmp_path_factory.mktemp('g') / 'graph'}")
    graph.ensure_schema()
    graph.load(corpus_docs.values())
    yield graph
    graph.close()


def test_dataframe(store) -> None:
    df = frame("agency_ranking", store, limit=3)
    assert list(df.columns) == ["id", "agency", "total", "lead", "support", "joint", "sole", "implicit"]
    assert df.iloc[0]["agency"] == "南京市雨花台区人民政府"
    assert int(df["total"].iloc[1]) == 23


def test_co_responsibility_network(store, corpus_docs) -> None:
    net = analytics.co_responsibility_network(store)
    assert net.number_of_nodes() == len({a.id for d in corpus_docs.values() for a in d.agencies})
    assert net["agency/320600/ip_office"]["agency/320600/science_tech"]["weight"] == 22
    ranking = analytics.centrality_ranking(net, 3)
    assert ranking[0][1] == "南通市通州区市场监督管理局"  # shares the most tasks with others
    groups = analytics.communities(net)
    member = {a: i for i, g in enumerate(groups) for a in g}
    assert member["agency/320600/ip_office"] == member["agency/320600/science_tech"]
    assert member["agency/320600/ip_office"] != member["agency/320612/market_regulation"]


def test_programme_projection(store) -> None:
    bip = analytics.programme_region_graph(store)
    projected = analytics.programme_projection(bip)
    assert projected["program:genuine_goods"]["program:standard_implementation"]["weight"] == 4


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_export(store, tmp_path: Path, suffix: str) -> None:
    net = analytics.co_responsibility_network(store)
    out = analytics.export(net, tmp_path / f"net{suffix}")
    back = nx.read_graphml(out) if suffix == ".graphml" else nx.read_gexf(out)
    assert back.number_of_nodes() == net.number_of_nodes()
    assert back.number_of_edges() == net.number_of_edges()


def test_browser_style_covers_every_label_and_is_current() -> None:
    assert set(STYLES) == set(LABELS)
    assert STYLE_FILE.read_text(encoding="utf-8") == grass(), "run graph.browser.write_style()"


def test_favourites_zip(tmp_path: Path) -> None:
    out = favourites_zip(tmp_path / "fav.zip")
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == sorted(f"policykg/{n}.cypher" for n in library())


def test_analyze_cli(store, tmp_path: Path) -> None:
    folder = store.folder  # type: ignore[attr-defined]
    store.close()
    try:
        out = tmp_path / "net.gexf"
        result = CliRunner().invoke(
            app, ["analyze", "--store", f"embedded:{folder}", "--export", str(out)], env={"COLUMNS": "200"}
        )
        assert result.exit_code == 0, result.output
        assert "南通市通州区市场监督管理局" in result.stdout
        assert out.exists()
    finally:
        reopened = open_store(f"embedded:{folder}")
        store.__dict__.update(reopened.__dict__)
