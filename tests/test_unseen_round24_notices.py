"""Round 24: the document around the plan and the documents it names, as offices of several provinces publish
them (Hunan, Zhejiang, Jiangsu): notices issued jointly or as a letter (关于联合印发…的通知, 关于印发…的函), a
reply approving a plan (批复), portal pages with 索引号 / 发文字号 / 成文日期 fields, numbers written with 第, and
plans quoting other documents; as text, Markdown, Word and web pages written for the tests.

What was misread before:
- A notice heading 关于联合印发X的通知 or 关于印发X的函 was no notice heading: the plan was titled with the
  letter's heading (…的函), typed as none, and an annual plan in it had no period.
- A document number written with 第 (醴政办发〔2023〕第9号, 湘知发〔2022〕第6号) was no number: a portal's
  发文字号 field gave the plan no number (and, alone on its line, became its title), a cited one was lost.
- A date in brackets ((2023-03-15) under 成文日期, （2024年2月20日印发） under the plan) was no date.
- 批复 and 函 were no kinds of document; a 请示 cited was of no kind; a pronoun before a title (你局《…》)
  was taken for its issuer.
- A number cited with a body's name (省知识产权局〔2022〕12号, 国务院办公厅国办发〔2022〕3号) gave no issuer; a
  number with no issuer's abbreviation after a title (《…》（〔2023〕5号）) was not read; a number closing a
  title inside its marks (《…规划（国发〔2021〕20号）》) stayed in the title; a title whose 》 is left out
  before its number (《…规划（国发〔2021〕20号）) was lost, the number read alone.
- An issuer named before words saying it issued the title (中共中央、国务院印发的《…》, 市政府印发了《…》) was
  not read, or read with the words before it (党的二十大精神和中共中央); a document a national body issued
  (中共中央、国务院印发《…》) was published by the plan; a title whose nested marks are written 〈〉 was another
  document than the same written 《》.
- A term in force counted in years (自印发之日起施行，有效期3年; 有效期三年，自印发之日起施行) gave no period,
  and a plan issued in 2023 working in the “十四五”时期 was given 2021—2025: it works from its issue to the
  term's end (2023—2025); one issued after the term has no period from it.

Found read right already (kept as guards inside the tests below): two bodies signing side by side and a
two-line joint heading (中共长沙县委办公室 / 长沙县人民政府办公室), 二〇二三年三月十五日, 党的二十大精神 (no
citation), laws (《中华人民共和国专利法》).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.citations import find_citations
from policykg.extract.metadata import find_period
from tests.formats import to_docx
from tests.plans import extracted


def _cited(doc: object) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(c.title, c.doc_number, c.issuer, c.relation) for c in doc.citations]  # type: ignore[attr-defined]


LETTER = """湖南省知识产权局办公室关于联合印发湖南省知识产权强县建设工作要点的函

湘知办函〔2024〕第3号

各市州市场监督管理局（知识产权局）：
　　经研究，现将有关工作要点印送你们，请结合实际抓好落实。

湖南省知识产权强县建设工作要点

一、重点工作

（一）深化改革。全年完成专利导航项目10个。（责任单位：各市州市场监管局）

（2024年2月20日印发）
"""


def test_letter_issuing_a_plan_jointly() -> None:
    doc, _ = extracted(LETTER)
    assert doc.plan.title == "湖南省知识产权强县建设工作要点"
    assert (doc.plan.doc_type, doc.plan.doc_type_id) == ("工作要点", "work_points")
    assert doc.plan.doc_number == "湘知办函〔2024〕3号"
    assert doc.plan.date == "2024-02-20"
    assert [i.name for i in doc.plan.issuers] == ["湖南省知识产权局办公室"]
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2024", "2024")
    # a notice written as a notice, the same
    notice = LETTER.replace("关于联合印发", "关于印发").replace("的函\n", "的通知\n")
    assert extracted(notice)[0].plan.title == "湖南省知识产权强县建设工作要点"


REPLY = """索引号：430124-000-2023-00012
主题分类：科技、教育
发文字号：宁政办函〔2023〕第5号
发布机构：宁乡市人民政府办公室
成文日期：(2023-03-15)
来源：宁乡市人民政府门户网站
发布时间：2023-03-20 10:00

宁乡市人民政府办公室关于同意实施宁乡市知识产权强县建设工作方案的批复

