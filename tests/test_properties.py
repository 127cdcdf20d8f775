"""Properties: every span slices back to its quote; no input crashes the loaders or the extractor."""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import load_bytes, load_document
from policykg.errors import DocumentError
from policykg.extract.pipeline import extract_document
from policykg.models import Document, Responsibility
from tests.patterns import assert_same_matches


def assert_provenance(doc: Document, text: str) -> None:
    assert len(text) == doc.length
    for task in doc.tasks:
        assert text[task.span[0] : task.span[1]] == task.text
        _assert_responsibilities(task.responsibilities, text)
    for target in doc.targets:
        assert text[target.span[0] : target.span[1]] == target.quote
        _assert_responsibilities(target.responsibilities, text)
    plan = doc.plan
    evidence = [
        plan.title_evidence,
        plan.doc_number_evidence,
        plan.date_evidence,
        plan.period.evidence if plan.period else None,
        plan.region.evidence if plan.region else None,
        *(i.evidence for i in plan.issuers),
    ]
    for ev in filter(None, evidence):
        assert text[ev.span[0] : ev.span[1]] == ev.quote
    for section in doc.sections:
        assert 0 <= section.span[0] <= section.span[1] <= len(text)
    assert_unique_ids(doc)


def _assert_responsibilities(found: list[Responsibility], text: str) -> None:
    for r in found:
        assert text[r.span[0] : r.span[1]] == r.quote
        if r.mention_span is not None:
            assert text[r.mention_span[0] : r.mention_span[1]] == r.agency.surface
            assert r.span[0] <= r.mention_span[0] <= r.mention_span[1] <= r.span[1]
        if r.paragraph_span is not None:
            assert r.paragraph_span[0] <= r.span[0] <= r.span[1] <= r.paragraph_span[1]


def assert_unique_ids(doc: Document) -> None:
    """Each fact has an id of its own: the store merges facts by id, so a repeated one would fold two facts
    of the plan into one node."""
    facts = {
        "tasks": doc.tasks,
        "sections": doc.sections,
        "targets": doc.targets,
        "goals": doc.goals,
        "tables": doc.tables,
    }
    for kind, items in facts.items():
        counts = Counter(item.id for item in items)  # counted once: a plan may hold tens of thousands
        repeated = sorted(i for i, n in counts.items() if n > 1)
        assert not repeated, f"{kind} share ids: {repeated[:3]}"


def test_corpus_spans_slice_back(corpus_docs) -> None:
    """Against the canonical text, loaded afresh from the file (its printed page numbers dropped)."""
    for doc in corpus_docs.values():
        assert_provenance(doc, load_document(doc.source).text)


_PIECES = st.sampled_from(
    [
        "一、重点任务\n",
        "二、保障措施\n",
        "（一）强化保护。",
        "（二）",
        "1. 开展工作。",
        "2、推进。",
        "（1）",
        "①",
        "〔责任单位：区市场监管局（知识产权局）牵头，区科技局按职责分工负责〕",
        "（牵头单位：市科技局；配合单位：市财政局）",
        "【县人社局负责】",
        "一是加强。",
        "二是推进。",
        "区政府办督查科要加大督查力度。",
        "办公室设在区市场监管局。",
        "\n",
        "\n\n",
        "\t",
        "|",
        "| 序号 | 任务 | 牵头单位 |\n|---|---|---|\n",
        "〔",
        "）",
        "《",
        "通州区",
        "2025年",
        "各镇（街道）要落实。",
        "责任单位：",
        "南通市通州区人民政府\n2022年11月14日\n",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40))
def test_generated_plans_keep_provenance(pieces: list[str]) -> None:
    text = "".join(pieces)
    try:
        loaded = load_bytes(text.encode("utf-8"), "plan.txt")
    except DocumentError:
        return
    doc = extract_document(loaded)
    assert_provenance(doc, loaded.text)


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=2000),
    st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a.pdf", "a.csv", "a.xlsx"]),
)
def test_loaders_never_crash_on_bytes(data: bytes, name: str) -> None:
    try:
        loaded = load_bytes(data, name)
    except DocumentError as e:
        error: DocumentError | None = e
    else:
        error = None
        extract_document(loaded)
    if error is not None:
        assert name in str(error)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=500))
