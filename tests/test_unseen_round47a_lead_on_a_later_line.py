"""Round 47 (a): in a task table's 责任单位 cell listing one body a paragraph, the lead marked with a bracketed
role word (市市场监督管理局（牵头）) stood first in the 延吉 scheme; written on a later line (市司法局 ↵
市市场监督管理局（牵头） ↵ 市公安局), the bracket closing its line was read as closing a group after a comma
(A、B（牵头），C: both lead), so the bodies on the lines above it led too. A bracket closing a line speaks for
the name on that line alone, as one followed by 、 does (A、B（牵头）、C: B leads, A and C support)
(policykg/extract/agency_lists.py ``_bracket_owners``), or for the names on its line when it holds several
(A ↵ B、C（牵头） ↵ D).
"""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.agency_lists import parse_agency_list
from tests.formats import to_docx
from tests.plans import extracted, named_units

_BODIES = ("市司法局", "市公安局", "市财政局", "市教育局", "市商务局")
_LEAD = "市市场监督管理局"
_MARKS = ("（牵头）", "(牵头)", "（牵头单位）", "（主责）", "〔牵头〕")


def _cell_roles(cell: str) -> list[tuple[str, str]]:
    mentions, _ = parse_agency_list(cell, 0, len(cell), lines=True)
    return [(cell[m.span[0] : m.span[1]], m.role) for m in mentions]


@settings(max_examples=40, deadline=None)
@given(
    above=st.integers(min_value=1, max_value=3),
    below=st.integers(min_value=0, max_value=2),
    mark=st.sampled_from(_MARKS),
    label=st.sampled_from(("", "责任单位：")),
)
def test_a_lead_marked_on_a_later_line_leads_alone(above: int, below: int, mark: str, label: str) -> None:
    others = list(_BODIES[: above + below])
    lines = [*others[:above], _LEAD + mark, *others[above:]]
    roles = _cell_roles(label + "\n".join(lines))
    assert roles == [
        (body, "lead" if body == _LEAD else "support") for body in [*others[:above], _LEAD, *others[above:]]
    ]


def test_a_lead_on_the_first_line_and_groups_after_commas_read_as_before() -> None:
    assert _cell_roles(f"{_LEAD}（牵头）\n市公安局\n市司法局") == [
        (_LEAD, "lead"),
        ("市公安局", "support"),
        ("市司法局", "support"),
    ]
    # a group closed by its bracket before a comma: the group's (A、B（牵头），C、D: both lead)
    assert _cell_roles(f"市公安局、{_LEAD}（牵头），市司法局、市财政局") == [
        ("市公安局", "lead"),
        (_LEAD, "lead"),
        ("市司法局", "support"),
        ("市财政局", "support"),
    ]


def _docx(lines: list[str]) -> bytes:
    table = [
        ["序号", "工作措施", "责任单位", "完成时限"],
        ["1", "开展知识产权纠纷人民调解工作。", "\n".join(lines), "2025年12月底前"],
    ]
    return to_docx(["某某市知识产权工作方案", "一、重点任务"], table, cell_paragraphs=True)


def _html(lines: list[str]) -> bytes:
    cell = "<br>".join(html.escape(line) for line in lines)
    return (
        "<html><head><meta charset='utf-8'></head><body><p>某某市知识产权工作方案</p><p>一、重点任务</p>"
        "<table border='1'><tr><td>序号</td><td>工作措施</td><td>责任单位</td><td>完成时限</td></tr>"
        f"<tr><td>1</td><td>开展知识产权纠纷人民调解工作。</td><td>{cell}</td><td>2025年12月底前</td></tr>"
        "</table></body></html>"
    ).encode()


def test_in_a_word_cells_paragraphs_and_a_web_pages_line_breaks() -> None:
    lines = ["市司法局", f"{_LEAD}（牵头）", "市公安局"]
    for data, name in ((_docx(lines), "plan.docx"), (_html(lines), "plan.html")):
        doc, _ = extracted(data, name)
        units = [(s, r) for found in named_units(doc).values() for s, r, _ in found]
        assert units == [("市司法局", "support"), (_LEAD, "lead"), ("市公安局", "support")], name


def test_a_group_closed_by_its_bracket_on_a_later_line_is_that_lines() -> None:
    # A ↵ B、C（牵头） ↵ D: the names on the bracket's line lead, not the line above
    assert _cell_roles(f"市司法局\n市公安局、{_LEAD}（牵头）\n市财政局") == [
        ("市司法局", "support"),
        ("市公安局", "lead"),
        (_LEAD, "lead"),
        ("市财政局", "support"),
    ]
