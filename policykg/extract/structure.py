"""Segment a plan into its hierarchy: chapters (一、), sections （一）, items 1. / 1、, sub-items （1）,
markdown headings and annex boundaries, with paragraphs rebuilt from wrapped lines.

``segment(text, tables)`` returns a ``Structure``; every span refers to the canonical text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from loaders.base import StyledHeading, TableGrid, display_columns
from loaders.docx_numbering import format_number
from ontology.vocab import document_vocabulary
from policykg.extract.agency_lists import label_at, may_name_roles
from policykg.extract.article_marks import without_article_furniture
from policykg.extract.bracket_headings import bracket_headings
from policykg.extract.bullet_depths import nest_bullets
from policykg.extract.closings import (
    SIGNATURE_LINES,
    back_matter_line,
    closes_with_field,
    detach_closings,
    opens_signed,
    signature_tail,
)
from policykg.extract.dates import CALENDAR_YEAR
from policykg.extract.headings import (
    ANNEX,
    HEADING_MAX,
    contents_line,
    contents_run,
    heading_title,
    marked_heading_only,
    numbered_outline,
    styled_outline,
)
from policykg.extract.markers import (
    LINE_BULLET,
    Marker,
    decimal_outline,
    match_marker,
    nest_listed,
    nest_outer,
    promote_decimal_heads,
    shift_level,
    strip_md,
)
from policykg.extract.measure_tables import MeasureRows, cell_on_line, in_cells, measure_rows
from policykg.extract.run_on_items import run_on_sibling
from policykg.extract.styled_sections import nest_under_bare_chapters
from policykg.extract.table_sections import table_heads
from policykg.extract.textspan import (
    CLOSERS,
    TERMINALS,
    Span,
    bracket_groups,
    line_spans,
    numeral_value,
    squeeze,
    trim,
)


@dataclass
class Paragraph:
    span: Span
    lines: list[Span]
    unit: int | None = None
    #: Not its unit's work text: a closing exhortation or the plan's back matter (closings.py).
    closing: bool = False
    #: Its first line's opening as build_paragraphs read it: where its words start after markdown marks,
    #: how many heading marks, and its numbering marker (the paragraph's own while it is that one line).
    opening: tuple[int, int, Marker | None] | None = field(default=None, repr=False, compare=False)


@dataclass
class Unit:
    """One numbered (or markdown/annex) heading and the text it governs."""

    index: int
    level: int  # 0 heading/annex boundary, 1 chapter, 2 section/phase, 3 item, 4 sub-item, 5 point
    kind: str  # chapter | section | phase | item | subitem | point | heading | annex
    label: str
    marker_span: Span
    heading_span: Span  # the first paragraph
    title: str | None  # markdown emphasis (**…**) left out
    title_span: Span | None
    heading_only: bool
    #: The marker's numbering style (Marker.style); "styled" for a heading its style marks (no number of its
    #: own); "" for markdown headings and annexes.
    style: str = ""
    span: Span = (0, 0)
    path: str = ""
    parent: int | None = None
    children: list[int] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)
    chapter_kind: str = "preamble"
    #: Where its body ends before the next heading, when a paragraph that is not its own follows it.
    closed_at: int | None = None


@dataclass
class Structure:
    text: str
    paragraphs: list[Paragraph]
    units: list[Unit]
    tables: list[TableGrid]

    def own_paragraphs(self, unit: Unit) -> list[int]:
        """The paragraphs under ``unit`` that are its text: closing paragraphs moved to it left out."""
        return [p for p in unit.paragraphs if not self.paragraphs[p].closing]

    def unit_at(self, offset: int) -> Unit | None:
        """Deepest unit whose span holds ``offset``."""
        best: Unit | None = None
        for unit in self.units:
            if unit.span[0] <= offset < unit.span[1] and (best is None or unit.level >= best.level):
                best = unit
        return best


def _opening(text: str, para: Paragraph, decimal: bool) -> tuple[int, int, Marker | None]:
    """Where ``para``'s words start after markdown marks (strip_md), the count of those, and its numbering
    marker (match_marker): read once for a paragraph of one line, again for one of wrapped lines."""
    if para.opening is not None and len(para.lines) == 1:
        return para.opening
    s, e = para.span
    body, md = strip_md(text, s, e)
    return body, md, match_marker(text, body, e, decimal=decimal)


def _heading_only(text: str, para: Paragraph, decimal: bool) -> bool:
    """is_heading_only of ``para``, its opening read once."""
    body, md, marker = _opening(text, para, decimal)
    return marked_heading_only(text, body, para.span[1], md, marker)


def _in_tables(pos: int, tables: list[TableGrid]) -> bool:
    return any(t.span[0] <= pos < t.span[1] for t in tables)


#: The fewest wrapped lines of about one width that show a text's wrap width (a PDF's or a hard-wrapped
#: file's line length), and the narrowest such width in columns: shorter runs of like lines are headings.
_WRAPS_SEEN = 3
_WRAP_MIN = 40
#: How many columns short of the wrap width a line still fills it (a punctuation mark or a half-width digit
#: pushed to the next line).
_WRAP_SLACK = 2
#: What closes a heading's words inside the line after it: its full stop, or the colon before its list.
_TITLE_STOPS = "。；;：:"
#: The longest paragraph whose bracket left open at a stop may run on into the next line.
_RUN_ON_MAX = 600


def wrap_width(text: str, lines: Sequence[Span]) -> int | None:
    """The width (in columns) at which the text's lines wrap, when they do: the width most lines that run
    on into the next one (no closing mark) fill to within _WRAP_SLACK; None when fewer than _WRAPS_SEEN do
    or the width is a heading's (text that does not wrap: a .docx, a web page)."""
    counts: dict[int, int] = {}
    for (s, e), (ns, ne) in pairwise(lines):
        e = s + len(text[s:e].rstrip())
        if e > s and ne > ns and text[e - 1] not in TERMINALS and not text[ns:ne].isspace():
            width = display_columns(text[s:e])  # an indent counts: a first line fills the width with it
            counts[width] = counts.get(width, 0) + 1
    best, best_count = None, 0
    for width in counts:
        count = sum(counts.get(w, 0) for w in range(width - _WRAP_SLACK, width + 1))
        if count > best_count or (count == best_count and best is not None and width > best):
            best, best_count = width, count
    return best if best is not None and best_count >= _WRAPS_SEEN and best >= _WRAP_MIN else None


