"""Round 36 (probe E): indicator tables, citations and agencies as plans of 山东, 黑龙江, 陕西, 甘肃 and 内蒙古
write them (齐齐哈尔, 天水秦州区, 达拉特旗, 宝鸡, 平度).

What was read wrong before:

- an indicator table a PDF's text layer gives one cell a line, whose year column wraps its header after the
  year (2023年 / 完成值, 2026年 / 目标值, the usual wrap of the narrowest column), was no table: its header
  read as two columns a year, no row read, and every baseline and target in it was lost without a warning;
- a title's number in 【】 (《…规划》【陕政办发〔2021〕27号】) was a citation of its own with no title;
- a title with no marks holding words in quotes (依据国务院关于印发“十四五”国家知识产权保护和运用规划的通知
  （国发〔2021〕20号）精神) was a number alone, with no title;
- a notice three bodies issue jointly, their names set apart by spaces (《国家知识产权局 中国人民银行 国家金融
  监督管理总局关于…的通知》), had the first for its only issuer (中国人民银行 read as no body's name), and its
  title ran the names together;
- a number a hard wrap cut inside its year's digits (《青岛市知识产权强市建设纲要》（青发〔20 / 22〕5号）) was
  lost;
- the sections a bureau's own 工作要点 names (责任科室：知识产权促进科), in a plan whose title names only the
  city, were bodies of the city (齐齐哈尔市知识产权促进科), not the issuing bureau's;
- a local finance service centre (市地方金融服务中心, 旗金融服务中心, 县金融服务中心 — the body that took over
  the 地方金融监管局's work in the 2024 reforms and leads 质押融资) was typed a service centre.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted, task_agencies

_TABLE_HEAD = "齐齐哈尔市2024年知识产权工作要点\n主要指标：\n"
_TABLE_TAIL = (
    "一、强化知识产权创造\n1.提升专利质量。全年培育高价值专利100件以上。（责任单位：市市场监管局）\n"
)


@settings(max_examples=20, deadline=None)
@given(
    base=st.sampled_from(("完成值", "基期值", "基期", "（基期）", "现状值")),
    goal=st.sampled_from(("目标值", "目标", "（目标）", "预期值")),
    numbered=st.booleans(),
    wrapped_name=st.booleans(),
)
def test_an_indicator_table_whose_year_headers_wrap_after_the_year_gives_its_targets(
    base: str, goal: str, numbered: bool, wrapped_name: bool
) -> None:
    header = f"指标名称\n单位\n2023年\n{base}\n2026年\n{goal}\n属性\n"
    first = "每万人口高价值发明专利\n拥有量" if wrapped_name else "每万人口高价值发明专利拥有量"
    rows = (f"{first}\n件\n1.05\n1.3\n预期性\n", "发明专利授权量\n件\n260\n300\n预期性\n")
    if numbered:
        header = "序号\n" + header
        rows = tuple(f"{n}\n{row}" for n, row in enumerate(rows, start=1))
    doc, _ = extracted(_TABLE_HEAD + header + "".join(rows) + _TABLE_TAIL)
    assert [t.role for t in doc.tables] == ["data"]
    assert doc.tables[0].header[-3:-1] == [f"2023年{base}", f"2026年{goal}"]
    found = {(t.indicator, t.year, t.value_text, t.kind) for t in doc.targets if t.source == "table"}
    assert found == {
        ("每万人口高价值发明专利拥有量", 2023, "1.05", "baseline"),
        ("每万人口高价值发明专利拥有量", 2026, "1.3", "target"),
        ("发明专利授权量", 2023, "260", "baseline"),
        ("发明专利授权量", 2026, "300", "target"),
    }
    # a header naming a column by its year alone, the year after it its own column, is read so
    alone = header.replace(f"{base}\n", "").replace(f"{goal}\n", "")
    doc, _ = extracted(_TABLE_HEAD + alone + "".join(rows) + _TABLE_TAIL)
    assert doc.tables[0].header[-3:-1] == ["2023年", "2026年"]


_CITING = "某县知识产权强县建设工作方案\n\n　　{lead}制定本方案。\n一、重点任务\n1.开展专利导航。（县市场监管局负责）\n"


def _cited(lead: str) -> list[tuple[str | None, str | None, str | None]]:
    doc, _ = extracted(_CITING.format(lead=lead))
    return [(c.title, c.doc_number, c.issuer) for c in doc.citations]


@given(bracket=st.sampled_from(("【{}】", "（{}）", "({})")))
def test_a_number_in_square_lenticular_brackets_after_a_title_is_its_number(bracket: str) -> None:
    lead = "根据《陕西省知识产权保护和运用“十四五”规划》" + bracket.format("陕政办发〔2021〕27号") + "，"
    assert _cited(lead) == [
        ("陕西省知识产权保护和运用“十四五”规划", "陕政办发〔2021〕27号", "陕西省人民政府办公厅")
    ]


@given(
    cue=st.sampled_from(("依据", "根据", "按照", "落实")),
    title=st.sampled_from(
        (
            ("关于印发“十四五”国家知识产权保护和运用规划的通知", "“十四五”国家知识产权保护和运用规划"),
            ("关于印发“十四五”市场监管现代化规划的通知", "“十四五”市场监管现代化规划"),
            ("关于加快推进“知识产权强省”建设的意见", "关于加快推进“知识产权强省”建设的意见"),
        )
    ),
)
def test_an_unmarked_title_with_words_in_quotes_is_titled(cue: str, title: tuple[str, str]) -> None:
    written, cited = title
    assert _cited(f"{cue}国务院{written}（国发〔2021〕20号）精神，") == [
        (cited, "国发〔2021〕20号", "国务院")
    ]


@given(
    issuers=st.sampled_from(
        (
            ("国家知识产权局", "中国人民银行", "国家金融监督管理总局"),
            ("国家知识产权局", "中国银保监会"),
            ("国家知识产权局", "中国人民银行"),
        )
    ),
    space=st.sampled_from((" ", "　", "  ")),
)
def test_a_title_issued_jointly_by_bodies_set_apart_by_spaces_names_them_all(
    issuers: tuple[str, ...], space: str
) -> None:
    rest = "关于开展2024年知识产权质押融资入园惠企行动的通知"
    lead = f"落实《{space.join(issuers)}{rest}》（国知发运字〔2024〕5号），"
    assert _cited(lead) == [(" ".join(issuers) + rest, "国知发运字〔2024〕5号", "、".join(issuers))]


@given(cut=st.integers(min_value=1, max_value=3), number=st.sampled_from(("5", "15", "105")))
def test_a_number_wrapped_inside_its_year_digits_is_the_titles(cut: int, number: str) -> None:
    year = "2022"
    lead = f"根据《青岛市知识产权强市建设纲要》（青发〔{year[:cut]}\n{year[cut:]}〕{number}号）要求，"
    cited = _cited(lead)
    assert [(title, doc_number) for title, doc_number, _ in cited] == [
        ("青岛市知识产权强市建设纲要", f"青发〔2022〕{number}号")
    ]
    # a bracket wrapped over a line holding no number gives none
    cited = _cited("根据《青岛市知识产权强市建设纲要》（2021—\n2035年）要求，")
    assert [doc_number for _, doc_number, _ in cited] == [None]


_NOTICE = (
    "齐齐哈尔市市场监督管理局\n{second}关于印发《齐齐哈尔市2024年知识产权工作要点》的通知\n"
    "各县（市）区市场监督管理局：\n现将《齐齐哈尔市2024年知识产权工作要点》印发给你们。\n"
    "齐齐哈尔市市场监督管理局{signed}\n2024年3月6日\n齐齐哈尔市2024年知识产权工作要点\n一、强化知识产权创造\n"
    "1.提升专利质量。全年培育高价值专利100件以上。（{label}：知识产权促进科）\n"
    "2.规范商标使用。（{label}：商标管理科、信用监督管理科）\n"
    "3.推进质押融资。（责任单位：市金融服务中心）\n"
)


@settings(max_examples=12, deadline=None)
@given(joint=st.booleans(), label=st.sampled_from(("责任科室", "责任单位", "牵头科室")))
def test_the_sections_a_bureaus_own_points_name_are_the_bureaus(joint: bool, label: str) -> None:
    second, signed = ("齐齐哈尔市知识产权局\n", "　　齐齐哈尔市知识产权局") if joint else ("", "")
    units = task_agencies(_NOTICE.format(second=second, signed=signed, label=label))
    bureau = "齐齐哈尔市市场监督管理局"
    names = {
        path: [(surface, agency_id) for surface, agency_id, _, _ in rows] for path, rows in units.items()
    }
    assert [s for s, _ in names["一.1"]] == ["知识产权促进科"]
    assert all(
        agency_id.startswith("agency/230200/") for path in ("一.1", "一.2") for _, agency_id in names[path]
    )
    doc, _ = extracted(_NOTICE.format(second=second, signed=signed, label=label))
    sections = {a.name for a in doc.agencies if a.name.endswith("科")}
    assert sections == {bureau + "知识产权促进科", bureau + "商标管理科", bureau + "信用监督管理科"}
    # a government's plan names no department whose sections they are
    government = _NOTICE.format(second="", signed="", label=label).replace("市场监督管理局\n", "人民政府\n")
    doc, _ = extracted(government)
    assert not any(a.name.startswith("齐齐哈尔市人民政府") and a.name.endswith("科") for a in doc.agencies)


@given(
    written=st.sampled_from(("旗金融服务中心", "旗地方金融服务中心", "达拉特旗金融服务中心", "金融服务中心")),
)
def test_a_local_finance_service_centre_is_the_local_finance_body(written: str) -> None:
    units = task_agencies(
        "鄂尔多斯市达拉特旗知识产权工作方案（2024—2026年）\n一、重点任务\n"
        f"1.开展质押融资。（{written}、旗市场监管局负责）\n"
        "2.建设服务平台。（旗知识产权金融服务中心负责）\n"
    )
    assert units["一.1"][0][2] == "local_finance"
    assert units["一.2"][0][2] == "service_center"  # an IP finance service centre is a service centre
