"""Region gazetteer look-ups and detection of a plan's own region (title, issuer, then text).

Ambiguous names (通州区 in 南通市 and in 北京市) are settled by which candidate's ancestors the
document names; when nothing settles it, the plan's region is reported as unknown with a warning.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ontology.import_divisions import autonomous_place
from ontology.vocab import RegionEntry, gazetteer
from policykg.extract.textspan import Span
from policykg.models import Evidence, Region, RegionRef

#: Relative prefixes of agency names and the levels they refer to: a league (盟) and an autonomous
#: prefecture (州) are prefecture-level, a banner (旗) is county-level (旗科技局 in a banner's plan); an
#: autonomous region (自治区市场监管局 in a 广西 county's plan) is province-level, as 省 is. An autonomous
#: county, banner or prefecture writes its own bodies with the whole level word as often as with its last
#: character (自治县科技局 in a plan of 长阳土家族自治县, 自治州人民政府, 自治旗林草局), and a prefecture
#: named 地区 its bodies with that word (地区市场监管局 in a plan of 喀什地区).
PREFIX_LEVELS: dict[str, tuple[str, ...]] = {
    "自治区": ("province",),
    "自治州": ("prefecture",),
    "自治县": ("county",),
    "自治旗": ("county",),
    # a prefecture named 地区 (喀什地区, 大兴安岭地区) writes its own bodies 地区市场监管局, 地区科技局
    "地区": ("prefecture",),
    "省": ("province",),
    "市": ("prefecture", "county_city"),
    "区": ("district",),
    "县": ("county",),
    "旗": ("county",),
    "盟": ("prefecture",),
    "州": ("prefecture",),
}
_LONG_PREFIXES = tuple(sorted((p for p in PREFIX_LEVELS if len(p) > 1), key=len, reverse=True))

#: Endings of a national development zone's name that plans write with 国家 before them: 青岛国家高新区
#: and 青岛国家高新技术产业开发区 for 青岛高新技术产业开发区 (short 青岛高新区), 长春国家经开区. The index
#: adds these forms to every zone as short forms, so the gazetteer lists each zone's name once.
NATIONAL_ZONE_ENDS = ("高新技术产业开发区", "经济技术开发区", "高新区", "经开区")


def level_prefix(name: str) -> str | None:
    """The relative level prefix ``name`` opens with (自治区, 省, 市, 区 …), if any."""
    if name[:1] in PREFIX_LEVELS:
        return name[:1]
    return next((p for p in _LONG_PREFIXES if name.startswith(p)), None)


@dataclass(frozen=True)
class RegionHit:
    span: Span
    candidates: tuple[RegionEntry, ...]
    short: bool


class RegionIndex:
    """Names, short forms and former names of the gazetteer, with ancestry."""

    def __init__(self, entries: Iterable[RegionEntry]) -> None:
        self.by_id: dict[str, RegionEntry] = {}
        self.full: dict[str, list[RegionEntry]] = {}
        self.short: dict[str, list[RegionEntry]] = {}
        self.children: dict[str, list[RegionEntry]] = {}
        self._bare: dict[str, list[RegionEntry]] | None = None
        for entry in entries:
            self.by_id[entry.id] = entry
            if entry.parent is not None:
                self.children.setdefault(entry.parent, []).append(entry)
            for name in (entry.name, *entry.former_names):
                self.full.setdefault(name, []).append(entry)
            for name in entry.short:
                self.short.setdefault(name, []).append(entry)
        #: Short forms read only where the character after them does not go on from their level word:
        #: 河南县 for 河南蒙古族自治县, never in 河南县域 or 河南县（市、区） (河南省's counties).
        self._guarded: set[str] = set()
        named = {**self.short, **self.full}
        autonomous: set[str] = set()  # the forms made here: two counties may share one (kept ambiguous)
        for entry in self.by_id.values():
            for name, guarded in _autonomous_forms(entry, named):  # 恭城县 for 恭城瑶族自治县 (short 恭城)
                if name in autonomous:
                    self.short[name].append(entry)
                elif name not in self.full and name not in self.short:
                    self.short[name] = [entry]
                    autonomous.add(name)
                    if guarded:
                        self._guarded.add(name)
            # a numbered division written without 第 (十二师市场监管局, 八师石河子市): matched so, never
            # named so (the entry's own short forms name its vertical bodies; a division has none to name)
            if entry.name.startswith(_ORDINAL) and len(entry.name) > 2 and entry.name[1:] not in named:
                self.short.setdefault(entry.name[1:], []).append(entry)
            for name in self._with_city(entry):  # 青岛市高新区: the zone, as unambiguous as a full name
                known = self.full.setdefault(name, [])
                if entry not in known:
                    known.append(entry)
        for name, entries in list(self.full.items()) + list(self.short.items()):
            for national in _national_forms(name, entries):
                known = self.short.setdefault(national, [])
                known.extend(e for e in entries if e not in known)
        # Names by their first two characters (every name has at least two): a scan looks at a handful of
        # names per position even with every county of the country in the gazetteer.
        self._by_start: dict[str, list[tuple[str, bool]]] = {}
        for name in self.full:
            self._by_start.setdefault(name[:2], []).append((name, False))
        for name in self.short:
            if name not in self.full and len(name) >= 2:
                self._by_start.setdefault(name[:2], []).append((name, True))
        for bucket in self._by_start.values():
            bucket.sort(key=lambda p: -len(p[0]))
        # Where a name may start: a character that opens some name followed by one that is second in some
        # name. Most positions of a text fail it, so scan() asks match_at about a few in a hundred.
        firsts = "".join(sorted({key[0] for key in self._by_start}))
        seconds = "".join(sorted({key[1:2] for key in self._by_start}))
        self._may_start = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])" if firsts else "(?!)")

    def _with_city(self, entry: RegionEntry) -> list[str]:
        """A zone's names written with its city's full name where they open with its short name: 青岛市高新区
        and 青岛市高新技术产业开发区 for 青岛高新技术产业开发区 (short 青岛高新区), 西安市高新区."""
        parent = self.by_id.get(entry.parent or "") if entry.level == "zone" else None
        if parent is None or not parent.name.endswith("市"):
            return []
        opens = sorted({*parent.short, parent.name.removesuffix("市")}, key=len, reverse=True)
        forms: list[str] = []
        for name in (entry.name, *entry.short):
            if name.startswith(parent.name):
                continue
            lead = next((o for o in opens if o and name.startswith(o) and len(name) > len(o) + 1), None)
            if lead is not None:
                forms.append(parent.name + name[len(lead) :])
        return forms

    def bare_names(self) -> dict[str, list[RegionEntry]]:
        """The current county- and prefecture-level places by their names without their last level word (义乌
        for 义乌市, 宜黄 for 宜黄县) where that is no region's name or short name; made on first use."""
        if self._bare is None:
            self._bare = {}
            for entry in self.by_id.values():
                word = entry.name[:-1]
                if (
                    entry.level in ("prefecture", "county_city", "county", "district")
                    and entry.abolished is None
                    and entry.name[-1] in _BARE_LEVELS
                    and len(word) >= 2
                    and word not in self.full
                    and word not in self.short
                ):
                    self._bare.setdefault(word, []).append(entry)
        return self._bare

    def ancestors(self, entry: RegionEntry) -> list[RegionEntry]:
        out: list[RegionEntry] = []
        parent = entry.parent
        while parent is not None and parent in self.by_id:
            node = self.by_id[parent]
            if node.level == "country":
                break
            out.append(node)
            parent = node.parent
        return out

    def lookup(self, name: str, *, allow_short: bool = True) -> list[RegionEntry]:
        found = list(self.full.get(name, []))
        if allow_short and not found:
            found = list(self.short.get(name, []))
        return found

    def match_at(self, text: str, pos: int, end: int, *, allow_short: bool) -> RegionHit | None:
        """Longest region name starting at ``pos``."""
        for name, is_short in self._by_start.get(text[pos : pos + 2], ()):
            if is_short and not allow_short:
                continue
            if text.startswith(name, pos, end):
                if is_short and name in self._guarded and _goes_on(text, pos + len(name), end):
                    continue
                table = self.short if is_short else self.full
                return RegionHit((pos, pos + len(name)), tuple(table[name]), is_short)
        return None

    def scan(self, text: str, start: int, end: int, *, allow_short: bool) -> list[RegionHit]:
        """The longest names, left to right, that do not overlap."""
        hits: list[RegionHit] = []
        pos = start
        for candidate in self._may_start.finditer(text, start, end):
            at = candidate.start()
            if at < pos:  # inside the name found last
                continue
            hit = self.match_at(text, at, end, allow_short=allow_short)
            if hit:
                hits.append(hit)
                pos = hit.span[1]
        return hits

    def display_name(self, entry: RegionEntry) -> str:
        """The name used in canonical agency names: 南通市通州区, 海门区 → 南通市海门区, 如皋市; a
        municipality's district or county keeps the municipality's name (北京市海淀区, 重庆市巫山县); a
        zone whose name opens with its city's is not given it twice (石家庄高新技术产业开发区), nor one
        named with its province's (四川天府新区, 贵州贵安新区: a state-level new area, named above its
        city)."""
        if entry.level in ("district", "county", "zone"):
            parent = self.by_id.get(entry.parent or "")
            municipality = parent is not None and parent.level == "province" and parent.name.endswith("市")
            if parent is not None and (parent.level == "prefecture" or municipality):
                if entry.name.startswith((parent.name, *parent.short, parent.name.removesuffix("市"))):
                    return entry.name  # a zone named with its city already (石家庄高新技术产业开发区)
                if entry.level == "zone" and self._named_by_province(entry, parent):
                    return entry.name
                return parent.name + entry.name
        return entry.name

    def _named_by_province(self, entry: RegionEntry, city: RegionEntry) -> bool:
        """``entry``'s name opens with the name or short name of the province above ``city``."""
        province = self.by_id.get(city.parent or "")
        return province is not None and entry.name.startswith((province.name, *province.short))

    def to_region(self, entry: RegionEntry, evidence: Evidence | None, method: str) -> Region:
        return Region(
            id=entry.id,
            name=entry.name,
            level=entry.level,
            parents=[RegionRef(id=a.id, name=a.name, level=a.level) for a in self.ancestors(entry)],
            evidence=evidence,
            method=method,
        )

    def with_prefix_level(self, entry: RegionEntry, prefix: str) -> RegionEntry | None:
        """The region a relative prefix (区, 市, 县, 省) means in a plan of region ``entry``."""
        levels = PREFIX_LEVELS.get(prefix)
        if levels is None:
            return None
        for node in (entry, *self.ancestors(entry)):
            if node.province_rank:
                continue  # 自治区市场监管局 in a plan of the 兵团: the province's it lies in
            if node.level in levels or (prefix == "市" and is_municipality(node)):
                return node  # 市科委 in a plan of 海淀区: 北京市's, a 市 of province level
        if prefix == "区" and entry.level in _UNDER_AUTONOMOUS_REGION:
            # 区党委、区政府, 区知识产权局 in a plan of 拉萨市 or of its counties: the autonomous region's
            region = next((a for a in self.ancestors(entry) if a.level == "province"), None)
            if region is not None and region.name.endswith("自治区"):
                return region
        if prefix in "区县市" and entry.level in ("district", "county", "county_city", "zone"):
            return entry  # loose usage: a county-level plan calling itself 区/县/市
        return None