def _wrapped_heading(text: str, para: Paragraph, line: Span, width: int | None) -> bool:
    """``para`` is a heading's one line that fills the text's wrap ``width`` and ``line`` holds the rest of
    its words ('（二）实施…专利培↵育工程。支持…'): the words before the line's first stop (or the whole line
    when it has none) make, with the heading's, no more than a heading holds."""
    if width is None or len(para.lines) != 1 or para.opening is None:
        return False
    s, e = para.span
    if display_columns(text[text.rfind("\n", 0, s) + 1 : e]) < width - _WRAP_SLACK:  # its indent counted
        return False
    body, _, marker = para.opening
    words = e - (marker.span[1] if marker is not None else body)
    stops = [p for p in (text.find(ch, line[0], line[1]) for ch in _TITLE_STOPS) if p >= 0]
    rest = (min(stops) if stops else line[1]) - line[0]
    return words + rest <= HEADING_MAX


def _net_open(text: str, start: int, end: int) -> int:
    """Brackets opened and not closed in ``text[start:end]`` (negative when it closes more)."""
    part = text[start:end]
    return part.count("（") + part.count("(") - part.count("）") - part.count(")")


def _bracket_runs_on(text: str, para: Span, line: Span) -> bool:
    """A bracket the paragraph ``para`` opened is left open at a stop and ``line``, the next line, closes
    it: a wrapped annotation (（牵头单位：市市场监管局；↵配合单位：市工信局）) is one paragraph, not a label
    of its own. Only within _RUN_ON_MAX characters: a bracket left open by mistake joins nothing far."""
    if para[1] - para[0] > _RUN_ON_MAX or _net_open(text, *para) <= 0:
        return False
    return _net_open(text, *line) < 0


#: Closing marks that may end a line inside a sentence (…，“都匀毛尖”↵地理标志…, …2.5件（含）↵以上): a quote's
#: or a bracket's, and the stops whose words before them end a sentence (“…。”).
_QUOTE_CLOSES = '”’」』"'
_BRACKET_CLOSES = "）)"
_SENTENCE_STOPS = "。！？!?；;…"
#: The most characters a bracket closing a line inside a sentence holds: a qualifier of the number before it
#: ((含), (次), (万元)), not a note naming units (（县科技局负责）) nor a term (（2023—2025年）).
_QUALIFIER_MAX = 3


def _opens_indented(text: str, paragraphs: list[Paragraph]) -> bool:
    """The last of ``paragraphs`` opened indented, or flush right below one that did (a line the copy broke
    after a stop: …更加完善。↵每万人口…): the block it stands in indents its paragraphs' first lines."""
    last = paragraphs[-1]
    if _indented(text, last.span[0]):
        return True
    above = paragraphs[-2] if len(paragraphs) > 1 else None
    return (
        above is not None
        and text.count("\n", above.span[1], last.span[0]) == 1
        and _indented(text, above.span[0])
    )


def _indented(text: str, start: int) -> bool:
    """White space stands before ``start`` on its line (a line's words open at ``start``)."""
    return start > 0 and text[start - 1] in " \t\u3000"


def _closing_runs_on(text: str, paragraphs: list[Paragraph], line: Span) -> bool:
    """``line`` goes on flush at its line's start below the last of ``paragraphs``, which stands in a block
    indenting its paragraphs' first lines (a PDF's copied text) and whose last line ends with a quote or a
    qualifier's bracket closing no sentence (…突破1.2万件，“都匀毛尖”↵地理标志证明商标…; …达到2.5件（含）↵
    以上): one sentence the copy's wrap broke after the closing mark, not a paragraph's end."""
    para = paragraphs[-1]
    start = para.span[0]
    if line[0] == 0 or text[line[0] - 1] != "\n" or not _opens_indented(text, paragraphs):
        return False
    end = para.span[1] - 1
    mark = text[end]
    if mark in _QUOTE_CLOSES:
        return end > start and text[end - 1] not in _SENTENCE_STOPS
    if mark not in _BRACKET_CLOSES:
        return False
    opened = max(text.rfind("（", start, end), text.rfind("(", start, end))
    inside = text[opened + 1 : end]
    return (
        opened >= 0
        and 0 < len(inside) <= _QUALIFIER_MAX
        and not any(c in _SENTENCE_STOPS + "：:" for c in inside)
    )


#: Where a label may open on a line: its start, or after a sentence's stop.
_LABEL_OPENINGS = re.compile("[。；;！!]")


def _label_ends(text: str, line: Span) -> bool:
    """``line`` ends with a unit's label and nothing after it (责任单位：/【牵头单位】 alone on its line, or
    closing a sentence's line): the units it names stand on the next line, which goes on its paragraph."""
    s, e = line
    if text[e - 1] not in "：:】]］〕" or e - s > _RUN_ON_MAX:
        return False
    for pos in (s, *(m.end() for m in _LABEL_OPENINGS.finditer(text, s, e))):
        pos = trim(text, pos, e)[0]
        bullet = LINE_BULLET.match(text, pos, e)
        found = label_at(text, bullet.end() if bullet else pos, e)
        if found is not None and found[2] == e:
            return True
    return False


