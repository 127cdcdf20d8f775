"""Round 34: bodies as county and district plans of 广东, 上海 and the western provinces name them.

What was read wrong before:

- 县乡村振兴局, 县投资促进局 (投促局, 招商局), 县民族宗教事务局 (民宗局), 县医疗保障局 (医保局), 区国资局 (a
  county's or district's bureau of state assets), 区财税局 (finance with tax work merged in), 区经委 (a Shanghai
  district's 经济委员会, its industry department) and 区文旅委 were bodies of no type: each had an identity of
  its own name, so two plans naming one bureau two ways (县医保局, 县医疗保障局) named two bodies;
- a department whose own plan this is, naming itself with its second name in brackets in its title or its
  signature (东莞市市场监督管理局（知识产权局）2024年知识产权工作要点), left its 市知识产权局 a body apart from
  市市场监管局: the bracket is the same merge evidence it is in a task's note;
- 市市场监管局负责，高新区、经开区配合 lost both helpers: 经开区 (an 经济技术开发区 named short) was no body, and one
  name no body drops the clause's helpers.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted, resolved_agency


@pytest.mark.parametrize(
    ("surfaces", "type_id"),
    [
        (["县乡村振兴局", "县乡村振兴办"], "rural_revitalization"),
        (["县投资促进局", "县投促局", "县招商局"], "investment_promotion"),
        (["县民族宗教事务局", "县民宗局"], "ethnic_religious"),
        (["县医疗保障局", "县医保局"], "healthcare_security"),
        (["县国资局", "县国有资产监督管理局", "县国资委"], "sasac"),
        (["县财税局", "县财政局"], "finance"),
        (["县经委", "县经济委员会", "县工信局"], "industry_it"),
        (["县文旅委", "县文旅局"], "culture_tourism"),
    ],
)
def test_the_bureau_is_typed_and_its_names_are_one_body(surfaces: list[str], type_id: str) -> None:
    # round 35: one body by id and type; a full name written (县经济委员会) is that mention's name
    found = {resolved_agency("361129", surface)[::2] for surface in surfaces}
    assert len(found) == 1
    assert next(iter(found))[1] == type_id


_OWN_PLAN = """东莞市市场监督管理局（知识产权局）2024年知识产权工作要点

二、重点工作
1.加强知识产权维权援助。市知识产权局牵头，市司法局配合。
2.加强行政执法。市市场监管局负责。
"""


@pytest.mark.parametrize(
    "signature", ["", "\n东莞市市场监督管理局（知识产权局）\n2024年2月5日\n"], ids=["title", "signature"]
)
def test_a_department_naming_its_second_name_in_its_title_or_signature_is_one_body(signature: str) -> None:
    doc, _ = extracted(_OWN_PLAN + signature)
    leads = {
        t.path: [(r.agency.id, r.agency.name) for r in t.responsibilities if r.role in ("lead", "sole")]
        for t in doc.tasks
    }
    assert leads["二.1"] == leads["二.2"]
    assert leads["二.1"][0][1] == "东莞市市场监督管理局"


def test_a_zone_named_short_is_a_helper() -> None:
    doc, _ = extracted(
        "某县知识产权工作方案\n\n一、主要任务\n    （一）开展专利导航。市市场监管局负责，高新区、经开区配合。\n"
    )
    assert [(r.agency.surface, r.role) for r in doc.tasks[0].responsibilities] == [
        ("市市场监管局", "lead"),
        ("高新区", "support"),
        ("经开区", "support"),
    ]
