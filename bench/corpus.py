"""A deterministic synthetic corpus for benchmarks: the real plans recombined with other regions, years,
agencies, target values, annotation formats, task tables and file formats; each plan gets a document
number of its own, so that no two are the same document. Nothing it writes is committed.

    python -m bench.corpus --plans 10000 --seed 7 --out /tmp/policykg-bench
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from ontology.vocab import RegionEntry, gazetteer
from policykg.seed import seed_plans

#: The places each bundled plan names (full name and short form, county-level then city), to be replaced.
PLACES = {
    "000": (("通州区", "通州"), ("南通市", "南通")),
    "001": (("雨花台区", "雨花台"), ("南京市", "南京")),
    "002": (None, ("南通市", "南通")),
    "003": (("吴江区", "吴江"), ("苏州市", "苏州")),
    "004": (None, None),
}
_BRACKETED = re.compile(r"〔责任单位：([^〔〕]+?)牵头，([^〔〕]+?)按职责分工负责〕")
_YEAR = re.compile(r"20[1-3]\d")
_QUANTITY = re.compile(r"(?<![\d.〔])(\d+(?:\.\d+)?)(?=\s*(?:件|家|个|项|亿元|万元|人次|%))")
#: Agencies swapped for one another (same level, same suffix), so that obligations spread differently.
SWAPS = ("科技局", "工信局", "商务局", "发改委", "财政局", "农业农村局", "文广旅局", "教育局")


def _counties() -> list[tuple[RegionEntry, RegionEntry]]:
    regions = {r.id: r for r in gazetteer().regions}
    out = []
    for r in gazetteer().regions:
        parent = regions.get(r.parent or "")
        current = r.id.startswith("32") and r.level in ("district", "county") and r.abolished is None
        if current and parent is not None and parent.level == "prefecture":
            out.append((r, parent))
    return sorted(out, key=lambda p: p[0].id)


def _short(entry: RegionEntry) -> str:
    return entry.short[0] if entry.short else entry.name


def _relocate(text: str, stem: str, county: RegionEntry, city: RegionEntry) -> str:
    own_county, own_city = PLACES[stem]
    if own_county:
        text = text.replace(own_county[0], county.name).replace(own_county[1], _short(county))
    if own_city:
        text = text.replace(own_city[0], city.name).replace(own_city[1], _short(city))
    return text


def _annotation_style(text: str, style: int) -> str:
    """0: as written; 1: （牵头单位：…；配合单位：…）; 2: 【牵头单位：…；配合单位：…】;
    3: an unbracketed 责任单位 line; 4: a sentence of roles (A牵头，B配合。)."""
    if style == 1:
        return _BRACKETED.sub(r"（牵头单位：\1；配合单位：\2）", text)
    if style == 2:
        return _BRACKETED.sub(r"【牵头单位：\1；配合单位：\2】", text)
    if style == 3:
        return _BRACKETED.sub(r"\n责任单位：\1牵头，\2按职责分工负责", text)
    if style == 4:
        return _BRACKETED.sub(r"\1牵头，\2配合。", text)
    return text


def _shift_years(text: str, shift: int) -> str:
    return _YEAR.sub(lambda m: str(int(m.group(0)) + shift), text)


def _vary_targets(text: str, rng: random.Random) -> str:
    """Every quantity scaled by its own factor (0.5–1.5), kept an integer where it was one."""

    def scaled(m: re.Match[str]) -> str:
        value = float(m.group(1)) * rng.uniform(0.5, 1.5)
        return f"{value:.1f}" if "." in m.group(1) else str(max(1, round(value)))

    return _QUANTITY.sub(scaled, text)


def _swap_agencies(text: str, rng: random.Random) -> str:
    a, b = rng.sample(SWAPS, 2)
    return text.replace(a, "\0").replace(b, a).replace("\0", b)


def _task_table(rng: random.Random, county: RegionEntry) -> str:
    rows = ["| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |", "|---|---|---|---|---|"]
    tasks = [
        "开展产业专利导航",
        "推进知识产权质押融资",
        "培育高价值专利",
        "开展正版正货承诺活动",
        "推进企业贯标",
    ]
    leads = ["区市场监管局", "区科技局", "区地方金融监管局", "区工信局", "区商务局"]
    for n, task in enumerate(rng.sample(tasks, 3), start=1):
        lead, support = rng.sample(leads, 2)
        rows.append(
            f"| {n} | {task}。 | {lead} | {support}、各镇（街道） | {rng.randint(2024, 2027)}年12月底 |"
        )
    return f"\n附件：{county.name}重点任务分工表\n\n一、重点任务分工\n\n" + "\n".join(rows) + "\n"


def _target_table(rng: random.Random, county: RegionEntry) -> str:
    """An annex of indicators with the bodies answering for each (a 责任单位 column)."""
    rows = ["| 序号 | 指标名称 | 2023年基数 | 2025年目标 | 责任单位 |", "|---|---|---|---|---|"]
    indicators = [
        ("每万人口高价值发明专利拥有量（件）", 2.0),
        ("有效注册商标量（件）", 5000.0),
        ("地理标志证明商标（件）", 3.0),
        ("知识产权质押融资额（亿元）", 1.0),
        ("专利密集型产业增加值占GDP比重（%）", 10.0),
    ]
    units = ["区市场监管局", "区科技局", "区地方金融监管局", "区工信局", "区农业农村局"]
    for n, (name, base) in enumerate(rng.sample(indicators, 3), start=1):
        digits = 0 if base >= 100 else 1  # counts in the thousands are whole
        start = round(base * rng.uniform(0.5, 1.5), digits)
        goal = round(start * rng.uniform(1.2, 2.0), digits)
        bodies = "、".join(rng.sample(units, rng.randint(1, 2)))
        rows.append(f"| {n} | {name} | {start:g} | {goal:g} | {bodies} |")
    return f"\n附件2：{county.name}知识产权主要指标\n\n" + "\n".join(rows) + "\n"


def generate(n: int, seed: int, out: Path) -> list[Path]:
    """Write ``n`` plans into ``out`` (txt, md with a task table and an indicators' table naming its bodies,
    html, a few GB18030); returns the paths."""
    rng = random.Random(seed)
    bases = {p.stem[:3]: p.read_text(encoding="utf-8") for p in seed_plans()}
    counties = _counties()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(n):
        stem = rng.choice(sorted(bases))
        county, city = rng.choice(counties)
        shift = rng.randint(-3, 3)
        text = _relocate(bases[stem], stem, county, city)
        text = _shift_years(text, shift)
        text = _annotation_style(text, rng.randrange(5))
        text = _swap_agencies(_vary_targets(text, rng), rng)
        issued = 2022 + shift
        text = f"{_short(county)}政办发〔{issued}〕{i + 1}号\n" + text  # a document number of its own
        kind = rng.random()
        if kind < 0.2:
            path = out / f"plan{i:05d}.md"
            # the indicators' annex drawn apart, so that the other plans stay as they were
            annex = _target_table(random.Random(f"{seed}/{i}"), county)
            path.write_text(text + _task_table(rng, county) + annex, encoding="utf-8")
        elif kind < 0.3:
            body = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
            path = out / f"plan{i:05d}.html"
            path.write_text(
                f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>",
                encoding="utf-8",
            )
        elif kind < 0.4:
            path = out / f"plan{i:05d}.txt"
            path.write_bytes(text.encode("gb18030"))
        else:
            path = out / f"plan{i:05d}.txt"
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--plans", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    generate(args.plans, args.seed, args.out)


if __name__ == "__main__":
    main()