def build_paragraphs(
    text: str,
    tables: list[TableGrid],
    decimal: bool | None = None,
    styled: dict[int, tuple[int, int]] | None = None,
    heads: dict[int, tuple[Span, int]] | None = None,
    measures: MeasureRows | None = None,
) -> list[Paragraph]:
    """Rebuild paragraphs: a line continues the previous one when that one has no closing punctuation,
    is not a heading, and the line itself does not open a numbered unit (wrapped PDF/Word text). A styled
    heading (``styled``: start → end, level) is a paragraph of its own lines, and so is a task table's row
    across it heading the rows under it (``heads``: table_sections.table_heads); the table's other lines are
    in no paragraph, but those of a measure table's content cells (``measures``: measure_tables.py), read as
    the text's own after their row's name cell, a paragraph of its own as a row heading is."""
    cells = measures.cells if measures is not None else None
    whole = measures.whole_lines if measures is not None else None
    if decimal is None:
        decimal = decimal_outline(text)
    styled = styled or {}
    heading_end = -1  # the end of the styled heading paragraph open
    paragraphs: list[Paragraph] = []
    blank_run = 0
    open_para: Paragraph | None = None
    lines = line_spans(text)
    width: int | None = -1  # the wrap width, read when a heading's line may wrap (-1: not yet read)
    rest: list[Span] = []  # the rest of a line whose items run on (①…；②…), read as a line of its own

    def line_pieces() -> Iterator[Span]:
        for line in lines:
            yield line
            while rest:
                yield rest.pop()

    apart = False  # the piece is a row heading, or the first piece after one: a paragraph of its own
    for s, e in line_pieces():
        after_head, apart = apart, False
        if tables and _in_tables(s, tables):
            if cells and in_cells(s, cells):
                s, e = trim(text, s, e)  # a measure's words beside its name (measure_tables.py)
                apart = bool(whole) and in_cells(s, whole or [])  # a Word cell's paragraph: one of its own
            elif not heads or s not in heads:
                open_para = None
                continue
            else:
                line_end = e
                (s, e), _ = heads[s]  # a row heading the rows under it: its cell is the paragraph
                apart = True
                if cells and (beside := cell_on_line(cells, e, line_end)) is not None:
                    rest.append(beside)  # the measure's words beside its name: read after it
        else:
            s, e = trim(text, s, e)
        if s >= e:
            blank_run += 1
            continue
        body, md = strip_md(text, s, e)
        marker = match_marker(text, body, e, decimal=decimal)
        if marker is not None and (cut := run_on_sibling(text, marker, e)) is not None:
            rest.append((cut, e))  # ①开展…；②培育…: ② opens a unit of its own
            e = trim(text, s, cut)[1]
        starts_unit = md > 0 or marker is not None or s in styled or ANNEX.match(text, body, e)
        if open_para is not None and open_para.span[0] in styled:
            joins = not starts_unit and e <= heading_end
        else:
            joins = (
                open_para is not None
                and not starts_unit
                and blank_run <= 1
                and (
                    text[open_para.span[1] - 1] not in TERMINALS
                    or (blank_run == 0 and _bracket_runs_on(text, open_para.span, (s, e)))
                    or (blank_run == 0 and _label_ends(text, open_para.lines[-1]))
                    or (blank_run == 0 and _closing_runs_on(text, paragraphs, (s, e)))
                )
            )
            if joins and blank_run and open_para is not None and closes_with_field(text, open_para.lines[-1]):
                joins = False  # …——A、B；完成时限：2025年12月底 ↵↵ …: an item whole on its line, no wrap
            if joins and back_matter_line(text, (s, e)):
                joins = False  # …完成时限：2024年6月底 ↵ 来源：XX政府网站: the plan's back matter opens
            if joins and open_para is not None and _heading_only(text, open_para, decimal):
                # a heading stands alone, unless its line is a wrapped line of a longer one
                if _badge_alone(open_para):  # 01 ↵ 强化知识产权创造: the chapter's name below its number
                    joins = True
                else:
                    if width == -1 and blank_run == 0 and len(open_para.lines) == 1:
                        width = wrap_width(text, lines)
                    joins = blank_run == 0 and _wrapped_heading(text, open_para, (s, e), width)
        if open_para is not None and joins and not (apart or after_head):
            open_para.span = (open_para.span[0], e)
            open_para.lines.append((s, e))
        else:
            open_para = Paragraph(span=(s, e), lines=[(s, e)], opening=(body, md, marker))
            paragraphs.append(open_para)
            heading_end = styled[s][0] if s in styled else -1
        blank_run = 0
    return _signatures_apart(text, paragraphs)


def _badge_alone(para: Paragraph) -> bool:
    """``para`` is a chapter's zero-padded number alone on its line (markers._badge_marker), its name on the
    next line."""
    marker = para.opening[2] if para.opening is not None else None
    return (
        marker is not None
        and marker.style == "padded"
        and len(para.lines) == 1
        and marker.span[1] >= para.span[1]
    )


