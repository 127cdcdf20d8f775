"""Markdown as document converters write it (pandoc, a web page or a Word file converted, an editor's export),
brought to the one form the extractor reads: # headings, pipe tables and plain lines.

- A setext heading (its line underlined with === or ---) is a heading as a # line is: the underline goes
  from the canonical text and the line above it is recorded as a heading of level 1 (===) or 2 (---).
- A grid table (+----+----+ borders, a cell's words wrapped over several lines between | bars) and an HTML
  table left in the Markdown (a converter's output for merged or many-paragraph cells) become pipe tables,
  one line a row: a cell's wrapped lines join up, its own line breaks are written <br> (read as a cell's
  line break), a merged cell's text stands in each row and column it covers.
- An HTML comment (<!-- … -->, on one line or over several) goes: an editor's note, no words of the text.
- HTML left inside the lines (<p>, <div align="right">, <br>, <font>, <span style=…>, &nbsp;, &#12288;):
  a block's tags and <br> end a line, other tags go and entities are read as the characters they are; a
  line <h2>…</h2> is a heading line (## …). A pipe table's row keeps its <br> (a cell's line break).
- A block quote's marks (> opening a line, > > or >> nested, up to three spaces before each and one after the
  last) go: a reposted article's quoted lead, target box or requirements read as the plan's own lines.

Each rewrite is tried only when the cheap test finds its mark in the text (an underline, a +-- border, a
tag or an entity), and reads each line once.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from bs4 import BeautifulSoup
from bs4.element import Tag

from loaders.base import display_columns
from loaders.html import expand_rows
from ontology.vocab import document_vocabulary

# --- block quotes ------------------------------------------------------------------

#: A block quote's marks opening a line: > (nested: > > or >>), up to three spaces before each, one after.
_QUOTE_MARKS = re.compile(r"^[ \t]{0,3}>(?:[ \t]{0,3}>)*[ \t]?", re.MULTILINE)


def quote_marks(text: str) -> str:
    """``text`` without the marks of its block quotes: a quoted line reads as the line it quotes (a heading,
    a table's row, a paragraph's line)."""
    if ">" not in text:
        return text
    return _QUOTE_MARKS.sub("", text)


# --- HTML comments -----------------------------------------------------------------

_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"


def html_comments(text: str) -> str:
    """``text`` without its HTML comments (<!-- … -->), over as many lines as they run: an editor's export
    opening with the draft's name and the time it was saved (<!-- ↵ XX市2025年知识产权工作要点（征求意见稿） ↵
    导出：2025-02-10 ↵ -->) holds no words of the document; its lines read as the plan's, the draft's name
    was taken for the title. An unclosed <!-- is left as it stands. One pass over the text."""
    if _COMMENT_OPEN not in text:
        return text
    pieces: list[str] = []
    at = 0
    while (start := text.find(_COMMENT_OPEN, at)) >= 0:
        end = text.find(_COMMENT_CLOSE, start + len(_COMMENT_OPEN))
        if end < 0:
            break
        pieces.append(text[at:start])
        at = end + len(_COMMENT_CLOSE)
    pieces.append(text[at:])
    return "".join(pieces)


# --- front matter and backslash escapes --------------------------------------------

#: The keys of a YAML front matter whose values are the document's own words: its title, and the date it
#: was written or put up (an editor's or a site generator's export: title: "…", date: 2024-04-08).
_FRONT_KEYS = ("title", "date")
#: A front matter's field: a key (in Latin letters or in Chinese: 文号, 发文机关), a colon, its value (perhaps
#: quoted).
_FRONT_FIELD = re.compile(r"([^\W\d][\w-]*)[ \t]*[:：][ \t]*(.*)")
#: A value written as a YAML flow list ([A, B]): its items.
_FLOW_LIST = re.compile(r"\[(.*)\]")


def front_matter(text: str) -> str:
    """``text`` with a YAML front matter opening it (--- … --- or ...) read as the document's lines: the
    values of its title and date on lines of their own, its keys and other fields (author, tags, layout:
    the exporter's, no words of the plan) gone. Without this, the key stood in the plan's title
    (title:XX县2024年知识产权工作要点). A field keyed by a label of a document's record (文号,
    发文机关, 成文日期: document_types.yaml ``masthead.labels``) is the page's record of the document, as a
    portal prints it above the title: a line 文号：… before the title's, read for the plan's number, issuer
    or date as such a line is; a flow list's items ([A, B]) are listed with 、."""
    if not text.startswith("---"):
        return text
    lines = text.split("\n")
    end = _front_matter(lines)
    if not end:
        return text
    values, record = [], []
    labels = _record_labels()
    for line in lines[1 : end - 1]:
        m = _FRONT_FIELD.fullmatch(line.strip())
        if m is None or not (value := _front_value(m.group(2))):
            continue
        if m.group(1).lower() in _FRONT_KEYS:
            values.append(value)
        elif m.group(1) in labels:
            record.append(f"{m.group(1)}：{value}")
    return "\n".join([*record, *values, "", *lines[end:]])


