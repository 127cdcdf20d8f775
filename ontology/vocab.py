"""Load and validate the versioned vocabulary files under ``ontology/data`` (rules as data).

Each file is checked on load by a pydantic model; a bad file raises ``DataFileError`` naming the
file and the field. Loaders are cached: the files are read once per process.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ontology.yaml_files import DuplicateKeyError, read_yaml
from policykg.errors import DataFileError
from policykg.models import Recurrence

DATA_DIR = Path(__file__).resolve().parent / "data"

M = TypeVar("M", bound=BaseModel)

RoleId = Literal["lead", "support", "joint", "sole", "implicit"]
WordRole = Literal["lead", "support", "joint", "shared", "responsible"]
RegionForm = Literal["name", "short", "own", "formal"]
Level = Literal["country", "province", "prefecture", "county", "district", "county_city", "zone"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as e:
        raise ValueError(f"invalid regular expression {pattern!r}: {e}") from e
    return pattern


def _check_regexes(value: tuple[str, ...]) -> tuple[str, ...]:
    for pattern in value:
        _check_regex(pattern)
    return value


# --- agency types -----------------------------------------------------------------------------


class Category(_Strict):
    id: str
    zh: str
    en: str
    broader: str | None = None


class ComposedNames(_Strict):
    """A body named by a free combination of its fields (文化、广电、体育、旅游: 文化体育广播电视和旅游局,
    文体广电旅游局, 旅游和文化广电体育局): each field written by one of its words, each field at most once, in
    any order, joined directly or by a joiner, then one of the endings. A name of two fields or more matches
    when it opens with a field of ``openings``."""

    #: The fields by name, each with the words that write it (longest first is not needed: all are tried).
    fields: dict[str, tuple[str, ...]] = Field(min_length=2)
    openings: tuple[str, ...] = Field(min_length=1)
    joiners: tuple[str, ...] = ()
    ends: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_fields(self) -> ComposedNames:
        unknown = sorted(set(self.openings) - set(self.fields))
        if unknown:
            raise ValueError(
                f"composed names: the openings {unknown} are no field; use {sorted(self.fields)}"
            )
        words = [w for ws in self.fields.values() for w in ws]
        if len(words) != len(set(words)) or not all(words):
            raise ValueError("composed names: every word writes one field, and no word is empty")
        return self

    def word_field(self) -> dict[str, str]:
        return {word: name for name, words in self.fields.items() for word in words}


class AgencyType(_Strict):
    id: str
    zh: str
    en: str
    broader: str
    singleton: bool
    aliases: tuple[str, ...] = Field(min_length=1)
    prefixes: tuple[str, ...] = ()
    suffix: str | None = None
    #: The name's ending where it depends on the region's level: a city's court is its 中级人民法院.
    level_suffixes: dict[Literal["province", "prefecture", "county_city", "district", "county"], str] = Field(
        default_factory=dict
    )
    #: How the canonical name opens: the region's name (宜昌市夷陵区…), its short form where the
    #: gazetteer gives one (洛阳仲裁委员会), its own name without its city's (如东县), or formal: a
    #: district's with its city's (南宁市江南区), a county's or county-level city's alone (宾阳县).
    region_form: RegionForm = "name"
    #: What opens the body's full name whichever of its ``prefixes`` a plan writes (中国人民银行 for 人行…).
    head: str | None = None
    #: The words that end each level of a name opening with one of the ``prefixes``, after the place the
    #: level serves: 中心支行 and 支行 in 人行佛山市中心支行南海支行.
    levels: tuple[str, ...] = ()
    #: Managed from above (海关, 税务局): the body serves the place that names it, never the plan's region
    #: by default, so a name that no known place opens is kept as written and placed nowhere.
    vertical: bool = False
    #: The levels of region that have such a body of their own (a city's 邮政管理局, none a county's),
    #: None for every level: a body written with no place or with a relative prefix (海关, 区海关) in a plan
    #: of another level is that of the nearest region above of a level listed.
    serves: tuple[Level, ...] | None = None
    #: Levels where some regions have such a body of their own and others do not (江阴海关, none in most
    #: county-level cities): a bare mention in a plan of that level is not given the region above's body, but
    #: kept as written in the plan's context (it may be the city's own, or none).
    maybe_serves: tuple[Level, ...] = ()
    #: Regions of a level ``serves`` leaves out that have such a body of their own, by their gazetteer names
    #: (深圳市 has 深圳证监局 where other cities have their province's): a bare or relative mention in a plan
    #: of one of them, or of a region below one, is that region's. Checked against the gazetteer when an
    #: agency registry is set up (policykg.extract.agencies.own_body_regions).
    own_bodies: tuple[str, ...] = ()
    #: The full names of bodies of this type that no rule of the type makes, by their regions' gazetteer
    #: names: the 兵团's court is the autonomous region's high court's branch serving it
    #: (新疆维吾尔自治区高级人民法院生产建设兵团分院). Checked against the gazetteer as ``own_bodies``.
    region_names: dict[str, str] = Field(default_factory=dict)
    #: A unit of a department (执法支队): named with no place in a department's own plan, it is that
    #: department's (宜昌市市场监督管理局执法支队), as its sections are.
    department_unit: bool = False
    #: Each level has its own body of the type where one region is two (师市合一: 第八师人民检察院 above
    #: 石河子市人民检察院, as a division's court is above its city's): named by either, it is that one's.
    per_level: bool = False
    #: Aliases that are a body's full name where its region names it so (a county's 发展和改革局, the merged
    #: 教育体育局): written so, the name stays as written, as a merged bureau's does (merged_names).
    full_names: tuple[str, ...] = ()
    #: Words closing a body's own name (a bank's: 兴业银行, 徽商银行): a name that goes on after one with a
    #: place's name (兴业银行合肥分行, 徽商银行合肥蜀山支行) is a proper name, kept as written and placed at
    #: the last place it names, never in the plan's region.
    named_after: tuple[str, ...] = ()
    #: A county-level place its province governs directly (仙桃市, 潜江市, 济源市, 琼海市: no prefecture above
    #: it) has a body of this type of a prefecture's rank, named by the ``level_suffixes``' prefecture word
    #: (国家金融监督管理总局潜江监管分局, where a county's is a 监管支局).
    direct_ranked: bool = False
    #: Another type's aliases that name this type when a region's short name opens the mention: 广西金融监管局
    #: is the state regulator's office in 广西, 区金融监管局 the district's local bureau.
    after_short: tuple[str, ...] = ()
    #: The type of the body an office of this type signs a plan for (人民政府办公室 for its 人民政府,
    #: 党委办公室 for its 党委): a task no unit is named for is that body's, as the plan's issuer.
    signs_for: str | None = None
    #: Words that name the type only right after a place's name, too short to be an alias (委: 长葛市委,
    #: 中共长葛市委 is the party committee; 管委 is none).
    after_place: tuple[str, ...] = ()
    #: Aliases that name the level of the body's region (中院: a prefecture's court); the ``level_suffixes``
    #: name their level too (中级人民法院, 高级人民法院). Written with a relative prefix in a plan of a region
    #: below (市中级人民法院 in a county-level city's plan), it is the body of the region above of that level,
    #: never the plan's region's own (横州市人民法院 is another court).
    level_aliases: dict[str, Level] = Field(default_factory=dict)
    #: The name a province or autonomous region gives its department of this type (司法厅 where a city has
    #: its 司法局); a municipality's keeps the city's name (北京市司法局).
    province_suffix: str | None = None
    #: Names composed of the body's fields in any order (see ``ComposedNames``), besides the ``aliases``.
    composed: ComposedNames | None = None
    #: Aliases written short for another (管委会 for 管理委员会): of a type with many bodies in a region, a
    #: name ending with the short alias is the body whose name ends with the full one (高新区管委会 and
    #: 高新区管理委员会 are one committee). The full one may be a ``numbered`` word (一四三团场 is 一四三团).
    short_aliases: dict[str, str] = Field(default_factory=dict)
    #: Words that make a name of a number and one of them a body of this type (一四三团, 一〇四团, 143团: a
    #: regiment of the 兵团), as no alias can.
    numbered: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _short_of_own(self) -> AgencyType:
        for short, full in self.short_aliases.items():
            if short not in self.aliases or full not in (*self.aliases, *self.numbered):
                raise ValueError(f"type {self.id}: short_aliases {short}: {full} are not both its aliases")
        stray = [name for name in self.full_names if name not in self.aliases]
        if stray:
            raise ValueError(f"type {self.id}: full_names {stray} are not its aliases")
        return self

    def identity_words(self, rest: str) -> str:
        """``rest`` (a name of this type after its place) with a short alias closing it written in full."""
        for short, full in self.short_aliases.items():
            if rest.endswith(short):
                return rest[: len(rest) - len(short)] + full
        return rest

    def alias_level(self, alias: str) -> str | None:
        """The level of region whose body ``alias`` names, if it names one."""
        found = self.level_aliases.get(alias)
        if found is not None:
            return found
        return next((at for at, suffix in self.level_suffixes.items() if suffix == alias), None)

    @model_validator(mode="after")
    def _head(self) -> AgencyType:
        if self.levels and not (self.head and self.prefixes):
            raise ValueError(f"type {self.id}: levels need a head and the prefixes plans write it with")
        return self

    @property
    def canonical_suffix(self) -> str:
        return self.suffix or self.zh

    def suffix_for(self, level: str | None, municipality: bool = False) -> str:
        """The canonical name's ending for a body of a region of this ``level`` (``municipality``: a
        province-level city)."""
        if level == "province" and self.province_suffix and not municipality:
            return self.province_suffix
        for at, suffix in self.level_suffixes.items():
            if at == level:
                return suffix
        return self.canonical_suffix


class SelfWord(_Strict):
    """A word a zone or a new district calls itself by, as a county says 县 (高新区市场监管局 in a plan of
    石家庄高新技术产业开发区), and the endings of a region's name or short name that let it do so."""

    word: str = Field(min_length=1)  # 师 (a 兵团 division: 师市场监管局) as 高新区
    ends: tuple[str, ...] = Field(min_length=1)


