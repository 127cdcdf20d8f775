"""Round 45b: a number naming a part of the document, not a quantity: 按照表2分解的目标任务 (表2 then 分解, whose
分 is also the unit of points), 见附件1, 附表3所列, 专栏2 (targets.yaml reference_words). The number after such a
word is the part's; a word another one (发表3篇, 代表5名, 报表2份) keeps its count."""

from __future__ import annotations

import pytest

from policykg.extract.quantities import numbers
from tests.plans import extracted


def _read(words: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in numbers(words, 0, len(words))]


@pytest.mark.parametrize(
    "words",
    [
        "各乡镇要按照表2分解的目标任务制定推进措施",
        "各县（市、区）按附表3分解落实",
        "具体分工详见附件1分工方案",
        "专栏2分类推进重点工程",
        "对照附录4分步实施",
        "表1分年度列出各项指标",
    ],
)
def test_a_part_number_is_no_quantity(words: str) -> None:
    assert _read(words) == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("全年发表3篇论文", [(3.0, "篇")]),
        ("选派代表5名参加培训", [(5.0, "名")]),
        ("按月报送报表2份", [(2.0, "份")]),
        ("考核得分不低于90分", [(90.0, "分")]),
    ],
)
def test_other_words_keep_their_counts(words: str, expected: list[tuple[float, str]]) -> None:
    assert _read(words) == expected


def test_no_target_from_a_table_pointer_in_the_safeguards() -> None:
    plan = (
        "某县知识产权强县建设工作方案\n一、工作目标\n到2026年，全县发明专利授权量达到105件。\n三、保障措施\n"
        "（三）强化督导考核。各乡镇要按照表2分解的目标任务制定推进措施，县政府督查室要定期通报进展情况。\n"
    )
    doc, _ = extracted(plan)
    assert [(t.indicator, t.value, t.unit) for t in doc.targets] == [("发明专利授权量", 105.0, "件")]
