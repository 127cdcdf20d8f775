"""Round 11 of unseen plans: targets, deadlines and citations, gaps left open by earlier rounds.

A 江西 county's 知识产权强县建设工作方案 (.txt) whose targets are dated by a deadline written after the year
(2025年内 / 到2025年底前 / 2025年年底前): the deadline words are neither part of the indicator nor a yearly
count (年底前 closes a span, 每年 / 年均 / 年度 count per year); whose total names a part with no verb
(全县发明专利授权量达到100件，其中企业20件: the firms' share of the same measure, dated and placed as the
total is); whose tasks set yearly counts of the work of a named agency (县市场监管局每年开展执法检查不少于5次,
每年举办知识产权培训不少于三场); and which promotes the supporting rules of a law it does not issue
(推动出台《江西省知识产权保护条例》配套制度: the 条例 is cited, the plan publishes only what it issues itself).

A 内蒙古 banner's 工作要点 (.docx) whose indicator table gives the year's target in a column headed
2025年度目标 / 年度目标值: a yearly target, dated by the header's year or the plan's.

Back matter whose line opens with a bullet or a bracketed label (·抄送：…, 【附件】…, 附：1.…) ends the last
task as back matter opened by its cue word alone does.
"""

from __future__ import annotations

import pytest

from policykg.extract.closings import about_the_plan
from policykg.extract.targets import find_targets
from policykg.models import Document
from tests.formats import to_docx
from tests.plans import extracted


def drafts(text: str) -> list[tuple[object, ...]]:
    return [
        (d.indicator, d.value, d.unit, d.comparator, sorted(d.flags), d.year)
        for d in find_targets(text, 0, len(text), context_year=None)
    ]


# --- deadlines after a year --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年内培育高价值专利50件", [("培育高价值专利", 50, "件", "=", [], 2025)]),
        ("到2025年内培育高价值专利50件", [("培育高价值专利", 50, "件", "=", [], 2025)]),
        ("2025年以内培育高价值专利50件", [("培育高价值专利", 50, "件", "=", [], 2025)]),
        ("2025年底前培育高价值专利50件", [("培育高价值专利", 50, "件", "=", [], 2025)]),
        ("2025年前培育高价值专利50件", [("培育高价值专利", 50, "件", "=", [], 2025)]),
        # 年年底前: the year's end, the deadline, never a yearly count
        (
            "2025年年底前专利导航服务覆盖率达到80%",
            [("专利导航服务覆盖率", 80, "%", ">=", [], 2025)],
        ),
        (
            "到2025年年末，专利导航服务覆盖率达到80%",
            [("专利导航服务覆盖率", 80, "%", ">=", [], 2025)],
        ),
        (
            "专利导航服务覆盖率2025年年底前达到80%",
            [("专利导航服务覆盖率", 80, "%", ">=", [], 2025)],
        ),
        ("年底前专利导航服务覆盖率达到80%", [("专利导航服务覆盖率", 80, "%", ">=", [], None)]),
        ("年底前完成20家企业贯标", [("完成企业贯标", 20, "家", "=", [], None)]),
        # the yearly words still count per year
        ("年内完成质押登记金额20亿元", [("完成质押登记金额", 20, "亿元", "=", ["annual"], None)]),
        ("2025年度新增贯标企业10家", [("贯标企业", 10, "家", "=", ["annual", "increment"], 2025)]),
        # 内 opening a place's name after a year is no deadline
        ("2025年内蒙古专利授权量达到100件", [("内蒙古专利授权量", 100, "件", ">=", [], 2025)]),
        ("2025年内江市专利授权量达到100件", [("内江市专利授权量", 100, "件", ">=", [], 2025)]),
    ],
)
def test_deadline_words_after_a_year(text: str, expected: list[tuple[object, ...]]) -> None:
    assert drafts(text) == expected