class NameRewrite(_Strict):
    """A written form and what stands for it in canonical names: 直 (区直有关部门) → 直属."""

    written: str
    canonical: str

    _valid = field_validator("written")(_check_regex)


class BranchForms(_Strict):
    """How a bureau's branch serving a place below it is written: 市公安局章贡分局, 公安城北分局."""

    #: The words that end a branch's name after the place it serves.
    levels: tuple[str, ...] = Field(min_length=1)
    #: Short forms a plan writes for a bureau before the place (公安 for 公安局).
    short_bureaus: dict[str, str] = Field(default_factory=dict)
    #: Words ending the name of a development zone or new area a branch serves (市公安局经开区分局,
    #: 市场监管局高新区分局, 州公安局都匀经济开发区分局): the branch is of its bureau's type.
    zone_places: tuple[str, ...] = ()


class MergedNames(_Strict):
    """How a merged bureau joins the fields it names (农牧和科技局): the joining words, and the endings
    after them."""

    joiners: tuple[str, ...] = Field(min_length=1)
    ends: tuple[str, ...] = Field(min_length=1)


class CollectiveType(_Strict):
    id: str
    zh: str
    en: str
    pattern: str
    #: Applied in order, each once, to the words after the collective's place (直有关部门 → 直属有关部门).
    rewrites: tuple[NameRewrite, ...] = ()

    _valid = field_validator("pattern")(_check_regex)

    def canonical_words(self, words: str) -> str:
        """The collective's words as its canonical name writes them."""
        for rule in self.rewrites:
            words = re.sub(rule.written, rule.canonical, words, count=1)
        return words


class NationalBody(_Strict):
    """One of the country's own bodies, by the name it keeps in every plan and the other names plans write
    for it (国家知识产权局: 国知局), with the type of its field where the vocabulary has one (公安部: public
    security)."""

    name: str = Field(min_length=2)
    aliases: tuple[str, ...] = ()
    type: str | None = None


class NationalBodies(_Strict):
    """The country's own (central) bodies: named whole, each is one body in every plan, placed in the
    country, never in the plan's region (公安部 in a plan of 广东省 is no 广东省公安部)."""

    #: The bodies plans name by a name of their own (the ministries, 最高人民法院, 中国人民银行 …).
    names: tuple[NationalBody, ...] = ()
    #: Forms of whole names only the country's bodies take (国家X局, 国务院X), regular expressions matched
    #: against the whole name: a name so written is a national body unless it names a place or goes on
    #: after a listed body's name or a type's head (国家金融监督管理总局义乌监管支局: an office of one).
    patterns: tuple[str, ...] = ()
    #: Words opening a party body's name that its identity leaves out (中共中央宣传部 is 中央宣传部).
    leads: tuple[str, ...] = ()

    _valid = field_validator("patterns")(_check_regexes)

    @model_validator(mode="after")
    def _one_name_one_body(self) -> NationalBodies:
        written = [w for body in self.names for w in (body.name, *body.aliases)]
        dupes = sorted({w for w in written if written.count(w) > 1})
        if dupes:
            raise ValueError(f"national bodies: {dupes} name more than one body, or one twice")
        return self


