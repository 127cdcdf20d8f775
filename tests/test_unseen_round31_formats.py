"""Round 31: formats and structure, as plans of places the tests did not cover write them (a Yan'an district's
items run on inside one paragraph, 1.…；2.… and 一要…；二要…, a Guyuan district's 重点做好以下工作，一是…;
a Nanning district's and a Qiandongnan prefecture's task tables opened by a lead-in line, 各单位按照下表分工抓好
落实：; a Ganzhou district's and a Dazhou district's annexes numbering their own outline; a Linqu county's and a
Wuzhou district's plans saved from PDFs as hard-wrapped .txt; a Shaoyang district's .docx numbered by WPS's
and Word's multilevel list styles).

What was read wrong before:

- items numbered 1. 2. 3. (1、 1．) run on inside one paragraph after a stop (（一）提升…。1.加强专利导航。…（责任
  单位：区科技局）；2.推进贯标工作。…（责任单位：区市场监管局）) were one task, every body of the paragraph its
  body: each is a clause of its own, 二.(一).1, as the same item on a line of its own is (never 1.5亿元);
- clauses 一是…二是… after a comma (重点做好以下工作，一是开展专利导航…；二是培育商标品牌…), and clauses
  counted 其一，…；其二，… were one task;
- a unit whose only text is a lead-in to the task table under it (各单位按照下表分工抓好落实：, 具体任务分解如下：,
  重点任务分工如下表。), or on the heading's line after its title (二、重点任务。各单位要按照下表分工抓好落实：),
  was a task, the lead-in's 各单位 obliged: the table's rows are the work; and a lead-in closing a paragraph
  (（一）加强协作。各单位要按照以下要求抓好落实：) was read as the names of bodies alone closing it, a body
  named 各单位要按照以下要求抓好落实：;
- an annex numbering its own outline after a body numbered on its own (附件1 ↵ 一、知识产权创造 ↵ 1.开展专利导航)
  gave its chapters the body's paths made unique (一~2) and their items paths under the body's chapter (一.1,
  二.(一).1, none under 一~2): the annex's units are numbered under its path, 附件1.一, 附件1.一.1, as its tables'
  rows are (附件1.表1.1); an annex holding the plan itself (a notice's 附件 ↵ …方案 ↵ 一、…) keeps the plan's paths;
- a hard-wrapped .txt (a PDF saved as text) kept the break where a half-width word did not fit at a line's end
  (…企业达到ISO ↵ 9001认证…, …达到 ↵ 2025年…: the line falls short of the width by that word), and joined two
  half-width words without the space the layout broke at (ISO9001); a line ending with a note's label inside an
  open bracket (…（责任单位： ↵ 县农业农村局）) kept its break; a line opening with a decimal (2.5亿元以上…) was
  read as opening an item (2.) and kept its break;
- a Markdown (or plain text) pipe table whose rows' wrapped cells stand on rows of their own below, their
  number cell empty (| 1 | 开展高价值专利培育， | 区科技局 | 区工信局、区 | 2024年12 | ↵ |   | 支持企业布局专利组合 | | 财政局 | 月底 |),
  read each such row as a task of its own (表1.2: 支持企业布局专利组合, its body 财政局) and the row above with cut
  names (区工信局、区 read 区; 区市场监 as a body): the row goes on with the row above and is joined into it; a
  row under a merged number cell with whole names above it stays a row;
- a .docx numbered by a multilevel list style (the list's w:abstractNum only names the style, w:numStyleLink,
  whose own list defines the levels: Word's and WPS's list styles) or by a list instance defining its levels
  anew (w:lvlOverride holding a w:lvl) lost every label (一、 （一） 1.), its outline flat or numbered 1. 2.
"""

from __future__ import annotations

import io
import re

import pytest
from docx import Document as new_docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import load_bytes
from loaders.base import display_columns
from loaders.pdf_lines import join_wrapped_lines
from tests.plans import extracted, named_units

# --- 1. items and clauses run on inside one paragraph -----------------------------------------------------

