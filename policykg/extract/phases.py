"""Phases (宣传动员阶段（2022年8月-12月底）, 第一阶段：宣传发动（2021年6月—2021年12月）, 2024年7月至2025年12月
为推进阶段, 2024年为启动实施年, a table's rows 阶段 | 时间 | 主要工作) and task deadlines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from loaders.base import TableCell, TableGrid
from ontology.vocab import document_vocabulary
from policykg.extract.dates import CALENDAR_YEAR, SPAN_JOINERS, YEAR_MONTH
from policykg.extract.regex_heads import guarded
from policykg.extract.structure import Structure
from policykg.extract.tasks import is_phase, stage_at, stated_stages
from policykg.extract.textspan import Span, squeeze, trim
from policykg.models import Recurrence

# Runs of spaces possessive (\s*+, never given back), as in dates.YEAR_MONTH: a year, then a run, an optional
# part and another run (年\s*(?:月)?\s*(?:底|末)?\s*前) would otherwise be split every way before failing.
_YM = YEAR_MONTH
_RANGE = re.compile(
    rf"{_YM}\s*+(?:份|底|末|初)?\s*+[{SPAN_JOINERS}]+\s*+(?:{_YM}|(\d{{1,2}})\s*+月)\s*+(?:份|底|末)?"
)
_NAME = re.compile(
    r"^(?:第[一二三四五六七八九十]+(?:阶段|步)\s*[：:]?\s*)?([^（(：:，。]{2,20}?)(?:阶段)?\s*[（(：:]"
)
#: A day after a month (2025年6月30日前): the deadline is the month's.
_DAY = r"(?:\s*+\d{1,2}\s*+[日号])?"
#: A deadline's year, month and day as a PDF's or a hard-wrapped text's line may cut them, inside a number
#: (20 / 25年, 2025年12月1 / 0日前) or a label (完成时 / 限：): the wording found is read with its line
#: breaks taken out.
_DIGITS_2 = r"\d(?:\n?\d)?"
_YM_WRAPPED = rf"(?:1\n?9|2\n?0)\n?\d\n?\d\s*+年\s*+(?:{_DIGITS_2}\s*+月)?"
_DAY_WRAPPED = rf"(?:\s*+{_DIGITS_2}\s*+[日号])?"
#: A label of a time limit (document_types.yaml task_table_columns deadline: 完成时限, 时间节点, 时限 …), each
#: character perhaps on a line of its own, or 时间 alone opening a field of a note (…；时间：4月中下旬): never
#: the end of another word (发布时间 is no label, 完成时间 is one of the list), and before a colon or its own
#: bracket's close (【完成时限】2025年6月) only.
_LABEL_FIELD_BEFORE = r"(?<![^\s（(【\[〔；;，,、])"


@cache
def _holidays() -> str:
    """The names of days of the year a deadline may be written as (document_types.yaml holiday_deadlines),
    longest first, as one alternation."""
    names = sorted(document_vocabulary().holiday_deadlines, key=len, reverse=True)
    return "|".join(map(re.escape, names)) or "(?!)"


@cache
def _holiday_name() -> re.Pattern[str]:
    """A named day of the year a deadline's words hold (2025年国庆节前: 国庆节)."""
    return re.compile(_holidays())


