"""Round 23: the document around the plan, as county and city offices of several provinces publish it (Hunan,
Zhejiang, Fujian, Shandong, Yunnan, Anhui, Jiangsu): a notice 关于印发《…》的通知 wrapping the plan as its
附件, a task table as a second annex, one notice issuing two plans, the red header with 签发人, the closing
抄送 / 印发 block and 公开方式 line; as text, Word and web pages written for the tests.

What was misread before:
- A notice issuing two plans at once (关于印发《A》和《B》的通知, its heading wrapped inside 《B》) was titled
  with both and the marks between them (A》和《B), a 实施方案 typed as a 工作方案; an unmarked heading
  (关于印发A方案和B方案的通知) took both as one title. The plan is the first; the second, named with the
  first in the heading or in 现将《A》和《B》印发给你们, was cited by the plan: it is issued by the document
  (publishes).
- An issue date written in figures (2023.3.15, 2023-03-15, 2023/3/15) under the signing body or beside it,
  or beside the number on a header line, was read only under a date label: the plan had no date (nor, from
  such a header line, its number), and its issuer was the red header's body, not the signature's. Alone on a
  line with no signature above (a web page's date under its heading), such a date ranks as a page's date:
  the signed one wins.
- A document number cited alone took the words before its issuer's abbreviation as part of it: 和国办发
  〔2022〕3号 (after another number), 省政府办公厅印发的湘政办发〔2022〕15号, 国务院办公厅国办发…, 文件精神
  及湘知发… — a number no other plan citing it would match.
- A plan naming no term in its title, no year it works towards, gave no period where it names its term in
  the text (本方案实施期限为2023—2025年: only a range of months was read so), or works in “十四五”时期; a
  range writing 年 after both years (2023年—2025年, in the title or after 建设期为) was read as its first
  year alone (2023—2023), or from 至2025年 as a plan working towards 2025.
- A notice heading leaving out the plan's place (关于印发《知识产权强县建设工作方案》的通知) titled the plan
  without it though the plan's own heading below names it (平江县知识产权强县建设工作方案).
- A web page's record giving the issue date (成文日期) but no issuing body left the plan without an issuer
  though the notice below it, or the plan's close, is signed: the signature beside or above another date of
  the plan's own rank names it now.

Found read right already (kept as guards): 二〇二三年三月十五日 and 2023年3月15日 signatures, the date of
the 印发 line when the signature has none, numbers in 〔〕 [] （） 【】 with 县政办发 / 知强县办 issuers, a
title and its number in brackets （国发〔2021〕20号）, a number wrapped onto the next line, titles broken
by a line break, laws and regulations, 党的二十大精神 (no citation), citations in a task table.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.citations import find_citations
from tests.formats import to_docx, to_html
from tests.plans import extracted

TWO_PLANS = """泰顺县知识产权局文件

泰知强县办（2023）3号

关于印发《泰顺县知识产权强县建设试点工作实施方案》和《泰顺县知识产权
保护体系建设工作方案》的通知

各乡镇人民政府，县级有关单位：
　　现将《泰顺县知识产权强县建设试点工作实施方案》和《泰顺县知识产权保护体系建设工作方案》印发给你们，\
请认真贯彻落实。

附件：1.泰顺县知识产权强县建设试点工作实施方案
　　　2.泰顺县知识产权保护体系建设工作方案

泰顺县知识产权强县建设工作领导小组办公室
{date}

附件1

泰顺县知识产权强县建设试点工作实施方案

一、总体目标

到2025年，累计培育知识产权示范企业10家。

二、重点任务

（一）推进专利转化运用。按照《浙江省知识产权保护和促进条例》要求实施。（责任单位：县市场监管局）

附件2

泰顺县知识产权保护体系建设工作方案

一、工作目标

二、重点任务

