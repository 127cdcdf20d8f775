"""Round 31: who answers for a task and in which role, and the collectives plans name, as plans of provinces
the tests did not cover write them (counties of Sichuan, Guizhou and Hunan, a district of Shaanxi and of
Zhejiang, prefectures of Yunnan).

What was read wrong before:

- a body answering for its work in prose (区委宣传部负责组织开展知识产权宣传周活动; 领导小组负责统筹推进全县
  知识产权工作; …，县委宣传部具体负责…) was implicit, or (具体负责) nobody: the glossary reads X负责 alone as sole;
  bodies answering together (A、B负责…, A和B共同负责…, A、B分别负责…) or each for a part of one paragraph's work
  (A负责…，B负责…) share it (joint); a collective (各地各部门负责…) stays every one's implicit obligation, and
  helpers after the body still make it their lead (three older tests that pinned the implicit reading now
  expect this, with the reason);
- units exhorted to help after a body answering for the work (…负责开展执法行动，各乡镇要积极配合) were an
  obligation of their own beside it: they support it;
- 负责制 was read as a cue, its words before it a body (实行“一把手”负责制 named 实行“一把手”); 负责人, 负责制
  are nouns, while 负责人才工作 and 负责制定 answer for work;
- helpers after a bracket naming who carries or leads the work (开展执法（县市场监管局负责），县公安局配合;
  （县市场监管局牵头），县直有关部门配合; （X负责），Y、Z按职责分工负责) were lost, or (按职责分工负责) led: they
  support, and the bracket's body leads;
- 各市场监管所 and 各市场主体 were the governments of the cities (各市…); a department's stations gathered
  (各司法所, 各派出所) were of no collective; one department of every region below (各县（市、区）知识产权局,
  各地市场监管部门) was the governments, or (各州（市）知识产权局) one IP office; 各市直有关部门 was the governments
  and not the city's direct departments;
- the towns' governments and the subdistricts' offices listed together (各乡镇人民政府、街道办事处), and the
  towns and subdistricts with the zones (各乡镇（街道）、园区), were two bodies, one a single subdistrict or zone:
  one collective;
- a column whose header names the lead first and its place after (责任单位（牵头单位列第一位）) made every unit
  a lead;
- a unit marked in a list of units (区金融办*、区财政局; 标★的为牵头单位) kept the mark in its name and did not
  lead;
- a lead named again after the units sharing the work (（A、B按职责分工负责，A牵头）) was named twice, leading
  and supporting: it leads, once;
- 负责 before the words of carrying the work out (各有关部门负责抓好落实, 负责组织落实) was read into the last
  name (各有关部门负责).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, plan_units, task_agencies

LUXIAN = "泸县知识产权强县建设工作方案\n为加快推进知识产权强县建设，结合我县实际，制定本方案。\n"
YUHANG = "杭州市余杭区知识产权强区建设行动方案\n为加快推进知识产权强区建设，制定本方案。\n"
GUIDING = "贵定县知识产权强县建设工作方案\n为加快推进知识产权强县建设，制定本方案。\n"
LINWEI = "渭南市临渭区知识产权强区建设工作方案\n为推进知识产权强区建设，制定本方案。\n"
DALI = "大理白族自治州知识产权强州建设实施方案\n为推进知识产权强州建设，制定本方案。\n"


def test_a_body_answering_for_its_work_alone_carries_it() -> None:
    got = plan_units(
        LUXIAN,
        "一、重点任务\n（一）加强宣传。县委宣传部负责组织开展知识产权宣传周活动。\n"
        "（二）统筹推进。领导小组负责统筹推进全县知识产权工作。\n"
        "（三）加强宣传。县财政局要加大资金保障力度，县委宣传部具体负责知识产权宣传报道工作。\n"
        "（四）推进运用。各地各部门负责抓好知识产权运用工作。\n"
        "（五）推进运用。县科技局和县财政局共同负责科技成果转化工作。\n"
        "（六）强化执法。县市场监管局负责开展执法行动，县公安局、县检察院配合。\n"
        "二、保障措施\n县知识产权工作领导小组负责统筹推进本方案实施，县财政局要将知识产权工作经费纳入年度预算。\n",
    )
    assert got["一.(一)"] == [("县委宣传部", "sole", "prose")]
    assert got["一.(二)"] == [("领导小组", "sole", "prose")]
    assert got["一.(三)"] == [("县财政局", "implicit", "prose"), ("县委宣传部", "sole", "prose")]
    assert got["一.(四)"] == [("各地各部门", "implicit", "prose")]
    assert got["一.(五)"] == [("县科技局", "joint", "prose"), ("县财政局", "joint", "prose")]
    assert got["一.(六)"] == [
        ("县市场监管局", "lead", "prose"),
        ("县公安局", "support", "prose"),
        ("县检察院", "support", "prose"),
    ]
    assert got["二"] == [("县知识产权工作领导小组", "sole", "prose"), ("县财政局", "implicit", "prose")]


@settings(max_examples=30, deadline=None)
@given(
    bodies=st.sampled_from(
        [["区委宣传部"], ["区司法局"], ["区委宣传部", "区教育局"], ["区科技局", "区财政局"]]
    ),
    word=st.sampled_from(["负责", "具体负责"]),
    before=st.sampled_from(["", "区人社局要加大人才培养力度，", "每年4月，"]),
    work=st.sampled_from(["组织开展知识产权宣传周活动", "统筹推进全区知识产权纠纷调解工作"]),
)
def test_answering_bodies_in_any_wording(bodies: list[str], word: str, before: str, work: str) -> None:
    got = plan_units(YUHANG, f"一、重点任务\n（一）加强工作。{before}{'、'.join(bodies)}{word}{work}。\n")
    role = "sole" if len(bodies) == 1 else "joint"
    named = [(surface, r) for surface, r, _ in got["一.(一)"] if surface in bodies]
    assert named == [(body, role) for body in bodies]


def test_bodies_answering_for_parts_of_one_paragraph_share_it() -> None:
    got = plan_units(
        LINWEI,
        "一、重点任务\n（一）推进保护。区市场监管局负责开展执法，区公安分局负责刑事打击，区法院负责审判。\n"
        "（二）培育高价值专利。区科技局、区工信局分别负责高校院所和工业企业高价值专利培育工作。\n",
    )
    assert got["一.(一)"] == [
        ("区市场监管局", "joint", "prose"),
        ("区公安分局", "joint", "prose"),
        ("区法院", "joint", "prose"),
    ]
    assert got["一.(二)"] == [("区科技局", "joint", "prose"), ("区工信局", "joint", "prose")]


def test_units_exhorted_to_help_an_answering_body_support_it() -> None:
    got = plan_units(
        DALI,
        "一、重点任务\n（一）强化保护。州市场监管局负责开展执法行动，各县（市）要积极配合。\n"
        "（二）强化保护。州司法局负责推进纠纷调解，州直有关部门要密切配合。\n",
    )
    assert got["一.(一)"] == [("州市场监管局", "lead", "prose"), ("各县（市）", "support", "prose")]
    assert got["一.(二)"] == [("州司法局", "lead", "prose"), ("州直有关部门", "support", "prose")]


def test_a_system_of_answering_names_no_body() -> None:
    got = plan_units(
        DALI,
        "一、保障措施\n（一）压实责任。实行“一把手”负责制，确保各项任务落实。\n"
        "（二）压实责任。州市场监管局负责人要亲自抓，确保各项任务落实。\n",
    )
    for path in ("一.(一)", "一.(二)"):
        assert all("负责" not in s and "实行" not in s for s, _, _ in got[path]), path
        assert all(role != "sole" for _, role, _ in got[path]), path


@pytest.mark.parametrize("work", ["人才培养工作", "人事管理工作", "制定资金管理办法", "制作宣传片"])
def test_work_opening_like_a_noun_of_answering_is_still_answered_for(work: str) -> None:
    got = plan_units(DALI, f"一、重点任务\n（一）推进工作。州人社局负责{work}。\n")
    assert got["一.(一)"] == [("州人社局", "sole", "prose")]


@pytest.mark.parametrize(
    ("note", "lead"),
    [
        ("（县市场监管局负责），县公安局、县司法局配合", "县市场监管局"),
        ("（县市场监管局牵头），县公安局、县司法局配合", "县市场监管局"),
        ("（县市场监管局负责），县公安局、县司法局按职责分工负责", "县市场监管局"),
        ("（县市场监管局牵头），县公安局、县司法局按照职责分工负责，2025年底前完成", "县市场监管局"),
        ("（责任单位：县市场监管局），县公安局、县司法局按职责分工负责", "县市场监管局"),
    ],
)
def test_helpers_after_a_bracket_support_its_body(note: str, lead: str) -> None:
    got = plan_units(GUIDING, f"一、重点任务\n（一）强化执法。开展专项执法行动{note}。\n")
    assert got["一.(一)"] == [
        (lead, "lead", "annotation"),
        ("县公安局", "support", "annotation"),
        ("县司法局", "support", "annotation"),
    ]


def test_collectives_are_typed_by_what_they_gather() -> None:
    names = [
        "各市场监管所",
        "各司法所",
        "各基层市场监管所",
        "各县（市、区）知识产权局",
        "各地市场监管部门",
        "各州（市）知识产权局",
        "各市直有关部门",
        "各县（市）人民政府",
    ]
    body = "".join(f"（{i + 1}）推进工作。开展专项工作。（责任单位：{n}）\n" for i, n in enumerate(names))
    got = task_agencies(DALI + "一、重点任务\n" + body)
    types = {rows[0][0]: rows[0][2] for rows in got.values() if rows}
    assert types == {
        "各市场监管所": "all_stations",
        "各司法所": "all_stations",
        "各基层市场监管所": "all_stations",
        "各县（市、区）知识产权局": "all_local_departments",
        "各地市场监管部门": "all_local_departments",
        "各州（市）知识产权局": "all_local_departments",
        "各市直有关部门": "direct_departments",
        "各县（市）人民政府": "all_governments",
    }
    doc, _ = extracted(DALI + "一、重点任务\n（一）推进工作。开展专项工作。（责任单位：各市直有关部门）\n")
    assert doc.tasks[0].responsibilities[0].agency.name == "大理白族自治州直属各有关部门"


def test_the_market_is_no_city() -> None:
    doc, _ = extracted(DALI + "一、重点任务\n（一）推进工作。各市场主体要加强知识产权管理。\n")
    assert all(r.agency.type != "all_governments" for t in doc.tasks for r in t.responsibilities)


@pytest.mark.parametrize(
    ("units", "name"),
    [
        # (round 37) the towns named by their governments beside the streets are 各镇（街道）
        ("各乡镇人民政府、街道办事处", "各镇（街道）"),
        ("各乡镇（街道）、园区", "各镇（街道）"),
        ("各镇（街道）、园区", "各镇（街道）"),
        ("各乡镇政府、街道办", "各乡镇政府、街道办"),
    ],
)
def test_towns_and_subdistricts_listed_together_are_one_collective(units: str, name: str) -> None:
    doc, _ = extracted(GUIDING + f"一、重点任务\n（一）推进工作。开展专项工作。（责任单位：{units}）\n")
    (r,) = [r for r in doc.tasks[0].responsibilities]
    assert (r.agency.surface, r.agency.type, r.role) == (units, "all_towns", "sole")
    assert r.agency.name.endswith("贵定县" + name)


@pytest.mark.parametrize(
    "note", ["牵头单位列第一位", "牵头部门排在首位", "牵头单位位于第一位", "牵头单位放在第一位"]
)
def test_a_header_naming_the_lead_first_and_its_place_after(note: str) -> None:
    table = (
        "# 富阳区知识产权强区建设任务分解表\n\n为推进知识产权强区建设，制定本任务分解表。\n\n"
        f"| 序号 | 工作任务 | 责任单位（{note}） | 完成时限 |\n|---|---|---|---|\n"
        "| 1 | 推进专利导航 | 区市场监管局、区科技局、区经信局 | 2025年底 |\n"
        "| 2 | 开展宣传周活动 | 区委宣传部 | 每年4月 |\n"
    )
    doc, _ = extracted(table, "plan.md")
    got = {t.path: [(r.agency.surface, r.role) for r in t.responsibilities] for t in doc.tasks}
    assert got["表1.1"] == [("区市场监管局", "lead"), ("区科技局", "support"), ("区经信局", "support")]
    assert got["表1.2"] == [("区委宣传部", "sole")]


def test_a_marked_unit_leads_the_list() -> None:
    got = plan_units(
        LINWEI,
        "一、重点任务\n（一）推进质押融资。开展质押融资。（责任单位：区金融办*、区财政局）\n"
        "（二）推进质押融资。开展质押融资。（责任单位：区财政局、区金融办★、人行临渭支行）\n"
        "（三）推进质押融资。开展质押融资。责任单位：区金融办＊，区财政局\n"
        "注：责任单位中标★的为牵头单位。\n",
    )
    assert got["一.(一)"] == [("区金融办", "lead", "annotation"), ("区财政局", "support", "annotation")]
    assert got["一.(二)"] == [
        ("区财政局", "support", "annotation"),
        ("区金融办", "lead", "annotation"),
        ("人行临渭支行", "support", "annotation"),
    ]
    assert got["一.(三)"] == [("区金融办", "lead", "annotation"), ("区财政局", "support", "annotation")]


def test_answering_before_carrying_out_is_no_part_of_a_name() -> None:
    got = plan_units(
        DALI,
        "一、重点任务\n（一）推进保护。开展执法检查。各乡镇（街道）、各有关部门负责抓好落实。\n"
        "（二）推进保护。开展执法检查。（州市场监管局负责组织落实）\n",
    )
    assert got["一.(一)"] == [
        ("各乡镇（街道）", "joint", "annotation"),
        ("各有关部门", "joint", "annotation"),
    ]
    assert got["一.(二)"] == [("州市场监管局", "sole", "annotation")]


@pytest.mark.parametrize(
    "words",
    [
        "（州市场监管局、州公安局按职责分工负责，州市场监管局牵头）",
        "州市场监管局、州公安局按职责分工负责，州市场监管局牵头。",
    ],
)
def test_a_lead_named_again_after_the_units_sharing_the_work_leads_once(words: str) -> None:
    got = plan_units(DALI, f"一、重点任务\n（一）推进保护。开展执法检查。{words}\n")
    assert sorted(got["一.(一)"]) == [
        ("州公安局", "support", "annotation"),
        ("州市场监管局", "lead", "annotation"),
    ]
