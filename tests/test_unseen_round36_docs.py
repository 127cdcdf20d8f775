"""Round 36: documents as western county and district plans reach the pipeline: WeChat reposts of 工作要点 and
行动方案 (遵义汇川, 阿坝九寨沟) with their quote boxes and furniture, text copied from PDFs with each paragraph's
first line indented (黔南都匀), and a multi-year 实施意见 setting a milestone for the year it is issued (海西德令哈).

What was read wrong before:

- a Markdown block quote's marks (> 全年目标：…, > > nested, >> ) stayed in the text: a quote box above the
  first chapter lost its targets, a quoted goal read '> 知识产权质押…' and its key '>知识产权质押融资…', a
  quoted requirement named the body '> 各乡镇' (a town, not all towns);
- a repost's furniture (点击蓝字 关注我们, 原创 XX 2024-05-17, 点击“阅读原文”) was the plan's title, and so was the
  article's headline (政策速递丨…工作要点出炉, 九寨沟县印发《…》): no kind of plan, no period and, without the
  number on a line of its own, no number, though the lead sentence (近日，X印发《Y》（号）) names all three;
- in text copied from a PDF (paragraphs opening indented, their wrapped lines flush), a line ending with a
  closing quote or a qualifier's bracket inside a sentence (…突破1.2万件，“都匀毛尖”↵地理标志…, …2.5件（含）↵
  以上…) ended the paragraph: one goal became two and the second lost its qualifier;
- a target dated 年内 (within the year) in a plan running to a later year took the plan's last year and the
  annual flag (年内实现质押融资1000万元 in a 实施意见 of 2024 to 2026: 2026, each year), or the year its sentence
  opens with (到2026年，…；年内完成…10家), instead of the issuing year, once.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

HUICHUAN = "# 汇川区2024年知识产权工作要点\n\n"


@settings(max_examples=12, deadline=None)
@given(mark=st.sampled_from(["> ", ">", "> > ", ">> ", "   > ", "> >"]), bold=st.booleans())
def test_a_block_quotes_marks_are_markup(mark: str, bold: bool) -> None:
    label = "**全年目标：**" if bold else "全年目标："
    doc, canonical = extracted(
        HUICHUAN
        + f"{mark}{label}发明专利授权量较上年增长10%以上，每万人口高价值发明专利拥有量达到6.5件。\n\n"
        "## 一、工作目标\n\n"
        f"{mark}知识产权质押融资登记金额突破3亿元。\n\n"
        "## 二、重点任务\n\n1.提升专利质量。开展高价值专利培育（区科技局牵头，区工信局配合）。\n\n"
        "## 三、工作要求\n\n"
        f"{mark}各乡镇、各单位要对照任务分工，于12月5日前报送年度工作总结。\n",
        "plan.md",
    )
    assert "\n>" not in canonical
    assert "\n >" not in canonical
    keys = {t.indicator_key: (t.value, t.year) for t in doc.targets}
    assert keys["发明专利授权量增长率"] == (10, 2024)
    assert keys["每万人口高价值发明专利拥有量"] == (6.5, 2024)
    assert keys["知识产权质押融资额"] == (3, 2024)
    assert [g.title for g in doc.goals if g.path.startswith("一")] == ["知识产权质押融资登记金额突破3亿元"]
    towns = [a for a in doc.agencies if "乡镇" in a.name]
    assert [(a.surfaces, a.type) for a in towns] == [(["各乡镇"], "all_towns")]


def test_a_quoted_heading_and_table_are_read_as_written() -> None:
    doc, _ = extracted(
        HUICHUAN + "> ## 一、重点任务\n>\n> | 序号 | 重点任务 | 责任单位 |\n> | --- | --- | --- |\n"
        "> | 1 | 推进专利导航 | 区科技局 |\n",
        "plan.md",
    )
    assert ("一", "重点任务") in [(s.path, s.title) for s in doc.sections]
    assert len(doc.tables) == 1
    assert [r.agency.surface for t in doc.tasks for r in t.responsibilities] == ["区科技局"]


HUICHUAN_REPOST = (
    "{furniture}# {headline}\n\n汇川区市场监管局 2024年04月12日 09:05 贵州\n\n"
    "近日，遵义市汇川区知识产权工作领导小组印发《汇川区2024年知识产权工作要点》（汇知领〔2024〕1号），"
    "明确5个方面18项重点工作。\n\n## 一、强化知识产权创造\n\n"
    "1.提升专利质量。开展高价值专利培育，新增发明专利授权100件（区科技局牵头，区工信局配合）。\n"
)


@settings(max_examples=12, deadline=None)
@given(
    furniture=st.sampled_from(
        ["", "点击蓝字 关注我们\n\n", "点击上方“汇川发布”关注我们\n\n", "原创 汇川发布 2024-04-12 09:05\n\n"]
    ),
    headline=st.sampled_from(["政策速递丨汇川区2024年知识产权工作要点出炉", "一图读懂｜今年汇川这样干"]),
)
def test_a_reposts_lead_names_the_plan_its_headline_does_not(furniture: str, headline: str) -> None:
    doc, _ = extracted(HUICHUAN_REPOST.format(furniture=furniture, headline=headline), "plan.md")
    plan = doc.plan
    assert plan.title == "汇川区2024年知识产权工作要点"
    assert plan.doc_type == "工作要点"
    assert plan.doc_number == "汇知领〔2024〕1号"
    assert [i.name for i in plan.issuers] == ["遵义市汇川区知识产权工作领导小组"]
    assert plan.period is not None
    assert (plan.period.start or "")[:4] == "2024"
    assert [t.year for t in doc.targets] == [2024]


def test_furniture_alone_is_never_the_title() -> None:
    doc, _ = extracted(
        "点击蓝字 关注我们\n\n# 一图读懂｜今年汇川这样干\n\n## 一、重点任务\n\n1.提升专利质量。（区科技局负责）\n\n"
        "点击“阅读原文”查看全文\n",
        "plan.md",
    )
    assert doc.plan.title == "一图读懂｜今年汇川这样干"


@settings(max_examples=6, deadline=None)
@given(quoted=st.booleans(), opening=st.sampled_from(["近日，", "日前，", "2024年5月17日，"]))
def test_a_headline_naming_the_plan_in_title_marks_gives_way_to_the_title_line(
    quoted: bool, opening: str
) -> None:
    lead = (
        f"{opening}九寨沟县人民政府办公室印发《九寨沟县知识产权强县建设三年行动方案（2024—2026年）》"
        "（九府办发〔2024〕19号），现将全文转发如下。"
    )
    doc, canonical = extracted(
        "# 九寨沟县印发《知识产权强县建设三年行动方案（2024—2026年）》\n\n"
        + ("> " if quoted else "")
        + lead
        + "\n\n**九寨沟县知识产权强县建设三年行动方案（2024—2026年）**\n\n## 一、行动目标\n\n"
        "到2026年，有效注册商标达到3000件。\n\n## 二、重点任务\n\n1.打造区域公用品牌。（县文体旅游局牵头）\n",
        "plan.md",
    )
    plan = doc.plan
    assert plan.title == "九寨沟县知识产权强县建设三年行动方案（2024—2026年）"
    assert plan.doc_type == "行动方案"
    assert plan.doc_number == "九府办发〔2024〕19号"
    assert [i.name for i in plan.issuers] == ["九寨沟县人民政府办公室"]
    assert plan.title_evidence is not None
    start = plan.title_evidence.span[0]
    assert canonical[start - 1] == "\n"  # the title's own line, not the lead sentence's 《》


DUYUN = "都匀市知识产权强市建设试点实施方案\n\n{indent}一、工作目标\n{goal}\n\n{indent}二、重点任务\n"


@settings(max_examples=12, deadline=None)
@given(indent=st.sampled_from(["    ", "　　", "  "]), stop_first=st.booleans())
def test_a_line_closing_a_quote_or_qualifier_inside_a_sentence_goes_on(indent: str, stop_first: bool) -> None:
    first = f"{indent}到2025年，全市知识产权保护体系更加完善。\n" if stop_first else ""
    goal = (
        first + ("" if stop_first else indent) + "有效注册商标总量突破1.2万件，“都匀毛尖”\n"
        "地理标志证明商标使用企业达到50家，每万人口高价值发明专利拥有量达到2.5件（含）\n"
        "以上，培育国家知识产权优势企业3家以上。"
    )
    text = DUYUN.format(indent=indent, goal=goal) + (
        f"{indent}1．打造茶叶品牌。加强地理标志保护。（牵头单位：市农业农村局）\n都匀市人民政府\n2024年3月1日\n"
    )
    doc, _ = extracted(text)
    goals = [g for g in doc.goals if g.path.startswith("一")]
    assert len(goals) == (2 if stop_first else 1)
    assert any(t.indicator_key.startswith("都匀毛尖地理标志") for t in doc.targets)
    keys = {t.indicator_key for t in doc.targets}
    assert "国家知识产权优势企业" in keys
    # a note's bracket closes its paragraph: the signature below it is no part of the task
    assert doc.tasks[-1].text.endswith("（牵头单位：市农业农村局）")


DELINGHA = (
    "德令哈市关于加强知识产权工作的实施意见\n\n一、总体要求\n{goal}\n\n二、主要任务\n"
    "（一）拓宽知识产权融资渠道。市财政局要推动知识产权质押融资，{task}\n\n德令哈市人民政府办公室\n{date}\n"
)


@settings(max_examples=10, deadline=None)
@given(
    task=st.sampled_from(
        ["年内实现质押融资1000万元。", "今年实现质押融资1000万元。", "力争年内实现质押融资1000万元。"]
    ),
    date=st.sampled_from(["2024年4月25日", "2025年1月8日"]),
)
def test_a_target_within_the_year_is_the_issuing_years_once(task: str, date: str) -> None:
    doc, _ = extracted(DELINGHA.format(goal="到2026年，全市有效发明专利达到60件。", task=task, date=date))
    pledge = next(t for t in doc.targets if t.value == 1000)
    assert pledge.year == int(date[:4])
    assert "annual" not in pledge.flags
    assert next(t for t in doc.targets if t.value == 60).year == 2026


def test_a_clause_within_the_year_is_not_dated_by_its_sentences_opening() -> None:
    doc, _ = extracted(
        "会理市知识产权强县建设工作方案（2024—2026年）\n\n一、工作目标\n"
        "到2026年，确保全市有效发明专利达到80件；培育知识产权优势企业3—5家；"
        "年内完成“会理石榴”地理标志专用标志核准使用企业10家；每年新增地理标志商标不少于2件。\n\n"
        "二、重点任务\n1.推进专利转化。每年组织专利对接活动不少于2场。（牵头单位：市科技局）\n\n"
        "会理市人民政府\n2024年3月1日\n"
    )
    by_value = {t.value: t for t in doc.targets}
    assert (by_value[10].year, "annual" in by_value[10].flags) == (2024, False)
    assert by_value[80].year == 2026
    assert by_value[2].flags.count("annual") == 1  # 每年: a count each year, still
