"""Round 20: a sentence obliging one body and closed by units and a support word alone (县市场监管局负责专利
行政执法，县公安局配合。) is read by one rule, the prose rule (obligations.py), wherever it stands.

Plans write this sentence in a task's paragraph, in a 一是…；二是… clause of a task, in the sentence under a
heading that has items below it, and in the measures cell of a task table. Before, two rules read it: the
role-clause rule took the helpers as a note of their own wherever role clauses are read (task paragraphs),
and the prose rule read the subject and its helpers together elsewhere (table rows, clauses, 由B协助). So:

- in a 一是 clause the helpers were the clause's only unit, the body that carries the work lost
  (一是县市场监管局负责专利执法，县公安局配合；… → 县公安局 support alone);
- under a heading whose sentence it is, the helpers' note covered the items below it, which were left with
  helpers and no lead, while the same sentence without helpers gives the items nothing of the heading's;
- the same sentence gave its helpers basis annotation in a paragraph and prose in a table row.

Now the sentence is one reading everywhere: its subject leads, the helpers support, both prose with the
sentence as evidence; helpers alone with no subject before them (县法院配合做好诉调对接工作, …，县司法局指导，
县法院配合做好…) stay the role-clause rule's.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units

_HEAD = "青田县2025年知识产权工作要点\n为深入推进知识产权强县建设，结合我县实际，制定本要点。\n一、重点任务\n"


def _units(text: str) -> dict[str, set[tuple[str, str, str]]]:
    doc, _ = extracted(text)
    return {path: set(found) for path, found in named_units(doc).items()}


def test_a_clause_keeps_the_body_its_helpers_support() -> None:
    units = _units(
        _HEAD + "（一）强化知识产权保护。一是县市场监管局负责专利侵权纠纷行政裁决，县公安局配合；"
        "二是县人民法院负责知识产权案件审理，县司法局协助。\n"
    )
    assert units["一.(一).一是"] == {("县市场监管局", "lead", "prose"), ("县公安局", "support", "prose")}
    assert units["一.(一).二是"] == {("县人民法院", "lead", "prose"), ("县司法局", "support", "prose")}


def test_helpers_closing_the_sentence_after_the_clauses() -> None:
    """一是…；二是…。 then the sentence naming who does them: its subject leads the last clause it closes."""
    units = _units(
        _HEAD + "（一）完善公共服务。一是建设知识产权公共服务网点；二是开展知识产权业务培训。"
        "县市场监管局负责网点建设和培训工作，县人社局配合。\n"  # work after 负责 (负责组织实施 is a role word)
    )
    assert units["一.(一).二是"] == {("县市场监管局", "lead", "prose"), ("县人社局", "support", "prose")}


def test_the_items_under_the_sentence_get_no_helpers_without_their_lead() -> None:
    """The heading's sentence names its subject and helpers for the heading; the items below it are named as
    they are under the same sentence without helpers."""
    items = "\n1.开展知识产权执法专项行动。\n2.加强展会知识产权保护。\n"
    helped = _units(_HEAD + "（一）加强专利执法。县市场监管局负责统筹推进，县公安局配合。" + items)
    alone = _units(_HEAD + "（一）加强专利执法。县市场监管局负责统筹推进。" + items)
    assert helped["一.(一)"] == {("县市场监管局", "lead", "prose"), ("县公安局", "support", "prose")}
    assert helped["一.(一).1"] == alone["一.(一).1"]
    assert helped["一.(一).2"] == alone["一.(一).2"]


def _paragraph(sentence: str) -> str:
    return _HEAD + f"（一）加强专利执法。{sentence}。\n"


def _clause(sentence: str) -> str:
    return _HEAD + f"（一）加强专利执法。一是{sentence}；二是开展知识产权宣传培训。\n"


def _row(sentence: str) -> str:
    return (
        "青田县知识产权强县建设工作任务分工\n为深入推进知识产权强县建设，制定本分工。\n一、重点任务分工\n"
        "序号\t工作任务\t完成时限\t责任单位\t具体措施\n"
        f"1\t加强专利执法\t2025年底前\t/\t{sentence}\n"
    )


def _read_in(place: str, sentence: str) -> set[tuple[str, str, str]]:
    """The units of the one task (or clause) that holds ``sentence`` in ``place``."""
    if place == "paragraph":
        return _units(_paragraph(sentence))["一.(一)"]
    if place == "clause":
        return _units(_clause(sentence))["一.(一).一是"]
    return _units(_row(sentence))["一.表1.1"]


def test_one_reading_in_a_paragraph_a_clause_and_a_table_row() -> None:
    sentence = "县市场监管局负责专利行政执法，县公安局、县人民检察院配合"
    expected = {
        ("县市场监管局", "lead", "prose"),
        ("县公安局", "support", "prose"),
        ("县人民检察院", "support", "prose"),
    }
    for place in ("paragraph", "clause", "row"):
        assert _read_in(place, sentence) == expected, place


_SUBJECTS = st.sampled_from(["县市场监管局", "县科技局", "县农业农村局", "县财政局"])
_HELPERS = st.lists(
    st.sampled_from(["县公安局", "县人民法院", "县司法局", "各乡镇人民政府", "县商务局"]),
    min_size=1,
    max_size=3,
    unique=True,
)
_CUES = st.sampled_from(["负责", "要", "每年", "应当"])
_WORDS = st.sampled_from(["配合", "积极配合", "协助", "参与"])


@settings(max_examples=25, deadline=None)
@given(
    subject=_SUBJECTS,
    cue=_CUES,
    helpers=_HELPERS,
    word=_WORDS,
    by=st.sampled_from(["", "由"]),
    place=st.sampled_from(["paragraph", "clause", "row"]),
)
def test_generated_sentences_lead_and_support(
    subject: str, cue: str, helpers: list[str], word: str, by: str, place: str
) -> None:
    """Whatever the cue, the helpers, the support word and where the sentence stands: the subject leads and
    every helper supports, all read from the sentence (prose)."""
    helpers = [h for h in helpers if h != subject]
    sentence = f"{subject}{cue}开展知识产权执法检查，{by}{'、'.join(helpers)}{word}"
    expected = {(subject, "lead", "prose")} | {(h, "support", "prose") for h in helpers}
    assert _read_in(place, sentence) == expected
