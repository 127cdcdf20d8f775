"""Culture and education bureaus named by their fields in any order (agency_types.yaml ``composed``; plans
written for the tests).

Counties merge culture, radio and television, press, sport and tourism into one bureau and name it by the
fields they merged, in their own order, in full or by one character each: 文化体育广播电视和旅游局,
文体广电旅游局, 旅游文化广电局, 文化广电新闻出版局. Before, only the orders listed as aliases were typed; any
other was a body of no type with a made-up id, apart from the same county's culture bureau named elsewhere,
and 文化广电新闻出版局 was read as the press bureau by its last two fields. Education bureaus merged with
science or sport (教育科技局, 教科体局) were the science bureau by their last field, or of no type.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from ontology.vocab import ComposedNames, agency_vocabulary
from policykg.extract.agencies import agency_type
from policykg.extract.composed_names import composed_type
from tests.plans import extracted

_PLAN = """黔东南州知识产权强州建设三年行动计划（2024—2026年）
三、重点任务
（一）推进商标品牌建设
1.打造苗绣、银饰区域公共品牌。（牵头单位：州市场监管局；配合单位：州农业农村局、州文体广电旅游局）
2.推进版权产业发展。（牵头单位：州文化体育广播电视和旅游局；配合单位：州委宣传部）
3.开展版权执法。（牵头单位：州文化广电新闻出版局）
"""


def _culture() -> ComposedNames:
    found = next(t.composed for t in agency_vocabulary().types if t.id == "culture_tourism")
    if found is None:
        raise AssertionError("culture_tourism has no composed names")
    return found


def test_a_plan_naming_its_culture_bureau_three_ways_names_one_body() -> None:
    doc, _ = extracted(_PLAN)
    culture = {r.agency.surface: (r.agency.id, r.agency.type) for t in doc.tasks for r in t.responsibilities}
    expected = ("agency/522600/culture_tourism", "culture_tourism")
    assert culture["州文体广电旅游局"] == expected
    assert culture["州文化体育广播电视和旅游局"] == expected
    assert culture["州文化广电新闻出版局"] == expected
    assert culture["州委宣传部"][1] == "publicity_department"


@pytest.mark.parametrize(
    ("name", "type_id", "alias"),
    [
        ("县文化体育广播电视和旅游局", "culture_tourism", "文化体育广播电视和旅游局"),
        ("文体广电旅游局", "culture_tourism", "文体广电旅游局"),
        ("县旅游文化广电局", "culture_tourism", "旅游文化广电局"),
        ("区文化广电新闻出版局", "culture_tourism", "文化广电新闻出版局"),
        ("修文文旅局", "culture_tourism", "文旅局"),  # a place ending in 文: the field is not read twice
        ("县和文旅局", "culture_tourism", "文旅局"),  # a joiner never opens the fields
        # education merged with science or sport: before, 教育科技局 was the science bureau by its last field
        ("县教育科技局", "education", "教育科技局"),
        ("县教科体局", "education", "教科体局"),
        ("县教育科学技术和体育局", "education", "教育科学技术和体育局"),
    ],
)
def test_composed_names(name: str, type_id: str, alias: str) -> None:
    typed = agency_type(name)
    assert typed is not None
    assert (typed[0].id, typed[1]) == (type_id, alias)


@pytest.mark.parametrize(
    "name",
    ["县广电局", "新闻出版广电局", "县文化局", "县体育局", "县财政局", "文文局", "县文化和局"],
)
def test_names_that_are_not_composed(name: str) -> None:
    """One field, a field twice, a field of no opening first, a joiner last: no composed name
    (the aliases still type 文化局 and 新闻出版广电局)."""
    assert composed_type(name) is None


_FIELD_ORDERS = st.permutations(sorted(_culture().fields)).flatmap(
    lambda order: st.integers(min_value=2, max_value=len(order)).map(lambda n: order[:n])
)


@given(
    _FIELD_ORDERS,
    st.data(),
    st.sampled_from(["", "县", "市", "区", "州", "旗"]),
    st.booleans(),
)
def test_any_order_of_fields_opening_with_culture_or_tourism(
    fields: list[str], data: st.DataObject, place: str, joined: bool
) -> None:
    composed = _culture()
    words = [data.draw(st.sampled_from(composed.fields[f])) for f in fields]
    body = "".join(words[:-1]) + ("和" if joined else "") + words[-1] + "局"
    found = composed_type(place + body)
    if fields[0] in composed.openings:
        assert found is not None
        assert (found[0].id, found[1]) == ("culture_tourism", body)
    else:
        assert found is None or found[1] != body


def test_composed_names_are_validated_on_load() -> None:
    with pytest.raises(ValidationError, match="no field"):
        ComposedNames(fields={"a": ("甲",), "b": ("乙",)}, openings=("c",), ends=("局",))
    with pytest.raises(ValidationError, match="one field"):
        ComposedNames(fields={"a": ("甲",), "b": ("甲",)}, openings=("a",), ends=("局",))
