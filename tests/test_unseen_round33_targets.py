"""Round 33: targets as county plans of 四川, 福建 and 江西 write them.

What was read wrong before:

- 每年度新增贯标企业10家 gave the indicator 度新增贯标企业 (每年 taken off as the flag word, 度 left), without
  increment; 知识产权质押融资额每年度不少于1亿元 gave 知识产权质押融资额每 (targets.yaml flag_words: 每年度);
- a count recurring each year carried that to the clauses after it only when 每年 wrote it: 年度开展知识产权
  培训不少于4期，培训人员不少于300人次 and 每年举办培训班不少于3期、培训不少于500人次 (the second count in the
  same clause) left 300 and 500 counts of the plan's end year;
- 建立知识产权质押融资风险补偿资金池，规模达到1000万元 gave the indicator 规模: the size of what the clause before
  sets up (规模 is a word of the whole, targets.yaml aggregate_words; 建立 a verb of setting up);
- 设立…风险补偿资金，每年安排不少于300万元 gave 安排: an amount a bare verb provides is of the fund the clause
  before sets up;
- 引导企业贯彻《企业知识产权管理规范》，每年推动不少于5家企业通过贯标认证 took the clause before as the indicator
  though the words after the count name what it counts (企业通过贯标认证);
- an indicator table's row label closing with its unit and a note of how it counts (地理标志证明商标（件，累计）,
  知识产权质押融资额（亿元/年）, （家，新增）) gave no unit and kept the bracket in the indicator: the unit is the
  row's and the notes its flags (table_cells.row_label).
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "蓬溪县知识产权强县建设工作方案（2024—2026年）\n一、重点任务\n（一）推进工作。"


def _targets(sentence: str) -> list[tuple[str, str, float, str | None, list[str]]]:
    doc, _ = extracted(HEAD + sentence + "\n")
    return [(t.indicator, t.comparator, t.value, t.unit, sorted(t.flags)) for t in doc.targets]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("每年度新增贯标企业10家。", [("贯标企业", "=", 10.0, "家", ["annual", "increment"])]),
        ("知识产权质押融资额每年度不少于1亿元。", [("知识产权质押融资额", ">=", 1.0, "亿元", ["annual"])]),
    ],
)
def test_each_year_written_with_du(
    sentence: str, expected: list[tuple[str, str, float, str, list[str]]]
) -> None:
    assert _targets(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "年度开展知识产权培训不少于4期，培训人员不少于300人次。",
        "每年举办培训班不少于4期、培训人员不少于300人次。",
    ],
)
def test_a_count_recurring_each_year_carries_to_the_counts_after_it(sentence: str) -> None:
    doc, _ = extracted(HEAD + sentence + "\n")
    assert [(t.value, t.unit, "annual" in t.flags, t.year_basis) for t in doc.targets] == [
        (4.0, "期", True, "annual"),
        (300.0, "人次", True, "annual"),
    ]


def test_a_count_with_a_year_of_its_own_keeps_it() -> None:
    doc, _ = extracted(HEAD + "每年举办培训班不少于4期、2026年累计培训人员1000人次。\n")
    assert [("annual" in t.flags) for t in doc.targets] == [True, False]


def test_the_size_of_what_the_clause_before_sets_up() -> None:
    assert _targets("建立知识产权质押融资风险补偿资金池，规模达到1000万元。") == [
        ("知识产权质押融资风险补偿资金池规模", ">=", 1000.0, "万元", [])
    ]


def test_an_amount_a_bare_verb_provides_is_of_the_fund_set_up_before() -> None:
    assert _targets("设立知识产权质押融资风险补偿资金，每年安排不少于300万元。") == [
        ("知识产权质押融资风险补偿资金", ">=", 300.0, "万元", ["annual"])
    ]


def test_what_a_count_counts_written_after_it() -> None:
    assert _targets("引导企业贯彻《企业知识产权管理规范》，每年推动不少于5家企业通过贯标认证。") == [
        ("企业通过贯标认证", ">=", 5.0, "家", ["annual"])
    ]


def test_a_clause_stating_only_a_quantity_still_takes_the_clause_before() -> None:
    assert _targets("开展产业专利导航项目，每年不少于3项。") == [
        ("开展产业专利导航项目", ">=", 3.0, "项", ["annual"])
    ]


TABLE_HEAD = "曲靖市知识产权强市建设实施方案（2024—2026年）\n一、主要指标\n"


@pytest.mark.parametrize("typed", ["markdown", "tabs"])
@pytest.mark.parametrize(
    ("label", "indicator", "unit", "flags"),
    [
        ("地理标志证明商标（件，累计）", "地理标志证明商标", "件", ["cumulative"]),
        ("知识产权质押融资额（亿元/年）", "知识产权质押融资额", "亿元", ["annual"]),
        ("贯标企业（家，新增）", "贯标企业", "家", ["increment"]),
        ("有效发明专利（件）", "有效发明专利", "件", []),
    ],
)
def test_a_row_labels_unit_and_notes(
    typed: str, label: str, indicator: str, unit: str, flags: list[str]
) -> None:
    rows = [["序号", "指标名称", "2024年", "2025年", "2026年"], ["1", label, "15", "17", "20"]]
    if typed == "markdown":
        lines = [f"| {' | '.join(r)} |" for r in rows]
        table = "\n".join([lines[0], "|---|---|---|---|---|", lines[1]]) + "\n"
        doc, _ = extracted(TABLE_HEAD + table, "plan.md")
    else:
        doc, _ = extracted(TABLE_HEAD + "".join("\t".join(r) + "\n" for r in rows))
    assert [(t.indicator, t.value, t.unit, t.year, sorted(t.flags)) for t in doc.targets] == [
        (indicator, value, unit, year, flags) for value, year in ((15.0, 2024), (17.0, 2025), (20.0, 2026))
    ]


def test_a_bracket_of_other_words_stays_in_the_indicator() -> None:
    rows = [["序号", "指标名称", "2024年", "2025年"], ["1", "专利代理机构（家，含分支机构）", "3", "4"]]
    doc, _ = extracted(TABLE_HEAD + "".join("\t".join(r) + "\n" for r in rows))
    assert {t.indicator for t in doc.targets} == {"专利代理机构（家，含分支机构）"}


def test_an_indicator_table_typed_with_spaces_whose_header_wraps_its_words() -> None:
    """What was read wrong before: a header whose cells' words go on below them (2023年 ↵ （基数）, as a PDF
    converted with its layout kept gives it) ended the table at that line: no target at all. The line of
    bracketed words right below the header is the table's, no row; the years read as a plan's do."""
    doc, _ = extracted(
        "某县知识产权强县建设工作方案（2024—2026年）\n\n一、主要目标\n"
        "指标名称              单位      2023年     2026年\n"
        "                                （基数）   （目标）\n"
        "有效发明专利拥有量    件        410        600\n"
        "地理标志商标          件        5          8\n"
    )
    assert [(t.indicator, t.value, t.unit, t.year, t.kind) for t in doc.targets] == [
        ("有效发明专利拥有量", 410.0, "件", 2023, "baseline"),
        ("有效发明专利拥有量", 600.0, "件", 2026, "target"),
        ("地理标志商标", 5.0, "件", 2023, "baseline"),
        ("地理标志商标", 8.0, "件", 2026, "target"),
    ]


STACKED_HEAD = "北海市2024年知识产权工作要点\n一、主要指标\n"
STACKED_ROWS = "发明专利授权量\n件\n180\n210\n知识产权质押融资额\n亿元\n2.1\n3.0\n"
STACKED_AFTER = "二、重点任务\n（一）开展专利导航。（牵头单位：市科技局）\n"
STACKED_TARGETS = [
    ("发明专利授权量", 180.0, "件", 2023, "baseline"),
    ("发明专利授权量", 210.0, "件", 2024, "target"),
    ("知识产权质押融资额", 2.1, "亿元", 2023, "baseline"),
    ("知识产权质押融资额", 3.0, "亿元", 2024, "target"),
]


@pytest.mark.parametrize("numbered", [False, True])
def test_an_indicator_table_one_cell_a_line_with_or_without_a_number_column(numbered: bool) -> None:
    """What was read wrong before: a PDF's indicator table given one cell a line was read only when it
    opened with a number column (序号 / 1 / 2 …): without one (指标名称 / 单位 / 2023年基数 / 2024年目标) it gave
    no target. Such a header opens at a line naming the indicator column and runs while its lines name
    known columns; each row takes the fewest lines that read as one (stacked_data._unnumbered)."""
    if numbered:
        rows = "".join(
            f"{n}\n{row}"
            for n, row in enumerate(
                ["发明专利授权量\n件\n180\n210\n", "知识产权质押融资额\n亿元\n2.1\n3.0\n"], 1
            )
        )
        doc, _ = extracted(
            STACKED_HEAD + "序号\n指标名称\n单位\n2023年基数\n2024年目标\n" + rows + STACKED_AFTER
        )
    else:
        doc, _ = extracted(
            STACKED_HEAD + "指标名称\n单位\n2023年基数\n2024年目标\n" + STACKED_ROWS + STACKED_AFTER
        )
    assert [(t.indicator, t.value, t.unit, t.year, t.kind) for t in doc.targets] == STACKED_TARGETS


def test_a_wrapped_indicator_name_one_cell_a_line() -> None:
    doc, _ = extracted(
        STACKED_HEAD
        + "指标名称\n单位\n2023年基数\n2024年目标\n每万人口高价值发明\n专利拥有量\n件\n3.2\n4.0\n"
        + STACKED_AFTER
    )
    assert [(t.value, t.unit, t.year) for t in doc.targets] == [(3.2, "件", 2023), (4.0, "件", 2024)]
    assert {t.indicator for t in doc.targets} == {"每万人口高价值发明专利拥有量"}


@pytest.mark.parametrize("opening", ["全年力争", "全年确保", "今年力争"])
def test_a_work_points_preamble_aiming_at_its_year(opening: str) -> None:
    """What was read wrong before: 2024年是…关键之年。全年力争发明专利授权量达到500件，… in the preamble of a
    工作要点 gave no target: only a sentence opening with 到2025年 or 2024年， was read there. A sentence aiming at
    the plan's year (全年力争, 今年确保 …, a number after it) states its goals too."""
    doc, _ = extracted(
        "浏阳市2024年知识产权工作要点\n"
        f"2024年是全面推进知识产权强市建设的关键之年。{opening}发明专利授权量达到500件，"
        "新增PCT国际专利申请12件，知识产权质押融资额达到8亿元。\n"
        "一、提升知识产权创造质量\n1．实施高价值专利培育工程。（责任单位：市市场监管局）\n"
    )
    assert [(t.indicator, t.value, t.unit, t.year) for t in doc.targets] == [
        ("发明专利授权量", 500.0, "件", 2024),
        ("PCT国际专利申请", 12.0, "件", 2024),
        ("知识产权质押融资额", 8.0, "亿元", 2024),
    ]


