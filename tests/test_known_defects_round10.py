"""Known defects, round 10: web-page dates, 其中 parts naming a subject, coverage goals and the year of an
annual plan issued before its year.

Plan (each defect: the failing test first, then the rule, as data where a data file fits):

1. A web page's record of a document gives the site's date (发布日期, 发布时间, 更新时间: when the page went
   up) beside the document's own (成文日期, or the date under the signature). The plan's issue date is the
   signed one; the site's ranks below it (the ranks of the date labels are data: document_types.yaml,
   masthead.date_ranks) and is taken only when the plan gives no date of its own. A .txt, .docx or .pdf of
   the same plan, without the page's record, keeps its signed date.
2. A part after 其中 naming who counts in the total (企业, 高校, 规上企业) and the verb of the total's measure
   (申请, 授权, 拥有) is the total's measure narrowed to that subject: 企业 + PCT专利申请量, as a part naming
   only a level goes before the total's noun (国家级 + 知识产权示范企业). A part naming a kind of the thing
   (其中专利质押融资3亿元 of 知识产权质押融资额) is still measured as the total is (专利质押融资额).
3. 全覆盖 is 100 % coverage of what it names: a quantity in words (targets.yaml, word_values) whose indicator is
   the noun phrase + 覆盖率, so that 实现X全覆盖 and X覆盖率达到100% read alike. In a task's own text, a
   coverage stated with no year is how the work is done (推动宣传全覆盖, 实现宣传进企业全覆盖), not a target;
   in a goal it is a target, as it is in a task that dates it (到2025年，实现…全覆盖; 年底前实现…全覆盖: a deadline
   without a year, targets.yaml manner_deadlines).
4. An annual plan (工作要点, 年度工作计划) with no year in its title is written for the year its work sentences
   name (到2025年底, 2025年底前, 2025年内) or its body's own heading names (2025年全县知识产权工作要点), which may
   be the year after its issue (issued in December) or its issue year while it reviews the year before (2023
   年，全县…); the issue year only when the body names none.
"""

from __future__ import annotations

import html

import pytest

from policykg.models import Document
from tests.formats import to_docx, to_html, to_pdf
from tests.plans import extracted

# --- 1. a web page's dates ---------------------------------------------------------------------------------

TITLE = "宁乡市知识产权强市建设工作方案"
PLAN = [
    TITLE,
    "一、工作目标",
    "到2025年，全市有效发明专利拥有量达到1500件。",
    "二、重点任务",
    "（一）加强知识产权创造。培育高价值专利。（责任单位：市科技局）",
    "（二）加强知识产权保护。开展专项执法行动。（责任单位：市市场监管局）",
    "宁乡市市场监督管理局",
    "2023年12月28日",
]


def _page(record: str) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in PLAN)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>宁乡市人民政府</title></head><body>"
        "<div class='nav'>当前位置：<a>首页</a> &gt; <a>政务公开</a></div>"
        f"{record}<div class='article'>{body}</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "record",
    [
        # the site's date first in the record's table, the signed date after it
        "<table class='meta'><tr><td>发布日期：</td><td>2024-01-05</td><td>索引号：</td><td>123/2024-00001</td></tr>"
        "<tr><td>发文机关：</td><td>宁乡市市场监督管理局</td><td>成文日期：</td><td>2023-12-28</td></tr></table>",
        # both on one line, the site's first
        "<div class='info'>发布日期：2024-01-05　成文日期：2023年12月28日</div>",
        # only the site's date in the record: the date under the signature is the plan's
        "<table class='meta'><tr><td>发布日期：</td><td>2024-01-05</td><td>发文机关：</td>"
        "<td>宁乡市市场监督管理局</td></tr></table>",
        "<div class='info'>发布时间：2024-01-05 10:32　来源：宁乡市市场监督管理局</div>",
        "<div class='info'>更新时间：2024-01-06</div>",
    ],
)
def test_the_signed_date_ranks_above_the_site_s(record: str) -> None:
    plan = extracted(_page(record), "page.html")[0].plan
    assert (plan.title, plan.date) == (TITLE, "2023-12-28")


def test_a_header_table_one_cell_a_line_ranks_its_dates() -> None:
    """A page's record as a PDF's text layer gives it, one cell per line: each label's rank goes with the value
    on the line under it."""
    cells = ["发布日期", "2024-01-05", "发文机关", "宁乡市市场监督管理局", "成文日期", "2023年12月28日"]
    plan = extracted(to_pdf([*cells, *PLAN[:-2]]), "plan.pdf")[0].plan
    assert (plan.title, plan.date) == (TITLE, "2023-12-28")


