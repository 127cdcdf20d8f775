"""Round 40: a task list pasted from a spreadsheet as tab-separated text wraps each cell holding line breaks
in double quotes and writes every quote mark inside such a cell twice (深入开展""铁拳""行动,
落实《河北省""十四五""知识产权保护和运用规划》).

The cells were read, but a campaign named between doubled marks was no programme (the patterns want one mark
on each side before 行动) and a cited title kept both marks. Now programme mentions are also read with each
doubled mark as one, their spans the text's, and a title is kept as the document writes it."""

from __future__ import annotations

import pytest

from policykg.extract.programs import find_programs
from tests.plans import extracted


def _found(text: str) -> list[tuple[str, str]]:
    return [(h.program.id, text[h.span[0] : h.span[1]]) for h in find_programs(text, 0, len(text))]


@pytest.mark.parametrize(
    ("words", "programme", "mention"),
    [
        ('深入开展""铁拳""行动，严厉打击侵权假冒', "iron_fist_campaign", '""铁拳""'),
        ('组织""护航""专项行动，保护重点企业', "escort_campaign", '""护航""'),
        ('开展代理行业""蓝天""专项整治行动', "blue_sky_campaign", '代理行业""蓝天""专项整治行动'),
        ('配合开展""昆仑2025""专项行动', "kunlun_campaign", '""昆仑2025""'),
        ('持续开展""双打""工作', "counterfeiting_crackdown", '""双打""'),
    ],
)
def test_a_campaign_between_doubled_marks_is_found_once(words: str, programme: str, mention: str) -> None:
    assert _found(words) == [(programme, mention)]


def test_campaigns_listed_between_doubled_marks_are_each_found() -> None:
    found = {programme for programme, _ in _found('联合开展""剑网""""龙腾""等专项行动')}
    assert {"sword_net_campaign", "longteng_campaign"} <= found


def test_a_mention_without_doubled_marks_is_found_once() -> None:
    words = '开展""一企一标""培育，深入开展“铁拳”行动'
    assert [p for p, _ in _found(words)] == ["trademark_brands", "iron_fist_campaign"]


def _tsv_plan(cell: str) -> str:
    return (
        "某市2025年知识产权强市建设工作任务清单\n\n序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n"
        f'1\t知识产权保护\t{cell}\t市市场监管局\t"市公安局\n黄骅海关"\t长期坚持\n'
        "2\t\t加强专利导航。实施专利导航项目2项。\t市工业和信息化局\t\t2025年12月底前\n"
    )


def test_a_quoted_cells_campaign_is_its_tasks_programme() -> None:
    doc, _ = extracted(_tsv_plan('"强化行政执法。深入开展""铁拳""行动；\n全年查办案件100件以上。"'))
    assert {m.program_id for m in doc.programs} == {"iron_fist_campaign", "patent_navigation"}


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        (
            '"落实《河北省""十四五""知识产权保护和运用规划》；\n全年查办案件100件以上。"',
            '河北省"十四五"知识产权保护和运用规划',
        ),
        (
            '"贯彻《山东省""十四五""知识产权保护和运用规划》（鲁政办字〔2021〕169号），\n开展执法检查。"',
            '山东省"十四五"知识产权保护和运用规划',
        ),
        ('"执行《关于开展""铁拳""行动的通知》\n要求。"', '关于开展"铁拳"行动的通知'),
    ],
)
def test_a_quoted_cells_title_keeps_its_marks_once(cell: str, title: str) -> None:
    doc, _ = extracted(_tsv_plan(cell))
    assert [c.title for c in doc.citations] == [title]