class AgencyVocabulary(_Strict):
    version: int
    categories: tuple[Category, ...]
    types: tuple[AgencyType, ...]
    collectives: tuple[CollectiveType, ...]
    #: Words that end like a body (网站 ends in 站) but never name one.
    non_bodies: tuple[str, ...] = ()
    name_end_splits: tuple[str, ...] = ()
    #: Words closing the name of a body that no type has (县农村信用合作联社, 县广播电视台, 宾居华侨农场): a
    #: name ending in one is a body, of no type, as one ending in 局 or 中心 is.
    body_words: tuple[str, ...] = ()
    #: Type aliases that are also common words (苏木, a township of 内蒙古, and a dye wood): written alone
    #: as a name they name no body; a township is named (巴彦苏木) or gathered (各苏木).
    named_only: tuple[str, ...] = ()
    #: Words of documents (办法, 规定, 指标 …) that no body's name holds: prose about a document read as a
    #: name (县委考核办法规定的指标由县市场监管局) is none. Regular expressions.
    document_words: tuple[str, ...] = ()
    #: Words naming a person, never a body (主要负责同志, 分管领导): a name holding one is a person's
    #: (各部门主要负责同志要亲自抓), not a body's; a cue inside one (要 of 主要) is no cue.
    person_words: tuple[str, ...] = ()
    #: Words a plan writes for a department by its field (县市场监管部门) and the endings they stand for: the
    #: field and an ending that make a type's alias (市场监管局) name the body of that type.
    department_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    #: Endings bodies of one list share, written once after the last (市科技、工信局: 市科技局 and 市工信局):
    #: each field before it makes with the ending a one-per-region type's alias.
    shared_endings: tuple[str, ...] = ()
    #: Words that make a name an institution's own (江南大学, 中山大学知识产权中心): unless a relative prefix
    #: or a region's full name opens it, it is kept as written and placed in no region.
    institution_words: tuple[str, ...] = ()
    sited_institution_words: tuple[str, ...] = ()
    #: The body a region of a level heads its work by where it is not a people's government (a zone's
    #: 管理委员会): the plan's issuer where no signature names one.
    governing_bodies: dict[Level, str] = Field(default_factory=dict)
    #: Written forms of a whole name and what stands for them (团区委 -> 区团委), each applied once, in order.
    name_rewrites: tuple[NameRewrite, ...] = ()
    #: Words a zone or new district calls itself by in the names of its own bodies (高新区, 新区 …).
    self_words: tuple[SelfWord, ...] = ()
    #: A city bureau's branch named for the place it serves (市公安局章贡分局): that place's bureau.
    branches: BranchForms | None = None
    #: Words ending the name of a vertical body's outpost after the place it serves, written without 驻
    #: (乌鲁木齐海关克拉玛依办事处, as 海口海关驻琼海办事处): the outpost is of its body's type.
    outposts: tuple[str, ...] = ()
    #: Words ending the name of a body's branch after its body's name and the place it serves (金华市知识产权
    #: 保护中心义乌分中心): the branch is of its body's type, where that body has one.
    branch_words: tuple[str, ...] = ()
    #: A merged bureau whose fields a joiner parts (农牧和科技局, 教育和体育局) is of its first field's
    #: type.
    merged_names: MergedNames | None = None
    #: Conjunctions a list writes between two bodies instead of 、 (县公安局和县法院, 县委宣传部与县教育局): a
    #: list parts at one only where the words before end like a body and the words after open like one.
    list_joiners: tuple[str, ...] = ()
    #: Openings of a type's suffix before which a place named by one character and its level word writes
    #: that word again (曹县 → 曹县县委宣传部, 矿区 → 矿区区委: 曹县委 would read as 曹's 县委).
    level_doubled_before: tuple[str, ...] = ()
    #: Verbs of working with bodies that are also a county's name (会同): read as the verb before a body the
    #: plan names as its own, unless the county lies in the plan's prefecture.
    partner_verbs: tuple[str, ...] = ()
    #: Words opening a kind of thing by its rank or reach (市级知识产权示范园区, 县域…): a line of such words
    #: is no line of units. Regular expressions, matched at the name's start.
    kind_openings: tuple[str, ...] = ()
    #: Type aliases closing the name of a town, a subdistrict or a zone committee, whose place the
    #: gazetteer may not know (营根镇人民政府, 湾岭农产品加工区管委会): such a name opening an item's words
    #: before a colon (营根镇人民政府：负责…) is a unit though no known place opens it. Each must be a type's
    #: alias.
    place_named_ends: tuple[str, ...] = ()
    place_word_types: tuple[str, ...] = ()
    prefix_words: tuple[str, ...] = ()
    #: The bare aliases (镇, 街道) that close such a name on a line of duties (大石头镇：负责…), after
    #: a place's two to four words that are none of ``bare_place_kinds`` (特色小镇); ``duty_openings``
    #: open the duties.
    bare_place_ends: tuple[str, ...] = ()
    #: What closes a section's name (知识产权股, 法规科): in a department's own plan, the department's.
    section_ends: tuple[str, ...] = ()
    #: The department's own bodies and units gathered that its plan names bare (机关党委; 各处室, 各直属单位:
    #: regular expressions matched whole), and the collective type of the gathered ones (a collective's id).
    own_units: tuple[str, ...] = ()
    own_collectives: tuple[str, ...] = ()
    own_collective_type: str | None = None
    #: A department named by a place and its ending alone (县局, 市局, 金华市局) in the plan of one
    #: department (its title's or its one issuer's): that department's kind at the place named; and the
    #: words the department calls itself by (本局, 我局).
    bare_departments: tuple[str, ...] = ()
    own_department_words: tuple[str, ...] = ()
    bare_place_kinds: tuple[str, ...] = ()
    duty_openings: tuple[str, ...] = ()
    #: Types whose body is mostly a plate another department bears (知识产权局 on the 市场监管局): a name
    #: written with the other in brackets after it (区知识产权局（区市场监管局）) is that department's, the
    #: plate its alias, as in the usual order (区市场监管局（区知识产权局）). Each must be a type's id.
    plates: tuple[str, ...] = ()
    #: The country's own bodies (公安部, 国家知识产权局): one body in every plan, in the country.
    national: NationalBodies = Field(default_factory=NationalBodies)

    _valid = field_validator("document_words", "kind_openings", "own_collectives")(_check_regexes)

    @field_validator("list_joiners", "partner_verbs", "body_words", "shared_endings")
    @classmethod
    def _joiners(cls, words: tuple[str, ...]) -> tuple[str, ...]:
        if any(not w.strip() for w in words):
            raise ValueError("list_joiners / partner_verbs / body_words / shared_endings: a word is empty")
        return words

    @field_validator("name_end_splits")
    @classmethod
    def _splits(cls, words: tuple[str, ...]) -> tuple[str, ...]:
        if any(len(w) != 2 for w in words):
            raise ValueError("name_end_splits: each word is two characters, a name's last and the next one")
        return words

    @model_validator(mode="after")
    def _references(self) -> AgencyVocabulary:
        cats = {c.id for c in self.categories}
        for c in self.categories:
            if c.broader and c.broader not in cats:
                raise ValueError(f"category {c.id}: broader {c.broader!r} is not a category")
        ids = [t.id for t in self.types] + [c.id for c in self.collectives] + [c.id for c in self.categories]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate type ids: {sorted(dupes)}")
        for t in self.types:
            if t.broader not in cats:
                raise ValueError(f"type {t.id}: broader {t.broader!r} is not a category")
        claimed: dict[str, str] = {}
        for t in self.types:
            for alias in t.aliases:
                other = claimed.setdefault(alias, t.id)
                if other != t.id:
                    raise ValueError(f"alias {alias!r} names two types: {other} and {t.id}")
        unknown = [w for w in (*self.place_named_ends, *self.bare_place_ends) if w not in claimed]
        if unknown:
            raise ValueError(f"place_named_ends, bare_place_ends: {unknown} are no type's aliases")
        stray = [t for t in self.place_word_types if self.by_id(t) is None]
        if stray:
            raise ValueError(f"place_word_types: {stray} are no types")
        signed = [t.signs_for for t in self.types if t.signs_for and self.by_id(t.signs_for) is None]
        if signed:
            raise ValueError(f"signs_for: {signed} are no type's ids")
        own = self.own_collective_type
        if own is not None and own not in {c.id for c in self.collectives}:
            raise ValueError(f"own_collective_type: {own!r} is no collective's id")
        stray = [p for p in self.plates if p not in {t.id for t in self.types}]
        if stray:
            raise ValueError(f"plates: {stray} are no type's ids")
        stray = [b.type for b in self.national.names if b.type and self.by_id(b.type) is None]
        if stray:
            raise ValueError(f"national names: types {stray} are no type's ids")
        return self

    def by_id(self, type_id: str) -> AgencyType | None:
        return next((t for t in self.types if t.id == type_id), None)

    def alias_index(self) -> list[tuple[str, AgencyType]]:
        """All (alias, type) pairs, longest alias first, for suffix matching (computed once)."""
        cached: list[tuple[str, AgencyType]] | None = self.__dict__.get("_alias_index")
        if cached is None:
            pairs = [(alias, t) for t in self.types for alias in t.aliases]
            cached = sorted(pairs, key=lambda p: -len(p[0]))
            object.__setattr__(self, "_alias_index", cached)  # the model is frozen; this is a derived cache
        return cached


# --- roles ------------------------------------------------------------------------------------


class RoleEntry(_Strict):
    id: RoleId
    zh: str
    en: str


class LabelEntry(_Strict):
    text: str
    role: Literal["lead", "support"] | None


class SuffixEntry(_Strict):
    text: str
    role: WordRole


