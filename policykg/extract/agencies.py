"""Resolve agency mentions to canonical identities scoped by region.

A mention keeps its surface form; its identity is (region, type) for one-per-region bodies
(区市场监管局 of 通州区) and (region, name) otherwise. A mention opening with a region's name, full or
short (洛阳仲裁委), is that region's body; a relative prefix (区, 市) is read against the plan's region.
知识产权局 is merged into 市场监管局 only on evidence in the same plan: a parenthesis such as
区市场监管局（知识产权局）.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ontology.vocab import AgencyType, CollectiveType, RegionEntry, RegionForm, agency_vocabulary
from policykg.extract.regions import PREFIX_LEVELS, RegionHit, RegionIndex
from policykg.extract.textspan import CLOSERS, squeeze
from policykg.models import Agency, AgencyRef

_SETS_UP_GROUP = re.compile(
    r"(?:成立|组建|设立)(?:以[^，。；]{1,30}?(?:为|任)组长的)?(?:由[^，。；]{1,30}?任组长的)?"
    r"([\u4e00-\u9fa5]{2,40}?领导小组)(?!成员|办公室)"
)
_BARE_GROUP = {"领导小组": "", "工作领导小组": "", "领导小组办公室": "办公室", "工作领导小组办公室": "办公室"}

#: Names that start like this are proper names (中国（南通）知识产权保护中心) and are kept as written.
_PROPER_NAME_STARTS = ("中国", "国家", "全国")


@dataclass
class ResolvedAgency:
    id: str
    name: str
    type: AgencyType | None
    collective: CollectiveType | None
    region_id: str | None
    aliases: set[str] = field(default_factory=set)
    surfaces: list[str] = field(default_factory=list)
    responsibilities: int = 0

    @property
    def type_id(self) -> str | None:
        if self.collective is not None:
            return self.collective.id
        return self.type.id if self.type else None

    def ref(self, surface: str) -> AgencyRef:
        return AgencyRef(
            id=self.id,
            name=self.name,
            surface=surface,
            type=self.type_id,
            collective=self.collective is not None,
        )

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


def agency_type(name: str) -> tuple[AgencyType, str] | None:
    """The type whose prefix ``name`` starts with, else the type whose longest alias it ends with."""
    aliases, lengths, prefixes = _suffix_table()
    for prefix, entry in prefixes:
        if name.startswith(prefix) and len(name) > len(prefix):
            return entry, name
    for size in lengths:
        if size <= len(name):
            found = aliases.get(name[-size:])
            if found is not None:
                return found, name[-size:]
    return None


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


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


@lru_cache(maxsize=4096)
def _city_without_suffix(index: RegionIndex, rest: str) -> tuple[RegionEntry, int] | None:
    """遵义金融监管分局, 金华海关: a prefecture-level city written without 市 right before a body's
    type: a short form the gazetteer cannot list for all text (an ordinary word, or a county's too)."""
    if rest[:1] in PREFIX_LEVELS or index.lookup(rest):
        return None  # a relative prefix (市科技局) or a place itself (南通高新区)
    for k in (2, 3, 4):
        if len(rest) <= k + 1:
            break
        found = [e for e in index.lookup(rest[:k] + "市", allow_short=False) if e.level == "prefecture"]
        if len(found) == 1 and agency_type(rest[k:]) is not None:
            return found[0], k
    return None


def split_trailing_alias(name: str) -> tuple[str, str | None]:
    """区市场监管局（知识产权局） → (区市场监管局, 知识产权局) when both halves name bodies."""
    if not name or name[-1] not in CLOSERS:
        return name, None
    opener = CLOSERS[name[-1]]
    at = name.rfind(opener)
    if at <= 0:
        return name, None
    main, inner = name[:at], name[at + 1 : -1]
    if agency_type(main) and agency_type(inner) and not collective_type(name):
        return main, inner
    return name, None


class AgencyRegistry:
    """All agencies of one document; resolves mentions and merges on in-plan evidence."""

    def __init__(self, index: RegionIndex, region: RegionEntry | None, scope: str) -> None:
        self.index = index
        self.region = region
        self.scope = scope  # used in ids when the plan's region is unknown
        self.agencies: dict[str, ResolvedAgency] = {}
        self._merged: dict[str, str] = {}  # id of an alias body -> id of its host
        self.leading_group: str | None = None  # the group the plan sets up, for bare 领导小组

    def learn_leading_group(self, text: str) -> None:
        """When the plan sets up exactly one leading group (成立…领导小组), a bare 领导小组 or
        领导小组办公室 later in the plan means that group (or its office)."""
        names: dict[str, str] = {}
        for m in _SETS_UP_GROUP.finditer(text):
            name = squeeze(m.group(1))
            names.setdefault(name.replace("工作", ""), name)  # 示范工作领导小组 = 示范领导小组
        self.leading_group = next(iter(names.values())) if len(names) == 1 else None

    # --- place ---------------------------------------------------------------------------
    def _place(self, name: str) -> tuple[RegionEntry | None, str, bool, str]:
        """Region named by the mention's prefix, the rest of the name, whether the place was explicit,
        and the relative prefix used (if any)."""
        rest = name
        for lead in ("中共", "中国共产党"):
            if rest.startswith(lead):
                rest = rest[len(lead) :]
        explicit: RegionEntry | None = None
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
            explicit = self._prefer(candidates or places)
            pos = hit.span[1]
        if explicit is not None and pos < len(rest):
            return explicit, rest[pos:], True, ""
        city = _city_without_suffix(self.index, rest) if explicit is None else None
        if city is not None:
            return city[0], rest[city[1] :], True, ""
        inside = self.index.scan(rest, 1, len(rest), allow_short=False)
        if inside:
            place = self._prefer(list(inside[0].candidates))
            return place, rest, True, ""
        if rest and rest[0] in PREFIX_LEVELS and rest not in _alias_set() and len(rest) > 2:
            prefix = rest[0]
            target = self.index.with_prefix_level(self.region, prefix) if self.region else None
            return target, rest[1:], False, prefix
        return self.region, rest, False, ""

    def _prefer(self, candidates: list[RegionEntry]) -> RegionEntry:
        if self.region is None or len(candidates) == 1:
            return candidates[0]
        lineage = {self.region.id, *(a.id for a in self.index.ancestors(self.region))}
        for c in candidates:
            if c.id in lineage or c.parent in lineage:
                return c
        return candidates[0]

    # --- resolution ----------------------------------------------------------------------
    def _scope_id(self, region: RegionEntry | None, prefix: str) -> str:
        if region is not None:
            return region.id
        return f"{self.scope}{'-' + prefix if prefix else ''}"

    def _display(self, region: RegionEntry | None, prefix: str, form: RegionForm = "name") -> str:
        if region is not None:
            if form == "short" and region.short:
                return region.short[0]
            return self.index.display_name(region)
        return prefix

    def identify(self, surface: str) -> ResolvedAgency:
        """Canonical identity of one mention (not yet registered)."""
        name = squeeze(surface)
        if self.leading_group and name in _BARE_GROUP:
            name = self.leading_group + _BARE_GROUP[name]
        main, _ = split_trailing_alias(name)
        region, rest, explicit, prefix = self._place(main)
        scope = self._scope_id(region, prefix)
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
        typed = agency_type(rest)
        zone = self._zone(rest)
        if zone is not None and (typed is None or typed[0].broader == "zone_admin"):
            committee = agency_vocabulary().by_id("zone_committee")
            return ResolvedAgency(
                f"agency/{zone.id}/zone_committee",
                self.index.display_name(zone) + "管理委员会",
                committee,
                None,
                zone.id,
            )
        if (typed is not None and typed[0].singleton and rest == typed[1]) or (
            typed is not None
            and typed[0].singleton
            and rest.endswith(typed[1])
            and len(rest) - len(typed[1]) <= 2
            and rest[: len(rest) - len(typed[1])] in ("", "人民", "政府")
        ):
            entry = typed[0]
            place = self._display(region, prefix, entry.region_form)
            canonical = place + entry.suffix_for(region.level if region else None)
            return ResolvedAgency(
                f"agency/{scope}/{entry.id}", canonical, entry, None, region.id if region else None
            )
        proper = explicit or rest.startswith(_PROPER_NAME_STARTS)
        canonical = name if proper else self._display(region, prefix) + rest
        return ResolvedAgency(
            f"agency/{scope}/{_short_hash(rest)}",
            canonical,
            typed[0] if typed else None,
            None,
            region.id if region else None,
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
        region, _, _, prefix = self._place(main)
        alias_name = (prefix or "") + alias
        alias_id = self.identify(alias_name).id
        if alias_id != host.id:
            self._merged[alias_id] = host.id
            self._register(host).aliases.add(alias_name)
            self._register(host).aliases.add(self._display(region, prefix) + alias)

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
        agency.surfaces.append(surface)
        agency.aliases.add(squeeze(surface))
        main, alias = split_trailing_alias(squeeze(surface))
        if alias:
            agency.aliases.add(main)
        return agency
