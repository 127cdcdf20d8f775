"""Plan heads in styles the corpus lacks: red-header mastheads, signatures beside the date, Markdown header
lines, short titles of documents cited before, issuers written at the head of a cited title."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from policykg.collector import collection_paused
from policykg.extract.citations import CitationDraft, find_citations
from policykg.extract.metadata import Metadata, extract_metadata
from policykg.extract.pipeline import extract_document
from policykg.models import Document
from tests.test_properties import assert_provenance

BODY = (
    "一、工作目标\n全年专利授权量达到6500件。\n"
    "二、重点工作\n（一）开展专利导航。开展专利导航项目3项。（区市场监管局负责）\n"
    "三、工作要求\n各单位要于2024年12月10日前将年度工作总结报送区市场监管局（知识产权局）。\n"
)


def meta(text: str) -> Metadata:
    first = re.search(r"^[#\s]*一、", text, re.M)
    meta = extract_metadata(text, first.start() if first else 0)
    for span, quote in _evidence(meta):
        assert text[span[0] : span[1]] == quote
    return meta


def _evidence(m: Metadata) -> list[tuple[tuple[int, int], str]]:
    spans = [(i.evidence.span, i.evidence.quote) for i in m.issuers]
    if m.period:
        spans.append((m.period.evidence.span, m.period.evidence.quote))
    return spans


def head(m: Metadata) -> tuple[object, ...]:
    return (m.title, m.doc_type, m.doc_number, m.date, [i.name for i in m.issuers])


def cite(text: str, m: Metadata) -> list[CitationDraft]:
    found = find_citations(text, own_title=m.title, own_number=m.doc_number)
    for c in found:
        assert text[c.span[0] : c.span[1]] == c.quote
    return found


def run(text: str, name: str = "plan.txt") -> Document:
    loaded = load_bytes(text.encode("utf-8"), name)
    doc = extract_document(loaded)
    assert_provenance(doc, loaded.text)  # a Markdown plan's canonical text has no emphasis marks
    return doc


# --- 1. the red header names the issuer; it is not the title -------------------------------------


@pytest.mark.parametrize(
    ("masthead", "issuers"),
    [
        ("北京市通州区市场监督管理局文件", ["北京市通州区市场监督管理局"]),
        ("宁波市鄞州区人民政府办公室文件", ["宁波市鄞州区人民政府办公室"]),
        ("中共北京市通州区委员会文件", ["中共北京市通州区委员会"]),
        ("中共通州区委　通州区人民政府　文件", ["中共通州区委", "通州区人民政府"]),
        (
            "北京市通州区科学技术委员会\n北京市通州区市场监督管理局　文件",
            ["北京市通州区科学技术委员会", "北京市通州区市场监督管理局"],
        ),
        ("北京市通州区人民政府办公室函\n签发人：张三", ["北京市通州区人民政府办公室"]),
        ("北京市通州区市场监督管理局\n━━━━━━━━━━━━━━━━", ["北京市通州区市场监督管理局"]),
    ],
)
def test_masthead_is_not_the_title(masthead: str, issuers: list[str]) -> None:
    text = f"{masthead}\n通市监发〔2024〕5号\n北京市通州区2024年知识产权工作要点\n{BODY}"
    m = meta(text)
    assert head(m) == ("北京市通州区2024年知识产权工作要点", "工作要点", "通市监发〔2024〕5号", None, issuers)
    assert m.period is not None
    assert (m.period.start, m.period.end) == ("2024", "2024")


def test_masthead_plan_end_to_end() -> None:
    """The probe's plan: the signature names the issuer, the closing sentence does not; targets get a year."""
    text = (
        f"北京市通州区市场监督管理局文件\n通市监发〔2024〕5号\n北京市通州区2024年知识产权工作要点\n{BODY}"
        "北京市通州区市场监督管理局\n2024年3月1日\n"
    )
    doc = run(text)
    plan = doc.plan
    assert (plan.title, plan.doc_type, plan.doc_number, plan.date) == (
        "北京市通州区2024年知识产权工作要点",
        "工作要点",
        "通市监发〔2024〕5号",
        "2024-03-01",
    )
    assert [i.name for i in plan.issuers] == ["北京市通州区市场监督管理局"]
    assert doc.targets
    assert all(t.year == 2024 for t in doc.targets)
    surfaces = {r.agency.surface for t in doc.tasks for r in t.responsibilities}
    assert not any("。" in s or "各单位要" in s for s in surfaces)