def _signatures_apart(text: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A dated signature joined to the paragraph above it, a line no punctuation closes (责任单位：A、B /
    攸县市场监督管理局 / 2024年1月20日: closings.signature_tail), is a paragraph of its own."""
    out: list[Paragraph] = []
    for para in paragraphs:
        cut = signature_tail(text, para.lines) if len(para.lines) > 1 else None
        if cut is None:
            out.append(para)
            continue
        head, tail = para.lines[:cut], para.lines[cut:]
        out.append(Paragraph(span=(head[0][0], head[-1][1]), lines=head, opening=para.opening))
        out.append(Paragraph(span=(tail[0][0], tail[-1][1]), lines=tail))
    return out


def _new_unit(
    text: str, index: int, para: Paragraph, decimal: bool, styled: dict[int, tuple[int, int]]
) -> Unit | None:
    s, e = para.span
    body, md, marker = _opening(text, para, decimal)
    heading_only = marked_heading_only(text, body, e, md, marker)
    if marker is not None:
        title, title_span = heading_title(text, marker.span[1], e, heading_only)
        return Unit(
            index,
            marker.level,
            marker.kind,
            marker.label,
            marker.span,
            para.span,
            title,
            title_span,
            heading_only,
            style=marker.style,
        )
    annex = ANNEX.match(text, body, e)
    if annex and e - body <= HEADING_MAX:
        title, title_span = heading_title(text, annex.end(), e, True)
        label = f"附{annex['word']}{annex['number'] or ''}"  # 附件2, 附表1, 附
        return Unit(index, 0, "annex", label, (body, annex.end()), para.span, title, title_span, True)
    if s in styled:  # before a markdown heading: unnumbered markdown headings are the styled outline
        title, title_span = heading_title(text, body, e, True)
        level = styled[s][1]
        kind = _STYLED_KINDS[level - 1]
        return Unit(index, level, kind, "", (s, body), para.span, title, title_span, True, style="styled")
    if md:
        title, title_span = heading_title(text, body, e, True)
        return Unit(index, 0, "heading", "#" * md, (s, body), para.span, title, title_span, True)
    return None


_STYLED_KINDS = ("chapter", "section", "item", "subitem", "point")
#: The number a styled heading is given in paths, per level, in the way plans number that level.
_STYLED_FORMATS = ("chineseCounting", "chineseCounting", "decimal", "decimal", "decimalEnclosedCircle")


def _label(unit: Unit) -> str:
    if unit.style == "jie":
        return f"第{unit.label}节"
    if unit.style == "article":
        return f"第{unit.label}条"
    if unit.style in _PAREN_STYLES or (unit.style in ("styled", "row") and unit.level in (2, 4)):
        return f"({unit.label})"
    if unit.style == "bullet":
        return f"•{unit.label}"
    return unit.label


#: Styles whose number a path writes in brackets, as （一） and （1） are.
_PAREN_STYLES = (
    "paren_cn",
    "paren_digit",
    "half_paren_cn",
    "half_paren_digit",
    "enclosed_cn",
    "enclosed_paren",
)


def chapter_kind(title: str | None) -> str:
    """Classify a chapter by its heading (data: document_types.yaml chapter_kinds); default tasks."""
    if not title:
        return "tasks"
    head = _CLAUSE_END.split(title, maxsplit=1)[0]
    for kind, pattern in _chapter_patterns():
        if pattern.search(head):
            return kind
    return "tasks"


_CLAUSE_END = re.compile(r"[。，,；;]")


def _named_kind(title: str) -> str | None:
    """The chapter kind ``title`` names (重点任务: tasks, 保障措施: safeguards); None when it names none."""
    return chapter_kind(title) if _names_chapter(_CLAUSE_END.split(title, maxsplit=1)[0]) else None


def _names_chapter(words: str) -> bool:
    """``words`` name a chapter of some kind (document_types.yaml chapter_kinds: 工作目标, 重点任务)."""
    return any(pattern.search(words) for _, pattern in _chapter_patterns())


#: A heading that is itself a goals sentence (二、到2025年，全县有效发明专利达到500件): the year aimed at, a
#: comma and what is reached by then; or a year, a comma and a number.
_GOAL_SENTENCE = re.compile(
    r"(?:力争|争取)?\s*(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*[，,]\s*\S"
    # a work-points year opening its goals (一、2024年，全区专利授权量达到2000件), not 2024年，是…之年
    r"|(?:19|20)\d{2}\s*年\s*[，,](?!\s*是)[^。；;\n]*?\d"
)


def goal_sentence(text: str, unit: Unit) -> Span | None:
    """The words of ``unit``'s heading paragraph after its number when they are a goals sentence (二、
    到2025年，全县有效发明专利达到500件, a title too long to name the chapter too); None otherwise."""
    start = unit.title_span[0] if unit.title_span is not None else unit.marker_span[1]
    end = unit.heading_span[1]
    start = trim(text, start, end)[0]
    if unit.level == 0 or _GOAL_SENTENCE.match(text, start, end) is None:
        return None
    return trim(text, start, end)


@cache
def document_natures() -> dict[str, str]:
    """Each document type's nature (document_types.yaml: plan, review, restatement, announcement)."""
    return {d.id: d.nature for d in document_vocabulary().document_types}


#: For each nature of a document that is no plan, the chapter kinds made background and whether a chapter
#: planning ahead (outlook_chapters) keeps its kind.
_BACKGROUND: dict[str, tuple[tuple[str, ...], bool]] = {
    "review": (("tasks", "safeguards", "phases", "goals"), True),
    "restatement": (("tasks", "safeguards", "phases", "goals"), False),
    "announcement": (("tasks", "phases", "goals"), True),
}


#: A year opening a chapter heading (2024年主要举措).
_OPENING_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def mark_background(structure: Structure, nature: str, last_year: int | None = None) -> None:
    """In a document that is no plan, make the chapters that set no work of its own background, with every
    unit under them: a 工作总结's chapters reporting work done (its results are no targets, its actions done
    no obligations) but not its outlook (2024年工作打算: its heading matches ``outlook_chapters`` of
    document_types.yaml, or it opens with a year after ``last_year``, the last the document covers:
    2024年主要举措 in a 2023 summary); every chapter of a 政策解读; a 通报's chapters but its requirements
    (有关要求)."""
    if nature not in _BACKGROUND:
        return
    kinds, keeps_outlook = _BACKGROUND[nature]
    patterns = document_vocabulary().outlook_chapters if keeps_outlook else ()
    ahead = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    units = structure.units
    reviewed: set[int] = set()
    for at, unit in enumerate(units):
        if unit.parent is not None and unit.parent in reviewed:
            reviewed.add(at)
            unit.chapter_kind = "guidance"
        elif unit.level == 1 and (unit.parent is None or units[unit.parent].level == 0):
            head = _CLAUSE_END.split(unit.title or "", maxsplit=1)[0]
            if unit.chapter_kind in kinds and not (ahead and _plans_ahead(ahead, head, last_year)):
                reviewed.add(at)
                unit.chapter_kind = "guidance"


def _plans_ahead(ahead: re.Pattern[str], head: str, last_year: int | None) -> bool:
    """A review's chapter ``head`` plans work ahead: an outlook heading, or one opening with a later year."""
    if ahead.search(head):
        return True
    year = _OPENING_YEAR.match(head)
    return year is not None and last_year is not None and int(year.group(1)) > last_year


