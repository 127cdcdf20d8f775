"""Round 16: a body written with the second name it bears in brackets, when that name is of no known type
(县发改局（县粮食和物资储备局）): the body is the first (its type and id), the bracket an alias of it, as
区市场监管局（知识产权局） already was; before, the whole was an untyped body of its own.
"""

from __future__ import annotations

from tests.plans import extracted

PLAN = """嘉善县2024年知识产权工作要点
为推进知识产权强县建设，制定本要点。
一、重点任务
（一）加强粮食品种权保护。（责任单位：县发改局（县粮食和物资储备局）、县农业农村局）
（二）开展储备粮企业商标培育。（责任单位：县粮食和物资储备局）
"""


def test_bracketed_second_name_is_an_alias_of_the_body() -> None:
    doc, _ = extracted(PLAN)
    agencies = {a.id: a for a in doc.agencies}
    first = [r.agency.id for r in doc.tasks[0].responsibilities]
    assert first[0] == "agency/330421/development_reform"
    assert agencies[first[0]].type == "development_reform"
    assert "嘉兴市嘉善县粮食和物资储备局" in agencies[first[0]].aliases
    # named alone later in the plan, the second name is the same body
    assert [r.agency.id for r in doc.tasks[1].responsibilities] == ["agency/330421/development_reform"]