@cache
def _deadline() -> re.Pattern[str]:
    words = sorted(document_vocabulary().task_table_columns.deadline, key=len, reverse=True)
    labels = "|".join("\n?".join(map(re.escape, word)) for word in words)
    return re.compile(
        guarded(  # a look-ahead on the first characters: the scan tries the forms at few characters
            rf"(?:(?:{labels})\s*(?:[：:]|为|[】］\]〕]\s*[：:]?)|{_LABEL_FIELD_BEFORE}时\n?间\s*[：:])\s*([^。；;，,）)〕】\]]{{2,30}})"
            # 于/在 and the space after it together: an optional word before \s* would try the rest of a
            # run of spaces at each of its spaces (quadratic)
            rf"|(?:(?:于|在)\s*+)?{_YM_WRAPPED}{_DAY_WRAPPED}\s*+(?:底|末)?\s*+(?:前|以前|之前)"
            # a date written with dots, slashes or hyphens (2024.6.30前, 于2025-06-30前)
            r"|(?:(?:于|在)\s*+)?(?:19|20)\d{2}\s*+[.．/\-]\s*+(?:1[0-2]|0?[1-9])(?:\s*+[.．/\-]\s*+\d{1,2})?"
            r"\s*+(?:底|末)?\s*+(?:前|以前|之前)"
            # a recurring deadline (每年12月底前), or one in the year after a year's work (次年1月15日前): no
            # date of its own, but in a plan for one year the next year's month
            rf"|(?:每年|次年|翌年)\s*+\d{{1,2}}\s*+月{_DAY}\s*+(?:底|末)?\s*+(?:前|以前|之前)"
            # a month written without its year (10月底前完成, 6月30日前): in a plan for one year, that year's
            # month (not a month of a date written in full, 2025年10月, nor of a span's end, 3—6月)
            rf"|(?<![\d年月日号{SPAN_JOINERS}])(?:1[0-2]|0?[1-9])\s*+月{_DAY}\s*+(?:底|末)?\s*+(?:前|以前|之前)(?!后)"
            # the end of the year written without its number (年底前, 今年年底前, 本年底前): the year of a
            # plan for one year (not 每年年底前, recurring, nor 明年底前, the year after)
            r"|(?:[今本当]年\s*+年?|(?<![每明去年\d])年)\s*+(?:底|末)\s*+(?:前|以前|之前)"
            # work with no end, said in a clause of its own closing a sentence (…试点，长期坚持。): no date
            r"|(?<=[，,；;])(?:长期坚持|持续推进)(?=\s*+(?:[。；;）)]|$))"
            # the whole year, in a clause or a bracket of its own (…建设，全年推进。, （全年）): of a plan for
            # one year, its end
            r"|(?<=[，,；;（(])全年\s*+(?:内\s*+)?(?:完成|推进|实施|开展|持续推进)?(?=\s*+(?:[。；;）)]|$))"
            # a day of the year by its name (国庆节前, 2025年国庆节前, 每年国庆节前: holiday_deadlines)
            # (not 国庆节前后, a time around it)
            rf"|(?:(?:19|20)\d{{2}}\s*+年\s*+|每年\s*+)?(?:{_holidays()})\s*+(?:前|以前|之前)(?!后)"
            # within the year, the work then done (年内完成, 年内建成): not 三年内 (a span) or 每年内
            # (recurring)
            r"|(?<![每明去年\d一二两三四五六七八九十几数多])年内\s*+(?:完成|建成|实现|出台|印发|制定|上线|挂牌)"
        )
    )


_DEADLINE_DATE = re.compile(_YM)
#: A date written with hyphens (2024-10-31前, 于2025-06前): its month.
_HYPHENED = re.compile(
    r"(?:于|在)?\s*((?:19|20)\d{2})-(1[0-2]|0?[1-9])(?:-\d{1,2})?\s*(?:底|末)?\s*(?:前|以前|之前)?"
)
#: What parts the milestones of one time cell (3月底前完成方案制定；6月底前启动建设；12月底前完成验收,
#: 2024年6月、12月), also on lines of their own (a cell's 2025年6月底前 ↵ 2025年12月底前, a Markdown row's
#: 6月底前<br>12月底前): the work is done by the last.
_MILESTONES = re.compile(r"[；;，,、\n]|<br>")
#: After a date, words making it the start of the work (2024年起, 2024年3月开始): no deadline.
_FROM = re.compile(r"\s*(?:份|初)?\s*(?:起|开始|启动)")
#: A whole time cell written as a date with dots or slashes (2024.12, 2024.12.31前) or a span of two
#: (2024.6—2024.12): its month, or the span's end.
_DOTTED = re.compile(
    r"((?:19|20)\d{2})\s*+[.．/]\s*+(1[0-2]|0?[1-9])(?:\s*+[.．/]\s*+\d{1,2})?"
    rf"(?:\s*+[{SPAN_JOINERS}]+\s*+((?:19|20)\d{{2}})\s*+[.．/]\s*+(1[0-2]|0?[1-9])"
    r"(?:\s*+[.．/]\s*+\d{1,2})?)?"
    r"\s*+(?:底|末)?\s*+(?:前|以前|之前)?"
)
#: A part of a year after it (2024年上半年, 2025年三季度).
_YEAR_PART = re.compile(r"\s*(上半年|下半年|(?:第)?[一二三四]季度)")
#: The first and last months of each part of a year, by ``_part``'s key.
_PART_MONTHS = {"上半年": (1, 6), "下半年": (7, 12), "一": (1, 3), "二": (4, 6), "三": (7, 9), "四": (10, 12)}


