"""Round 16: a county 实施方案 (.txt) whose items carry boxed columns (专栏1 高价值专利培育工程) listing their
projects, each closed by a line of the units responsible, and targets of bodies to set up.

The box's units are the item's (the box stands inside the item); the targets in the box are read; the
key of a target counting bodies set up (设立知识产权仲裁调解中心1家) drops the verb as 建设/建成 already did,
so that it compares with other plans' 知识产权仲裁调解中心 (before: the key kept 设立).
"""

from __future__ import annotations

from tests.plans import extracted, named_units

PLAN = """某某县知识产权强县建设实施方案（2024—2026年）
为深入实施知识产权强国战略，加快建设知识产权强县，制定本方案。
一、主要目标
到2026年，全县每万人口高价值发明专利拥有量达到12件。
二、重点任务
（一）实施知识产权创造提质工程
1.强化高价值专利培育。围绕数字经济、新能源等产业，建设高价值专利培育示范中心3家。
专栏1  高价值专利培育工程
培育示范中心：到2026年建成省级高价值专利培育示范中心2家。
专利密集型产品：培育专利密集型产品备案认定50个。
责任单位：县市场监管局、县经信局、县科技局
（二）实施知识产权保护强化工程
2.加强知识产权执法保护。严厉打击商标侵权、假冒专利等违法行为。
专栏2  知识产权保护体系建设工程
仲裁调解：设立知识产权仲裁调解中心1家，成立知识产权纠纷人民调解委员会1个。
责任单位：县市场监管局、县法院
"""


def test_box_units_are_the_items() -> None:
    doc, _ = extracted(PLAN)
    units = named_units(doc)
    assert [s for s, _, _ in units["二.(一).1"]] == ["县市场监管局", "县经信局", "县科技局"]
    assert [s for s, _, _ in units["二.(二).2"]] == ["县市场监管局", "县法院"]


def test_keys_of_bodies_set_up_drop_the_verb() -> None:
    doc, _ = extracted(PLAN)
    keys = {t.indicator_key: t.value for t in doc.targets}
    assert keys["省级高价值专利培育示范中心"] == 2.0
    assert keys["专利密集型产品备案认定"] == 50.0
    assert keys["知识产权仲裁调解中心"] == 1.0
    assert keys["知识产权纠纷人民调解委员会"] == 1.0
