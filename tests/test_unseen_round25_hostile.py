"""Round 25: hostile and huge inputs, as users upload them (a spreadsheet saved as text, a scan's text with
its commas lost, a page of repeated rows), read in time near-linear in their size, with the readings of
ordinary plans unchanged.

What was slower than linear before:

- a note listing thousands of bodies joined by 和 (各乡镇党委和政府、…): the words before each 和 and all the
  words after it, to the note's end, were read again for each (30,000 names: about half a minute);
- a note on the tasks above (以上任务由A负责) after each of thousands of items under one heading: each note
  walked every item of the heading (14,000 items: half a minute, 8 s now, the work of that many tasks);
- a 分工表 of thousands of rows restating the titles of thousands of items: each row tried every title
  (4,000 of each: 69 s);
- a clause of thousands of values with no comma between them: each value looked back to the clause's start
  for an open 《, for the values already read (counts in figures, counts in numerals, shares in words,
  values in words such as 翻番 and 全覆盖), for a deadline or a directive word before it (5,000 of each
  kind: over a minute).

The property tests hold the indexes that replaced those walks to the walks they replaced.
"""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from policykg.extract.pipeline import extract_document
from policykg.extract.quantities import _Covered, _overlaps_apart, _TitleMarks
from policykg.extract.row_links import _fit, _TitleIndex
from policykg.models import Document
from tests.plans import extracted, named_units

HEAD = "某县知识产权强县建设工作方案（2024—2026年）\n为加快推进知识产权强县建设，制定本方案。\n一、重点任务\n"


def _timed(text: str) -> tuple[float, Document]:
    """The CPU seconds extracting ``text`` takes, and the document (the provenance of such documents is checked
    by the bad-input cases, tests/regressions/cases.py)."""
    data = text.encode("utf-8")
    began = time.process_time()  # the CPU this process spends: other work on the machine does not stretch it
    doc = extract_document(load_bytes(data, "plan.txt"))
    return time.process_time() - began, doc


def test_a_note_of_thousands_of_committees_and_governments() -> None:
    short, _ = extracted(HEAD + "（一）开展执法。（责任单位：县科技局和县市场监管局、各乡镇党委和政府）\n")
    assert named_units(short)["一.(一)"][:2] == [
        ("县科技局", "joint", "annotation"),
        ("县市场监管局", "joint", "annotation"),
    ]
    seconds, _ = _timed(
        HEAD + "（一）开展执法。（责任单位：" + "各乡镇党委和政府、" * 30_000 + "县科技局）\n"
    )
    assert seconds < 8, f"{seconds:.1f} s"


def test_thousands_of_items_each_closed_by_a_note_on_the_tasks_above() -> None:
    item = "1.开展专利执法。\n以上任务由县市场监管局负责。\n"
    seconds, doc = _timed(HEAD + "（一）强化保护\n" + item * 14_000)
    assert seconds < 24, f"{seconds:.1f} s"
    units = named_units(doc)
    assert len(units) == 14_000
    assert all(found == [("县市场监管局", "sole", "annotation")] for found in units.values())


def test_a_clause_of_thousands_of_values_with_no_comma() -> None:
    values = "发明专利授权量达到50件以上 商标注册量新增五件 质押融资增长百分之五 企业贯标实现全覆盖 "
    short, _ = extracted(HEAD + "（一）到2026年，" + values + "。\n")
    read = [(t.indicator, t.value, t.unit, t.comparator, t.year) for t in short.targets]
    assert read == [
        ("发明专利授权量", 50.0, "件", ">=", 2026),
        ("商标注册量", 5.0, "件", "=", 2026),
        ("质押融资", 5.0, "%", "=", 2026),
        ("企业贯标覆盖率", 100.0, "%", ">=", 2026),
    ]
    titled, _ = extracted(
        HEAD + "（一）贯彻《2025年工作要点 发明专利授权量达到50件以上 》商标注册量新增五件 。\n"
    )
    assert [(t.value, t.unit) for t in titled.targets] == [(5.0, "件")]  # none inside the title's marks
    seconds, doc = _timed(HEAD + "（一）到2026年，" + values * 5_000 + "。\n")
    assert seconds < 10, f"{seconds:.1f} s"
    assert len(doc.targets) == 20_000


def test_a_task_table_restating_thousands_of_titles() -> None:
    words = "专利商标版权执法导航质押培育示范运用"
    titles = [
        "开展" + "".join(words[int(d)] + words[int(d) + 5] for d in str(i)) + "专项行动" for i in range(4_000)
    ]
    body = "".join(f"{i % 9 + 1}.{t}。\n" for i, t in enumerate(titles))
    rows = "".join(f"| {i + 1} | {t} | 县科技局 |\n" for i, t in enumerate(titles))
    table = "\n附件\n重点任务分工表\n\n| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n" + rows
    seconds, doc = _timed(HEAD + "（一）加强保护\n" + body + table)
    assert seconds < 15, f"{seconds:.1f} s"
    assert len(doc.tasks) == 4_000  # each row speaks for its item, none a task of its own
    assert all([r.agency.surface for r in t.responsibilities] == ["县科技局"] for t in doc.tasks)


_MARKS = st.text(alphabet="《》上5 ", max_size=40)


@settings(max_examples=300, deadline=None)
@given(_MARKS, st.data())
def test_title_marks_read_as_the_walk_back_did(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    marks = _TitleMarks(text, start, end)
    for pos in range(start, end + 1):
        opened = text.rfind("《", start, pos)
        assert marks.inside(pos) == (opened >= 0 and text.find("》", opened, pos) < 0)


_SPANS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])))


@settings(max_examples=300, deadline=None)
@given(_SPANS)
def test_covered_spans_read_as_the_walk_over_them_did(spans: list[tuple[int, int]]) -> None:
    covered = _Covered(spans)
    for pos in range(-1, 45):
        assert covered.holds(pos) == any(s <= pos < e for s, e in spans)
        for end in range(pos + 1, pos + 4):
            assert covered.overlaps(pos, end) == any(s < end and pos < e for s, e in spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 4)), max_size=12))
def test_spans_apart_overlap_as_the_walk_over_them_did(candidates: list[tuple[int, int]]) -> None:
    apart: list[tuple[int, int]] = []
    for (
        start,
        length,
    ) in candidates:  # kept as the values in words are: each sharing no offset with the others
        span = (start, start + length)
        walked = any(s < span[1] and span[0] < e for s, e in apart)
        assert _overlaps_apart(apart, *span) == walked
        if not walked:
            apart = sorted([*apart, span])


_KEYS = st.text(alphabet="专利商标保护", max_size=14)


@settings(max_examples=300, deadline=None)
@given(st.lists(_KEYS, max_size=8), st.lists(_KEYS, max_size=6))
def test_title_index_fits_as_each_title_tried_did(keys: list[str], cells: list[str]) -> None:
    prose = [(object(), key) for key in keys]
    index = _TitleIndex(prose)  # type: ignore[arg-type]
    for cell in [*cells, *keys]:
        assert index.fits(cell) == {i: f for i, (_, key) in enumerate(prose) if (f := _fit(cell, key))}
