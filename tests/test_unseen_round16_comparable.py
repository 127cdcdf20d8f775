"""Round 16: targets that compare across plans, written for the tests as county and city plans word them.

Analysts compare one measure between plans (which counties aim for the most 有效发明专利?), which works only
when every wording of the measure reaches one comparable key. Before, many did not:

- a key closing in 总量 / 总数 kept its 总 (有效发明专利总量 → 有效发明专利总, 商标注册总量 → 商标注册总) and one
  in 金额 / 总额 kept the word (专利质押融资总额, 技术合同成交总额), so the same stock or amount got a second key;
- some plain wordings were no pattern of their standard indicator (发明专利有效量, 拥有有效发明专利, 商标有效注册量,
  版权作品登记量, 通过知识产权管理体系认证的企业);
- the same words in another unit found the first standard indicator, its unit did not fit, and the target
  kept its raw key (知识产权质押融资 in 笔, the deals, not the amount in 元);
- measures plans often set had no standard indicator (质押融资笔数, 专利转让许可, 专利转化运用, 国家/省级知识产权
  示范企业 and 优势企业 named apart, 知识产权纠纷调解案件), so each wording kept its own key;
- 规模以上工业企业 and 规上工业企业 made two keys of one coverage rate;
- a scope of the plan's own work opening the indicator (在区级层面建成调解组织) stayed in the key;
- a growth rate in % (有效发明专利总量年均增长15%) kept a raw key that differed with each wording of the count
  (有效发明专利总, 专利授权, PCT专利申请): now the standard count's key with 增长率 after it, never the count's.

A scope per place (每个乡镇建成商标品牌指导站1个: one in each township) is kept in the key: its value is no
total and must not be compared with totals (建成商标品牌指导站10个).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal
from rdflib.namespace import SKOS

from graph.rows import _table_total_conflicts
from ontology.skos import iri, vocabularies_graph
from ontology.vocab_indicators import indicator_vocabulary
from policykg.extract.indicators import indicator_key
from policykg.extract.standard_indicators import comparable_key
from tests.plans import extracted

_HEAD = "某某县知识产权强县建设工作方案（2023—2025年）\n为加快知识产权强县建设，制定本方案。\n一、工作目标\n"


def _target(sentence: str) -> tuple[str, str, list[str]]:
    """(indicator, comparable key, flags) of the one target ``sentence`` states in a plan's goals."""
    doc, _ = extracted(_HEAD + sentence + "\n", "plan.txt")
    targets = [t for t in doc.targets if t.kind == "target"]
    assert len(targets) == 1, [(t.indicator, t.value) for t in doc.targets]
    return targets[0].indicator, targets[0].indicator_key, targets[0].flags


