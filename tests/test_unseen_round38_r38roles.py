"""Round 38: who is responsible and in which role, as plans of 湖南, 广东, 浙江, 江西, 湖北, 四川, 陕西 and 天津
write it at city, county and district level (醴陵, 顺德区, 鄞州区, 南康区, 江夏区, 涪城区, 雁塔区, 滨海新区).

What was read wrong before:

- a label written by its parts, a role word and a word for the bodies (牵头责任单位, 协同责任单位, 主体责任单位,
  参与责任单位, 协办责任单位, 配合责任部门, 辅助单位, 总牵头单位, 主抓单位), was no label: its supporters
  were lost (主要责任单位：A ↵ 协同责任单位：B named A alone), or the label itself became a unit
  (牵头责任单位 sole, 责任部门 a supporter), or the lead was lost (主体责任单位：A；参与单位：B named B alone);
- a collective closing an unbracketed label's list at the paragraph's end with its bracket (配合单位：
  区市场监管局、各镇（街道）。) gave a unit more, the bracket's 街道 read as a note of bare names (sole);
- clauses counted in a paragraph, each with its label after a comma (①建立…，责任单位：A；②开展…，责任单位：B;
  一是…；二是…; (1)…；(2)…), were one list: the next clause's work became a unit (开展知识产权纠纷人民调解),
  every unit shared the whole paragraph's work and the clauses named no one; so did clauses of work without
  a count (…，责任单位：A；加强展会保护，责任单位：B);
- a list's unit picked out as the one the work rests on (责任单位：A、B、C，以A为主; （A为主，B配合）;
  以A为牵头单位 after a list) was no lead: all shared the work, or the note fell to prose (A implicit);
- a heading's line pointing at the items under it (以下任务由区市场监管局负责：) spoke for none of them;
- bodies named one by one sharing the work by their duties beside one lending its support (A、B按职责分工负责，
  C提供法律支持) fell to prose, all implicit;
- a note's ditto (（同上）, （责任单位：同上）, （责任单位同上）) named no one, or named 同上 itself a unit; a note
  going on below with 以下同 spoke for its own task only (下同 did);
- a note set off by 注： or 备注： before its scope (注：以上任务牵头单位：…) gave only its last item its
  helpers;
- a label's colon typed as ∶ or ﹕ (牵头单位∶A；配合单位∶B) was no colon: the roles were lost;
- a list closed by the level's own departments (区科技局、区工信局等区直部门配合) kept them in the last name;
- 金融发展中心 / 金融事务中心 after a place (重庆's districts, 湖南's counties) were of no type, and so were
  佛山's districts' 经济促进局 and a district's 大数据中心 / 大数据发展中心;
- a listed unit picked out for its own part of the work (责任单位：A、B，其中B负责刑事打击; 其中，B负责…) made
  that part a unit of its own (其中区公安分局负责刑事打击); (其中)B负责 after the list gave B no lead (B named
  twice, sharing the work);
- units answering for the work on grounds named a 原则 (按照“谁执法谁普法”原则负责) fell to prose;
- bodies each leading (（A、B分别牵头，C配合）, A、B共同牵头, 联合牵头) named no one, or C alone, or fell to prose;
- clauses counted with circled numbers each closed by its note's bracket and no stop (①开展专利导航（区科技局）
  ②推进贯标（区工信局）③…（区市场监管局）。) were one clause: the last bracket named the whole item's unit;
  closed by the bracket and a full stop (①…（区科技局）。②…（区工信局）。) the clauses named no one, only the
  last bracket closing the paragraph read, for the whole item.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units, resolved_agency

FUCHENG = "绵阳市涪城区2025年知识产权工作要点\n为做好2025年全区知识产权工作，制定本要点。\n一、重点任务\n"
LILING = "醴陵市知识产权强县建设试点工作方案\n为加快推进知识产权强县建设，制定本方案。\n一、重点任务\n"
BINHAI = "天津市滨海新区2025年知识产权强区建设工作要点\n为推进知识产权强区建设，制定本要点。\n一、重点任务\n"


def _roles(units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(s, r) for s, r, _ in units]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        ["牵头责任单位", "主体责任单位", "总牵头单位", "主抓单位", "主责责任单位", "牵头责任部门"]
    ),
    st.sampled_from(
        [
            "协同责任单位",
            "参与责任单位",
            "协办责任单位",
            "配合责任部门",
            "辅助单位",
            "协助配合单位",
            "参加责任单位",
        ]
    ),
    st.sampled_from(["；", "。", "\n"]),
)
def test_a_label_written_by_its_parts(lead: str, support: str, gap: str) -> None:
    body = f"（一）推动专利转化运用。支持企业承接专利。{lead}：区科技局{gap}{support}：区市场监管局、区教育局。\n"
    got = plan_units(FUCHENG, body)
    assert _roles(got["一.(一)"]) == [
        ("区科技局", "lead"),
        ("区市场监管局", "support"),
        ("区教育局", "support"),
    ]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["配合单位", "责任单位", "参与单位"]),
    st.sampled_from(["各镇（街道）", "各乡镇（街道）", "各镇（园区）", "各乡镇（社区）"]),
    st.sampled_from(["。", ""]),
)
def test_a_collectives_bracket_closing_a_labels_list(label: str, collective: str, stop: str) -> None:
    got = plan_units(FUCHENG, f"（一）培育高价值专利。开展培育。{label}：区科技局、{collective}{stop}\n")
    surfaces = [s for s, _ in _roles(got["一.(一)"])]
    assert surfaces == ["区科技局", collective]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from([("①", "②"), ("一是", "二是"), ("(1)", "(2)"), ("（1）", "（2）"), ("⑴", "⑵")]),
    st.sampled_from(["责任单位", "牵头单位", "实施单位"]),
    st.sampled_from(["，", ","]),
)
def test_clauses_counted_each_with_its_label(marks: tuple[str, str], label: str, comma: str) -> None:
    first, second = marks
    body = (
        f"（一）完善维权援助机制。{first}建立知识产权维权援助工作站{comma}{label}：市市场监管局；"
        f"{second}开展知识产权纠纷人民调解{comma}{label}：市司法局、市人民法院。\n"
    )
    got = plan_units(LILING, body)
    role = "lead" if label == "牵头单位" else "sole"
    assert got["一.(一)"] == []
    clauses = sorted(path for path in got if path != "一.(一)")
    assert len(clauses) == 2
    assert _roles(got[clauses[0]]) == [("市市场监管局", role)]
    second_role = "lead" if label == "牵头单位" else "joint"
    assert _roles(got[clauses[1]]) == [("市司法局", second_role), ("市人民法院", second_role)]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["加强展会知识产权保护", "推进电商平台知识产权保护"]),
    st.sampled_from(["责任单位", "实施单位"]),
)
def test_a_clause_of_work_with_its_own_label_after_a_list(work: str, label: str) -> None:
    body = f"（一）加强保护。开展商标侵权专项整治，{label}：市市场监管局；{work}，{label}：市商务局。\n"
    got = plan_units(LILING, body)
    assert [s for s, _ in _roles(got["一.(一)"])] == ["市市场监管局", "市商务局"]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(
        ["以区市场监管局为主", "区市场监管局为主", "以区市场监管局为牵头单位", "其中以区市场监管局为主"]
    ),
    st.sampled_from([("（", "）"), ("", "。")]),
)
def test_a_unit_picked_out_as_the_one_the_work_rests_on(pick: str, brackets: tuple[str, str]) -> None:
    opened, closed = brackets
    body = f"1.深化行政执法。开展专项整治。{opened}责任单位：区公安局、区市场监管局、区文化和旅游局，{pick}{closed}\n"
    got = plan_units(BINHAI, body)
    assert sorted(_roles(got["一.1"])) == [
        ("区公安局", "support"),
        ("区市场监管局", "lead"),
        ("区文化和旅游局", "support"),
    ]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["配合", "参与", "协助"]))
def test_a_note_naming_the_unit_the_work_rests_on(word: str) -> None:
    got = plan_units(
        BINHAI, f"1.深化行政执法。开展专项整治。（区市场监管局为主，区公安局、区司法局{word}）\n"
    )
    assert _roles(got["一.1"]) == [("区市场监管局", "lead"), ("区公安局", "support"), ("区司法局", "support")]


YONGCHUAN = "重庆市永川区知识产权强区建设工作方案\n为加快知识产权强区建设，制定本方案。\n一、重点任务\n"


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["以下任务", "以下各项任务均", "下列工作", "以下各项工作统一"]),
    st.sampled_from(
        [
            ("区市场监管局负责", [("区市场监管局", "sole")]),
            ("区市场监管局、区公安分局共同负责", [("区市场监管局", "joint"), ("区公安分局", "joint")]),
        ]
    ),
    st.sampled_from(["：", ":"]),
)
def test_a_line_below_a_heading_pointing_at_the_items_under_it(
    pointer: str, roles: tuple[str, list[tuple[str, str]]], colon: str
) -> None:
    words, expected = roles
    body = (
        f"（一）加强知识产权保护\n{pointer}由{words}{colon}\n1.开展商标侵权专项整治。\n2.加强展会知识产权保护。\n"
        "（二）促进知识产权运用\n3.推进知识产权质押融资。（区金融发展中心负责）\n"
    )
    got = plan_units(YONGCHUAN, body)
    assert _roles(got["一.(一).1"]) == expected
    assert _roles(got["一.(一).2"]) == expected
    assert _roles(got["一.(二).3"]) == [("区金融发展中心", "sole")]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from([("①", "②"), ("一是", "二是"), ("(1)", "(2)"), ("（1）", "（2）"), ("⑴", "⑵")]),
    st.sampled_from([["区科技局"], ["区科技局", "区财政局"]]),
)
def test_clauses_counted_each_closed_by_its_bracket_and_a_full_stop(
    marks: tuple[str, str], first_units: list[str]
) -> None:
    first, second = marks
    body = (
        f"（一）推进专利转化运用。{first}开展产业专利导航（{'、'.join(first_units)}）。"
        f"{second}推进企业知识产权贯标（区工信局）。\n"
    )
    got = plan_units(FUCHENG, body)
    assert got["一.(一)"] == []
    clauses = sorted(path for path in got if path != "一.(一)")
    role = "sole" if len(first_units) == 1 else "joint"
    assert _roles(got[clauses[0]]) == [(u, role) for u in first_units]
    assert _roles(got[clauses[1]]) == [("区工信局", "sole")]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["提供法律支持", "做好法律支持", "给予资金支持", "提供技术支撑"]),
    st.sampled_from(["按职责分工负责", "按照职责分工负责", "根据各自职责抓好落实"]),
    st.sampled_from([("", "。"), ("（", "）")]),
)
def test_bodies_sharing_by_duties_beside_one_lending_its_support(
    help_words: str, shared: str, brackets: tuple[str, str]
) -> None:
    opened, closed = brackets
    body = f"（一）加强行政执法。开展专项执法。{opened}区市场监管局、区公安分局{shared}，区司法局{help_words}{closed}\n"
    got = plan_units(FUCHENG, body)
    assert _roles(got["一.(一)"]) == [
        ("区市场监管局", "lead"),
        ("区公安分局", "lead"),
        ("区司法局", "support"),
    ]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            ("500118", "区金融发展中心"),  # 重庆市永川区
            ("430121", "县金融事务中心"),  # 长沙县
            ("430121", "长沙县金融事务中心"),
            ("500118", "永川区金融发展中心"),
        ]
    )
)
def test_the_local_finance_centres_after_the_reforms(case: tuple[str, str]) -> None:
    region, surface = case
    assert resolved_agency(region, surface)[2] == "local_finance"
    assert resolved_agency(region, "知识产权" + surface.lstrip("区县长沙永川"))[2] is None


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["等区直部门", "等区直有关单位", "等区直属单位", "等成员单位"]),
    st.sampled_from(["配合", "参与"]),
)
def test_a_list_closed_by_the_levels_own_departments(others: str, word: str) -> None:
    got = plan_units(
        FUCHENG,
        f"（一）建设知识产权服务中心。开展建设。（区市场监管局牵头，区科技局、区工信局{others}{word}）\n",
    )
    assert _roles(got["一.(一)"]) == [
        ("区市场监管局", "lead"),
        ("区科技局", "support"),
        ("区工信局", "support"),
    ]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["∶", "﹕"]),
    st.sampled_from(
        [
            "（牵头单位{c}区市场监管局；配合单位{c}区公安分局、区人民法院）",
            "\n牵头单位{c}区市场监管局\n配合单位{c}区公安分局、区人民法院",
            "牵头单位{c}区市场监管局；配合单位{c}区公安分局、区人民法院。",
            "【牵头单位】{c}区市场监管局【配合单位】{c}区公安分局、区人民法院",
        ]
    ),
)
def test_a_labels_colon_typed_as_a_look_alike(colon: str, note: str) -> None:
    got = plan_units(FUCHENG, "（一）加强行政保护。开展专项执法。" + note.format(c=colon) + "\n")
    assert _roles(got["一.(一)"]) == [
        ("区市场监管局", "lead"),
        ("区公安分局", "support"),
        ("区人民法院", "support"),
    ]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(
        ["（同上）", "（责任单位：同上）", "（责任单位同上）", "\n责任单位：同上", "（牵头单位：同前）"]
    ),
    st.sampled_from(
        [
            ("（责任单位：区科技局）", [("区科技局", "sole")]),
            ("（牵头单位：区科技局；配合单位：区财政局）", [("区科技局", "lead"), ("区财政局", "support")]),
        ]
    ),
)
def test_a_note_repeating_the_units_of_the_task_before(
    ditto: str, first: tuple[str, list[tuple[str, str]]]
) -> None:
    note, expected = first
    body = (
        f"（一）推进专利转化。开展专利转化专项行动。{note}\n（二）推进企业贯标。开展贯标认证。{ditto}\n"
        f"（三）推进品牌培育。开展品牌培育。{ditto}\n（四）加强宣传。开展宣传周活动。（区委宣传部负责）\n"
    )
    got = plan_units(FUCHENG, body)
    assert _roles(got["一.(一)"]) == expected
    assert _roles(got["一.(二)"]) == expected
    assert _roles(got["一.(三)"]) == expected
    assert _roles(got["一.(四)"]) == [("区委宣传部", "sole")]
    assert all(s not in ("同上", "同前") for units in got.values() for s, _, _ in units)


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(["以下同", "下同"]),
    st.sampled_from(["（责任单位：区科技局、区财政局，{w}）", "（区科技局负责，{w}）"]),
)
def test_a_note_going_on_below_with_its_longer_word(word: str, note: str) -> None:
    body = (
        f"（一）推进专利转化。开展转化。{note.format(w=word)}\n（二）推进企业贯标。开展贯标。\n"
        "（三）推进品牌培育。开展培育。\n"
    )
    got = plan_units(FUCHENG, body)
    assert got["一.(二)"] == got["一.(一)"]
    assert got["一.(三)"] == got["一.(一)"]
    assert [s for s, _, _ in got["一.(一)"]] == (["区科技局", "区财政局"] if "、" in note else ["区科技局"])


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["注", "备注", "说明"]),
    st.sampled_from(
        [
            "本部分任务牵头单位为区科技局，配合单位为区财政局。",
            "本节牵头单位：区科技局；配合单位：区财政局。",
            "以上任务牵头单位：区科技局；配合单位：区财政局。",
        ]
    ),
)
def test_a_note_of_the_plans_set_off_before_its_scope(mark: str, note: str) -> None:
    body = f"（一）推进专利转化。开展转化。\n（二）推进企业贯标。开展贯标。\n{mark}：{note}\n"
    got = plan_units(FUCHENG, body)
    for path in ("一.(一)", "一.(二)"):
        assert _roles(got[path]) == [("区科技局", "lead"), ("区财政局", "support")]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(
        ["，其中区公安分局负责刑事打击", "；其中，区公安分局负责打击刑事犯罪", "，其中区公安分局负责案件移送"]
    ),
    st.sampled_from([("（责任单位：", "）"), ("责任单位：", "。")]),
)
def test_a_listed_unit_picked_out_for_its_own_part(part: str, brackets: tuple[str, str]) -> None:
    opened, closed = brackets
    got = plan_units(
        FUCHENG, f"（一）加强行政执法。开展专项执法。{opened}区市场监管局、区公安分局{part}{closed}\n"
    )
    assert _roles(got["一.(一)"]) == [("区市场监管局", "joint"), ("区公安分局", "joint")]


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(
        ["，其中区公安分局负责", "；其中，区公安分局负责", "，其中区公安分局牵头", "，区公安分局负责"]
    )
)
def test_a_listed_unit_picked_out_to_answer_for_the_work(part: str) -> None:
    got = plan_units(
        FUCHENG, f"（一）加强行政执法。开展专项执法。（责任单位：区市场监管局、区公安分局{part}）\n"
    )
    assert sorted(_roles(got["一.(一)"])) == [("区公安分局", "lead"), ("区市场监管局", "support")]


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(["按照“谁执法谁普法”原则", "按照属地管理原则", "按照“谁主管谁负责”的原则"]),
    st.sampled_from(["负责", "共同负责", "抓好落实"]),
)
def test_units_answering_on_grounds_named_a_principle(grounds: str, word: str) -> None:
    got = plan_units(FUCHENG, f"（一）加强普法宣传。开展普法。（区市场监管局、区公安分局{grounds}{word}）\n")
    assert _roles(got["一.(一)"]) == [("区市场监管局", "joint"), ("区公安分局", "joint")]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["分别牵头", "共同牵头", "联合牵头"]),
    st.sampled_from(
        [("（", "，区工信局配合）"), ("", "，区工信局配合。"), ("（责任单位：", "，区工信局配合）")]
    ),
)
def test_bodies_each_leading(word: str, frame: tuple[str, str]) -> None:
    opened, closed = frame
    got = plan_units(FUCHENG, f"（一）推进专利转化。开展转化。{opened}区科技局、区财政局{word}{closed}\n")
    assert _roles(got["一.(一)"]) == [("区科技局", "lead"), ("区财政局", "lead"), ("区工信局", "support")]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from([("①", "②", "③"), ("⑴", "⑵", "⑶")]), st.sampled_from(["", "。", "；"]))
def test_circled_clauses_each_closed_by_its_bracket(marks: tuple[str, str, str], stop: str) -> None:
    a, b, c = marks
    body = (
        f"（一）推进专利转化运用。{a}开展产业专利导航（区科技局）{stop}{b}推进企业贯标（区工信局）{stop}"
        f"{c}培育知识产权示范企业（区市场监管局、区商务局）。\n"
    )
    got = plan_units(FUCHENG, body)
    assert got["一.(一)"] == []
    clauses = sorted(path for path in got if path != "一.(一)")
    assert [_roles(got[p]) for p in clauses] == [
        [("区科技局", "sole")],
        [("区工信局", "sole")],
        [("区市场监管局", "joint"), ("区商务局", "joint")],
    ]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            ("440606", "区经济促进局", "industry_it"),  # 佛山市顺德区
            ("440606", "顺德区经济促进局", "industry_it"),
            ("330212", "区大数据中心", "data_bureau"),  # 宁波市鄞州区
            ("330212", "鄞州区大数据发展中心", "data_bureau"),
        ]
    )
)
def test_district_bodies_of_their_remit(case: tuple[str, str, str]) -> None:
    region, surface, kind = case
    _, name, got, _ = resolved_agency(region, surface)
    assert got == kind
    assert name.endswith(surface.removeprefix("区").removeprefix("顺德区").removeprefix("鄞州区"))
    assert resolved_agency(region, "知识产权大数据中心")[2] is None