#: The levels of plans that name no district of their own by 区 and, in an autonomous region, name the
#: region so (区党委, 区市场监管厅).
_UNDER_AUTONOMOUS_REGION = ("prefecture", "county", "county_city")


def is_municipality(entry: RegionEntry) -> bool:
    """A municipality (直辖市: 北京市, 上海市, 天津市, 重庆市): a 市 of province level."""
    return entry.level == "province" and entry.name.endswith("市")


#: The word opening a numbered region's name (第八师, a division of the 兵团), which plans leave out.
_ORDINAL = "第"

#: The level words of autonomous counties and banners, and the word each is shortened to with the place's
#: short name: 恭城县 for 恭城瑶族自治县, 莫力达瓦旗 for 莫力达瓦达斡尔族自治旗.
_AUTONOMOUS_LEVELS = (("自治县", "县"), ("自治旗", "旗"))


def _autonomous_forms(entry: RegionEntry, named: dict[str, list[RegionEntry]]) -> list[tuple[str, bool]]:
    """An autonomous county's or banner's short names with its plain level word after them, as plans and
    their bodies' names write it (恭城县市场监管局 for 恭城瑶族自治县市场监督管理局): short forms of its own,
    where no other division has the name (the index checks). A county the gazetteer gives no short name
    (its place's name is an ordinary word: 景宁 of 景宁畲族自治县) is written so too (景宁县市场监管局, never
    甘肃's 宁县 found inside it). Where its place's name is a region's own in ``named`` (the full names and
    short names: 河南 of 河南蒙古族自治县) the form is guarded (True): a plan of 河南省 writes 河南县域 and
    河南县（市、区） for its own counties, never the county."""
    if entry.level != "county":
        return []
    word = next((w for end, w in _AUTONOMOUS_LEVELS if entry.name.endswith(end)), None)
    if word is None:
        return []
    places = [(s, False) for s in entry.short]
    if not places:
        place = autonomous_place(entry.name)
        places = [(place, place in named)] if place is not None else []
    return [(s + word, guarded) for s, guarded in places if not s.endswith(word)]


