"""Round 19: task tables (任务分工表) and responsibility cells written in forms the earlier rounds did not show.

- The convention that the first body of a cell leads, written in the column's header (责任单位（排在第一位的为
  牵头单位）), at the end of an annotation (…，第一个单位为牵头单位) or in prose before the task list (排名首位的为牵头
  单位): the header's 牵头单位 made the column a lead column (every body a lead), the note in the annotation
  was read as a body (第一个单位), 排名首位 was no such note, and a note under a table (注：…排在首位的为牵头单位)
  was read as a target ranking 首位.
- Columns naming people (牵头县领导 with 副县长 王某某; 责任单位及责任人 with 县财政局 刘某某): the people
  were read as leading bodies, or as bodies beside the units.
- A 工作任务 cell spanning several 具体措施 rows (a rowspan, or the cell left empty in a text table): the
  rows were one task repeated under one path with every row's bodies together, or the rows below the first
  were lost; now the task has a task per measure under it, each with its own bodies and time limit.
- Role marks inside a cell: a cell across the 牵头单位 and 配合单位 columns (colspan) was read twice, once as
  each; 市人社局牵头 / 各有关单位配合 on two lines of one cell was one name.
- Time cells: 2024年起 (when the work starts) gave the deadline 2024; 2024.12 gave none.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.phases import deadline_date
from policykg.models import Document
from tests.plans import extracted, named_units


def _units(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in found] for path, found in named_units(doc).items()}


def _html(paragraphs: list[str], rows: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>plan</title></head><body>"
        f"{body}\n<table border='1'>\n{rows}</table></body></html>"
    )


# --- 1. the first body leads ---------------------------------------------------------------------------

HEADER_NOTE = """东阳县知识产权强县建设工作方案
为加快推进知识产权强县建设，结合我县实际，制定本方案。
一、工作目标
到2025年，全县有效发明专利拥有量达到300件。
二、重点任务分工
序号\t工作任务\t责任单位（排在第一位的为牵头单位）\t完成时限
1\t建立专利导航工作机制\t县市场监管局、县科技局、县工信局\t2025年底前
2\t开展知识产权质押融资\t县财政局、县金融办\t长期坚持
"""


def test_a_header_saying_the_first_body_leads_is_no_lead_column() -> None:
    doc, _ = extracted(HEADER_NOTE)
    units = _units(doc)
    assert units["二.表1.1"] == [("县市场监管局", "lead"), ("县科技局", "support"), ("县工信局", "support")]
    assert units["二.表1.2"] == [("县财政局", "lead"), ("县金融办", "support")]


NOTE_UNDER_TABLE = """东阳县2024年知识产权工作要点
为全面提升知识产权创造、运用、保护、管理和服务水平，现制定2024年工作要点。

## 一、强化知识产权创造

| 序号 | 工作任务 | 责任单位 | 完成时限 |
| --- | --- | --- | --- |
| 1 | 实施高价值专利培育计划 | 县市场监管局、县科技局 | 2024年12月底前 |
| 2 | 推进商标品牌建设 | 县市场监管局、县农业农村局、县商务局 | 每季度 |

