"""The one measure a table's caption names for all its rows (表1　2024年各镇（街道）发明专利授权量目标
（单位：件）: 发明专利授权量), read when the table's rows are places and its columns years or 完成 / 目标, so
that each row is that measure of its place (target_tables.py); and a caption naming its table a record of
a past year's figures (2024年度…统计表), whose cells are no targets. Caption words are in
ontology/data/targets.yaml (year_tables: caption_scopes, caption_closings, record_captions; measure_ends)."""

from __future__ import annotations

import re
from functools import cache

from loaders.base import TableGrid
from ontology.vocab_targets import target_vocabulary
from policykg.extract.closings import table_caption
from policykg.extract.table_headers import header_cells
from policykg.extract.textspan import Span

#: A table's number opening its caption (表1, 附表2：, 表一、).
_NUMBER = re.compile(r"附?表\s*+(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-－—.．]\d{1,2})?[\s：:、.．]*+")
#: A year or a span of years (2024年, 2024年度, 2024—2026年) before or after the scope of places.
_YEARS = re.compile(r"\s*+(?:19|20)\d{2}(?:\s*+[—–\-至~～]\s*+(?:19|20)?\d{2})?\s*+年度?\s*+")
#: A bracket closing the caption (（单位：件）, (2024年)).
_CLOSING_BRACKET = re.compile(r"\s*+[（(][^（()）\n]{0,20}[)）]\s*+$")
#: A year a caption names (2024年, 2024年度; either end of 2022—2024年).
_CAPTION_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
#: The most characters of a caption read for what its table records (a longer line is prose).
_MAX_CAPTION = 48
#: The most characters of a caption's measure.
_MAX_MEASURE = 24
#: How many lines above a table its caption may stand (a unit line between: （单位：件）).
_CAPTION_LINES = 2


@cache
def _note_label() -> re.Pattern[str]:
    """A note's label opening a line (注：, 备注：, 注1：; targets.yaml year_tables note_labels)."""
    labels = sorted(target_vocabulary().year_tables.note_labels, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, labels)) or "(?!)"
    return re.compile(rf"[ \t\u3000]*+(?:{alternatives})[ \u3000]*+\d?[ \u3000]*+[：:]")


def table_note(text: str, start: int, end: int) -> bool:
    """The paragraph at ``start`` is a note on a table's cells (注：〔〕内为五年累计数。): it opens with a
    note's label and a colon. It says how the cells read and states no goal itself."""
    return _note_label().match(text, start, end) is not None


@cache
def _scope() -> re.Pattern[str]:
    scopes = target_vocabulary().year_tables.caption_scopes
    return re.compile("|".join(f"(?:{s})" for s in scopes) if scopes else "(?!)")


def caption_measure(text: str, table: TableGrid) -> tuple[str, Span] | None:
    """The measure the caption above ``table`` names for all its cells and where it is written: the words
    left of a caption numbered as a table's (表1 …) or scoped to places (各镇（街道）…) once its number,
    years, scope, closing words (目标, 分解表) and brackets are off, when they end in a measure word
    (授权量, 融资额) and are no list of indicators (主要指标); None otherwise."""
    line = caption_line(text, table)
    if line is None:
        return None
    s, e = line
    numbered = table_caption(text, s, e)
    if numbered and (m := _NUMBER.match(text, s, e)) is not None:
        s = m.end()
    while (m := _CLOSING_BRACKET.search(text, s, e)) is not None and m.start() > s:
        e = m.start()
    return scoped_measure(text, s, e, numbered=numbered)


def caption_line(text: str, table: TableGrid) -> Span | None:
    """Where the caption above ``table`` is written, stripped: the nearest line above it with words, a line
    （单位：件） alone passed over; None when there is none within two lines."""
    end = table.span[0]
    for _ in range(_CAPTION_LINES):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        if line and not _CLOSING_BRACKET.fullmatch(line):  # a line （单位：件） alone is no caption
            break
        end = start
    else:
        return None
    s, e = start, start + len(text[start:end].rstrip())
    return s + len(text[s:e]) - len(text[s:e].lstrip()), e


def record_caption(text: str, table: TableGrid, first_year: int | None) -> bool:
    """The caption above ``table`` names it a record of figures reached in years all before ``first_year``,
    the plan's first, so that its cells are results, neither targets nor their baselines: a caption with a
    record word (盱眙县2024年度知识产权主要指标统计表, 2023年各镇专利工作完成情况表: targets.yaml year_tables
    record_captions) dated by its own years or, naming none (近三年主要指标统计表), by the years heading the
    table's columns; or one dated by its own past years that states no work to do (2024年各镇知识产权主要
    指标: no word of `forward_captions`, 目标, 任务, 计划)."""
    if first_year is None or (line := caption_line(text, table)) is None:
        return False
    words = text[line[0] : line[1]]
    if len(words) > _MAX_CAPTION or any(c in words for c in "。；;，,"):
        return False  # a paragraph of prose above the table (2024年，全县…。) is no caption
    vocab = target_vocabulary().year_tables
    record = any(w in words for w in vocab.record_captions)
    years = _years_in(words)
    if not years and record:
        years = [y for cell in header_cells(text, table) for y in _years_in(cell.text)]
    elif not record:
        record = not any(w in words for w in vocab.forward_captions)
    return record and bool(years) and max(years) < first_year


def _years_in(words: str) -> list[int]:
    return [int(m.group(1)) for m in _CAPTION_YEAR.finditer(words)]


def scoped_measure(text: str, s: int, e: int, *, numbered: bool = False) -> tuple[str, Span] | None:
    """The measure ``text[s:e]`` names for places (2024年各镇（街道）发明专利授权量目标: 发明专利授权量) and
    where it is written: the words left once years, a scope of places (caption_scopes: 各镇（街道）) and
    closing words (目标, 分解表) are off, when they end in a measure word and are no list of indicators. A
    scope is needed unless the words are a table's numbered caption (``numbered``, its number already off)."""
    if (m := _YEARS.match(text, s, e)) is not None:
        s = m.end()
    scoped = _scope().match(text, s, e)
    if scoped is not None:
        s = scoped.end()
        if (m := _YEARS.match(text, s, e)) is not None:
            s = m.end()
    if not numbered and scoped is None:
        return None
    vocab = target_vocabulary()
    closing = next((w for w in vocab.year_tables.caption_closings if text.endswith(w, s, e)), "")
    e -= len(closing)
    measure = text[s:e]
    if (
        not 3 <= len(measure) <= _MAX_MEASURE
        or not measure.endswith(vocab.measure_ends)
        or "指标" in measure
        or any(c.isspace() or c in "，,。；;：:、" for c in measure)
    ):
        return None
    return measure, (s, e)
