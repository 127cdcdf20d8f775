"""Cited documents: titles, numbers, kinds, relations, the plan's own title left out, spans exact."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ontology.vocab import DATA_DIR, citation_vocabulary
from policykg.errors import DataFileError
from policykg.extract.citations import CitationDraft, citation_key, find_citations, normalise_title
from policykg.extract.header_lines import DOC_NUMBER, doc_numbers

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
KINDS = {c.id for c in citation_vocabulary().classes} | {"unknown"}


def cite(text: str, own_title: str | None = None, own_number: str | None = None) -> list[CitationDraft]:
    found = find_citations(text, own_title=own_title, own_number=own_number)
    for c in found:
        assert text[c.span[0] : c.span[1]] == c.quote
    return found


def one(text: str, **own: str) -> CitationDraft:
    found = cite(text, **own)
    assert len(found) == 1, found
    return found[0]


# --- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("opener", "closer"), ["〔〕", "［］", "[]", "﹝﹞", "()", "（）"])
def test_number_bracket_variants(opener: str, closer: str) -> None:
    c = one(f"根据国发{opener}2021{closer}20号文件精神，做好工作。")
    assert (c.title, c.doc_number, c.kind, c.relation) == (None, "国发〔2021〕20号", "unknown", "cites")
    assert c.quote == f"国发{opener}2021{closer}20号"  # the lead-in 根据 is not part of the issuer
    assert c.key == "doc:国发〔2021〕20号"


@pytest.mark.parametrize(
    "text",
    [
        "实施期（2021-2035年）内完成。",
        "于2023年12月5号前完成。",
        "2022年（2023）1号楼",
        "第一阶段（2022年8月-12月底）。",
        "共（2023）家",
    ],
)
def test_years_and_dates_are_not_numbers(text: str) -> None:
    assert cite(text) == []


def test_own_number_and_header_number_are_left_out() -> None:
    text = "通科发[2017]23号\n关于印发工作要点的通知\n依据苏政发〔2017〕32号，按照通科发〔2017〕23号执行。"
    assert [c.doc_number for c in cite(text)] == ["苏政发〔2017〕32号", "通科发〔2017〕23号"]
    assert [c.doc_number for c in cite(text, own_number="通科发［2017］23号")] == ["苏政发〔2017〕32号"]


# --- titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("关于新形势下加快知识产权强国建设的若干意见", "policy"),
        ("关于进一步严格规范专利申请行为的通知", "policy"),
        ("知识产权强国建设纲要（2021-2035年）", "policy"),
        ("关于知识产权强省建设的若干政策措施", "policy"),
        ("全国人民代表大会常务委员会关于修改专利法的决定", "policy"),
        ("中华人民共和国专利法", "law"),
        ("江苏省知识产权促进和保护条例", "law"),
        ("专利代理管理办法", "law"),
        ("企业知识产权管理规范", "standard"),
        ("知识产权分析评议服务标准", "standard"),
        ("“十四五”国家知识产权保护和运用规划", "plan"),
        ("4.26知识产权宣传周活动方案", "plan"),
        ("南通市知识产权强市建设工作方案（2017-2020）", "plan"),
        ("2017年度南通市知识产权工作要点", "plan"),
        ("吴江区知识产权强省建设区域示范创建工作计划", "plan"),
        ("南通日报", "media"),
        ("中国知识产权报", "media"),
        ("知识产权工作动态", "media"),
        ("昨日要情", "media"),
        ("2016年南通市知识产权发展状况", "report"),
        ("中国知识产权保护状况白皮书", "report"),
        ("知识产权发展年报", "report"),
        ("关于专利侵权案件查处情况的通报", "policy"),
        ("红楼梦", "unknown"),
    ],
)
def test_each_class(title: str, kind: str) -> None:
    c = one(f"认真学习《{title}》。")
    assert c.kind == kind
    assert c.title == title.replace(" ", "")
    assert c.doc_number is None
    # a document plans everywhere cite has its key from the data file (its number where that is public)
    assert c.key == citation_key(normalise_title(title), None)
    assert c.key.startswith(("doc:国发〔", "doc:GB/T ")) or c.key == "title:" + normalise_title(title)


@pytest.mark.parametrize("gap", ["", "（", "(", " （"])
def test_title_and_its_number_are_one_citation(gap: str) -> None:
    text = f"根据《关于知识产权强省建设的若干政策措施》{gap}苏政发〔2017〕32号）精神"
    c = one(text)
    assert (c.normalised_title, c.doc_number, c.kind) == (
        "关于知识产权强省建设的若干政策措施",
        "苏政发〔2017〕32号",
        "policy",
    )
    assert c.quote.startswith("《")
    assert c.quote.endswith("32号")
    assert c.key == "doc:苏政发〔2017〕32号"


def test_consecutive_titles_are_separate() -> None:
    found = cite("落实《A规划》《B纲要》、《C条例》和《D意见》。")
    assert [(c.title, c.kind) for c in found] == [
        ("A规划", "plan"),
        ("B纲要", "policy"),
        ("C条例", "law"),
        ("D意见", "policy"),
    ]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("为深入贯彻国务院《关于新形势下加快知识产权强国建设的若干意见》精神", "国务院"),
        ("、省委省政府《关于加快建设知识产权强省意见》精神", "省委省政府"),
        ("根据江苏知识产权局《关于知识产权强省建设的若干政策措施》", "江苏知识产权局"),
        ("贯彻落实国家知识产权局《专利导航指南》", "国家知识产权局"),
        ("严格落实国家《关于进一步严格规范专利申请行为的通知》", "国家"),
        ("持续引导企业实施《企业知识产权管理规范》", None),
        ("鼓励高新技术企业通过国标《企业知识产权管理规范》第三方认证", None),
        ("区知识产权局对照《工作计划》开展自查", None),
    ],
)
def test_issuer_before_the_title(text: str, issuer: str | None) -> None:
    c = one(text)
    assert c.issuer == issuer
    assert c.quote.startswith(issuer or "《")


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("制定《4.26知识产权宣传周活动方案》，举办大讲堂", "publishes"),
        ("出台《南通市知识产权强市建设工作方案（2017-2020）》", "publishes"),
        ("印发出台《示范县工作方案》", "publishes"),
        ("印发实施《实验区建设工作方案》", "publishes"),
        ("编制《专项规划》", "publishes"),
        ("编印《区域示范工作计划》", "publishes"),
        ("修订《专项资金办法》等政策措施", "publishes"),
        ("定期发布《知识产权发展报告》", "publishes"),
        ("召开《2016年南通市知识产权发展状况》发布会", "publishes"),
        ("深入实施《投融资试点工作方案》", "cites"),
        ("国务院关于印发《知识产权强国建设纲要》的通知", "cites"),
        ("在南通电视台、《南通日报》等媒体宣传", "cites"),
    ],
)
def test_will_publish(text: str, relation: str) -> None:
    assert one(text).relation == relation


def test_a_list_after_a_publish_cue_is_published() -> None:
    found = cite("制定《A方案》、《B办法》和《C细则》，落实《D意见》。")
    assert [c.relation for c in found] == ["publishes", "publishes", "publishes", "cites"]


def test_own_title_is_left_out() -> None:
    own = "吴江区知识产权强省建设区域示范创建工作计划"
    text = (
        "现将《吴江区人民政府关于江苏知识产权强省建设区域示范创建工作计划》印发给你们。"
        "编印《吴江区江苏知识产权强省建设区域示范工作计划》，上报。"
        "对照《吴江区知识产权强省建设区域示范创建工作计划》自查。"
        "根据《关于知识产权强省建设的若干政策措施》（苏政发〔2017〕32号）精神。"
    )
    assert [c.doc_number for c in cite(text, own_title=own)] == ["苏政发〔2017〕32号"]
    assert len(cite(text)) == 4
    # a title wrapped across lines is still the plan's own
    assert (
        cite("关于印发《2017年度南通市知识产权\n工作要点》的通知", own_title="2017年度南通市知识产权工作要点")
        == []
    )
    # a different plan of the same region is kept
    kept = cite(
        "印发出台《雨花台区国家知识产权强国建设示范县工作方案》",
        own_title="南京市雨花台区国家知识产权强县建设试点县工作方案（2023-2025年）",
    )
    assert [c.title for c in kept] == ["雨花台区国家知识产权强国建设示范县工作方案"]


def test_normalisation_gives_one_key() -> None:
    a, b = cite("《知识产权强国建设纲要（2021-2035年）》和《知识产权强国建设纲要（2021—2035年）》")
    assert a.key == b.key == "title:知识产权强国建设纲要(2021-2035年)"
    assert a.title == "知识产权强国建设纲要（2021-2035年）"  # as written
    c, d = cite("《“十四五”国家知识产权 保护和运用规划》《「十四五」国家知识产权保护和运用规划》")
    assert c.key == d.key == "doc:国发〔2021〕20号"  # a known document's number, written or not
    assert normalise_title("A［1］－B――C–D‐E") == "A[1]-B-C-D-E"


# --- standards --------------------------------------------------------------------------------


def test_gb_standards() -> None:
    c = one("企业通过GB/T 29490-2013认证。")
    assert (c.title, c.doc_number, c.kind, c.key) == (
        None,
        "GB/T 29490-2013",
        "standard",
        "doc:GB/T 29490-2013",
    )
    c = one("贯彻《企业知识产权管理规范》（GB/T 29490—2013）国家标准")
    assert (c.title, c.doc_number, c.kind) == ("企业知识产权管理规范", "GB/T 29490-2013", "standard")
    assert one("按GB/T29490标准").doc_number == "GB/T 29490"
    c = one("《GB/T 29490-2013 企业知识产权管理规范》")  # the number inside the title is its number
    assert (c.title, c.doc_number, c.kind) == (
        "GB/T29490-2013企业知识产权管理规范",
        "GB/T 29490-2013",
        "standard",
    )


# --- odd input --------------------------------------------------------------------------------


def test_nested_and_unbalanced_marks() -> None:
    c = one("根据《国务院关于印发《知识产权强国建设纲要》的通知》（国发〔2021〕20号）")
    assert (c.title, c.kind, c.doc_number) == (
        "国务院关于印发《知识产权强国建设纲要》的通知",
        "policy",
        "国发〔2021〕20号",
    )
    assert [c.title for c in cite("《A《B规划》之后")] == ["B规划"]
    assert [c.title for c in cite("《未闭合\n\n下一段《C条例》")] == ["C条例"]
    assert cite("》》《《《") == []
    assert cite("《》《 》") == []


def test_number_inside_a_title_belongs_to_it() -> None:
    c = one("根据《关于印发实施细则的通知（苏政发〔2017〕32号）》要求")
    assert c.doc_number == "苏政发〔2017〕32号"
    assert c.key == "doc:苏政发〔2017〕32号"


def test_pathological_input_stays_fast() -> None:
    texts = [
        "《" * 200_000,
        "《国" * 100_000,
        "国发〔2021〕" * 30_000,
        "国" * 200_000 + "《》",
        "《A》" * 50_000,
    ]
    start = time.perf_counter()
    for text in texts:
        cite(text)
    assert time.perf_counter() - start < 20


_PIECES = st.sampled_from(
    [
        "《",
        "》",
        "《知识产权强国建设纲要（2021—2035年）》",
        "国务院",
        "制定",
        "根据",
        "（",
        "(",
        "国知发运函字〔2022〕131号",
        "苏政发[2017]32号",
        "﹝2021﹞",
        "1号",
        "GB/T 29490-2013",
        "发布会",
        "、",
        "\n",
        "\n\n",
        " ",
        "“",
        "2023年",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join),
    st.one_of(st.none(), st.text(max_size=20)),
    st.one_of(st.none(), st.text(max_size=12)),
)
def test_spans_slice_back_and_nothing_crashes(
    text: str, own_title: str | None, own_number: str | None
) -> None:
    found = find_citations(text, own_title=own_title, own_number=own_number)
    for c in found:
        assert text[c.span[0] : c.span[1]] == c.quote
        assert c.kind in KINDS
        assert c.relation in ("cites", "publishes")
        assert c.key == citation_key(c.normalised_title, c.doc_number)
    assert [c.span for c in found] == sorted(c.span for c in found)


# --- the data file ----------------------------------------------------------------------------


def test_bad_data_file(tmp_path: Path) -> None:
    text = (DATA_DIR / "citations.yaml").read_text(encoding="utf-8")
    bad_regex = tmp_path / "bad_regex.yaml"
    bad_regex.write_text(text.replace("'日报$'", "'日报($'"), encoding="utf-8")
    with pytest.raises(DataFileError, match="invalid regular expression"):
        citation_vocabulary(bad_regex)
    duplicate = tmp_path / "duplicate.yaml"
    duplicate.write_text(text.replace("- id: media", "- id: report"), encoding="utf-8")
    with pytest.raises(DataFileError, match="unique"):
        citation_vocabulary(duplicate)
    extra = tmp_path / "extra.yaml"
    extra.write_text(text + "\nsurprise: 1\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="surprise"):
        citation_vocabulary(extra)


# --- the corpus -------------------------------------------------------------------------------

OWN = {
    "000_7198047be529bd92": ("通州区国家知识产权强县建设示范县工作方案（2022-2025年）", None),
    "001_7333182f597660d8": ("南京市雨花台区国家知识产权强县建设试点县工作方案（2023-2025年）", None),
    "002_ca6686d6752a9e5a": ("2017年度南通市知识产权工作要点", "通科发〔2017〕23号"),
    "003_dee32d37c247ebb2": ("吴江区知识产权强省建设区域示范创建工作计划", None),
    "004_bb17abadfc902431": ("关于提升知识产权创新支撑力的实施意见", None),
}

GANG_YAO = "知识产权强国建设纲要(2021-2035年)"
SHI_SI_WU = "十四五国家知识产权保护和运用规划"
GUAN_BIAO = ("企业知识产权管理规范", None, "standard", "cites")

EXPECTED: dict[str, list[tuple[str | None, str | None, str, str]]] = {
    "000_7198047be529bd92": [
        (GANG_YAO, None, "policy", "cites"),
        (SHI_SI_WU, None, "plan", "cites"),
        ("江苏省十四五知识产权发展规划", None, "plan", "cites"),
        ("江苏省知识产权强省建设纲要(2021-2035年)", None, "policy", "cites"),
        (
            "国家知识产权局关于确定国家知识产权强县建设试点示范县和国家级知识产权强国建设试点示范园区的通知",
            "国知发运函字〔2022〕131号",
            "policy",
            "cites",
        ),
        ("关于强化知识产权保护的实施意见", None, "policy", "cites"),
        ("江苏省知识产权促进和保护条例", None, "law", "cites"),
        GUAN_BIAO,
        ("关于进一步严格规范专利申请行为的通知", "国知发保字〔2021〕1号", "policy", "cites"),
    ],
    "001_7333182f597660d8": [
        (GANG_YAO, None, "policy", "cites"),
        (SHI_SI_WU, None, "plan", "cites"),
        (
            "关于面向城市、县域开展2023年知识产权强国建设试点示范评定工作的通知",
            "国知办函运字〔2023〕582号",
            "policy",
            "cites",
        ),
        GUAN_BIAO,
        ("雨花台区国家知识产权强国建设示范县工作方案", None, "plan", "publishes"),
        ("南京市雨花台区知识产权战略专项资金办法", None, "policy", "publishes"),
        ("雨花台区知识产权促进与保护状况发展报告", None, "report", "publishes"),
    ],
    "002_ca6686d6752a9e5a": [
        ("关于新形势下加快知识产权强国建设的若干意见", None, "policy", "cites"),
        ("关于加快建设知识产权强省意见", None, "policy", "cites"),
        ("南通市知识产权强市建设工作方案(2017-2020)", None, "plan", "publishes"),
        ("国家专利导航海洋工程装备实验区建设工作方案", None, "plan", "publishes"),
        GUAN_BIAO,
        ("南通市知识产权投融资试点工作方案", None, "plan", "cites"),
        ("4.26知识产权宣传周活动方案", None, "plan", "publishes"),
        ("2016年南通市知识产权发展状况", None, "report", "publishes"),
        ("南通日报", None, "media", "cites"),
        ("中国知识产权报", None, "media", "cites"),
        ("知识产权工作动态", None, "media", "cites"),
        ("昨日要情", None, "media", "cites"),
        ("南通市专利助推产业创新发展行动方案(2015-2020年)", None, "plan", "cites"),
    ],
    "003_dee32d37c247ebb2": [
        ("关于知识产权强省建设的若干政策措施", "苏政发〔2017〕32号", "policy", "cites"),
    ],
    "004_bb17abadfc902431": [GUAN_BIAO],
}

ISSUERS = {
    "000_7198047be529bd92": {
        "关于进一步严格规范专利申请行为的通知": "国家",
        "国家知识产权局关于确定国家知识产权强县建设试点示范县和国家级知识产权强国建设试点示范园区的通知": "国家知识产权局",
    },
    # (round 30) the number's prefix names the issuer: 国知办函运字 is the office of the 国家知识产权局
    "001_7333182f597660d8": {
        "关于面向城市、县域开展2023年知识产权强国建设试点示范评定工作的通知": "国家知识产权局办公室"
    },
    "002_ca6686d6752a9e5a": {
        "关于新形势下加快知识产权强国建设的若干意见": "国务院",
        "关于加快建设知识产权强省意见": "省委省政府",
    },
    "003_dee32d37c247ebb2": {"关于知识产权强省建设的若干政策措施": "江苏知识产权局"},
}


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_corpus(stem: str) -> None:
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    own_title, own_number = OWN[stem]
    found = cite(text, own_title, own_number)
    assert [(c.normalised_title, c.doc_number, c.kind, c.relation) for c in found] == EXPECTED[stem]
    issuers = {c.normalised_title: c.issuer for c in found if c.issuer}
    assert issuers == ISSUERS.get(stem, {})


def test_corpus_shares_keys_across_plans() -> None:
    keys = []
    for stem in ("000_7198047be529bd92", "001_7333182f597660d8"):
        text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
        keys.append({c.key for c in cite(text, *OWN[stem])})
    assert {f"title:{GANG_YAO}", "doc:国发〔2021〕20号", "doc:GB/T 29490-2013"} <= keys[0] & keys[1]


_NUMBER_ALPHABET = st.sampled_from(
    list("国知发运函字办令第号年〔〕（）[]【】 \n　0123456789２0２4，。、《》")
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(_NUMBER_ALPHABET, st.sampled_from(["2022", "〔2022〕", "131号", "国知发运函字"])),
        max_size=40,
    )
)
def test_document_numbers_are_found_as_the_plain_regex_finds_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [(m.span(), m.groups()) for m in DOC_NUMBER.finditer(text)]
    assert [(m.span(), m.groups()) for m in doc_numbers(text)] == expected
    assert [(m.span(), m.groups()) for m in doc_numbers(text, 3, len(text) - 2)] == [
        (m.span(), m.groups()) for m in DOC_NUMBER.finditer(text, 3, len(text) - 2)
    ]
