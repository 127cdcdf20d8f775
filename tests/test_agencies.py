"""Agency identity: scoped by region, typed from the data file, merged only on in-plan evidence."""

from __future__ import annotations

from collections import Counter

import pytest
from pydantic import ValidationError

from loaders import load_bytes
from policykg.extract.agencies import AgencyRegistry
from policykg.extract.pipeline import extract_document
from policykg.extract.regions import region_index


def _registry(region_name: str, parent_id: str) -> AgencyRegistry:
    index = region_index()
    region = next(e for e in index.full[region_name] if e.parent == parent_id)
    return AgencyRegistry(index, region, "doc-test")


def test_canonical_identity_and_types() -> None:
    reg = _registry("通州区", "320600")
    cases = {
        "区市场监管局": (
            "agency/320612/market_regulation",
            "南通市通州区市场监督管理局",
            "market_regulation",
        ),
        "区市场监督管理局": (
            "agency/320612/market_regulation",
            "南通市通州区市场监督管理局",
            "market_regulation",
        ),
        "区人民法院": ("agency/320612/court", "南通市通州区人民法院", "court"),
        "区委组织部": ("agency/320612/org_department", "南通市通州区委组织部", "org_department"),
        "市知识产权局": ("agency/320600/ip_office", "南通市知识产权局", "ip_office"),
        "省知识产权局": ("agency/320000/ip_office", "江苏省知识产权局", "ip_office"),
        "南通市科技局": ("agency/320600/science_tech", "南通市科学技术局", "science_tech"),
        "区政府": ("agency/320612/government", "南通市通州区人民政府", "government"),
        "区科工信局": ("agency/320612/science_tech", "南通市通州区科学技术局", "science_tech"),
        "区文广旅体局": ("agency/320612/culture_tourism", "南通市通州区文化广电和旅游局", "culture_tourism"),
    }
    for surface, (agency_id, name, type_id) in cases.items():
        agency = reg.resolve(surface)
        assert (agency.id, agency.name, agency.type_id) == (agency_id, name, type_id), surface


def test_same_surface_in_two_regions_is_two_agencies(corpus_docs) -> None:
    tongzhou = next(a for a in corpus_docs["000_7198047be529bd92"].agencies if a.type == "market_regulation")
    wujiang = next(a for a in corpus_docs["003_dee32d37c247ebb2"].agencies if a.type == "market_regulation")
    assert tongzhou.id != wujiang.id
    assert (tongzhou.region_id, wujiang.region_id) == ("320612", "320509")


def test_ip_office_merged_only_on_evidence() -> None:
    reg = _registry("通州区", "320600")
    assert reg.resolve("区知识产权局").id == "agency/320612/ip_office"
    reg = _registry("通州区", "320600")
    reg.learn("区市场监管局（知识产权局）")
    merged = reg.resolve("区知识产权局")
    assert merged.id == "agency/320612/market_regulation"
    assert "区知识产权局" in merged.aliases


def test_plan_002_keeps_ip_office_apart_from_science_bureau(corpus_docs) -> None:
    ids = {a.id for a in corpus_docs["002_ca6686d6752a9e5a"].agencies}
    assert {"agency/320600/science_tech", "agency/320600/ip_office"} <= ids


def test_collectives() -> None:
    reg = _registry("通州区", "320600")
    for surface, kind in [
        ("各镇（街道）", "all_towns"),
        ("区知识产权工作领导小组成员单位", "member_units"),
        ("各县（市、区）政府", "all_governments"),
        ("各有关部门", "all_departments"),
        ("区各相关部门", "all_departments"),
    ]:
        agency = reg.resolve(surface)
        assert agency.collective is not None, surface
        assert agency.collective.id == kind, surface


def test_plan_000_ranking(corpus_docs) -> None:
    doc = corpus_docs["000_7198047be529bd92"]
    top = doc.agencies[0]
    assert top.name == "南通市通州区市场监督管理局"
    assert top.surfaces == ["区市场监管局（知识产权局）"]
    assert top.region_id == "320612"
    counts = Counter(r.agency.id for t in doc.tasks for r in t.responsibilities)
    assert counts.most_common(1)[0][0] == top.id


def test_leading_group_set_up_by_the_plan(corpus_docs) -> None:
    names = {a.name for a in corpus_docs["003_dee32d37c247ebb2"].agencies}
    assert "苏州市吴江区知识产权强省建设区域示范工作领导小组" in names
    assert "苏州市吴江区知识产权强省建设区域示范工作领导小组办公室" in names


def test_implicit_obligations_in_safeguards(corpus_docs) -> None:
    doc = corpus_docs["003_dee32d37c247ebb2"]
    prose = {
        (t.path, r.agency.surface, r.quote)
        for t in doc.tasks
        for r in t.responsibilities
        if r.basis == "prose"
    }
    assert ("五.(一)", "区市场监管局", "办公室设在区市场监管局") in prose
    assert ("五.(二)", "区政府办督查科", "区政府办督查科要加大督查力度") in prose
    assert all(
        r.implicit and (r.role == "implicit" or "负责" in r.quote)
        for t in doc.tasks
        for r in t.responsibilities
        if r.basis in ("prose", "issuer_default")
    )
    # a body answering for its work alone (领导小组负责组织实施…) carries it (round 31: it was implicit)
    assert ("五.(一)", "领导小组", "sole") in {
        (t.path, r.agency.surface, r.role) for t in doc.tasks for r in t.responsibilities
    }


