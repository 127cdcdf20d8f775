"""Round 24: goals, numeric targets and programmes as plans of regions and industries not yet read write
them. A district's 工作要点 opens its goals with the whole year (2024年全年，…) or labels them with the year
(2024年主要目标：… in a plan without a goals chapter), sets up stations at a site (在家具产业集群建设知识产权保护
工作站3个, 在乡镇设立商标品牌指导站5个), counts licences after the programme (推进专利开放许可试点，实现许可50次),
writes 超 / 近 alone before a number (技术合同成交额超5000万元, 新增地理标志商标近10件), 近三年 before a count,
and amounts in Chinese numerals (知识产权质押融资金额不少于二亿元, 五千万元); a county's plan doubles a count
against a base year (专利授权量较2020年翻一番, 商标注册申请量实现翻番), gives a closure rate of its patent disputes
(专利侵权纠纷（行政裁决）案件结案率), a year list opening a sentence (到2023年、2024年、2025年，…分别…，…) with a
target after it, and a part naming its level and the total's noun (…使用企业达到30家以上，其中规上企业10家). Plans
of other fields speak of 执行险情, 执行保险条款, 党建品牌培育 and 质量品牌培育.
Before: the site stayed in the indicator and the key (在家具产业集群建设知识产权保护工作站); the bare 许可 took the
words after the act in the clause before (许可试点); 超 and 近 stayed in the indicator with no comparator
(技术合同成交额超, 地理标志商标近), and 近三年 in it; amounts in numerals were no target; 2024年全年，… gave no
annual flag; a 2024年主要目标：… paragraph gave no target at all; a doubling had a key of its own (专利授权,
商标注册申请量实现); the patent closure rate was no standard indicator; a target after a year list took the
list's first year; the part was 规上企业 alone; and the look-alikes were the insurance and brand programmes.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.programs import find_programs
from policykg.models import Target
from tests.plans import extracted

COUNTY = "江西省赣州市南康区知识产权强区建设工作方案（2023—2025年）\n为推进知识产权强区建设，制定本方案。\n一、工作目标\n"
TASKS = "二、重点任务\n（一）提升知识产权创造质量。由区市场监管局负责。\n"


def _targets(body: str, head: str = COUNTY) -> list[Target]:
    doc, _ = extracted(head + body + "\n" + TASKS)
    return doc.targets


def _one(targets: list[Target], quote_part: str) -> Target:
    found = [t for t in targets if quote_part in t.quote]
    assert len(found) == 1, [(t.indicator, t.quote) for t in targets]
    return found[0]


# 1. the counted thing, not where it stands or what follows its act


def test_a_site_before_a_verb_of_setting_up_is_no_part_of_the_indicator() -> None:
    targets = _targets(
        "到2025年，在家具产业集群建设知识产权保护工作站3个，在乡镇设立商标品牌指导站5个，"
        "推动在茶产业园区新建知识产权维权援助工作站2个。"
    )
    got = [(t.indicator, t.indicator_key, t.value) for t in targets]
    assert got == [
        ("建设知识产权保护工作站", "知识产权保护工作站", 3.0),
        ("设立商标品牌指导站", "商标品牌指导站", 5.0),
        ("新建知识产权维权援助工作站", "知识产权维权援助工作站", 2.0),
    ]
    assert all(t.comparator == "=" and t.year == 2025 for t in targets)
    (each,) = _targets("到2025年，在每个乡镇建成商标品牌指导站1个。")
    assert each.indicator.startswith("在每个乡镇")  # a scope per unit stays: one in each town, no total


def test_a_bare_act_counts_the_noun_the_clause_before_closes_with_it() -> None:
    targets = _targets("到2025年，推进专利开放许可试点，实现许可50次。\n开展作品登记，全年登记500件。")
    licences, works = targets
    assert (licences.indicator, licences.value, licences.unit) == ("专利开放许可", 50.0, "次")
    assert (works.indicator, works.value, works.unit) == ("作品登记", 500.0, "件")
    assert works.indicator_key == "作品登记量"  # the standard indicator


# 2. comparators and amounts as short and formal texts write them


def test_chao_and_jin_alone_are_comparators() -> None:
    targets = _targets("到2025年，技术合同成交额超5000万元，新增地理标志商标近10件。")
    turnover, marks = targets
    assert (turnover.indicator, turnover.comparator, turnover.value, turnover.unit) == (
        "技术合同成交额",
        ">",
        5000.0,
        "万元",
    )
    assert turnover.indicator_key == "技术合同成交额"
    assert (marks.indicator, marks.comparator, marks.value) == ("地理标志商标", "~", 10.0)
    assert marks.indicator_key == "地理标志商标注册量"
    assert "increment" in marks.flags
    near, grants = _targets("到2025年，近三年累计新增发明专利授权100件，专利授权量接近500件。")
    # 近三年: a span of time
    assert (near.indicator, near.indicator_key) == ("发明专利授权", "发明专利授权量")
    assert near.flags == ["cumulative", "increment"]
    assert (grants.indicator, grants.comparator, grants.value) == ("专利授权量", "~", 500.0)


def test_amounts_of_money_in_chinese_numerals() -> None:
    targets = _targets("到2025年，知识产权质押融资金额不少于二亿元，专利质押融资五千万元以上。")
    loans, patents = targets
    assert (loans.value, loans.unit, loans.normalized_value, loans.comparator) == (2.0, "亿元", 2e8, ">=")
    assert loans.indicator_key == "知识产权质押融资额"
    assert (patents.value, patents.unit, patents.normalized_value) == (5000.0, "万元", 5e7)


# 3. standard keys


def test_closure_rate_of_patent_disputes_is_the_standard_closure_rate() -> None:
    targets = _targets("到2025年，专利侵权纠纷案件结案率达到95%以上，专利侵权纠纷行政裁决案件结案率达到90%。")
    assert [(t.indicator_key, t.value) for t in targets] == [
        ("知识产权案件结案率", 95.0),
        ("知识产权案件结案率", 90.0),
    ]


def test_a_doubling_is_compared_under_the_count_it_doubles() -> None:
    targets = _targets("到2025年，全区专利授权量较2020年翻一番，商标注册申请量实现翻番。")
    grants, marks = targets
    assert (grants.indicator, grants.indicator_key) == ("专利授权量", "专利授权量")
    assert (marks.indicator, marks.indicator_key) == ("商标注册申请量", "商标注册申请量")
    for t in targets:
        assert (t.value, t.unit, t.comparator, t.year) == (2.0, "倍", ">=", 2025)
        assert "relative" in t.flags


# 4. years


WORK_POINTS = (
    "赣州市南康区2024年知识产权工作要点\n为推进知识产权强区建设，现提出2024年工作要点如下。\n一、主要目标\n"
)


def test_the_whole_year_opening_a_sentence_makes_its_counts_the_years() -> None:
    targets = _targets(
        "2024年全年，新增专利质押融资5000万元，培育省级知识产权示范企业2家，专利授权量同比增长10%。",
        WORK_POINTS,
    )
    loans, firms, growth = targets
    assert loans.flags == ["increment", "annual"]
    assert firms.flags == ["annual"]
    assert loans.year == firms.year == 2024
    assert growth.flags == ["growth"]  # a rate is no count of the year


def test_a_goal_label_after_its_year_states_the_goals() -> None:
    doc, _ = extracted(
        "松阳县知识产权工作要点\n\n2024年主要目标：全县发明专利授权量增长三成以上，新增有效注册商标不少于两千件。\n\n"
        "一、重点任务\n（一）加强知识产权创造。由县市场监管局负责。\n"
    )
    got = [(t.indicator_key, t.value, t.unit, t.year) for t in doc.targets]
    assert got == [("发明专利授权量增长率", 30.0, "%", 2024), ("有效注册商标量", 2000.0, "件", 2024)]
    assert [g.title for g in doc.goals] == ["主要目标"]
    assert all(t.goal_id is not None for t in doc.targets)


def test_a_target_after_a_list_of_years_is_for_the_lists_last_year() -> None:
    targets = _targets(
        "到2023年、2024年、2025年，发明专利授权量分别达到50件、60件、70件，知识产权质押融资额达到1亿元；"
        "有效注册商标总量达到9000件。"
    )
    assert [(t.value, t.year) for t in targets] == [
        (50.0, 2023),
        (60.0, 2024),
        (70.0, 2025),
        (1.0, 2025),
        (9000.0, 2025),
    ]


# 5. a part naming its level and the total's noun


def test_a_part_naming_its_level_and_the_totals_noun() -> None:
    targets = _targets("到2025年，马铃薯地理标志证明商标使用企业达到30家以上，其中规上企业10家。")
    assert [(t.indicator, t.value) for t in targets] == [
        ("马铃薯地理标志证明商标使用企业", 30.0),
        ("规上马铃薯地理标志证明商标使用企业", 10.0),
    ]


# 6. programmes and their look-alikes


def _found(text: str) -> list[tuple[str, str]]:
    return [(h.program.id, text[h.span[0] : h.span[1]]) for h in find_programs(text, 0, len(text))]


def test_insurance_and_brand_look_alikes_are_no_programme() -> None:
    for text in (
        "严格执行险情报告制度",
        "严格执行保险条款",
        "加强党建品牌培育",
        "开展质量品牌培育",
        "推进文旅品牌培育",
    ):
        assert _found(text) == [], text
    # the programmes next to them stay
    assert _found("推广专利执行保险") == [("ip_insurance", "执行保险")]
    assert _found("支持企业投保执行险") == [("ip_insurance", "执行险")]
    assert _found("加强区域品牌培育") == [("trademark_brands", "品牌培育")]
    assert _found("实施产业集群品牌培育战略") == [("trademark_brands", "品牌培育")]


# 7. properties


_PLACES = st.sampled_from(["家具产业集群", "乡镇", "茶产业园区", "重点商圈", "高新区", "县城"])
_VERBS = st.sampled_from(["建设", "建成", "设立", "新建"])
_THINGS = st.sampled_from(["知识产权保护工作站", "商标品牌指导站", "知识产权服务站"])


@settings(max_examples=25, deadline=None)
@given(_PLACES, _VERBS, _THINGS, st.integers(min_value=2, max_value=99))
def test_a_site_never_changes_the_key(place: str, verb: str, thing: str, count: int) -> None:
    (sited,) = _targets(f"到2025年，在{place}{verb}{thing}{count}个。")
    (plain,) = _targets(f"到2025年，{verb}{thing}{count}个。")
    assert (sited.indicator, sited.indicator_key, sited.value) == (
        plain.indicator,
        plain.indicator_key,
        count,
    )


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=2023, max_value=2030), min_size=2, max_size=4, unique=True))
def test_a_target_after_a_year_list_takes_its_last_year(years: list[int]) -> None:
    years = sorted(years)
    listed = "、".join(f"{y}年" for y in years)
    values = "、".join(f"{10 * (i + 1)}件" for i in range(len(years)))
    targets = _targets(f"到{listed}，发明专利授权量分别达到{values}，知识产权质押融资额达到1亿元。")
    assert [t.year for t in targets] == [*years, years[-1]]
