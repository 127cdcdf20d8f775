"""Round 27: file formats and document structure as users bring them from county and city offices of
several provinces (Sichuan, Guizhou, Jiangxi, Hebei, Hunan): PDFs numbering their pages 1/3, Page 1 of 3,
·1· or with the number alone, a pdftotext copy keeping its page breaks, lists of sub-items closed by
semicolons, a drafting explanation beside the plan, a signature dated by its month, and a web page with a box of related links under the
plan; as text (UTF-8 and GB18030), PDF and web pages written for the tests.

What was read wrong before:
- A PDF's page number printed as 1/3, 3 / 12, Page 1 of 3, ·1· or a number alone at the foot of each page
  stayed in the text, between the lines of a sentence: a note wrapped over the page break read
  （牵头单位：市金融工作局；配合↵1/3↵单位：…） as a target of 1 单. Such a number counting the pages (going up
  by one a page, its count the same) is dropped, also from a pdftotext copy whose pages a form feed parts.
- Sub-items closed by a semicolon (（1）查处商标侵权案件10件以上；) were read as headings without work: no
  task, and their title kept the semicolon. They are tasks as items closed by 。 are, and a note closing
  the last of them (（2）加强检察监督。（责任单位：…）) speaks for the whole list, as a note on a line of its own
  after the list does.
- A drafting explanation (关于《…方案（征求意见稿）》的起草说明, 编制说明) was no kind of document: its
  起草过程 and 主要内容 chapters were tasks and its summary of the plan's aims targets. It restates the plan
  it explains, as a 政策解读 does: no tasks, no targets.
- A signature dated by its month alone (安远县人民政府办公室 ↵ 二〇二四年三月, 2024年3月) was no signature: the
  plan had no issuer and no date. The month is its date (2024-03) and the body above it its issuer.
- A notice listing its annex (附件：重点任务分工) and signed right below, before the plan it issues, opened an
  annex holding the whole plan: the note is the notice's, the plan's chapters stand alone.
- A title set on two lines with its place alone on the first (桐梓县 ↵ 知识产权强县建设工作方案) lost the place:
  the title was the second line and the region unknown. The place opens the title.
- A 政策解读 titled 《X》政策解读 that names X in brief (《方案》共分为三个部分) cited a document titled 方案: the
  brief names the plan the interpretation is about, as the full title does.
- A web page's box of related links under the plan (<div><h3>相关链接</h3><ul>…</ul></div>, or a box whose
  class is relate, xglj) stayed in the text after the signature: the plan's last chapter ran over the
  signature and the links to other pages.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats import to_pdf
from tests.plans import extracted, named_units

# --- page numbers in other forms ---------------------------------------------------------------------

MIANZHU = [
    "绵竹市知识产权强市建设三年行动方案（2024—2026年）",
    "为全面贯彻落实省委、省政府关于知识产权工作的决策部署，推动知识产权事业高质量发展，结合我市实际，制定本方案。",
    "一、主要目标",
    "到2026年，全市有效发明专利拥有量达到600件，培育国家知识产权优势企业5家。",
    "二、重点任务",
    "（一）强化知识产权创造",
    "1．实施高价值专利培育计划。聚焦清洁能源装备、磷化工等重点产业，每年遴选10家企业开展高价值专利培育。"
    "（牵头单位：市市场监管局；配合单位：市经信局、市科技局）",
    "2．推动商标品牌建设。支持企业申请注册商标，打造区域公用品牌。（牵头单位：市市场监管局；配合单位："
    "市文广旅局、市农业农村局）",
    "（二）加强知识产权保护",
    "3．健全行政执法与司法衔接机制。建立知识产权纠纷多元化解机制，设立知识产权维权援助工作站。"
    "（牵头单位：市市场监管局；配合单位：市法院、市检察院、市司法局）",
    "4．开展专项整治行动。聚焦重点领域和重点环节，严厉打击商标侵权、假冒专利等违法行为。"
    "（牵头单位：市市场监管局、市公安局）",
    "（三）促进知识产权运用",
    "5．拓展知识产权金融服务。推广知识产权质押融资、保险等金融产品，力争三年累计质押融资额突破5亿元。"
    "（牵头单位：市金融工作局；配合单位：市市场监管局、市农业农村局）",
    "6．推进专利转化实施。组织开展专利开放许可试点，促进高校院所专利向中小企业转移转化。（牵头单位：市科技局）",
    "三、保障措施",
    "（一）加强组织领导。市知识产权工作领导小组统筹推进本方案实施，各成员单位按照职责分工抓好落实。",
    "（二）加强督促检查。市市场监管局每年对方案实施情况开展评估，并将结果报市政府。",
]


def _pdf_reading(number_format: str) -> tuple[object, str]:
    data = to_pdf(MIANZHU, 14, page_numbers=True, number_format=number_format, pages=2)
    return extracted(data, "mianzhu.pdf")


def test_page_numbers_counting_the_pages_are_dropped() -> None:
    reference, reference_text = _pdf_reading("— {page} —")
    for number_format in (
        "{page}/{pages}",
        "{page} / {pages}",
        "Page {page} of {pages}",
        "·{page}·",
        "{page}",
    ):
        doc, text = _pdf_reading(number_format)
        assert text == reference_text, number_format
        assert [t.quote for t in doc.targets] == [t.quote for t in reference.targets]  # type: ignore[attr-defined]
        assert not any(t.unit == "单" for t in doc.targets)  # type: ignore[attr-defined]


def test_a_pdftotext_copy_drops_its_page_numbers() -> None:
    text = (
        "永丰县知识产权工作方案\n一、重点任务\n（一）推广知识产权质押融资。（牵头单位：县金融办；配合\n"
        "1/2\n\f单位：县市场监管局）\n（二）开展专利导航。（责任单位：县科技局）\n2/2\n\f"
    )
    doc, canonical = extracted(text.encode("gb18030"), "yongfeng.txt")
    assert "1/2" not in canonical
    assert "2/2" not in canonical
    assert named_units(doc)["一.(一)"] == [
        ("县金融办", "lead", "annotation"),
        ("县市场监管局", "support", "annotation"),
    ]


def test_numbers_of_a_table_closing_pages_stay() -> None:
    """A one-cell-per-line table's number cells that close two pages (3, then 7) count no pages."""
    from loaders.page_furniture import drop_edge_numbers

    pages = ["序号\n任务\n1\n开展导航\n2\n开展培训\n3", "开展执法\n4\n开展宣传\n5\n6\n7", "结束语"]
    assert drop_edge_numbers(pages) == pages
    assert drop_edge_numbers(["一、任务\n开展导航\n3/9", "二、保障\n强化保障\n4/9"]) == [
        "一、任务\n开展导航",
        "二、保障\n强化保障",
    ]