#: What goes on from a level word into another word (县域, 县级, 县区, 县（市、区）, 县市区, 县乡): after a
#: guarded short form, no place's name (县市场监管局 is the county's bureau).
_GOES_ON = re.compile(r"[域级区乡（(、]|市[、区]")


def _goes_on(text: str, at: int, end: int) -> bool:
    """Whether the words at ``at`` (before ``end``) go on from the level word before it."""
    return _GOES_ON.match(text, at, end) is not None


def _national_forms(name: str, entries: list[RegionEntry]) -> list[str]:
    """青岛国家高新区 for the zone name 青岛高新区: 国家 written before a national zone's ending."""
    if not all(e.level == "zone" for e in entries):
        return []
    end = next((e for e in NATIONAL_ZONE_ENDS if name.endswith(e) and len(name) >= len(e) + 2), None)
    if end is None or name.endswith("国家" + end):
        return []
    return [name[: -len(end)] + "国家" + end]


def shared_after_places(words: list[str], *, level_shared: bool = False) -> str | None:
    """What the last of ``words`` names after the place opening it, when each word before it is a place's
    full name and nothing else: the places share it (南昌市、赣州市、景德镇市人民政府: 人民政府;
    涪城区、游仙区、江油市每万人口…拥有量: 每万人口…拥有量). With ``level_shared``, a word before it may be
    a place's name without the level word the last place's name ends with (句容、扬中、丹阳市政府: 句容市,
    扬中市; ``with_shared_level``). None otherwise."""
    index = region_index()
    last = words[-1]
    hit = _opening_place(index, last)
    if hit is None or hit.span[1] >= len(last):
        return None
    level = _level_word(last[: hit.span[1]]) if level_shared else None
    for word in words[:-1]:
        if not _whole_place(index, word) and not _bare_of_level(index, word, level):
            return None
    return last[hit.span[1] :]