_BAOTA = """延安市宝塔区知识产权强县建设工作方案

为深入实施知识产权强国战略，结合我区实际，制定本方案。

一、总体要求
到2025年，全区发明专利拥有量达到300件。

二、重点任务
（一）提升知识产权创造质量。围绕主导产业开展高价值专利培育。1.加强专利导航。围绕苹果、能源化工等产业开展专利导航分析（责任单位：区科技局）；2.推进贯标工作。引导企业贯彻知识产权管理规范国家标准（责任单位：区市场监管局）；3.培育地理标志。加强延安苹果地理标志保护（责任单位：区农业农村局）。
（二）强化知识产权保护。一要加大执法力度，严厉打击侵权假冒行为（责任单位：区市场监管局、区公安分局）；二要健全纠纷调解机制（责任单位：区司法局）。
（三）促进知识产权运用。重点做好以下工作，一是推进质押融资，扩大质押融资规模（责任单位：区金融办）；二是开展专利转化，促进高校成果转化（责任单位：区科技局）。
（四）优化知识产权服务。具体为：1、建设服务工作站（责任单位：区市场监管局）；2、培育服务机构（责任单位：区商务局）。
（五）加强知识产权金融。全年专利质押融资1.5亿元；2.5万家企业纳入培育库（责任单位：区金融办）。
（六）推进品牌建设。其一，培育区域公用品牌（责任单位：区市场监管局）；其二，推进地理标志运用（责任单位：区农业农村局）。

三、保障措施
加强组织领导。
"""


def test_items_run_on_inside_a_paragraph_are_clauses() -> None:
    doc, _ = extracted(_BAOTA)
    units = named_units(doc)
    assert units["二.(一)"] == []
    assert units["二.(一).1"] == [("区科技局", "sole", "annotation")]
    assert units["二.(一).2"] == [("区市场监管局", "sole", "annotation")]
    assert units["二.(一).3"] == [("区农业农村局", "sole", "annotation")]
    assert units["二.(四).1"] == [("区市场监管局", "sole", "annotation")]
    assert units["二.(四).2"] == [("区商务局", "sole", "annotation")]
    titles = {t.path: t.title for t in doc.tasks}
    assert titles["二.(一).1"] == "加强专利导航"
    assert titles["二.(一).2"] == "推进贯标工作"
    assert titles["二.(四).2"] == "培育服务机构"
    # 一要…二要… as before; 一是 after a comma too
    assert units["二.(二).一要"] == [
        ("区市场监管局", "joint", "annotation"),
        ("区公安分局", "joint", "annotation"),
    ]
    assert units["二.(三)"] == []
    assert units["二.(三).一是"] == [("区金融办", "sole", "annotation")]
    assert units["二.(三).二是"] == [("区科技局", "sole", "annotation")]
    # 其一，…；其二，… counts its clauses as 第一，… does
    assert units["二.(六)"] == []
    assert units["二.(六).其一"] == [("区市场监管局", "sole", "annotation")]
    assert units["二.(六).其二"] == [("区农业农村局", "sole", "annotation")]
    # decimals (1.5亿元；2.5万家) open no items
    assert not [p for p in units if p.startswith("二.(五).")]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(["开展专利导航", "推进贯标工作", "培育地理标志", "建设服务站"]),
        min_size=2,
        max_size=4,
    ),
    st.sampled_from([".", "、", "．"]),
    st.sampled_from(["。", "；", "："]),
)
def test_any_run_of_numbered_items_in_a_paragraph(works: list[str], mark: str, stop: str) -> None:
    units = ["区科技局", "区市场监管局", "区商务局", "区司法局"]
    items = "；".join(f"{n}{mark}{w}（责任单位：{units[n - 1]}）" for n, w in enumerate(works, start=1))
    text = f"某区知识产权工作要点\n\n一、重点任务\n（一）加强创造{stop}{items}。\n"
    found = named_units(extracted(text)[0])
    assert found == {
        "一.(一)": [],
        **{f"一.(一).{n}": [(units[n - 1], "sole", "annotation")] for n in range(1, len(works) + 1)},
    }


