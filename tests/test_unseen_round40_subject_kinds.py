"""Round 40: a count done each year by a kind of body that settles disputes or serves rights holders, named
before the year's word (推动知识产权纠纷人民调解组织全年调解纠纷不少于60件).

The body's name was read as the start of what is counted, so the year's word stood inside the words and
flagged nothing. Such bodies (调解组织, 仲裁机构, 保护中心, 工作站 …: subject_kinds in targets.yaml) are now the
subject doing the counted work, as banks and universities were: taken off the words, the word after them
read; a count for each of them (各调解组织…, 每个工作站…) keeps them."""

from __future__ import annotations

import pytest

from tests.plans import extracted


def _targets(sentence: str) -> list[tuple[str, float | None, list[str]]]:
    doc, _ = extracted(f"某市2025年知识产权工作要点\n\n一、重点任务\n（一）加强保护。{sentence}。\n")
    return [(t.indicator or "", t.value, sorted(t.flags)) for t in doc.targets]


@pytest.mark.parametrize(
    ("sentence", "indicator", "value"),
    [
        ("推动知识产权纠纷人民调解组织全年调解纠纷不少于60件", "调解纠纷", 60),
        ("知识产权调解组织每年调解纠纷100件以上", "调解纠纷", 100),
        ("知识产权纠纷人民调解委员会年内成功调解纠纷30件以上", "成功调解纠纷", 30),
        ("知识产权仲裁委员会年内受理仲裁案件15件", "受理仲裁案件", 15),
        ("市知识产权保护中心全年办理专利预审案件500件", "办理专利预审案件", 500),
        ("知识产权鉴定机构全年出具鉴定意见30份", "出具鉴定意见", 30),
        ("推动知识产权维权援助工作站每年受理援助申请不少于40件", "受理援助申请", 40),
    ],
)
def test_a_bodys_count_each_year_is_annual(sentence: str, indicator: str, value: float) -> None:
    assert _targets(sentence) == [(indicator, value, ["annual"])]


@pytest.mark.parametrize("sentence", ["各调解组织每年调解纠纷不少于10件", "每个工作站全年服务企业20家"])
def test_a_count_for_each_body_keeps_the_body(sentence: str) -> None:
    ((indicator, _, _),) = _targets(sentence)
    assert indicator.startswith(("各调解组织", "每个工作站"))


def test_building_the_stations_is_no_count_by_them() -> None:
    assert _targets("建成知识产权保护工作站5家") == [("建成知识产权保护工作站", 5, [])]
