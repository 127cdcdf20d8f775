"""Targets and citations the second probe found missing or wrong: goals stated before the first heading
(主要目标：…), ranges written with a unit at both ends (12%—15%), quantities in words (翻一番, 实现零的突破),
multiples of a named base (达到2022年的2倍), item numbers and annotations kept out of indicators, growth
columns of indicator tables (年均增速), and decree / local-standard numbers attached to their titles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from policykg.extract.citations import citation_key, find_citations
from policykg.extract.pipeline import extract_document
from policykg.extract.targets import find_targets
from policykg.models import Document
from tests.test_properties import assert_provenance

HVP = "每万人口高价值发明专利拥有量"

Row = tuple[str, float, float | None, str | None, str, str, list[str], int | None]


def drafts(text: str) -> list[Row]:
    """(indicator, value, value_max, unit, comparator, kind, sorted flags, year) of each prose target."""
    return [
        (
            d.indicator,
            d.value,
            d.value_max,
            d.unit,
            d.comparator,
            "baseline" if d.baseline else "target",
            sorted(f for f in d.flags if f != "baseline"),
            d.year,
        )
        for d in find_targets(text, 0, len(text), context_year=None)
    ]


def run(text: str, name: str = "plan.txt") -> Document:
    loaded = load_bytes(text.encode("utf-8"), name)
    doc = extract_document(loaded)
    assert_provenance(doc, loaded.text)  # a Markdown plan's canonical text has no emphasis marks
    return doc


# --- 2. target forms ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range whose unit is written after both ends
        (
            "到2025年，发明专利授权量年均增长12%—15%",
            [("发明专利授权量", 12, 15, "%", "range", "target", ["annual", "growth"], 2025)],
        ),
        (
            "发明专利授权量同比增长8%至10%",
            [("发明专利授权量", 8, 10, "%", "range", "target", ["growth"], None)],
        ),
        ("新建服务站3家-5家", [("新建服务站", 3, 5, "家", "range", "target", [], None)]),
        # a doubling: twice the base level, the base's year is not the target's
        (
            f"到2025年，{HVP}较2022年翻一番",
            [(HVP, 2, None, "倍", ">=", "target", ["per_capita", "relative"], 2025)],
        ),
        (
            "知识产权质押融资登记金额较上年翻一番",
            [("知识产权质押融资登记金额", 2, None, "倍", ">=", "target", ["relative"], None)],
        ),
        # a first success: at least one, of no named unit
        ("到2025年，地理标志运用实现零的突破", [("地理标志运用", 1, None, None, ">=", "target", [], 2025)]),
        # a multiple of a named base: the base's year dates the base, never the target
        (
            "到2025年，知识产权服务机构数量达到2022年的2倍",
            [("知识产权服务机构数量", 2, None, "倍", ">=", "target", ["relative"], 2025)],
        ),
        (
            "到2025年，商标注册量达到上年的1.5倍",
            [("商标注册量", 1.5, None, "倍", ">=", "target", ["relative"], 2025)],
        ),
        # item numbers are the plan's numbering, not the indicator
        (
            "1、新建省级高价值专利培育示范中心20家",
            [("新建省级高价值专利培育示范中心", 20, None, "家", "=", "target", [], None)],
        ),
        ("2.新建专利导航服务基地3家", [("新建专利导航服务基地", 3, None, "家", "=", "target", [], None)]),
        (
            "（三）新增专利导航服务基地3家",
            [("专利导航服务基地", 3, None, "家", "=", "target", ["increment"], None)],
        ),
        # a bracketed annotation closing the clause is not the indicator; a bare verb takes its object from
        # the clause before
        (
            "支持企业申请PCT专利，每年申请不少于5件【责任单位：区科技局】",
            [("申请PCT专利", 5, None, "件", ">=", "target", ["annual"], None)],
        ),
        # ... but brackets inside words stay
        (
            "推动1-2个县（市）区进入国家知识产权强县工程示范",
            [("县（市）区进入国家知识产权强县工程示范", 1, 2, "个", "range", "target", [], None)],
        ),
        # a goals label is not the indicator
        (
            "主要目标：全省发明专利授权量8万件以上",
            [("发明专利授权量", 8, None, "万件", ">=", "target", [], None)],
        ),
        # a doubling beside the level it reaches only restates it, either way round
        ("专利授权量较2020年翻一番，达到1万件", [("专利授权量", 1, None, "万件", ">=", "target", [], None)]),
        (
            f"到2025年，{HVP}达到150件，较2022年翻一番",
            [(HVP, 150, None, "件", ">=", "target", ["per_capita"], 2025)],
        ),
        # a first success the plan helps others to is a programme (专利消零), not a target of the plan
        (
            "推进中小微企业实现专利申请零的突破，全年培育专利消零企业1200家",
            [("培育专利消零企业", 1200, None, "家", "=", "target", ["annual"], None)],
        ),
        # a starting level is still a baseline
        (
            f"{HVP}由2022年的3.1件提高到6.5件",
            [
                (HVP, 3.1, None, "件", "=", "baseline", ["per_capita"], 2022),
                (HVP, 6.5, None, "件", ">=", "target", ["per_capita"], None),
            ],
        ),
    ],
)
def test_target_forms(text: str, expected: list[Row]) -> None:
    assert drafts(text) == expected


MARKERS = st.one_of(
    st.integers(1, 30).map(lambda n: f"{n}、"),
    st.integers(1, 30).map(lambda n: f"{n}."),
    st.integers(1, 30).map(lambda n: f"{n}．"),
    st.integers(1, 30).map(lambda n: f"({n})"),
    st.integers(1, 30).map(lambda n: f"（{n}）"),
    st.integers(1, 20).map(lambda n: chr(0x2460 + n - 1)),
    st.sampled_from("一二三四五六七八九十").map(lambda c: f"（{c}）"),
    st.sampled_from("一二三四五六七八九十").map(lambda c: f"{c}、"),
)
CLAUSES = st.sampled_from(
    [
        ("新建专利导航服务基地3家", "新建专利导航服务基地", 3),
        ("培育知识产权示范企业20家", "培育知识产权示范企业", 20),
        ("新增地理标志商标5件", "地理标志商标", 5),
        ("发明专利授权量达到1200件", "发明专利授权量", 1200),
        ("质押融资额突破2.5亿元", "质押融资额", 2.5),
        ("十二项重点任务完成率达到90%", "十二项重点任务完成率", 90),
    ]
)


@settings(max_examples=80, deadline=None)
@given(marker=MARKERS, clause=CLAUSES, space=st.sampled_from(["", " ", "\u3000"]))
def test_item_numbers_never_enter_the_indicator(
    marker: str, clause: tuple[str, str, float], space: str
) -> None:
    words, indicator, value = clause
    text = f"{marker}{space}{words}。"
    (target,) = find_targets(text, 0, len(text), context_year=None)
    assert (target.indicator, target.value) == (indicator, value)
    assert text[target.span[0] : target.span[1]] == words  # the quote starts after the number too


@settings(max_examples=60, deadline=None)
@given(
    low=st.integers(1, 60),
    width=st.integers(1, 40),
    unit=st.sampled_from(["%", "家", "件", "亿元"]),
    dash=st.sampled_from(["—", "-", "–", "～", "至"]),
)
def test_ranges_with_a_unit_at_both_ends(low: int, width: int, unit: str, dash: str) -> None:
    text = f"到2025年，专利质押融资登记数量达到{low}{unit}{dash}{low + width}{unit}"
    (target,) = find_targets(text, 0, len(text), context_year=None)
    assert (target.indicator, target.value, target.value_max, target.unit, target.comparator) == (
        "专利质押融资登记数量",
        low,
        low + width,
        unit,
        "range",
    )


# --- 1. goals stated outside a goals chapter --------------------------------------------------------

PREAMBLE_PLAN = (
    "浙江省市场监督管理局\n2024年全省知识产权工作要点\n\n"
    "\u3000\u3000主要目标：全省发明专利授权量8万件以上，PCT国际专利申请量增长10%；培育省级知识产权示范企业200家；"
    "地理标志运用实现零的突破。\n\n"
    "\u3000\u3000一、全面提升知识产权创造质量\n"
    "\u3000\u30001、新建省级高价值专利培育示范中心20家。（知识产权促进处负责）\n"
)


def test_preamble_goals_paragraph_gives_targets() -> None:
    doc = run(PREAMBLE_PLAN)
    assert [(g.path, g.title) for g in doc.goals] == [("preamble.p1", "主要目标")]
    goal = doc.goals[0]
    assert goal.text.startswith("主要目标：")
    got = [
        (t.indicator, t.value, t.unit, t.comparator, t.flags, t.year, t.goal_id, t.task_id)
        for t in doc.targets
    ]
    assert got == [
        ("发明专利授权量", 8, "万件", ">=", [], 2024, goal.id, None),
        ("PCT国际专利申请量", 10, "%", "=", ["growth"], 2024, goal.id, None),
        ("培育省级知识产权示范企业", 200, "家", "=", [], 2024, goal.id, None),
        ("地理标志运用", 1, None, ">=", [], 2024, goal.id, None),
        ("新建省级高价值专利培育示范中心", 20, "家", "=", [], 2024, None, doc.tasks[-1].id),
    ]


def test_goals_paragraph_in_a_guidance_chapter() -> None:
    text = (
        "某区知识产权强区建设实施方案（2023—2025年）\n"
        "一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导。\n"
        "发展目标：到2025年，全区有效发明专利拥有量达到2800件。\n"
        "二、重点任务\n（一）开展专利导航。建设专利导航服务基地2家。（区科技局负责）\n"
    )
    doc = run(text)
    assert [(g.path, g.title) for g in doc.goals] == [("一.p2", "发展目标")]
    (target,) = [t for t in doc.targets if t.goal_id]
    assert (target.indicator, target.value, target.year, target.year_basis) == (
        "有效发明专利拥有量",
        2800,
        2025,
        "sentence",
    )


def test_dated_paragraph_is_a_goal_only_without_a_goals_chapter() -> None:
    body = "到2025年，全区有效发明专利拥有量达到2800件。\n"
    tasks = "二、重点任务\n（一）开展专利导航。建设专利导航服务基地2家。（区科技局负责）\n"
    without = run(f"某区知识产权强区建设实施方案（2023—2025年）\n一、总体要求\n{body}{tasks}")
    assert [g.path for g in without.goals] == ["一.p1"]
    assert [t.indicator for t in without.targets if t.goal_id] == ["有效发明专利拥有量"]
    with_goals = run(
        f"某区知识产权强区建设实施方案（2023—2025年）\n{body}一、主要目标\n专利授权量达到500件。\n{tasks}"
    )
    assert [g.path for g in with_goals.goals] == ["一.p1"]  # the preamble's dated paragraph is not one
    assert [t.indicator for t in with_goals.targets if t.goal_id] == ["专利授权量"]


# --- 3. growth columns of indicator tables -------------------------------------------------------------


def test_growth_column_gives_a_growth_target_per_row() -> None:
    text = (
        "# 某市知识产权强市建设实施方案（2023—2025年）\n\n## 一、工作目标\n\n到2025年，主要指标如下。\n\n"
        "| 指标 | 2022年基数 | 2025年目标 | 年均增速 |\n|---|---|---|---|\n"
        f"| {HVP}（件） | 3.1 | 6.5 | 28% |\n"
        "| 知识产权质押融资额（亿元） | 4.2 | 10 | — |\n"
        "| 商标有效注册量（万件） | 2.6 | 3.5 | 10%—12% |\n\n"
        "## 二、重点任务\n\n1.开展专利导航。（市科技局负责）\n"
    )
    doc = run(text, "plan.md")
    rows = [
        (t.indicator, t.value, t.value_max, t.unit, t.comparator, t.kind, sorted(t.flags), t.year)
        for t in doc.targets
        if t.source == "table"
    ]
    assert rows == [
        (HVP, 3.1, None, "件", "=", "baseline", ["per_capita"], 2022),
        (HVP, 6.5, None, "件", "=", "target", ["per_capita"], 2025),
        (HVP, 28, None, "%", "=", "target", ["annual", "growth", "per_capita"], 2025),
        ("知识产权质押融资额", 4.2, None, "亿元", "=", "baseline", [], 2022),
        ("知识产权质押融资额", 10, None, "亿元", "=", "target", [], 2025),
        ("商标有效注册量", 2.6, None, "万件", "=", "baseline", [], 2022),
        ("商标有效注册量", 3.5, None, "万件", "=", "target", [], 2025),
        ("商标有效注册量", 10, 12, "%", "range", "target", ["annual", "growth"], 2025),
    ]


def test_growth_column_unit_from_its_header() -> None:
    text = (
        "某县知识产权工作方案（2024—2026年）\n一、工作目标\n主要指标见下表。\n"
        "指标名称\t单位\t2023年\t2026年\t增速（%）\n"
        "PCT国际专利申请量\t件\t40\t60\t15\n"
        "二、重点任务\n1.开展专利导航。（县科技局负责）\n"
    )
    doc = run(text)
    growth = [t for t in doc.targets if "growth" in t.flags]
    assert [(t.indicator, t.value, t.unit, t.flags, t.year) for t in growth] == [
        ("PCT国际专利申请量", 15, "%", ["growth"], 2026)
    ]


# --- 4. citation numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("落实《专利代理条例》（国务院令第706号）", [("专利代理条例", "国务院令第706号", "law", "国务院")]),
        (
            "执行《专利行政执法办法》（国家知识产权局令第71号）",
            [("专利行政执法办法", "国家知识产权局令第71号", "law", "国家知识产权局")],
        ),
        (
            "《商标代理监督管理规定》（国家市场监督管理总局令第 63 号）",
            [("商标代理监督管理规定", "国家市场监督管理总局令第63号", "law", "国家市场监督管理总局")],
        ),
        (
            "实施《商业秘密保护管理规范》（DB4403/T 230-2022）",
            [("商业秘密保护管理规范", "DB4403/T 230-2022", "standard", None)],
        ),
        (
            "推行DB33/T 2345-2021《知识产权保护规范》",
            [("知识产权保护规范", "DB33/T 2345-2021", "standard", None)],
        ),
        (
            "推广GB/T 29490—2023 《企业知识产权合规管理体系要求》",
            [("企业知识产权合规管理体系要求", "GB/T 29490-2023", "standard", None)],
        ),
        (
            "《知识产权服务规范》（T/PPAC 701-2021）",
            [("知识产权服务规范", "T/PPAC 701-2021", "standard", None)],
        ),
        # a decree named without a title is still a citation
        ("依据国务院令第706号开展专利代理监管", [(None, "国务院令第706号", "law", "国务院")]),
        # a number after one title is not also the next title's
        (
            "《专利代理条例》（国务院令第706号）《商业秘密保护管理规范》",
            [
                ("专利代理条例", "国务院令第706号", "law", "国务院"),
                ("商业秘密保护管理规范", None, "standard", None),
            ],
        ),
    ],
)
def test_citation_numbers(text: str, expected: list[tuple[str | None, str | None, str, str | None]]) -> None:
    found = find_citations(text, own_title=None, own_number=None)
    assert [(c.title, c.doc_number, c.kind, c.issuer) for c in found] == expected
    for c in found:
        assert text[c.span[0] : c.span[1]] == c.quote
        assert c.key == citation_key(c.normalised_title, c.doc_number)


def test_number_before_a_title_is_in_the_quote() -> None:
    text = "推行DB33/T 2345-2021《知识产权保护规范》等地方标准"
    (c,) = find_citations(text, own_title=None, own_number=None)
    assert c.quote == "DB33/T 2345-2021《知识产权保护规范》"


@pytest.mark.parametrize(
    "text", ["到2025年，贯标企业占比达到30%以上。", "到2025年，高新技术企业占全县企业比重达到20%。"]
)
def test_shares_are_flagged_however_they_are_worded(text: str) -> None:
    doc = extract_document(load_bytes(f"某县知识产权工作方案\n一、工作目标\n{text}\n".encode(), "plan.txt"))
    assert [t.flags for t in doc.targets] == [["share"]]
