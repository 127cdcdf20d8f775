"""Roles written into sentences rather than brackets (…，区金融局牵头，区财政局配合), in an HTML 工作要点
written for the tests: each binds to the 一是/二是 clause or task it stands in, with its quoted evidence."""

from __future__ import annotations

import pytest

from loaders import load_bytes
from policykg.extract.pipeline import extract_document
from policykg.models import Document
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
    loaded = load_bytes(html.encode("utf-8"), "wujin.html")
    return extract_document(loaded), loaded.text


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
