"""The national part of the gazetteer: every county-level division is known, short forms are unambiguous,
and a plan's title names its county anywhere in the country."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.import_divisions import CONVENTIONAL_SHORT
from ontology.vocab import gazetteer
from policykg.extract.regions import detect_region, region_index

REGIONS = gazetteer().regions
BY_ID = {r.id: r for r in REGIONS}
COUNTIES = sorted(
    (r for r in REGIONS if r.level in ("district", "county", "county_city") and r.abolished is None),
    key=lambda r: r.id,
)


def test_every_province_has_its_divisions() -> None:
    provinces = [r for r in REGIONS if r.level == "province"]
    assert len(provinces) == 35  # the 34 and the 兵团 (bingtuan.yaml)
    with_units = {r.id[:2] for r in COUNTIES}
    # Taiwan, Hong Kong and Macao are not divided in the national code list; the 兵团 has divisions (师), no
    # county-level units of its own.
    assert {p.id[:2] for p in provinces} - with_units == {"B6", "71", "81", "82"}
    assert len([r for r in REGIONS if r.parent == "B660000" and r.level == "prefecture"]) == 14
    assert len(COUNTIES) > 2500


def test_short_forms_name_one_division_only() -> None:
    """Except the short forms by convention (巴州 for 巴音郭楞蒙古自治州 and 巴中市's 巴州区), which the index
    keeps for both, a plan's context to settle."""
    national = [r for r in REGIONS if not r.id.startswith(("11", "31", "32"))]
    names = Counter(n for r in REGIONS for n in (r.name, *r.former_names))
    conventional = {s for shorts in CONVENTIONAL_SHORT.values() for s in shorts}
    for r in national:
        for short in r.short:
            assert names[short] == 0, short
            assert short in conventional or sum(short in x.short for x in REGIONS) == 1, short


@pytest.mark.parametrize(
    ("title", "region", "parents"),
    [
        ("鄞州区知识产权强区建设实施方案", "330212", ["宁波市", "浙江省"]),
        ("海南州共和县知识产权工作要点", "632521", ["海南藏族自治州", "青海省"]),
        ("成都市郫都区人民政府关于加快知识产权强区建设的实施意见", "510117", ["成都市", "四川省"]),
        ("福州市鼓楼区知识产权工作要点", "350102", ["福州市", "福建省"]),
        ("南京市鼓楼区知识产权工作要点", "320106", ["南京市", "江苏省"]),
        ("仙桃市知识产权工作要点", "429004", ["湖北省"]),
    ],
)
def test_titles_from_every_province(title: str, region: str, parents: list[str]) -> None:
    found, warning = detect_region(region_index(), title, (0, len(title)), [], (0, len(title)))
    assert warning is None
    assert found is not None
    assert (found.id, [p.name for p in found.parents]) == (region, parents)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(COUNTIES))
def test_a_title_naming_city_and_county_finds_the_county(county) -> None:
    parent = BY_ID[county.parent or ""]  # a prefecture, or the province (北京市朝阳区, 湖北省仙桃市)
    title = f"{parent.name}{county.name}知识产权工作要点"
    found, _ = detect_region(region_index(), title, (0, len(title)), [], (0, len(title)))
    assert found is not None
    assert found.id == county.id


def test_county_level_cities_are_not_development_zones() -> None:
    assert BY_ID["370783"].level == "county_city"  # 寿光市: statistical code 83
    assert BY_ID["130171"].level == "zone"  # 石家庄高新技术产业开发区: statistical code 71
    zones = [r for r in REGIONS if r.level == "zone" and r.id.isdigit()]
    assert all(70 <= int(r.id[4:]) <= 80 for r in zones)


def test_a_county_level_citys_own_bureaus() -> None:
    from loaders import load_bytes
    from policykg.extract.pipeline import extract_document

    text = (
        "寿光市2024年知识产权工作要点\n一、重点任务\n1.开展执法行动。（市农业农村局牵头，市市场监管局配合）\n"
    )
    doc = extract_document(load_bytes(text.encode(), "plan.txt"))
    assert doc.plan.region is not None
    assert doc.plan.region.id == "370783"
    ids = [r.agency.id for t in doc.tasks for r in t.responsibilities]
    assert ids == ["agency/370783/agriculture", "agency/370783/market_regulation"]


def test_development_zones_answer_to_their_usual_short_names() -> None:
    title = "合肥高新区管委会关于印发知识产权工作要点的通知"
    found, _ = detect_region(region_index(), title, (0, len(title)), [], (0, len(title)))
    assert found is not None
    assert (found.id, found.level) == ("340176", "zone")
