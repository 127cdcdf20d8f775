"""A zero-padded chapter number on a line of its own with the chapter's name on the next, as articles set their
chapters in badges (01 ↵ 强化知识产权创造): a chapter titled by that name, its items under it (01.1, 02.1),
in plain text, Markdown and a saved article page alike. A number alone before a sentence, a number not padded
with a zero and a number before a line opening its own unit open no chapter."""

from __future__ import annotations

import pytest

from tests.plans import extracted

CHAPTERS = ("强化知识产权创造", "加强知识产权保护")
ITEMS = (
    "1. 加强高价值专利培育。（牵头单位：县市场监管局；配合单位：县科技局）",
    "1. 开展专项执法行动。（牵头单位：县公安局；配合单位：县市场监管局）",
)


def _text(number: str, name: str, sep: str = "\n") -> str:
    body = "".join(
        f"{number.format(n + 1)}{sep}{name.format(title)}\n{item}\n"
        for n, (title, item) in enumerate(zip(CHAPTERS, ITEMS, strict=True))
    )
    return "某县2025年知识产权工作要点\n" + body


def _chapters(text: str, name: str = "plan.txt") -> dict[str, str]:
    doc, _ = extracted(text, name)
    return {s.path: s.title or "" for s in doc.sections if s.level == 1}


def _task_paths(text: str, name: str = "plan.txt") -> set[str]:
    doc, _ = extracted(text, name)
    return {t.id.rsplit("/task/", 1)[1] for t in doc.tasks}


@pytest.mark.parametrize(
    ("number", "name", "sep", "file"),
    [
        ("0{0}", "{0}", "\n", "plan.txt"),
        ("0{0}", "{0}", "\n\n", "plan.txt"),
        ("0{0}", "{0}", "\n", "plan.md"),
        ("**0{0}**", "**{0}**", "\n\n", "plan.md"),
        ("0{0}", "  {0}  ", "\n", "plan.txt"),
    ],
)
def test_badge_number_above_its_name(number: str, name: str, sep: str, file: str) -> None:
    text = _text(number, name, sep)
    assert set(_chapters(text, file).values()) == set(CHAPTERS)
    assert {"01.1", "02.1"} <= _task_paths(text, file)


def test_badges_of_a_saved_article_page() -> None:
    badges = "".join(
        f"<section><section><span>0{n + 1}</span></section><section><p><strong>{title}</strong></p></section>"
        f"</section><p>{item}</p>\n"
        for n, (title, item) in enumerate(zip(CHAPTERS, ITEMS, strict=True))
    )
    page = f"<html><body><div id='js_content'><p>某县2025年知识产权工作要点</p>{badges}</div></body></html>"
    assert set(_chapters(page, "plan.html").values()) == set(CHAPTERS)


@pytest.mark.parametrize(
    "after",
    [
        "开展专利导航，支持企业开展专利布局。",  # a sentence
        "1. 加强高价值专利培育",  # a line opening its own unit
        "到2025年，发明专利授权量达到180件",  # a goal's words with a figure
    ],
)
def test_number_alone_before_no_name(after: str) -> None:
    text = "某县2025年知识产权工作要点\n一、重点任务\n01\n" + after + "\n"
    assert not any(t.startswith("01") for t in _chapters(text))


def test_number_not_padded_opens_no_chapter() -> None:
    assert not any(path.startswith("1") for path in _chapters(_text("{0}", "{0}")))
