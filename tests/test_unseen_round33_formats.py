"""Round 33: clauses counted 首先，…；其次，…；最后，… inside a task's paragraph; a Word list level's format
inside mc:AlternateContent; a text table's rows parted by headings of the plan's parts; a PDF's pages
ending alike by chance (below).

What was read wrong before: a paragraph counting its measures 首先，…（责任单位：…）；其次，…；最后，… was one
task whose notes were all read as the task's, so every body answered for every measure. The words count its
clauses as 一是…二是… do (tasks._SEQUENCE_WORDS): 首先 opens the run, 其次 and 再次 stand second and third, 最后
closes it wherever it stands. Only before a pause or 要 after a stop, a comma or a line's start: 首先要摸清…，
打通最后一公里 is no sequence.
"""

from __future__ import annotations

import pytest
from lxml import etree

from loaders.docx_numbering import Numbering
from loaders.page_furniture import drop_running_lines
from tests.plans import extracted, named_units

HEAD = "某县知识产权强县建设工作方案（2024—2026年）\n\n一、重点任务\n"
MEASURES = [
    ("开展专项执法行动", "县市场监管局"),
    ("加强知识产权司法保护", "县人民法院"),
    ("推进知识产权纠纷调解", "县司法局"),
    ("加强海外维权援助", "县商务局"),
]


def _paragraph(words: list[str], measures: list[tuple[str, str]]) -> str:
    clauses = [
        f"{word}，{work}（责任单位：{unit}）" for word, (work, unit) in zip(words, measures, strict=True)
    ]
    return "（一）加强知识产权保护。" + "；".join(clauses) + "。\n"


@pytest.mark.parametrize(
    "words",
    [
        ["首先", "最后"],
        ["首先", "其次"],
        ["首先", "其次", "最后"],
        ["首先", "其次", "再次"],
        ["首先", "其次", "再次", "最后"],
    ],
)
def test_each_counted_clause_is_a_measure_with_its_own_unit(words: list[str]) -> None:
    measures = MEASURES[: len(words)]
    doc, _ = extracted(HEAD + _paragraph(words, measures))
    units = named_units(doc)
    clauses = [path for path in units if path.startswith("一.(一).")]
    assert clauses == [f"一.(一).{word}" for word in words]
    assert [units[path] for path in clauses] == [[(unit, "sole", "annotation")] for _, unit in measures]


def test_words_of_prose_are_no_sequence() -> None:
    doc, _ = extracted(
        HEAD + "（一）推进专利导航。首先要摸清产业底数，打通服务最后一公里。〔责任单位：县科技局〕\n"
    )
    assert [t.path for t in doc.tasks] == ["一.(一)"]


def test_a_run_opens_with_first() -> None:
    doc, _ = extracted(
        HEAD
        + "（一）推进专利导航。其次，摸清底数（责任单位：县科技局）；最后，形成报告（责任单位：县工信局）。\n"
    )
    assert [t.path for t in doc.tasks] == ["一.(一)"]


