"""Round 39: a measure counted over one year with the year written inside its name in other words than 年, as a
Chongqing district's three-year plan names its indicator (知识产权质押融资年度登记金额) in its goals and in its
indicators table.

What was read wrong before:

- 年度 inside the indicator, between what is counted and its measure (质押融资年度登记金额, 发明专利年度授权量),
  flagged nothing, in prose and in a table's row, and stayed in the key (质押融资年度登记额), so the yearly
  amount and the plain one did not compare; 年 only before the measure (发明专利年授权量) was read so;
- 全年 and 当年 there (发明专利全年授权量, 商标当年注册量) were flagged, but their 年 was taken off the key as
  年授权量's is, leaving 发明专利全授权量;
- a yearly amount written with its verb or as a deal's value (技术合同年成交额, 质押融资年登记金额) was not
  read as one.

Read now: targets.yaml yearly_words (年度, 全年, 当年) stand for the 年 of each yearly measure, whose list holds
those amounts too; the measure is keyed without the year's word and flagged annual.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

HEAD = "璧山区2025年知识产权工作要点\n为做好2025年知识产权工作，制定本要点。\n一、工作目标\n"


def _targets(text: str, name: str = "plan.txt") -> dict[tuple[str, str], tuple[str, float, list[str]]]:
    doc, _ = extracted(text, name)
    return {(t.indicator, t.kind): (t.indicator_key, t.value, sorted(t.flags)) for t in doc.targets}


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        [
            ("知识产权质押融资年度登记金额", "知识产权质押融资登记金额", "亿元"),
            ("发明专利年度授权量", "发明专利授权量", "件"),
            ("发明专利全年授权量", "发明专利授权量", "件"),
            ("技术合同年成交额", "技术合同成交额", "亿元"),
            ("专利权质押年登记金额", "专利权质押登记金额", "亿元"),
            ("PCT国际专利当年申请量", "PCT国际专利申请量", "件"),
        ]
    )
)
def test_a_yearly_measure_named_with_another_word_of_the_year_is_keyed_as_the_measure_and_annual(
    words: tuple[str, str, str],
) -> None:
    written, plain, unit = words
    found = _targets(HEAD + f"到2025年，{written}达到80{unit}；{plain}达到300{unit}。\n")
    yearly, whole = found[(written, "target")], found[(plain, "target")]
    assert yearly[0] == whole[0]
    assert "annual" in yearly[2]
    assert "annual" not in whole[2]


def test_a_yearly_measure_in_an_indicators_table_flags_both_its_values() -> None:
    found = _targets(
        HEAD
        + "主要指标如下：\n指标\t单位\t2024年\t2027年\t属性\n"
        + "专利质押融资年度登记金额\t亿元\t2\t5\t预期性\n发明专利年度授权量\t件\t120\t200\t约束性\n"
        + "有效注册商标总量\t万件\t1.2\t1.6\t预期性\n"
    )
    for kind in ("baseline", "target"):
        assert found[("专利质押融资年度登记金额", kind)][2] == ["annual", "expected"]
        assert found[("发明专利年度授权量", kind)][2] == ["annual", "binding"]
        assert found[("有效注册商标总量", kind)][2] == ["expected"]
    assert found[("发明专利年度授权量", "target")][0] == "发明专利授权量"


def test_a_yearly_measure_on_a_web_page_split_by_styled_spans_is_read_whole() -> None:
    page = (
        "<html><body><div class='TRS_Editor'><p>铜梁区2025年知识产权工作要点</p>"
        "<p>&nbsp;&nbsp;一、工作目标</p>"
        "<p>&nbsp;&nbsp;<span style='font-family:仿宋'>到2025年，知识产权质押融资年</span>"
        "<span style='font-family:方正仿宋_GBK'>度登记金额达到6亿元以上。</span></p>"
        "</div></body></html>"
    )
    found = _targets(page, "page.html")
    key, value, flags = found[("知识产权质押融资年度登记金额", "target")]
    assert (value, flags) == (6.0, ["annual"])
    assert "年度" not in key


@settings(max_examples=4, deadline=None)
@given(st.sampled_from(["企业年度报告公示率达到95%", "知识产权工作年度考核得分达到90分"]))
def test_a_year_s_word_before_what_is_no_yearly_measure_flags_nothing(sentence: str) -> None:
    found = _targets(HEAD + f"到2025年，{sentence}。\n")
    ((key, _, flags),) = found.values()
    assert "年度" in key
    assert "annual" not in flags
