"""Round 28: who does a task's work, read from the prose of an 实施意见 (no notes).

What was read wrong before:

- a sentence whose last word is a role word made a noun by 的 (各县（市）人民政府负责本地区专利资助政策的落实,
  县科技局负责…工作的配合) was read as names closed by that role word: the whole sentence up to 的 became one
  unit, and the bodies of the sentences before it were lost (the note took the paragraph over);
- a clause about the governments gathered (各县人民政府负责本地区专利资助政策) was the collective all_governments
  whole: its pattern took any words after 各县; now none holding a role word or 的;
- a body lending its support to work another body carries (…，州工业和信息化局予以支持; 州财政局给予支持;
  市市场监管局给予业务指导) was dropped or implicit: it supports now, in a sentence and in a note;
- in a prefecture named 地区 (喀什地区), its bodies written 地区市场监管局 opened no subject of a sentence with no
  cue (地区市场监管局每年开展执法检查; …，地区市场监管局跟踪问效，…): 地区 is a level prefix as 州 and 盟 are;
- a guiding word before work that founds a body (由州司法局指导成立州知识产权纠纷人民调解委员会) made the body
  founded the lead and the guide its helper; a guide leads the bodies it guides only when they open as bodies
  do (县司法局指导各乡镇开展调解 still makes 各乡镇 lead and the guide support).
"""

from __future__ import annotations

import pytest

from policykg.extract.agencies import collective_type
from tests.plans import extracted


def _roles(body: str) -> list[tuple[str, str]]:
    doc, _ = extracted(
        "某州人民政府关于加快推进知识产权强州建设的实施意见\n一、强化知识产权创造\n" + body + "\n"
    )
    (task,) = doc.tasks
    return [(r.agency.surface, r.role) for r in task.responsibilities]


@pytest.mark.parametrize("word", ["落实", "配合", "牵头"])
def test_a_role_word_made_a_noun_by_de_closes_no_names(word: str) -> None:
    roles = _roles(
        "（一）提升专利质量。州科技局要会同州市场监管局建立高价值专利培育中心，州财政局对获得中国专利奖的企业"
        f"给予奖励。各县（市）人民政府负责本地区专利资助政策的{word}。"
    )
    assert ("州科技局", "lead") in roles
    assert ("州市场监管局", "support") in roles
    assert ("各县（市）人民政府", "implicit") in roles
    assert all("负责" not in surface for surface, _ in roles)


def test_a_guide_of_work_founding_a_body_does_the_work() -> None:
    roles = _roles(
        "（一）完善纠纷化解。由州司法局指导成立州知识产权纠纷人民调解委员会，州知识产权保护中心提供技术支撑。"
    )
    assert roles == [("州司法局", "implicit"), ("州知识产权保护中心", "implicit")]


@pytest.mark.parametrize("verb", ["成立", "设立", "组建", "筹建"])
def test_no_body_founded_is_guided(verb: str) -> None:
    roles = _roles(f"（一）完善纠纷化解。州司法局指导{verb}州知识产权纠纷人民调解委员会。")
    assert [surface for surface, _ in roles] == ["州司法局"]


def test_bodies_guided_still_lead() -> None:
    roles = _roles("（一）完善纠纷化解。州司法局指导各县（市）开展知识产权纠纷调解。")
    assert roles == [("各县（市）", "lead"), ("州司法局", "support")]


@pytest.mark.parametrize(
    "name",
    [
        "各县人民政府负责本地区专利资助政策",
        "各县（市）人民政府负责本地区专利资助政策的",
        "各区政府牵头推进的",
        "各县（市、区）配合",
    ],
)
def test_a_clause_about_the_governments_is_no_collective(name: str) -> None:
    assert collective_type(name) is None


@pytest.mark.parametrize(
    "name",
    [
        "各县（市、区）人民政府",
        "各县（市，区）人民政府",
        "各设区的市人民政府",
        "各县（市、区）党委和政府",
        "各地",
    ],
)
def test_the_governments_gathered_stay_one_collective(name: str) -> None:
    found = collective_type(name)
    assert found is not None
    assert found.id == "all_governments"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "（一）州市场监管局联合州科技局开展专利导航，引导企业开展贯标工作，州工业和信息化局予以支持。",
            [("州市场监管局", "lead"), ("州科技局", "support"), ("州工业和信息化局", "support")],
        ),
        (
            "（一）州市场监管局开展专利导航，州财政局给予支持。",
            [("州市场监管局", "lead"), ("州财政局", "support")],
        ),
        (
            "（一）州市场监管局开展专利导航，州工信局积极支持。",
            [("州市场监管局", "lead"), ("州工信局", "support")],
        ),
        (
            "（一）由市商务局会同铜仁海关加强进出口环节知识产权保护，市市场监管局给予业务指导。",
            [("市商务局", "lead"), ("铜仁海关", "support"), ("市市场监管局", "support")],
        ),
        (
            "（一）开展专利导航。（责任单位：州市场监管局牵头，州工信局予以配合）",
            [("州市场监管局", "lead"), ("州工信局", "support")],
        ),
    ],
)
def test_a_body_lending_its_support_supports(body: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(body) == expected


def test_support_given_to_no_body_names_none() -> None:
    assert _roles("（一）州市场监管局开展专利导航，对重点企业予以支持。") == [("州市场监管局", "implicit")]


def test_a_prefecture_named_diqu_writes_its_bodies_with_that_word() -> None:
    doc, _ = extracted(
        "喀什地区2024年知识产权工作要点\n一、重点任务\n"
        "1.地区市场监管局每年开展执法检查。\n"
        "2.县科技局牵头，地区市场监管局跟踪问效，县工信局配合。\n"
    )
    first, second = doc.tasks
    assert [(r.agency.name, r.role) for r in first.responsibilities] == [
        ("喀什地区市场监督管理局", "implicit")
    ]
    assert ("喀什地区市场监督管理局", "support") in [(r.agency.name, r.role) for r in second.responsibilities]
