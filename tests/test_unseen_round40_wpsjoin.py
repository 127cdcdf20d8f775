"""Round 40: a plan saved as plain text with fixed line breaks (WPS's or Word's "save as text", lines cut at one
width), its paragraphs opened indented, as a Qinghai county's pilot scheme, a Jiangxi district's work points
and a Shaanxi county's implementation opinions are saved.

What was read wrong before: a line filling the width that happened to end with a mark closing a sentence or a
clause (。；：”）) kept its break before the line going on with the paragraph (…每年实施专利转化项目3项以上。 ↵
由县科技局牵头，县市场监管局配合。), so the rest became a paragraph of its own: a responsibility note parted from
its task, a task cut after a clause (…各乡镇协助； ↵ 二是…), a quotation cut between its quoted names. Where a
document opens its paragraphs indented, a line not indented after a full line goes on with the paragraph and is
joined, whatever closes the full line (loaders/pdf_lines.py, indents_paragraphs and _continues_paragraph). The
width is the document's own (the width most lines followed by words fill, in display columns or characters);
headings, list items, table rows, back matter, dates and signatures keep their lines, and a text that does not
indent its paragraphs is read as before.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.base import display_columns
from loaders.pdf_lines import Wrap, indents_paragraphs, join_wrapped_lines, wrap_width
from tests.plans import extracted, named_units

_INDENT = "\u3000\u3000"

#: A plan written one paragraph a line: ("f", line) stands flush left as written (title block, signature),
#: ("h", line) is a heading set indented on a line of its own, ("p", words) a paragraph opened indented.
Plan = list[tuple[str, str]]

_XUNHUA_LIKE: Plan = [
    ("f", "同仁市知识产权强市建设试点工作方案"),
    ("p", "为加快推进知识产权强市建设试点工作，根据省知识产权局有关部署，结合我市实际，制定本方案。"),
    ("h", "一、重点任务"),
    ("h", "（一）提升知识产权创造质量"),
    (
        "p",
        "1.加强高价值专利培育。围绕唐卡、堆绣等热贡艺术产业，引导企业开展核心专利布局，"
        "每年支持不少于5家企业开展专利挖掘。由市市场监管局牵头，市工业商务和信息化局、市科技局配合。",
    ),
    (
        "p",
        "2.实施商标品牌战略。一是开展“一村一品一标”商标培育行动，引导农户注册自主品牌商标，"
        "市市场监管局负责，各乡镇协助；二是支持龙头企业争创省级知名品牌，每年新增注册商标200件以上，"
        "市工业商务和信息化局负责。",
    ),
    ("h", "（二）促进知识产权转化运用"),
    (
        "p",
        "3.推进专利转化运用。组织企业与省内高校院所开展产学研对接，推动存量专利向企业转移转化，"
        "每年实施专利转化项目3项以上。由市科技局牵头，市市场监管局配合。",
    ),
    (
        "p",
        "4.拓展知识产权质押融资。建立融资重点企业白名单，推动银行开发信贷产品，力争每年"
        "知识产权质押融资惠及企业不少于六家。市财政局负责，市市场监管局配合。",
    ),
    ("h", "二、保障措施"),
    (
        "p",
        "市市场监管局要会同各成员单位定期调度试点任务进展，对工作推进不力的单位进行督促整改，"
        "确保各项任务落到实处。",
    ),
]


#: Marks a save never opens a line with: one that does not fit stays at the end of the line, past the width.
_NO_LINE_START = "，。；：、）”》"


def _cut(words: str, width: int, measure: str) -> list[str]:
    """``words`` cut into lines of ``width`` (characters, or display columns where a CJK character takes
    two), as a fixed-line-break save cuts them: anywhere but before a closing mark."""
    size = len if measure == "chars" else display_columns
    lines, line = [], ""
    for ch in words:
        if line and size(line + ch) > width and ch not in _NO_LINE_START:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


def _saved(plan: Plan, width: int, measure: str = "chars", indent: str = _INDENT) -> str:
    """``plan`` saved as text with fixed line breaks at ``width``, its paragraphs opened with ``indent``."""
    lines: list[str] = []
    for kind, words in plan:
        if kind == "f":
            lines.append(words)
        elif kind == "h":
            lines.append(indent + words)
        else:
            lines.extend(_cut(indent + words, width, measure))
    return "\n".join(lines) + "\n"


def _written(plan: Plan, indent: str = _INDENT) -> str:
    """``plan`` one paragraph a line, as the joined text should read it."""
    return "\n".join(words if kind == "f" else indent + words for kind, words in plan) + "\n"


def _loaded(text: str, encoding: str = "utf-8") -> str:
    return load_bytes(text.encode(encoding), "plan.txt").text


def test_each_continuation_is_joined_whatever_closes_the_full_line() -> None:
    # width 30: …转移转化，每年实施专利转化项目3项以上。 fills a line; the note opens the next, flush left
    saved = _saved(_XUNHUA_LIKE, 30)
    assert "3项以上。\n由市科技局牵头" in saved
    assert _loaded(saved) == _written(_XUNHUA_LIKE)


def test_a_gb18030_save_cut_by_display_columns_is_joined() -> None:
    saved = _saved(_XUNHUA_LIKE, 62, "columns")
    assert _loaded(saved, "gb18030") == _written(_XUNHUA_LIKE)


def test_the_note_stays_in_its_tasks_paragraph() -> None:
    doc, text = extracted(_saved(_XUNHUA_LIKE, 30))
    assert "3项以上。由市科技局牵头" in text
    task = next(t for t in doc.tasks if t.path == "一.(二).3")
    assert task.text.endswith("每年实施专利转化项目3项以上。由市科技局牵头，市市场监管局配合。")
    assert ("市科技局", "lead", "annotation") in named_units(doc)["一.(二).3"]
    # the item's paragraph (its heading's span) runs to the note's end, as an item on one line does
    item = next(s for s in doc.sections if s.path == "一.(二).3")
    assert text[item.heading_span[0] : item.heading_span[1]].endswith("市市场监管局配合。")
    clause = next(t for t in doc.tasks if t.path == "一.(一).2.一是")
    assert "\n" not in clause.text


_JIANGXI: Plan = [
    ("f", "章贡区2025年知识产权工作要点"),
    ("p", "为深入实施知识产权强区战略，推动全区知识产权事业高质量发展，现提出2025年工作要点如下。"),
    ("h", "一、强化知识产权创造"),
    (
        "p",
        "（一）培育高价值专利。聚焦稀土新材料、电子信息等主导产业，支持企业与高校共建专利池，力争全年"
        "发明专利授权量达到三百件。（区科技局牵头，区工信局、区市场监管局配合）",
    ),
    (
        "p",
        "（二）加强地理标志培育。深入挖掘“赣南脐橙”“章贡酒”等特色资源，推进地理标志专用标志使用，"
        "新增使用市场主体十家。（区市场监管局牵头，区农业农村局配合）",
    ),
    ("h", "二、强化知识产权保护"),
    (
        "p",
        "（三）开展专项执法行动。严厉打击商标侵权、假冒专利等违法行为；持续开展“铁拳”行动，全年查处案件"
        "不少于二十件。（区市场监管局、区公安分局按职责分工负责）",
    ),
]


_SHAANXI: Plan = [
    ("f", "黄龙县知识产权强县建设实施意见"),
    ("p", "为深入实施知识产权强县战略，推动全县知识产权事业高质量发展，结合我县实际，提出如下意见。"),
    ("h", "一、重点任务"),
    ("h", "（一）加强知识产权创造"),
    (
        "p",
        "围绕苹果、核桃等特色产业开展专利导航，支持企业开展关键核心技术攻关和专利布局，全年新增发明专利五件。"
        "县科技局牵头，县市场监管局、县工信局配合。",
    ),
    ("p", "实施商标品牌培育工程，引导市场主体注册商标，全年新增有效注册商标一百件。县市场监管局负责。"),
    ("h", "（二）加强知识产权保护"),
    (
        "p",
        "持续开展“铁拳”专项执法行动，严厉打击商标侵权、假冒专利等违法行为，全年查处侵权案件不少于十件。"
        "县市场监管局牵头，县公安局配合。",
    ),
    ("p", "建立知识产权纠纷人民调解委员会，推动行政调解与司法调解有效衔接。县司法局负责。"),
    ("h", "二、保障措施"),
    (
        "p",
        "各乡镇、各部门要高度重视知识产权工作，明确分管领导和具体工作人员，确保各项任务落到实处。"
        "县市场监管局要加强统筹调度，定期通报工作进展。",
    ),
]


@pytest.mark.parametrize(
    ("columns", "cut"),
    [(46, "县市场监管局要加强"), (52, "县科技局牵头"), (66, "县司法局负责。"), (74, "县市场监管局负责")],
)
def test_a_gbk_save_cut_by_bytes_after_a_stop_is_joined(columns: int, cut: str) -> None:
    """A GB18030 save cut at a byte width (a CJK character two bytes, a digit one): the sentence's stop at
    the margin, the unit's note or the next sentence on the next line, flush left."""
    saved = _saved(_SHAANXI, columns, "columns")
    assert "。\n" + cut in saved
    text = _loaded(saved, "gb18030")
    assert text == _written(_SHAANXI)
    assert "。" + cut in text


