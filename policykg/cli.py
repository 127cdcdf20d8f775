"""The ``policykg`` command: thin subcommands over the importable pipeline."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from policykg.batch import expand_paths, extract_paths
from policykg.errors import PolicyKGError
from policykg.models import Document, ExtractionResult
from policykg.querylib import QueryLibrary
from policykg.report import print_document, print_result
from policykg.schema import SCHEMA_PATH, schema_text
from policykg.seed import bundled_corpus

if TYPE_CHECKING:
    from api.settings import Settings
    from graph.store import CypherStore
    from policykg.build import BuildReport

app = typer.Typer(
    help="PolicyKG: Chinese IP policy plans in, a knowledge graph with provenance out.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)

BUNDLED_CORPUS = bundled_corpus()


def _progress(*, disable: bool = False) -> Progress:
    """A progress bar on stderr for long runs."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=disable,
    )


def _run(paths: list[Path], *, quiet: bool) -> ExtractionResult:
    files = expand_paths(paths)
    if not files:
        raise typer.BadParameter("no supported documents found in the given paths")
    with _progress(disable=quiet or len(files) < 2) as progress:
        bar = progress.add_task("extracting", total=len(files))
        result = extract_paths(files, on_done=lambda _: progress.advance(bar))
    for failure in result.errors:
        hint = f" — {failure.hint}" if failure.hint else ""
        err.print(f"[red]error[/red] {failure.source}: {failure.error}{hint}", highlight=False)
    return result


@app.command()
def extract(
    paths: Annotated[
        list[Path], typer.Argument(help="Plan files or folders (.txt .md .html .docx .pdf .csv .xlsx)")
    ],
    json_out: Annotated[
        bool, typer.Option("--json", help="Print one JSON object {documents: [...]}")
    ] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the JSON here")] = None,
) -> None:
    """Extract plan metadata, tasks and responsibilities, every fact with its source span."""
    result = _run(paths, quiet=json_out)
    if json_out or output:
        payload = result.model_dump_json(indent=2)
        if output:
            output.write_text(payload + "\n", encoding="utf-8")
        else:
            sys.stdout.write(payload + "\n")
    else:
        print_result(Console(), result)
    if result.errors:
        raise typer.Exit(code=1)


@app.command()
def up(
    corpus: Annotated[Path, typer.Option(help="Folder of plans to process")] = BUNDLED_CORPUS,
    serve_api: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve the API afterwards")] = True,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1")] = 8000,
) -> None:
    """The main job on the embedded default: extract the bundled corpus, build its graph, serve the API."""
    from api.settings import Settings
    from graph.factory import open_store
    from graph.library import statement as library_statement

    if not corpus.is_dir():
        err.print(f"[red]error[/red] corpus folder {corpus} not found — pass --corpus DIR")
        raise typer.Exit(code=2)
    files = expand_paths([corpus])
    if not files:
        raise typer.BadParameter(f"no supported documents found in {corpus}")
    console = Console()
    settings = Settings()
    with open_store(settings.store_uri) as graph:
        graph.ensure_schema()
        report = _build(
            files, graph, settings, on_document=lambda d: print_document(console, d, detail=False)
        )
        nodes, rels = graph.counts()
        top = graph.query(library_statement("agency_ranking"), {"limit": 5})
    console.print(f"[bold]{report.loaded} documents[/bold] loaded, {len(report.errors)} failed")
    console.print(f"graph ({graph.name}): {nodes:,} nodes, {rels:,} relationships")
    _print_rows(["agency", "total", "lead", "support", "joint", "sole", "implicit"], top.rows, "table")
    if report.errors:
        raise typer.Exit(code=1)
    if serve_api:
        _serve(port)


def _serve(port: int, host: str = "127.0.0.1") -> None:
    import uvicorn

    from api.app import create_app

    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    Console().print(
        f"PolicyKG is serving on [bold]http://{shown}:{port}/[/bold] (API docs: /docs); Ctrl-C stops it"
    )
    uvicorn.run(create_app(), host=host, port=port, log_level="warning")


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    host: Annotated[str, typer.Option(help="Interface; 127.0.0.1 keeps it on this machine")] = "127.0.0.1",
) -> None:
    """Serve the API over the graph built by `policykg build` (or `policykg up`)."""
    _serve(port, host)