def _front_value(value: str) -> str:
    """A front matter field's value as words: unquoted, a flow list's items parted by 、."""
    value = value.strip().strip("\"'")
    listed = _FLOW_LIST.fullmatch(value)
    if listed is None:
        return value
    return "、".join(item.strip().strip("\"'") for item in listed.group(1).split(",") if item.strip())


@cache
def _record_labels() -> frozenset[str]:
    """The labels of a document's record a front matter may key its fields by (the page's own labels,
    浏览次数 or 栏目, none of the document's)."""
    return frozenset(document_vocabulary().masthead.labels)


#: A backslash escape: a backslash before an ASCII punctuation mark, which Markdown reads as the mark itself
#: (pandoc writes 1\. for a paragraph opening with a number that is no list, \[ \] \* \~ for marks that are
#: no markup); an escaped bar stays, the bar inside a table's cell.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{}~])")
#: A backslash closing a line: pandoc's hard line break inside a paragraph (a signature's lines), no word.
_HARD_BREAK = re.compile(r"\\(?=\n)")


#: An image (![alt](src) and pandoc's size after it, {width="5.8in"}): a picture (a red header's, a seal),
#: no words of the text.
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)(?:\{[^}\n]*\})?")
#: An inline link ([text](address), an address holding brackets of its own) or pandoc's bracketed span with
#: its attributes ([200]{.underline}, the words underlined in the Word file): its words.
_LINK = re.compile(r"\[([^\]\n]*)\](?:\((?:[^()\n]|\([^()\n]*\))*\)(?:\{[^}\n]*\})?|\{[^}\n]*\})")
#: A footnote's mark ([^1]) in the text, or opening its note at the end ([^1]: …).
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]:?[ \t]*")


def inline_markup(text: str) -> str:
    """``text`` with its links read as their words (…（[区知识产权局](http://…)负责）→ …（区知识产权局负责）),
    pandoc's spans as theirs ([200]{.underline}件 → 200件), images gone and footnotes' marks gone (a note
    keeps its words, as a paragraph of its own)."""
    if "[" not in text or ("](" not in text and "]{" not in text and "[^" not in text):
        return text
    text = _IMAGE.sub("", text) if "![" in text else text
    text = _LINK.sub(r"\1", text)
    return _FOOTNOTE.sub("", text) if "[^" in text else text


