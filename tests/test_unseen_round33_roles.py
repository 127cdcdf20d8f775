"""Round 33: bodies sharing a task by their duties, as plans of 四川 and 福建 write it.

What was read wrong before: a note closing with a way of sharing the work by duties that was not listed
word for word (（县市场监管局、县公安局按照职能分工负责）, 根据职责分工落实, 按职能职责分工负责, 各司其职) was read
as one body named 县市场监管局、县公安局, typed by its last words; 依职责负责 lost its bodies altogether. Such
ways are written by their parts (roles.yaml shared_forms: a word of basing, a word of duties with 分工 or
not, a verb of doing) and share the task as 按职责分工负责 does: joint, or support beside a lead.
"""

from __future__ import annotations

import pytest

from policykg.models import Task
from tests.plans import extracted, plan_units

PENGXI = (
    "蓬溪县知识产权强县建设工作方案（2024—2026年）\n为加快推进知识产权强县建设，制定本方案。\n一、重点任务\n"
)


@pytest.mark.parametrize(
    "shared",
    [
        "按照职能分工负责",
        "根据职责分工落实",
        "按职能职责分工负责",
        "根据职责负责",
        "按职责落实",
        "依职责负责",
        "依照部门职责抓好落实",
        "各司其职",
        "依法负责",
    ],
)
def test_bodies_sharing_the_work_by_their_duties(shared: str) -> None:
    units = plan_units(
        PENGXI,
        f"（一）加强市场整治。开展打击侵权假冒专项行动。（县市场监管局、县公安局{shared}）\n"
        f"（二）加强司法保护。（县法院牵头，县市场监管局、县公安局{shared}）\n"
        f"（三）加强行政保护。县市场监管局、县公安局{shared}。\n",
    )
    joint = [("县市场监管局", "joint", "annotation"), ("县公安局", "joint", "annotation")]
    assert units["一.(一)"] == joint
    assert units["一.(二)"] == [
        ("县法院", "lead", "annotation"),
        ("县市场监管局", "support", "annotation"),
        ("县公安局", "support", "annotation"),
    ]
    assert units["一.(三)"] == joint


def test_a_listed_way_keeps_its_own_role() -> None:
    units = plan_units(PENGXI, "（一）加强司法保护。（县法院负责，县公安局、县检察院按职责分工配合）\n")
    assert units["一.(一)"] == [
        ("县法院", "lead", "annotation"),
        ("县公安局", "support", "annotation"),
        ("县检察院", "support", "annotation"),
    ]


def _cell_task(cell: str) -> Task:
    """The one task of a portal page's task table whose 责任单位 cell holds ``cell`` (HTML)."""
    page = (
        "<html><body><p>德清县知识产权强县建设工作方案</p><p>一、重点任务</p><table>"
        "<tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
        f"<tr><td>1</td><td>开展专利导航</td><td>{cell}</td></tr></table></body></html>"
    )
    doc, _ = extracted(page, "plan.html")
    (task,) = doc.tasks
    return task


@pytest.mark.parametrize("lead", ["县市场监管局（知识产权局）", "县市场监管局(知识产权局)", "县金融办"])
@pytest.mark.parametrize("breaks", ["<br>", "<br/>", "</p><p>"])
def test_a_cells_lead_line_closing_with_a_bracket_then_a_labelled_line(lead: str, breaks: str) -> None:
    """What was read wrong before: a 责任单位 cell 牵头：县市场监管局（知识产权局） ↵ 配合：县科技局、县财政局 read its
    second line as the first's name wrapped (a bracket closing a line reads as no body's ending): one body
    named 县市场监管局（知识产权局）配合：县科技局 and 县财政局 both led. A line opening with a label is a line of
    its own."""
    cell = f"<p>牵头：{lead}{breaks}配合：县科技局、县财政局</p>"
    task = _cell_task(cell)
    assert [(r.agency.surface, r.role) for r in task.responsibilities] == [
        (lead, "lead"),
        ("县科技局", "support"),
        ("县财政局", "support"),
    ]


YICHANG = "宜昌市人民政府关于全面加强知识产权保护的实施意见\n一、重点任务\n（一）开展专利导航。（责任单位：市科技局）\n三、保障措施\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "各部门主要负责同志要亲自抓、负总责。",
        "各县市区主要领导要亲自抓、负总责。",
        "各地各部门主要负责同志要亲自抓，层层压实责任。",
        "各乡镇（街道）主要负责同志要亲自部署。",
    ],
)
def test_people_answering_for_the_work_are_no_bodies(sentence: str) -> None:
    """What was read wrong before: 各部门主要负责同志要亲自抓、负总责 made a body of 各部门主要负责同志要亲自抓 leading
    the task (a name opening with 各部门 read as a collective however it went on), and 各地各部门主要负责同志要…
    a body 各地各部门主 (要 of 主要 read as a cue). Words naming a person (agency_types.yaml person_words) are no
    body's, and no cue stands inside one."""
    units = plan_units(YICHANG, f"（一）加强组织领导。{sentence}\n")
    assert units["三.(一)"] == []


@pytest.mark.parametrize(
    ("clauses", "note", "field"),
    [
        (
            "一是实施区域公共品牌培育；二是引导企业开展马德里商标国际注册。",
            "由县市场监管局负责，县商务局配合。",
            "完成时限：持续推进。",
        ),
        (
            "（1）实施区域公共品牌培育；（2）引导企业开展马德里商标国际注册。",
            "〔牵头单位：县市场监管局；责任单位：县商务局〕",
            "完成时限：2024年6月底前。",
        ),
        (
            "一是实施区域公共品牌培育；二是引导企业开展马德里商标国际注册。",
            "（牵头单位：县市场监管局；配合单位：县商务局）",
            "时间节点：2025年底",
        ),
    ],
)
def test_a_note_closing_clauses_before_a_time_limits_field(clauses: str, note: str, field: str) -> None:
    """What was read wrong before: a note closing a task's clauses (一是…；二是…。由县市场监管局负责，县商务局配合。)
    spoke for the whole task only when nothing stood after it in the paragraph: a time limit's field after it
    (完成时限：持续推进) bound it to the last clause alone. The field leaves the note closing the paragraph."""
    units = plan_units(
        "清河县知识产权强县建设工作方案\n一、重点任务\n", f"3.推进商标品牌建设。{clauses}{note}{field}\n"
    )
    assert units["一.3"] == [("县市场监管局", "lead", "annotation"), ("县商务局", "support", "annotation")]
    assert all(found == [] for path, found in units.items() if path != "一.3")


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("各乡镇<br>（街道）、县财政局", ["各乡镇\n（街道）", "县财政局"]),
        ("县市场监管局<br>（知识产权局）<br>县科技局", ["县市场监管局\n（知识产权局）", "县科技局"]),
        ("县市场监管局<br>（牵头）<br>县科技局", ["县市场监管局", "县科技局"]),
    ],
)
def test_a_bracket_alone_on_a_cells_next_line_qualifies_the_name_above(cell: str, names: list[str]) -> None:
    """What was read wrong before: in a narrow cell the text wraps before a name's bracket (各乡镇 ↵ （街道）,
    县市场监管局 ↵ （知识产权局）): the bracket was a body of its own, or joined to the next line's name
    (（知识产权局）县科技局). A bracket alone on the next line qualifies the name above; a role word in brackets
    (（牵头）) is still that name's role."""
    task = _cell_task(cell)
    assert [r.agency.surface for r in task.responsibilities] == names