# --- 2. an issuer is a signature line, never a sentence -------------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "各单位要于2024年12月10日前将年度工作总结报送区市场监管局（知识产权局）。",
        "请各镇（街道）、各有关部门认真贯彻执行，报区市场监管局",
        "各有关单位",
        "联系人：王五，区市场监管局",
    ],
)
def test_a_sentence_above_the_signature_is_no_issuer(closing: str) -> None:
    text = f"某区2024年知识产权工作要点\n{BODY}{closing}\n某区市场监督管理局\n2024年3月1日\n"
    assert [i.name for i in meta(text).issuers] == ["某区市场监督管理局"]
    alone = f"某区2024年知识产权工作要点\n{BODY}{closing}\n2024年3月1日\n"
    assert meta(alone).issuers == []


@pytest.mark.parametrize(
    ("heading", "issuers"),
    [
        (
            "宾阳县人民政府办公室关于印发宾阳县知识产权强县建设工作方案（2024—2026年）的通知",
            ["宾阳县人民政府办公室"],
        ),
        ("关于印发宾阳县知识产权强县建设工作方案（2024—2026年）的通知", []),
        ("各乡镇要认真学习关于印发宾阳县知识产权强县建设工作方案（2024—2026年）的通知", []),
    ],
)
def test_the_notice_wrapping_the_plan_names_its_issuer(heading: str, issuers: list[str]) -> None:
    # the notice heading 'X关于印发…的通知' is kept, its signature and date left out: X issued the plan
    text = (
        f"{heading}\n各乡镇人民政府，县直各有关单位：\n　　现将《宾阳县知识产权强县建设工作方案（2024—2026年）》"
        f"印发给你们，请认真组织实施。\n\n宾阳县知识产权强县建设工作方案（2024—2026年）\n{BODY}"
    )
    found = meta(text)
    assert found.title == "宾阳县知识产权强县建设工作方案（2024—2026年）"
    assert [i.name for i in found.issuers] == issuers
    assert all(text[slice(*i.evidence.span)] == i.evidence.quote for i in found.issuers)


# --- 3. issuer and date on one line ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "issuers", "date"),
    [
        ("青岛西海岸新区管理委员会办公室　　2024年2月28日", ["青岛西海岸新区管理委员会办公室"], "2024-02-28"),
        ("青岛西海岸新区管理委员会办公室2024年2月28日", ["青岛西海岸新区管理委员会办公室"], "2024-02-28"),
        ("区委办公室　区政府办公室　　二〇二四年二月二十八日", ["区委办公室", "区政府办公室"], "2024-02-28"),
    ],
)
def test_issuer_and_date_on_one_line(line: str, issuers: list[str], date: str) -> None:
    text = (
        f"青岛西海岸新区2024年知识产权工作要点\n\n一、主要目标\n\n全年发明专利授权量达到3200件。\n\n{line}\n"
    )
    m = meta(text)
    assert (m.date, [i.name for i in m.issuers]) == (date, issuers)
    assert m.date_span is not None
    assert text[m.date_span[0] : m.date_span[1]].endswith("日")


_SPACE = st.text(alphabet=" \t\u3000\xa0\u2002", max_size=6)
_BODIES = st.sampled_from(
    ["青岛西海岸新区管理委员会办公室", "某市人民政府", "某区市场监督管理局", "中共某县委员会"]
)


@settings(max_examples=80, deadline=None)
@given(_BODIES, _SPACE, _SPACE, _SPACE, st.integers(1, 12), st.integers(1, 28))
def test_issuer_date_line_splits_whatever_the_spacing(
    body: str, lead: str, gap: str, tail: str, month: int, day: int
) -> None:
    text = f"某区2024年知识产权工作要点\n一、主要目标\n全年发明专利授权量达到3200件。\n{lead}{body}{gap}2024年{month}月{day}日{tail}\n"
    m = meta(text)
    assert m.date == f"2024-{month:02d}-{day:02d}"
    assert [i.name for i in m.issuers] == [body]
    assert m.issuers[0].evidence.quote == body


# --- 4. a Markdown header line; the plan's own number is never a citation of itself ----------------