def _opening_place(index: RegionIndex, words: str) -> RegionHit | None:
    """The place opening ``words`` by its full name, or by an autonomous county's short form (大通县 of
    大通县人民政府 beside 湟源县 in 湟源县、大通县人民政府)."""
    hit = index.match_at(words, 0, len(words), allow_short=False)
    if hit is None:
        hit = index.match_at(words, 0, len(words), allow_short=True)
        hit = hit if hit is not None and autonomous_whole(index, words[: hit.span[1]]) else None
    return hit


#: The level words a place's name ends with that a list of places may write once, after its last (句容、扬中、
#: 丹阳市政府; 润州、京口区人民政府).
_SHARED_LEVELS = ("市", "县", "区", "旗")
#: The shortest name a place is written by without its level word (句容 of 句容市).
_MIN_BARE_PLACE = 2


def _level_word(place: str) -> str | None:
    return next((w for w in _SHARED_LEVELS if place.endswith(w)), None)


def _whole_place(index: RegionIndex, word: str) -> bool:
    """``word`` is a place's full name and nothing else, or an autonomous county's short form."""
    own = index.match_at(word, 0, len(word), allow_short=False)
    return (own is not None and own.span[1] == len(word)) or autonomous_whole(index, word)


def _bare_of_level(index: RegionIndex, word: str, level: str | None) -> bool:
    """``word``, two characters or more, is a place's full name without its ``level`` word (句容 of
    句容市)."""
    return level is not None and len(word) >= _MIN_BARE_PLACE and _whole_place(index, word + level)