def test_a_preamble_looking_back_states_no_goal() -> None:
    doc, _ = extracted(
        "浏阳市2024年知识产权工作要点\n2023年全市发明专利授权量达到450件。全年工作取得明显成效。\n"
        "一、提升知识产权创造质量\n1．实施高价值专利培育工程。（责任单位：市市场监管局）\n"
    )
    assert doc.targets == []


GOALS_HEAD = "宜昌市知识产权强市建设工作方案（2023—2027年）\n\n一、总体目标\n"


@pytest.mark.parametrize("mark", ["——", "—", "·", "－－", "● "])
def test_a_goal_listed_with_a_dash_or_a_dot(mark: str) -> None:
    """What was read wrong before: goals listed with a dash or a middle dot (——知识产权保护社会满意度达到82分以上,
    as plans write goal lists) kept the mark in the indicator and its key (——知识产权保护社会满意度), and
    ——每万人口… lost its per-capita flag. The mark opens the item, as 1. does."""
    doc, _ = extracted(
        GOALS_HEAD + f"{mark}知识产权保护社会满意度达到82分以上；\n{mark}每万人口发明专利拥有量达到15件。\n"
    )
    assert [(t.indicator, t.indicator_key, "per_capita" in t.flags) for t in doc.targets] == [
        ("知识产权保护社会满意度", "知识产权保护社会满意度", False),
        ("每万人口发明专利拥有量", "每万人口发明专利拥有量", True),
    ]


