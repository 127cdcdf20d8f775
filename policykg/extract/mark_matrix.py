"""Task tables laid out as a mark matrix: one column per body, a sign in a row's cell saying the body's part
in that row's task, and a legend beside the table saying which sign means which role

    | 序号 | 重点任务       | 责任单位（merged over the bodies' columns）     |
    |      |                | 市市场监管局 | 市科技局 | 市工业和信息化局 | … |
    | 1    | 培育高价值专利 | ●            | ●        | ○                | … |
    注：●为牵头单位，○为配合单位。

The legend stands on a line right under the table or right above it, or inside a header cell
(责任单位（★牵头 ☆配合）); it pairs each sign with a role's label, the sign first (●为牵头单位, ★表示牵头,
◎ 牵头, “牵”为牵头单位) or the label first (牵头单位：√; 配合单位：○). The signs are data
(document_types.yaml task_table_columns mark_signs); a Chinese character is one only in quotation marks
(“牵”为牵头单位: 局为牵头单位 is the end of a name). The labels and their roles are roles.yaml's. A body's
column is one whose cells below the header are all empty or a legend's sign, one at least a sign; the body
is named by the column's own header cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from loaders.base import TableGrid
from ontology.vocab import document_vocabulary, role_vocabulary
from policykg.extract.table_headers import HeaderCell, body_rows
from policykg.extract.textspan import squeeze

#: How many written lines beside a table a legend may stand on (above it: the caption's line may come
#: between; below it: a source line may come first).
_LEGEND_LINES = 2
#: Longest line read as a legend: a longer one is prose.
_LEGEND_MAX = 120
#: Quotation marks around a sign (“牵”, ‘●’, 「√」).
_OPEN_QUOTES = "“\"‘'「『"
_CLOSE_QUOTES = "”\"’'」』"


@dataclass(frozen=True)
class MarkMatrix:
    """A task table's bodies' columns (``columns``) and the legend reading their signs: each sign with the
    role it marks (None: a body carrying the work, a 责任单位 label's)."""

    columns: tuple[int, ...]
    legend: tuple[tuple[str, str | None], ...]

    def role_of(self, sign: str) -> tuple[bool, str | None]:
        """Whether ``sign`` is one of the legend's, and the role it marks."""
        for mark, role in self.legend:
            if mark == sign:
                return True, role
        return False, None


#: The words closing what a sign marks before its role (标●的为牵头单位, 带*号的单位为牵头单位, ★者为…).
_MARKED = "(?:号)?(?:的(?:单位|部门)?|者)?"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str | None]]:
    """The legend's two orders (a sign then its label; a label then its sign) and each label's role."""
    spec = document_vocabulary().task_table_columns
    roles: dict[str, str | None] = {e.text: e.role for e in role_vocabulary().labels}
    labels = "|".join(re.escape(t) for t in sorted(roles, key=len, reverse=True))
    words = "|".join(re.escape(w) for w in sorted(spec.mark_legend_words, key=len, reverse=True))
    signs = re.escape(spec.mark_signs) if spec.mark_signs else r"\u0000"
    quoted = f"[{_OPEN_QUOTES}](?P<q>[{signs}]|[\u4e00-\u9fff])[{_CLOSE_QUOTES}]"
    joiner = rf"\s*(?:{words})?\s*[：:＝=—－-]?\s*"
    sign_first = re.compile(rf"(?:{quoted}|(?P<s>[{signs}])){_MARKED}{joiner}(?P<label>{labels})")
    label_first = re.compile(
        rf"(?P<label>{labels})\s*(?:[：:＝=]|{words}|用)\s*(?:{quoted}|(?P<s>[{signs}]))(?![\u4e00-\u9fff])"
    )
    return sign_first, label_first, roles


def read_legend(words: str) -> tuple[tuple[str, str | None], ...]:
    """The signs a legend's ``words`` explain, each with the role its label marks, in order (empty when
    the words are no legend)."""
    sign_first, label_first, roles = _patterns()
    found: dict[str, str | None] = {}
    for m in sign_first.finditer(words):
        found.setdefault(m.group("q") or m.group("s"), roles[m.group("label")])
    if not found:
        for m in label_first.finditer(words):
            found.setdefault(m.group("q") or m.group("s"), roles[m.group("label")])
    return tuple(found.items())


