"""Round 21: small misreadings the last rounds left. Plans write a committee's name once before 会同
(县卫生健康委员会同县科技局开展…: 委员会 + 会同 with one 会), name a neighbour's body whose name opens with a
place named by a common word after a conjunction in prose (县市场监管局与和县公安局加强协作), rank a measure in
prose with no 位 after the place (专利授权量位居全市第三, 综合排名全省第五), set a count for each unit with 各
before its verb and the noun after the count (每个乡镇各建成1个知识产权工作站), and give one district of a city's
plan a count with 累计/新增 before its words (涪城区累计培育…3家). Before, 会同 was not seen inside 委员会同 and
the committee and its partner were read as one made-up body, as were the two bodies of 与和县 (和县公安局 was
refused as opening with the word 和, unlike in a list of units); the rank was no target; the per-unit count lost
its noun (每个乡镇各建成); and the district's 累计 stayed in the indicator with no flag, while 涪城区、游仙区各累计
培育… flagged it and left it off.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policykg.extract.standings import find_standing
from policykg.models import Target
from tests.plans import extracted, named_units

COUNTY = "兴国县知识产权强县建设工作方案（2024—2026年）\n为推进知识产权强县建设，制定本方案。\n"
TASKS = COUNTY + "一、重点任务\n"
GOALS = COUNTY + "一、工作目标\n"
CITY = "绵阳市知识产权强市建设实施方案（2024—2026年）\n为推进知识产权强市建设，制定本方案。\n一、工作目标\n"


def _units(body: str) -> list[tuple[str, str, str]]:
    doc, _ = extracted(TASKS + body + "\n")
    return [u for units in named_units(doc).values() for u in units]


def _targets(body: str, head: str = GOALS) -> list[Target]:
    doc, _ = extracted(head + body + "\n")
    return doc.targets


# 1. 委员会 + 同 (the conjunction, as 县科技局同县财政局 reads; round 22 reads it so, no 会同 with one 会)


def test_a_committee_before_tong_is_parted_from_its_partner() -> None:
    once = _units("（一）开展宣传。县卫生健康委员会同县科技局开展知识产权进医院活动。")
    plain = _units("（一）开展宣传。县科技局同县财政局开展知识产权进企业活动。")
    assert once == [("县卫生健康委员会", "implicit", "prose"), ("县科技局", "implicit", "prose")]
    assert [r for _, r, _ in plain] == [r for _, r, _ in once]
    # 会同 written whole still makes a lead and its partner
    twice = _units("（一）开展宣传。县卫生健康委员会会同县科技局开展知识产权进医院活动。")
    assert twice == [("县卫生健康委员会", "lead", "prose"), ("县科技局", "support", "prose")]


def test_a_committee_before_tong_with_a_role_word_and_in_an_annotation() -> None:
    assert _units("（一）开展宣传。由开发区管委会同县市场监管局负责。") == [
        ("开发区管委会", "joint", "annotation"),
        ("县市场监管局", "joint", "annotation"),
    ]
    assert _units("（一）开展宣传。（责任单位：县卫生健康委员会同县科技局）") == [
        ("县卫生健康委员会", "joint", "annotation"),
        ("县科技局", "joint", "annotation"),
    ]
    # 同意 after a committee's name is no partner word
    assert _units("（一）开展宣传。县卫生健康委员会同意后实施。") == []


# 2. a body named after a conjunction, its name opening with a place named by a common word (和县)

HANSHAN = (
    "含山县知识产权强县建设工作方案（2024—2026年）\n为推进知识产权强县建设，制定本方案。\n一、重点任务\n"
)


def test_a_neighbours_body_after_a_conjunction_in_prose_is_read_as_a_list_reads_it() -> None:
    def read(body: str) -> list[tuple[str, str | None]]:
        doc, _ = extracted(HANSHAN + body + "\n")
        regions = {a.id: a.region_id for a in doc.agencies}
        return [(r.agency.surface, regions[r.agency.id]) for t in doc.tasks for r in t.responsibilities]

    prose = read("（一）联合执法。县市场监管局与和县公安局加强协作，打击侵权假冒行为。")
    listed = read("（一）联合执法。（责任单位：县市场监管局与和县公安局）")
    assert prose == listed == [("县市场监管局", "340522"), ("和县公安局", "340523")]


# 3. ranks in prose with no 位


def test_a_rank_in_prose_with_no_wei() -> None:
    got = _targets("到2025年，专利授权量位居全市第三，有效注册商标量排名全省第10。")
    assert [(t.indicator, t.value, t.unit, t.comparator, t.standing, t.reference) for t in got] == [
        ("专利授权量", 3.0, "位", "=", "rank", "全市第三"),
        ("有效注册商标量", 10.0, "位", "=", "rank", "全省第10"),
    ]
    # the same as with 位
    with_wei = _targets("到2025年，专利授权量位居全市第三位。")
    assert (with_wei[0].value, with_wei[0].comparator, with_wei[0].indicator_key) == (
        3.0,
        "=",
        got[0].indicator_key,
    )
    # words that go on after 第三 are no rank
    assert all(
        t.standing is None
        for body in ("引入全市第三方评估机构2家", "入选全省第三批示范县5个", "全省第三季度新增示范企业3家")
        for t in _targets(f"到2025年，{body}。")
    )


@given(
    st.sampled_from(["全市", "全省", "全国"]),
    st.sampled_from(["二", "三", "五", "十", "3", "12"]),
    st.sampled_from(["", "，", "。", "；", "、", "方", "批", "条", "季度", "次", "家"]),
)
def test_a_bare_place_is_a_rank_only_where_the_clause_ends(scope: str, numeral: str, after: str) -> None:
    clause = f"专利授权量位居{scope}第{numeral}{after}"
    standing = find_standing(clause, 0, len(clause))
    if after in ("", "，", "。", "；", "、"):
        assert standing is not None
        assert (standing.kind, standing.comparator) == ("rank", "=")
        assert standing.reference == f"{scope}第{numeral}"
    else:
        assert standing is None


# 4. a count for each unit with 各 before its verb


def test_a_count_for_each_unit_with_ge_keeps_the_noun_after_the_count() -> None:
    got = _targets("到2025年，每个乡镇各建成1个知识产权工作站，每个园区各建设1个知识产权服务站。")
    assert [(t.indicator, t.value, t.unit) for t in got] == [
        ("每个乡镇各建成知识产权工作站", 1.0, "个"),
        ("每个园区各建设知识产权服务站", 1.0, "个"),
    ]
    # as the count written after the noun reads
    after = _targets("到2025年，每个乡镇各建成知识产权工作站1个。")
    assert after[0].indicator_key == got[0].indicator_key


# 5. one district's count with 累计 / 新增


def test_one_districts_cumulative_count_is_flagged_as_a_list_with_ge_is() -> None:
    one = _targets("到2026年，涪城区累计培育国家知识产权优势企业3家，游仙区新增知识产权示范企业5家。", CITY)
    listed = _targets("到2026年，涪城区、游仙区各累计培育国家知识产权优势企业3家。", CITY)
    assert [(t.indicator, t.value, t.flags, t.region_name) for t in one] == [
        ("培育国家知识产权优势企业", 3.0, ["cumulative"], "涪城区"),
        ("知识产权示范企业", 5.0, ["increment"], "游仙区"),
    ]
    assert (one[0].indicator, one[0].flags, one[0].indicator_key) == (
        listed[0].indicator,
        listed[0].flags,
        listed[0].indicator_key,
    )


def test_a_task_table_row_with_empty_unit_cells_is_read_by_the_note_in_its_task_cell() -> None:
    """A row whose 牵头单位 / 配合单位 cells are left empty, its task cell ending with its own note
    （牵头单位：…；配合单位：…）: the note names its units, as it would in a paragraph. Before, the row fell
    back to the issuing government."""
    plan = (
        "# 嘉善县2025年知识产权工作要点\n\n## 二、重点任务\n\n"
        "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
        "| 1 | 开展专利导航服务 | 县市场监管局 | 县科技局 | 2025年9月底前 |\n"
        "| 2 | 加强地理标志保护运用（牵头单位：县农业农村局；配合单位：县市场监管局） | | | 长期坚持 |\n"
    )
    doc, _ = extracted(plan, "plan.md")
    rows = {t.title: [(r.agency.surface, r.role, r.basis) for r in t.responsibilities] for t in doc.tasks}
    assert rows["开展专利导航服务"] == [("县市场监管局", "lead", "table"), ("县科技局", "support", "table")]
    assert rows["加强地理标志保护运用"] == [
        ("县农业农村局", "lead", "annotation"),
        ("县市场监管局", "support", "annotation"),
    ]
