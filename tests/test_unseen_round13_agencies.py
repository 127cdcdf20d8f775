"""Round 13, agency names read from prose, on plans the corpus does not show (written for the tests).

- 由 after a topic of any length: 苏木、沙棘等特色植物种植由县林业局负责 names 县林业局, whether the work before 由
  is two characters or thirty and holds 、 or not, in a task's prose and in its note; 由 inside a name
  (自由贸易试验区管委会) or a word (理由由…) opens no body.
- A document word (办法, 规定, 指标, 方案 …) in a name before its type word makes no body: 县委考核办法规定的指标由
  县市场监管局负责 names 县市场监管局, 考核办法配合县财政局制定 no 考核办法…; 县委考核办, 县自然资源和规划局 and
  县委政策研究室 are still bodies.
- A district's branch of its city's bureau (区公安分局, 区市场监管分局 in a plan of 铜陵市义安区) keeps the one
  identity of the district's bureau of that kind, and is named as the branch it is (铜陵市公安局义安分局).
- A document the plan presses for (推动出台《X办法》) and issues firmly elsewhere (印发《X办法》) is published by the
  plan, whichever mention comes first.
"""

from __future__ import annotations

import pytest

from policykg.extract.agency_names import looks_like_agency
from policykg.models import Document
from tests.formats import to_docx
from tests.plans import extracted, named_units, resolved_agency


def _roles(doc: Document) -> dict[str, list[tuple[str, str]]]:
    return {path: [(s, role) for s, role, _ in units] for path, units in named_units(doc).items()}


# --- 由 after a topic of any length ------------------------------------------------------------------------

#: Topics before 由 of several lengths, with and without 、 (the longest hold more than 20 characters).
TOPICS = [
    "考核评价",
    "特色植物种植工作",
    "沙棘等特色植物种植",
    "苏木、沙棘等特色植物种植",
    "全旗沙棘、枸杞等特色经济林木的种植推广和品牌培育工作",
    "黄河流域生态保护和高质量发展中涉及的知识产权保护、地理标志培育和商标品牌建设等各项工作",
]


@pytest.mark.parametrize("topic", TOPICS)
def test_a_body_after_a_topic_of_any_length_in_prose(topic: str) -> None:
    plan = (
        "某旗知识产权工作要点\n一、重点任务\n"
        f"（一）培育特色产品。{topic}由旗林业局负责。\n"
        f"（二）培育特色产品。{topic}由旗林业局牵头，旗市场监管局配合。\n"
        f"（三）培育特色产品。{topic}由旗林业局、旗农牧局负责。\n"
    )
    doc, _ = extracted(plan)
    roles = _roles(doc)
    assert roles["一.(一)"] == [("旗林业局", "sole")]
    assert roles["一.(二)"] == [("旗林业局", "lead"), ("旗市场监管局", "support")]
    assert [s for s, _ in roles["一.(三)"]] == ["旗林业局", "旗农牧局"]
    assert all("由" not in a.name for a in doc.agencies)


@pytest.mark.parametrize("topic", TOPICS)
def test_a_body_after_a_topic_of_any_length_in_a_note(topic: str) -> None:
    plan = (
        "某旗知识产权工作要点\n一、重点任务\n"
        f"（一）培育特色产品，推广种植。（{topic}由旗林业局负责）\n"
        f"（二）培育特色产品，推广种植。（{topic}由旗林业局牵头，旗市场监管局配合）\n"
    )
    doc, _ = extracted(plan)
    roles = _roles(doc)
    assert [s for s, _ in roles["一.(一)"]] == ["旗林业局"]
    assert roles["一.(二)"] == [("旗林业局", "lead"), ("旗市场监管局", "support")]
    assert all("由" not in a.name for a in doc.agencies)


def test_a_long_topic_in_a_docx_plan() -> None:
    plan = (
        "某旗知识产权工作要点\n一、重点任务\n（一）培育特色产品。苏木、沙棘、枸杞等特色植物的种植推广和品牌培育"
        "由旗林业局负责。\n"
    )
    doc, _ = extracted(to_docx(plan.splitlines()), "plan.docx")
    assert _roles(doc)["一.(一)"] == [("旗林业局", "sole")]