@pytest.mark.parametrize("item", ["1.", "——", ""])
def test_a_lead_in_year_dates_the_goals_listed_below_it(item: str) -> None:
    """What was read wrong before: 到2025年，主要指标达到： over a list of goals (1.…, ——…) in a 2023—2027 plan
    dated them 2027, the plan's end: the lead-in held no number, so its year reached no goal. A short lead-in
    naming a year and closed by a colon dates the goals of its chapter below it, until another does."""
    doc, _ = extracted(
        GOALS_HEAD + "到2025年，主要指标达到：\n"
        f"{item}知识产权保护社会满意度达到82分以上；\n{item}每万人口发明专利拥有量达到15件。\n"
        "到2027年，主要指标达到：\n"
        f"{item}有效发明专利拥有量达到3000件。\n"
    )
    assert [(t.indicator, t.year) for t in doc.targets] == [
        ("知识产权保护社会满意度", 2025),
        ("每万人口发明专利拥有量", 2025),
        ("有效发明专利拥有量", 2027),
    ]


def test_an_increase_each_year_written_with_dizeng() -> None:
    """What was read wrong before: 知识产权质押融资额每年递增1亿元 kept 每年递增 in the indicator with no flag:
    递增 is a word of change (targets.yaml flag_words), as 增长 is."""
    assert _targets("知识产权质押融资额每年递增1亿元。") == [
        ("知识产权质押融资额", "=", 1.0, "亿元", ["annual", "increment"])
    ]


