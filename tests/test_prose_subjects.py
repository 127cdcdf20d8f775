"""Agencies in subject position in a task's prose, with no obligation cue (要, 负责 …) after the name: small
plans written for the tests (district, county and city plans).

An agency (or several, joined by 、/和/与) opening a clause and followed by a time or manner adverbial (每年,
于…前, 在…), a preposition (对, 联合, 为 …) or an action verb (开展, 安排, 举办 …) is responsible for the task,
as the prose rule records it (role implicit, basis prose). A name that is an object (支持区市场监管局…), part
of a longer noun phrase (区市场监管局的工作人员, 区市场监管局网站) or a word that names no body (企业, 全区)
obliges nobody; an annotation keeps its precedence over the prose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ontology.vocab import DATA_DIR, agency_vocabulary, role_vocabulary
from policykg.errors import DataFileError
from policykg.extract.agency_names import agency_subject, cueless_subject, looks_like_agency, may_end_names
from policykg.extract.obligations import _subject_names, find_prose_obligations, may_name_subject
from policykg.models import Document
from tests.plans import extracted, named_units

_ORDINALS = "一二三四五六七八九十"


def _plan(title: str, items: list[str], signature: str = "") -> str:
    """A title line, one intro sentence, 一、重点任务 and the items as （一）…, （二）…"""
    body = "\n".join(f"（{_ORDINALS[i]}）{item}" for i, item in enumerate(items))
    tail = f"\n{signature}\n2024年3月1日\n" if signature else "\n"
    return f"{title}\n为加强知识产权工作，制定本方案。\n一、重点任务\n{body}{tail}"


def _named(plan: str) -> dict[str, list[tuple[str, str, str]]]:
    doc, _ = extracted(plan)
    return named_units(doc)


def _prose(*surfaces: str) -> list[tuple[str, str, str]]:
    return [(s, "implicit", "prose") for s in surfaces]


# --- the name is followed by an adverbial, a preposition or an action verb -----------------------------

DISTRICT = _plan(
    "某区知识产权强区建设工作方案",
    [
        "加强评估。区市场监管局每年对专利质押融资工作开展评估。",
        "打击侵权假冒。区知识产权局联合区公安分局开展打击侵权假冒专项行动。",
        "加强人才培养。区人社局举办知识产权人才培训班。",
        "强化资金保障。区科技局、区财政局每季度对项目资金使用情况开展检查。",
        "推进专利转化。区科技局和区工信局联合举办专利转化对接活动。",
        "加强宣传。同时，区委宣传部在全区开展知识产权宣传周活动。",
        "优化服务。一是区市场监管局（知识产权局）为企业提供专利预警服务；二是区金融局按季度通报质押融资情况。",
        "加强培训。县委组织部每年举办领导干部知识产权专题培训。",
        "强化督查。区政府办公室每半年通报任务进展情况。",
        "完善制度。区市场监管局年内制定专利侵权纠纷行政裁决办法。",
    ],
)


def test_an_agency_followed_by_an_adverbial_a_preposition_or_a_verb_is_responsible() -> None:
    named = _named(DISTRICT)
    assert named["一.(一)"] == _prose("区市场监管局")  # 每年对…
    assert named[
        "一.(二)"
    ] == [  # 联合…: the partner is not the subject; it supports (test_prose_partners.py)
        ("区知识产权局", "lead", "prose"),
        ("区公安分局", "support", "prose"),
    ]
    assert named["一.(三)"] == _prose("区人社局")  # an action verb directly after the name
    assert named["一.(四)"] == _prose("区科技局", "区财政局")  # names joined by 、
    assert named["一.(五)"] == _prose("区科技局", "区工信局")  # names joined by 和
    assert named["一.(六)"] == _prose("区委宣传部")  # after a joining word (同时，)
    # 一是… / 二是… clauses each keep their own subject (为 and 按)
    assert named["一.(七).一是"] == _prose("区市场监管局（知识产权局）")
    assert named["一.(七).二是"] == _prose("区金融局")
    assert named["一.(八)"] == _prose("县委组织部")  # 组织 inside the name does not end it
    assert named["一.(九)"] == _prose("区政府办公室")  # 区政府 is not read alone
    assert named["一.(十)"] == _prose("区市场监管局")  # 年内


CITY = _plan(
    "某市知识产权强市建设工作方案",
    [
        "做好项目申报。市科技局于每年6月底前组织申报。",
        "加强保护。市市场监管局在全市范围内开展知识产权保护专项行动。",
        "推进协同保护。市中级人民法院与市检察院每年联合发布知识产权司法保护典型案例。",
        "完善政策。市科技局制定专利资助管理办法，市财政每年安排专项资金。",
        "推进专利导航。市科技局依托产业创新平台开展专利导航。",
        "加强协作。县委宣传部、县委组织部每年联合开展知识产权专题培训。",
    ],
)


def test_city_plan_subjects() -> None:
    named = _named(CITY)
    assert named["一.(一)"] == _prose("市科技局")  # 于…前
    assert named["一.(二)"] == _prose("市市场监管局")  # 在…
    assert named["一.(三)"] == _prose("市中级人民法院", "市检察院")  # names joined by 与
    assert named["一.(四)"] == _prose("市科技局", "市财政")  # one clause each
    assert named["一.(五)"] == _prose("市科技局")  # 依托科… is no 科 that ends a name
    assert named["一.(六)"] == _prose("县委宣传部", "县委组织部")


def test_county_finance_is_the_finance_bureau() -> None:
    plan = _plan(
        "如东县知识产权强县建设工作方案",
        ["强化资金保障。县财政每年安排知识产权专项资金500万元。"],
        signature="如东县人民政府",
    )
    doc, _ = extracted(plan)
    task = next(t for t in doc.tasks if t.path == "一.(一)")
    assert [(r.agency.surface, r.agency.name, r.agency.type, r.basis) for r in task.responsibilities] == [
        ("县财政", "南通市如东县财政局", "finance", "prose")
    ]


def test_county_finance_and_finance_bureau_are_one_agency() -> None:
    plan = _plan(
        "如东县知识产权强县建设工作方案",
        [
            "强化资金保障。县财政每年安排知识产权专项资金。",
            "加强绩效管理。县财政局每年对专项资金开展绩效评价。",
        ],
        signature="如东县人民政府",
    )
    doc, _ = extracted(plan)
    found = {t.path: [(r.agency.id, r.basis) for r in t.responsibilities] for t in doc.tasks}
    assert found["一.(一)"] == found["一.(二)"] == [("agency/320623/finance", "prose")]


# --- no body in subject position ------------------------------------------------------------------------

NOBODY = _plan(
    "某区知识产权强区建设工作方案",
    [
        "加强评估。支持区市场监管局开展专利质押融资评估。",
        "推进贯标。鼓励企业每年开展知识产权贯标。",
        "加强督查。对区市场监管局开展的评估工作进行督查。",
        "完善资助。推动市科技局建立专利资助制度。",
        "推进贯标。企业每年开展知识产权贯标认证。",
        "加强宣传。全区每年举办知识产权宣传周活动。",
        "加强培训。区市场监管局的工作人员每年开展业务培训。",
        "公开信息。区市场监管局网站公布侵权典型案例。",
        "用好资金。区财政局安排的专项资金每年用于专利资助。",
        "加强指导。区市场监管局工作人员定期走访企业。",
    ],
)


def test_a_name_that_is_no_subject_obliges_nobody() -> None:
    named = _named(NOBODY)
    for path in named:
        assert named[path] == [], path


def test_a_salutation_obliges_nobody() -> None:
    text = "各有关单位：\n现将《某市知识产权强市建设方案》印发给你们，请认真贯彻执行。"
    assert find_prose_obligations(text, 0, len(text)) == []


def test_about_the_plan_obliges_nobody() -> None:
    plan = _plan(
        "某区知识产权强区建设工作方案",
        ["加强宣传。开展宣传周活动。", "本方案由区市场监管局负责解释，自印发之日起施行。"],
    )
    named = _named(plan)
    assert all(not units for units in named.values())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("各镇（街道）每年开展知识产权宣传活动。", "各镇（街道）"),
        ("各有关部门每年对照任务开展自查。", "各有关部门"),
    ],
)
def test_collectives_read_as_with_a_cue(sentence: str, expected: str) -> None:
    """A collective opening the clause is read as it is before an obligation cue (各有关部门要…)."""
    with_cue = _named(_plan("某区知识产权强区建设工作方案", [f"加强宣传。{expected}要加强宣传。"]))
    named = _named(_plan("某区知识产权强区建设工作方案", [f"加强宣传。{sentence}"]))
    assert with_cue["一.(一)"] == _prose(expected)
    assert named["一.(一)"] == _prose(expected)


# --- an annotation keeps its precedence -----------------------------------------------------------------


@pytest.mark.parametrize(
    "annotation",
    ["〔责任单位：区科技局〕", "（牵头单位：区科技局）", "（责任单位：区科技局）"],
)
def test_an_annotation_keeps_its_precedence(annotation: str) -> None:
    plan = _plan(
        "某区知识产权强区建设工作方案",
        [f"加强评估。区市场监管局每年对专利质押融资工作开展评估。{annotation}"],
    )
    named = _named(plan)
    assert [surface for surface, _, basis in named["一.(一)"]] == ["区科技局"]
    assert all(basis == "annotation" for _, _, basis in named["一.(一)"])


def test_the_rule_is_data() -> None:
    onsets = role_vocabulary().subject_onsets
    assert "每年" in onsets.adverbials
    assert "依托" in onsets.prepositions
    assert {"联合", "会同"} <= set(onsets.partner_words)
    assert "开展" in onsets.verbs
    assert set(onsets.joiners) == {"、", "和", "与"}


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("joiners: [、, 和, 与]", "joiners: [、, 和与]", "single characters"),
        ("prepositions: [对, 向,", "prepositions: [对, 每年, 向,", "listed twice"),
        ("verbs: [开展, 安排,", "verbs: [开展, 要, 安排,", "repeat obligation cues"),
    ],
)
def test_a_bad_onset_list_names_itself(tmp_path: Path, old: str, new: str, message: str) -> None:
    text = (DATA_DIR / "roles.yaml").read_text(encoding="utf-8")
    assert old in text
    broken = tmp_path / "roles.yaml"
    broken.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as info:
        role_vocabulary(broken)
    assert "roles.yaml" in str(info.value)


def _doc(plan: str) -> Document:
    return extracted(plan)[0]


def test_evidence_is_the_clause() -> None:
    doc = _doc(DISTRICT)
    task = next(t for t in doc.tasks if t.path == "一.(一)")
    (r,) = task.responsibilities
    assert r.quote == "区市场监管局每年对专利质押融资工作开展评估"
    assert r.form == "prose"


_PIECES = st.sampled_from(
    [
        "区",
        "市",
        "县",
        "市场监管局",
        "科技局",
        "各",
        "镇",
        "有关",
        "部门",
        "等",
        "（知识产权局）",
        "网站",
        "企业",
        "开展",
        "中心",
        "工作",
        "直",
        "成员单位",
        "和",
        "、",
        "人民政府",
        "全区",
        "每年",
        "街道",
    ]
)


@given(st.lists(_PIECES, min_size=1, max_size=6))
def test_the_quick_name_test_never_drops_a_name(pieces: list[str]) -> None:
    # may_end_names is the cheap pre-test before the full name rules: whatever those accept, it accepts
    name = "".join(pieces)
    if looks_like_agency(name):
        assert may_end_names(name, 0, len(name))


_SUBJECT_PIECES = st.sampled_from(
    [
        "区",
        "县",
        "市场监管局",
        "科技",
        "财政部门",
        "各镇",
        "有关",
        "相关",
        "等",
        "其他",
        "单位",
        "（知识产权局）",
        "（",
        "）",
        "、",
        "和",
        "与",
        "由",
        "1.",
        " ",
        "\u3000",
        "企业",
        "工作",
        "网站",
    ]
)


@given(st.lists(_SUBJECT_PIECES, min_size=1, max_size=8).map("".join), st.booleans())
@example("区市场监管局等其他", False)
@example("区市场监管局 、 ", False)
def test_the_quick_subject_test_never_drops_a_subject(text: str, cueless: bool) -> None:
    # a cue is read for the names before it only when may_name_subject accepts them: whatever the name rules
    # find there (区财政局、, 区财政局等其他 included), it accepts
    ok = cueless_subject if cueless else agency_subject
    if _subject_names(text, 0, len(text), ok):
        assert may_name_subject(text, 0, len(text))


def test_a_numbering_marker_is_not_part_of_the_subject() -> None:
    plan = (
        "浙江省丽水市遂昌县知识产权工作方案\n一、重点任务\n（一）加强保护。开展执法行动。\n二、保障措施\n"
        "（一）县市场监管局要加强统筹协调。\n（二）县市场监管局牵头，县科技局配合，开展专项检查。\n"
    )
    doc, _ = extracted(plan)
    named = named_units(doc)
    assert named["二.(一)"] == [("县市场监管局", "implicit", "prose")]
    assert [(s, role) for s, role, _ in named["二.(二)"]] == [
        ("县市场监管局", "lead"),
        ("县科技局", "support"),
    ]
    tasks = {t.path: t for t in doc.tasks}
    assert tasks["二.(一)"].responsibilities[0].agency.name == "丽水市遂昌县市场监督管理局"


@given(st.data())
def test_the_quick_name_test_accepts_every_collective_the_data_defines(data: st.DataObject) -> None:
    # may_end_names mirrors the collectives of agency_types.yaml (their heads and end words): a collective
    # added there that it would refuse fails here
    entry = data.draw(st.sampled_from(agency_vocabulary().collectives))
    name = data.draw(st.from_regex(entry.pattern, fullmatch=True).filter(lambda n: "\n" not in n))
    if looks_like_agency(name):
        assert may_end_names(name, 0, len(name)), (entry.id, name)


@given(
    st.lists(
        st.one_of(
            st.sampled_from(role_vocabulary().host_patterns),
            st.sampled_from(role_vocabulary().host_patterns).map(lambda p: p[1:]),
            st.sampled_from(["区市场监管局", "，", "办公室", "设在", "日常"]),
        ),
        max_size=5,
    ).map("".join)
)
def test_the_quick_host_test_finds_every_host_pattern(text: str) -> None:
    # a clause is read for the office's host only when the quick test finds a host pattern in it
    from policykg.extract.obligations import _hosts

    assert (_hosts().search(text) is not None) == any(p in text for p in role_vocabulary().host_patterns)


def test_a_sentence_read_again_gives_the_same_obligations() -> None:
    """Sentences are kept once read (a task's clauses are read again with its paragraph): a second reading,
    alone or within its paragraph, gives the same obligations, in a list of its own."""
    text = "一是区市场监管局要加强执法；二是开展宣传。区财政局每年安排资金，区科技局配合。"
    whole = find_prose_obligations(text, 0, len(text))
    clause = find_prose_obligations(text, 0, text.index("；") + 1)
    assert [text[a:b] for ob in whole for a, b in ob.mentions] == ["区市场监管局", "区财政局"]
    assert clause == whole[:1]
    whole.clear()
    assert find_prose_obligations(text, 0, len(text))[:1] == clause
