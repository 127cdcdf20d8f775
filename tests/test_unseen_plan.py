"""A county plan in styles the corpus does not show: .docx with a task table, （牵头单位：…；配合单位：…）,
clause-level annotations, a first-is-lead note, GBK text. Written for the tests, not tuned on."""

from __future__ import annotations

import pytest

from loaders import load_bytes
from policykg.extract.pipeline import extract_document
from policykg.models import Document
from tests.formats import to_docx
from tests.test_properties import assert_provenance

PLAN_TEXT = """东政办发〔2024〕15号
如东县人民政府办公室关于印发《如东县知识产权强县建设实施方案（2024—2026年）》的通知
各镇（区）人民政府，县各委办局、各直属单位：
《如东县知识产权强县建设实施方案（2024—2026年）》已经县政府同意，现印发给你们，请认真贯彻落实。
如东县人民政府办公室
2024年3月8日
如东县知识产权强县建设实施方案（2024—2026年）
一、总体要求
以习近平新时代中国特色社会主义思想为指导，全面提升知识产权创造、运用、保护、管理和服务水平。
二、主要目标
到2026年，万人高价值发明专利拥有量达12件，知识产权质押融资金额累计突破10亿元。
三、重点任务
（一）提升知识产权创造质量
1.实施高价值专利培育计划。围绕海上风电、生命健康等产业，建设高价值专利培育中心。（牵头单位：县市场监管局；配合单位：县科技局、县工信局）
2.推进商标品牌建设。深入开展“一企一标”行动，培育地理标志商标。（县市场监管局牵头，县农业农村局、各镇（区）配合）
（二）强化知识产权保护
一是加强行政执法，开展专项整治行动（责任单位：县市场监管局、县公安局）。二是加强司法保护，推进知识产权案件繁简分流（责任单位：县人民法院、县人民检察院）。
（三）促进知识产权运用
加大知识产权质押融资力度，推广知识产权保险。（责任单位：县地方金融监管局、人行如东县支行、县市场监管局）
注：责任单位中列第一位的为牵头单位。
四、重点任务分工
@TABLE
五、保障措施
（一）加强组织领导。县知识产权工作领导小组要定期研究解决重大问题，各镇（区）要落实属地责任。
（二）加强宣传引导。县委宣传部要加强知识产权宣传，营造良好氛围。"""
PARAGRAPHS = PLAN_TEXT.splitlines()
TABLE = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "建设县级知识产权公共服务平台", "县市场监管局", "县科技局、县财政局", "2024年12月底"],
    ["2", "开展企业知识产权合规管理体系贯标", "县工信局", "县市场监管局", "2025年6月底"],
]


def _docx() -> bytes:
    return to_docx(PARAGRAPHS, TABLE)


@pytest.fixture(scope="module")
def rudong() -> tuple[Document, str]:
    loaded = load_bytes(_docx(), "rudong.docx")
    return extract_document(loaded), loaded.text


def test_metadata(rudong) -> None:
    plan = rudong[0].plan
    assert plan.title == "如东县知识产权强县建设实施方案（2024—2026年）"
    assert plan.doc_type == "实施方案"
    assert plan.doc_number == "东政办发〔2024〕15号"
    assert plan.date == "2024-03-08"
    assert plan.region is not None
    assert (plan.region.id, [p.name for p in plan.region.parents]) == ("320623", ["南通市", "江苏省"])


def test_every_responsibility(rudong) -> None:
    doc, text = rudong
    got = {t.path: [(r.agency.surface, r.role, r.basis) for r in t.responsibilities] for t in doc.tasks}
    assert got == {
        "三.(一).1": [
            ("县市场监管局", "lead", "annotation"),
            ("县科技局", "support", "annotation"),
            ("县工信局", "support", "annotation"),
        ],
        "三.(一).2": [
            ("县市场监管局", "lead", "annotation"),
            ("县农业农村局", "support", "annotation"),
            ("各镇（区）", "support", "annotation"),
        ],
        "三.(二)": [],
        "三.(二).一是": [("县市场监管局", "lead", "annotation"), ("县公安局", "support", "annotation")],
        "三.(二).二是": [("县人民法院", "lead", "annotation"), ("县人民检察院", "support", "annotation")],
        "三.(三)": [
            ("县地方金融监管局", "lead", "annotation"),
            ("人行如东县支行", "support", "annotation"),
            ("县市场监管局", "support", "annotation"),
        ],
        "四.表1.1": [
            ("县市场监管局", "lead", "table"),
            ("县科技局", "support", "table"),
            ("县财政局", "support", "table"),
        ],
        "四.表1.2": [("县工信局", "lead", "table"), ("县市场监管局", "support", "table")],
        "五.(一)": [("县知识产权工作领导小组", "implicit", "prose"), ("各镇（区）", "implicit", "prose")],
        "五.(二)": [("县委宣传部", "implicit", "prose")],
    }
    assert_provenance(doc, text)


def test_agencies_are_scoped_to_the_county(rudong) -> None:
    doc = rudong[0]
    by_id = {a.id: a for a in doc.agencies}
    assert by_id["agency/320623/market_regulation"].responsibilities == 6
    assert by_id["agency/320623/central_bank_branch"].type == "central_bank_branch"
    assert doc.agencies[0].id == "agency/320623/market_regulation"


def test_gbk_text_version_gives_the_same_prose_facts(rudong) -> None:
    text = "\n".join(p for p in PARAGRAPHS if p != "@TABLE")
    doc = extract_document(load_bytes(text.encode("gbk"), "rudong.txt"))
    assert doc.encoding == "gb18030"
    docx_facts = {
        (t.path, r.agency.id, r.role)
        for t in rudong[0].tasks
        for r in t.responsibilities
        if r.basis != "table"
    }
    assert {(t.path, r.agency.id, r.role) for t in doc.tasks for r in t.responsibilities} == docx_facts