@app.command()
def schema(
    check: Annotated[bool, typer.Option(help="Fail if the published schema is out of date")] = False,
) -> None:
    """Write (or --check) the JSON Schema of the extraction output in schema/."""
    text = schema_text()
    if check:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != text:
            err.print(f"[red]{SCHEMA_PATH} is out of date[/red]: run `policykg schema`")
            raise typer.Exit(code=1)
        return
    SCHEMA_PATH.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_PATH.write_text(text, encoding="utf-8")
    err.print(f"wrote {SCHEMA_PATH}")


RDF_FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt"}


def _documents(paths: list[Path] | None) -> list[Document]:
    result = _run(paths or [BUNDLED_CORPUS], quiet=True)
    return result.documents


@app.command()
def ontology(
    check: Annotated[bool, typer.Option(help="Fail if the generated ontology files are out of date")] = False,
) -> None:
    """Write (or --check) the OWL ontology, SHACL shapes and diagram generated from ontology/model.py."""
    from ontology.build import stale_files, write_all

    if check:
        stale = stale_files()
        if stale:
            err.print(f"[red]out of date[/red]: {', '.join(str(p) for p in stale)} — run `policykg ontology`")
            raise typer.Exit(code=1)
        return
    for path in write_all():
        err.print(f"wrote {path}")


@app.command()
def export(
    paths: Annotated[list[Path] | None, typer.Argument(help="Plans (default: the bundled corpus)")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="ttl | jsonld | nt (nt streams)")] = "ttl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not to stdout")] = None,
) -> None:
    """Export the knowledge graph as RDF: instances, ontology and SKOS vocabularies."""
    from ontology.rdf import corpus_graph, write_ntriples

    if fmt not in RDF_FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(RDF_FORMATS)}")
    documents = _documents(paths)
    if fmt == "nt":  # N-Triples concatenate, so plans are written one at a time in bounded memory
        if output:
            with output.open("w", encoding="utf-8") as out:
                write_ntriples(documents, out)
        else:
            write_ntriples(documents, sys.stdout)
        return
    data = corpus_graph(documents).serialize(format=RDF_FORMATS[fmt])
    if output:
        output.write_text(data, encoding="utf-8")
    else:
        sys.stdout.write(data)


@app.command()
def sparql(
    query: Annotated[str, typer.Argument(help="A query, a .rq file, or a library name (see --list)")] = "",
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plans to query (default: the bundled corpus)")
    ] = None,
    data: Annotated[
        Path | None, typer.Option(help="Query an exported RDF file instead of extracting")
    ] = None,
    store: Annotated[
        Path | None, typer.Option(help="An on-disk Oxigraph store to query; --data is loaded into it first")
    ] = None,
    param: Annotated[list[str] | None, typer.Option(help="Bind a variable: --param key=value")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json | csv")] = "table",
    list_queries: Annotated[bool, typer.Option("--list", help="List the query library")] = False,
) -> None:
    """Run a read-only SPARQL query over the exported graph."""
    from rdflib import Graph

    from ontology.rdf import corpus_graph
    from ontology.sparql import library, query_text, run_query

    if list_queries or not query:
        for name, path in library().items():
            Console().print(f"[bold]{name}[/bold]  {QueryLibrary.describe(path)}", highlight=False)
        return
    params = dict(p.split("=", 1) for p in (param or []) if "=" in p)
    from ontology.rdf import QUERY_STORE, open_store

    if store:
        graph = open_store(store)
        if data:
            graph.parse(str(data))
        elif len(graph) == 0:
            graph += corpus_graph(_documents(paths))
    elif data:
        graph = Graph(store=QUERY_STORE).parse(str(data))
    else:
        graph = corpus_graph(_documents(paths), store=QUERY_STORE)
    text = query_text(query)
    result = run_query(graph, text, {k: str(v) for k, v in _looked_up(text, dict(params)).items()})
    if fmt in ("json", "csv"):
        sys.stdout.write((result.serialize(format=fmt) or b"").decode("utf-8"))
        return
    table = Table(show_lines=False)
    for var in result.vars or []:
        table.add_column(str(var))
    for row in result:
        cells = row if isinstance(row, tuple) else (row,)
        table.add_row(*("" if v is None else str(v) for v in cells))
    Console().print(table)