市市场监管局：
　　你局《关于报请审定〈宁乡市知识产权强县建设工作方案〉的请示》（宁市监〔2023〕8号）收悉。经研究，同意\
实施《宁乡市知识产权强县建设工作方案》，请认真组织实施。

宁乡市人民政府办公室
"""


def test_reply_on_a_portal_page() -> None:
    doc, _ = extracted(REPLY)
    assert doc.plan.title == "宁乡市人民政府办公室关于同意实施宁乡市知识产权强县建设工作方案的批复"
    assert (doc.plan.doc_type, doc.plan.doc_type_id) == ("批复", "reply")
    assert doc.plan.doc_number == "宁政办函〔2023〕5号"
    assert doc.plan.date == "2023-03-15"
    assert doc.plan.date_evidence is not None
    assert doc.plan.date_evidence.quote == "2023-03-15"
    assert [i.name for i in doc.plan.issuers] == ["宁乡市人民政府办公室"]
    # the request replied to: the addressee's, named by a pronoun, no issuer
    request = doc.citations[0]
    assert (request.title, request.doc_number, request.issuer, request.kind) == (
        "关于报请审定〈宁乡市知识产权强县建设工作方案〉的请示",
        "宁市监〔2023〕8号",
        None,
        "report",
    )


PORTAL = """<html><head><title>关于印发醴陵市知识产权强县建设三年行动计划的通知_醴陵市人民政府</title></head><body>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>
<table class="info">
<tr><td>索引号：</td><td>430281/2023-00045</td><td>主题分类：</td><td>科技</td></tr>
<tr><td>发布机构：</td><td>醴陵市人民政府办公室</td><td>发文字号：</td><td>醴政办发〔2023〕第9号</td></tr>
<tr><td>成文日期：</td><td>2023-03-15</td><td>发布日期：</td><td>2023-03-22</td></tr>
</table>
<h1>醴陵市人民政府办公室关于印发醴陵市知识产权强县建设三年行动计划的通知</h1>
<p>各镇人民政府、街道办事处，市直有关单位：</p>
<p>《醴陵市知识产权强县建设三年行动计划》已经市人民政府同意，现印发给你们，请认真组织实施。</p>
<p>醴陵市人民政府办公室</p>
<p>2023年3月15日</p>
<h2>醴陵市知识产权强县建设三年行动计划</h2>
<p>为深入贯彻党的二十大精神和中共中央、国务院印发的《知识产权强国建设纲要（2021—2035年）》，落实省委、省政府\
《关于〈湖南省知识产权强省建设纲要〉的实施意见》（湘发〔2022〕第9号），依据《中华人民共和国专利法》，结合\
“十四五”时期我市实际，制定本计划。</p>
<p>一、重点任务</p>
<p>（一）培育高价值专利。（责任单位：市市场监管局）</p>
</body></html>"""


def test_portal_page_with_number_written_with_di() -> None:
    doc, _ = extracted(PORTAL, "page.html")
    assert doc.plan.title == "醴陵市知识产权强县建设三年行动计划"
    assert doc.plan.doc_number == "醴政办发〔2023〕9号"
    assert doc.plan.date == "2023-03-15"
    assert [i.name for i in doc.plan.issuers] == ["醴陵市人民政府办公室"]
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2023", "2025")
    assert _cited(doc) == [
        ("知识产权强国建设纲要（2021—2035年）", None, "中共中央、国务院", "cites"),
        ("关于〈湖南省知识产权强省建设纲要〉的实施意见", "湘发〔2022〕9号", "省委、省政府", "cites"),
        ("中华人民共和国专利法", None, None, "cites"),
    ]


NUMBERS = """某县知识产权强县建设工作方案

一、重点任务

