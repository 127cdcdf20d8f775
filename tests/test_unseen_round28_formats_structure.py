"""Round 28: file formats and document structure in shapes the corpus does not show (a county of Henan,
a district of Tianshui, a county-level city of Hunan and of Shandong, a county of Ningxia's web page, a
county of Guangdong written in traditional characters).

What was read wrong before:

- chapters and items numbered with a comma for the 、 (一，重点任务 / 1，开展高价值专利培育行动) were no
  headings: the plan had no chapters, its items were clauses of the paragraph (段1), and a section typed
  （一），… kept the comma in its title; a sentence so numbered inside a paragraph or closed by ；/。
  (1，依法查处侵权案件；) still opens no heading;
- a notice issuing the plan and its task division, the plan's title unmarked (现将X工作方案及《任务分工》
  印发给你们, 关于印发X工作方案及任务分工的通知 … 按照《任务分工》), cited 任务分工 as another document:
  it is issued with the plan (publishes);
- 关于印发《X工作方案》及任务分工的通知 heading the plan gave it the title "X工作方案》及任务分工" and the
  type 任务分工: the plan is X工作方案;
- a web page's related links written as plain paragraphs (<p>相关链接</p><p><a>…</a></p>…, 相关阅读：)
  stayed plan text: a linked title became the plan's title and region, the links its last chapter's words;
  in a text copy of such a page (相关链接： then 《…》 titles to the end) each linked title was cited;
- a page of two columns as pdftotext -layout prints it (一、工作目标      （二）强化知识产权保护…, each
  line across both columns) was read line by line across the columns: chapters lost and tasks mixed. Each
  such page is read left column then right; a table spaced into columns on another page stays a table;
- a plan in traditional characters (責任單位：縣市場監管局) was only warned about: no unit, no role, no goal
  chapter was read. It is read converted to simplified characters one for one (OpenCC t2s), every offset
  the original's.
"""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units

XIXIA = "西峡县知识产权强县建设试点工作方案\n为加快推进知识产权强县建设，结合我县实际，制定本方案。\n"


def _sections(text: str) -> list[tuple[str, str, str | None]]:
    doc, _ = extracted(text)
    return [(s.path, s.kind, s.title) for s in doc.sections]


def test_chapters_and_items_numbered_with_a_comma_are_headings() -> None:
    doc, _ = extracted(
        XIXIA + "一，总体要求\n到2025年，全县有效发明专利拥有量达到300件。\n二，重点任务\n"
        "（一），提升知识产权创造质量\n1，开展高价值专利培育行动\n围绕香菇特色产业培育高价值专利组合，做到：\n"
        "1，依法查处侵权假冒案件；\n2，建立快速维权机制，提升维权效率。\n"
        "（责任单位：县市场监管局、县科技局）\n2，推进商标品牌建设\n实施商标品牌战略。"
        "（牵头单位：县市场监管局；配合单位：县农业农村局）\n三，保障措施\n加强组织领导。\n"
    )
    assert [(s.path, s.kind, s.title) for s in doc.sections] == [
        ("一", "chapter", "总体要求"),
        ("二", "chapter", "重点任务"),
        ("二.(一)", "section", "提升知识产权创造质量"),
        ("二.(一).1", "item", "开展高价值专利培育行动"),
        ("二.(一).2", "item", "推进商标品牌建设"),
        ("三", "chapter", "保障措施"),
    ]
    units = named_units(doc)
    assert units["二.(一).1"] == [
        ("县市场监管局", "joint", "annotation"),
        ("县科技局", "joint", "annotation"),
    ]
    assert units["二.(一).2"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县农业农村局", "support", "annotation"),
    ]


@settings(max_examples=40, deadline=None)
@given(
    number=st.sampled_from("二三四五六"),
    words=st.text(alphabet="加强知识产权保护创造运用管理服务体系建设", min_size=2, max_size=20),
    comma=st.sampled_from("，,"),
    item=st.integers(min_value=1, max_value=99),
    sentence=st.text(alphabet="查处侵权假冒案件开展专项行动维权", min_size=2, max_size=20),
    end=st.sampled_from("。；;！"),
)
def test_a_short_line_after_a_number_and_a_comma_heads_and_a_sentence_does_not(
    number: str, words: str, comma: str, item: int, sentence: str, end: str
) -> None:
    sections = _sections(
        XIXIA + f"一、总体要求\n加强组织领导。\n{number}{comma}{words}\n（一）强化执法。工作中要做到：\n"
        f"{item}{comma}{sentence}{end}\n"
    )
    assert sections[1:] == [(number, "chapter", words), (f"{number}.(一)", "section", "强化执法")]


PINGDU_BODY = (
    "一、主要任务\n（一）加强专利创造。支持企业开展专利布局，按照《任务分工》要求抓好落实。"
    "（牵头单位：市市场监管局）\n"
)


