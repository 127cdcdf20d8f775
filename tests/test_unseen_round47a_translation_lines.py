"""Round 47 (a): the 延吉 scheme's title block was bilingual, as the documents of 延边朝鲜族自治州 are: each line
of the masthead, notice heading, signature and title in Korean (Hangul) above the Chinese. On lines of their own
the translations were passed over already; joined to the Chinese on one line (a converter's or a web page's
single line, 연길시 지식재산권 강시 건설 시범사업 방안 延吉市…工作方案), the title kept the Korean words (closed up
as if letter-spaced) and, written after the Chinese, lost its kind of document; a masthead or a signature
naming the body beside its translation gave no issuer, and a notice heading's issuer took the translation in.
The same for the Uyghur, Tibetan and Mongolian of other autonomous areas. The head's lines are now read from
their Chinese words alone (policykg/extract/translation_lines.py ``chinese_part``: header_records, the
signature's record, the notice heading's body).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.translation_lines import chinese_part
from tests.formats import to_docx, to_html
from tests.plans import extracted

_TRANSLATIONS = {
    "ko": ("연길시 지식재산권 강시 건설 시범사업 방안", "연길시시장감독관리국"),
    "ug": ("قەشقەر شەھىرىنىڭ بىلىم مۈلۈك خىزمەت لايىھەسى", "قەشقەر شەھەرلىك بازار نازارىتى"),
    "bo": ("ལྷ་ས་གྲོང་ཁྱེར་གྱི་ཤེས་རིག་ཐོན་དངོས་ལས་གཞི", "ལྷ་ས་གྲོང་ཁྱེར་ཚོང་ར་ལྟ་ཞིབ་ཅུས"),
    "mn": ("ᠬᠥᠬᠡᠬᠣᠲᠠ ᠶᠢᠨ ᠮᠡᠳᠡᠯᠭᠡ ᠶᠢᠨ ᠦᠮᠴᠢ", "ᠬᠥᠬᠡᠬᠣᠲᠠ ᠵᠠᠬ ᠵᠡᠭᠡᠯᠢ"),
}
_TITLE = "延吉市知识产权强市建设试点工作方案"
_BUREAU = "延吉市市场监督管理局"
_BODY = [
    "一、工作目标",
    "到2026年，全市有效发明专利拥有量达到1200件以上。",
    "二、重点任务",
    "（一）加强知识产权保护。开展执法检查。（责任单位：市市场监督管理局）",
]


def _joined(chinese: str, other: str, after: bool, separator: str) -> str:
    return f"{chinese}{separator}{other}" if after else f"{other}{separator}{chinese}"


@settings(max_examples=30, deadline=None)
@given(
    script=st.sampled_from(sorted(_TRANSLATIONS)),
    after=st.booleans(),
    separator=st.sampled_from((" ", "\u3000", " / ", "｜", "  ")),
    fmt=st.sampled_from(("txt", "docx", "html")),
)
def test_a_title_and_a_signature_beside_their_translation(
    script: str, after: bool, separator: str, fmt: str
) -> None:
    title, bureau = _TRANSLATIONS[script]
    lines = [
        _joined(_TITLE, title, after, separator),
        *_BODY,
        _joined(_BUREAU, bureau, after, separator),
        "2024年4月15日",
    ]
    data: str | bytes = "\n".join(lines) + "\n"
    if fmt == "docx":
        data = to_docx(lines)
    elif fmt == "html":
        data = to_html(lines)
    doc, _ = extracted(data, f"plan.{fmt}")
    assert doc.plan.title == _TITLE
    assert doc.plan.doc_type == "工作方案"
    assert [i.name for i in doc.plan.issuers] == [_BUREAU]


@settings(max_examples=12, deadline=None)
@given(script=st.sampled_from(sorted(_TRANSLATIONS)), after=st.booleans())
def test_a_masthead_and_a_notice_heading_beside_their_translation(script: str, after: bool) -> None:
    _, bureau = _TRANSLATIONS[script]
    head = [
        _joined(f"{_BUREAU}文件", bureau, after, " "),
        "延市监发〔2024〕5号",
        _TITLE,
        *_BODY,
    ]
    doc, _ = extracted("\n".join(head) + "\n")
    assert [i.name for i in doc.plan.issuers] == [_BUREAU]
    assert doc.plan.doc_number == "延市监发〔2024〕5号"
    notice = [
        "延市监发〔2024〕5号",
        f"{bureau} {_BUREAU}关于印发{_TITLE}的通知",
        "各有关单位：",
        f"现将《{_TITLE}》印发给你们，请认真贯彻落实。",
        _TITLE,
        *_BODY,
    ]
    doc, _ = extracted("\n".join(notice) + "\n")
    assert doc.plan.title == _TITLE
    assert [i.name for i in doc.plan.issuers] == [_BUREAU]


def test_the_chinese_words_of_a_line() -> None:
    def part(line: str) -> str:
        return line[slice(*chinese_part(line, 0, len(line)))]

    assert (
        part("연길시 방안 延吉市知识产权工作方案（2024—2026年）") == "延吉市知识产权工作方案（2024—2026年）"
    )
    assert part("延市监发〔2024〕5号 연길시") == "延市监发〔2024〕5号"
    # no other script, none but it, or the scripts mixed inside the words: the line as it is
    for line in ("延吉市知识产权工作方案", "연길시 지식재산권 방안", "延吉市 연길시 知识产权"):
        assert part(line) == line
