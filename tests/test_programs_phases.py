"""Programme mentions from the concept scheme, and phases with their months."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.vocab_programs import program_scheme
from policykg.extract.phases import parse_range
from policykg.extract.programs import ProgramHit, find_programs
from policykg.extract.regex_heads import first_chars

REQUIRED = {
    "正版正货",
    "贯标",
    "高价值专利培育",
    "专利导航",
    "地理标志",
    "知识产权质押融资",
    "知识产权保险",
    "知识产权证券化",
    "专利开放许可",
    "商标品牌培育",
    "企业知识产权战略推进计划",
    "双随机一公开",
    "知识产权宣传周",
    "知识产权优势示范企业",
    "知识产权密集型产业",
    "维权援助",
    "海外知识产权纠纷应对",
    "知识产权保护中心/快速维权中心",
    "知识产权保护工作站",
    "知识产权托管",
    "专利消零",
    "专利预警",
    "商业秘密保护",
    "商标和外观设计国际注册",
    "专利转化运用专项行动",
    "数据知识产权登记",
    "知识产权纠纷人民调解",
    "重点商标保护名录",
    "知识产权服务业集聚区",
    "知识产权纠纷快速处理",
    "知识产权强企",
    "技术与创新支持中心",
    "高校知识产权信息服务中心",
    "知识产权运营服务体系建设",
    "知识产权代理行业“蓝天”专项整治行动",
    "专利快速预审",
    "专利侵权纠纷行政裁决",
    "知识产权保护规范化市场",
    "知识产权信息公共服务网点",
    "专利奖",
    "“剑网”专项行动",
    "“昆仑”专项行动",
    "“龙腾”行动",
    "“铁拳”行动",
    "知识产权执法“护航”专项行动",
    "打击非正常专利申请",
    "知识产权信用监管",
    "知识产权示范园区",
    "知识产权强县（强市）建设试点示范",
    "知识产权进校园",
    "技术调查官",
    "知识产权鉴定",
    "知识产权审判“三合一”",
    "打击侵犯知识产权和制售假冒伪劣商品（“双打”）",
    "展会知识产权保护",
    "知识产权服务万里行",
    "知识产权助力乡村振兴",
    "标准必要专利",
    "知识产权强链护链",
    "千企百校知识产权精准对接",
    "知识产权分析评议",
    "老字号保护",
    "知识产权检察综合履职",
    # round 36b: copyright
    "作品登记",
    "版权示范创建",
    "软件正版化",
}


def test_scheme_has_every_required_programme_with_exact_labels() -> None:
    scheme = program_scheme()
    assert {p.zh for p in scheme.programs} == REQUIRED
    finance = {p.zh for p in scheme.programs if p.broader == "ip_finance"}
    assert finance == {"知识产权质押融资", "知识产权保险", "知识产权证券化"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("开展“正版正货”承诺活动", "正版正货"),
        ("推进企业知识产权管理标准化创建工作", "贯标"),
        ("贯彻《企业知识产权管理规范》", "贯标"),
        ("推进国标贯标工作", "贯标"),
        ("通过GB/T 29490认证", "贯标"),
        ("提升高价值专利培育力度", "高价值专利培育"),
        ("培育高价值专利", "高价值专利培育"),
        ("持续推进“一企一标”“一社一标”工程", "商标品牌培育"),
        ("以“双随机、一公开”监管为基本手段", "双随机一公开"),
        ("组织“4·26”宣传活动", "知识产权宣传周"),
        ("开展知识产权质押融资", "知识产权质押融资"),
        ("探索推广知识产权执行险、侵权责任险", "知识产权保险"),
        ("推动企业开展马德里商标国际注册", "商标和外观设计国际注册"),
        ("支持海牙外观设计国际申请", "商标和外观设计国际注册"),
        ("加强区域品牌培育", "商标品牌培育"),
    ],
)
def test_names(text: str, label: str) -> None:
    assert label in {h.program.zh for h in find_programs(text, 0, len(text))}


@pytest.mark.parametrize(
    "text",
    ["万人高价值发明专利拥有量达18件", "推动专利技术标准化", "社会保险和医疗保险", "地标性建筑", "托付"],
)
def test_no_false_positives(text: str) -> None:
    found = {h.program.zh for h in find_programs(text, 0, len(text))}
    assert not found & {"高价值专利培育", "贯标", "知识产权保险", "地理标志", "知识产权托管"}


def _unguarded(text: str, start: int, end: int) -> list[ProgramHit]:
    """find_programs without its quick tests and position walk: every programme's pattern over the whole
    window."""
    hits = [
        ProgramHit(p, m.span())
        for p in program_scheme().programs
        for m in p.regex().finditer(text, start, end)
    ]
    return sorted(hits, key=lambda h: h.span)


# pieces of mentions, so that random texts hold whole mentions, broken ones and near misses
_PIECES = sorted(
    {
        piece
        for p in program_scheme().programs
        for piece in (p.zh, *p.alt, *re.findall(r"[\w·]+", " ".join(p.patterns)))
    }
    | {"知识产权", "专利", "。", "，", "\n", " ", "推进", "高", "质押", "融资", "4", "·", "26", "GB/T 29490"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.data())
def test_quick_tests_pass_every_mention(pieces: list[str], data: st.DataObject) -> None:
    """The first-character tests before the programme patterns (a look-ahead on the combined pattern, only
    the programmes whose first characters include the one at a position tried there) and the walk from one
    position where the combined pattern matches to the next pass whatever the patterns find."""
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert find_programs(text, start, end) == _unguarded(text, start, end)
    for program in program_scheme().programs:
        plain, heads = program.regex(), first_chars(program.regex().pattern)
        for pos in range(len(text)):
            if plain.match(text, pos) is not None:
                assert heads is None or text[pos] in heads


CORE = {"正版正货", "贯标", "高价值专利培育"}
USES = {  # checked by hand against the corpus texts
    "000": {"正版正货", "贯标", "高价值专利培育"},
    "001": {"正版正货", "贯标", "高价值专利培育"},
    "002": {"正版正货", "贯标", "高价值专利培育"},
    "003": {"正版正货", "贯标", "高价值专利培育"},
    "004": {"贯标", "高价值专利培育"},
}
QUOTES = {  # every mention of the three, under all the names the plans use
    "000": ["正版正货", "贯标", "高价值专利培育", "企业知识产权管理规范", "贯标"],
    "001": [
        "贯标",
        "高价值专利示范中心",
        "正版正货",
        "培育高价值专利",
        "高价值专利培育",
        "高价值专利培育",
        "培育高价值专利",
        "企业知识产权管理规范",
        "贯标",
        "正版正货",
        "正版正货",
        "高价值专利培育",
        "高价值专利培育",
    ],
    "002": [
        "知识产权标准化管理",
        "企业知识产权管理规范",
        "贯标",
        "贯标",
        "高价值专利培育",
        "高价值专利培育",
        "正版正货",
        "正版正货",
        "贯标",
        "高价值专利培育",
    ],
    "003": [
        "知识产权管理标准化",
        "价值专利培育",
        "高价值专利培育",
        "正版正货",
        "正版正货",
        "知识产权管理标准化",
        "高价值专利培育",
        "高价值专利培育",
        "高价值专利培育",
        "知识产权标准化管理",
    ],
    "004": [
        "贯标",
        "贯标",
        "贯标",
        "企业知识产权管理规范",
        "贯标",
        "贯标",
        "培育高价值专利",
        "高价值专利的培育",
    ],
}


def test_core_programmes_found_where_used_and_nowhere_else(corpus_docs) -> None:
    for stem, doc in corpus_docs.items():
        mentions = [p for p in doc.programs if p.label in CORE]
        assert {p.label for p in mentions} == USES[stem[:3]], stem
        assert [p.quote for p in mentions] == QUOTES[stem[:3]], stem
        assert all(p.task_id or p.goal_id or "table" for p in mentions)


def test_mentions_link_to_tasks_and_goals(corpus_docs) -> None:
    doc = corpus_docs["003_dee32d37c247ebb2"]
    genuine = [p for p in doc.programs if p.label == "正版正货"]
    assert {p.task_id.split("/")[-1] for p in genuine if p.task_id} == {"三.(三).三是"}


PHASES = {
    "000": [
        ("宣传动员", "2022-08", "2022-12"),
        ("组织实施", "2023-01", "2025-04"),
        ("总结验收", "2025-05", "2025-07"),
    ],
    "001": [
        ("宣传发动", "2023-11", "2023-12"),
        ("组织实施", "2024-01", "2025-12"),
        ("检查验收", "2026-01", "2026-06"),
    ],
    "002": [],
    "003": [
        ("宣传发动", "2021-06", "2021-12"),
        ("组织实施", "2022-01", "2023-09"),
        ("检查验收", "2023-10", "2023-12"),
    ],
    "004": [],
}


def test_phases(corpus_docs) -> None:
    for stem, doc in corpus_docs.items():
        assert [(p.name, p.start, p.end) for p in doc.phases] == PHASES[stem[:3]], stem
        assert [p.order for p in doc.phases] == list(range(1, len(doc.phases) + 1))
        text = Path(doc.source).read_text(encoding="utf-8")
        for p in doc.phases:
            assert text[p.span[0] : p.span[1]] == p.quote


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("总结验收阶段（2025年）", ("2025-01", "2025-12")),
        ("启动阶段（2024年3月）", ("2024-03", "2024-03")),
        ("宣传动员阶段（2022年8月-12月底）", ("2022-08", "2022-12")),
    ],
)
def test_phase_ranges_including_a_single_year_or_month(heading: str, expected: tuple[str, str]) -> None:
    assert parse_range(heading) == expected