@cache
def _chapter_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each chapter kind's patterns as one compiled alternation, in the data's order."""
    return tuple(
        (entry.kind, re.compile("|".join(f"(?:{p})" for p in entry.patterns)))
        for entry in document_vocabulary().chapter_kinds
        if entry.patterns
    )


def segment(
    text: str,
    tables: list[TableGrid],
    headings: Sequence[StyledHeading] = (),
    listed: Sequence[StyledHeading] = (),
) -> Structure:
    """The plan's hierarchy; ``headings`` are the paragraphs the source's styles mark as headings, ``listed``
    those a list numbers, with their depths in the lists' outline."""
    decimal = decimal_outline(text)
    if not headings:
        headings = bracket_headings(text, _names_chapter)  # 【总体目标】, 重点任务 alone on their lines
    rows = table_heads(text, tables) if tables else {}
    measures = measure_rows(text, tables) if tables else None
    if measures is not None and measures.heads:
        rows = {**rows, **measures.heads}  # a measure table's rows head their content cells
    heads = {cell[0]: end for cell, end in rows.values()}  # by the start of the row's cell
    styled = styled_outline(text, headings, decimal) if headings else {}
    if styled:
        styled = nest_under_bare_chapters(text, styled, _named_kind)
    paragraphs = build_paragraphs(text, tables, decimal, styled, rows, measures)
    opened = [(p, _new_unit(text, 0, para, decimal, styled)) for p, para in enumerate(paragraphs)]
    if styled and any(u is not None and u.level == 1 and u.style != "styled" for _, u in opened):
        # Chapters numbered in the text (一、总体要求) are the outline: styled lines beside them (a subtitle
        # styled as a heading) open nothing.
        styled = {}
        paragraphs = build_paragraphs(text, tables, decimal, heads=rows, measures=measures)
        opened = [(p, _new_unit(text, 0, para, decimal, styled)) for p, para in enumerate(paragraphs)]
    if headings and not styled and (beside := numbered_outline(text, headings, decimal)):
        # headings without numbers among numbered ones (## 一、主要目标, ## 重点任务): units of their
        # numbered peers' level
        styled = beside
        paragraphs = build_paragraphs(text, tables, decimal, styled, rows, measures)
        opened = [(p, _new_unit(text, 0, para, decimal, styled)) for p, para in enumerate(paragraphs)]
    if heads:
        opened = [(p, u or _row_head(text, paragraphs[p], heads)) for p, u in opened]
    opened = _without_body_captions(opened)
    opened = without_article_furniture(text, paragraphs, opened)
    opened = _without_item_boxes(text, paragraphs, opened)
    if "…" in text or "...." in text or "····" in text:
        opened = _without_contents(text, paragraphs, opened)
    if (contents := contents_run(text)) is not None:
        opened = [(p, None if _inside(paragraphs[p].span, contents) else u) for p, u in opened]
    opened = _without_annex_entries(text, paragraphs, opened)
    _annex_titles_below(text, paragraphs, opened, tables)
    opened = _without_annex_notes(text, paragraphs, opened)
    promote_decimal_heads([u for _, u in opened if u is not None])
    if listed:
        nest_listed([u for _, u in opened if u is not None], {p.span[0]: p.level for p in listed})
    nest_bullets(text, [u for _, u in opened if u is not None])
    units: list[Unit] = []
    stack: list[Unit] = []
    tops: dict[int, int] = {}
    numbered: Counter[tuple[int | None, int]] = Counter()  # units counted by _styled_number so far
    for p_index, unit in opened:
        para = paragraphs[p_index]
        if unit is not None:
            unit.index = len(units)
            nest_outer(text, unit, stack)
            shift_level(unit, stack, tops)
            if unit.heading_span[0] in heads:
                _below_table_place(unit, stack, heads)
            while stack and (unit.level == 0 or stack[-1].level >= unit.level):
                stack.pop()
            if stack:
                unit.parent = stack[-1].index
                stack[-1].children.append(unit.index)
            if unit.style in ("styled", "row"):
                unit.label = _styled_number(unit, numbered)
            if _counts_in_outline(unit):
                numbered[(unit.parent, unit.level)] += 1
                if unit.parent is not None:
                    numbered[(None, unit.level)] += 1  # a unit without a parent counts all of its level
            units.append(unit)
            stack.append(unit)
        while heads and stack and para.span[0] >= heads.get(stack[-1].heading_span[0], para.span[1]):
            stack.pop().closed_at = para.span[0]  # the table's rows it heads ended before this paragraph
        if stack:
            para.unit = stack[-1].index
            stack[-1].paragraphs.append(p_index)
    detach_closings(text, units, paragraphs)
    _close_spans(text, units, paragraphs, tables, heads)
    _assign_paths(units)
    _assign_kinds(text, units)
    return Structure(text=text, paragraphs=paragraphs, units=units, tables=tables)


def _row_head(text: str, para: Paragraph, heads: dict[int, int]) -> Unit | None:
    """The unit a task table's row across it opens when no number opens its words (知识产权创造): a heading
    of the rows under it, numbered in paths as a styled heading of its level is (its level is set where it
    is placed: ``_below_table_place``)."""
    s, e = para.span
    if s not in heads or e - s > HEADING_MAX:
        return None
    title, title_span = heading_title(text, s, e, True)
    return Unit(0, 1, "chapter", "", (s, s), para.span, title, title_span, True, style="row")


def _below_table_place(unit: Unit, stack: list[Unit], heads: dict[int, int]) -> None:
    """A task table's row across it heads the rows under it, one level below the unit the table stands in
    (the annex, 三、重点任务分工), whatever number it writes (一、 under 三、 is no chapter of the plan)."""
    outer = next((u for u in reversed(stack) if u.heading_span[0] not in heads), None)
    floor = outer.level + 1 if outer is not None else 1
    if unit.level < floor or (unit.style == "row" and unit.level != floor):
        unit.level = min(floor, len(_STYLED_KINDS))
        unit.kind = _STYLED_KINDS[unit.level - 1]


def _without_body_captions(opened: list[tuple[int, Unit | None]]) -> list[tuple[int, Unit | None]]:
    """An attached table's line (附表1：主要指标, 附：…) opens an annex only at the plan's end: standing
    between two chapters the second of which goes on with the plan's numbering (一、 … 附表1 … 二、), it is a
    caption in the body and opens nothing. A 附件 line opens an annex wherever it stands."""
    captions = [
        i for i, (_, u) in enumerate(opened) if u is not None and u.kind == "annex" and u.label[1:2] != "件"
    ]
    if not captions:
        return opened
    chapters = [(i, u) for i, (_, u) in enumerate(opened) if u is not None and u.level == 1]
    out = list(opened)
    for i in captions:
        before = next((u for j, u in reversed(chapters) if j < i), None)
        after = next((u for j, u in chapters if j > i), None)
        if before is None or after is None or before.style != after.style:
            continue
        number = numeral_value(before.label)
        if number and numeral_value(after.label) == number + 1:
            out[i] = (opened[i][0], None)
    return out


