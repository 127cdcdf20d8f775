"""Round 38: goals and numeric targets as county plans of 广东, 浙江, 安徽 and 福建 write them, in prose with
counts in Chinese numerals and in .docx and .md plans.

What was read wrong before:

- a count in Chinese numerals before 万 or 亿 and a unit other than 元 (有效注册商标达到两万件, 十五万件, 新增
  注册商标一万件以上), an amount opening with 一 (突破一亿元) and 余 / 多 after a round count in numerals
  (培育示范企业二十余家, 十多家) or after the multiplier (三万余件, 3万余件, 1.2万多件, 2亿余元) gave no
  target; a decimal written with 点 (一点五亿元) was read as 5亿元 with 达到一点 in its indicator;
- people counted in numerals (知识产权从业人员超过二百人, 专利代理师达到二十人) gave no target: 人 was no unit
  of a count in numerals;
- a later name of a list leaving off words of the first (获得中国专利奖2项以上、省专利奖5项以上) took the first's
  front words across 中国: 获得中省专利奖;
- a level before the finance body opening a sentence (县级财政每年投入知识产权专项资金1000万元以上) stayed in the
  indicator and key, and 每年 after it set no annual flag; 投入 stayed in the key (知识产权专项资金 now, as
  安排 was taken off before);
- a change in points of a standard share (规上工业企业有效发明专利拥有率…比2023年提高5个百分点) kept its own
  wording as key where the share itself took the standard key (拥有有效发明专利的规上工业企业占比);
- a bracket after a target naming the level of the places around the plan's (每万人口发明专利拥有量达到2.5件以上
  （全市平均水平为3.1件）) gave a target of that level with the bracket's words as indicator (（全省平）, an
  empty key), and after 以上 the target itself was lost; it is no target now;
- a bracket naming last year's level or today's (（上年为420件）, （目前为420件）) gave a target of indicator
  （上） or （目前）; it is the target's baseline, of the year before the target's or of no year written;
- a second level of one measure after a word of promise alone (发明专利授权量力争达到300件，确保250件) was lost:
  it now reads as the measure before, flagged as its word says;
- a note in a bracket after a prose value (地理标志产品总数达到5个（累计）, 商标注册量达到5000件（年度）) set no
  flag, as the same note in a table row's label or before the value does;
- a count of one in numerals closing its phrase (全县新增驰名商标一件。, 获得中国专利金奖一项。) gave no target, and
  a total after it (新增地理标志商标一件，总数达到九件) then no measure: 总数 was the indicator;
- places listed after a lead-in closed by 分别为 (各县市区发明专利授权量分别为：钟祥市不少于120件，…) took their
  names as indicator, and a place after another in one clause (钟祥市不少于120件、京山市不少于100件) had no
  measure and no region;
- words naming the value as the aim (知识产权质押融资额年度目标为1.2亿元, 有效发明专利拥有量目标值为1500件) stayed
  in the indicator, and 年度 before them set no annual flag;
- certificates counted in 张 (数据知识产权登记证书发放量达到30张) gave no target;
- a rank row of an indicator table whose cells write the place alone (知识产权综合发展指数排名 | 全省第12位 | 前10位 |
  前8位, or 第12位 | 第10位, or 第12 | 第10) kept only a cell naming its scope: the others gave no target;
- a place named alone after a place's count (涪城区新增注册商标不少于150件，游仙区不少于80件) took the measure but
  not how it counts: 游仙区's 80 were no new ones;
- a later name of a list writing its own verb (国家知识产权示范企业达到8家、优势企业达到20家) kept its short name
  (优势企业), where without the verb it took the first's front words (国家知识产权优势企业);
- a change downward (侵权案件发案率较2023年下降2个百分点, 平均办案周期缩短20%, 驳回率降低三成) kept its verb, and
  the comparison base before it, in the indicator and gave no change: it is now a change of minus its value
  (-2 个百分点, increment; 下降10%以上: -10 or less); 压减至 is a ceiling as 压缩至 is;
- a starting level in numerals with a decimal or a multiplier before the change to the level reached
  (由2023年的一点二亿元提高到二亿元, 由二点一件提高到三点五件) was no number: it closed no phrase, and 三点五件 was
  read nowhere; the start then stood in the indicator (知识产权质押融资额由2023年的一点二亿元);
- a share written after a count (高新技术企业发明专利拥有量达到800件，占全县的60%以上; 占比60%) was a target of
  indicator 占全县的 or 占比: it is now the share of that count (…发明专利拥有量占全县比重, flagged share);
- a scope per unit closed by a bracket (每个镇（街道）至少建成1个商标品牌指导站, 每个县（市、区）至少培育1件地理标志)
  was no scope: the words before the count were too long to be a verb's, and the noun after it was lost.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats import TABLE_MARK, to_docx, to_html
from tests.plans import extracted

HEAD = "惠东县知识产权强县建设工作方案\n一、工作目标\n到2025年，"
TASKS = "\n二、重点任务\n（一）强化保护。县市场监管局负责。\n"


def _targets(sentence: str) -> list[tuple[str, str, float | None, str | None, str, list[str]]]:
    doc, _ = extracted(HEAD + sentence + TASKS)
    return [(t.indicator, t.indicator_key, t.value, t.unit, t.comparator, t.flags) for t in doc.targets]


@settings(max_examples=20, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("有效注册商标达到两万件", 2.0, "万件", ">="),
            ("有效注册商标达到十五万件", 15.0, "万件", ">="),
            ("有效注册商标达到一千二百万件", 1200.0, "万件", ">="),
            ("知识产权质押融资额突破一亿元", 1.0, "亿元", ">"),
            ("知识产权质押融资额达到一点五亿元", 1.5, "亿元", ">="),
            ("知识产权质押融资额达到三点二五亿元", 3.25, "亿元", ">="),
            ("知识产权质押融资额达到三千余万元", 3000.0, "万元", ">"),
            ("有效注册商标达到三万余件", 3.0, "万件", ">"),
            ("有效注册商标达到3万余件", 3.0, "万件", ">"),
            ("有效注册商标达到1.2万多件", 1.2, "万件", ">"),
            ("知识产权质押融资额达到2亿余元", 2.0, "亿元", ">"),
        ]
    ),
    close=st.sampled_from(["。", "，发明专利授权量达到500件。"]),
)
def test_a_count_in_numerals_before_a_multiplier_is_read(
    case: tuple[str, float, str, str], close: str
) -> None:
    written, value, unit, comparator = case
    found = _targets(written + close)
    first = found[0]
    assert first[2:5] == (value, unit, comparator)
    assert first[0] in {"有效注册商标", "知识产权质押融资额"}
    assert first[1] in {"有效注册商标量", "知识产权质押融资额"}


@settings(max_examples=12, deadline=None)
@given(
    count=st.sampled_from([("二十余家", 20.0), ("十多家", 10.0), ("三十余家", 30.0)]),
    verb=st.sampled_from(["培育知识产权示范企业", "新增知识产权示范企业"]),
)
def test_more_than_a_round_count_in_numerals_is_read(count: tuple[str, float], verb: str) -> None:
    written, value = count
    found = _targets(verb + written + "。")
    assert [(t[1], t[2], t[3], t[4]) for t in found] == [("知识产权示范企业", value, "家", ">")]


@settings(max_examples=8, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("知识产权从业人员超过二百人", 200.0, ">"),
            ("专利代理师达到二十人", 20.0, ">="),
            ("知识产权从业人员达到三百五十人", 350.0, ">="),
            ("专利代理师不少于十五人", 15.0, ">="),
        ]
    )
)
def test_people_counted_in_numerals_are_read(case: tuple[str, float, str]) -> None:
    written, value, comparator = case
    found = _targets(written + "。")
    assert [(t[2], t[3], t[4]) for t in found] == [(value, "人", comparator)]


@settings(max_examples=8, deadline=None)
@given(
    prize=st.sampled_from(["中国专利奖", "中国专利金奖", "中国外观设计金奖"]),
    verb=st.sampled_from(["获得", "争创", "力争获得"]),
)
def test_a_later_name_of_a_list_never_takes_front_words_across_zhongguo(prize: str, verb: str) -> None:
    found = _targets(f"{verb}{prize}2项以上、省专利奖5项以上。")
    assert [(t[1], t[2]) for t in found] == [(prize, 2.0), ("省专利奖", 5.0)]


@settings(max_examples=8, deadline=None)
@given(
    body=st.sampled_from(["县级财政", "市级财政", "县财政"]),
    verb=st.sampled_from(["投入", "安排"]),
)
def test_a_levelled_finance_body_and_its_verb_leave_the_key(body: str, verb: str) -> None:
    found = _targets(f"{body}每年{verb}知识产权专项资金1000万元以上。")
    assert [(t[0], t[1], t[2], t[3], t[4]) for t in found] == [
        (f"{verb}知识产权专项资金", "知识产权专项资金", 1000.0, "万元", ">=")
    ]
    assert "annual" in found[0][5]


@settings(max_examples=6, deadline=None)
@given(
    share=st.sampled_from(["规上工业企业有效发明专利拥有率", "规上工业企业发明专利拥有率"]),
    change=st.sampled_from(["比2023年提高5个百分点", "较上年提升5个百分点"]),
)
def test_a_change_in_points_of_a_standard_share_takes_the_shares_key(share: str, change: str) -> None:
    found = _targets(f"{share}达到45%，{change}。")
    assert [(t[1], t[2], t[3]) for t in found] == [
        ("拥有有效发明专利的规上工业企业占比", 45.0, "%"),
        ("拥有有效发明专利的规上工业企业占比", 5.0, "个百分点"),
    ]


def _full(sentence: str) -> list[tuple[str, float | None, str, int | None, str]]:
    doc, _ = extracted(HEAD + sentence + TASKS)
    return [(t.indicator_key, t.value, t.kind, t.year, t.quote) for t in doc.targets]


@settings(max_examples=12, deadline=None)
@given(
    peer=st.sampled_from(["全市平均水平为", "全省平均为", "全国平均水平", "全省县域平均值为"]),
    measure=st.sampled_from(
        [("每万人口发明专利拥有量", "件", "2.5", "3.1"), ("发明专利授权量", "件", "500", "420")]
    ),
    close=st.sampled_from(["以上", ""]),
)
def test_a_bracket_naming_the_level_of_the_places_around_is_no_target(
    peer: str, measure: tuple[str, str, str, str], close: str
) -> None:
    key, unit, value, level = measure
    found = _full(f"{key}达到{value}{unit}{close}（{peer}{level}{unit}），商标注册量达到3000件。")
    assert [(k, v, kind) for k, v, kind, _, _ in found] == [
        (key, float(value), "target"),
        ("有效注册商标量", 3000.0, "target"),
    ]


@settings(max_examples=10, deadline=None)
@given(
    when=st.sampled_from(
        [("上年为", 2024), ("去年为", 2024), ("目前为", None), ("现有", None), ("当前", None)]
    ),
)
def test_a_bracket_naming_the_level_of_last_year_or_now_is_a_baseline(when: tuple[str, int | None]) -> None:
    words, year = when
    found = _full(f"发明专利授权量达到500件（{words}420件）。")
    assert [(k, v, kind, y) for k, v, kind, y, _ in found] == [
        ("发明专利授权量", 500.0, "target", 2025),
        ("发明专利授权量", 420.0, "baseline", year),
    ]


@settings(max_examples=10, deadline=None)
@given(
    order=st.sampled_from(
        [("力争达到", "确保", "stretch", "assured"), ("确保", "力争", "assured", "stretch")]
    ),
    joiner=st.sampled_from(["，", "、"]),
    measure=st.sampled_from(
        [("发明专利授权量", "300件", "250件"), ("知识产权质押融资额", "1.5亿元", "1亿元")]
    ),
)
def test_a_second_level_after_a_word_of_promise_alone_is_the_same_measures(
    order: tuple[str, str, str, str], joiner: str, measure: tuple[str, str, str]
) -> None:
    first_word, second_word, first_flag, second_flag = order
    key, high, low = measure
    doc, _ = extracted(HEAD + f"{key}{first_word}{high}{joiner}{second_word}{low}。" + TASKS)
    found = [(t.indicator_key, t.value_text, t.flags) for t in doc.targets]
    assert [(k, v) for k, v, _ in found] == [
        (key, high[:-1] if high[-1] == "件" else high[:-2]),
        (key, low[:-1] if low[-1] == "件" else low[:-2]),
    ]
    assert first_flag in found[0][2]
    assert second_flag in found[1][2]


@settings(max_examples=12, deadline=None)
@given(
    note=st.sampled_from(
        [("累计", "cumulative"), ("年度", "annual"), ("全年", "annual"), ("新增", "increment")]
    ),
    measure=st.sampled_from([("地理标志产品总数达到", "5个"), ("商标注册量达到", "5000件")]),
)
def test_a_note_in_a_bracket_after_a_prose_value_is_a_flag(
    note: tuple[str, str], measure: tuple[str, str]
) -> None:
    written, flag = note
    words, value = measure
    doc, _ = extracted(HEAD + f"{words}{value}（{written}）。" + TASKS)
    assert len(doc.targets) == 1
    assert flag in doc.targets[0].flags
    assert doc.targets[0].quote == words + value


@settings(max_examples=12, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("全县新增驰名商标一件。", "驰名商标", "件"),
            ("获得中国专利金奖一项。", "中国专利金奖", "项"),
            ("新增国家知识产权示范企业一家，", "国家知识产权示范企业", "家"),
            ("建成知识产权保护工作站一个以上。", "知识产权保护工作站", "个"),
        ]
    )
)
def test_a_count_of_one_closing_its_phrase_is_read(case: tuple[str, str, str]) -> None:
    sentence, key, unit = case
    sentence += "商标注册量达到3000件。" if sentence.endswith("，") else ""
    found = _targets(sentence)
    assert (key, 1.0, unit) in [(t[1], t[2], t[3]) for t in found]
    # 一 opening a noun, a vague count or how often work is done names none
    for none in [
        "实行一件一策。",
        "培育一批示范企业。",
        "每个乡镇至少培育一个区域公用品牌。",
        "每年召开一次联席会议。",
    ]:
        assert len(_targets(sentence + none)) == len(found)


def test_a_total_after_a_count_of_one_names_what_the_count_counts() -> None:
    found = _targets("新增地理标志商标一件，总数达到九件。")
    assert [(t[1], t[2]) for t in found] == [("地理标志商标注册量", 1.0), ("地理标志商标注册量", 9.0)]


JINGMEN = "荆门市2024年知识产权工作要点\n一、工作目标\n"


@settings(max_examples=12, deadline=None)
@given(
    closing=st.sampled_from(["分别为", "目标分别为", "目标", ""]),
    joiner=st.sampled_from(["、", "，"]),
    comparator=st.sampled_from(["不少于", ""]),
)
def test_places_listed_after_a_lead_in_each_take_its_measure(
    closing: str, joiner: str, comparator: str
) -> None:
    text = (
        JINGMEN + f"1.各县市区发明专利授权量{closing}：钟祥市{comparator}120件{joiner}京山市{comparator}100件"
        f"{joiner}沙洋县{comparator}60件。\n" + TASKS
    )
    doc, _ = extracted(text)
    found = [(t.indicator, t.value, t.region_name) for t in doc.targets]
    assert found == [
        ("发明专利授权量", 120.0, "钟祥市"),
        ("发明专利授权量", 100.0, "京山市"),
        ("发明专利授权量", 60.0, "沙洋县"),
    ]


@settings(max_examples=10, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("知识产权质押融资额年度目标为1.2亿元", "知识产权质押融资额", ["annual"]),
            ("有效发明专利拥有量目标值为1500件", "有效发明专利拥有量", []),
            ("商标注册量预期目标5000件以上", "商标注册量", []),
            ("有效发明专利拥有量目标任务1500件", "有效发明专利拥有量", []),
        ]
    )
)
def test_words_naming_the_value_as_the_aim_leave_the_indicator(case: tuple[str, str, list[str]]) -> None:
    sentence, indicator, flags = case
    doc, _ = extracted(HEAD + sentence + "。" + TASKS)
    assert [(t.indicator, t.flags) for t in doc.targets] == [(indicator, flags)]


def test_certificates_are_counted_in_zhang() -> None:
    found = _targets("数据知识产权登记证书发放量达到30张。")
    assert [(t[2], t[3], t[4]) for t in found] == [(30.0, "张", ">=")]


@settings(max_examples=12, deadline=None)
@given(
    cells=st.sampled_from(
        [
            (["全省第12位", "前10位", "前8位", "前5位"], "<="),
            (["第12位", "第10位", "第8位", "第5位"], "="),
            (["第12", "第10", "第8", "第5"], "="),
            (["第十二名", "前十名", "前八名", "前五名"], "<="),
        ]
    ),
    fmt=st.sampled_from(["docx", "html"]),
)
def test_a_rank_cell_naming_the_place_alone_is_a_rank(cells: tuple[list[str], str], fmt: str) -> None:
    written, comparator = cells
    rows = [
        ["指标", "2023年", "2024年", "2025年", "2026年"],
        ["知识产权综合发展指数排名", *written],
        ["地理标志商标（件）", "12", "13", "14", "15"],
    ]
    paragraphs = ["南安市知识产权强市建设三年行动方案（2024—2026年）", "一、主要目标", TABLE_MARK]
    paragraphs += ["二、重点任务", "（一）加强高价值专利培育。市市场监管局牵头。"]
    data = (
        to_docx(paragraphs, rows)
        if fmt == "docx"
        else to_html([p for p in paragraphs if p != TABLE_MARK], rows)
    )
    doc, _ = extracted(data, "plan." + fmt)
    ranks = [t for t in doc.targets if t.standing == "rank"]
    assert [(t.value, t.year, t.kind) for t in ranks] == [
        (12.0, 2023, "baseline"),
        (10.0, 2024, "target"),
        (8.0, 2025, "target"),
        (5.0, 2026, "target"),
    ]
    assert [t.comparator for t in ranks[1:]] == [comparator] * 3
    assert ranks[-1].reference_region_id == "350500"  # 泉州市, the prefecture of 南安市


MIANYANG = "绵阳市2024年知识产权工作要点\n一、工作目标\n"


@settings(max_examples=12, deadline=None)
@given(
    counted=st.sampled_from([("新增", "increment"), ("累计", "cumulative")]),
    second=st.sampled_from(["不少于80件", "80件", "达到80件"]),
    joiner=st.sampled_from(["，", "；"]),
)
def test_a_place_named_alone_after_a_places_count_counts_as_it_does(
    counted: tuple[str, str], second: str, joiner: str
) -> None:
    word, flag = counted
    text = MIANYANG + f"1.涪城区{word}注册商标不少于150件{joiner}游仙区{second}。\n" + TASKS
    doc, _ = extracted(text)
    found = [(t.region_name, t.value, t.flags) for t in doc.targets]
    assert [(r, v) for r, v, _ in found] == [("涪城区", 150.0), ("游仙区", 80.0)]
    assert flag in found[1][2]


@settings(max_examples=10, deadline=None)
@given(
    verb=st.sampled_from(["达到", "新增", "不少于"]),
    level=st.sampled_from(["国家知识产权", "省级知识产权", "市级知识产权"]),
)
def test_a_later_name_with_its_own_verb_leaves_off_the_firsts_front_words(verb: str, level: str) -> None:
    found = _targets(f"{level}示范企业{verb}8家、优势企业{verb}20家。")
    assert [t[0] for t in found] == [f"{level}示范企业", f"{level}优势企业"]


@settings(max_examples=16, deadline=None)
@given(
    case=st.sampled_from(
        [
            (
                "侵权案件发案率较2023年下降2个百分点",
                "侵权案件发案率",
                -2.0,
                None,
                "个百分点",
                "=",
                "increment",
            ),
            ("商标侵权案件平均办案周期缩短20%", "商标侵权案件平均办案周期", -20.0, None, "%", "=", "growth"),
            ("知识产权侵权案件数量下降10%以上", "知识产权侵权案件数量", -10.0, None, "%", "<=", "growth"),
            ("商标注册申请驳回率降低三成", "商标注册申请驳回率", -30.0, None, "%", "=", "growth"),
            ("侵权案件发案率下降10%—20%", "侵权案件发案率", -20.0, -10.0, "%", "range", "growth"),
            ("专利侵权纠纷平均处理周期压减30%", "专利侵权纠纷平均处理周期", -30.0, None, "%", "=", "growth"),
        ]
    )
)
def test_a_change_downward_is_a_change_of_minus_its_value(
    case: tuple[str, str, float, float | None, str, str, str],
) -> None:
    sentence, indicator, value, value_max, unit, comparator, flag = case
    doc, _ = extracted(HEAD + sentence + "。" + TASKS)
    assert [(t.indicator, t.value, t.value_max, t.unit, t.comparator) for t in doc.targets] == [
        (indicator, value, value_max, unit, comparator)
    ]
    assert flag in doc.targets[0].flags


def test_a_level_cut_to_with_yajian_is_a_ceiling() -> None:
    doc, _ = extracted(HEAD + "专利审查周期压减至12个月。" + TASKS)
    assert [(t.indicator, t.value, t.unit, t.comparator) for t in doc.targets] == [
        ("专利审查周期", 12.0, "月", "<=")
    ]


@settings(max_examples=10, deadline=None)
@given(
    case=st.sampled_from(
        [
            ("知识产权质押融资额由2023年的一点二亿元提高到二亿元", "知识产权质押融资额", 1.2, 2.0, "亿元"),
            ("每万人口发明专利拥有量由二点一件提高到三点五件", "每万人口发明专利拥有量", 2.1, 3.5, "件"),
            ("有效注册商标由一万件增加到一点五万件", "有效注册商标", 1.0, 1.5, "万件"),
        ]
    )
)
def test_a_starting_level_in_numerals_with_a_decimal_or_multiplier_is_read(
    case: tuple[str, str, float, float, str],
) -> None:
    sentence, indicator, start, end, unit = case
    doc, _ = extracted(HEAD + sentence + "。" + TASKS)
    assert [(t.indicator, t.value, t.unit, t.kind) for t in doc.targets] == [
        (indicator, start, unit, "baseline"),
        (indicator, end, unit, "target"),
    ]


@settings(max_examples=12, deadline=None)
@given(
    share=st.sampled_from(
        [
            ("占比", "占比"),
            ("占全县的", "占全县比重"),
            ("占全县总量的", "占全县总量比重"),
            ("占全县发明专利拥有量的比重达到", "占全县发明专利拥有量的比重"),
        ]
    ),
    close=st.sampled_from(["以上", ""]),
)
def test_a_share_written_after_a_count_is_the_share_of_that_count(share: tuple[str, str], close: str) -> None:
    written, name = share
    found = _targets(f"高新技术企业发明专利拥有量达到800件，{written}60%{close}。")
    assert [(t[0], t[2], t[3]) for t in found] == [
        ("高新技术企业发明专利拥有量", 800.0, "件"),
        ("高新技术企业发明专利拥有量" + name, 60.0, "%"),
    ]
    assert "share" in found[1][5]


@settings(max_examples=8, deadline=None)
@given(
    scope=st.sampled_from(["每个镇（街道）", "各镇（街道）", "每个县（市、区）", "每个乡（镇）"]),
    verb=st.sampled_from(["至少建成", "建成"]),
)
def test_a_unit_scope_closed_by_a_bracket_reads_the_noun_after_the_count(scope: str, verb: str) -> None:
    found = _targets(f"{scope}{verb}1个商标品牌指导站。")
    assert len(found) == 1
    assert found[0][0] == f"{scope}{verb}商标品牌指导站"
    assert found[0][1].endswith("商标品牌指导站")
    assert found[0][2] == 1.0
