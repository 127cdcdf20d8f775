"""Target wording and units (ontology/data/targets.yaml), validated on load."""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from ontology.vocab import DATA_DIR, _check_regexes, _read_yaml, _Strict, _validate, agency_vocabulary
from policykg.errors import DataFileError

Comparator = Literal[">=", ">", "=", "<=", "<", "~", "range"]
# change: growth when the unit is a percentage, increment otherwise (resolved once the unit is known);
# relative: the value is a multiple of a base level (翻一番, 达到2022年的2倍)
#: decrease: a change downward (下降10%), read as a change (growth, increment) of minus the value.
Flag = Literal["cumulative", "increment", "growth", "annual", "change", "relative", "decrease"]
TableFlag = Literal["binding", "expected"]
#: How firmly a prose target is promised: stretch (力争, 争取: striven for), assured (确保: a floor kept).
CommitmentFlag = Literal["stretch", "assured"]
#: What a measure per unit is per: per_capita per person (每万人口), per_gdp per amount of output (每亿元GDP),
#: per_firm per firms or market entities (每万户市场主体, 每万家企业)
PerFlag = Literal["per_capita", "per_gdp", "per_firm"]


class Unit(_Strict):
    unit: str
    base: str
    factor: float = Field(gt=0)
    classifier: str | None = Field(default=None, description="A measure word before the unit: 3个月")
    bare: bool = Field(default=True, description="False: the unit counts only after its classifier")


class Multiplier(_Strict):
    text: str = Field(min_length=1)
    factor: float = Field(gt=0)


class ComparatorWord(_Strict):
    text: str = Field(min_length=1)
    comparator: Comparator
    after_units: tuple[str, ...] = Field(default=(), description="Only after these units (comparators_after)")
    after_measure: bool = Field(
        default=False,
        description="Only right before the number and after a measure's noun (金额确保完成1.2亿元: "
        "measure_ends, adverbs between): elsewhere the word names the work counted (完成20家企业贯标, "
        "项目完成2项)",
    )


class PerScope(_Strict):
    """What opens the indicator of a measure per unit (每万人口, 每亿元GDP, 万企) and the flag it gives."""

    pattern: str = Field(min_length=1)
    flag: PerFlag


class FlagWord(_Strict):
    text: str = Field(min_length=1)
    flag: Flag
    #: Further flags the word sets (年均增长: a change, stated for each year).
    also: tuple[Flag, ...] = ()
    #: The word closes an indicator only right after a measure's noun (measure_ends: 质押融资额|年增速), its
    #: first character being another word's last elsewhere (每年|增速, 2025年|增长率).
    after_measure: bool = False

    @property
    def flags(self) -> tuple[Flag, ...]:
        return (self.flag, *self.also)


class CommitmentWord(_Strict):
    """A word saying how firmly a prose target is promised: stretch (力争: striven for) or assured (确保)."""

    text: str = Field(min_length=1)
    flag: CommitmentFlag


class KeyRewrite(_Strict):
    """A word of a comparable key and what it is written as (总额 → 额, 规模以上 → 规上)."""

    text: str = Field(min_length=1)
    to: str
    #: Words the rest of a key may end in that keep the tail (培训人数: the people trained, never 培训).
    kept_after: tuple[str, ...] = ()


class WordValue(_Strict):
    """A quantity written in words (翻一番 → 2倍, 实现零的突破 → at least 1)."""

    pattern: str = Field(min_length=1)
    value: float
    unit: str | None = None
    comparator: Comparator = "="
    flags: tuple[Flag, ...] = ()
    #: The measure the words state of what they follow (全覆盖 → 覆盖率): the indicator is that noun phrase
    #: with this word added (重点产业 → 重点产业覆盖率).
    measure: str | None = None
    #: The words also say how work is done (推动宣传全覆盖): in a task's own text they are a target only when
    #: a year or a deadline dates them there; in a goal always.
    manner: bool = False