GROUPS: dict[str, list[str]] = {
    "有效发明专利拥有量": [
        "到2025年，全县有效发明专利达到1200件。",
        "到2025年，发明专利拥有量达到800件以上。",
        "全县有效发明专利拥有量由2020年的350件增加到2025年的700件。",
        "到2026年，发明专利有效量突破1000件。",
        "到2025年，全市有效发明专利数达到2500件。",
        "到2025年，有效发明专利总量突破3000件。",
        "力争2025年全区拥有有效发明专利600件以上。",
    ],
    "有效注册商标量": [
        "到2025年，商标有效注册量达到1.5万件。",
        "有效注册商标达到12000件以上。",
        "注册商标总量突破2万件。",
        "商标注册总量达到9000件。",
        "到2025年，全县有效注册商标数量达到8000件。",
        "有效商标注册量由5000件增加到8000件。",
    ],
    "专利质押融资额": [
        "专利质押融资额达到5亿元。",
        "全年专利质押融资金额突破2亿元。",
        "专利质押融资总额达到10亿元。",
        "累计实现专利质押融资3亿元。",
    ],
    "知识产权质押融资额": [
        "知识产权质押融资额突破10亿元。",
        "知识产权质押融资金额达到8000万元。",
        "知识产权质押融资总额达到5亿元。",
        "全年实现知识产权质押融资2亿元以上。",
        "知识产权质押融资登记金额达到3亿元。",
        "知识产权质押登记担保金额达到4亿元。",
        "专利（商标）质押融资额达到3亿元。",  # what the national statistics count as IP pledge financing
        "专利商标质押融资金额达到2亿元。",
    ],
    "知识产权质押融资笔数": [
        "知识产权质押融资项目达到50个。",
        "知识产权质押融资登记项目达到30项。",
        "累计办理知识产权质押融资80笔。",
        "知识产权质押融资笔数达到100笔。",
        "知识产权质押融资（登记）项目达到40个。",
    ],
    "技术合同成交额": [
        "技术合同成交额达到50亿元。",
        "技术合同成交金额突破20亿元。",
        "技术合同成交总额达到30亿元。",
        "技术合同交易额达到8亿元。",
    ],
    "专利转让许可量": [
        "专利转让许可达到500件。",
        "专利许可转让次数达到300次。",
        "专利转让和许可备案量达到120件。",
    ],
    "专利转化运用量": [
        "专利转化运用数量达到200件。",
        "实现专利转化运用100件以上。",
        "专利转化数量达到80件。",
    ],
    "国家知识产权优势企业": ["国家知识产权优势企业达到10家。", "国家级知识产权优势企业达到8家。"],
    "国家知识产权示范企业": ["新增国家知识产权示范企业2家。", "国家级知识产权示范企业达到3家。"],
    "省级知识产权优势企业": ["培育省知识产权优势企业10家。", "省级知识产权优势企业达到20家。"],
    "国家知识产权优势示范企业": [
        "培育国家知识产权示范企业和优势企业5家。",
        "国家知识产权优势示范企业达到6家。",
    ],
    "知识产权贯标企业": [
        "贯标企业达到50家。",
        "通过知识产权管理体系认证企业达到30家。",
        "新增通过知识产权管理体系认证的企业15家。",
        "知识产权贯标企业数量达到100家。",
    ],
    "作品登记量": [
        "作品登记量达到1000件。",
        "全年作品著作权登记数达到2000件。",
        "版权作品登记量突破3000件。",
        "著作权登记量达到500件。",
        "作品自愿登记量达到800件。",
    ],
    "知识产权纠纷调解案件量": ["调解知识产权纠纷案件100件以上。", "知识产权纠纷调解案件达到50件。"],
    "每万人口发明专利拥有量": ["每万人拥有发明专利达到5件。", "到2025年，每万人口有效发明专利数达到7件。"],
    "每万人口高价值发明专利拥有量": [
        "每万人口拥有高价值发明专利3件。",
        "每万人口（高价值）发明专利拥有量达到3件。",  # the bracket's word is the plan's wording
        "每万人高价值发明专利数达到4件。",
    ],
    "规上工业企业专利申请覆盖率": [
        "规上工业企业专利申请覆盖率达到50%。",
        "规模以上工业企业专利申请覆盖率达到45%以上。",
    ],
    "知识产权纠纷调解组织": ["在区级层面建成知识产权纠纷调解组织1个。", "建成知识产权纠纷调解组织3个。"],
    # growth rates in %: the count's standard key with 增长率, one key however the count is worded
    "有效发明专利拥有量增长率": ["有效发明专利总量年均增长15%。", "有效发明专利拥有量年均增长12%以上。"],
    "专利授权量增长率": ["专利授权数年均增长10%以上。", "专利授权总量较上年增长8%。"],
    "PCT国际专利申请量增长率": ["PCT专利申请年均增长10%。", "PCT国际专利申请量年均增长15%。"],
    "有效注册商标量增长率": ["有效注册商标总量年均增长12%。", "商标有效注册量年均增长10%。"],
    "技术合同成交额增长率": ["技术合同成交总额年均增长10%。", "技术合同成交额较上年增长20%。"],
}


@pytest.mark.parametrize("key", sorted(GROUPS))
def test_each_wording_of_a_measure_reaches_its_key(key: str) -> None:
    got = {sentence: _target(sentence)[1] for sentence in GROUPS[key]}
    assert got == dict.fromkeys(GROUPS[key], key)


