"""Targets and articles of round 8's unseen plans that were read wrongly.

A measure written bare (全年融资额较上年增长15%) after a clause naming what it measures (推进知识产权质押
融资) is that thing's measure (知识产权质押融资额), and so is its shorter name in the next clause (质押融资额).

A part of a total after 其中 (专利授权量达到1000件，其中发明专利80件) is measured as the total is: its indicator
takes the total's measure word (发明专利授权量), unless it names its own (其中发明专利授权量80件); it counts as the total does (新增, 累计).

How often a body meets or reports (每季度召开1次联席会议, 各成员单位每半年报送1次工作情况) is a working
routine, not a target.

The articles of a 实施细则 / 管理办法 that only state its purpose (第一条 为了…，制定本细则。) or its scope
(第二条 本细则适用于…) are about the document, no one's work: no tasks. Articles setting duties stay tasks.

A 办法 / 细则 a local government issues (《贵阳市知识产权资助办法》) is a policy document; a national body's rule
(《专利代理管理办法》) and any 条例 / 法 are law.
"""

from __future__ import annotations

import pytest

from policykg.extract.citations import find_citations
from policykg.extract.targets import find_targets
from tests.plans import extracted


def _targets(sentence: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (t.indicator, t.value, t.unit) for t in find_targets(sentence, 0, len(sentence), context_year=None)
    ]


# --- 其中: a part of a total ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "全县专利授权量达到1000件，其中发明专利80件。",
            [("专利授权量", 1000.0, "件"), ("发明专利授权量", 80.0, "件")],
        ),
        (
            "专利申请量达到2000件，其中PCT国际专利申请20件。",
            [("专利申请量", 2000.0, "件"), ("PCT国际专利申请量", 20.0, "件")],
        ),
        (
            "有效发明专利拥有量达到500件，其中高价值发明专利200件、发明专利（含PCT）10件。",
            [
                ("有效发明专利拥有量", 500.0, "件"),
                ("高价值发明专利拥有量", 200.0, "件"),
                ("发明专利（含PCT）拥有量", 10.0, "件"),
            ],
        ),
        (
            "专利授权量达到1000件，其中：发明专利80件。",
            [("专利授权量", 1000.0, "件"), ("发明专利授权量", 80.0, "件")],
        ),
        # its own measure, another unit or no shared noun: kept as written
        (
            "专利授权量达到1000件，其中发明专利授权量达到80件。",
            [("专利授权量", 1000.0, "件"), ("发明专利授权量", 80.0, "件")],
        ),
        (
            "培育贯标企业50家，其中规上企业占比达到60%。",
            [("培育贯标企业", 50.0, "家"), ("规上企业占比", 60.0, "%")],
        ),
        (
            "商标注册量达到3000件，其中地理标志证明商标5件。",
            [("商标注册量", 3000.0, "件"), ("地理标志证明商标注册量", 5.0, "件")],
        ),
    ],
)
def test_a_part_of_a_total_takes_its_measure(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert _targets(sentence) == expected


def test_a_part_counts_as_its_total_does() -> None:
    sentence = "全年新增注册商标500件，其中地理标志商标2件；累计培育贯标企业100家，其中规上企业增加10家。"
    found = find_targets(sentence, 0, len(sentence), context_year=None)
    assert [(t.indicator, t.value, t.flags, t.year_basis) for t in found] == [
        ("注册商标", 500.0, ["annual", "increment"], "annual"),
        ("地理标志商标", 2.0, ["annual", "increment"], "annual"),
        ("培育贯标企业", 100.0, ["cumulative"], "plan"),
        # a flag of its own; a level and the total's noun (企业) are that level of the total's
        ("规上贯标企业", 10.0, ["increment"], "plan"),
    ]


# --- a measure of what the clause before names -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "推进知识产权质押融资，全年融资额较上年增长15%，质押融资额同比增长20%。",
            [("知识产权质押融资额", 15.0, "%"), ("知识产权质押融资额", 20.0, "%")],
        ),
        ("推进专利转化，转化率达到30%。", [("专利转化率", 30.0, "%")]),
        ("加快推进专利转化，转化率达到30%。", [("专利转化率", 30.0, "%")]),
        ("深入开展知识产权质押融资，融资额达到2亿元。", [("知识产权质押融资额", 2.0, "亿元")]),
        ("围绕知识产权质押融资，全年融资额达到2亿元。", [("融资额", 2.0, "亿元")]),  # no noun of its own
        ("加快专利转化运用，转化率达到30%。", [("转化率", 30.0, "%")]),
        # the measure of a noun of its own, or a clause before naming no such noun: kept as written
        ("推进知识产权质押融资，专利授权量达到500件。", [("专利授权量", 500.0, "件")]),
        ("加强知识产权保护，全年融资额达到2亿元。", [("融资额", 2.0, "亿元")]),
        (
            "万人高价值发明专利拥有量达到5件，发明专利拥有量达到300件。",
            [("万人高价值发明专利拥有量", 5.0, "件"), ("发明专利拥有量", 300.0, "件")],
        ),
    ],
)
def test_a_bare_measure_takes_the_noun_before(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert _targets(sentence) == expected


# --- routines ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "建立联席会议制度，每季度召开1次联席会议。",
        "各成员单位每半年报送1次工作情况。",
        "联席会议每半年至少召开1次。",
        "每月通报1次工作进展。",
    ],
)
def test_a_routine_is_no_target(sentence: str) -> None:
    assert _targets(sentence) == []