（一）加强行政执法。（责任单位：县市场监管局、县公安局）
"""


def _cited(doc: object) -> list[tuple[str | None, str | None, str]]:
    return [(c.title, c.doc_number, c.relation) for c in doc.citations]  # type: ignore[attr-defined]


def test_notice_of_two_plans_is_titled_by_the_first_and_issues_the_second() -> None:
    doc, _ = extracted(TWO_PLANS.format(date="2023年3月15日"))
    assert doc.plan.title == "泰顺县知识产权强县建设试点工作实施方案"
    assert doc.plan.doc_type == "实施方案"
    assert doc.plan.doc_number == "泰知强县办〔2023〕3号"
    assert doc.plan.region is not None
    assert doc.plan.region.name == "泰顺县"
    assert _cited(doc) == [
        ("泰顺县知识产权保护体系建设工作方案", None, "publishes"),
        ("泰顺县知识产权保护体系建设工作方案", None, "publishes"),
        ("浙江省知识产权保护和促进条例", None, "cites"),
    ]
    # a plan named beside the plan's own title in a sentence issuing nothing stays cited
    text = """龙泉市知识产权强县建设工作方案

　　为贯彻落实《丽水市知识产权强市建设工作方案》、《浙江省知识产权强省建设纲要》，制定本方案。

一、重点任务

（一）加强保护。对照《龙泉市知识产权强县建设工作方案》和《龙泉市专利资助办法》抓好落实。\
（责任单位：市市场监管局）
"""
    doc, _ = extracted(text)
    assert [(t, r) for t, _, r in _cited(doc)] == [
        ("丽水市知识产权强市建设工作方案", "cites"),
        ("浙江省知识产权强省建设纲要", "cites"),
        ("龙泉市专利资助办法", "cites"),
    ]


def test_unmarked_notice_of_two_plans_and_titles_side_by_side() -> None:
    text = """桐庐县人民政府办公室关于印发桐庐县知识产权强县建设试点工作方案和桐庐县专利导航实施方案的通知

桐政办发（2023）6号

各乡镇人民政府、街道办事处，县政府各部门：
　　《桐庐县知识产权强县建设试点工作方案》《桐庐县专利导航实施方案》已经县政府同意，现印发给你们，请认真\
贯彻实施。

桐庐县人民政府办公室
2023年3月15日

桐庐县知识产权强县建设试点工作方案

一、工作目标

到2025年，全县每万人发明专利拥有量达到30件。

二、主要任务

（一）打造创新高地。贯彻《杭州市专利导航实施方案》。（责任单位：县科技局）
"""
    doc, _ = extracted(text)
    assert doc.plan.title == "桐庐县知识产权强县建设试点工作方案"
    assert [i.name for i in doc.plan.issuers] == ["桐庐县人民政府办公室"]
    assert doc.plan.doc_number == "桐政办发〔2023〕6号"
    # issued with the plan; the city's plan of a like name, cited in a task, stays cited
    assert _cited(doc) == [
        ("桐庐县专利导航实施方案", None, "publishes"),
        ("杭州市专利导航实施方案", None, "cites"),
    ]


@pytest.mark.parametrize("written", ["2023.3.15", "2023-03-15", "2023/3/15", "2023.03.15"])
def test_signature_date_in_figures(written: str) -> None:
    doc, _ = extracted(TWO_PLANS.format(date=written))
    assert doc.plan.date == "2023-03-15"
    assert doc.plan.date_evidence is not None
    assert doc.plan.date_evidence.quote == written
    assert [i.name for i in doc.plan.issuers] == ["泰顺县知识产权强县建设工作领导小组办公室"]
    for words in ("二〇二三年三月十五日", "2023年3月15日"):  # read so before
        doc, _ = extracted(TWO_PLANS.format(date=words))
        assert (doc.plan.date, doc.plan.date_evidence and doc.plan.date_evidence.quote) == (
            "2023-03-15",
            words,
        )
        assert [i.name for i in doc.plan.issuers] == ["泰顺县知识产权强县建设工作领导小组办公室"]


def test_figure_date_beside_the_body_and_on_the_print_line() -> None:
    text = """安溪县人民政府办公室关于印发安溪县知识产权强县建设实施方案的通知