def test_the_task_division_issued_with_the_plan_is_published_not_cited() -> None:
    marked, _ = extracted(
        "平度市人民政府办公室\n关于印发平度市知识产权强市建设工作方案及任务分工的通知\n各镇人民政府：\n"
        "现将平度市知识产权强市建设工作方案及《任务分工》印发给你们，请认真贯彻执行。\n"
        "平度市知识产权强市建设工作方案\n" + PINGDU_BODY
    )
    assert marked.plan.title == "平度市知识产权强市建设工作方案"
    assert [(c.relation, c.title) for c in marked.citations] == [
        ("publishes", "任务分工"),
        ("publishes", "任务分工"),
    ]
    # an outside document still cited
    other, _ = extracted(
        "平度市知识产权强市建设工作方案\n为加快建设知识产权强市，制定本方案。\n"
        "一、主要任务\n（一）加强专利创造。按照《任务分工》要求抓好落实。\n"
    )
    assert [(c.relation, c.title) for c in other.citations] == [("cites", "任务分工")]


def test_a_notice_heading_issuing_a_marked_plan_and_its_division_titles_the_plan() -> None:
    doc, _ = extracted(
        "浏阳市人民政府办公室\n关于印发《浏阳市知识产权强市建设工作方案》及任务分工的通知\n各镇人民政府：\n"
        "现将工作方案及任务分工印发给你们，请认真贯彻执行。\n一、主要任务\n（一）加强专利创造。"
        "（牵头单位：市市场监管局）\n"
    )
    assert (doc.plan.title, doc.plan.doc_type) == ("浏阳市知识产权强市建设工作方案", "工作方案")


YANCHI_PAGE = """<html><head><title>盐池县知识产权强县建设工作方案</title></head><body>
<div class="article">
<h1>盐池县知识产权强县建设工作方案</h1>
<p>为深入实施知识产权强国战略，结合我县实际，制定本方案。</p>
<p>一、重点任务</p>
<p>（一）培育滩羊地理标志品牌。加强“盐池滩羊”地理标志保护。（责任单位：县市场监管局、县农业农村局）</p>
<p>二、保障措施</p>
<p>加强组织领导，县市场监管局负责统筹协调。</p>
<p>盐池县人民政府办公室</p>
<p>2024年5月8日</p>
<p>{heading}</p>
<p><a href="/a.html">关于印发宁夏回族自治区知识产权强区建设纲要的通知</a></p>
<p>2. <a href="/b.html">吴忠市知识产权强市建设工作方案</a>　2024-03-01</p>
<p><strong>相关阅读：</strong></p>
<p><a href="/c.html">盐池县召开知识产权工作推进会</a></p>
</div></body></html>"""


def test_related_links_written_as_paragraphs_are_the_sites() -> None:
    for heading in ("相关链接", "【相关文件】", "<strong>相关阅读：</strong>"):
        doc, text = extracted(YANCHI_PAGE.format(heading=heading), "plan.html")
        assert "吴忠" not in text
        assert "推进会" not in text
        assert doc.plan.title == "盐池县知识产权强县建设工作方案"
        assert doc.plan.region is not None
        assert doc.plan.region.name == "盐池县"
    # a paragraph of words after such a heading: the plan's, the heading and links with it
    page = YANCHI_PAGE.format(heading="相关文件").replace(
        '<p><a href="/c.html">盐池县召开知识产权工作推进会</a></p>', "<p>各单位要结合实际认真抓好落实。</p>"
    )
    doc, text = extracted(page, "plan.html")
    assert "各单位要结合实际认真抓好落实" in text
    assert "吴忠" in text


XINGBIN_COPY = (
    "首页 > 政务公开 > 政策文件\n来宾市兴宾区知识产权强区建设工作方案\n为加快知识产权强区建设，制定本方案。\n"
    "一、重点任务\n（一）推进甘蔗产业专利布局。落实《广西壮族自治区知识产权保护和运用“十四五”规划》。"
    "（牵头单位：区科技局）\n二、保障措施\n加强组织领导。\n来宾市兴宾区人民政府办公室\n2024年7月1日\n"
)


def test_related_links_closing_a_text_copy_of_a_page_are_not_cited() -> None:
    links = "{heading}\n《广西壮族自治区知识产权强区建设纲要实施方案》\n《来宾市知识产权强市建设工作方案》\n【打印本页】【关闭窗口】\n"
    for heading in ("相关链接：", "【相关文件】", "延伸阅读"):
        doc, _ = extracted(XINGBIN_COPY + links.format(heading=heading))
        assert [c.title for c in doc.citations] == ["广西壮族自治区知识产权保护和运用“十四五”规划"]
    # a list of documents the plan's words follow is the plan's
    doc, _ = extracted(XINGBIN_COPY + links.format(heading="相关文件：") + "请各单位遵照执行。\n")
    assert len(doc.citations) == 3


