"""Round 38: citations of higher policies in 四川, 重庆, 陕西, 山西, 黑龙江, 江苏, 浙江, 广东, 北京 and 上海 plans.

What was read wrong before:
- a series of one body's decrees or announcements lost every number after the first (国家知识产权局令第79号和
  第80号, 国家知识产权局公告第545号、第546号, 《专利审查指南》（国家知识产权局令第78号、第79号）), and a series
  closed by the kind's word (国家知识产权局第79号、第80号令) was no citation at all, or, joined by 和, the number
  号和令第80号 of the issuer 号和;
- a decree dated in the brackets after its title (《专利代理条例》（2018年11月6日中华人民共和国国务院令第706号公布）)
  was a second citation of the number 日中华人民共和国国务院令第706号, of the issuer 日中华人民共和国国务院;
- a serial alone in brackets after a title (《…规定》（第411号）, 《…的公告》（第545号）) was dropped;
- the body issuing a notice that issues the title cited (国家知识产权局关于印发《…》的通知（国知发运函字〔2022〕131号）,
  苏州市人民政府办公室关于印发《…》的通知（苏府办〔2023〕55号）) was no issuer: none, or the number's abbreviation
  苏府办; and 国知发运函字 (a department's letter) named no issuer;
- a lead body's name closed by the words naming the others (陕西省市场监督管理局等六部门关于…的通知（陕市监发
  〔2022〕88号）, 国家知识产权局等十七部门印发的《…》) named no issuer, and the title with no marks was a number alone;
- the 2023 edition of the IP management standard cited by its title alone (《企业知识产权合规管理体系 要求》国家标准,
  or with a dash before 要求) was of no kind, and a handbook a body compiles (《企业知识产权风险防控手册》) of none;
- the office of a joint conference or a leading group (国务院知识产权战略实施工作部际联席会议办公室印发的《2024年知识产权
  强国建设推进计划》) named no issuer: its name ran longer than a body's was read;
- a national body named with the others before its publish cue (国家知识产权局等17部门印发《…》) was the plan's
  publishing, with no issuer, and bodies signing side by side before the cue (中共中央 国务院印发《…》) only
  the last; an assessment's indicators (《知识产权强县建设评价指标体系》) were of no kind;
- a title nesting another in angle brackets (《关于印发<…>的通知》, as a page copied as plain text writes 〈〉) had
  another key than the same title nesting it in 〈〉 or 《》;
- a title followed by the words of making it (抓好《…办法》的制定和出台, 完成《…》的修订) was cited, not published;
- a web page's table of its own fields (标题 | 发文字号 | 发布日期) cited the plan's own number as a number alone;
- a title the plan writes or compiles (撰写《…分析报告》, 编写《…指引》, 汇编《…》, 出版《…》) was cited, not published;
- a title in straight quote marks (按照县委、县政府"关于全面加强知识产权保护的实施意见"要求), as a page copied as
  plain text writes it, was no citation;
- a city's number code before its number (穗埔府办〔2021〕3号, 沪知局〔2023〕8号) was the issuer's name 穗埔府办;
  the municipalities' IP offices' 知局 (沪知局, 京知局) named no issuer;
- a title with no marks nor issuer after a citing cue, closed by its number (根据“十四五”国家知识产权保护和运用规划
  （国发〔2021〕20号）精神) was a number alone;
- a table listing documents by name and number (序号 | 文件名称 | 文号 | 发文单位; a .docx or .html table, a text
  table, a Markdown one), their titles written with no marks, gave the numbers alone and dropped a document
  listed with no number;
- 知惠行, the IP finance campaign after 入园惠企, was no pledge-financing programme, and overseas disputes named the
  other way round or as international (知识产权海外维权, 知识产权海外风险防控, 国际知识产权纠纷) no overseas
  disputes programme; nor was the standard named without 企业 (知识产权管理规范认证, 知识产权管理体系标准) its
  implementation programme; nor were the stations other provinces name 服务站 or 援助站 (知识产权维权服务站,
  知识产权维权援助站) the protection workstations.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

_HEAD = "某区知识产权工作方案\n\n"
_TASKS = "\n\n一、主要任务\n（一）推进贯标。（责任单位：区市场监管局）\n"

_Cited = tuple[str | None, str | None, str | None, str, str]


def _cited(sentence: str) -> list[_Cited]:
    doc, _ = extracted(_HEAD + sentence + _TASKS)
    return [(c.title, c.doc_number, c.issuer, c.kind, c.quote) for c in doc.citations]


_BODIES = [
    ("国家知识产权局", "令"),
    ("国家知识产权局", "公告"),
    ("国务院", "令"),
    ("国家市场监督管理总局", "令"),
]
_JOINED = ["和", "、", "及", "与"]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_BODIES), st.sampled_from(_JOINED), st.sampled_from(["根据", "按照", "依据"]))
def test_every_number_of_a_series_of_decrees(body_kind: tuple[str, str], joiner: str, cue: str) -> None:
    body, kind = body_kind
    first, second = f"{body}{kind}第79号", f"{body}{kind}第80号"
    for quotes in ((f"{body}{kind}第79号", "第80号"), (f"{body}第79号", f"第80号{kind}")):
        found = _cited(f"{cue}{joiner.join(quotes)}有关规定，规范专利代理行为。")
        assert [(n, i, k) for _, n, i, k, _ in found] == [
            (first, body, "law" if kind == "令" else "policy"),
            (second, body, "law" if kind == "令" else "policy"),
        ]
        assert tuple(q for *_, q in found) == quotes  # each number's own words


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["国家知识产权局令第78号、第79号", "国家知识产权局第78号、第79号令"]))
def test_a_titles_series_of_decrees(written: str) -> None:
    found = _cited(f"依据《专利审查指南》（{written}）开展审查。")
    assert [(t, n, i) for t, n, i, _, _ in found] == [
        ("专利审查指南", "国家知识产权局令第78号", "国家知识产权局"),
        (None, "国家知识产权局令第79号", "国家知识产权局"),
    ]


def test_a_serial_alone_after_a_title() -> None:
    found = _cited("依据《国家知识产权局关于规范申请专利行为的规定》（第411号）开展工作。")
    assert [(t, n, i) for t, n, i, _, _ in found] == [
        ("国家知识产权局关于规范申请专利行为的规定", "第411号", "国家知识产权局")
    ]
    # an announcement's serial is the body's announcement's number, as the plans write it whole
    doc, _ = extracted(
        _HEAD + "落实《国家知识产权局关于施行修改后专利法的相关审查业务处理暂行办法的公告》（第五五〇号）和"
        "国家知识产权局公告第550号。" + _TASKS
    )
    assert [(c.doc_number, c.key) for c in doc.citations] == [
        ("国家知识产权局公告第550号", "doc:国家知识产权局公告第550号")
    ] * 2


_NOTICES = [
    ("国家知识产权局", "知识产权强县建设试点示范工作方案", "（国知发运函字〔2022〕131号）"),
    ("苏州市人民政府办公室", "苏州市知识产权强市建设实施方案", "（苏府办〔2023〕55号）"),
    ("宝鸡市知识产权局", "宝鸡市知识产权强市建设工作方案", ""),
    (
        "广东省市场监督管理局（知识产权局）",
        "广东省知识产权保护体系建设工程实施方案",
        "（粤市监知〔2022〕156号）",
    ),
]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_NOTICES), st.sampled_from(["印发", "发布"]), st.sampled_from(["贯彻落实", "根据"]))
def test_the_body_issuing_a_notice_that_issues_the_title(
    notice: tuple[str, str, str], verb: str, cue: str
) -> None:
    body, title, number = notice
    found = _cited(f"为{cue}{body}关于{verb}《{title}》的通知{number}精神，制定本方案。")
    assert [(t, n, i) for t, n, i, _, _ in found] == [(title, number[1:-1] or None, body)]
    assert found[0][4].startswith(f"{body}关于{verb}《")
    # a notice forwarding the title is the forwarder's, no issuer of the title: the words before it are not
    # read (the number's prefix may name a body)
    forwarded = _cited(f"为{cue}{body}关于转发《{title}》的通知{number}精神，制定本方案。")
    assert [t for t, _, _, _, _ in forwarded] == [title]
    assert forwarded[0][4].startswith(f"《{title}》")
    assert number or forwarded[0][2] is None


def test_a_departments_letter_names_its_body() -> None:
    found = _cited("落实《知识产权强县建设试点示范工作方案》（国知发运函字〔2022〕131号）。")
    assert [(n, i) for _, n, i, _, _ in found] == [("国知发运函字〔2022〕131号", "国家知识产权局")]


_LEADS = [
    (
        "陕西省市场监督管理局",
        "等六部门",
        "关于进一步加强知识产权质押融资工作的通知",
        "（陕市监发〔2022〕88号）",
    ),
    (
        "国家知识产权局",
        "等17部门",
        "关于加快推动知识产权服务业高质量发展的意见",
        "（国知发运字〔2022〕47号）",
    ),
    ("省知识产权局", "等八部门", "关于加强知识产权纠纷调解工作的实施意见", ""),
]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_LEADS), st.sampled_from(["", "《", "印发的《", "联合印发的《"]))
def test_a_lead_body_named_before_the_others(lead: tuple[str, str, str, str], marks: str) -> None:
    body, others, title, number = lead
    close = "》" if marks else ""
    found = _cited(f"根据{body}{others}{marks}{title}{close}{number}精神，制定本方案。")
    assert [(t, n, i) for t, n, i, _, _ in found] == [(title, number[1:-1] or None, body)]
    assert found[0][4].startswith(body + others)


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        ["企业知识产权合规管理体系 要求", "企业知识产权合规管理体系——要求", "企业知识产权合规管理体系"]
    ),
    st.sampled_from(["国家标准", ""]),
)
def test_the_2023_standard_by_its_title_alone(title: str, word: str) -> None:
    doc, _ = extracted(_HEAD + f"推动企业贯彻《{title}》{word}，建立合规管理体系。" + _TASKS)
    assert [(c.kind, c.key) for c in doc.citations] == [("standard", "doc:GB/T 29490-2023")]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["企业知识产权风险防控手册", "产业专利导航工作手册", "商标品牌培育操作手册"]))
def test_a_handbook_is_a_guide(title: str) -> None:
    found = _cited(f"编制《{title}》，免费发放企业。")
    assert [(t, k) for t, _, _, k, _ in found] == [(title, "policy")]
    assert [k for *_, k, _ in _cited("印发《知识产权保护宣传手册》，开展宣传。")] == ["unknown"]


_STRAIGHT = [
    ("按照", "", "浙江省知识产权保护和促进条例", "law"),
    ("按照", "县委、县政府", "关于全面加强知识产权保护的实施意见", "policy"),
    ("依据", "", "宁波市知识产权强市建设实施方案", "plan"),
    ("贯彻落实", "市政府", "关于加快知识产权强市建设的意见", "policy"),
]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(_STRAIGHT),
    st.sampled_from(
        ["", '开展"正版正货"承诺，', '正如"' + "知识产权保护工作只有进行时没有完成时" * 5 + '"所说，']
    ),
)
def test_a_title_in_straight_quote_marks(case: tuple[str, str, str, str], before: str) -> None:
    cue, issuer, title, kind = case
    found = _cited(f'{before}{cue}{issuer}"{title}"要求，实施"专利导航计划"，落实"以案说法"。')
    assert [(t, i, k) for t, _, i, k, _ in found] == [(title, issuer or None, kind)]


_CUED = [
    ("根据", "“十四五”国家知识产权保护和运用规划", "国发〔2021〕20号"),
    ("按照", "江苏省“十四五”知识产权发展规划", "苏政办发〔2021〕45号"),
    ("依据", "宁波市知识产权强市建设实施方案", "甬政办发〔2023〕15号"),
    ("贯彻落实", "专利转化运用专项行动方案（2023—2025年）", "国办发〔2023〕37号"),
]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_CUED))
def test_a_title_with_no_marks_nor_issuer_after_a_cue(case: tuple[str, str, str]) -> None:
    cue, title, number = case
    found = _cited(f"{cue}{title}（{number}）精神，结合实际，制定本方案。")
    assert [(t, n) for t, n, *_ in found] == [(title, number)]
    # words that end as no title's do, before a number: the number alone
    assert [(t, n) for t, n, *_ in _cited(f"{cue}工作安排（{number}）精神，制定本方案。")] == [(None, number)]


_CODES = [
    ("穗埔府办〔2021〕3号", None),
    ("苏府办〔2023〕55号", None),
    ("沪知局〔2023〕8号", "上海市知识产权局"),
    ("京知局〔2022〕11号", "北京市知识产权局"),
    ("省知识产权局〔2022〕12号", "省知识产权局"),
    ("县府办〔2022〕12号", "县府办"),
]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_CODES))
def test_a_citys_code_is_no_bodys_name(case: tuple[str, str | None]) -> None:
    number, issuer = case
    found = _cited(f"同时废止《某区知识产权资金管理办法（2021年修订）》（{number}）。")
    assert [(n, i) for _, n, i, _, _ in found] == [(number, issuer)]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["开展知识产权金融“知惠行”专项活动", "组织知惠行活动进园区", "深化“知惠行”专项行动"]))
def test_the_finance_campaign_that_took_over_from_ruyuan_huiqi(task: str) -> None:
    doc, _ = extracted(_HEAD + "一、主要任务\n（一）" + task + "。（责任单位：区市场监管局）\n")
    assert [(p.program_id, p.quote) for p in doc.programs] == [("pledge_financing", "知惠行")]


_ABROAD = [
    ("加强知识产权海外风险防控", "知识产权海外风险防控"),
    ("开展国际知识产权纠纷应对指导", "国际知识产权纠纷"),
    ("推进知识产权海外维权", "知识产权海外维权"),
    ("提升知识产权海外纠纷应对能力", "知识产权海外纠纷"),
]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_ABROAD))
def test_overseas_disputes_in_other_words(case: tuple[str, str]) -> None:
    task, quote = case
    doc, _ = extracted(_HEAD + "一、主要任务\n（一）" + task + "。（责任单位：区商务局）\n")
    assert [(p.program_id, p.quote) for p in doc.programs] == [("overseas_disputes", quote)]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["国家知识产权局", "国务院办公厅", "国家市场监督管理总局"]),
    st.sampled_from(["等17部门", "等十七部门", "等八部门联合"]),
    st.sampled_from(["印发", "发布", "出台"]),
)
def test_a_national_body_and_others_issued_the_title(body: str, others: str, verb: str) -> None:
    doc, _ = extracted(
        _HEAD + f"{body}{others}{verb}《关于加快推动知识产权服务业高质量发展的意见》。" + _TASKS
    )
    assert [(c.relation, c.issuer, c.kind) for c in doc.citations] == [("cites", body, "policy")]


def test_an_assessments_indicators_are_a_policy() -> None:
    found = _cited("对照国家知识产权局《知识产权强县建设评价指标体系》做好迎评。")
    assert [(t, i, k) for t, _, i, k, _ in found] == [
        ("知识产权强县建设评价指标体系", "国家知识产权局", "policy")
    ]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from([" ", "\u3000", "、"]), st.sampled_from(["印发", "发布"]))
def test_bodies_signing_side_by_side_before_a_publish_cue(separator: str, verb: str) -> None:
    doc, _ = extracted(
        _HEAD + f"中共中央{separator}国务院{verb}《知识产权强国建设纲要（2021—2035年）》。" + _TASKS
    )
    assert [(c.relation, c.issuer) for c in doc.citations] == [("cites", f"中共中央{separator}国务院")]


_LIST_ROWS = [
    ("知识产权强国建设纲要（2021—2035年）", "", "中共中央、国务院"),
    ("“十四五”国家知识产权保护和运用规划", "国发〔2021〕20号", "国务院"),
    ("知识产权强县建设试点示范工作方案", "国知发运函字〔2022〕131号", "国家知识产权局"),
    ("规范申请专利行为的规定", "国家知识产权局令第77号", "国家知识产权局"),
]


def _list_table(header: tuple[str, str, str], number_first: bool) -> str:
    title, number, issuer = header
    names = (number, title) if number_first else (title, number)
    lines = ["\t".join(("序号", *names, issuer))]
    for i, (t, n, body) in enumerate(_LIST_ROWS, 1):
        lines.append("\t".join((str(i), *((n, t) if number_first else (t, n)), body)))
    return "\n".join(lines)


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from([("文件名称", "文号", "发文单位"), ("政策名称", "发文字号", "发文机关")]),
    st.booleans(),
    st.sampled_from(["plan.txt", "plan.md"]),
)
def test_a_table_listing_documents_by_name_and_number(
    header: tuple[str, str, str], number_first: bool, name: str
) -> None:
    table = _list_table(header, number_first)
    doc, _ = extracted(_HEAD + "现将相关政策依据列示如下。\n" + table + "\n" + _TASKS, name)
    assert [(c.title, c.doc_number, c.issuer, c.relation) for c in doc.citations] == [
        (t, n or None, body, "cites") for t, n, body in _LIST_ROWS
    ]
    # a row of values naming a title and a number is no header
    values = "标题\t关于印发某区知识产权方案的通知\t文号\t某政办发〔2023〕21号\n发文机关\t某区政府办\t成文日期\t2023年4月18日"
    doc, _ = extracted(_HEAD + values + "\n" + _TASKS, name)
    assert [c.title for c in doc.citations if c.title is not None] == []


def test_a_markdown_table_listing_documents() -> None:
    lines = ["| 序号 | 文件名称 | 文号 | 发文单位 |", "| :---: | --- | --- | --- |"]
    lines += [f"| {i} | {t} | {n} | {b} |" for i, (t, n, b) in enumerate(_LIST_ROWS, 1)]
    doc, _ = extracted(_HEAD + "\n".join(lines) + "\n" + _TASKS, "plan.md")
    assert [(c.title, c.doc_number, c.issuer) for c in doc.citations] == [
        (t, n or None, b) for t, n, b in _LIST_ROWS
    ]


def test_a_listed_document_in_a_docx_table() -> None:
    from io import BytesIO

    from docx import Document as Docx

    d = Docx()
    d.add_paragraph("某区知识产权强区建设政策清单")
    t = d.add_table(rows=1, cols=4)
    for i, h in enumerate(("序号", "文件名称", "文号", "发文单位")):
        t.rows[0].cells[i].text = h
    for i, (title, number, body) in enumerate(_LIST_ROWS, 1):
        cells = t.add_row().cells
        for j, v in enumerate((str(i), title, number, body)):
            cells[j].text = v
    d.add_paragraph("一、主要任务")
    d.add_paragraph("（一）对照上述文件推进知识产权强区建设。（责任单位：区市场监管局）")
    out = BytesIO()
    d.save(out)
    doc, _ = extracted(out.getvalue(), "plan.docx")
    assert [(c.title, c.doc_number, c.issuer) for c in doc.citations] == [
        (t, n or None, b) for t, n, b in _LIST_ROWS
    ]


_DATED = [
    ("专利代理条例", "2018年11月6日中华人民共和国国务院令第706号公布", "国务院令第706号", "国务院"),
    (
        "商标代理监督管理规定",
        "2022年10月27日国家市场监督管理总局令第63号公布",
        "国家市场监督管理总局令第63号",
        "国家市场监督管理总局",
    ),
    (
        "专利代理管理办法",
        "2019年4月4日国家市场监督管理总局令第6号发布",
        "国家市场监督管理总局令第6号",
        "国家市场监督管理总局",
    ),
]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_DATED))
def test_a_decree_dated_in_the_brackets_after_its_title(case: tuple[str, str, str, str]) -> None:
    title, bracket, number, issuer = case
    assert [(t, n, i) for t, n, i, _, _ in _cited(f"严格执行《{title}》（{bracket}）。")] == [
        (title, number, issuer)
    ]
    # the number alone after its date: the date's last unit is no part of its issuer
    assert [(n, i) for _, n, i, _, _ in _cited(f"根据{bracket}，规范代理行为。")] == [(number, issuer)]


_STANDARD_WORDS = [
    ("推动企业通过知识产权管理规范认证", "知识产权管理规范认证"),
    ("推进知识产权管理规范国家标准实施", "知识产权管理规范国家标准"),
    ("推动企业导入知识产权管理体系标准", "知识产权管理体系标准"),
]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_STANDARD_WORDS))
def test_the_standard_named_without_enterprise(case: tuple[str, str]) -> None:
    task, quote = case
    doc, _ = extracted(_HEAD + "一、主要任务\n（一）" + task + "。（责任单位：区市场监管局）\n")
    assert [(p.program_id, p.quote) for p in doc.programs] == [("standard_implementation", quote)]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["第\n80号", "第 80 号", "第\u300080号"]))
def test_a_later_serial_spaced_or_wrapped_is_quoted_from_its_first_word(second: str) -> None:
    found = _cited(f"按照国家知识产权局令第79号和{second}有关规定。")
    assert [(n, q) for _, n, _, _, q in found] == [
        ("国家知识产权局令第79号", "国家知识产权局令第79号"),
        ("国家知识产权局令第80号", second),
    ]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from([("<", ">"), ("＜", "＞"), ("〈", "〉"), ("《", "》")]))
def test_nested_marks_written_as_angle_brackets_are_one_document(marks: tuple[str, str]) -> None:
    opening, closing = marks
    doc, _ = extracted(
        _HEAD + f"根据《关于印发{opening}某省知识产权强县建设工作方案{closing}的通知》精神。" + _TASKS
    )
    assert [c.key for c in doc.citations] == ["title:关于印发《某省知识产权强县建设工作方案》的通知"]


_OFFICES = [
    "国务院知识产权战略实施工作部际联席会议办公室",
    "省知识产权战略实施工作联席会议办公室",
    "市知识产权强市建设工作领导小组办公室",
]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(_OFFICES),
    st.sampled_from(["", "印发的", "关于印发"]),
    st.sampled_from(["根据", "为贯彻落实"]),
)
def test_a_joint_conferences_office_issues_the_title(office: str, verb: str, cue: str) -> None:
    close = "的通知" if verb == "关于印发" else ""
    found = _cited(f"{cue}{office}{verb}《2024年知识产权强国建设推进计划》{close}要求，制定本方案。")
    assert [(t, i) for t, _, i, _, _ in found] == [("2024年知识产权强国建设推进计划", office)]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_OFFICES[:2]), st.sampled_from(["按照", "根据"]))
def test_a_joint_conferences_office_before_a_title_with_no_marks(office: str, cue: str) -> None:
    found = _cited(f"{cue}{office}关于做好2024年知识产权强国建设工作的通知要求，制定本方案。")
    assert [(t, i) for t, _, i, _, _ in found] == [("关于做好2024年知识产权强国建设工作的通知", office)]


_WRITTEN = [
    ("撰写", "某区新能源汽车产业专利导航分析报告", "report"),
    ("编写", "企业知识产权实务指引", "policy"),
    ("汇编", "知识产权政策文件汇编", "unknown"),
    ("出版", "知识产权典型案例选编", "unknown"),
]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_WRITTEN), st.sampled_from(["", "组织", "每年"]))
def test_a_title_the_plan_writes_or_compiles_is_published(case: tuple[str, str, str], before: str) -> None:
    verb, title, kind = case
    doc, _ = extracted(_HEAD + f"{before}{verb}《{title}》，免费发放企业。" + _TASKS)
    assert [(c.title, c.kind, c.relation) for c in doc.citations] == [(title, kind, "publishes")]
    # pressed for, not written: cited
    doc, _ = extracted(_HEAD + f"推动{verb}《{title}》。" + _TASKS)
    assert [c.relation for c in doc.citations] == ["cites"]


def test_a_web_pages_table_of_its_own_fields_lists_no_document() -> None:
    page = (
        "标题\t发文字号\t发布日期\n"
        "宝鸡市渭滨区人民政府办公室关于印发渭滨区知识产权强县建设工作方案的通知\t渭政办发〔2023〕21号\t2023-04-18\n\n"
        "渭滨区知识产权强县建设工作方案\n\n为贯彻落实《知识产权强国建设纲要（2021—2035年）》，制定本方案。\n"
        "\n一、主要任务\n（一）推进专利导航。（责任单位：区市场监管局）\n"
    )
    doc, _ = extracted(page)
    assert doc.plan.title == "渭滨区知识产权强县建设工作方案"
    # the notice's number in the page's table is the plan's own: no citation either
    assert [c.title for c in doc.citations] == ["知识产权强国建设纲要（2021—2035年）"]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["的制定和出台", "的起草工作", "的修订", "的编制"]),
    st.sampled_from([("抓好", "publishes"), ("完成", "publishes"), ("推动", "cites"), ("配合做好", "cites")]),
)
def test_the_words_of_making_a_title_after_it(after: str, before: tuple[str, str]) -> None:
    verb, relation = before
    doc, _ = extracted(_HEAD + f"{verb}《某区知识产权保护工作站管理办法》{after}。" + _TASKS)
    assert [c.relation for c in doc.citations] == [relation]


_STATIONS = [
    ("设立知识产权维权服务站", "protection_workstations", "知识产权维权服务站"),
    ("建设知识产权保护服务站", "protection_workstations", "知识产权保护服务站"),
    ("设立知识产权维权援助站", "protection_workstations", "知识产权维权援助站"),
]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_STATIONS))
def test_stations_named_otherwise(case: tuple[str, str, str]) -> None:
    task, program, quote = case
    doc, _ = extracted(_HEAD + "一、主要任务\n（一）" + task + "。（责任单位：区市场监管局）\n")
    assert [(p.program_id, p.quote) for p in doc.programs if p.program_id == program] == [(program, quote)]
