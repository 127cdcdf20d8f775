"""Round 16, plans in shapes the corpus does not show (a GB18030 .txt whose items close with a field line, a
GB2312 web page, a .docx task table), written for the tests.

- A last item closing with a field line no punctuation ends (责任单位：A、B, 【责任单位】A, 完成时限：2024年4月底前)
  and then, after a blank line or none, the plan's signature and date: the lines joined into one paragraph,
  and the signature became the item's words (its deadline read on into it: '2024年4月底前攸县市场监督管理局
  2024年1月20'), or the 【责任单位】 line was read as a signature line (the item lost its units, which became
  the plan's issuers). Now a dated signature after such a line is a paragraph of its own, the plan's back
  matter, and a line opening with a label of the units or the time limit is never a signature or header line.
- 人行双流支行 in a plan of 双流区 (a place whose name without 区 is an ordinary word, so the gazetteer gives it
  no short name) was placed nowhere; it is the district's People's Bank branch, as 人行临泽支行 is 临泽县's.
- A target after a year with a month's deadline (2024年6月底前在区级层面建成调解组织1个) kept '6月底前' in its
  indicator; the deadline is the year's, as 2024年底前 is.
- A web page's record line holding its date beside the page's counters (发布日期：2024年03月06日　点击数：[ 468 ])
  was dropped as tool-bar chrome, so a page whose plan carries no signature had no date.
- A county's merged culture bureau written 文化旅游广电体育局 / 文旅广体局 / 文旅广电局 had no type.
- A task-table row with no time column read no deadline from its own words (…，2024年9月底前挂牌运行).
"""

from __future__ import annotations

import io

from docx import Document as new_docx
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.structure import build_paragraphs
from tests.plans import extracted, named_units, resolved_agency

HEAD = """攸县2024年知识产权工作计划

一、工作任务
1.加强专利创造。组织开展专利申请质量提升行动。
责任单位：县市场监管局
2.加强知识产权宣传。开展系列宣传活动。
"""
SIGNATURE = "攸县市场监督管理局\n2024年1月20日\n"


def _last(tail: str, gap: str = "\n") -> tuple[str, str | None, list[tuple[str, str, str]], list[str]]:
    doc, _ = extracted((HEAD + tail + gap + SIGNATURE).encode("gb18030"), "plan.txt")
    task = doc.tasks[-1]
    return task.text, task.deadline, named_units(doc)[task.path], [i.name for i in doc.plan.issuers]


def test_signature_after_a_time_limit_line_is_back_matter() -> None:
    for gap in ("\n", ""):
        text, deadline, _, issuers = _last("完成时限：2024年4月底前\n", gap)
        assert text.endswith("完成时限：2024年4月底前")
        assert deadline == "2024年4月底前"
        assert issuers == ["攸县市场监督管理局"]


def test_signature_after_a_units_line_is_back_matter() -> None:
    for line in ("责任单位：县委宣传部、县市场监管局\n", "牵头单位：县委宣传部\n"):
        text, _, units, _ = _last(line)
        assert "攸县市场监督管理局" not in text
        assert units
        assert units[0][0] == "县委宣传部"


def test_bracketed_units_label_is_no_signature() -> None:
    text, _, units, issuers = _last("【责任单位】县委宣传部、县市场监管局\n")
    assert text.endswith("【责任单位】县委宣传部、县市场监管局")
    assert [(s, role) for s, role, _ in units] == [("县委宣传部", "joint"), ("县市场监管局", "joint")]
    assert issuers == ["攸县市场监督管理局"]


def test_units_and_time_limit_lines_then_signature() -> None:
    text, deadline, units, _ = _last("【责任单位】县委宣传部、县市场监管局\n【完成时间】2024年4月底前\n")
    assert text.endswith("【完成时间】2024年4月底前")
    assert deadline == "2024年4月底前"
    assert {s for s, _, _ in units} == {"县委宣传部", "县市场监管局"}


_LINE = st.text(alphabet="县市场监管局科技责任单位完成时限：、。2024年月日前攸", min_size=1, max_size=14)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=5), st.sampled_from(["\n", "\n\n"]), st.booleans())
def test_paragraphs_keep_every_line_once(lines: list[str], gap: str, signed: bool) -> None:
    """However a signature is split off a paragraph, every line of text is in exactly one paragraph, in order."""
    text = "\n".join(lines) + (gap + SIGNATURE if signed else "\n")
    paragraphs = build_paragraphs(text, [])
    spans = [line for p in paragraphs for line in p.lines]
    assert spans == sorted(spans)
    assert len(spans) == len({s for s, _ in spans})
    assert all(p.span == (p.lines[0][0], p.lines[-1][1]) for p in paragraphs)
    assert [text[s:e] for s, e in spans] == [line.strip() for line in text.split("\n") if line.strip()]


