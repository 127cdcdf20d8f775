"""Where a drawn table's text layer leaves a unit cell out: a PDF's lines placed across the page
(loaders/pdf_geometry.py) tell which column a lone unit cell stands in, and a lead cell merged over rows.

A 牵头单位 cell merged over several rows is printed once, vertically centred: its text stands in the middle
row and the text layer gives the other rows no line for it, so their 配合单位 stands alone. Read from the
text, that lone unit would be the row's lead (a row with no 配合单位 names its lead alone); placed across the
page, it stands under the 配合单位 header. A row whose lead cell is so left empty shares the lead of the row
its merged cell was printed in, as a .docx merged cell repeats its text in every row it spans: a merged
cell's text is centred, so as many rows of its span stand above the printed row as below it. Read top
down, the empty rows before the first printed lead are its span's upper part, as many after it its lower
part, the rest up to the next printed lead that one's upper part, and so on.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

from loaders.base import TableCell
from ontology.vocab import document_vocabulary
from policykg.extract.textspan import Span

#: A line's left and right edge across the page, by the offset of its first character.
Extents = Mapping[int, tuple[float, float]]


def _gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far apart two lines stand across the page (0 when they overlap)."""
    return max(0.0, b[0] - a[1], a[0] - b[1])


class Placement:
    """Where a row's lines stand under the unit columns' headers (``edges``: column, its header's left and
    right edge), the lines placed by ``extents``: a reading of a row is tried against it (``__call__``), and
    a unit cell's lines are told apart from the cell before it by the column they stand under
    (``column_of``)."""

    def __init__(self, extents: Extents, edges: dict[int, tuple[float, float]], task: int) -> None:
        self.extents = extents
        self.edges = edges
        self.task = task
        self.starts = sorted(extents)

    def __call__(self, cells: list[Span]) -> bool:
        """Each unit cell of a row read (``cells``, the number column's left out) stands under its own
        column's header, nearer than under another unit column's, and no line of the task cell stands under
        a unit column's header (the next row's units read into a task's wrapped lines)."""
        extents, edges = self.extents, self.edges
        s, e = cells[self.task - 1]
        for k in range(bisect_left(self.starts, s), bisect_left(self.starts, e)):
            line = extents[self.starts[k]]
            if any(_gap(line, head) == 0 for head in edges.values()):
                return False
        for column, head in edges.items():
            cell = cells[column - 1]
            edge = extents.get(cell[0]) if cell[0] < cell[1] else None
            if edge is None:
                continue
            gaps = [_gap(edge, other) for other in edges.values()]
            if _gap(edge, head) > min(gaps):
                return False
        return True

    def same_column(self, line: Span, other: Span) -> bool:
        """The lines starting ``line`` and ``other`` are both placed and overlap across the page: lines of one
        column (a cell's wrapped lines stand in it; the next column's stand apart)."""
        a, b = self.extents.get(line[0]), self.extents.get(other[0])
        return a is not None and b is not None and _gap(a, b) == 0

    def column_of(self, line: Span) -> int | None:
        """The unit column whose header the line starting ``line`` stands under (across the page, its only
        one), None when it stands under none or is not placed."""
        edge = self.extents.get(line[0])
        if edge is None:
            return None
        under = [column for column, head in self.edges.items() if _gap(edge, head) == 0]
        return under[0] if len(under) == 1 else None


def placement_check(extents: Extents | None, heads: Mapping[int, Span], task: int) -> Placement | None:
    """For the unit columns ``heads`` (column: its header cell) and the task column ``task``, the placement
    rows are read against (Placement); None when the lines are not placed (no PDF) or there is one unit
    column."""
    if not extents or len(heads) < 2:
        return None
    placed = {c: extents.get(span[0]) for c, span in heads.items()}
    if any(edge is None for edge in placed.values()):
        return None
    return Placement(extents, {c: edge for c, edge in placed.items() if edge is not None}, task)


def lead_column(header: list[str], units: list[int]) -> int | None:
    """Of the unit columns ``units``, the one a lead's name heads (牵头单位), if any."""
    words = document_vocabulary().task_table_columns.lead
    return next((c for c in units if any(w in header[c] for w in words)), None)


def share_merged_leads(rows: list[tuple[TableCell, ...]], lead: int, sections: set[int]) -> None:
    """Give each row whose lead cell is empty the lead cell of the row its merged cell was printed in (see
    the module's words), in place; ``sections``: the rows heading the rows under them (一、…), which part the
    table into runs read apart. The header row (0) is none of them."""
    segment: list[int] = []
    for r in range(1, len(rows) + 1):
        if r == len(rows) or r in sections:
            _share_in(rows, lead, segment)
            segment = []
        else:
            segment.append(r)


def _share_in(rows: list[tuple[TableCell, ...]], lead: int, segment: list[int]) -> None:
    """The rows of ``segment`` read top down: the rows before the first printed lead are its merged cell's
    upper part, and as many after it its lower part; the rest up to the next printed lead that one's upper
    part, and so on; the rows after the last printed lead are its."""
    printed = [k for k, r in enumerate(segment) if _filled(rows, r, lead)]
    if not printed or len(printed) == len(segment):
        return
    owner: dict[int, int] = {k: printed[0] for k in range(printed[0])}
    above = printed[0]
    for at, nxt in zip(printed, [*printed[1:], len(segment)], strict=True):
        between = range(at + 1, nxt)
        below = len(between) if nxt == len(segment) else min(above, len(between))
        for k in between:
            owner[k] = at if k - at <= below else nxt
        above = len(between) - below
    for k, source in owner.items():
        r = segment[k]
        cells = list(rows[r])
        cells[lead] = TableCell(r, lead, rows[segment[source]][lead].span)
        rows[r] = tuple(cells)


def _filled(rows: list[tuple[TableCell, ...]], r: int, lead: int) -> bool:
    return rows[r][lead].span[0] < rows[r][lead].span[1]