# --- a part with no verb -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("全县发明专利授权量达到100件，其中企业20件", ("企业发明专利授权量", 20, "件", "=", [], None)),
        (
            "知识产权质押融资额达到5亿元，其中中小企业3亿元",
            ("中小企业知识产权质押融资额", 3, "亿元", "=", [], None),
        ),
        ("有效发明专利拥有量达到800件，其中高校120件", ("高校有效发明专利拥有量", 120, "件", "=", [], None)),
        # already read: a part naming its own measure, or the verb of the total's
        (
            "全县发明专利授权量达到100件，其中企业授权量达到20件",
            ("企业发明专利授权量", 20, "件", ">=", [], None),
        ),
        # a part of another noun keeps its own words (the shared noun names it)
        ("专利授权量达到1000件，其中发明专利80件", ("发明专利授权量", 80, "件", "=", [], None)),
    ],
)
def test_a_part_naming_who_counts(text: str, part: tuple[object, ...]) -> None:
    assert drafts(text)[-1] == part


def test_a_part_naming_who_counts_of_a_total_that_is_no_measure() -> None:
    # 示范单位 is what is counted, no measure of it: the part keeps its word
    assert drafts("培育知识产权示范单位20家，其中企业12家")[-1][0] == "企业"


# --- a county plan -----------------------------------------------------------------------------------------

ANYUAN = """安远县知识产权强县建设工作方案

一、工作目标

2025年内培育高价值专利50件。到2025年底前，专利导航服务覆盖率达到80%。到2025年，全县发明专利授权量达到100件，其中企业20件。

二、重点任务

（一）加强知识产权宣传培训。每年举办知识产权培训不少于三场。（县市场监管局负责）

（二）加大执法力度。县市场监管局每年开展执法检查不少于5次。

（三）完善知识产权保护制度。推动出台《江西省知识产权保护条例》配套制度，制定出台《安远县知识产权奖励办法》。（县市场监管局牵头，县司法局配合）

（四）落实《专利法》实施细则，修订《安远县专利资助办法》。（县市场监管局负责）

安远县人民政府办公室
2024年3月1日
"""


@pytest.fixture(scope="module")
def anyuan() -> Document:
    return extracted(ANYUAN, "anyuan.txt")[0]


def _target(doc: Document, indicator: str) -> tuple[object, ...]:
    (t,) = [t for t in doc.targets if t.indicator == indicator]
    return t.value, t.unit, t.comparator, t.year, t.flags


def test_targets_dated_by_a_deadline(anyuan: Document) -> None:
    assert _target(anyuan, "培育高价值专利") == (50, "件", "=", 2025, [])
    assert _target(anyuan, "专利导航服务覆盖率") == (80, "%", ">=", 2025, [])


def test_a_part_has_the_totals_year_and_region(anyuan: Document) -> None:
    total = next(t for t in anyuan.targets if t.indicator == "发明专利授权量")
    part = next(t for t in anyuan.targets if t.indicator == "企业发明专利授权量")
    assert (part.value, part.unit, part.year) == (20, "件", 2025)
    assert part.region_id is not None
    assert (part.region_id, part.year) == (total.region_id, total.year)
    assert part.quote == "企业20件"


def test_yearly_counts_of_an_agencys_work(anyuan: Document) -> None:
    # already read (round 10 counts in numerals, the subject agency taken off): pinned here
    assert _target(anyuan, "举办知识产权培训") == (3, "场", ">=", 2025, ["annual"])
    assert _target(anyuan, "开展执法检查") == (5, "次", ">=", 2025, ["annual"])


