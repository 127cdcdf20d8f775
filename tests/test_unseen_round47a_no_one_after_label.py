"""Round 47 (a): other wordings of the 延吉 scheme's stacked 责任单位 cells (牵头：A ↵ 配合：B、C) found a label
whose value is a placeholder for no body (配合：无, 配合单位：暂无, 不涉及) read as a helper named 无. A whole unit
cell so written named no one already (document_types.yaml task_table_columns no_one); after a label, in a
cell's line or a note, the placeholder is no body either (policykg/extract/agency_names.py ``names_no_one``).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.agency_lists import parse_agency_list
from tests.formats import to_docx
from tests.plans import extracted, named_units

_NO_ONE = ("无", "暂无", "不涉及", "没有", "无。")
_LABELS = (("牵头：", "配合："), ("牵头单位：", "配合单位："), ("主责：", "协同："))


def _roles(words: str, lines: bool) -> list[tuple[str, str]]:
    mentions, _ = parse_agency_list(words, 0, len(words), lines=lines)
    return [(words[m.span[0] : m.span[1]], m.role) for m in mentions]


@settings(max_examples=30, deadline=None)
@given(
    placeholder=st.sampled_from(_NO_ONE),
    labels=st.sampled_from(_LABELS),
    parted=st.sampled_from(("\n", "；", "，", " ")),
)
def test_a_placeholder_after_a_label_names_no_one(
    placeholder: str, labels: tuple[str, str], parted: str
) -> None:
    lead, helpers = labels
    words = f"{lead}市市场监督管理局{parted}{helpers}{placeholder}"
    assert _roles(words, lines=parted == "\n") == [("市市场监督管理局", "lead")]


def test_a_body_whose_name_holds_the_word_is_named() -> None:
    assert _roles("牵头单位：市市场监督管理局；配合单位：市无线电管理局", lines=False) == [
        ("市市场监督管理局", "lead"),
        ("市无线电管理局", "support"),
    ]


def test_in_a_word_tables_stacked_cell_and_in_a_note() -> None:
    table = [
        ["序号", "工作措施", "责任单位", "完成时限"],
        ["1", "开展知识产权纠纷人民调解工作。", "牵头：市司法局\n配合：无", "2025年12月底前"],
    ]
    doc, _ = extracted(to_docx(["某某市知识产权工作方案", "一、重点任务"], table), "plan.docx")
    assert [u for units in named_units(doc).values() for u in units] == [("市司法局", "lead", "table")]
    doc, _ = extracted(
        "某某市知识产权工作方案\n一、重点任务\n1.开展保护工作。（牵头单位：市公安局；配合单位：暂无）\n"
    )
    assert [u[:2] for units in named_units(doc).values() for u in units] == [("市公安局", "lead")]