def test_the_site_s_date_when_the_plan_gives_none() -> None:
    record = "<div class='info'>发布时间：2024-01-05　来源：宁乡市市场监督管理局</div>"
    page = _page(record).replace("<p>2023年12月28日</p>".encode(), b"")
    plan = extracted(page, "page.html")[0].plan
    assert (plan.title, plan.date) == (TITLE, "2024-01-05")


def test_a_date_after_the_site_s_is_no_signing_date() -> None:
    """Only the site's date in the record and none under the signature: a deadline in the annexed task list
    (after the page went up) is not the date the plan was signed."""
    record = "<div class='info'>发布日期：2024-01-05</div>"
    annex = "<p>附件：重点任务分工表</p><p>1.培育高价值专利</p><p>市科技局</p><p>2024年6月30日</p>"
    page = _page(record).replace("<p>2023年12月28日</p>".encode(), annex.encode())
    plan = extracted(page, "page.html")[0].plan
    assert (plan.title, plan.date) == (TITLE, "2024-01-05")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        ("\n".join(PLAN).encode(), "plan.txt"),
        (to_docx(PLAN), "plan.docx"),
        (to_pdf(PLAN), "plan.pdf"),
        (to_html(PLAN), "plan.html"),
    ],
)
def test_other_formats_keep_the_signed_date(data: bytes, name: str) -> None:
    plan = extracted(data, name)[0].plan
    assert (plan.title, plan.date, [i.name for i in plan.issuers]) == (
        TITLE,
        "2023-12-28",
        ["宁乡市市场监督管理局"],
    )


# --- 2. 其中 + who counts + the total's verb -------------------------------------------------------------------


def _goal_targets(sentence: str) -> list[tuple[str, float | None, str | None]]:
    text = f"{TITLE}\n一、工作目标\n{sentence}\n二、重点任务\n（一）加强知识产权创造。培育高价值专利。（责任单位：市科技局）\n"
    doc = extracted(text, "plan.txt")[0]
    return [(t.indicator, t.value, t.unit) for t in doc.targets]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("到2025年，PCT专利申请量达到50件，其中企业申请12件。", ("企业PCT专利申请量", 12.0, "件")),
        (
            "到2025年，有效发明专利拥有量达到500件，其中规上企业拥有300件。",
            ("规上企业有效发明专利拥有量", 300.0, "件"),
        ),
        ("到2025年，发明专利授权量达到100件，其中高校授权20件。", ("高校发明专利授权量", 20.0, "件")),
        ("到2025年，PCT专利申请量达到50件，其中企业申请量12件。", ("企业PCT专利申请量", 12.0, "件")),
        ("到2025年，新增发明专利授权量100件，其中中小企业授权60件。", ("中小企业发明专利授权量", 60.0, "件")),
        # a part naming a kind of what is counted is measured as the total is
        ("到2025年，知识产权质押融资额达到5亿元，其中专利质押融资3亿元。", ("专利质押融资额", 3.0, "亿元")),
        ("到2025年，专利授权量达到1000件，其中发明专利授权80件。", ("发明专利授权量", 80.0, "件")),
    ],
)
def test_a_part_naming_who_counts(sentence: str, part: tuple[str, float, str]) -> None:
    assert _goal_targets(sentence)[1] == part


# --- 3. coverage ----------------------------------------------------------------------------------------------

COVERAGE = f"""{TITLE}
一、工作目标
到2025年，实现规上工业企业知识产权管理规范贯标全覆盖，专利导航服务实现重点产业全覆盖，知识产权维权援助工作站覆盖率达到100%。
二、重点任务
（一）加强知识产权宣传。推动宣传全覆盖，实现知识产权宣传进企业全覆盖。（责任单位：市委宣传部）
（二）加强知识产权保护。到2025年，实现乡镇知识产权工作站全覆盖。（责任单位：市市场监管局）
（三）优化知识产权服务。健全服务网络，做到服务全覆盖。（责任单位：市市场监管局）
"""


@pytest.fixture(scope="module")
def coverage() -> tuple[Document, str]:
    return extracted(COVERAGE, "plan.txt")


def test_full_coverage_is_a_target_of_100_percent(coverage: tuple[Document, str]) -> None:
    doc, text = coverage
    found = [(t.indicator, t.value, t.unit, t.comparator, t.year) for t in doc.targets]
    assert found == [
        ("规上工业企业知识产权管理规范贯标覆盖率", 100.0, "%", ">=", 2025),
        ("专利导航服务重点产业覆盖率", 100.0, "%", ">=", 2025),
        ("知识产权维权援助工作站覆盖率", 100.0, "%", ">=", 2025),
        ("乡镇知识产权工作站覆盖率", 100.0, "%", ">=", 2025),
    ]
    quotes = [t.quote for t in doc.targets]
    assert quotes[:2] == ["规上工业企业知识产权管理规范贯标全覆盖", "专利导航服务实现重点产业全覆盖"]
    for t in doc.targets:
        assert text[t.span[0] : t.span[1]] == t.quote