@pytest.mark.parametrize("striving", ["力争", "确保", "争取"])
def test_a_year_opening_a_sentence_after_a_word_of_striving(striving: str) -> None:
    """What was read wrong before: 力争2025年底前，建成知识产权保护中心1个 in a 2024—2026 plan was dated 2026:
    a year opened a sentence only with nothing before it. A word of striving or assuring may stand first."""
    doc, _ = extracted(HEAD + f"{striving}2025年底前，建成知识产权保护中心1个。\n")
    assert [(t.value, t.year) for t in doc.targets] == [(1.0, 2025)]


@pytest.mark.parametrize(
    ("deadline", "year"),
    [
        ("完成时限：2024年10月底前。", 2024),
        ("（2025年12月底前完成）", 2025),
        ("完成时限：持续推进。", 2026),
        ("", 2026),
    ],
)
def test_a_tasks_dated_time_limit_dates_its_undated_targets(deadline: str, year: int) -> None:
    """What was read wrong before: 建设商业秘密保护工作站10个。完成时限：2024年10月底前。 in a 2024—2026 plan was
    dated 2026, the plan's end, though the task is due in 2024. A task's time limit naming a year dates the
    targets its words leave undated; a time limit of no year (持续推进) leaves them the plan's."""
    doc, _ = extracted(
        "清河县知识产权强县建设工作方案（2024—2026年）\n二、重点任务\n"
        f"2.开展商业秘密保护。建设商业秘密保护工作站10个。{deadline}\n"
    )
    assert [(t.value, t.year) for t in doc.targets] == [(10.0, year)]


def test_coverage_in_a_task_due_in_a_year_is_a_target() -> None:
    """实现各县（市、区）知识产权纠纷调解组织全覆盖 in a task undated says how its work is done; in a task due in
    2024 (完成时限：2024年6月底前) it is a target of that year, as in a dated sentence."""
    doc, _ = extracted(
        "清河县知识产权强县建设工作方案（2024—2026年）\n二、重点任务\n"
        "3.健全纠纷调解机制。实现各县（市、区）知识产权纠纷调解组织全覆盖。完成时限：2024年6月底前。\n"
        "4.优化服务。实现知识产权服务全覆盖。\n"
    )
    assert [(t.value, t.unit, t.year) for t in doc.targets] == [(100.0, "%", 2024)]
