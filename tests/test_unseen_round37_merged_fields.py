"""Round 37: a county's merged bureau naming its fields with no joiner between them (县科技商务局, 县科技教育局,
县财政国资局), as plans of 河南, 四川 and 江西 counties write them.

What was read wrong before: the bureau took the type of the alias it ends with (商务局: commerce), though a
merged bureau is of the field it names first, as one joined by 和 (农牧和科技局) or a composed name (科技工信局)
already was: 县科技商务局 is the county's science and technology bureau; and the towns named by their
governments beside the streets (各乡镇人民政府（街道办事处）, 各镇人民政府、街道办事处) were a collective of their own
beside 各乡镇（街道）, the same towns and streets.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.vocab import agency_vocabulary
from policykg.extract.agencies import agency_type
from tests.plans import extracted

_FIRST = {"科技": "science_tech", "教育": "education", "财政": "finance", "商务": "commerce"}
_SECOND = {
    "商务": "commerce",
    "教育": "education",
    "农业": "agriculture",
    "国资": "sasac",
    "科技": "science_tech",
}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(sorted(_FIRST)), st.sampled_from(sorted(_SECOND)), st.sampled_from(["县", "区", "市"]))
def test_a_merged_bureau_with_no_joiner_is_of_its_first_field(first: str, second: str, level: str) -> None:
    if _FIRST[first] == _SECOND[second]:
        return
    typed = agency_type(f"{level}{first}{second}局")
    assert typed is not None
    assert typed[0].id == _FIRST[first]
    assert typed[1] == f"{first}{second}局"


def test_every_alias_after_a_level_keeps_its_type() -> None:
    """No alias written after 县 or 市 is read as two fields (市场监督管理局 is no 市场局 merged with another):
    each is typed as the alias alone is."""
    for entry in agency_vocabulary().types:
        for alias in entry.aliases:
            alone = agency_type(alias)
            for level in ("县", "市"):
                typed = agency_type(level + alias)
                assert (typed and typed[0].id) == (alone and alone[0].id), level + alias


def test_the_county_bureau_in_a_note_is_the_science_bureau() -> None:
    doc, _ = extracted(
        "某县知识产权工作方案\n一、重点任务\n"
        "（一）推进专利转化。开展专利转化运用。（责任单位：县科技商务局、县财政国资局）\n"
    )
    types = {a.name: a.type for a in doc.agencies}
    assert types["县科技商务局"] == "science_tech"
    assert types["县财政国资局"] == "finance"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            "各乡镇人民政府（街道办事处）",
            "各镇人民政府、街道办事处",
            "各乡镇政府、街道办事处",
            "各镇人民政府（街道）",
        ]
    )
)
def test_towns_named_by_their_governments_beside_the_streets_are_the_towns_and_streets(written: str) -> None:
    """各乡镇人民政府（街道办事处） was a collective of its own beside 各乡镇（街道）: one plan's towns and streets
    were two bodies."""
    doc, _ = extracted(
        "某县知识产权工作方案\n一、重点任务\n"
        "（一）推进专利转化。开展专利转化运用。（责任单位：各乡镇（街道））\n"
        f"（二）推进贯标。开展贯标。（责任单位：{written}）\n"
    )
    assert [(a.name, sorted(a.surfaces)) for a in doc.agencies] == [
        ("各镇（街道）", sorted(["各乡镇（街道）", written]))
    ]


def test_towns_alone_by_their_governments_stay_the_towns() -> None:
    doc, _ = extracted(
        "某县知识产权工作方案\n一、重点任务\n（一）推进贯标。开展贯标。（责任单位：各乡镇人民政府）\n"
    )
    assert [a.name for a in doc.agencies] == ["各乡镇人民政府"]
