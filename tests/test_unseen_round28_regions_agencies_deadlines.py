"""Round 28: regions, agencies, deadlines and cited numbers as plans of the 兵团's division-cities, of cities
with zones the gazetteer does not know, of 雄安新区 and of one year write them (plans written for the tests).

What was read wrong before:

- a 兵团 regiment named by its number (一四三团, 一〇四团, 第八师一四三团, 143团) or as a 团场 had no type; it is
  a regiment (团场), a town of its division;
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
- an announcement's number (国家知识产权局公告第五三〇号, 国家知识产权局第530号公告) was no citation; it is
  cited as a policy, its serial written in digits.
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
    )
    doc, _ = extracted(plan)
    got = {(c.doc_number, c.issuer, c.kind) for c in doc.citations}
    assert ("国家知识产权局公告第530号", "国家知识产权局", "policy") in got
    assert ("国家知识产权局公告第545号", "国家知识产权局", "policy") in got
