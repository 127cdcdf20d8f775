"""Responsibility wording the corpus does not show, in plans written for the tests.

An HTML 工作要点 with roles written into sentences rather than brackets (…，区金融局牵头，区财政局配合): each
binds to the 一是/二是 clause or task it stands in. A text plan (converted from a PDF, with printed page
numbers) whose annotations cover several items (以上任务责任单位：…, 上述工作由…牵头).
"""

from __future__ import annotations

import pytest

from policykg.extract.textspan import squeeze
from policykg.models import Document
from tests.plans import extracted
from tests.test_properties import assert_provenance

PLAN = """常州市武进区人民政府办公室关于印发《武进区2025年知识产权工作要点》的通知
各镇人民政府、街道办事处，区各有关部门：
现将《武进区2025年知识产权工作要点》印发给你们，请认真组织实施。
常州市武进区人民政府办公室
2025年2月20日
武进区2025年知识产权工作要点
一、工作目标
2025年，全区万人高价值发明专利拥有量达到25件。
二、重点工作
（一）强化知识产权运用
一是深化知识产权质押融资，区金融局牵头，区财政局配合。二是推广知识产权保险，由区市场监管局牵头，\
区金融局、区财政局按职责分工负责。三是鼓励企业牵头，高校院所参与，组建产业知识产权联盟。
（二）加强知识产权保护
区市场监管局牵头组织开展“护航”专项执法行动，区公安分局、区法院配合。加强与区检察院协同，健全行政执法与\
刑事司法衔接机制。
（三）完善公共服务
一是建设知识产权公共服务网点；二是实现镇街全覆盖。区市场监管局牵头，区科技局、区工信局配合。
（四）加强宣传培训
开展知识产权宣传周活动。区委宣传部要加强宣传引导。
"""


@pytest.fixture(scope="module")
def wujin() -> tuple[Document, str]:
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in PLAN.splitlines()) + "</body></html>"
    return extracted(html.encode("utf-8"), "wujin.html")


def test_roles_bind_to_the_clause_or_task_they_stand_in(wujin) -> None:
    doc, text = wujin
    assert doc.plan.region is not None
    assert doc.plan.region.id == "320412"
    got = {t.path: [(r.agency.surface, r.role, r.basis) for r in t.responsibilities] for t in doc.tasks}
    assert got == {
        "二.(一)": [],
        "二.(一).一是": [("区金融局", "lead", "annotation"), ("区财政局", "support", "annotation")],
        "二.(一).二是": [
            ("区市场监管局", "lead", "annotation"),
            ("区金融局", "support", "annotation"),
            ("区财政局", "support", "annotation"),
        ],
        # 企业 and 高校院所 are not government bodies: no role clause, nothing invented.
        "二.(一).三是": [],
        # A lead that goes on with its work ('…牵头组织开展…'), then the units that support it;
        # '加强与区检察院协同' names a partner, not a responsible unit.
        "二.(二)": [
            ("区市场监管局", "lead", "annotation"),
            ("区公安分局", "support", "annotation"),
            ("区法院", "support", "annotation"),
        ],
        # A role sentence of its own after 一是…；二是… covers the whole task.
        "二.(三)": [
            ("区市场监管局", "lead", "annotation"),
            ("区科技局", "support", "annotation"),
            ("区工信局", "support", "annotation"),
        ],
        "二.(三).一是": [],
        "二.(三).二是": [],
        "二.(四)": [("区委宣传部", "implicit", "prose")],
    }
    assert_provenance(doc, text)


def test_evidence_quotes_the_role_clause_and_names_its_form(wujin) -> None:
    doc, _ = wujin
    first = next(t for t in doc.tasks if t.path == "二.(一).一是").responsibilities[0]
    assert (first.quote, first.form, first.implicit) == ("区金融局牵头，区财政局配合", "…牵头，…配合", False)
    enforcement = next(t for t in doc.tasks if t.path == "二.(二)").responsibilities[0]
    assert enforcement.quote == "区市场监管局牵头组织开展“护航”专项执法行动，区公安分局、区法院配合"
    assert enforcement.form == "…牵头…，…配合"