def test_docx_with_garbage_inside_gives_a_clean_error(payload: bytes) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", payload)
        archive.writestr("word/document.xml", payload)
    with contextlib.suppress(DocumentError):
        extract_document(load_bytes(buffer.getvalue(), "x.docx"))


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_truncated_gb18030_and_utf8_never_crash(text: str) -> None:
    for encoding in ("utf-8", "gb18030"):
        data = text.encode(encoding, errors="ignore")
        for cut in (len(data) - 1, len(data) // 2):
            with contextlib.suppress(DocumentError):
                extract_document(load_bytes(data[:cut], "t.txt"))


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="（）〔〕[]【】《》“”、，；。ab ", max_size=40),
    st.sampled_from(["、，", "；;", "。；;！!"]),
)
def test_fast_splitter_matches_the_depth_map_reference(text: str, separators: str) -> None:
    from policykg.extract.textspan import depth_map, split_top_level, trim

    depths = depth_map(text, 0, len(text))
    expected, piece_start = [], 0
    for pos, depth in enumerate(depths):
        if depth == 0 and text[pos] in separators:
            expected.append(trim(text, piece_start, pos))
            piece_start = pos + 1
    expected.append(trim(text, piece_start, len(text)))
    assert split_top_level(text, 0, len(text), separators) == [p for p in expected if p[0] < p[1]]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="（）〔〕[]【】《》“”、，；。ab \n", max_size=50))
def test_two_level_split_matches_the_split_of_each_piece(text: str) -> None:
    # sentences and their clauses from one walk: what splitting the text, then each sentence, gives
    from policykg.extract.textspan import split_top_level, split_two_levels

    sentences = split_top_level(text, 0, len(text), "。；")
    expected = [(s, split_top_level(text, *s, "，、")) for s in sentences]
    assert split_two_levels(text, 0, len(text), "。；", "，、") == expected


def _bracket_groups_by_character(text: str, openers: str) -> list[tuple[int, int, str, bool]]:
    """The reference: bracket_groups' rules, walked one character at a time."""
    from policykg.extract.textspan import CLOSERS, PAIRS

    groups, stack = [], []
    for pos, ch in enumerate(text):
        if ch in PAIRS and (stack or ch in openers):
            stack.append((ch, pos))
        elif ch in CLOSERS and stack:
            depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == CLOSERS[ch]), None)
            if depth is None:
                continue
            groups += [(at, pos, opener, False) for opener, at in stack[depth + 1 :]]
            groups.append((stack[depth][1], pos + 1, stack[depth][0], True))
            del stack[depth:]
    groups += [(at, len(text), opener, False) for opener, at in stack]
    return sorted(groups, key=lambda g: (g[0], -g[1]))


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="（）〔〕[]【】《》“”「」、，a ", max_size=40), st.sampled_from(["（〔[【", "（", "《"])
)
def test_bracket_groups_match_the_character_walk(text: str, openers: str) -> None:
    from policykg.extract.textspan import bracket_groups

    found = [(g.open, g.close, g.opener, g.closed) for g in bracket_groups(text, 0, len(text), openers)]
    assert found == _bracket_groups_by_character(text, openers)


def _region_pieces() -> st.SearchStrategy[str]:
    """Region names, short names, their halves and single characters, and characters of no name."""
    from policykg.extract.regions import region_index

    index = region_index()
    names = sorted({*index.full, *index.short})
    return st.one_of(
        st.sampled_from(names),
        st.sampled_from(names).map(lambda n: n[:-1]),
        st.sampled_from(names).map(lambda n: n[1:]),
        st.sampled_from(names).map(lambda n: n[:1]),
        st.sampled_from(["区", "市", "县", "，", "局", " ", "\n", "a"]),
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(_region_pieces(), max_size=8).map("".join), st.booleans())
def test_region_scan_matches_the_walk_over_every_position(text: str, allow_short: bool) -> None:
    # scan asks match_at only where its quick two-character test lets a name start: it finds what asking
    # at every position finds
    from policykg.extract.regions import region_index

    index = region_index()
    for start, end in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 1))):
        expected, pos = [], start
        while pos < end:
            hit = index.match_at(text, pos, end, allow_short=allow_short)
            expected += [hit] if hit else []
            pos = hit.span[1] if hit else pos + 1
        assert index.scan(text, start, end, allow_short=allow_short) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab\n\u3000", max_size=20), st.data())