# --- 2. a lead-in line before a task table ----------------------------------------------------------------

_QINGXIU = """# 南宁市青秀区2024年知识产权工作要点

为贯彻落实自治区知识产权工作部署，现提出2024年工作要点如下。

## 一、重点任务

{lead}

| 序号 | 工作任务 | 责任单位 | 完成时限 |
|---|---|---|---|
| 1 | 开展高价值专利培育 | 区科技局 | 2024年12月 |
| 2 | 推进商标品牌建设 | 区市场监管局 | 2024年10月 |

## 二、保障措施

（一）加强组织领导。成立工作专班。
"""


@pytest.mark.parametrize(
    "lead",
    [
        "各单位按照下表分工抓好落实：",
        "具体任务分解如下：",
        "重点任务分工如下表。",
        "各镇（街道）、各部门按照下表要求推进落实：",
        "现将2024年重点工作任务分解如下：",
    ],
)
def test_a_lead_in_to_a_task_table_is_no_task(lead: str) -> None:
    doc, _ = extracted(_QINGXIU.format(lead=lead), "qingxiu.md")
    assert named_units(doc) == {
        "一.表1.1": [("区科技局", "sole", "table")],
        "一.表1.2": [("区市场监管局", "sole", "table")],
        "二.(一)": [],
    }


def test_a_lead_in_to_a_tab_separated_task_table_is_no_task() -> None:
    text = (
        "黔东南州知识产权强州建设三年行动方案\n\n为加快建设知识产权强州，制定本方案。\n\n"
        "一、主要目标\n到2026年，全州有效发明专利达到800件。\n\n二、重点任务\n具体任务分解如下：\n"
        "序号\t重点任务\t牵头单位\t配合单位\n1\t实施高价值专利培育工程\t州科技局\t州财政局\n"
        "2\t实施商标品牌战略\t州市场监管局\t州商务局\n\n三、保障措施\n（一）加强组织领导。成立领导小组。\n"
    )
    doc, _ = extracted(text)
    assert [t.path for t in doc.tasks] == ["二.表1.1", "二.表1.2", "三.(一)"]


_BIJIANG = """铜仁市碧江区2024年知识产权工作要点

一、主要目标
全年新增发明专利授权量80件。

二、重点任务。各单位要按照下表分工抓好落实：
序号\t工作任务\t责任单位\t完成时限
1\t开展专利导航项目\t区科技局\t2024年12月
2\t推进商标品牌建设\t区市场监管局\t2024年11月

三、工作要求
（一）加强协作。各单位要按照以下要求抓好落实：
加强专利导航，开展产业分析。
推进商标品牌建设。
"""


def test_a_lead_in_after_a_heading_on_its_line_is_no_task_nor_a_unit() -> None:
    doc, _ = extracted(_BIJIANG)
    # the lead-in after the heading's title on its line (二、重点任务。各单位…：) is none of the table's work,
    # and a lead-in closing a paragraph (…。各单位要按照以下要求抓好落实：) names no body 各单位要按照…
    assert named_units(doc) == {
        "二.表1.1": [("区科技局", "sole", "table")],
        "二.表1.2": [("区市场监管局", "sole", "table")],
        "三.(一)": [("各单位", "implicit", "prose")],
    }


# --- 3. an annex's own outline --------------------------------------------------------------------------

_ZHANGGONG = """赣州市章贡区知识产权强区建设试点工作方案

为推进知识产权强区建设，制定本方案。

一、工作目标
到2025年，全区有效发明专利拥有量达到1200件。

二、重点任务
（一）加强知识产权创造。围绕稀土产业开展专利布局。（责任单位：区科技局）
（二）加强知识产权保护。开展专项执法行动。（责任单位：区市场监管局）

附件{number}

重点任务分工表

一、知识产权创造
1.开展专利导航。（责任单位：区科技局）
2.培育商标品牌。（责任单位：区市场监管局）
二、知识产权保护
（一）行政保护
1.开展打击侵权假冒专项行动。（责任单位：区市场监管局）
"""


