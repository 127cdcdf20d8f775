"""Round 45: a plan as the plain text OCR gives of a scanned paper copy, its lines cut where the scan's lines
end and each page closed by its printed number ('- 3 -') with a line the scan repeats at the top of every
later page, blank lines around both. The page number and the running line were dropped (page_furniture.py),
yet the blank lines around them stayed, and a sentence a page's end cut (…办公室设在县 ↵ ↵ ↵ 市场监管局，…,
…(责任单位:县 ↵ ↵ ↵ 科技局牵头…) kept the break: a body's name cut in two, a note parted from its task. A line
that fills the text's width, ends in no closing mark and is followed, over blank lines, by a line going on with
words now runs on into it (loaders/pdf_lines.py, _over_page_gap); a paragraph's last line (a mark closing it,
or short of the width) and a line before a heading or a numbered unit keep their breaks. A note cut after a
semicolon inside its bracket (…(责任单位:X牵头; ↵ Y、Z配合)) runs on into its next line as one cut after its
label's colon did (_open_label)."""

from __future__ import annotations

import pytest

from loaders.base import display_columns
from loaders.pdf_lines import join_wrapped_lines
from tests.plans import extracted, named_units

WIDTH = 28  # characters a scanned line holds (twice as many half-width ones)


def _wrapped(paragraph: str) -> list[str]:
    """``paragraph`` cut where a line of ``WIDTH`` characters ends, a half-width one taking half a place."""
    lines, line = [], ""
    for ch in paragraph:
        if display_columns(line + ch) > 2 * WIDTH:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


def _scan(paragraphs: list[str], per_page: int, running: str = "某政办字【2024】3号") -> str:
    """The OCR text of ``paragraphs`` set ``WIDTH`` characters a line, ``per_page`` lines a page, each page
    closed by its number between blank lines and every later page opened by ``running``."""
    lines = [line for p in paragraphs for line in _wrapped(p)]
    pages = [lines[k : k + per_page] for k in range(0, len(lines), per_page)]
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        if n > 1:
            out += [running, ""]
        out += [*page, "", f"- {n} -", ""]
    return "\n".join(out)


_FILLER = "加强组织协调，细化工作措施，明确时间节点，确保各项任务按期落实到位并取得实效，形成工作合力。"


def _plan(task: str) -> list[str]:
    return [
        "某县知识产权强县建设试点工作方案",
        "一、重点任务",
        "1.完善工作机制。" + _FILLER * 3,
        "2." + task,
        "3.强化宣传培训。" + _FILLER * 2 + "(责任单位:县委宣传部)",
    ]


def _units_of(text: str, words: str) -> list[tuple[str, str]]:
    doc, canonical = extracted(text)
    at = canonical.find(words)
    held = [t for t in doc.tasks if t.span[0] <= at < t.span[1]]
    task = min(held, key=lambda t: t.span[1] - t.span[0])
    return [(surface, role) for surface, role, _ in named_units(doc)[task.path]]


@pytest.mark.parametrize(
    ("task", "words", "expected"),
    [
        # the note's bodies over the page's end
        (
            "推进专利转化运用。支持高校院所与企业开展供需对接，全年促成专利转化项目10项以上，"
            "(责任单位:县科技局牵头,县市场监管局、县工信局配合)",
            "推进专利转化运用",
            [("县科技局", "lead"), ("县市场监管局", "support"), ("县工信局", "support")],
        ),
        # a prose obligation whose body's name the page's end cut
        (
            "加大资金投入。统筹安排知识产权专项资金，重点支持专利导航、贯标和保护工作，县财政局要将"
            "试点工作经费列入年度预算，保障工作顺利开展。",
            "加大资金投入",
            [("县财政局", "implicit")],
        ),
        # a 牵头单位 note cut after its label
        (
            "开展知识产权保护。深入开展侵权假冒专项整治，严厉打击商标侵权违法行为，牵头单位:县市场监督"
            "管理局;配合单位:县公安局",
            "开展知识产权保护",
            [("县市场监督管理局", "lead"), ("县公安局", "support")],
        ),
    ],
)
def test_a_sentence_over_a_page_end_is_one(task: str, words: str, expected: list[tuple[str, str]]) -> None:
    for per_page in (5, 6, 7, 8):  # the page's end falls on each line of the task in turn
        assert sorted(_units_of(_scan(_plan(task), per_page), words)) == sorted(expected), per_page


def test_the_break_is_taken_out_over_the_blank_lines() -> None:
    lines = ["甲" * WIDTH] * 3 + ["乙" * 22 + "办公室设在县", "", "", "", "市场监管局，承担日常工作。"]
    joined = join_wrapped_lines("\n".join(lines))
    assert "办公室设在县市场监管局，承担日常工作。" in joined


@pytest.mark.parametrize(
    "last",
    [
        "乙" * 27 + "。",  # a paragraph's last line, closed
        "乙" * 27 + "；",
        "乙" * 12,  # short of the width
        "乙" * 26 + "(县财政局)",  # a note closing it
    ],
)
def test_a_paragraph_ending_at_a_page_end_keeps_its_break(last: str) -> None:
    lines = ["甲" * WIDTH] * 3 + [last, "", "", "", "丙" * 10 + "。"]
    assert join_wrapped_lines("\n".join(lines)) == "\n".join(
        ["甲" * WIDTH * 3 + last, "", "", "", "丙" * 10 + "。"]
    )


@pytest.mark.parametrize(
    "after", ["二、保障措施", "(二)加大资金投入。", "3.强化宣传培训。", "附件：任务分工"]
)
def test_a_unit_after_the_page_end_opens_its_own_line(after: str) -> None:
    lines = ["甲" * WIDTH] * 4 + ["", "", after]
    joined = join_wrapped_lines("\n".join(lines))
    assert joined.endswith("\n\n\n" + after)


def test_blank_lines_far_apart_are_no_page_end() -> None:
    """More blank lines than a page's margins leave: a break the writer made."""
    lines = ["甲" * WIDTH] * 4 + [""] * 12 + ["丙" * 10 + "。"]
    assert join_wrapped_lines("\n".join(lines)).endswith("\n" * 13 + "丙" * 10 + "。")


@pytest.mark.parametrize(
    ("cut", "rest"),
    [
        ("(责任单位:河北某经济开发区管委会牵头;", "县司法局、县市场监管局配合)"),
        ("（牵头单位：县市场监管局；", "配合单位：县公安局、县农业农村局）"),
        ("〔责任单位：县科技局牵头;", "县工信局配合〕"),
    ],
)
def test_a_note_cut_after_its_semicolon_runs_on(cut: str, rest: str) -> None:
    """A note's list going on past a semicolon at the line's end, its bracket still open: one note."""
    head = "甲" * ((2 * WIDTH - display_columns(cut)) // 2)
    first = head + cut
    lines = ["乙" * WIDTH] * 3 + [first, rest, "二、保障措施"]
    assert join_wrapped_lines("\n".join(lines)).endswith(first + rest + "\n二、保障措施")


def test_a_clause_closed_by_a_semicolon_outside_brackets_keeps_its_break() -> None:
    lines = ["乙" * WIDTH] * 3 + ["甲" * (WIDTH - 1) + "；", "二是加强宣传。"]
    assert join_wrapped_lines("\n".join(lines)).endswith("；\n二是加强宣传。")