def _part(words: str) -> tuple[int, int]:
    """The first and last months of a part of a year as written (上半年, 第三季度, 二季度)."""
    return _PART_MONTHS[words if "半" in words else words.removeprefix("第")[0]]


_SINGLE = re.compile(rf"[（(]\s*+{_YM}\s*+(?:份|底|末)?\s*+(前|以前|之前)?\s*+[）)]")


@dataclass(frozen=True)
class PhaseDraft:
    name: str
    order: int
    start: str | None
    end: str | None
    path: str
    span: Span


def _ym(year: str | None, month: str | None) -> str | None:
    if year is None:
        return None
    return f"{year}-{int(month):02d}" if month else year


#: Months of one year written with the year once (2025年1—6月, 2024年3至5月份).
_MONTHS = re.compile(
    rf"((?:19|20)\d{{2}})\s*+年\s*+(1[0-2]|0?[1-9])\s*+[{SPAN_JOINERS}]+\s*+(1[0-2]|0?[1-9])\s*+月"
)
#: A part of one year in brackets (（2025年下半年）, （2024年第三季度）): its first and last months.
_PART_OF_YEAR = re.compile(
    r"[（(]\s*+((?:19|20)\d{2})\s*+年\s*+(上半年|下半年|(?:第)?[一二三四]季度)\s*+[）)]"
)


#: The ways a heading writes a phase's time, in the order they are tried: a range (2023年1月-2025年4月底),
#: months of one year (2025年1—6月), a part of a year (（2025年下半年）), one year or month in brackets.
_TIMES = (_RANGE, _MONTHS, _PART_OF_YEAR, _SINGLE)


def _time_written(text: str) -> re.Match[str] | None:
    """Where ``text`` writes a time: the first of ``_TIMES`` found in it."""
    return next((m for pattern in _TIMES if (m := pattern.search(text)) is not None), None)


def phase_time(heading: str) -> str | None:
    """The time a phase's heading names, as written, without its brackets (（二）组织实施阶段
    （2025年7月—2026年10月） -> 2025年7月—2026年10月; （2025年下半年） -> 2025年下半年): the time limit of
    the work a phase names who does (its end, read by ``deadline_date``). None when it names no time."""
    m = _time_written(heading)
    return None if m is None else m.group(0).strip("（()）").strip()


def parse_range(text: str) -> tuple[str | None, str | None]:
    """2022年8月-12月底 -> (2022-08, 2022-12); 2023年1月-2025年4月底 -> (2023-01, 2025-04); 2025年1—6月 ->
    (2025-01, 2025-06); （2025年下半年） -> (2025-07, 2025-12)."""
    m = _time_written(text)
    if m is None:
        return None, None
    if m.re is _MONTHS:
        year, first, last = m.groups()
        return _ym(year, first), _ym(year, last)
    if m.re is _PART_OF_YEAR:
        year, words = m.groups()
        first_month, last_month = _part(words)
        return _ym(year, str(first_month)), _ym(year, str(last_month))
    if m.re is _SINGLE:  # （2025年）: the whole year; （2024年3月）: that month
        year, month, before = m.groups()
        if before:  # （2023年7月底前）: an end, no start
            return None, _ym(year, month or "12")
        return (_ym(year, month), _ym(year, month)) if month else (f"{year}-01", f"{year}-12")
    y1, m1, y2, m2, bare_month = m.groups()
    start = _ym(y1, m1)
    end = _ym(y2, m2) if y2 else _ym(y1, bare_month)
    return start, end


