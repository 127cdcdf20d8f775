"""Round 46: a subdistrict's own plan (松陵街道知识产权工作实施方案, issued by the subdistrict office under its
cover notice), whose title names no place the gazetteer knows.

What was read wrong before:

- the opening sentence was read after the title inside the notice's heading (关于印发《…》的通知), never after
  the plan's own title line below it, and a sentence citing the city's document beside the district's
  (落实《苏州市…纲要》《吴江区…计划》) named two places: the region stayed unknown (now the district, the city
  it lies in dropped);
- the town or subdistrict whose plan it is was learned only from a title that names its region first
  (涪陵区崇义街道…), so in 松陵街道…方案 its offices written bare (经发办, 党政办公室, 综合执法局) were read as the
  district's (综合执法局 as the district's 城市管理局); now they are the subdistrict's own, while bodies
  written with a level word (区市场监管局) stay the district's, places gathered (各社区) a collective and a
  body named by the place's own name (松陵司法所) as named.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

NOTICE = (
    "{issuer}文件\n{number}\n关于印发《{title}》的通知\n{to}：\n现将《{title}》印发给你们，请认真贯彻落实。\n"
    "{issuer}\n2025年3月6日\n{title}\n{opening}\n"
)


def _plan(title: str, opening: str, body: str, issuer: str = "松陵街道办事处") -> str:
    return (
        NOTICE.format(
            issuer=issuer, number="松街办〔2025〕3号", title=title, to="各社区、街道各部门", opening=opening
        )
        + body
    )


@pytest.mark.parametrize(
    ("title", "opening", "body", "region"),
    [
        (
            "松陵街道知识产权工作实施方案",
            "为落实《苏州市知识产权强市建设纲要》和《吴江区知识产权强区建设三年行动计划》，结合松陵实际，制定本方案。",
            "一、重点任务\n1. 培育高价值专利。【牵头部门】区市场监管局\n",
            "吴江区",
        ),
        (
            "白蒲镇2025年知识产权工作要点",
            "根据《南通市知识产权强市建设实施方案》《如皋市知识产权工作要点》要求，结合本镇实际，制定本要点。",
            "一、重点任务\n1. 推进商标品牌建设。（牵头单位：市市场监管局）\n",
            "如皋市",
        ),
        (
            "棠阴镇知识产权工作方案",
            "为贯彻《抚州市知识产权保护和运用规划》《宜黄县知识产权强县建设方案》，制定本方案。",
            "一、重点任务\n1. 开展专利导航。（责任单位：县工信局）\n",
            "宜黄县",
        ),
    ],
)
def test_the_opening_after_the_plan_s_own_title_names_its_county_level_place(
    title: str, opening: str, body: str, region: str
) -> None:
    doc, _ = extracted(_plan(title, opening, body))
    assert doc.plan.region is not None
    assert doc.plan.region.name == region
    assert doc.plan.region.method == "opening"


def test_two_districts_or_a_city_alone_leave_the_region_unknown() -> None:
    two = _plan(
        "松陵街道知识产权工作实施方案",
        "为落实《吴江区知识产权强区建设计划》和《吴中区知识产权工作要点》，制定本方案。",
        "一、重点任务\n1. 培育高价值专利。【牵头部门】区市场监管局\n",
    )
    city = _plan(
        "松陵街道知识产权工作实施方案",
        "为落实《苏州市知识产权强市建设纲要》，制定本方案。",
        "一、重点任务\n1. 培育高价值专利。【牵头部门】区市场监管局\n",
    )
    for text in (two, city):
        doc, _ = extracted(text)
        assert doc.plan.region is None


def _names(text: str) -> dict[str, str]:
    doc, _ = extracted(text)
    return {r.agency.surface: r.agency.name for t in doc.tasks for r in t.responsibilities}


def test_a_subdistrict_s_offices_written_bare_are_its_own() -> None:
    names = _names(
        _plan(
            "松陵街道知识产权工作实施方案（2025—2026年）",
            "为落实《吴江区知识产权强区建设三年行动计划》，结合松陵实际，制定本方案。",
            "一、重点任务\n1. 培育高价值专利。支持企业组建培育中心。\n【牵头部门】经发办【配合部门】综合执法局、各社区\n"
            "2. 开展行政执法。配合区市场监管局开展专项行动。\n【牵头部门】区市场监管局【配合部门】党政办公室、松陵司法所\n",
        )
    )
    assert names["经发办"] == "苏州市吴江区松陵街道经发办"
    assert names["综合执法局"] == "苏州市吴江区松陵街道综合执法局"  # not the district's 城市管理局
    assert names["党政办公室"] == "苏州市吴江区松陵街道党政办公室"
    assert names["区市场监管局"] == "苏州市吴江区市场监督管理局"
    assert names["松陵司法所"] == "苏州市吴江区松陵司法所"
    assert names["各社区"] == "苏州市吴江区各社区"


def test_a_town_s_offices_written_bare_are_its_own_under_a_county() -> None:
    names = _names(
        _plan(
            "棠阴镇知识产权工作方案",
            "为贯彻《宜黄县知识产权强县建设方案》，结合全镇实际，制定本方案。",
            "一、重点任务\n1. 推进商标品牌建设。（牵头单位：农业服务中心；配合单位：县市场监管局、各村）\n",
            issuer="棠阴镇人民政府",
        )
    )
    assert names["农业服务中心"] == "抚州市宜黄县棠阴镇农业服务中心"
    assert names["县市场监管局"] == "抚州市宜黄县市场监督管理局"
