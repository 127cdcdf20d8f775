"""Canonical agencies for names the plans shorten: the collective of a region's own departments (区直有关部门,
县直有关单位, 市直各有关部门), bodies of another region named by it (洛阳仲裁委, 郑州贸促会, 河南省…), 贸促会 and
党委金融办 as typed one-per-region bodies; at county, district, county-level city and prefecture level."""

from __future__ import annotations

from pathlib import Path

import pytest

from ontology.vocab import DATA_DIR, agency_vocabulary
from policykg.errors import DataFileError
from tests.plans import agency_registry as _registry
from tests.plans import extracted
from tests.plans import resolved_agency as _resolved

YILING = "420506"  # 宜昌市夷陵区: a district
YUAN_AN = "420525"  # 宜昌市远安县: a county
YIDU = "420581"  # 宜都市: a county-level city under 宜昌市
YICHANG = "420500"  # 宜昌市: a prefecture-level city
LUOYANG, ZHENGZHOU, HENAN = "410300", "410100", "410000"


# --- the collective of a region's own departments ------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "surface", "name", "region"),
    [
        (YILING, "区直有关部门", "宜昌市夷陵区直属有关部门", YILING),
        (YILING, "区直各有关部门", "宜昌市夷陵区直属各有关部门", YILING),
        (YILING, "区直各部门", "宜昌市夷陵区直属各部门", YILING),
        (YILING, "县直有关单位", "宜昌市夷陵区直属有关单位", YILING),  # loose: a district calling itself 县
        (YILING, "区直属有关部门", "宜昌市夷陵区直属有关部门", YILING),
        (YILING, "市直各有关部门", "宜昌市直属各有关部门", YICHANG),  # in a district plan 市直 is the city's
        (YUAN_AN, "县直有关单位", "宜昌市远安县直属有关单位", YUAN_AN),
        (YUAN_AN, "县直各部门", "宜昌市远安县直属各部门", YUAN_AN),
        (YUAN_AN, "区直有关部门", "宜昌市远安县直属有关部门", YUAN_AN),
        (YUAN_AN, "市直各有关部门", "宜昌市直属各有关部门", YICHANG),
        (YIDU, "市直各有关部门", "宜都市直属各有关部门", YIDU),  # a county-level city's own 市直
        (YIDU, "市直单位", "宜都市直属单位", YIDU),
        (YICHANG, "市直各有关部门", "宜昌市直属各有关部门", YICHANG),
        (YICHANG, "市直机关各部门", "宜昌市直属机关各部门", YICHANG),
    ],
)
def test_a_regions_own_departments_are_one_family_of_collectives(
    plan: str, surface: str, name: str, region: str
) -> None:
    agency = _registry(plan).resolve(surface)
    assert agency.collective is not None, surface
    assert (agency.name, agency.type_id, agency.region_id) == (name, "direct_departments", region)
    assert agency.id.startswith(f"agency/{region}/direct_departments/")


def test_zhi_and_zhishu_are_one_collective_and_other_collectives_keep_their_names() -> None:
    reg = _registry(YILING)
    assert reg.resolve("区直有关部门").id == reg.resolve("区直属有关部门").id
    assert reg.resolve("夷陵区直有关部门").id == reg.resolve("区直有关部门").id
    assert reg.resolve("区直有关部门").id != reg.resolve("区有关部门").id  # 区直 is its own family
    others = {s: reg.resolve(s) for s in ("各有关部门", "区各相关部门", "各镇（街道）")}
    assert {s: (a.name, a.type_id) for s, a in others.items()} == {
        "各有关部门": ("宜昌市夷陵区各有关部门", "all_departments"),
        "区各相关部门": ("宜昌市夷陵区各相关部门", "all_departments"),
        "各镇（街道）": ("宜昌市夷陵区各镇（街道）", "all_towns"),
    }


def test_a_single_body_of_the_regions_organs_is_no_collective() -> None:
    reg = _registry(YILING)
    for surface in ("区直机关工委", "市直机关工委"):
        assert reg.resolve(surface).collective is None, surface


# --- a body named by another region ----------------------------------------------------------------


@pytest.mark.parametrize("plan", [YILING, YUAN_AN, YIDU, YICHANG])
def test_a_body_named_by_another_region_is_placed_there(plan: str) -> None:
    arbitration = (
        f"agency/{LUOYANG}/arbitration_commission",
        "洛阳仲裁委员会",
        "arbitration_commission",
        LUOYANG,
    )
    for surface in ("洛阳仲裁委", "洛阳仲裁委员会", "洛阳市仲裁委员会", "洛阳市仲裁委"):
        assert _resolved(plan, surface) == arbitration, surface
    trade = (
        f"agency/{ZHENGZHOU}/trade_promotion",
        "郑州市国际贸易促进委员会",
        "trade_promotion",
        ZHENGZHOU,
    )
    for surface in ("郑州贸促会", "郑州市贸促会", "郑州市国际贸易促进委员会"):
        assert _resolved(plan, surface) == trade, surface
    ip_office = (f"agency/{HENAN}/ip_office", "河南省知识产权局", "ip_office", HENAN)
    for surface in ("河南知识产权局", "河南省知识产权局"):
        assert _resolved(plan, surface) == ip_office, surface