PIDU = """成都市郫都区知识产权工作要点
一、重点任务
（一）提升创造质量
1.开展产业专利导航。
2.推进企业知识产权合规管理体系贯标。
3.培育高价值专利。
以上任务责任单位：区市场监管局牵头，区科技局、区经信局配合。
（二）强化保护
1.开展“铁拳”执法行动。
2.加强维权援助。（以上两项工作由区市场监管局、区公安分局按职责分工负
- 2 -
责）
（三）加强运用
1.推进知识产权质押融资。（区金融局牵头）
2.推广知识产权保险。
上述工作由区金融局牵头，区财政局配合。
（四）优化服务
建设知识产权公共服务网点。（责任单位：区市场监管局）
"""


@pytest.fixture(scope="module")
def pidu() -> tuple[Document, str]:
    return extracted(PIDU.encode("gb18030"), "pidu.txt")


def test_annotations_covering_the_items_before_them(pidu) -> None:
    doc, text = pidu
    got = {t.path: [(r.agency.surface, r.role) for r in t.responsibilities] for t in doc.tasks}
    creation = [("区市场监管局", "lead"), ("区科技局", "support"), ("区经信局", "support")]
    protection = [("区市场监管局", "joint"), ("区公安分局", "joint")]
    assert got == {
        "一.(一).1": creation,
        "一.(一).2": creation,
        "一.(一).3": creation,
        "一.(二).1": protection,
        "一.(二).2": protection,
        # An item with its own annotation ends what 上述工作 (no count) reaches back to.
        "一.(三).1": [("区金融局", "lead")],
        "一.(三).2": [("区金融局", "lead"), ("区财政局", "support")],
        # A later heading is not covered by an earlier 以上.
        "一.(四)": [("区市场监管局", "sole")],
    }
    assert_provenance(doc, text)


def test_covering_annotation_is_quoted_once_with_its_scope(pidu) -> None:
    doc, _ = pidu
    quotes = {r.quote for t in doc.tasks if t.path.startswith("一.(一)") for r in t.responsibilities}
    assert quotes == {"以上任务责任单位：区市场监管局牵头，区科技局、区经信局配合"}
    assert "- 2 -" not in doc.model_dump_json()


JINSHUI = """郑州市金水区知识产权工作方案
二、重点任务
（一）实施商标品牌战略。推动区域品牌建设。此项工作由区市场监管局负责，区商务局参与。
（二）健全维权援助体系。设立维权援助工作站。
（三）加强执法协作。开展专项行动。
以上两项工作由区市场监管局牵头，区公安分局、区人民法院按职责分工负责。
（四）强化金融服务
1.推广知识产权质押融资产品。
2.开发知识产权保险产品。
（责任单位：区金融局（牵头），区财政局；完成时限：2025年12月）
（五）推动转化。一是建立专利转化专员制度（责任单位：区科技局（牵头）、区教育局）；二是建设转化分中心\
（责任单位：区科技局、区市场监管局，完成时限：2024年6月）。
（六）建设运营平台。牵头单位为区市场监管局，配合单位为区科技局。
（七）完善调解机制。由区司法局、区人民法院共同负责。
三、保障措施
（一）加强组织领导。区知识产权工作领导小组统筹推进，各成员单位按职责分工抓好落实。
"""


@pytest.fixture(scope="module")
def jinshui() -> tuple[Document, str]:
    return extracted(JINSHUI.encode("utf-8"), "jinshui.txt")


def test_counted_and_closing_annotations_and_pointer_words(jinshui) -> None:
    doc, text = jinshui
    got = {t.path: [(r.agency.surface, r.role) for r in t.responsibilities] for t in doc.tasks}
    enforcement = [("区市场监管局", "lead"), ("区公安分局", "support"), ("区人民法院", "support")]
    finance = [("区金融局", "lead"), ("区财政局", "support")]
    assert got == {
        # 此项工作由… points at the task; it is not part of the name.
        "二.(一)": [("区市场监管局", "lead"), ("区商务局", "support")],
        # 以上两项: the two items up to its own, not the first one.
        "二.(二)": enforcement,
        "二.(三)": enforcement,
        # A lone annotation after a list of unannotated items speaks for the list.
        "二.(四).1": finance,
        "二.(四).2": finance,
        "二.(五)": [],
        "二.(五).一是": [("区科技局", "lead"), ("区教育局", "support")],
        "二.(五).二是": [("区科技局", "joint"), ("区市场监管局", "joint")],
        "二.(六)": [("区市场监管局", "lead"), ("区科技局", "support")],
        "二.(七)": [("区司法局", "joint"), ("区人民法院", "joint")],
        # the leading group coordinating the work leads the units sharing it by their duties (round 30: they
        # were implicit, while the same words in a note led and supported)
        "三.(一)": [("区知识产权工作领导小组", "lead"), ("各成员单位", "support")],
    }
    assert_provenance(doc, text)


