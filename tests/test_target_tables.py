"""Per-region target tables: plan 002's 附件2 exactly, compound cells, totals, and consistency warnings."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from loaders import load_bytes
from policykg.extract.pipeline import extract_document
from tests.formats import to_docx

REGIONS_002 = {
    "海安市",
    "如皋市",
    "如东县",
    "海门区",
    "启东市",
    "通州区",
    "崇川区",
    "港闸区",
    "南通经济技术开发区",
}


def test_plan_002_annex_table_exactly(corpus_docs) -> None:
    doc = corpus_docs["002_ca6686d6752a9e5a"]
    cells = [t for t in doc.targets if t.source == "table"]
    totals = [t for t in cells if t.is_total]
    regional = [t for t in cells if not t.is_total]
    rows = {t.indicator_evidence.quote for t in cells if t.indicator_evidence}
    assert len(rows) == 25  # 25 indicators
    assert len({t.indicator for t in cells}) == 27  # two compound rows give two indicators each
    assert {t.region_name for t in regional} == REGIONS_002
    assert len(regional) == 27 * 9 - 2  # "/" under 市开发区 for two indicators means no target
    assert len(totals) == 27
    assert all(t.region_id == "320600" for t in totals)
    assert Counter(t.region_name for t in regional)["南通经济技术开发区"] == 25


def test_plan_002_cells(corpus_docs) -> None:
    doc = corpus_docs["002_ca6686d6752a9e5a"]
    by = {(t.indicator, t.region_name, t.is_total): t for t in doc.targets if t.source == "table"}
    tongzhou = by[("专利申请量", "通州区", False)]
    assert (tongzhou.value, tongzhou.unit, tongzhou.region_id, tongzhou.year) == (4000, "件", "320612", 2017)
    assert tongzhou.region_evidence is not None
    assert tongzhou.region_evidence.quote == "通州"
    amount = by[("专利质押融资登记金额", "海门区", False)]
    count = by[("专利质押融资登记数", "海门区", False)]
    assert (count.value, count.unit, amount.value, amount.unit, amount.normalized_value) == (
        16,
        "笔",
        4000,
        "万元",
        40_000_000,
    )
    assert amount.quote == "16/4000"
    assert by[("企业高管（总监）参培人数", "南通市", True)].value == 90
    assert (
        by[("港闸区" and "查处假冒专利案件数", "港闸区", False)].region_id == "320611"
    )  # abolished in 2020, valid in 2017
    assert ("查处假冒专利案件数", "南通经济技术开发区", False) not in by
    assert "starred" in by[("万人发明专利拥有量", "海安市", False)].flags


def test_plan_002_prose_table_inconsistency(corpus_docs) -> None:
    doc = corpus_docs["002_ca6686d6752a9e5a"]
    text = Path(doc.source).read_text(encoding="utf-8")
    mismatches = [w for w in doc.warnings if w.code == "prose-table-mismatch"]
    quotes = {(text[w.span[0] : w.span[1]], text[w.related_span[0] : w.related_span[1]]) for w in mismatches}
    assert ("全年培育专利消零企业1200家", "1220") in quotes
    assert ("示范企业200家", "210") in quotes
    assert not [w for w in doc.warnings if w.code == "table-total-mismatch"]  # its totals all add up


MD_TABLE = """某市知识产权工作要点（2024年）
二、预期目标
| 指标 | 通州 | 海门 | 如东 | 合计 |
|---|---|---|---|---|
| 发明专利授权量（件） | 400 | 300 | 200 | 950 |
| 高价值发明专利拥有率（%） | 20 | 30 | 25 | 25 |
| 质押融资笔数/金额（万元） | 5/100 | 6/200 | / | 11/300 |
"""


def test_markdown_target_table_with_total_mismatch() -> None:
    doc = extract_document(load_bytes(MD_TABLE.replace("某市", "南通市").encode(), "plan.md"))
    cells = [t for t in doc.targets if t.source == "table"]
    assert {t.region_name for t in cells if not t.is_total} == {"通州区", "海门区", "如东县"}
    # two simple rows: 3 regions + total each; the compound row: two parts for 通州, 海门 and the total, "/" for 如东
    assert len(cells) == 4 + 4 + 2 * 3
    (warning,) = [w for w in doc.warnings if w.code == "table-total-mismatch"]
    assert "发明专利授权量" in warning.message
    assert "900" in warning.message
    amounts = {t.region_name: t.value for t in cells if t.indicator == "质押融资笔金额"}
    assert amounts == {"通州区": 100, "海门区": 200, "南通市": 300}


def test_docx_target_table() -> None:
    table = [["指标", "如皋", "启东", "合计"], ["专利申请量（件）", "100", "200", "300"]]
    data = to_docx(["南通市知识产权工作要点", "二、主要目标"], table)
    doc = extract_document(load_bytes(data, "plan.docx"))
    got = sorted((t.region_name, t.value, t.is_total) for t in doc.targets if t.source == "table")
    assert got == [("南通市", 300, True), ("启东市", 200, False), ("如皋市", 100, False)]
    assert not [w for w in doc.warnings if w.code == "table-total-mismatch"]
