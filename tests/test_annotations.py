"""Every annotation form and bracket variant, roles per the glossary, and parser properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from policykg.extract.agency_lists import declares_first_is_lead, parse_agency_list
from policykg.extract.annotations import find_annotations


def parsed(text: str, **kwargs: bool) -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (a.form, [(text[m.span[0] : m.span[1]], m.role) for m in a.mentions])
        for a in find_annotations(text, 0, len(text), **kwargs)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "开展工作。〔责任单位：区市场监管局（知识产权局）牵头，区科技局、南通高新区按职责分工负责〕",
            [
                (
                    "〔责任单位：…〕",
                    [
                        ("区市场监管局（知识产权局）", "lead"),
                        ("区科技局", "support"),
                        ("南通高新区", "support"),
                    ],
                )
            ],
        ),
        (
            "开展工作（责任单位：县科技局、县财政局按职责分工负责）。",
            [("（责任单位：…）", [("县科技局", "joint"), ("县财政局", "joint")])],
        ),
        (
            "开展工作。（牵头单位：市科技局；配合单位：市财政局、市商务局）",
            [
                (
                    "（牵头单位：…；配合单位：…）",
                    [("市科技局", "lead"), ("市财政局", "support"), ("市商务局", "support")],
                )
            ],
        ),
        ("【牵头单位：县市场监管局】开展工作。", [("【牵头单位：…】", [("县市场监管局", "lead")])]),
        (
            "开展工作（区人民法院、区公安局按职责分工负责）。",
            [("（…按职责分工负责）", [("区人民法院", "joint"), ("区公安局", "joint")])],
        ),
        ("开展工作。（区司法局负责）", [("（…负责）", [("区司法局", "sole")])]),
        (
            "开展工作。(责任单位:区委组织部,区人社局)",
            [("(责任单位：…)", [("区委组织部", "joint"), ("区人社局", "joint")])],
        ),
        (
            "开展工作。［责任单位：市发改委牵头，市财政局配合］",
            [("［责任单位：…］", [("市发改委", "lead"), ("市财政局", "support")])],
        ),
        ("开展工作。[责任单位：市发改委]", [("[责任单位：…]", [("市发改委", "sole")])]),
        ("开展工作。﹝责任单位：市商务局﹞", [("﹝责任单位：…﹞", [("市商务局", "sole")])]),
        (
            "开展工作。〔责任单位：各县〔市、区〕政府〕",
            [("〔责任单位：…〕", [("各县〔市、区〕政府", "sole")])],
        ),
        (
            "开展工作。〔责任单位：中国南通（家纺）知识产权快速维权中心负责〕",
            [("〔责任单位：…〕", [("中国南通（家纺）知识产权快速维权中心", "sole")])],
        ),
        (
            "开展工作。\n责任单位：区科技局、区财政局\n",
            [("责任单位：…", [("区科技局", "joint"), ("区财政局", "joint")])],
        ),
        (
            "开展工作。（市科技局牵头，市财政局、市税务局配合）",
            [("（…配合）", [("市科技局", "lead"), ("市财政局", "support"), ("市税务局", "support")])],
        ),
        (
            "开展工作。（由县农业农村局负责，县市场监管局配合）",
            [("（…配合）", [("县农业农村局", "lead"), ("县市场监管局", "support")])],
        ),
        (
            "开展工作。〔责任单位：区知识产权工作领导小组成员单位按职责分工负责〕",
            [("〔责任单位：…〕", [("区知识产权工作领导小组成员单位", "joint")])],
        ),
        # A second label after a comma, a space or 、 instead of ；
        (
            "开展工作。（牵头单位：县市场监管局，配合单位：县科技局、县工信局）",
            [
                (
                    "（牵头单位：…；配合单位：…）",
                    [("县市场监管局", "lead"), ("县科技局", "support"), ("县工信局", "support")],
                )
            ],
        ),
        (
            "开展工作。（牵头单位：市市场监管局 责任单位：各县区政府）",
            [("（牵头单位：…；责任单位：…）", [("市市场监管局", "lead"), ("各县区政府", "support")])],
        ),
        (
            "开展工作。(牵头单位:市市场监管局、配合单位:市科技局)",
            [("(牵头单位：…；配合单位：…)", [("市市场监管局", "lead"), ("市科技局", "support")])],
        ),
        (
            "开展工作。（主要责任单位：市市场监管局；协同单位：市科技局）",
            [("（主要责任单位：…；协同单位：…）", [("市市场监管局", "lead"), ("市科技局", "support")])],
        ),
        # Other fields written next to the units: a deadline, a leader in charge, a time clause
        (
            "开展工作。（牵头单位：区市场监管局；配合单位：区科技局；完成时限：2025年12月底）",
            [("（牵头单位：…；配合单位：…）", [("区市场监管局", "lead"), ("区科技局", "support")])],
        ),
        (
            "开展工作。（牵头领导：王副区长；牵头单位：区市场监管局）",
            [("（牵头单位：…）", [("区市场监管局", "lead")])],
        ),
        (
            "开展工作。\n责任单位：区市场监管局  完成时限：2025年12月\n",
            [("责任单位：…", [("区市场监管局", "sole")])],
        ),
        (
            "开展工作。（区市场监管局牵头，区科技局配合，2025年12月底前完成）",
            [("（…配合）", [("区市场监管局", "lead"), ("区科技局", "support")])],
        ),
        # A lead marked in other brackets; a deadline after a full stop inside the annotation
        (
            "开展工作。（责任单位：县科技局〈牵头〉、县工信局）",
            [("（责任单位：…）", [("县科技局", "lead"), ("县工信局", "support")])],
        ),
        (
            "开展工作。（县市场监管局〔牵头〕、县公安局）",
            [("（…）", [("县市场监管局", "lead"), ("县公安局", "support")])],
        ),
        (
            "开展工作。（县人社局、县市场监管局。2024年底前完成）",
            [("（…）", [("县人社局", "joint"), ("县市场监管局", "joint")])],
        ),
        # The units that others support lead
        (
            "开展工作。\n责任单位：市市场监管局，配合单位：市财政局\n",
            [("责任单位：…；配合单位：…", [("市市场监管局", "lead"), ("市财政局", "support")])],
        ),
        # Labels in brackets of their own, running to the line's end
        (
            "开展工作。【责任单位】市市场监管局、市科技局",
            [("责任单位：…", [("市市场监管局", "joint"), ("市科技局", "joint")])],
        ),
        (
            "开展工作。\n[牵头单位]市市场监管局 [配合单位]市科技局\n",
            [("牵头单位：…；配合单位：…", [("市市场监管局", "lead"), ("市科技局", "support")])],
        ),
        # The role in parentheses after the name; others not named (等部门)
        (
            "开展工作。责任单位：市市场监管局（牵头）、市科技局、市财政局",
            [("责任单位：…", [("市市场监管局", "lead"), ("市科技局", "support"), ("市财政局", "support")])],
        ),
        (
            "开展工作。（责任单位：区市场监管局牵头，区科技局、区财政局等部门配合）",
            [
                (
                    "（责任单位：…）",
                    [("区市场监管局", "lead"), ("区科技局", "support"), ("区财政局", "support")],
                )
            ],
        ),
    ],
)
def test_forms_and_brackets(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert parsed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "依据《纲要（2021-2035年）》（国知发运函字〔2022〕131号）开展（2022-2025年）。",
        "区市场监管局（知识产权局）要加强工作。",
        "加强对重复侵权（恶意侵权）等行为的监管（含电商平台）。",
        "（一）加强知识产权规划",
        "开展“正版正货”（承诺）活动（负责任的态度）。",
    ],
)
def test_ordinary_parentheses_are_not_annotations(text: str) -> None:
    assert parsed(text) == []


def test_wrapped_annotation_keeps_words_split_by_line_breaks() -> None:
    text = "开展工作。〔责任\n单位：区市场监管局（知识\n产权局）牵头，区科技局按职责分\n工负责〕"
    ((form, mentions),) = parsed(text)
    assert form == "〔责任单位：…〕"
    assert mentions == [("区市场监管局（知识\n产权局）", "lead"), ("区科技局", "support")]


def test_unclosed_bracket_still_parses_to_paragraph_end() -> None:
    text = "开展工作。〔责任单位：区市场监管局牵头，区财政局按职责分工负责"
    ((_, mentions),) = parsed(text)
    assert mentions == [("区市场监管局", "lead"), ("区财政局", "support")]


def test_first_listed_leads_when_the_plan_says_so() -> None:
    note = "注：列第一位的为牵头单位。"
    assert declares_first_is_lead(note)
    text = "开展工作。（责任单位：市科技局、市财政局）"
    assert parsed(text, first_is_lead=True)[0][1] == [("市科技局", "lead"), ("市财政局", "support")]
    assert parsed(text)[0][1] == [("市科技局", "joint"), ("市财政局", "joint")]


def test_table_cell_with_default_role() -> None:
    text = "县工信局、县科技局"
    mentions, agency_like = parse_agency_list(text, 0, len(text), default_role="support")
    assert agency_like
    assert [(text[m.span[0] : m.span[1]], m.role) for m in mentions] == [
        ("县工信局", "support"),
        ("县科技局", "support"),
    ]


_AGENCIES = st.sampled_from(
    [
        "区市场监管局",
        "区科技局",
        "各镇（街道）",
        "县人民法院",
        "市发改委",
        "南通高新区",
        "区委组织部",
        "各县〔市、区〕政府",
    ]
)
_FILLER = st.text(alphabet="加强知识产权保护工作推进，。、（）〔〕【】[]()；：12", max_size=40)
_OPEN_CLOSE = st.sampled_from(
    [("〔", "〕"), ("（", "）"), ("(", ")"), ("【", "】"), ("［", "］"), ("[", "]")]
)


@settings(max_examples=300, deadline=None)
@given(
    before=_FILLER,
    after=_FILLER,
    lead=_AGENCIES,
    others=st.lists(_AGENCIES, max_size=3),
    brackets=_OPEN_CLOSE,
)
def test_generated_annotations_slice_back(
    before: str, after: str, lead: str, others: list[str], brackets: tuple[str, str]
) -> None:
    o, c = brackets
    rest = f"，{'、'.join(others)}按职责分工负责" if others else ""
    annotation = f"{o}责任单位：{lead}牵头{rest}{c}"
    text = f"{before}。{annotation}{after}"
    found = find_annotations(text, 0, len(text))
    ours = [a for a in found if text[a.span[0] : a.span[1]] == annotation]
    assert ours, f"annotation not found in {text!r}"
    names = [text[m.span[0] : m.span[1]] for m in ours[0].mentions]
    # a lead the note names again among the units sharing the work leads once (round 31)
    shared = [o for o in others if o != lead]
    assert names == [lead, *shared]
    assert [m.role for m in ours[0].mentions] == ["lead"] + ["support"] * len(shared)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_parser_never_crashes_and_spans_stay_inside(text: str) -> None:
    for a in find_annotations(text, 0, len(text)):
        assert 0 <= a.span[0] < a.span[1] <= len(text)
        for m in a.mentions:
            assert a.span[0] <= m.span[0] < m.span[1] <= a.span[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "二是推广知识产权保险，区金融局牵头，区财政局配合。",
            [("…牵头，…配合", [("区金融局", "lead"), ("区财政局", "support")])],
        ),
        ("建立联席会议制度，由区市场监管局牵头。", [("…牵头", [("区市场监管局", "lead")])]),
        # A sentence of its own that names units and a role word, with no lead
        ("完善调解机制。区司法局负责。", [("…负责", [("区司法局", "sole")])]),
        (
            "完善调解机制。由区司法局、区人民法院共同负责。",
            [("…共同负责", [("区司法局", "joint"), ("区人民法院", "joint")])],
        ),
        (
            "推动品牌建设。此项工作由区市场监管局负责，区商务局参与。",
            [("…负责，…参与", [("区市场监管局", "lead"), ("区商务局", "support")])],
        ),
        (
            "开展工作。区市场监管局（知识产权局）牵头，区知识产权工作领导小组成员单位配合。",
            [
                (
                    "…牵头，…配合",
                    [("区市场监管局（知识产权局）", "lead"), ("区知识产权工作领导小组成员单位", "support")],
                )
            ],
        ),
        (
            "县市场监管局负责，县公安局、县人民法院配合，开展专项整治。",
            [
                (
                    "…负责，…配合",
                    [("县市场监管局", "lead"), ("县公安局", "support"), ("县人民法院", "support")],
                )
            ],
        ),
        (
            "并由市科技局牵头负责资金保障，市审计局参与。",
            [("…牵头负责…，…参与", [("市科技局", "lead"), ("市审计局", "support")])],
        ),
        # a lead going on with its work names a lead with nobody supporting it too, and helpers with no lead
        # going on with their work (配合做好…) support (tests/test_unseen_round16_Y.py)
        ("区市场监管局牵头组织开展执法。", [("…牵头…", [("区市场监管局", "lead")])]),
        ("支持龙头企业牵头组建联盟，区科技局配合做好服务。", [("…配合", [("区科技局", "support")])]),
        (
            "开展工作，区市场监管局牵头，区科技局、区财政局按职责分工负责；",
            [
                (
                    "…牵头，…按职责分工负责",
                    [("区市场监管局", "lead"), ("区科技局", "support"), ("区财政局", "support")],
                )
            ],
        ),
    ],
)
def test_role_clauses_in_sentences(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert parsed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "鼓励企业牵头，高校院所参与，组建创新联合体。",  # not government bodies
        "加强与区公安分局协同，开展联合执法。",  # a partner, not a role
        "开展工作，区科技局负责，确保实效。",  # no lead, inside a longer sentence: prose rules (implicit)
        "加强与区检察院协同，区科技局指导企业开展专利布局。",  # a partner; 指导 alone is the body's own work
    ],
)
def test_sentences_that_are_not_role_clauses(text: str) -> None:
    assert parsed(text) == []


_WORK = st.text(alphabet="开展推进知识产权质押融资保险服务工作建设体系", min_size=1, max_size=20)


@settings(max_examples=300, deadline=None)
@given(
    work=_WORK,
    lead=_AGENCIES,
    supports=st.lists(_AGENCIES, min_size=1, max_size=3),
    opener=st.sampled_from(["", "一是", "二是", "同时", "并"]),
    by=st.sampled_from(["", "由"]),
    support_word=st.sampled_from(["配合", "协助", "参与", "按职责分工负责"]),
    order=st.booleans(),
)
def test_generated_role_clauses_slice_back(
    work: str, lead: str, supports: list[str], opener: str, by: str, support_word: str, order: bool
) -> None:
    roles = f"{by}{lead}牵头，{'、'.join(supports)}{support_word}"
    text = f"{opener}{work}，{roles}。" if order else f"{opener}{roles}，{work}。"
    found = [a for a in find_annotations(text, 0, len(text)) if a.form.startswith("…")]
    assert len(found) == 1, text
    (annotation,) = found
    assert text[annotation.span[0] : annotation.span[1]] == roles
    assert annotation.inline
    names = [(text[m.span[0] : m.span[1]], m.role) for m in annotation.mentions]
    # a lead named again among its helpers leads once (round 31)
    assert names == [(lead, "lead")] + [(s, "support") for s in supports if s != lead]


_LABEL_GAPS = st.sampled_from(["；", "，", "、", " ", "  ", "\u3000", ";", ","])
_COLONS = st.sampled_from(["：", ":", "： "])


@settings(max_examples=300, deadline=None)
@given(
    lead=_AGENCIES,
    supports=st.lists(_AGENCIES, min_size=1, max_size=3),
    gap=_LABEL_GAPS,
    colon=_COLONS,
    lead_label=st.sampled_from(["牵头单位", "牵头部门", "主要责任单位"]),
    support_label=st.sampled_from(["配合单位", "配合部门", "协同单位", "责任单位"]),
    brackets=_OPEN_CLOSE,
    other=st.sampled_from(["", "完成时限：2025年12月底", "责任领导：王副区长", "时间节点：长期坚持"]),
)
def test_two_labels_whatever_separates_them(
    lead: str,
    supports: list[str],
    gap: str,
    colon: str,
    lead_label: str,
    support_label: str,
    brackets: tuple[str, str],
    other: str,
) -> None:
    o, c = brackets
    tail = f"{gap}{other}" if other else ""
    text = f"开展工作。{o}{lead_label}{colon}{lead}{gap}{support_label}{colon}{'、'.join(supports)}{tail}{c}"
    ((_, mentions),) = parsed(text)
    # a unit a note names again after picking it out as the lead leads alone, whatever the second list's
    # label: it is not its own supporter too (round 31; before it, only under 责任单位)
    assert mentions == [(lead, "lead")] + [(s, "support") for s in supports if s != lead]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "1.开展工作。\n以上任务责任单位：区市场监管局、区科技局\n",
            [("区市场监管局", "joint"), ("区科技局", "joint")],
        ),
        (
            "2.开展工作。（以上两项工作由区市场监管局牵头，区科技局配合）",
            [("区市场监管局", "lead"), ("区科技局", "support")],
        ),
        ("2.开展工作。（上述各项任务均由区司法局负责）", [("区司法局", "sole")]),
        (
            "2.开展工作。上述工作由区金融局牵头，区财政局配合。",
            [("区金融局", "lead"), ("区财政局", "support")],
        ),
        (
            "2.开展工作。〔以上工作责任单位：区市场监管局牵头，区科技局按职责分工负责〕",
            [("区市场监管局", "lead"), ("区科技局", "support")],
        ),
    ],
)
def test_scope_phrases_cover_the_items_before(text: str, mentions: list[tuple[str, str]]) -> None:
    (annotation,) = find_annotations(text, 0, len(text))
    assert annotation.covers_preceding
    assert [(text[m.span[0] : m.span[1]], m.role) for m in annotation.mentions] == mentions


def test_annotation_without_scope_phrase_covers_only_its_own_item() -> None:
    text = "2.开展工作。（责任单位：区市场监管局）"
    (annotation,) = find_annotations(text, 0, len(text))
    assert not annotation.covers_preceding


def test_a_table_cell_lists_one_unit_per_line() -> None:
    text = "区司法局\n区人民法院\n区人民检察院"
    mentions, _ = parse_agency_list(text, 0, len(text), default_role="support", lines=True)
    assert [text[m.span[0] : m.span[1]] for m in mentions] == ["区司法局", "区人民法院", "区人民检察院"]
    # Outside a cell a line break is a wrapped line, not a separator.
    wrapped, _ = parse_agency_list("区地方金融\n监管局", 0, 9)
    assert len(wrapped) == 1


@settings(max_examples=200, deadline=None)
@given(
    leads=st.lists(_AGENCIES, min_size=1, max_size=2, unique=True),
    partners=st.lists(_AGENCIES, min_size=1, max_size=2, unique=True),
    by=st.sampled_from(["", "由"]),
    work=_WORK,
    work_first=st.booleans(),
)
def test_together_with_makes_leads_and_supporters(
    leads: list[str], partners: list[str], by: str, work: str, work_first: bool
) -> None:
    roles = f"{by}{'、'.join(leads)}会同{'、'.join(partners)}负责"
    text = f"{work}，{roles}。" if work_first else f"{roles}{work}。"
    found = [a for a in find_annotations(text, 0, len(text)) if a.form.startswith("…")]
    assert len(found) == 1, text
    names = [(text[m.span[0] : m.span[1]], m.role) for m in found[0].mentions]
    # a lead named again among its partners leads once (round 31)
    assert names == [(n, "lead") for n in leads] + [(n, "support") for n in partners if n not in leads]


def _any_role_word_closing() -> re.Pattern[str]:
    """The reference the role-word searches are checked against: any role word closing a piece, every word
    tried at every offset, one after another (longest first), its group ``s<i>`` naming ``_suffixes()[i]``."""
    from policykg.extract.agency_lists import _suffixes, spaced

    words = "|".join(f"(?P<s{i}>{spaced(text)})" for i, (text, _) in enumerate(_suffixes()))
    return re.compile(rf"(?:{words})\s*$")


def _word(m: re.Match[str]) -> tuple[str, str]:
    """The role word a match holds and its role: ``role_words``' group ``s`` or the reference's ``s<i>``."""
    from policykg.extract.agency_lists import _suffixes
    from policykg.extract.textspan import squeeze

    if m.lastgroup == "s":
        word = squeeze(m.group("s"))
        return word, dict(_suffixes())[word]
    return _suffixes()[int((m.lastgroup or "")[1:])]


def _role_word_pieces() -> st.SearchStrategy[str]:
    """Role words (whole, cut short, spread over spaces and line breaks), names and other words."""
    from ontology.vocab import role_vocabulary

    words = sorted({e.text for e in role_vocabulary().suffixes})
    return st.one_of(
        st.sampled_from(words),
        st.sampled_from(words).map(lambda w: w[1:]),
        st.sampled_from(words).map(lambda w: " ".join(w)),
        st.sampled_from(words).map(lambda w: "\n".join(w)),
        st.sampled_from(["区科技局", "（", "）", "、", " ", "\u3000", "\n", "按", "照", "等"]),
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(_role_word_pieces(), max_size=6).map("".join))
def test_the_role_word_search_near_the_end_finds_what_the_whole_search_finds(text: str) -> None:
    # strip_role_word tries the suffix regex only from where the last characters a role word may have
    # begin, and only the role words that end in the last character: the match is the one a search of the
    # whole piece with every role word finds
    from policykg.extract.agency_lists import _last_characters, _longest_suffix, _suffix_regexes

    last = len(text.rstrip())
    ending = _suffix_regexes().get(text[last - 1]) if last else None
    near = ending.search(text, _last_characters(text, 0, last, _longest_suffix())) if ending else None
    whole = _any_role_word_closing().search(text)
    assert (near and (near.span(), _word(near))) == (whole and (whole.span(), _word(whole)))


@settings(max_examples=300, deadline=None)
@given(st.lists(_role_word_pieces(), max_size=6).map("".join))
@example("区科技局（牵头）")
@example("区科技局 牵 头 ")
@example("*区科技局*")
def test_the_role_word_is_split_off_as_the_searches_of_the_whole_piece_find_it(text: str) -> None:
    # strip_role_word tries the bracketed form only when a closer ends the piece, and the bare form only with
    # the role words ending in its last character: it splits the piece as searching all of it does
    from policykg.extract.agency_lists import _paren_role_regex, _role_marks, closes_emphasis, strip_role_word
    from policykg.extract.textspan import trim

    m = _paren_role_regex().search(text) or _any_role_word_closing().search(text)
    if m is None or m.lastgroup is None:
        assert strip_role_word(text, 0, len(text)) == ((0, len(text)), None, None)
    else:
        word, role = _word(m)
        if word in _role_marks() and closes_emphasis(text, m.start()):
            # a mark closing markdown's italics around the line (*A*) is no role word: the name alone
            assert strip_role_word(text, 0, len(text)) == (trim(text, 0, m.start()), None, None)
        else:
            assert strip_role_word(text, 0, len(text)) == (trim(text, 0, m.start()), role, word)


def _annotation_pieces() -> st.SearchStrategy[str]:
    """Labels and role words (whole, cut short, spread over spaces), names, separators, brackets, times."""
    from ontology.vocab import role_vocabulary

    vocab = role_vocabulary()
    words = sorted({e.text for e in vocab.labels} | {e.text for e in vocab.suffixes})
    return st.one_of(
        st.sampled_from(words),
        st.sampled_from(words).map(lambda w: w[:-1]),
        st.sampled_from(words).map(lambda w: " ".join(w)),
        st.sampled_from(words).map(lambda w: "\n".join(w) + "："),
        st.sampled_from(
            ["区科技局", "以上任务", "：", "，", "；", "、", "（", "）", "【", "】", " ", "2025年底前完成"]
        ),
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(_annotation_pieces(), max_size=6).map("".join))
def test_the_quick_role_test_accepts_every_bracket_read_as_an_annotation(text: str) -> None:
    # may_name_roles is the cheap test before a bracket is read for labels and role words: whatever those
    # find, it accepts
    from policykg.extract.agency_lists import (
        labels_in,
        may_name_roles,
        scope_at,
        strip_role_word,
        without_trailing_time,
    )

    scope = scope_at(text, 0, len(text))
    inner = (scope.end if scope else 0, len(text))
    _, role, _ = strip_role_word(text, *without_trailing_time(text, *inner))
    if labels_in(text, *inner) or role is not None:
        assert may_name_roles(text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(_annotation_pieces(), max_size=6).map("".join))
def test_the_quick_label_test_accepts_every_label_found_at_any_offset(text: str) -> None:
    # may_hold_label is the cheap test before the lines of a paragraph are read for a label: wherever
    # label_at finds one, it accepts the paragraph
    from policykg.extract.agency_lists import label_at, may_hold_label

    if any(label_at(text, pos, len(text)) for pos in range(len(text))):
        assert may_hold_label(text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            _annotation_pieces(),
            st.sampled_from(
                ["区市场监管局", "。", "（区科技局、区财政局）", "(", ")", "〔", "〕", "\u3000", "开展"]
            ),
        ),
        max_size=8,
    ).map("".join)
)
@example("开展执法。（区科技局、区财政局）。")
def test_a_paragraph_without_role_words_is_read_only_for_a_closing_bracket(text: str) -> None:
    # find_annotations reads a paragraph's brackets only when a label or role word stands in it, or a
    # bracket closes it (a bracket of unit names alone): it finds what reading every bracket finds
    from unittest import mock

    from policykg.extract import annotations

    found = find_annotations(text, 0, len(text))
    with mock.patch.object(annotations, "may_name_roles", return_value=True):
        assert found == find_annotations(text, 0, len(text))
