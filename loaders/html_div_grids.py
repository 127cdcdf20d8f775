"""Tables drawn without <table>: rows and cells of <div>s (or <li>s and <span>s) that a page's style lays
out as a grid (display:table-row / table-cell, or a flex row), as a modern portal's template draws a task
table (<div class="tb-row"><div class="tb-cell">1</div><div class="tb-cell">…</div>…</div>), and cells with
no rows of their own that a CSS grid lays so many to a row (display:grid; grid-template-columns: 60px 1fr
160px 160px).

Such a grid is read as the table it shows: its rows become <tr>, its cells <td> (their <br> lines kept),
inside a <table> of its own, so the page's tables are read one way whatever drew them. A block is a grid
only when it shows itself as one: two rows at least, every row marked as a row and every cell as a cell (a
class word, an ARIA role, an inline style or a style sheet's rule for its class or for the elements inside
its row's class saying so), every row holding the same number of cells (two or more) and no text outside
them; a CSS grid's cells fill two of its rows at least, every row whole, none placed or spanned by its own
style. A page's layout grid (a row of columns: col-md-8 beside a sidebar) names no cell and stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

#: What marks a row, a cell, a group of rows, by a word of its class (tb-row, tableRow, div-td, th-cell).
_ROW_WORDS = frozenset({"row", "tr"})
_CELL_WORDS = frozenset({"cell", "td", "th"})
_GROUP_WORDS = frozenset({"thead", "tbody", "tfoot", "rowgroup"})
#: The same by an ARIA role.
_ROW_ROLES = frozenset({"row"})
_CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})
_GROUP_ROLES = frozenset({"rowgroup"})
#: The same by a display value (inline or in the page's style sheet).
_ROW_DISPLAYS = frozenset({"table-row", "flex"})
_CELL_DISPLAYS = frozenset({"table-cell"})
_GROUP_DISPLAYS = frozenset({"table-header-group", "table-row-group", "table-footer-group"})

_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_DISPLAY = re.compile(r"display\s*:\s*([a-z-]+)", re.IGNORECASE)
#: A style sheet's rule: its selectors and its declarations.
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
#: The class a selector styles: its last compound's last class (.wz-table .tb-row → tb-row).
_LAST_CLASS = re.compile(r"\.([\w-]+)[^\s.>+~]*\s*$")
#: The elements inside a class a selector styles (.tb-row > div, .tr span → tb-row>div, tr>span): the cells
#: of a row whose cells carry no class of their own.
_CHILD_OF_CLASS = re.compile(r"\.([\w-]+)[^\s.>+~]*\s*>?\s*([a-zA-Z][a-zA-Z0-9]*)\s*$")
#: The cheap test: the page's markup names a row or a cell some way.
_MAYBE_GRID = re.compile(r"row|table-cell|\bt[dr]\b|cell|grid", re.IGNORECASE)

#: A CSS grid's columns (display:grid; grid-template-columns: 60px 1fr 160px 160px, or repeat(4, 1fr)):
#: cells laid side by side with no row of their own, a new row every so many cells.
_GRID_COLUMNS = re.compile(r"grid-template-columns\s*:\s*([^;}]+)", re.IGNORECASE)
_REPEAT = re.compile(r"repeat\(\s*(\d+)\s*,[^()]*(?:\([^()]*\)[^()]*)*\)")
_ARGUMENTS = re.compile(r"\([^()]*\)")  # minmax(0, 1fr) is one track
_LINE_NAMES = re.compile(r"\[[^\]]*\]")  # [task-start] is none
#: A cell placed or spanned by its own style: the grid's rows are not every so many cells.
_PLACED = re.compile(r"grid-(?:column|row|area)\s*:", re.IGNORECASE)

#: Each class's display (tb-row: table-row), the elements' inside a class (tb-row>div: table-cell), and a
#: grid class's columns (task-grid:columns: 4).
_Displays = dict[str, str]


def _track_count(style: str) -> int:
    """How many columns a style's display:grid lays out: repeat(4, 1fr) → 4, 60px 1fr 160px → 3; 0 for no
    grid, or one whose count follows the page's width (auto-fill, auto-fit)."""
    display = _DISPLAY.search(style)
    columns = _GRID_COLUMNS.search(style)
    if display is None or display.group(1).lower() != "grid" or columns is None:
        return 0
    value = columns.group(1).strip().lower()
    if "auto-fill" in value or "auto-fit" in value:
        return 0
    repeat = _REPEAT.fullmatch(value)
    if repeat is not None:
        return int(repeat.group(1))
    while _ARGUMENTS.search(value):
        value = _ARGUMENTS.sub("", value)
    value = _LINE_NAMES.sub(" ", value)
    return 0 if "repeat" in value else len(value.split())


