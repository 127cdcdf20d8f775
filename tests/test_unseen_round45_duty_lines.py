"""Round 45: a closing section of duties written agency-first, one body (or several) a line before a colon,
each line its own clause of the section (三、职责分工 ↵ 县市场监管局：负责…。 ↵ 县科技局：负责…。), as a
Qinghai county's scheme closes. Lines whose duty opens with a duty word (负责, 牵头, 配合: agency_types.yaml
duty_openings) were read so already; beside them, the lines whose duty opens with other work (县财政局：落实…,
县人民法院、县人民检察院：依法办理…, 县教育局：推进…) were left in the section's own task, every body of them
named for the whole section. They are lines of duties too when one line of the section at least opens with a
duty word; a section of such lines alone (no duty word anywhere) is read as before.
"""

from __future__ import annotations

import pytest

from tests.plans import plan_units

HEAD = (
    "门源回族自治县知识产权工作实施方案\n为推进知识产权工作，制定本方案。\n一、重点任务\n"
    "（一）加强专利创造。支持企业开展专利布局（县科技局负责）。\n三、职责分工\n"
)


def test_the_plans_lines_of_duties() -> None:
    body = (
        "县市场监管局：负责全县知识产权工作的统筹协调。\n"
        "县科技局：负责推动科技成果转化。\n"
        "县农牧局：负责地理标志农畜产品培育，县市场监管局配合。\n"
        "县人民法院、县人民检察院：负责依法办理涉知识产权案件。\n"
    )
    got = plan_units(HEAD, body)
    assert got["三.县市场监管局"] == [("县市场监管局", "sole", "annotation")]
    assert got["三.县科技局"] == [("县科技局", "sole", "annotation")]
    assert [(s, r) for s, r, _ in got["三.县农牧局"]] == [("县农牧局", "lead"), ("县市场监管局", "support")]
    assert [(s, r) for s, r, _ in got["三.县人民法院、县人民检察院"]] == [
        ("县人民法院", "joint"),
        ("县人民检察院", "joint"),
    ]
    assert got["三"] == []


@pytest.mark.parametrize(
    ("line", "label", "expected"),
    [
        ("县财政局：落实知识产权工作经费。", "县财政局", [("县财政局", "sole")]),
        (
            "县人民法院、县人民检察院：依法办理涉知识产权案件。",
            "县人民法院、县人民检察院",
            [("县人民法院", "joint"), ("县人民检察院", "joint")],
        ),
        (
            "县教育局：推进知识产权进校园，县团委配合。",
            "县教育局",
            [("县教育局", "lead"), ("县团委", "support")],
        ),
        ("县委宣传部：做好知识产权宣传报道。", "县委宣传部", [("县委宣传部", "sole")]),
        ("各乡镇人民政府：抓好本辖区地理标志产品保护。", "各乡镇人民政府", [("各乡镇人民政府", "sole")]),
    ],
)
def test_a_line_of_other_work_beside_lines_of_duty_words(
    line: str, label: str, expected: list[tuple[str, str]]
) -> None:
    body = "县市场监管局：负责全县知识产权工作的统筹协调。\n" + line + "\n县科技局：牵头推动科技成果转化。\n"
    got = plan_units(HEAD, body)
    assert [(s, r) for s, r, _ in got[f"三.{label}"]] == expected
    assert got["三.县市场监管局"] == [("县市场监管局", "sole", "annotation")]
    assert got["三.县科技局"] == [("县科技局", "lead", "annotation")]
    assert got["三"] == []


def test_one_line_of_a_duty_word_among_lines_of_other_work() -> None:
    body = "县市场监管局：牵头推进知识产权强县建设。\n县财政局：落实知识产权工作经费。\n县公安局：依法打击侵权犯罪。\n"
    got = plan_units(HEAD, body)
    assert [k for k in got if k.startswith("三.")] == ["三.县市场监管局", "三.县财政局", "三.县公安局"]
    assert got["三.县公安局"] == [("县公安局", "sole", "annotation")]


def test_lines_of_other_work_alone_are_read_as_before() -> None:
    body = "县财政局：落实知识产权工作经费。\n县公安局：依法打击侵权犯罪。\n"
    got = plan_units(HEAD, body)
    assert not [k for k in got if k.startswith("三.")]
    assert [(s, r) for s, r, _ in got["三"]] == [("县财政局", "sole"), ("县公安局", "sole")]


def test_a_line_opening_with_no_units_is_no_line_of_duties() -> None:
    body = "县市场监管局：负责全县知识产权工作的统筹协调。\n县科技局：负责推动科技成果转化。\n工作要求：各单位要按时报送进展。\n"
    got = plan_units(HEAD, body)
    assert [k for k in got if k.startswith("三.")] == ["三.县市场监管局", "三.县科技局"]
