"""Round 36b: a district's court or procuratorate named by the district's bare word (顺德法院, 南山法院, 思明检察院),
as prose and task cells name them, where the gazetteer gives the district no short form.

What was read wrong before: only districts the gazetteer gives a short form (柯桥, 鄞州) were read so; the rest
kept the words as a body of their own under the plan's place (佛山市顺德区顺德法院), never the district's court.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

_DISTRICTS = [
    ("佛山市顺德区", "顺德", "440606"),
    ("深圳市南山区", "南山", "440305"),
    ("厦门市思明区", "思明", "350203"),
    ("株洲市天元区", "天元", "430211"),
]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(_DISTRICTS),
    st.sampled_from([("法院", "court", "人民法院"), ("检察院", "procuratorate", "人民检察院")]),
)
def test_a_districts_bare_word_names_its_court(
    district: tuple[str, str, str], body: tuple[str, str, str]
) -> None:
    place, word, code = district
    short, type_id, full = body
    doc, _ = extracted(
        f"{place}知识产权强区建设实施方案\n\n一、主要任务\n"
        f"1.推进知识产权纠纷多元化解。区司法局负责指导人民调解，{word}{short}负责推进诉调对接。\n"
    )
    found = [r.agency for t in doc.tasks for r in t.responsibilities if r.agency.surface == word + short]
    assert [(a.id, a.name) for a in found] == [(f"agency/{code}/{type_id}", place + full)]


def test_a_city_plan_names_its_districts_courts_so() -> None:
    doc, _ = extracted(
        "佛山市知识产权工作要点\n一、主要任务\n1.推进纠纷化解。顺德法院、南海法院负责推进诉调对接。\n"
    )
    names = [r.agency.name for t in doc.tasks for r in t.responsibilities]
    assert names == ["佛山市顺德区人民法院", "佛山市南海区人民法院"]
