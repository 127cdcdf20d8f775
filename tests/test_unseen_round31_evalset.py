"""Round 31: what five new hand-labelled plans (tests/evaluation/: a county of Shandong, a city of Henan in
GB18030, a district of Heilongjiang in Markdown, an autonomous prefecture of Hubei as a web page, a city of
Anhui in Word) exposed in metadata and agency names.

What was read wrong before:

- a heading whose issuer stands alone on the line above its 关于… words (周口市人民政府 / 关于加快建设知识产权
  强市的实施意见) was titled without its issuer: the title is the two lines, as one line writes it (bodies
  signing jointly, on one line or on lines of their own, still sign it and stay out of the title);
- one department of every place gathered with its levels in brackets (各县（市）区科技局) lost the places:
  the bracket read as the end of some work and the name started at 区 (区科技局, a district's bureau);
- the same department of every place gathered (各县（市、区）市场监管局, 各区县市场监管局, 各设区市知识产权局,
  各县（市、区）人民法院) was typed as all the places' governments: it is a collective of its own
  (all_local_departments); the governments, their offices and the party committees stay all_governments;
- a bare 领导小组办公室 in a plan that sets up no group in words but names one (充分发挥州知识产权工作领导小组
  作用，领导小组办公室负责…) was an office of the region's of no group: it is that group's office;
- a district's 金融服务局 was of no type: it is the local financial bureau (local_finance);
- a cited document's issuers after a clause's comma and a joining word (…精神，以及市委办公室、市政府办公室印发的
  《…》) took the joiner into the first issuer's name (以及市委办公室): it joins the list (a place opening with
  the same character, ，和县人民政府《…》, keeps it);
- 知识产权管理体系认证 (the certification under GB/T 29490, as the certifiers name it) was no 贯标, and
  恶意抢注商标 no curbing of bad-faith trademark filings.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, task_agencies

ZHOUKOU = (
    "周口市人民政府\n关于加快建设知识产权强市的实施意见\n\n周政〔2024〕6号\n\n"
    "各县（市、区）人民政府，市人民政府各部门：\n为加快建设知识产权强市，现提出如下实施意见。\n\n"
    "一、重点任务\n（一）加强行政保护。市市场监管局负责，市公安局配合。\n\n周口市人民政府\n2024年2月20日\n"
)


def _plan(title: str, body: str) -> str:
    return f"{title}\n\n为做好知识产权工作，制定本要点。\n\n一、重点任务\n{body}"


def test_an_issuer_alone_above_its_about_line_opens_the_title() -> None:
    doc, _ = extracted(ZHOUKOU)
    assert doc.plan.title == "周口市人民政府关于加快建设知识产权强市的实施意见"
    assert (doc.plan.doc_type, doc.plan.doc_number) == ("实施意见", "周政〔2024〕6号")
    assert [i.name for i in doc.plan.issuers] == ["周口市人民政府"]
    masthead = (
        "周口市人民政府文件\n\n周政〔2024〕6号\n\n" + ZHOUKOU.split("\n\n周政〔2024〕6号\n\n", 1)[0] + "\n\n"
    )
    doc, _ = extracted(masthead + "一、重点任务\n（一）加强保护。市公安局负责。\n")
    assert doc.plan.title == "周口市人民政府关于加快建设知识产权强市的实施意见"
    joint = (
        "中共周口市委 周口市人民政府\n关于强化知识产权保护的实施意见\n\n一、任务\n（一）加强保护。市公安局负责。\n",
        "中共周口市委办公室\n周口市人民政府办公室\n关于强化知识产权保护的实施意见\n\n一、任务\n（一）加强保护。市公安局负责。\n",
    )
    for text in joint:  # signed jointly: the heading is no one body's
        doc, _ = extracted(text)
        assert doc.plan.title == "关于强化知识产权保护的实施意见"
        assert len(doc.plan.issuers) == 2


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["周口市人民政府", "菏泽市市场监督管理局", "恩施州人民政府", "曹县人民政府办公室"]),
    st.sampled_from(["加快建设知识产权强市", "强化知识产权保护", "推进专利转化运用"]),
    st.sampled_from(["实施意见", "工作方案", "实施方案"]),
)
def test_any_single_issuer_above_its_about_line_is_in_the_title(issuer: str, topic: str, kind: str) -> None:
    doc, _ = extracted(f"{issuer}\n关于{topic}的{kind}\n\n一、重点任务\n（一）加强保护。市公安局负责。\n")
    assert doc.plan.title == f"{issuer}关于{topic}的{kind}"
    assert doc.plan.doc_type == kind


def test_a_department_of_places_gathered_with_brackets_is_named_whole() -> None:
    got = task_agencies(
        _plan(
            "南京市2025年知识产权工作要点",
            "1.做好计划。各县（市）区科技局要对照本要点制定计划。\n"
            "2.开展培训。（牵头单位：市科技局；配合单位：各县(市)区科技局）\n"
            "3.打击侵权。打击侵权假冒工作县市场监管局牵头。\n",
        )
    )
    assert [(s, t) for s, _, t, _ in got["一.1"]] == [("各县（市）区科技局", "all_local_departments")]
    assert [s for s, *_ in got["一.2"]] == ["市科技局", "各县(市)区科技局"]
    assert [s for s, *_ in got["一.3"]] == ["县市场监管局"]  # the work before a body is still no name


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        ["各县（市、区）", "各县（市）区", "各县市区", "各区县", "各设区市", "各市州", "各市（州）"]
    ),
    st.sampled_from(["市场监管局", "科技局", "知识产权局", "农业农村局", "人民法院", "公安局"]),
)
def test_one_department_of_every_place_gathered_is_their_collective(places: str, department: str) -> None:
    name = places + department
    got = task_agencies(_plan("某市2025年知识产权工作要点", f"1.做好计划。（配合单位：{name}）\n"))
    assert [(s, t) for s, _, t, _ in got["一.1"]] == [(name, "all_local_departments")]


def test_the_places_governments_and_party_committees_stay_theirs() -> None:
    names = [
        "各县（市、区）人民政府",
        "各县（市、区）",
        "各县市区政府",
        "各县（市、区）政府办",
        "各县（市、区）党委",
    ]
    body = "".join(f"{n}.做好计划。（配合单位：{name}）\n" for n, name in enumerate(names, 1))
    got = task_agencies(_plan("某市2025年知识产权工作要点", body))
    assert [got[f"一.{n}"][0][2] for n in range(1, len(names) + 1)] == ["all_governments"] * len(names)
    got = task_agencies(
        _plan("某市2025年知识产权工作要点", "1.做好计划。（配合单位：各县（市、区）市场监管局）\n")
    )
    assert got["一.1"][0][2] == "all_local_departments"


def test_a_bare_group_office_is_the_office_of_the_one_group_the_plan_names() -> None:
    doc, _ = extracted(
        _plan(
            "恩施州2025年知识产权工作要点",
            "1.加强统筹协调。充分发挥州知识产权工作领导小组作用，领导小组办公室负责统筹调度各项任务进展。\n",
        )
    )
    office = next(a for a in doc.agencies if a.name.endswith("办公室"))
    assert office.name == "恩施土家族苗族自治州知识产权工作领导小组办公室"


def test_a_districts_financial_services_bureau_is_the_local_financial_bureau() -> None:
    got = task_agencies(
        _plan("哈尔滨市松北区2025年知识产权工作要点", "1.拓宽融资渠道。（牵头单位：区金融服务局）\n")
    )
    assert got["一.1"] == [("区金融服务局", "agency/230109/local_finance", "local_finance", "lead")]


CITING = (
    "某县知识产权强县建设工作方案\n\n为贯彻落实《国务院办公厅关于印发专利转化运用专项行动方案（2023—2025年）的"
    "通知》（国办发〔2023〕37号）精神，{}要求，制定本方案。\n一、重点任务\n（一）加强保护。县市场监管局负责。\n"
)


def test_a_joining_word_after_a_clause_is_no_part_of_the_next_issuer() -> None:
    for cited, issuer in (
        ("以及市委办公室、市政府办公室印发的《某市知识产权强市建设实施方案》", "市委办公室、市政府办公室"),
        ("\n以及市委办公室《某市知识产权强市建设实施方案》", "市委办公室"),
        ("及省知识产权局《某省知识产权保护方案》", "省知识产权局"),
        ("和县人民政府《和县知识产权强县建设方案》", "和县人民政府"),
    ):
        doc, _ = extracted(CITING.format(cited))
        assert [c.issuer for c in doc.citations][1:] == [issuer], cited


def test_the_management_standards_certification_and_bad_faith_trademark_grabs_are_programmes() -> None:
    for words, programme in (
        ("推动企业通过知识产权管理体系认证", "standard_implementation"),
        ("严厉打击恶意抢注商标行为", "abnormal_applications"),
    ):
        doc, _ = extracted(_plan("某市2024年知识产权工作要点", f"（一）{words}。\n"))
        assert {p.program_id for p in doc.programs} == {programme}, words
    doc, _ = extracted(_plan("某市2024年知识产权工作要点", "（一）开展企业知识产权管理体系建设。\n"))
    assert not doc.programs  # a firm's own system built, no certification named