def shared_level(last: str) -> str | None:
    """The level word ending the place that opens ``last`` (市 of 丹阳市政府), which the places listed before
    it may leave out (``shared_after_places`` with ``level_shared``)."""
    hit = _opening_place(region_index(), last)
    return _level_word(last[: hit.span[1]]) if hit is not None else None


def with_shared_level(word: str, level: str | None) -> str:
    """``word``, a place listed before a last one whose name ends with ``level`` (句容 before 丹阳市政府),
    with that level word when ``word`` is no place's full name without it (句容市)."""
    index = region_index()
    if level is None or _whole_place(index, word) or not _bare_of_level(index, word, level):
        return word
    return word + level


def autonomous_whole(index: RegionIndex, word: str) -> bool:
    """``word`` is an autonomous county's or banner's short form and nothing else (大通县 for 大通回族土族
    自治县, beside 湟中区 in 湟中区、大通县、湟源县人民政府): a place's name as whole as its full one."""
    if not word.endswith(tuple(short for _, short in _AUTONOMOUS_LEVELS)):
        return False
    own = index.match_at(word, 0, len(word), allow_short=True)
    return (
        own is not None
        and own.span[1] == len(word)
        and all(c.name.endswith(tuple(end for end, _ in _AUTONOMOUS_LEVELS)) for c in own.candidates)
    )


@cache
def region_index() -> RegionIndex:
    return RegionIndex(gazetteer().regions)


def choose(index: RegionIndex, hits: list[RegionHit], context: str) -> tuple[RegionEntry, RegionHit] | None:
    """The most specific region among ``hits``, candidates disambiguated by ancestors named in ``context``.

    A zone is the most specific only among the regions it lies in: a title naming a county and a zone of
    another place (莱西市对接青岛高新区…方案) is the county's plan, one naming a zone and its city (山东省青岛
    高新区…) the zone's."""
    chosen = _most_specific(index, hits, context, zones=True)
    if chosen is not None and chosen[0].level == "zone":
        lineage = {a.id for a in index.ancestors(chosen[0])}
        other = _most_specific(index, hits, context, zones=False)
        if other is not None and other[0].id not in lineage and other[0].level not in ("province", "country"):
            return other
    return chosen


