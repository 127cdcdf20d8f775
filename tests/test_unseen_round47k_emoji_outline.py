"""Round 47: a plan copied on a phone from an official-account article (公众号推文), its outline marked with
emoji: a keycap number for each chapter (1️⃣ 工作目标, 2⃣ 重点任务, 🔟 保障措施), a pictograph before each
item (🔹 / ▶️ / ✅ …) and before a goal (📈每万人口…). No mark was read: the plan had no chapters, no tasks and no
targets. Keycaps now open chapters, pictographs items (emoji_marks.py) and bullets of a line (markers
LINE_BULLET: no word of a target or a note); those opening the article's headline and prompts above the plan's
first chapter, or its links after —END— / 来源：…, open none (article_marks.py)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.emoji_marks import PICTOGRAPHS, may_be_pictograph
from policykg.extract.markers import match_marker, match_marker_by_patterns
from tests.plans import extracted, named_units

HEADINGS = ["工作目标", "重点任务", "强化知识产权保护", "保障措施", "优化公共服务"]
ITEM_MARKS = ["🔹", "🔸", "▶️", "▶", "✅", "☑️", "✔️", "⭐", "🌟", "💡", "🟢", "👉", "📍"]


@settings(max_examples=60, deadline=None)
@given(
    digit=st.integers(min_value=1, max_value=9),
    selector=st.sampled_from(["\ufe0f", ""]),
    gap=st.sampled_from(["", " ", "\u3000"]),
    heading=st.sampled_from(HEADINGS),
)
def test_a_keycap_number_opens_a_chapter(digit: int, selector: str, gap: str, heading: str) -> None:
    line = f"{digit}{selector}\u20e3{gap}{heading}"
    marker = match_marker(line, 0, len(line))
    assert marker is not None
    assert (marker.level, marker.kind, marker.label) == (1, "chapter", str(digit))
    assert line[marker.span[1] :] == heading
    assert marker == match_marker_by_patterns(line, 0, len(line))


def test_the_keycap_ten_opens_the_tenth_chapter() -> None:
    marker = match_marker("🔟 组织实施", 0, 6)
    assert marker is not None
    assert (marker.kind, marker.label) == ("chapter", "10")


@settings(max_examples=60, deadline=None)
@given(mark=st.sampled_from(ITEM_MARKS), gap=st.sampled_from(["", " "]), words=st.sampled_from(HEADINGS))
def test_a_pictograph_opens_an_item(mark: str, gap: str, words: str) -> None:
    line = f"{mark}{gap}{words}。开展专项行动"
    marker = match_marker(line, 0, len(line))
    assert marker is not None
    assert (marker.level, marker.style) == (5, "bullet")
    assert line[marker.span[1] :].startswith(words)
    assert marker == match_marker_by_patterns(line, 0, len(line))


def test_a_pictograph_before_a_note_or_a_number_opens_no_item() -> None:
    for line in ("👉 牵头单位：县科技局", "👉责任单位：县公安局", "📈 2025年", "❶ 开展专利导航"):
        assert match_marker(line, 0, len(line)) is None, line


PLAN = (
    "🔥重磅！某县2024年知识产权工作计划出炉\n"
    "原创 县知识产权办 某县市场监管\n"
    "2024年04月02日 09:15 四川\n"
    "👇点击蓝字关注我们\n"
    "某县2024年知识产权工作计划\n"
    "为推进知识产权强县建设，制定本计划。\n"
    "1⃣ 主要目标\n"
    "📊每万人口高价值发明专利拥有量达到3.2件；\n"
    "💹有效注册商标总量达到1.5万件。\n"
    "2⃣ 重点任务\n"
    "🔸 推进专利导航。围绕主导产业开展专利导航。（责任单位：县科技局）\n"
    "☑️ 加强行政执法。开展“铁拳”行动。\n"
    "👉 责任单位：县市场监管局、县公安局\n"
    "⭐ 开展宣传培训。围绕世界知识产权日开展宣传。【牵头单位】县委宣传部【配合单位】县教育局\n"
    "3⃣ 保障措施\n"
    "🔸 县财政局要统筹安排工作经费。\n"
    "—END—\n"
    "来源：某县市场监管局\n"
    "推荐阅读\n"
    "🔸 县市场监管局开展知识产权宣传活动\n"
    "🔸 县科技局召开专利导航推进会\n"
)


def test_an_article_marked_with_emoji_reads_as_a_plan() -> None:
    doc, _ = extracted(PLAN)
    units = {path: {s: role for s, role, _ in found} for path, found in named_units(doc).items()}
    assert units == {
        "2.•1": {"县科技局": "sole"},
        "2.•2": {"县市场监管局": "joint", "县公安局": "joint"},
        "2.•3": {"县委宣传部": "lead", "县教育局": "support"},
        "3.•1": {"县财政局": "implicit"},
    }
    assert [(s.path, s.kind) for s in doc.sections if s.kind == "chapter"] == [
        ("1", "chapter"),
        ("2", "chapter"),
        ("3", "chapter"),
    ]


def test_the_article_s_headline_and_links_open_no_items() -> None:
    doc, text = extracted(PLAN)
    opened = [text[s.span[0] : s.span[1]] for s in doc.sections]
    assert not any("重磅" in words or "点击" in words or "推进会" in words for words in opened)
    assert doc.plan.title == "某县2024年知识产权工作计划"


def test_a_pictograph_before_a_goal_is_no_word_of_it() -> None:
    doc, _ = extracted(PLAN)
    targets = {t.value: t for t in doc.targets}
    assert targets[3.2].quote.startswith("每万人口")
    assert "per_capita" in targets[3.2].flags
    assert targets[1.5].quote.startswith("有效注册商标")


def test_pictograph_items_of_a_plan_without_chapters_are_its_tasks() -> None:
    """Without numbered chapters nothing marks where the plan starts: every pictograph item is read, as a ●
    item is."""
    for mark in ("🔹", "●"):
        doc, _ = extracted(f"某县2024年知识产权工作计划\n{mark} 推进专利导航。（责任单位：县科技局）\n")
        assert [found for found in named_units(doc).values() if found] == [
            [("县科技局", "sole", "annotation")]
        ]


def test_the_quick_test_of_one_character_takes_every_pictograph() -> None:
    one = re.compile(f"[{PICTOGRAPHS}]")
    missed = [hex(c) for c in range(0x30000) if one.match(chr(c)) and not may_be_pictograph(chr(c))]
    assert missed == []
