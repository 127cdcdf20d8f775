"""Round 28: national programmes that recur in many regions' plans and that the scheme did not know.

What was read wrong before:

- the courts' “三合一” trial of civil, criminal and administrative IP cases (知识产权审判“三合一”, 三审合一), the
  “双打” campaign under its own name (打击侵犯知识产权和制售假冒伪劣商品), IP protection at trade fairs
  (展会知识产权保护, 展会期间知识产权投诉), the 知识产权服务万里行 tour, 知识产权助力乡村振兴 and standard-essential
  patents (标准必要专利) were no programme;
- the pledge-financing action named by its slogan alone (知识产权金融“入园惠企”活动) was no pledge financing.

Look-alikes stay none: 三证合一 and “三合一”场所 (a business licence reform, a fire-safety term), 打击侵权假冒
written as everyday enforcement, a 展会 without IP, 乡村振兴 without IP, a 标准 that is no patent.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ontology.vocab_programs import program_scheme
from policykg.extract.programs import find_programs
from tests.plans import extracted


def _found(text: str) -> list[tuple[str, str]]:
    return [(h.program.id, text[h.span[0] : h.span[1]]) for h in find_programs(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深化知识产权民事、刑事、行政案件“三合一”审判机制改革", [("judicial_trinity", "“三合一”审判")]),
        ("推进知识产权审判“三合一”改革", [("judicial_trinity", "审判“三合一”")]),
        ("全面推行知识产权三审合一", [("judicial_trinity", "三审合一")]),
        (
            "持续开展打击侵犯知识产权和制售假冒伪劣商品工作",
            [("counterfeiting_crackdown", "打击侵犯知识产权和制售假冒伪劣商品")],
        ),
        ("落实“双打”工作考核", [("counterfeiting_crackdown", "“双打”")]),
        ("加强展会知识产权保护", [("exhibition_protection", "展会知识产权")]),
        ("做好展会期间知识产权投诉处理", [("exhibition_protection", "展会期间知识产权")]),
        ("开展知识产权服务万里行活动", [("service_tour", "知识产权服务万里行")]),
        ("实施知识产权助力乡村振兴行动", [("rural_revitalisation", "知识产权助力乡村振兴")]),
        ("推动标准必要专利培育", [("standard_essential_patents", "标准必要专利")]),
        ("举办知识产权金融“入园惠企”活动3场", [("pledge_financing", "入园惠企")]),
    ],
)
def test_recurring_national_programmes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "推进“三证合一”登记制度改革",
        "整治“三合一”场所消防隐患",
        "严厉打击侵权假冒行为",
        "组织企业参加展会",
        "全面推进乡村振兴",
        "制定团体标准10项",
    ],
)
def test_look_alikes_are_no_programme(text: str) -> None:
    assert _found(text) == []


def test_the_new_programmes_have_their_categories() -> None:
    scheme = {p.id: p for p in program_scheme().programs}
    assert scheme["judicial_trinity"].broader == "ip_protection"
    assert scheme["counterfeiting_crackdown"].broader == "ip_protection"
    assert scheme["exhibition_protection"].broader == "ip_protection"
    assert scheme["service_tour"].broader == "ip_utilisation"
    assert scheme["rural_revitalisation"].broader == "ip_utilisation"
    assert scheme["standard_essential_patents"].broader == "ip_utilisation"


def test_a_plan_names_them_in_its_tasks() -> None:
    doc, _ = extracted(
        "章贡区2025年知识产权工作要点\n一、加强知识产权保护\n"
        "1.深化知识产权民事、刑事、行政案件“三合一”审判机制改革。（责任单位：区法院）\n"
        "2.加强展会知识产权保护，设立投诉服务站。（责任单位：区商务局）\n"
        "二、促进知识产权运用\n"
        "3.开展知识产权服务万里行活动，推动标准必要专利培育。（责任单位：区市场监管局）\n"
    )
    by_task = {(m.program_id, m.task_id.rsplit("/", 1)[-1] if m.task_id else None) for m in doc.programs}
    assert {p for p, _ in by_task} == {
        "judicial_trinity",
        "exhibition_protection",
        "service_tour",
        "standard_essential_patents",
    }
    assert all(task is not None for _, task in by_task)


@given(
    verb=st.sampled_from(["助力", "服务", "赋能", "支撑"]),
    before=st.sampled_from(["实施", "深入开展", "推进", ""]),
)
def test_every_verb_of_ip_for_rural_revitalisation(verb: str, before: str) -> None:
    text = f"{before}知识产权{verb}乡村振兴行动"
    assert _found(text) == [("rural_revitalisation", f"知识产权{verb}乡村振兴")]


def test_the_pledge_actions_slogan_after_its_name_is_one_mention() -> None:
    assert _found("开展知识产权质押融资入园惠企行动") == [("pledge_financing", "知识产权质押")]
