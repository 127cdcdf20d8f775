"""Round 34: targets as city and county plans of 湖北, 山东 and 河南 write them.

What was read wrong before:

- a count in Chinese numerals right after a verb of adding, before what it counts (每个县市区至少培育两家商业
  秘密保护示范企业，新建三个知识产权工作站), gave no target: a count in numerals was read only where it closes
  its phrase (新增…两件。), against 四个方面, 三个一批 (targets.yaml numeral_verbs, added_verbs);
- a table of each county's targets typed with spaces (县市区  发明专利授权量（件）  … ↵ 寿光市  620  9.0), or of
  each indicator's counties (指标  寿光市  诸城市 ↵ 发明专利授权量（件）  620  480), gave no target: a table
  typed with spaces was read only under a header naming a task or indicator table's columns (tabs were read).
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "宜昌市2024年知识产权工作要点\n二、主要任务\n　　10.加强商业秘密保护。"


def _targets(sentence: str) -> list[tuple[str, str, float, str | None]]:
    doc, _ = extracted(HEAD + sentence + "\n")
    return [(t.indicator, t.comparator, t.value, t.unit) for t in doc.targets]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "每个县市区至少培育两家商业秘密保护示范企业，新建三个知识产权工作站。",
            [
                ("每个县市区至少培育商业秘密保护示范企业", ">=", 2.0, "家"),
                ("新建知识产权工作站", "=", 3.0, "个"),
            ],
        ),
        ("全年打造两个知识产权服务业集聚区。", [("打造知识产权服务业集聚区", "=", 2.0, "个")]),
        ("力争新增十五家国家知识产权优势企业。", [("国家知识产权优势企业", "=", 15.0, "家")]),
    ],
)
def test_a_count_in_numerals_after_a_verb_of_adding_opens_its_noun(
    sentence: str, expected: list[tuple[str, str, float, str]]
) -> None:
    assert _targets(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "围绕四个方面开展工作。",
        "统筹两个市场两种资源。",
        "落实三个一批工作要求。",
        "培育一批知识产权示范企业。",
    ],
)
def test_a_count_in_numerals_opening_a_noun_without_a_verb_of_adding_is_none(sentence: str) -> None:
    assert _targets(sentence) == []


_COUNTIES_DOWN = """2024年潍坊市知识产权工作要点

附件

2024年各县市区知识产权主要指标分解表

县市区{g}发明专利授权量（件）{g}知识产权质押融资额（亿元）
寿光市{g}620{g}9.0
诸城市{g}480{g}7.5
青州市{g}410{g}6.0
"""

_COUNTIES_ACROSS = """2024年潍坊市知识产权工作要点

附件

2024年各县市区知识产权主要指标分解表

指标名称{g}寿光市{g}诸城市{g}青州市
发明专利授权量（件）{g}620{g}480{g}410
知识产权质押融资额（亿元）{g}9.0{g}7.5{g}6.0
"""

_EXPECTED = [
    ("370783", "发明专利授权量", 620.0, "件"),
    ("370782", "发明专利授权量", 480.0, "件"),
    ("370781", "发明专利授权量", 410.0, "件"),
    ("370783", "知识产权质押融资额", 9.0, "亿元"),
    ("370782", "知识产权质押融资额", 7.5, "亿元"),
    ("370781", "知识产权质押融资额", 6.0, "亿元"),
]


@pytest.mark.parametrize("page", [_COUNTIES_DOWN, _COUNTIES_ACROSS], ids=["down", "across"])
@pytest.mark.parametrize("gap", ["    ", "\u3000", "  "], ids=["spaces", "ideographic", "two"])
def test_a_county_table_typed_with_spaces_gives_each_county_its_targets(page: str, gap: str) -> None:
    doc, text = extracted(page.format(g=gap))
    got = sorted(((t.region_id, t.indicator, t.value, t.unit) for t in doc.targets), key=_EXPECTED.index)
    assert got == _EXPECTED
    assert all(text[t.span[0] : t.span[1]] == t.quote for t in doc.targets)
