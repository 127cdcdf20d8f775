"""Round 46 (b): a provincial IP office's own yearly work points (山西省知识产权局, 2025年全省知识产权工作要点, Word)
gave its items to its own divisions and directly affiliated units, named short and with no place (保护处,
运用促进处, 机关党委, 局机关各处室, 各直属单位). The divisions were read as the office's already; three more of its
own units were not:

- the party committee of its organs (机关党委) was a body of the province (山西省机关党委), not of the office;
- its divisions gathered after its bare ending (局机关各处室) doubled the ending (山西省知识产权局局机关各处室);
- its directly affiliated units gathered (各直属单位) were the province's (山西省各直属单位).

In a department's own plan these are the department's (agency_types.yaml ``own_units``, ``own_collectives``,
``own_collective_type``; policykg/extract/own_units.py), as its sections (知识产权股, 法规科) were; in a
government's plan they stay the region's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.vocab import DATA_DIR, agency_vocabulary
from policykg.errors import DataFileError
from tests.plans import extracted

_POINTS = (
    "大同市市场监督管理局\n关于印发《大同市2025年知识产权工作要点》的通知\n"
    "各县（区）市场监督管理局，局机关各科室：\n现将《大同市2025年知识产权工作要点》印发给你们。\n"
    "大同市市场监督管理局\n2025年3月4日\n大同市2025年知识产权工作要点\n一、重点任务\n"
    "1.提升专利质量。全年培育高价值专利50件以上。（知识产权科牵头，{organ}配合）\n"
    "2.加强作风建设。落实主体责任，规范公文处理。（{gathered}按职责分工负责）\n"
    "3.做好宣传工作。组织开展知识产权宣传周活动。（{office}负责）\n"
)
_BUREAU = "大同市市场监督管理局"


def _names(organ: str, gathered: str) -> set[str]:
    doc, _ = extracted(_POINTS.format(organ=organ, gathered=gathered, office="办公室"))
    return {r.agency.name for t in doc.tasks for r in t.responsibilities}


@settings(max_examples=20, deadline=None)
@given(
    organ=st.sampled_from(("机关党委", "机关纪委", "机关工会", "局机关党委", "本局机关党委")),
    gathered=st.sampled_from(
        ("局机关各科室", "机关各科室", "各科室", "局各股室", "各直属单位", "局直属各单位", "本局各直属单位")
    ),
)
def test_a_departments_organs_and_units_gathered_are_its_own_in_its_plan(organ: str, gathered: str) -> None:
    own = [words.removeprefix("本局").removeprefix("局") for words in (organ, gathered)]
    # a section, as before, and the organ's body and the units gathered
    assert _names(organ, gathered) == {_BUREAU + words for words in ("知识产权科", *own, "办公室")}


def test_a_section_after_the_bureaus_bare_ending_is_the_section_named_bare() -> None:
    doc, _ = extracted(_POINTS.format(organ="机关党委", gathered="各直属单位", office="局办公室"))
    ids = {r.agency.surface: r.agency.id for t in doc.tasks for r in t.responsibilities}
    named = {r.agency.surface: r.agency.name for t in doc.tasks for r in t.responsibilities}
    assert named["局办公室"] == _BUREAU + "办公室"
    bare, _ = extracted(_POINTS.format(organ="机关党委", gathered="各直属单位", office="办公室"))
    assert ids["局办公室"] == next(
        r.agency.id for t in bare.tasks for r in t.responsibilities if r.agency.surface == "办公室"
    )


def test_the_units_gathered_are_a_collective_of_the_department_not_the_regions() -> None:
    doc, _ = extracted(_POINTS.format(organ="机关党委", gathered="各直属单位", office="办公室"))
    unit = next(r.agency for t in doc.tasks for r in t.responsibilities if r.agency.surface == "各直属单位")
    assert unit.collective
    government = _POINTS.format(organ="机关党委", gathered="各直属单位", office="办公室").replace(
        "市场监督管理局\n", "人民政府\n"
    )
    doc, _ = extracted(government)
    gathered = next(
        r.agency for t in doc.tasks for r in t.responsibilities if r.agency.surface == "各直属单位"
    )
    assert gathered.name == "大同市各直属单位"  # a government's plan: the region's, as before
    assert gathered.id != unit.id


def test_the_collective_type_of_the_units_gathered_must_be_a_collective(tmp_path: Path) -> None:
    assert agency_vocabulary().own_collective_type == "all_departments"
    text = (DATA_DIR / "agency_types.yaml").read_text(encoding="utf-8")
    assert "own_collective_type: all_departments\n" in text
    broken = tmp_path / "agency_types.yaml"
    broken.write_text(
        text.replace("own_collective_type: all_departments\n", "own_collective_type: nowhere\n"),
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="own_collective_type"):
        agency_vocabulary(broken)
