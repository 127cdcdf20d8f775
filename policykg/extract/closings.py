"""Where a numbered unit's body ends before the next heading: at an unnumbered paragraph that is no
continuation of it.

- A closing exhortation to all units (各镇（街道）、各有关部门要…, 各地各部门要…) after the item's own text,
  when no sibling item follows, belongs to the list's chapter: it moves up to the highest unit the next
  heading closes (the chapter before 三、; at the end of the plan, its last chapter).
- The plan's back matter (本方案自印发之日起施行, 附件：1.…, 抄送：…, …印发, a signature with its date before
  an annex or the end of the plan) belongs to the plan alone, with everything after it up to the next
  heading.

An item's first body paragraph under a heading line (1.推进专利导航 / 开展…) is always its own, and so is a
paragraph followed by a sibling item. Paragraphs moved out are marked ``closing``: no unit's work text.
Cue words: ontology/data/document_types.yaml ``closing_paragraphs``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from ontology.vocab import document_vocabulary
from policykg.extract.agency_lists import field_at
from policykg.extract.header_lines import LINE_MARKUP, ZEROS, field_label_line, record_line
from policykg.extract.markers import match_marker
from policykg.extract.regex_heads import guarded
from policykg.extract.textspan import Span, squeeze, trim

if TYPE_CHECKING:
    from loaders.base import TableGrid
    from policykg.extract.structure import Paragraph, Unit

_CJK = re.compile(r"[\u4e00-\u9fff]")
#: What a paragraph is, for the end of a unit.
_BLANK, _BACK, _SIGNED, _DATED, _EXHORT = "blank", "back", "signed", "dated", "exhort"


def _any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile(guarded("|".join(f"(?:{p})" for p in patterns) or "(?!)"))


@cache
def _exhortation() -> re.Pattern[str]:
    return _any_of(document_vocabulary().closing_paragraphs.exhortations)


@cache
def _back_matter() -> re.Pattern[str]:
    return _any_of(document_vocabulary().closing_paragraphs.back_matter)


#: Bullets a line may open with (·抄送：…, ● 附件：…), no part of its words.
_BULLETS = "·・•●○■□◆◇▪▫►▶◎"


#: The bars of a table's row written as text (| 抄送：县委办… | |): a print record's frame, no words.
_BARS = "|｜ "


#: A quote's mark as a repost sets it in full width (＞ 来源：…), no part of a line's words.
_QUOTE = "＞"


def _words(text: str, line: Span) -> str:
    return squeeze(text[line[0] : line[1]]).strip(LINE_MARKUP).lstrip(_QUOTE).lstrip(_BULLETS).strip(_BARS)


#: The marks a seal draws with its name (a star at its centre), as its text layer gives them.
_SEAL_MARKS = "★☆✩✪✫✬✭✮✯⭐"


def _seal_line(text: str, line: Span) -> bool:
    """A line of a seal's text layer beside a signature (a PDF's seal drawn as text round its rim): one
    character alone (its name drawn character by character, a line each), its name read backwards
    (府政民人县阳平), or a body's name with the seal's star."""
    raw = _words(text, line)
    words = raw.strip(_SEAL_MARKS)
    if len(words) <= 1:
        return True
    named = words if words != raw else words[::-1]  # a name with a star, or a name read backwards
    record = record_line(named, 0, len(named))
    return record is not None and bool(record.names) and not record.dates and not record.numbers


def _kind(text: str, para: Paragraph, signable: bool) -> str | None:
    """blank (no words: a placeholder, a page number), back (a back-matter cue opens it), signed / dated (only
    signature and date lines, dated when one holds a date; looked for only when ``signable``), exhort (a
    closing exhortation opens it), or None."""
    lines = [line for line in para.lines if _CJK.search(text, *line)]
    if not lines:
        return _BLANK
    first = _words(text, lines[0])
    if _back_matter().search(first):
        return _BACK
    if signable:
        dated = signed = False
        # a date in figures alone on its line (2024-03-05, 2024.3.5) is a signature's line, with no CJK
        for line in (ln for ln in para.lines if _CJK.search(text, *ln) or _YEAR.search(text, *ln)):
            record = record_line(text, *line)
            if record is None and not _back_matter().search(_words(text, line)):
                if _seal_line(text, line):
                    continue  # a seal's text among the signature's lines
                break
            signed = True
            dated = dated or (record is not None and bool(record.dates))
        else:
            if signed:
                return _DATED if dated else _SIGNED
    return _EXHORT if _exhortation().search(first) else None


#: The most lines a signature closing a paragraph may take, its date included (a body or a few, one a line,
#: a bracketed other name under one (（湖南省知识产权局）), and the date).
SIGNATURE_LINES = 6
#: The longest line read as a signature's date line, and what it must hold: a year.
_DATE_LINE_MAX = 40
_YEAR = re.compile(rf"(?:19|20)\d{{2}}|[{ZEROS}][一二三四五六七八九{ZEROS}]")


def back_matter_line(text: str, line: Span) -> bool:
    """A back-matter cue opens the line (抄送：…, 附件：…, a repost's 来源：… or —END—): it opens a paragraph
    of its own, whatever the line before it leaves open (完成时限：2024年6月底 ↵ —END— ↵ 来源｜…)."""
    return _back_matter().search(_words(text, line)) is not None


def signature_tail(text: str, lines: list[Span]) -> int | None:
    """The index of the first line of a dated signature closing a paragraph's ``lines`` (攸县市场监督管理局
    / 2024年1月20日 after a last item's 责任单位：A、B or 完成时限：2024年4月底前, which no punctuation
    closes): only signature lines and a date after a line complete in itself, a labelled field of the
    item's units or time limit, or after a blank line. None when the paragraph ends otherwise, or nothing
    stands before it."""
    last = lines[-1] if len(lines) > 1 else None
    if last is None or last[1] - last[0] > _DATE_LINE_MAX or _YEAR.search(text, *last) is None:
        return None
    record = record_line(text, *last)
    if record is None or not record.dates or record.labelled or record.numbers:
        return None
    first = len(lines) - 1
    while first > 1 and len(lines) - first < SIGNATURE_LINES:
        above = record_line(text, *lines[first - 1])
        if above is None or above.dates or above.numbers or above.labelled or not above.names:
            break
        first -= 1
    before, opens = lines[first - 1], lines[first]
    if text.count("\n", before[1], opens[0]) > 1 or field_label_line(text, *before):
        return first
    return None


def opens_signed(text: str, lines: list[Span]) -> bool:
    """``lines`` open with a dated signature: a body or a few on their lines, then the date
    (盐亭县人民政府办公室 / 2024年7月2日), whatever follows (a paragraph runs on over lines no stop
    closes)."""
    for k, line in enumerate(lines[:SIGNATURE_LINES]):
        record = record_line(text, *line)
        if record is None or record.numbers or record.labelled:
            return False
        if record.dates:
            return k > 0 and not record.names and line[1] - line[0] <= _DATE_LINE_MAX
        if not record.names:
            return False
    return False


@cache
def _framing() -> re.Pattern[str]:
    return _any_of(document_vocabulary().closing_paragraphs.framing)


_SENTENCES = re.compile(r"[。；;！!]")


def about_the_plan(text: str, start: int, end: int) -> bool:
    """A sentence about the plan itself (（一）本方案由区市场监管局负责解释, 本方案自印发之日起施行): back
    matter, no one's work, wherever it is written; or text whose every sentence only frames it, stating its
    purpose or scope (第一条 为了…，制定本细则。 / 第二条 本细则适用于…), or scoring work (达到8件的，
    得10分)."""
    start = trim(text, start, end)[0]
    marker = match_marker(text, start, end)
    if marker is not None:
        start = marker.span[1]
    words = _words(text, (start, end))
    if _back_matter().search(words) is not None:
        return True
    if "分" in words and _scores_only(words):
        return True
    if not words.startswith(("为", "本")):  # the cheap test: every framing sentence opens so
        return False
    sentences = [s for s in _SENTENCES.split(words) if s]
    return bool(sentences) and all(_framing().search(s) for s in sentences)


@cache
def _scoring() -> re.Pattern[str] | None:
    patterns = document_vocabulary().closing_paragraphs.scoring
    return _any_of(patterns) if patterns else None


_CLAUSES = re.compile(r"[。；;！!，,]")


def _scores_only(words: str) -> bool:
    """Every clause of ``words`` (white space removed) scores work or states the condition scored
    (达到8件的，得10分; 每低1件扣2分，扣完为止)."""
    scoring = _scoring()
    clauses = [c for c in _CLAUSES.split(words) if c]
    return scoring is not None and bool(clauses) and all(scoring.search(c) for c in clauses)


@cache
def _pointer() -> re.Pattern[str]:
    return _any_of(document_vocabulary().closing_paragraphs.pointers)


def only_points_elsewhere(text: str, spans: list[Span]) -> bool:
    """Every paragraph only points to an annex or a table for the work (重点任务详见附件): no task itself."""
    if not spans or not document_vocabulary().closing_paragraphs.pointers:
        return False
    return all(_pointer().search(squeeze(text[s:e]).strip(LINE_MARKUP)) is not None for s, e in spans)


@cache
def _caption() -> re.Pattern[str]:
    return _any_of(document_vocabulary().closing_paragraphs.captions)


def table_caption(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (one line) only names a table by its number (表1 涪城区知识产权强区建设主要指标):
    a caption, no goal or work of its own."""
    line = text[start:end].strip().strip(LINE_MARKUP).strip()
    return _caption().search(line) is not None


