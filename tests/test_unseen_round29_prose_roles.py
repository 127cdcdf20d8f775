"""Round 29 (main): bodies opening a sentence with a word of sharing the work, then the work.

What was read wrong before: 县人民法院、县人民检察院分工负责，完善… and …各司其职，完善… named nobody (the task went
to the plan's issuer by default), while 按职责分工负责，完善… named both bodies as prose obligations: 分工负责,
各司其职 and 各负其责 are obligation cues now (roles.yaml), so both bodies are kept, as prose."""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "某县知识产权强县建设工作方案\n为推进知识产权强县建设，制定本方案。\n一、重点任务\n"


@pytest.mark.parametrize(
    ("cue", "role", "basis"),
    [
        # round 30: a shared word (roles.yaml suffixes) opening the sentence before the work names the bodies
        # sharing it (joint, no lead named), as the glossary reads 按职责分工负责; they were implicit prose
        ("分工负责", "joint", "annotation"),
        # round 33: 各司其职 is a shared word as 各负其责 is (roles.yaml suffixes); it was implicit prose
        ("各司其职", "joint", "annotation"),
        ("各负其责", "joint", "annotation"),
        ("按职责分工负责", "joint", "annotation"),
    ],
)
def test_bodies_sharing_the_work_before_it_are_kept(cue: str, role: str, basis: str) -> None:
    doc, _ = extracted(
        HEAD + f"（一）推进司法保护。县人民法院、县人民检察院{cue}，完善知识产权案件审判机制。\n"
    )
    (task,) = doc.tasks
    assert [(r.agency.surface, r.role, r.basis) for r in task.responsibilities] == [
        ("县人民法院", role, basis),
        ("县人民检察院", role, basis),
    ]