安政办〔2023〕15号

各乡镇人民政府，县直有关单位：
　　《安溪县知识产权强县建设实施方案》已经县政府第十次常务会议研究同意，现印发给你们，请认真组织实施。

安溪县人民政府办公室　　　　2023-03-15

安溪县知识产权强县建设实施方案
（2023-2025年）

一、总体目标

二、重点任务

（一）提升创造质量。（责任单位：县市场监管局）

公开方式：主动公开

抄送：县委办公室，县人大常委会办公室，县政协办公室。
安溪县人民政府办公室　　　　　　　　　　2023.3.16印发
"""
    doc, _ = extracted(text)
    assert doc.plan.title == "安溪县知识产权强县建设实施方案（2023-2025年）"
    assert doc.plan.date == "2023-03-15"
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2023", "2025")
    printed = text.replace("安溪县人民政府办公室　　　　2023-03-15\n", "")
    doc, _ = extracted(printed)
    assert doc.plan.date == "2023-03-16"  # no signature: the print line's date
    assert [i.name for i in doc.plan.issuers] == ["安溪县人民政府办公室"]


def test_a_page_date_in_figures_alone_ranks_below_the_signed_date() -> None:
    text = """邳州市人民政府门户网站
邳州市人民政府办公室关于印发邳州市知识产权强县建设工作方案的通知
2023-03-20
各镇人民政府，市各委办局：
　　现将《邳州市知识产权强县建设工作方案》印发给你们，请认真组织实施。

邳州市人民政府办公室
2023.3.15

邳州市知识产权强县建设工作方案

一、工作目标

到2025年，全市发明专利授权量达到600件。
"""
    doc, _ = extracted(text)
    assert doc.plan.date == "2023-03-15"
    assert [i.name for i in doc.plan.issuers] == ["邳州市人民政府办公室"]


NUMBERS = """某县知识产权工作方案

一、重点任务

（一）按照省政府办公厅印发的湘政办发〔2022〕15号文件要求，做好工作。
（二）根据文件精神和湘政办发[2022]16号规定，做好工作。
（三）落实国务院办公厅国办发〔2022〕3号文件。
（四）认真执行市政府常务会议审议通过的市政发（2023）2号。
（五）结合实施方案及湘知发【2022】5号，推动工作。
（六）严格按照国家知识产权局国知发保字〔2022〕12号要求。
（七）落实国发〔2021〕20号和国办发〔2022〕4号以及国知发运字〔2022〕12号文件精神。
（八）对照《专利代理条例》与工信部联科〔2022〕7号，配合和田地委发〔2022〕3号。
"""


def test_numbers_cited_alone_are_read_from_their_abbreviation() -> None:
    doc, _ = extracted(NUMBERS)
    assert [(c.doc_number, c.quote) for c in doc.citations if c.title is None] == [
        ("湘政办发〔2022〕15号", "湘政办发〔2022〕15号"),
        ("湘政办发〔2022〕16号", "湘政办发[2022]16号"),
        ("国办发〔2022〕3号", "国办发〔2022〕3号"),
        ("市政发〔2023〕2号", "市政发（2023）2号"),
        ("湘知发〔2022〕5号", "湘知发【2022】5号"),
        ("国知发保字〔2022〕12号", "国知发保字〔2022〕12号"),
        ("国发〔2021〕20号", "国发〔2021〕20号"),
        ("国办发〔2022〕4号", "国办发〔2022〕4号"),
        ("国知发运字〔2022〕12号", "国知发运字〔2022〕12号"),
        # a body's short name (工信部) stays; 和 opening a place's name (和田) stays but after a citation
        ("工信部联科〔2022〕7号", "工信部联科〔2022〕7号"),
        ("和田地委发〔2022〕3号", "和田地委发〔2022〕3号"),
    ]


ABBREVIATIONS = st.sampled_from(["湘政办发", "国知发保字", "苏政办发", "国办发", "浙知发", "市政发", "闽政"])
BEFORE = st.sampled_from(["按照", "落实", "根据", ""])
WORDS = st.sampled_from(
    ["省政府办公厅印发的", "文件精神和", "县委常委会审议通过的", "方案及", "国务院办公厅", ""]
)


@settings(max_examples=60, deadline=None)
@given(
    before=BEFORE,
    words=WORDS,
    abbreviation=ABBREVIATIONS,
    year=st.integers(2000, 2030),
    n=st.integers(1, 999),
)
def test_number_issuer_is_its_abbreviation_property(
    before: str, words: str, abbreviation: str, year: int, n: int
) -> None:
    text = f"一、重点任务\n（一）{before}{words}{abbreviation}〔{year}〕{n}号文件要求，做好工作。\n"
    found = find_citations(text, own_title=None, own_number=None)
    assert [c.doc_number for c in found] == [f"{abbreviation}〔{year}〕{n}号"]
    assert found[0].quote == f"{abbreviation}〔{year}〕{n}号"


def test_period_from_a_term_in_the_text_and_from_a_five_year_term() -> None:
    text = """宜良县知识产权强县建设工作方案

