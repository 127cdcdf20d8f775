"""Round 43: a district's work points in Word numbered entirely by one multilevel list (the .docx files are
built here with python-docx and the numbering XML Word writes, around plans written for the tests).

The labelled plan (tests/evaluation/laoshan_2025_points_levels.docx) types no number in any paragraph: 一、,
（一）, 1. and （1） all come from numbering.xml, its items run on across a chapter's sections (w:lvlRestart
naming the chapter's level) and one section's items restart at 1. through a second list instance with a
w:startOverride. Its first reading found every body, role, target, programme and citation; the one miss was
the gold file's (a chapter of two unnumbered paragraphs is one unit, as the project reads a headed unit's
paragraphs). These tests hold other wordings of the same shape, read right already: the items' notes in
other forms, a section's note on a paragraph of its own after its items, sub-points doing the work of an
item whose note closes its own line, lists restarted and run on, another Chinese counting format.
"""

from __future__ import annotations

import io

from docx import Document as new_docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from tests.plans import extracted, named_units

W = nsdecls("w")


def _word(
    paragraphs: list[tuple[int | None, str]],
    *,
    formats: tuple[str, str, str, str] = ("chineseCounting", "chineseCounting", "decimal", "decimal"),
    run_on: bool = True,
    restart_at: int | None = None,
) -> bytes:
    """A .docx of ``paragraphs`` (list level or None for a plain paragraph, text), numbered by one
    multilevel list 一、/（一）/1./（1） in ``formats``; items (level 2) run on through a chapter's sections
    when ``run_on``; from the paragraph at index ``restart_at`` the items are numbered by a second instance
    of the list restarting them at 1."""
    document = new_docx()
    texts = ("%1、", "（%2）", "%3.", "（%4）")
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        + ('<w:lvlRestart w:val="1"/>' if i == 2 and run_on else "")
        + f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(zip(formats, texts, strict=True))
    )
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="95">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="31"><w:abstractNumId w:val="95"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {W} w:numId="32"><w:abstractNumId w:val="95"/>'
            '<w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    for at, (level, text) in enumerate(paragraphs):
        paragraph = document.add_paragraph(text)
        if level is not None:
            num = 32 if restart_at is not None and at >= restart_at and level >= 2 else 31
            paragraph._p.get_or_add_pPr().insert(
                0,
                parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'),
            )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


HEAD: list[tuple[int | None, str]] = [
    (None, "市中区2025年知识产权工作要点"),
    (None, "为扎实做好2025年全区知识产权工作，制定本要点。"),
]


def test_sub_points_do_the_work_of_an_item_whose_note_closes_its_own_line() -> None:
    data = _word(
        [
            *HEAD,
            (0, "提升知识产权创造质量"),
            (1, "培育高质量专利"),
            (2, "推进高价值专利培育。（责任单位：区市场监管局、区科技局）"),
            (3, "围绕重点产业组建培育中心2家。"),
            (3, "开展专利申请辅导不少于6场。"),
            (2, "打造区域公用品牌。（牵头单位：区农业农村局；配合单位：区市场监管局、各街道办事处）"),
            (3, "新增地理标志专用标志使用主体20家。"),
            (2, "推进商标品牌建设。（区市场监管局负责）"),
        ]
    )
    doc, text = extracted(data, "plan.docx")
    assert "1. 推进高价值专利培育" in text
    assert "（2） 开展专利申请辅导" in text
    units = named_units(doc)
    joint = [("区市场监管局", "joint"), ("区科技局", "joint")]
    for path in ("一.(一).1", "一.(一).1.(1)", "一.(一).1.(2)"):
        assert [(s, r) for s, r, _ in units[path]] == joint, path
    assert [(s, r) for s, r, _ in units["一.(一).2.(1)"]] == [
        ("区农业农村局", "lead"),
        ("区市场监管局", "support"),
        ("各街道办事处", "support"),
    ]
    assert [(s, r) for s, r, _ in units["一.(一).3"]] == [("区市场监管局", "sole")]


