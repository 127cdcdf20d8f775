"""For notebook users: the analysts' queries (or any read-only Cypher) as pandas DataFrames.

from graph.notebook import frame
frame("agency_ranking", limit=10)
frame("MATCH (p:Plan) RETURN p.title AS title")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.factory import open_store
from graph.library import statement
from graph.store import CypherStore
from policykg.errors import ConfigurationError
from policykg.querylib import QueryLibrary

if TYPE_CHECKING:
    import pandas


def frame(query: str, store: CypherStore | str | None = None, **params: Any) -> pandas.DataFrame:
    """Run a library query (by name) or a Cypher statement and return the rows as a DataFrame."""
    try:
        import pandas
    except ImportError as e:
        raise ConfigurationError("DataFrames need pandas", hint="pip install 'policykg[notebook]'") from e
    text = statement(query)
    params = QueryLibrary.with_defaults(text, params)
    if isinstance(store, CypherStore):
        result = store.query(text, params)
    else:
        with open_store(store) as opened:
            result = opened.query(text, params)
    return pandas.DataFrame(result.rows, columns=result.columns)
