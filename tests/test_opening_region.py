"""A plan whose title and issuers name no place may name its own county in its opening sentence
(为抓好宜黄县2024年知识产权工作落实，制定本台账), as a 工作台账 or an annex saved on its own does. Before, its region
was left unknown unless the name came three times, and its bodies (县工信局) were the document's own, in no
region. The opening is read only for a county, district or county-level city, named alone there, and only when
the plan speaks of its bodies or itself by that level's word (县工信局, 全县)."""

from __future__ import annotations

import pytest

from tests.plans import extracted

TABLE = (
    "| 序号 | 工作内容 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
    "| 1 | 开展知识产权贯标，新增贯标企业10家 | {unit} | 2024年12月 |\n"
)


def _region(opening: str, unit: str = "县工信局") -> tuple[str | None, str | None]:
    doc, _ = extracted(
        "# 2024年度知识产权工作任务台账\n\n" + opening + "\n\n" + TABLE.format(unit=unit), "plan.md"
    )
    region = doc.plan.region
    return (region.id, region.method) if region else (None, None)


def test_the_opening_sentence_names_the_plans_county() -> None:
    assert _region("为抓好宜黄县2024年知识产权工作落实，制定本台账。") == ("361026", "opening")
    doc, _ = extracted(
        "# 2024年度知识产权工作任务台账\n\n为抓好宜黄县2024年知识产权工作落实，制定本台账。\n\n"
        + TABLE.format(unit="县工信局"),
        "plan.md",
    )
    (agency,) = [a for a in doc.agencies if a.type == "industry_it"]
    assert agency.region_id == "361026"


@pytest.mark.parametrize(
    "opening",
    [
        "根据《抚州市知识产权强市建设实施方案》，结合实际，制定本台账。",  # a prefecture cited: not the plan's
        "为抓好宜黄县、崇仁县2024年知识产权工作落实，制定本台账。",  # two counties
        "为推进知识产权工作，制定本台账。宜黄县市场监管局负责汇总。",  # after the opening sentence
    ],
)
def test_no_region_without_one_county_in_the_opening(opening: str) -> None:
    assert _region(opening) == (None, None)


def test_the_plan_must_speak_by_the_countys_word() -> None:
    assert _region("为抓好宜黄县2024年知识产权工作落实，制定本台账。", unit="市工信局") == (None, None)


def test_a_citys_plan_speaking_only_as_the_city() -> None:
    assert _region("为深入推进长沙市知识产权强市建设，制定本要点。", unit="市市场监管局") == (
        "430100",
        "opening",
    )


def test_a_city_named_by_a_plan_speaking_as_a_county_is_not_its_region() -> None:
    doc, _ = extracted(
        "# 2024年度知识产权工作任务台账\n\n为深入推进长沙市知识产权强市建设，结合我县实际，制定本台账。\n\n"
        + TABLE.format(unit="市市场监管局"),
        "plan.md",
    )
    assert doc.plan.region is None