def test_supporting_rules_of_a_law_cite_it(anyuan: Document) -> None:
    relations = {c.title: c.relation for c in anyuan.citations}
    assert relations == {
        "江西省知识产权保护条例": "cites",  # 推动出台《…》配套制度: the supporting rules are published
        "安远县知识产权奖励办法": "publishes",
        "专利法": "cites",
        "安远县专利资助办法": "publishes",
    }


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("制定《某县知识产权保护条例》实施细则", "cites"),
        ("出台《某县专利资助办法》的配套措施", "cites"),
        ("研究制定《某县专利资助办法》相关配套政策", "cites"),
        ("制定《某县专利资助办法》", "publishes"),
        ("印发《某县知识产权强县建设实施方案》", "publishes"),
    ],
)
def test_a_derived_document_cites_its_source(sentence: str, relation: str) -> None:
    text = f"某县知识产权工作要点\n一、重点任务\n（一）完善制度。{sentence}。（县市场监管局负责）\n"
    doc = extracted(text, "plan.txt")[0]
    assert [c.relation for c in doc.citations] == [relation]


# --- an indicator table with a year's target column -------------------------------------------------------

ARXAN = [
    "科尔沁右翼前旗2025年知识产权工作要点",
    "一、工作目标",
    "2025年主要指标如下：",
    "@TABLE",
    "二、重点工作",
    "（一）实施地理标志运用促进工程。由旗市场监管局牵头，旗农牧局配合。",
]


@pytest.mark.parametrize(
    ("header", "year"),
    [
        (["指标", "单位", "2025年度目标"], 2025),
        (["指标", "单位", "年度目标值"], 2025),
        (["指标名称", "计量单位", "2025年度目标值"], 2025),
    ],
)
def test_a_years_target_column_is_yearly(header: list[str], year: int) -> None:
    table = [header, ["注册商标", "件", "80"], ["知识产权质押融资额", "万元", "500"]]
    doc = extracted(to_docx(ARXAN, table), "plan.docx")[0]
    assert [(t.indicator, t.value, t.year, t.flags) for t in doc.targets if t.source == "table"] == [
        ("注册商标", 80.0, year, ["annual"]),
        ("知识产权质押融资额", 500.0, year, ["annual"]),
    ]


def test_year_columns_and_totals_are_not_yearly() -> None:
    table = [
        ["指标", "单位", "2024年", "2025年目标", "累计目标（2023—2025年）"],
        ["注册商标", "件", "60", "80", "240"],
    ]
    doc = extracted(to_docx(ARXAN, table), "plan.docx")[0]
    assert [(t.value, t.kind, t.flags) for t in doc.targets if t.source == "table"] == [
        (60.0, "baseline", []),
        (80.0, "target", []),
        (240.0, "target", ["cumulative"]),
    ]


# --- back matter under a bullet or a bracketed label -------------------------------------------------------

BACK = """某县知识产权强县建设工作方案
一、工作目标
到2025年，全县知识产权工作取得明显成效。
二、重点任务
（一）加强知识产权宣传培训。每年举办知识产权培训不少于三场。
县市场监管局负责。
{back}
县委办，县人大办。
"""


@pytest.mark.parametrize(
    "back",
    [
        "\u3000附件：1.重点任务分工表",  # already ended (white space is squeezed away): pinned
        " 抄送：县委办，县人大办。",
        "\t主题词：知识产权 方案",
        "·抄送：县委办，县人大办。",
        "● 抄送：县委办，县人大办。",
        "附：重点任务分工表",
        "【附件】重点任务分工表",
        "附件一：重点任务分工表",
    ],
)
def test_back_matter_under_a_bullet_or_label(back: str) -> None:
    doc, text = extracted(BACK.format(back=back), "plan.txt")
    task = doc.tasks[-1]
    assert text[task.span[0] : task.span[1]].rstrip().endswith("县市场监管局负责。")


def test_back_matter_under_a_bullet_in_a_docx() -> None:
    paragraphs = BACK.format(back="● 抄送：县委办，县人大办。").strip().split("\n")
    doc, text = extracted(to_docx(paragraphs), "plan.docx")
    task = doc.tasks[-1]
    assert text[task.span[0] : task.span[1]].rstrip().endswith("县市场监管局负责。")


def test_back_matter_sentence_under_a_bullet() -> None:
    text = "·本方案自印发之日起施行。"
    assert about_the_plan(text, 0, len(text))