def test_coverage_in_a_task_s_method_is_no_target(coverage: tuple[Document, str]) -> None:
    doc, _ = coverage
    paths = {t.id: t.path for t in doc.tasks}
    assert [paths[t.task_id] for t in doc.targets if t.task_id] == ["二.(二)"]


def test_coverage_a_task_sets_a_deadline_for_is_a_target() -> None:
    text = "\n".join(
        [
            "宁乡市2024年知识产权工作要点",
            "一、重点工作",
            "（一）加强知识产权服务。年底前实现乡镇知识产权工作站全覆盖。（责任单位：市市场监管局）",
            "（二）加强知识产权保护。6月底前实现维权援助站全覆盖。（责任单位：市司法局）",
            "（三）加强知识产权运用。健全服务网络，做到服务全覆盖。（责任单位：市市场监管局）",
        ]
    )
    doc = extracted(text, "points.txt")[0]
    paths = {t.id: t.path for t in doc.tasks}
    found = [(paths[t.task_id or ""], t.indicator, t.value, t.unit, t.year) for t in doc.targets]
    assert found == [
        ("一.(一)", "乡镇知识产权工作站覆盖率", 100.0, "%", 2024),
        ("一.(二)", "维权援助站覆盖率", 100.0, "%", 2024),
    ]


# --- 4. the year of an annual plan ------------------------------------------------------------------------------


def _points(date: str, body: list[str]) -> str:
    return "\n".join(
        [
            "宁乡市知识产权工作要点",
            "各镇人民政府、街道办事处，市直各部门：",
            "现将《宁乡市知识产权工作要点》印发给你们，请认真抓好落实。",
            "宁乡市人民政府办公室",
            date,
            *body,
        ]
    )


NEXT_YEAR = [
    "2025年全市知识产权工作要点",
    "一、工作目标",
    "到2025年底，全市发明专利授权量达到300件，商标注册量较上年增长10%。",
    "二、重点工作",
    "（一）加强创造。2025年内培育知识产权优势企业5家。（市科技局牵头，市市场监管局参与）",
    "（二）加强保护。2025年底前查处侵权案件20件以上。（市市场监管局牵头，市公安局参与）",
]

REVIEWING = [
    "2023年，全市发明专利授权量达到250件，知识产权工作取得明显成效。",
    "一、工作目标",
    "到2024年底，全市发明专利授权量达到300件。",
    "二、重点工作",
    "（一）加强创造。培育知识产权优势企业5家。（市科技局牵头，市市场监管局参与）",
    "（二）加强保护。2024年底前查处侵权案件20件以上。（市市场监管局牵头，市公安局参与）",
]

AHEAD = [
    "一、工作目标",
    "全年发明专利授权量达到300件，到2025年底，全市有效发明专利拥有量达到1500件。",
    "二、重点工作",
    "（一）加强创造。培育知识产权优势企业5家。（市科技局牵头，市市场监管局参与）",
]

UNNAMED = [
    "一、工作目标",
    "全年发明专利授权量达到300件。",
    "二、重点工作",
    "（一）加强创造。培育知识产权优势企业5家。（市科技局牵头，市市场监管局参与）",
]


@pytest.mark.parametrize(
    ("date", "body", "year", "quote"),
    [
        ("2024年12月20日", NEXT_YEAR, "2025", "2025年"),  # issued in December for the next year
        ("2025年1月6日", NEXT_YEAR, "2025", "2025年"),
        ("2024年3月10日", REVIEWING, "2024", "2024年"),  # reviews the year before, works for its own
        ("2024年12月20日", UNNAMED, "2024", "2024年12月20日"),  # no year named: the issue year
        # issued early in 2024, its year's work may look to a later deadline: it is still 2024's
        ("2024年3月10日", AHEAD, "2024", "2024年3月10日"),
    ],
)
def test_annual_plan_year_from_its_work(date: str, body: list[str], year: str, quote: str) -> None:
    doc, text = extracted(_points(date, body), "points.txt")
    period = doc.plan.period
    assert period is not None
    assert (period.start, period.end, period.evidence.quote) == (year, year, quote)
    assert text[period.evidence.span[0] : period.evidence.span[1]] == quote
    assert {t.year for t in doc.targets if t.year_basis != "sentence"} <= {int(year)}


def test_a_multi_year_plan_takes_no_year_from_its_work() -> None:
    doc = extracted(_points("2024年12月20日", NEXT_YEAR).replace("工作要点", "工作方案"), "plan.txt")[0]
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == (None, "2025")