@pytest.mark.parametrize(
    "header",
    [
        "> 青西新管办发〔2024〕3号 · 青岛西海岸新区管委办公室 · 2024年2月28日",
        "> **青西新管办发〔2024〕3号** | 青岛西海岸新区管委办公室 | 2024年2月28日",
        "青西新管办发〔2024〕3号　／　青岛西海岸新区管委办公室　／　2024年2月28日",
        "文号：青西新管办发〔2024〕3号　发布机构：青岛西海岸新区管委办公室　成文日期：2024年2月28日",
    ],
)
def test_markdown_header_line(header: str) -> None:
    text = (
        f"# 某区2024年知识产权工作要点\n\n{header}\n\n"
        "深入贯彻《知识产权强国建设纲要（2021—2035年）》，按照鲁政发〔2022〕5号要求。\n\n## 一、重点工作\n\n"
        "1. **培育优势企业。** 新增国家知识产权优势示范企业8家以上。（区市场监管局负责）\n"
    )
    m = meta(text)
    assert head(m) == (
        "某区2024年知识产权工作要点",
        "工作要点",
        "青西新管办发〔2024〕3号",
        "2024-02-28",
        ["青岛西海岸新区管委办公室"],
    )
    assert [(c.title, c.doc_number) for c in cite(text, m)] == [
        ("知识产权强国建设纲要（2021—2035年）", None),
        (None, "鲁政发〔2022〕5号"),
    ]
    # without the metadata's help the header line's number is still not cited
    assert [c.doc_number for c in find_citations(text, own_title=None, own_number=None)] == [
        None,
        "鲁政发〔2022〕5号",
    ]


def test_markdown_plan_end_to_end() -> None:
    text = (
        "# 某区2024年知识产权工作要点\n\n> 青西新管办发〔2024〕3号 · 青岛西海岸新区管委办公室 · 2024年2月28日\n\n"
        "深入贯彻《知识产权强国建设纲要（2021—2035年）》，认真落实《纲要》部署。\n\n## 二、重点工作\n\n"
        "### （一）强化创造\n\n1. **培育知识产权优势企业。** 新增国家知识产权优势示范企业8家以上。（区市场监管局负责）\n"
    )
    doc = run(text, "plan.md")
    plan = doc.plan
    assert (plan.doc_number, plan.date, [i.name for i in plan.issuers]) == (
        "青西新管办发〔2024〕3号",
        "2024-02-28",
        ["青岛西海岸新区管委办公室"],
    )
    assert [(c.title, c.key) for c in doc.citations] == [
        ("知识产权强国建设纲要（2021—2035年）", "title:知识产权强国建设纲要(2021-2035年)"),
        ("知识产权强国建设纲要（2021—2035年）", "title:知识产权强国建设纲要(2021-2035年)"),
    ]
    assert doc.citations[1].quote == "《纲要》"


_AGENCY = st.text(alphabet="青西新管办发政府委科市区县", min_size=2, max_size=6)
_HEADERS = st.sampled_from(
    [
        "{n}",
        "> {n} · 某区人民政府办公室 · 2024年2月28日",
        "{n}　　某区人民政府办公室　　2024年2月28日",
        "文号：{n}",
        "**{n}**",
    ]
)


@settings(max_examples=120, deadline=None)
@given(
    _AGENCY, st.integers(2000, 2030), st.integers(1, 999), _HEADERS, st.sampled_from(["〔〕", "[]", "（）"])
)
def test_own_number_is_never_cited(agency: str, year: int, serial: int, header: str, brackets: str) -> None:
    number = f"{agency}{brackets[0]}{year}{brackets[1]}{serial}号"
    text = (
        f"某区知识产权工作方案\n{header.format(n=number)}\n"
        f"为落实苏政发〔2017〕32号和{number}精神，制定本方案。\n一、重点任务\n（一）开展工作。\n"
    )
    m = meta(text)
    assert m.doc_number == f"{agency}〔{year}〕{serial}号"
    numbers = [c.doc_number for c in cite(text, m)]
    assert m.doc_number not in numbers
    assert "苏政发〔2017〕32号" in numbers