# --- sub-items closed by a semicolon -------------------------------------------------------------------

QIANXI = """黔西市2024年知识产权工作要点

为扎实推进2024年全市知识产权工作，特制定本要点。

一、加强知识产权保护
（一）强化行政保护
1.开展知识产权执法“铁拳”行动：
{items}
（责任单位：市市场监管局、市公安局）
2.建立快速维权机制。（责任单位：市市场监管局）
（二）强化司法保护
①推进知识产权案件“三合一”审判；
② 加强检察监督。（责任单位：市人民法院、市人民检察院）
"""

_ACTIONS = [
    "查处商标侵权案件10件以上",
    "查处假冒专利案件5件以上",
    "开展电商领域专项检查",
    "开展展会知识产权保护",
]


@settings(max_examples=12, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=4),
    style=st.sampled_from(["（{n}）", "({n}) ", "{c}", "（{n} ）"]),
    encoding=st.sampled_from(["utf-8", "gb18030"]),
)
def test_sub_items_closed_by_semicolons_are_tasks(count: int, style: str, encoding: str) -> None:
    enclosed = "⑴⑵⑶⑷"
    lines = [
        style.format(n=k + 1, c=enclosed[k]) + action + ("；" if k < count - 1 else "。")
        for k, action in enumerate(_ACTIONS[:count])
    ]
    doc, _ = extracted(QIANXI.format(items="\n".join(lines)).encode(encoding), "qianxi.txt")
    units = named_units(doc)
    pair = [("市市场监管局", "joint", "annotation"), ("市公安局", "joint", "annotation")]
    for k in range(count):
        assert units[f"一.(一).1.({k + 1})"] == pair
    titles = {t.path: t.title for t in doc.tasks}
    assert titles["一.(一).1.(1)"] == _ACTIONS[0]
    courts = [("市人民法院", "joint", "annotation"), ("市人民检察院", "joint", "annotation")]
    assert units["一.(二).①"] == units["一.(二).②"] == courts
    assert titles["一.(二).①"] == "推进知识产权案件“三合一”审判"
    assert "一.(一)" not in titles
    assert "一.(二)" not in titles


