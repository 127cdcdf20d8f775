"""Resolve agency mentions to canonical identities scoped by region.

A mention keeps its surface form; its identity is (region, type) for one-per-region bodies
(区市场监管局 of 通州区) and (region, name) otherwise. A mention opening with a region's name, full or
short (洛阳仲裁委), is that region's body; a relative prefix (区, 市) is read against the plan's region.
A body managed from above and named with its head (人行南宁市中心支行江南支行, 国家税务总局…税务局) keeps its
places and levels as written and belongs to the last place named; an institution's own name (江南大学) is
kept as written and placed in no region unless a relative prefix or a region's full name opens it; a
national centre named with its city (中国（南京）知识产权保护中心) is that city's. A vertical body written
with no place in a plan of a level that has none of its own (海关 in a district's) is the one of the region
above that has (南宁海关); a zone or vertical body written with a place of the plan's without its level
word (玉门经济开发区管委会) keeps its name; a department named by its field (县市场监管部门) is the body of
that type. The country's own bodies named whole (公安部, 国家知识产权局, 中共中央宣传部: agency_types.yaml
national) keep their names and are the country's, one id in every plan (agency/100000/<hash of the name>).
知识产权局 is merged into 市场监管局 only on evidence in the same plan: a parenthesis such as
区市场监管局（知识产权局）.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Literal, NamedTuple

from ontology.import_divisions import autonomous_place
from ontology.vocab import (
    DATA_DIR,
    AgencyType,
    CollectiveType,
    MergedNames,
    RegionEntry,
    RegionForm,
    agency_vocabulary,
)
from policykg.errors import DataFileError
from policykg.extract.agency_names import ends_like_body, looks_like_agency, type_start
from policykg.extract.composed_names import composed_type
from policykg.extract.own_units import own_collective, own_named, own_unit
from policykg.extract.regions import (
    PREFIX_LEVELS,
    RegionHit,
    RegionIndex,
    autonomous_whole,
    is_municipality,
    level_prefix,
)
from policykg.extract.short_names import defined_short_names
from policykg.extract.textspan import CLOSERS, PAIRS, squeeze
from policykg.models import Agency, AgencyRef

_SETS_UP_GROUP = re.compile(
    r"(?:成立|组建|设立)(?:以[^，。；]{1,30}?(?:为|任)组长的)?(?:由[^，。；]{1,30}?任组长的)?"
    r"([\u4e00-\u9fa5]{2,40}?领导小组)(?!成员|办公室)"
)
#: A leading group named with its level and its field (州知识产权工作领导小组, 区知识产权强区建设工作
#: 领导小组), where the plan sets none up in words: from its level prefix on.
_NAMED_GROUP = re.compile(r"[省市州盟区县旗]知识产权[\u4e00-\u9fa5]{0,16}?领导小组(?!成员|办公室)")
_BARE_GROUP = {"领导小组": "", "工作领导小组": "", "领导小组办公室": "办公室", "工作领导小组办公室": "办公室"}

#: Names that start like this are proper names (中国（南通）知识产权保护中心) and are kept as written.
_PROPER_NAME_STARTS = ("中国", "国家", "全国")
#: The scope of the ids of bodies placed in no region (江南大学): the same body in every plan.
_UNPLACED = "named"
#: The scope of the ids of the country's own bodies where the gazetteer has no country to place them in.
_NATIONAL = "national"
#: The level words a place's name may be written without before a zone's or a vertical body's (玉门市 →
#: 玉门经济开发区).
_LEVEL_WORDS = ("市", "县", "区", "旗")
#: The words that name a place relative to the plan's, before a department's ending alone (县局, 市局).
_RELATIVE_WORDS = frozenset({*_LEVEL_WORDS, "省", "州", "盟", "师"})
#: The relative prefixes that name a place of their level whatever its name ends with (市 names 北京市's
#: bodies in a plan of 海淀区); the others (州, 盟, 旗, 地区, 自治县 …) only a place whose name ends with
#: them, and elsewhere open a body's own name (州桥街道 in a plan of 开封市鼓楼区).
_LOOSE_PREFIXES = frozenset({"省", "市", "区", "县"})

#: How a mention was placed: by a region's full name at its head, by a short name at its head (江南大学),
#: by a city written without 市, by a place of the plan's written without its level word (玉门经济开发区),
#: by a full name inside it, by a relative prefix, after a country word (中国（南京）…), or not at all (the
#: plan's region), or by a full name that several regions bear, none of them the plan's nor near it, and
#: nothing telling which (鼓楼区 in a plan of 江苏省: 南京's or 徐州's): ambiguous, placed in none.
How = Literal["name", "short", "city", "word", "inside", "relative", "country", "none", "ambiguous"]


class Placement(NamedTuple):
    region: RegionEntry | None
    rest: str  # the name without its place
    explicit: bool  # the place is written in the name
    prefix: str  # the relative prefix used (区, 市 …), if any
    how: How


class _Identity(NamedTuple):
    """What identifies a resolved agency: ResolvedAgency's fields before any mention is registered."""

    id: str
    name: str
    type: AgencyType | None
    collective: CollectiveType | None
    region_id: str | None
    branch: bool
    written: bool


@dataclass
class ResolvedAgency:
    id: str
    name: str
    type: AgencyType | None
    collective: CollectiveType | None
    region_id: str | None
    #: The name is a city bureau's branch's (铜陵市公安局义安分局), read from a mention naming the branch.
    branch: bool = False
    #: The name is the body's own as a mention wrote it in full (正定县发展和改革局, 旗农牧和科技局), not
    #: its type's standard name.
    written: bool = False
    aliases: set[str] = field(default_factory=set)
    surfaces: list[str] = field(default_factory=list)
    responsibilities: int = 0
    #: The reference made for each surface: a plan names a body by the same words many times.
    _refs: dict[str, AgencyRef] = field(default_factory=dict, repr=False, compare=False)

    @property
    def type_id(self) -> str | None:
        if self.collective is not None:
            return self.collective.id
        return self.type.id if self.type else None

    def ref(self, surface: str) -> AgencyRef:
        """The agency as named by ``surface`` (one frozen reference for each surface)."""
        made = self._refs.get(surface)
        if made is None:
            made = self._refs[surface] = AgencyRef(
                id=self.id,
                name=self.name,
                surface=surface,
                type=self.type_id,
                collective=self.collective is not None,
            )
        return made

    def summary(self) -> Agency:
        label = self.collective.zh if self.collective else (self.type.zh if self.type else None)
        return Agency(
            id=self.id,
            name=self.name,
            type=self.type_id,
            type_label=label,
            collective=self.collective is not None,
            region_id=self.region_id,
            aliases=sorted(self.aliases - {self.name}),
            surfaces=list(dict.fromkeys(self.surfaces)),
            responsibilities=self.responsibilities,
        )


@cache
def _alias_set() -> frozenset[str]:
    return frozenset(alias for t in agency_vocabulary().types for alias in t.aliases)


@cache
def _suffix_table() -> tuple[dict[str, AgencyType], tuple[int, ...], tuple[tuple[str, AgencyType], ...]]:
    aliases: dict[str, AgencyType] = {}
    for alias, entry in agency_vocabulary().alias_index():  # longest first: the first claim of an alias wins
        aliases.setdefault(alias, entry)
    lengths = tuple(sorted({len(a) for a in aliases}, reverse=True))
    prefixes = tuple((p, t) for t in agency_vocabulary().types for p in t.prefixes)
    return aliases, lengths, prefixes


@lru_cache(maxsize=4096)  # a plan names a few dozen bodies, each many times
def agency_type(name: str) -> tuple[AgencyType, str] | None:
    """The type whose prefix ``name`` starts with, else the type whose fields compose its end
    (composed_names), else the type whose longest alias it ends with, unless that alias is the second field
    of a merged bureau (农牧和科技局: the first field's, _first_field)."""
    aliases, lengths, prefixes = _suffix_table()
    for prefix, entry in prefixes:
        if name.startswith(prefix) and len(name) > len(prefix):
            return entry, name
    # 文化体育广播电视和旅游局: a body's fields in any order, longer than any alias it ends with
    composed = composed_type(name)
    if composed is not None:
        return composed
    for size in lengths:
        if size <= len(name):
            found = aliases.get(name[-size:])
            if found is not None:
                merged = _merged_names()
                joined = merged is not None and name.endswith(merged.joiners, 0, len(name) - size)
                return (
                    (_first_field(name) if joined else None)
                    or _branch_body(name, size)
                    or _field_before(name, size, found)
                    or (found, name[-size:])
                )
    return _first_field(name) or _numbered(name)


def _branch_body(name: str, size: int) -> tuple[AgencyType, str] | None:
    """The type of the body a branch belongs to (金华市知识产权保护中心义乌分中心: a protection centre's),
    when ``name`` ends with a branch word of ``size`` characters (agency_types.yaml branch_words) after the
    name of a body of a type with many in a region and a place of two to four characters."""
    if name[-size:] not in agency_vocabulary().branch_words:
        return None
    body = name[:-size]
    for cut in range(len(body) - 2, max(len(body) - 5, 1), -1):
        typed = agency_type(body[:cut])
        if typed is not None and not typed[0].singleton and body[:cut].endswith(typed[1]):
            return typed  # a one-per-region body's 分中心 (市场监管局义乌分中心) is no bureau
    return None


@cache
def _numbered_pattern() -> tuple[re.Pattern[str], dict[str, AgencyType], tuple[str, ...]] | None:
    words = {w: t for t in agency_vocabulary().types for w in t.numbered}
    if not words:
        return None
    ends = tuple(sorted(words, key=len, reverse=True))
    alternation = "|".join(map(re.escape, ends))
    return re.compile(rf"[〇零一二三四五六七八九十百0-9０-９]{{1,4}}({alternation})"), words, ends


def _numbered(name: str) -> tuple[AgencyType, str] | None:
    """A body named by a number and a word of a type's ``numbered`` (一四三团: a 兵团 regiment)."""
    found = _numbered_pattern()
    if found is None or not name.endswith(found[2]):
        return None
    pattern, words, _ = found
    m = pattern.fullmatch(name)
    return (words[m.group(1)], m.group(1)) if m is not None else None


def alias_across(name: str, at: int) -> bool:
    """``name`` ends with a type's alias that opens before ``at`` (县委宣传部 read at 2: 委宣传部 opens at 1),
    so a name parted at ``at`` (县委 宣传部, 县政府 办公室) is one name, not two."""
    typed = agency_type(name)
    return typed is not None and typed[1] in _alias_set() and len(name) - len(typed[1]) < at


def cue_inside_name(text: str, start: int, cue_start: int, cue_end: int) -> bool:
    """The cue word at ``[cue_start, cue_end)``, after words opened at ``start``, is inside a body's name: the
    words up to one character past it end like a body (组织 of 区委组织部), unless the words before the cue
    are a typed body's whole name and the cue with that character types none (县市场监管局负责行业监管:
    负责行 is no bank, though 行 ends one)."""
    candidate = squeeze(text[start : cue_end + 1])
    if not ends_like_body(candidate):
        return False
    return agency_type(candidate) is not None or agency_type(squeeze(text[start:cue_start])) is None


def _joined(name: str, hit: RegionHit) -> bool:
    """The place found inside ``name`` opens with a conjunction right after a body's name: 和县 of
    县公安局和县法院, 和平区 of 县科技局和平安办 is 和 joining two bodies, no place."""
    at = hit.span[0]
    return name.startswith(agency_vocabulary().list_joiners, at) and looks_like_agency(name[:at])


def _merged_names() -> MergedNames | None:
    return agency_vocabulary().merged_names


