"""The HTTP API through the ASGI client and a real uvicorn on loopback, on the embedded backend."""

from __future__ import annotations

import io
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from api.app import create_app
from api.settings import Settings
from graph.library import statement
from ontology.sparql import query_text
from policykg.querylib import QueryLibrary
from tests.conftest import BACKENDS, CORPUS

TOKEN = "test-write-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MSA = "agency/320612/market_regulation"


def _settings(folder: Path, **extra: object) -> Settings:
    return Settings(data_dir=folder, write_token=TOKEN, cypher_timeout_ms=2000, cypher_row_cap=50, **extra)


@pytest.fixture(scope="module", params=BACKENDS)
def client(request, tmp_path_factory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("api")
    if request.param == "neo4j":
        from graph.factory import open_store

        with open_store(os.environ["NEO4J_URI"]) as graph:
            graph._write("MATCH (n) DETACH DELETE n")
        app = create_app(_settings(folder, store=os.environ["NEO4J_URI"]))
    else:
        app = create_app(_settings(folder))
    with TestClient(app) as c:
        for path in sorted(CORPUS.glob("*.txt")):
            r = c.post(
                "/documents", files={"file": (path.name, path.read_bytes(), "text/plain")}, headers=AUTH
            )
            assert r.status_code == 201, r.text
        yield c


def test_health(client) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["nodes"] > 1000


def test_agencies_search_filters_and_pages(client) -> None:
    found = client.get("/agencies", params={"q": "市场监管"}).json()
    assert [a["name"] for a in found["items"]] == ["南通市通州区市场监督管理局", "苏州市吴江区市场监督管理局"]
    by_alias = client.get("/agencies", params={"q": "区知识产权局"}).json()
    assert MSA in {a["id"] for a in by_alias["items"]}
    assert client.get("/agencies", params={"type": "court"}).json()["total"] == 1
    region = client.get("/agencies", params={"region": "320612"}).json()
    assert region["total"] == len({a["id"] for a in region["items"]})
    assert region["total"] >= 15
    first = client.get("/agencies", params={"limit": 3, "offset": 0}).json()
    second = client.get("/agencies", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"]
    assert {a["id"] for a in first["items"]}.isdisjoint({a["id"] for a in second["items"]})
    assert first["items"][0]["name"] == "南京市雨花台区人民政府"


def test_agency_and_errors(client) -> None:
    agency = client.get(f"/agencies/{MSA}").json()
    assert agency["obligations"] == 23
    assert "区市场监管局（知识产权局）" in agency["aliases"]
    missing = client.get("/agencies/agency/none")
    assert missing.status_code == 404
    assert client.get("/agencies/agency/none/obligations").status_code == 404
    assert client.get("/agencies/agency/none/obligations", params={"format": "csv"}).status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["type"].endswith("/not-found")
    bad = client.get("/agencies", params={"limit": 0})
    assert bad.status_code == 422
    assert bad.json()["type"].endswith("/invalid-parameters")


def test_obligations(client) -> None:
    page = client.get(f"/agencies/{MSA}/obligations").json()
    assert page["total"] == 23
    first = page["items"][0]
    assert first["plan"]["title"].startswith("通州区国家知识产权强县")
    assert first["path"] == "四.(一).1"
    assert first["co_responsible"] == [
        {
            "id": "agency/320612/member_units/849b8deb86",
            "name": "南通市通州区知识产权工作领导小组成员单位",
            "role": "support",
        }
    ]
    text = (CORPUS / "000_7198047be529bd92.txt").read_text(encoding="utf-8")
    for item in page["items"]:
        start, end = item["evidence"]["span"]
        assert text[start:end] == item["evidence"]["quote"]
    assert client.get(f"/agencies/{MSA}/obligations", params={"role": "lead"}).json()["total"] == 5
    assert client.get(f"/agencies/{MSA}/obligations", params={"year": 2030}).json()["total"] == 0
    assert client.get(f"/agencies/{MSA}/obligations", params={"year": 2023}).json()["total"] == 23
    insurance = client.get(f"/agencies/{MSA}/obligations", params={"program": "ip_insurance"}).json()
    assert [i["path"] for i in insurance["items"]] == ["四.(三).3"]
    roles = [
        i["role"] for i in client.get(f"/agencies/{MSA}/obligations", params={"sort": "role"}).json()["items"]
    ]
    assert roles == sorted(roles)
    paged = client.get(f"/agencies/{MSA}/obligations", params={"limit": 5, "offset": 20}).json()
    assert (paged["total"], len(paged["items"])) == (23, 3)
    targets = next(i for i in page["items"] if i["path"] == "四.(六).1")["targets"]
    assert {t["indicator"] for t in targets} == {"组织各类知识产权培训", "培训各类知识产权实用人才"}


def test_obligations_csv_and_xlsx(client) -> None:
    as_csv = client.get(f"/agencies/{MSA}/obligations", params={"format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    lines = as_csv.text.lstrip("\ufeff").splitlines()
    assert lines[0].startswith("plan,region,path,task,role")
    assert len(lines) == 24
    by_accept = client.get(f"/agencies/{MSA}/obligations", headers={"Accept": "text/csv"})
    assert by_accept.text == as_csv.text
    as_xlsx = client.get(f"/agencies/{MSA}/obligations", params={"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(as_xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("plan", "region", "path", "task", "role")
    assert len(rows) == 24
    assert rows[1][2] == "四.(一).1"


def test_plans(client) -> None:
    plans = client.get("/plans").json()
    assert plans["total"] == 5
    doc = next(p for p in plans["items"] if p["title"] == "2017年度南通市知识产权工作要点")
    assert doc["doc_number"] == "通科发〔2017〕23号"
    detail = client.get(f"/plans/{doc['id']}").json()
    assert len(detail["targets"]) == 287
    assert len(detail["citations"]) == 13
    assert client.get("/plans/doc-0000000000000000").status_code == 404
    assert client.get("/plans/..%2F..%2Fetc").status_code == 404


def test_programmes_regions_targets_citations(client) -> None:
    programs = {p["id"]: p["plans"] for p in client.get("/programs").json()}
    assert programs["genuine_goods"] == 4
    where = client.get("/programs/genuine_goods/regions").json()
    assert {r["region"] for r in where} == {"通州区", "雨花台区", "南通市", "吴江区"}
    assert client.get("/programs/nope/regions").status_code == 404
    tree = client.get("/regions").json()
    assert tree[0]["name"] == "中华人民共和国"
    jiangsu = tree[0]["children"][0]
    assert jiangsu["name"] == "江苏省"
    assert {c["name"] for c in jiangsu["children"]} >= {"南通市", "苏州市", "南京市"}
    targets = client.get("/targets", params={"indicator": "PCT专利申请"}).json()
    assert targets["total"] == 12
    tongzhou = client.get("/targets", params={"indicator": "PCT专利申请", "region": "320612"}).json()
    assert [t["value"] for t in tongzhou["items"]] == [65]
    network = client.get("/citations").json()
    assert len(network["edges"]) == 31
    assert {
        "id": "doc:GB/T 29490-2013",  # the standard cited by its title alone: its number's key
        "title": "企业知识产权管理规范",
        "doc_number": None,
        "kind": "standard",
    } in network["nodes"]


def test_search_expands_concepts(client) -> None:
    hits = client.get("/search", params={"q": "融资", "limit": 100}).json()
    paths = {(h["plan"][:3], h["path"]) for h in hits["items"]}
    assert ("通州区", "四.(三).2") in paths  # 深化知识产权投融资
    assert ("通州区", "四.(三).3") in paths  # 促进知识产权保险发展: found through 知识产权金融
    assert all("<mark>" in h["highlight"] for h in hits["items"])
    assert hits["items"][0]["score"] >= hits["items"][-1]["score"]
    courts = client.get("/search", params={"q": "法院"}).json()
    assert courts["total"] >= 1


WRITES = [
    "CREATE (n:X) RETURN n",
    "MERGE (n:X {id: 1}) RETURN n",
    "MATCH (n:Plan) SET n.title = 'x'",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Plan) REMOVE n.title",
    "DROP INDEX ON :Plan(id)",
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "CALL db.idx.fulltext.drop('Plan')",
    "CALL dbms.security.createUser('x', 'y')",
    "MATCH (n) RETURN n; CREATE (m)",
    "MATCH (n) RETURN n // ; CREATE (x)\n CREATE (y)",
    "MATCH (n:Plan) ＳＥＴ n.x = 1",
]


@pytest.mark.parametrize("statement", WRITES)
def test_cypher_refuses_writes(client, statement: str) -> None:
    before = client.get("/health").json()
    response = client.post("/cypher", json={"query": statement})
    assert 400 <= response.status_code < 500
    assert response.headers["content-type"] == "application/problem+json"
    assert client.get("/health").json() == before


def test_cypher_limits(client) -> None:
    ok = client.post(
        "/cypher",
        json={
            "query": "MATCH (a:Agency) WHERE a.name CONTAINS $q RETURN a.name AS name",
            "params": {"q": "法院"},
        },
    ).json()
    assert ok["rows"] == [{"name": "南通市通州区人民法院"}]
    capped = client.post("/cypher", json={"query": "MATCH (t:Task) RETURN t.id AS id"}).json()
    assert capped["truncated"]
    assert len(capped["rows"]) == 50
    runaway = client.post("/cypher", json={"query": "MATCH (a), (b), (c), (d) RETURN count(*) AS n"})
    assert runaway.status_code == 400
    assert "timed out" in runaway.json()["detail"].lower() or "timeout" in runaway.json()["detail"].lower()
    broken = client.post("/cypher", json={"query": "MATCH (n RETURN n"})
    assert broken.status_code == 400


def test_library_queries_run_through_the_api(client) -> None:
    text = statement("standings")
    params = QueryLibrary.with_defaults(text, {"limit": 10})
    got = client.post("/cypher", json={"query": text, "params": params}).json()
    assert [
        (r["indicator"], r["reference"], r["measured_against"], r["reference_basis"]) for r in got["rows"]
    ] == [
        ("知识产权发展主要指标", "全国县（区）前列", "中华人民共和国", "stated"),
        ("知识产权综合竞争力", "全省县（区）领先水平", "江苏省", "stated"),
        ("知识产权产出主要指标", "全省第一方阵", "江苏省", "stated"),
    ]
    ranks = client.post("/cypher", json={"query": text, "params": {**params, "kind": "average"}}).json()
    assert ranks["rows"] == []
    sparql = client.post(
        "/sparql", json={"query": query_text("standings"), "params": {"kind": "rank"}}
    ).json()
    assert [r["reference"] for r in sparql["rows"]] == [
        "全国县（区）前列",
        "全省县（区）领先水平",
        "全省第一方阵",
    ]


def test_indicators_list_what_targets_measure(client) -> None:
    body = client.get("/indicators").json()
    keys = {r["key"]: r for r in body["items"]}
    high_value = keys["每万人口高价值发明专利拥有量"]  # 万人高价值发明专利拥有量 in three plans
    assert (high_value["plans"], high_value["standard_id"]) == (3, "high_value_invention_patents_per_10k")
    assert high_value["en"] == "High-value invention patents per 10,000 people"
    plans = [r["plans"] for r in body["items"]]
    assert plans == sorted(plans, reverse=True)
    standard = client.get("/indicators", params={"standard": "true", "limit": 1000}).json()
    assert standard["items"]
    assert all(r["standard_id"] for r in standard["items"])
    assert standard["total"] < body["total"]
    found = client.get("/indicators", params={"q": "PCT"}).json()["items"]
    assert {r["key"] for r in found} == {"PCT国际专利申请量", "PCT国际专利授权量"}
    # the targets of one of them, worded differently from plan to plan, come back together
    targets = client.get("/targets", params={"indicator": "每万人口高价值发明专利拥有量"}).json()
    assert {t["indicator"] for t in targets["items"]} == {"万人高价值发明专利拥有量"}
    assert len({t["plan_id"] for t in targets["items"]}) == 3


def test_sparql(client) -> None:
    query = (
        "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT (COUNT(?p) AS ?n) WHERE { ?p a pkg:Plan }"
    )
    assert client.post("/sparql", json={"query": query}).json()["rows"] == [{"n": "5"}]
    for bad in (
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    ):
        response = client.post("/sparql", json={"query": bad})
        assert response.status_code == 400


def test_sparql_sees_plans_another_process_saved(client) -> None:
    # another process (policykg build against the same Neo4j and data folder) saves a plan: the RDF view
    # the API keeps for /sparql is built again from the document cache
    from graph.documents import DocumentCache
    from tests.plans import extracted

    query = (
        "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT (COUNT(?p) AS ?n) WHERE { ?p a pkg:Plan }"
    )
    assert client.post("/sparql", json={"query": query}).json()["rows"] == [{"n": "5"}]
    other = DocumentCache(client.app.state.settings.data_dir / "documents")
    doc, _ = extracted("泾县知识产权工作要点\n一、重点任务\n（一）推进专利导航。\n", "plan.txt")
    other.save(doc)
    try:
        assert client.post("/sparql", json={"query": query}).json()["rows"] == [{"n": "6"}]
    finally:
        other.delete(doc.id)
    assert client.post("/sparql", json={"query": query}).json()["rows"] == [{"n": "5"}]


def test_obligations_are_reused_until_the_data_changes(client) -> None:
    url = f"/agencies/{MSA}/obligations"
    responses = client.app.state.responses
    first = client.get(url, params={"limit": 3})
    etag = first.headers["etag"]
    hits = responses.hits
    again = client.get(url, params={"limit": 3})
    assert again.content == first.content
    assert again.headers["etag"] == etag
    if client.app.state.store.data_version() is not None:  # the embedded store: its only writer is here
        assert responses.hits == hits + 1
    unchanged = client.get(url, params={"limit": 3}, headers={"If-None-Match": etag})
    assert (unchanged.status_code, unchanged.content, unchanged.headers["etag"]) == (304, b"", etag)
    plan = "南通市通州区知识产权工作要点\n一、重点任务\n（一）开展商标执法。（区市场监管局负责）\n".encode()
    created = client.post("/documents", files={"file": ("extra.txt", plan, "text/plain")}, headers=AUTH)
    assert created.status_code == 201, created.text
    try:
        changed = client.get(url, params={"limit": 3}, headers={"If-None-Match": etag})
        assert changed.status_code == 200
        assert changed.json()["total"] == 24
        assert changed.headers["etag"] != etag
    finally:
        assert client.delete(f"/documents/{created.json()['id']}", headers=AUTH).status_code == 204
    back = client.get(url, params={"limit": 3})
    assert back.json()["total"] == 23
    assert back.headers["etag"] == etag


def test_obligations_carry_the_deadline_date_and_how_it_recurs(client) -> None:
    plan = (
        "南通市通州区知识产权工作要点\n一、重点任务\n"
        "（一）开展商标执法，2025年6月底前完成。（区市场监管局负责）\n"
        "（二）每季度末报送工作进展。（区市场监管局负责）\n"
    ).encode()
    created = client.post("/documents", files={"file": ("deadlines.txt", plan, "text/plain")}, headers=AUTH)
    assert created.status_code == 201, created.text
    try:
        items = client.get(f"/agencies/{MSA}/obligations", params={"limit": 100}).json()["items"]
        mine = {i["title"]: i for i in items if i["plan"]["id"] == created.json()["id"]}
        dated, recurring = mine["开展商标执法，2025年6月底前完成"], mine["每季度末报送工作进展"]
        assert (dated["deadline_date"], dated["deadline_recurs"]) == ("2025-06", None)
        assert (recurring["deadline_date"], recurring["deadline_recurs"]) == (None, "quarter")
        header = client.get(f"/agencies/{MSA}/obligations", params={"format": "csv"}).text.splitlines()[0]
        assert "deadline,deadline_date,deadline_recurs" in header
    finally:
        assert client.delete(f"/documents/{created.json()['id']}", headers=AUTH).status_code == 204


def test_repeated_requests_are_answered_in_front_of_the_routes(client) -> None:
    responses = client.app.state.responses
    if client.app.state.store.data_version() is None:  # Neo4j: nothing is kept, every request reads
        first = client.get(f"/agencies/{MSA}/obligations?limit=2&offset=1")
        assert client.get(f"/agencies/{MSA}/obligations?limit=2&offset=1").content == first.content
        assert responses.recalled == 0
        return
    url = f"/agencies/{MSA}/obligations?limit=2&offset=1"
    first = client.get(url)
    recalled = responses.recalled
    again = client.get(url)
    assert (again.content, again.headers["etag"]) == (first.content, first.headers["etag"])
    assert again.headers["content-type"] == first.headers["content-type"] == "application/json"
    assert responses.recalled == recalled + 1
    reordered = f"/agencies/{MSA}/obligations?offset=1&limit=2"  # another request line: the routes answer
    assert client.get(reordered).content == first.content
    assert responses.recalled == recalled + 1
    assert client.get(reordered).content == first.content  # and then it is known too
    assert responses.recalled == recalled + 2
    as_csv = client.get(url, headers={"Accept": "text/csv"})  # the Accept header is part of the request
    assert as_csv.headers["content-type"].startswith("text/csv")
    csv_again = client.get(url, headers={"Accept": "text/csv"})
    assert (csv_again.content, csv_again.headers["x-total-count"]) == (
        as_csv.content,
        as_csv.headers["x-total-count"],
    )
    assert responses.recalled == recalled + 3
    unchanged = client.get(url, headers={"If-None-Match": first.headers["etag"]})
    assert (unchanged.status_code, unchanged.content) == (304, b"")
    assert responses.recalled == recalled + 4
    search = client.get("/search", params={"q": "质押", "limit": 2})
    assert client.get("/search", params={"q": "质押", "limit": 2}).json() == search.json()
    assert search.json()["items"]
    assert responses.recalled == recalled + 5


def test_write_token(client) -> None:
    doc = (
        "sample.txt",
        "某县知识产权工作要点\n一、重点任务\n（一）开展执法。（县市场监管局负责）\n".encode(),
        "text/plain",
    )
    assert client.post("/documents", files={"file": doc}).status_code == 401
    assert (
        client.post("/documents", files={"file": doc}, headers={"Authorization": "Bearer wrong"}).status_code
        == 401
    )
    assert client.delete("/documents/doc-0000000000000000").status_code == 401
    bad_type = client.post(
        "/documents", files={"file": ("x.exe", b"MZ", "application/octet-stream")}, headers=AUTH
    )
    assert bad_type.status_code == 415
    traversal = client.post(
        "/documents", files={"file": ("../../etc/plan.txt", doc[1], "text/plain")}, headers=AUTH
    )
    assert traversal.status_code == 201
    created = traversal.json()
    detail = client.get(f"/plans/{created['id']}").json()
    assert detail["source"] == "upload/plan.txt"
    assert client.delete(f"/documents/{created['id']}", headers=AUTH).status_code == 204
    assert client.get(f"/plans/{created['id']}").status_code == 404
    assert client.delete(f"/documents/{created['id']}", headers=AUTH).status_code == 404


def test_writes_disabled_and_read_token(tmp_path) -> None:
    closed = create_app(Settings(data_dir=tmp_path / "a", read_token="reader"))
    with TestClient(closed) as c:
        assert c.post("/documents", files={"file": ("a.txt", b"x", "text/plain")}).status_code == 403
        assert c.get("/agencies").status_code == 401
        assert c.get("/agencies", headers={"Authorization": "Bearer reader"}).status_code == 200
        reader = {"Authorization": "Bearer reader"}
        for _ in range(2):  # the second answered in front of the routes, which checks the token as they do
            assert c.get("/search?q=专利", headers=reader).status_code == 200
        assert c.app.state.responses.recalled == 1
        for wrong in ({}, {"Authorization": "Bearer reade"}, {"Authorization": "Bearer readers"}):
            assert c.get("/search?q=专利", headers=wrong).status_code == 401
        assert c.get("/search?q=专利", headers={"Authorization": "bearer  reader "}).status_code == 200
        assert c.app.state.responses.recalled == 2


def test_too_large(tmp_path) -> None:
    app = create_app(Settings(data_dir=tmp_path / "b", write_token=TOKEN, max_upload_bytes=100))
    with TestClient(app) as c:
        r = c.post("/documents", files={"file": ("a.txt", b"x" * 500, "text/plain")}, headers=AUTH)
        assert r.status_code == 413


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """A real uvicorn on 127.0.0.1 (a free port), stopped at the end."""
    folder = tmp_path_factory.mktemp("served")
    config = uvicorn.Config(create_app(_settings(folder)), host="127.0.0.1", port=0, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    port = srv.servers[0].sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=base, timeout=30) as c:
        for path in sorted(CORPUS.glob("*.txt"))[:2]:
            c.post("/documents", files={"file": (path.name, path.read_bytes(), "text/plain")}, headers=AUTH)
    yield base
    srv.should_exit = True
    thread.join(timeout=30)


def test_real_server_on_loopback(server) -> None:
    with httpx.Client(base_url=server, timeout=30) as c:
        assert c.get("/health").json()["status"] == "ok"
        page = c.get(f"/agencies/{MSA}/obligations", params={"format": "csv"})
        assert page.status_code == 200
        assert len(page.text.lstrip("\ufeff").splitlines()) == 24
        assert c.get("/openapi.json").json()["info"]["title"] == "PolicyKG API"


def test_schemathesis_finds_no_server_errors(server) -> None:
    """Generated requests for every operation of the OpenAPI schema: no answer may be a 5xx."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings

    schema = schemathesis.openapi.from_url(f"{server}/openapi.json")
    failures: list[str] = []
    calls: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(operation.as_strategy())
        def check(case: schemathesis.Case) -> None:
            response = case.call(base_url=server, timeout=30)
            calls.append(f"{case.method} {case.path}")
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code}")

        check()
    assert failures == []
    operations = set(calls)
    assert len(operations) >= 14  # every endpoint was exercised
    assert len(calls) > 100


@pytest.mark.parametrize("sort", ["plan", "role", "path"])
def test_obligation_pages_join_up(client, sort: str) -> None:
    """Pages are cut in the store: consecutive pages of any sort order join up to the whole list."""
    whole = client.get(f"/agencies/{MSA}/obligations", params={"sort": sort, "limit": 1000}).json()["items"]
    pages = [
        client.get(f"/agencies/{MSA}/obligations", params={"sort": sort, "limit": 4, "offset": o}).json()
        for o in range(0, 24, 4)
    ]
    assert [i["task_id"] for p in pages for i in p["items"]] == [i["task_id"] for i in whole]
    assert {p["total"] for p in pages} == {len(whole)} == {23}
    key = {"plan": lambda i: (i["plan"]["title"], i["path"]), "role": lambda i: i["role"]}.get(sort)
    keys = [key(i) for i in whole] if key else [i["path"] for i in whole]
    assert keys == sorted(keys)