def test_line_spans_match_the_walk_from_line_break_to_line_break(text: str, data: st.DataObject) -> None:
    from policykg.extract.textspan import line_spans

    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    expected, pos = [], start
    while pos < stop:
        nl = text.find("\n", pos, stop)
        expected.append((pos, stop if nl < 0 else nl))
        pos = stop if nl < 0 else nl + 1
    assert line_spans(text, start, stop) == expected
    assert line_spans(text) == line_spans(text, 0, len(text))


@given(st.text(alphabet="a区 \t\n\r\f\v\u3000\xa0\u2002\u2003\u2009\ufeff\u200b", max_size=20))
def test_squeeze_removes_every_white_space_character_and_nothing_else(text: str) -> None:
    from policykg.extract.textspan import WHITESPACE, squeeze

    assert squeeze(text) == "".join(ch for ch in text if ch not in WHITESPACE)


_TABLE_PIECES = [
    "|",
    " | ",
    "|---|---|",
    "---",
    "\t",
    "\n",
    "\n\n",
    "｜",
    "序号",
    "重点任务",
    "责任单位",
    "完成时限",
    "1",
    "2",
    "指标",
    " ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TABLE_PIECES), max_size=30).map("".join))
def test_text_table_finders_need_their_character(text: str) -> None:
    # detect_text_tables skips a finder when the text lacks the character its tables hold, and reads the
    # lines outside the tables found again only when a finder found one: it finds what running every
    # finder over the lines outside the tables found before it finds
    from policykg.extract.tables import _FINDERS, _outside, detect_text_tables
    from policykg.extract.textspan import line_spans, overlaps

    all_lines = line_spans(text)
    taken: list[tuple[int, int]] = []
    expected = []
    for finder, needed in _FINDERS:
        lines = _outside(all_lines, sorted(taken))
        tables = finder(text, lines)
        assert needed is None or not tables or needed in text
        for table in tables:
            if not overlaps(table.span, taken):
                expected.append(table)
                taken.append(table.span)
    assert detect_text_tables(text, []) == sorted(expected, key=lambda t: t.span)


def _comparator_pieces() -> list[str]:
    from ontology.vocab_targets import target_vocabulary

    words = {e.text for e in target_vocabulary().comparators_before}
    return sorted(words | {w[:1] for w in words} | {w[1:] for w in words} | {"专利", "，", "5", "%"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_comparator_pieces()), max_size=8).map("".join), st.data())
def test_inner_comparator_matches_the_search_for_each_word(text: str, data: st.DataObject) -> None:
    # one look-ahead scan finds the comparator a search for the last place of each word finds
    from ontology.vocab_targets import target_vocabulary
    from policykg.extract.indicators import inner_comparator

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    best = (-1, 0, "=")
    for entry in target_vocabulary().comparators_before:
        at = text.rfind(entry.text, start, end)
        if entry.after_measure:  # (完成) read only right before the number, after a measure's noun
            continue
        if len(entry.text) >= 2 and at >= 0 and (at + len(entry.text), len(entry.text)) > best[:2]:
            best = (at + len(entry.text), len(entry.text), entry.comparator)
    assert inner_comparator(text, start, end) == best[2]


_HEADING_PIECES = [
    "一、",
    "（二）",
    "1.",
    "3、",
    "**",
    "附件2：",
    "全面实施阶段",
    "（2023年5月—2025年6月）",
    "(2024年)",
    "（",
    "年",
    "。",
    "推进知识产权强县建设",
    "工作",
    " ",
    "\n",
]


