"""Round 42: stations and bodies counted themselves, their kind's word right before 累计 or 新增 and nothing
counted after it but a comparator or a verb of reaching (保护工作站累计达到6家 in a year cell). Round 40 took a
kind of body before a flag word (调解组织每年调解纠纷…, 银行机构每年新增…) as the subject doing the counted work;
with nothing left after the flag word the target lost its indicator and was dropped. The kind stays what is
counted when only 达到, 突破, 不少于 or a verb of setting up follows the flag word."""

from __future__ import annotations

import pytest

from tests.plans import extracted


def _targets(sentence: str) -> list[tuple[str, float | None, list[str]]]:
    doc, _ = extracted(f"某市2025年知识产权工作要点\n\n一、重点任务\n（一）加强保护。{sentence}。\n")
    return [(t.indicator or "", t.value, sorted(t.flags)) for t in doc.targets]


@pytest.mark.parametrize(
    ("sentence", "indicator", "value", "flags"),
    [
        ("知识产权保护工作站累计达到6家", "知识产权保护工作站", 6, ["cumulative"]),
        ("知识产权维权援助工作站累计突破10个", "知识产权维权援助工作站", 10, ["cumulative"]),
        ("商标品牌指导服务站累计不少于20个", "商标品牌指导服务站", 20, ["cumulative"]),
        ("知识产权纠纷人民调解组织累计达到8个", "知识产权纠纷人民调解组织", 8, ["cumulative"]),
    ],
)
def test_a_kind_counted_itself_keeps_its_words(
    sentence: str, indicator: str, value: float, flags: list[str]
) -> None:
    assert _targets(sentence) == [(indicator, value, flags)]


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("推动银行机构每年新增知识产权质押贷款企业不少于10户", "知识产权质押贷款企业"),
        ("知识产权调解组织每年调解纠纷100件以上", "调解纠纷"),
    ],
)
def test_a_kind_doing_counted_work_is_still_its_subject(sentence: str, indicator: str) -> None:
    ((found, _, _),) = _targets(sentence)
    assert found == indicator