#: A name written inside the phase's bracket with its time (第一阶段（动员部署阶段，2024年3月—4月）), or after
#: a bracket holding only its time (第一阶段（2024年3月—4月）：动员部署).
_NAME_IN_BRACKET = re.compile(
    r"^\s*[（(]\s*([^（()）：:，,。；;\d]{2,20}?)(?:阶段)?\s*[，,：:、\s]\s*[^（()）]*?(?:19|20)\d{2}\s*年"
)
#: A name after its time and a colon or a comma (（一）2024年7月—8月：动员部署, 1.2024年3月—4月，动员部署
#: 阶段).
_NAME_AFTER_COLON = re.compile(
    r"^\s*(?:19|20)\d{2}\s*年[^（()）。；;，,：:]{0,16}[：:，,]\s*"
    r"([^（()）。；;，,：:\s\d]{2,12}?)(?:阶段)?\s*(?:[。；;，,（(]|$)"
)
_NAME_AFTER_TIME = re.compile(
    r"^\s*[（(][^（()）]*?(?:19|20)\d{2}\s*年[^（()）]*[）)]\s*[：:]?\s*(?:为)?\s*([^（(：:，,。；;\s]{2,20}?)(?:阶段)?\s*(?:[。；;，,：:（(]|$)"
)


def phase_name(heading: str, marker: str, title: str | None) -> str:
    """A phase's name: the words before its time (宣传动员阶段（…）, 第一阶段：宣传发动（…）), inside its
    bracket before the time (第一阶段（动员部署阶段，2024年3月—4月）) or after a bracket of time only, or
    after its time (2024年7月至2025年12月为推进阶段, 2024年为启动实施年) or its time and a colon or comma
    (2024年7月—8月：动员部署); else its number (第一阶段) when the marker is one, else its title's opening."""
    start = trim(heading, 0, len(heading))[0]
    if heading.startswith(("：", ":"), start):  # 第一阶段：2024年5月至6月，为启动阶段
        start = trim(heading, start + 1, len(heading))[0]
    if (stage := stage_at(heading, start, len(heading))) is not None:
        return stage.group("name")
    for pattern in (_NAME_AFTER_COLON, _NAME, _NAME_IN_BRACKET, _NAME_AFTER_TIME):
        m = pattern.match(heading)
        if m and (name := m.group(1).strip()):
            return name[:-2] if name.endswith("阶段") and len(name) > 2 else name
    if marker.strip().endswith(("阶段", "步")):
        return marker.strip()
    return (title or heading)[:20]


def stage_range(words: str) -> tuple[str | None, str | None]:
    """``parse_range`` of a stage's time, and a year written alone (2024年为启动实施年, a table's 2024年)
    its whole: (2024-01, 2024-12)."""
    start, end = parse_range(words)
    if start is None and end is None and CALENDAR_YEAR.fullmatch(words.strip()) is not None:
        year = words.strip()[:4]  # a year alone (2024年): from its January to its December
        return f"{year}-01", f"{year}-12"
    return start, end


