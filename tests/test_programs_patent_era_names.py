"""The advantage and demonstration enterprises named as before 知识产权 took patents' place in the programme's
name, as some provinces still write them (上海市专利工作试点示范单位, 专利工作示范企业, 专利试点企业): the same
programme; a demonstration household of rural patents (专利示范户) or a patent demonstration centre (高价值专利
示范中心) is none of it."""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "某市2025年知识产权工作要点\n\n一、重点任务\n（一）加强培育。"


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        ("落实上海市专利工作试点示范单位培育要求。", ["专利工作试点示范单位"]),
        ("到2026年全区市级专利工作示范企业达到60家。", ["专利工作示范企业"]),
        ("新增专利示范企业5家、专利试点企业10家。", ["专利示范企业", "专利试点企业"]),
        ("推荐申报省级专利工作试点企业8家。", ["专利工作试点企业"]),
    ],
)
def test_the_patent_era_names_are_the_advantage_enterprises(sentence: str, quotes: list[str]) -> None:
    doc, _ = extracted(HEAD + sentence + "\n")
    assert [(p.program_id, p.quote) for p in doc.programs] == [("advantage_enterprises", q) for q in quotes]


@pytest.mark.parametrize(
    "sentence", ["培育专利示范户20户。", "建设专利示范中心3家。", "开展专利工作专项检查。"]
)
def test_other_patent_demonstrations_are_not(sentence: str) -> None:
    doc, _ = extracted(HEAD + sentence + "\n")
    assert all(p.program_id != "advantage_enterprises" for p in doc.programs)