def _class_displays(soup: BeautifulSoup) -> _Displays:
    """Each class a <style> rule gives a display (and each element inside a class: tb-row>div), the first
    rule's value (a phone's media rule after it restyles the same grid)."""
    found: _Displays = {}
    for style in soup.find_all("style"):
        for selectors, body in _RULE.findall(style.get_text()):
            display = _DISPLAY.search(body)
            if display is None:
                continue
            columns = _track_count(body)
            for selector in selectors.split(","):
                named = _LAST_CLASS.search(selector.strip())
                inside = _CHILD_OF_CLASS.search(selector.strip())
                if named is not None:
                    found.setdefault(named.group(1), display.group(1).lower())
                    if columns:
                        found.setdefault(f"{named.group(1)}:columns", str(columns))
                elif inside is not None:
                    found.setdefault(f"{inside.group(1)}>{inside.group(2).lower()}", display.group(1).lower())
    return found


def _values(tag: Tag, name: str) -> list[str]:
    value = tag.get(name)
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value).split() if value else []


def _marked(
    tag: Tag, words: frozenset[str], roles: frozenset[str], displays: frozenset[str], sheet: _Displays
) -> bool:
    classes = _values(tag, "class")
    if any(w.lower() in words for c in classes for w in _WORD.findall(c)):
        return True
    if any(r.lower() in roles for r in _values(tag, "role")):
        return True
    inline = _DISPLAY.search(str(tag.get("style") or ""))
    if inline is not None and inline.group(1).lower() in displays:
        return True
    if any(sheet.get(c) in displays for c in classes):
        return True
    row_classes = _values(tag.parent, "class") if tag.parent is not None else []
    return any(sheet.get(f"{c}>{tag.name}") in displays for c in row_classes)


def _elements(tag: Tag) -> list[Tag] | None:
    """The elements directly inside ``tag``, or None when text stands beside them."""
    out: list[Tag] = []
    for child in tag.children:
        if isinstance(child, Tag):
            out.append(child)
        elif isinstance(child, NavigableString) and type(child) is NavigableString and child.strip():
            return None
    return out


def _rows(container: Tag, sheet: _Displays) -> list[tuple[Tag | None, Tag]] | None:
    """The rows of ``container`` with the group each stands in (None: directly inside), when it is a grid."""
    children = _elements(container)
    if not children:
        return None
    rows: list[tuple[Tag | None, Tag]] = []
    for child in children:
        if _marked(child, _GROUP_WORDS, _GROUP_ROLES, _GROUP_DISPLAYS, sheet):
            inner = _elements(child)
            if not inner:
                return None
            rows.extend((child, row) for row in inner)
        else:
            rows.append((None, child))
    if len(rows) < 2:
        return None
    counts = set()
    for _, row in rows:
        cells = _elements(row)
        if (
            not cells
            or not _marked(row, _ROW_WORDS, _ROW_ROLES, _ROW_DISPLAYS, sheet)
            or not all(_marked(cell, _CELL_WORDS, _CELL_ROLES, _CELL_DISPLAYS, sheet) for cell in cells)
        ):
            return None
        counts.add(len(cells))
    return rows if len(counts) == 1 and counts.pop() >= 2 else None


def _grid_rows(container: Tag, sheet: _Displays) -> list[list[Tag]] | None:
    """The rows of a CSS grid of cells (``container`` display:grid with so many columns, inline or by its
    class): every so many cells a row, two rows at least, no cell placed or spanned by its own style."""
    width = _track_count(str(container.get("style") or "")) or max(
        (int(sheet.get(f"{c}:columns", "0")) for c in _values(container, "class")), default=0
    )
    cells = _elements(container) if width >= 2 else None
    if not cells or len(cells) % width or len(cells) < 2 * width:
        return None
    if any(_PLACED.search(str(cell.get("style") or "")) for cell in cells):
        return None
    return [cells[at : at + width] for at in range(0, len(cells), width)]


def _cells_in_rows(soup: BeautifulSoup, grid: list[list[Tag]] | None) -> list[tuple[Tag | None, Tag]]:
    """A CSS grid's cells moved into rows of their own, as its rows are shown."""
    rows: list[tuple[Tag | None, Tag]] = []
    for cells in grid or ():
        row = soup.new_tag("tr")
        for cell in cells:
            row.append(cell.extract())
        rows.append((None, row))
    return rows


def _containers(soup: BeautifulSoup) -> Iterator[Tag]:
    for tag in soup.find_all(["div", "section", "ul", "ol"]):
        if isinstance(tag, Tag) and tag.find_parent("table") is None:
            yield tag


def div_grids_as_tables(soup: BeautifulSoup, markup: str) -> None:
    """Each grid of ``soup`` drawn with rows and cells of blocks rewritten as a <table> in its place."""
    if _MAYBE_GRID.search(markup) is None:
        return
    sheet = _class_displays(soup)
    for container in list(_containers(soup)):
        if container.find_parent("table") is not None:
            continue  # inside a grid rewritten already
        rows = _rows(container, sheet) or _cells_in_rows(soup, _grid_rows(container, sheet))
        if not rows:
            continue
        table = soup.new_tag("table")
        groups: dict[int, Tag] = {}
        for group, row in rows:
            for cell in _elements(row) or ():
                cell.name = "td"
            row.name = "tr"
            if group is None:
                table.append(row.extract())
                continue
            if id(group) not in groups:
                groups[id(group)] = soup.new_tag("tbody")
                table.append(groups[id(group)])
            groups[id(group)].append(row.extract())
        for child in list(container.children):
            child.extract()
        container.append(table)