@app.command()
def build(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plans to load (default: the bundled corpus)")
    ] = None,
    store: Annotated[
        str | None, typer.Option(help="embedded[:FOLDER] (default) or neo4j://host:7687")
    ] = None,
) -> None:
    """Extract plans and load them into the graph store (idempotent: a plan replaces its earlier facts)."""
    from graph.factory import open_store

    files = expand_paths(paths or [BUNDLED_CORPUS])
    if not files:
        raise typer.BadParameter("no supported documents found in the given paths")
    from api.settings import Settings

    settings = Settings()
    with open_store(store or settings.store_uri) as graph:
        graph.ensure_schema()
        report = _build(files, graph, settings)
        nodes, rels = graph.counts()
    err.print(f"{report.loaded} plans in the {graph.name} store: {nodes:,} nodes, {rels:,} relationships")
    if report.errors:
        raise typer.Exit(code=1)


def _build(
    files: list[Path],
    graph: CypherStore,
    settings: Settings,
    on_document: Callable[[Document], None] | None = None,
) -> BuildReport:
    """The build stage with a progress bar; each failure is printed with its hint."""
    from graph.documents import DocumentCache
    from policykg.build import build as build_stage

    cache = DocumentCache(settings.data_dir / "documents")
    with _progress(disable=len(files) < 2) as progress:
        bar = progress.add_task("building", total=len(files))
        report = build_stage(
            files, graph, cache, on_document=on_document, on_done=lambda _: progress.advance(bar)
        )
    for failure in report.errors:
        hint = f" — {failure.hint}" if failure.hint else ""
        err.print(f"[red]error[/red] {failure.source}: {failure.error}{hint}", highlight=False)
    return report


