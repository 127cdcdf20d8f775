"""Round 30: numeric targets as plans of provinces the tests did not cover write them (districts of Yibin,
Zunyi, Nanning, Hohhot, Luoyang, a county-level city of Qiandongnan): words of how a count counts inside its
words, levels at a year's end, a budget's 每年, keys of verbs and of people, satisfaction after a count of
services, amounts in 千万元.

What was read wrong before:

- a word of how a count counts standing inside its words, after the noun (专利转化项目“十四五”期间累计实施30项,
  专利保险累计投保企业20家, 规上企业每年新增发明专利50件) was kept in the indicator with the span of time before
  it and set no flag: it counts as it does before the noun (cumulative; annual and increment), the word and the
  span taken off (专利转化项目实施, 专利保险投保企业, 规上企业发明专利);
- a level at a year's end in a bracket after an increment (地理标志商标新增3件（2023年底为5件）) was a baseline
  flagged increment: it is the stock standing then, whatever the target adds (a level of a year without 底 / 末,
  （2023年为1件）, still counts as the target does);
- an amount of money said to recur each year carried 每年 to a count of another kind after it (每年安排知识产权
  专项资金不低于1亿元，培训知识产权人才500人次): the people trained were flagged annual; a budget's year says nothing
  of the work it pays for (a part of the amount, 其中专利资助资金2000万元, is still the year's; a count of work a
  year carries to the money after it as before: 每年举办培训班4期，安排培训经费20万元);
- keys kept the verb of holding an event (举办知识产权培训班, 专利开放许可实施, 促成专利转让许可), and a count of
  people acted on lost its noun (培训人数 → 培训, 服务人数 → 服务): the verb is taken off as 开展 is, and 人数
  stays after a verb (培训人数), as it goes after a noun of people (从业人员人数 → 从业人员);
- a bare satisfaction rate after a count of services or courses (开展知识产权公共服务200次，满意度达到90%以上;
  举办知识产权培训班8期，满意度95%) was keyed as a bare 满意度: it is the satisfaction with those services
  (知识产权公共服务满意度), as a bare rate of handling after a count of cases is;
- a base the change is built on (专利授权总量在2023年基础上翻一番, 商标有效注册量在上年基础上增长10%) stayed in
  the indicator (专利授权总量在2023年基础上) and named no base year: it is a comparison base, as 较2023年 is;
- amounts in 千万元 or 百万元 (专利质押融资金额突破5千万元, a table's column （千万元）) were no target at all.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.models import Target
from tests.plans import extracted

CUIPING = (
    "宜宾市翠屏区知识产权强县建设工作方案（2024—2026年）\n为深入实施知识产权强国战略，结合我区实际，制定本方案。\n"
    "一、工作目标\n"
)
YANSHI = "洛阳市偃师区2024年知识产权工作要点\n一、重点工作\n"


def _targets(text: str, head: str = CUIPING) -> list[Target]:
    doc, _ = extracted(head + text + "\n")
    return doc.targets


def _read(text: str, head: str = CUIPING) -> list[tuple[str, str, float | None, list[str]]]:
    return [(t.indicator, t.indicator_key, t.value, sorted(t.flags)) for t in _targets(text, head)]


def test_a_word_of_how_a_count_counts_inside_its_words_flags_it() -> None:
    got = _read(
        "到2026年，专利转化项目“十四五”期间累计实施30项，专利保险累计投保企业20家。"
        "规上企业每年新增发明专利50件。"
    )
    assert got == [
        ("专利转化项目实施", "专利转化项目", 30.0, ["cumulative"]),
        ("专利保险投保企业", "专利保险投保企业", 20.0, ["cumulative"]),
        ("规上企业发明专利", "规上企业发明专利", 50.0, ["annual", "increment"]),
    ]


@settings(max_examples=25, deadline=None)
@given(
    noun=st.sampled_from(
        ["专利转化项目", "专利保险", "知识产权质押贷款", "专利导航项目", "商标品牌培育项目"]
    ),
    span=st.sampled_from(["", "三年", "“十四五”期间", "示范期内"]),
    word=st.sampled_from([("累计", "cumulative"), ("新增", "increment")]),
    verb=st.sampled_from(["实施", "投保企业", "服务企业", "完成"]),
    value=st.integers(min_value=2, max_value=900),
)
def test_any_counting_word_inside_the_words_is_no_part_of_the_indicator(
    noun: str, span: str, word: tuple[str, str], verb: str, value: int
) -> None:
    got = _targets(f"到2026年，{noun}{span}{word[0]}{verb}{value}项。")
    assert [(t.indicator, t.value) for t in got] == [(noun + verb, float(value))]
    assert word[1] in got[0].flags


def test_a_level_at_a_years_end_is_a_stock_not_an_increment() -> None:
    got = [
        (t.kind, t.year, t.value, sorted(t.flags))
        for t in _targets(
            "到2026年，地理标志商标新增3件（2023年底为5件），"
            "每年新增注册商标500件（2023年末为3000件，2024年为400件）。"
        )
    ]
    assert got == [
        ("target", 2026, 3.0, ["increment"]),
        ("baseline", 2023, 5.0, []),
        ("target", 2026, 500.0, ["annual", "increment"]),
        ("baseline", 2023, 3000.0, []),
        ("baseline", 2024, 400.0, ["annual", "increment"]),  # the year's increment, as written
    ]


def test_a_budgets_year_says_nothing_of_the_people_trained() -> None:
    flags = {
        t.indicator: sorted(t.flags)
        for t in _targets(
            "到2026年，区财政每年安排知识产权专项资金不低于1亿元，其中专利资助资金2000万元，培训知识产权人才500人次。"
            "每年举办知识产权培训班不少于4期，安排培训经费20万元，培训企业人员300人次以上。"
        )
    }
    assert flags == {
        "安排知识产权专项资金": ["annual"],
        "专利资助资金": ["annual"],
        "培训知识产权人才": [],
        "举办知识产权培训班": ["annual"],
        "安排培训经费": ["annual"],
        "培训企业人员": ["annual"],
    }


def test_keys_leave_off_the_verbs_of_events_and_keep_the_people_acted_on() -> None:
    got = {
        t.indicator: t.indicator_key
        for t in _targets(
            "举办知识产权培训班10期，培训人数达到800人次。促成专利转让许可50件次以上，专利开放许可实施不少于20项。"
            "知识产权服务业从业人数达到500人，服务人数年均增长10%。",
            YANSHI,
        )
    }
    assert got == {
        "举办知识产权培训班": "知识产权培训班",
        "培训人数": "培训人数",
        "促成专利转让许可": "专利转让许可量",
        "专利开放许可实施": "专利开放许可",
        "知识产权服务业从业人数": "知识产权服务业从业人数",
        "服务人数": "服务人数",
    }


def test_a_bare_satisfaction_rate_is_of_the_services_counted_before_it() -> None:
    got = [
        (t.indicator, t.value)
        for t in _targets(
            "开展知识产权公共服务200次，满意度达到90%以上；举办知识产权培训班8期，满意度95%；"
            "开展知识产权维权援助服务50次，援助满意率达到95%。",
            YANSHI,
        )
        if t.unit == "%"
    ]
    assert got == [("知识产权公共服务满意度", 90.0), ("知识产权培训班满意度", 95.0), ("援助满意率", 95.0)]


def test_amounts_in_tens_of_millions_are_read() -> None:
    got = [
        (t.indicator, t.value, t.unit, t.normalized_value)
        for t in _targets("到2026年，专利质押融资金额突破5千万元，知识产权运营基金规模达到3百万元。")
    ]
    assert got == [
        ("专利质押融资金额", 5.0, "千万元", 5e7),
        ("知识产权运营基金规模", 3.0, "百万元", 3e6),
    ]


def test_a_table_column_in_tens_of_millions() -> None:
    doc, _ = extracted(
        (
            "<html><body><h1>南宁市良庆区知识产权强县建设工作方案（2024—2026年）</h1><h2>一、主要目标</h2>"
            "<table><tr><th>指标</th><th>2023年基期值</th><th>2026年目标值</th><th>指标属性</th></tr>"
            "<tr><td>知识产权质押融资额（千万元）</td><td>3</td><td>8</td><td>预期性</td></tr></table>"
            "</body></html>"
        ).encode(),
        "plan.html",
    )
    got = [(t.kind, t.year, t.value, t.unit, t.normalized_value) for t in doc.targets]
    assert got == [("baseline", 2023, 3.0, "千万元", 3e7), ("target", 2026, 8.0, "千万元", 8e7)]


def test_a_base_built_on_is_a_comparison_base() -> None:
    got = [
        (t.indicator, t.value, t.unit, t.base_year, sorted(t.flags))
        for t in _targets(
            "到2026年，全区专利授权总量在2023年基础上翻一番，商标有效注册量在上年基础上增长10%，"
            "地理标志商标在现有基础上新增2件。"
        )
    ]
    assert got == [
        ("专利授权总量", 2.0, "倍", 2023, ["relative"]),
        ("商标有效注册量", 10.0, "%", 2025, ["growth"]),
        ("地理标志商标", 2.0, "件", None, ["increment"]),
    ]