@pytest.mark.parametrize(
    ("first", "first_key", "second", "second_key"),
    [
        # per head, never the total
        (
            "每万人发明专利数达到8件。",
            "每万人口发明专利拥有量",
            "全县拥有有效发明专利800件以上。",
            "有效发明专利拥有量",
        ),
        (
            "每万人口高价值发明专利拥有量达到3件。",
            "每万人口高价值发明专利拥有量",
            "发明专利有效量达到900件。",
            "有效发明专利拥有量",
        ),
        # 发明专利 is not all 专利; 授权 is not 申请
        (
            "发明专利授权量年均增长20%。",
            "发明专利授权量增长率",
            "专利授权总量年均增长10%。",
            "专利授权量增长率",
        ),
        (
            "发明专利授权量年均增长20%。",
            "发明专利授权量增长率",
            "发明专利申请量年均增长20%。",
            "发明专利申请量增长率",
        ),
        ("专利授权总量较上年增长8%。", "专利授权量增长率", "专利申请总量较上年增长8%。", "专利申请量增长率"),
        ("商标注册总量达到1万件。", "有效注册商标量", "商标注册申请量达到3000件。", "商标注册申请量"),
        # the amount, the deals; 专利 is not all 知识产权
        (
            "知识产权质押融资总额达到5亿元。",
            "知识产权质押融资额",
            "知识产权质押融资笔数达到100笔。",
            "知识产权质押融资笔数",
        ),
        (
            "专利质押融资总额达到5亿元。",
            "专利质押融资额",
            "知识产权质押融资总额达到8亿元。",
            "知识产权质押融资额",
        ),
        ("专利转让许可达到500件。", "专利转让许可量", "专利转化运用数量达到200件。", "专利转化运用量"),
        (
            "国家级知识产权示范企业达到3家。",
            "国家知识产权示范企业",
            "国家知识产权优势企业达到10家。",
            "国家知识产权优势企业",
        ),
        (
            "国家级知识产权优势企业达到10家。",
            "国家知识产权优势企业",
            "省级知识产权优势企业达到20家。",
            "省级知识产权优势企业",
        ),
        # a share is not the count; a growth rate is not the count
        (
            "知识产权纠纷调解成功率达到80%。",
            "知识产权纠纷调解成功率",
            "调解知识产权纠纷案件50件以上。",
            "知识产权纠纷调解案件量",
        ),
        (
            "有效发明专利总量年均增长15%。",
            "有效发明专利拥有量增长率",
            "有效发明专利总量达到700件。",
            "有效发明专利拥有量",
        ),
        # one in each place is no total; a scope of the plan's own work is
        (
            "每个乡镇建成商标品牌指导站1个。",
            "每个乡镇商标品牌指导站",  # the scope kept, its verb taken off (round 22)
            "在县级层面建成商标品牌指导站10个。",
            "商标品牌指导站",
        ),
        # a part of the total (规上工业企业有效发明专利拥有量) is told from the total by its qualifier, its key the
        # standard one (tests/test_unseen_round26_targets.py)
    ],
)
def test_distinct_measures_keep_distinct_keys(
    first: str, first_key: str, second: str, second_key: str
) -> None:
    assert (_target(first)[1], _target(second)[1]) == (first_key, second_key)
    assert first_key != second_key


def test_the_written_indicator_stays_as_the_plan_words_it() -> None:
    indicator, key, flags = _target("到2025年，有效发明专利总量突破3000件。")
    assert (indicator, key) == ("有效发明专利总量", "有效发明专利拥有量")
    indicator, key, flags = _target("有效注册商标总量年均增长12%。")
    assert (indicator, key, flags) == ("有效注册商标总量", "有效注册商标量增长率", ["growth", "annual"])


def test_key_ends_scopes_and_spellings() -> None:
    """Counters and amounts at a key's end, a scope of the plan's own work and one spelling of 规上; a
    counter's characters inside a word (指数, 案件数, 人次数) stay."""
    keys = {
        "知识产权保护指数": "知识产权保护指数",
        "查处假冒专利案件数": "查处假冒专利案件",
        "培训人次数": "培训人次",
        "资助总金额": "资助额",
        "专利许可转让笔数": "专利许可转让",
        "在全县范围内新增专利消零企业": "专利消零企业",
        "规模以上企业专利申请覆盖率": "规上企业专利申请覆盖率",
    }
    assert {i: indicator_key(i) for i in keys} == keys


