"""Round 39: the terms of a grant in policy measures (若干措施) as a Liaoning city writes them, beside the city's
own goals in the same paragraph.

What was read wrong before:

- a grant's cap in a clause of its own after the grant (按照实际发生费用的50%给予资助，最高不超过20万元; 单项最高
  5万元; 最高可达30万元; 最多不超过3万元) was a target of the indicator 最高;
- a grant's rate or standard as a clause's subject (贴息比例不超过贷款利息的50%, 保费补贴比例最高不超过60%, 资助额度
  不超过合同额的40%, 贴息标准按照…的50%执行) and its amount under a cap (奖励金额最高不超过30万元, 奖补资金累计不超过
  100万元, 资助金额不超过专利授权实际缴纳官费的50%) were targets.

The city's goals written beside them (到2026年…达到8000件, 每年…不少于30家), a budget set aside for grants (每年安排
专利资助资金不低于500万元) and a level bounded from above that names its indicator (专利审查平均周期不超过12个月,
非正常专利申请占比不超过5%) stay targets.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

TIELING = "铁岭市关于加快知识产权强市建设的若干措施\n\n一、支持专利创造。"
DANDONG = "丹东市关于推动知识产权高质量发展的若干措施\n\n第一条　鼓励企业创新。"


def _targets(text: str) -> list[tuple[str, float | None, str | None]]:
    doc, _ = extracted(text)
    return [(t.indicator_key, t.value, t.unit) for t in doc.targets]


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        [
            "对通过验收的项目，按照实际发生费用的50%给予资助，最高不超过20万元。",
            "对获得授权的发明专利给予资助，单项最高5万元。",
            "对通过验收的导航项目按照合同金额的30%给予补助，最高可达30万元。",
            "对开展贯标的企业给予奖励，最多不超过3万元。",
            "对获批的专利导航项目给予经费支持，最高支持50万元。",
            "对企业购买知识产权服务给予补贴，不超过10万元。",
        ]
    ),
    st.sampled_from([TIELING, DANDONG]),
)
def test_a_grant_cap_in_a_clause_of_its_own_is_no_target(grant: str, head: str) -> None:
    found = _targets(f"{head}{grant}到2026年，全市有效发明专利拥有量达到8000件。（责任单位：市市场监管局）\n")
    assert [(t[1], t[2]) for t in found] == [(8000.0, "件")]


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        [
            "对以专利权质押获得贷款的企业给予贴息，贴息比例不超过贷款利息的50%。",
            "对投保专利保险的企业给予补贴，保费补贴比例最高不超过60%。",
            "对质押贷款企业给予贴息支持，贴息标准按照贷款市场报价利率的50%执行。",
            "对新认定的国家知识产权示范企业给予奖励，奖励金额最高不超过30万元。",
            "对专利导航项目给予支持，资助额度不超过合同额的40%。",
            "对获批的地理标志给予奖补，奖补资金累计不超过100万元。",
            "对企业开展海外维权给予补助，支持比例不超过维权费用的30%。",
            "全面取消申请阶段资助，资助金额不超过专利授权实际缴纳官费的50%。",
        ]
    )
)
def test_a_grants_rate_or_capped_amount_is_no_target(grant: str) -> None:
    found = _targets(f"{TIELING}{grant}每年新增贯标企业不少于30家。（责任单位：市市场监管局、市财政局）\n")
    assert [(t[1], t[2]) for t in found] == [(30.0, "家")]


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(
        [
            ("每年安排专利资助资金不低于500万元。", 500.0, "万元"),
            ("专利审查平均周期不超过12个月。", 12.0, "月"),
            ("全市非正常专利申请占比不超过5%。", 5.0, "%"),
            ("知识产权质押融资金额达到10亿元。", 10.0, "亿元"),
            ("到2026年，全市授信支持额度达到50亿元。", 50.0, "亿元"),
        ]
    )
)
def test_goals_bounded_or_funded_stay_targets(goal: tuple[str, float, str]) -> None:
    sentence, value, unit = goal
    found = _targets(
        f"{TIELING}对通过验收的项目给予资助，最高不超过20万元。{sentence}（责任单位：市市场监管局）\n"
    )
    assert [(t[1], t[2]) for t in found] == [(value, unit)]
