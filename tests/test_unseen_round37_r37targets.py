"""Round 37: goals and phases as city and province plans of 河北, 山西, 内蒙古, 辽宁 and 吉林 write them (长春,
辽宁, 梅河口, 山西).

What was read wrong before:

- a list of places before the measure they share, one value for each (榆树市、德惠市、农安县每万人口高价值发明
  专利拥有量均达到3件以上, …拥有量各达到3件, …新增贯标企业各10家) was one target of the plan's own region whose
  indicator held the names; a list of places alone after a target (…分别达到15件、18件，鞍山市、抚顺市均达到5件
  以上) was a target measuring the names;
- a place named alone after a semicolon (…双阳区达到30件；九台区达到5件) measured its own name, though after a
  comma it took the measure before;
- a goals heading naming its year (（一）2024年目标。…达到11.5件 ⏎ （二）2025年目标。…) left its targets to the
  plan's last year: a 2024—2025 plan's 2024 targets were read as 2025's;
- 到2025年 as a clause of its own after a clause opening the sentence (通过三年行动，力争到2025年，…) dated only
  its sentence: the sentences after it in the paragraph kept the year before (截至2022年底，…), and their
  targets were read as 2022's starting levels;
- stages listed as clauses of one paragraph, each named before its time (本方案分三个阶段实施：动员部署阶段
  （2023年1月—3月），制定实施方案；组织实施阶段（…），…) gave no phase and became a task of the issuer;
- a chapter laying out the arrangement of the work (四、工作安排, 三、实施安排) whose steps are named and dated
  without the word 阶段 (（一）组织实施（2024年3月—10月）, 1.部署启动（2024年2月底前）) gave no phase: each step
  became a task of the issuer.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

CHANGCHUN = "长春市2024年知识产权工作要点\n\n一、主要目标\n\n"
CHANGCHUN_TASKS = "\n\n二、重点任务\n\n（一）推进高价值专利培育。（市市场监管局负责）\n"


def _targets(goals: str, head: str = CHANGCHUN) -> list[tuple]:
    doc, _ = extracted(head + goals + CHANGCHUN_TASKS)
    return [(t.region_name, t.indicator_key, t.value, t.unit) for t in doc.targets]


_PER_CAPITA = "每万人口高价值发明专利拥有量"


@settings(max_examples=12, deadline=None)
@given(
    places=st.sampled_from(
        [("榆树市", "德惠市"), ("榆树市", "德惠市", "农安县"), ("双阳区", "九台区", "公主岭市")]
    ),
    words=st.sampled_from(["均达到3件以上", "均达到3件", "各达到3件", "均不低于3件"]),
)
def test_a_list_of_places_before_a_shared_measure_sets_each_place_its_value(
    places: tuple[str, ...], words: str
) -> None:
    found = _targets(
        "2024年，全市" + _PER_CAPITA + "达到12件；" + "、".join(places) + _PER_CAPITA + words + "。"
    )
    assert found[1:] == [(place, _PER_CAPITA, 3.0, "件") for place in places]


def test_each_place_counts_a_new_count_of_its_own() -> None:
    assert _targets("2024年，榆树市、德惠市新增贯标企业各10家。") == [
        ("榆树市", "知识产权贯标企业", 10.0, "家"),
        ("德惠市", "知识产权贯标企业", 10.0, "家"),
    ]
    # a list of rights, no places: no place's target
    found = _targets("2024年，发明专利、实用新型专利授权量均增长10%。")
    assert all(region == "长春市" for region, *_ in found)


def test_a_list_of_places_alone_takes_the_measure_before_it() -> None:
    found = _targets(
        "2024年，榆树市、德惠市" + _PER_CAPITA + "分别达到15件、18件，双阳区、九台区均达到5件以上。"
    )
    assert found == [
        ("榆树市", _PER_CAPITA, 15.0, "件"),
        ("德惠市", _PER_CAPITA, 18.0, "件"),
        ("双阳区", _PER_CAPITA, 5.0, "件"),
        ("九台区", _PER_CAPITA, 5.0, "件"),
    ]


@settings(max_examples=8, deadline=None)
@given(stop=st.sampled_from(["；", "。"]), place=st.sampled_from(["九台区", "长春新区", "农安县"]))
def test_a_place_alone_after_a_stop_takes_the_measure_before_it(stop: str, place: str) -> None:
    found = _targets(f"2024年，榆树市{_PER_CAPITA}达到3件，双阳区达到30件{stop}{place}达到5件。")
    assert found[-1] == (place, _PER_CAPITA, 5.0, "件")


JILIN = "长春市知识产权强市建设推进计划（2024—2025年）\n\n一、发展目标\n\n"


@settings(max_examples=10, deadline=None)
@given(
    heading=st.sampled_from(["{y}年目标", "{y}年度目标", "{y}年主要目标", "到{y}年发展目标"]),
    on_its_line=st.booleans(),
)
def test_a_goals_heading_naming_its_year_dates_its_targets(heading: str, on_its_line: bool) -> None:
    gap = "\n" if on_its_line else "。"
    doc, _ = extracted(
        JILIN
        + f"（一）{heading.format(y=2024)}{gap}每万人口高价值发明专利拥有量达到11.5件；专利质押融资额达到25亿元。\n\n"
        + f"（二）{heading.format(y=2025)}{gap}每万人口高价值发明专利拥有量达到13件；专利质押融资额达到30亿元。\n"
        + CHANGCHUN_TASKS
    )
    assert [(t.indicator_key, t.value, t.year) for t in doc.targets] == [
        (_PER_CAPITA, 11.5, 2024),
        ("专利质押融资额", 25.0, 2024),
        (_PER_CAPITA, 13.0, 2025),
        ("专利质押融资额", 30.0, 2025),
    ]
    # a heading naming a span of years dates nothing
    doc, _ = extracted(
        JILIN + f"（一）2024—2025年目标{gap}每万人口高价值发明专利拥有量达到13件。\n" + CHANGCHUN_TASKS
    )
    assert [(t.value, t.year, t.year_basis) for t in doc.targets] == [(13.0, 2025, "plan")]


SHANXI = (
    "山西省知识产权局2024年工作要点\n\n一、重点任务\n\n（一）加强高价值专利培育。（省知识产权局负责）\n\n"
)


@settings(max_examples=12, deadline=None)
@given(
    heading=st.sampled_from(["四、工作安排", "二、实施安排", "二、推进安排", "二、组织实施"]),
    marker=st.sampled_from([("（一）", "（二）", "（三）"), ("1.", "2.", "3.")]),
    steps=st.sampled_from(
        [
            (("动员部署", "2024年3月"), ("组织实施", "2024年4月—10月"), ("总结验收", "2024年11月—12月")),
            (("部署启动", "2024年2月底前"), ("推进落实", "2024年3月至11月"), ("考核评估", "2024年12月")),
        ]
    ),
)
def test_an_arrangement_of_dated_steps_gives_the_phases(
    heading: str, marker: tuple[str, ...], steps: tuple[tuple[str, str], ...]
) -> None:
    body = "".join(
        f"{m}{name}（{time}）。按照分工推进各项工作。\n"
        for m, (name, time) in zip(marker, steps, strict=True)
    )
    doc, _ = extracted(SHANXI + heading + "\n\n" + body)
    assert [p.name for p in doc.phases] == [name for name, _ in steps]
    assert [t.path for t in doc.tasks] == ["一.(一)"]
    # an arrangement of work whose steps are not all dated keeps its tasks
    doc, _ = extracted(
        SHANXI + heading + "\n\n" + body.replace(f"（{steps[1][1]}）", "") + "（省知识产权局负责）\n"
    )
    assert doc.phases == []


XILINGOL = "锡林郭勒盟知识产权保护和运用三年行动方案（2023—2025年）\n\n一、行动目标\n\n"
XILINGOL_TASKS = "\n\n三、重点任务\n\n（一）强化地理标志保护。（盟市场监管局负责）\n"


@settings(max_examples=10, deadline=None)
@given(
    opening=st.sampled_from(["通过三年行动，", "通过三年努力，", "全盟上下协同推进，"]),
    year=st.sampled_from(["力争到2025年，", "到2025年，", "到2025年底，", "确保到2025年，"]),
    stop=st.sampled_from(["；", "。"]),
)
def test_a_year_framing_a_clause_of_its_own_dates_the_sentences_after_it(
    opening: str, year: str, stop: str
) -> None:
    doc, _ = extracted(
        XILINGOL
        + "截至2022年底，全盟有效发明专利拥有量为320件。"
        + opening
        + year
        + f"全盟地理标志商标达到60件以上{stop}知识产权质押融资额累计突破3亿元。"
        + XILINGOL_TASKS
    )
    assert [(t.indicator_key, t.kind, t.year) for t in doc.targets] == [
        ("有效发明专利拥有量", "baseline", 2022),
        ("地理标志商标注册量", "target", 2025),
        ("知识产权质押融资额", "target", 2025),
    ]


@settings(max_examples=10, deadline=None)
@given(
    lead=st.sampled_from(["本方案分三个阶段实施：", "行动分三个阶段推进：", ""]),
    bracket=st.sampled_from([("（", "）"), ("(", ")")]),
    joiner=st.sampled_from(["—", "至", "-"]),
)
def test_stages_named_before_their_times_in_one_paragraph_are_the_phases(
    lead: str, bracket: tuple[str, str], joiner: str
) -> None:
    o, c = bracket
    doc, _ = extracted(
        XILINGOL
        + "地理标志商标达到60件以上。\n\n二、工作步骤\n\n"
        + lead
        + f"动员部署阶段{o}2023年1月{joiner}3月{c}，制定实施方案；组织实施阶段{o}2023年4月{joiner}2025年9月{c}，"
        f"推进各项任务；总结验收阶段{o}2025年10月{joiner}12月{c}，开展总结评估。" + XILINGOL_TASKS
    )
    assert [(p.name, p.start, p.end) for p in doc.phases] == [
        ("动员部署", "2023-01", "2023-03"),
        ("组织实施", "2023-04", "2025-09"),
        ("总结验收", "2025-10", "2025-12"),
    ]
    assert [t.path for t in doc.tasks] == ["三.(一)"]