def _most_specific(
    index: RegionIndex, hits: list[RegionHit], context: str, *, zones: bool
) -> tuple[RegionEntry, RegionHit] | None:
    best: tuple[int, int, RegionEntry, RegionHit] | None = None
    level_rank = {"province": 1, "prefecture": 2, "county_city": 3, "district": 3, "county": 3, "zone": 4}
    named = {entry.id for hit in hits for entry in hit.candidates if len(hit.candidates) == 1}
    for hit in hits:
        scored = []
        for entry in hit.candidates:
            if entry.abolished is not None or (entry.level == "zone" and not zones):
                continue
            support = sum(
                1
                for a in index.ancestors(entry)
                if a.id in named or a.name in context or _short_in(a, context)
            )
            scored.append((support, entry))
        if not scored:
            continue
        scored.sort(key=lambda p: -p[0])
        if len(scored) > 1 and scored[0][0] == scored[1][0]:
            continue  # still ambiguous
        support, entry = scored[0]
        key = (level_rank.get(entry.level, 0), support)
        if best is None or key > best[:2]:
            best = (key[0], key[1], entry, hit)
    return (best[2], best[3]) if best else None


def _short_in(entry: RegionEntry, context: str) -> bool:
    return any(s in context for s in entry.short)


#: Levels a plan may name itself by in its opening sentence alone, and how far that sentence is read. A
#: prefecture there is the plan's only when the plan never speaks as a county or a district: a county's
#: plan cites its city's in that sentence (根据《抚州市…实施方案》，结合我县实际).
_OPENING_LEVELS = ("county", "district", "county_city", "prefecture")
_OPENING_MAX = 200
_BELOW_PREFECTURE = "县区旗"


def _speaks_as(word: str) -> re.Pattern[str]:
    """A plan speaking of itself or its bodies by ``word``'s level (我县, 全县, 县工信局 for 县)."""
    word = re.escape(word) if len(word) == 1 else f"[{re.escape(word)}]"
    return re.compile(rf"(?:我|全|本){word}|(?<![\u4e00-\u9fff]){word}[\u4e00-\u9fff]{{1,8}}?(?:局|委|办)")


def _opening_region(
    index: RegionIndex, text: str, title_span: Span | None, body: Span
) -> tuple[RegionEntry, RegionHit] | None:
    """The one county, district, county-level city or prefecture the first sentence after the title names,
    when the plan speaks of its own bodies and itself by that level's word (县工信局, 全县, 我县 for a 县;
    for a prefecture, 市/州 and never 县/区/旗)."""
    start = _plan_opening(text, title_span) if title_span else body[0]
    stop = min(body[1], start + _OPENING_MAX)
    full_stop = text.find("。", start, stop)
    stop = full_stop if full_stop >= 0 else stop
    hits = [
        h
        for h in index.scan(text, start, stop, allow_short=False)
        if len(h.candidates) == 1 and h.candidates[0].level in _OPENING_LEVELS
    ]
    hits = _below_cited_city(index, hits)
    if len({h.candidates[0].id for h in hits}) != 1:
        return None
    entry = hits[0].candidates[0]
    if not _speaks_as(entry.name[-1]).search(text, body[0], body[1]):
        return None
    if entry.level == "prefecture" and _speaks_as(_BELOW_PREFECTURE).search(text, body[0], body[1]):
        return None
    return entry, hits[0]


def _plan_opening(text: str, title_span: Span) -> int:
    """Where the plan's own words start after its title: after the title's line of its own when the title
    was read inside a cover notice's heading (关于印发《…》的通知) and the plan repeats it on a line below."""
    if not text.startswith("》", title_span[1]):
        return title_span[1]
    title = text[title_span[0] : title_span[1]]
    again = text.find(f"\n{title}\n", title_span[1])
    return again + len(title) + 2 if again >= 0 else title_span[1]


