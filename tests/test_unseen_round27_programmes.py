"""Round 27: national programmes that recur in many regions' plans and that the scheme did not know.

What was read wrong before:

- 打击非正常专利申请 (and bad-faith trademark filings, 商标恶意抢注), 知识产权信用监管 (知识产权领域严重失信,
  联合惩戒), 知识产权示范园区 / 试点园区, 知识产权强县（强市、强区）建设试点 / 示范, 知识产权进校园 and 中小学知识产权教育,
  技术调查官 and 知识产权（侵权纠纷）检验鉴定 were no programme: each recurs in many regions' plans under its name,
  and the corpus names five of them;
- the 2023 edition of the management standard named without 体系 (开展企业知识产权合规管理) was no 贯标;
- the agencies' Blue Sky campaign written without 行动 (开展知识产权代理行业“蓝天”专项整治) was none.

Credit in IP finance (知识产权信用贷款, 信用担保) is no credit supervision, and 蓝天保卫战 is no campaign of the
agencies.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ontology.vocab_programs import program_scheme
from policykg.extract.programs import find_programs
from tests.plans import extracted


def _found(text: str) -> list[tuple[str, str]]:
    return [(h.program.id, text[h.span[0] : h.span[1]]) for h in find_programs(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加强对非正常专利申请的监管", [("abnormal_applications", "非正常专利申请")]),
        ("严厉打击商标恶意抢注行为", [("abnormal_applications", "商标恶意抢注")]),
        ("加强知识产权信用监管", [("ip_credit", "知识产权信用")]),
        ("公布知识产权领域严重失信主体名单", [("ip_credit", "知识产权领域严重失信")]),
        ("创建国家知识产权示范园区", [("demonstration_parks", "知识产权示范园区")]),
        ("1-2家园区进入国家级知识产权试点园区", [("demonstration_parks", "知识产权试点园区")]),
        ("创建国家知识产权强县建设示范县", [("strong_region_pilots", "知识产权强县建设示范")]),
        ("申报知识产权强市建设试点城市", [("strong_region_pilots", "知识产权强市建设试点")]),
        ("组织开展知识产权进校园活动", [("ip_education", "知识产权进校园")]),
        ("培育中小学知识产权教育示范学校", [("ip_education", "中小学知识产权教育")]),
        ("建立技术调查官制度", [("technical_investigators", "技术调查官")]),
        ("建立知识产权侵权纠纷检验鉴定机构", [("ip_appraisal", "知识产权侵权纠纷检验鉴定")]),
        ("开展企业知识产权合规管理", [("standard_implementation", "企业知识产权合规管理")]),
        ("开展知识产权代理行业“蓝天”专项整治", [("blue_sky_campaign", "代理行业“蓝天”专项整治")]),
    ],
)
def test_recurring_national_programmes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text", ["推广知识产权信用贷款", "开展知识产权信用担保融资", "打赢蓝天保卫战", "开展专利申请代理"]
)
def test_look_alikes_are_no_programme(text: str) -> None:
    assert _found(text) == []


def test_the_new_programmes_have_their_categories() -> None:
    scheme = {p.id: p for p in program_scheme().programs}
    assert scheme["ip_credit"].broader == "ip_protection"
    assert scheme["ip_education"].broader == "ip_culture"
    assert scheme["strong_region_pilots"].broader == "ip_management"


def test_a_plan_names_them_in_its_tasks() -> None:
    doc, _ = extracted(
        "兰考县知识产权强县建设试点工作方案\n一、重点任务\n"
        "（一）加强知识产权信用建设。建立知识产权失信行为联合惩戒机制。（责任单位：县市场监管局）\n"
        "（二）推进知识产权进校园。开展中小学知识产权教育。（责任单位：县教体局）\n"
    )
    by_task = {(m.program_id, m.task_id.rsplit("/", 1)[-1] if m.task_id else None) for m in doc.programs}
    # the title's 强县建设试点 is the plan's own programme, held by no task (round 30)
    assert by_task - {("strong_region_pilots", None)} == {
        ("ip_credit", "一.(一)"),
        ("ip_education", "一.(二)"),
    }
    assert ("strong_region_pilots", None) in by_task


@given(
    level=st.sampled_from(["县", "市", "区"]),
    kind=st.sampled_from(["试点", "示范"]),
    before=st.sampled_from(["创建国家", "申报省级", "争创", ""]),
)
def test_every_level_of_the_strong_region_programme(level: str, kind: str, before: str) -> None:
    text = f"{before}知识产权强{level}建设{kind}工作"
    assert _found(text) == [("strong_region_pilots", f"知识产权强{level}建设{kind}")]