（一）按照省知识产权局〔2022〕12号和国务院办公厅国办发〔2022〕3号文件精神，做好专利转化。
（二）落实《湖南省知识产权质押融资入园惠企行动方案》（〔2023〕5号）和《湖南省专利资助办法》\
（省知识产权局〔2022〕第6号）。
（三）贯彻《“十四五”国家知识产权保护和运用规划（国发〔2021〕20号）》和《湖南省“十四五”知识产权发展规划\
（湘政办发〔2021〕47号），抓好落实。
（四）执行市政府印发了《关于加快知识产权强市建设的若干意见》（市政发〔2022〕3号）。
"""


def test_numbers_with_their_bodies_and_titles() -> None:
    doc, _ = extracted(NUMBERS)
    assert [(c.title, c.doc_number, c.issuer, c.quote) for c in doc.citations] == [
        (None, "省知识产权局〔2022〕12号", "省知识产权局", "省知识产权局〔2022〕12号"),
        # the abbreviation is the number; the body written before it its issuer
        (None, "国办发〔2022〕3号", "国务院办公厅", "国办发〔2022〕3号"),
        (
            "湖南省知识产权质押融资入园惠企行动方案",
            "〔2023〕5号",
            None,
            "《湖南省知识产权质押融资入园惠企行动方案》（〔2023〕5号",
        ),
        (
            "湖南省专利资助办法",
            "省知识产权局〔2022〕6号",
            "省知识产权局",
            "《湖南省专利资助办法》（省知识产权局〔2022〕第6号",
        ),
        (
            "“十四五”国家知识产权保护和运用规划",
            "国发〔2021〕20号",
            "国务院",  # the number's prefix, inside the marks too (round 30)
            "《“十四五”国家知识产权保护和运用规划（国发〔2021〕20号）》",
        ),
        (
            "湖南省“十四五”知识产权发展规划",
            "湘政办发〔2021〕47号",
            "湖南省人民政府办公厅",  # the number's prefix names its issuer (round 30: number_prefixes)
            "《湖南省“十四五”知识产权发展规划（湘政办发〔2021〕47号",
        ),
        (
            "关于加快知识产权强市建设的若干意见",
            "市政发〔2022〕3号",
            "市政府",
            "市政府印发了《关于加快知识产权强市建设的若干意见》（市政发〔2022〕3号",
        ),
    ]
    keys = [c.key for c in doc.citations]
    # a number with no issuer names no document across plans: the title does
    assert keys[2] == "title:湖南省知识产权质押融资入园惠企行动方案"
    assert keys[4] == "doc:国发〔2021〕20号"


def test_nested_marks_written_either_way_are_one_document() -> None:
    text = "一、重点任务\n（一）按照《关于印发〈湖南省专利资助办法〉的通知》和《关于印发《湖南省专利资助办法》的通知》执行。\n"
    found = find_citations(text, own_title=None, own_number=None)
    assert len(found) == 2
    assert found[0].key == found[1].key == "title:关于印发《湖南省专利资助办法》的通知"
    assert found[0].title == "关于印发〈湖南省专利资助办法〉的通知"


def test_document_a_national_body_issued_is_cited() -> None:
    text = (
        "一、重点任务\n（一）2021年9月，中共中央、国务院印发《知识产权强国建设纲要（2021—2035年）》，"
        "国家知识产权局发布《专利审查指南》。县市场监管局制定《某县专利资助办法》。\n"
    )
    found = find_citations(text, own_title=None, own_number=None)
    assert [(c.title, c.relation) for c in found] == [
        ("知识产权强国建设纲要（2021—2035年）", "cites"),
        ("专利审查指南", "cites"),
        ("某县专利资助办法", "publishes"),  # the plan's body makes it
    ]


TERM = """关于印发《宁乡市知识产权强县建设工作方案》的通知

各镇人民政府、街道办事处，市直有关单位：
　　现将《宁乡市知识产权强县建设工作方案》印发给你们，请结合实际认真贯彻执行。

宁乡市人民政府办公室
2023年3月15日印发

宁乡市知识产权强县建设工作方案

　　为推动“十四五”时期知识产权事业高质量发展，制定本方案。

一、主要任务

（一）提升创造质量。（责任单位：市市场监管局）

二、保障措施

