"""Round 46: measures (若干措施) granting one amount for each grade or rank, the amounts listed before the
grant's noun (对…居全市前三位的银行，分别给予10万元、5万元、3万元奖励). The grant's terms were told by a
noun at most ten characters after 给予, so a list of three amounts hid it: the first and last amounts were
read as targets (给予10万元, 3万元奖励). Now a list of amounts between 给予 and the grant's noun is a grant's
terms too (targets.yaml criteria); a count the same measure sets as a goal is still a target."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

HEAD = "某市促进知识产权发展若干措施\n一、支持措施\n"

_AMOUNTS = st.lists(
    st.tuples(st.integers(min_value=1, max_value=99), st.sampled_from(["万元", "元", "亿元"])),
    min_size=2,
    max_size=4,
)


@settings(max_examples=30, deadline=None)
@given(
    amounts=_AMOUNTS,
    joiner=st.sampled_from(["、", "和", "及"]),
    noun=st.sampled_from(["奖励", "资助", "补贴", "补助", "的一次性奖励", "资金支持", "的经费补助"]),
    opener=st.sampled_from(["分别给予", "给予"]),
)
def test_amounts_listed_before_the_grant_are_no_targets(
    amounts: list[tuple[int, str]], joiner: str, noun: str, opener: str
) -> None:
    listed = joiner.join(f"{n}{unit}" for n, unit in amounts)
    doc, _ = extracted(
        HEAD + f"（一）奖励金融机构。对年度知识产权质押贷款投放额排名前列的银行，{opener}{listed}{noun}。"
        "（责任单位：市财政局）\n"
    )
    assert doc.targets == []


def test_a_goal_beside_the_grant_is_still_a_target() -> None:
    doc, _ = extracted(
        HEAD
        + "（一）奖励服务机构。对新认定的国家级、省级知识产权服务品牌机构，分别给予20万元和10万元的一次性"
        "奖励。每年培育知识产权服务品牌机构不少于3家。（责任单位：市市场监管局）\n"
    )
    assert [(t.value, t.unit, t.comparator) for t in doc.targets] == [(3.0, "家", ">=")]


def test_an_amount_aimed_at_beside_the_grant_is_still_a_target() -> None:
    doc, _ = extracted(
        HEAD
        + "（一）扩大质押融资。到2027年，全市知识产权质押融资登记金额达到25亿元。对年度贴息额居全市前三位的"
        "银行，分别给予5万元、3万元、2万元奖励。（责任单位：市财政局）\n"
    )
    assert [(t.value, t.unit) for t in doc.targets] == [(25.0, "亿元")]
