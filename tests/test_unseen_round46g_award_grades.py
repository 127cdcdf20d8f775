"""Round 46: 中国专利奖金奖 — the China Patent Award written with the grade that follows it. The programme's
pattern kept 专利奖 out before 金 (专利奖金, a grant's money), so an award named with its gold grade
(中国专利奖金奖、银奖、优秀奖) was no programme. Now the award's grades right after it (金奖, 金、银奖) are the
award; 专利奖励, 专利奖补 and 专利奖金 alone stay grants (programs.yaml patent_awards)."""

from __future__ import annotations

import pytest

from policykg.extract.programs import find_programs


def _found(text: str) -> set[str]:
    return {h.program.id for h in find_programs(text, 0, len(text))}


@pytest.mark.parametrize(
    "words",
    [
        "对获得中国专利奖金奖、银奖、优秀奖的单位分别给予奖励",
        "获宁夏专利奖金奖的企业给予一次性奖励20万元",
        "对获得省专利奖金、银奖的项目给予配套奖励",
        "组织企业申报中国专利奖",
        "对获得市专利奖金奖和银奖的发明人予以表彰",
    ],
)
def test_the_award_with_its_grade_is_the_programme(words: str) -> None:
    assert "patent_awards" in _found(words)


@pytest.mark.parametrize(
    "words",
    [
        "落实专利奖励政策",
        "专利奖补仅限发明专利",
        "按规定发放专利奖金，专利奖金由单位支付",
        "职务发明专利奖金不低于3000元",
    ],
)
def test_grants_for_patents_are_no_award(words: str) -> None:
    assert "patent_awards" not in _found(words)