@cache
def _stated_sign() -> re.Pattern[str]:
    """A sign stated a role's sign in running text: the sign, then a legend word or a colon, then a role's
    label (●为牵头单位, ★表示牵头, ○：配合单位), or the label, a colon or word and the sign (牵头单位：●):
    not a bullet opening a label (◆配合单位：…)."""
    spec = document_vocabulary().task_table_columns
    words = "|".join(re.escape(w) for w in sorted(spec.mark_legend_words, key=len, reverse=True))
    signs = re.escape(spec.mark_signs) if spec.mark_signs else r"\u0000"
    labels = "|".join(re.escape(t) for t in sorted(_patterns()[2], key=len, reverse=True))
    return re.compile(
        rf"[{signs}][”’」』\"']?{_MARKED}(?:\s*(?:{words}|[：:＝=])\s*[：:]?\s*)(?:{labels})"
        rf"|(?:{labels})\s*(?:[：:＝=]|{words}|用)\s*[“‘「『\"']?[{signs}]"
    )


@lru_cache(maxsize=4)
def document_legend(text: str) -> dict[str, str | None]:
    """The signs a legend anywhere in the plan explains (注：标●的为牵头单位，标○的为配合单位), each with the
    role it marks: the legend of signs written before the names of a list (责任单位：●县市场监管局、
    ○县科技局). Read on the short lines stating a sign's role; empty when the plan states none."""
    found: dict[str, str | None] = {}
    stated = _stated_sign()
    for line in text.splitlines():
        if len(line) <= _LEGEND_MAX and stated.search(line) is not None:
            for sign, role in read_legend(line):
                found.setdefault(sign, role)
    return found


def _lines_beside(text: str, table: TableGrid) -> list[str]:
    """The written lines right under the table and right above it, nearest first, a few each."""
    out: list[str] = []
    at = table.span[1]
    for _ in range(_LEGEND_LINES):
        while at < len(text) and text[at] in "\n\r \t\u3000":
            at += 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if at >= end:
            break
        out.append(text[at:end])
        at = end
    at = table.span[0]
    for _ in range(_LEGEND_LINES):
        while at > 0 and text[at - 1] in "\n\r \t\u3000":
            at -= 1
        start = text.rfind("\n", 0, at) + 1
        if start >= at:
            break
        out.append(text[start:at])
        at = start
    return [line.strip() for line in out if len(line.strip()) <= _LEGEND_MAX]


def table_legend(text: str, table: TableGrid, header: list[HeaderCell]) -> tuple[tuple[str, str | None], ...]:
    """The legend of ``table``'s signs: in a header cell, or on a line beside the table (empty when none)."""
    signs = document_vocabulary().task_table_columns.mark_signs
    for cell in header:
        if any(ch in cell.text for ch in signs) and (legend := read_legend(cell.text)):
            return legend
    for line in _lines_beside(text, table):
        if legend := read_legend(line):
            return legend
    return ()


def mark_matrix(text: str, table: TableGrid, header: list[HeaderCell], skip: set[int]) -> MarkMatrix | None:
    """``table``'s bodies' columns and the legend of their signs, when it is a mark matrix: two or more
    columns (``skip`` aside: the task's, the number's) whose cells below the header are all empty or a
    legend's sign, each column with a sign at least once and a header of its own with no figure (a year's
    column marked with the years the work takes is a time's)."""
    if len(header) < 3:
        return None
    legend = table_legend(text, table, header)
    if not legend:
        return None
    marks = {sign for sign, _ in legend}
    rows = [row for _, row in body_rows(text, table) if len({c.span for c in row}) > 1]
    if not rows:
        return None
    columns: list[int] = []
    for c, cell in enumerate(header):
        name = squeeze(text[cell.span[0] : cell.span[1]])
        if c in skip or not name or any(ch.isdigit() for ch in name) or any(ch in marks for ch in name):
            continue
        written = [squeeze(text[row[c].span[0] : row[c].span[1]]) for row in rows if c < len(row)]
        if any(written) and all(not w or w in marks for w in written):
            columns.append(c)
    return MarkMatrix(tuple(columns), legend) if len(columns) >= 2 else None