def test_deadlines_belong_to_what_states_them(jinshui) -> None:
    doc, _ = jinshui
    deadlines = {t.path: t.deadline for t in doc.tasks if t.deadline}
    # The covering annotation's deadline is each covered item's; a clause's is not its parent's.
    assert deadlines == {"二.(四).1": "2025年12月", "二.(四).2": "2025年12月", "二.(五).二是": "2024年6月"}


def test_clause_titles_end_before_their_annotation(jinshui) -> None:
    doc, _ = jinshui
    titles = {t.path: t.title for t in doc.tasks if t.kind == "clause"}
    assert titles == {"二.(五).一是": "建立专利转化专员制度", "二.(五).二是": "建设转化分中心"}


NANSHAN = """深圳市南山区2024年知识产权工作计划
一、重点任务
1.由区市场监管局会同区发展改革局负责推进商标品牌建设，培育区域品牌。
2.推进版权保护，由区委宣传部会同区文化广电旅游体育局负责。
3.推动专利开放许可试点。（区科技创新局、区市场监管局）
4.开展“4·26”知识产权宣传周活动。区委宣传部　区市场监管局　区教育局
5.实施专利导航工程。责任单位：1.区市场监管局 2.区科技创新局
6.新建高价值专利培育示范中心20家。（责任处室：知识产权促进处）
7.组织“知识产权服务万里行”活动。区科技局、区工信局按照职责分工抓好落实。
8.落实质押融资贴息，每年12月底前完成年度兑付。（区金融发展服务中心负责）
9.推进知识产权证券化试点。由区地方金融
监管局负责。
二、保障措施
（一）加强考核。区委组织部负责将知识产权工作纳入综合目标考核。
（二）压实责任。本方案各项任务由各责任单位按照职责分工抓好落实，区督查室负责跟踪督办。
"""


@pytest.fixture(scope="module")
def nanshan() -> tuple[Document, str]:
    return extracted(NANSHAN.encode("gb18030"), "nanshan.txt")


def test_more_ways_of_naming_who_is_responsible(nanshan) -> None:
    doc, text = nanshan
    got = {t.path: [(squeeze(r.agency.surface), r.role) for r in t.responsibilities] for t in doc.tasks}
    assert got == {
        # A会同B负责: A leads, B supports, whether the work comes before or after.
        "一.1": [("区市场监管局", "lead"), ("区发展改革局", "support")],
        "一.2": [("区委宣传部", "lead"), ("区文化广电旅游体育局", "support")],
        # Unit names alone, in brackets or after the last sentence: they are responsible together.
        "一.3": [("区科技创新局", "joint"), ("区市场监管局", "joint")],
        "一.4": [("区委宣传部", "joint"), ("区市场监管局", "joint"), ("区教育局", "joint")],
        # A numbered list: the numbers are not part of the names.
        "一.5": [("区市场监管局", "joint"), ("区科技创新局", "joint")],
        "一.6": [("知识产权促进处", "sole")],
        "一.7": [("区科技局", "joint"), ("区工信局", "joint")],
        "一.8": [("区金融发展服务中心", "sole")],
        # A name broken by a line break stays whole.
        "一.9": [("区地方金融监管局", "sole")],
        # 组织 inside 区委组织部 does not cut the name; a body answering for its work alone (负责…) carries it
        # (round 31: it was implicit).
        "二.(一)": [("区委组织部", "sole")],
        # 本方案各项任务由 only points at the tasks.
        "二.(二)": [("各责任单位", "implicit"), ("区督查室", "sole")],
    }
    assert next(t for t in doc.tasks if t.path == "一.8").deadline == "每年12月底前"
    assert_provenance(doc, text)
