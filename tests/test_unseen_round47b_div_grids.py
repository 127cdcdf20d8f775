"""Round 47: a task table drawn without <table>, as a modern portal's template draws it: <div> rows and cells
(<div class="tb-row"><div class="tb-cell c1">1</div>…) laid out by the page's style (display:table-row /
table-cell, a flex row on a phone), a header row of the same divs. The loader read each cell as a line of
the page's flow, so the rows' bodies fell to whatever line stood near them: leads read as helpers and helpers
as leads. A block showing itself as a grid (every row marked as a row and every cell as a cell, by a class
word, an ARIA role, an inline style or a style sheet's rule for its class or for the elements inside its
row's class, .tb-row > div; the same number of cells in each row; no text beside them) is now read as the
table it shows (loaders/html_div_grids.py); a page's layout grid of columns (row / col-md-8) names no cell
and stays as it is. Cells with no rows of their own that a CSS grid lays so many to a row (display:grid;
grid-template-columns: 60px 1fr 160px, repeat(4, 1fr)) are read in those rows, when they fill two rows at
least and none is placed or spanned by its own style."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.html import load_html
from tests.plans import extracted, named_units

#: How a page may mark its rows and cells: (row attributes, cell attributes, style sheet).
MARKINGS = [
    ('class="tb-row"', 'class="tb-cell"', ""),
    ('role="row"', 'role="cell"', ""),
    ('class="tableRow"', 'class="tableCell"', ""),
    ('class="div-tr"', 'class="div-td"', ""),
    ('style="display: table-row"', 'style="display:table-cell;border:1px solid"', ""),
    (
        'class="line"',
        'class="box"',
        "<style>.grid .line{display:table-row}.line .box{display:table-cell}</style>",
    ),
    ('class="line"', "", "<style>.grid > div{display:table-row} .line > div{display:table-cell}</style>"),
    ('class="tr"', 'class="c1"', "<style>.tr>div{display:table-cell;padding:4px}</style>"),
]

WORDS = st.text(alphabet="县科技局市场监管推进专利转化运用开展导航", min_size=1, max_size=12)
#: Rows of two to four cells, two to five rows.
GRIDS = st.integers(min_value=2, max_value=4).flatmap(
    lambda width: st.lists(st.lists(WORDS, min_size=width, max_size=width), min_size=2, max_size=5)
)


def _page(body: str, style: str = "") -> bytes:
    return (
        f"<html><head>{style}</head><body><p>某县2025年知识产权工作要点</p>"
        f'<p>具体分工如下：</p><div class="grid">{body}</div><p>本要点自印发之日起施行。</p></body></html>'
    ).encode()


def _as_divs(rows: list[list[str]], marking: tuple[str, str, str]) -> bytes:
    row_attr, cell_attr, style = marking
    body = "".join(
        f"<div {row_attr}>" + "".join(f"<div {cell_attr}>{cell}</div>" for cell in row) + "</div>"
        for row in rows
    )
    return _page(body, style)


def _as_table(rows: list[list[str]]) -> bytes:
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return _page(f"<table>{body}</table>")


def _read(data: bytes) -> tuple[str, list[list[list[str]]]]:
    text, _, tables, _ = load_html(data, "plan.html")
    return text, [[[t.cell_text(text, c) for c in row] for row in t.rows] for t in tables]


@settings(max_examples=40, deadline=None)
@given(
    GRIDS,
    st.sampled_from(MARKINGS),
)
def test_a_grid_of_divs_reads_as_the_table_it_shows(
    rows: list[list[str]], marking: tuple[str, str, str]
) -> None:
    assert _read(_as_divs(rows, marking)) == _read(_as_table(rows))


def test_rows_grouped_under_a_header_group() -> None:
    body = (
        '<div class="thead"><div class="tr"><span class="th">序号</span><span class="th">工作任务</span></div></div>'
        '<div class="tbody"><div class="tr"><span class="td">1</span><span class="td">开展专利导航</span></div>'
        '<div class="tr"><span class="td">2</span><span class="td">推进商标品牌建设</span></div></div>'
    )
    _, tables = _read(_page(body))
    assert tables == [[["序号", "工作任务"], ["1", "开展专利导航"], ["2", "推进商标品牌建设"]]]


def test_a_layout_grid_of_columns_stays_the_page_flow() -> None:
    body = (
        '<div class="row"><div class="col-md-8">一、重点任务</div><div class="col-md-4">热点信息</div></div>'
        '<div class="row"><div class="col-md-8">1.开展专利导航。</div><div class="col-md-4">网站地图</div></div>'
    )
    _, tables = _read(_page(body))
    assert tables == []


def test_rows_of_unequal_cells_or_text_beside_them_are_no_grid() -> None:
    uneven = (
        '<div class="tb-row"><div class="tb-cell">序号</div><div class="tb-cell">工作任务</div></div>'
        '<div class="tb-row"><div class="tb-cell">1</div><div class="tb-cell">开展</div><div class="tb-cell">县</div></div>'
    )
    beside = (
        '<div class="tb-row">说明<div class="tb-cell">序号</div><div class="tb-cell">工作任务</div></div>'
        '<div class="tb-row"><div class="tb-cell">1</div><div class="tb-cell">开展专利导航</div></div>'
    )
    assert _read(_page(uneven))[1] == []
    assert _read(_page(beside))[1] == []


def test_the_rows_bodies_lead_and_help_as_a_tables_do() -> None:
    rows = (
        '<div class="list-row head"><div class="list-cell">序号</div><div class="list-cell">重点工作</div>'
        '<div class="list-cell">牵头单位</div><div class="list-cell">配合单位</div></div>'
        '<div class="list-row"><div class="list-cell">1</div><div class="list-cell">开展茶叶地理标志专项保护'
        '<br>检查经营主体不少于50家</div><div class="list-cell">县农业农村局</div>'
        '<div class="list-cell">县市场监管局<br>县公安局</div></div>'
        '<div class="list-row"><div class="list-cell">2</div><div class="list-cell">推进专利转化运用，开展供需对接'
        '</div><div class="list-cell">县科技局</div><div class="list-cell">县财政局<br>各乡镇人民政府</div></div>'
    )
    doc, _ = extracted(_page(rows).decode(), "plan.html")
    units = [{s: role for s, role, _ in found} for found in named_units(doc).values() if found]
    assert units == [
        {"县农业农村局": "lead", "县市场监管局": "support", "县公安局": "support"},
        {"县科技局": "lead", "县财政局": "support", "各乡镇人民政府": "support"},
    ]


#: How a page may lay cells out as a CSS grid of so many columns: (container attributes, style sheet).
GRID_STYLES = [
    ('style="display:grid;grid-template-columns:{widths}"', ""),
    (
        'class="task-grid"',
        "<style>.box .task-grid{{display:grid;grid-template-columns:repeat({n}, minmax(0, 1fr))}}</style>",
    ),
]


def _as_css_grid(rows: list[list[str]], style: tuple[str, str]) -> bytes:
    n = len(rows[0])
    attr = style[0].format(widths=" ".join(["60px"] + ["1fr"] * (n - 1)), n=n)
    cells = "".join(f'<div class="c{k}">{cell}</div>' for row in rows for k, cell in enumerate(row))
    return _page(f"<div {attr}>{cells}</div>", style[1].format(n=n))


@settings(max_examples=30, deadline=None)
@given(
    GRIDS,
    st.sampled_from(GRID_STYLES),
)
def test_cells_a_css_grid_lays_so_many_to_a_row_read_as_its_rows(
    rows: list[list[str]], style: tuple[str, str]
) -> None:
    text, tables = _read(_as_css_grid(rows, style))
    assert tables[-1] == rows
    assert text == _read(_as_table(rows))[0]


def test_a_css_grid_whose_cells_do_not_fill_its_rows_or_place_themselves_is_no_table() -> None:
    grid = 'style="display:grid;grid-template-columns:80px 1fr 200px"'
    uneven = f"<div {grid}><div>序号</div><div>工作任务</div><div>牵头单位</div><div>1</div><div>开展专利导航</div></div>"
    placed = (
        f"<div {grid}><div>序号</div><div>工作任务</div><div>牵头单位</div>"
        '<div style="grid-column: span 2">开展专利导航</div><div>县科技局</div><div>县财政局</div></div>'
    )
    widths = (
        '<div style="display:grid;grid-template-columns:repeat(auto-fill, 200px)">'
        "<div>开展专利导航</div><div>推进商标品牌建设</div><div>加强保护</div><div>优化服务</div></div>"
    )
    for body in (uneven, placed, widths):
        assert _read(_page(body))[1] == []