# --- 5. a short title names the document cited before it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "深入贯彻《知识产权强国建设纲要（2021－2035年）》，认真落实《纲要》部署。",
            ["知识产权强国建设纲要(2021-2035年)"] * 2,
        ),
        (
            "落实《浙江省知识产权发展“十四五”规划》和《北京市知识产权保护条例》，执行《规划》《条例》。",
            ["浙江省知识产权发展十四五规划", "北京市知识产权保护条例"] * 2,
        ),
        (
            "贯彻《关于强化知识产权保护的意见》，落实《意见》和《若干意见》。",
            ["关于强化知识产权保护的意见", "关于强化知识产权保护的意见", "若干意见"],
        ),
        (
            "贯彻《知识产权强国建设纲要》（以下简称“《强国纲要》”），对照《强国纲要》和《纲要》。",
            ["知识产权强国建设纲要"] * 4,
        ),
        ("落实《江苏省知识产权强省建设纲要》，对照《强省纲要》。", ["江苏省知识产权强省建设纲要"] * 2),
        ("落实《纲要》，后有《知识产权强国建设纲要》。", ["纲要", "知识产权强国建设纲要"]),
    ],
)
def test_short_title_is_the_earlier_citation(text: str, expected: list[str]) -> None:
    found = find_citations(text, own_title=None, own_number=None)
    assert [c.normalised_title for c in found] == expected
    by_title = {c.normalised_title: c.key for c in found}
    assert [c.key for c in found] == [by_title[t] for t in expected]
    for c in found:
        assert text[c.span[0] : c.span[1]] == c.quote


def test_short_title_of_the_plan_itself_is_left_out() -> None:
    text = "某区知识产权工作方案\n现将《某区知识产权工作方案》印发。本《方案》自印发之日起实施，落实《国家知识产权战略纲要》。"
    found = find_citations(text, own_title="某区知识产权工作方案", own_number=None)
    assert [c.title for c in found] == ["国家知识产权战略纲要"]


def test_a_short_title_with_its_own_number_stands_alone() -> None:
    text = "落实《A市知识产权规划》，执行《规划》（国发〔2021〕20号）。"
    found = find_citations(text, own_title=None, own_number=None)
    assert [(c.title, c.doc_number) for c in found] == [
        ("A市知识产权规划", None),
        ("规划", "国发〔2021〕20号"),
    ]


# --- 6. the issuer written at the head of a cited title ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "根据《国家知识产权局关于深化知识产权保护工作体制机制改革的通知》（国知发保字〔2021〕1号）",
            "国家知识产权局",
        ),
        ("落实《国务院办公厅关于印发知识产权强国建设纲要实施推进计划的通知》", "国务院办公厅"),
        ("执行《浙江省人民政府关于加快建设知识产权强省的实施意见》", "浙江省人民政府"),
        # (round 35) two bodies set apart by a space are two issuers
        ("贯彻《中共中央 国务院关于强化知识产权保护的意见》", "中共中央、国务院"),
        ("贯彻《国家知识产权局办公室关于开展知识产权强县建设试点示范工作的通知》", "国家知识产权局办公室"),
        ("贯彻省政府《浙江省人民政府关于加快建设知识产权强省的实施意见》", "省政府"),
        ("贯彻《关于加快建设知识产权强省的实施意见》", None),
        ("贯彻《浙江省知识产权发展关于规划的说明》", None),
    ],
)
def test_issuer_at_the_head_of_a_title(text: str, issuer: str | None) -> None:
    (c,) = find_citations(text, own_title=None, own_number=None)
    assert c.issuer == issuer
    assert text[c.span[0] : c.span[1]] == c.quote


def test_many_short_titles_stay_fast() -> None:
    """Citation finding grows linearly with the number of titles: four times the titles take well under
    eight times as long (a quadratic step would take sixteen). A ratio, not seconds, so that a loaded
    machine cannot fail it. Timed with the cyclic collector paused, as documents are extracted
    (policykg/collector.py): its full collections walk every object alive, more of them in the larger run,
    which is the collector's growth, not citation finding's (the ratio reached 8.5 with it running), and
    each the fastest of a few runs."""

    def titles(n: int) -> str:
        return "".join(f"《知识产权{i}纲要》《纲要》" for i in range(n)) + "".join(
            f"《规划{i}》" for i in range(n)
        )

    def seconds(text: str) -> tuple[float, list]:
        with collection_paused():
            start = time.perf_counter()
            found = find_citations(text, own_title="某区知识产权工作方案", own_number=None)
            return time.perf_counter() - start, found

    small, large = titles(1_500), titles(6_000)
    small_s = min(seconds(small)[0] for _ in range(3))
    runs = [seconds(large) for _ in range(2)]
    large_s, found = min(runs, key=lambda run: run[0])
    assert large_s / small_s < 8
    assert found[1].normalised_title == "知识产权0纲要"
    assert found[11_999].normalised_title == "知识产权5999纲要"