注：责任单位中排在首位的为牵头单位，其他为配合单位。
"""


def test_a_note_under_the_table_ranks_no_measure() -> None:
    doc, _ = extracted(NOTE_UNDER_TABLE, "plan.md")
    assert doc.targets == []
    assert _units(doc)["一.表1.2"] == [
        ("县市场监管局", "lead"),
        ("县农业农村局", "support"),
        ("县商务局", "support"),
    ]


def test_a_note_closing_an_annotation_names_no_body() -> None:
    doc, _ = extracted(
        "南川区知识产权强区建设工作方案\n为推进知识产权强区建设，制定本方案。\n一、重点任务\n"
        "（一）加强知识产权创造。实施专利提质增效行动。（责任单位：区市场监管局、区科技局、区经信委，"
        "第一个单位为牵头单位）\n"
        "（二）促进知识产权运用。开展知识产权质押融资。（责任单位：区金融办、区市场监管局）\n"
    )
    units = _units(doc)
    assert units["一.(一)"] == [("区市场监管局", "lead"), ("区科技局", "support"), ("区经信委", "support")]
    assert units["一.(二)"] == [("区金融办", "lead"), ("区市场监管局", "support")]


def test_the_convention_in_prose_with_ranked_first() -> None:
    doc, _ = extracted(
        "西林县知识产权强县建设实施方案\n为推进知识产权强县建设，制定本方案。\n一、主要任务\n"
        "各项任务责任单位中，排名首位的为牵头单位，其余为配合单位。\n"
        "（一）加强知识产权创造。培育高价值发明专利。〔责任单位：县科技局、县市场监管局〕\n"
        "（二）强化知识产权保护。健全行政执法与刑事司法衔接机制。〔责任单位：县公安局、县检察院〕\n"
    )
    units = _units(doc)
    assert units["一.(一)"] == [("县科技局", "lead"), ("县市场监管局", "support")]
    assert units["一.(二)"] == [("县公安局", "lead"), ("县检察院", "support")]


# --- 2. people are no bodies ---------------------------------------------------------------------------

LEADERS = """泗水县知识产权强县建设工作方案
为推进知识产权强县建设，制定本方案。
一、重点任务
序号\t重点任务\t牵头县领导\t责任单位\t联系人\t完成时限
1\t实施专利质量提升工程\t副县长 王某某\t县市场监管局、县科技局\t张某 13800000000\t2025年底前
2\t加强知识产权保护\t副县长、县公安局局长 赵某某\t县公安局\t孙某 13900000000\t长期
"""


def test_a_column_of_leaders_names_no_body() -> None:
    doc, _ = extracted(LEADERS)
    units = _units(doc)
    assert units["一.表1.1"] == [("县市场监管局", "joint"), ("县科技局", "joint")]
    assert units["一.表1.2"] == [("县公安局", "sole")]
    assert not [a.name for a in doc.agencies if "某" in a.name or "县长" in a.name]


def test_people_beside_the_bodies_in_one_column() -> None:
    doc, _ = extracted(
        "泗水县知识产权强县建设工作方案\n为推进知识产权强县建设，制定本方案。\n一、重点任务\n"
        "序号\t重点任务\t责任单位及责任人\t完成时限\n"
        "1\t实施专利质量提升工程\t县市场监管局（张某某）、县科技局（李某）\t2025年底前\n"
        "2\t推进知识产权金融服务\t县财政局 刘某某\t2024年\n"
    )
    units = _units(doc)
    assert units["一.表1.1"] == [("县市场监管局", "joint"), ("县科技局", "joint")]
    assert units["一.表1.2"] == [("县财政局", "sole")]


# --- 3. a task cell spanning rows of measures -----------------------------------------------------------

SPANNING_ROWS = """<tr><td>序号</td><td>工作任务</td><td>具体措施</td><td>责任单位</td><td>分管县领导</td><td>完成时限</td></tr>
<tr><td rowspan="3">1</td><td rowspan="3">提升知识产权创造质量</td><td>实施高价值专利培育工程</td>
<td>县市场监管局、县科技局</td><td>副县长 王某某</td><td>2025年底前</td></tr>
<tr><td>开展商标品牌培育行动</td><td>县市场监管局、县商务局</td><td>副县长 王某某</td><td>每年</td></tr>
<tr><td>推进地理标志产品保护</td><td>县农业农村局</td><td>副县长 李某</td><td>长期坚持</td></tr>
<tr><td rowspan="2">2</td><td rowspan="2">强化知识产权保护</td><td>开展知识产权执法专项行动</td>
<td>县市场监管局（牵头）、县公安局、县文旅局</td><td>副县长 赵某某</td><td>持续推进</td></tr>
<tr><td>建立知识产权纠纷多元化解机制</td><td>县法院、县司法局</td><td>副县长 赵某某</td><td>2024年6月—12月</td></tr>
"""


def test_a_rowspan_task_cell_has_a_task_per_measure() -> None:
    paras = [
        "临泉县知识产权强县建设试点工作方案",
        "为扎实推进知识产权强县建设试点工作，制定本方案。",
        "一、重点任务分工",
    ]
    doc, _ = extracted(_html(paras, SPANNING_ROWS), "plan.html")
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [(t.path, t.title, t.deadline) for t in rows] == [
        ("一.表1.1", "提升知识产权创造质量", None),
        ("一.表1.1.1", "实施高价值专利培育工程", "2025年底前"),
        ("一.表1.1.2", "开展商标品牌培育行动", "每年"),
        ("一.表1.1.3", "推进地理标志产品保护", "长期坚持"),
        ("一.表1.2", "强化知识产权保护", None),
        ("一.表1.2.1", "开展知识产权执法专项行动", "持续推进"),
        ("一.表1.2.2", "建立知识产权纠纷多元化解机制", "2024年6月—12月"),
    ]
    by_path = {t.path: t for t in rows}
    assert all(by_path[f"一.表1.{n}.1"].parent == by_path[f"一.表1.{n}"].id for n in (1, 2))
    units = _units(doc)
    assert units["一.表1.1"] == []
    assert units["一.表1.1.2"] == [("县市场监管局", "joint"), ("县商务局", "joint")]
    assert units["一.表1.1.3"] == [("县农业农村局", "sole")]
    assert units["一.表1.2.1"] == [("县市场监管局", "lead"), ("县公安局", "support"), ("县文旅局", "support")]
    assert [t.deadline_date for t in rows] == [None, "2025-12", None, None, None, None, "2024-12"]


CONTINUED = """淮阳区2024年知识产权工作要点
为扎实推进知识产权强区建设，制定本要点。
一、重点工作
序号\t工作任务\t具体措施\t责任单位\t责任人\t联系电话\t完成时限
1\t提升知识产权创造质量\t实施高价值专利培育工程\t区市场监管局\t张某某\t13800000000\t2024年底前
\t\t开展商标品牌培育行动\t区市场监管局、区商务局\t李某\t13900000000\t每季度
2\t强化知识产权保护\t开展知识产权执法专项行动\t牵头：区市场监管局 配合：区公安局、区文广旅局\t王某\t0394-1234567\t持续推进
\t\t建立知识产权纠纷调解机制\t区市场监管局牵头，区直有关单位配合\t赵某\t13700000000\t2024年9月底前
"""


def test_a_text_table_leaves_the_task_cell_empty_under_it() -> None:
    doc, _ = extracted(CONTINUED)
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [(t.path, t.title, t.deadline_date) for t in rows] == [
        ("一.表1.1", "提升知识产权创造质量", None),
        ("一.表1.1.1", "实施高价值专利培育工程", "2024-12"),
        ("一.表1.1.2", "开展商标品牌培育行动", None),
        ("一.表1.2", "强化知识产权保护", None),
        ("一.表1.2.1", "开展知识产权执法专项行动", None),
        ("一.表1.2.2", "建立知识产权纠纷调解机制", "2024-09"),
    ]
    units = _units(doc)
    assert units["一.表1.1.2"] == [("区市场监管局", "joint"), ("区商务局", "joint")]
    assert units["一.表1.2.2"] == [("区市场监管局", "lead"), ("区直有关单位", "support")]


def test_a_measure_numbered_on_its_own_under_an_empty_task_cell() -> None:
    doc, _ = extracted(
        "永嘉县2024年知识产权工作要点\n一、重点工作\n"
        "序号\t工作任务\t具体措施\t牵头单位\t配合单位\t完成时限\n"
        "1\t强化知识产权保护\t建设县知识产权维权援助工作站\t县市场监管局\t县司法局\t2024年9月底前\n"
        "2\t\t开展打击侵权假冒专项行动\t县公安局\t县市场监管局\t持续推进\n"
        "3\t促进知识产权运用\t开展专利转化专项行动\t县科技局\t县财政局\t2024年12月\n"
    )
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    # the 工作任务 cell over two rows is their category: each row's task is its 具体措施 (round 36); a task
    # cell alone in its row is the row's task
    assert [(t.path, t.title) for t in rows] == [
        ("一.表1.1", "建设县知识产权维权援助工作站"),
        ("一.表1.2", "开展打击侵权假冒专项行动"),
        ("一.表1.3", "促进知识产权运用"),
    ]
    assert _units(doc)["一.表1.2"] == [("县公安局", "lead"), ("县市场监管局", "support")]


@given(st.lists(st.integers(min_value=1, max_value=4), min_size=1, max_size=4))
def test_each_measure_under_an_empty_task_cell_keeps_its_body(sizes: list[int]) -> None:
    bodies = ["区市场监管局", "区科技局", "区财政局", "区商务局", "区公安局"]
    lines = ["淮阳区2024年知识产权工作要点", "一、重点工作", "序号\t工作任务\t具体措施\t责任单位\t完成时限"]
    expected: list[tuple[str, str]] = []
    for n, size in enumerate(sizes, start=1):
        for k in range(size):
            body = bodies[(n + k) % len(bodies)]
            head = f"{n}\t推进第{n}项重点工作" if k == 0 else "\t"
            lines.append(f"{head}\t开展第{k + 1}项具体措施\t{body}\t2024年{k + 6}月底前")
            expected.append((f"一.表1.{n}.{k + 1}" if size > 1 else f"一.表1.{n}", body))
    doc, _ = extracted("\n".join(lines) + "\n")
    units = _units(doc)
    assert [(path, units[path]) for path, _ in expected] == [(p, [(b, "sole")]) for p, b in expected]


# --- 4. role marks inside one cell ---------------------------------------------------------------------

ROLES_IN_CELLS = """<tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td colspan="2">责任单位</td>
<td rowspan="2">完成时限</td></tr>
<tr><td>牵头单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>实施高价值专利培育工程</td><td>市市场监管局</td><td>市科技局<br>市工信局</td><td>2024年12月</td></tr>
<tr><td>2</td><td>开展知识产权质押融资</td><td colspan="2">市金融办牵头，市财政局、市市场监管局配合</td>
<td>每季度</td></tr>
<tr><td>3</td><td>强化知识产权人才培养</td><td colspan="2">市人社局牵头<br>各有关单位配合</td><td>持续推进</td></tr>
"""


def test_a_cell_across_the_lead_and_support_columns_is_read_once() -> None:
    paras = [
        "宁乡市2024年知识产权强市建设工作要点",
        "为推进知识产权强市建设，制定本要点。",
        "一、重点工作任务",
    ]
    doc, _ = extracted(_html(paras, ROLES_IN_CELLS), "plan.html")
    units = _units(doc)
    assert units["一.表1.1"] == [("市市场监管局", "lead"), ("市科技局", "support"), ("市工信局", "support")]
    assert units["一.表1.2"] == [("市金融办", "lead"), ("市财政局", "support"), ("市市场监管局", "support")]


def test_lead_and_support_on_two_lines_of_a_cell() -> None:
    paras = [
        "宁乡市2024年知识产权强市建设工作要点",
        "为推进知识产权强市建设，制定本要点。",
        "一、重点工作任务",
    ]
    doc, _ = extracted(_html(paras, ROLES_IN_CELLS), "plan.html")
    assert _units(doc)["一.表1.3"] == [("市人社局", "lead"), ("各有关单位", "support")]


# --- 5. time cells ------------------------------------------------------------------------------------


def test_time_cells_read_where_they_are_dates() -> None:
    doc, _ = extracted(
        "宁乡市2024年知识产权工作要点\n一、重点工作\n"
        "序号\t工作任务\t责任单位\t完成时限\n"
        "1\t建设知识产权公共服务平台\t市市场监管局\t2024年起\n"
        "2\t开展专利转化专项行动\t市科技局\t2024.12\n"
        "3\t组织知识产权宣传周活动\t市市场监管局\t每年4月\n"
        "4\t落实知识产权奖补政策\t市财政局\t2024.6—2024.9\n"
        "5\t推进地理标志运用\t市农业农村局\t长期坚持\n"
    )
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [(t.deadline, t.deadline_date) for t in rows] == [
        ("2024年起", None),
        ("2024.12", "2024-12"),
        ("每年4月", None),
        ("2024.6—2024.9", "2024-09"),
        ("长期坚持", None),
    ]


@given(
    st.integers(min_value=2000, max_value=2099),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(["", ".30", ".1"]),
    st.sampled_from(["", "前", "底前"]),
)
def test_a_dotted_date_names_its_month(year: int, month: int, day: str, before: str) -> None:
    assert deadline_date(f"{year}.{month}{day}{before}") == f"{year}-{month:02d}"
    assert deadline_date(f"{year - 1}.{month}—{year}.{month}{day}") == f"{year}-{month:02d}"
    assert deadline_date(f"{year}年{month}月起") is None
    assert deadline_date(f"{year}年起至{year}年底") == f"{year}-12"
