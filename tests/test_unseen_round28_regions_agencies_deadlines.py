"""Round 28: regions, agencies, deadlines and cited numbers as plans of the 兵团's division-cities, of cities
with zones the gazetteer does not know, of 雄安新区 and of one year write them (plans written for the tests).

What was read wrong before:

- a 兵团 regiment named by its number (一四三团, 一〇四团, 第八师一四三团, 143团) or as a 团场 had no type; it is
  a regiment (团场), a town of its division;
- in a plan of a division's city (石河子市, one with 第八师: 师市合一), a body named by the division
  (第八师一四三团) was the division's, a body apart from the city's 一四三团 the plan also names; 师市中级人民法院
  there was the city's basic court (石河子市人民法院): it is the division's 中级人民法院;
- the autonomous region's court's branch serving the 兵团 (兵团分院, 自治区高级人民法院兵团分院) had no type and
  was a body of its own: it is the 兵团's court, as a procuratorate's 分院 is its prefecture's;
- a zone's committee the gazetteer does not know, written 管委会 and 管理委员会 in one plan (经开区管委会,
  经开区管理委员会), was two bodies;
- 雄安新区中级人民法院 (and 雄安中院) was named 河北雄安新区人民法院: a zone's court named by its level keeps
  the level;
- 全年 as a time limit (完成时限：全年, （全年）, …，全年推进。) named no date: in a plan for one year, its end;
- a deadline written as a named day (国庆节前, 2025年国庆节前, 世界知识产权日前, 4·26前) was read from a label
  only, and gave the year alone: the day's month (10 for 国庆节, 4 for 世界知识产权日); a day of the lunar
  calendar (春节前) gives no month, and in a year's plan no year (it may be the next year's);
- 持续推进 closing a sentence (…，持续推进。) was no time limit, as 长期坚持 there is;
- a department named by a place and 局 alone (县局, 市局, 区局, 福州市局) or by a pronoun (本局, 我局) in the plan
  of one department (its title's, or its one issuer, 长阳土家族自治县市场监督管理局) was a body of its own with
  no type (宜昌市长阳土家族自治县县局): it is that department's kind at the place named, or the department; in
  a government's plan such a name stays as written; the department's own section written 我局知识产权科 was
  named 福州市鼓楼区市场监督管理局我局知识产权科;
- a protection centre's branch (金华市知识产权保护中心义乌分中心, 中国（中关村）知识产权保护中心海淀分中心)
  was a service centre: it is of its centre's type;
- 每年国庆节前 was read 国庆节前, due once;
- an announcement's number (国家知识产权局公告第五三〇号, 国家知识产权局第530号公告, and 第531号公告 joined
  to another's by 和) was no citation; it is cited as a policy, its serial written in digits, its issuer the
  one written (or the one of the number it is joined to).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.phases import deadline_date
from tests.plans import extracted, resolved_agency, task_agencies


def test_a_regiment_named_by_its_number_is_a_regiment() -> None:
    for surface in ("一四三团", "一〇四团", "第八师一四三团", "143团", "一四三团场"):
        assert resolved_agency("B660800", surface)[2] == "regiment", surface
    assert resolved_agency("B660800", "一四三团")[0] == resolved_agency("B660800", "第八师一四三团")[0]
    # a name ending with 团 that is no number stays what it was
    assert resolved_agency("650000", "共青团")[2] is None
    assert resolved_agency("B660800", "师团委")[2] == "youth_league"


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="〇一二三四五六七八九十百", min_size=1, max_size=4))
def test_any_number_and_tuan_is_a_regiment(number: str) -> None:
    assert resolved_agency("B660800", number + "团")[2] == "regiment"


def test_a_division_and_its_city_are_one_in_their_plans() -> None:
    shihezi, division = "659001", "B660800"
    for plan, other in ((shihezi, "石河子市"), (division, "第八师")):
        assert resolved_agency(plan, other + "一四三团")[0] == resolved_agency(plan, "一四三团")[0]
    assert resolved_agency(shihezi, "第八师市场监管局")[0] == "agency/659001/market_regulation"
    # the courts of the two levels stay two
    assert resolved_agency(shihezi, "师市中级人民法院")[0] == "agency/B660800/court"
    assert resolved_agency(shihezi, "第八师中级人民法院")[0] == "agency/B660800/court"
    assert resolved_agency(shihezi, "市人民法院")[0] == "agency/659001/court"
    # a division in another division's plan is its own
    assert resolved_agency("659002", "第八师一四三团")[3] == division


def test_the_bingtuan_branch_court_is_the_bingtuan_court() -> None:
    court = resolved_agency("B660000", "兵团法院")
    for region, surface in (
        ("B660000", "兵团分院"),
        ("659001", "兵团分院"),
        ("650000", "自治区高级人民法院兵团分院"),
        ("650000", "新疆维吾尔自治区高级人民法院生产建设兵团分院"),
    ):
        assert resolved_agency(region, surface) == court, surface
    assert court[2:] == ("court", "B660000")


def test_a_zone_committee_written_short_and_in_full_is_one_body() -> None:
    plan = (
        "株洲市2025年知识产权工作要点\n一、重点任务\n"
        "（一）加强园区专利导航。（责任单位：经开区管委会）\n"
        "（二）推进经开区建设。（责任单位：经开区管理委员会）\n"
    )
    got = task_agencies(plan)
    assert got["一.(一)"][0][1] == got["一.(二)"][0][1]
    assert got["一.(一)"][0][2] == "zone_committee"
    # a committee's office too
    assert (
        resolved_agency("430200", "经开区管委办")[0] == resolved_agency("430200", "经开区管理委员会办公室")[0]
    )


def test_a_zone_court_named_by_its_level_keeps_the_level() -> None:
    for surface in ("雄安新区中级人民法院", "雄安中院"):
        found = resolved_agency("Z13000001", surface)
        assert found[1:3] == ("河北雄安新区中级人民法院", "court"), surface
    assert resolved_agency("Z13000001", "雄安新区人民法院")[1] == "河北雄安新区人民法院"


YEAR_PLAN = (
    "德阳市2025年知识产权工作要点\n一、重点任务\n"
    "（一）推进专利导航。（完成时限：全年；牵头单位：市市场监管局）\n"
    "（二）开展宣传周活动。（完成时限：2025年国庆节前；牵头单位：市委宣传部）\n"
    "（三）开展执法行动。国庆节前完成专项检查。（牵头单位：市市场监管局）\n"
    "（四）开展市场检查。（完成时限：春节前；牵头单位：市市场监管局）\n"
    "（五）开展世界知识产权日宣传。4·26前完成。（牵头单位：市市场监管局）\n"
    "（六）推进商标品牌建设，全年推进。（牵头单位：市市场监管局）\n"
    "（七）培育专利密集型产品（全年）。（牵头单位：市经信局）\n"
    "（八）强化数据知识产权保护，持续推进。（牵头单位：市数据局）\n"
    "（九）开展市场检查。在国庆节前后开展检查。（牵头单位：市市场监管局）\n"
)


def test_deadlines_of_the_whole_year_and_of_named_days() -> None:
    doc, _ = extracted(YEAR_PLAN)
    got = {t.path: (t.deadline, t.deadline_date) for t in doc.tasks}
    assert got["一.(一)"] == ("全年", "2025-12")
    assert got["一.(二)"] == ("2025年国庆节前", "2025-10")
    assert got["一.(三)"] == ("国庆节前", "2025-10")
    assert got["一.(四)"] == ("春节前", None)
    assert got["一.(五)"] == ("4·26前", "2025-04")
    assert got["一.(六)"] == ("全年推进", "2025-12")
    assert got["一.(七)"] == ("全年", "2025-12")
    assert got["一.(八)"] == ("持续推进", None)
    assert got["一.(九)"] == (None, None)  # a time around the day, no deadline


def test_named_days_in_deadline_words() -> None:
    assert deadline_date("2025年国庆节前") == "2025-10"
    assert deadline_date("世界知识产权日前", 2024) == "2024-04"
    assert deadline_date("2026年春节前", 2025) == "2026"
    assert deadline_date("春节前", 2025) is None
    assert deadline_date("全年", 2025) == "2025-12"
    assert deadline_date("全年", None) is None
    # a month written beside the day keeps its own
    assert deadline_date("2025年9月国庆节前") == "2025-09"


def test_an_announcement_number_is_cited() -> None:
    plan = (
        "株洲市2025年知识产权工作要点\n一、重点任务\n"
        "（一）规范专利代理。依据国家知识产权局公告第五三〇号开展专利代理监管。（责任单位：市市场监管局）\n"
        "（二）规范商标代理。按照国家知识产权局第545号公告开展商标代理监管。（责任单位：市市场监管局）\n"
        "（三）规范地理标志。依据国家知识产权局公告第五二九号和第531号公告开展监管。（责任单位：市市场监管局）\n"
    )
    doc, _ = extracted(plan)
    got = {(c.doc_number, c.issuer, c.kind) for c in doc.citations}
    assert ("国家知识产权局公告第530号", "国家知识产权局", "policy") in got
    assert ("国家知识产权局公告第545号", "国家知识产权局", "policy") in got
    # one written without its issuer, joined to another's, is the same issuer's
    assert ("国家知识产权局公告第531号", "国家知识产权局", "policy") in got
    assert not any(number and number.startswith("和") for number, _, _ in got)


BUREAU_PLAN = (
    "福州市鼓楼区市场监督管理局2025年知识产权工作要点\n一、重点任务\n"
    "（一）推进快速维权。（牵头单位：本局；配合单位：市局、区科技局）\n"
    "（二）加强执法。（责任单位：区局、福州市局）\n"
    "（三）开展培训。（责任单位：我局知识产权科）\n"
)


def test_a_department_named_by_its_place_and_ending_in_its_own_plan() -> None:
    got = task_agencies(BUREAU_PLAN)
    own, city = "agency/350102/market_regulation", "agency/350100/market_regulation"
    assert [u[1] for u in got["一.(一)"]] == [own, city, "agency/350102/science_tech"]
    assert [u[1] for u in got["一.(二)"]] == [own, city]
    doc, _ = extracted(BUREAU_PLAN)
    names = {a.name for a in doc.agencies}
    assert "福州市鼓楼区市场监督管理局知识产权科" in names


def test_a_department_named_so_under_its_one_issuer() -> None:
    body = (
        "长阳土家族自治县2025年知识产权工作要点\n一、重点任务\n"
        "（一）推进地理标志保护。（牵头单位：县局；配合单位：市局、县农业农村局）\n"
        "（二）加强行政执法。（责任单位：本局）\n"
    )
    got = task_agencies(body + "长阳土家族自治县市场监督管理局\n2025年3月1日\n")
    assert [u[1:3] for u in got["一.(一)"][:2]] == [
        ("agency/420528/market_regulation", "market_regulation"),
        ("agency/420500/market_regulation", "market_regulation"),
    ]
    assert got["一.(二)"][0][1] == "agency/420528/market_regulation"
    # a government's plan names no department so
    got = task_agencies(body + "长阳土家族自治县人民政府办公室\n2025年3月1日\n")
    assert got["一.(一)"][0][2] is None


def test_a_protection_centre_branch_is_a_protection_centre() -> None:
    for region, surface in (
        ("330782", "金华市知识产权保护中心义乌分中心"),
        ("110108", "中国（中关村）知识产权保护中心海淀分中心"),
    ):
        assert resolved_agency(region, surface)[2] == "ip_protection_center", surface
    # a 分中心 after no body with many of its kind stays a service centre
    assert resolved_agency("632801", "知识产权服务分中心")[2] == "service_center"
    assert resolved_agency("330782", "市市场监管局义乌分中心")[2] == "service_center"


def test_a_named_day_each_year_recurs() -> None:
    plan = (
        "都江堰市知识产权强市建设试点工作方案\n一、主要任务\n"
        "（一）推进猕猴桃地理标志运用，每年国庆节前组织推介活动。（牵头单位：市农业农村局）\n"
    )
    doc, _ = extracted(plan)
    task = doc.tasks[0]
    assert (task.deadline, task.deadline_date, task.deadline_recurs) == ("每年国庆节前", None, "year")
    assert deadline_date("每年国庆节前", 2025) is None