def test_a_semicolon_item_with_its_own_note_keeps_it() -> None:
    text = (
        "某县2024年知识产权工作要点\n一、重点任务\n（一）开展普法宣传：\n"
        "1.组织知识产权宣传周活动；（责任单位：县司法局）\n2.开展企业培训。（责任单位：县市场监管局）\n"
    )
    doc, _ = extracted(text)
    units = named_units(doc)
    assert units["一.(一).1"] == [("县司法局", "sole", "annotation")]
    assert units["一.(一).2"] == [("县市场监管局", "sole", "annotation")]
    assert [t.title for t in doc.tasks] == ["组织知识产权宣传周活动", "开展企业培训"]


# --- a drafting explanation ----------------------------------------------------------------------------

FEIXIANG = """关于《邯郸市肥乡区知识产权强区建设工作方案（征求意见稿）》的{kind}

一、起草背景

近年来，我区知识产权工作取得积极成效，但仍存在创造质量不高、运用效益不强等问题。为加快推进知识产权强区建设，区市场监管局起草了《邯郸市肥乡区知识产权强区建设工作方案（征求意见稿）》。

二、起草过程

2024年3月，区市场监管局启动方案起草工作，先后征求了区直有关部门和各乡镇意见，共收到意见建议12条，采纳9条。

三、主要内容

方案分为总体要求、主要目标、重点任务、保障措施四个部分。提出到2025年，全区有效发明专利拥有量达到200件。

四、需要说明的问题

方案中涉及的资金由区财政统筹安排。

邯郸市肥乡区市场监督管理局
2024年4月2日
"""


def test_a_drafting_explanation_sets_no_work() -> None:
    for kind in ("起草说明", "编制说明"):
        doc, _ = extracted(FEIXIANG.format(kind=kind))
        assert doc.plan.doc_type == kind
        assert doc.plan.doc_type_id == "drafting_note"
        assert doc.tasks == []
        assert doc.targets == []
        assert [i.name for i in doc.plan.issuers] == ["邯郸市肥乡区市场监督管理局"]


# --- a web page's related links --------------------------------------------------------------------------

RUIJIN = """<html><head><meta charset="utf-8"><title>瑞金市2024年知识产权工作要点</title></head><body>
<div class="article"><div class="TRS_Editor">
<p align="center"><b>瑞金市2024年知识产权工作要点</b></p>
<p>为扎实推进全市知识产权工作，结合我市实际，制定本要点。</p>
<p>一、提升知识产权创造水平</p>
<p>（一）加强高价值专利培育。全年新增发明专利授权量达到60件以上。（责任单位：市市场监管局、市科技局）</p>
<p>二、工作要求</p>
<p>各责任单位要于每季度末前将工作进展报送市市场监管局。</p>
<p align="right">瑞金市市场监督管理局</p>
<p align="right">2024年3月1日</p>
</div>
{box}
</div></body></html>"""

_LINKS = "<ul><li><a>瑞金市2023年知识产权工作总结</a></li><li><a>关于开展2024年知识产权宣传周活动的通知</a></li></ul>"


def test_a_box_of_related_links_is_the_sites() -> None:
    boxes = [
        f'<div class="box"><h3>相关链接</h3>{_LINKS}</div>',
        f'<div class="relate"><div class="tit">相关文章</div>{_LINKS}</div>',
        f'<div class="xglj"><span>【相关文件】</span>{_LINKS}</div>',
    ]
    for box in boxes:
        doc, text = extracted(RUIJIN.format(box=box).encode("utf-8"), "ruijin.html")
        assert "宣传周" not in text, box
        last = doc.tasks[-1]
        assert last.path == "二", box
        assert last.text.endswith("报送市市场监管局。"), box
    # a box holding the heading alone, or a line of the plan naming related documents, is no list of links
    box = "<div><p>相关链接</p></div><div><p>相关文件：《关于开展2024年知识产权宣传周活动的通知》</p></div>"
    _, text = extracted(RUIJIN.format(box=box).encode("utf-8"), "ruijin.html")
    assert "宣传周" in text


# --- a signature dated by its month alone ---------------------------------------------------------------

ANYUAN = """关于印发《安远县知识产权工作方案》的通知
安府办字（2024）12号
各乡镇人民政府，县直各有关单位：
现将《安远县知识产权工作方案》印发给你们，请认真贯彻落实。
安远县人民政府办公室
{date}

安远县知识产权工作方案

一、工作目标
到2025年，全县有效发明专利拥有量达到100件。
二、重点任务
（一）开展专利导航。（责任单位：县科技局）
"""