　　{term}
"""


def test_term_in_force_counted_in_years() -> None:
    for term, quote in [
        ("本方案自印发之日起施行，有效期3年。", "自印发之日起施行，有效期3年"),
        ("本方案有效期三年，自印发之日起施行。", "有效期三年，自印发之日起施行"),
    ]:
        doc, _ = extracted(TERM.format(term=term))
        period = doc.plan.period
        assert period is not None
        assert (period.start, period.end, period.evidence.quote) == ("2023-03", "2026-03", quote)
    doc, _ = extracted(TERM.format(term="本方案自2024年1月1日起施行，有效期五年。"))
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end) == ("2024-01", "2029-01")


def test_five_year_term_from_the_issue_year() -> None:
    paragraphs = [
        "益阳市赫山区知识产权局",
        "赫知发〔2023〕第5号",
        "益阳市赫山区知识产权局关于印发《赫山区知识产权强区建设工作方案》的通知",
        "各有关单位：",
        "现将《赫山区知识产权强区建设工作方案》印发给你们，请遵照执行。",
        "益阳市赫山区知识产权局",
        "二〇二三年三月十五日",
        "赫山区知识产权强区建设工作方案",
        "为贯彻“十四五”期间知识产权工作部署，落实党的二十大精神，制定本方案。",
        "一、重点任务",
        "（一）强化保护。（责任单位：区市场监管局）",
    ]
    doc, _ = extracted(to_docx(paragraphs), "plan.docx")
    assert doc.plan.title == "赫山区知识产权强区建设工作方案"
    assert doc.plan.doc_number == "赫知发〔2023〕5号"
    assert doc.plan.date == "2023-03-15"
    assert doc.plan.period is not None
    assert (doc.plan.period.start, doc.plan.period.end, doc.plan.period.evidence.quote) == (
        "2023",
        "2025",
        "“十四五”期间",
    )
    assert doc.citations == []  # 党的二十大精神: no document
    later = [p.replace("二〇二三年", "二〇二六年") for p in paragraphs]
    doc, _ = extracted(to_docx(later), "plan.docx")
    assert doc.plan.date == "2026-03-15"
    assert doc.plan.period is None  # the term named is past


def test_joint_notice_signed_side_by_side() -> None:
    text = """中共长沙县委办公室
长沙县人民政府办公室
关于联合印发长沙县知识产权强县建设实施方案的通知

县委办发〔2023〕第8号

各镇人民政府、街道办事处，县直各单位：
　　经县委、县政府同意，现印发给你们，请结合实际认真贯彻落实。

中共长沙县委办公室　　　长沙县人民政府办公室
2023年3月15日

长沙县知识产权强县建设实施方案

一、主要目标

到2025年，全县有效发明专利拥有量达到3000件。

二、重点任务

（一）强化创造。（牵头单位：县市场监管局；配合单位：县科技局）
"""
    doc, _ = extracted(text)
    assert doc.plan.title == "长沙县知识产权强县建设实施方案"
    assert doc.plan.doc_number == "县委办发〔2023〕8号"
    assert [i.name for i in doc.plan.issuers] == ["中共长沙县委办公室", "长沙县人民政府办公室"]
    assert doc.plan.region is not None
    assert doc.plan.region.name == "长沙县"


BODIES = st.sampled_from(["省知识产权局", "市市场监督管理局", "国家知识产权局", "县人民政府"])
ABBREVIATIONS = st.sampled_from(["湘知发", "国办发", "浙政办发", "市政发"])


@settings(max_examples=60, deadline=None)
@given(
    body=BODIES,
    abbreviation=st.one_of(st.just(""), ABBREVIATIONS),
    di=st.booleans(),
    year=st.integers(2000, 2030),
    n=st.integers(1, 999),
)
def test_cited_number_issuer_property(body: str, abbreviation: str, di: bool, year: int, n: int) -> None:
    """A number written with or without 第 is one number; the body named before it is its issuer, and the
    number is its abbreviation where one follows the body."""
    serial = f"第{n}号" if di else f"{n}号"
    text = f"一、重点任务\n（一）按照{body}{abbreviation}〔{year}〕{serial}文件要求，做好工作。\n"
    found = find_citations(text, own_title=None, own_number=None)
    assert [(c.doc_number, c.issuer) for c in found] == [(f"{abbreviation or body}〔{year}〕{n}号", body)]


@settings(max_examples=60, deadline=None)
@given(
    years=st.integers(1, 10),
    chinese=st.booleans(),
    first=st.booleans(),
    issued=st.dates(min_value=__import__("datetime").date(2000, 1, 1)),
)
def test_term_in_force_property(years: int, chinese: bool, first: bool, issued: object) -> None:
    """有效期N年 runs N years from the issue date, whichever order the sentence gives."""
    numeral = "一二三四五六七八九十"[years - 1] if chinese else str(years)
    clause = (
        f"本方案自印发之日起施行，有效期{numeral}年。"
        if first
        else f"本方案有效期{numeral}年，自印发之日起施行。"
    )
    text = f"某县知识产权强县建设工作方案\n\n一、保障措施\n\n{clause}\n"
    iso = issued.isoformat()  # type: ignore[attr-defined]
    period = find_period(text, None, None, dated=iso)
    assert period is not None
    month = iso[5:7]
    assert (period.start, period.end) == (f"{iso[:4]}-{month}", f"{int(iso[:4]) + years}-{month}")