def test_events_a_year_stay_targets() -> None:
    assert _targets("每年开展知识产权宣传培训活动不少于3次。") == [("开展知识产权宣传培训活动", 3.0, "次")]


# --- articles of a 实施细则 ---------------------------------------------------------------------------------

GUIYANG_RULES = """贵阳市某某区知识产权资助实施细则
第一条 为了加强知识产权创造，根据《贵阳市知识产权资助办法》《中华人民共和国专利法》，结合本区实际，制定本细则。
第二条 本细则适用于在本区注册的企业、高校和科研院所。本细则所称知识产权，是指专利、商标和地理标志。
第三条 区市场监管局负责资助资金的受理和审核，区财政局负责资金拨付。
第四条 获得发明专利授权的，每件资助3000元。
第五条 本细则由区市场监管局负责解释。
第六条 本细则自2024年1月1日起施行。
"""


def test_purpose_and_scope_articles_are_no_tasks() -> None:
    doc, _ = extracted(GUIYANG_RULES)
    assert [t.path for t in doc.tasks] == ["第三条", "第四条"]


def test_a_plan_item_opening_with_为_stays_a_task() -> None:
    plan = "某县知识产权工作要点\n一、重点任务\n（一）为加强知识产权保护，县市场监管局开展专项执法行动。\n"
    doc, _ = extracted(plan)
    assert [t.path for t in doc.tasks] == ["一.(一)"]


def test_a_sentence_on_the_plan_s_tasks_stays_a_task() -> None:
    plan = "某县知识产权工作要点\n一、重点任务\n（一）本方案中的各项任务由县市场监管局负责督促落实。\n"
    doc, _ = extracted(plan)
    assert [t.path for t in doc.tasks] == ["一.(一)"]


# --- citations -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("贵阳市知识产权资助办法", "policy"),
        ("南京市雨花台区知识产权战略专项资金办法", "policy"),
        ("黔南州专利资助实施细则", "policy"),
        ("广东省专利奖励办法", "policy"),
        ("贵阳市知识产权保护条例", "law"),
        ("专利代理管理办法", "law"),
        ("知识产权市场化运营管理办法", "law"),
        ("跨区域知识产权协作规则", "law"),
    ],
)
def test_a_local_办法_is_a_policy(title: str, kind: str) -> None:
    text = f"根据《{title}》执行。"
    found = find_citations(text, own_title=None, own_number=None)
    assert [(c.title, c.kind) for c in found] == [(title, kind)]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("到2025年，培育知识产权示范企业20家，其中国家级5家。", ("国家级知识产权示范企业", 5.0)),
        ("到2025年，累计认定知识产权优势企业30家，其中省级以上10家。", ("省级以上知识产权优势企业", 10.0)),
        ("建设知识产权服务站10个，其中市级3个。", ("市级知识产权服务站", 3.0)),
    ],
)
def test_a_part_naming_only_its_level_is_that_kind_of_the_total(
    sentence: str, part: tuple[str, float]
) -> None:
    # 其中国家级5家: five of the firms the total counts are national ones, not five "国家级"
    found = find_targets(sentence, 0, len(sentence), context_year=None)
    assert (found[1].indicator, found[1].value) == part