def _only_breaks_taken_out(text: str, joined: str) -> None:
    """``joined`` is ``text`` with some line breaks taken out, each with the spaces the margin left before it
    (and a space kept between two half-width words, ISO ↵ 9001): no other character lost, added or moved."""
    lines = iter(text.split("\n"))
    for out in joined.split("\n"):
        rest, line = out, next(lines)
        while rest != line:
            body = line.rstrip()
            assert rest.startswith(body), (rest, line)
            rest = rest[len(body) :]
            if rest[:1] == " ":
                rest = rest[1:]
            line = next(lines)
    assert next(lines, None) is None


_PLANS = {"qinghai": _XUNHUA_LIKE, "jiangxi": _JIANGXI, "shaanxi": _SHAANXI}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=22, max_value=40),
    st.sampled_from(["chars", "columns"]),
    st.sampled_from(sorted(_PLANS)),
)
def test_any_width_reads_as_the_plan_written_one_paragraph_a_line(
    width: int, measure: str, name: str
) -> None:
    """Joining never loses nor reorders a character other than the breaks it takes out: at any width and
    measure the save reads as the plan written one paragraph a line, and every fact's offsets slice back to
    its quote in that text (``extracted`` checks each)."""
    plan = _PLANS[name]
    saved = _saved(plan, width if measure == "chars" else 2 * width, measure)
    doc, text = extracted(saved)
    assert text == _written(plan)
    _only_breaks_taken_out(saved, text)
    assert doc.tasks


