"""Round 20: task tables and responsibilities, the shapes round 19 left.

- A 工作任务 cell spanning rows of 具体措施: each measure names its units, but the spanning task fell back to
  the issuing government (an implicit issuer default), as if the work were the government's own. A task whose
  clauses name units took no default already; the spanning task is assigned in its measures the same way.
- A unit cell naming a person after the body (县公安局负责人：赵某某) was read as a field of its own and lost
  the body (the text's prose then gave it as an implicit name); a person in a bracket after a body
  (县公安局（联系人：李某，电话：…）) was read into the body's name.
- A cell merged across a unit column and the time column (colspan: 县财政局 2024年12月底前) gave the whole
  cell, unit and all, as the row's deadline.
- Deadlines that fall due again (每年4月, 每年12月底前, 每季度末, 每月10日前): the text was kept with no date,
  and nothing said the work recurs; now Task.deadline_recurs says how often (year, quarter, month …), in
  table cells and in the text alike, and the text's 每季度末 / 每月10日前 are read as deadlines when it states
  no other (a frequency, 按季度调度, is still none).
- A web page's footer saying who runs the site (主办单位：…　承办单位：…, 技术支持：…) with no filing number
  stayed in the text after the plan and was read as an annotation of the last task, naming a lead and a
  support.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.agency_lists import parse_agency_list
from policykg.extract.phases import find_deadline, recurrence
from policykg.models import Document, Task
from policykg.schema import SCHEMA_PATH, schema_text
from tests.plans import extracted, named_units


def _units(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in found] for path, found in named_units(doc).items()}


def _rows(doc: Document) -> dict[str, Task]:
    return {t.path: t for t in doc.tasks if t.kind == "table_row"}


def _html(paragraphs: list[str], rows: str, after: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>plan</title></head><body>"
        f"<div class='article'>{body}\n<table border='1'>\n{rows}</table></div>{after}</body></html>"
    )


_PARAS = [
    "颍上县知识产权强县建设工作方案",
    "为加快推进知识产权强县建设，结合我县实际，制定本方案。",
    "一、重点任务分工",
]

# --- 1. a task spanning rows of measures is assigned in them ------------------------------------------

SPANNING = """<tr><td>序号</td><td>工作任务</td><td>具体措施</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td rowspan="2">1</td><td rowspan="2">提升知识产权创造质量</td><td>实施高价值专利培育工程</td>
<td>县市场监管局、县科技局</td><td>2025年底前</td></tr>
<tr><td>开展商标品牌培育行动</td><td>县市场监管局、县商务局</td><td>2025年6月底前</td></tr>
<tr><td>2</td><td>推进知识产权金融服务</td><td>开展知识产权质押融资</td><td>县财政局</td><td>2024年底前</td></tr>
"""


def test_a_task_spanning_measures_takes_no_default_of_its_own() -> None:
    doc, _ = extracted(_html(_PARAS, SPANNING), "plan.html")
    rows = _rows(doc)
    assert rows["一.表1.1"].responsibilities == []
    assert _units(doc)["一.表1.1.1"] == [("县市场监管局", "joint"), ("县科技局", "joint")]
    assert _units(doc)["一.表1.2"] == [("县财政局", "sole")]
    # measures naming no unit: the default is each measure's and the spanning task's alike
    empty = SPANNING.replace("<td>县市场监管局、县科技局</td>", "<td></td>").replace(
        "<td>县市场监管局、县商务局</td>", "<td></td>"
    )
    rows = _rows(extracted(_html(_PARAS, empty), "plan.html")[0])
    for path in ("一.表1.1", "一.表1.1.1", "一.表1.1.2"):
        assert [r.basis for r in rows[path].responsibilities] == ["issuer_default"]


# --- 2. people and phones in a unit cell -----------------------------------------------------------------

PEOPLE = """<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>开展知识产权执法专项行动</td><td>县公安局负责人：赵某某</td><td>2024年底前</td></tr>
<tr><td>2</td><td>建设知识产权维权援助工作站</td><td>责任单位：县司法局 联系人：李某 电话：0558-1234567</td>
<td>2024年9月底前</td></tr>
<tr><td>3</td><td>推进专利开放许可</td><td>县科技局（联系人：王某，电话：13800000000）</td><td>2025年底前</td></tr>
<tr><td>4</td><td>培育知识产权示范企业</td><td>县工信局分管领导：孙某、县市场监管局负责人：周某</td>
<td>2025年底前</td></tr>
"""


def test_a_person_after_the_body_in_a_unit_cell() -> None:
    doc, _ = extracted(_html(_PARAS, PEOPLE), "plan.html")
    units = _units(doc)
    assert units["一.表1.1"] == [("县公安局", "sole")]
    assert units["一.表1.2"] == [("县司法局", "sole")]
    assert units["一.表1.3"] == [("县科技局", "sole")]
    assert units["一.表1.4"] == [("县工信局", "joint"), ("县市场监管局", "joint")]
    assert [r.basis for t in doc.tasks for r in t.responsibilities] == ["table"] * 5
    assert not [a.name for a in doc.agencies if "某" in a.name or "电话" in a.name]


@given(
    st.sampled_from(["", "责任单位：", "牵头单位："]),
    st.sampled_from(["县公安局", "区市场监管局", "市科技局", "县农业农村局"]),
    st.sampled_from(["负责人", "联系人", "责任人", "联络员", "电话", "分管领导"]),
    st.sampled_from(["：", ":"]),
    st.sampled_from(["赵某某", "李某 13800000000", "0558-1234567"]),
    st.booleans(),
)
def test_a_body_keeps_its_name_before_a_person_field(
    label: str, body: str, word: str, colon: str, person: str, bracketed: bool
) -> None:
    field = f"（{word}{colon}{person}）" if bracketed else f"{word}{colon}{person}"
    cell = f"{label}{body}{field}；配合单位：县财政局"
    mentions, _ = parse_agency_list(cell, 0, len(cell), lines=True)
    assert [cell[slice(*m.span)] for m in mentions] == [body, "县财政局"]


# --- 3. a cell merged across a unit column and the time column -------------------------------------------

MERGED = """<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>开展知识产权质押融资</td><td colspan="2">县财政局 2024年12月底前</td></tr>
<tr><td>2</td><td>推进知识产权人才培养</td><td colspan="2">县人社局<br>长期坚持</td></tr>
<tr><td>3</td><td>建设知识产权公共服务平台</td><td colspan="2">县市场监管局</td></tr>
<tr><td>4</td><td>实施专利导航工程</td><td>县科技局</td><td>2025年6月底前</td></tr>
"""


def test_a_cell_across_the_unit_and_time_columns() -> None:
    doc, _ = extracted(_html(_PARAS, MERGED), "plan.html")
    rows = _rows(doc)
    assert [(rows[f"一.表1.{n}"].deadline, rows[f"一.表1.{n}"].deadline_date) for n in range(1, 5)] == [
        ("2024年12月底前", "2024-12"),
        ("长期坚持", None),
        (None, None),
        ("2025年6月底前", "2025-06"),
    ]
    units = _units(doc)
    assert units["一.表1.1"] == [("县财政局", "sole")]
    assert units["一.表1.2"] == [("县人社局", "sole")]
    assert units["一.表1.3"] == [("县市场监管局", "sole")]


# --- 4. recurring deadlines -----------------------------------------------------------------------------

RECURRING_TABLE = """滁州市2024年知识产权工作要点
为推进知识产权强市建设，制定本要点。
一、重点工作
序号\t工作任务\t责任单位\t完成时限
1\t组织知识产权宣传周活动\t市市场监管局\t每年4月
2\t报送专利质押融资数据\t市金融办\t每季度末
3\t调度重点任务进展\t市市场监管局\t每月10日前
4\t开展知识产权执法检查\t市公安局\t按季度
5\t建设知识产权公共服务平台\t市市场监管局\t2024年12月底前
6\t总结年度工作\t市市场监管局\t2024—2025年每年12月底前
"""


def test_recurring_deadlines_in_table_cells() -> None:
    doc, _ = extracted(RECURRING_TABLE)
    rows = _rows(doc)
    assert [(t.deadline, t.deadline_date, t.deadline_recurs) for t in rows.values()] == [
        ("每年4月", None, "year"),
        ("每季度末", None, "quarter"),
        ("每月10日前", None, "month"),
        ("按季度", None, "quarter"),
        ("2024年12月底前", "2024-12", None),
        ("2024—2025年每年12月底前", "2025-12", "year"),
    ]


RECURRING_PROSE = """南谯区知识产权强区建设工作方案
为推进知识产权强区建设，制定本方案。
一、重点任务
（一）加强统计监测。各责任单位每季度末报送工作进展情况。
（二）强化调度通报。区市场监管局每月10日前汇总通报重点任务推进情况。
（三）开展年度总结。各镇街每年12月底前报送年度工作总结。
（四）健全会商机制。区市场监管局按季度召开联席会议。
（五）推进专利转化。区科技局每月报送专利转化情况，2025年底前完成专利转化专项行动。
"""


def test_recurring_deadlines_in_the_text() -> None:
    doc, _ = extracted(RECURRING_PROSE)
    tasks = {t.path: t for t in doc.tasks}
    assert [(tasks[f"一.({n})"].deadline, tasks[f"一.({n})"].deadline_recurs) for n in "一二三四五"] == [
        ("每季度末", "quarter"),
        ("每月10日前", "month"),
        ("每年12月底前", "year"),
        (None, None),
        ("2025年底前", None),
    ]


@given(
    st.sampled_from(
        [
            ("每季度末", "quarter"),
            ("每季度结束后10日内", "quarter"),
            ("每季度末5日前", "quarter"),
            ("每月10日前", "month"),
            ("每月底前", "month"),
            ("每年年底前", "year"),
            ("每年12月底前", "year"),
        ]
    ),
    st.sampled_from(["", "各单位", "区市场监管局于"]),
    st.sampled_from(["报送工作进展。", "汇总通报情况。"]),
)
def test_a_recurring_deadline_is_read_with_its_period(
    written: tuple[str, str], before: str, after: str
) -> None:
    deadline, period = written
    text = f"{before}{deadline}{after}"
    assert find_deadline(text, 0, len(text)) == (deadline, None)
    assert recurrence(deadline) == period
    for once in ("2025年底前", "2024年6月底前", "长期坚持", "持续推进", "年内完成", "2024.12", "逐年推进"):
        assert recurrence(once) is None


def test_the_published_schema_holds_the_recurrence_and_the_measures_parent() -> None:
    published = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text()
    task = published["$defs"]["Task"]["properties"]
    assert "measures" in task["parent"]["description"]
    assert task["deadline_recurs"]["anyOf"][0]["enum"] == ["year", "half_year", "quarter", "month", "week"]


# --- 5. a site's footer naming who runs it -------------------------------------------------------------

FOOTER = (
    "<div class='bottom'><p>主办单位：颍上县人民政府办公室　承办单位：颍上县数据资源管理局</p>"
    "<p>技术支持：某某网络科技有限公司　联系我们</p></div>"
)
_ROWS = """<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>实施专利导航工程</td><td>县科技局</td><td>2025年6月底前</td></tr>
"""


def _prose_page(paragraphs: list[str], after: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>plan</title></head><body>"
        f"<div class='top'>首页　政务公开</div><div class='zw'>{body}</div>{after}</body></html>"
    )


_PROSE = [
    "颍上县知识产权强县建设工作方案",
    "为加快推进知识产权强县建设，结合我县实际，制定本方案。",
    "一、重点任务",
    "（一）加强知识产权创造。实施高价值专利培育工程。（责任单位：县市场监管局）",
    "（二）强化知识产权保护。开展执法专项行动。（责任单位：县公安局）",
    "颍上县人民政府办公室",
    "2024年3月1日",
]


def test_a_footer_naming_who_runs_the_site_is_no_annotation() -> None:
    doc, text = extracted(_prose_page(_PROSE, FOOTER), "plan.html")
    assert "主办单位" not in text
    assert "技术支持" not in text
    assert _units(doc)["一.(二)"] == [("县公安局", "sole")]
    doc, text = extracted(_html(_PARAS, _ROWS, FOOTER), "plan.html")
    assert "承办单位" not in text
    assert _units(doc)["一.表1.1"] == [("县科技局", "sole")]
    # a plan's own line about an event's host, among its text, is kept
    event = [
        *_PROSE[:5],
        "（三）举办知识产权宣传周活动。",
        "主办单位：县市场监管局　承办单位：县知识产权协会",
        *_PROSE[5:],
    ]
    _, text = extracted(_prose_page(event, ""), "plan.html")
    assert "主办单位：县市场监管局" in text
