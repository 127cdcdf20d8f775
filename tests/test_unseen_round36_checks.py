"""Round 36: the check of a plan's prose targets against its breakdown table's totals, when the two name
different years (到2027年…质押融资额达到8亿元 beside a 分解表（2025年）totalling 75000万元).

What was read wrong before: the prose figure for 2027 was compared with the table's for 2025 and warned of
as a mismatch (prose-table-mismatch), and the warning gave the table's total without its unit (at 75000).
"""

from __future__ import annotations

from tests.plans import extracted

PLAN = (
    "大庆市关于加快建设知识产权强市的实施意见\n\n一、发展目标\n\n"
    "到2025年，全市有效发明专利拥有量达到3800件；到{year}年，全市知识产权质押融资额达到8亿元。\n\n"
    "附件\n\n大庆市各县区知识产权主要指标分解表（2025年）\n\n"
    "| 县区 | 有效发明专利拥有量（件） | 知识产权质押融资额（万元） |\n|---|---|---|\n"
    "| 萨尔图区 | 1800 | 30000 |\n| 让胡路区 | 2000 | 45000 |\n| 合计 | 3800 | 75000 |\n"
)


def _mismatches(year: int) -> list[str]:
    doc, _ = extracted(PLAN.format(year=year), "plan.md")
    return [w.message for w in doc.warnings if w.code == "prose-table-mismatch"]


def test_figures_of_two_years_are_not_compared() -> None:
    assert _mismatches(2027) == []


def test_figures_of_one_year_are_and_the_total_keeps_its_unit() -> None:
    assert _mismatches(2025) == [
        "the text says 知识产权质押融资额达到8亿元 but the table totals 知识产权质押融资额 at 75000万元"
    ]