def test_a_sections_note_on_a_paragraph_of_its_own_after_its_items_names_the_items_bodies() -> None:
    for note, roles in (
        (
            "（牵头单位：区市场监管局；配合单位：区科技局）",
            [("区市场监管局", "lead"), ("区科技局", "support")],
        ),
        ("责任单位：区市场监管局、区科技局", [("区市场监管局", "joint"), ("区科技局", "joint")]),
        ("（区市场监管局牵头，区科技局配合）", [("区市场监管局", "lead"), ("区科技局", "support")]),
    ):
        data = _word(
            [
                *HEAD,
                (0, "促进知识产权运用"),
                (1, "深化金融服务"),
                (2, "扩大质押融资规模，惠及企业60家以上。（责任单位：区委金融办、区财政局）"),
                (1, "培育优势主体"),
                (2, "建立企业梯次培育库，入库企业不少于50家。"),
                (2, "新增知识产权管理体系认证企业15家。"),
                (None, note),
                (0, "加强知识产权保护"),
                (1, "加大执法力度"),
                (2, "开展执法专项行动。（崂山公安分局负责）"),
            ]
        )
        doc, text = extracted(data, "plan.docx")
        # items run on through the chapter's sections: 1. then 2., 3.; the next chapter's from 1. again
        assert "2. 建立企业梯次培育库" in text
        assert "3. 新增知识产权管理体系认证" in text
        assert "1. 开展执法专项行动" in text
        units = named_units(doc)
        assert [(s, r) for s, r, _ in units["一.(二).2"]] == roles, note
        assert [(s, r) for s, r, _ in units["一.(二).3"]] == roles, note
        assert [(s, r) for s, r, _ in units["一.(一).1"]] == [("区委金融办", "joint"), ("区财政局", "joint")]
        assert [(s, r) for s, r, _ in units["二.(一).1"]] == [("崂山公安分局", "sole")]


def test_a_sections_items_restarted_by_a_second_list_instance_keep_their_own_numbers_and_bodies() -> None:
    paragraphs: list[tuple[int | None, str]] = [
        *HEAD,
        (0, "构建大保护格局"),
        (1, "加大行政执法力度"),
        (2, "开展执法专项行动，查办案件不少于40件。（牵头单位：区市场监管局；配合单位：区公安分局）"),
        (2, "打击侵权犯罪。（区公安分局负责）"),
        (1, "健全协同保护机制"),
        (2, "推进纠纷多元化解。（责任单位：区司法局、区市场监管局）"),
        (3, "新设人民调解工作室2个。"),
        (2, "加强行刑衔接。（区人民检察院负责）"),
        (0, "强化工作保障"),
        (None, "区财政局要统筹安排专项资金。"),
    ]
    for formats in (
        ("chineseCounting", "chineseCounting", "decimal", "decimal"),
        ("chineseCountingThousand", "japaneseCounting", "decimal", "decimal"),
    ):
        data = _word(paragraphs, formats=formats, restart_at=7)
        doc, text = extracted(data, "plan.docx")
        assert "（二） 健全协同保护机制\n1. 推进纠纷多元化解" in text
        assert "2. 加强行刑衔接" in text
        assert "二、 强化工作保障" in text
        units = named_units(doc)
        assert [(s, r) for s, r, _ in units["一.(二).1"]] == [
            ("区司法局", "joint"),
            ("区市场监管局", "joint"),
        ]
        assert [(s, r) for s, r, _ in units["一.(二).1.(1)"]] == [
            ("区司法局", "joint"),
            ("区市场监管局", "joint"),
        ]
        assert [(s, r) for s, r, _ in units["一.(二).2"]] == [("区人民检察院", "sole")]
        assert [(s, r) for s, r, _ in units["一.(一).2"]] == [("区公安分局", "sole")]


def test_a_chapter_of_plain_paragraphs_without_items_is_one_unit_holding_each_paragraphs_bodies() -> None:
    data = _word(
        [
            *HEAD,
            (0, "推进知识产权服务"),
            (1, "完善公共服务"),
            (2, "建设公共服务网点1个。（区市场监管局负责）"),
            (0, "强化组织实施"),
            (None, "区知识产权工作领导小组办公室要加强统筹调度。区财政局要保障工作经费。"),
            (None, "各街道办事处要于2025年12月10日前报送落实情况。"),
        ],
        run_on=False,
    )
    doc, _ = extracted(data, "plan.docx")
    units = named_units(doc)
    assert [(s, r) for s, r, _ in units["二"]] == [
        ("区知识产权工作领导小组办公室", "implicit"),
        ("区财政局", "implicit"),
        ("各街道办事处", "implicit"),
    ]
