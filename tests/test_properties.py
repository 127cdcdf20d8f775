"""Properties: every span slices back to its quote; no input crashes the loaders or the extractor."""

from __future__ import annotations

import contextlib
import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import load_bytes, load_document
from policykg.errors import DocumentError
from policykg.extract.pipeline import extract_document
from policykg.models import Document


def assert_provenance(doc: Document, text: str) -> None:
    assert len(text) == doc.length
    for task in doc.tasks:
        assert text[task.span[0] : task.span[1]] == task.text
        for r in task.responsibilities:
            assert text[r.span[0] : r.span[1]] == r.quote
            if r.mention_span is not None:
                assert text[r.mention_span[0] : r.mention_span[1]] == r.agency.surface
                assert r.span[0] <= r.mention_span[0] <= r.mention_span[1] <= r.span[1]
            if r.paragraph_span is not None:
                assert r.paragraph_span[0] <= r.span[0] <= r.span[1] <= r.paragraph_span[1]
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
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a.pdf"]))
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