def test_an_untyped_body_of_another_region_keeps_its_written_name() -> None:
    reg = _registry(YILING)
    agency = reg.resolve("郑州市知识产权研究院")
    assert (agency.name, agency.region_id) == ("郑州市知识产权研究院", ZHENGZHOU)
    assert agency.id.startswith(f"agency/{ZHENGZHOU}/")
    # an institution opened by a short name only is its own (江南大学 is no body of 江南区): no region
    agency = reg.resolve("洛阳知识产权研究院")
    assert (agency.name, agency.region_id) == ("洛阳知识产权研究院", None)


def test_the_plans_own_city_by_its_short_name() -> None:
    reg = _registry(YILING)
    short = reg.resolve("宜昌仲裁委")
    assert (short.id, short.name) == (f"agency/{YICHANG}/arbitration_commission", "宜昌仲裁委员会")
    assert reg.resolve("市仲裁委").id == short.id
    centre = reg.resolve("宜昌知识产权保护中心")
    assert (centre.name, centre.region_id) == ("宜昌知识产权保护中心", YICHANG)


def test_another_jiangsu_city_by_its_short_name() -> None:
    reg = _registry("320612")  # 南通市通州区
    customs = reg.resolve("南通海关")
    assert (customs.id, customs.name) == ("agency/320600/customs", "南通海关")  # a customs district's name


def test_country_words_open_proper_names_not_places() -> None:
    reg = _registry(YILING)
    centre = reg.resolve("中国（宜昌）知识产权保护中心")
    assert (centre.name, centre.region_id) == (
        "中国（宜昌）知识产权保护中心",
        YICHANG,
    )  # the city's, no district's
    assert reg.resolve("全国知识产权运营平台").region_id == YILING


def test_labour_arbitration_is_not_the_arbitration_commission() -> None:
    agency = _registry(YILING).resolve("区劳动人事争议仲裁委员会")
    assert agency.type_id == "labour_arbitration"
    assert agency.id == f"agency/{YILING}/labour_arbitration"


# --- 贸促会 and the party committee's finance office ------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "surfaces", "agency_id", "name"),
    [
        (
            YILING,
            ("区贸促会", "区国际贸易促进委员会", "夷陵区贸促会", "区贸易促进委员会"),
            f"agency/{YILING}/trade_promotion",
            "宜昌市夷陵区国际贸易促进委员会",
        ),
        (
            YUAN_AN,
            ("县贸促会", "县国际贸易促进委员会"),
            f"agency/{YUAN_AN}/trade_promotion",
            "宜昌市远安县国际贸易促进委员会",
        ),
        (YIDU, ("市贸促会", "宜都市贸促会"), f"agency/{YIDU}/trade_promotion", "宜都市国际贸易促进委员会"),
        (
            YICHANG,
            ("市贸促会", "市国际贸易促进委员会", "宜昌贸促会"),
            f"agency/{YICHANG}/trade_promotion",
            "宜昌市国际贸易促进委员会",
        ),
    ],
)
def test_trade_promotion_council_is_one_agency_per_region(
    plan: str, surfaces: tuple[str, ...], agency_id: str, name: str
) -> None:
    for surface in surfaces:
        assert _resolved(plan, surface) == (agency_id, name, "trade_promotion", agency_id.split("/")[1]), (
            surface
        )


@pytest.mark.parametrize(
    ("plan", "surfaces", "agency_id", "name"),
    [
        (
            YILING,
            ("市委金融办", "市委金融办公室", "中共宜昌市委金融委员会办公室"),
            f"agency/{YICHANG}/party_finance_office",
            "宜昌市委金融委员会办公室",
        ),
        (
            YILING,
            ("区委金融办", "区委金融委员会办公室"),
            f"agency/{YILING}/party_finance_office",
            "宜昌市夷陵区委金融委员会办公室",
        ),
        (
            YUAN_AN,
            ("县委金融办", "县委金融办公室"),
            f"agency/{YUAN_AN}/party_finance_office",
            "宜昌市远安县委金融委员会办公室",
        ),
        (YIDU, ("市委金融办",), f"agency/{YIDU}/party_finance_office", "宜都市委金融委员会办公室"),
        (
            YICHANG,
            ("市委金融办", "市委金融办公室"),
            f"agency/{YICHANG}/party_finance_office",
            "宜昌市委金融委员会办公室",
        ),
    ],
)
def test_party_finance_office_is_typed(
    plan: str, surfaces: tuple[str, ...], agency_id: str, name: str
) -> None:
    for surface in surfaces:
        assert _resolved(plan, surface) == (
            agency_id,
            name,
            "party_finance_office",
            agency_id.split("/")[1],
        ), surface


@pytest.mark.parametrize("plan", [YILING, YICHANG])
def test_distinct_finance_bodies_stay_apart(plan: str) -> None:
    reg = _registry(plan)
    party = reg.resolve("市委金融办")
    government = reg.resolve("市金融办")
    regulator = reg.resolve("市地方金融监管局")
    assert party.id == f"agency/{YICHANG}/party_finance_office"
    assert party.id not in {government.id, regulator.id}
    assert (government.type_id, regulator.type_id) == ("local_finance", "local_finance")