def _below_cited_city(index: RegionIndex, hits: list[RegionHit]) -> list[RegionHit]:
    """The hits without a prefecture another hit lies in: a district's opening sentence cites its city's
    document beside its own district's (落实《苏州市…纲要》《吴江区…计划》), the district being the plan's."""
    places = {h.candidates[0].id for h in hits}
    return [
        h
        for h in hits
        if h.candidates[0].level != "prefecture"
        or not any(
            h.candidates[0].id in {a.id for a in index.ancestors(index.by_id[other])}
            for other in places - {h.candidates[0].id}
        )
    ]


#: What may stand before the place a title opens with (关于印发义乌…的通知, 《义乌…》).
_TITLE_LEADS = re.compile(r"(?:关于)?(?:印发|转发)?[《〈“\"]?")
#: The level words a place's name may be written without at a title's head, and the longest place word.
_BARE_LEVELS = "市县区旗"
_BARE_LONGEST = 4


def _bare_title_region(
    index: RegionIndex, text: str, title_span: Span | None, body: Span
) -> tuple[RegionEntry, Span] | None:
    """The place a title opens with written without its level word (义乌2024年知识产权工作要点 for 义乌市,
    whose short name 义乌 the gazetteer does not list), when one region alone is so named and the plan speaks
    of itself and its bodies by that level word (市市场监管局, 全市, 我市)."""
    if title_span is None:
        return None
    lead = _TITLE_LEADS.match(text, title_span[0], title_span[1])
    at = lead.end() if lead is not None else title_span[0]
    for size in range(_BARE_LONGEST, 1, -1):
        if at + size >= title_span[1]:
            continue
        found = index.bare_names().get(text[at : at + size], [])
        if len(found) == 1 and _speaks_as(found[0].name[-1]).search(text, body[0], body[1]):
            return found[0], (at, at + size)
    return None


def detect_region(
    index: RegionIndex,
    text: str,
    title_span: Span | None,
    issuer_spans: list[Span],
    body: Span,
) -> tuple[Region | None, str | None]:
    """Find the plan's region: title, then issuers, then a county, district or city the opening sentence
    names as the plan's own (为抓好宜黄县2024年知识产权工作落实, in a plan saying 县工信局), then a clearly
    dominant full name in the text.

    Returns the region (or None) and a warning when it could not be determined.
    """
    context = text[body[0] : body[1]]
    for method, spans, allow_short in (("title", [title_span], True), ("issuer", issuer_spans, False)):
        hits = [h for s in spans if s for h in index.scan(text, s[0], s[1], allow_short=allow_short)]
        chosen = choose(index, hits, context)
        if chosen:
            entry, hit = chosen
            evidence = Evidence(span=hit.span, quote=text[hit.span[0] : hit.span[1]])
            return index.to_region(entry, evidence, method), None
    opening = _opening_region(index, text, title_span, body)
    if opening is not None:
        entry, hit = opening
        evidence = Evidence(span=hit.span, quote=text[hit.span[0] : hit.span[1]])
        return index.to_region(entry, evidence, "opening"), None
    bare = _bare_title_region(index, text, title_span, body)
    if bare is not None:
        entry, span = bare
        return index.to_region(entry, Evidence(span=span, quote=text[span[0] : span[1]]), "title"), None
    hits = index.scan(text, body[0], body[1], allow_short=False)
    counts: Counter[str] = Counter()
    first: dict[str, RegionHit] = {}
    for hit in hits:
        if len(hit.candidates) == 1 and hit.candidates[0].level not in ("province", "country"):
            counts[hit.candidates[0].id] += 1
            first.setdefault(hit.candidates[0].id, hit)
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        hit = first[ranked[0][0]]
        evidence = Evidence(span=hit.span, quote=text[hit.span[0] : hit.span[1]])
        return index.to_region(index.by_id[ranked[0][0]], evidence, "text"), None
    return (
        None,
        "the plan names no region that the gazetteer knows in its title or issuers; region left unknown",
    )