#: The most rows a plan's print record (版记) set as a table takes: 主题词, 抄送, the office and date printed.
_PRINT_ROWS = 5
#: A cell that is only the label of the print record's next cell (抄送 | 县委办，县人大办…).
_PRINT_LABELS = frozenset({"抄送", "抄报", "主题词", "主送", "分送"})
#: Words a print record holds one of at least.
_PRINT_CUES = (*_PRINT_LABELS, "印发", "印制")


def print_record(text: str, table: TableGrid) -> bool:
    """A table holding only the plan's print record (版记: 抄送：县委办… / 县人民政府办公室 | 2023年5月12日
    印发): back matter set in a frame, no data. Each cell is a back-matter line, a label of one (抄送 | …,
    with the value after it), or names and dates alone; one at least is back matter."""
    if len(table.rows) > _PRINT_ROWS:
        return False
    words = text[table.span[0] : table.span[1]]
    if not any(cue in words for cue in _PRINT_CUES):
        return False  # the cheap test first
    cued = False
    for row in table.rows:
        labelled = False
        for i, cell in enumerate(row):
            if i and cell.span == row[i - 1].span:
                continue  # a cell merged across the row
            words = _words(text, cell.span).rstrip("：:")
            if not words:
                continue
            if words in _PRINT_LABELS or _back_matter().search(words):
                cued = labelled = True
                continue
            if labelled:
                continue  # the value of 抄送 | …
            record = record_line(text, *cell.span)
            if record is None or record.numbers or not (record.names or record.dates):
                return False
    return cued


