"""Round 18, city plans from 四川, 湖南, 河南 and 陕西 (written for the tests).

A 湖南 city's 年度工作要点 printed to PDF wraps its lines where the page ends, and one wrap fell after the
；inside an item's annotation (（牵头单位：市市场监管局；↵配合单位：市工业和信息化局）): the line ending at the
stop stood as a paragraph, so the supporting body was read from a label line of its own with the closing
bracket in its name (市工业和信息化局）). A bracket opened and left open at a stop now runs on into the next
line that closes it.

A 四川 city's goals name one district or county before the indicator (涪城区每万人口高价值发明专利拥有量达到12件,
三台县新增地理标志1个): before, the target was the whole city's with the place's name inside its indicator (and
its key, so it compared with nothing). It is now the district's target, the name its region. A list of places
(…分别达到, …各新增) is left as written.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats import paragraphs_of, to_pdf
from tests.plans import extracted, named_units

HUNAN = """株洲市2024年知识产权工作要点
为贯彻落实《株洲市“十四五”知识产权发展规划》（株政发〔2021〕20号），扎实推进知识产权强市建设，制定本工作要点。
一、主要目标
2024年，全市发明专利授权量达到1800件，PCT国际专利申请量达到60件，新增国家知识产权示范企业5家。
二、重点工作
（一）提升知识产权创造质量
1.实施专利转化专项计划，推动高校院所专利向中小企业转化许可，全年转化专利300件以上。（责任单位：市市场监管局、市科技局、市教育局）
2.深入开展知识产权贯标，新增贯标企业50家。（牵头单位：市市场监管局；配合单位：市工业和信息化局）
（二）强化知识产权保护
3.开展“铁拳”行动，严厉打击商标侵权和假冒专利行为。（责任单位：市市场监管局、市公安局）
株洲市市场监督管理局
2024年2月28日
"""


def test_an_annotation_wrapped_after_its_stop_stays_whole_in_a_pdf() -> None:
    doc, _ = extracted(to_pdf(paragraphs_of(HUNAN)), "plan.pdf")
    units = named_units(doc)
    assert units["二.(一).2"] == [
        ("市市场监管局", "lead", "annotation"),
        ("市工业和信息化局", "support", "annotation"),
    ]
    item = [(surface.replace("\n", ""), role) for surface, role, _ in units["二.(二).3"]]
    assert item == [("市市场监管局", "joint"), ("市公安局", "joint")]


_HENAN = """洛阳市人民政府关于加快建设知识产权强市的实施意见
一、重点任务
（一）加强知识产权保护。建设知识产权维权工作站。（牵头单位：市市场监管局；
配合单位：市公安局、市司法局）
（二）强化金融支持。推广知识产权质押融资。（责任单位：人民银行洛阳市分行、洛阳金融监管分局）
"""


def test_an_annotation_hard_wrapped_after_its_stop_in_a_text_file() -> None:
    doc, _ = extracted(_HENAN, "plan.txt")
    units = named_units(doc)
    assert units["一.(一)"] == [
        ("市市场监管局", "lead", "annotation"),
        ("市公安局", "support", "annotation"),
        ("市司法局", "support", "annotation"),
    ]


_ANNOTATION = "（牵头单位：市市场监管局、市科技局；配合单位：市财政局、市统计局、各县（市、区）人民政府）"
_BREAKS = [k + 1 for k, ch in enumerate(_ANNOTATION) if ch in "；、"]


@settings(max_examples=20, deadline=None)
@given(st.sets(st.sampled_from(_BREAKS), max_size=1))
def test_wrapping_an_annotation_at_its_stops_reads_the_same(breaks: set[int]) -> None:
    """A line of the annotation wrapped after any of its stops (；、): the same bodies in the same roles."""
    cut = "".join(ch + ("\n" if k + 1 in breaks else "") for k, ch in enumerate(_ANNOTATION))
    plan = "某某市知识产权工作方案\n一、重点任务\n（一）推进专利导航。开展产业专利导航。" + cut + "\n"
    whole = (
        "某某市知识产权工作方案\n一、重点任务\n（一）推进专利导航。开展产业专利导航。" + _ANNOTATION + "\n"
    )

    def read(units: dict[str, list[tuple[str, str, str]]]) -> list[tuple[str, str]]:
        return [(surface.replace("\n", ""), role) for surface, role, _ in units["一.(一)"]]  # as written

    assert read(named_units(extracted(plan)[0])) == read(named_units(extracted(whole)[0]))


SICHUAN = """绵阳市知识产权强市建设实施方案（2024—2026年）
一、总体目标
到2026年，全市每万人口高价值发明专利拥有量达到6.5件，涪城区每万人口高价值发明专利拥有量达到12件，江油市有效发明专利拥有量达到900件，三台县新增地理标志1个；盐亭县、梓潼县各新增1个地理标志。
二、重点任务
（一）推进地理标志运用。培育地理标志产品。（责任单位：市市场监管局）
"""


def test_a_district_named_before_its_indicator_is_the_goal_of_that_district() -> None:
    doc, _ = extracted(SICHUAN)
    got = {(t.indicator, t.value, t.region_id) for t in doc.targets}
    assert ("每万人口高价值发明专利拥有量", 6.5, "510700") in got
    assert ("每万人口高价值发明专利拥有量", 12.0, "510703") in got
    assert ("有效发明专利拥有量", 900.0, "510781") in got
    assert ("地理标志", 1.0, "510722") in got  # 新增: a flag, as 各新增 is (round 21)
    assert next(t for t in doc.targets if t.region_id == "510722").flags == ["increment"]
    district = next(t for t in doc.targets if t.region_id == "510703")
    city = next(t for t in doc.targets if t.value == 6.5)
    assert district.indicator_key == city.indicator_key
    assert "per_capita" in district.flags
    assert district.region_evidence is not None
    assert district.region_evidence.quote == "涪城区"
    # a list of places, each given one: not one place's target
    listed = [t for t in doc.targets if t.indicator.startswith("盐亭县")]
    assert all(t.region_id == "510700" for t in listed)