class SharedForms(_Strict):
    """The ways a plan writes that bodies do their parts of the work by their duties (按照职能分工负责,
    根据职责分工落实, 依职责负责, 按部门职责抓好落实): a word of basing, a word of duties and a verb of doing,
    each form a ``shared`` suffix; a form without a verb only where its duties are shared out (按职责分工: a
    table cell's bracket, the verb left to the column's header)."""

    by: tuple[str, ...] = Field(min_length=1)
    duties: tuple[str, ...] = Field(min_length=1)
    #: What shares the duties out (分工), written after a word of duties or not at all.
    sharing: str = Field(min_length=1)
    verbs: tuple[str, ...] = Field(min_length=1)

    def texts(self) -> list[str]:
        out: list[str] = []
        for by in self.by:
            for duty in self.duties:
                for shared in (duty, duty + self.sharing):
                    out.extend(by + shared + verb for verb in self.verbs)
                out.append(by + duty + self.sharing)
        return out


class LabelForms(_Strict):
    """Labels written by their parts (牵头责任单位, 协同责任部门, 主体责任单位, 辅助单位): a role word, then a
    word for the bodies; each form a label of the stem's role. A stem that ends in 责任 takes only the
    nouns without it (主体责任单位, never 主体责任责任单位)."""

    nouns: tuple[str, ...] = Field(min_length=1)
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()

    def entries(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for role, stems in (("lead", self.lead), ("support", self.support)):
            for stem in stems:
                out.extend(
                    (stem + noun, role)
                    for noun in self.nouns
                    if not (stem.endswith("责任") and noun.startswith("责任"))
                )
        return out


class MannerPhrases(_Strict):
    """The grounds the work is done on, written between the bodies and their role word (县市监局、县公安局按照
    “谁执法谁普法”要求共同负责): a word of basing, then up to a few words, then a word closing them. No part
    of the names."""

    by: tuple[str, ...] = Field(min_length=1)
    ends: tuple[str, ...] = Field(min_length=1)


class SubjectOnsets(_Strict):
    """What opens a clause whose subject is an agency though no obligation cue follows its name
    (区市场监管局每年对…开展评估; with partner words, 区知识产权局联合区公安分局开展…)."""

    #: Heads a subject may open with besides a level prefix (区, 市 …), a place name, a type alias or a
    #: collective.
    name_starts: tuple[str, ...]
    #: Single characters that join names in subject position (区科技局、区财政局 / 区科技局和区财政局).
    joiners: tuple[str, ...] = Field(min_length=1)
    adverbials: tuple[str, ...]
    prepositions: tuple[str, ...]
    verbs: tuple[str, ...]
    #: Words right after a verb that make it a modifier, not the clause's predicate (区财政局安排的资金).
    modifier_marks: tuple[str, ...]
    #: Words opening with an onset that bound the levels a gathered name covers, no predicate after it
    #: (以 of 各地级以上市人民政府, 县级以上人民政府: a name going on, not the preposition).
    level_bounds: tuple[str, ...] = ()
    #: Words after the subject whose object is its partners (区市场监管局会同区公安局开展…): the subject
    #: leads, the units after the word support.
    partner_words: tuple[str, ...] = ()
    #: Those that are a partner word only between two bodies (商 of 县科技局商县财政局; 商标, 商请 and
    #: 商丘市 are none).
    between_bodies: tuple[str, ...] = ()
    #: Words after the subject whose object is the bodies doing the work under its guidance
    #: (县市场监管局指导各乡镇开展…): those bodies lead, the subject supports.
    guiding_words: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        """The words after the names that make them the clause's subject."""
        return self.adverbials + self.prepositions + self.verbs

    @model_validator(mode="after")
    def _words(self) -> SubjectOnsets:
        if any(len(j) != 1 for j in self.joiners):
            raise ValueError(f"joiners must be single characters: {list(self.joiners)}")
        words = self.name_starts + self.words + self.modifier_marks + self.level_bounds
        if not all(w and w == w.strip() for w in words):
            raise ValueError("subject onset words must be non-empty, without surrounding white space")
        stray = sorted(set(self.between_bodies) - set(self.partner_words))
        if stray:
            raise ValueError(f"between_bodies holds words that are no partner word: {stray}")
        onsets = self.words
        dupes = sorted({w for w in onsets if onsets.count(w) > 1})
        if dupes:
            raise ValueError(f"words listed twice among adverbials, prepositions and verbs: {dupes}")
        return self


class RoleVocabulary(_Strict):
    version: int
    roles: tuple[RoleEntry, ...]
    labels: tuple[LabelEntry, ...]
    #: Labels written by their parts (LabelForms), added to ``labels`` on load.
    label_forms: LabelForms | None = None
    suffixes: tuple[SuffixEntry, ...]
    #: Role words closing a name in a list of bodies only (…牵头，市公安局支持), never opening a role clause
    #: in prose, where the word mostly governs what follows it (支持企业…).
    list_suffixes: tuple[SuffixEntry, ...] = ()
    #: Shared suffixes written by their parts (SharedForms), added to ``suffixes`` on load.
    shared_forms: SharedForms | None = None
    first_is_lead: tuple[str, ...]
    #: Notes that a unit cell's first line names its lead and the lines below its supporters (第一行为牵头
    #: 单位，第二行为配合单位): regular expressions.
    first_line_is_lead: tuple[str, ...] = ()
    obligation_cues: tuple[str, ...]
    #: What closes the names before a role word when the sentence exhorts them rather than assigns a role
    #: (各部门要抓好落实): regular expressions matched at the end of the names.
    exhortation_ends: tuple[str, ...] = ()
    host_patterns: tuple[str, ...]
    subject_qualifiers: tuple[str, ...]
    subject_onsets: SubjectOnsets
    covers_preceding: tuple[str, ...]
    #: Words pointing at the work a label stands with, before the label (本项任务牵头单位：…,
    #: 本部分责任单位：…): the label is read as if they were not there. Regular expressions, matched before a
    #: label only.
    label_scopes: tuple[str, ...] = ()
    pointer_lead_ins: tuple[str, ...]
    #: Role words read only where they close a clause or a note's piece (A为主，B配合), never before work
    #: going on after them (以企业为主体的…, 为主导).
    closing_only: tuple[str, ...] = ()
    #: Words setting a line off as a note of the plan's before its label or scope (注：, 备注：).
    note_marks: tuple[str, ...] = ()
    #: Words before a unit a list picks out again as its lead (…；其中区科技局为牵头单位, …，以区科技局为主).
    picking_words: tuple[str, ...] = ("其中",)
    #: Verbs naming a body to the role a word with 为 gives it (明确A为牵头单位): no part of the name.
    naming_verbs: tuple[str, ...] = ()
    name_line_stop_words: tuple[str, ...]
    #: Words between a task's work and the body doing it (苏木、沙棘等特色植物种植由县林业局负责): the names
    #: start after the last of them, whatever the work's length.
    topic_ends: tuple[str, ...] = ()
    #: Words that hold a topic end without ending a topic (自由贸易试验区管委会, 理由).
    topic_end_words: tuple[str, ...] = ()
    #: Words before names that make them supporters in a clause that goes on with its work after them
    #: (考核办法配合县财政局制定).
    support_before_names: tuple[str, ...] = ()
    #: Support words that make the names before them supporters in a clause going on with its work when no
    #: lead or other role clause stands before it (县法院配合做好诉调对接工作); each is a support suffix.
    helpers_alone: tuple[str, ...] = ()
    #: Collectives of the places below (agency_types.yaml collectives' ids) that a comma sets apart from the
    #: bodies before them as another level, not as their helpers: 市知识产权局、市市场监管局，各区政府
    #: 按职责分工负责 names no lead, as the bodies listed with 、 would not.
    level_collectives: tuple[str, ...] = ()
    #: Agency types standing with those collectives as places of their level (a zone's committee beside
    #: 各区政府: 各区政府、北京经济技术开发区管委会).
    level_peer_types: tuple[str, ...] = ()
    #: Words after a body opening a sentence that make it the one coordinating the work
    #: (区市场监管局统筹推进): bodies closing the sentence with a shared word (按职责分工负责) are its
    #: partners, not a role clause.
    coordinating_words: tuple[str, ...] = ()
    #: Words that may follow a coordinating word (统筹推进…, 统筹协调): with other words after it
    #: (区人社局统筹安排培训资金) the body does work of its own and coordinates nothing.
    coordinating_ends: tuple[str, ...] = ()
    #: Words of carrying the work out (抓好落实, 具体实施; each a responsible suffix) that, after bodies
    #: answering for it (answering_words: 负责), make their bodies supporters and those before leads
    #: (地区市场监管局负责，各县（市）人民政府抓好落实).
    carrying_out_words: tuple[str, ...] = ()
    #: Words of bodies answering for the whole work (负责; each a responsible suffix).
    answering_words: tuple[str, ...] = ()
    #: Words right after a body in subject position in prose that make it answer for the work
    #: (区委宣传部负责组织开展…): alone it carries it (sole), with others it shares it (joint).
    prose_answering_words: tuple[str, ...] = ()
    #: What after such a word makes it a noun (负责人, 负责制; a regular expression): no answering.
    prose_answering_noun: str = "(?!)"
    #: Phrases right after a body in subject position that name it the one answering for the work (县市场
    #: 监管局是…工作的责任主体，负责…; regular expressions), as the words above do.
    prose_answering_phrases: tuple[str, ...] = ()
    #: What after an obligation cue makes it a system's name (负责制; a regular expression): no cue.
    cue_system_noun: str = "(?!)"
    #: Words after a body in a note beside a lead that make it one overseeing the work, doing none of it
    #: (（县市场监管局牵头，县政府督查室督办，县公安局配合）): no unit, as a 督办单位 field names none.
    overseeing_words: tuple[str, ...] = ()
    #: A clause framing the next one's work as done under bodies' guidance (在A指导下，B具体实施…; a regular
    #: expression with a group ``guide``, matched at a clause's start): B leads, A supports.
    guide_frame: str = "(?!)"
    #: Level prefixes that open a body named right after its work with no topic end (…种植县林业局负责).
    topic_body_prefixes: tuple[str, ...] = ()
    #: Words a level prefix may close that make it part of the words before it (苏州工业园区, 全县, 城市).
    topic_place_words: tuple[str, ...] = ()
    #: Places whose own bodies a list of units may name by the place alone, beside a body named in full
    #: (岳阳经开区、城陵矶新港区管委会协助; 区公安分局、各社区配合).
    unit_place_words: tuple[str, ...] = ()
    #: Words in a bracket closing a name that make it a note on the name (以下简称, 下同).
    name_note_words: tuple[str, ...] = ()
    #: A note's words addressing items by their numbers (第1—2项, 第3项, 第1、3项; a regular expression whose
    #: group ``items`` holds the numbers): each part of the note from one to the next speaks for those items.
    item_address: str = "(?!)"
    #: Words closing a note that make its units those of the tasks after it too ((县市场监管局负责，下同)).
    same_below_words: tuple[str, ...] = ()
    #: Words pointing back at the units a list named before them (以上单位, 上述部门; a regular expression
    #: matched over the whole name): the role word after them is those units', no unit of its own.
    back_pointer: str = "(?!)"
    #: Words naming the units a first-is-lead note leaves after the lead (其他单位, 其余部门; a regular
    #: expression matched over the whole name): after such a note, the note's second half, no unit.
    others_of_note: str = "(?!)"
    #: Words no collective's name holds (各乡镇要明确专人: 要): a name read as one by its opening that holds
    #: one is a clause.
    collective_clause_words: tuple[str, ...] = ()
    #: Words right after a role word that make it part of a noun (履行牵头职责, 发挥牵头作用): no role word
    #: there, and the words before it name no one who takes the role.
    role_word_nouns: tuple[str, ...] = ()
    #: Verbs of bringing a body's part into play before it (充分发挥县知识产权工作领导小组统筹协调作用): the
    #: body after them is the clause's subject when the clause holds ``play_ends``.
    play_words: tuple[str, ...] = ()
    play_ends: tuple[str, ...] = ()
    #: The grounds the work is done on between the bodies and their role word (按照…要求): no part of a name.
    manner_phrases: MannerPhrases | None = None

    _valid = field_validator(
        "first_is_lead",
        "first_line_is_lead",
        "covers_preceding",
        "label_scopes",
        "pointer_lead_ins",
        "exhortation_ends",
        "prose_answering_phrases",
    )(_check_regexes)
    _valid_noun = field_validator(
        "prose_answering_noun", "cue_system_noun", "item_address", "back_pointer", "others_of_note"
    )(_check_regex)

    @field_validator("guide_frame")
    @classmethod
    def _guide_group(cls, value: str) -> str:
        if "guide" not in re.compile(_check_regex(value)).groupindex:
            raise ValueError(f"guide_frame {value!r} must have a group named 'guide'")
        return value

    @model_validator(mode="before")
    @classmethod
    def _with_shared_forms(cls, data: Any) -> Any:
        """The shared forms' suffixes added to those listed, once each; a listed word keeps its own role
        (按职责分工配合 supports)."""
        listed_suffixes = data.get("suffixes") if isinstance(data, dict) else None
        if not isinstance(listed_suffixes, list) or not data.get("shared_forms"):
            return data
        forms = SharedForms.model_validate(data["shared_forms"])
        listed = {e.get("text") for e in listed_suffixes if isinstance(e, dict)}
        formed = [t for t in dict.fromkeys(forms.texts()) if t not in listed]
        return {**data, "suffixes": [*listed_suffixes, *({"text": t, "role": "shared"} for t in formed)]}

    @model_validator(mode="before")
    @classmethod
    def _with_label_forms(cls, data: Any) -> Any:
        """The label forms added to the labels listed, once each; a listed label keeps its own role."""
        listed_labels = data.get("labels") if isinstance(data, dict) else None
        if not isinstance(listed_labels, list) or not data.get("label_forms"):
            return data
        forms = LabelForms.model_validate(data["label_forms"])
        listed = {e.get("text") for e in listed_labels if isinstance(e, dict)}
        formed = [(t, r) for t, r in dict(forms.entries()).items() if t not in listed]
        return {**data, "labels": [*listed_labels, *({"text": t, "role": r} for t, r in formed)]}

    @model_validator(mode="after")
    def _closing_only_are_suffixes(self) -> RoleVocabulary:
        stray = sorted(set(self.closing_only) - {e.text for e in self.suffixes})
        if stray:
            raise ValueError(f"closing_only holds words that are no role suffix: {stray}")
        return self

    @model_validator(mode="after")
    def _onsets_are_no_cues(self) -> RoleVocabulary:
        both = sorted(set(self.subject_onsets.words) & set(self.obligation_cues))
        if both:
            raise ValueError(f"subject_onsets repeat obligation cues: {both}")
        return self

    @model_validator(mode="after")
    def _helpers_are_support_words(self) -> RoleVocabulary:
        support = {e.text for e in self.suffixes if e.role == "support"}
        stray = sorted(set(self.helpers_alone) - support)
        if stray:
            raise ValueError(f"helpers_alone holds words that are no support suffix: {stray}")
        responsible = {e.text for e in self.suffixes if e.role == "responsible"}
        stray = sorted(set(self.carrying_out_words + self.answering_words) - responsible)
        if stray:
            raise ValueError(f"carrying_out_words / answering_words hold no responsible suffix: {stray}")
        carrying = responsible | {e.text for e in self.suffixes if e.role == "joint"}
        stray = sorted(set(self.prose_answering_words) - carrying)
        if stray:
            raise ValueError(f"prose_answering_words hold no responsible or joint suffix: {stray}")
        return self


# --- document types and chapter kinds ---------------------------------------------------------


class DocumentType(_Strict):
    id: str
    zh: str
    en: str
    #: A document for one year (工作要点, 年度工作计划): with no year in its title, its period is the year
    #: of its issue date.
    annual: bool = False
    #: A look back at work done (工作总结): its chapters report what was done, except those planning ahead
    #: (outlook_chapters), and so hold no tasks and no targets.
    #: What the document is: plan (sets work and targets); review, a look back at work done (工作总结): its
    #: chapters report what was done, except those planning ahead (outlook_chapters), and so hold no tasks and
    #: no targets; restatement, explaining another document (政策解读): no chapter of its own sets work or
    #: targets; announcement, making results known (通报, 公示): its chapters announce, except those asking
    #: for work (有关要求, a safeguards heading) or planning ahead. A document that is no plan states no goals
    #: outside a goals chapter (2023年，全县…达到150件 opening a summary reports a result).
    nature: Literal["plan", "review", "restatement", "announcement"] = "plan"
    #: Words of which the title must hold one for the type to apply (a 决定 is an announcement only when it
    #: commends: 关于表彰…的决定); none: the ending alone decides.
    title_words: tuple[str, ...] = ()


class ChapterKind(_Strict):
    kind: Literal["supplementary", "safeguards", "phases", "goals", "guidance", "tasks"]
    patterns: tuple[str, ...]

    _valid = field_validator("patterns")(_check_regexes)


class PhaseTableColumns(_Strict):
    """The header words of a table laying out the phases (document_types.yaml phase_table_columns: 阶段 |
    时间 | 主要工作): a header cell written as one of ``stage`` names each row's phase, one of ``time`` its
    time."""

    stage: tuple[str, ...] = Field(min_length=1)
    time: tuple[str, ...] = Field(min_length=1)


class MeasureTableColumns(_Strict):
    """The header words of a table laying out a chapter's measures in prose (document_types.yaml
    measure_table_columns: 措施 | 主要内容): its first header cell written as one of ``name``, its second as
    one of ``content``."""

    name: tuple[str, ...] = Field(min_length=1)
    content: tuple[str, ...] = Field(min_length=1)


class TaskTableColumns(_Strict):
    task: tuple[str, ...]
    lead: tuple[str, ...]
    support: tuple[str, ...]
    responsible: tuple[str, ...]
    deadline: tuple[str, ...]
    number: tuple[str, ...]
    deadline_end: tuple[str, ...] = ()
    other: tuple[str, ...] = ()
    #: Words of a header naming people (牵头县领导, 责任人): no unit column, unless it names units too.
    people: tuple[str, ...] = ()
    #: Those a unit cell writes a person's or phone's field with and no colon (县公安局负责人赵某某).
    people_without_colon: tuple[str, ...] = ()
    unit_words: tuple[str, ...] = ()
    #: English headers (Task | Lead unit | Supporting units): (words, the Chinese header they stand for).
    english: tuple[tuple[str, str], ...] = ()
    #: A unit or time cell repeating the cell above it (同上, 〃), as a merged cell would.
    dittos: tuple[str, ...] = ()
    #: A unit cell naming no one (无, 暂无).
    no_one: tuple[str, ...] = ()
    #: The first cell of a row counting the rows above (合计): no task.
    totals: tuple[str, ...] = ()
    #: The signs a mark matrix's cells may write (●, ○, ★, √), read by the legend beside the table.
    mark_signs: str = ""
    #: The words between a sign and its role's label in a legend (●为牵头单位, ★表示牵头).
    mark_legend_words: tuple[str, ...] = ()
    #: Endings that make a mark matrix's header of a field alone (科技) a body's name (科技局).
    mark_header_endings: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _words_apart(self) -> TaskTableColumns:
        stray = sorted(set(self.people_without_colon) - set(self.people))
        if stray:
            raise ValueError(f"people_without_colon holds words that are no people word: {stray}")
        both = sorted(set(self.dittos) & set(self.no_one))
        if both:
            raise ValueError(f"dittos and no_one share words (a cell is one or the other): {both}")
        return self


class ClosingParagraphs(_Strict):
    exhortations: tuple[str, ...]
    back_matter: tuple[str, ...]
    pointers: tuple[str, ...] = ()
    #: Sentences stating only a document's purpose, scope or terms: about it, no one's work; they end nothing.
    framing: tuple[str, ...] = ()
    #: Sentences scoring work (…达到8件的，得10分; 每低1件扣2分): how work is assessed, no one's work.
    scoring: tuple[str, ...] = ()
    #: A line only naming a table by its number (表1 …主要指标): its caption, no goal or work of its own.
    captions: tuple[str, ...] = ()

    _valid = field_validator("exhortations", "back_matter", "pointers", "framing", "scoring", "captions")(
        _check_regexes
    )


class Masthead(_Strict):
    suffixes: tuple[str, ...] = Field(min_length=1)
    cover_lines: tuple[str, ...]
    labels: tuple[str, ...]
    #: Labels of a web page's record whose values say nothing of the document's own head (生成日期, 实施日期,
    #: 废止日期): read as labels, their values passed over.
    page_labels: tuple[str, ...] = ()
    #: Labels of a web page's record naming the body that put the page up (发布机构): its value is the
    #: plan's issuer only when the plan itself is signed by no other body.
    publisher_labels: tuple[str, ...] = ()
    separators: str
    #: Words closing a date on a field line that say what the date is (2024年3月1日印发).
    date_words: tuple[str, ...] = ()
    #: Date labels in ranks, best first, for the plan's issue date (成文日期 before the site's 发布日期).
    date_ranks: tuple[tuple[str, ...], ...] = ()

    _valid = field_validator("cover_lines")(_check_regexes)

    @model_validator(mode="after")
    def _ranked_labels(self) -> Masthead:
        unknown = [w for rank in self.date_ranks for w in rank if w not in self.labels]
        if unknown:
            raise ValueError(f"date_ranks names labels not in labels: {unknown}")
        unlisted = [w for w in self.publisher_labels if w not in self.labels]
        if unlisted:
            raise ValueError(f"publisher_labels names labels not in labels: {unlisted}")
        return self


class WorkYears(_Strict):
    """How an annual document's text names the year of its work (document_types.yaml, work_years)."""

    #: Regular expressions, each with a group ``year`` (the year and its 年).
    patterns: tuple[str, ...]
    #: The first month of an issue date from which a document may be for the year after its issue.
    ahead_from_month: int = Field(ge=1, le=12)

    @field_validator("patterns")
    @classmethod
    def _year_groups(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        _check_regexes(patterns)
        for p in patterns:
            if "year" not in re.compile(p).groupindex:
                raise ValueError(f"work_years pattern without a year group: {p}")
        return patterns


class DocumentVocabulary(_Strict):
    version: int
    document_types: tuple[DocumentType, ...]
    work_years: WorkYears | None = None
    masthead: Masthead
    chapter_kinds: tuple[ChapterKind, ...]
    #: Headings of a review's chapters that plan work ahead (2024年工作打算, 下一步工作思路): regular
    #: expressions.
    outlook_chapters: tuple[str, ...] = ()
    #: Headings of the sections saying what the plan is for and where it aims (指导思想, 总体思路): regular
    #: expressions. A programme their paragraphs name is one the plan carries out.
    purpose_chapters: tuple[str, ...] = ()
    phase_patterns: tuple[str, ...]
    #: Words of news closing an article's headline after the plan's title (…工作要点印发, …方案出台): no part
    #: of the title.
    headline_news: tuple[str, ...] = ()
    #: Headings of a chapter whose steps, each named and dated without the word 阶段 (组织实施（2024年3月—
    #: 10月）), are its phases: regular expressions.
    dated_step_chapters: tuple[str, ...] = ()
    phase_table_columns: PhaseTableColumns | None = None
    measure_table_columns: MeasureTableColumns | None = None
    #: What a note or a deadline cell writes for a time limit with no date of its own (长期坚持, 持续推进,
    #: 年内完成, 每季度末): regular expressions, matched anywhere in a piece of a note.
    undated_time_limits: tuple[str, ...] = ()
    #: A deadline that falls due again each period (每年12月底前, 每季度末, 每月10日前, 按季度): by period,
    #: the regular expressions matched anywhere in the deadline's words; the first period listed that matches.
    recurring_deadlines: dict[Recurrence, tuple[str, ...]] = Field(default_factory=dict)
    #: A deadline written as a day of the year by its name (国庆节前, 2025年国庆节前, 世界知识产权日前): by
    #: name, the month of that day, or None for a day of the lunar calendar (春节), in no one month.
    holiday_deadlines: dict[str, int | None] = Field(default_factory=dict)
    closing_paragraphs: ClosingParagraphs
    task_table_columns: TaskTableColumns
    task_title_generic_words: tuple[str, ...] = Field(min_length=1)
    task_title_domain_words: tuple[str, ...] = Field(min_length=1)

    _valid = field_validator(
        "phase_patterns", "dated_step_chapters", "undated_time_limits", "outlook_chapters", "purpose_chapters"
    )(_check_regexes)

    @field_validator("holiday_deadlines")
    @classmethod
    def _holiday_months(cls, value: dict[str, int | None]) -> dict[str, int | None]:
        for name, month in value.items():
            if month is not None and not 1 <= month <= 12:
                raise ValueError(f"holiday_deadlines: {name} in no month of the year: {month}")
        return value

    @field_validator("recurring_deadlines")
    @classmethod
    def _recurring_regexes(
        cls, value: dict[Recurrence, tuple[str, ...]]
    ) -> dict[Recurrence, tuple[str, ...]]:
        for patterns in value.values():
            _check_regexes(patterns)
        return value


# --- regions ----------------------------------------------------------------------------------


class RegionEntry(_Strict):
    #: a GB/T 2260 code; Z + host code + two digits for a development zone; B + 66 + division + 00 for the
    #: 兵团 and its divisions (made up: neither has a code)
    id: str = Field(pattern=r"^(?:\d{6}|Z\d{8,10}|B66\d{4})$")
    name: str = Field(min_length=2)
    level: Level
    parent: str | None = None
    short: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    #: The one character a province's bodies open their document numbers with (桂 of 桂政发〔2022〕12号).
    abbreviation: str | None = Field(default=None, pattern=r"^[\u4e00-\u9fff]$")
    abolished: int | None = None
    successor: str | None = None
    en: str | None = None
    #: A region of province rank that is no province (新疆生产建设兵团): its departments are bureaus named as
    #: a city's are (…兵团科学技术局, not 厅), and 省 or 自治区 before a body's name in its plans means the
    #: province it lies in (自治区市场监管局: 新疆维吾尔自治区's).
    province_rank: bool = False
    #: The region one with this one under two names (师市合一: 第八师 and 石河子市, the city the division
    #: administers): a body named by either in a plan of the other is the plan's region's.
    one_with: str | None = None


class RegionFile(_Strict):
    version: int
    regions: tuple[RegionEntry, ...]


class Gazetteer(_Strict):
    regions: tuple[RegionEntry, ...]

    @model_validator(mode="after")
    def _references(self) -> Gazetteer:
        ids = [r.id for r in self.regions]
        dupes = {i for i, n in Counter(ids).items() if n > 1}
        if dupes:
            raise ValueError(f"duplicate region ids: {sorted(dupes)}")
        known = set(ids)
        for r in self.regions:
            if r.level != "country" and r.parent not in known:
                raise ValueError(f"region {r.id} {r.name}: parent {r.parent!r} is not in the gazetteer")
            if r.one_with and r.one_with not in known:
                raise ValueError(f"region {r.id} {r.name}: one_with {r.one_with!r} is not in the gazetteer")
            if r.successor and r.successor not in known:
                raise ValueError(f"region {r.id} {r.name}: successor {r.successor!r} is not in the gazetteer")
        shared = {
            a for a, n in Counter(r.abbreviation for r in self.regions if r.abbreviation).items() if n > 1
        }
        if shared:
            raise ValueError(f"abbreviations of several regions: {sorted(shared)}")
        return self


# --- loading ----------------------------------------------------------------------------------


def _read_yaml(path: Path) -> object:
    try:
        with path.open(encoding="utf-8") as handle:
            return read_yaml(handle)  # safe, and a key written twice in one mapping refused
    except FileNotFoundError as e:
        raise DataFileError(path, "the file is missing") from e
    except DuplicateKeyError as e:
        raise DataFileError(path, f"a mapping writes one key twice: {e}") from e
    except yaml.YAMLError as e:
        raise DataFileError(path, f"it is not valid YAML: {e}") from e


def _validate(model: type[M], path: Path, raw: object) -> M:
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(file)'}: {err['msg']}" for err in e.errors()[:5]
        )
        raise DataFileError(path, problems) from e


@cache
def agency_vocabulary(path: Path = DATA_DIR / "agency_types.yaml") -> AgencyVocabulary:
    return _validate(AgencyVocabulary, path, _read_yaml(path))


@cache
def role_vocabulary(path: Path = DATA_DIR / "roles.yaml") -> RoleVocabulary:
    return _validate(RoleVocabulary, path, _read_yaml(path))


@cache
def document_vocabulary(path: Path = DATA_DIR / "document_types.yaml") -> DocumentVocabulary:
    return _validate(DocumentVocabulary, path, _read_yaml(path))


def region_entries(folder: Path = DATA_DIR / "regions") -> list[RegionEntry]:
    """The entries of every region file, each file checked on its own (a file's parents may be another's);
    read once a folder however it is named (the files take most of a second to read)."""
    return _region_entries(folder.resolve())


@cache
def _region_entries(folder: Path) -> list[RegionEntry]:
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise DataFileError(folder, "no region files (*.yaml) found")
    regions: list[RegionEntry] = []
    for path in files:
        regions.extend(_validate(RegionFile, path, _read_yaml(path)).regions)
    return regions


def gazetteer(folder: Path = DATA_DIR / "regions") -> Gazetteer:
    regions = region_entries(folder)
    return _validate(Gazetteer, folder, {"regions": [r.model_dump() for r in regions]})


# --- citations --------------------------------------------------------------------------------


class CitationClass(_Strict):
    id: str = Field(pattern=r"^[a-z_]+$")
    zh: str
    en: str
    patterns: tuple[str, ...] = Field(min_length=1)

    _valid = field_validator("patterns")(_check_regexes)


class ShortTitles(_Strict):
    min_length: int = Field(ge=1)
    max_length: int = Field(ge=1)
    tail: int = Field(ge=1)
    cues: tuple[str, ...]

    _valid = field_validator("cues")(_check_regexes)


class UnmarkedTitles(_Strict):
    """A title written with no marks after its issuer (按照省委、省政府关于…的意见部署): a citation only
    right after a citing cue, its issuer a body of ``issuers``, its words 关于… ending in a document's word
    of ``ends`` that one of ``after`` follows."""

    cues: tuple[str, ...] = Field(min_length=1)
    issuers: str
    opening: str = Field(min_length=1)
    ends: tuple[str, ...] = Field(min_length=1)
    after: tuple[str, ...] = Field(min_length=1)
    max_length: int = Field(ge=4)
    #: Words after which a title with no marks is named by the number in brackets closing it (省政府办公厅
    #: 印发的江苏省“十四五”知识产权发展规划（苏政办发〔2021〕45号）), and the words such a title ends with.
    issued_cues: tuple[str, ...] = ()
    issued_ends: tuple[str, ...] = ()

    _valid = field_validator("cues", "ends", "after", "issued_cues", "issued_ends")(_check_regexes)
    _valid_issuers = field_validator("issuers")(_check_regex)


class QuotedTitles(_Strict):
    """A title written in quote marks instead of 《》 (依据「…办法」, 按照“…实施意见”): a citation only right
    after a citing or publishing cue, and only when it ends as a document's title does."""

    marks: tuple[str, ...] = Field(min_length=1)
    min_length: int = Field(ge=2)
    max_length: int = Field(ge=2)
    cues: tuple[str, ...] = Field(min_length=1)
    ends: tuple[str, ...] = Field(min_length=1)

    _valid = field_validator("cues", "ends")(_check_regexes)

    @field_validator("marks")
    @classmethod
    def _pairs(cls, marks: tuple[str, ...]) -> tuple[str, ...]:
        if any(len(m) != 2 for m in marks):
            raise ValueError(f"each mark is an opening and a closing character: {marks}")
        return marks


class TitleContext(_Strict):
    """Words right before a title's 《 or right after its 》 naming what the title is (栏目, 纪录片, 一书):
    the title is of ``kind`` whatever its own words end in."""

    kind: str = Field(pattern=r"^[a-z_]+$")
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    _valid = field_validator("before", "after")(_check_regexes)


class NationalLaws(_Strict):
    """A national law or its implementing rules written by the short title (《人民调解法》,
    《专利法实施细则》): one document with the title written whole (``prefix`` then the short title)."""

    prefix: str = Field(min_length=2)
    #: The short title, its law's words in the group ``law`` (…法), with nothing before the prefix.
    pattern: str
    #: Words ending the law's group that name no law (办法, 方法, 说法 of 以案说法).
    not_ending: tuple[str, ...] = ()

    _valid = field_validator("pattern")(_check_regex)


class KnownDocument(_Strict):
    """A document cited by plans everywhere, under one key however a plan writes it."""

    title: str = Field(min_length=2)
    number: str | None = None
    alt: tuple[str, ...] = ()


class NumberIssuers(_Strict):
    """How the issuer of a document number cited alone is cut from the run of CJK before its bracket."""

    breaks: tuple[str, ...] = Field(min_length=1)
    places: tuple[str, ...] = ()
    #: Words holding a break word that no break splits (中华人民共和国, 工业和信息化部).
    whole_words: tuple[str, ...] = ()
    min_body: int = Field(ge=2)
    min_rest: int = Field(ge=1)

    @model_validator(mode="after")
    def _places_open_with_breaks(self) -> NumberIssuers:
        extra = sorted(p for p in self.places if not p.startswith(self.breaks))
        if extra:
            raise ValueError(f"places opening with no break: {extra}")
        plain = sorted(w for w in self.whole_words if not any(b in w for b in self.breaks))
        if plain:
            raise ValueError(f"whole_words holding no break: {plain}")
        return self


class NumberPrefixes(_Strict):
    """The issuer a document number's prefix names (国办发: 国务院办公厅; 桂政发: a province's abbreviation
    of the gazetteer, then the body's code)."""

    #: Prefixes naming one body whatever precedes them (国发, 国办发, 国知发), read whole.
    whole: dict[str, str] = Field(default_factory=dict)
    #: A body's code after a province's abbreviation, and its name with {name} for the province's.
    bodies: dict[str, str] = Field(min_length=1)
    #: The provinces (their abbreviations) whose government writes 府 where the codes write 政 (粤府, 川府发).
    government_fu: tuple[str, ...] = ()
    #: Abbreviations a city's numbers open with too (宁政发 of 南京市 and of 宁夏): read as no issuer.
    shared: tuple[str, ...] = ()
    #: Whole prefixes of a city's bodies that read as a province's codes (苏委发 of 苏州市): no issuer.
    city_prefixes: tuple[str, ...] = ()
    #: The word closing a prefix (鲁政办字), alone or after a department's code (国知发保字: 保字), dropped
    #: before the prefix is read.
    code_tail: str = Field(default="字", min_length=1)
    #: The word closing a department's code for its letters (国知发运函字: 运函), dropped with the code.
    code_letter: str = Field(default="函", min_length=1)

    @model_validator(mode="after")
    def _templates(self) -> NumberPrefixes:
        bad = sorted(k for k, v in self.bodies.items() if "{name}" not in v)
        if bad:
            raise ValueError(f"bodies without {{name}}: {bad}")
        if any(len(a) != 1 for a in (*self.government_fu, *self.shared)):
            raise ValueError("government_fu and shared list one-character abbreviations")
        return self


class IssuedTogether(_Strict):
    """Cues of a run of titles, the plan's own among them, that the document issues together."""

    before: tuple[str, ...] = Field(min_length=1)
    after: tuple[str, ...] = Field(min_length=1)
    reach: int = Field(ge=0)


class ListTables(_Strict):
    """A table listing documents by name and number (文件名称 | 文号 | 发文单位): the header words naming its
    column of titles, of numbers and of issuers."""

    title: tuple[str, ...] = Field(min_length=1)
    number: tuple[str, ...] = Field(min_length=1)
    issuer: tuple[str, ...] = ()


class CitationVocabulary(_Strict):
    version: int
    classes: tuple[CitationClass, ...] = Field(min_length=1)
    publish_before: tuple[str, ...]
    publish_after: tuple[str, ...]
    publish_hedges: tuple[str, ...] = ()
    derived_after: tuple[str, ...] = ()
    issuer: str
    title_issuer_before: tuple[str, ...]
    short_titles: ShortTitles
    lead_ins: tuple[str, ...]
    #: Words pointing to a document that may be one character (见), read as lead-ins only where they open a
    #: note or a clause: after an opening bracket, a mark or the line's start.
    pointer_words: tuple[str, ...] = ()
    issuer_joiners: tuple[str, ...] = ()
    issuer_verbs: tuple[str, ...] = ()
    issuer_heads: tuple[str, ...] = ()
    issuer_tail: str | None = None
    number_issuers: NumberIssuers | None = None
    number_prefixes: NumberPrefixes | None = None
    issued_together: IssuedTogether | None = None
    quoted_titles: QuotedTitles | None = None
    unmarked_titles: UnmarkedTitles | None = None
    title_contexts: tuple[TitleContext, ...] = ()
    national_laws: NationalLaws | None = None
    standard_words: tuple[str, ...] = ()
    list_tables: ListTables | None = None
    documents: tuple[KnownDocument, ...] = ()

    _valid_cues = field_validator("publish_before", "publish_after", "publish_hedges", "derived_after")(
        _check_regexes
    )
    _valid_issuer = field_validator("issuer")(_check_regex)

    @field_validator("issuer_tail")
    @classmethod
    def _valid_tail(cls, value: str | None) -> str | None:
        return None if value is None else _check_regex(value)

    @model_validator(mode="after")
    def _unique(self) -> CitationVocabulary:
        ids = [c.id for c in self.classes]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes or "unknown" in ids:
            raise ValueError(f"class ids must be unique and not 'unknown': {sorted(dupes) or ['unknown']}")
        strays = sorted({c.kind for c in self.title_contexts} - {*ids, "unknown"})
        if strays:
            raise ValueError(f"title_contexts name kinds that are no class: {strays}")
        return self


@cache
def citation_vocabulary(path: Path = DATA_DIR / "citations.yaml") -> CitationVocabulary:
    return _validate(CitationVocabulary, path, _read_yaml(path))