def find_phases(structure: Structure) -> list[PhaseDraft]:
    """The phases of a phases chapter: its units named or numbered as phases, the stages its text names
    after their time (2024年6月—7月为宣传发动阶段；…), and the rows of a table laying them out (阶段 | 时间 |
    主要工作); in text order."""
    text = structure.text
    phases: list[PhaseDraft] = []
    for unit in structure.units:
        if unit.chapter_kind != "phases" or unit.level == 0:
            continue
        if not is_phase(unit):
            for n, stage in enumerate(stated_stages(structure, unit), start=1):
                start, end = stage_range(stage.group("time"))
                span = trim(text, stage.start(), _clause_end(text, stage.end(), unit.span[1]))
                phases.append(PhaseDraft(stage.group("name"), 0, start, end, f"{unit.path}.s{n}", span))
            continue
        heading = text[unit.marker_span[1] : unit.heading_span[1]]
        start, end = parse_range(heading)
        if start is None and end is None and (dated := stage_at(heading, 0, len(heading))) is not None:
            start, end = stage_range(dated.group("time"))  # （一）2024年为启动实施年
        name = phase_name(heading, text[unit.marker_span[0] : unit.marker_span[1]], unit.title)
        span = trim(text, unit.heading_span[0], unit.span[1])
        phases.append(PhaseDraft(name, 0, start, end, unit.path, span))
    phases += _table_phases(structure)
    phases.sort(key=lambda p: p.span)
    return [PhaseDraft(p.name, n, p.start, p.end, p.path, p.span) for n, p in enumerate(phases, start=1)]


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause holding ``start`` ends: at its stop (；。) or ``end``."""
    stops = [i for i in (text.find(c, start, end) for c in "；;。\n") if i >= 0]
    return min(stops, default=end)


def _table_phases(structure: Structure) -> list[PhaseDraft]:
    """The phases of tables laying them out: a header naming a stage column and a time column (阶段 | 时间
    | 主要工作, document_types.yaml phase_table_columns), a phase a row."""
    columns = document_vocabulary().phase_table_columns
    if columns is None:
        return []
    text = structure.text
    phases: list[PhaseDraft] = []
    for number, table in enumerate(structure.tables, start=1):
        if len(table.rows) < 2:
            continue
        header = {squeeze(table.cell_text(text, cell)): cell.col for cell in table.rows[0]}
        stage = next((header[w] for w in columns.stage if w in header), None)
        time = next((header[w] for w in columns.time if w in header), None)
        if stage is None or time is None:
            continue
        unit = structure.unit_at(table.span[0])
        base = unit.path if unit is not None and unit.level > 0 else "preamble"
        for r, row in enumerate(table.rows[1:], start=2):
            phase = _row_phase(text, table, row, stage, time, f"{base}.t{number}.r{r}")
            if phase is not None:
                phases.append(phase)
    return phases


def _row_phase(
    text: str, table: TableGrid, row: tuple[TableCell, ...], stage: int, time: int, path: str
) -> PhaseDraft | None:
    """The phase a row of a phases table names: its stage cell's name (动员部署阶段 → 动员部署) and its time
    cell's span of months; None for a row without a name."""
    cells = {cell.col: cell for cell in row}
    if stage not in cells or time not in cells:
        return None
    name = squeeze(table.cell_text(text, cells[stage]))
    if not name:
        return None
    start, end = stage_range(squeeze(table.cell_text(text, cells[time])))
    name = name[:-2] if name.endswith("阶段") and len(name) > 2 and not name.startswith("第") else name
    spans = [cell.span for cell in row if cell.span[0] < cell.span[1]]
    span = (min(s for s, _ in spans), max(e for _, e in spans))
    return PhaseDraft(name, 0, start, end, path, span)


#: A deadline recurring within the year, with no date of its own, written in the text: the end of each
#: quarter or month (每季度末, 每季度结束前, 每月底前), a day of it (每月10日前, 每季度末5日前,
#: 每季度结束后10日内) or the year's end (每年年底前). Read when the text states no other deadline (a
#: frequency, 按季度调度, is none).
_RECURRING = re.compile(
    r"每\s*+(?:个\s*+)?(?:季度?|月)\s*+(?:(?:末|底|结束)\s*+(?:后\s*+)?(?:\d{1,2}\s*+[日号天]\s*+(?:前|以前|之前|内)"
    r"|前|以前|之前)?|\d{1,2}\s*+[日号]\s*+(?:前|以前|之前))"
    r"|每\s*+年\s*+(?:年\s*+)?(?:底|末)\s*+(?:前|以前|之前)"
)
#: A recurring deadline's last words: an end (末, 底, 结束) or a time before which (前, 内).
_RECURRING_END = ("末", "底", "结束", "前", "内")


