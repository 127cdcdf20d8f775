"""Tasks: the units of a plan that carry work, with their clauses (一是…二是…) and task-table rows."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple

from loaders.base import TableCell, TableGrid
from ontology.vocab import agency_vocabulary, document_vocabulary
from policykg.extract.agency_lists import label_at, strip_role_word, without_trailing_time
from policykg.extract.annotations import find_annotations, may_open_with_units, opening_units, units_heading
from policykg.extract.bullet_measures import bulleted_measures
from policykg.extract.closing_tasks import closing_paragraph_tasks, closing_title
from policykg.extract.closings import about_the_plan, only_points_elsewhere, table_caption
from policykg.extract.dates import CALENDAR_YEAR
from policykg.extract.markers import CIRCLED, ENCLOSED
from policykg.extract.obligations import find_prose_obligations
from policykg.extract.role_clauses import FOLLOWING
from policykg.extract.row_links import RowLink, may_restate, row_links
from policykg.extract.spaced_tables import screen_width
from policykg.extract.structure import DATED_STEP, WORK_CHAPTERS, Structure, Unit, chapter_kind, goal_sentence
from policykg.extract.table_captions import table_note
from policykg.extract.table_headers import body_rows
from policykg.extract.table_sections import across, category_rows, filled, numbered_across, same_words
from policykg.extract.tables import TaskColumns, row_deadline, task_columns
from policykg.extract.textspan import ANNOTATION_OPENERS, Span, bracket_groups, squeeze, trim
from policykg.models import ChapterKind, TaskKind

_CN = "一二三四五六七八九十"
#: Words counting clauses in order (首先，…；其次，…；最后，…), 最后 closing the run wherever it stands.
_SEQUENCE_WORDS = ("首先", "其次", "再次", "最后")
#: 一是 … (or 一要 …, 第一，…, 其一，…) after a stop, a colon, a comma (重点做好以下工作，一是…), white
#: space, an item's number (3.一是…；二是…) or nothing: the numeral's (or 第's, 其's) first character
#: opens the pattern (a scan the engine makes itself), the character before it looked at behind that
#: character. 第一 and 其一 count a clause only
#: before a pause (第一，/第一、/第一：), never 第一批 or 其一般.
_CLAUSE = re.compile(
    rf"([{_CN}](?<![^。；;：:，,\n\s.．、）)][{_CN}])[{_CN}]{{0,2}})(是|要)"
    rf"|第(?<![^。；;：:\n\s]第)([{_CN}]{{1,3}})(?=[，,、：:])"
    rf"|其(?<![^。；;：:\n\s]其)([{_CN}]{{1,2}})(?=[，,、：:])"
    rf"|(?<![^。；;：:，,\n\s])({'|'.join(_SEQUENCE_WORDS)})(?=[，,、：:]|要)"
)
#: What may stand between a clause's label and its words (第一，…).
_LABEL_PAUSE = "，,、：: \u3000"
#: Numbered clauses inside a paragraph, after a colon or a stop (开展专项行动：（1）…；（2）…；①…；②…; also
#: 1）…；2）… and ⑴…；⑵…).
_CLAUSE_MARK = re.compile(r"[（(]?(?:[1-9]|1\d)[）)]|[①-⑳]|[⑴-⒇]")
#: A clause's number also right after a note's bracket closing the clause before it with no stop
#: (①开展专利导航（区科技局）②推进贯标（区工信局）, …（区科技局）（2）…).
_NUMBERED_CLAUSE = re.compile(rf"[。；;：:）)]\s*({_CLAUSE_MARK.pattern})")
#: Items numbered 1. 2. (1、 1．) run on inside a paragraph after a stop (……。1.加强专利导航……；2.推进贯标……),
#: never a decimal (1.5亿元): read when no other numbering is, labelled as the outline labels such an item.
#: Both open with the characters they may follow, the engine's quick way through a paragraph: a bracket
#: closing after a digit (…2025年6月）) or opening the text opens no item.
_DOTTED_CLAUSE = re.compile(
    r"[。；;：:）)](?<!\d[）)])(?<!^[）)])[ \t\u3000]*((?:[1-9]|1\d)[.．、](?![\d.．]))"
)
_CLAUSE_TITLE_MAX = 40
#: What ends a sentence after a heading's title.
_SENTENCE_STOPS = ("。", "；", ";", "！", "!")
#: What is left of a heading line once its title is taken: punctuation, white space, markdown emphasis.
#: (and the 】 closing a heading set apart in brackets, 【重点任务】, its title's span inside them)
_NOT_WORDS = "。，,；;．. \t\n\u3000*_】"
#: Dashes setting a line's role clauses off its work (加强专利培育——区科技局牵头).
_DASHES = "—–－─"


@dataclass
class TaskDraft:
    id: str
    path: str
    kind: TaskKind
    chapter_kind: ChapterKind
    span: Span
    title: str | None
    paragraphs: list[Span]
    parent: str | None = None
    unit: Unit | None = None
    clauses: list[TaskDraft] = field(default_factory=list)
    #: Where each clause starts, in text order (``clauses`` are in order and apart): for bisection.
    clause_starts: list[int] = field(default_factory=list)
    row: int | None = None
    table: int | None = None
    columns: TaskColumns | None = None
    deadline: str | None = None


def _cn_value(numeral: str) -> int:
    digits = {ch: i + 1 for i, ch in enumerate(_CN[:9])}
    if numeral == "十":
        return 10
    if numeral.startswith("十"):
        return 10 + digits.get(numeral[1:], 0)
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return digits.get(tens, 0) * 10 + digits.get(ones, 0)
    return digits.get(numeral, 0)


def find_clauses(
    text: str, start: int, end: int, paragraphs: list[Span] | None = None
) -> list[tuple[str, Span]]:
    """The 一是/二是/… sequence in ``text[start:end]``, else one numbered inside a paragraph after a colon or
    a stop (（1）…；（2）…, ①…；②…, 1）…, ⑴…): labels and spans, or [] when there is none. A numbered label
    is written with ASCII brackets ((1)) however the text writes it (（1）, 1）, ⑴), as the outline's paths
    are; ① is kept. The last
    clause ends with its paragraph (of ``paragraphs`` when given: a PDF's lines wrap inside one), else at
    the line's end."""
    found = _enumerated_clauses(text, start, end)
    if len(found) < 2:
        found = _numbered_clauses(text, start, end)
    if len(found) < 2:
        found = _dotted_clauses(text, start, end)
    if len(found) < 2:
        return []
    spans: list[tuple[str, Span]] = []
    for i, (label, at) in enumerate(found):
        stop = found[i + 1][1] if i + 1 < len(found) else end
        if i + 1 == len(found):
            held = next((p for p in paragraphs or () if p[0] <= at < p[1]), None)
            para_end = min(held[1], end) if held is not None else text.find("\n", at, end)
            stop = end if para_end < 0 else para_end
        spans.append((label, trim(text, at, stop)))
    return spans


#: The label of a paragraph that is a measure of its own (二.段2): no number is written for it.
_PARAGRAPH_LABEL = "段"
#: What closes a paragraph ending with a note naming who does its work (…。（责任单位：县市场监管局）).
_NOTE_CLOSERS = "）)】〕"
#: How far back from a paragraph's end its closing note is looked for on its own.
_NOTE_REACH = 160
#: The last characters of bodies' names (局, 委, 办 …): a bracket ending so may be a note of names alone.
_NAME_ENDS = "局委办府院所会室队部心站行司处馆厅组"
#: What may follow that note at the paragraph's end.
_AFTER_NOTE = " \t\n\u3000。；;"


def paragraph_measures(text: str, heading: Span, paragraphs: list[Span]) -> list[tuple[str, Span]]:
    """The paragraphs of a task that are measures of their own (段1, 段2 …): the paragraphs after its
    heading each closing with its own note naming who does it, two or more of them (under 二、重点任务
    or a heading without a number: 实施专利培育工程…。（责任单位：县科技局） ↵ 推进地理标志运用…。
    （责任单位：县农业农村局）), or one when the heading's own paragraph closes with a note of its own
    (1.实施商标品牌工程。…（牵头单位：…） ↵ 加大地理标志培育力度。…（责任单位：…）). A paragraph
    without a note stays the task's only (a lead-in, a heading line); a task whose note closes only its
    last paragraph is one measure written in several paragraphs, and has none."""
    pieces = _note_pieces(text, paragraphs)
    if heading in paragraphs:
        heading = next(p for p in pieces if p[0] == heading[0])
        paragraphs = pieces
    else:
        paragraphs = pieces
    closing = [p for p in paragraphs if p != heading and _closes_with_bracket(text, p)]
    if not closing:
        return []
    # a heading paragraph with its own note is a measure already: one more paragraph noted makes two
    needed = 1 if heading in paragraphs and _closes_with_bracket(text, heading) else 2
    if len(closing) < needed:
        return []
    noted = [p for p in closing if _closing_note(text, p)]
    if len(noted) < needed or (needed == 1 and not _closing_note(text, heading)):
        return []
    return [(f"{_PARAGRAPH_LABEL}{n}", span) for n, span in enumerate(noted, start=1)]


#: A bracket closing a line (…按职责分工负责〕↵): where a note may end a measure inside a paragraph.
_NOTE_LINE_END = re.compile(r"[）)〕】][。；;]?[ \t\u3000]*(?=\n)")


def _note_pieces(text: str, paragraphs: list[Span]) -> list[Span]:
    """The paragraphs, each cut after a line that a note closes outside any other bracket: a PDF's lines
    run one paragraph on into the next (…按职责分工负责〕↵建立产业集群…), a note ends its measure."""
    out: list[Span] = []
    for s, e in _balanced(text, paragraphs):
        ends = [m.start() + 1 for m in _NOTE_LINE_END.finditer(text, s, e)]
        if not ends:
            out.append((s, e))
            continue
        groups = [g for g in bracket_groups(text, s, e) if g.closed]
        at = s
        for end in ends:
            closing = next((g for g in groups if g.close == end), None)
            if closing is None or any(g.open < closing.open and g.close > end for g in groups):
                continue  # no bracket closes there, or one inside another note: （街道）↵
            cut = trim(text, at, end + len(text[end:e]) - len(text[end:e].lstrip("。；; \t\u3000")))
            out.append(cut)
            at = cut[1]
        rest = trim(text, at, e)
        if rest[0] < rest[1]:
            out.append(rest)
    return out


def _balanced(text: str, paragraphs: list[Span]) -> list[Span]:
    """The paragraphs, one leaving a bracket open joined with those after it until it closes (a PDF's
    lines may part a note: …各镇（街道） ↵ 按职责分工负责〕)."""
    out: list[Span] = []
    depth = 0
    for s, e in paragraphs:
        if depth > 0 and out:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
        depth = max(
            0, depth + sum(text.count(c, s, e) for c in _OPENS) - sum(text.count(c, s, e) for c in _CLOSES)
        )
    return out


#: The brackets a note opens and closes with.
_OPENS = ("（", "(", "〔", "【")
_CLOSES = ("）", ")", "〕", "】")


def _note_end(text: str, span: Span) -> int:
    """Where the paragraph's words end, the full stops and spaces after a closing note left out."""
    end = span[1]
    while end > span[0] and text[end - 1] in _AFTER_NOTE:
        end -= 1
    return end


def _closes_with_bracket(text: str, span: Span) -> bool:
    """The paragraph's last character, full stops and spaces aside, closes a bracket: a quick test."""
    end = _note_end(text, span)
    return end > span[0] and text[end - 1] in _NOTE_CLOSERS


def _closing_note(text: str, span: Span) -> bool:
    """The paragraph closes with a note naming who does it, after words of its own work: a bracket opening
    with a label (（责任单位：…）) or closing with a role word (（县财政局负责）), or a bracket of names alone
    (（县科技局、县财政局）) read as a note; the whole paragraph read when the bracket opens further back
    than a note reaches."""
    end = _note_end(text, span)
    window = max(span[0], end - _NOTE_REACH)
    last = next((g for g in bracket_groups(text, window, end) if g.closed and g.close == end), None)
    if last is None or last.open <= window:
        notes = find_annotations(text, *span)
        return bool(notes) and notes[-1].span[1] >= end and _words_before(text, span[0], notes[0].span[0])
    before = trim(text, span[0], last.open)
    if not _words_before(text, *before) or label_at(text, *before) is not None:
        return False  # a note alone, or a line of the task's own note (责任单位：…) run on into this one
    inner = trim(text, last.open + 1, end - 1)
    if label_at(text, *inner) is not None:
        return True
    if strip_role_word(text, *without_trailing_time(text, *inner))[1] is not None:
        return True
    # names alone: only a bracket ending as a body's name does is read whole (a costly reading)
    return (
        inner[0] < inner[1]
        and text[inner[1] - 1] in _NAME_ENDS
        and bool(find_annotations(text, last.open, end))
    )


def _words_before(text: str, start: int, end: int) -> bool:
    """Words of work stand in ``text[start:end]``, before a note."""
    return bool(text[start:end].strip(_NOT_WORDS + ANNOTATION_OPENERS))


def _enumerated_clauses(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """(label, start) of the clauses enumerated 一是, 二是 … (or 一要, 二要 …, 第一，第二，…, 其一，其二，…,
    首先，其次，…，最后，…) in order inside ``text[start:end]``: the longest run of one of these ways of
    counting (a paragraph counts its clauses one way; the first way written wins a tie)."""
    runs: dict[str, list[tuple[str, int]]] = {}
    for m in _CLAUSE.finditer(text, start, end):
        word = m.group(5)
        if word is not None:
            run = runs.setdefault("先", [])
            # 最后 closes a run begun with 首先; the others stand at their place
            place = len(run) + 1 if word == "最后" and run else _SEQUENCE_WORDS.index(word) + 1
            if place == len(run) + 1 and (run or word == "首先"):
                run.append((word, m.start()))
            continue
        way = m.group(2) or ("第" if m.group(3) else "其")
        run = runs.setdefault(way, [])
        if _cn_value(m.group(1) or m.group(3) or m.group(4)) == len(run) + 1:
            run.append((m.group(0), m.start()))
    return max(runs.values(), key=len, default=[])


def _numbered_clauses(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """(label, start) of the clauses numbered 1, 2, 3 … in order inside ``text[start:end]``."""
    found: list[tuple[str, int]] = []
    for m in _bracket_or_stop_clauses(text, start, end):
        mark = m.group(1)
        if len(mark) > 1:  # （1） or 1）
            number = int(mark.strip("（()）"))
        elif mark in ENCLOSED:  # ⑴
            number = int(ENCLOSED[mark])
        else:  # ①
            number = ord(mark) - ord("①") + 1
        if number == len(found) + 1:
            found.append((mark if mark in CIRCLED else f"({number})", m.start(1)))
    return found


def _bracket_or_stop_clauses(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_NUMBERED_CLAUSE`` in ``text[start:end]``: a clause's number after a stop, or right
    after a closing bracket (the bracket may stand before ``start``, or close the number before: （1）（2）),
    as a search after the bracket would find them."""
    pos = start - 1 if start > 0 and text[start - 1] in "）)" else start
    while (m := _NUMBERED_CLAUSE.search(text, pos, end)) is not None:
        yield m
        pos = m.end() - 1 if text[m.end() - 1] in "）)" else m.end()


def _dotted_clauses(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """(label, start) of the items numbered 1. 2. 3. (1、 1．) in order inside ``text[start:end]``, each after
    a stop: labelled by the number alone (二.(一).1), the path the same item takes on a line of its own. The
    run may open at any number, a chapter numbering its items on through its sections (（二）…。3.…；4.…);
    a 1. written after it opens a run of its own."""
    found: list[tuple[str, int]] = []
    for m in _DOTTED_CLAUSE.finditer(text, start, end):
        number = int(m.group(1)[:-1])
        if not found or number == 1:
            found = [(str(number), m.start(1))]
        elif number == int(found[-1][0]) + 1:
            found.append((str(number), m.start(1)))
    return found


@cache
def _duty_mark() -> re.Pattern[str]:
    """A colon and a duty word after it (：负责, ：配合 …: agency_types.yaml duty_openings)."""
    words = sorted(agency_vocabulary().duty_openings, key=len, reverse=True)
    return re.compile("[：:][ \t\u3000]*+(?:" + ("|".join(map(re.escape, words)) or "(?!)") + ")")


#: The most words a line of duties' clause title takes (its duty up to the first comma or stop).
_DUTY_TITLE_MAX = 60


#: The most lines of duties a task holds (a chapter's bodies, a few dozen at most): a longer run is no
#: chapter of duties, and its lines are not read one by one.
_MAX_DUTY_LINES = 100
#: How far into a paragraph the colon after its units may stand.
_DUTY_COLON_REACH = 40


def _duty_lines(text: str, paragraphs: list[Span]) -> list[tuple[str, Span]]:
    """A task's paragraphs that each open with units, a colon and their duties (二、职责分工 ↵ 区市场监管局：
    负责… ↵ 区科技局：负责…): each the clause of those units, labelled by their names as written; [] unless
    two lines or more name units apart (no two the same), and no more than _MAX_DUTY_LINES. Beside a line
    whose duty opens with a duty word, the units' lines whose duties open with other work (县财政局：落实…,
    县人民法院、县人民检察院：依法办理…) are lines of duties too."""
    found: list[tuple[str, Span, int]] = []
    worded = False  # a line whose duty opens with a duty word (：负责, ：配合)
    for para in paragraphs:
        reach = min(para[1], para[0] + _DUTY_COLON_REACH)
        colon = _duty_mark().search(text, para[0], reach)
        if colon is not None:
            worded, at = True, colon.start()
        elif (at := _colon_at(text, para[0], reach)) < 0 or not _units_before(text, para, at):
            continue  # most paragraphs: no colon, or no units before it (主要目标：…)
        found.append((squeeze(text[para[0] : at]), para, at))
        if len(found) > _MAX_DUTY_LINES:
            return []
    if not worded or len(found) < 2 or len({label for label, _, _ in found}) < len(found):
        return []
    lines: list[tuple[str, Span]] = []
    for _, para, colon_at in found:
        note = opening_units(text, *para)
        if note is not None and note.span[1] == colon_at + 1:
            lines.append((squeeze(text[note.span[0] : colon_at]), trim(text, *para)))
    return lines if len(lines) >= 2 else []


#: What ends a sentence of duties before the next body's (县公安局：负责…。县财政局：负责…).
_DUTY_STOPS = re.compile("[。；;]")


def _duty_runs(text: str, paragraphs: list[Span]) -> list[Span]:
    """The paragraphs, each opening with units, a colon and a duty word parted where a sentence after a
    stop opens so again (三、职责分工 ↵ 县市场监管局：负责…。县公安局：负责…。: one paragraph of duties
    written as lines of duties are); any other paragraph whole."""
    runs: list[Span] = []
    for para in paragraphs:
        start = para[0]
        if _duty_mark().search(text, start, min(para[1], start + _DUTY_COLON_REACH)) is not None:
            for stop in _DUTY_STOPS.finditer(text, start, para[1]):
                at = trim(text, stop.end(), para[1])[0]
                colon = _duty_mark().search(text, at, min(para[1], at + _DUTY_COLON_REACH))
                if colon is not None and _units_before(text, (at, para[1]), colon.start()):
                    runs.append((start, stop.end()))
                    start = at
        runs.append((start, para[1]))
    return runs


def _units_before(text: str, para: Span, colon_at: int) -> bool:
    """The paragraph opens with units and the colon at ``colon_at`` after them (县财政局：落实…)."""
    note = opening_units(text, *para)
    return note is not None and note.span[1] == colon_at + 1


#: The colons after a line's units (县财政局：落实…).
_DUTY_COLONS = ("：", ":")


def _colon_at(text: str, start: int, end: int) -> int:
    """Where the first colon of ``text[start:end]`` stands, else -1."""
    return min((at for at in (text.find(c, start, end) for c in _DUTY_COLONS) if at >= 0), default=-1)


def _duty_title(text: str, span: Span, label: str) -> str | None:
    """A line of duties' title: its duty after the colon, up to the first comma or stop."""
    colon = _duty_mark().search(text, *span)
    at = colon.start() if colon is not None else _colon_at(text, span[0], span[1])
    start = at + 1 if at >= 0 else span[0]
    stops = [p for p in (text.find(ch, start, span[1]) for ch in "，。；") if p >= 0]
    stop = min(stops, default=span[1])
    words = text[start:stop].strip()
    return words if 0 < len(words) <= _DUTY_TITLE_MAX else None


def _clause_title(text: str, span: Span, label: str) -> str | None:
    """The clause's words up to its first comma or stop, or up to an annotation written into it
    (一是建立制度（责任单位：…）), joined over the line breaks of a wrapped table cell."""
    written = _CLAUSE_MARK.match(text, span[0], span[1]) if label.startswith("(") else None
    body_start = written.end() if written is not None else span[0] + len(label)  # 1） and ⑴ are (1)
    if label.isascii() and label.isdigit():
        body_start += 1  # the stop after the number (1.加强专利导航)
    if label.startswith(_PARAGRAPH_LABEL):
        body_start = span[0]  # a paragraph measure: its label is not written
    while body_start < span[1] and text[body_start] in _LABEL_PAUSE:
        body_start += 1
    stops = [p for p in (text.find(ch, body_start, span[1]) for ch in "，。；") if p >= 0]
    stop = min(stops) if stops else span[1]
    if any(ch in ANNOTATION_OPENERS for ch in text[body_start:stop]):  # only then can one cut the title
        stop = min([stop, *(a.span[0] for a in find_annotations(text, body_start, span[1])[:1])])
    if stop - body_start > _CLAUSE_TITLE_MAX or stop <= body_start:
        return None
    return text[body_start:stop].replace("\n", "").strip() or None  # a cell wrapped over lines


#: An item's number opening a table cell that lists its work item by item (1.开展…<br>2.加强…, （1）推进…；
#: （2）…, ①建立…；②开展…, 1、开展… 2、开展…): no word of the task's title; never a decimal (1.5亿元) nor a
#: year.
CELL_ITEM = re.compile(
    r"(?:[（(](?:[1-9]|1\d)[）)]|(?:[1-9]|1\d)[）)]|[①-⑳]|[⑴-⒇]|(?:[1-9]|1\d)[.．、](?![\d.．]))"
)


def _cell_title(text: str, cell: Span) -> str | None:
    """A table cell's title (``_clause_title``): past the number of the cell's first item when it lists its
    work so, and up to the next item's number when no stop parts the items (1、开展宣传周活动 2、开展进校园
    活动; 1）开展…<br>2）加强…): a number after a space, a line break or markdown's <br>."""
    s, e = trim(text, *cell)
    if s >= e or not (text[s].isdigit() or text[s] in "（("):  # 1, ① to ⑨ and ⑴ to ⑼ are digits
        return _clause_title(text, cell, "")  # the cheap test first: most cells open with their words
    item = CELL_ITEM.match(text, s, e)
    if item is None:
        return _clause_title(text, cell, "")
    later = CELL_ITEM.search(text, item.end(), e)
    while later is not None and text[later.start() - 1] not in " \t\n\u3000>":  # > of markdown's <br>
        later = CELL_ITEM.search(text, later.end(), e)
    end = later.start() if later is not None else e
    if text[end - 1] == ">" and (tag := text.rfind("<br", item.end(), end)) >= 0:
        end = tag  # the <br> parting the items
    return _clause_title(text, (item.end(), end), "")


#: A stage named after its time (2024年7月至2025年12月为推进阶段, 2024年6月—7月为宣传发动阶段, a comma
#: before 为: 2024年5月至6月，为启动阶段), or a year named as a stage (2024年为启动实施年, 2026年是总结验收之
#: 年): the time, the name and the word naming a stage (阶段, 年); read in a phases chapter only.
STAGE = re.compile(
    r"(?P<time>(?:19|20)\d{2}\s*+年[^为是，,。；;：:、\n]{0,20}?)\s*+(?:[，,]\s*+)?(?:为|是)\s*+"
    r"(?P<name>[\u4e00-\u9fff]{2,10}?)之?(?P<word>阶段|年)(?=[\s，,。；;：:（(]|$)"
)


def stage_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """The stage named after its time opening ``text[start:end]`` (2024年4月至6月为启动阶段; 2024年为
    启动实施年, a year alone named as a stage)."""
    m = STAGE.match(text, start, end)
    if m is None or (m.group("word") == "年" and not CALENDAR_YEAR.fullmatch(m.group("time").strip())):
        return None
    return m


def stated_stages(structure: Structure, unit: Unit) -> list[re.Match[str]]:
    """The stages a unit of a phases chapter states in its own text, each a clause named after its time
    (实施步骤 ⏎ 2024年6月—7月为宣传发动阶段；2024年8月—2026年9月为培育提升阶段；…)."""
    text = structure.text
    found = []
    for p in structure.own_paragraphs(unit):
        start, end = structure.paragraphs[p].span
        if structure.paragraphs[p].span == unit.heading_span:
            start = unit.title_span[0] if unit.title_span is not None else unit.marker_span[1]
        for m in STAGE.finditer(text, start, end):
            # a clause's or a line's opening (not …，到2024年为…), and a year alone before 年 (2024年为启动
            # 实施年)
            before = trim(text, start, m.start())[1]
            opens = before == start or text[before - 1] in _CLAUSE_STOPS or "\n" in text[before : m.start()]
            if opens and stage_at(text, m.start(), end):
                found.append(m)
        if "阶段" in text[start:end]:  # the cheap test first: a stage named before its time says 阶段
            for m in NAMED_STAGE.finditer(text, start, end):
                # a clause's opening (本方案分三个阶段实施：动员部署阶段（…），…；组织实施阶段（…），…)
                before = trim(text, start, m.start())[1]
                if (
                    before == start
                    or text[before - 1] in _NAMED_STAGE_AFTER
                    or "\n" in text[before : m.start()]
                ):
                    found.append(m)
    return sorted(found, key=lambda m: m.start())


#: What ends a clause a stage may open (…阶段；2024年8月—…为培育提升阶段).
_CLAUSE_STOPS = "。；;"
#: A stage named before its time, in a bracket (动员部署阶段（2023年1月—3月）), opening a clause of a
#: paragraph listing the stages: its name and its time.
NAMED_STAGE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,10}?)阶段\s*+[（(](?P<time>(?:19|20)\d{2}\s*+年[^（()）。；;]{0,20}?)[）)]"
)
#: What ends the words before a clause such a stage opens (…分三个阶段实施：动员部署阶段（…）).
_NAMED_STAGE_AFTER = "。；;：:"