# --- whole plans ------------------------------------------------------------------------------------


def _units(text: str) -> dict[str, tuple[str, str | None]]:
    doc, _ = extracted(text)
    return {r.agency.surface: (r.agency.name, r.agency.id) for t in doc.tasks for r in t.responsibilities}


def _plan(title: str, units: str, issuer: str) -> str:
    return (
        f"{title}\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
        f"（一）强化保护。建立快速维权机制。（责任单位：{units}）\n{issuer}\n2023年3月1日\n"
    )


def test_district_plan() -> None:
    text = (
        "宜昌市夷陵区知识产权强区建设工作方案\n为深入实施知识产权强国战略，制定本方案。\n一、重点任务\n"
        "（一）强化保护。建立快速维权机制。（责任单位：区直有关部门）\n"
        "（二）推进仲裁调解。（责任单位：洛阳仲裁委、区贸促会、市委金融办）\n宜昌市夷陵区人民政府\n2023年3月1日\n"
    )
    units = _units(text)
    assert units["区直有关部门"][0] == "宜昌市夷陵区直属有关部门"
    assert units["区直有关部门"][1].startswith(f"agency/{YILING}/direct_departments/")
    assert units["洛阳仲裁委"] == ("洛阳仲裁委员会", f"agency/{LUOYANG}/arbitration_commission")
    assert units["区贸促会"] == ("宜昌市夷陵区国际贸易促进委员会", f"agency/{YILING}/trade_promotion")
    assert units["市委金融办"] == ("宜昌市委金融委员会办公室", f"agency/{YICHANG}/party_finance_office")


def test_county_plan() -> None:
    units = _units(
        _plan("远安县知识产权工作方案", "县直有关单位、县贸促会、郑州贸促会、县委金融办", "远安县人民政府")
    )
    assert units["县直有关单位"][0] == "宜昌市远安县直属有关单位"
    assert units["县贸促会"] == ("宜昌市远安县国际贸易促进委员会", f"agency/{YUAN_AN}/trade_promotion")
    assert units["郑州贸促会"] == ("郑州市国际贸易促进委员会", f"agency/{ZHENGZHOU}/trade_promotion")
    assert units["县委金融办"] == ("宜昌市远安县委金融委员会办公室", f"agency/{YUAN_AN}/party_finance_office")


def test_county_level_city_plan() -> None:
    units = _units(_plan("宜都市知识产权工作方案", "市直各有关部门、市贸促会、洛阳仲裁委", "宜都市人民政府"))
    assert units["市直各有关部门"][0] == "宜都市直属各有关部门"
    assert units["市直各有关部门"][1].startswith(f"agency/{YIDU}/direct_departments/")
    assert units["市贸促会"] == ("宜都市国际贸易促进委员会", f"agency/{YIDU}/trade_promotion")
    assert units["洛阳仲裁委"] == ("洛阳仲裁委员会", f"agency/{LUOYANG}/arbitration_commission")


def test_prefecture_city_plan() -> None:
    units = _units(
        _plan(
            "宜昌市知识产权强市建设工作方案", "市直各有关部门、市委金融办、河南知识产权局", "宜昌市人民政府"
        )
    )
    assert units["市直各有关部门"][0] == "宜昌市直属各有关部门"
    assert units["市委金融办"] == ("宜昌市委金融委员会办公室", f"agency/{YICHANG}/party_finance_office")
    assert units["河南知识产权局"] == ("河南省知识产权局", f"agency/{HENAN}/ip_office")


# --- the rules are data, validated on load ----------------------------------------------------------


def test_the_new_rules_are_data() -> None:
    vocab = agency_vocabulary()
    assert {"arbitration_commission", "trade_promotion", "party_finance_office"} <= {
        t.id for t in vocab.types
    }
    direct = next(c for c in vocab.collectives if c.id == "direct_departments")
    assert direct.rewrites


def _broken(folder: Path, old: str, new: str) -> Path:
    """A copy of the shipped file with one change, in a folder of its own (loaders are cached by path)."""
    text = (DATA_DIR / "agency_types.yaml").read_text(encoding="utf-8")
    assert old in text
    folder.mkdir()
    path = folder / "agency_types.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_an_alias_claimed_by_two_types_is_refused(tmp_path: Path) -> None:
    path = _broken(tmp_path / "alias", "aliases: [国际贸易促进委员会", "aliases: [金融办, 国际贸易促进委员会")
    with pytest.raises(DataFileError, match="金融办"):
        agency_vocabulary(path)


def test_a_bad_rewrite_or_region_form_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="invalid regular expression"):
        agency_vocabulary(_broken(tmp_path / "regex", 'written: "^直属?"', 'written: "^直(属?"'))
    with pytest.raises(DataFileError, match="region_form"):
        agency_vocabulary(
            _broken(tmp_path / "form", "true, region_form: short", "true, region_form: abbreviated")
        )