class ShareWord(_Strict):
    """A share written in words: its base before a count in Chinese numerals (百分之三十 → 30%, 千分之三 →
    3‰) or the word of its tenths after one (三成 → 30%)."""

    text: str = Field(min_length=1)
    unit: str
    factor: float = Field(default=1, gt=0)
    #: The word follows the count (三成) rather than opening it (百分之三十).
    after: bool = False


class YearTables(_Strict):
    """Header words of indicator tables whose value columns are years or base/target values."""

    indicator_headers: tuple[str, ...] = Field(min_length=1)
    unit_headers: tuple[str, ...] = Field(min_length=1)
    attribute_headers: tuple[str, ...]
    attributes: dict[str, TableFlag]
    target_words: tuple[str, ...] = Field(min_length=1)
    baseline_words: tuple[str, ...] = Field(min_length=1)
    skip_headers: tuple[str, ...]
    growth_words: tuple[str, ...] = ()
    annual_words: tuple[str, ...] = ()
    cumulative_words: tuple[str, ...] = ()
    #: Headers, whole, of a column naming each row's year (年度 | 2024年): the year of the row's targets.
    row_year_headers: tuple[str, ...] = ()
    #: What a task table's column headed by one year holds, after the year (2026年目标, 2027年任务): each
    #: row's work for that year.
    work_year_words: tuple[str, ...] = ()
    #: Words of a goal pointing at the indicators table it introduces (各项指标按年度推进（见表1）, 主要指标
    #: 如下：): the goal the table's targets set out.
    goal_pointers: tuple[str, ...] = ()
    #: Marks opening a row's label that single the indicator out (▲有效发明专利拥有量, ★…: a key or binding
    #: indicator by the legend under the table), read as a star (*) is: the target flagged starred.
    row_marks: tuple[str, ...] = ()
    #: A caption's scope of places (各镇（街道）) and the words closing it (目标分解表, 目标) around the one
    #: measure of a table whose rows are places (表1 2024年各镇（街道）发明专利授权量目标): that measure of
    #: each place.
    caption_scopes: tuple[str, ...] = ()
    caption_closings: tuple[str, ...] = ()
    #: Words of a caption naming its table a record of figures reached (2024年度…统计表, …完成情况表): with
    #: only years before the plan's in the caption, its cells are results, no targets.
    record_captions: tuple[str, ...] = ()
    #: Words of a caption saying its table sets work or targets (目标, 任务, 计划): a caption of past years
    #: without them or a record word is a record too (2024年各镇知识产权主要指标).
    forward_captions: tuple[str, ...] = ()
    #: Headers, whole, of a column naming the places of a table whose rows are places (县（区）, 地区):
    #: regular expressions.
    place_headers: tuple[str, ...] = ()
    #: Brackets, each its opening and its closing mark, around a value cell that is a total over the
    #: plan's years (〔12〕 under 注：〔〕内为五年累计数, as the national 十四五 indicator tables write it):
    #: cumulative.
    cumulative_brackets: tuple[str, ...] = ()
    #: Labels opening a note under a table (注：, 备注：): the note says how its cells read, and is no goal.
    note_labels: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _checks(self) -> YearTables:
        _check_regexes(self.caption_scopes)
        _check_regexes(self.place_headers)
        for pair in self.cumulative_brackets:
            if len(pair) != 2:
                raise ValueError(f"the cumulative bracket {pair!r} must be its opening and closing mark")
        for pattern in self.caption_scopes:
            if re.fullmatch(pattern, ""):
                raise ValueError(f"the caption scope {pattern!r} matches the empty string")
        closings = self.caption_closings
        for earlier, later in ((a, b) for i, a in enumerate(closings) for b in closings[i + 1 :]):
            if later.endswith(earlier):
                raise ValueError(
                    f"the caption closing {later!r} must come before {earlier!r} (longest first)"
                )
        return self


class HandledRates(_Strict):
    """Rates of handling things counted before them (结案率 after 查处侵权案件不少于30件): a bare one measures
    the things that count names (侵权案件结案率)."""

    rates: tuple[str, ...] = Field(min_length=1)
    things: tuple[str, ...] = Field(min_length=1)
    verbs: tuple[str, ...] = ()