　　本方案实施期限为2023—2025年。为贯彻落实《云南省知识产权“十四五”规划》（云政办发〔2021〕
79号）、《昆明市“十四五”知识产权发展规划》，制定本方案。

一、主要目标

到2025年，全县有效发明专利达到300件。

二、重点任务

（一）实施专利质量提升工程。（牵头单位：县市场监管局）
"""
    doc, _ = extracted(text)
    period = doc.plan.period
    assert period is not None
    assert (period.start, period.end, period.evidence.quote) == (
        "2023",
        "2025",
        "2023—2025年",
    )
    assert ("云南省知识产权“十四五”规划", "云政办发〔2021〕79号", "cites") in _cited(doc)
    five = text.replace("本方案实施期限为2023—2025年。", "").replace(
        "到2025年，全县有效发明专利达到300件。", "“十四五”时期，全县知识产权综合实力明显提升。"
    )
    doc, _ = extracted(five)
    period = doc.plan.period
    assert period is not None
    assert (period.start, period.end, period.evidence.quote) == (
        "2021",
        "2025",
        "“十四五”时期",
    )
    # a five-year plan's time named only in a cited title gives no period
    titled = five.replace("“十四五”时期，全县", "全县").replace("市“十四五”知识", "市“十四五”时期知识")
    doc, _ = extracted(titled)
    assert doc.plan.period is None


def test_word_notice_with_task_table_annex() -> None:
    paragraphs = [
        "沛县人民政府办公室文件",
        "沛政办发（2023）11号",
        "县政府办公室关于印发《沛县知识产权强县建设工作方案（2023-2025年）》的通知",
        "各镇人民政府，县各委办局：",
        "现将《沛县知识产权强县建设工作方案（2023-2025年）》印发给你们，请认真贯彻执行。",
        "附件：沛县知识产权强县建设重点任务清单",
        "沛县人民政府办公室",
        "2023.3.15",
        "（此件公开发布）",
        "沛县知识产权强县建设工作方案（2023-2025年）",
        "为深入贯彻党的二十大精神，落实《国务院关于新形势下加快知识产权强国建设的若干意见》（国发〔2015〕71号），"
        "制定本方案。",
        "一、工作目标",
        "到2025年，全县有效发明专利达到900件。",
        "二、重点任务",
        "（一）强化保护。（责任单位：县市场监管局）",
        "附件",
        "沛县知识产权强县建设重点任务清单",
    ]
    table = [
        ["序号", "任务", "责任单位"],
        ["1", "贯彻实施《江苏省专利促进条例》（苏人大常〔2020〕5号）", "县市场监管局"],
        ["2", "落实国务院办公厅国办发〔2022〕3号文件", "县市场监管局"],
    ]
    doc, _ = extracted(to_docx(paragraphs, table), "plan.docx")
    assert doc.plan.title == "沛县知识产权强县建设工作方案（2023-2025年）"
    assert doc.plan.doc_number == "沛政办发〔2023〕11号"
    assert doc.plan.date == "2023-03-15"
    assert [i.name for i in doc.plan.issuers] == ["沛县人民政府办公室"]
    assert _cited(doc) == [
        ("国务院关于新形势下加快知识产权强国建设的若干意见", "国发〔2015〕71号", "cites"),
        ("江苏省专利促进条例", "苏人大常〔2020〕5号", "cites"),
        (None, "国办发〔2022〕3号", "cites"),
    ]


def test_web_page_notice_whose_plan_works_in_the_five_year_term() -> None:
    paragraphs = [
        "索引号：014123/2023-00012",
        "发布机构：邳州市人民政府办公室",
        "文号：邳政办发【2023】21号",
        "邳州市人民政府办公室关于印发邳州市知识产权强县建设工作方案的通知",
        "各镇人民政府，市各委办局：",
        "现将《邳州市知识产权强县建设工作方案》印发给你们，请认真组织实施。",
        "邳州市人民政府办公室",
        "2023年3月15日",
        "邳州市知识产权强县建设工作方案",
        "为深入学习贯彻党的二十大精神，认真落实《江苏省“十四五”知识产权发展规划》（苏政办发〔2021〕51号），"
        "制定本方案。",
        "一、工作目标",
        "“十四五”时期，全市专利授权量稳步增长。",
        "二、重点任务",
        "（一）加强保护。（责任单位：市市场监管局）",
    ]
    doc, _ = extracted(to_html(paragraphs), "plan.html")
    assert doc.plan.title == "邳州市知识产权强县建设工作方案"
    assert doc.plan.doc_number == "邳政办发〔2023〕21号"
    assert doc.plan.date == "2023-03-15"
    assert doc.plan.period is not None
    # issued in 2023, the plan works from its issue to the term's end (round 24: 2021—2025 before)
    assert (doc.plan.period.start, doc.plan.period.end) == ("2023", "2025")
    assert _cited(doc) == [("江苏省“十四五”知识产权发展规划", "苏政办发〔2021〕51号", "cites")]


def test_issuer_signed_under_a_page_record_dating_the_plan() -> None:
    paragraphs = [
        "首页 > 政务公开 > 政策文件",
        "标题：会同县人民政府办公室关于印发会同县知识产权强县建设工作方案的通知",
        "发文字号：会政办发【2023】7号　　成文日期：2023.03.15　　发布日期：2023-03-20",
        "各乡镇人民政府，县直机关各单位：",
        "《会同县知识产权强县建设工作方案（2023—2025年）》已经县人民政府同意，现印发给你们，请认真组织实施。",
        "会同县人民政府办公室",
        "2023年3月15日",
        "会同县知识产权强县建设工作方案（2023—2025年）",
        "为贯彻落实《湖南省“十四五”知识产权发展规划》（湘政办发〔2021〕69号），制定本方案。",
        "一、总体目标",
        "二、重点任务",
        "（一）加强创造。（责任单位：县市场监管局）",
    ]
    doc, _ = extracted(to_html(paragraphs), "plan.html")
    assert doc.plan.title == "会同县知识产权强县建设工作方案（2023—2025年）"
    assert doc.plan.doc_number == "会政办发〔2023〕7号"
    assert doc.plan.date == "2023-03-15"
    assert [i.name for i in doc.plan.issuers] == ["会同县人民政府办公室"]
    # a plan without its notice, signed at its close under the 抄送 line's text
    text = """索引号：11430000/2023-00051