@pytest.mark.parametrize("number", ["1", ""])
def test_an_annex_numbers_its_own_outline_under_its_path(number: str) -> None:
    doc, _ = extracted(_ZHANGGONG.format(number=number))
    annex = f"附件{number}"
    assert [(s.path, s.title) for s in doc.sections][4:] == [
        (annex, "重点任务分工表"),
        (f"{annex}.一", "知识产权创造"),
        (f"{annex}.一.1", "开展专利导航"),
        (f"{annex}.一.2", "培育商标品牌"),
        (f"{annex}.二", "知识产权保护"),
        (f"{annex}.二.(一)", "行政保护"),
        (f"{annex}.二.(一).1", "开展打击侵权假冒专项行动"),
    ]
    assert named_units(doc) == {
        "二.(一)": [("区科技局", "sole", "annotation")],
        "二.(二)": [("区市场监管局", "sole", "annotation")],
        f"{annex}.一.1": [("区科技局", "sole", "annotation")],
        f"{annex}.一.2": [("区市场监管局", "sole", "annotation")],
        f"{annex}.二.(一).1": [("区市场监管局", "sole", "annotation")],
    }
    # an annex holding the plan itself (a notice's 附件 ↵ …工作要点 ↵ 一、…) keeps the plan's paths
    notice = (
        "通川区人民政府办公室关于印发《通川区知识产权工作要点》的通知\n\n各乡镇人民政府，区级各部门：\n"
        "现将《通川区知识产权工作要点》印发给你们，请认真贯彻执行。\n\n通川区人民政府办公室\n2024年3月1日\n\n"
        "附件\n\n通川区知识产权工作要点\n\n一、重点工作\n（一）强化专利创造。开展专利培育。（责任单位：区科技局）\n"
    )
    doc, _ = extracted(notice)
    assert [s.path for s in doc.sections if s.kind != "annex"][-2:] == ["一", "一.(一)"]
    assert "一.(一)" in named_units(doc)


# --- 4. hard-wrapped lines next to half-width words -------------------------------------------------------

_WRAPPED = [
    "到2025年，全区每万人口高价值发明专利拥有量达到3.5件，有效注册商",
    "标总量达到12000件，规上工业企业通过ISO 9001质量管理体系认证的到",
    "2025年达到120家，贯彻知识产权管理规范国家标准的企业达到GB/T",
    "29490认证企业的一半以上，专利质押融资金额累计达到（责任单位：",
    "2.5亿元以上，年均增长15%以上，培育知识产权优势示范企业达到20家",
    "以上，推动企业开展马德里商标国际注册，新增地理标志证明商标2件。",
]


def test_breaks_next_to_half_width_words_are_joined() -> None:
    joined = join_wrapped_lines("\n".join(_WRAPPED))
    assert "\n" not in joined
    assert "认证的到2025年达到" in joined
    assert "达到GB/T 29490认证" in joined  # the space the layout broke at is kept
    assert "（责任单位：2.5亿元" in joined


_LINQU = [
    "临朐县知识产权强县建设工作方案",
    "为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》，加快推进知识产权强县建设，结合我县实际，制定本方案。",
    "一、总体目标",
    "到2025年，全县有效发明专利拥有量达到350件，通过ISO 9001质量管理体系认证和GB/T 29490知识产权管理体系认证的"
    "企业达到40家，PCT国际专利申请量达到15件，马德里商标国际注册量达到20件以上。",
    "二、重点任务",
    "（一）推进企业贯标。引导规上企业开展GB/T 29490贯标认证，到2024年底新增贯标企业10家。（责任单位：县市场监管局、"
    "县工业和信息化局）",
    "（二）加强地理标志保护。建设地理标志产品保护示范区，推动临朐山楂申报地理标志产品，2026年前完成申报。（责任单位："
    "县农业农村局、县市场监管局）",
    "（三）推进专利转化。实施专利转化专项计划，到2025年转化专利200件以上，培育APP应用场景。（责任单位：县科技局、"
    "县财政局）",
]


