"""Round 45c: a chapter's tasks given to bodies by their numbers in the paragraph closing the chapter, as city
work points of 陕西 and 山西 write it (以上第1—3项由A牵头，B、C配合；第4项由D负责。 / 上述第（五）至（七）项任务由
A、B按职责分工负责。 / 第8、9项：A牵头，B配合).

What was read wrong before:

- an address closed by a colon (第8、9项：A牵头，B配合；第10项：C牵头…) left the colon in the first body's name
  (：市农业农村局);
- items named in bracketed numerals (第（五）至（七）项), an item word at each end of a range (第4项至第5项) and
  条 for 项 (第1—2条) were no address at all: a note naming two parts gave every item every body;
- the last number of a list after one 第 (第8、9项) was read as a count (9 项), a target of its own.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted, plan_units

HEAD = "运城市2025年知识产权工作要点\n"
ITEMS_1 = "一、提升创造质量\n1．培育高价值专利。开展培育。\n2．推进商标品牌建设。开展建设。\n3．加强纠纷调解。开展调解。\n"
ITEMS_2 = (
    "二、加强保护\n4．强化行政执法。开展执法。\n5．加大刑事打击。开展打击。\n6．加强协同保护。开展协同。\n"
)


def _roles(units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(surface, role) for surface, role, _ in units]


@pytest.mark.parametrize(
    "note",
    [
        "第1、2项：市市场监管局牵头，市科技局配合；第3项：市司法局负责。",
        "以上第1和2项：市市场监管局牵头，市科技局配合；第3项：市司法局负责。",
        "第1-2项任务：市市场监管局牵头，市科技局配合。第3项任务：市司法局负责。",
        "上述第1至2项由市市场监管局牵头，市科技局配合；第3项由市司法局负责。",
    ],
)
def test_an_address_closed_by_a_colon_gives_its_items_the_bodies_after_it(note: str) -> None:
    got = plan_units(HEAD, ITEMS_1 + note + "\n")
    for path in ("一.1", "一.2"):
        assert _roles(got[path]) == [("市市场监管局", "lead"), ("市科技局", "support")]
    assert _roles(got["一.3"]) == [("市司法局", "sole")]


@pytest.mark.parametrize(
    "note",
    [
        "上述第（四）、（六）项由市公安局负责；第（五）项由市商务局负责。",
        "第（四）和（六）项任务由市公安局负责，第（五）项由市商务局负责。",
        "以上第4项和第6项由市公安局负责；第5项由市商务局负责。",
        "第4、6条由市公安局负责；第5条由市商务局负责。",
    ],
)
def test_items_named_apart_get_their_own_bodies(note: str) -> None:
    got = plan_units(HEAD, ITEMS_1 + ITEMS_2 + note + "\n")
    assert _roles(got["二.4"]) == [("市公安局", "sole")]
    assert _roles(got["二.5"]) == [("市商务局", "sole")]
    assert _roles(got["二.6"]) == [("市公安局", "sole")]


@pytest.mark.parametrize(
    "note",
    [
        "上述第（四）至（五）项任务由市公安局、市市场监管局按职责分工负责；第（六）项由市商务局负责。",
        "第4项至第5项由市公安局、市市场监管局按职责分工负责，第6项由市商务局负责。",
        "以上第4条至第5条由市公安局、市市场监管局按职责分工负责；第6条由市商务局负责。",
        "第4～5条：市公安局、市市场监管局按职责分工负责；第6条：市商务局负责。",
        "第四到五项由市公安局、市市场监管局按职责分工负责；第六项由市商务局负责。",
        "第4—5项由市公安局、市市场监管局按职责分工负责；第6项由市商务局负责。",
    ],
)
def test_a_range_written_in_any_form_gives_each_item_its_part(note: str) -> None:
    got = plan_units(HEAD, ITEMS_1 + ITEMS_2 + note + "\n")
    for path in ("二.4", "二.5"):
        assert _roles(got[path]) == [("市公安局", "joint"), ("市市场监管局", "joint")]
    assert _roles(got["二.6"]) == [("市商务局", "sole")]


def test_items_counted_again_in_each_chapter_are_found_in_the_notes_chapter() -> None:
    got = plan_units(
        "大同市2025年知识产权工作要点\n",
        "一、提升创造质量\n（一）培育高价值专利。开展培育。\n（二）推进商标品牌建设。开展建设。\n"
        "（三）加强纠纷调解。开展调解。\n以上第（一）、（三）项由市市场监管局负责；第（二）项：市商务局牵头，市农业农村局配合。\n"
        "二、加强保护\n（一）强化行政执法。开展执法。\n（二）加大刑事打击。开展打击。\n"
        "本部分任务均由市公安局牵头。\n",
    )
    assert _roles(got["一.(一)"]) == [("市市场监管局", "sole")]
    assert _roles(got["一.(二)"]) == [("市商务局", "lead"), ("市农业农村局", "support")]
    assert _roles(got["一.(三)"]) == [("市市场监管局", "sole")]
    assert _roles(got["二.(一)"]) == [("市公安局", "lead")]
    assert _roles(got["二.(二)"]) == [("市公安局", "lead")]


@pytest.mark.parametrize(
    "note",
    [
        "第8、9项：市农业农村局牵头，市林业局配合。",
        "第8和9项由市农业农村局牵头，市林业局配合。",
        "第（八）、（九）项由市农业农村局牵头，市林业局配合。",
        "第8、9条由市农业农村局牵头，市林业局配合。",
    ],
)
def test_the_numbers_of_an_address_are_no_counts(note: str) -> None:
    doc, _ = extracted(
        HEAD
        + "三、促进运用\n8．推进地理标志运用。打造示范基地1个。\n9．加强植物新品种保护。开展指导。\n"
        + note
        + "\n"
    )
    assert [(t.value, t.unit) for t in doc.targets] == [(1, "个")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("新增专利代办机构5家、服务网点3家。", [(5, "家"), (3, "家")]),
        ("组织第三方机构和20家企业开展对接。", [(20, "家")]),
        ("培育示范企业10至15家。", [(10, "家")]),
    ],
)
def test_counts_in_a_list_are_still_read(sentence: str, expected: list[tuple[float, str]]) -> None:
    doc, _ = extracted(HEAD + "一、重点任务\n1．推进服务体系建设。" + sentence + "\n")
    assert [(t.value, t.unit) for t in doc.targets] == expected