class StandingScope(_Strict):
    text: str = Field(min_length=1)
    level: Literal["国", "省", "市", "州", "盟", "区", "县", "旗"] | None = Field(
        default=None,
        description="The level of the plan's region it names (国: the country; 州, 盟: the prefecture only)",
    )


class Standings(_Strict):
    """Targets placed against an average or among peers (高于全市平均水平, 保持全市前三位)."""

    scopes: tuple[StandingScope, ...] = Field(min_length=1)
    peers: str
    averages: tuple[str, ...] = Field(min_length=1)
    average_comparators: tuple[ComparatorWord, ...] = Field(min_length=1)
    rank_verbs: tuple[str, ...] = Field(min_length=1)
    #: Verbs before a rank only with its scope written (走在全省前列; 走在前列 alone is a slogan).
    scoped_rank_verbs: tuple[str, ...] = ()
    rank_at_most: str
    rank_exactly: str
    rank_first: tuple[str, ...] = Field(min_length=1)
    rank_top: tuple[str, ...] = Field(min_length=1)
    unscoped_top: tuple[str, ...] = ()
    scope_frames: tuple[str, ...] = ()
    #: Rank nouns written as the verb (综合排名全省第五) and the words before them that name no measure
    #: (综合, 总体): the noun stays in the indicator after those (综合排名).
    rank_nouns: tuple[str, ...] = ()
    rank_modifiers: tuple[str, ...] = ()
    #: The last words of a region's name written as a rank's scope after a rank verb (排名泉州市前三,
    #: 位居福建省前列): that region is the one measured against.
    named_scope_ends: tuple[str, ...] = ()
    #: A rank moving up by a number of places (排名较上年前移2位, 排名进位3个以上, 位次提升2个位次): the
    #: nouns of the rank, the words of the base it moves from and the verbs of moving up.
    move_nouns: tuple[str, ...] = ()
    move_bases: tuple[str, ...] = ()
    move_verbs: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _checks(self) -> Standings:
        _check_regexes((self.peers, self.rank_at_most, self.rank_exactly))
        if not set(self.unscoped_top) <= set(self.rank_top):
            raise ValueError("unscoped_top must be a subset of rank_top")
        for frame in self.scope_frames:
            if "{scope}" not in frame:
                raise ValueError(f"the scope frame {frame!r} needs {{scope}}")
            _check_regexes((frame.replace("{scope}", "全省").replace("{peers}", self.peers),))
        for pattern in (self.rank_at_most, self.rank_exactly):
            if "n" not in re.compile(pattern).groupindex:
                raise ValueError(f"the rank pattern {pattern!r} needs a group named n (the rank)")
        if re.fullmatch(self.peers, "") is None:
            raise ValueError("peers must also match nothing (it is optional between scope and reference)")
        return self


