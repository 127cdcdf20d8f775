"""Chinese full-text search over tasks and goals, with concept expansion through the programme and
agency-type vocabularies (q=融资 also finds 质押融资 and 知识产权保险 tasks). Offline: no model."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from starlette.datastructures import State

from api.deps import StoreDep, require_read
from api.response_cache import Rendered, ResponseCache, response_cache
from api.schemas import Page, SearchHit
from api.search_index import SearchIndex
from api.settings import Settings
from graph import cypher
from graph.store import CypherStore
from ontology.vocab import agency_vocabulary
from ontology.vocab_programs import program_scheme
from policykg.errors import PolicyKGError

router = APIRouter(tags=["search"], dependencies=[Depends(require_read)])
_WINDOW = 40


def expansions(q: str) -> list[re.Pattern[str]]:
    """The query itself, plus the programmes (and their siblings under the same broader concept) and
    agency types whose labels contain it."""
    scheme = program_scheme()
    hit_categories = {c.id for c in scheme.categories if q in c.zh}
    for p in scheme.programs:
        if q in p.zh or any(q in alt for alt in p.alt):
            hit_categories.add(p.broader)
    patterns = [re.compile(re.escape(q))]
    for p in scheme.programs:
        if p.broader in hit_categories or q in p.zh or any(q in alt for alt in p.alt):
            patterns.append(p.regex())
    vocab = agency_vocabulary()
    categories = {c.id for c in vocab.categories if q in c.zh}
    for t in vocab.types:
        if t.broader in categories or q in t.zh or any(q in a for a in t.aliases):
            patterns.append(re.compile("|".join(re.escape(a) for a in t.aliases)))
    return patterns


_BUILDING = threading.Lock()  # one build of the index at a time
_BUILDING_STATE = threading.Lock()  # the index and the epoch change together
log = logging.getLogger(__name__)


def data_changed(state: State) -> None:
    """Drop what the app derived from the plans (search index, RDF view) after an upload or a delete; an
    index being built meanwhile is not kept either."""
    with _BUILDING_STATE:
        state.search_epoch = getattr(state, "search_epoch", 0) + 1
        state.searchable = None
        state.rdf = None


def search_index(state: State, store: CypherStore) -> SearchIndex:
    """The app's search index: read once (by one request while the others wait, not by each of them),
    kept until an upload or a delete changes the plans, or, with a store other processes write (no data
    version: Neo4j), until the store's generation says that the plans changed."""
    index = getattr(state, "searchable", None)
    if index is not None and _current(state, store, index):
        return index  # type: ignore[no-any-return]
    with _BUILDING:
        while (index := getattr(state, "searchable", None)) is None:
            epoch = getattr(state, "search_epoch", 0)
            shared = store.data_version() is None
            generation = store.generation() if shared else None  # before the rows: a write between is seen
            built = SearchIndex(_searchable_rows(store))
            built.generation, built.checked = generation, time.monotonic()
            with _BUILDING_STATE:
                if getattr(state, "search_epoch", 0) == epoch:  # no upload or delete while reading
                    state.searchable = built
    return index  # type: ignore[no-any-return]


#: Plans whose tasks and goals are read in one statement: the whole store's reply at once held about
#: 1 GB in the API process at 10,000 plans, its texts decoded apart and a plan's title on each task.
PLANS_A_PAGE = 500


def _searchable_rows(store: CypherStore) -> Iterator[dict[str, Any]]:
    """The tasks' and goals' rows of every plan, a page of plans at a time."""
    plans = [str(row["id"]) for row in store.query(cypher.SEARCHABLE_PLANS, limit=10_000_000).rows]
    for i in range(0, len(plans), PLANS_A_PAGE):
        page = plans[i : i + PLANS_A_PAGE]
        yield from store.query(cypher.SEARCHABLE, {"plans": page}, limit=10_000_000).rows


def _current(state: State, store: CypherStore, index: SearchIndex) -> bool:
    """Whether the index still holds the store's plans. With a single writer (this process), uploads and
    deletes drop it themselves; otherwise the store's generation is asked, at most every
    ``shared_store_recheck_s`` seconds, and a changed one drops the index."""
    if index.generation is None:
        return True
    settings = getattr(state, "settings", None)
    recheck = (settings or Settings.model_construct()).shared_store_recheck_s
    if time.monotonic() - index.checked < recheck:
        return True
    if store.generation() == index.generation:
        index.checked = time.monotonic()
        return True
    data_changed(state)
    return False


def warm_up(state: State, store: CypherStore) -> None:
    """Build the search index before the first search needs it (run in a thread as the API starts)."""
    try:
        search_index(state, store)
    except PolicyKGError as e:  # the store went away or closed: the first search builds it instead
        log.warning("search index not built at start-up: %s", e.message)
    except Exception:  # any other fault ends this thread quietly: the first search meets it and answers 500
        log.exception("search index not built at start-up")


@router.get(
    "/search",
    response_model=Page[SearchHit],
    summary="Search tasks and goals (中文全文检索)",
    description="Responses carry an ETag: send it back in If-None-Match to get 304 while nothing changed.",
    responses={304: {"description": "Not modified"}},
)
async def search(
    request: Request,
    store: StoreDep,
    responses: Annotated[ResponseCache, Depends(response_cache)],
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=50,
            pattern=r"\S",
            description="Words to look for; spaces around them are dropped (spaces alone are refused).",
            examples=["融资"],
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> Response:
    def render() -> Rendered:
        page = _hits(request.app.state, store, q, limit, offset)
        return Rendered(page.model_dump_json().encode(), "application/json")

    return await responses.respond(request, store, "json", render)


def _hits(state: State, store: CypherStore, q: str, limit: int, offset: int) -> Page[SearchHit]:
    patterns = expansions(q.strip())
    index = search_index(state, store)
    ranked = index.ranking(patterns)
    hits: list[SearchHit] = []
    for row, score in ranked[offset : offset + limit]:
        meta, text, spans = index.rows[row], index.text(row), index.row_matches(row, patterns)
        first = min(spans)
        start, end = max(0, first[0] - _WINDOW), min(len(text), first[1] + _WINDOW)
        snippet = (
            text[start : first[0]] + "<mark>" + text[first[0] : first[1]] + "</mark>" + text[first[1] : end]
        )
        hits.append(
            SearchHit(
                id=meta["id"],
                kind=meta["kind"],
                path=meta["path"],
                title=meta["title"],
                plan_id=meta["plan_id"],
                plan=meta["plan"],
                score=score,
                matched=sorted({text[s:e] for s, e, _ in spans}),
                highlight=snippet,
            )
        )
    return Page(total=len(ranked), limit=limit, offset=offset, items=hits)
