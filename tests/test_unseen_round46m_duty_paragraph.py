"""Round 46: a 职责分工 section written as one running paragraph (县市场监管局：负责…。县公安局：负责…；县财政局：
负责…). Written a line a body, each line is a clause of the section naming its body; run together, the
whole section was one task whose bodies each did all of it alone. The paragraph is now parted where a
sentence opens with units, a colon and a duty word, each part read as a line of duties; a paragraph of
another kind, and a section's duties a line each, are read as before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, named_units

HEAD = (
    "某县知识产权强县建设工作方案\n一、重点任务\n（一）加强知识产权创造。加强高价值专利培育。\n"
    "（二）强化知识产权保护。打击侵权行为。\n二、职责分工\n"
)


def _duties(body: str) -> dict[str, list[tuple[str, str]]]:
    doc, _ = extracted(HEAD + body + "\n")
    return {
        t.path: [(surface, role) for surface, role, _ in named_units(doc)[t.path]]
        for t in doc.tasks
        if t.path.startswith("二.")
    }


def test_a_running_paragraph_of_duties_is_parted_by_body() -> None:
    body = (
        "县市场监管局：负责统筹推进知识产权强县建设，牵头开展专利导航。县公安局：负责打击知识产权犯罪；"
        "县财政局、县金融办：负责落实工作经费。县法院：配合做好知识产权审判工作。"
    )
    assert _duties(body) == {
        "二.县市场监管局": [("县市场监管局", "sole")],
        "二.县公安局": [("县公安局", "sole")],
        "二.县财政局、县金融办": [("县财政局", "joint"), ("县金融办", "joint")],
        "二.县法院": [("县法院", "support")],  # 配合: as a line of duties reads it
    }


def test_a_closing_sentence_stays_with_the_last_body() -> None:
    body = "县市场监管局：负责统筹协调。县公安局：负责刑事打击，各乡镇要积极配合。"
    parts = _duties(body)
    assert list(parts) == ["二.县市场监管局", "二.县公安局"]


def test_duties_a_line_each_read_as_before() -> None:
    body = "县市场监管局：负责统筹协调。\n县公安局：负责刑事打击。\n"
    assert list(_duties(body)) == ["二.县市场监管局", "二.县公安局"]


def test_a_task_paragraph_with_colons_is_not_parted() -> None:
    text = (
        "某县知识产权强县建设工作方案\n一、重点任务\n"
        "（一）加强知识产权创造。主要目标：负责培育高价值专利。重点领域：负责推进专利导航。\n"
    )
    doc, _ = extracted(text)
    assert [t.path for t in doc.tasks] == ["一.(一)"]


_BODIES = st.sampled_from(
    ["县科技局", "县财政局", "县公安局", "县商务局", "县农业农村局", "县司法局", "县教育局"]
)
_DUTIES = st.sampled_from(["负责专利导航工作", "负责落实经费保障", "配合做好执法工作", "负责知识产权宣传"])


@settings(max_examples=40, deadline=None)
@given(
    bodies=st.lists(_BODIES, min_size=2, max_size=5, unique=True),
    duties=st.lists(_DUTIES, min_size=5, max_size=5),
    stops=st.lists(st.sampled_from(["。", "；"]), min_size=5, max_size=5),
)
def test_each_body_of_a_running_paragraph_has_its_own_duty(
    bodies: list[str], duties: list[str], stops: list[str]
) -> None:
    body = "".join(f"{b}：{d}{s}" for b, d, s in zip(bodies, duties, stops, strict=False))
    doc, _ = extracted(HEAD + body + "\n")
    parts = [t for t in doc.tasks if t.path.startswith("二.")]
    assert [t.path for t in parts] == [f"二.{b}" for b in bodies]
    assert [t.title for t in parts] == duties[: len(bodies)]
