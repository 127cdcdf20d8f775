"""Round 36: the wording of numeric targets and standings as plans of 天津, 重庆, 吉林, 山西, 江西 and 辽宁
districts and counties write it.

What was read wrong before:

- a first success written with quotes or short (实现国家知识产权示范企业“零”的突破, 中国专利奖实现“零”突破,
  PCT国际专利申请实现“破零”) was no target, where 零的突破 is one (at least 1);
- a rank among a city's districts (位居全市各区前列, 排名全市各区前三) or a province's cities (全省各市前列) was no
  standing: 各区 / 各市 were no peers;
- “A”“B” names written side by side before a shared measure and 分别 (“南康甜柚”“南康辣椒酱”地理标志产品年产值分别
  达到20亿元、5亿元) gave one target of both names, the first value, the second value lost;
- a base that is a period before (较上一个三年增长50%, 较“十三五”期间增长一倍) became the indicator (较上一个,
  专利转让许可次数较);
- a scope of the work opening an indicator (围绕光伏产业链开展…, 依托…服务中心培育…, 在高新区、经开区建设…) stayed in
  its indicator and key;
- a count listed after another naming only its level (建成市级高价值专利培育中心3个、区级2个) was keyed 区级, and a part
  naming its level under a total naming another (培育市级…10家，其中区级3家) 区级市级…;
- 均 (主要知识产权指标均居全市首位, 每年质押融资额均不低于1亿元) and the rank verb 走在 (工作走在全省前列) stayed in
  the indicator;
- a grant's cap after 给予 (对专利导航项目给予每项不超过20万元的经费支持) was a target;
- firms certified to the standard named by its code (通过GB/T 29490认证企业) were not keyed 知识产权贯标企业.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

XIQING = "西青区知识产权强区建设工作方案（2023—2025年）\n\n一、总体目标\n"
LUZHOU = "潞州区2024年知识产权工作方案\n\n一、重点任务\n"
JIULONGPO = "九龙坡区2024年知识产权工作计划\n\n一、年度目标\n"


def _targets(text: str) -> list[tuple[str, str, str, float | None]]:
    doc, _ = extracted(text)
    return [(t.indicator, t.indicator_key, t.comparator, t.value) for t in doc.targets]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["“零”的突破", "“零”突破", "“破零”", "破零", "‘零’的突破"]))
def test_a_first_success_quoted_or_short_is_at_least_one(written: str) -> None:
    found = _targets(
        JIULONGPO + f"2024年，全区发明专利授权量达到1500件，中国专利奖实现{written}。\n"
        "二、重点任务\n1.开展专利破零行动。培育专利破零企业，覆盖重点产业。（区市场监管局负责）\n"
    )
    assert ("中国专利奖", "中国专利奖", ">=", 1.0) in found
    assert len(found) == 2  # 破零 before a noun (破零企业, 破零行动) names a kind: no value


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(["位居", "保持", "进入"]),
    st.sampled_from(["全市各区", "全市各区（县）", "全省各市"]),
    st.sampled_from([("前列", None), ("前三", 3.0), ("第一", 1.0)]),
)
def test_a_rank_among_the_districts_of_a_city_is_a_standing(
    verb: str, peers: str, rank: tuple[str, float | None]
) -> None:
    doc, _ = extracted(
        XIQING + f"到2025年，知识产权综合评价{verb}{peers}{rank[0]}，有效注册商标量突破6万件。\n"
    )
    standing = [t for t in doc.targets if t.standing == "rank"]
    assert [(t.indicator, t.value) for t in standing] == [("知识产权综合评价", rank[1])]


def test_quoted_names_side_by_side_share_the_measure_each_with_its_value() -> None:
    found = _targets(
        "南康区地理标志运用促进工程实施方案\n\n一、工作目标\n"
        "到2026年，“南康甜柚”“南康辣椒酱”地理标志产品年产值分别达到20亿元、5亿元。\n"
    )
    assert [(t[0], t[3]) for t in found] == [
        ("南康甜柚地理标志产品年产值", 20.0),
        ("南康辣椒酱地理标志产品年产值", 5.0),
    ]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["较上一个三年", "比上一轮", "较“十三五”期间", "较十三五时期"]))
def test_a_period_before_as_the_base_is_no_indicator(base: str) -> None:
    doc, _ = extracted(
        XIQING
        + f"到2025年，知识产权质押融资额三年累计达到30亿元，{base}增长50%；专利转让许可次数{base}增长一倍。\n"
    )
    found = [(t.indicator, t.unit, t.flags, t.base_year) for t in doc.targets]
    assert ("知识产权质押融资额", "%", ["growth"], None) in found
    assert ("专利转让许可次数", "倍", ["relative"], None) in found
    assert not any(base[:2] in t[0] for t in found)
    # the end of the last five-year plan is still a base year
    doc, _ = extracted(
        XIQING + f"到2025年，有效发明专利拥有量较“十三五”末增长50%，发明专利授权量{base}增长30%。\n"
    )
    assert [(t.indicator, t.base_year) for t in doc.targets] == [
        ("有效发明专利拥有量", 2020),
        ("发明专利授权量", None),
    ]


def test_a_scope_of_the_work_opening_an_indicator_is_no_part_of_it() -> None:
    doc, _ = extracted(
        LUZHOU + "1.开展专利导航。围绕光伏产业链开展产业规划类专利导航1项。依托长治高新区知识产权服务中心培育"
        "专利导航服务基地1家。在高新区、经开区建设知识产权维权援助工作站2个。（区市场监管局负责）\n"
    )
    found = [(t.indicator_key, t.qualifier, t.value) for t in doc.targets]
    assert found == [
        ("产业规划类专利导航", "光伏产业链", 1.0),
        ("专利导航服务基地", None, 1.0),
        ("知识产权维权援助工作站", None, 2.0),
    ]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from([("市级", "区级"), ("省级", "市级"), ("国家级", "省级")]))
def test_a_count_listed_by_its_level_alone_counts_what_the_one_before_counts(levels: tuple[str, str]) -> None:
    first, second = levels
    found = _targets(
        LUZHOU
        + f"1.实施高价值专利培育工程。建成{first}高价值专利培育中心3个、{second}2个。（区科技局负责）\n"
    )
    assert (f"{second}高价值专利培育中心", 2.0) in [(t[1], t[3]) for t in found]


def test_a_part_naming_its_level_under_a_total_of_another_level_takes_its_place() -> None:
    found = _targets(LUZHOU + "1.培育市级知识产权示范企业10家，其中区级3家。（区市场监管局负责）\n")
    assert ("区级知识产权示范企业", 3.0) in [(t[0], t[3]) for t in found]


def test_each_and_the_verb_of_a_place_among_peers_stay_out_of_the_indicator() -> None:
    found = _targets(
        "公主岭市知识产权工作方案\n\n一、总体目标\n到2025年，主要知识产权指标均居全市首位，知识产权强县建设工作"
        "走在全省前列；2023—2025年每年质押融资额均不低于1亿元。\n"
    )
    indicators = {t[0] for t in found}
    assert indicators == {"主要知识产权指标", "知识产权强县建设工作", "质押融资额"}
    assert sum(t[0] == "质押融资额" for t in found) == 3


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(
        ["给予每项不超过20万元的经费支持", "给予不超过20万元的资金扶持", "给予每家最高30万元的奖励"]
    )
)
def test_a_grant_cap_after_giving_is_no_target(grant: str) -> None:
    found = _targets(
        "潞州区2024年专利导航工程实施方案\n\n一、重点任务\n1.开展专利导航。完成产业规划类专利导航项目1项。"
        f"（区市场监管局负责）\n二、工作要求\n（一）强化经费保障。区财政局对专利导航项目{grant}。\n"
    )
    assert [(t[1], t[3]) for t in found] == [("产业规划类专利导航项目", 1.0)]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["通过GB/T 29490认证企业", "通过GB/T 29490-2023认证的企业", "GB/T29490贯标企业"]))
def test_firms_certified_to_the_standard_by_its_code_are_ip_standard_firms(written: str) -> None:
    found = _targets(
        "海城市知识产权强企培育工程实施方案（2024—2026年）\n\n一、工作目标\n"
        f"到2026年，{written}累计达到120家。\n"
    )
    assert [(t[1], t[3]) for t in found] == [("知识产权贯标企业", 120.0)]