DABU = (
    "大埔縣知識產權強縣建設工作方案\n為深入實施知識產權強國戰略，加快知識產權強縣建設，結合本縣實際，制定本方案。\n"
    "一、工作目標\n到2025年，全縣有效發明專利擁有量達到120件，新增註冊商標500件。\n二、重點任務\n"
    "（一）提升專利創造質量。支持企業開展高價值專利培育。（責任單位：縣市場監管局、縣科技局）\n"
    "（二）加強商標品牌建設。推動地理標誌產品保護。（牽頭單位：縣市場監管局；配合單位：縣農業農村局）\n"
    "三、保障措施\n加強組織領導，保護著作權。\n大埔縣人民政府\n2024年3月15日\n"
)


def test_a_plan_in_traditional_characters_is_read_in_simplified_ones_offset_for_offset() -> None:
    doc, text = extracted(DABU)
    assert len(text) == len(DABU)
    assert text.startswith("大埔县知识产权强县建设工作方案")
    assert "保护著作权" in text
    assert [(s.path, s.title) for s in doc.sections][:2] == [("一", "工作目标"), ("二", "重点任务")]
    units = named_units(doc)
    assert units["二.(一)"] == [("县市场监管局", "joint", "annotation"), ("县科技局", "joint", "annotation")]
    assert units["二.(二)"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县农业农村局", "support", "annotation"),
    ]
    assert doc.plan.region is not None
    assert doc.plan.region.name == "大埔县"
    assert doc.plan.issuers[0].name == "大埔县人民政府"
    assert [(t.indicator, t.value) for t in doc.targets] == [("有效发明专利拥有量", 120), ("注册商标", 500)]
    for task in doc.tasks:  # each quote stands where the original's characters stand
        assert len(DABU[task.span[0] : task.span[1]]) == len(task.text)
    mention = doc.tasks[0].responsibilities[0].mention_span
    assert mention is not None
    assert DABU[mention[0] : mention[1]] == "縣市場監管局"
    assert any(w.code == "loader" and "converted" in w.message for w in doc.warnings)


def _two_columns(left: list[str], right: list[str], width: int = 18) -> list[str]:
    """The lines pdftotext -layout prints for a page of two columns of ``width`` characters."""
    lines_l = [line for para in left for line in textwrap.wrap(para, width)]
    lines_r = [line for para in right for line in textwrap.wrap(para, width)]
    column = 2 * width + 4  # the right column placed by its position on the page
    rows = []
    for i in range(max(len(lines_l), len(lines_r))):
        a = lines_l[i] if i < len(lines_l) else ""
        b = lines_r[i] if i < len(lines_r) else ""
        rows.append(a + " " * (column - len(a)) + b if b else a)
    return rows


def test_a_page_of_two_columns_is_read_column_after_column() -> None:
    page = [
        "                    曲靖市麒麟区知识产权强区建设工作方案",
        "",
        "为推进知识产权强区建设，结合我区实际，制定本方案。",
        *_two_columns(
            [
                "一、工作目标",
                "到2025年，全区有效发明专利拥有量达到500件。",
                "二、重点任务",
                "（一）提升专利质量。支持企业围绕新能源电池产业开展高价值专利培育。（责任单位：区科工信局）",
            ],
            [
                "（二）强化知识产权保护。开展执法专项行动，严厉打击侵权假冒行为。（责任单位：区市场监管局）",
                "三、保障措施",
                "（一）强化资金保障。区财政每年安排专项资金50万元。（责任单位：区财政局）",
            ],
        ),
        "",
        "                              — 1 —",
    ]
    table = [
        "附件",
        "           重点任务分工表",
        "序号   工作任务                          牵头单位          配合单位",
        "1      开展专利质押融资入园惠企行动      区市场监管局      区金融办",
        "2      建设知识产权服务工作站            区科工信局        区市场监管局",
    ]
    cells = [
        ("工作任务", "牵头单位"),
        ("开展专利质押融资入园惠企行动", "区市场监管局"),
        ("建设服务工作站", "区科工信局"),
    ]
    pairs = [f"{task:<30}{unit}" for task, unit in cells]  # two columns of cells, placed as pdftotext does
    doc, text = extracted("\n".join(page) + "\n\f" + "\n".join(table) + "\n\f" + "\n".join(pairs) + "\n\f")
    assert all(pair in text for pair in pairs)
    assert [(s.path, s.title) for s in doc.sections] == [
        ("一", "工作目标"),
        ("二", "重点任务"),
        ("二.(一)", "提升专利质量"),
        ("二.(二)", "强化知识产权保护"),
        ("三", "保障措施"),
        ("三.(一)", "强化资金保障"),
        ("附件", "重点任务分工表"),
    ]
    units = named_units(doc)
    assert units["二.(二)"] == [("区市场监管局", "sole", "annotation")]
    assert units["三.(一)"] == [("区财政局", "sole", "annotation")]
    assert units["附件.表1.2"] == [("区科工信局", "lead", "table"), ("区市场监管局", "support", "table")]
    assert "— 1 —" not in text