def is_phase(unit: Unit) -> bool:
    """A unit of a phases chapter that is a phase of the work, not a task: numbered as one (第一阶段), named
    as one (动员部署阶段), a step named and dated in the heading (动员部署（2025年4月至6月）), or a year named
    as a stage (（一）2024年为启动实施年)."""
    if unit.kind == "phase":
        return True
    title = unit.title or ""
    if any(re.search(p, title) for p in document_vocabulary().phase_patterns):
        return True
    return DATED_STEP.fullmatch(title) is not None or stage_at(title, 0, len(title)) is not None


def _is_task(structure: Structure, unit: Unit) -> bool:
    if unit.chapter_kind == "supplementary":
        return _supplementary_work(structure, unit)
    if unit.level == 0 or unit.chapter_kind not in WORK_CHAPTERS:
        return False
    if unit.chapter_kind == "phases" and (is_phase(unit) or stated_stages(structure, unit)):
        # 实施步骤 ⏎ 2024年6月—7月为宣传发动阶段；…: its stages, no one's task, unless it names who does its
        # work ((二)组织实施阶段（…）。各责任单位按照任务分工抓好落实…; …。县市场监管局负责制定方案)
        return _phase_names_its_bodies(structure, unit)
    if unit.children:
        # 一、县市场监管局 over 1. 2.: the units the items under it take (responsibilities.py), no work itself
        heading_only = unit.heading_only and unit.title_span is not None
        if heading_only and units_heading(structure.text, unit.heading_span, unit.title_span) is not None:
            return False
        return _carries_work(structure, unit)
    if about_the_plan(structure.text, unit.heading_span[0], unit.span[1]):
        return False  # 六、本措施自2023年6月1日起施行…由市市场监管局负责解释: no one's work
    own_text = [
        p for p in structure.own_paragraphs(unit) if structure.paragraphs[p].span != unit.heading_span
    ]
    if only_points_elsewhere(structure.text, _text_after_title(structure, unit, own_text)):
        # 二、重点任务 / 重点任务详见附件《…分工表》, 二、重点任务。各单位按照下表分工抓好落实：: the
        # table's rows are the tasks
        return False
    if own_text or not unit.heading_only or _names_its_body(structure, unit):
        return True
    # a line alone naming who does it (1.开展专利导航（责任单位：县科技局）, 3月底前：开展执法（县科技局
    # 牵头）): the note makes it work, as a closing stop would
    return _noted_work(structure.text, unit.marker_span[1], unit.heading_span[1])