_PIECES = [
    "\n",
    "\n",
    "\u3000\u3000",
    "  ",
    "。",
    "；",
    "”",
    "县科技局负责",
    "ISO",
    "9001",
    "2025年6月3日",
    "（一）",
    "一、",
    "抄送：",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.integers(min_value=26, max_value=34))
def test_joining_only_takes_out_breaks(pieces: list[str], width: int) -> None:
    """Whatever lines follow an indented save, joining takes out line breaks (and the margin's spaces before
    them) and nothing else."""
    text = _saved(_XUNHUA_LIKE, width) + "".join(pieces)
    _only_breaks_taken_out(text, join_wrapped_lines(text, indents=True))


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=22, max_value=40), st.sampled_from(sorted(_PLANS)))
def test_a_flush_left_save_reads_as_before(width: int, name: str) -> None:
    """A save whose paragraphs open flush left is joined as it was before, breaks after stops kept."""
    text = _saved(_PLANS[name], width, indent="")
    assert join_wrapped_lines(text, indents=True) == join_wrapped_lines(text)


# Near misses: the full line keeps its break.

_OPENING = _XUNHUA_LIKE[:6]
#: A paragraph's first line filling the plan's width (30 characters) and ending with a stop.
_FULL = "切实加强知识产权保护，依法严厉打击各类侵权假冒违法行为。"


def _after_full(next_line: str, plan: Plan = _OPENING, indent: str = _INDENT) -> str:
    """The plan's opening saved at width 30, then a paragraph's full line ending with a stop and
    ``next_line``."""
    full = indent + _FULL
    assert len(full) - len(indent) == 28
    return _saved(plan, 30, indent=indent) + full + "\n" + next_line + "\n"


def test_a_full_line_before_a_heading_or_an_item_keeps_its_break() -> None:
    for line in (
        "二、保障措施",
        "（三）强化督促考核",
        "第三章 保障措施",
        "5.加强宣传培训。开展知识产权进企业活动。",
        "（2）加强宣传培训。开展知识产权进校园活动。",
        "附件：重点任务分工表",
    ):
        assert "违法行为。\n" + line in _loaded(_after_full(line)), line


def test_a_full_line_before_back_matter_a_date_or_a_signature_keeps_its_break() -> None:
    for line in (
        "抄送：县委办，县人大办，县政协办。",
        "（此件公开发布）",
        "2025年6月3日",
        "（2025年6月3日）",
        "二〇二五年六月三日",
        "同仁市市场监督管理局",
        "同仁市知识产权强市建设试点工作方案",
    ):
        assert "违法行为。\n" + line in _loaded(_after_full(line)), line


def test_a_full_line_before_a_table_row_or_an_indented_paragraph_keeps_its_break() -> None:
    for line in (
        "1    开展专利导航    县科技局",
        "\u3000\u3000（三）开展专项执法行动。全年查处案件不少于二十件。",
    ):
        assert "违法行为。\n" + line in _loaded(_after_full(line)), line


def test_a_short_line_ending_a_sentence_keeps_its_break() -> None:
    saved = _saved(_OPENING, 30) + "\u3000\u3000加强知识产权保护。\n由县市场监管局负责。\n"
    assert "保护。\n由县市场监管局负责。" in _loaded(saved)


def test_a_text_that_does_not_indent_its_paragraphs_keeps_its_breaks() -> None:
    # a PDF's text saved flush left: a paragraph's opening reads like its continuation, so a stop at the
    # margin may end it
    saved = _after_full("由县市场监管局负责。", indent="")
    assert "\n由县市场监管局负责。" in _loaded(saved)
    assert not indents_paragraphs(saved.split("\n"), _wrap(saved))


def test_an_indented_text_continues_after_the_stop() -> None:
    saved = _after_full("由县市场监管局负责。")
    assert indents_paragraphs(saved.split("\n"), _wrap(saved))
    assert "违法行为。由县市场监管局负责。" in _loaded(saved)


def _wrap(text: str) -> Wrap:
    wrap = wrap_width(text.split("\n"))
    assert wrap is not None
    return wrap


def test_half_width_spaces_indent_too() -> None:
    plan = _XUNHUA_LIKE
    saved = _saved(plan, 60, "columns", indent="    ")
    assert _loaded(saved) == _written(plan, "    ")
