"""Round 46: a city's work points whose outline gives the tasks' names only (二、重点任务 / （一）… /
1.深入实施高价值专利培育工程, nothing under them), their work and bodies in an annex 重点任务分工表 whose rows
repeat each name, a 。 and the work. The items, their titles alone, were no tasks (a heading line with no
words of its own): the rows stood as tasks of their own and the items the plan numbers named nobody. An
item of a tasks chapter that is its title alone is now a task when a 分工表 row restates that title, the row's
units and time limit its own (tasks.py ``_restated_titles``, row_links.py); unrestated, it stays a heading.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted, named_units

OUTLINE = (
    "某某市2025年知识产权工作要点\n"
    "一、工作目标\n"
    "全年发明专利授权量达到900件以上。\n"
    "二、重点任务\n"
    "（一）提升知识产权创造质量\n"
    "1.{one}\n"
    "2.{two}\n"
    "（二）强化知识产权保护\n"
    "1.{three}\n"
    "三、保障措施\n"
    "（一）加强组织领导。市财政局要保障工作经费。\n"
    "附件\n"
    "重点任务分工表\n"
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t{one}。{body1}\t{lead1}\t{support1}\t2025年12月底前\n"
    "2\t{two}。{body2}\t{lead2}\t{support2}\t2025年10月底前\n"
    "3\t{three}。{body3}\t{lead3}\t{support3}\t2025年11月底前\n"
)


@pytest.mark.parametrize(
    ("titles", "units"),
    [
        (
            ("推进专利导航服务", "加强商标品牌建设", "加大行政执法力度"),
            (("县科技局", "县市场监管局"), ("县市场监管局", "县商务局"), ("县市场监管局", "县公安局")),
        ),
        (
            ("实施高价值专利培育行动", "推动地理标志运用", "健全纠纷多元化解机制"),
            (("区工信局", "区科技局"), ("区农业农村局", "区市场监管局"), ("区司法局", "区人民法院")),
        ),
    ],
)
def test_an_outline_of_titles_alone_takes_the_units_of_the_rows_restating_them(
    titles: tuple[str, str, str], units: tuple[tuple[str, str], ...]
) -> None:
    text = OUTLINE.format(
        one=titles[0],
        two=titles[1],
        three=titles[2],
        body1="围绕主导产业开展专利导航项目。",
        body2="指导企业加强商标注册和运用。",
        body3="严厉打击商标侵权、假冒专利等违法行为。",
        lead1=units[0][0],
        support1=units[0][1],
        lead2=units[1][0],
        support2=units[1][1],
        lead3=units[2][0],
        support3=units[2][1],
    )
    doc, _ = extracted(text)
    got = named_units(doc)
    assert not [path for path in got if "表" in path]  # the rows speak for the items, no tasks of their own
    for path, (lead, support) in zip(("二.(一).1", "二.(一).2", "二.(二).1"), units, strict=True):
        assert sorted((s, r) for s, r, _ in got[path]) == sorted([(lead, "lead"), (support, "support")])


def test_titles_alone_no_row_restates_stay_headings() -> None:
    text = (
        "某某县2025年知识产权工作要点\n"
        "一、重点任务\n"
        "（一）提升创造质量\n"
        "1.推进专利导航服务\n"
        "2.加强商标品牌建设\n"
        "附件\n"
        "重点任务分工表\n"
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t建设知识产权保护工作站。在园区设立工作站。\t县市场监管局\t县科技局\t2025年12月底前\n"
    )
    doc, _ = extracted(text)
    paths = {t.path for t in doc.tasks}
    assert "一.(一).1" not in paths
    assert "一.(一).2" not in paths
    assert any("表" in path for path in named_units(doc))