def _without_item_boxes(
    text: str, paragraphs: list[Paragraph], opened: list[tuple[int, Unit | None]]
) -> list[tuple[int, Unit | None]]:
    """A box closed by a line naming bodies (专栏1 高价值专利培育工程 ⏎ … ⏎ 责任单位：A、B) stands inside the
    item above it, whose bodies that line names, and a box whose entries close with notes naming their
    own bodies (专栏1 … ⏎ （1）…建设。…（牵头单位：A；配合单位：B）) lists tasks of the section it stands
    in: either opens nothing, its lines are the item's or the section's. A box naming nobody before the next
    section or chapter (专栏1 重点工程 ⏎ 1．… ⏎ 2．… ⏎ 第四节 …) is a unit of its own."""
    out = list(opened)
    for i, (p, unit) in enumerate(opened):
        if unit is None or unit.style != "box":
            continue
        for q, below in opened[i + 1 :]:
            if below is not None and below.level <= unit.level:
                break
            s, e = trim(text, *paragraphs[q].span)
            if label_at(text, s, e) is not None or _closing_note_names_roles(text, s, e):
                out[i] = (p, None)
                break
    return out


#: Brackets a note closing its paragraph opens with (（…）, 〔…〕, 【…】, ［…］).
_NOTE_OPENERS = "（(〔【［["


