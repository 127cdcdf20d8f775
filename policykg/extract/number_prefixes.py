"""The issuer a document number's prefix names (citations.yaml number_prefixes): 国办发〔2021〕20号 is
国务院办公厅's, 桂政发〔2022〕12号 广西壮族自治区人民政府's (the gazetteer's abbreviation 桂, then the
body's code 政发), 苏知发 江苏省知识产权局's. A prefix no rule reads (a city's: 杭政发, 鄂府办发) names no
issuer."""

from __future__ import annotations

from functools import cache

from ontology.vocab import citation_vocabulary, region_entries


@cache
def _prefixes() -> tuple[dict[str, str], str, str]:
    """Every prefix read, with the body it names (the whole ones, and each province's codes), the word
    closing a department's code, and the word closing a department's letter's code."""
    rules = citation_vocabulary().number_prefixes
    if rules is None:
        return {}, "", ""
    known = dict(rules.whole)
    for entry in region_entries():
        letter = entry.abbreviation
        if letter is None or letter in rules.shared:
            continue
        for code, body in rules.bodies.items():
            if letter in rules.government_fu:
                code = code.replace("政", "府", 1)
            known.setdefault(letter + code, body.format(name=entry.name))
    for prefix in rules.city_prefixes:
        known.pop(prefix, None)  # 苏委发: 苏州's, not 江苏's
    return known, rules.code_tail, rules.code_letter


def prefix_issuer(number: str) -> str | None:
    """The body the prefix of a normalised number (桂政发〔2022〕12号) names, or None."""
    prefix, bracket, _ = number.partition("〔")
    if not bracket:
        return None
    known, tail, letter = _prefixes()
    found = known.get(prefix)
    if found is None and tail and prefix.endswith(tail):
        # 鲁政办字: the word alone after the body's code; 国知发保字: a department's code with it, and
        # 国知发运函字: a department's letter (函) with its code
        code = prefix[: -len(tail)]
        cut = (code, code[:-1], code[:-2]) if code.endswith(letter) else (code, code[:-1])
        found = next((known[c] for c in cut if c in known), None)
    return found