def _laid_out(paragraph: str, width: int) -> list[str]:
    """``paragraph``'s lines as a layout wraps it at ``width`` columns (a CJK character takes two): a run of
    half-width characters is a word moved whole to the next line, and a space at a break is dropped."""
    words = re.findall(r"[\x21-\x7e]+| |[^\x00-\x7f]", paragraph)
    lines, line = [], ""
    for word in words:
        if display_columns(line + word) > width and line:
            lines.append(line.rstrip())
            line = "" if word == " " else word
        else:
            line += word
    return [*lines, line]


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=52, max_value=72))
def test_a_hard_wrapped_txt_is_joined_next_to_half_width_words(width: int) -> None:
    lines = [line for para in _LINQU for line in _laid_out(para, width)]
    doc, text = extracted("\n".join(lines) + "\n")
    for kept in ("ISO 9001质量", "GB/T 29490知识产权", "GB/T 29490贯标", "到2025年，全县", "到2024年底"):
        assert kept in text
    # every break left is a paragraph's end, or a sentence's inside one
    for at in (i for i, ch in enumerate(text) if ch == "\n"):
        assert (
            text[at - 1] in "。）"
            or text[at - 1 : at + 1] == "\n\n"
            or text[:at].endswith(("方案", "目标", "任务"))
        )
    assert named_units(doc) == {
        "二.(一)": [("县市场监管局", "joint", "annotation"), ("县工业和信息化局", "joint", "annotation")],
        "二.(二)": [("县农业农村局", "joint", "annotation"), ("县市场监管局", "joint", "annotation")],
        "二.(三)": [("县科技局", "joint", "annotation"), ("县财政局", "joint", "annotation")],
    }


_GANZHOU_MD = """# 张掖市甘州区2024年知识产权工作要点

为深入推进知识产权强区建设，制定本要点。

## 一、重点任务分工

| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |
|---|---|---|---|---|
| 1 | 开展高价值专利培育， | 区科技局 | 区工信局、区 | 2024年12 |
|   | 支持企业布局专利组合 |          | 财政局       | 月底 |
| 2 | 推进商标品牌建设 | 区市场监 | 区农业农村局 | 2024年10月 |
|   |                  | 管局     |              |  |
| 3 | 开展知识产权执法 | 区市场监管局 | 区公安分局 | 2024年11月 |
|   | 开展展会知识产权保护 | 区商务局 | 区市场监管局 | 2024年9月 |

## 二、保障措施

各单位要加强协作。
"""


@pytest.mark.parametrize("name", ["ganzhou.md", "ganzhou.txt"])
def test_a_pipe_tables_rows_going_on_with_the_row_above_are_joined(name: str) -> None:
    doc, text = extracted(
        _GANZHOU_MD if name.endswith(".md") else _GANZHOU_MD.replace("## ", "").replace("# ", ""), name
    )
    assert (
        "| 1 | 开展高价值专利培育，支持企业布局专利组合 | 区科技局 | 区工信局、区财政局 | 2024年12月底 |"
        in text
    )
    assert named_units(doc) == {
        "一.表1.1": [
            ("区科技局", "lead", "table"),
            ("区工信局", "support", "table"),
            ("区财政局", "support", "table"),
        ],
        "一.表1.2": [("区市场监管局", "lead", "table"), ("区农业农村局", "support", "table")],
        # a row of its own under a merged number cell: whole names above it
        "一.表1.3": [("区市场监管局", "lead", "table"), ("区公安分局", "support", "table")],
        "一.表1.4": [("区商务局", "lead", "table"), ("区市场监管局", "support", "table")],
        "二": [("各单位", "implicit", "prose")],
    }
    tasks = {t.path: t for t in doc.tasks}
    assert "支持企业布局专利组合" in tasks["一.表1.1"].text
    assert tasks["一.表1.1"].deadline == "2024年12月底"