class TargetVocabulary(_Strict):
    version: int
    units: tuple[Unit, ...]
    multipliers: tuple[Multiplier, ...]
    word_values: tuple[WordValue, ...] = ()
    word_value_directives: tuple[str, ...] = ()
    #: Verbs by which a plan parts its own work into a count of tasks (将重点工作分解为14项任务): the count
    #: after one is no target.
    work_parting_verbs: tuple[str, ...] = ()
    #: Units a count written in Chinese numerals may take (新增地理标志证明商标两件, 不少于三十家).
    numeral_units: tuple[str, ...] = ()
    #: Numeral units a count of one (一) may take where it closes its phrase (新增驰名商标一件。); 一批 is
    #: vague.
    single_units: tuple[str, ...] = ()
    #: Shares written in words (百分之三十, 千分之三, 三成), read as the share written with its sign is.
    share_words: tuple[ShareWord, ...] = ()
    relative_units: tuple[str, ...] = ()
    relative_bases: tuple[str, ...] = ()
    #: Words of a comparison base that is the year before the target's (较上年, 同比, 达到上年的1.5倍): the
    #: target's base year is its year less one.
    previous_year_bases: tuple[str, ...] = ()
    dates: tuple[str, ...]
    standard_codes: tuple[str, ...] = ()
    comparators_before: tuple[ComparatorWord, ...]
    comparators_after: tuple[ComparatorWord, ...]
    #: Words making a target approximate (~) before its number or before the comparator word before it
    #: (约2000件, 达到约2000件, 约为1.2万件), and the characters before a word's 约 that make it none
    #: (签约, 预约).
    approximate_words: tuple[str, ...] = ()
    approximate_not_after: str = ""
    flag_words: tuple[FlagWord, ...]
    #: Words of a rate of change closing the indicator of a percentage (专利授权量年均增速10%): taken off,
    #: their flags set (growth, annual), as 年均增长10% writes it.
    rate_words: tuple[FlagWord, ...] = ()
    lead_words: tuple[str, ...]
    adverbs: tuple[str, ...]
    #: Words naming the value as the plan's aim, closing the words before it (融资额年度目标为1.2亿元):
    #: taken off the end only.
    aim_words: tuple[str, ...] = ()
    #: The last of these before a prose target's value in its sentence (or in a lead-in ending with a colon
    #: above its paragraph) flags how firmly it is promised (policykg/extract/target_commitment.py).
    commitment_words: tuple[CommitmentWord, ...] = ()
    #: Characters before a commitment word that make it a purpose (为确保…, 以确保…): no commitment.
    commitment_not_after: str = ""
    periods: tuple[str, ...]
    #: Spans of the plan's whole period (三年, 示范期内): a total over one counts to the plan's end year.
    plan_spans: tuple[str, ...] = ()
    #: Verbs of work done a number of times (完成, 培育, 举办): one right after a span of the plan's whole
    #: period opening a count (三年内完成专利导航项目6项) makes the count a total over it (cumulative).
    span_total_verbs: tuple[str, ...] = ()
    #: A year of the plan counted from its first (第二年新增3件, 首年): the group ``n`` its number, none for
    #: the first.
    plan_years: tuple[str, ...] = ()
    #: Words dating a target within the year the plan is issued (年内, 今年): in a plan running past that
    #: year, that year's target, counted once.
    issue_year_words: tuple[str, ...] = ()
    comparisons: tuple[str, ...]
    baseline_openers: tuple[str, ...]
    #: The level of a comparison base written just before its number (较2020年的150件增长50%).
    base_levels: tuple[str, ...] = ()
    subject_ends: tuple[str, ...]
    #: How a measure moves after it in a clause with no number (…企业数量稳步增长): the words before one are
    #: the clause's subject, the measure of a place's count named alone after it (涪城区累计达到50家).
    trend_words: tuple[str, ...] = ()
    #: Terms a list's later names never take a part of (地理标志商标、驰名商标: 驰名商标, not 地理驰名商标).
    whole_terms: tuple[str, ...] = ()
    context_openers: tuple[str, ...] = ()
    #: Context openers whose scope, when no field (qualifier_ends) closes it, is still no part of what is
    #: counted before the work's verb (依托…服务中心培育专利导航服务基地): taken off the indicator, kept
    #: nowhere.
    scope_openers: tuple[str, ...] = ()
    #: The whole place a scope opener may name before a count of the scope (面向全省21个地级以上市,
    #: 立足全市12个产业园区): with it, the count is still the scope's size, no target.
    scope_places: tuple[str, ...] = ()
    subject_agency_categories: tuple[str, ...]
    subject_agency_places: tuple[str, ...]
    subject_agency_tails: tuple[str, ...] = ()
    #: Kinds of body that, opening an indicator before a flag word of how it counts (每年, 新增, 累计), are
    #: the subject doing the counted work, not part of it (推动银行机构每年新增…企业 → 知识产权质押贷款企业).
    subject_kinds: tuple[str, ...] = ()
    #: Words of a count recurring each year that, standing inside an indicator between what does the
    #: work and its verb (知识产权质押融资年均惠及企业, 专利保险每年服务企业), flag it annual as they do
    #: before or after it, and leave its words (知识产权质押融资惠及企业).
    recurring_inside: tuple[str, ...] = ()
    #: Modals after such an agency, removed with it (区财政局要每年安排…).
    subject_agency_modals: tuple[str, ...] = ()
    #: A clause opened by one of these names parts of the total before it (…1000件，其中发明专利80件) …
    part_openers: tuple[str, ...] = ()
    part_qualifiers: tuple[str, ...] = ()
    #: Words opening a bracket that holds a part of the total before it when a number follows inside
    #: (新增注册商标3000件（含地理标志商标1件以上）), as 其中 does.
    bracket_part_openers: tuple[str, ...] = ()
    #: A part naming who counts in the total and the verb of its measure (其中企业申请12件 of PCT专利申请量):
    #: the words who ends in (企业, 高校); the part is the total narrowed to them (企业PCT专利申请量).
    part_subjects: tuple[str, ...] = ()
    #: Words of a right (专利, 商标, 地理标志): names listed before one closing the last name share it and the
    #: words after it (马铃薯、中药材地理标志商标 → 马铃薯地理标志商标).
    right_words: tuple[str, ...] = ()
    #: Endings of a town's or a street's name (镇, 乡, 街道), places the gazetteer of counties does not hold:
    #: a list of them before a measure (鳌江镇、萧江镇有效发明专利拥有量分别…) shares it, as counties do.
    local_place_suffixes: tuple[str, ...] = ()
    #: Verbs of reaching a state (实现): taken out of the words a measured word value measures.
    reach_verbs: tuple[str, ...] = ()
    #: Words that alone name the whole of what the clause before counted (地理标志商标新增2件，总数达到6件):
    #: the indicator is that one's with the word after it (地理标志商标总数).
    aggregate_words: tuple[str, ...] = ()
    #: Deadlines written without a year (年底前, 6月底前, 年内): they date a word value that may say how work
    #: is done (a manner word value) as a year does.
    manner_deadlines: tuple[str, ...] = ()
    #: … each measured as the total is: the total's words after the noun they share, when they end in one of
    #: these measure words (授权量, 拥有量, 申请量 …), go on the part's indicator (发明专利授权量). A bare
    #: measure (融资额) takes the noun the clause before ends in (推进知识产权质押融资) …
    measure_ends: tuple[str, ...] = ()
    #: … with these verbs and adverbs opening that clause taken off (加快推进专利转化 → 专利转化), as
    #: key_verbs, lead_words and flag words are.
    measure_verbs: tuple[str, ...] = ()
    #: Verbs of having others do the counted work (组织, 引导), taken off the phrase's front when who does it
    #: (part_subjects: 企业, 高校) follows within a few characters (组织企业开展…认证30家).
    causative_verbs: tuple[str, ...] = ()
    key_verbs: tuple[str, ...]
    #: Key verbs of setting up that may follow what they set up (…指导站建成): taken off the key's end.
    key_verbs_after: tuple[str, ...] = ()
    #: Words closing a key (数, 总量, 金额 …) and what they are written as; longest first.
    key_tails: tuple[KeyRewrite, ...] = ()
    #: Endings a key keeps (指数: an index, no count).
    key_tail_keeps: tuple[str, ...] = ()
    #: Verbs of how rights are counted (授权, 申请): a key closing in one is written with 量.
    key_count_verbs: tuple[str, ...] = ()
    #: Spellings of one word inside a key, written as the second (规模以上 → 规上).
    key_synonyms: tuple[KeyRewrite, ...] = ()
    #: Verbs of putting a fund into a budget (将知识产权专项资金纳入年度预算) and the budget's words: a bare
    #: amount after is that fund's.
    budget_verbs: tuple[str, ...] = ()
    budget_words: tuple[str, ...] = ()
    #: Measures counted over a year with 年 inside them (发明专利年授权量): keyed without 年, flagged annual.
    yearly_measures: tuple[str, ...] = ()
    #: Other words of one year that may stand for that 年 (质押融资年度登记金额, 专利全年授权量): the same
    #: measures.
    yearly_words: tuple[str, ...] = ()
    #: A place or level of the plan's own work opening a key (在区级层面…): taken off.
    key_scopes: tuple[str, ...] = ()
    #: A count for each unit written with 各 before its verb (每个乡镇各…): not counted in the length of the
    #: words before a count that takes the noun after it (每个乡镇各建成1个知识产权工作站).
    each_scopes: tuple[str, ...] = ()
    #: A scope per unit opening a key (每个乡镇): kept, with 各 and the key verbs after it taken off.
    key_unit_scopes: tuple[str, ...] = ()
    #: A site opening a phrase before a verb of setting things up (在家具产业集群建设…工作站3个): where the
    #: counted things stand, no part of the indicator; taken off its front, the verb kept.
    site_openers: tuple[str, ...] = ()
    #: Verbs whose object a bare increment in the clause after counts (培育驰名商标，力争新增1件).
    added_verbs: tuple[str, ...] = ()
    #: Verbs after which a count in Chinese numerals may open its noun (新建三个工作站), with added_verbs.
    numeral_verbs: tuple[str, ...] = ()
    #: Bound words before a count in Chinese numerals after which it may open its noun (不少于五家企业), as
    #: it may before a comparator word after its unit (五家以上企业).
    numeral_bounds: tuple[str, ...] = ()
    #: Words naming whom the work serves before a count in Chinese numerals (为二十家企业提供…,
    #: 帮助三十家企业, 指导五家企业): the count opens its noun, those served; a word the characters before
    #: make another one (作为一项, 成为两个) none.
    numeral_served: tuple[str, ...] = ()
    numeral_served_not_after: tuple[str, ...] = ()
    #: Words naming a part of the document by its number (表2, 附件1): the number is no quantity; a character
    #: before one (reference_not_after: 发表, 代表) makes it another word.
    reference_words: tuple[str, ...] = ()
    reference_not_after: tuple[str, ...] = ()
    #: Words of an act that close a noun (专利开放许可, 知识产权质押): a bare one counted (实现许可50次)
    #: counts the noun the clause before closes with it (推进专利开放许可试点 → 专利开放许可).
    act_nouns: tuple[str, ...] = ()
    #: Rates of handling (结案率) that, bare after a count of cases (查处侵权案件30件), measure those cases.
    handled_rates: HandledRates | None = None
    #: Rates of how well things counted before them were served (满意度 after 开展公共服务200次), read as
    #: handled_rates are (知识产权公共服务满意度).
    served_rates: HandledRates | None = None
    #: Rates of coverage or use (覆盖率 after 地理标志专用标志使用企业增加5家), read as handled_rates are.
    covered_rates: HandledRates | None = None
    #: Endings of the field or industry a target is limited to (陶瓷领域): taken off a key before a standard
    #: indicator, kept as the target's qualifier.
    qualifier_ends: tuple[str, ...] = ()
    #: Endings of who a target is limited to (高新技术企业, 高校和科研院所), kept as its qualifier as a
    #: field is.
    qualifier_holders: tuple[str, ...] = ()
    #: A measure per unit: matched at the indicator's start, the first that matches gives its flag.
    per_scopes: tuple[PerScope, ...] = ()
    non_additive: tuple[str, ...]
    criteria: tuple[str, ...]
    #: Sentence openers naming who may apply for a grant: the sentence states conditions, no targets.
    eligibility: tuple[str, ...] = ()
    total_headers: tuple[str, ...]
    #: A row naming the places a table does not list one by one (其他乡镇): read as a town's row is.
    residual_places: tuple[str, ...] = ()
    year_tables: YearTables
    standings: Standings

    @model_validator(mode="after")
    def _checks(self) -> TargetVocabulary:
        word_patterns = tuple(w.pattern for w in self.word_values)
        for patterns in (
            self.criteria,
            self.eligibility,
            self.dates,
            self.standard_codes,
            self.periods,
            self.plan_spans,
            self.plan_years,
            self.issue_year_words,
            self.comparisons,
            self.baseline_openers,
            self.base_levels,
            word_patterns,
            self.relative_bases,
            self.part_qualifiers,
            self.manner_deadlines,
            self.key_scopes,
            self.each_scopes,
            self.key_unit_scopes,
            self.site_openers,
            self.trend_words,
            self.residual_places,
            tuple(p.pattern for p in self.per_scopes),
        ):
            _check_regexes(patterns)
        tails = [t.text for t in self.key_tails]
        for earlier, later in ((a, b) for i, a in enumerate(tails) for b in tails[i + 1 :]):
            if later.endswith(earlier):
                raise ValueError(f"the key tail {later!r} must come before {earlier!r} (longest first)")
        for yearly in self.yearly_measures:
            if not yearly.startswith("年") or len(yearly) < 3:
                raise ValueError(f"the yearly measure {yearly!r} must be 年 and a measure (年授权量)")
        for year_word in self.yearly_words:
            if "年" not in year_word or len(year_word) < 2:
                raise ValueError(f"the yearly word {year_word!r} must hold 年 (年度, 全年)")
        for pattern in (
            *self.standard_codes,
            *self.periods,
            *self.plan_spans,
            *self.plan_years,
            *self.issue_year_words,
            *self.comparisons,
            *self.baseline_openers,
            *self.base_levels,
            *word_patterns,
            *self.relative_bases,
            *self.key_scopes,
            *self.each_scopes,
            *self.key_unit_scopes,
            *self.site_openers,
            *self.trend_words,
            *(p.pattern for p in self.per_scopes),
        ):
            if re.fullmatch(pattern, ""):
                raise ValueError(f"the pattern {pattern!r} matches the empty string")
        for pattern in self.baseline_openers:
            groups = re.compile(pattern).groupindex
            if set(groups) - {"year"}:
                raise ValueError(f"baseline opener {pattern!r}: the only named group allowed is year")
        seen: set[str] = set()
        for u in self.units:
            if u.unit in seen:
                raise ValueError(f"the unit {u.unit!r} is listed twice")
            seen.add(u.unit)
            if not u.bare and u.classifier is None:
                raise ValueError(f"the unit {u.unit!r} is not bare but has no classifier")
        for m in self.multipliers:
            if m.text in seen:
                raise ValueError(f"the multiplier {m.text!r} is also a unit")
        for unit in (
            *self.relative_units,
            *self.numeral_units,
            *self.single_units,
            *(w.unit for w in self.word_values if w.unit is not None),
            *(w.unit for w in self.share_words),
        ):
            if unit not in seen:
                raise ValueError(f"the unit {unit!r} of a word value or relative unit is not listed in units")
        for share in self.share_words:
            if not share.after and len(share.text) < 2:  # the pattern opens after its first character
                raise ValueError(
                    f"the share word {share.text!r} before a count is shorter than two characters"
                )
        for word in (*self.comparators_before, *self.comparators_after):
            if any(u not in seen for u in word.after_units):
                raise ValueError(f"the comparator {word.text!r} names an unknown unit in after_units")
            if word.after_units and word in self.comparators_before:
                raise ValueError(f"after_units is for words after the unit, not {word.text!r}")
        return self

    @cached_property
    def _units_by_text(self) -> dict[str, Unit]:
        return {u.unit: u for u in self.units}

    def unit(self, text: str) -> Unit | None:
        """The unit written ``text``; a multiplier before a bare unit (万个) gives a derived unit."""
        by_text = self._units_by_text
        found = by_text.get(text)
        if found is not None:
            return found
        for m in self.multipliers:
            if text.startswith(m.text) and len(text) > len(m.text):
                base = by_text.get(text[len(m.text) :])
                if base is not None and base.bare:
                    return Unit(unit=text, base=base.base, factor=base.factor * m.factor)
        return None


@cache
def target_vocabulary(path: Path = DATA_DIR / "targets.yaml") -> TargetVocabulary:
    vocab = _validate(TargetVocabulary, path, _read_yaml(path))
    known = {c.id for c in agency_vocabulary().categories}
    unknown = [c for c in vocab.subject_agency_categories if c not in known]
    if unknown:
        raise DataFileError(path, f"subject_agency_categories: unknown agency categories {unknown}")
    return vocab
