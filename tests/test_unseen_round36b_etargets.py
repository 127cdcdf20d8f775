"""Round 36b: numeric targets and standings as plans of 内蒙古 旗 and 盟, 辽宁 cities, prefectures, and the
annual 工作要点 of 河北 and 山东 write them.

What was read wrong before:

- a rank among the peer groups of 内蒙古 (全市各旗县区前三位, 全盟旗县市区首位, 全市旗区前列), of a 辽宁 city
  (全市各区市县前列) or of a prefecture (全州县市前列) was no standing, and a count of the peers before the
  rank (全省14个市（州）前五) was read as a count of 14 个 keyed with the rank's verb; 全盟 named no scope;
- a rank moving up (排名较上年前移2位, 全市排名进位3个以上, 排名提升2个位次) was a count of places or 个, its
  key keeping 排名 and the verb;
- amounts in US dollars (1.5亿美元, 5000万美元) were no targets;
- 分别 after a span of years (2024年至2026年，每年…分别不低于5000万元、6000万元、9000万元; 2024—2026年…分别
  达到100件、120件、150件) repeated the first value each year or kept only the first value;
- a year opening a clause after the first of its sentence (推进专利转化，2024年转化专利100件，培育示范企业20家)
  dated only its own clause: the clauses after it took the plan's final year;
- a bare rate of coverage after a count (使用企业每年增加5家以上，覆盖率达到90%) was keyed 覆盖率 alone, and a
  rate of handling after a part (…案件不少于120件，其中重大案件不少于5件，案件办结率达到100%) went to the part;
- the first of quoted products written side by side (“达拉特羊肉”“树林召黄河鲤鱼”地理标志产品产值分别…) was
  keyed by the product's name alone;
- a count of doublings (实现“三个翻番”) was a doubling keyed with 实现三个, and a quoted doubling (实现“翻番”)
  kept the quote and the verb in its key.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.models import Target
from tests.plans import extracted

TUZUO = "土默特左旗知识产权工作方案（2024—2026年）\n\n一、主要目标\n"
ALASHAN = "阿拉善左旗知识产权工作方案（2024—2026年）\n\n一、主要目标\n"
DALATE = "达拉特旗知识产权强县建设试点工作实施方案（2024—2026年）\n\n一、重点任务\n"
POINTS = "某市2024年知识产权工作要点\n\n一、工作目标\n"


def _targets(text: str) -> list[Target]:
    doc, _ = extracted(text)
    return list(doc.targets)


def _by_key(text: str) -> dict[str, Target]:
    return {t.indicator_key: t for t in _targets(text)}


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        [
            ("全市各旗县区", "150100"),
            ("全市旗区", "150100"),
            ("全市各区市县", "150100"),
            ("全市旗县市区", "150100"),
            ("全省14个市（州）", "150000"),
            ("全省12个盟市", "150000"),
        ]
    ),
    st.sampled_from([("前三位", "<=", 3.0), ("首位", "=", 1.0), ("第二位", "=", 2.0)]),
)
def test_a_rank_among_the_peer_groups_of_banners_leagues_and_prefectures_is_a_standing(
    peers: tuple[str, str], rank: tuple[str, str, float]
) -> None:
    group, region = peers
    text, comparator, value = rank
    found = _by_key(TUZUO + f"　　到2026年，知识产权综合实力进入{group}{text}。\n")
    assert set(found) == {"知识产权综合实力"}
    target = found["知识产权综合实力"]
    assert (target.standing, target.comparator, target.value) == ("rank", comparator, value)
    assert target.reference_region_id == region
    assert target.unit != "个"


def test_the_top_group_among_peers_and_the_league_as_scope() -> None:
    found = _by_key(
        ALASHAN
        + "　　到2026年，主要指标位居全市各区市县前列，专利授权量保持全盟旗县市区首位，"
        + "综合排名稳定在全州县市前列，有效发明专利拥有量位居全市旗区前列。\n"
    )
    assert (found["主要指标"].standing, found["主要指标"].value) == ("rank", None)
    granted = found["专利授权量"]
    assert (granted.standing, granted.value, granted.reference_region_id) == ("rank", 1.0, "152900")
    assert found["综合排名"].standing == "rank"
    assert found["有效发明专利拥有量"].standing == "rank"


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(["排名较上年前移", "排名前移", "排名进位", "排名提升", "位次上升", "排名较2023年前移"]),
    st.sampled_from(
        [("2位", "=", 2.0), ("3个以上", ">=", 3.0), ("2个位次", "=", 2.0), ("两个位次", "=", 2.0)]
    ),
)
def test_a_rank_moving_up_is_an_increment_of_the_rank(words: str, moved: tuple[str, str, float]) -> None:
    places, comparator, value = moved
    found = _by_key(POINTS + f"　　2024年，全市知识产权综合发展指数{words}{places}。\n")
    assert set(found) == {"知识产权综合发展指数"}
    target = found["知识产权综合发展指数"]
    assert (target.standing, target.value, target.unit, target.comparator) == (
        "rank",
        value,
        "位",
        comparator,
    )
    assert "increment" in target.flags


def test_a_moving_rank_keeps_its_scope_and_a_rank_noun_naming_no_measure() -> None:
    found = _by_key(POINTS + "　　2024年，主要指标全市排名进位3个以上，综合排名较上年前移2位。\n")
    assert found["主要指标"].reference == "全市排名进位3个以上"
    assert found["主要指标"].comparator == ">="
    assert found["综合排名"].value == 2.0


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from([("1.5亿美元", 1.5, "亿美元", 1.5e8), ("5000万美元", 5000.0, "万美元", 5e7)]),
    st.sampled_from(["达到", "突破", "不低于"]),
)
def test_amounts_in_us_dollars_are_targets(amount: tuple[str, float, str, float], verb: str) -> None:
    written, value, unit, normalised = amount
    found = _by_key(POINTS + f"　　知识产权使用费进出口总额{verb}{written}，技术合同成交额达到80亿元。\n")
    target = found["知识产权使用费进出口总额"]
    assert (target.value, target.unit, target.normalized_value, target.normalized_unit) == (
        value,
        unit,
        normalised,
        "美元",
    )
    assert found["技术合同成交额"].unit == "亿元"


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(["2024年至2026年，每年", "2024—2026年", "2024-2026年，", "2024年到2026年"]),
    st.sampled_from(["分别达到", "分别不低于"]),
)
def test_respectively_after_a_span_of_years_gives_one_value_a_year(span: str, verb: str) -> None:
    found = _targets(DALATE + f"（一）实施专利培育工程。{span}发明专利授权量{verb}100件、120件、150件。\n")
    assert sorted((t.year, t.value) for t in found) == [(2024, 100.0), (2025, 120.0), (2026, 150.0)]
    # measures listed after the span: the values are theirs, not the years'
    listed = _by_key(DALATE + f"（一）实施专利工程。{span}发明专利、商标注册量{verb}100件、2000件。\n")
    assert (listed["发明专利"].value, listed["有效注册商标量"].value) == (100.0, 2000.0)


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(["推进专利转化，", "开展知识产权质押融资“入园惠企”行动，"]),
    st.sampled_from(["2024年", "2025年"]),
)
def test_a_year_opening_a_later_clause_dates_the_clauses_after_it(opening: str, year: str) -> None:
    found = _targets(
        DALATE + f"（一）知识产权金融赋能行动。{opening}{year}转化专利100件，培育示范企业20家。\n"
    )
    assert {t.year for t in found} == {int(year[:4])}
    assert len(found) == 2


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["覆盖率", "使用率"]), st.sampled_from(["达到90%", "不低于90%"]))
def test_a_bare_rate_of_coverage_after_a_count_of_firms_measures_those_firms(rate: str, level: str) -> None:
    found = _by_key(
        DALATE + f"（一）实施地理标志工程。推动地理标志专用标志使用企业每年增加5家以上，{rate}{level}。\n"
    )
    assert f"地理标志专用标志使用企业{rate}" in found
    assert rate not in found


def test_a_rate_of_handling_after_a_part_measures_the_total() -> None:
    found = _by_key(
        POINTS + "　　全年查办知识产权违法案件不少于120件，其中重大案件不少于5件，案件办结率达到100%。\n"
    )
    assert "知识产权违法案件办结率" in found
    assert "重大案件办结率" not in found


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["", "、", "和"]), st.sampled_from(["地理标志产品产值", "地理标志产品年产值"]))
def test_quoted_products_side_by_side_each_take_the_shared_measure(joiner: str, measure: str) -> None:
    found = _by_key(
        DALATE.replace("重点任务", "工作目标")
        + f"　　到2026年，“达拉特羊肉”{joiner}“树林召黄河鲤鱼”{measure}分别达到10亿元、2亿元。\n"
    )
    assert found[f"达拉特羊肉{measure}"].value == 10.0
    assert found[f"树林召黄河鲤鱼{measure}"].value == 2.0
    assert "达拉特羊肉" not in found


def test_a_count_of_doublings_is_no_target_and_a_quoted_doubling_keeps_a_clean_key() -> None:
    found = _by_key(
        POINTS + "　　到2026年，知识产权主要指标实现“三个翻番”，专利授权量实现翻番，商标注册量实现“翻番”。\n"
    )
    assert not any("三个" in key for key in found)
    assert found["专利授权量"].value == 2.0
    assert found["有效注册商标量"].indicator == "商标注册量"