# --- a Word list level whose format Word 2010 wrote for its own reading ----------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _numbering(level_format: str) -> Numbering:
    xml = (
        f'<w:numbering xmlns:w="{W_NS}" xmlns:mc="{MC_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'{level_format}<w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    return Numbering(etree.fromstring(xml.encode()), None)


def _item() -> etree._Element:
    return etree.fromstring(
        f'<w:p xmlns:w="{W_NS}"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr></w:p>'.encode()
    )


@pytest.mark.parametrize(
    ("fallback", "labels"),
    [("chineseCounting", ["一、", "二、", "三、"]), ("decimalZero", ["01、", "02、", "03、"])],
)
def test_a_level_format_inside_alternate_content_is_read_from_its_fallback(
    fallback: str, labels: list[str]
) -> None:
    """What was read wrong before: a level whose w:numFmt stands inside mc:AlternateContent (Word 2010's
    custom format in mc:Choice, the one every other reader takes in mc:Fallback) was read as decimal: a plan's
    一、二、三、 chapters became 1、2、3、, items of no chapter."""
    numbering = _numbering(
        '<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/>'
        f'</mc:Choice><mc:Fallback><w:numFmt w:val="{fallback}"/></mc:Fallback></mc:AlternateContent>'
    )
    assert [numbering.label(_item()) for _ in labels] == labels


def test_a_level_format_of_its_own_is_read_as_written() -> None:
    numbering = _numbering('<w:numFmt w:val="chineseCounting"/>')
    assert [numbering.label(_item()) for _ in range(2)] == ["一、", "二、"]


# --- a task table typed with spaces or tabs, its rows parted by headings of the plan's parts ----------------

TABLE_HEAD = "某县知识产权强县建设工作方案（2024—2026年）\n二、重点任务\n"
SPACED = (
    "序号  任务              牵头单位\n"
    "（一）知识产权创造\n"
    "1     开展专利导航      县科技局\n"
    "2     培育高价值专利    县市场监管局\n"
    "（二）知识产权保护\n"
    "3     打击侵权假冒      县公安局\n"
)
PARTED = {
    "二.(一).表1.1": [("县科技局", "lead", "table")],
    "二.(一).表1.2": [("县市场监管局", "lead", "table")],
    "二.(二).表1.3": [("县公安局", "lead", "table")],
}


@pytest.mark.parametrize("typed", ["spaces", "tabs"])
def test_a_text_tables_rows_under_headings_of_parts(typed: str) -> None:
    """What was read wrong before: a line （一）知识产权创造 right under the header, or between rows, ended the
    table typed with spaces (no row's shape) and split the one typed with tabs (no tab): every row and its
    unit was lost. A part's numbered heading alone on a line, with a row after it, is a row across the
    table (a merged row, as a Word table's), and heads the rows under it."""
    table = (
        SPACED if typed == "spaces" else "\n".join("\t".join(line.split()) for line in SPACED.splitlines())
    )
    doc, _ = extracted(TABLE_HEAD + table + "\n")
    assert named_units(doc) == PARTED


@pytest.mark.parametrize(
    "after", ["三、保障措施\n加强组织领导，落实工作责任。\n", "（三）其他\n加强组织领导。\n"]
)
def test_a_heading_after_the_table_with_no_row_under_it_is_not_the_tables(after: str) -> None:
    doc, text = extracted(TABLE_HEAD + SPACED + after)
    units = named_units(doc)
    assert {path: found for path, found in units.items() if "表" in path} == PARTED
    (table,) = doc.tables
    assert text[table.span[0] : table.span[1]].rstrip().endswith("县公安局")
    assert table.rows == 6  # the header, two headings of parts, three rows


@pytest.mark.parametrize("typed", ["spaces", "tabs"])
def test_a_signature_after_a_table_parted_by_headings_is_no_work_of_its_chapter(typed: str) -> None:
    """What was read wrong before: the signature and date after such a table (某县人民政府办公室 ↵ 2024年5月6日)
    fell to the chapter the table stands in, after its parts, and were not read as the plan's closing (only a
    chapter's last part's were): the chapter became a task of its own, given to the issuer. The unit after
    a body's last paragraph decides whether it ends the plan's part (closings.detach_closings)."""
    table = (
        SPACED if typed == "spaces" else "\n".join("\t".join(line.split()) for line in SPACED.splitlines())
    )
    doc, _ = extracted(TABLE_HEAD + table + "\n某县人民政府办公室\n2024年5月6日\n")
    assert [t.path for t in doc.tasks] == list(PARTED)
    assert [i.name for i in doc.plan.issuers] == ["某县人民政府办公室"]
    assert doc.plan.date == "2024-05-06"


# --- a PDF's pages ending alike by chance -------------------------------------------------------------------

ROWS_OF_A_PAGE = [
    "{n}",
    "开展第{n}项工作。结合实际细化工作措施，",
    "建立工作台账，定期调度推进。",
    "市科技局",
    "2025年底",
]


def _page(first: int, rows: int, foot: str | None = None) -> str:
    lines = [line.format(n=n) for n in range(first, first + rows) for line in ROWS_OF_A_PAGE]
    return "\n".join([*lines, *([foot] if foot else [])])


def test_a_table_cell_ending_every_page_stays_when_the_pages_hold_it_too() -> None:
    """What was read wrong before: a task table over two pages whose last rows both ended with the
    deadline 2025年底 lost those cells as a running line, and the rows after the first page's end with them
    (four of eight tasks). A line standing also away from the pages' edges is the plan's words."""
    pages = [_page(1, 3), _page(4, 3)]
    assert drop_running_lines(pages) == pages


def test_a_running_line_ending_every_page_goes() -> None:
    pages = [_page(1, 3, "蓬溪县人民政府办公室印发"), _page(4, 3, "蓬溪县人民政府办公室印发")]
    assert drop_running_lines(pages) == [_page(1, 3), _page(4, 3)]


# --- a PDF's task table one cell a line, a task cell wrapped over many lines ---------------------------------

STACKED_HEAD = "包头市知识产权强市建设任务分工方案\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
WRAPPED_TASK = [
    "开展专利导航。结合实际细化工作",
    "措施，建立工作台账，定期调度推",
    "进。结合实际细化工作措施，建立",
] * 3


def _stacked_row(n: int, units: tuple[str, str], wraps: int) -> str:
    return "\n".join([str(n), *WRAPPED_TASK[:wraps], "进。", *units, "2024年6月"]) + "\n"


@pytest.mark.parametrize("rows", [1, 3])
@pytest.mark.parametrize("wraps", [2, 6, 9])
def test_a_last_rows_task_cell_wrapped_over_many_lines(rows: int, wraps: int) -> None:
    """What was read wrong before: a table's last row was tried with six wrapped lines at most, and a row
    with a next row's number at most four lines a cell away: a 具体措施 cell wrapped over eight lines lost its
    row, and in a table of that row alone its unit cells became the plan's issuers and its deadline the
    plan's date. The last row is tried up to a blank line (or forty lines), the fewest that read whole."""
    units = [("市科技局", "市工信局"), ("市工信局", "市科技局"), ("市金融办", "市财政局")]
    table = "".join(_stacked_row(n + 1, units[n], wraps) for n in range(rows))
    doc, _ = extracted(STACKED_HEAD + table)
    assert named_units(doc) == {
        f"表1.{n + 1}": [(lead, "lead", "table"), (support, "support", "table")]
        for n, (lead, support) in enumerate(units[:rows])
    }
    assert doc.plan.issuers == []
    assert doc.plan.date is None


@pytest.mark.parametrize(
    ("cell", "units"),
    [
        ("县市场监管局牵头，县科技局配合", [("县市场监管局", "lead"), ("县科技局", "support")]),
        (
            "县市场监管局牵头，县科技局、县财政局",
            [("县市场监管局", "lead"), ("县科技局", "support"), ("县财政局", "support")],
        ),
        ("县市场监管局（牵头），县科技局", [("县市场监管局", "lead"), ("县科技局", "support")]),
    ],
)
def test_a_unit_cell_naming_roles_in_a_table_one_cell_a_line(cell: str, units: list[tuple[str, str]]) -> None:
    """What was read wrong before: in a PDF's task table one cell a line, a unit cell written as clauses of
    bodies and their roles (县市场监管局牵头，县科技局配合) did not read as a unit cell (it ends in no body's
    name): its row and every row after it were lost, and its units went to the chapter."""
    head = "泰和县知识产权强县建设试点实施方案\n一、任务分解\n序号\n工作任务\n责任单位\n完成时限\n"
    rows = f"1\n推进企业贯标\n县工信局\n2025年\n2\n开展专利导航\n{cell}\n2024年6月\n3\n开展质押融资\n县金融办\n2025年\n"
    doc, _ = extracted(head + rows)
    found = {t.path: [(r.agency.surface, r.role) for r in t.responsibilities] for t in doc.tasks}
    assert found == {
        "一.表1.1": [("县工信局", "sole")],
        "一.表1.2": units,
        "一.表1.3": [("县金融办", "sole")],
    }


# --- a portal page whose plan's title stands only in its <title> --------------------------------------------

PAGE_BODY = (
    '<div class="TRS_Editor"><p style="text-indent:2em">为加快推进知识产权强县建设，制定本方案。</p>'
    "<p><strong>一、重点任务</strong></p>"
    "<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
    "<tr><td>1</td><td>开展专利导航</td><td>市科技局</td></tr></table></div>"
)


@pytest.mark.parametrize("site", ["_江山市人民政府", " - 江山市人民政府门户网站", "｜江山市人民政府", ""])
def test_a_pages_title_gives_the_plans_when_its_body_has_none(site: str) -> None:
    """What was read wrong before: a portal page whose body opens with the plan's words, its title only in the
    page's <title> (江山市知识产权强县建设工作方案_江山市人民政府), gave no title and no region. The <title>'s
    words before the site's name, when they read as a plan's title, are the text's first line; the tables'
    and headings' offsets move on with the text."""
    page = f"<html><head><title>江山市知识产权强县建设工作方案{site}</title></head><body>{PAGE_BODY}</body></html>"
    doc, text = extracted(page, "plan.html")
    assert doc.plan.title == "江山市知识产权强县建设工作方案"
    assert doc.plan.region is not None
    assert doc.plan.region.name == "江山市"
    (table,) = doc.tables
    assert text[table.span[0] : table.span[1]].startswith("序号")
    assert named_units(doc)["一.表1.1"] == [("市科技局", "sole", "table")]


def test_a_body_opening_with_its_title_keeps_it() -> None:
    page = (
        "<html><head><title>城关区知识产权工作要点</title></head><body>"
        f"<h1>拉萨市城关区2024年知识产权工作要点</h1>{PAGE_BODY}</body></html>"
    )
    doc, text = extracted(page, "plan.html")
    assert doc.plan.title == "拉萨市城关区2024年知识产权工作要点"
    assert not text.startswith("城关区知识产权工作要点")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "实施高价值专利培育工程，围绕新能源汽车、智能家电等主导产业建设高价值专利培育示范中心3家。",
            "实施高价值专利培育工程",
        ),
        (
            "加强与省知识产权局工作对接，积极争取国家和省级知识产权项目和资金落户本区，推动重点产业高质量发展。",
            "加强与省知识产权局工作对接",
        ),
        (
            "围绕新能源汽车、智能家电等主导产业，建设高价值专利培育示范中心，培育一批核心专利和知名品牌。",
            None,
        ),
        ("培育3家高价值专利培育示范中心，围绕新能源汽车、智能家电等主导产业开展专利布局和运营工作。", None),
    ],
)
def test_a_long_first_sentence_titles_its_item_by_its_first_clause(sentence: str, title: str | None) -> None:
    """What was read wrong before: an item whose first sentence is longer than a title (1. 实施高价值专利培育
    工程，围绕…建设…3家。) had no title, though its words of work open it. The words before the first comma
    title it when they are short, name no number and set no context (围绕…, 结合…)."""
    doc, _ = extracted("某县知识产权工作方案\n二、重点任务\n" + f"1. {sentence}（责任单位：县科技局）\n")
    assert [t.title for t in doc.tasks] == [title]