def backslash_escapes(text: str) -> str:
    r"""``text`` with its backslash escapes read as the marks they escape (1\. 推动… → 1. 推动…, 2024\~2026年
    → 2024~2026年), so that a numbered item, a period or a quoted mark reads as written."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(r"\1", _HARD_BREAK.sub("", text))


#: pandoc's smart dashes: an em dash written --- (a double one, ——, six), an en dash -- between two marks of
#: the text, never beside a space, a bar, a +, a colon or another mark of markup (a table's rule, | --- |,
#: |:---:|, <!-- -->).
_SMART_DASHES = re.compile(r"([^\s\-|+:<>\\])(-{6}|-{3}|-{2})(?=[^\s\-|+:<>])")
_DASHES = {"--": "\u2013", "---": "\u2014", "------": "\u2014\u2014"}


def smart_dashes(text: str) -> str:
    """``text`` with pandoc's ASCII dashes read as the dashes they write: a Word file's em dash comes out of
    ``pandoc -t markdown`` as --- (知识产权强国建设纲要（2021---2035年）) and its en dash as --, so a title,
    a cited title and a range of years read with the dash the document has (2021—2035年). A run standing
    alone (a table's rule, a cell's ---, a horizontal rule) is no dash of the words."""
    if "--" not in text:
        return text
    return _SMART_DASHES.sub(lambda m: m.group(1) + _DASHES[m.group(2)], text)


# --- setext headings ---------------------------------------------------------------

#: A setext heading's underline: three or more = or - (up to three spaces before, spaces after).
_UNDERLINE = re.compile(r" {0,3}(=|-)\1{2,}[ \t]*")
#: Lines that are no setext heading's text: a # heading, a quote, a table's row or border, a list's item,
#: an underline or rule itself.
_NOT_HEADING_TEXT = re.compile(r"\s*(?:[#>|+]|[-*+•●](?:\s|$)|\d{1,3}[.)](?:\s|$)|[=\-_*]{3,}\s*$)")


def _front_matter(lines: list[str]) -> int:
    """How many lines a YAML front matter block opening the text takes (--- … --- or ...), 0 if none."""
    if not lines or lines[0].strip() != "---":
        return 0
    return next((k + 1 for k in range(1, min(len(lines), 200)) if lines[k].strip() in ("---", "...")), 0)


def setext_headings(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """``text`` without its setext underlines, and the heading lines they underlined: (start, end, level) in
    the new text. A heading's text is one line with a blank line (or the text's start) above it; an
    underline under anything else (a blank line, a paragraph's second line, a list item, a table row) is a
    rule and stays."""
    if "===" not in text and "---" not in text:
        return text, []
    lines = text.split("\n")
    first = _front_matter(lines)
    kept: list[str] = []
    found: list[tuple[int, int, int]] = []
    at = 0  # where the next kept line starts in the new text
    for k, line in enumerate(lines):
        m = _UNDERLINE.fullmatch(line) if k >= first and kept else None
        if m is not None and _heading_text(kept):
            above = kept[-1]
            start = at - len(above) - 1
            level = 1 if m.group(1) == "=" else 2
            found.append((start + len(above) - len(above.lstrip()), start + len(above.rstrip()), level))
            continue
        kept.append(line)
        at += len(line) + 1
    return ("\n".join(kept), found) if found else (text, [])


def _heading_text(kept: list[str]) -> bool:
    """The last kept line can be a setext heading's text: words, a paragraph of their own."""
    above = kept[-1]
    return (
        bool(above.strip())
        and (len(kept) < 2 or not kept[-2].strip())
        and _NOT_HEADING_TEXT.match(above) is None
    )


# --- tables ------------------------------------------------------------------------

#: A grid table's border: + then runs of - (or = under its header, : for alignment) each closed by +.
_BORDER = re.compile(r"\s*\+(?:[-=:]+\+)+\s*")
#: A grid table's row line; one closing a cell merged down writes a border run beside the bars (|  +---+).
_GRID_ROW = re.compile(r"\s*[|+].*[|+]\s*")
#: A cell's line break as a pipe table writes it.
_BR = "<br>"


def _hard_break(words: str) -> bool:
    """Whether a cell's line closes with pandoc's hard line break: one backslash (a Word cell's Shift+Enter);
    two are an escaped backslash, a word's."""
    return words.endswith("\\") and (len(words) - len(words.rstrip("\\"))) % 2 == 1


def marks_breaks(pieces: list[str]) -> bool:
    """Whether a grid cell's lines write its breaks themselves, as pandoc's grid tables do: a line closing
    with a hard break's backslash, or a blank line between two of its lines (a paragraph's end)."""
    seen = blank = False
    for piece in pieces:
        words = piece.strip()
        if not words:
            blank = seen
            continue
        if blank or _hard_break(words):
            return True
        seen = True
    return False


def join_cell(pieces: list[str], width: int, *, marked: bool = False) -> str:
    """A grid cell's text from its lines: a line that fills the cell's width wraps on into the next (joined
    with no space between CJK words, one between Latin ones); a shorter one ends a line of the cell (<br>);
    a blank line parts its paragraphs, and a line closing with a hard break's backslash ends a line too.
    In a table that writes its breaks itself (``marked``: pandoc's, see marks_breaks) every other line
    wraps on, however short: pandoc cuts a CJK paragraph's first line where it likes (围绕新 ↵ 能源新材料…,
    市委金 ↵ 融办牵头), never where the Word cell broke its line."""
    out = ""
    wraps = False
    for piece in pieces:
        words = piece.strip()
        if not words:
            wraps = False
            if out and not out.endswith(_BR):
                out += _BR
            continue
        if out and not out.endswith(_BR):
            if not wraps:
                out += _BR
            elif out[-1].isascii() and out[-1].isalnum() and words[0].isascii() and words[0].isalnum():
                out += " "
        if _hard_break(words):
            out += words[:-1].rstrip() + _BR
            wraps = False
            continue
        out += words
        wraps = marked or (
            display_columns(words) >= width - 3
        )  # the cell's width less its padding, a wide character's slack
    return out.removesuffix(_BR)


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _pipe_separator(count: int) -> str:
    return "|" + " --- |" * count


def _grid_table(lines: list[str]) -> list[str] | None:
    """The pipe table of a grid table's lines (borders first and last), or None when its rows do not split
    into its border's columns (a cell merged across columns or rows): those lines are left as they are."""
    border = lines[0].strip()
    widths = [len(run) for run in border[1:-1].split("+")]
    rows: list[list[list[str]]] = []
    header_rows = 0
    current: list[list[str]] | None = None
    for line in lines[1:]:
        if _BORDER.fullmatch(line):
            if current is None or [len(run) for run in line.strip()[1:-1].split("+")] != widths:
                return None
            rows.append(current)
            current = None
            if "=" in line and not header_rows:
                header_rows = len(rows)
            continue
        pieces = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        if len(pieces) != len(widths):
            return None
        current = current or [[] for _ in widths]
        for column, piece in zip(current, pieces, strict=True):
            column.append(piece)
    if current is not None or not rows:
        return None
    marked = any(marks_breaks(column) for row in rows for column in row)
    cells = [
        [join_cell(column, width, marked=marked) for column, width in zip(row, widths, strict=True)]
        for row in rows
    ]
    out = [_pipe_row(row) for row in cells]
    out.insert(max(header_rows, 1), _pipe_separator(len(widths)))
    return out


#: What a grid line parts its cells with, and what a border run between two + is made of.
_BARS = re.compile(r"[|+]")
_RUN_MARKS = frozenset("-=:")


@dataclass
class _GridCell:
    """A cell of a grid table with merged cells: the columns it covers, the border lines above and below
    it, its lines."""

    first: int
    last: int  # one past its last column
    top: int
    pieces: list[str] = field(default_factory=list)
    bottom: int | None = None


def _segments(line: str, stops: dict[int, int]) -> list[tuple[int, int, str]] | None:
    """A grid line's segments between bars standing at the border's column boundaries: (first column, one
    past the last, words); None unless the line opens and closes at the table's edges. A bar or + inside a
    cell's words (not at a boundary, or escaped) is a word."""
    found: list[tuple[int, int]] = []  # (boundary, index in line) of each bar at a boundary
    width, seen = 0, 0  # the display width of line[:seen]
    for bar in _BARS.finditer(line):
        at = bar.start()
        width += display_columns(line[seen:at])
        seen = at
        if width in stops and not (line[at] == "|" and at and line[at - 1] == "\\"):
            found.append((stops[width], at))
    if len(found) < 2 or found[0][0] != 0 or found[-1][0] != len(stops) - 1:
        return None
    if line[: found[0][1]].strip() or line[found[-1][1] + 1 :].strip():
        return None
    return [(a, b, line[i + 1 : j]) for (a, i), (b, j) in pairwise(found)]


def _close_under(open_cells: list[_GridCell | None], ruled: list[int], k: int) -> bool:
    """Close the cells above the border runs of line ``k`` crossing the columns ``ruled``; False when a
    column there has no open cell (an empty row) or a cell is ruled under only some of its columns."""
    crossed = set(ruled)
    closed: set[int] = set()
    for c in ruled:
        if c in closed:
            continue
        cell = open_cells[c]
        if cell is None or any(x not in crossed for x in range(cell.first, cell.last)):
            return False
        cell.bottom = k
        for x in range(cell.first, cell.last):
            open_cells[x] = None
            closed.add(x)
    return True


def _spanned_cells(lines: list[str], widths: list[int]) -> tuple[list[_GridCell], list[int], int] | None:
    """The cells of a grid table whose cells may be merged across rows (a border run under some columns
    only) or columns (no bar between them), the border lines parting its rows, and how many rows its header
    takes; None when the lines do not make such a grid."""
    stops: dict[int, int] = {}
    at = len(lines[0]) - len(lines[0].lstrip())
    for column, width in enumerate([0, *widths]):
        at += width + (column > 0)
        stops[at] = column
    open_cells: list[_GridCell | None] = [None] * len(widths)
    tops = [0] * len(widths)
    cells: list[_GridCell] = []
    borders: list[int] = [0]
    header = 0
    for k, line in enumerate(lines[1:], start=1):
        parts = _segments(line, stops)
        if parts is None:
            return None
        ruled: list[int] = []  # the columns a border run crosses on this line
        for first, last, words in parts:
            if words and set(words) <= _RUN_MARKS:  # a border run: the cells above it end here
                ruled.extend(range(first, last))
                header = header or (k if "=" in words else 0)
                continue
            cell = open_cells[first]
            if cell is None:
                cell = _GridCell(first, last, tops[first])
                if any(tops[c] != cell.top or open_cells[c] is not None for c in range(first, last)):
                    return None
                open_cells[first:last] = [cell] * (last - first)
                cells.append(cell)
            elif cell.last != last:
                return None
            cell.pieces.append(words)
        if ruled and not _close_under(open_cells, ruled, k):
            return None
        for c in ruled:
            tops[c] = k
        if ruled:
            borders.append(k)
    if any(c is not None for c in open_cells) or borders[-1] != len(lines) - 1:
        return None
    return cells, borders, borders.index(header) if header else 0


def _merged_grid_table(lines: list[str]) -> list[str] | None:
    """The pipe table of a grid table with merged cells, a merged cell's text standing in each row and column
    it covers (as an HTML table's does); None when the lines make no grid."""
    border = lines[0].strip()
    widths = [len(run) for run in border[1:-1].split("+")]
    read = _spanned_cells(lines, widths)
    if read is None:
        return None
    cells, borders, header_rows = read
    row_of = {line: r for r, line in enumerate(borders)}
    marked = any(marks_breaks(cell.pieces) for cell in cells)
    grid: list[list[str | None]] = [[None] * len(widths) for _ in borders[1:]]
    for cell in cells:
        width = sum(widths[cell.first : cell.last]) + cell.last - cell.first - 1
        words = join_cell(cell.pieces, width, marked=marked)
        for r in range(row_of[cell.top], row_of[cell.bottom or 0]):
            for c in range(cell.first, cell.last):
                if grid[r][c] is not None:
                    return None
                grid[r][c] = words
    if any(c is None for row in grid for c in row):
        return None
    out = [_pipe_row([c or "" for c in row]) for row in grid]
    out.insert(max(header_rows, 1), _pipe_separator(len(widths)))
    return out


def grid_tables(text: str) -> str:
    """``text`` with each grid table written as a pipe table (see the module's note)."""
    if "+-" not in text and "+=" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        if not _BORDER.fullmatch(lines[k]):
            out.append(lines[k])
            k += 1
            continue
        end = k + 1
        while end < len(lines) and (_BORDER.fullmatch(lines[end]) or _GRID_ROW.fullmatch(lines[end])):
            end += 1
        while end > k + 1 and not _BORDER.fullmatch(lines[end - 1]):
            end -= 1  # the table closes with a border
        table = (_grid_table(lines[k:end]) or _merged_grid_table(lines[k:end])) if end - k >= 3 else None
        out.extend(table if table is not None else lines[k:end])
        k = end
    return "\n".join(out)


#: A simple table's rule under its header: runs of - parted by spaces, one a column (two at least); a
#: multiline table's rule above its header and below its last row: one run.
_RUNS = re.compile(r" {0,3}-{2,}(?: +-{2,})+ *")
_RULE = re.compile(r" {0,3}-{6,} *")
_RUN = re.compile(r"-+")


def _cuts(line: str, starts: list[int]) -> list[str]:
    """``line`` cut at the display columns ``starts`` (the first column's start aside): the text of each
    column, a wide character counted two columns. Reads the line's characters once."""
    cells = [""] * len(starts)
    column, col = 0, 0
    for ch in line:
        while column + 1 < len(starts) and col >= starts[column + 1]:
            column += 1
        cells[column] += ch
        col += 2 if ord(ch) > 0x2E7F else 1
    return cells


def _simple_table(lines: list[str], header: int, rule: int, multiline: bool) -> tuple[list[str], int] | None:
    """The pipe table of a simple (or multiline) table whose header opens at ``lines[header]`` and whose
    column rule is ``lines[rule]``, and the index of the line after the table; None when it has no row. A
    simple table's rows run to a blank line, one line each; a multiline table's rows are parted by blank
    lines, and a rule of one run closes it."""
    runs = list(_RUN.finditer(lines[rule]))
    starts = [0] + [m.start() for m in runs[1:]]
    widths = [m.end() - m.start() for m in runs]
    groups: list[list[str]] = [lines[header:rule]]
    end = rule + 1
    if multiline:
        closing = next(
            (
                k
                for k in range(rule + 1, min(len(lines), rule + _MOST_ROW_LINES))
                if _RULE.fullmatch(lines[k])
            ),
            None,
        )
        if closing is None:
            return None
        for k in range(rule + 1, closing):
            if lines[k].strip():
                if k == rule + 1 or not lines[k - 1].strip():
                    groups.append([])
                groups[-1].append(lines[k])
        end = closing + 1
    else:
        while end < len(lines) and lines[end].strip() and not _RUNS.fullmatch(lines[end]):
            groups.append([lines[end]])
            end += 1
    if len(groups) < 2:
        return None
    rows = []
    for group in groups:
        columns = zip(*(_cuts(line, starts) for line in group), strict=True)
        rows.append(
            [join_cell(list(column), width + 2) for column, width in zip(columns, widths, strict=True)]
        )
    out = [_pipe_row(row) for row in rows]
    out.insert(1, _pipe_separator(len(starts)))
    return out, end


#: Most lines of a multiline table's header, and of its body (a longer run is no such table): bounds on
#: how far a rule's table is looked for, so that a text of many rules is read in linear time.
_MOST_HEADER_LINES = 8
_MOST_ROW_LINES = 2000

#: The cheap test: a line opening with two dash runs.
_RUNS_LINE = re.compile(r"^ {0,3}-{2,} +-{2,}", re.MULTILINE)


def simple_tables(text: str) -> str:
    """``text`` with each simple or multiline table (pandoc's tables of columns aligned with spaces under a
    rule of dash runs) written as a pipe table (see the module's note)."""
    if _RUNS_LINE.search(text) is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    done = 0  # lines[:done] are in out
    k = 1
    while k < len(lines):
        above = lines[k - 1]
        if k <= done or not above.strip() or above.lstrip().startswith("|") or not _RUNS.fullmatch(lines[k]):
            k += 1
            continue
        top = k - 1  # a multiline table's header may run over a few lines, under a rule of one run
        while (
            top > max(done, k - _MOST_HEADER_LINES)
            and lines[top - 1].strip()
            and not _RULE.fullmatch(lines[top - 1])
        ):
            top -= 1
        multiline = top > done and _RULE.fullmatch(lines[top - 1]) is not None
        header = top if multiline else k - 1
        found = _simple_table(lines, header, k, multiline)
        if found is None:
            k += 1
            continue
        table, end = found
        out += lines[done : header - 1 if multiline else header]
        out += table
        done = k = end
    out += lines[done:]
    return "\n".join(out)


_TABLE_OPEN = re.compile(r"<table\b", re.IGNORECASE)
_TABLE_TAG = re.compile(r"<(/?)table\b[^<>]{0,1000}>", re.IGNORECASE)


def _html_table_spans(text: str) -> list[tuple[int, int]]:
    """The outermost <table>…</table> elements of ``text``, in one pass over their tags (nested tables
    inside them, an unclosed one passed over)."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for m in _TABLE_TAG.finditer(text):
        if not m.group(1):
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, m.end()))
    return spans


def _html_table(markup: str) -> str:
    """The pipe table of an HTML table (its first row the header), on lines of its own."""
    table = BeautifulSoup(markup, "lxml").find("table")
    rows = expand_rows(table) if isinstance(table, Tag) else []
    width = max((len(row) for row in rows), default=0)
    if not width:
        return "\n"
    lines = [_pipe_row([c.replace("\n", _BR) for _, c in row] + [""] * (width - len(row))) for row in rows]
    lines.insert(1, _pipe_separator(width))
    return "\n\n" + "\n".join(lines) + "\n\n"


def html_tables(text: str) -> str:
    """``text`` with each HTML table left in it written as a pipe table (see the module's note)."""
    if _TABLE_OPEN.search(text) is None:
        return text
    spans = _html_table_spans(text)
    if not spans:
        return text
    pieces: list[str] = []
    at = 0
    for start, end in spans:
        pieces += [text[at:start], _html_table(text[start:end])]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


# --- HTML inside lines -------------------------------------------------------------

_BLOCK_TAGS = (
    "p|div|br|hr|center|section|article|blockquote|ul|ol|li|dl|dt|dd|h[1-6]|address|figure|figcaption|pre"
)
_INLINE_TAGS = (
    "span|font|b|strong|i|em|u|s|strike|del|ins|sup|sub|small|big|a|img|abbr|mark|label|code|kbd"
    "|o:p|st1:[a-z]+"
)
#: An HTML tag of a block (a line's end), of inline text (it goes), or a comment. Tags only: a < before
#: anything else (<5%, <http://…>) is the text's.
_TAG = re.compile(
    rf"<(?:(/?)(?:{_BLOCK_TAGS})|/?(?:{_INLINE_TAGS}))(?:\s[^<>]{{0,500}})?/?>|<!--.{{0,500}}?-->",
    re.IGNORECASE,
)
#: A whole line that is one heading element: <h2 …>一、总体要求</h2>.
_HEADING_LINE = re.compile(r"\s*<h([1-6])\b[^<>]{0,500}>([^<>]*)</h\1>\s*", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.IGNORECASE)
_LINE_BREAK = re.compile(rf"<(?:{_BLOCK_TAGS})\b", re.IGNORECASE)


def _line_without_html(line: str) -> str:
    """One line's text with its HTML read (see the module's note): possibly several lines."""
    heading = _HEADING_LINE.fullmatch(line)
    if heading is not None:
        return "#" * int(heading.group(1)) + " " + heading.group(2).strip()
    parts = _TAG.sub(lambda m: "\n" if _LINE_BREAK.match(m.group(0)) or m.group(1) else "", line)
    if "&" in parts:
        parts = _ENTITY.sub(lambda m: html.unescape(m.group(0)), parts)
    parts = parts.replace("\xa0", " ")
    if "\n" not in parts:
        return parts
    return "\n".join(p.strip() for p in parts.split("\n") if p.strip())


_BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _row_without_html(line: str) -> str:
    """A pipe table's row with its HTML read: its cells' <br> stay (their line breaks), other tags go."""
    row = _TAG.sub(lambda m: _BR if _BR_TAG.fullmatch(m.group(0)) else "", line)
    if "&" in row:
        row = _ENTITY.sub(lambda m: html.unescape(m.group(0)), row)
    return row.replace("\xa0", " ")


def html_fragments(text: str) -> str:
    """``text`` with the HTML left in its lines read (see the module's note). A pipe table's rows keep
    theirs: a cell's <br> is its line break, read by the table's reader."""
    if "<" not in text and "&" not in text:
        return text
    lines = text.split("\n")
    changed = False
    for k, line in enumerate(lines):
        if _TAG.search(line) is None and _ENTITY.search(line) is None:
            continue
        lines[k] = _row_without_html(line) if line.lstrip().startswith("|") else _line_without_html(line)
        changed = True
    return "\n".join(lines) if changed else text