成文日期：2023年03月15日
发布日期：2023-03-20
会同县知识产权强县建设工作方案
一、总体目标
到2025年，全县发明专利达到300件。
二、重点任务
（一）加强创造。（责任单位：县市场监管局）

会同县人民政府办公室
2023年3月15日

抄送：县委办公室。
"""
    doc, _ = extracted(text)
    assert doc.plan.date == "2023-03-15"
    assert [i.name for i in doc.plan.issuers] == ["会同县人民政府办公室"]


@pytest.mark.parametrize(
    ("title", "sentence", "quote"),
    [
        ("崇义县2023年—2025年知识产权强县建设工作方案", "", "2023年—2025年"),
        ("崇义县知识产权强县建设工作方案", "本方案建设期为2023年—2025年。", "2023年—2025年"),
        ("崇义县知识产权强县建设工作方案", "实施期限：2023年至2025年。", "2023年至2025年"),
    ],
)
def test_period_of_years_each_written_with_its_year_mark(title: str, sentence: str, quote: str) -> None:
    text = f"""{title}

　　{sentence}为贯彻落实《江西省知识产权强省建设纲要》，制定本方案。

一、工作目标

到2025年，全县有效发明专利达到260件。

二、重点任务

（一）加强保护。（责任单位：县市场监管局）
"""
    doc, _ = extracted(text)
    period = doc.plan.period
    assert period is not None
    assert (period.start, period.end, period.evidence.quote) == ("2023", "2025", quote)


@pytest.mark.parametrize(
    ("named", "below", "title"),
    [
        (
            "知识产权强县建设工作方案",
            "平江县知识产权强县建设工作方案\n（2023—2025年）",
            "平江县知识产权强县建设工作方案（2023—2025年）",
        ),
        ("2023年知识产权工作要点", "平江县2023年知识产权工作要点", "平江县2023年知识产权工作要点"),
    ],
)
def test_heading_naming_the_place_completes_a_notice_that_leaves_it_out(
    named: str, below: str, title: str
) -> None:
    text = f"""中共平江县委办公室
