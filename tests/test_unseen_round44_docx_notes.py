"""Round 44: documents a Word plan cites only in its footnotes or endnotes.

What was misread before: an office writes the full title and number of a document its sentence names only
in words (落实省委、省政府关于…的部署要求¹) or by a short name (《意见》¹) in a note at the foot of the page
(¹《湖北省人民政府关于…的实施意见》（鄂政发〔2024〕6号）。); the notes, rightly no part of the body's text,
were never read, so the document went uncited (the 襄阳 strong-city scheme: two of its four citations).

Now the loader keeps each note the body refers to beside the text, at the place its mark stood (found by the
words before the mark), and the documents a note cites are cited there: the clause the mark closes is the
evidence, and the citation belongs to the task holding it. The note's words stay out of the text: a note
defining an indicator still names no target.
"""

from __future__ import annotations

import io

from docx import Document as new_docx
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from loaders import load_bytes
from policykg.extract.pipeline import extract_document

W = nsdecls("w")
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_KINDS = {
    "footnote": ("footnotes", "footnoteReference", "FootnoteReference"),
    "endnote": ("endnotes", "endnoteReference", "EndnoteReference"),
}


def _t(words: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{words}</w:t></w:r>'


def _mark(number: int, kind: str = "footnote", custom: str = "") -> str:
    _, element, style = _KINDS[kind]
    follows = ' w:customMarkFollows="1"' if custom else ""
    text = f"<w:t>{custom}</w:t>" if custom else ""
    return (
        f'<w:r><w:rPr><w:rStyle w:val="{style}"/><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{element}{follows} w:id="{number}"/>{text}</w:r>'
    )


def _notes_part(document: object, notes: dict[int, str], kind: str) -> None:
    part_name, _, _ = _KINDS[kind]
    body = "".join(
        f'<w:{kind} w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {words}</w:t></w:r></w:p></w:{kind}>'
        for n, words in notes.items()
    )
    xml = (
        f'<w:{part_name} {W}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f'</w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        f"</w:r></w:p></w:{kind}>{body}</w:{part_name}>"
    )
    part = Part(
        PackURI(f"/word/{part_name}.xml"),
        f"application/vnd.openxmlformats-officedocument.wordprocessingml.{part_name}+xml",
        xml.encode(),
        document.part.package,  # type: ignore[attr-defined]
    )
    document.part.relate_to(part, f"{_RELS}/{part_name}")  # type: ignore[attr-defined]


def _docx(
    paragraphs: list[str | list[str]],
    notes: dict[int, str],
    kind: str = "footnote",
    table: list[list[str | list[str]]] | None = None,
) -> bytes:
    """A Word file: each paragraph a string or a list of runs' XML; ``notes`` the note part's notes."""
    document = new_docx()
    body = document.element.body
    for paragraph in paragraphs:
        runs = _t(paragraph) if isinstance(paragraph, str) else "".join(paragraph)
        body.insert(len(body) - 1, parse_xml(f"<w:p {W}>{runs}</w:p>"))
    if table:
        rows = "".join(
            "<w:tr>"
            + "".join(
                f"<w:tc><w:p>{_t(cell) if isinstance(cell, str) else ''.join(cell)}</w:p></w:tc>"
                for cell in row
            )
            + "</w:tr>"
            for row in table
        )
        grid = "".join("<w:gridCol/>" for _ in table[0])
        body.insert(len(body) - 1, parse_xml(f"<w:tbl {W}><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>"))
    if notes:
        _notes_part(document, notes, kind)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_HEAD = ["某市知识产权强市建设实施方案", "一、工作目标"]


def test_a_footnote_after_words_naming_a_document_cites_its_title_and_number_there() -> None:
    data = _docx(
        [
            *_HEAD,
            [
                _t("为贯彻落实省政府关于支持强市建设的部署"),
                _mark(1),
                _t("，结合我市实际，制定本方案。"),
            ],
        ],
        {1: "《江西省人民政府关于支持知识产权强市建设的若干措施》（赣府发〔2023〕14号）。"},
    )
    loaded = load_bytes(data, "plan.docx")
    assert "赣府发" not in loaded.text  # the note's words stay out of the text
    (note,) = loaded.notes
    assert loaded.text[: note.at].endswith("支持强市建设的部署")
    doc = extract_document(loaded)
    (c,) = [c for c in doc.citations if c.doc_number]
    assert c.doc_number == "赣府发〔2023〕14号"
    assert c.title == "江西省人民政府关于支持知识产权强市建设的若干措施"
    assert c.relation == "cites"
    assert c.quote == "为贯彻落实省政府关于支持强市建设的部署"
    assert loaded.text[c.span[0] : c.span[1]] == c.quote


def test_an_endnote_after_a_short_title_gives_the_full_title() -> None:
    data = _docx(
        [*_HEAD, [_t("按照《规划》"), _mark(3, "endnote"), _t("要求，加快建设知识产权强市。")]],
        {3: "即《陕西省“十四五”知识产权发展规划》，由省人民政府办公厅印发。"},
        kind="endnote",
    )
    doc = extract_document(load_bytes(data, "plan.docx"))
    titles = {c.title for c in doc.citations}
    assert "陕西省“十四五”知识产权发展规划" in titles
    noted = next(c for c in doc.citations if c.title == "陕西省“十四五”知识产权发展规划")
    assert noted.quote == "按照《规划》"
    assert noted.relation == "cites"


def test_a_note_saying_a_body_issued_the_document_still_cites_it() -> None:
    # 印发 in a note tells who issued the document the body refers to, never that the plan issues it
    data = _docx(
        [*_HEAD, [_t("深入实施专利转化运用专项行动"), _mark(1), _t("，盘活存量专利。")]],
        {1: "指国务院办公厅印发的《专利转化运用专项行动方案（2023—2025年）》（国办发〔2023〕37号）。"},
    )
    doc = extract_document(load_bytes(data, "plan.docx"))
    (c,) = [c for c in doc.citations if c.doc_number == "国办发〔2023〕37号"]
    assert c.relation == "cites"
    assert c.quote == "深入实施专利转化运用专项行动"


def test_a_custom_mark_and_two_notes_in_one_paragraph_each_find_their_place() -> None:
    data = _docx(
        [
            *_HEAD,
            [
                _t("依据国家知识产权局的工作部署"),
                _mark(1, custom="①"),
                _t("和省知识产权局的年度要点"),
                _mark(2, custom="②"),
                _t("，制定本方案。"),
            ],
        ],
        {
            1: "① 《国家知识产权局关于印发〈知识产权强国建设纲要和“十四五”规划实施年度推进计划〉的通知》"
            "（国知发服字〔2024〕12号）。",
            2: "② 《2024年湖南省知识产权工作要点》（湘知发〔2024〕3号）。",
        },
    )
    loaded = load_bytes(data, "plan.docx")
    assert "①" not in loaded.text
    assert [loaded.text[: n.at][-4:] for n in loaded.notes] == ["工作部署", "年度要点"]
    numbers = {c.doc_number: c.quote for c in extract_document(loaded).citations if c.doc_number}
    assert numbers["国知发服字〔2024〕12号"] == "依据国家知识产权局的工作部署"
    assert numbers["湘知发〔2024〕3号"] == "和省知识产权局的年度要点"


def test_a_note_in_a_task_table_cell_is_cited_by_that_row_s_task() -> None:
    data = _docx(
        [*_HEAD, "到2026年，全市发明专利授权量达到2000件。", "附件", "重点任务分工表"],
        {1: "《广西壮族自治区知识产权保护工作实施方案》（桂政办发〔2022〕31号）。"},
        table=[
            ["序号", "重点任务", "牵头单位", "配合单位"],
            ["1", "开展专利导航，服务重点产业发展。", "市市场监管局", "市科技局"],
            [
                "2",
                [_t("落实自治区知识产权保护方案"), _mark(1), _t("，加强行政执法。")],
                "市公安局",
                "市司法局",
            ],
        ],
    )
    doc = extract_document(load_bytes(data, "plan.docx"))
    (c,) = [c for c in doc.citations if c.doc_number == "桂政办发〔2022〕31号"]
    assert c.quote == "落实自治区知识产权保护方案"
    task = next(t for t in doc.tasks if t.id == c.task_id)
    assert "加强行政执法" in task.text


def test_a_note_defining_an_indicator_cites_nothing_and_names_no_target() -> None:
    data = _docx(
        [*_HEAD, [_t("到2026年，每万人口高价值发明专利拥有量"), _mark(1), _t("达到6件。")]],
        {1: "高价值发明专利包括维持年限超过10年的发明专利等五类，统计口径以上年度末数据为准。"},
    )
    loaded = load_bytes(data, "plan.docx")
    assert len(loaded.notes) == 1
    doc = extract_document(loaded)
    assert doc.citations == []
    assert [(t.value, t.unit) for t in doc.targets] == [(6, "件")]


def test_a_note_naming_the_plan_itself_is_no_citation() -> None:
    data = _docx(
        ["某市知识产权强市建设实施方案", [_t("为加快建设知识产权强市，制定本方案"), _mark(1), _t("。")]],
        {1: "《某市知识产权强市建设实施方案》经市人民政府第12次常务会议审议通过。"},
    )
    doc = extract_document(load_bytes(data, "plan.docx"))
    assert doc.citations == []


def test_a_document_without_notes_has_none() -> None:
    data = _docx([*_HEAD, "到2026年，全市发明专利授权量达到2000件。"], {})
    assert load_bytes(data, "plan.docx").notes == ()


def test_a_damaged_note_part_loses_its_notes_not_the_plan() -> None:
    document = new_docx()
    document.add_paragraph("某市知识产权强市建设实施方案")
    document.add_paragraph("到2026年，全市发明专利授权量达到2000件。")
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        b"<w:footnotes><w:footnote",
        document.part.package,
    )
    document.part.relate_to(part, f"{_RELS}/footnotes")
    out = io.BytesIO()
    document.save(out)
    loaded = load_bytes(out.getvalue(), "plan.docx")
    assert loaded.notes == ()
    assert "2000件" in loaded.text