def find_deadline(
    text: str, start: int, end: int, *, outside: list[Span] | None = None
) -> tuple[str, str | None] | None:
    """A deadline stated in ``text[start:end]``, not inside any of the ``outside`` spans (a task's clauses and
    tables state their own): its wording and the date it names (YYYY or YYYY-MM). A deadline recurring within
    the year (每季度末, 每月10日前) when the text states no other."""
    for pattern in (_deadline(), _RECURRING):
        for m in pattern.finditer(text, start, end):
            if outside and any(s <= m.start() < e for s, e in outside):
                continue
            words = m.group(1) if pattern is not _RECURRING and m.group(1) else m.group(0)
            if "\n" in words:
                words = _wrapped_value(words)
            raw = "".join(words.split())  # 20\n25年底前: a wrapped line rejoined
            if pattern is _RECURRING and not raw.endswith(_RECURRING_END):
                continue  # 每季度, 每月: how often, no deadline
            return raw, deadline_date(raw)
    return None


#: What a labelled time's line wrapped inside it goes on with on the next line (完成时限：2024年\n6月底前):
#: more of a date, never the next line's words (持续推进\n专项行动二：…, 2026年底前\n【保障措施】).
_GOES_ON = re.compile(r"\n[ \t\u3000]*+[\d年月日号底末前以之季度半旬上中下内份—–\-－~～至到、]")


def _wrapped_value(words: str) -> str:
    """A labelled time's words up to the first line break that does not wrap a date (a blank line, the
    next item, heading or field)."""
    at = words.find("\n")
    while at >= 0:
        if _GOES_ON.match(words, at) is None:
            return words[:at]
        at = words.find("\n", at + 1)
    return words


#: What parts a deadline opening a task's words from the work it sets (3月底前，完成…).
_AFTER_LEADING = re.compile(r"[^\S\n]*+[，,][^\S\n]*+")


def undated_title(title: str | None) -> str | None:
    """``title`` without the deadline opening it as a clause of its own (3月底前，完成服务站挂牌 →
    完成服务站挂牌; 2024年6月底前，出台…; 每季度末，报送…): the deadline is the task's, not its name. A
    title that is only a deadline, or whose deadline runs on into the work (年内完成…), is kept."""
    if not title or title[0] not in _LEADING_FIRST:
        return title
    for pattern in (_deadline(), _RECURRING):
        m = pattern.match(title)
        if m is None or (pattern is not _RECURRING and m.group(1)):
            continue  # a label (完成时限：…) names no task's first words
        if pattern is _RECURRING and not m.group(0).rstrip().endswith(_RECURRING_END):
            continue
        comma = _AFTER_LEADING.match(title, m.end())
        if comma is not None and comma.end() < len(title):
            return title[comma.end() :]
    return title


#: The characters a deadline may open with (a year's or month's digit, 于/在, 年/今/本/当, 每).
_LEADING_FIRST = frozenset("0123456789于在年今本当每次翌")


@cache
def _recurrences() -> tuple[tuple[Recurrence, re.Pattern[str]], ...]:
    vocabulary = document_vocabulary().recurring_deadlines
    return tuple(
        (period, re.compile("|".join(patterns))) for period, patterns in vocabulary.items() if patterns
    )


def recurrence(raw: str) -> Recurrence | None:
    """How often a deadline falls due again (每年12月底前, 每年4月: year; 每季度末: quarter; 每月10日前:
    month; document_types.yaml recurring_deadlines), or None for a deadline that falls due once."""
    return next((period for period, pattern in _recurrences() if pattern.search(raw)), None)


#: The end of the year written without its number (年内完成, 年底前, 年末, 今年年底前), or the whole year
#: (全年, 全年推进): of the plan's one year.
_YEAR_END = re.compile(r"^(?:于|在)?(?:(?:[今本当]年度?\s*年?|年)(?:内|底|末)|全年)")
#: A month of the year after the plan's work (次年1月15日前, 翌年2月底前): of a plan for one year, the next.
_NEXT_YEAR = re.compile(r"^(?:于|在)?(?:次年|翌年)\s*(\d{1,2})\s*月")
#: A part of the year written without its year (二季度, 第三季度末, 上半年): of a plan for one year, that
#: year's.
_PART_ALONE = re.compile(r"^(?:于|在)?\s*(上半年|下半年|(?:第)?[一二三四]季度)")
#: A heading naming only a time of the year (（一）第一季度, 二季度, 上半年, 3月, 3月底前, 2024年6月底前): the
#: work listed under it is due then.
_PERIOD_HEADING = re.compile(
    r"(?:(?:19|20)\d{2}\s*+年\s*+)?(?:第?[一二三四]季度|[上下]半年|(?:1[0-2]|0?[1-9])\s*+月份?)"
    r"\s*+(?:底|末)?\s*+(?:前|以前|之前)?"
)