@app.command()
def query(
    statement: Annotated[
        str, typer.Argument(help="Cypher, a .cypher file, or a library name (see --list)")
    ] = "",
    param: Annotated[list[str] | None, typer.Option(help="A parameter: --param name=value")] = None,
    store: Annotated[
        str | None, typer.Option(help="embedded[:FOLDER] (default) or neo4j://host:7687")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json | csv")] = "table",
    list_queries: Annotated[bool, typer.Option("--list", help="List the analysts' query library")] = False,
    favourites: Annotated[
        Path | None, typer.Option(help="Write the library as a zip for Neo4j Browser's favourites import")
    ] = None,
) -> None:
    """Run a read-only Cypher query (values as parameters) against the graph store."""
    if favourites:
        from graph.browser import favourites_zip

        err.print(f"wrote {favourites_zip(favourites)}")
        return
    from graph.factory import open_store
    from graph.library import describe, library
    from graph.library import statement as library_statement
    from graph.store import ready_to_read

    if list_queries or not statement:
        for name, path in library().items():
            Console().print(f"[bold]{name}[/bold]  {describe(path)}", highlight=False)
        return
    params = {k: _param_value(v) for k, v in (p.split("=", 1) for p in (param or []) if "=" in p)}
    text = library_statement(statement)
    params = _looked_up(text, QueryLibrary.with_defaults(text, params))
    missing = sorted(QueryLibrary.parameters(text) - set(params))
    if missing:
        documented = [line.lstrip("/ ") for line in text.splitlines() if "Parameters:" in line]
        err.print(f"[red]error[/red] missing parameter(s): {', '.join('$' + m for m in missing)}")
        hint = " ".join(f"--param {m}=…" for m in missing)
        err.print(hint + (f"  ({documented[0]})" if documented else ""), highlight=False)
        raise typer.Exit(2)
    with open_store(store) as graph:
        ready_to_read(graph)
        result = graph.query(text, params)
    _print_rows(result.columns, result.rows, fmt)
    if result.truncated:
        err.print("[yellow]the row cap cut the result[/yellow]")


def _looked_up(text: str, params: dict[str, object]) -> dict[str, object]:
    """``params`` with each parameter the query documents as an indicator's key looked up from the reader's
    wording (万人高价值发明专利拥有量 → 每万人口高价值发明专利拥有量: policykg.indicator_lookup); each
    change is said on stderr."""
    names = sorted(QueryLibrary.indicator_keys(text) & params.keys())
    if not names:
        return params
    from policykg.indicator_lookup import lookup_key

    looked = dict(params)
    for name in names:
        value = params[name]
        if isinstance(value, str) and (key := lookup_key(value)) != value:
            err.print(
                f"{name}={value}: targets are compared under the key {key}", highlight=False, soft_wrap=True
            )
            looked[name] = key
    return looked


@app.command()
def analyze(
    store: Annotated[
        str | None, typer.Option(help="embedded[:FOLDER] (default) or neo4j://host:7687")
    ] = None,
    top: Annotated[int, typer.Option(help="How many agencies to rank")] = 10,
    network: Annotated[str, typer.Option(help="co-responsibility | programmes")] = "co-responsibility",
    export_to: Annotated[
        Path | None, typer.Option("--export", help="Write the network: .graphml or .gexf")
    ] = None,
) -> None:
    """Network analytics: agency centrality and communities, or the programme × region projection."""
    from graph import analytics
    from graph.factory import open_store
    from graph.store import ready_to_read

    with open_store(store) as graph:
        ready_to_read(graph)
        if network == "programmes":
            net = analytics.programme_region_graph(graph)
            projection = analytics.programme_projection(net)
            rows = sorted(projection.edges(data=True), key=lambda e: (-e[2]["weight"], e[0], e[1]))[:top]
            _print_rows(
                ["a", "b", "shared_regions"],
                [
                    {
                        "a": projection.nodes[a]["name"],
                        "b": projection.nodes[b]["name"],
                        "shared_regions": d["weight"],
                    }
                    for a, b, d in rows
                ],
                "table",
            )
        elif network == "co-responsibility":
            net = analytics.co_responsibility_network(graph)
            ranking = analytics.centrality_ranking(net, top)
            _print_rows(
                ["agency", "weighted_degree", "betweenness"],
                [
                    {"agency": name, "weighted_degree": f"{deg:g}", "betweenness": f"{btw:.3f}"}
                    for _, name, deg, btw in ranking
                ],
                "table",
            )
            for n, group in enumerate(analytics.communities(net), start=1):
                names = "、".join(net.nodes[a]["name"] for a in group[:6])
                more = f" … (+{len(group) - 6})" if len(group) > 6 else ""
                Console().print(f"community {n} ({len(group)}): {names}{more}", highlight=False)
        else:
            raise typer.BadParameter("--network must be co-responsibility or programmes")
    if export_to:
        err.print(f"wrote {analytics.export(net, export_to)}")


#: The hand-labelled plans of a checkout (tests/evaluation/): plans with their gold files.
LABELLED_PLANS = Path(__file__).resolve().parents[1] / "tests" / "evaluation"


@app.command()
def evaluate(
    folder: Annotated[
        Path, typer.Argument(help="Plans with their NAME.gold.yaml files (default: the checkout's)")
    ] = LABELLED_PLANS,
    misses: Annotated[bool, typer.Option(help="List every fact found wrongly or missed")] = False,
    per_plan: Annotated[bool, typer.Option(help="One row per plan and kind, then the totals")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json")] = "table",
) -> None:
    """Score the extractor against hand-labelled plans: precision, recall and F1 for each kind of fact."""
    from policykg.evaluation import evaluate as run_evaluation

    total, plans = run_evaluation(folder)
    scored = [(name, scores) for name, scores in plans.items()] if per_plan else []
    rows: list[dict[str, object]] = [
        {
            "plan": name,
            "kind": kind,
            "precision": f"{s.precision:.3f}",
            "recall": f"{s.recall:.3f}",
            "f1": f"{s.f1:.3f}",
            "tp": s.tp,
            "fp": s.fp,
            "fn": s.fn,
        }
        for name, scores in [*scored, ("all", total)]
        for kind, s in scores.items()
    ]
    columns = (["plan"] if per_plan else []) + ["kind", "precision", "recall", "f1", "tp", "fp", "fn"]
    _print_rows(columns, rows, fmt)
    if fmt == "table":
        err.print(f"{len(plans)} labelled plans in {folder}", highlight=False)
    if misses:
        for kind, s in total.items():
            for line in s.misses:
                err.print(f"{kind}: {line}", highlight=False, markup=False)


@app.command()
def viz(
    view: Annotated[str, typer.Argument(help="agency | network | programs | citations | plan")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The standalone HTML file to write")],
    agency: Annotated[str | None, typer.Option(help="Agency id (agency view)")] = None,
    region: Annotated[str | None, typer.Option(help="Region code (network view)")] = None,
    plan: Annotated[str | None, typer.Option(help="Plan id (plan view)")] = None,
    cap: Annotated[int, typer.Option(help="Most nodes to draw")] = 300,
    store: Annotated[
        str | None, typer.Option(help="embedded[:FOLDER] (default) or neo4j://host:7687")
    ] = None,
) -> None:
    """Write a network view as a standalone offline HTML page (the same page the API serves)."""
    from api.settings import Settings
    from graph.factory import open_store
    from graph.store import ready_to_read
    from viz.render import render
    from viz.views import build_view

    with open_store(store or Settings().store_uri) as graph:
        ready_to_read(graph)
        try:
            built = build_view(graph, view, agency=agency, region=region, plan=plan, cap=cap)
        except ValueError as e:
            raise typer.BadParameter(str(e)) from e
    output.write_text(render(built), encoding="utf-8")
    note = " (the cap cut it)" if built.capped else ""
    err.print(f"wrote {output}: {len(built.nodes)} nodes, {len(built.edges)} edges{note}")


@app.command()
def bench(
    plans: Annotated[int, typer.Option(help="How many synthetic plans")] = 200,
    seed: Annotated[int, typer.Option(help="Generator seed (deterministic)")] = 7,
    sample: Annotated[int, typer.Option(help="Plans for the single-core extraction figure")] = 100,
    keep: Annotated[Path | None, typer.Option(help="Keep the corpus and stores in this folder")] = None,
    api_seconds: Annotated[
        float, typer.Option(help="Run the 50-client API load for this long (0: skip)")
    ] = 0.0,
    page_nodes: Annotated[int, typer.Option(help="Time a view of this many nodes in Chromium (0: skip)")] = 0,
    compare: Annotated[int, typer.Option(help="Plans for the loader comparisons (per row, bulk)")] = 50,
) -> None:
    """Benchmarks at a chosen scale: extraction vs a baseline, loading vs per-row MERGE, queries, memory."""
    from bench.run import run

    rows = run(
        plans=plans,
        seed=seed,
        sample=sample,
        folder=keep,
        api_seconds=api_seconds,
        page_nodes=page_nodes,
        compare=compare,
    )
    table = Table(title=f"PolicyKG benchmarks, {plans} plans")
    for column in ("measure", "value", "unit", "target", "met"):
        table.add_column(column)
    for r in rows:
        met = "" if r.met is None else ("yes" if r.met else "NO")
        table.add_row(r.measure, f"{r.value:,.2f}", r.unit, r.target, met)
    Console().print(table)


def _param_value(raw: str) -> object:
    try:
        return json.loads(raw)  # numbers, booleans, lists
    except json.JSONDecodeError:
        return raw


def _print_rows(columns: list[str], rows: list[dict[str, object]], fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table()
        for column in columns:
            table.add_column(column)
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        Console().print(table)


def main() -> None:
    try:
        app()
    except PolicyKGError as e:
        err.print(f"[red]error[/red] {e}")
        raise SystemExit(2) from e


if __name__ == "__main__":
    main()