def test_you_inside_a_name_or_a_word_opens_no_body() -> None:
    plan = (
        "某县知识产权工作要点\n一、重点任务\n"
        "（一）建设自由贸易试验区。自由贸易试验区管委会负责。\n"
        "（二）说明理由。理由由县司法局负责审核。\n"
        "（三）完善机制。（中国（某省）自由贸易试验区某片区管委会负责）\n"
    )
    doc, _ = extracted(plan)
    roles = _roles(doc)
    assert roles["一.(一)"] == [("自由贸易试验区管委会", "sole")]
    assert [s for s, _ in roles["一.(二)"]] == ["县司法局"]
    assert [s for s, _ in roles["一.(三)"]] == ["中国（某省）自由贸易试验区某片区管委会"]


def test_you_in_a_names_own_note_opens_no_body() -> None:
    """由 inside a bracket of a name (a note on who manages it) ends no work: the name is kept whole."""
    plan = (
        "某县知识产权工作要点\n一、重点任务\n"
        "（一）加强宣传。县知识产权服务中心（由县市场监管局管理）负责。\n"
        "（二）加强宣传。（县委宣传部、县知识产权服务中心（由县市场监管局管理）负责）\n"
    )
    doc, _ = extracted(plan)
    roles = _roles(doc)
    assert [s for s, _ in roles["一.(一)"]] == ["县知识产权服务中心（由县市场监管局管理）"]
    assert [s for s, _ in roles["一.(二)"]] == ["县委宣传部", "县知识产权服务中心（由县市场监管局管理）"]


# --- document words in a name -----------------------------------------------------------------------------


def test_prose_about_a_document_names_no_body_of_it() -> None:
    plan = (
        "某县知识产权工作要点\n一、重点任务\n"
        "（一）完善考核。县委考核办法规定的指标由县市场监管局负责。\n"
        "（二）完善考核。考核办法配合县财政局制定。\n"
        "（三）完善考核。实施方案确定的任务由县科技局牵头，县财政局配合。\n"
    )
    doc, _ = extracted(plan)
    roles = _roles(doc)
    assert roles["一.(一)"] == [("县市场监管局", "sole")]
    assert roles["一.(三)"] == [("县科技局", "lead"), ("县财政局", "support")]
    documents = ("办法", "规定", "指标", "方案")
    assert not [a.name for a in doc.agencies if any(w in a.name for w in documents)]
    assert all(s in ("县财政局",) for s, _ in roles["一.(二)"])


@pytest.mark.parametrize(
    "name",
    ["考核办法配合县财政局", "县委考核办法规定的指标由县市场监管局", "实施方案确定的县科技局", "管理规定办"],
)
def test_a_name_holding_a_document_word_is_no_body(name: str) -> None:
    assert not looks_like_agency(name)


@pytest.mark.parametrize(
    "name",
    [
        "县委考核办",
        "县自然资源和规划局",
        "县委政策研究室",
        "县卫生和计划生育委员会",
        "县标准化研究所",
        "县委办法规室",
    ],
)
def test_bodies_whose_names_hold_words_of_documents_are_kept(name: str) -> None:
    assert looks_like_agency(name)


# --- a hedged citation and a firm one ---------------------------------------------------------------------

HEDGED_FIRST = """某县知识产权强县建设工作方案
一、重点任务
（一）完善政策体系。推动出台《某县知识产权资助办法》，研究制定《某县专利导航实施办法》。
（二）加强制度建设。2024年底前印发《某县知识产权资助办法》。
"""

FIRM_FIRST = """某县知识产权强县建设工作方案
一、重点任务
（一）加强制度建设。出台《某县知识产权资助办法》。
（二）完善政策体系。推动出台《某县知识产权资助办法》，研究制定《某县专利导航实施办法》。
"""