# --- 5. .docx numbered by list styles --------------------------------------------------------------------

W = nsdecls("w")


def _lvl(ilvl: int, fmt: str, text: str) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        '<w:suff w:val="nothing"/></w:lvl>'
    )


_LEVELS = (
    _lvl(0, "chineseCounting", "%1、") + _lvl(1, "chineseCounting", "（%2）") + _lvl(2, "decimal", "%3.")
)


def _shuangqing(case: str) -> bytes:
    doc = new_docx()
    numbering = doc.part.numbering_part.element
    if case == "list style":
        # WPS's and Word's multilevel list style: the list used names the style; the style's list has levels
        numbering.insert(
            0,
            parse_xml(
                f'<w:abstractNum {W} w:abstractNumId="95"><w:styleLink w:val="WPSList"/>{_LEVELS}</w:abstractNum>'
            ),
        )
        numbering.insert(
            1,
            parse_xml(
                f'<w:abstractNum {W} w:abstractNumId="96"><w:numStyleLink w:val="WPSList"/></w:abstractNum>'
            ),
        )
        numbering.append(parse_xml(f'<w:num {W} w:numId="97"><w:abstractNumId w:val="95"/></w:num>'))
        numbering.append(parse_xml(f'<w:num {W} w:numId="98"><w:abstractNumId w:val="96"/></w:num>'))
        doc.styles.element.append(
            parse_xml(
                f'<w:style {W} w:type="numbering" w:customStyle="1" w:styleId="WPSList"><w:name w:val="WPS多级列表"/>'
                '<w:pPr><w:numPr><w:numId w:val="97"/></w:numPr></w:pPr></w:style>'
            )
        )
    else:  # the list instance defines its levels anew
        numbering.insert(
            0,
            parse_xml(f'<w:abstractNum {W} w:abstractNumId="95">{_lvl(0, "decimal", "%1.")}</w:abstractNum>'),
        )
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{i}">{_lvl(i, fmt, text)}</w:lvlOverride>'
            for i, (fmt, text) in enumerate(
                [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
            )
        )
        numbering.append(
            parse_xml(f'<w:num {W} w:numId="98"><w:abstractNumId w:val="95"/>{overrides}</w:num>')
        )
    body = doc.element.body

    def para(text: str, level: int | None = None) -> None:
        numbered = (
            "" if level is None else f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="98"/></w:numPr>'
        )
        body.insert(
            len(body) - 1,
            parse_xml(
                f'<w:p {W}><w:pPr>{numbered}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
            ),
        )

    para("邵阳市双清区知识产权强区建设工作方案")
    para("为加快建设知识产权强区，制定本方案。")
    para("主要目标", 0)
    para("到2025年，全区有效发明专利拥有量达到500件。")
    para("重点任务", 0)
    para("提升创造质量", 1)
    para("开展专利导航。（责任单位：区科技局）", 2)
    para("培育商标品牌。（责任单位：区市场监管局）", 2)
    para("强化保护", 1)
    para("开展执法行动。（责任单位：区市场监管局、区公安分局）", 2)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("case", ["list style", "levels defined anew"])
def test_docx_numbered_by_a_list_style_or_an_instance_keeps_its_labels(case: str) -> None:
    data = _shuangqing(case)
    text = load_bytes(data, "shuangqing.docx").text
    assert "一、主要目标\n" in text
    assert "（二）强化保护\n1.开展执法行动" in text
    doc, _ = extracted(data, "shuangqing.docx")
    assert [s.path for s in doc.sections] == [
        "一",
        "二",
        "二.(一)",
        "二.(一).1",
        "二.(一).2",
        "二.(二)",
        "二.(二).1",
    ]
    assert named_units(doc) == {
        "二.(一).1": [("区科技局", "sole", "annotation")],
        "二.(一).2": [("区市场监管局", "sole", "annotation")],
        "二.(二).1": [("区市场监管局", "joint", "annotation"), ("区公安分局", "joint", "annotation")],
    }
