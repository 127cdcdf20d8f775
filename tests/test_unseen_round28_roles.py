"""Round 28: who leads, supports or oversees a task, as plans of provinces the tests did not cover write it
(counties and county-level cities of Hunan, Hebei, Qinghai and Shanxi, districts of Sichuan, Shandong and
Guizhou, a Yunnan city's task list laid out by a PDF).

What was read wrong before:

- a body opening a clause with work no role word names (县财政局跟踪问效, 县财政局给予资金支持) between or after
  role clauses of a sentence (县科技局牵头，县财政局跟踪问效，县工信局配合。) was dropped, or read as a prose
  obligation of its own: it takes part beside the body carrying the work (support), as in a note; after
  县科技局负责 (a sentence or a note) that body leads, where both were implicit before or the second was lost;
  an overseer (县政府督查室负责跟踪督办, 县纪委监委督导) is no unit, where 县纪委 was a supporter in a note;
- a coordinator before units carrying the work out (市商务局负责统筹，市文旅局、市市场监管局抓好落实;
  区委宣传部负责统筹协调，区市场监管局具体实施) was implicit beside joint doers, and lost in a 一是 clause: it
  leads and the doers support (units sharing the work by their duties, 按职责分工负责, stay its partners);
- a note listing the responsible units and then picking out their lead (责任单位：区司法局、区市场监管局；
  牵头单位：区司法局) named the lead twice, as lead and as support;
- a note whose next line opens another field (（责任单位：区市场监管局、区科技局↵完成时限：2025年12月）) lost
  its last unit, read with the field as one name;
- a PDF's task table read one cell a line with a column naming people right of the task (责任领导 / 分管领导:
  副区长 王某某, 市政府分管副市长) gave no tasks at all, its header on one line too (序号 重点任务 责任领导 …);
- a task table's unit cell written as a sentence of role clauses with a body's own work (市科技局负责，市卫健局
  给予技术支持) named the work with the body (市卫健局给予技术支持).

Checked and left as it was: 责任主体：A、B；参与单位：C makes A and B both lead, as 牵头单位：A、B；配合单位：C and
责任单位：A、B；配合单位：C do (the units others support lead; GLOSSARY: 参与单位 supports).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import plan_units

LIUYANG = "浏阳市知识产权强市建设2024年工作要点\n为深入推进知识产权强市建设，结合我市实际，制定本要点。\n"
CHENGDUO = "称多县知识产权工作方案\n为推动全县知识产权工作，制定本方案。\n"
ZHANGDIAN = "淄博市张店区知识产权强区建设工作方案\n为加快知识产权强区建设，结合我区实际，制定本方案。\n"
YUCI = "晋中市榆次区知识产权强区建设工作方案\n为推动知识产权强区建设，制定本方案。\n"
QIANFENG = "广安市前锋区知识产权强区建设2024年重点任务分工方案\n为加快推进知识产权强区建设，制定本方案。\n"
DALI = "大理市知识产权强县建设工作方案\n为加快推进知识产权强县建设，制定本方案。\n"
KAILI = "凯里市知识产权强市建设工作方案\n为推动知识产权强市建设，制定本方案。\n"


def test_a_body_with_its_own_work_beside_role_clauses_takes_part() -> None:
    got = plan_units(
        CHENGDUO,
        "一、工作任务\n（一）推进专利培育。县科技局牵头，县财政局跟踪问效，县工信局配合。\n"
        "（二）完善资助政策。县科技局负责，县财政局给予资金支持。\n"
        "（三）完善资助政策。对企业给予专利资助。（县科技局负责，县财政局给予资金支持）\n"
        "（四）推进知识产权培训。县市场监管局牵头，县人社局统筹安排培训资金，县教育局协助。\n"
        "（五）推进专利转化。县科技局负责，县财政局按规定兑现奖补资金。\n"
        "（六）强化督查。县市场监管局牵头，县政府督查室负责跟踪督办，县公安局配合。\n"
        "（七）推进专利转化。县科技局牵头，县工信局、县财政局按职责分工负责，县市场监管局跟踪问效。\n"
        "（八）加强监督。县市场监管局牵头，县纪委监委督导，各乡镇配合。\n",
    )
    assert got["一.(一)"] == [
        ("县科技局", "lead", "annotation"),
        ("县财政局", "support", "annotation"),
        ("县工信局", "support", "annotation"),
    ]
    funded = [("县科技局", "lead", "annotation"), ("县财政局", "support", "annotation")]
    assert got["一.(二)"] == funded
    assert got["一.(三)"] == funded
    assert got["一.(四)"] == [
        ("县市场监管局", "lead", "annotation"),
        ("县人社局", "support", "annotation"),
        ("县教育局", "support", "annotation"),
    ]
    assert got["一.(五)"] == funded
    # an overseer is no unit, a cue before its word or not
    assert got["一.(六)"] == [("县市场监管局", "lead", "annotation"), ("县公安局", "support", "annotation")]
    assert got["一.(七)"] == [
        ("县科技局", "lead", "annotation"),
        ("县工信局", "support", "annotation"),
        ("县财政局", "support", "annotation"),
        ("县市场监管局", "support", "annotation"),
    ]
    # a body whose name is read short (县纪委 of 县纪委监委) before an overseeing word is no unit either
    assert got["一.(八)"] == [("县市场监管局", "lead", "annotation"), ("各乡镇", "support", "annotation")]


_LEADS = st.sampled_from(["县科技局", "县市场监管局", "县农业农村局"])
_WORK = st.sampled_from(
    [
        "跟踪问效",
        "给予资金支持",
        "提供技术支撑",
        "做好政策宣传",
        "加强业务培训",
        "兑现奖补资金",
        "开展绩效评价",
    ]
)


@settings(max_examples=30, deadline=None)
@given(
    lead=_LEADS,
    word=st.sampled_from(["牵头", "负责"]),
    work=_WORK,
    helper=st.sampled_from(["", "县工信局配合", "县文旅局协助"]),
    comma=st.sampled_from(["，", ","]),
    bracket=st.booleans(),
)
def test_own_work_beside_a_lead_in_any_wording(
    lead: str, word: str, work: str, helper: str, comma: str, bracket: bool
) -> None:
    clauses = [f"{lead}{word}", f"县财政局{work}", *([helper] if helper else [])]
    note = comma.join(clauses)
    body = f"一、工作任务\n（一）推进专利转化。对转化项目予以扶持。{'（' + note + '）' if bracket else note + '。'}\n"
    got = plan_units(CHENGDUO, body)["一.(一)"]
    assert [(surface, role) for surface, role, _ in got] == [
        (lead, "lead"),
        ("县财政局", "support"),
        *([(helper[:4], "support")] if helper else []),
    ]


def test_a_coordinator_before_units_carrying_the_work_out_leads_them() -> None:
    got = plan_units(
        LIUYANG,
        "一、提升知识产权创造质量\n（一）推进商标品牌建设。一是培育地理标志，市农业农村局负责；二是打造区域品牌，"
        "市商务局负责统筹，市文旅广体局、市市场监管局抓好落实。\n"
        "（二）加强宣传。市委宣传部负责统筹协调，市市场监管局具体实施。\n"
        "（三）加强保护。市市场监管局统筹推进，市公安局、市人民法院按职责分工负责。\n",
    )
    assert got["一.(一).二是"] == [
        ("市商务局", "lead", "annotation"),
        ("市文旅广体局", "support", "annotation"),
        ("市市场监管局", "support", "annotation"),
    ]
    assert got["一.(二)"] == [("市委宣传部", "lead", "annotation"), ("市市场监管局", "support", "annotation")]
    # units sharing the work by their duties after the coordinator support it, as in a note (round 30: they
    # stayed implicit prose partners here, which disagreed with the note and the glossary)
    assert got["一.(三)"] == [
        ("市市场监管局", "lead", "annotation"),
        ("市公安局", "support", "annotation"),
        ("市人民法院", "support", "annotation"),
    ]


def test_a_lead_picked_out_of_the_responsible_units_is_named_once() -> None:
    got = plan_units(
        ZHANGDIAN,
        "二、重点任务\n（一）强化知识产权保护\n"
        "1.完善纠纷调解。（责任单位：区司法局、区市场监管局；牵头单位：区司法局）\n"
        "2.加强行政执法。（牵头单位：区市场监管局；责任单位：区公安分局、区法院）\n",
    )
    assert got["二.(一).1"] == [("区市场监管局", "support", "annotation"), ("区司法局", "lead", "annotation")]
    assert got["二.(一).2"] == [
        ("区市场监管局", "lead", "annotation"),
        ("区公安分局", "support", "annotation"),
        ("区法院", "support", "annotation"),
    ]


def test_a_field_on_the_next_line_of_a_note_ends_its_last_unit() -> None:
    got = plan_units(
        YUCI,
        "二、重点任务\n1.实施专利质量提升工程。加强高价值专利培育。（责任单位：区市场监管局、区科技局\n"
        "完成时限：2025年12月）\n"
        "2.推进地理标志保护。加强地理标志产品保护。（牵头单位：区农业农村局\n配合单位：区市场监管局）\n",
    )
    assert got["二.1"] == [("区市场监管局", "joint", "annotation"), ("区科技局", "joint", "annotation")]
    assert got["二.2"] == [("区农业农村局", "lead", "annotation"), ("区市场监管局", "support", "annotation")]


_ROWS = (
    "1\n推进高价值专利培育\n副区长 王某某\n区市场监管局\n区科技局、区经信局\n2024年12月底前\n"
    "2\n开展知识产权质押融资\n副区长 李某某\n区金融服务中心\n区市场监管局、区财政局\n2024年11月底前\n"
)
_READ = {
    "附件.表1.1": [
        ("区市场监管局", "lead", "table"),
        ("区科技局", "support", "table"),
        ("区经信局", "support", "table"),
    ],
    "附件.表1.2": [
        ("区金融服务中心", "lead", "table"),
        ("区市场监管局", "support", "table"),
        ("区财政局", "support", "table"),
    ],
}


def test_a_people_column_right_of_the_task_in_a_table_read_one_cell_a_line() -> None:
    header = "序号\n重点任务\n责任领导\n牵头单位\n配合单位\n完成时限\n"
    assert plan_units(QIANFENG, "附件\n重点任务分工表\n" + header + _ROWS) == _READ
    one_line = "序号 重点任务 责任领导 牵头单位 配合单位 完成时限\n"
    assert plan_units(QIANFENG, "附件\n" + one_line + _ROWS) == _READ


def test_a_leader_cell_that_reads_like_a_body_is_no_part_of_the_unit_cell() -> None:
    got = plan_units(
        DALI,
        "附件：重点任务清单\n序号\n工作任务\n分管领导\n责任单位\n完成时限\n"
        "1\n建立知识产权工作联席会议制度\n市政府分管副市长\n市市场监管局\n2024年6月\n"
        "2\n培育知识产权优势企业10家以上\n市政府分管副市长\n市科技局、市工业和信息化局\n2025年12月\n",
    )
    assert got == {
        "附件.表1.1": [("市市场监管局", "sole", "table")],
        "附件.表1.2": [("市科技局", "joint", "table"), ("市工业和信息化局", "joint", "table")],
    }


def test_a_unit_cell_written_as_role_clauses_with_a_bodys_own_work() -> None:
    got = plan_units(
        KAILI,
        "附件\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 开展民族医药专利布局 | 市科技局负责，市卫健局给予技术支持 | 2024年底 |\n"
        "| 2 | 推进知识产权纠纷调解 | 市司法局牵头，市法院跟踪指导，市市场监管局配合 | 持续推进 |\n",
    )
    assert got["附件.表1.1"] == [("市科技局", "lead", "table"), ("市卫健局", "support", "table")]
    assert got["附件.表1.2"] == [
        ("市司法局", "lead", "table"),
        ("市法院", "support", "table"),
        ("市市场监管局", "support", "table"),
    ]
