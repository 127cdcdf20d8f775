"""Round 16, role clauses and prose obligations in one task paragraph, on plans written for the tests.

A county 工作要点 whose task paragraphs name several bodies in running prose, some with a role word (牵头,
配合, 负责, 按职责分工负责, 指导) and some with a plain obligation. Before, one body of each was lost:

- helpers with no lead going on with their work (县法院配合做好诉调对接工作。): no unit at all, the run of
  role clauses was dropped for naming no lead and no prose rule reads a body closed by 配合;
- helpers after a clause obliging a body in prose (…，县司法局负责指导，县法院配合。) or after a guiding body
  (…，县司法局指导，县法院配合做好诉调对接。): 县法院 lost, the role clause inside a longer sentence dropped;
- a role sentence after a clause of its own sentence run (县财政局负责落实风险补偿资金；县金融服务中心按职责分工
  负责。, 县公安局负责刑事打击；县市场监管局牵头，县文旅局配合。): read as a note standing apart, which left the
  prose before it to the note, so 县财政局 and 县公安局 were lost;
- a lead going on with its work with no helpers after it (县市场监管局牵头开展专项整治，县公安局负责刑事打击。):
  read as prose, 县市场监管局 implicit instead of lead; and the units after its partner word in the next clause
  (由县市场监管局牵头，联合县公安局开展…) lost.

Decisions (roles as ontology/data/roles.yaml models them):

- 配合 / 指导 closing a body's names (also when its work follows: 县法院配合做好…) make it `support`, as
  区财政局积极配合。 and （市知识产权局指导） already do: a guiding body takes part without carrying the work;
  helpers alone with nobody leading stay `support` (as a note （县财政局配合） alone does).
- A body obliged in prose beside a note or role clause is `implicit` prose, as before; where a note naming only
  helpers closes its sentence (县市场监管局要加大执法力度（县财政局配合）) it leads them (`lead`, prose), and so
  does the one body a sentence obliges before units and a support word closing it (县司法局负责指导，县法院
  配合。: both prose, one reading of the sentence; round 20).
- 牵头 after a body's names makes it `lead` whether helpers follow or the work does (牵头开展…); units after its
  partner word (会同, 联合, 协同, 携手) support it, as in the prose reading A牵头会同B开展….
- 按职责分工负责 with no lead named stays `joint`; the body that 负责 its own part in the clause before is `implicit`
  prose (a clause, not a note, names it).
- A bracketed note, or a role sentence after a full stop (…开展评估。区科技局负责。), still speaks for the prose
  before it (tests/test_prose_subjects.py test_an_annotation_keeps_its_precedence); a role sentence only
  after ； in the same sentence run does not: the clause before it names its own body.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.vocab import DATA_DIR, role_vocabulary
from policykg.errors import DataFileError
from tests.plans import extracted, named_units

_ORDINALS = "一二三四五六七八九十"


def _plan(items: list[str]) -> str:
    """A county 工作要点 whose first chapter holds ``items`` as （一）…, （二）…"""
    body = "\n".join(f"（{_ORDINALS[i]}）{item}" for i, item in enumerate(items))
    return (
        "某某县2025年知识产权工作要点\n为加快推进知识产权强县建设，结合我县实际，制定本要点。\n"
        f"一、加强知识产权保护\n{body}\n二、保障措施\n县财政局要加强经费保障。\n"
    )


def _units(items: list[str]) -> dict[str, set[tuple[str, str, str]]]:
    doc, _ = extracted(_plan(items), "plan.txt")
    return {path: set(units) for path, units in named_units(doc).items()}


HELPERS = [
    "推进知识产权纠纷调解。县法院配合做好诉调对接工作。",
    "推进知识产权纠纷调解。建立诉调对接机制，县司法局负责指导，县法院配合。",
    "推进知识产权纠纷调解。推动设立调解委员会，县司法局指导，县法院配合做好诉调对接。",
    "强化执法保障。一是县市场监管局要加大执法力度；二是县财政局配合做好经费保障。",
    "推广知识产权保险。县金融服务中心积极配合落实风险补偿资金。",
    "推进专利导航。县科技局指导开展专利导航，县工信局指导企业开展专利布局。",
]


def test_helpers_with_no_lead_going_on_with_their_work() -> None:
    units = _units(HELPERS)
    assert units["一.(一)"] == {("县法院", "support", "annotation")}
    assert units["一.(四).二是"] == {("县财政局", "support", "annotation")}
    assert units["一.(四).一是"] == {("县市场监管局", "implicit", "prose")}
    assert units["一.(五)"] == {("县金融服务中心", "support", "annotation")}  # 配合 | 落实…
    # 指导 with no lead before it is the body's own work, as before: a prose obligation
    assert units["一.(六)"] == {("县科技局", "implicit", "prose"), ("县工信局", "implicit", "prose")}


def test_helpers_alone_is_data(tmp_path: Path) -> None:
    assert "配合" in role_vocabulary().helpers_alone
    assert "指导" not in role_vocabulary().helpers_alone
    text = (DATA_DIR / "roles.yaml").read_text(encoding="utf-8")
    old = "helpers_alone: [积极配合,"
    assert old in text
    broken = tmp_path / "roles.yaml"
    broken.write_text(text.replace(old, "helpers_alone: [帮助, 积极配合,"), encoding="utf-8")
    with pytest.raises(DataFileError, match="no support suffix") as info:
        role_vocabulary(broken)
    assert "roles.yaml" in str(info.value)


def test_helpers_after_a_body_obliged_in_prose() -> None:
    """The body obliged in the sentence the helpers close leads them. The sentence is one prose reading
    (obligations.py: the helpers are its subject's partners, as after 会同), in a paragraph as in a table row
    or a 一是 clause, so the helpers are prose too (they were a role clause here, a note beside the prose)."""
    assert _units(HELPERS)["一.(二)"] == {("县法院", "support", "prose"), ("县司法局", "lead", "prose")}


def test_a_guiding_body_and_helpers() -> None:
    assert _units(HELPERS)["一.(三)"] == {
        ("县司法局", "support", "annotation"),
        ("县法院", "support", "annotation"),
    }


RUNS = [
    "推广知识产权保险。县财政局负责落实风险补偿资金；县金融服务中心按职责分工负责。",
    "严厉打击侵权假冒。县公安局负责刑事打击；县市场监管局牵头，县文旅局配合。",
    "加强专利质押融资评估。县市场监管局每年对专利质押融资工作开展评估。县科技局负责。",
    "加强专利质押融资评估。县市场监管局每年对专利质押融资工作开展评估；（县科技局负责）",
    "严厉打击侵权假冒。县公安局负责刑事\n打击；县市场监管局牵\n头，县文旅局配合。",  # wrapped lines
]


def test_a_role_sentence_after_a_clause_of_its_run() -> None:
    """The clause before ； names its own body; the role sentence names the others."""
    units = _units(RUNS)
    assert units["一.(一)"] == {("县财政局", "implicit", "prose"), ("县金融服务中心", "joint", "annotation")}
    assert units["一.(二)"] == {
        ("县公安局", "implicit", "prose"),
        ("县市场监管局", "lead", "annotation"),
        ("县文旅局", "support", "annotation"),
    }
    # a role sentence after a full stop and a bracketed note keep their precedence over the prose before
    assert units["一.(三)"] == {("县科技局", "sole", "annotation")}
    assert units["一.(四)"] == {("县科技局", "sole", "annotation")}
    # a line break inside the paragraph is a wrap, no full stop
    assert ("县公安局", "implicit", "prose") in units["一.(五)"]
    assert ("县市场监管局", "lead", "annotation") in units["一.(五)"]


LEADS = [
    "严厉打击侵权假冒。县市场监管局牵头开展专项整治，县公安局负责刑事打击。",
    "严厉打击侵权假冒。由县市场监管局牵头，联合县公安局、县人民法院开展专项整治。",
    "严厉打击侵权假冒。县市场监管局牵头会同县公安局开展专项整治，县检察院配合。",
    "严厉打击侵权假冒。县市场监管局牵头，会同县公安局开展专项整治，县文旅局配合做好市场巡查。",
]


def test_a_lead_going_on_with_its_work_alone() -> None:
    assert _units(LEADS)["一.(一)"] == {
        ("县市场监管局", "lead", "annotation"),
        ("县公安局", "implicit", "prose"),
    }


def test_partners_after_a_lead_support_it() -> None:
    units = _units(LEADS)
    assert units["一.(二)"] == {
        ("县市场监管局", "lead", "annotation"),
        ("县公安局", "support", "annotation"),
        ("县人民法院", "support", "annotation"),
    }
    assert units["一.(三)"] == {
        ("县市场监管局", "lead", "annotation"),
        ("县公安局", "support", "annotation"),
        ("县检察院", "support", "annotation"),
    }
    assert units["一.(四)"] == {
        ("县市场监管局", "lead", "annotation"),
        ("县公安局", "support", "annotation"),
        ("县文旅局", "support", "annotation"),
    }


_BODIES = [
    "县市场监管局",
    "县公安局",
    "县司法局",
    "县人民法院",
    "县财政局",
    "县科技局",
    "县文旅局",
    "县农业农村局",
]
_WORKS = ["开展专项整治", "做好诉调对接", "落实风险补偿资金", "加强执法协作"]

#: Paragraph shapes over bodies A, B, C and works: the text and the (body, role) each shape gives.
_SHAPES = {
    "{a}配合{w1}。": {("a", "support")},
    "{w1}，{a}指导，{b}配合{w2}。": {("a", "support"), ("b", "support")},
    "{w1}，{a}负责指导，{b}配合。": {("a", "lead"), ("b", "support")},
    "{a}负责{w1}；{b}按职责分工负责。": {("a", "implicit"), ("b", "joint")},
    "{a}负责{w1}；{b}牵头，{c}配合。": {("a", "implicit"), ("b", "lead"), ("c", "support")},
    "{a}牵头{w1}，{b}负责{w2}。": {("a", "lead"), ("b", "implicit")},
    "由{a}牵头，联合{b}{w1}。": {("a", "lead"), ("b", "support")},
}


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(sorted(_SHAPES)),
    st.lists(st.sampled_from(_BODIES), min_size=3, max_size=3, unique=True),
    st.lists(st.sampled_from(_WORKS), min_size=2, max_size=2, unique=True),
)
def test_every_body_of_a_paragraph_keeps_its_role(shape: str, bodies: list[str], works: list[str]) -> None:
    """Whatever the bodies and their work, each body a task paragraph names is read with its role."""
    a, b, c = bodies
    item = "加强知识产权保护工作。" + shape.format(a=a, b=b, c=c, w1=works[0], w2=works[1])
    found = {(surface, role) for surface, role, _ in _units([item])["一.(一)"]}
    by_letter = {"a": a, "b": b, "c": c}
    assert found == {(by_letter[x], role) for x, role in _SHAPES[shape]}


_CLAUSE_PIECES = st.sampled_from(
    [
        "县法院",
        "县市场监管局",
        "、",
        "等",
        "积极",
        "配合",
        "协助",
        "参与",
        "做好",
        "诉调对接",
        "工作",
        "企业",
        "（牵头）",
        "，",
        "牵头",
        "负责",
        "（",
        "）",
        "各部门",
        "要",
        "【",
        " ",
        "县科技局",
    ]
)


@settings(max_examples=400)
@given(st.lists(_CLAUSE_PIECES, min_size=1, max_size=7).map("".join), st.booleans())
def test_support_prefix_quick_test_drops_nothing(clause: str, alone: bool) -> None:
    """The quick test before the names are parsed (may the words before the support word end a name?)
    rejects only what the parse rejects."""
    from unittest import mock

    from policykg.extract import role_clauses

    quick = role_clauses._support_prefix(clause, 0, len(clause), alone=alone)
    with mock.patch.object(role_clauses, "may_end_names", return_value=True):
        full = role_clauses._support_prefix(clause, 0, len(clause), alone=alone)
    assert quick == full
