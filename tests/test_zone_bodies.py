"""Bodies of zones and new districts, and outposts of a body: 高新区市场监管局 in a plan of 石家庄高新技术产业开发区
is that zone's (as 县科技局 is a county's), 新区科技局 in 滨海新区's is that district's, a zone named with its city
is not given the city's name twice, and 海口海关驻琼海办事处 is an office of 海口海关 (placed in 琼海市, the place it
serves, whatever the plan's region: round 30; before, in 海口市)."""

from __future__ import annotations

import pytest

from ontology.vocab import agency_vocabulary
from tests.plans import resolved_agency

SJZ_ZONE = "130171"  # 石家庄高新技术产业开发区 (short 石家庄高新区), a zone of 石家庄市
BINHAI = "120116"  # 天津市滨海新区
DALI = "532901"  # 大理市, a county-level city
HAIKOU, FOSHAN = "460100", "440600"


def _resolved(region_id: str, surface: str) -> tuple[str, str | None, str | None]:
    return resolved_agency(region_id, surface)[1:]


@pytest.mark.parametrize(
    ("region_id", "surface", "name", "type_id"),
    [
        (SJZ_ZONE, "高新区市场监管局", "石家庄高新技术产业开发区市场监督管理局", "market_regulation"),
        (SJZ_ZONE, "开发区科技局", "石家庄高新技术产业开发区科学技术局", "science_tech"),
        (SJZ_ZONE, "科技创新局", "石家庄高新技术产业开发区科技创新局", None),
        (BINHAI, "新区科技局", "天津市滨海新区科学技术局", "science_tech"),
        (BINHAI, "新区市场监管局", "天津市滨海新区市场监督管理局", "market_regulation"),
    ],
)
def test_a_zone_calls_its_bodies_by_its_own_word(
    region_id: str, surface: str, name: str, type_id: str | None
) -> None:
    found_name, found_type, found_region = _resolved(region_id, surface)
    assert (found_name, found_region) == (name, region_id)
    if type_id is not None:
        assert found_type == type_id


def test_a_self_word_is_only_the_plans_own() -> None:
    # 新区 is no word of 大理市: 新区科技局 there is no body of 大理市 called 科技局
    name, _, _ = _resolved(DALI, "新区科技局")
    assert name != "大理市科学技术局"
    # in a zone's plan a word that only opens a name (高新区 + a word that is no body) is left alone
    assert _resolved(SJZ_ZONE, "高新区建设指挥部")[0] != "石家庄高新技术产业开发区建设指挥部"


def test_self_words_are_data() -> None:
    words = {w.word for w in agency_vocabulary().self_words}
    assert {"高新区", "新区", "开发区", "经开区"} <= words


@pytest.mark.parametrize(
    ("surface", "region_id"),
    [("海口海关驻琼海办事处", "469002"), ("佛山海关驻南海办事处", "440605")],
)
def test_an_outpost_is_its_bodys(surface: str, region_id: str) -> None:
    assert _resolved(DALI, surface) == (surface, "customs", region_id)
