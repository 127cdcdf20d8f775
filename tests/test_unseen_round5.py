"""Round 5 of plans the corpus does not show, written for the tests (provinces outside Jiangsu).

A 河南 work plan whose 一是/二是/三是 clauses each close with their own '，X负责' (each clause keeps its own
units, with the role the words give, and the section does not pool them), and 实施步骤 items whose dated headings run past the usual heading
length (全面实施阶段（2023年5月—2025年6月）) or give only an end (启动阶段（2023年7月底前）).

A 山东 若干措施 whose numbered measures grant money (按贷款利息的50%给予贴息, 每家企业每年最高不超过30万元): terms
of a grant, not targets; and whose last numbered measure is about the measures themselves (本措施自…起施行…
由…负责解释): no task.

An 安徽 HTML plan that states no start year, with an indicator table headed 2022年 | 2025年目标: the bare year
before the target's year is the starting level.
"""

from __future__ import annotations

import pytest

from loaders import load_bytes
from loaders.base import LoadedDocument
from policykg.extract.pipeline import extract_document
from policykg.models import Document
from tests.formats import to_html
from tests.test_properties import assert_provenance

PLAN = """洛阳市知识产权强市建设工作方案
一、工作目标
到2025年，全市有效发明专利拥有量达到1.2万件。
二、重点任务
（一）实施知识产权质量提升工程。
一是培育高价值专利组合，市科技局负责；二是开展企业知识产权贯标，市市场监管局负责；三是推进专利导航产业发展，\
市工信局、市市场监管局共同负责。
（二）实施知识产权运用促进工程。
深化质押融资模式，每年知识产权质押融资额不低于10亿元。牵头单位：市金融局；配合单位：市市场监管局。
三、工作步骤
1.启动阶段（2023年7月底前）
2.全面实施阶段（2023年8月—2025年6月）
3.总结验收阶段（2025年7月—2025年12月）
四、工作要求
各县（市、区）要高度重视。
洛阳市市场监督管理局
2023年6月28日
"""


@pytest.fixture(scope="module")
def loaded() -> LoadedDocument:
    return load_bytes(PLAN.encode("utf-8"), "luoyang.txt")


@pytest.fixture(scope="module")
def doc(loaded: LoadedDocument) -> Document:
    return extract_document(loaded)


def _units(doc: Document, path: str) -> list[str]:
    task = next(t for t in doc.tasks if t.path == path)
    return [f"{r.agency.name}/{r.role}" for r in task.responsibilities]


def test_each_clause_keeps_its_own_units(doc: Document) -> None:
    assert _units(doc, "二.(一).一是") == ["洛阳市科学技术局/sole"]
    assert _units(doc, "二.(一).二是") == ["洛阳市市场监督管理局/sole"]
    assert _units(doc, "二.(一).三是") == ["洛阳市工业和信息化局/joint", "洛阳市市场监督管理局/joint"]
    assert _units(doc, "二.(一)") == []  # the section does not pool its clauses' units


def test_dated_phase_headings(doc: Document) -> None:
    phases = [(p.name, p.start, p.end) for p in doc.phases]
    assert phases == [
        ("启动", None, "2023-07"),
        ("全面实施", "2023-08", "2025-06"),
        ("总结验收", "2025-07", "2025-12"),
    ]
    assert not [t.path for t in doc.tasks if t.chapter_kind == "phases"]


def test_provenance(doc: Document, loaded: LoadedDocument) -> None:
    assert_provenance(doc, loaded.text)


MEASURES = """寿光市人民政府
关于加快推进知识产权强县建设的若干措施
寿政发〔2023〕9号
各镇人民政府、街道办事处，市政府各部门、单位：
为加快建设知识产权强县，现提出以下措施。
一、支持种业知识产权保护。加强植物新品种权保护，力争到2025年新增植物新品种权30件以上。（市农业农村局牵头，市市场监管局配合）
二、鼓励知识产权质押融资。对开展知识产权质押融资的企业，按贷款利息的50%给予贴息，每家企业每年最高不超过30万元。（市地方金融监管局、市财政局按职责分工负责）
三、强化知识产权公共服务。对新获评的技术与创新支持中心，给予一次性补助20万元。（市市场监管局负责）
四、本措施自2023年6月1日起施行，有效期至2025年12月31日。由市市场监管局负责解释。
寿光市人民政府
2023年5月10日
"""


@pytest.fixture(scope="module")
def measures() -> Document:
    return extract_document(load_bytes(MEASURES.encode("gb18030"), "shouguang.txt"))


def test_grant_terms_are_no_targets(measures: Document) -> None:
    assert [(t.indicator, t.value, t.unit) for t in measures.targets] == [("植物新品种权", 30.0, "件")]


def test_a_measure_about_the_measures_is_no_task(measures: Document) -> None:
    assert [t.path for t in measures.tasks] == ["一", "二", "三"]


PILOT = [
    "芜湖市鸠江区知识产权强区建设试点工作实施方案",
    "一、工作目标",
    "到2025年底，全区每万人口高价值发明专利拥有量达到9件。",
    "二、主要任务",
    "（一）打造知识产权创造高地。实施专利导航工程。由区科技局牵头，区经信局、区市场监管局配合。",
]
PILOT_TABLE = [
    ["指标", "2022年", "2025年目标", "责任单位"],
    ["发明专利授权量（件）", "450", "640", "区市场监管局"],
]


def test_a_bare_year_before_the_target_year_is_the_baseline() -> None:
    doc = extract_document(load_bytes(to_html(PILOT, PILOT_TABLE), "jiujiang.html"))
    table = [(t.indicator, t.value, t.year, t.kind) for t in doc.targets if t.source == "table"]
    assert table == [("发明专利授权量", 450.0, 2022, "baseline"), ("发明专利授权量", 640.0, 2025, "target")]