_VALID_NOUNS = ["有效发明专利", "有效发明专利拥有", "发明专利拥有", "发明专利有效"]
_TAILS = ["量", "数", "数量", "总量", "总数"]
_SHAPES = [
    ("到{year}年，{lead}{noun}达到{n}件。", False),
    ("到{year}年，{lead}{noun}力争突破{n}件以上。", False),
    ("{lead}{noun}由{m}件增加到{n}件。", False),
    ("{lead}{noun}年均增长{n}%。", True),
    ("{lead}{noun}较上年增长{n}%以上。", True),
]


@settings(max_examples=60, deadline=None)
@given(
    noun=st.sampled_from(_VALID_NOUNS),
    tail=st.sampled_from(_TAILS),
    shape=st.sampled_from(_SHAPES),
    lead=st.sampled_from(["", "全县", "全市", "全区"]),
    year=st.integers(2024, 2030),
    n=st.integers(11, 9000),
)
def test_generated_wordings_of_the_stock_of_invention_patents_share_one_key(
    noun: str, tail: str, shape: tuple[str, bool], lead: str, year: int, n: int
) -> None:
    text, growth = shape
    if noun.endswith("拥有") and tail in ("数", "数量", "总数"):
        tail = "量"  # 拥有量 is the word; 拥有数 is no plan's
    sentence = text.format(year=year, lead=lead, noun=noun + tail, n=n, m=max(1, n // 2))
    _, key, flags = _target(sentence)
    assert key == ("有效发明专利拥有量增长率" if growth else "有效发明专利拥有量"), sentence
    assert ("growth" in flags) == growth


@given(
    amount=st.sampled_from(["质押融资额", "质押融资金额", "质押融资总额", "质押融资总金额", "质押贷款额"]),
    who=st.sampled_from(["", "知识产权"]),
    base=st.sampled_from(["元", "笔", "%"]),
)
def test_an_amount_is_never_the_deals_nor_its_growth(amount: str, who: str, base: str) -> None:
    key = comparable_key(indicator_key(who + amount), base)
    expected = {
        "元": "知识产权质押融资额",
        "笔": indicator_key(who + amount),
        "%": indicator_key(who + amount),
    }
    assert key == expected[base]


def test_growth_keys_are_concepts_of_the_indicator_scheme() -> None:
    """Each standard count or amount has a growth key, a SKOS concept related to it; a share has none."""
    growth = {g.zh: g for g in indicator_vocabulary().growth_indicators}
    assert growth["专利授权量增长率"].of == "patent_grants"
    assert "专利密集型产业增加值占GDP比重增长率" not in growth  # measured in %: its change is no growth key
    g = vocabularies_graph()
    node = iri("indicator", "专利授权量增长率")
    assert (node, SKOS.related, iri("indicator", "专利授权量")) in g
    assert (node, SKOS.prefLabel, Literal("Growth rate of patents granted", lang="en")) in g


def test_an_increment_contradicts_no_table_total_of_the_stock() -> None:
    """新增商标注册500件 now shares the stock's key (有效注册商标量): a table's total stock of 3000件 is no
    contradiction of it, while a prose stock of 3500件 is."""
    doc, _ = extracted(_HEAD + "到2025年，新增商标注册500件，有效注册商标总量达到3500件。\n", "plan.txt")
    stock = next(t for t in doc.targets if t.value == 3500)
    total = stock.model_copy(update={"id": "table-total", "source": "table", "is_total": True})
    total = total.model_copy(update={"value": 3000.0, "normalized_value": 3000.0})
    doc = doc.model_copy(update={"targets": [*doc.targets, total]})
    assert {t.indicator_key for t in doc.targets} == {"有效注册商标量"}
    assert _table_total_conflicts(doc) == {stock.id: [3000]}


@pytest.mark.parametrize(
    "sentence", ["全县经济总量达到500亿元。", "进出口总额达到20亿元。", "地区生产总值达到300亿元。"]
)
def test_whole_economy_measures_keep_their_ends(sentence: str) -> None:
    """经济总量 is the economy's size, not a count of 经济: its key keeps 总量 (as 进出口总额 keeps 总额)."""
    doc, _ = extracted(
        f"某某县知识产权强县建设工作方案（2023—2025年）\n为推进，制定本方案。\n一、工作目标\n到2025年，{sentence}\n"
    )
    assert [t.indicator_key for t in doc.targets] == [doc.targets[0].indicator]
