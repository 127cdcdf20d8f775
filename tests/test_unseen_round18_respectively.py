"""Round 18: lists of measures or places given their values with 分别 (有效发明专利拥有量、PCT国际专利申请量分别达到
9000件、60件; 涪城区、游仙区、江油市每万人口高价值发明专利拥有量分别达到12件、8件、5件). Before, the list was
one indicator with the first value and the other values were lost; now each name has its value, in order,
a place with the measure named after the last and its own region.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.plans import extracted

HEAD = "绵阳市知识产权强市建设实施方案（2024—2026年）\n为推进知识产权强市建设，制定本方案。\n一、工作目标\n到2026年，"


def _targets(sentence: str) -> list[tuple[str, float | None, str | None, str | None, list[str]]]:
    doc, _ = extracted(HEAD + sentence + "\n")
    return [(t.indicator, t.value, t.unit, t.region_name, t.flags) for t in doc.targets]


def test_measures_given_their_values_in_order() -> None:
    assert _targets("有效发明专利拥有量、PCT国际专利申请量分别达到9000件、60件。") == [
        ("有效发明专利拥有量", 9000.0, "件", "绵阳市", []),
        ("PCT国际专利申请量", 60.0, "件", "绵阳市", []),
    ]


def test_flags_belong_to_each_measure() -> None:
    got = _targets("每万人口高价值发明专利拥有量、知识产权质押融资额分别达到5件、3亿元。")
    assert got == [
        ("每万人口高价值发明专利拥有量", 5.0, "件", "绵阳市", ["per_capita"]),
        ("知识产权质押融资额", 3.0, "亿元", "绵阳市", []),
    ]


def test_places_sharing_the_measure() -> None:
    got = _targets("涪城区、游仙区、江油市每万人口高价值发明专利拥有量分别达到12件、8件、5件。")
    assert [(name, value, region) for name, value, _, region, _ in got] == [
        ("每万人口高价值发明专利拥有量", 12.0, "涪城区"),
        ("每万人口高价值发明专利拥有量", 8.0, "游仙区"),
        ("每万人口高价值发明专利拥有量", 5.0, "江油市"),
    ]


def test_as_many_names_as_values_or_nothing_changes() -> None:
    """Three names and two values: the list is left as the clause reads it."""
    got = _targets("有效发明专利拥有量、PCT国际专利申请量、商标注册量分别达到9000件、60件。")
    assert ("有效发明专利拥有量", 9000.0) not in [(n, v) for n, v, *_ in got]


_MEASURES = ["有效发明专利拥有量", "PCT国际专利申请量", "有效注册商标量", "地理标志证明商标", "专利授权量"]


@given(
    st.lists(st.sampled_from(_MEASURES), min_size=2, max_size=4, unique=True),
    st.sampled_from(["、", "和"]),
    st.lists(st.integers(min_value=2, max_value=9999), min_size=4, max_size=4),
)
def test_each_measure_gets_its_value(measures: list[str], joiner: str, numbers: list[int]) -> None:
    values = numbers[: len(measures)]
    sentence = joiner.join(measures) + "分别达到" + "、".join(f"{v}件" for v in values) + "。"
    got = [(name, value) for name, value, *_ in _targets(sentence)]
    assert got == [(m, float(v)) for m, v in zip(measures, values, strict=True)]