def test_a_signature_dated_by_its_month() -> None:
    for date in ("二〇二四年三月", "2024年3月", "2024年 3 月"):
        doc, _ = extracted(ANYUAN.format(date=date))
        assert [i.name for i in doc.plan.issuers] == ["安远县人民政府办公室"], date
        assert doc.plan.date == "2024-03", date
        assert doc.plan.date_evidence is not None
        assert doc.plan.date_evidence.quote == date
    doc, _ = extracted(ANYUAN.format(date="2024年13月"))
    assert doc.plan.date is None
    # a table read one cell a line closes the plan with a unit and a month: no signature
    for rows in (
        "1\n开展专利导航\n县科技局\n2024年6月\n",
        "1\n开展专利导航\n县科技局\n2024年6月\n2\n开展执法\n县市场监管局\n2024年12月\n",
    ):
        text = (
            "安远县2024年知识产权工作要点\n一、重点任务\n（一）开展专利导航。\n附件\n重点任务分工表\n"
            "序号\n任务\n牵头单位\n完成时限\n" + rows
        )
        doc, _ = extracted(text)
        assert doc.plan.date is None
        assert doc.plan.issuers == []


# --- a notice's note of its annex, signed right below ---------------------------------------------------

YANTING = """盐亭县人民政府办公室
关于印发《盐亭县知识产权强县建设工作方案
（2024—2026年）》的通知

盐府办发〔2024〕18号

各乡镇人民政府、社区管理中心，县级各部门，
各园区管委会：
    经县政府同意，现将《盐亭县知识产权强县建设工作方案（2024—2026年）》印发给你们，请认真贯彻执行。

    附件：{annexes}

盐亭县人民政府办公室
2024年7月2日

公开方式：主动公开

盐亭县知识产权强县建设工作方案
（2024—2026年）

    为深入实施知识产权强国战略，制定本方案。

    一、目标任务
    到2026年，全县有效发明专利拥有量达到120件。

    二、重点工作
    （一）推动专利转化运用。实施专利转化专项计划。（责任单位：县科技局、县经信局）
    （二）强化地理标志保护。支持“盐亭嫘祖蚕丝”申报地理标志。（责任单位：县市场监管局）
"""


def test_a_notice_naming_its_annex_opens_none() -> None:
    for annexes in ("盐亭县知识产权强县建设重点任务分工", "1．重点任务分工\n          2．指标体系"):
        doc, _ = extracted(YANTING.format(annexes=annexes).encode("gb18030"), "yanting.txt")
        assert [s.path for s in doc.sections if s.level <= 1] == ["一", "二"], annexes
        assert doc.plan.title == "盐亭县知识产权强县建设工作方案（2024—2026年）"
        assert [i.name for i in doc.plan.issuers] == ["盐亭县人民政府办公室"]
        assert [t.chapter_kind for t in doc.tasks] == ["tasks", "tasks"]


# --- a title whose place stands on a line of its own ----------------------------------------------------


def test_a_title_opening_with_its_place_on_a_line_of_its_own() -> None:
    body = (
        "\n为加快建设知识产权强县，制定本方案。\n一、工作目标\n到2025年，全县有效发明专利拥有量达到100件。\n"
        "二、重点任务\n（一）开展专利导航。（责任单位：县科技局）\n"
    )
    for head, title, region in (
        ("桐梓县\n知识产权强县建设工作方案\n", "桐梓县知识产权强县建设工作方案", "桐梓县"),
        (
            "遵义市汇川区\n知识产权强区建设工作方案（2024—2025年）\n",
            "遵义市汇川区知识产权强区建设工作方案（2024—2025年）",
            "汇川区",
        ),
    ):
        doc, _ = extracted((head + body).encode("gb18030"), "plan.txt")
        assert doc.plan.title == title
        assert doc.plan.region is not None
        assert doc.plan.region.name == region
    # a body's name above the title is its issuer, no part of it
    doc, _ = extracted("桐梓县市场监督管理局\n知识产权强县建设工作方案\n" + body)
    assert doc.plan.title == "知识产权强县建设工作方案"


# --- an interpretation naming its plan in brief ---------------------------------------------------------

NANCHANG = """《南昌县知识产权强县建设实施方案（2024—2026年）》政策解读

一、起草背景

为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》，县市场监管局牵头起草了《南昌县知识产权强县建设实施方案（2024—2026年）》（以下简称《方案》）。

二、主要内容

《方案》共分为三个部分，提出到2026年全县有效发明专利拥有量达到1500件。
"""


def test_an_interpretation_naming_its_plan_in_brief_cites_it_not() -> None:
    doc, _ = extracted(NANCHANG)
    assert doc.plan.doc_type == "政策解读"
    assert [c.title for c in doc.citations] == ["知识产权强国建设纲要（2021—2035年）"]