def _back_matter_start(kinds: list[str | None], ends_part: bool) -> int | None:
    """The first back-matter paragraph: one opened by a cue, or (before an annex or the end of the plan) a
    run of signature and date lines that holds a date; blank paragraphs just before it go with it."""
    start = None
    for i, kind in enumerate(kinds):
        if kind == _BACK:
            start = i
            break
        if ends_part and kind in (_SIGNED, _DATED):
            run = []
            for later in kinds[i:]:
                if later not in (_BLANK, _BACK, _SIGNED, _DATED):
                    break
                run.append(later)
            if _DATED in run or _BACK in run:
                start = i
                break
    while start is not None and start > 0 and kinds[start - 1] == _BLANK:
        start -= 1
    return start


def _chapter_of(units: list[Unit], unit: Unit, floor: int) -> Unit | None:
    """The highest unit above ``unit`` that a heading of level ``floor`` closes; else its parent."""
    found = None
    above = unit.parent
    while above is not None and units[above].level >= max(floor, 1):
        found = units[above]
        above = found.parent
    if found is None and unit.parent is not None:
        found = units[unit.parent]
    return found


def closes_with_field(text: str, line: Span) -> bool:
    """The line closes with a field of another kind than the units' after a ； (…——牵头单位：A；配合单位：B；
    完成时限：2025年12月底, …——A、B；完成时限：…): an item written whole on its line, its note and time limit
    closing it, so the paragraph under it is no body it heads nor a wrapped part of it."""
    cut = max(text.rfind("；", *line), text.rfind(";", *line))
    if cut < 0:
        return False
    return field_at(text, *trim(text, cut + 1, line[1]))


def detach_closings(text: str, units: list[Unit], paragraphs: list[Paragraph]) -> None:
    """Move the paragraphs that end each unit's body out of it (see the module's words)."""
    for unit in units:
        if unit.level == 0:
            continue
        body = [p for p in unit.paragraphs if paragraphs[p].span != unit.heading_span]
        if not body:
            continue
        # the unit after the body's last paragraph: its first sub-unit for text before them, the unit after
        # them all for text after them (the lines after a task table whose rows its parts head)
        last = paragraphs[body[-1]].span[0]
        following = next((u for u in units[unit.index + 1 :] if u.heading_span[0] > last), None)
        ends_part = following is None or following.level == 0
        kinds = [_kind(text, paragraphs[p], ends_part) for p in body]
        back = _back_matter_start(kinds, ends_part)
        stop = len(body) if back is None else back
        exhort = None
        if unit.level >= 2 and (ends_part or (following is not None and following.level < unit.level)):
            first = 1 if unit.heading_only else 0
            exhort = next((i for i in range(first, stop) if kinds[i] == _EXHORT), None)
        cut = exhort if exhort is not None else back
        if cut is None:
            continue
        if not unit.children:  # a unit with sub-units ends with them
            unit.closed_at = paragraphs[body[cut]].span[0]
        moved = set(body[cut:])
        unit.paragraphs = [p for p in unit.paragraphs if p not in moved]
        owner = _chapter_of(units, unit, following.level if following is not None else 0)
        for i in range(cut, len(body)):
            para = paragraphs[body[i]]
            para.closing = True
            para.unit = owner.index if owner is not None and i < stop else None
            if para.unit is not None and owner is not None:
                owner.paragraphs.append(body[i])
        if owner is not None:
            owner.paragraphs.sort()