def test_peoples_bank_branch_named_by_the_plans_place_without_its_level() -> None:
    for surface in ("人行双流支行", "人民银行双流支行"):
        assert resolved_agency("510116", surface)[0] == "agency/510116/central_bank_branch"
    # from the city's plan, the district below it
    assert resolved_agency("510100", "人行双流支行")[3] == "510116"
    # a name that reads no level after the place stays unplaced
    assert resolved_agency("510116", "人行双流")[3] is None


def test_merged_culture_bureau_names() -> None:
    for surface in ("县文化旅游广电体育局", "县文旅广体局", "县文旅广电局"):
        assert resolved_agency("430923", surface)[2] == "culture_tourism"


WEB_PAGE = """<html><head><meta charset="gb2312"><title>浏阳市2024年知识产权工作要点</title></head><body>
<div class="position">当前位置：首页 &gt;&gt; 信息公开 &gt;&gt; 部门文件</div>
<h2>浏阳市2024年知识产权工作要点</h2>
<p class="meta">信息来源：浏阳市市场监督管理局　发布日期：2024年03月06日　点击数：[ 468 ]</p>
<div id="zoom">
<p style="text-indent:2em"><strong>一、加强知识产权保护</strong></p>
<p style="text-indent:2em"><strong>（一）健全纠纷调解机制。</strong>推动知识产权纠纷人民调解组织建设，2024年6月底前在市级层面建成调解组织1个。（责任单位：市司法局、市法院）</p>
<p style="text-indent:2em"><strong>（二）推进知识产权金融。</strong>全年质押融资额达到10亿元。（牵头单位：市金融办；配合单位：人行浏阳支行）</p>
</div>
<div class="fx">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div class="foot">版权所有：浏阳市人民政府 网站标识码：4301810001 湘ICP备12345678号-1</div>
</body></html>"""


def test_web_page_record_line_beside_counters_dates_the_plan() -> None:
    doc, text = extracted(WEB_PAGE.encode("gb2312"), "page.html")
    assert doc.plan.date == "2024-03-06"
    assert "点击数" in text  # the record line is kept, its counter passed over
    assert not any("版权所有" in t.text or "分享到" in t.text for t in doc.tasks)
    # a tool bar's counter the loader knows (浏览次数) no longer drops the line with the date beside it
    page = WEB_PAGE.replace("点击数：[ 468 ]", "浏览次数：1352　字号：[大 中 小]")
    doc, text = extracted(page.encode("gb2312"), "page.html")
    assert doc.plan.date == "2024-03-06"
    assert "发布日期：2024年03月06日" in text


def test_month_deadline_after_the_year_is_no_part_of_the_indicator() -> None:
    doc, _ = extracted(WEB_PAGE.encode("gb2312"), "page.html")
    got = {(t.indicator, t.value, t.unit, t.year) for t in doc.targets}
    assert ("在市级层面建成调解组织", 1.0, "个", 2024) in got
    plan = "某某县2024年知识产权工作计划\n一、工作任务\n1.推进商标品牌建设。2024年上半年前完成商标品牌指导站建设3个。\n"
    doc, _ = extracted(plan, "plan.txt")
    assert [(t.indicator, t.year) for t in doc.targets] == [("完成商标品牌指导站建设", 2024)]


def _docx_table_plan() -> bytes:
    document = new_docx()
    for line in ("永嘉县2024年知识产权工作要点", "一、重点工作"):
        document.add_paragraph(line)
    rows = [
        ("序号", "工作任务", "具体措施", "牵头单位", "配合单位"),
        (
            "1",
            "强化知识产权保护",
            "建设县知识产权维权援助工作站，2024年9月底前挂牌运行。",
            "县市场监管局",
            "县司法局",
        ),
        ("2", "", "开展打击侵权假冒专项行动。", "县公安局", "县市场监管局\n县文广旅体局"),
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    table.cell(1, 1).merge(table.cell(2, 1))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_task_row_without_a_time_column_reads_its_own_deadline() -> None:
    doc, _ = extracted(_docx_table_plan(), "plan.docx")
    rows = {t.path: t for t in doc.tasks if t.kind == "table_row"}
    # the merged 工作任务 cell is the rows' category: each row's task is its 具体措施 (round 36)
    assert [(t.title, t.deadline, t.deadline_date) for t in rows.values()] == [
        ("建设县知识产权维权援助工作站", "2024年9月底前", "2024-09"),
        ("开展打击侵权假冒专项行动", None, None),
    ]
    second = named_units(doc)[list(rows)[1]]
    assert [(s, role) for s, role, _ in second] == [
        ("县公安局", "lead"),
        ("县市场监管局", "support"),
        ("县文广旅体局", "support"),
    ]
