"""Round 47 (a): other wordings of the 延吉 scheme's stacked 责任单位 cells found the lead named only in a bracket
closing the list, the bodies listed being its helpers (市公安局、市司法局（市市场监督管理局牵头）, or the bracket
on the cell's last line). A bracket naming again a listed body as the lead was read already (县发改局、县财政局
（县发改局牵头）); one naming another body was taken into the last name (市司法局（市市场监督管理局牵头）, a
body of no one's) and the rest read as sharing the work. The body the bracket names leads, those listed
support it (policykg/extract/agency_lists.py ``_lead_not_listed``).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.agency_lists import parse_agency_list
from tests.plans import extracted, named_units

_LISTED = ("市公安局", "市司法局", "市财政局", "各街道办事处、镇人民政府")
_LEAD = "市市场监督管理局"


def _roles(words: str, lines: bool = False) -> set[tuple[str, str]]:
    mentions, _ = parse_agency_list(words, 0, len(words), lines=lines)
    return {(words[m.span[0] : m.span[1]], m.role) for m in mentions}


@settings(max_examples=30, deadline=None)
@given(
    listed=st.integers(min_value=1, max_value=4),
    brackets=st.sampled_from((("（", "）"), ("(", ")"))),
    cell=st.booleans(),
    label=st.sampled_from(("", "责任单位：")),
)
def test_a_lead_named_only_in_the_closing_bracket_leads_those_listed(
    listed: int, brackets: tuple[str, str], cell: bool, label: str
) -> None:
    bodies = _LISTED[:listed]
    note = f"{brackets[0]}{_LEAD}牵头{brackets[1]}"
    words = label + ("\n".join([*bodies, note]) if cell else "、".join(bodies) + note)
    assert _roles(words, lines=cell) == {(_LEAD, "lead"), *((body, "support") for body in bodies)}


def test_a_bracket_with_no_leading_body_stays_the_names() -> None:
    # the lead named again among the listed, as before; a bracket of work, no body's role
    assert _roles(f"{_LEAD}、市公安局（{_LEAD}牵头）") == {(_LEAD, "lead"), ("市公安局", "support")}
    assert _roles("市财政局（负责资金保障）") == {("市财政局", "sole")}


def test_in_a_plans_note() -> None:
    doc, _ = extracted(
        "某某市知识产权工作方案\n一、重点任务\n"
        f"1.开展知识产权执法检查。（责任单位：市公安局、市文化广播电视和旅游局（{_LEAD}牵头））\n"
    )
    assert {u[:2] for units in named_units(doc).values() for u in units} == {
        (_LEAD, "lead"),
        ("市公安局", "support"),
        ("市文化广播电视和旅游局", "support"),
    }
