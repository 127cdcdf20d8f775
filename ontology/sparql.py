"""Read-only SPARQL over the exported graph, with the query library in ontology/queries/.

Only SELECT, ASK, CONSTRUCT and DESCRIBE run; SPARQL Update is rejected by the query parser, and
SERVICE (federated queries that would reach the network) is refused before execution.
"""

from __future__ import annotations

from pathlib import Path

from pyparsing import ParseException
from rdflib import Graph, Literal
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.query import Result

from policykg.errors import PolicyKGError
from policykg.querylib import QueryLibrary

QUERY_DIR = Path(__file__).resolve().parent / "queries"


class QueryError(PolicyKGError):
    """A SPARQL query that cannot or may not run."""


_LIBRARY = QueryLibrary(QUERY_DIR, ".rq")
library = _LIBRARY.queries
query_text = _LIBRARY.text


def _uses_service(node: object) -> bool:
    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            return True
        return any(_uses_service(v) for v in node.values())
    if isinstance(node, list | tuple):
        return any(_uses_service(v) for v in node)
    return False


def run_query(graph: Graph, query: str, params: dict[str, str] | None = None) -> Result:
    try:
        prepared = prepareQuery(query)
    except ParseException as e:
        raise QueryError(
            f"the query does not parse as read-only SPARQL: {e}",
            hint="only SELECT, ASK, CONSTRUCT and DESCRIBE queries are accepted",
        ) from e
    if _uses_service(prepared.algebra):
        raise QueryError("SERVICE is not allowed: queries run only over the local graph")
    bindings = {k: Literal(v) for k, v in (params or {}).items()}
    try:
        # the text, not the prepared algebra, so that a native store (Oxigraph) evaluates it itself
        return graph.query(query, initBindings=bindings)
    except Exception as e:  # rdflib and Oxigraph raise many types while evaluating
        raise QueryError(
            f"the query failed: {e}", hint="a variable bound with --param must appear in the SELECT clause"
        ) from e