def _merged_end(name: str) -> str | None:
    """The ending of a merged bureau's name ``name`` closes with (局, 委, 厅: agency_types.yaml merged_names),
    None when it closes with none."""
    merged = _merged_names()
    if merged is None:
        return None
    return next((e for e in merged.ends if name.endswith(e)), None)


def _first_field(name: str) -> tuple[AgencyType, str] | None:
    """A merged bureau named by its fields joined by 和 (农牧和科技局, 教育和体育局): the type of its first
    field, by the alias that field makes with the name's ending (农牧局), and the name from that field on;
    None when no field before a joiner makes one (agency_types.yaml merged_names)."""
    merged, end = _merged_names(), _merged_end(name)
    if merged is None or end is None:
        return None
    aliases, lengths, _ = _suffix_table()
    for joiner in merged.joiners:
        at = name.find(joiner, 1)  # a joiner opening the name opens a place's (和平区)
        while 0 < at < len(name) - len(end):
            field = name[:at] + end
            for size in lengths:
                if len(end) < size <= len(field) and (found := aliases.get(field[-size:])) is not None:
                    return found, name[at + len(end) - size :]
            at = name.find(joiner, at + 1)
    return None


#: The shortest and longest field a merged bureau names before another with no joiner (科技|商务局).
_FIELD_SIZES = (2, 4)


def _field_before(name: str, size: int, found: AgencyType) -> tuple[AgencyType, str] | None:
    """A merged bureau naming its fields with no joiner (县科技商务局, 县教育体育局): the name ends with an
    alias of ``size`` characters (商务局), and the field right before it (科技) makes, with the name's ending,
    an alias of another one-per-region type (科技局): that first field's type, as with a joiner
    (``_first_field``), and the name from that field on."""
    end = _merged_end(name) if found.singleton else None
    if end is None:
        return None
    aliases = _suffix_table()[0]
    for k in range(_FIELD_SIZES[0], _FIELD_SIZES[1] + 1):
        if k > len(name) - size:
            break
        first = aliases.get(name[-size - k : -size] + end)
        if first is not None and first is not found and first.singleton:
            return first, name[-size - k :]
    return None


@cache
def _alias_levels() -> tuple[tuple[str, AgencyType], ...]:
    """The levels of headed types that are also their aliases (税务局, 税务分局), longest first."""
    pairs = [(w, t) for t in agency_vocabulary().types if t.head for w in t.levels if w in t.aliases]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def _department_ends() -> tuple[str, ...]:
    return tuple(agency_vocabulary().department_words)


def field_department(rest: str) -> tuple[str, tuple[AgencyType, str]] | None:
    """市场监管部门 → (市场监管局, its type): a department named by its field stands for the one body of the
    type whose alias the field and an ending make (agency_types.yaml department_words)."""
    for word, ends in agency_vocabulary().department_words.items():
        if not rest.endswith(word) or len(rest) <= len(word):
            continue
        for end in ends:
            alias = rest[: -len(word)] + end
            typed = agency_type(alias) if alias in _alias_set() else None
            if typed is not None and typed[1] == alias and typed[0].singleton:
                return alias, typed
    return None


@cache
def _after_short() -> dict[str, tuple[AgencyType, str]]:
    """The aliases that name another type after a region's short name (agency_types.yaml after_short)."""
    return {alias: (t, alias) for t in agency_vocabulary().types for alias in t.after_short}


@cache
def _heads() -> tuple[tuple[str, AgencyType], ...]:
    """The written heads of types that name their levels (人行, 国家税务总局 …), longest first."""
    pairs = [(p, t) for t in agency_vocabulary().types if t.levels for p in t.prefixes]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def _head_starts() -> tuple[str, ...]:
    return tuple(p for p, _ in _heads())


@cache
def _institution_pattern() -> re.Pattern[str] | None:
    words = agency_vocabulary().institution_words
    return re.compile("|".join(map(re.escape, words))) if words else None


@cache
def _name_rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r.written), r.canonical) for r in agency_vocabulary().name_rewrites)


@lru_cache(maxsize=4096)
def rewrite_name(name: str) -> str:
    """A whole name in the order the rules read: 团区委 -> 区团委 (agency_types.yaml name_rewrites)."""
    for pattern, canonical in _name_rewrites():
        name = pattern.sub(canonical, name, count=1)
    return name


@cache
def _after_place() -> dict[str, AgencyType]:
    """The words naming a type right after a place's name (agency_types.yaml after_place: 委)."""
    return {w: t for t in agency_vocabulary().types for w in t.after_place}


def _names_type(alias: str) -> bool:
    """``alias`` is one of a type's aliases, a word naming one after a place (委) or a name composed of a
    type's fields (composed_names)."""
    if alias in _alias_set() or alias in _after_place():
        return True
    composed = composed_type(alias)
    return composed is not None and composed[1] == alias


def _one_per_region(rest: str, entry: AgencyType, alias: str) -> bool:
    """The mention names the one body of its type in its region: the alias alone, or with 人民, 政府 or
    人民政府 before it (县人民政府金融办 is 县政府金融办), or a merged bureau named by its fields, joined or
    not (旗农牧和科技局, 县科技商务局: the banner's one agriculture body, whose remit takes science in). A
    name typed by its head alone (国家税务总局…第一稽查局, which no level ends) is no such body."""
    if not entry.singleton or not rest.endswith(alias):
        return False
    if not _names_type(alias):
        return alias == rest and _names_fields(rest)  # 农牧和科技局, 科技商务局: a merged bureau
    return rest[: len(rest) - len(alias)] in _GOVERNMENT_OPENINGS


def _names_fields(name: str) -> bool:
    """``name`` is a merged bureau's named by its fields, joined (农牧和科技局: _first_field) or not
    (科技商务局: _field_before)."""
    if _first_field(name) is not None:
        return True
    aliases, lengths, _ = _suffix_table()
    size = next((n for n in lengths if n <= len(name) and name[-n:] in aliases), None)
    return size is not None and _field_before(name, size, aliases[name[-size:]]) is not None


#: What may stand before the alias of a one-per-region body's name: the government whose body it is.
_GOVERNMENT_OPENINGS = ("", "人民", "政府", "人民政府")


@cache
def _with_own_bodies() -> tuple[AgencyType, ...]:
    """The types listing regions with bodies of their own or of their own names (agency_types.yaml
    own_bodies, region_names)."""
    return tuple(t for t in agency_vocabulary().types if t.own_bodies or t.region_names)


def own_body_regions(index: RegionIndex, entry: AgencyType) -> frozenset[str]:
    """The ids of the regions ``entry.own_bodies`` names, each the full name of one region of the gazetteer
    (raises DataFileError otherwise); found once per index."""
    return _region_ids(index, entry.id, entry.own_bodies)


@lru_cache(maxsize=64)
def _region_ids(index: RegionIndex, type_id: str, names: tuple[str, ...]) -> frozenset[str]:
    ids: set[str] = set()
    for name in names:
        named = [e for e in index.full.get(name, []) if e.name == name and e.abolished is None]
        if len(named) != 1:
            reason = f"type {type_id}: {name!r} is not the name of one region of the gazetteer"
            raise DataFileError(DATA_DIR / "agency_types.yaml", reason)
        ids.add(named[0].id)
    return frozenset(ids)


@cache
def _sited_words() -> tuple[str, ...]:
    """The words of an institution named by the place it sits in (agency_types.yaml
    sited_institution_words)."""
    return agency_vocabulary().sited_institution_words


def _institution(rest: str) -> bool:
    pattern = _institution_pattern()
    return pattern is not None and pattern.search(rest) is not None


@lru_cache(maxsize=4096)
def collective_type(name: str) -> CollectiveType | None:
    for entry, pattern in _collective_patterns():
        if pattern.search(name):
            return entry
    return None


@cache
def _collective_patterns() -> list[tuple[CollectiveType, re.Pattern[str]]]:
    return [(entry, re.compile(entry.pattern)) for entry in agency_vocabulary().collectives]


def _places(hit: RegionHit) -> list[RegionEntry]:
    """The regions a name at the head of a mention may place it in: the country's short names (中国, 全国)
    open proper names (中国（南通）知识产权保护中心) rather than place a body."""
    return [c for c in hit.candidates if not (hit.short and c.level == "country")]


@cache
def _prefix_words() -> tuple[str, ...]:
    """Words a relative prefix's character opens (市场, 市民: agency_types.yaml prefix_words)."""
    return agency_vocabulary().prefix_words


@cache
def _by_place_word() -> frozenset[str]:
    """The types whose bodies plans name by a place's bare word (顺德法院, 南山检察院: agency_types.yaml
    place_word_types)."""
    return frozenset(agency_vocabulary().place_word_types)


def _bare_names(node: RegionEntry) -> list[str]:
    """``node``'s name without its level word (玉门 for 玉门市, 阿克苏 for 阿克苏地区, 兴安 for 兴安盟, 神农架
    for 神农架林区), its short names without 州 (恩施 for 恩施州: an autonomous prefecture's vertical
    bodies are named so, 恩施银保监分局) or an autonomous banner's without 旗 (鄂温克 for 鄂温克旗), and an
    autonomous county's place with no short form (玉屏 of 玉屏侗族自治县: 铜仁金融监管分局玉屏监管支局)."""
    level = next((w for w in ("地区", "林区", "盟", *_LEVEL_WORDS) if node.name.endswith(w)), None)
    names = [node.name.removesuffix(level)] if level else []
    banner = node.name.endswith("自治旗")
    names += [s[:-1] for s in node.short if s.endswith("州") or (banner and s.endswith("旗"))]
    place = autonomous_place(node.name) if node.level == "county" and not node.short else None
    names += [place] if place else []
    return [n for n in names if len(n) >= 2]


#: The levels of a county's rank (a county-level city, a district, a county, a banner).
_COUNTY_LEVELS = frozenset(("county_city", "district", "county"))

#: The levels of region a body's name may end at (its type's level_suffixes, the rest its suffix's).
_RANKED_LEVELS: tuple[str, ...] = ("province", "prefecture", "county_city", "district", "county")


def _level_ranks(entry: AgencyType, word: str | None) -> frozenset[str]:
    """The levels of region whose body of ``entry``'s type ends with the level ``word``, by the type's
    level_suffixes (监管支局: county, county_city, district) or, for its suffix, the levels they leave
    (监管分局: prefecture); empty when the type ranks no levels so or ``word`` is none of those endings."""
    if word is None or not entry.level_suffixes:
        return frozenset()
    named = frozenset(lv for lv, suffix in entry.level_suffixes.items() if suffix == word)
    if named:
        return named
    if word == entry.suffix:
        return frozenset(lv for lv in _RANKED_LEVELS if lv not in entry.level_suffixes)
    return frozenset()


def _tail_ranks(entry: AgencyType, tail: str) -> frozenset[str]:
    """The levels of region ``entry``'s body written ``tail`` after a place serves, by the level its tail's
    ending names (银保监分局, 金融监管分局: a prefecture's, as 监管分局; 银保监支局: a county's, as 监管支局):
    the longest of the type's level words whose last two characters end ``tail``; empty when none does."""
    words = sorted({entry.canonical_suffix, *entry.level_suffixes.values()}, key=len, reverse=True)
    word = next((w for w in words if tail.endswith(w[-2:])), None) if entry.level_suffixes else None
    return _level_ranks(entry, word)


def _zone_level(entry: AgencyType, alias: str) -> str | None:
    """The level a zone's body of ``entry``'s type is named at, as its ``alias`` says: the level the alias
    names (中级人民法院), else for a vertical body the level its ending names (金融监管支局: a county's
    监管支局, which a zone's plan writes as it is; 金融监管分局: a prefecture's); None when it says none."""
    said = entry.alias_level(alias)
    if said is not None or not entry.vertical:
        return said
    ranks = _tail_ranks(entry, alias)
    return min(ranks) if ranks else None


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