def _closing_note_names_roles(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` closes with a bracketed note holding a label or a role word
    (（牵头单位：A；配合单位：B）, （A牵头，B配合）), a full stop after it or not."""
    if end > start and text[end - 1] == "。":
        end -= 1
    opener = CLOSERS.get(text[end - 1]) if end > start else None
    if opener is None or opener not in _NOTE_OPENERS:
        return False
    groups = bracket_groups(text, start, end, _NOTE_OPENERS)
    note = next((g for g in groups if g.closed and g.close == end), None)
    return note is not None and may_name_roles(text, note.open, end)


#: An annex line's title that opens a numbered list of the annexes (附件：1.重点任务分工表).
_LIST_OPENING = re.compile(r"\s*1\s*[.．、]")
#: Longest entry of an annex list (a document's title), and what no title holds.
_ENTRY_MAX = 60
_SENTENCE = re.compile(r"[。；;！!]")


#: What no annex title standing on the line below its 附件1 holds: a sentence's or a field's punctuation
#: (组长：张三, 各单位：), or a date alone (2024年3月1日).
_NO_ANNEX_TITLE = re.compile(r"[。；;！!，,：:？?]|^\s*(?:19|20)\d{2}\s*年[\d\s月日]*$")
_ANNEX_TITLE_MAX = 40
#: A field's label (组长：张三).
_FIELD = re.compile(r"[^。；;，,]{1,12}[：:]")
#: Cells of a row typed with spaces or tabs (序号  任务  牵头单位).
_COLUMN_GAP = re.compile(r"\t|[ \u3000]{2,}|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _annex_titles_below(
    text: str, paragraphs: list[Paragraph], opened: list[tuple[int, Unit | None]], tables: list[TableGrid]
) -> None:
    """An annex line standing alone (附件1, 附件) with its title on the next line (松桃县知识产权工作领导
    小组成员名单) takes that line as its title, as 附件1：X written on one line does: the next paragraph's
    first line is short, no heading of its own and no table's row, with no sentence, field or column gap in
    it, and no wrapped paragraph's first line."""
    for i, (_, unit) in enumerate(opened[:-1]):
        if unit is None or unit.kind != "annex" or unit.title:
            continue
        p_index, below = opened[i + 1]
        para = paragraphs[p_index]
        if below is not None:
            continue
        s, e = trim(text, *para.lines[0])
        if any(t.span[0] <= s < t.span[1] for t in tables) or not _title_line(text, s, e):
            continue
        if len(para.lines) == 2 and _title_line(text, s, trim(text, *para.span)[1]):
            # a long title wrapped, the paragraph its two lines alone (…三年行动计划任务分↵工表)
            title, unit.title_span = heading_title(text, *trim(text, *para.span), True)
            unit.title = squeeze(title) if title else title
            continue
        if len(para.lines) > 1 and not _line_ends_short(text, (s, e), para.lines[1]):
            continue  # the first line of a wrapped paragraph
        unit.title, unit.title_span = heading_title(text, s, e, True)


#: A list's first number before an annex note's title (附件：1．分工表).
_LIST_NUMBER = re.compile(r"\s*1\s*[.．、]\s*")


def _without_contents(
    text: str, paragraphs: list[Paragraph], opened: list[tuple[int, Unit | None]]
) -> list[tuple[int, Unit | None]]:
    """A table of contents' lines open no unit (一、总体要求……1): the plan's headings below do."""
    return [(p, None if u is not None and contents_line(text, *paragraphs[p].span) else u) for p, u in opened]


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _without_annex_notes(
    text: str, paragraphs: list[Paragraph], opened: list[tuple[int, Unit | None]]
) -> list[tuple[int, Unit | None]]:
    """The note closing the body that lists the annexes (附件：分工表, 附件：1．分工表 2．名单) opens no annex
    when the annexes it names open below it, next: 附件 (or 附件1) with that title (or, after a numbered
    list, 附件1). Before, the note and the annex it names stood as two annex units. Nor does a notice's
    note signed right below it, before the plan's first unit (附件：分工表 ↵ 盐亭县人民政府办公室 ↵
    2024年7月2日): the plan the notice issues follows, the annex it names may not."""
    out = list(opened)
    units = [(i, u) for i, (_, u) in enumerate(opened) if u is not None]
    first, note = units[0] if units else (0, None)
    signed = note is not None and note.kind == "annex" and note.label in ("附件", "附表")
    if signed and _signed_below(text, paragraphs, opened, first):
        out[first] = (opened[first][0], None)
    for (i, note), (_, below) in pairwise(units):
        if note.kind != "annex" or below.kind != "annex" or note.label not in ("附件", "附表"):
            continue
        if not note.title or not any(ch in "：:" for ch in text[slice(*note.marker_span)]):
            continue  # a note writes its annexes after a colon
        listed = _LIST_NUMBER.match(note.title)
        if listed is not None:
            names = below.label[1:] == note.label[1:] + "1"
        else:
            names = below.label == note.label and _same_title(below.title or "", note.title)
        if names:
            out[i] = (opened[i][0], None)
    return out


#: A bracket closing an annex's title (（2025年）, （试行）): the note listing the annex may leave it out.
_TITLE_BRACKET = re.compile(r"[（(][^（()）]{1,12}[)）]$")


def _same_title(title: str, listed: str) -> bool:
    """An annex's ``title`` is the one its note ``listed``, white space aside, a bracket closing either left
    out (…主要指标分解表（2025年） listed as …主要指标分解表)."""
    a, b = squeeze(title), squeeze(listed)
    return a == b or _TITLE_BRACKET.sub("", a) == _TITLE_BRACKET.sub("", b)


def _signed_below(
    text: str, paragraphs: list[Paragraph], opened: list[tuple[int, Unit | None]], at: int
) -> bool:
    """The paragraph after the annex note ``opened[at]`` (past the entries listing its annexes, which open
    nothing) opens with a dated signature, whose lines may stand in paragraphs of their own (湖南省市场监督
    管理局 ↵ （湖南省知识产权局） ↵ 湖南省财政厅 ↵ 二〇二四年三月十五日, a bracket closing a paragraph)."""
    lines: list[Span] = []
    for p_index, unit in opened[at + 1 :]:
        para = paragraphs[p_index]
        if unit is not None or (para.opening and para.opening[2] is not None and not lines):
            if unit is not None or lines:
                break
            continue  # an entry of the list (2．名单)
        lines += para.lines
        if len(lines) >= SIGNATURE_LINES:
            break
    return opens_signed(text, lines)


def _title_line(text: str, s: int, e: int) -> bool:
    """The line ``text[s:e]`` may be a title: short, no sentence, field or row of cells."""
    return (
        0 < e - s <= _ANNEX_TITLE_MAX
        and not _NO_ANNEX_TITLE.search(text[s:e])
        and not _COLUMN_GAP.search(text, s, e)
    )


def _line_ends_short(text: str, line: Span, after: Span) -> bool:
    """A title line joined to the text below it (成员名单 ↵ 组长：张三; 分工表 ↵ 序号  任务  牵头单位): the
    line is shorter than the next (a wrapped line runs to the margin), or the next is a field or a table's
    row."""
    s, e = trim(text, *after)
    return (
        line[1] - line[0] < e - s
        or _FIELD.search(text, s, e) is not None
        or _COLUMN_GAP.search(text, s, e) is not None
    )


def _without_annex_entries(
    text: str, paragraphs: list[Paragraph], opened: list[tuple[int, Unit | None]]
) -> list[tuple[int, Unit | None]]:
    """The numbered lines listing the annexes after 附件：1.重点任务分工表 (or after 附件： alone) are
    entries of the annex line, not items of the plan: 2.指标分解表 opens nothing (no unit, so no task).
    Each entry goes on with the list's numbering and is one title, short and with no sentence in it."""
    out = list(opened)
    expected = 0  # the number the next entry of an open annex list has (0: no list open)
    for i, (p_index, unit) in enumerate(opened):
        if unit is None:
            continue
        if unit.kind == "annex":
            title = (unit.title or "").strip()
            listing = unit.label in ("附件", "附表")  # 附件：, not 附件1 (one annex, its text below)
            expected = 0 if not listing else 2 if _LIST_OPENING.match(title) else 1 if not title else 0
            continue
        if expected and unit.kind in ("item", "subitem") and numeral_value(unit.label) == expected:
            para = paragraphs[p_index]
            words = text[unit.marker_span[1] : para.lines[0][1]].strip()
            # the lines after the entry's own (a signature joined to it) hold no sentence either
            if 0 < len(words) <= _ENTRY_MAX and not _SENTENCE.search(text, unit.marker_span[1], para.span[1]):
                out[i] = (p_index, None)
                expected += 1
                continue
        expected = 0
    return out


def _styled_number(unit: Unit, numbered: Counter[tuple[int | None, int]]) -> str:
    """A styled heading's number: its place among the units of its level under its parent counted so far
    (``numbered``, by parent and level: styled headings, and numbered headings among them: ## 一、主要目标,
    then ## 重点任务 is 二); a unit without a parent among all of its level."""
    return format_number(numbered[(unit.parent, unit.level)] + 1, _STYLED_FORMATS[unit.level - 1])


def _counts_in_outline(unit: Unit) -> bool:
    """The unit counts for the number of a styled heading after it: a styled heading, or a numbered
    heading standing alone."""
    return unit.style in ("styled", "row") or (unit.heading_only and unit.style != "")


def _close_spans(
    text: str, units: list[Unit], paragraphs: list[Paragraph], tables: list[TableGrid], heads: dict[int, int]
) -> None:
    """A unit runs from its heading to the end of the last paragraph or table under it (a row across a task
    table: the rows it heads, ``heads``), and never past the next unit of the same or a higher level, nor
    past a closing paragraph that is not its own. One pass with a stack."""
    own_end = [
        max(
            (paragraphs[p].span[1] for p in u.paragraphs),
            default=heads.get(u.heading_span[0], u.heading_span[1]),
        )
        for u in units
    ]
    table_spans = sorted(t.span for t in tables)
    stack: list[Unit] = []

    def close(unit: Unit, boundary: int) -> None:
        if unit.closed_at is not None:
            boundary = min(boundary, unit.closed_at)
        inside = [e for s, e in table_spans if unit.heading_span[1] <= s < boundary]
        last = max(own_end[unit.index], *inside) if inside else own_end[unit.index]
        unit.span = (unit.heading_span[0], min(boundary, max(last, unit.heading_span[1])))
        if unit.parent is not None:
            own_end[unit.parent] = max(own_end[unit.parent], unit.span[1])

    for unit in units:
        while stack and (unit.level == 0 or stack[-1].level >= unit.level):
            close(stack.pop(), unit.heading_span[0])
        stack.append(unit)
    while stack:
        close(stack.pop(), len(text))


def _assign_paths(units: list[Unit]) -> None:
    """Paths join the labels from the chapter down (四.(一).1); a decimal number (2.1.1) is written once,
    not after the decimal numbers it extends (2, 2.1)."""
    seen: dict[str, int] = {}
    bullets: dict[int | None, int] = {}  # bulleted units so far under each parent: their numbers in paths
    # an annex after a body numbered on its own numbers its units under its path (附件1.一.1), as its tables'
    # rows are (附件1.表1.1); an annex holding the plan itself (a notice's 附件 ↵ …方案 ↵ 一、…) does not
    # (附件1 ↵ …方案 ↵ 一、…); a later annex after such a plan numbers its own (附件2.1)
    numbered = False  # a numbered unit so far
    prefixed: set[int] = set()  # the annexes after one
    for unit in units:
        if unit.kind == "annex" and numbered:
            prefixed.add(unit.index)
        numbered = numbered or unit.level > 0
        if unit.style == "bullet":
            bullets[unit.parent] = bullets.get(unit.parent, 0) + 1
            unit.label = str(bullets[unit.parent])
        if unit.level == 0:
            path = unit.label or "heading"
        else:
            path = _label(unit)
            parent = unit.parent
            while parent is not None and units[parent].level > 0:
                above = units[parent]
                if not (unit.style == above.style == "decimal" and unit.label.startswith(f"{above.label}.")):
                    # the nearest unit above whose number it writes: its path, told apart as it is (二~2.(一))
                    path = f"{above.path}.{path}"
                    parent = None
                    break
                parent = above.parent
            if parent is not None and parent in prefixed:
                path = f"{units[parent].path}.{path}"
        count = seen.get(path, 0) + 1
        seen[path] = count
        unit.path = path if count == 1 else f"{path}~{count}"


def _assign_kinds(text: str, units: list[Unit]) -> None:
    """A chapter's kind comes from its heading, as does a top article's (第四条 组织保障); units under it
    inherit it, except that a goals heading
    (（二）发展目标, 第一节 主要目标, or a goals sentence: （二）到2025年，全县…) inside a guidance
    chapter (总体要求) makes a goals unit; so does a chapter heading that is a goals sentence with no units
    under it, and an item of an annex titled as the goals (附件1 主要目标)."""
    for unit in units:
        if unit.level == 0:
            unit.chapter_kind = "annex" if unit.kind == "annex" else "preamble"
        elif unit.parent is None or units[unit.parent].level == 0:
            # 第一条 总体目标。… / 第四条 组织保障。…: an article names its kind as a chapter does
            named = unit.level == 1 or unit.style == "article"
            unit.chapter_kind = chapter_kind(unit.title) if named else "tasks"
            if unit.chapter_kind == "tasks" and (
                (not unit.children and goal_sentence(text, unit) is not None)
                or (unit.parent is not None and _goals_annex(units[unit.parent]))
            ):
                # 二、到2025年，全县…达到500件: the chapter states a goal; 附件1 主要目标 ⏎ 1.有效发明专利…: a
                # goal of an annex listing the goals
                unit.chapter_kind = "goals"
        else:
            inherited = units[unit.parent].chapter_kind
            # only a unit of the guidance chapter is read for a goals heading (chapter_kind runs its patterns)
            own_goals = inherited == "guidance" and (
                (bool(unit.title) and chapter_kind(unit.title) == "goals")
                or goal_sentence(text, unit) is not None
            )
            unit.chapter_kind = "goals" if own_goals else inherited
        if unit.style == "box":
            unit.chapter_kind = _box_kind(unit)
        if unit.parent is not None and units[unit.parent].chapter_kind == "phases":
            unit.chapter_kind = "phases"  # under a unit made a phases one below (its children come after it)
        elif unit.chapter_kind in _MAY_HOLD_PHASES and _lists_phases(units, unit):
            unit.chapter_kind = "phases"


def _box_kind(unit: Unit) -> str:
    """A box of a 规划 (专栏1 重点工程 ⏎ 1．… 建设培育中心3个): what its title names (专栏2 重点任务分工:
    tasks), else the goals: its entries list the projects and the quantities the plan aims at, no one's work,
    and never the work of the task standing above it, whose bodies are no part of them."""
    named = _named_kind(unit.title) if unit.title else None
    return named if named is not None and named != "tasks" else "goals"


def _goals_annex(unit: Unit) -> bool:
    """``unit`` is an annex titled as the goals (附件1 ⏎ 北流市知识产权强县建设主要目标)."""
    return unit.kind == "annex" and bool(unit.title) and chapter_kind(unit.title) == "goals"


#: Kinds of units whose sub-units, when every one is a dated phase, make them a phases unit (三、组织实施 over
#: （一）部署阶段（2023年10月—11月）… / （二）推进阶段（…）).
#: Chapters whose units are work: tasks (tasks.py), and so are their closing paragraphs that oblige a body
#: (closing_tasks.py).
WORK_CHAPTERS = ("tasks", "safeguards", "phases")
_MAY_HOLD_PHASES = ("safeguards", "tasks", "guidance")


@cache
def _phase_heading() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in document_vocabulary().phase_patterns))


@cache
def _dated_step_chapter() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in document_vocabulary().dated_step_chapters) or "(?!)")


#: A step of a phases chapter named and dated with no 阶段 word (（一）动员部署（2025年4月至6月）, 2.评估总结
#: (2027年7月—12月), 1.部署启动（2024年2月底前）): a short name, then a bracket holding its time, closing the
#: heading; or its time, a colon and its name (（一）2024年7月—8月：动员部署).
DATED_STEP = re.compile(
    r"[^（()）。；;，,：:]{2,20}[（(][^（()）]{0,12}(?:19|20)\d{2}\s*+年[^（()）]{0,20}[）)]"
    # or its time first, then a colon and its name: （一）2024年7月—8月：动员部署
    r"|(?:19|20)\d{2}\s*+年[^（()）。；;，,：:]{0,16}[：:]\s*+[^（()）。；;，,：:\d]{2,12}"
)


def _lists_phases(units: list[Unit], unit: Unit) -> bool:
    """The unit's sub-units (two or more) are all phases with their times (部署阶段（2023年10月—11月）, or a
    第一阶段 marker with a year in its heading): a phases chapter whatever its heading says (组织实施); or,
    under a heading that names an arrangement (工作安排, 实施安排: document_types.yaml dated_step_chapters),
    all steps named and dated (组织实施（2024年3月—10月）)."""
    if unit.level == 0 or len(unit.children) < 2:
        return False
    steps: bool | None = None  # whether the heading lets dated steps count (read once, when needed)
    for i in unit.children:
        child = units[i]
        title = child.title or ""
        if (child.kind == "phase" or _phase_heading().search(title)) and CALENDAR_YEAR.search(title):
            continue
        if steps is None:
            head = _CLAUSE_END.split(unit.title or "", maxsplit=1)[0]
            steps = _dated_step_chapter().search(head) is not None
        if not steps or DATED_STEP.fullmatch(title) is None:
            return False
    return True
