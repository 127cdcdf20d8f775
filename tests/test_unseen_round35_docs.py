"""Round 35: documents as they reach the pipeline from places the tests did not cover: WeChat reposts and
政务新媒体 articles (昆明五华, 保定), hard-wrapped GB18030 exports (龙岩新罗), signatures dated in figures, and
a departmental joint plan with a 联合印发 masthead (宿迁沭阳).

What was read wrong before:

- chapters numbered with two digits, as articles set them (01 强化行政执法, 02｜加强司法衔接,
  **01 优化维权援助** in Markdown), were no headings: the whole plan gave no section, no task and no unit;
- a hard wrap between a label and its colon (…1家，责任单位↵：区科技和工业信息化局、区发展和改革局。) lost the
  units and made the label a body of its own (责任单位, a collective of all departments);
- a .txt cut every 35 characters (a GB18030 export) was joined only where its lines held no half-width
  digit, since those are narrower on screen: a cited number stayed cut (闽政办〔2021〕6↵0号 gave none) and
  goals kept their breaks (有效商↵标注册量);
- a repost's lead sentence naming the plan by its own title (近日，保定市人民政府办公室印发《…》（保政办字
  〔2024〕12号），全文如下：) gave neither the number nor the issuer, and its trailer (—END—, 来源：…, 编辑｜…,
  审核：…, a quote's ＞ before them) was the last task's text, a deadline field running on into it;
- a signature dated in figures (某某县人民政府办公室 ↵ 2024-03-05, 2024.3.5, 2024/03/05) was the last task's
  text: the date's line, holding no CJK, was not read as the signature's;
- a departmental joint plan's masthead line (沭阳县知识产权局　沭阳县科学技术局　沭阳县财政局联合印发) gave no
  issuer.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units, task_agencies

WUHUA = "五华区2024年知识产权保护工作要点\n\n"


@settings(max_examples=12, deadline=None)
@given(
    sep=st.sampled_from([" ", "　", "｜", " | ", "丨", ""]),
    emphasis=st.booleans(),
)
def test_two_digit_chapter_numbers_open_chapters(sep: str, emphasis: bool) -> None:
    def heading(number: str, words: str) -> str:
        line = f"{number}{sep}{words}"
        return f"**{line}**" if emphasis else line

    doc, _ = extracted(
        WUHUA
        + heading("01", "强化行政执法")
        + "\n\n开展“春雷”“铁拳”等专项行动，查办商标侵权案件30件以上。（责任单位：区市场监管局）\n\n"
        + heading("02", "加强司法衔接")
        + "\n\n健全行政执法与刑事司法衔接机制。（牵头单位：区公安分局；配合单位：区人民检察院）\n",
        "plan.md" if emphasis else "plan.txt",
    )
    units = named_units(doc)
    assert [(s.path, s.title) for s in doc.sections] == [("01", "强化行政执法"), ("02", "加强司法衔接")]
    assert units["01"] == [("区市场监管局", "sole", "annotation")]
    assert units["02"] == [("区公安分局", "lead", "annotation"), ("区人民检察院", "support", "annotation")]
    assert any(t.indicator == "查办商标侵权案件" and t.value == 30 for t in doc.targets)


def test_a_two_digit_number_in_a_row_or_a_count_opens_no_chapter() -> None:
    doc, _ = extracted(
        WUHUA + "一、重点任务\n（一）强化执法。全年查办案件\n30 件以上。（责任单位：区市场监管局）\n"
        "（二）开展宣传。\n12 月底前完成。（责任单位：区委宣传部）\n"
    )
    assert [s.path for s in doc.sections] == ["一", "一.(一)", "一.(二)"]


XINLUO = "新罗区2024年知识产权工作要点\n\n　　一、重点任务\n"


@settings(max_examples=10, deadline=None)
@given(
    label=st.sampled_from(["责任单位", "牵头单位"]),
    before=st.sampled_from(["，", "。", "，\n"]),
)
def test_a_label_parted_from_its_colon_by_a_wrap_keeps_its_units(label: str, before: str) -> None:
    got = task_agencies(
        XINLUO + f"　　（一）实施运用促进工程。2024年底前建成专利导航服务基地1家{before}{label}\n"
        "：区科技和工业信息化局、区发展和改革局。\n"
        "　　（二）实施保护提升工程。全年查处侵权假冒案件50件，由区市场监督管\n理局牵头，区公安分局配合。\n"
    )
    role = "joint" if label == "责任单位" else "lead"
    assert [(s, r) for s, _, _, r in got["一.(一)"]] == [
        ("区科技和工业信息化局", role),
        ("区发展和改革局", role),
    ]
    assert [(s, r) for s, _, _, r in got["一.(二)"]] == [
        ("区市场监督管\n理局", "lead"),
        ("区公安分局", "support"),
    ]


def _cut_every(chars: int, paragraphs: list[str]) -> str:
    """The paragraphs as a naive exporter writes them: each cut every ``chars`` characters."""
    lines = [p[i : i + chars] for p in paragraphs for i in range(0, len(p), chars)]
    return "\r\n".join(lines) + "\r\n"


@settings(max_examples=8, deadline=None)
@given(width=st.integers(min_value=30, max_value=38))
def test_a_text_cut_by_character_count_is_joined_where_lines_hold_digits(width: int) -> None:
    body = [
        "　　为深入实施知识产权强国战略，推动新罗区国家知识产权强县建设示范工作，根据《福建省“十四五”知识产权"
        "保护和运用规划》（闽政办〔2021〕60号）要求，结合我区实际，制定本方案。",
        "　　一、工作目标",
        "　　到2025年，全区每万人口高价值发明专利拥有量达到5.8件，有效商标注册量达到3.2万件，知识产权质押融资"
        "额年均增长15%，专利权质押登记金额达到10亿元，培育国家知识产权优势企业20家。",
        "　　二、重点任务",
        "　　（一）实施运用促进工程。2024年底前建成专利导航服务基地1家，推动高校院所与企业开展产学研合作项目30"
        "项，专利转让许可次数达到500次。（责任单位：区科技和工业信息化局）",
    ]
    text = "龙岩市新罗区知识产权强县建设示范工作方案\r\n\r\n" + _cut_every(width, body)
    doc, canonical = extracted(text.encode("gb18030"))
    assert [c.doc_number for c in doc.citations] == ["闽政办〔2021〕60号"]
    assert "有效商标注册量" in canonical
    assert "每万人口高价值发明专利拥有量" in canonical
    assert {t.indicator for t in doc.targets} >= {"有效商标注册量", "每万人口高价值发明专利拥有量"}


BAODING_LEAD = (
    "# 重磅！保定市印发《知识产权强市建设实施方案（2024—2026年）》\n\n保定市场监管 2024-04-22 18:30 河北\n\n"
    "＞ 近日，{body}印发《保定市知识产权强市建设实施方案（2024—2026年）》（保政办字〔2024〕12号），全文如下：\n\n"
    "**保定市知识产权强市建设实施方案（2024—2026年）**\n\n**一、重点任务**\n\n"
    "**（一）强化司法保护。**健全知识产权案件“三合一”审判机制。（市中级人民法院负责）\n\n"
    "**（二）推进商标品牌战略。**新增地理标志证明商标5件。（市市场监管局负责）\n\n"
)


@settings(max_examples=10, deadline=None)
@given(
    body=st.sampled_from(
        [
            ("保定市人民政府办公室",),
            ("保定市市场监督管理局", "保定市财政局"),
        ]
    ),
    trailer=st.sampled_from(
        [
            "＞ 来源：保定市人民政府网站\n\n编辑：王晓\n\n审核：李强\n",
            "—END—\n\n来源｜保定市场监管\n\n责任编辑：王晓\n",
            "> 信息来源：保定市人民政府网站\n\n初审：王晓\n\n终审：李强\n",
        ]
    ),
)
def test_a_reposts_lead_gives_number_and_issuers_and_its_trailer_is_back_matter(
    body: tuple[str, ...], trailer: str
) -> None:
    subject = "、".join(body) + ("联合" if len(body) > 1 else "")
    doc, _ = extracted(BAODING_LEAD.format(body=subject) + trailer, "plan.md")
    assert doc.plan.doc_number == "保政办字〔2024〕12号"
    assert [i.name for i in doc.plan.issuers] == list(body)
    last = doc.tasks[-1]
    assert last.text.endswith("（市市场监管局负责）")


def test_a_deadline_field_does_not_run_on_into_the_trailer() -> None:
    doc, _ = extracted(
        "**昆明市五华区2024年知识产权保护工作要点**\n\n**01 优化维权援助**\n\n"
        "**具体任务：**设立知识产权维权援助工作站2个。\n\n**责任单位：**区市场监管局、区商务局\n\n"
        "**完成时限：**2024年6月底\n\n—END—\n\n来源｜五华区市场监管局\n\n编辑｜张丽\n",
        "plan.md",
    )
    assert doc.tasks[-1].deadline == "2024年6月底"
    assert doc.tasks[-1].text.endswith("2024年6月底")


def test_a_heading_citing_the_plan_in_a_sentence_gives_no_number() -> None:
    doc, _ = extracted(
        "保定市知识产权强市建设实施方案\n\n为贯彻落实省政府印发《河北省知识产权强省建设纲要》（冀政发〔2022〕3号），"
        "制定本方案。\n一、重点任务\n（一）强化司法保护。健全审判机制。（市中级人民法院负责）\n"
    )
    assert doc.plan.doc_number is None


@settings(max_examples=6, deadline=None)
@given(date=st.sampled_from(["2024-03-05", "2024.3.5", "2024/03/05", "2024年3月5日"]))
def test_a_signature_dated_in_figures_is_no_part_of_the_last_task(date: str) -> None:
    doc, _ = extracted(
        "某县知识产权工作方案\n\n一、重点任务\n（一）开展专利导航。形成导航报告2份。（责任单位：县科技局）\n\n"
        f"某某县人民政府办公室\n{date}\n"
    )
    assert doc.tasks[-1].text == "（一）开展专利导航。形成导航报告2份。（责任单位：县科技局）"
    assert doc.plan.date == "2024-03-05"
    assert [i.name for i in doc.plan.issuers] == ["某某县人民政府办公室"]


@settings(max_examples=6, deadline=None)
@given(word=st.sampled_from(["联合印发", "联合发布", "文件"]), gap=st.sampled_from(["　", "  ", " "]))
def test_a_joint_masthead_line_names_the_issuers(word: str, gap: str) -> None:
    doc, _ = extracted(
        f"沭阳县知识产权局{gap}沭阳县科学技术局{gap}沭阳县财政局{word}\n\n沭阳县2024年专利转化运用专项行动实施方案\n\n"
        "为推动专利转化运用，制定本方案。\n一、重点任务\n（一）开展专利开放许可。（责任单位：县知识产权局）\n\n"
        "二〇二四年五月九日\n"
    )
    assert [i.name for i in doc.plan.issuers] == ["沭阳县知识产权局", "沭阳县科学技术局", "沭阳县财政局"]
    assert doc.plan.title == "沭阳县2024年专利转化运用专项行动实施方案"
