"""Head lines written in two scripts: the Chinese words with their translation in a script of a national
minority on the same line, before or after them (연길시 지식재산권 강시 건설 시범사업 방안 延吉市…工作方案,
延吉市市场监督管理局 연길시시장감독관리국; Uyghur, Tibetan and Mongolian likewise), as the documents of
autonomous areas write their title block and a converter may join two of its lines into one. The title, a
masthead, a signature or a number line is read from the Chinese words alone; a line written wholly in the
other script stays as it was (no Chinese to read, it is passed over as before)."""

from __future__ import annotations

import re

from policykg.extract.textspan import Span

#: Letters of the scripts written beside Chinese in autonomous areas: Hangul (朝鲜文), the Arabic script of
#: Uyghur and Kazakh, Tibetan, Mongolian.
_OTHER_LETTER = re.compile(
    "[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
    "\u0f00-\u0fff\u1800-\u18af]"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def chinese_part(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without a translation in another script opening or closing it, with the spaces
    and marks between the two: from the first to the last Chinese character's side, when letters of the
    other script stand before the first or after the last (and none between them). A line with no such
    letters, or with no Chinese, is returned as it is."""
    if _OTHER_LETTER.search(text, start, end) is None:
        return start, end
    first = _HAN.search(text, start, end)
    if first is None:
        return start, end
    last = first.start()
    for m in _HAN.finditer(text, first.start(), end):
        last = m.start()
    if _OTHER_LETTER.search(text, first.start(), last) is not None:
        return start, end  # the scripts mixed inside the words: no translation beside them
    s = first.start() if _OTHER_LETTER.search(text, start, first.start()) else start
    e = _chinese_end(text, last, end) if _OTHER_LETTER.search(text, last, end) else end
    return s, e


#: What may close the Chinese words after their last character before the translation: a closing bracket
#: or mark and a number's digits (…工作方案（2024—2026年）, 延市监发〔2024〕5号).
_CLOSING = re.compile(r"[0-9０-９〕）)》」』”’\]］】号年]*")


def _chinese_end(text: str, last: int, end: int) -> int:
    closing = _CLOSING.match(text, last + 1, end)
    return closing.end() if closing is not None else last + 1