def period_heading(title: str | None) -> bool:
    """A heading that names only a time of the year (第一季度, 上半年, 3月底前): its items fall due then."""
    return title is not None and _PERIOD_HEADING.fullmatch(title.strip()) is not None


#: A month written without its year (10月底前): of a plan for one year, that year's.
_MONTH_ALONE = re.compile(r"^(?:于|在)?\s*(\d{1,2})\s*月")


def deadline_date(raw: str, plan_year: int | None = None) -> str | None:
    """The date a deadline names (YYYY-MM or YYYY); of a span of time (2024年—2025年, 2024年3月至12月),
    its end; of milestones (3月底前完成方案；12月底前完成验收, 2024年6月、12月), the last, a month without
    its year in the year before it. ``plan_year``: the one year a plan is for (a 2024年工作要点), whose end
    年内完成, 年底前 and 今年年底前 name, and the year after which 次年1月15日前 names."""
    if _MILESTONES.search(raw) is None:
        return _one_date(raw, plan_year)
    last, year = None, plan_year
    for piece in _MILESTONES.split(raw):
        if (found := _one_date(piece, year) if piece.strip() else None) is not None:
            last, year = found, int(found[:4])
    return last


def _one_date(raw: str, plan_year: int | None) -> str | None:
    """The date one deadline names (``deadline_date``'s, milestones aside)."""
    if (span := _RANGE.search(raw) or _MONTHS.search(raw)) is not None:  # 2024年3月至12月, 2025年1—6月
        return parse_range(span.group(0))[1]
    if (dotted := _DOTTED.fullmatch(raw.strip())) is not None:  # 2024.12, 2024.6—2024.12 in a table cell
        return _ym(dotted.group(3) or dotted.group(1), dotted.group(4) or dotted.group(2))
    if (hyphened := _HYPHENED.fullmatch(raw.strip())) is not None:  # 2024-10-31前
        return _ym(hyphened.group(1), hyphened.group(2))
    m = _DEADLINE_DATE.search(raw)
    while m is not None and _FROM.match(raw, m.end()):  # 2024年起: when the work starts, not its end
        m = _DEADLINE_DATE.search(raw, m.end())
    if m is None and _DEADLINE_DATE.search(raw):
        return None
    holiday = _holiday_name().search(raw) if m is None or m.group(2) is None else None
    if holiday is not None:  # 国庆节前, 2025年国庆节前: the day's month, if it has one
        day_month = document_vocabulary().holiday_deadlines[holiday.group(0)]
        if day_month is None:  # 春节前: the year written, if any (in a year's plan, maybe the next year's)
            return m.group(1) if m else None
        # each year's (每年国庆节前): no date of its own unless a year is written
        year = m.group(1) if m else None if plan_year is None or raw.startswith("每") else str(plan_year)
        return _ym(year, str(day_month))
    if not m:
        if plan_year is None:
            return None
        if (following := _NEXT_YEAR.match(raw)) is not None:
            return _ym(str(plan_year + 1), following.group(1))
        if (month_alone := _MONTH_ALONE.match(raw)) is not None:
            return _ym(str(plan_year), month_alone.group(1))
        if (part_alone := _PART_ALONE.match(raw)) is not None:
            return _ym(str(plan_year), str(_part(part_alone.group(1))[1]))
        return f"{plan_year}-12" if _YEAR_END.match(raw) else None
    year, month = m.groups()
    part = _YEAR_PART.match(raw, m.end()) if month is None else None
    if part is not None:
        month = str(_part(part.group(1))[1])
    elif month is None and ("底" in raw or "末" in raw):
        month = "12"
    return _ym(year, month)