def _heading_only_by_search(text: str, span: tuple[int, int], decimal: bool) -> bool:
    """The reference: is_heading_only's rules on the words after the marker cut out of the text, the dated
    bracket found by one search of them."""
    from ontology.vocab import document_vocabulary
    from policykg.extract.headings import _DATED_TAIL, _ITEM_HEADING_MAX, ANNEX, HEADING_MAX
    from policykg.extract.markers import match_marker, strip_md

    s, e = span
    body, md = strip_md(text, s, e)
    marker = match_marker(text, body, e, decimal=decimal)
    if md and not marker:
        return True
    if marker is None:
        return bool(ANNEX.match(text, body, e)) and e - body <= HEADING_MAX
    rest = text[marker[3][1] : e]
    limit = HEADING_MAX if marker[0] <= 2 else _ITEM_HEADING_MAX
    dated = _DATED_TAIL.search(rest)
    if dated and dated.start() > limit:
        dated = None  # is_heading_only looks for a dated bracket opening within the limit only
    if dated and any(re.search(p, rest[: dated.start()]) for p in document_vocabulary().phase_patterns):
        rest = rest[: dated.start()]
    return "。" not in rest and len(rest) <= limit


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_HEADING_PIECES), min_size=1, max_size=14).map("".join), st.booleans())
def test_heading_only_matches_the_search_of_the_words_after_the_marker(text: str, decimal: bool) -> None:
    from policykg.extract.headings import is_heading_only
    from policykg.extract.textspan import trim

    span = trim(text, 0, len(text))
    if span[0] < span[1]:
        assert is_heading_only(text, span, decimal) == _heading_only_by_search(text, span, decimal)


def _title_marks_at_every_mark(text: str) -> list[tuple[int, int]]:
    """The reference: title_marks' rules applied at every mark and blank line, a title open or not."""
    from policykg.extract.citation_titles import _MARKS, _MAX_TITLE

    out: list[tuple[int, int]] = []
    stack: list[int] = []
    inner: list[tuple[int, int]] = []

    def abandon() -> None:
        kept: list[tuple[int, int]] = []
        for group in inner:
            while kept and kept[-1][0] > group[0]:
                kept.pop()
            kept.append(group)
        stack.clear()
        inner.clear()
        out.extend(kept)

    for m in _MARKS.finditer(text):
        mark, at = m.group(), m.start()
        if mark == "《":
            if stack and at - stack[0] > _MAX_TITLE:
                abandon()
            stack.append(at)
        elif mark == "》" and stack:
            group = (stack.pop(), at + 1)
            if stack:
                inner.append(group)
            else:
                inner.clear()
                if group[1] - group[0] <= _MAX_TITLE + 2:
                    out.append(group)
        elif mark != "》":
            abandon()
    abandon()
    return out


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["《", "》", "\n", "\n\n", " ", "a", "专利法", "a" * 120]), max_size=16).map(
        "".join
    )
)
def test_title_marks_match_the_walk_over_every_mark(text: str) -> None:
    # title_marks passes over closers and blank lines while no title is open
    from policykg.extract.citation_titles import title_marks

    assert list(title_marks(text)) == _title_marks_at_every_mark(text)


#: The number pattern as it was written first: the look-behind before the first digit.
_NUMBER_LOOKING_BEHIND_FIRST = re.compile(
    r"(?<![\d.·．A-Za-z])(\d+(?:\n\d+)*(?:\n?\.\n?\d+)?)"
    r"(?:\s*(?P<range>[-—–~～至到])\s*(\d+(?:\.\d+)?))?"
    r"(?:\s*/\s*(?P<den>\d+(?:\.\d+)?))?"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789١.·．aZ\n 至-/年件", max_size=24), st.data())
def test_number_pattern_opening_with_its_digit_finds_the_same_numbers(text: str, data: st.DataObject) -> None:
    from policykg.extract.quantities import NUMBER

    assert_same_matches(NUMBER, _NUMBER_LOOKING_BEHIND_FIRST, text, data)
