"""The bad-input regression corpus: the small files in this folder, and generators for the inputs too big to
commit. ``run`` loads and extracts one case the way ``policykg extract`` does and reports what happened; the
tests run it in a separate process under a time bound, so that a hang fails the case instead of the suite.

To add a case that once failed: a small file here (its name says what is wrong with it), or a generator
below with a comment naming the defect it found.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent
PLAN = FOLDER.parent.parent / "corpus" / "000_7198047be529bd92.txt"
HEAD = "某县知识产权工作要点\n一、重点任务\n"
MIB = 1024 * 1024


@dataclass(frozen=True)
class Generated:
    name: str  # a file name: its extension chooses the loader
    make: Callable[[], bytes]
    seconds: float  # the time bound for loading and extracting it
    slow: bool = False


def _plan_of_size(size: int) -> bytes:
    """Plan 000 repeated up to ``size`` bytes (cut at a line end): a big but ordinary plan."""
    text = PLAN.read_text(encoding="utf-8")
    data = (text * (size // len(text.encode("utf-8")) + 1)).encode("utf-8")[:size]
    return data[: data.rfind(b"\n") + 1]


def _merged_grid(rows: int) -> bytes:
    """A grid table (Markdown) whose number and task cells span ``rows`` rows of measures, then a line of
    bars."""
    border = "+------+------------+------------+------------+"
    under = "|      |            +------------+------------+"
    head = f"{border}\n| 序号 | 重点任务   | 具体措施   | 责任单位   |\n{border.replace('-', '=')}\n"
    body = "\n".join(
        f"| {'1' if i == 0 else ' '}    |            | 措施{i % 10}      | 县科技局   |" for i in range(rows)
    )
    body = body.replace("\n", f"\n{under}\n").replace("| 1    |            |", "| 1    | 开展执法   |", 1)
    bars = "|" * 20_000
    return f"# 某县知识产权工作要点\n\n## 一、重点任务\n\n{head}{body}\n{border}\n\n{bars}\n".encode()


def _item_title(i: int) -> str:
    """A task title of its own for each ``i``: its digits spelt as words of the field."""
    words = "专利商标版权执法导航质押培育示范运用"
    return "开展" + "".join(words[int(d)] + words[int(d) + 5] for d in str(i)) + "专项行动"


def _restating_task_table(items: int) -> bytes:
    """``items`` items under one section, then a 分工表 whose rows restate their titles, one a row."""
    body = "".join(f"{i % 9 + 1}.{_item_title(i)}。\n" for i in range(items))
    rows = "".join(f"| {i + 1} | {_item_title(i)} | 县科技局 |\n" for i in range(items))
    table = "\n附件\n重点任务分工表\n\n| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n" + rows
    return (HEAD + "（一）加强保护\n" + body + table).encode()


#: Characters for titles of their own (no generic word of a title among them): each item's three.
_OWN_WORDS = "".join(chr(c) for c in range(0x6C00, 0x6C00 + 200))


def _own_words(i: int) -> str:
    return _OWN_WORDS[i % 100] + _OWN_WORDS[100 + (i // 100) % 100] + _OWN_WORDS[(i * 7) % 100]


def _paraphrasing_task_table(items: int) -> bytes:
    """``items`` items under one section, then a 分工表 whose rows say their titles in other words (加强…
    体系建设 as 完善…体系), one a row."""
    body = "".join(f"{i % 9 + 1}.加强{_own_words(i)}体系建设。\n" for i in range(items))
    rows = "".join(f"| {i + 1} | 完善{_own_words(i)}体系 | 县科技局 |\n" for i in range(items))
    table = "\n附件\n重点任务分工表\n\n| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n" + rows
    return (HEAD + "（一）加强保护\n" + body + table).encode()


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_cell(text: str, span: int = 1, merge: str = "") -> str:
    """A table cell of a .docx: across ``span`` columns, opening (restart) or going on (continue) a merge
    down when ``merge`` says so."""
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        '<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>" if merge else ""
    )
    cell_props = f"<w:tcPr>{props}</w:tcPr>" if props else ""
    return f"<w:tc>{cell_props}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def docx_package(body: str) -> bytes:
    """A .docx of a title, a heading and ``body`` (its XML, written by hand: python-docx takes minutes to
    build thousands of tables)."""
    paragraphs = "".join(
        f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in ("某县知识产权工作要点", "一、重点任务")
    )
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{paragraphs}{body}</w:body></w:document>'
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
        'main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", types)
        package.writestr("_rels/.rels", rels)
        package.writestr("word/document.xml", document)
    return buffer.getvalue()


def split_docx_tables(tables: int) -> bytes:
    """A .docx of ``tables`` tables one after another, each with the first's header and a number cell
    merged down, a unit cell merged across two columns: a table split over as many pages."""
    header = (
        "<w:tr>" + "".join(docx_cell(t) for t in ("序号", "重点任务", "牵头单位", "完成时限")) + "</w:tr>"
    )
    return docx_package(
        "".join(
            f"<w:tbl>{header}<w:tr>{docx_cell(str(i + 1), merge='restart')}{docx_cell(f'开展专利执法{i}')}"
            f"{docx_cell('县科技局', span=2)}</w:tr><w:tr>{docx_cell('', merge='continue')}"
            f"{docx_cell('开展商标保护')}{docx_cell('县市场监管局')}{docx_cell('2025年底')}</w:tr></w:tbl>"
            for i in range(tables)
        )
    )


def merged_down_docx(rows: int) -> bytes:
    """A .docx whose number and task cells are merged down over ``rows`` rows of units, then a table whose
    first row goes on merging from nothing above it."""
    head = "<w:tr>" + "".join(docx_cell(t) for t in ("序号", "重点任务", "牵头单位")) + "</w:tr>"
    first = "<w:tr>" + docx_cell("1", merge="restart") + docx_cell("开展专利执法", merge="restart")
    first += docx_cell("县科技局") + "</w:tr>"
    below = "".join(
        "<w:tr>" + docx_cell("", merge="continue") * 2 + docx_cell(f"县市场监管局{i}") + "</w:tr>"
        for i in range(rows)
    )
    broken = "<w:tbl><w:tr>" + docx_cell("说明", merge="continue") + docx_cell("无") + "</w:tr></w:tbl>"
    return docx_package(f"<w:tbl>{head}{first}{below}</w:tbl>{broken}")


GENERATED = [
    # once failed: RecursionError in the HTML loader's tree walk (it recursed once per nesting level)
    Generated(
        "deep_divs.html", lambda: ("<html><body>" + "<div>" * 100_000 + "县市场监管局负责").encode(), 60
    ),
    # once took about a minute: each nested table's text was measured again at every level (quadratic); the
    # sizes come from one walk now and the case takes about a second
    Generated(
        "nested_tables.html",
        lambda: ("<p>某县知识产权工作要点</p>" + "<table><tr><td>" * 2000 + "县市场监管局负责").encode(),
        20,
    ),
    Generated(
        "nested_brackets.txt", lambda: (HEAD + "（一）" + "〔〔（" * 5000 + "县市场监管局负责\n").encode(), 60
    ),
    Generated(
        "open_brackets.txt", lambda: (HEAD + "（一）" + "（" * 20_000 + "县市场监管局负责。\n").encode(), 60
    ),
    Generated(
        "close_brackets.txt", lambda: (HEAD + "（一）" + "）" * 20_000 + "县市场监管局负责。\n").encode(), 60
    ),
    Generated(
        "empty_annotations.txt",
        lambda: (HEAD + "（一）开展执法。" + "〔责任单位：〕" * 20_000 + "\n").encode(),
        60,
    ),
    Generated(
        "huge_agency_list.txt",
        lambda: (
            HEAD + "（一）开展执法。〔责任单位：" + "、".join(["县市场监管局"] * 20_000) + "〕\n"
        ).encode(),
        60,
    ),
    Generated(
        "ten_thousand_digits.txt",
        lambda: (
            HEAD
            + "（一）到2025年，发明专利拥有量达到"
            + "9" * 10_000
            + "件，万人发明专利拥有量达到"
            + "1" * 10_000
            + "."
            + "5" * 10_000
            + "件。（县市场监管局负责）\n"
        ).encode(),
        60,
    ),
    Generated(
        "numeral_flood.txt",
        lambda: (
            HEAD
            + "（一）到二〇二五年，发明专利拥有量达到"
            + "九" * 5000
            + "件，增长百分之"
            + "九十九" * 2000
            + "。（县市场监管局负责）\n"
        ).encode(),
        60,
    ),
    Generated(
        "control_flood.txt",
        lambda: ("".join(chr(i) for i in range(1, 32) if i not in (9, 10, 13)) * 2000 + HEAD).encode(),
        60,
    ),
    Generated(
        "many_table_rows.md",
        lambda: (
            HEAD
            + "| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n"
            + "".join(f"| {i} | 任务{i}。 | 县市场监管局 |\n" for i in range(5000))
        ).encode(),
        60,
    ),
    # pipe tables written without the bars opening their rows, and lines that look like delimiter rows but
    # fail at their end (each read once)
    # values listed without 分别 and a value for each year of a list: a long list of years opening a sentence of
    # many such clauses (each clause finds the last list before it once, not by a scan of the sentence)
    Generated(
        "years_listed_for_each.txt",
        lambda: (
            HEAD
            + "到"
            + "2023年、" * 20_000
            + "2025年，"
            + "专利授权量、商标注册量达到1件、2件，" * 5_000
            + "2024年、2025年每年新增地理标志商标各1件，" * 5_000
            + "。\n"
        ).encode(),
        60,
    ),
    Generated(
        "bare_pipe_rows.txt",
        lambda: (
            HEAD
            + "指标 | 单位 | 目标\n---|---|---\n"
            + "".join(f"任务{i} | 件 | {i}\n" for i in range(20_000))
        ).encode(),
        60,
    ),
    # tables written with full-width bars or without a delimiter row: many framed rows, and many rows opening
    # with a bar whose widths differ (each block read once)
    Generated(
        "full_width_bar_rows.txt",
        lambda: (
            HEAD
            + "｜指标｜2023年｜2025年｜\n"
            + "".join(f"｜专利授权量{i}｜{i}｜{i + 1}｜\n" for i in range(20_000))
            + "".join(f"| a{'|' * (i % 7)}\n" for i in range(40_000))
        ).encode(),
        60,
    ),
    Generated(
        "delimiter_like_lines.txt",
        lambda: (HEAD + ("|" + "-|" * 20_000 + "x\n") * 5 + "a|b\n-|-\n" * 20_000).encode(),
        60,
    ),
    Generated("one_long_line.txt", lambda: ("某县知识产权工作要点" + "开展执法，" * 200_000).encode(), 60),
    # once slow: the markdown heading pattern was quadratic in a heading line's closing run (" #" * 80,000
    # took two minutes)
    Generated("long_heading_line.md", lambda: (HEAD + "# 总体要求" + " #" * 200_000 + "x\n").encode(), 60),
    # once slow: the work-year heading pattern of an annual plan was quadratic in a run of blank lines
    Generated(
        "annual_blank_lines.txt", lambda: ("某县2025年知识产权工作要点" + "\n" * 200_000 + "x\n").encode(), 60
    ),
    # once slow: whether a paragraph growing line by line was a heading with a dated tail searched the whole
    # paragraph again for every line (60,000 lines: a minute)
    Generated(
        "marked_paragraph_of_short_lines.txt",
        lambda: ("一、主要任务\n（一）加强保护。" + "|\n" * 100_000).encode(),
        60,
    ),
    # once slow: each label line of a paragraph was checked against every annotation taken before it (20,000
    # lines of 责任单位：… took a minute and a half)
    Generated(
        "paragraph_of_label_lines.txt",
        lambda: ("一、主要任务\n（一）加强保护。\n" + "责任单位：县科技局\n" * 40_000).encode(),
        60,
    ),
    Generated(
        "paragraph_of_bracketed_roles.txt",
        lambda: ("一、主要任务\n（一）加强保护。\n" + "（牵头单位：县科技局）\n" * 40_000).encode(),
        60,
    ),
    # once slow: the deadline pattern's optional 于/在 before \s* tried the rest of a run of spaces at each of
    # its spaces (20,000 spaces in a task took 2.6 s, 200,000 would take minutes)
    Generated(
        "task_with_a_long_run_of_spaces.txt",
        lambda: ("一、主要任务\n（一）加强保护" + " " * 200_000 + "，2025年底前完成。\n").encode(),
        60,
    ),
    # once slow: a name's trailing 等(其他有关部门) was searched for from each space of a run before it (a unit
    # list ending in 40,000 tabs took 4 s; 200,000 would take minutes)
    Generated(
        "unit_list_with_a_long_run_of_tabs.txt",
        lambda: (
            "一、主要任务\n（一）加强保护。（责任单位：县科技局、县财政局" + "\t" * 200_000 + "x）\n"
        ).encode(),
        10,  # 27 s once: a person's field opened with optional spaces (agency_lists._person_field)
    ),
    # once slow: a standing's scope or rank verb, then a run of spaces: the space runs after it (全省\s*…\s*
    # (?:排名)?\s*前…) split the run every way before failing (3,000 spaces after 全省 took five minutes)
    Generated(
        "standings_with_long_runs_of_spaces.txt",
        lambda: (
            "一、主要任务\n"
            + "".join(
                f"（{n}）专利数量{cue}" + space * 200_000 + "x。\n"
                for n, cue, space in (
                    ("一", "位居全省", " "),
                    ("二", "在全市", "\u3000"),
                    ("三", "保持", " "),
                    ("四", "高于全县", "\t"),
                )
            )
        ).encode(),
        60,
    ),
    # once slow: a year, then a run of spaces: 年\s*(?:月)?\s*(?:底|末)?\s* in deadlines and phase ranges
    # (2,000 spaces after 2025年 took 17 s)
    Generated(
        "year_with_a_long_run_of_spaces.txt",
        lambda: ("一、主要任务\n（一）加强保护，到2025年" + " " * 200_000 + "x。\n").encode(),
        60,
    ),
    # once slow: a standard's letters, then a run of spaces: GB\s*(?:/T)?\s*, DB32\s*(?:/T)?\s* before the
    # number (50,000 spaces after GB took more than 30 s)
    Generated(
        "standard_letters_with_long_runs_of_spaces.txt",
        lambda: (
            "一、主要任务\n（一）贯彻GB" + " " * 200_000 + "x。\n（二）贯彻DB32" + " " * 200_000 + "x。\n"
        ).encode(),
        60,
    ),
    # once slow: a task table's rows writing one number (merged 序号 cells, a typed table copied) each looked
    # for a free label from the first again (20,000 rows: two minutes)
    Generated(
        "task_table_rows_of_one_number.txt",
        lambda: (HEAD + "序号\t重点任务\t牵头单位\n" + "1\t开展专利导航。\t县科技局\n" * 20_000).encode(),
        60,
    ),
    Generated(
        "typed_task_table.txt",
        lambda: (
            HEAD
            + "序号  重点任务  牵头单位  完成时限\n"
            + "".join(f"{i % 900 + 1}  开展专利导航。  县科技局  2025年底\n" for i in range(20_000))
            + "         续行文字\n" * 2_000
        ).encode(),
        60,
    ),
    # once slow: each cell of a line typed with spaces measured its screen position from the line's start
    # (a header-like line of 20,000 cells: 72 s)
    Generated(
        "typed_line_of_many_cells.txt",
        lambda: (HEAD + "序号  重点任务  牵头单位" + "  县科技局" * 40_000 + "\n").encode(),
        60,
    ),
    # once slow: each opening ** of a Markdown line was read to the line's end looking for its closing pair
    # (20,000 unclosed pairs on a line: 12 s)
    Generated("unclosed_emphasis.md", lambda: (HEAD + "**开展 " * 100_000 + "\n").encode(), 60),
    # the shapes the Markdown converters' rewrites read (loaders/markdown.py): setext underlines, grid-table
    # borders, dash-run rules, HTML tags and tables left unclosed, each repeated on many lines or one
    Generated("setext_underlines.md", lambda: (HEAD + "县科技局\n---\n" * 40_000).encode(), 60),
    Generated(
        "grid_borders_and_bars.md",
        lambda: (HEAD + "+----+----+\n| 县科技局 | 开展 |\n" * 20_000).encode(),
        60,
    ),
    Generated(
        "grid_border_unclosed.md", lambda: (HEAD + "+" + "-+" * 20_000 + "-\n| a |\n" * 2).encode(), 60
    ),
    Generated("dash_run_rules.md", lambda: (HEAD + "序号  任务\n" + "----- -----\n" * 40_000).encode(), 60),
    Generated(
        "multiline_rules_unclosed.md",
        lambda: (HEAD + ("-" * 20 + "\n序号  任务\n----- -----\n1  开展\n\n") * 2_000).encode(),
        60,
    ),
    Generated(
        "unclosed_html_tags.md", lambda: (HEAD + "<span " * 20_000 + "<table " * 20_000 + "\n").encode(), 60
    ),
    Generated(
        "html_tables_in_markdown.md",
        lambda: (HEAD + "<table><tr><td>县科技局</td></tr></table>\n" * 2_000).encode(),
        60,
    ),
    # a list of towns with 各 before a count reads the noun after the count for each town: a long list, and
    # many such lists in one clause
    Generated(
        "towns_each_before_a_count.txt",
        lambda: (
            HEAD
            + "到2025年，"
            + "太姥山镇、" * 20_000
            + "点头镇各建成1个知识产权保护工作站。\n"
            + "到2025年，"
            + "太姥山镇、点头镇各建成1个工作站、" * 5_000
            + "\n"
        ).encode(),
        60,
    ),
    # years listed before 分别 give each value its year: a long list opening a sentence of many clauses, and
    # many clauses each with its own list
    Generated(
        "years_listed_before_respectively.txt",
        lambda: (
            HEAD
            + "到"
            + "2023年、" * 20_000
            + "2025年，"
            + "专利授权量分别达到1件、2件，" * 5_000
            + "。\n到2023年、2025年，"
            + "专利授权量分别达到1件、2件，" * 10_000
            + "。\n"
            + "2023年、2024年专利授权量分别达到1件、2件，" * 10_000
            + "\n"
        ).encode(),
        60,
    ),
    # a five-year term (“十四五”时期) read as the period of a plan naming no other is looked for outside 《》:
    # 20,000 of them in a title left open, and 40,000 short lines of dates in figures (2023.3.15) under body
    # names, each read as a signature's date
    Generated("open_title_five_year_terms.txt", lambda: (HEAD + "《" + "“十四五”时期" * 20_000).encode(), 20),
    Generated(
        "figure_dates_under_names.txt",
        lambda: (HEAD + "县市场监督管理局\n2023.3.15\n" * 20_000).encode(),
        30,
    ),
    # once slow: each label after a full stop split the rest of its line into sentences again, and each unit of
    # a note copied the note's whole text as its quote (20,000 sentences of 责任单位：… on a line: two minutes)
    Generated(
        "line_of_labelled_sentences.txt",
        lambda: (HEAD + "（一）开展执法" + "。责任单位：县市场监管局" * 20_000 + "\n").encode(),
        60,
    ),
    Generated(
        "line_of_labels_after_commas.txt",
        lambda: (HEAD + "（一）开展执法" + "，责任单位：县市场监管局" * 20_000 + "\n").encode(),
        60,
    ),
    Generated(
        "line_of_section_references.txt",
        lambda: (
            HEAD + "（一）开展执法。\n" + "".join(f"任务（一）{i}：县科技局牵头\n" for i in range(20_000))
        ).encode(),
        60,
    ),
    # labels written with a slash (牵头单位/配合单位：A/B, 责任单位/A): one label slashed again and again, and a
    # long list of units apart by slashes after paired labels
    Generated(
        "slashed_labels.txt",
        lambda: (
            HEAD
            + "（一）开展执法。（"
            + "责任单位/" * 20_000
            + "县科技局）\n（二）开展执法。（牵头单位/配合单位："
            + "县科技局/" * 20_000
            + "）\n"
        ).encode(),
        10,
    ),
    # the shapes of round 24, repeated: titles left open before their numbers, issuers before words of
    # issuing, numbers with bodies and 第, terms in force, dates in brackets on lines of their own
    Generated(
        "open_titles_and_terms.txt",
        lambda: (
            HEAD
            + "（一）贯彻"
            + "《规划（国发〔2021〕第20号）" * 10_000
            + "\n（二）贯彻"
            + "中共中央、国务院印发的《纲要》" * 10_000
            + "\n（三）按照"
            + "按照省知识产权局〔2022〕12号" * 10_000
            + "\n（四）本方案"
            + "有效期3年，自印发之日起施行" * 10_000
            + "\n"
            + "（2023-03-15）\n" * 20_000
        ).encode(),
        60,
    ),
    # a grid table whose task cell is merged down over 5,000 rows of measures (a border under some columns
    # only), and a grid line of 20,000 bars; 4,000 entries of a work list by month (3月底前：…); 部分, 章 and
    # 节 headings repeated (each 章 nests under the 部分 before it): each a task, no more than linear
    Generated("merged_grid.md", lambda: _merged_grid(5_000), 60),
    Generated(
        "work_list_by_month.txt",
        lambda: (
            HEAD + "".join(f"{i % 12 + 1}月底前：开展执法（责任单位：县科技局）\n" for i in range(4_000))
        ).encode(),
        60,
    ),
    Generated(
        "parts_chapters_sections.txt",
        lambda: (
            HEAD + "第一部分 重点任务\n第一章 强化创造\n第一节 提升质量\n1.开展执法。\n" * 2_000
        ).encode(),
        60,
    ),
    # goals read in new shapes, each 20,000 times: a list of years reaching its last (到2023年、2024年…，…),
    # a site before a verb of setting up (在乡镇建设…), the noun of a bare act in the clause before (推进专利开放
    # 许可…，实现许可5次), goal labels after their year with no number, and the whole year opening sentences
    Generated(
        "goal_shapes_repeated.txt",
        lambda: (
            "某县知识产权工作要点\n2024年主要目标：到"
            + "2023年、" * 20_000
            + "2025年，在"
            + "乡镇建设" * 20_000
            + "工作站3个，推进"
            + "专利开放许可" * 20_000
            + "，实现许可5次。\n"
            + "2024年主要目标：\n" * 20_000
            + "2024年全年，" * 20_000
            + "新增专利5件。\n"
        ).encode(),
        10,
    ),
    # notes in angle brackets (〈牵头单位：A〉) again and again, and angle brackets never closed
    Generated(
        "angle_bracket_notes.txt",
        lambda: (
            HEAD
            + "（一）开展执法。"
            + "〈牵头单位：县市场监管局〉" * 20_000
            + "\n（二）开展执法。"
            + "〈" * 20_000
            + "\n"
        ).encode(),
        10,
    ),
    # a cell under paired labels with 20,000 lines (牵头单位/配合单位: A<br>B<br>…), one of 20,000 spaces
    Generated(
        "paired_cell_lines.md",
        lambda: (
            HEAD
            + "\n| 序号 | 重点任务 | 牵头单位/配合单位 |\n| --- | --- | --- |\n| 1 | 开展执法 | "
            + "县科技局<br>" * 20_000
            + "县财政局 |\n| 2 | 开展执法 | "
            + " " * 20_000
            + "县科技局 |\n"
        ).encode(),
        10,
    ),
    # places gathered with their governments (各区、市人民政府), the levels listed 20,000 times; a party
    # committee and government (党委和政府) named 2,000 times (a list of 20,000 such names took 13 s until
    # round 25: party_committees_and_governments.txt below)
    Generated(
        "gathered_places.txt",
        lambda: (
            HEAD
            + "（一）开展执法。（责任单位：各区、"
            + "市、" * 20_000
            + "市人民政府）\n（二）开展执法。（责任单位："
            + "各县党委和政府、" * 2_000
            + "县科技局）\n"
        ).encode(),
        10,
    ),
    # 2,000 sections under one chapter, each closed by a note on the tasks above, then 2,000 more closed by
    # one such note (40,000 sections take minutes, with such notes or without)
    Generated(
        "notes_on_the_tasks_above.txt",
        lambda: (
            HEAD
            + "".join(f"（{i}）加强保护\n1.开展执法。\n以上任务由县科技局负责。\n" for i in range(2_000))
            + "".join(f"（{i}）加强保护\n1.开展执法。\n" for i in range(2_000))
            + "以上任务由县财政局负责。\n"
        ).encode(),
        30,
    ),
    # a forwarding heading's words and an issuing notice's titles repeated on the lines before the plan, a
    # plan's title repeated on 20,000 lines below them, an annex note before 20,000 annexes, and 20,000
    # wrapped lines under a row of a table typed with spaces
    Generated(
        "notice_heads_and_wraps.txt",
        lambda: (
            "关于转发" + "转发《某县方案》" * 2_000 + "的通知\n"
            "关于印发《某县知识产权工作方案》和《某县知识产权工作要点》的通知\n"
            + "某县知识产权工作要点\n" * 20_000
            + "一、重点任务\n1．3月底前，"
            + "3月底前，" * 5_000
            + "完成挂牌。\n附件：某县分工表\n"
            + "附件\n某县分工表\n" * 20_000
            + "序号  工作任务      责任单位    完成时限\n1     建设服务站，  县科技局    2024年3月\n"
            + "      配齐人员\n" * 20_000
        ).encode(),
        30,
    ),
    # units then helpers in sentences of their own (区科技局、区工信局，区财政局配合。) 2,000 times, 20,000 units
    # before one helper; 5,000 duties lines of a town's government the gazetteer does not know (营根镇人民政府：
    # 负责…); a task table's header written again in English below it, then 5,000 rows of English words
    Generated(
        "round25_roles.md",
        lambda: (
            HEAD
            + "（一）开展执法。"
            + "县科技局、县工信局，县财政局配合。" * 2_000
            + "\n（二）开展执法。"
            + "县科技局、" * 20_000
            + "县工信局，县财政局配合。\n二、职责分工\n"
            + "营根镇人民政府：负责辖区内宣传。\n" * 5_000
            + "\n| 序号 | 重点任务 | 牵头单位 |\n| --- | --- | --- |\n"
            + "| No. | Task | Lead unit |\n" * 5_000
        ).encode(),
        30,
    ),
    # round 25's hostile shapes, each once slower than linear:
    # - a line mixing 10,000 each of several citation shapes (titles, numbers alone, issuers' numbers): once
    #   14 s, linear by this round (4 s before its changes and after), kept as a guard;
    Generated(
        "citation_shapes_on_one_line.txt",
        lambda: (
            HEAD
            + "（一）贯彻"
            + "、".join(
                ["《专利法》", "〔2023〕5号", "国知发保字〔2022〕131号", "浙政办发〔2021〕3号文件"] * 10_000
            )
            + "。\n"
        ).encode(),
        20,
    ),
    # - a clause of thousands of values with no comma: each looked back to the clause's start for an open 《
    #   (a run of 上, whose code shares the mark's low byte, made each look slow: 20,000 values took 21 s), for
    #   the values read before it (counts in figures, in numerals and shares in words: 100 s), and for a
    #   deadline or directive before each value in words (翻番, 全覆盖: over two minutes); this case took 67 s, 8 s after;
    Generated(
        "values_in_one_clause.txt",
        lambda: (
            HEAD
            + "（一）到2025年"
            + "专利授权量达到5件以上 上上上上上上上上上上上上上上上上上上上上上上上上上上上上上上上上上上上上上上上 "
            * 20_000
            + "。\n（二）到2025年"
            + "专利授权量达到5件 商标注册量新增五件 质押融资增长百分之五 " * 5_000
            + "。\n（三）到2025年"
            + "专利授权量达到5件 商标注册量实现翻番 企业贯标实现全覆盖 " * 5_000
            + "。\n"
        ).encode(),
        20,
    ),
    # - a note listing 40,000 party committees and governments (各县党委和政府、…): the words before and after
    #   each 和 were read to the note's ends (48 s; 2.5 s after);
    Generated(
        "party_committees_and_governments.txt",
        lambda: (
            HEAD + "（一）开展执法。（责任单位：" + "各县党委和政府、" * 40_000 + "县科技局）\n"
        ).encode(),
        10,
    ),
    # - 14,000 items under one section, each closed by a note on the tasks above: each note walked all the
    #   items of its section (about 30 s; 11 s after, the work of that many tasks);
    Generated(
        "items_each_closed_by_a_note.txt",
        lambda: (HEAD + "（一）加强保护\n" + "1.开展执法。\n以上任务由县科技局负责。\n" * 14_000).encode(),
        20,
    ),
    # - an HTML table of 30,000 rows: each row's cells were looked for among all the table's (two minutes)
    Generated(
        "html_table_of_many_rows.html",
        lambda: (
            "<p>某县知识产权工作要点</p><table>"
            + "".join(f"<tr><td>{i}</td><td>{i + 1}</td><td>{i + 2}</td></tr>" for i in range(30_000))
            + "</table>"
        ).encode(),
        60,
    ),
    # round 26: names with a space typed inside (县 市场监管局), 20,000 in one list, 20,000 level prefixes parted
    # by spaces, and 40,000 short lines of a place and a body parted by a space
    Generated(
        "round26_spaced_names.txt",
        lambda: (
            HEAD
            + "（一）开展执法。牵头单位："
            + "县 市场监管局、" * 20_000
            + "县 科技局\n（二）开展执法。配合单位："
            + "县 " * 20_000
            + "县人民 法院\n"
            + "义乌 市场监管局\n" * 40_000
        ).encode(),
        30,
    ),
    # - a 分工表 of 4,000 rows restating the titles of 4,000 items: each row tried every title (69 s)
    Generated("restating_task_table.md", lambda: _restating_task_table(4_000), 20),
    # round 26's hostile shapes:
    # - a 分工表 of 2,000 rows saying the titles of 2,000 items in other words: each row weighed every title,
    #   and each link checked its order against every other (9 s; 1 s after);
    Generated("paraphrasing_task_table.md", lambda: _paraphrasing_task_table(2_000), 20),
    # - a .docx of 5,000 tables with merged cells, one table split over as many pages: each page joined
    #   listed all the rows joined before it to find the header (29 s to load; 2 s after);
    Generated("split_tables.docx", lambda: split_docx_tables(5_000), 30),
    # - a .docx cell merged down over 5,000 rows: python-docx looked up the rows above again for each row of
    #   the merge (RecursionError past 1,000 rows), and a first row going on merging from nothing (ValueError)
    Generated("merged_down_cells.docx", lambda: merged_down_docx(5_000), 30),
    # - 20,000 items each with a note of its own, and each closed by a note on the tasks above: linear (each
    #   note on the tasks above copied the items before it: a quadratic part, small at this size);
    Generated(
        "items_with_notes.txt",
        lambda: (
            HEAD
            + "".join(
                f"（{i % 9 + 1}）加强保护\n" * (i % 20 == 0)
                + f"{i % 20 + 1}.开展专利执法行动。（责任单位：县市场监管局、各乡镇党委和政府）\n"
                + "以上任务由县科技局负责。\n" * (i % 2)
                for i in range(20_000)
            )
        ).encode(),
        60,
        slow=True,
    ),
    # - shapes read in linear time already (about 2 s per MB), kept as guards: an HTML row of 50,000 cells,
    #   100,000 Markdown heading lines, 200,000 quoted titles on a line, a line of 50,000 unit names
    Generated(
        "html_row_of_many_cells.html",
        lambda: (
            "<p>某县知识产权工作要点</p><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr><tr>"
            + "".join(f"<td>县科技局{i}</td>" for i in range(50_000))
            + "</tr></table>"
        ).encode(),
        60,
        slow=True,
    ),
    Generated(
        "heading_lines.md",
        lambda: (
            "# 某县知识产权工作要点\n"
            + "".join(
                f"{'#' * (i % 4 + 2)} {'一二三四五六七八九十'[i % 10]}、加强保护\n" for i in range(100_000)
            )
        ).encode(),
        60,
        slow=True,
    ),
    Generated(
        "quoted_titles.txt",
        lambda: (HEAD + "（一）贯彻" + "《专利法》" * 200_000 + "。\n").encode(),
        60,
        slow=True,
    ),
    Generated(
        "line_of_unit_names.txt",
        lambda: (
            HEAD + "（一）开展执法。\n" + "、".join(["县市场监管局", "县科技局"] * 25_000) + "\n"
        ).encode(),
        60,
        slow=True,
    ),
    # round 26's new shapes, in runs: 商 between bodies (县科技局商县财政局) read at each 商, in a sentence and
    # in a note; a guiding word (指导) before bodies at each repeat; a chapter of 5,000 lines of duties, each a
    # town's bare name before a colon (more than a chapter of duties holds: no line read one by one)
    Generated(
        "consulting_runs.txt",
        lambda: (
            HEAD
            + "（一）开展执法。"
            + "县科技局商" * 20_000
            + "县财政局负责。\n（二）开展执法。（责任单位："
            + "县科技局商" * 20_000
            + "县财政局）\n"
        ).encode(),
        20,
    ),
    Generated(
        "guiding_run.txt",
        lambda: (HEAD + "（一）开展执法。县市场监管局" + "指导各乡镇" * 20_000 + "开展执法。\n").encode(),
        20,
    ),
    Generated(
        "duty_lines.txt",
        lambda: (
            "某县知识产权工作方案\n一、重点任务\n（一）加强保护。\n二、职责分工\n"
            + "".join(
                "".join("东西南北中金银铜铁石"[int(d)] for d in f"{i:04d}") + "镇：负责宣传。\n"
                for i in range(5_000)
            )
        ).encode(),
        60,
    ),
    # - 10,000 paragraphs under one heading, each closing with its own note: each a measure of the task, each
    #   note's clause looked for among all of the task's clauses (quadratic until found by bisection);
    Generated(
        "paragraphs_each_closed_by_a_note.txt",
        lambda: (HEAD + "（一）加强保护\n" + "开展执法检查。（责任单位：县科技局）\n" * 10_000).encode(),
        30,
    ),
    # - a Markdown outline of 10,000 unnumbered headings beside a numbered one: each styled heading's number
    #   counted the headings of its level before it (quadratic until counted as the outline is read);
    Generated(
        "unnumbered_headings_beside_numbered.md",
        lambda: (
            "# 某县方案\n\n## 一、目标\n\n到2025年达到5件。\n\n## 重点任务\n\n"
            + "### 开展执法\n\n开展执法。（责任单位：县科技局）\n\n" * 10_000
        ).encode(),
        30,
    ),
    # - 20,000 issuing cues wrapped over lines (现↵将《…》↵印) and a task table typed with spaces of 20,000
    #   rows, each task cell wrapping before its first comma
    Generated(
        "wrapped_issuing_cues.txt",
        lambda: ("各乡镇：\n" + "现\n将《某县方案》\n印" * 20_000 + "\n一、任务\n").encode(),
        20,
    ),
    Generated(
        "spaced_rows_wrapping_titles.txt",
        lambda: (
            HEAD
            + "序号  工作任务                      责任单位       完成时限\n"
            + "".join(
                f"{i:<6}开展重点产业专利导航分析与     镇财政所       2024年6月\n      预警服务\n"
                for i in range(1, 20_001)
            )
        ).encode(),
        20,
    ),
    Generated("plan_5mb.txt", lambda: _plan_of_size(5 * MIB), 120),
    Generated("plan_just_under_limit.txt", lambda: _plan_of_size(25 * MIB - 4096), 900, slow=True),
]


def run(case: str, max_bytes: int | None = None) -> dict[str, Any]:
    """Load and extract a case (a file path, or the name of a generated case); never raises."""
    from loaders import load_bytes
    from policykg.errors import PolicyKGError
    from policykg.extract.pipeline import extract_document

    generated = {g.name: g for g in GENERATED}
    if case in generated:
        name, data = case, generated[case].make()
    else:
        name, data = Path(case).name, Path(case).read_bytes()
    began, cpu = time.perf_counter(), time.process_time()
    try:
        loaded = load_bytes(data, name, max_bytes=max_bytes)
        doc = extract_document(loaded)
    except PolicyKGError as e:
        return {
            "outcome": "error",
            "type": type(e).__name__,
            "message": str(e),
            "bytes": len(data),
            "cpu": time.process_time() - cpu,
        }
    except Exception as e:  # the defect the tests look for: report it rather than die
        return {
            "outcome": "crash",
            "type": type(e).__name__,
            "message": str(e)[:500],
            "bytes": len(data),
            "cpu": time.process_time() - cpu,
        }
    return {
        "outcome": "ok",
        "bytes": len(data),
        "seconds": time.perf_counter() - began,
        "cpu": time.process_time() - cpu,
        "tasks": len(doc.tasks),
        "warnings": [w.code for w in doc.warnings],
        "provenance": _provenance_errors(doc, loaded.text),
    }


def _provenance_errors(doc: Any, text: str) -> list[str]:
    """Every span of the result slices back to its quote (the first few violations)."""
    bad = []
    if doc.length != len(text):
        bad.append("length")
    for task in doc.tasks:
        if text[task.span[0] : task.span[1]] != task.text:
            bad.append(f"task {task.path}")
        bad.extend(
            f"responsibility in {task.path}"
            for r in task.responsibilities
            if text[r.span[0] : r.span[1]] != r.quote
        )
    bad.extend(f"target {t.id}" for t in doc.targets if text[t.span[0] : t.span[1]] != t.quote)
    return bad[:5]