#: The longest text after a heading's title that may only point to a table or an annex (pointers: a
#: cheap test before the patterns).
_POINTER_MAX = 100


def _text_after_title(structure: Structure, unit: Unit, own_text: list[int]) -> list[Span]:
    """The spans of a unit's text after its title: its own paragraphs, after the rest of its heading's line
    when the line goes on into a table under it (二、重点任务。各单位按照下表分工抓好落实： ↵ 序号…); []
    when the unit has none, or when the rest of the line is too long to be a mere pointer. A line going on
    with no table under it names its work (（二）加强知识产权保护。具体任务分工见附件。: a task)."""
    spans = [structure.paragraphs[p].span for p in own_text]
    if not unit.heading_only:
        if not any(unit.heading_span[1] <= t.span[0] < unit.span[1] for t in structure.tables):
            return []
        text = structure.text
        start = unit.title_span[1] if unit.title_span else unit.marker_span[1]
        end = unit.heading_span[1]
        while start < end and text[start] in _NOT_WORDS:
            start += 1
        if start >= end or end - start > _POINTER_MAX:
            return []
        spans.insert(0, (start, end))
    return spans


def _noted_work(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` writes work, then a note naming who does it (开展专利导航（责任单位：县科技局）):
    words before its first note, not the note alone."""
    notes = find_annotations(text, start, end)
    if not notes:
        return False
    first = notes[0]
    if first.role_sentence and first.mentions:
        # 1.加强专利培育——区科技局牵头: the role clauses set off the work by a dash, the line's words
        before = text[start : first.mentions[0].span[0]].rstrip()
        if before.endswith(tuple(_DASHES)) and before.strip(_DASHES + _NOT_WORDS):
            return True
    return bool(text[start : first.span[0]].strip(_NOT_WORDS + ANNOTATION_OPENERS))


def _supplementary_work(structure: Structure, unit: Unit) -> bool:
    """An item of a closing chapter (三、其他 / 五、其他事项 / 附则) that names who does it, in a note
    (（一）做好统计分析工作…。（责任单位：市统计局）) or as a body answering for it in prose
    ((十八)本措施所需资金由市财政局负责保障): work, as the same item is in a tasks chapter. The chapter's
    other items (本要点由…负责解释, 请于6月底前报送…, 各单位要…) remain remarks about the plan."""
    if unit.level < 2 or unit.children:
        return False
    text = structure.text
    if about_the_plan(text, unit.heading_span[0], unit.span[1]):
        return False
    end = _own_span(structure, unit)[1]
    if _noted_work(text, unit.marker_span[1], end):
        return True
    return any(ob.answers for ob in find_prose_obligations(text, unit.marker_span[1], end))


def _phase_names_its_bodies(structure: Structure, unit: Unit) -> bool:
    """A phase whose own words after its name and time name who does its work, in prose (各责任单位按照任务
    分工抓好落实, 县市场监管局要制定实施方案) or in a note (（责任单位：县市场监管局）): that work is theirs,
    a task as an item of work is, the phase still read as one (phases.py)."""
    text = structure.text
    start, end = _own_span(structure, unit)
    if unit.title_span is not None and unit.title_span[0] >= start:
        start = max(start, unit.title_span[1])
    start, end = trim(text, start, end)
    if start >= end:
        return False
    return bool(find_prose_obligations(text, start, end)) or any(
        note.mentions for note in find_annotations(text, start, end)
    )


def _names_its_body(structure: Structure, unit: Unit) -> bool:
    """A heading line alone whose words open with the units doing them (1.[县科技局]推进贯标, （二）县司法局：
    健全调解机制): a task, as the same line closed by 。 is."""
    text = structure.text
    start, end = trim(text, unit.marker_span[1], unit.heading_span[1])
    return may_open_with_units(text, start, end) and opening_units(text, start, end) is not None


def _names_work(unit: Unit) -> bool:
    """A heading over sub-units in a chapter of work ((二)强化知识产权保护 over 1. 2. 3.), not a phase."""
    return bool(
        unit.level > 0 and unit.children and unit.title and unit.chapter_kind in WORK_CHAPTERS
    ) and not (unit.chapter_kind == "phases" and is_phase(unit))


def _own_span(structure: Structure, unit: Unit) -> Span:
    """A unit's own text: its span, or up to its first sub-unit when it has any."""
    end = structure.units[unit.children[0]].heading_span[0] if unit.children else unit.span[1]
    return trim(structure.text, unit.span[0], end)


def _carries_work(structure: Structure, unit: Unit) -> bool:
    """A unit with sub-units is a task as well when its own text says more than a heading: words after
    its title (1.拓展金融服务。推广专利导航…) other than a lead-in to the sub-units (分以下三个阶段开展：),
    an annotation naming who does it, or a title that is a sentence obliging a unit
    ((二)县财政局要落实经费保障。). A lead-in is work too when a note alone on the line after the last
    sub-unit closes their list (``_list_closed_by_note``): the note names who does the item."""
    text = structure.text
    title = unit.title_span
    if title and text.startswith(_SENTENCE_STOPS, title[1]) and find_prose_obligations(text, *title):
        return True  # the title is a sentence of its own (…要落实经费保障。): only then may it oblige a unit
    leads_in = False
    for p in structure.own_paragraphs(unit):
        s, e = structure.paragraphs[p].span
        if s == unit.heading_span[0]:
            s = unit.title_span[1] if unit.title_span else unit.marker_span[1]
        words = text[s:e].strip(_NOT_WORDS)
        lead_in = words.endswith(("：", ":")) and not any(ch in words for ch in "。；;！!")
        if words and not lead_in:
            return True
        leads_in = leads_in or lead_in
    if find_annotations(text, *_own_span(structure, unit)):
        return True
    if leads_in and _list_closed_by_note(structure, unit):
        return True
    # 以下任务由区市场监管局负责： on the line below the heading: a note over the sub-units, read in its own
    # paragraph (its sentence is no heading's)
    return any(
        find_annotations(text, *structure.paragraphs[p].span)
        for p in structure.own_paragraphs(unit)
        if structure.paragraphs[p].span[0] != unit.heading_span[0]
        and text.startswith(FOLLOWING, *structure.paragraphs[p].span)
    )


def _list_closed_by_note(structure: Structure, unit: Unit) -> bool:
    """The sub-units of ``unit``, two or more with none of their own and no note of their own, are closed
    by a note alone on the line after the last one's words (2.3.1 加大行政执法力度。…重点做好以下工作：
    ↵（1）…； ↵（2）…。 ↵ 责任单位：A（牵头），B、C): the note is the item's, written where its list ends,
    and speaks for the item as for each of its parts (annotation_scope.closes_a_list)."""
    text = structure.text
    children = [structure.units[i] for i in unit.children]
    if len(children) < 2 or any(c.children for c in children):
        return False
    paragraphs = structure.own_paragraphs(children[-1])
    if len(paragraphs) < 2:
        return False  # the note on a line of its own, after the sub-unit's words
    s, e = structure.paragraphs[paragraphs[-1]].span
    notes = find_annotations(text, s, e)
    if not notes or not notes[0].mentions or text[s : notes[0].span[0]].strip(" \u3000"):
        return False
    last_words = (structure.paragraphs[p].span for p in paragraphs[:-1])
    return not any(find_annotations(text, *span) for span in last_words) and not any(
        find_annotations(text, *c.span) for c in children[:-1]
    )


def build_tasks(structure: Structure, doc_id: str) -> tuple[list[TaskDraft], list[RowLink]]:
    """The plan's tasks in text order, and the task-table rows that speak for its prose tasks instead of
    being tasks themselves (row_links.py; the responsibility stage gives them their units)."""
    text = structure.text
    tasks: list[TaskDraft] = []
    headings: list[Unit] = []  # headings of work that are no task themselves: a 分工表 row may name them
    duties = _duty_mark().search(text) is not None  # most plans: no line of duties (区科技局：负责…)
    measures = bulleted_measures(structure)  # an item's bullets with its note after them: its own text
    measured = {p.index for points in measures.values() for p in points}
    # items that are their title alone: tasks when a 分工表 row restates one
    titles_only: list[TaskDraft] = []
    for unit in structure.units:
        if unit.index in measured:
            continue
        bullets = measures.get(unit.index)
        if bullets is None and not _is_task(structure, unit):
            if _names_work(unit):
                headings.append(unit)
            elif _title_alone(structure, unit):
                titles_only.append(_unit_draft(structure, unit, doc_id))
            continue
        task = _unit_draft(structure, unit, doc_id, bullets)
        paragraphs = task.paragraphs
        found = find_clauses(text, task.span[0], task.span[1], paragraphs)
        title_of = _clause_title
        if not found and duties:  # 二、职责分工 ↵ 区市场监管局：负责… ↵ 区科技局：负责…: a clause a line
            found, title_of = _duty_lines(text, _duty_runs(text, paragraphs)), _duty_title
        if not found and (len(paragraphs) > 1 or text.count("\n", *task.span) > 1):  # one line: no measures
            found = paragraph_measures(text, unit.heading_span, paragraphs)
        for label, span in found:
            task.clauses.append(
                TaskDraft(
                    id=f"{task.id}.{label}",
                    path=f"{task.path}.{label}",
                    kind="clause",
                    chapter_kind=task.chapter_kind,
                    span=span,
                    title=title_of(text, span, label),
                    paragraphs=[span],
                    parent=task.id,
                )
            )
        task.clause_starts = [c.span[0] for c in task.clauses]
        tasks.append(task)
    for path, chapter, span in closing_paragraph_tasks(structure):
        tasks.append(
            TaskDraft(
                id=f"{doc_id}/task/{path}",
                path=path,
                kind="section",
                chapter_kind=chapter,  # type: ignore[arg-type]
                span=span,
                title=closing_title(text, span),
                paragraphs=[span],
            )
        )
    tasks.extend(_restated_titles(structure, tasks, titles_only, headings))
    links = row_links(structure, tasks, headings)
    tasks.extend(_table_tasks(structure, doc_id, links))
    return sorted(tasks, key=lambda t: t.span[0]), links


def _unit_draft(
    structure: Structure, unit: Unit, doc_id: str, bullets: Sequence[Unit] | None = None
) -> TaskDraft:
    """The task a unit of the outline writes (with the bulleted measures that are its own text, if any)."""
    kind: TaskKind = unit.kind if unit.kind in ("chapter", "item", "subitem", "point") else "section"  # type: ignore[assignment]
    paragraphs = [
        structure.paragraphs[p].span for u in (unit, *(bullets or ())) for p in structure.own_paragraphs(u)
    ]
    return TaskDraft(
        id=f"{doc_id}/task/{unit.path}",
        path=unit.path,
        kind=kind,
        chapter_kind=unit.chapter_kind,  # type: ignore[arg-type]
        span=trim(structure.text, *unit.span) if bullets else _own_span(structure, unit),
        title=unit.title,
        paragraphs=paragraphs,
        unit=unit,
    )


def _title_alone(structure: Structure, unit: Unit) -> bool:
    """An item of a tasks chapter that is its title alone on its line, with nothing under it (二、重点任务 /
    （一）提升创造质量 / 1.深入实施高价值专利培育工程): the plan names the task here and says its work
    elsewhere, in a 分工表 restating the title (``_restated_titles``)."""
    return (
        unit.level > 0
        and not unit.children
        and unit.chapter_kind == "tasks"
        and unit.heading_only
        and bool(unit.title)
        and all(structure.paragraphs[p].span == unit.heading_span for p in structure.own_paragraphs(unit))
    )


def _restated_titles(
    structure: Structure, tasks: list[TaskDraft], titles_only: list[TaskDraft], headings: list[Unit]
) -> list[TaskDraft]:
    """Of the items that are their title alone, those a task table's row restates (row_links.py, by title):
    tasks, the row's units and time limit theirs (its task cell: the title, a 。 and the work), as a row
    restating a task written out in prose gives that task its units."""
    if not titles_only or not structure.tables or not may_restate(structure, titles_only):
        return []
    named = {
        id(d)
        for link in row_links(structure, [*tasks, *titles_only], headings)
        if link.by == "title"
        for d in link.tasks
    }
    return [d for d in titles_only if id(d) in named]


def _head_start(text: str, row: tuple[TableCell, ...]) -> int:
    """Where the heading a row across the table opens starts: its words after its part's number (一 |
    提升…), else its first cell."""
    words = numbered_across(text, row)
    return (words or row[0]).span[0]


def _across(text: str, row: tuple[TableCell, ...]) -> bool:
    """A row across the table heading the rows under it (table_sections.py), with its part's number or
    without: merged along the row after the number (一 | 提升…), or a heading found for the rows under it
    (its other cells left empty: ``heads``)."""
    words = numbered_across(text, row)
    return across(text, row) or (words is not None and all(c.span == words.span for c in row[1:]))


def _spanning_groups(
    text: str, rows: list[tuple[int, tuple[TableCell, ...]]], columns: TaskColumns, skipped: set[int]
) -> dict[int, list[int]]:
    """Task cells spanning several rows of measures (工作任务 over 具体措施): by the first row's index, the
    rows the cell spans, two or more. A row goes on the task above it when its measure cell is filled and its
    task cell is the cell above merged down (rowspan), or in a text table left empty or written again word
    for word (a converter writes a merged cell in each row it covers), and so is its 序号 cell (a row
    numbered on its own is a task of its own, as the plan counts it). None without a measure column, and a
    row in ``skipped`` (spoken for elsewhere, one cell across the table) is in no group."""
    measure, task, number = columns.measure, columns.task, columns.number
    if measure is None:
        return {}
    groups: dict[int, list[int]] = {}
    first: tuple[int, tuple[TableCell, ...]] | None = None
    for r, row in rows:
        if r in skipped or measure >= len(row) or not filled(row[measure]):
            first = None
            continue
        if first is not None and all(
            c is None
            or c >= len(row)
            or row[c].span == first[1][c].span
            or not filled(row[c])
            or same_words(text, row[c], first[1][c])
            for c in (task, number)
        ):
            groups.setdefault(first[0], [first[0]]).append(r)
        else:
            first = (r, row) if filled(row[task]) else None
    return groups


def _measure_below(row: tuple[TableCell, ...], columns: TaskColumns) -> bool:
    """The row fills its measure cell (具体措施): work of its own under a task cell above it."""
    return columns.measure is not None and columns.measure < len(row) and filled(row[columns.measure])


def _own_cells(row: tuple[TableCell, ...], shared: set[Span]) -> list[Span]:
    """The filled cells of ``row`` outside ``shared``, each once (a merged cell stands at each column)."""
    return list(dict.fromkeys(c.span for c in row if filled(c) and c.span not in shared))


def _bounds(spans: list[Span]) -> Span:
    return min(s for s, _ in spans), max(e for _, e in spans)


#: The count a unit's path takes after it when a unit before it has its path (一~2: an annex's 一、 after the
#: body's).
_DEDUPED = re.compile(r"~\d+$")


def _place(enclosing: Unit | None) -> tuple[str, str]:
    """The path a task table's rows are labelled under and their chapter kind, by the unit holding them:
    under a chapter its path; in an annex (附件 / 附件2) the annex's, telling its rows from the body's."""
    within = enclosing is not None and (enclosing.level > 0 or enclosing.kind == "annex")
    base = enclosing.path if enclosing is not None and within else ""
    chapter = enclosing.chapter_kind if enclosing and enclosing.level > 0 else "tasks"
    return base, chapter if chapter in WORK_CHAPTERS else "tasks"


def _holder(
    structure: Structure,
    enclosing: Unit | None,
    rows: list[tuple[int, tuple[TableCell, ...]]],
    columns: TaskColumns,
) -> Unit | None:
    """The unit a task table's rows stand under: the one holding the table, or, when the table's first row
    numbers on from the item holding it (items 1. and 2. in prose, then a table of rows 3 and 4), that item's
    parent: the rows are the items' siblings, not parts of the last one."""
    number = enclosing.label.strip("()（）") if enclosing is not None else ""
    if enclosing is None or enclosing.parent is None or not number.isdigit():
        return enclosing
    first = next((_row_number(structure.text, row, columns) for _, row in rows), None)
    if first is None or not first.isdigit() or int(first) != int(number) + 1:
        return enclosing
    return structure.units[enclosing.parent]


def _counts_rows(text: str, row: Sequence[TableCell]) -> bool:
    """The row counts the rows above it (合计 | 4项: document_types.yaml task_table_columns totals), its
    first written cell a total's word."""
    first = next((c.span for c in row if c.span[0] < c.span[1]), None)
    totals = document_vocabulary().task_table_columns.totals
    return first is not None and squeeze(text[first[0] : first[1]]) in totals


def _table_tasks(structure: Structure, doc_id: str, links: list[RowLink]) -> list[TaskDraft]:
    """A task per row of the task tables, except rows that speak for prose tasks (``links``); a task cell
    spanning several rows of measures is one task with a task per measure under it."""
    text = structure.text
    out: list[TaskDraft] = []
    referring = {link.table for link in links if link.by == "number"}
    linked = {(link.table, link.row) for link in links if link.by != "category"}
    # a row under the prose task its category restates (重点任务 over 具体措施): a task of its own, under it
    placed = {(link.table, link.row): link.tasks[0].id for link in links if link.by == "category"}
    # the units opened by a table's row (a row across it heading the rows under it: table_sections.py)
    heading = {u.heading_span[0]: u for u in structure.units}
    for t_index, table in enumerate(structure.tables):
        columns = task_columns(text, table)
        if columns is None or t_index in referring:
            continue
        rows = body_rows(text, table)
        outer, kind = _place(_holder(structure, structure.unit_at(table.span[0]), rows, columns))
        base = outer
        heads = {r: heading[at] for r, row in rows if row and (at := _head_start(text, row)) in heading}
        skipped = {
            r
            for r, row in rows
            if (t_index, r) in linked
            or columns.task >= len(row)
            or r in heads
            or _across(text, row)
            or _counts_rows(text, row)
        }
        groups = _spanning_groups(text, rows, columns, skipped)
        grouped = {r for members in groups.values() for r in members[1:]}
        # rows sharing a category (重点任务 over 具体措施), each numbered on its own: titled by the measure
        categorised = category_rows(text, rows, columns.task, columns.measure)
        above: set[Span] = set()  # cells of the rows above: a merged cell is written in its first row only
        written: Span | None = None  # the last task cell written: a text table leaves it empty below
        used: dict[str, int] = {}  # the table's labels so far: two rows may write one 序号 (a merged cell)
        for r, row in rows:
            own = {c.span for c in row} - above  # the row's cells no row above wrote (merged ones are)
            above.update(own)
            if r in skipped or r in grouped:
                written = None if r in skipped else written
                if r in heads:  # a row across the table heading the rows under it: their path goes through it
                    base, kind = _place(heads[r])
                    if outer and not base.startswith(f"{outer}."):  # in an annex: told apart by its path
                        base = f"{outer}.{_DEDUPED.sub('', base)}"
                continue
            task_cell = row[columns.task].span
            if task_cell[0] < task_cell[1]:
                written = task_cell
            elif _measure_below(row, columns) and written is not None:
                task_cell = written  # a measure numbered on its own under the task above (empty task cell)
            else:
                continue
            label = _unique(
                f"{base + '.' if base else ''}表{t_index + 1}.{_row_number(text, row, columns) or r}", used
            )
            if r in groups:
                grouped_tasks = _group_tasks(structure, doc_id, t_index, groups[r], label, kind)
                if (t_index, r) in placed and grouped_tasks:  # the category restates a prose task: theirs
                    owner = placed[(t_index, r)]
                    grouped_tasks = [replace(t, parent=owner) for t in grouped_tasks[1:]]
                out.extend(grouped_tasks)
                continue
            spans = [c.span for c in row if c.span[0] < c.span[1]]
            spans = [s for s in spans if s in own] or spans  # the row's own line, not the rows above
            if table.origin == "cell-per-line" and r + 1 < len(table.rows):
                # nor a row's below: a merged lead cell printed in a lower row (merged_cells.py)
                below = table.rows[r + 1][0].span[0]
                spans = [s for s in spans if s[0] < below] or spans
            row_span = _bounds(spans)
            if table.origin in _WRAPPING_ORIGINS:
                row_span = _with_wrapped_lines(text, table, r, row_span)
            if r in categorised and columns.measure is not None:
                task_cell = row[columns.measure].span
            out.append(
                TaskDraft(
                    id=f"{doc_id}/task/{label}",
                    path=label,
                    kind="table_row",
                    chapter_kind=kind,  # type: ignore[arg-type]
                    span=row_span,
                    title=_row_title(text, task_cell, row_span)
                    if table.origin == "spaced"
                    else _cell_title(text, task_cell)
                    if task_cell
                    else None,
                    paragraphs=[row_span],
                    parent=placed.get((t_index, r)),
                    row=r,
                    table=t_index,
                    columns=columns,
                    deadline=row_deadline(text, row, columns),
                )
            )
    return out


#: How far (in characters) a wrapped line's words may start from their cell's column in a table typed with
#: spaces: pdftotext -layout places them under it, give or take a character.
_WRAP_INDENT = 2
#: A gap of spaces parting the columns of a line typed with spaces.
_COLUMN_GAP = re.compile(r"[ \u3000]{2,}|\t")


def _row_title(text: str, cell: Span, row_span: Span) -> str | None:
    """The title of a row of a table typed with spaces whose task cell wraps before its first stop (开展重点
    产业专利导航分析与 ↵ 预警服务): the cell's words and those the next line writes under the cell's column,
    up to the first comma or stop; else the cell's own (``_clause_title``)."""
    own = _cell_title(text, cell)
    line_end = text.find("\n", cell[1], row_span[1])
    if line_end < 0 or any(ch in text[cell[0] : cell[1]] for ch in "，。；,;"):
        return own
    line_start = text.rfind("\n", 0, cell[0]) + 1
    next_end = text.find("\n", line_end + 1, row_span[1])
    below = (line_end + 1, row_span[1] if next_end < 0 else next_end)
    indent = text[below[0] : below[1]]
    words = len(indent) - len(indent.lstrip(" \u3000"))
    # by characters, or on the screen (a CJK character before the cell, 知识产权创造  1  …, two columns wide)
    if (
        abs(words - (cell[0] - line_start)) > _WRAP_INDENT
        and abs(screen_width(indent[:words]) - screen_width(text[line_start : cell[0]])) > _WRAP_INDENT
    ):
        return own  # the words below stand under another column
    gap = _COLUMN_GAP.search(text, below[0] + words, below[1])
    more = text[below[0] + words : gap.start() if gap else below[1]]
    stops = [p for p in (more.find(ch) for ch in "，。；,;（(") if p >= 0]
    title = text[cell[0] : cell[1]].strip() + more[: min(stops) if stops else len(more)].strip()
    return title if own is not None and len(title) <= _CLAUSE_TITLE_MAX else own


#: Text tables that keep a wrapped cell's next lines inside them but in no row: typed with spaces
#: (spaced_tables.py) or with tabs (tables._tsv_tables).
_WRAPPING_ORIGINS = ("spaced", "tsv")


def _with_wrapped_lines(text: str, table: TableGrid, r: int, row_span: Span) -> Span:
    """A row of a table typed with spaces (pdftotext -layout) or tabs with the lines its cells wrapped onto
    below it (建设服务站，配齐  镇经发办  2024年3月 ↵ 专职服务人员; \t向中小企业转移转化\t\t), up to the next
    row or the table's end: the row's text is the task's, all its words. The table keeps those lines out of
    its cells."""
    stop = table.rows[r + 1][0].span[0] if r + 1 < len(table.rows) else table.span[1]
    if stop <= row_span[1]:
        return row_span
    wrapped = trim(text, row_span[1], stop)
    return (row_span[0], wrapped[1]) if wrapped[0] < wrapped[1] else row_span


def _unique(label: str, used: dict[str, int]) -> str:
    """``label``, or when a row above took it (two rows under one merged 序号 cell, a number written twice)
    the label with the first free count after it (表1.1#2): a task's path and id are its own. ``used``
    holds each label taken and, for a label written, the count it has reached."""
    n = used.get(label, 0) + 1
    unique = label if n == 1 else f"{label}#{n}"
    while n > 1 and unique in used:  # a row wrote 1#2 itself
        n += 1
        unique = f"{label}#{n}"
    used[label] = n
    used.setdefault(unique, 1)
    return unique


def _row_number(text: str, row: tuple[TableCell, ...], columns: TaskColumns) -> str | None:
    """What the row writes in its 序号 column (1. / 1、 is row 1), if anything."""
    if columns.number is None or columns.number >= len(row):
        return None
    raw = text[row[columns.number].span[0] : row[columns.number].span[1]].strip()
    return raw.rstrip(".．、") or None


def _group_tasks(
    structure: Structure, doc_id: str, t_index: int, members: list[int], label: str, kind: str
) -> list[TaskDraft]:
    """The task of a task cell spanning the rows ``members`` (its first row first) and, under it, a task per
    row: titled by its measure, with that row's units and time limit. The cells the rows share (the task
    cell, a merged 序号) are the spanning task's; the rest of each row is its measure's."""
    text = structure.text
    table = structure.tables[t_index]
    columns = task_columns(text, table)
    if columns is None or columns.measure is None:
        return []
    first = table.rows[members[0]]
    shared = {
        c.span
        for i, c in enumerate(first)
        if filled(c)
        and all(
            i >= len(table.rows[r]) or table.rows[r][i].span == c.span or not filled(table.rows[r][i])
            for r in members[1:]
        )
    }
    task_cell = first[columns.task].span
    whole = _bounds([c.span for r in members for c in table.rows[r] if filled(c)])
    parent = TaskDraft(
        id=f"{doc_id}/task/{label}",
        path=label,
        kind="table_row",
        chapter_kind=kind,  # type: ignore[arg-type]
        span=whole,
        title=_cell_title(text, task_cell),
        paragraphs=[task_cell],
        table=t_index,
    )
    out = [parent]
    for k, r in enumerate(members, start=1):
        row = table.rows[r]
        own = _own_cells(row, shared) or [row[columns.measure].span]
        span = _bounds(own)
        out.append(
            TaskDraft(
                id=f"{parent.id}.{k}",
                path=f"{label}.{k}",
                kind="table_row",
                chapter_kind=kind,  # type: ignore[arg-type]
                span=span,
                title=_cell_title(text, row[columns.measure].span),
                paragraphs=[span],
                parent=parent.id,
                row=r,
                table=t_index,
                columns=columns,
                deadline=row_deadline(text, row, columns),
            )
        )
    return out


@dataclass
class GoalDraft:
    id: str
    path: str
    title: str | None
    span: Span
    paragraphs: list[Span]


def build_goals(
    structure: Structure, doc_id: str, first_year: int | None = None, *, stated: bool = True
) -> list[GoalDraft]:
    """Goals: each paragraph of a goals chapter, or each numbered unit under it; and, outside the work
    chapters, a paragraph that says it states the goals (主要目标：… before the first heading), or in a plan
    without a goals chapter a paragraph opening with the year it aims at (到2025年，…, or 2024年，… with a
    number in a plan whose first year is ``first_year`` or earlier: 2023年，… in a 2024 plan looks back).
    Without ``stated`` (a document that is no plan: 2023年，全县…达到150件 opening a 工作总结 reports a
    result), only the goals chapters' paragraphs."""
    text = structure.text
    goals: list[GoalDraft] = []
    for unit in structure.units:
        if unit.level == 0:
            continue
        heading = goal_sentence(text, unit)
        if unit.chapter_kind != "goals":
            if stated and heading is not None and unit.level == 1 and unit.chapter_kind == "tasks":
                # 二、到2025年，全县…达到500件 over its tasks: the heading states the chapter's goal
                path = f"{unit.path}.h"
                goals.append(
                    GoalDraft(f"{doc_id}/goal/{path}", path, _goal_title(text, heading), heading, [heading])
                )
            continue
        own = [
            span
            for p in structure.own_paragraphs(unit)
            if (span := structure.paragraphs[p].span) != unit.heading_span
            and not table_caption(text, *span)
            and not table_note(text, *span)  # 注：〔〕内为五年累计数: how a table's cells read
            and not only_points_elsewhere(text, [span])  # 主要指标见下表。: the table's rows are the goals
        ]
        if heading is not None:
            own.insert(0, heading)  # 二、到2025年，全县…达到500件: the heading is the chapter's first goal
        listed = unit.level > 1 or (unit.parent is not None and structure.units[unit.parent].kind == "annex")
        if listed and unit.heading_only and not own and not unit.children:
            # a goal list written one per line ((一)有效发明专利拥有量达到260件；, in an annex 一、…):
            # the line is the goal
            span = trim(text, *unit.span)
            goals.append(GoalDraft(f"{doc_id}/goal/{unit.path}", unit.path, unit.title, span, [span]))
        elif unit.level == 1 or unit.heading_only:
            for n, span in enumerate(own, start=1):
                path = f"{unit.path}.p{n}"
                goals.append(GoalDraft(f"{doc_id}/goal/{path}", path, _goal_title(text, span), span, [span]))
        else:
            span = _without_caption(text, trim(text, *unit.span))
            paragraphs = [
                cut
                for p in structure.own_paragraphs(unit)
                if (cut := _without_caption(text, structure.paragraphs[p].span))[0] < cut[1]
            ]
            goals.append(GoalDraft(f"{doc_id}/goal/{unit.path}", unit.path, unit.title, span, paragraphs))
    # a chapter made a goals one by its heading's sentence leaves the preamble's dated goals (到2025年) read
    has_chapter = any(
        u.chapter_kind == "goals" and u.level > 0 and goal_sentence(text, u) is None for u in structure.units
    )
    outside = _stated_goals(structure, doc_id, has_chapter, first_year) if stated else []
    return sorted(goals + outside, key=lambda g: g.span[0])


def _without_caption(text: str, span: Span) -> Span:
    """``span`` without a table's caption closing it (…稳居全省前十。⏎表3 2025年…主要指标: the caption of
    the table after the goal, no part of it); empty (start == end) when it is only a caption."""
    start, end = span
    while start < end:
        line = text.rfind("\n", start, end) + 1 or start
        if not table_caption(text, line, end):
            break
        end = trim(text, start, line)[1]
    return start, end


#: A label stating the goals (主要目标：…, 主要目标是：, 工作目标如下：), perhaps after the year they are
#: for (a work-points plan's 2024年主要目标：, 2024年度工作目标：): the year stays in the goal's words and
#: dates its targets.
_LABEL_YEAR = r"[*_\s]*(?P<year>(?:19|20)\d{2}\s*年度?\s*)?"
_GOAL_LABEL = re.compile(rf"{_LABEL_YEAR}(?P<label>[\u4e00-\u9fff]{{2,10}}?)(?:是|为|如下)?[*_\s]*[：:]")
#: A goals label after the words naming whose work it sets goals for (全县知识产权工作主要目标：,
#: 2024年全县知识产权工作的主要目标是：, 全市知识产权工作主要预期目标：): the place and the work (group
#: scope), then the goals word (group label).
_SCOPED_LABEL = (
    rf"{_LABEL_YEAR}(?P<scope>[\u4e00-\u9fff]{{1,16}}?工作)的?"
    r"(?P<label>(?:主要|总体|具体|年度)?(?:预期|发展)?目标)"
)
_SCOPED_GOAL_LABEL = re.compile(rf"{_SCOPED_LABEL}(?:是|为|如下)?[*_\s]*[：:]")
#: A goals label alone on its line, a heading without a number over the goals (主要预期目标, ## 2024年主要
#: 目标, 全市知识产权工作主要目标).
_GOAL_HEADING = re.compile(rf"[#\s]*{_LABEL_YEAR}(?P<label>[\u4e00-\u9fff]{{2,10}})[*_\s]*")
_SCOPED_GOAL_HEADING = re.compile(rf"[#\s]*{_SCOPED_LABEL}[*_\s]*")
#: The opening of the words naming whose goals they are: the whole place (全县, 本市, 我区) or a place's name
#: (肥西县知识产权工作).
_SCOPE_OPENS = re.compile(r"[全本我]|[\u4e00-\u9fff]{1,8}?[省市县区州旗盟]")


#: The longest line that may be a goals heading alone (全市知识产权工作主要预期目标, ## **2024年主要目标**).
_HEADING_MAX = 40


class _Label(NamedTuple):
    """A goals label opening a line or a sentence: its title, where its words end and where the year before
    it starts (-1 without one)."""

    title: str
    end: int
    year: int


def _goal_label(text: str, start: int, end: int, *, alone: bool = False) -> _Label | None:
    """The goals label opening ``text[start:end]`` (主要目标：, 2024年主要目标：, 全县知识产权工作主要
    目标：); with ``alone``, the label that is the whole of it, a heading over the goals (主要预期目标)."""
    plain, scoped = (_GOAL_HEADING, _SCOPED_GOAL_HEADING) if alone else (_GOAL_LABEL, _SCOPED_GOAL_LABEL)
    m = plain.fullmatch(text, start, end) if alone else plain.match(text, start, end)
    # alone, a goals word (not 主要指标, the caption a table of them may have)
    if (
        m is not None
        and chapter_kind(m.group("label")) == "goals"
        and (not alone or m.group("label").endswith("目标"))
    ):
        return _Label(m.group("label"), m.end(), m.start("year") if m.group("year") else -1)
    m = scoped.fullmatch(text, start, end) if alone else scoped.match(text, start, end)
    if m is None or not _SCOPE_OPENS.match(m.group("scope")):
        return None
    title = m.group("label") if m.group("label") != "目标" else "工作目标"
    return _Label(title, m.end(), m.start("year") if m.group("year") else -1)


_AIMS_AT = re.compile(
    r"(?:到|至|截至|截止)\s*(?:19|20)\d{2}\s*年(?:底|末)?"
    # the plan's year aimed at in a sentence of its own (全年力争发明专利授权量达到500件): a number after it
    r"|(?:全年|今年|本年度)\s*(?:力争|确保|要|将|计划|预计|争取)[^。；;]*?\d"
)
#: A work-points year opening its goals (2024年，全市发明专利授权量同比增长10%以上…): a year, a comma, and a
#: number after it (2024年，是全面贯彻…之年 states no goal).
_YEAR_OPENS = re.compile(r"((?:19|20)\d{2})\s*年\s*[，,](?!\s*是)[^。；;]*?\d")


def _opens_year(text: str, start: int, end: int, first_year: int | None) -> bool:
    """The line at ``start`` opens with a year of the plan, a comma and a number (2024年，…增长10%)."""
    m = _YEAR_OPENS.match(text, start, end)
    return m is not None and (first_year is None or int(m.group(1)) >= first_year)


_OUTSIDE_WORK = (
    "preamble",
    "guidance",
    "supplementary",
)  # chapters whose paragraphs are neither tasks nor goals


def _stated_goals(
    structure: Structure, doc_id: str, has_chapter: bool, first_year: int | None
) -> list[GoalDraft]:
    """Goals outside a goals chapter: labelled paragraphs (主要目标：…) of the preamble or a guidance chapter;
    in a plan without a goals chapter and without such a label, paragraphs there opening with 到2025年."""
    text = structure.text
    heads = {u.heading_span for u in structure.units}
    labelled: list[GoalDraft] = []
    dated: list[GoalDraft] = []
    counts: dict[str, int] = {}
    # a heading without a number over the goals (主要预期目标): its label, and the unit of the paragraphs
    # under it
    over: _Label | None = None
    over_unit: int | None = None
    for para in structure.paragraphs:
        unit = structure.units[para.unit] if para.unit is not None else None
        if para.unit != over_unit:
            over, over_unit = None, para.unit
        if unit is not None and unit.chapter_kind not in _OUTSIDE_WORK:
            continue
        if para.span in heads:
            over = _goal_label(text, *para.span, alone=True) if unit is not None and unit.level == 0 else None
            continue
        if para.closing:
            continue
        base = unit.path if unit is not None and unit.level > 0 else "preamble"
        counts[base] = counts.get(base, 0) + 1
        path = f"{base}.p{counts[base]}"
        end = para.span[1]
        # a line of its own over the goals (主要预期目标 ⏎ 全年发明专利授权量…): the words below it
        start = para.span[0]
        for line_start, line_end in para.lines:
            if line_end - line_start > _HEADING_MAX or text.find("目标", line_start, line_end) < 0:
                continue
            if (heading := _goal_label(text, line_start, line_end, alone=True)) is not None:
                over, start = heading, trim(text, line_end, end)[0]
        if over is not None:
            if start < end:
                span = (start, end)
                labelled.append(GoalDraft(f"{doc_id}/goal/{path}", path, over.title, span, [span]))
            continue
        # a line of the paragraph opens the goals: lines without a stop (a title above) join the next one;
        # or a sentence inside it (…坚持创新驱动发展。到2026年，全县…: the guidance, then the goals)
        for start in _line_and_sentence_starts(text, para.lines, end):
            label = _goal_label(text, start, end)
            if label is not None:
                body = trim(text, label.end, end)
                if body[0] < body[1]:
                    span = (start, end)
                    read = (label.year, end) if label.year >= 0 else body  # 2024年主要目标：…
                    labelled.append(GoalDraft(f"{doc_id}/goal/{path}", path, label.title, span, [read]))
                break
            if not has_chapter and (
                _AIMS_AT.match(text, start, end) or _opens_year(text, start, end, first_year)
            ):
                span = (start, end)
                dated.append(GoalDraft(f"{doc_id}/goal/{path}", path, _goal_title(text, span), span, [span]))
                break
    return labelled or dated


def _line_and_sentence_starts(text: str, lines: list[Span], end: int) -> list[int]:
    """Where the paragraph's lines start, and its sentences after a 。 inside a line, in order."""
    starts = {start for start, _ in lines}
    stop = text.find("。", lines[0][0] if lines else end, end)
    while stop >= 0:
        after = trim(text, stop + 1, end)[0]
        if after < end:
            starts.add(after)
        stop = text.find("。", stop + 1, end)
    return sorted(starts)


def _goal_title(text: str, span: Span) -> str | None:
    start = span[0]
    while start < span[1] and text[start] in "—-－ \u3000":
        start += 1
    stop = text.find("。", start, span[1])
    if stop < 0 or stop - start > _CLAUSE_TITLE_MAX:
        return None
    return text[start:stop] or None