def test_issuer_default_is_flagged(corpus_docs) -> None:
    doc = corpus_docs["001_7333182f597660d8"]
    roles = {(r.agency.name, r.role, r.basis) for t in doc.tasks for r in t.responsibilities}
    assert roles == {("南京市雨花台区人民政府", "implicit", "issuer_default")}


def test_unknown_region_and_issuer_are_said_not_guessed(corpus_docs) -> None:
    doc = corpus_docs["004_bb17abadfc902431"]
    assert doc.plan.region is None
    assert {w.code for w in doc.warnings} == {"region-unknown", "issuer-unknown"}
    default = {r.agency.name for t in doc.tasks for r in t.responsibilities if r.basis == "issuer_default"}
    assert default == {"发文机关（未注明）"}


def test_beijing_and_nantong_tongzhou_are_told_apart() -> None:
    beijing = "北京市通州区知识产权工作要点\n一、重点任务\n（一）开展执法。（区市场监管局负责）\n"
    doc = extract_document(load_bytes(beijing.encode(), "bj.txt"))
    assert doc.plan.region is not None
    assert doc.plan.region.id == "110112"
    nantong = (
        "通州区知识产权工作要点\n南通市通州区人民政府\n一、重点任务\n（一）开展执法。（区市场监管局负责）\n"
    )
    doc = extract_document(load_bytes(nantong.encode(), "nt.txt"))
    assert doc.plan.region is not None
    assert doc.plan.region.id == "320612"
    ambiguous = "通州区知识产权工作要点\n一、重点任务\n（一）开展执法。（区市场监管局负责）\n"
    doc = extract_document(load_bytes(ambiguous.encode(), "amb.txt"))
    assert doc.plan.region is None
    assert any(w.code == "region-unknown" for w in doc.warnings)


def test_a_municipalitys_districts_keep_its_name_in_agency_names() -> None:
    cases = [
        ("海淀区", "110000", "区知识产权局", "北京市海淀区知识产权局"),
        ("浦东新区", "310000", "区市场监管局", "上海市浦东新区市场监督管理局"),
        ("巫山县", "500000", "县科技局", "重庆市巫山县科学技术局"),
    ]
    for region, parent, surface, canonical in cases:
        assert _registry(region, parent).resolve(surface).name == canonical
    # a prefecture's district keeps the prefecture's name, as before
    assert _registry("鄞州区", "330200").resolve("区科技局").name == "宁波市鄞州区科学技术局"


def test_former_names_resolve() -> None:
    index = region_index()
    (gangzha,) = index.full["港闸区"]
    assert gangzha.abolished == 2020
    assert gangzha.successor == "320613"
    assert {e.id for e in index.full["海门市"]} == {"320614"}


def test_agencies_of_a_county_outside_jiangsu_are_scoped_to_it() -> None:
    reg = _registry("鄞州区", "330200")
    agency = reg.resolve("区市场监管局")
    assert (agency.id, agency.name) == ("agency/330212/market_regulation", "宁波市鄞州区市场监督管理局")


def test_a_courts_name_follows_its_regions_level() -> None:
    index = region_index()
    city = AgencyRegistry(index, index.by_id["510700"], "doc-1")  # 绵阳市
    names = {s: city.resolve(s).name for s in ("市中级人民法院", "市中院", "市法院", "省法院", "市检察院")}
    assert names == {
        "市中级人民法院": "绵阳市中级人民法院",  # a city's court is its intermediate court
        "市中院": "绵阳市中级人民法院",
        "市法院": "绵阳市中级人民法院",
        "省法院": "四川省高级人民法院",
        "市检察院": "绵阳市人民检察院",
    }
    assert len({city.resolve(s).id for s in ("市中级人民法院", "市中院", "市法院")}) == 1
    district = AgencyRegistry(index, index.by_id["320612"], "doc-2")  # 南通市通州区
    assert district.resolve("区法院").name == "南通市通州区人民法院"


def test_an_identity_read_again_is_a_new_unregistered_agency() -> None:
    """identify keeps what it read of a surface, yet gives a new agency each time: one registered and
    given surfaces does not change what a second reading of the surface gives."""
    reg = _registry("通州区", "320600")
    first = reg.resolve("区市场监管局")
    again = reg.identify("区市场监管局")
    assert again is not first
    assert (again.id, again.name, again.type_id) == (first.id, first.name, first.type_id)
    assert first.surfaces == ["区市场监管局"]
    assert again.surfaces == []
    assert not again.aliases
    assert reg.resolve("区市场监管局") is first
    assert first.surfaces == ["区市场监管局"] * 2


def test_a_leading_group_learnt_after_a_reading_changes_the_bare_group() -> None:
    reg = _registry("通州区", "320600")
    bare = reg.identify("领导小组").id
    reg.learn_leading_group("成立区知识产权强区建设工作领导小组，负责统筹。")
    assert reg.identify("领导小组").id != bare
    assert reg.identify("领导小组").id == reg.identify("区知识产权强区建设工作领导小组").id


def test_an_agency_named_again_by_the_same_words_shares_its_frozen_reference() -> None:
    reg = _registry("通州区", "320600")
    agency = reg.resolve("区市场监管局")
    ref = agency.ref("区市场监管局")
    assert agency.ref("区市场监管局") is ref
    assert agency.ref("通州区市场监管局").surface == "通州区市场监管局"
    with pytest.raises(ValidationError):
        ref.surface = "区科技局"  # type: ignore[misc]