@cache
def _national_names() -> dict[str, tuple[str, AgencyType | None]]:
    """The country's listed bodies by each name plans write for them: the name they keep and their type."""
    vocab = agency_vocabulary()
    out: dict[str, tuple[str, AgencyType | None]] = {}
    for body in vocab.national.names:
        entry = vocab.by_id(body.type) if body.type else None
        for written in (body.name, *body.aliases):
            out[written] = (body.name, entry)
    return out


@cache
def _national_pattern() -> re.Pattern[str] | None:
    patterns = agency_vocabulary().national.patterns
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@cache
def _national_heads() -> tuple[str, ...]:
    """The names a vertical body's offices open with, a type's head and prefixes (国家金融监督管理总局义乌
    监管支局, 国家税务总局宾阳县税务局): their places may be written without their level words, which no scan
    for places finds (义乌)."""
    types = agency_vocabulary().types
    heads = {*(t.head for t in types if t.head), *(p for t in types for p in t.prefixes)}
    return tuple(sorted(heads, key=len, reverse=True))


def national_body(name: str) -> tuple[str, AgencyType | None] | None:
    """The country's own body ``name`` names whole, by the name it keeps and its type (agency_types.yaml
    national): a listed name or alias (公安部, 国知局), else a name of one of the patterns (国家林业和草原局),
    typed by its ending, that goes on after no type's head (国家税务总局…税务局); the caller checks it
    names no place (国家市场监督管理总局江苏分局). None for any other name."""
    leads = agency_vocabulary().national.leads
    words = next((name[len(w) :] for w in leads if name.startswith(w)), name)
    listed = _national_names().get(words)
    if listed is not None:
        return listed
    pattern = _national_pattern()
    if pattern is None or pattern.fullmatch(words) is None:
        return None
    if any(words.startswith(head) and len(words) > len(head) for head in _national_heads()):
        return None  # an office of a vertical body (国家金融监督管理总局义乌监管支局)
    typed = agency_type(words)
    return words, typed[0] if typed is not None else None


@lru_cache(maxsize=4096)
def _city_without_suffix(
    index: RegionIndex, rest: str, level: str = "prefecture"
) -> tuple[RegionEntry, int] | None:
    """遵义金融监管分局, 金华海关, 海口海关驻琼海办事处: a prefecture-level city written without 市
    right before a body's type: a short form the gazetteer cannot list for all text (an ordinary word,
    or a county's too); (round 37b) a prefecture written without 地区 (阿克苏边境管理支队: 阿克苏地区, not
    the city 阿克苏市); with ``level`` county_city, a county-level city without 市 (霍尔果斯口岸管理
    委员会)."""
    if rest[:1] in PREFIX_LEVELS or index.lookup(rest):
        return None  # a relative prefix (市科技局) or a place itself (南通高新区)
    for k in (2, 3, 4):
        if len(rest) <= k + 1:
            break
        named = [
            *index.lookup(rest[:k] + "市", allow_short=False),
            *index.lookup(rest[:k] + "地区", allow_short=False),
        ]
        found = [e for e in named if e.level == level]
        if len(found) == 1 and agency_type(_head_body(rest[k:])) is not None:
            return found[0], k
    return None


def _city_word_shared(name: str, pos: int) -> bool:
    """The 市 closing the place's name that ends at ``pos`` opens the body's name too (义乌市场监管局,
    南通市场监督管理局: a city written without its 市 before 市场监管局): the words after the place name no
    body and with the 市 they do."""
    if pos < 2 or pos >= len(name) or name[pos - 1] != "市":
        return False
    rest = name[pos:]
    if agency_type(rest) is not None or collective_type(rest) is not None:
        return False
    return agency_type("市" + rest) is not None


#: A bureau's closing word (市局长阳分局: 市局 and its unit).
_BUREAU = "局"
#: What a zone's internal bureau or department of no known type ends with (高新区社会事务局, 新区党群工作部),
#: and what ends a body named by the zone's word that is none of them (高新区建设指挥部).
_ZONE_DEPARTMENT_ENDS = ("局", "部")
_NOT_DEPARTMENTS = ("指挥部",)

#: The body a place named alone among units stands for.
_BARE_PLACE_BODY = "人民政府"


@cache
def place_self_words(index: RegionIndex, region: RegionEntry | None) -> tuple[tuple[str, RegionEntry], ...]:
    """The words the bodies of ``region`` or of a region above it may be prefixed with to mean that region
    (agency_types.yaml self_words), each with the nearest region it means, longest first: 高新区 and
    开发区 for 石家庄高新技术产业开发区, 新区 for 滨海新区, 地区 for 阿里地区 (also in its counties'). Kept
    per region: a plan's registry and its targets both ask."""
    if region is None:
        return ()
    found: dict[str, RegionEntry] = {}
    for node in (region, *index.ancestors(region)):
        if node.level not in ("zone", "district", "county", "county_city", "prefecture"):
            continue
        names = (node.name, *node.short)
        for w in agency_vocabulary().self_words:
            if w.word not in found and any(n.endswith(w.ends) for n in names):
                found[w.word] = node
    return tuple(sorted(found.items(), key=lambda p: -len(p[0])))


@cache
def _branch_forms() -> tuple[tuple[str, ...], dict[str, str]]:
    """The levels ending a bureau's branch named for a place, and the short bureaus (agency_types.yaml)."""
    forms = agency_vocabulary().branches
    return (forms.levels, forms.short_bureaus) if forms else ((), {})


@cache
def _zone_places() -> tuple[str, ...]:
    """The words ending the name of a zone a bureau's branch serves (agency_types.yaml branches)."""
    forms = agency_vocabulary().branches
    return forms.zone_places if forms else ()


def _head_body(rest: str) -> str:
    """The body an outpost belongs to (海关 of 海关驻琼海办事处, 乌鲁木齐海关 of 乌鲁木齐海关克拉玛依办事处: a
    vertical body's name and a place before an outpost word of agency_types.yaml), else ``rest`` itself."""
    at = rest.find("驻")
    if at > 0:
        return rest[:at]
    ends = agency_vocabulary().outposts
    if ends and rest.endswith(ends):
        for cut in range(2, len(rest) - 3):
            typed = agency_type(rest[:cut])
            # 上海金融监管局闵行监管组: an alias naming a vertical body after a short name (after_short) too
            if typed is not None and (typed[0].vertical or rest[:cut] in _after_short()):
                return rest[:cut]
    return rest


@cache
def _own_place_regex() -> re.Pattern[str]:
    """A town's or a subdistrict's name opening a title's words after its region (崇义街道知识产权…): a
    place's two to four words, then a bare alias of agency_types.yaml bare_place_ends."""
    ends = sorted(agency_vocabulary().bare_place_ends, key=len, reverse=True)
    return re.compile("[\u4e00-\u9fff]{2,4}?(?:" + ("|".join(map(re.escape, ends)) or "(?!)") + ")")


def _own_place(words: str) -> tuple[str, str] | None:
    """The town or subdistrict opening ``words`` (a title's after its region), with its bare word: (崇义街道,
    街道); None for a kind of place (特色小镇: bare_place_kinds) or a place no words follow."""
    found = _own_place_regex().match(words)
    if found is None or found.end() >= len(words):
        return None
    place = found.group()
    vocab = agency_vocabulary()
    if place.endswith(vocab.bare_place_kinds):
        return None
    word = next(w for w in sorted(vocab.bare_place_ends, key=len, reverse=True) if place.endswith(w))
    if not words.startswith(_AFTER_OWN_PLACE + _place_bodies(word), found.end()):
        return None  # 美丽乡村…: words going on, no place's name
    return place, word


#: What a title writes right after the town or subdistrict whose plan it is (崇义街道知识产权工作方案,
#: 大石头镇2024年…, …镇人民政府关于…).
_AFTER_OWN_PLACE = ("知识产权", "关于", "年度", "20", "19")


def _place_bodies(word: str) -> tuple[str, ...]:
    """The words naming the government or office of a place by ``word`` (街道: 办事处; 镇: 人民政府, 政府),
    from agency_types.yaml place_named_ends, longest first: 街道办事处党政办 is the subdistrict's 党政办."""
    return _bodies_by_place_word().get(word, ())


@cache
def _bodies_by_place_word() -> dict[str, tuple[str, ...]]:
    """_place_bodies for each of agency_types.yaml bare_place_ends, read once."""
    ends = agency_vocabulary().place_named_ends
    out: dict[str, tuple[str, ...]] = {}
    for word in agency_vocabulary().bare_place_ends:
        bodies = (e[len(word) :] for e in ends if e.startswith(word) and len(e) > len(word))
        out[word] = tuple(sorted(bodies, key=len, reverse=True))
    return out


#: The longest department name read at a title's start (after its region).
_OWNER_MAX = 16


def _owner_body(words: str) -> str | None:
    """The department a title's words (after its region) open with, when the title goes on with no other
    body (市场监督管理局2024年知识产权工作要点: 市场监督管理局): a type's alias closing it, or its second
    name in brackets (市场监督管理局（知识产权局）), none of a government (人民政府: its offices are the
    region's departments)."""
    for end in range(min(len(words), _OWNER_MAX), 1, -1):
        head = words[:end]
        main = split_trailing_alias(head)[0]  # 市场监督管理局（知识产权局）: typed by its first name
        typed = agency_type(main)
        if typed is None or not main.endswith(typed[1]):
            continue
        if typed[0].broader not in _OWNER_KINDS or looks_like_agency(words[end : end + _OWNER_MAX]):
            return None
        return head
    return None


#: Categories of the departments whose own plans name their sections (agency_types.yaml categories): not a
#: government, its office, a town, a leading group (their units are bodies of their own) nor a word
#: holding a town's alias (美丽乡村).
_OWNER_KINDS = frozenset(
    {
        "government_department",
        "regulator",
        "economic_department",
        "social_department",
        "judicial",
        "party_organ",
    }
)


def split_trailing_alias(name: str) -> tuple[str, str | None]:
    """区市场监管局（知识产权局） → (区市场监管局, 知识产权局) when both halves name bodies: the first a body
    of a known type, the bracket one too or a body of its own name (县发改局（县粮食和物资储备局）, the second
    name the office bears)."""
    if not name or name[-1] not in CLOSERS:
        return name, None
    opener = CLOSERS[name[-1]]
    at = name.rfind(opener)
    if at <= 0:
        return name, None
    main, inner = name[:at], name[at + 1 : -1]
    if agency_type(main) and (agency_type(inner) or ends_like_body(inner)) and not collective_type(name):
        return _bearer_first(main, inner)
    return name, None


@cache
def _plates() -> frozenset[str]:
    return frozenset(agency_vocabulary().plates)


def names_a_plate(words: str, inner: str) -> bool:
    """``inner``, in brackets right after ``words``, names the body that ``words`` end with by its other plate
    (…报送市市场监督管理局（市知识产权局）, 县委宣传部（县版权局）, 区知识产权局（区市场监管局）): one of the
    two names is of a type that is a plate (agency_types.yaml plates), the other of a type that is none."""
    first, second = agency_type(words), agency_type(inner)
    if first is None or second is None or not words.endswith(first[1]):
        return False
    return (first[0].id in _plates()) != (second[0].id in _plates())