平江县人民政府办公室
关于印发《{named}》的通知

各乡镇党委、人民政府，县直各单位：
　　《{named}》已经县委、县人民政府同意，现印发给你们，请结合实际认真贯彻落实。

中共平江县委办公室　　　　平江县人民政府办公室
2023年3月15日

{below}

一、总体目标

二、重点任务

（一）加强保护。（责任单位：县市场监管局）
"""
    doc, _ = extracted(text)
    assert doc.plan.title == title
    assert [i.name for i in doc.plan.issuers] == ["中共平江县委办公室", "平江县人民政府办公室"]
    assert doc.plan.region is not None
    assert doc.plan.region.name == "平江县"
    # a word naming the issuer's own area (全县) is no place's name
    doc, _ = extracted(text.replace(below, below.replace("平江县", "全县")))
    assert doc.plan.title == title.replace("平江县", "")


def test_header_line_of_number_and_figure_date() -> None:
    text = """晋城市知识产权局文件

晋市知办发〔2023〕2号　　　　　　　　　　　　　　2023.3.15

晋城市知识产权局关于印发《晋城市知识产权强市建设2023年工作要点》的通知

各县（市、区）知识产权局，市直有关单位：
　　现将《晋城市知识产权强市建设2023年工作要点》印发给你们，请结合实际抓好落实。

晋城市知识产权局

晋城市知识产权强市建设2023年工作要点

一、加强知识产权创造
（一）落实晋政办发〔2022〕50号文件。（责任单位：市市场监管局）
"""
    doc, _ = extracted(text)
    assert doc.plan.doc_number == "晋市知办发〔2023〕2号"
    assert doc.plan.date == "2023-03-15"
    assert [i.name for i in doc.plan.issuers] == ["晋城市知识产权局"]
    assert _cited(doc) == [(None, "晋政办发〔2022〕50号", "cites")]
