"""Round 47c: a body named with its other plate in brackets where a sentence ends (…每年12月10日前将任务完成情况
报送市市场监督管理局（市知识产权局）。) was read as a bare note naming who does the work: the plate
(市知识产权局) became the sole doer and the sentence's own subject (各牵头单位要…) lost its obligation. A bracket
after words ending with a body's name, holding that body's other plate (agency_types.yaml plates: 知识产权局, 版权局 …;
either name first), is the name's second name (annotations._plate_after_name, agencies.names_a_plate); a bracket
of bodies after work (推进专利开放许可（市科技局）。) is still the note it was."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.agencies import names_a_plate
from tests.plans import extracted, named_units

HEAD = "某市知识产权工作方案\n一、重点任务\n（一）加强专利培育。培育高价值专利。\n二、保障措施\n"


def _units(body: str) -> list[list[tuple[str, str]]]:
    doc, _ = extracted(HEAD + body)
    return [
        [(s, role) for s, role, _ in found]
        for path, found in named_units(doc).items()
        if path.startswith("二")
    ]


def test_a_report_sent_to_a_bureau_named_with_its_plate() -> None:
    body = (
        "（一）抓好任务落实。各牵头单位要会同配合单位细化工作措施，每年12月10日前将任务完成情况报送"
        "市市场监督管理局（市知识产权局）。\n"
    )
    assert _units(body) == [[("各牵头单位", "implicit")]]


def test_the_plate_written_first_and_the_bearer_in_brackets() -> None:
    body = "（一）加强督导。各县区人民政府要于每季度末将工作进展报县知识产权局（县市场监管局）。\n"
    assert _units(body) == [[("各县区人民政府", "implicit")]]


def test_a_copyright_plate_on_the_publicity_department() -> None:
    body = "（一）加强宣传。各成员单位要将宣传工作情况及时报送区委宣传部（区版权局）。\n"
    assert _units(body) == [[("各成员单位", "implicit")]]


def test_a_bracket_of_bodies_after_work_is_still_a_note() -> None:
    body = "（一）推进专利转化。推广专利开放许可，促进供需对接。（市知识产权局）\n"
    assert _units(body) == [[("市知识产权局", "sole")]]


def test_a_second_body_in_brackets_that_is_no_plate_is_no_second_name() -> None:
    assert not names_a_plate("支持市中级人民法院", "市司法局")
    assert names_a_plate("报送市市场监督管理局", "市知识产权局")
    assert names_a_plate("报送区知识产权局", "区市场监管局")


@settings(max_examples=30, deadline=None)
@given(
    level=st.sampled_from(["市", "县", "区"]),
    bearer=st.sampled_from(["市场监督管理局", "市场监管局"]),
    verb=st.sampled_from(["报送", "报", "抄送", "提交"]),
    subject=st.sampled_from(["各牵头单位", "各县区人民政府", "各成员单位"]),
    plate_first=st.booleans(),
)
def test_a_body_and_its_plate_closing_a_sentence_name_no_doer(
    level: str, bearer: str, verb: str, subject: str, plate_first: bool
) -> None:
    first, second = (level + "知识产权局", level + bearer)
    if not plate_first:
        first, second = second, first
    body = f"（一）抓好落实。{subject}要细化工作措施，每年年底前将落实情况{verb}{first}（{second}）。\n"
    assert _units(body) == [[(subject, "implicit")]]
