"""Round 46 (a district's work points as a wiki page in Markdown): the bodies under a task written as a
definition list (牵头单位 ↵ : 区市场监管局). One definition after its term was read, as a label whose colon
opens the next line; a term with several definitions (配合单位 ↵ : 区财政局 ↵ : 区教育局) lost all but the first,
and the tilde pandoc also takes for a definition's mark (牵头单位 ↵ ~ 区科技局) was read as no label at all; the
same list written in HTML (<dl><dt>牵头单位</dt><dd>…</dd>…, in a page or left in Markdown) put each term and
name on lines of their own and gave the lead's role to the helper below it. The Markdown and HTML loaders now
write a definition list's term and definitions as one label line (definition_lists.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.definition_lists import definition_lists, html_definition_lists
from tests.plans import extracted, named_units

HEAD = "# 某区2025年知识产权工作要点\n\n## 一、重点任务\n\n"
NAMES = ["区科技局", "区财政局", "区教育局", "区商务局", "区司法局", "区农业农村局"]


def _roles(body: str) -> list[dict[str, str]]:
    doc, _ = extracted(HEAD + body, "plan.md")
    return [{s: role for s, role, _ in found} for found in named_units(doc).values() if found]


def test_a_term_with_two_definitions_names_both() -> None:
    body = (
        "**1. 推进专利转化。**开展供需对接。\n\n牵头单位\n: 区科技局\n\n配合单位\n: 区财政局\n: 区教育局\n\n"
        "**2. 加强宣传。**开展宣传活动。\n\n责任单位\n: 区商务局\n"
    )
    assert _roles(body) == [
        {"区科技局": "lead", "区财政局": "support", "区教育局": "support"},
        {"区商务局": "sole"},
    ]


def test_definitions_marked_with_a_tilde() -> None:
    body = "1. 加强地理标志培育。挖掘特色产品资源。\n\n牵头部门\n~ 区农业农村局\n\n参与部门\n~ 区商务局、区司法局\n"
    assert _roles(body) == [{"区农业农村局": "lead", "区商务局": "support", "区司法局": "support"}]


def test_the_lines_written_as_label_lines() -> None:
    assert definition_lists("牵头单位\n\n:   区科技局\n配合单位\n~ 区财政局；\n~ 区教育局\n") == (
        "牵头单位：区科技局\n配合单位：区财政局；区教育局\n"
    )


def test_lines_that_are_no_terms_stay() -> None:
    text = "| 指标 | 单位 |\n: 注\n开展宣传活动，提升意识。\n: 说明\n责任单位：区科技局\n: 区财政局\n- 牵头\n: 区商务局\n"
    assert definition_lists(text) == text
    # two blank lines part a term from the colon's line
    assert definition_lists("牵头单位\n\n\n: 区科技局\n") == "牵头单位\n\n\n: 区科技局\n"


def test_an_html_definition_list_in_markdown_and_in_a_page() -> None:
    dl = (
        "<dl>\n<dt><strong>牵头单位</strong></dt>\n<dd>区科技局</dd>\n<dt>配合单位</dt>\n"
        "<dd>区财政局</dd><dd><span>区教育局</span></dd>\n</dl>"
    )
    expected = [{"区科技局": "lead", "区财政局": "support", "区教育局": "support"}, {"区商务局": "sole"}]
    body = f"**1. 推进专利转化。**开展供需对接。\n\n{dl}\n\n**2. 加强宣传。**开展宣传活动。\n\n"
    assert _roles(body + "<dl><dt>责任单位</dt><dd>区商务局</dd></dl>\n") == expected
    page = (
        "<html><body><h1>某区2025年知识产权工作要点</h1><h2>一、重点任务</h2>"
        f"<p>1. 推进专利转化。开展供需对接。</p>{dl}<p>2. 加强宣传。开展宣传活动。</p>"
        "<dl><dt>责任单位</dt><dd>区商务局</dd></dl></body></html>"
    )
    doc, _ = extracted(page, "plan.html")
    assert [{s: role for s, role, _ in found} for found in named_units(doc).values() if found] == expected


def test_html_terms_that_are_no_labels_stay() -> None:
    markup = (
        "<dl><dt>一、加强组织领导，明确责任分工</dt><dd>区科技局</dd></dl><dl><dt>注：</dt><dd>说明</dd></dl>"
    )
    assert html_definition_lists(markup) == markup
    assert html_definition_lists("<dl><dt>发文字号</dt><dd>某政办发〔2025〕1号</dd></dl>") == (
        "<dl><p>发文字号：某政办发〔2025〕1号</p></dl>"
    )


@settings(max_examples=30, deadline=None)
@given(
    lead=st.sampled_from(NAMES),
    helpers=st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True),
    mark=st.sampled_from([":", "~"]),
    indent=st.integers(min_value=0, max_value=3),
    gap=st.booleans(),
    each_own_line=st.booleans(),
    labels=st.sampled_from([("牵头单位", "配合单位"), ("牵头部门", "参与部门"), ("牵头单位", "协同单位")]),
)
def test_any_definition_list_of_a_lead_and_helpers(
    lead: str,
    helpers: list[str],
    mark: str,
    indent: int,
    gap: bool,
    each_own_line: bool,
    labels: tuple[str, str],
) -> None:
    helpers = [h for h in helpers if h != lead] or [n for n in NAMES if n != lead][:1]
    opener = " " * indent + mark + " "
    blank = "\n" if gap else ""
    defs = "".join(f"{opener}{h}\n" for h in helpers) if each_own_line else f"{opener}{'、'.join(helpers)}\n"
    body = (
        f"**1. 推进专利转化运用。**开展供需对接活动。\n\n{labels[0]}\n{blank}{opener}{lead}\n\n"
        f"{labels[1]}\n{blank}{defs}"
    )
    assert _roles(body) == [{lead: "lead", **dict.fromkeys(helpers, "support")}]