def _bearer_first(main: str, inner: str) -> tuple[str, str]:
    """The pair of a name and its bracketed second name with the body first: a plate written first
    (区知识产权局（区市场监管局）: agency_types.yaml plates) goes second, after the department bearing it,
    which takes the plate's relative prefix where it writes none (区知识产权局（市场监管局）)."""
    typed, bearer = agency_type(main), agency_type(inner)
    if typed is None or typed[0].id not in _plates() or bearer is None or bearer[0].id in _plates():
        return main, inner
    prefix = main[0] if main[0] in _RELATIVE_WORDS and len(main) - len(typed[1]) == 1 else ""
    return (inner if inner.startswith(prefix) else prefix + inner), main


@cache
def _partners(index: RegionIndex) -> dict[str, RegionEntry]:
    """Each region one with another under two names (石河子市 and 第八师: regions.yaml one_with), by either's
    id: the other."""
    pairs: dict[str, RegionEntry] = {}
    for node in index.by_id.values():
        if node.one_with is not None and node.one_with in index.by_id:
            pairs[node.one_with] = node
            pairs[node.id] = index.by_id[node.one_with]
    return pairs


class AgencyRegistry:
    """All agencies of one document; resolves mentions and merges on in-plan evidence."""

    def __init__(self, index: RegionIndex, region: RegionEntry | None, scope: str) -> None:
        self.index = index
        self.region = region
        self.scope = scope  # used in ids when the plan's region is unknown
        self.agencies: dict[str, ResolvedAgency] = {}
        self._merged: dict[str, str] = {}  # id of an alias body -> id of its host
        self.leading_group: str | None = None  # the group the plan sets up, for bare 领导小组
        self.self_words = place_self_words(index, region)  # 高新区, 新区, 地区 …: what a place calls itself
        self._placements: dict[str, Placement] = {}  # _place's answers: a plan names a body many times
        self._identities: dict[str, _Identity] = {}  # identify's answers, for the same reason
        #: Bodies named again after their first mention (as a branch): references made before name them anew.
        self.renamed: set[str] = set()
        #: The town or subdistrict below the region whose own plan this is (崇义街道 of 涪陵区崇义街道…方案),
        #: with the bare word its own offices open with (街道党政办: 崇义街道党政办): learn_owner.
        self.own_place: tuple[str, str] | None = None
        #: The department whose own plan this is (五常市市场监督管理局…工作要点): its sections (知识产权股)
        #: are its own, never bodies of the region: learn_owner.
        self.owner: ResolvedAgency | None = None
        #: The department whose plan this is, named by the title (owner) or as the one issuer: what 本局 and
        #: 县局 name (learn_issuers).
        self.department: ResolvedAgency | None = None
        #: Short names the plan defines for bodies (县保护中心 of 县知识产权保护中心（以下简称县保护中心）),
        #: with their full names: learn_short_names.
        self.short_names: dict[str, str] = {}
        for entry in _with_own_bodies():
            own_body_regions(index, entry)  # the lists checked against this gazetteer before any use
            _region_ids(index, entry.id, tuple(entry.region_names))

    def learn_leading_group(self, text: str) -> None:
        """When the plan sets up exactly one leading group (成立…领导小组), or sets up none and names one
        (充分发挥州知识产权工作领导小组作用), a bare 领导小组 or 领导小组办公室 means that group (or its
        office)."""
        names: dict[str, str] = {}
        for m in _SETS_UP_GROUP.finditer(text):
            name = squeeze(m.group(1))
            names.setdefault(name.replace("工作", ""), name)  # 示范工作领导小组 = 示范领导小组
        if not names and "领导小组" in text:  # none set up: the one group the plan names (发挥…领导小组作用)
            for m in _NAMED_GROUP.finditer(text):
                names.setdefault(m.group().replace("工作", ""), m.group())
        self.leading_group = next(iter(names.values())) if len(names) == 1 else None
        self._identities.clear()  # a bare 领导小组 may now stand for the group

    def learn_short_names(self, text: str) -> None:
        """The short names the plan defines for its bodies (（以下简称“县保护中心”）): a later mention of
        one that names no body of a type is the body of its full name."""
        self.short_names = defined_short_names(text)
        self._identities.clear()

    def learn_owner(self, words: str) -> None:
        """From the title's words after its region (崇义街道知识产权工作方案, 市场监督管理局2024年…): the
        town or subdistrict the plan is of, when the gazetteer does not know it, or the department whose own
        plan it is. Read once a plan, before any unit is named."""
        self.own_place = _own_place(words)
        if self.own_place is not None or self.region is None:
            return
        body = _owner_body(words)
        if body is not None:
            name = self.index.display_name(self.region) + body
            self.learn(name)  # 市场监督管理局（知识产权局）2024年…: its 知识产权局 is the same body
            self.owner = self.department = self.identify(name)

    def learn_issuers(self, issuers: list[ResolvedAgency]) -> None:
        """The department whose plan this is when the title names none: the plan's one issuer, a
        department of a kind one region has one of (县市场监督管理局, not 县人民政府), or its two names
        signing with a plate it bears (市市场监督管理局 and 市知识产权局: agency_types.yaml plates). Its
        sections the plan names (知识产权促进科, 商标管理科: section_ends) are its own, as in a plan whose
        title opens with it."""
        plates = _plates()
        bodies = {
            issuer.id: issuer for issuer in issuers if issuer.type is None or issuer.type.id not in plates
        }
        bodies = bodies or {issuer.id: issuer for issuer in issuers}  # a 知识产权局 signing alone
        if self.department is not None or len(bodies) != 1:
            return
        issuer = next(iter(bodies.values()))
        if any(other.region_id != issuer.region_id for other in issuers):
            return  # a plate of another region's: two bodies
        entry = issuer.type
        if entry is not None and entry.singleton and entry.broader in _OWNER_KINDS:
            self.department = issuer
            self.owner = self.owner or issuer
            self._identities.clear()  # 本局, 县局 may now name it

    def _bare_department(self, name: str) -> ResolvedAgency | None:
        """本局 (the department whose plan this is), 县局, 市局, 金华市局 (its kind at the place named), or
        None."""
        department = self.department
        vocabulary = agency_vocabulary()
        if department is None or department.type is None or not name.endswith(vocabulary.bare_departments):
            return None
        if name in vocabulary.own_department_words:
            return self.identify(department.name)
        entry = department.type
        ending = next(e for e in vocabulary.bare_departments if name.endswith(e))
        place = name[: len(name) - len(ending)]
        if not entry.zh.endswith(ending) or not place:
            return None
        if place not in _RELATIVE_WORDS and self._place(name)[1] != ending:
            return None  # 市场监管局: a body's own name, no place and an ending
        found = self.identify(place + entry.zh)
        return found if found.type is entry else None

    def _department_unit(self, name: str) -> str | None:
        """The words after the bare word of the department whose plan this is that open a unit's name
        (市局执法支队, 市局长阳分局, 宜昌市局五峰分局, 本局办公室: the department's unit, its branch), or
        None."""
        department = self.department
        at = name.find(_BUREAU) + 1
        if department is None or not 1 < at < len(name) - 1 or name.startswith(department.name):
            return None
        bare = self._bare_department(name[:at])
        return name[at:] if bare is not None and bare.id == department.id else None

    def _own_office(self, rest: str) -> str | None:
        """``rest`` named as its plan's own town or subdistrict's (街道党政办, 街道办事处党政办 in a plan of
        崇义街道: 崇义街道党政办), or None."""
        if self.own_place is None:
            return None
        place, word = self.own_place
        for opening in (place, word):
            if rest.startswith(opening) and len(rest) > len(opening) + 1:
                tail = rest[len(opening) :]
                body = next((b for b in _place_bodies(word) if tail.startswith(b) and len(tail) > len(b)), "")
                return place + tail[len(body) :]
        if rest.startswith(("各", place[: -len(word)], *_RELATIVE_WORDS)):
            return None  # 各社区 gathered, 松陵司法所 named by its place, 区市场监管局 the district's
        return place + rest  # 经发办, 党政办公室 written bare in 松陵街道's plan: its own offices

    def _section(self, rest: str, scope: str, *, named: bool = False) -> ResolvedAgency | None:
        """A section or another unit of the department whose own plan this is (知识产权股, 法规科 in a
        市场监督管理局's plan, 机关党委, 各直属单位: own_units.py), named as the department's, or None;
        ``named``: only a unit a type or a collective of the region's would otherwise name (机关纪委)."""
        owner = self.owner
        words = None if owner is None else own_unit(rest, owner.name)
        if owner is None or words is None or (named and not own_named(words)):
            return None
        name = owner.name + words
        gathered = own_collective(words)
        if gathered is not None:  # 各直属单位: the department's units gathered
            return ResolvedAgency(
                f"agency/{scope}/{gathered.id}/{_short_hash(name)}", name, None, gathered, owner.region_id
            )
        return ResolvedAgency(f"agency/{scope}/{_short_hash(name)}", name, None, None, owner.region_id)

    # --- place ---------------------------------------------------------------------------
    def _place(self, name: str) -> Placement:
        """Region named by the mention's prefix, the rest of the name, whether the place was explicit,
        the relative prefix used (if any) and how the mention was placed."""
        placed = self._placements.get(name)
        if placed is None:
            placed = self._place_anew(name)
            if placed.region is not None and self._one_with(placed.region, placed.rest):
                placed = placed._replace(region=self.region)  # 第八师一四三团 in a plan of 石河子市
            self._placements[name] = placed
        return placed

    def _one_with(self, region: RegionEntry, rest: str) -> bool:
        """``region`` is one with the plan's under another name (第八师 in a plan of 石河子市: 师市合一), and
        ``rest`` names no body of a kind each level has its own of (第八师人民法院 and 第八师中级人民法院 are
        not 石河子市人民法院: level_suffixes; 第八师人民检察院 is not 石河子市人民检察院: per_level)."""
        own = self.region
        partner = _partners(self.index).get(region.id) if own is not None else None
        if partner is None or partner is not own:
            return False
        typed = agency_type(rest)
        return typed is None or not (typed[0].level_suffixes or typed[0].per_level)

    def _place_anew(self, name: str) -> Placement:
        """_place, read from the name's words."""
        rest = name
        for lead in ("中共", "中国共产党"):
            if rest.startswith(lead):
                rest = rest[len(lead) :]
        if rest.startswith(_PROPER_NAME_STARTS):
            country = self._after_country(rest)
            if country is not None:
                return Placement(country, rest, True, "", "country")
        explicit: RegionEntry | None = None
        short = False
        pos = 0
        while True:
            hit = self.index.match_at(rest, pos, len(rest), allow_short=True)
            if hit is None:
                break
            places = _places(hit)
            candidates = [c for c in places if explicit is None or c.parent == explicit.id]
            if not places or (hit.short and not candidates):
                break  # 中国/全国 open proper names; a short name goes on a place only as its part
            if hit.span[1] >= len(rest):
                break  # the mention is a bare place name, not a body in it
            first = explicit is None and not hit.short
            decided = self._decide(places) if first else self._prefer(candidates or places)
            if decided is None:
                return Placement(None, rest[hit.span[1] :], True, "", "ambiguous")
            explicit = decided
            short = short or hit.short
            pos = hit.span[1]
        if explicit is not None and _city_word_shared(rest, pos):
            pos -= 1  # 义乌市场监管局: 义乌 and 市场监管局, not 义乌市 and 场监管局
        if short and explicit is not None and pos < len(rest):
            explicit = self._ranked(explicit, rest[:pos], rest[pos:])
        if (
            explicit is not None
            and pos < len(rest)
            and not (short and self._town_named_by(explicit, rest[pos:]))
        ):
            return Placement(explicit, rest[pos:], True, "", "short" if short else "name")
        city = _city_without_suffix(self.index, rest) if explicit is None else None
        if city is not None:
            return Placement(city[0], rest[city[1] :], True, "", "city")
        word = self._place_word(rest) if explicit is None else None
        if word is not None and word[2]:
            return Placement(word[0], rest[len(word[1]) :], True, "", "city")  # 恩施银保监分局, as 遵义's
        if word is not None:
            return Placement(word[0], rest, True, "", "word")
        town = _city_without_suffix(self.index, rest, "county_city") if explicit is None else None
        if town is not None:
            return Placement(town[0], rest[town[1] :], True, "", "city")
        inside = [h for h in self.index.scan(rest, 1, len(rest), allow_short=False) if not _joined(rest, h)]
        if inside:
            place = self._prefer(list(inside[0].candidates))
            return Placement(place, rest, True, "", "inside")
        # the longest word that names the body of a type after it, else a bureau (师市场监管局 in a plan of
        # 石河子市: 师 and the market regulator, not 师市 and 场监管局)
        owns = [(w, place) for w, place in self.self_words if rest.startswith(w)]
        own = max(owns, key=lambda p: self._of_self(rest[len(p[0]) :]), default=None)
        if own is not None and self._of_self(rest[len(own[0]) :]):
            return Placement(own[1], rest[len(own[0]) :], False, own[0], "relative")
        prefix = level_prefix(rest)
        target = self.index.with_prefix_level(self.region, prefix) if self.region and prefix else None
        if prefix and prefix not in _LOOSE_PREFIXES and target and not target.name.endswith(prefix):
            prefix = None  # 州桥街道 in a plan of 开封市鼓楼区: no 州 above it, the word opens the name
        if prefix and rest.startswith(_prefix_words()) and type_start(rest, 0, len(rest)) not in (0, 1):
            # 市场发展委 in 义乌市's plan: 市场 opens the name (市场监管局 is an alias); 市民政局 is 市 and
            # 民政局, an alias right after the prefix
            prefix = None
        if (
            prefix is not None
            and rest not in _alias_set()
            and (len(rest) > len(prefix) + 1 or rest[len(prefix) :] in _after_place())
        ):  # 县委: the county's party committee, 委 naming it right after the prefix
            zone = self._zone_of(target, rest[len(prefix) :])
            if zone is not None:
                return zone
            return Placement(target, rest[len(prefix) :], False, prefix, "relative")
        if self.region is not None and self.region.level == "prefecture":
            zone = self._zone_of(self.region, rest)  # 高新区管委会 in a plan of 洛阳市: 洛阳市高新区's
            if zone is not None:
                return zone
        return Placement(self.region, rest, False, "", "none")

    @staticmethod
    def _of_self(rest: str) -> int:
        """What follows a word the plan's region calls itself by names one of its bodies: a body of a known
        type or a collective (2), or a bureau of its own name (1: 高新区社会事务局, 开发区规划建设局, a zone's
        internal bureau the vocabulary gives no type; 新区党群工作部, a department). Other words the word only
        opens (高新区建设指挥部) are left alone (0)."""
        if agency_type(rest) or collective_type(rest):
            return 2
        return int(
            len(rest) > 2 and rest.endswith(_ZONE_DEPARTMENT_ENDS) and not rest.endswith(_NOT_DEPARTMENTS)
        )

    def _zone_of(self, city: RegionEntry | None, rest: str) -> Placement | None:
        """市高新区管委会 in a plan of 青岛市 (or of a region in it): 青岛市高新区's, the city's zone that the
        gazetteer knows by the city's name and the words after 市, placed as that name written out is."""
        if city is None or not city.name.endswith("市"):
            return None
        written = city.name + rest
        hit = self.index.match_at(written, 0, len(written), allow_short=False)
        if hit is None or hit.span[1] <= len(city.name) or hit.span[1] >= len(written):
            return None
        if not any(c.level == "zone" and c.parent == city.id for c in hit.candidates):
            return None
        return self._place(written)

    def _town_named_by(self, place: RegionEntry, rest: str) -> bool:
        """A far region's short name opens a town's or subdistrict's own name (东城街道 in a plan of 宾阳县,
        far from 北京's 东城区), or a zone's (滨海湾新区管委会 in a plan of 东莞市, far from 天津's 滨海新区):
        the town or zone is the plan's, not that region's. A near one places it (海门街道 in a plan of 南通市
        lies in 海门区), and so does one inside the plan's region (郑州新郑综合保税区管委会 in a plan of
        河南省: 新郑市's, two levels down). A far region's short name that words go on from into a vertical
        body's name, the region of a level the body's type names none for, opens the body's own name too
        (马村港海关 in a plan of 海口市 is no customs of 焦作's 马村区; 上海海关 and 黄埔海关 are placed)."""
        typed = agency_type(rest)
        if typed is None or self.region is None or self._near(place):
            return False
        if self._within_own(place):
            return False
        entry = typed[0]
        if entry.vertical and entry.serves is not None:
            # two tests, not one of a starred tuple: mypyc could not compile `not in (*a, *b)`
            return (
                typed[1] != rest and place.level not in entry.serves and place.level not in entry.maybe_serves
            )
        return (typed[1] == rest and entry.broader == "grassroots") or entry.broader == "zone_admin"

    def stray_joiner(self, name: str) -> int:
        """How many characters of a conjunction (or a verb of working with, 会同: partner_verbs, whose county
        may be read as written only in a plan of its own prefecture) open ``name`` where it joins rather than
        opens a place's name:
        与和县公安局 in a plan of 青川县 (四川) is 与 + 和 + 县公安局, the plan's own bureau, for 和县 lies in
        another province (安徽) and the words after the conjunction open with the relative prefix the plan's
        region names its own bodies by (县 in a county's plan). 0 when the name is read as written: in a plan
        of 含山县, 和县's neighbour, or of 浦口区 (南京, across the border), which names its own bodies 区….
        """
        if self.region is None:
            return 0
        vocab = agency_vocabulary()
        # 会同县科技局: 会同 + 县科技局, a verb before the plan's own body (partner_verbs)
        verb = next((v for v in vocab.partner_verbs if name.startswith(v)), None)
        joiner = verb or next((j for j in vocab.list_joiners if name.startswith(j)), None)
        if joiner is None or len(name) <= len(joiner) + 2:
            return 0
        rest = name[len(joiner) :]
        prefix = level_prefix(rest)
        if prefix is None or self.region.level not in PREFIX_LEVELS[prefix] or agency_type(rest) is None:
            return 0
        hit = self.index.match_at(name, 0, len(name), allow_short=False)
        if hit is None:
            return 0
        scope = self._province if verb is None else self._prefecture  # a verb's county: a neighbour's only
        own = scope(self.region)
        if own is None or any(scope(c) in (own, None) for c in hit.candidates):
            return 0
        return len(joiner)

    def _prefecture(self, node: RegionEntry) -> str | None:
        """The id of the prefecture ``node`` lies in (itself if it is one), else its province's."""
        if node.level == "prefecture":
            return node.id
        found = next((a.id for a in self.index.ancestors(node) if a.level == "prefecture"), None)
        return found if found is not None else self._province(node)

    def _province(self, node: RegionEntry) -> str | None:
        """The id of the province ``node`` lies in (itself if it is one), None above or outside one."""
        if node.level == "province":
            return node.id
        return next((a.id for a in self.index.ancestors(node) if a.level == "province"), None)

    def _bare_place(self, name: str) -> Placement | None:
        """A county-level or higher place named alone in a list of units (配合单位：大武口区、惠农区、
        平罗县人民政府; an autonomous county written short, 大通县): its people's government."""
        hit = self.index.match_at(name, 0, len(name), allow_short=False)
        if hit is None and autonomous_whole(self.index, name):
            hit = self.index.match_at(name, 0, len(name), allow_short=True)
        if hit is None or hit.span[1] != len(name):
            return None
        places = [c for c in _places(hit) if c.level not in ("zone", "country")]
        if not places:
            return None
        decided = self._decide(places)
        if decided is None:
            return Placement(None, _BARE_PLACE_BODY, True, "", "ambiguous")
        return Placement(decided, _BARE_PLACE_BODY, True, "", "name")

    def _place_word(self, rest: str) -> tuple[RegionEntry, str, bool] | None:
        """玉门经济开发区管委会 in a plan of 玉门市, 霍尔果斯海关 in one of 伊犁哈萨克自治州: the plan's
        place, one above it or one just below it, written without its level word before a zone's or a
        vertical body's name, which carries its own place that way. With the word and whether the body is
        a vertical one named by a prefecture (恩施银保监分局, 阿克苏海关) or by a place of the rank its
        ending says (恩施银保监支局: 恩施市's, in a plan of 恩施州 too), not a zone's. A place's word shared
        by a prefecture and its city (恩施, 和田) is the one of the rank the ending says, as _of_level_word
        reads a name with its head."""
        if self.region is None or rest[:1] in PREFIX_LEVELS:
            return None
        found = next(
            (p for p in self._place_words if rest.startswith(p[0]) and len(rest) > len(p[0]) + 1), None
        )
        typed = agency_type(_head_body(rest))
        if found is None and typed is not None and typed[0].vertical:
            found = self._far_place_word(rest)  # 马尾海关 in a plan of 福建省: 马尾区, two levels down
        if found is None:
            return None
        leveled = typed is not None and typed[1] in typed[0].level_aliases  # 恩施中院: a prefecture's court
        named_so = typed is not None and typed[0].id in _by_place_word()  # 顺德法院
        if typed is None:
            return None
        if not (typed[0].vertical or typed[0].broader == "zone_admin" or leveled or named_so):
            return None
        if typed[0].broader == "zone_admin":
            return found[1], found[0], False
        if named_so and not (typed[0].vertical or leveled):
            return found[1], found[0], True  # 顺德法院: 顺德区's court, named as its type names it
        ranks = _tail_ranks(typed[0], rest[len(found[0]) :])
        if leveled and not ranks:
            ranks = frozenset((typed[0].level_aliases[typed[1]],))
        node = self._of_rank(found[1], found[0], ranks)  # 恩施银保监分局 in a plan of 恩施市: 恩施州's
        rank = self._rank(node, typed[0])  # 仙桃金融监管分局 in 仙桃's plan: a city its province governs
        return node, found[0], rank == "prefecture" or rank in ranks

    def _rank(self, node: RegionEntry, entry: AgencyType) -> str:
        """The level ``node``'s body of ``entry``'s type ranks at: its own, or a prefecture's for a
        county-level place its province governs directly where the type says so (direct_ranked: 潜江市's
        监管分局)."""
        if not entry.direct_ranked or node.level not in _COUNTY_LEVELS or node.parent is None:
            return node.level
        parent = self.index.by_id.get(node.parent)
        direct = parent is not None and parent.level == "province" and not is_municipality(parent)
        return "prefecture" if direct else node.level

    def _far_place_word(self, rest: str) -> tuple[str, RegionEntry] | None:
        """The place a vertical body's name opens with written without its level word, beyond the plan's
        region's children (马尾海关, 图们海关 in a plan of their province; a vertical body serves the
        place that names it): the one such place inside the plan's region (城关税务分局 in a plan of a
        county is no body of 兰州's 城关区)."""
        bare = self.index.bare_names()
        for cut in range(min(len(rest) - 2, 6), 1, -1):
            places = bare.get(rest[:cut])
            if places:
                inside = [c for c in places if self._within_own(c)]
                return (rest[:cut], inside[0]) if len(inside) == 1 else None
        return None

    def _ranked(self, node: RegionEntry, word: str, tail: str) -> RegionEntry:
        """``node``, named by a short ``word`` before a body's ``tail``, or the region near the plan the word
        names too whose rank the body says: a vertical body's ending (吉林金融监管分局 in a plan of 吉林市:
        分局 is a prefecture's, 吉林市's, not 吉林省's), an alias naming a level (海南中院 in a plan of
        海南州: a prefecture's court), or the levels the type serves (海关: a prefecture's)."""
        typed = agency_type(_head_body(tail))
        if typed is None:
            return node
        entry, alias = typed
        ranks = _tail_ranks(entry, tail) if entry.vertical else frozenset()
        if not ranks and alias in entry.level_aliases:
            ranks = frozenset((entry.level_aliases[alias],))
        if not ranks and entry.serves:
            ranks = frozenset(entry.serves)
        return self._of_rank(node, word, ranks)

    @cached_property
    def _place_words(self) -> tuple[tuple[str, RegionEntry], ...]:
        """The names without their level word (玉门) of the plan's region, its ancestors and its children,
        longest first."""
        region = self.region
        if region is None:
            return ()
        nodes: tuple[RegionEntry, ...] = (
            region,
            *self.index.ancestors(region),
            *self.index.children.get(region.id, ()),
        )
        # the plan's region last: its word wins over a child's (恩施 is 恩施州's, not 恩施市's)
        words = {word: node for node in reversed(nodes) if node.level != "zone" for word in _bare_names(node)}
        return tuple(sorted(words.items(), key=lambda p: -len(p[0])))

    def _after_country(self, name: str) -> RegionEntry | None:
        """The place a national body is named for: 中国（南京）知识产权保护中心, 中国南通（家纺）…维权中心."""
        pos = next(len(w) for w in _PROPER_NAME_STARTS if name.startswith(w))
        if name[pos : pos + 1] in PAIRS:
            pos += 1
        hit = self.index.match_at(name, pos, len(name), allow_short=True)
        if hit is None or hit.span[1] >= len(name):
            return None
        places = _places(hit)
        return self._prefer(places) if places else None

    @cached_property
    def _country(self) -> RegionEntry | None:
        """The gazetteer's country, the region of the country's own bodies (None when it has none)."""
        return next((node for node in self.index.by_id.values() if node.level == "country"), None)

    def _national(self, name: str) -> ResolvedAgency | None:
        """The country's own body ``name`` names whole (公安部, 中共中央宣传部): its own name, its type, the
        country's region, and one id in every plan (agency/100000/<hash of the name>); None for a name of
        a pattern holding a place (国家市场监督管理总局江苏分局: an office, read as before) or no national
        body's."""
        found = national_body(name)
        if found is None:
            return None
        words, entry = found
        if words not in _national_names() and any(
            hit.candidates[0].level != "country"
            for hit in self.index.scan(words, 0, len(words), allow_short=True)
        ):
            return None
        country = self._country
        scope = country.id if country is not None else _NATIONAL
        region_id = country.id if country is not None else None
        return ResolvedAgency(f"agency/{scope}/{_short_hash(words)}", words, entry, None, region_id)

    def _headed(self, name: str) -> ResolvedAgency | None:
        """A body written with its head and levels (人行南宁市中心支行江南支行, 人行县支行,
        国家税务总局南宁市江南区税务局): its full name keeps each place and level as written, with the
        head in full and a relative prefix as the region's name; it belongs to the last place named. None
        when the name does not read so (a bare 人民银行, or words after the last level)."""
        if not name.startswith(_head_starts()):
            return None
        written, entry = next((h, t) for h, t in _heads() if name.startswith(h))
        levels = sorted(entry.levels, key=len, reverse=True)
        parts = [entry.head or written]
        region: RegionEntry | None = None
        pos, placed = len(written), False
        while pos < len(name):
            hit = self.index.match_at(name, pos, len(name), allow_short=True)
            if hit is not None and hit.span[1] < len(name):
                places = _places(hit)
                inner = [c for c in places if region is None or c.parent == region.id]
                if not inner and (hit.short or not places):
                    return None
                region = self._prefer(inner or places)
                if hit.short:  # 国家金融监督管理总局吉林监管分局 in a plan of 吉林市: the city's
                    region = self._of_level_word(entry, (region, name[pos : hit.span[1]]), name, hit.span[1])
                parts.append(name[pos : hit.span[1]])
                pos, placed = hit.span[1], True
                continue
            # 国家金融监督管理总局金华监管分局义乌监管支局: 金华市 and 义乌市, which have no short forms
            child = self._named_bare(region, name, pos) if hit is None and not placed else None
            if child is not None:
                region = self._of_level_word(entry, child, name, pos + len(child[1]))
                parts.append(child[1])
                pos, placed = pos + len(child[1]), True
                continue
            if name[pos] in PREFIX_LEVELS and not placed and self.region is not None:
                region = self.index.with_prefix_level(self.region, name[pos])
                if region is None:
                    return None
                parts.append(self._display(region, "", entry.region_form))
                pos, placed = pos + 1, True
                continue
            level = next((w for w in levels if name.startswith(w, pos)), None)
            if level is None and region is not None and not placed and ends_like_body(name[pos:]):
                # a unit below the last level (…江南区支行营业部, …税务局第一税务所): its own body
                full = "".join(parts) + name[pos:]
                return ResolvedAgency(f"agency/{region.id}/{_short_hash(full)}", full, entry, None, region.id)
            if level is None or not placed:
                return None
            parts.append(level)
            pos, placed = pos + len(level), False
        if region is None or placed:
            return None
        return ResolvedAgency(f"agency/{region.id}/{entry.id}", "".join(parts), entry, None, region.id)

    def _named_bare(self, region: RegionEntry | None, name: str, pos: int) -> tuple[RegionEntry, str] | None:
        """A place named at ``pos`` without its level word, with the word: one just below ``region`` (义乌 for
        义乌市 after 金华监管分局), or with no region yet one near the plan's (金华 for 金华市 in a plan of
        义乌市); the longest, and only where more words follow it."""
        if region is None:
            words = self._place_words
        else:
            children = self.index.children.get(region.id, ())
            words = tuple((w, c) for c in children if c.level != "zone" for w in _bare_names(c))
        found = [(n, w) for w, n in words if name.startswith(w, pos) and len(name) > pos + len(w)]
        return max(found, key=lambda p: len(p[1])) if found else None

    def _of_level_word(
        self, entry: AgencyType, child: tuple[RegionEntry, str], name: str, end: int
    ) -> RegionEntry:
        """The region a place named without its level word at the head of ``entry``'s body stands for, when
        the level word after it says the body's rank and the place's word is shared by regions of two ranks
        near the plan's (恩施 for 恩施州 and 恩施市, 和田 for 和田地区 and 和田市): the one region of the
        rank, as a financial regulator's 监管分局 is a prefecture's (国家金融监督管理总局恩施监管分局 in a
        plan of 恩施市 is 恩施州's) and its 监管支局 a county's. The place as found otherwise."""
        node, word = child
        levels = sorted(entry.levels, key=len, reverse=True)
        return self._of_rank(
            node, word, _level_ranks(entry, next((w for w in levels if name.startswith(w, end)), None))
        )

    def _of_rank(self, node: RegionEntry, word: str, ranks: frozenset[str]) -> RegionEntry:
        """``node``, found by its ``word``, or when the body's ending says ``ranks`` that ``node``'s level is
        not of, the one region near the plan's named by the same word whose level is (恩施: 恩施州 for a
        监管分局, 恩施市 for a 监管支局); ``node`` when there is not exactly one."""
        if not ranks or node.level in ranks:
            return node
        fits = [n for n in self._word_nodes.get(word, ()) if n.level in ranks]
        return fits[0] if len(fits) == 1 else node

    @cached_property
    def _word_nodes(self) -> dict[str, tuple[RegionEntry, ...]]:
        """Every region of ``_place_words``'s by each word it is named by without its level word."""
        out: dict[str, tuple[RegionEntry, ...]] = {}
        region = self.region
        if region is None:
            return out
        nodes = (region, *self.index.ancestors(region), *self.index.children.get(region.id, ()))
        for node in nodes:
            if node.level != "zone":
                for word in _bare_names(node):
                    out[word] = (*out.get(word, ()), node)
        return out

    def _branch(self, name: str) -> ResolvedAgency | None:
        """A city bureau's branch named for the place it serves (市公安局章贡分局, 公安城北分局, and in the
        bureau's own plan the place alone: 鄂托克前旗分局): that place's bureau of the bureau's kind, one body
        with the place's own (区公安分局). None when the name does not read so: no bureau before the place,
        or no known place (公安交警分局, 市市场监管局城区分局)."""
        levels, short_bureaus = _branch_forms()
        if not name.endswith(levels):
            return None
        level = next(w for w in levels if name.endswith(w))
        head = name[: len(name) - len(level)]
        cut = head.rfind("局") + 1
        bureau = head[:cut]
        if not cut:
            short = next((w for w in short_bureaus if head.startswith(w)), None)
            if short is not None:
                cut, bureau = len(short), short_bureaus[short]
            elif self.department is not None:
                bureau = self.department.name  # 鄂托克前旗分局 in a plan of 鄂尔多斯市市场监督管理局: its own
            else:
                return None
        typed = agency_type(bureau) if cut < len(head) else None
        if typed is not None and bureau.endswith(typed[1]) and typed[1] in _after_short():
            # 江苏金融监管局徐州监管分局: a short name before 金融监管局 names the state regulator's office
            found = self.identify(bureau).type
            typed = (found, typed[1]) if found is not None else typed
        if typed is None or not typed[0].singleton:
            return None
        entry = typed[0]
        place = head[cut:]
        written = next(
            (w for w in entry.levels if w.endswith(level) and place.endswith(w[: -len(level)])), None
        )
        if written is not None and len(written) > len(level):  # 江苏金融监管局徐州监管分局: its type's level
            place = place[: len(place) - len(written) + len(level)]
        region = self._served_place(place)
        if region is None:
            return self._zone_branch(entry, bureau, head[cut:], level)  # 市公安局经开区分局
        branch = self._branch_name(entry, region, level, head[cut:])
        canonical = branch or self._type_name(entry, region, "")
        return ResolvedAgency(
            f"agency/{region.id}/{entry.id}", canonical, entry, None, region.id, branch is not None
        )

    def _zone_branch(self, entry: AgencyType, bureau: str, place: str, level: str) -> ResolvedAgency | None:
        """A bureau's branch serving a development zone or new area that no region's name names
        (市公安局经开区分局, 市场监管局高新区分局, 州公安局都匀经济开发区分局): of the bureau's type. Where
        ``place`` is the word a known zone calls itself by, that zone's bureau, named the city's bureau, the
        word as written, the level (银川市市场监督管理局经开区分局); else a body of its own named after its
        bureau. None when ``place`` names no zone (公安交警分局: a branch named for its work)."""
        if not place.endswith(_zone_places()):
            return None
        head = self.identify(bureau)
        if head.type is not entry:
            return None
        host = self.index.by_id.get(head.region_id) if head.region_id else None
        zone = self._zone_named(place, host)
        if zone is not None:
            city = self.index.by_id.get(zone.parent) if zone.parent else None
            name = (
                self._type_name(entry, city, "") + place + level
                if city is not None and (city.level == "prefecture" or is_municipality(city))
                else self._type_name(entry, zone, "")
            )
            return ResolvedAgency(f"agency/{zone.id}/{entry.id}", name, entry, None, zone.id, True)
        scope = head.id.split("/")[1]
        return ResolvedAgency(
            f"agency/{scope}/{_short_hash(place + level)}",
            head.name + place + level,
            entry,
            None,
            head.region_id,
        )

    def _zone_named(self, word: str, host: RegionEntry | None) -> RegionEntry | None:
        """The zone ``word`` names, a word zones call themselves by (agency_types.yaml self_words): the plan's
        own zone's (经开区 in a plan of 银川经济技术开发区), else the one zone of that kind ``host`` holds
        (高新区 in a plan of 昆明市: 昆明高新技术产业开发区); None when there is none or more than one."""
        own = next((node for w, node in self.self_words if w == word and node.level == "zone"), None)
        if own is not None or host is None:
            return own
        ends = next((w.ends for w in agency_vocabulary().self_words if w.word == word), None)
        if ends is None:
            return None
        zones = [
            c
            for c in self.index.children.get(host.id, ())
            if c.level == "zone" and any(n.endswith(ends) for n in (c.name, *c.short))
        ]
        return zones[0] if len(zones) == 1 else None

    def _branch_name(
        self, entry: AgencyType, region: RegionEntry, level: str, written: str = ""
    ) -> str | None:
        """The name of the branch of ``entry``'s bureau of the city above ``region`` that serves it, as
        such branches are named (铜陵市公安局义安分局, 北京市公安局朝阳分局, 赣州市市场监督管理局章贡分局):
        the city's bureau, the place's short name, the level; the place's full name where the plan writes it
        so (``written``: 鄂尔多斯市公安局东胜区分局). None when no city stands above the place."""
        city = self.index.by_id.get(region.parent) if region.parent else None
        if city is None or not (city.level == "prefecture" or is_municipality(city)):
            return None
        bureau = self._type_name(entry, city, "")
        if region.name.endswith("旗") or written == region.name:
            place = region.name  # 鄂尔多斯市公安局鄂托克前旗分局: a banner's short name names no branch
        elif region.short:
            place = region.short[0]
        elif region.name.endswith("新区"):
            place = region.name  # 重庆市公安局两江新区分局: 新区 is no level word to drop
        elif autonomous := autonomous_place(region.name):
            place = autonomous  # 宜昌市市场监督管理局五峰分局 (五峰土家族自治县)
        elif region.name[-1] in PREFIX_LEVELS and len(region.name) > 2:
            place = region.name[:-1]
        else:
            place = region.name
        return bureau + place + level

    def _served_place(self, place: str) -> RegionEntry | None:
        """The region ``place`` names whole, near the plan's (the plan's region, one of its ancestors, or a
        region they hold): a region's name or short name, the plan's own region's name without its level
        (城北 in a plan of 城北区, a name too common to be a short name), or one of its children's."""
        own = self.region
        hit = self.index.match_at(place, 0, len(place), allow_short=True)
        places = _places(hit) if hit is not None and hit.span[1] == len(place) else []
        if own is not None and places:
            places = [c for c in places if self._near(c)]
        if places:
            return self._prefer(places)
        if own is not None and own.name[-1] in PREFIX_LEVELS and len(own.name) > 2 and place == own.name[:-1]:
            return own
        # a region near the plan's written without its level word and given no short form (五峰 of
        # 五峰土家族自治县: 宜昌市市场监督管理局五峰分局)
        return next((node for word, node in self._place_words if word == place and node is not own), None)

    @cached_property
    def _lineage(self) -> frozenset[str]:
        """The ids of the plan's region and its ancestors."""
        if self.region is None:
            return frozenset()
        return frozenset({self.region.id, *(a.id for a in self.index.ancestors(self.region))})

    def _near(self, candidate: RegionEntry) -> bool:
        """The plan's region, one of its ancestors, or a region one of them holds."""
        return candidate.id in self._lineage or candidate.parent in self._lineage

    def _within_own(self, candidate: RegionEntry) -> bool:
        """Whether ``candidate`` lies inside the plan's region (at any depth below it)."""
        own = self.region
        return own is not None and any(a.id == own.id for a in self.index.ancestors(candidate))

    def _decide(self, candidates: list[RegionEntry]) -> RegionEntry | None:
        """The one of the regions a full name names that the plan means: the only one, one near the plan's
        region (_prefer), else the only one inside it (鼓楼区 in a plan of 福建省: 福州's); None when nothing
        decides (鼓楼区 in a plan of 江苏省, with 南京's and 徐州's, or in a plan of no known region)."""
        if len(candidates) == 1:
            return candidates[0]
        if self.region is None:
            return None
        near = next((c for c in candidates if self._near(c)), None)
        if near is not None:
            return near
        inside = [c for c in candidates if self._within_own(c)]
        return inside[0] if len(inside) == 1 else None

    def _prefer(self, candidates: list[RegionEntry]) -> RegionEntry:
        if self.region is None or len(candidates) == 1:
            return candidates[0]
        return next((c for c in candidates if self._near(c)), candidates[0])

    # --- resolution ----------------------------------------------------------------------
    def _scope_id(self, region: RegionEntry | None, prefix: str) -> str:
        if region is not None:
            return region.id
        return f"{self.scope}{'-' + prefix if prefix else ''}"

    def _type_name(
        self, entry: AgencyType, region: RegionEntry | None, prefix: str, level: str | None = None
    ) -> str:
        """The name of ``region``'s body of the type ``entry`` (南通市通州区市场监督管理局, 江苏省知识产权局);
        ``prefix`` stands for the place where there is no region; ``level``: the level the body's name
        says, where not its region's (a zone's 中级人民法院)."""
        level = level or (self._rank(region, entry) if region is not None else None)
        own = entry.region_names.get(region.name) if region is not None else None
        if own is not None:
            return own  # 新疆维吾尔自治区高级人民法院生产建设兵团分院
        municipality = region is not None and (is_municipality(region) or region.province_rank)
        place = self._display(region, prefix, entry.region_form)
        suffix = entry.suffix_for(level, municipality)
        doubled = agency_vocabulary().level_doubled_before
        if (
            region is not None
            and len(region.name) == 2
            and suffix.startswith(doubled)
            and place.endswith(region.name)
        ):
            place += region.name[-1]  # 曹县县委宣传部
        return (entry.head or "") + place + suffix

    def _display(self, region: RegionEntry | None, prefix: str, form: RegionForm = "name") -> str:
        if region is not None:
            prefecture = region.level == "prefecture"
            # 鄞州 of 鄞州区; not 凉山州 for 凉山彝族自治州 nor 阿盟 for 阿拉善盟 (凉山, 阿拉善: below)
            leveled = prefecture and region.short[0].endswith(("州", "盟")) if region.short else False
            if form == "short" and region.short and not leveled:
                return region.short[0]
            # a place the gazetteer gives no short form to match by (遵义市, 义乌市: 国家金融监督管理总局
            # 义乌监管支局), an autonomous prefecture (恩施 for 恩施州: 国家金融监督管理总局恩施监管分局),
            # a 地区 or 盟 (阿克苏海关)
            bare = _bare_names(region) if form == "short" and region.level != "zone" else []
            if bare:
                return bare[0]
            if form == "own" or (form == "formal" and region.level in ("county", "county_city")):
                return region.name
            return self.index.display_name(region)
        return prefix

    def identify(self, surface: str) -> ResolvedAgency:
        """Canonical identity of one mention (not yet registered): a new object each time, only its
        identity read once per surface."""
        identity = self._identities.get(surface)
        if identity is None:
            found = self._identify_anew(surface)
            identity = self._identities[surface] = _Identity(
                found.id,
                found.name,
                found.type,
                found.collective,
                found.region_id,
                found.branch,
                found.written,
            )
        return ResolvedAgency(*identity)

    def _identify_anew(self, surface: str) -> ResolvedAgency:
        """identify, read from the mention's words, or from the full name of a short name the plan defines
        when the words alone name no body a region has one of (县保护中心: 县知识产权保护中心; 园区管委会:
        婺源工业园区管理委员会), nor a collective."""
        found = self._identify_words(surface)
        full = self.short_names.get(squeeze(surface)) if self.short_names else None
        one_of_a_kind = found.type is not None and found.id.endswith(f"/{found.type.id}")
        if full is None or one_of_a_kind or found.collective is not None:
            return found
        return self.identify(full)

    def _identify_words(self, surface: str) -> ResolvedAgency:
        """identify, read from the mention's words alone."""
        name = rewrite_name(squeeze(surface))
        if self.leading_group and name in _BARE_GROUP:
            name = self.leading_group + _BARE_GROUP[name]
        main, _ = split_trailing_alias(name)
        bare = self._bare_department(main) if self.department is not None else None
        if bare is not None:
            return bare
        words = self._department_unit(main)
        if words is not None and self.department is not None:
            # 市局知识产权科: the department's own section; 市局长阳分局: read as its name written out
            section = self._section(words, self._scope_id(self.region, ""))
            return section or self.identify(self.department.name + words)
        national = self._national(main)
        if national is not None:
            return national
        headed = self._headed(main) or self._branch(main)
        if headed is not None:
            return headed
        placed = self._place(main)
        if placed.how in ("none", "inside"):  # 城东区 alone: 西宁's district, not 攀枝花's 东区 inside it
            placed = self._bare_place(main) or placed
        region, rest, explicit, prefix, how = placed
        if how == "ambiguous":
            return self._in_context(name, agency_type(rest))  # 鼓楼区人民政府 in a plan of 江苏省
        if how == "none" and (office := self._own_office(rest)) is not None:
            rest = name = office  # 街道党政办 in a plan of 崇义街道: its own office
        scope = self._scope_id(region, prefix)
        if how == "none" and (own := self._section(rest, scope, named=True)) is not None:
            return own  # 机关纪委, 各直属单位 in a department's own plan: its own, not the region's
        collective = collective_type(name) or collective_type(rest)
        if collective is not None:
            words = collective.canonical_words(rest)
            if not explicit:
                canonical = self._display(region, prefix) + words
            else:  # the place as written, then the collective's canonical words
                canonical = name[: len(name) - len(rest)] + words if name.endswith(rest) else name
            return ResolvedAgency(
                f"agency/{scope}/{collective.id}/{_short_hash(words)}",
                canonical,
                None,
                collective,
                region.id if region else None,
            )
        typed = agency_type(rest) or agency_type(_head_body(rest))  # an outpost is of its body's type
        if rest in _after_place() and (
            explicit or how == "relative" or (how == "none" and (typed is not None or len(rest) > 1))
        ):
            # 中共长葛市委: the city's party committee; 旗金融服务中心, or written bare: the region's local
            # finance body, where the alias it ends with names another type (服务中心) or none
            # (县金融事务中心); a word of one character (委) only after a place written out
            typed = _after_place()[rest], rest
        if typed is None and rest.endswith(_department_ends()):
            stood = field_department(rest)  # 市场监管部门: the 市场监管局
            if stood is not None:
                rest, typed = stood
        if how == "short" and typed is not None and typed[1] in (rest, _head_body(rest)):
            # 广西金融监管局: the state regulator's office; 上海金融监管局闵行监管组: its outpost
            typed = _after_short().get(typed[1], typed)
        if how == "none" and typed is None and (section := self._section(rest, scope)) is not None:
            return section  # 知识产权股 in a 市场监督管理局's own plan
        if how == "none" and typed is not None and typed[0].department_unit and self.owner and rest == name:
            return self.identify(self.owner.name + rest)  # 执法支队 in a 市场监督管理局's own plan
        if (
            region is not None
            and how in ("name", "relative")
            and not (typed and _one_per_region(rest, *typed))
        ):
            unit = self._unit_of_level(region, prefix, rest)  # 区税务局第一税务所
            if unit is not None:
                return unit
        if how in ("short", "city", "word", "inside", "none") and _institution(rest):
            found = self._unplaced(name, typed)  # 江南大学, 中山大学知识产权中心: an institution's own name
            if how in ("short", "city") and region is not None and rest.endswith(_sited_words()):
                found.region_id = region.id  # 杭州互联网法院: a court of special jurisdiction sits in 杭州市
            return found
        zone = self._zone(rest)
        if zone is None and region is not None and region.level == "zone" and typed and rest == typed[1]:
            # 青岛高新区管理委员会, 高新区管委会 in the zone's plan: the zone's one committee
            zone = region if typed[0].id == "zone_committee" else None
        if zone is not None and (typed is None or typed[0].broader == "zone_admin"):
            committee = agency_vocabulary().by_id("zone_committee")
            return ResolvedAgency(
                f"agency/{zone.id}/zone_committee",
                self.index.display_name(zone) + "管理委员会",
                committee,
                None,
                zone.id,
            )
        if typed is not None and typed[0].serves is not None and not explicit and region is not None:
            served = self._served(region, typed[0])  # 海关 in a district's plan is its city's
            if served is None:
                return self._in_context(name, typed)
            region, scope = served, served.id
        if typed is not None and not explicit and region is not None:
            above = self._of_alias_level(region, *typed)  # 市中级人民法院 in a county-level city's plan
            if above is not None:
                region, scope = above, above.id
        if typed is not None and _one_per_region(rest, *typed):
            entry = typed[0]
            # a zone's court named by its level (雄安新区中级人民法院), a vertical body's by its ending
            # (兰州新区金融监管支局): the level as written
            said = _zone_level(entry, typed[1]) if region is not None and region.level == "zone" else None
            canonical = self._type_name(entry, region, prefix, said)
            # a merged bureau keeps the name its fields make (农牧和科技局), a full name written its own
            # (发展和改革局: full_names); the two are the body's name in the plan whatever names it first
            alias = rest in _alias_set()
            full = rest in entry.full_names or (not alias and _first_field(rest) is not None)
            if (full or not alias) and rest != entry.canonical_suffix:  # 县委: 曹县县委, as the type names it
                canonical = self._display(region, prefix) + rest
            # 区公安分局: the plan names the body its city's bureau's branch; the identity stays the place's
            level = next((w for w in _branch_forms()[0] if rest.endswith(w)), None)
            branch = (
                self._branch_name(entry, region, level) if level is not None and region is not None else None
            )
            return ResolvedAgency(
                f"agency/{scope}/{entry.id}",
                branch or canonical,
                entry,
                None,
                region.id if region else None,
                branch is not None,
                full and branch is None,
            )
        if typed is not None and typed[0].vertical and how == "none":
            return self._unplaced(name, typed)  # 金陵海关: named by a place the gazetteer does not know
        post = (
            self._outpost_place(rest, region, typed[0].serves)
            if typed is not None and typed[0].vertical
            else None
        )
        if post is not None:
            region, scope = post, post.id  # 昆明海关楚雄办事处: the office serves 楚雄
        named = self._named_place(rest, typed[0]) if typed is not None and not explicit else None
        if named is not None:
            region, scope = named, named.id  # 兴业银行合肥分行: 合肥's, as written
        proper = explicit or named is not None or rest.startswith(_PROPER_NAME_STARTS)
        canonical = name if proper else self._display(region, prefix) + rest
        words = typed[0].identity_words(rest) if typed else rest  # 管委会: the 管理委员会
        return ResolvedAgency(
            f"agency/{scope}/{_short_hash(words)}",
            canonical,
            typed[0] if typed else None,
            None,
            region.id if region else None,
        )

    def _named_place(self, rest: str, entry: AgencyType) -> RegionEntry | None:
        """The last place a body's name holds after its own name's closing word (named_after: 合肥 of
        兴业银行合肥分行, 蜀山 of 徽商银行合肥蜀山支行); None when no place follows one."""
        at = min((k for w in entry.named_after if (k := rest.find(w)) >= 0), default=-1)
        if at < 0:
            return None
        start = at + len(next(w for w in entry.named_after if rest.startswith(w, at)))
        found: list[tuple[int, list[RegionEntry]]] = [
            (hit.span[1], _places(hit)) for hit in self.index.scan(rest, start, len(rest), allow_short=True)
        ]
        bare = self.index.bare_names()  # 合肥 of 合肥市, which the gazetteer gives no short form
        found += [
            (k + n, bare[rest[k : k + n]])
            for k in range(start, len(rest) - 1)
            for n in (2, 3, 4)
            if rest[k : k + n] in bare
        ]
        if not found:
            return None
        places = [c for c in max(found, key=lambda f: f[0])[1] if c.level not in ("zone", "country")]
        return self._prefer(places) if places else None

    def _outpost_place(
        self, rest: str, body_at: RegionEntry | None, serves: tuple[str, ...] | None
    ) -> RegionEntry | None:
        """The place a vertical body's outpost serves, named after the body before the outpost's word
        (楚雄 of 海关楚雄办事处, 琼海 of 海关驻琼海办事处): the one region of that name, or of that name
        without its level word, in the province of the body's region (``body_at``), the one of a level
        the type ``serves`` where the word names several (克拉玛依: the city, not its 克拉玛依区); None when
        ``rest`` names no outpost."""
        body = _head_body(rest)
        if body == rest or body_at is None:
            return None
        ends = agency_vocabulary().outposts
        word = rest[len(body) :].removeprefix("驻")
        word = next((word[: -len(e)] for e in ends if word.endswith(e)), word)
        hit = self.index.match_at(word, 0, len(word), allow_short=True) if len(word) >= 2 else None
        found = _places(hit) if hit is not None and hit.span[1] == len(word) else []
        found = found or self.index.bare_names().get(word, [])
        # a prefecture named by the word its city is (楚雄 of 楚雄彝族自治州 and 楚雄市)
        above = [self.index.by_id[c.parent] for c in found if c.parent in self.index.by_id]
        found += [p for p in above if word in _bare_names(p) and p not in found]
        province = self._province(body_at)
        inside = [c for c in found if self._province(c) == province and c.level != "zone"]
        served = [c for c in inside if c.level in (serves or ())]
        inside = served if len(served) == 1 else inside
        return inside[0] if len(inside) == 1 else None

    def _unit_of_level(self, region: RegionEntry, prefix: str, rest: str) -> ResolvedAgency | None:
        """区税务局第一税务所, 县税务局城关税务分局: a unit below a headed body's level named without its head
        (国家税务总局), when the level is the type's own alias: the head and the region's name as the type
        writes them, then the level and the unit as written."""
        for level, entry in _alias_levels():
            if rest.startswith(level) and len(rest) > len(level) + 1 and ends_like_body(rest[len(level) :]):
                full = (entry.head or "") + self._display(region, prefix, entry.region_form) + rest
                return ResolvedAgency(f"agency/{region.id}/{_short_hash(full)}", full, entry, None, region.id)
        return None

    def _of_alias_level(self, region: RegionEntry, entry: AgencyType, alias: str) -> RegionEntry | None:
        """The region above ``region`` whose level the alias names (中级人民法院: the prefecture), when
        ``region`` is not of that level."""
        level = entry.alias_level(alias)
        if level is None or region.level == level:
            return None
        partner = _partners(self.index).get(region.id)
        if partner is not None and partner.level == level:
            return partner  # 师市中级人民法院 in a plan of 石河子市: 第八师's
        return next((node for node in self.index.ancestors(region) if node.level == level), None)

    def _served(self, region: RegionEntry, entry: AgencyType) -> RegionEntry | None:
        """The region nearest ``region`` (itself or above) of a level with a body of ``entry``'s type of its
        own, or listed as having one (own_bodies: 青岛市's 证监局), None when there is none, when a level on
        the way may or may not have its own (maybe_serves), or when it has no short form to name the body by
        (伊犁哈萨克自治州)."""
        serves = entry.serves or ()
        own = own_body_regions(self.index, entry) if entry.own_bodies else frozenset()
        for node in (region, *self.index.ancestors(region)):
            if node.id in own:
                return node  # 证监局 in a plan of 青岛市 or of one of its districts: 青岛证监局
            if node.level in entry.maybe_serves and node.level not in serves:
                return None  # 海关 in a county-level city's plan: its own, if it has one, or none
            if node.level in serves:
                nameable = entry.region_form != "short" or bool(node.short) or node.name.endswith("市")
                return node if nameable else None
        return None

    def _in_context(self, name: str, typed: tuple[AgencyType, str] | None) -> ResolvedAgency:
        """A body kept as written and placed in no region, its identity in the plan's region's context: a
        bare 海关 that no region of the plan's names, 鼓楼区人民政府 that several regions near none of the
        plan's bear."""
        scope = self._scope_id(self.region, "")
        return ResolvedAgency(
            f"agency/{scope}/{_short_hash(name)}", name, typed[0] if typed else None, None, None
        )

    @staticmethod
    def _unplaced(name: str, typed: tuple[AgencyType, str] | None) -> ResolvedAgency:
        """A body kept as written and placed in no region: one identity in every plan."""
        return ResolvedAgency(
            f"agency/{_UNPLACED}/{_short_hash(name)}", name, typed[0] if typed else None, None, None
        )

    def _zone(self, rest: str) -> RegionEntry | None:
        for entry in self.index.lookup(rest):
            if entry.level == "zone":
                return entry
        return None

    def learn(self, surface: str) -> None:
        """Record in-plan merge evidence: 区市场监管局（知识产权局） makes 区知识产权局 the same body."""
        name = squeeze(surface)
        main, alias = split_trailing_alias(name)
        if alias is None:
            return
        host = self.identify(main)
        region, _, _, prefix, _ = self._place(main)
        if prefix and alias.startswith(prefix):  # 县发改局（县粮食和物资储备局）: written with its own prefix
            alias = alias[len(prefix) :]
        alias_name = (prefix or "") + alias
        alias_id = self.identify(alias_name).id
        if alias_id != host.id:
            self._merged[alias_id] = host.id
            self._register(host).aliases.add(alias_name)
            self._register(host).aliases.add(self._display(region, prefix) + alias)

    def signed_for(self, agency: ResolvedAgency) -> ResolvedAgency | None:
        """The body ``agency``, an office signing the plan, signs for (agency_types.yaml signs_for: 长葛市人民
        政府办公室 for 长葛市人民政府, 中共长葛市委办公室 for 长葛市委); None for any other body."""
        body = agency.type.signs_for if agency.type is not None else None
        entry = agency_vocabulary().by_id(body) if body else None
        region = self.index.by_id.get(agency.region_id) if agency.region_id else None
        if entry is None or region is None:
            return None
        return self.resolve(self._type_name(entry, region, ""))

    def _register(self, agency: ResolvedAgency) -> ResolvedAgency:
        return self.agencies.setdefault(agency.id, agency)

    def resolve(self, surface: str) -> ResolvedAgency:
        found = self.identify(surface)
        target = self._merged.get(found.id, found.id)
        if target != found.id:
            host = self.agencies[target]
            host.aliases.add(squeeze(surface))
            host.surfaces.append(surface)
            return host
        agency = self._register(found)
        if (found.branch and not agency.branch) or (found.written and not (agency.branch or agency.written)):
            # 区公安局 first, 区公安分局 later: the plan names the body a branch, its full and correct name;
            # 县发改局 first, 县发展和改革局 later: the name the plan writes in full
            agency.name, agency.branch, agency.written = found.name, found.branch, found.written
            agency._refs.clear()
            self.renamed.add(agency.id)
        agency.surfaces.append(surface)
        agency.aliases.add(squeeze(surface))
        main, alias = split_trailing_alias(squeeze(surface))
        if alias:
            agency.aliases.add(main)
        return agency