@pytest.mark.parametrize("plan", [HEDGED_FIRST, FIRM_FIRST])
def test_a_firm_mention_publishes_a_document_also_pressed_for(plan: str) -> None:
    doc, _ = extracted(plan)
    relations = [(c.title, c.relation) for c in doc.citations]
    assert sorted(relations) == sorted(
        [
            ("某县知识产权资助办法", "publishes"),
            ("某县知识产权资助办法", "publishes"),
            ("某县专利导航实施办法", "cites"),
        ]
    )


def test_a_document_pressed_for_in_a_list_and_issued_elsewhere_is_published() -> None:
    """推动出台《A》、《B》: B is pressed for with A; issued firmly elsewhere, B is published, A still cited."""
    plan = (
        "某县知识产权强县建设工作方案\n一、重点任务\n"
        "（一）完善政策体系。推动出台《某县知识产权资助办法》、《某县专利导航实施办法》。\n"
        "（二）加强制度建设。印发《某县专利导航实施办法》。\n"
    )
    doc, _ = extracted(plan)
    assert [(c.title, c.relation) for c in doc.citations] == [
        ("某县知识产权资助办法", "cites"),
        ("某县专利导航实施办法", "publishes"),
        ("某县专利导航实施办法", "publishes"),
    ]


def test_a_document_made_under_a_pressed_one_does_not_publish_it() -> None:
    plan = (
        "某县知识产权强县建设工作方案\n一、重点任务\n"
        "（一）完善政策体系。推动出台《某县知识产权保护条例》。\n"
        "（二）加强制度建设。出台《某县知识产权保护条例》配套制度。\n"
    )
    doc, _ = extracted(plan)
    assert [c.relation for c in doc.citations] == ["cites", "cites"]


# --- a district's branch of its city's bureau -------------------------------------------------------------

YI_AN = "340706"  # 铜陵市义安区


@pytest.mark.parametrize(
    ("district", "surface", "kind", "name"),
    [
        (YI_AN, "区公安分局", "public_security", "铜陵市公安局义安分局"),
        (YI_AN, "市公安局义安分局", "public_security", "铜陵市公安局义安分局"),
        (YI_AN, "区市场监管分局", "market_regulation", "铜陵市市场监督管理局义安分局"),
        (YI_AN, "铜陵市市场监督管理局义安分局", "market_regulation", "铜陵市市场监督管理局义安分局"),
        (YI_AN, "区公安局", "public_security", "铜陵市义安区公安局"),
        (YI_AN, "区市场监管局", "market_regulation", "铜陵市义安区市场监督管理局"),
        ("360702", "区市场监督管理分局", "market_regulation", "赣州市市场监督管理局章贡分局"),  # 章贡区
        ("360702", "公安章贡分局", "public_security", "赣州市公安局章贡分局"),
        ("110105", "区公安分局", "public_security", "北京市公安局朝阳分局"),  # a municipality's district
    ],
)
def test_a_district_branch_keeps_its_identity_and_is_named_a_branch(
    district: str, surface: str, kind: str, name: str
) -> None:
    agency_id, canonical, type_id, region = resolved_agency(district, surface)
    assert (agency_id, type_id, region) == (f"agency/{district}/{kind}", kind, district)
    assert canonical == name


def test_a_city_bureau_named_a_branch_in_the_city_plan_keeps_its_name() -> None:
    """No city stands above a prefecture-level city: 市公安分局 in its plan is the city's 公安局."""
    assert resolved_agency("340700", "市公安分局")[:2] == ("agency/340700/public_security", "铜陵市公安局")


def test_a_branch_in_a_district_plan_is_named_a_branch() -> None:
    plan = (
        "铜陵市义安区知识产权工作要点\n一、重点任务\n"
        "（一）加强执法。开展打击侵权假冒专项行动。（区市场监管局牵头，区公安分局配合）\n"
    )
    doc, _ = extracted(plan)
    names = {a.id: a.name for a in doc.agencies}
    assert names[f"agency/{YI_AN}/public_security"] == "铜陵市公安局义安分局"
    assert names[f"agency/{YI_AN}/market_regulation"] == "铜陵市义安区市场监督管理局"
