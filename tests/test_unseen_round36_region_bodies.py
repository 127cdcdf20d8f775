"""Round 36: bodies of an autonomous region named by its 区 in a city's or county's plan there (区党委、区政府,
区知识产权局 in a plan of 拉萨市), and a town named bare, by its 政府 or its 人民政府.

What was read wrong before: 区知识产权局 in 拉萨市's plan was a body of the plan's own, placed nowhere (a city
has no 区 of its own to name so); 掌政镇 and 掌政镇人民政府 (or 大新镇政府) were two bodies of one town.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            ("拉萨市2025年知识产权工作要点", "西藏自治区"),
            ("南宁市2025年知识产权工作要点", "广西壮族自治区"),
            ("乌鲁木齐市2025年知识产权工作要点", "新疆维吾尔自治区"),
            ("隆林各族自治县2025年知识产权工作要点", "广西壮族自治区"),
        ]
    ),
    st.sampled_from([("区知识产权局", "知识产权局"), ("区科技厅", "科学技术厅"), ("区公安厅", "公安厅")]),
)
def test_qu_in_a_plan_under_an_autonomous_region_names_the_region(
    plan: tuple[str, str], body: tuple[str, str]
) -> None:
    title, region = plan
    doc, _ = extracted(
        f"{title}\n一、重点工作\n（一）推动知识产权保护中心建设。（牵头单位：市市场监管局；配合单位：{body[0]}）\n"
    )
    names = [r.agency.name for t in doc.tasks for r in t.responsibilities if r.agency.surface == body[0]]
    assert names == [region + body[1]]


def test_qu_in_a_district_plan_is_the_district() -> None:
    doc, _ = extracted(
        "南宁市青秀区2025年知识产权工作要点\n一、重点工作\n（一）推动专利转化。（责任单位：区科技局）\n"
    )
    assert [r.agency.name for t in doc.tasks for r in t.responsibilities] == ["南宁市青秀区科学技术局"]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["镇", "镇政府", "镇人民政府"]), st.sampled_from(["镇", "镇政府", "镇人民政府"]))
def test_a_town_however_named_is_one_body(first: str, second: str) -> None:
    doc, _ = extracted(
        "兴庆区知识产权强县建设试点实施方案\n一、重点任务\n"
        f"（一）打造地理标志品牌。（责任单位：区农业农村局牵头，掌政{first}配合）\n"
        f"（二）建设维权工作站。（责任单位：掌政{second}）\n"
    )
    ids = {r.agency.id for t in doc.tasks for r in t.responsibilities if r.agency.surface.startswith("掌政")}
    assert len(ids) == 1
    assert [a.responsibilities for a in doc.agencies if a.id in ids] == [2]


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["崖州湾科技城管理局", "崖州湾科技城管委会"]))
def test_a_hainan_zone_run_by_a_statutory_bureau_is_its_zone_body(name: str) -> None:
    doc, _ = extracted(
        f"三亚市2024年知识产权工作要点\n一、重点工作\n（一）推进专利转化。（牵头单位：市科工信局；配合单位：{name}）\n"
    )
    types = [(r.agency.surface, r.agency.type) for t in doc.tasks for r in t.responsibilities]
    assert types == [("市科工信局", "science_tech"), (name, "zone_committee")]


def test_a_science_industry_and_information_bureau_is_one_body_however_written() -> None:
    doc, _ = extracted(
        "海口市2024年知识产权工作要点\n一、重点工作\n"
        "（一）推进专利转化。（牵头单位：市科工信局）\n（二）推进专利导航。（牵头单位：市科技工业信息化局）\n"
    )
    ids = {r.agency.id for t in doc.tasks for r in t.responsibilities}
    assert ids == {"agency/460100/science_tech"}


def test_a_bureau_of_no_zone_is_no_zone_body() -> None:
    doc, _ = extracted(
        "海口市2024年知识产权工作要点\n一、重点工作\n（一）推进执法。（牵头单位：市城市管理局）\n"
    )
    assert [r.agency.type for t in doc.tasks for r in t.responsibilities] != ["zone_committee"]
