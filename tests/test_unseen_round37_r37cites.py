"""Round 37: programmes and cited documents in 福建, 江西, 贵州, 云南 and 陕西 plans.

What was read wrong before:
- a title with no marks after a body named with its place (贯彻落实贵州省人民政府关于加强知识产权保护的意见（黔府发
  〔2021〕8号）精神, 根据福州市人民政府办公厅关于印发…的通知) was no citation: only 省委、省政府 written bare was read;
  nor were the party committee and the government both named so (中共六盘水市委、六盘水市人民政府关于…) or a
  ministry issuing with the IP office (国家知识产权局、司法部关于加强知识产权纠纷调解工作的意见);
- a TV programme, column, periodical, film or book in 《》 was classed by its own words: 在《今日说法》栏目播出 was a law
  (说法 ends in 法), 《知识产权保护指南》一书 a policy, 纪录片《创新中国》 unknown;
- 中华人民共和国国务院令第769号 was read as the number 国国务院令第769号 (its issuer cut after the 和 of 共和国), and
  a decree written as the title (《中华人民共和国国务院令 第769号》) had no issuer nor kind;
- an announcement with a space after its body's name (国家知识产权局 公告 第545号) was no citation, and a title's
  number in square brackets (《…办法》［闽知〔2022〕3号］) was a citation of its own;
- a national law cited by its short title (《人民调解法》, 《专利法实施细则》, 《商标法实施条例》) had another key than
  the same law written whole (《中华人民共和国人民调解法》);
- a standard's number after the word naming its kind (《企业知识产权管理规范》国家标准（GB/T29490—2013）) was a
  second citation with no title;
- 云市监规, 闽市监规 and 赣市监规 (a province's market regulator's normative documents), 司发通 (司法部), 法发
  (最高人民法院) and 银保监办发 named no issuer;
- 知识产权纠纷多元调解 was no mention of the IP dispute mediation programme.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.extract.citations import citation_key
from tests.plans import extracted

_HEAD = "某区知识产权工作方案\n\n"
_TASKS = "\n\n一、主要任务\n（一）推进贯标。（责任单位：区市场监管局）\n"


def _citations(sentence: str) -> list[tuple[str | None, str | None, str | None, str]]:
    doc, _ = extracted(_HEAD + sentence + _TASKS)
    return [(c.title, c.doc_number, c.issuer, c.kind) for c in doc.citations]


_PLACED = [
    ("贯彻落实", "贵州省人民政府", "关于加强知识产权保护的意见", "（黔府发〔2021〕8号）", "精神"),
    ("根据", "福州市人民政府办公厅", "关于加快知识产权强市建设的通知", "（榕政办〔2022〕101号）", "要求"),
    ("按照", "福建省人民政府", "关于加快建设知识产权强省的实施意见", "", "精神"),
    ("依据", "陕西省知识产权局", "关于开展专利导航工作的通知", "", "要求"),
    ("按照", "宝鸡市陈仓区人民政府", "关于加快知识产权工作的意见", "", "部署"),
    (
        "落实",
        "云南省市场监督管理局",
        "关于推进知识产权保护工作站建设的通知",
        "（云市监发〔2023〕12号）",
        "要求",
    ),
]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_PLACED))
def test_a_title_with_no_marks_after_a_body_named_with_its_place(
    case: tuple[str, str, str, str, str],
) -> None:
    cue, issuer, title, number, after = case
    found = _citations(f"为{cue}{issuer}{title}{number}{after}，制定本方案。")
    assert [(t, i) for t, _, i, _ in found] == [(title, issuer)]
    if number:
        assert found[0][1] == number[1:-1]
    # a word that is no place's name between the cue and the body: no cited issuer
    assert _citations(f"为{cue}好{issuer[-5:]}{title}{after}，制定本方案。") == []


_JOINED = [
    ("中共六盘水市委、六盘水市人民政府", "（六盘水党发〔2022〕9号）"),
    ("中共福建省委、福建省人民政府", ""),
    ("中共福建省委", ""),
    ("国家知识产权局、司法部", "（国知发保字〔2021〕27号）"),
    ("最高人民法院、国家知识产权局", ""),
]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(_JOINED), st.sampled_from(["贯彻落实", "按照", "根据"]))
def test_joined_bodies_named_whole_issue_a_title_with_no_marks(case: tuple[str, str], cue: str) -> None:
    issuer, number = case
    title = "关于加强知识产权纠纷调解工作的意见"
    found = _citations(f"为{cue}{issuer}{title}{number}精神，制定本方案。")
    assert [(t, n, i) for t, n, i, _ in found] == [(title, number[1:-1] or None, issuer)]


_WORKS = [
    ("在{t}栏目播出专题", "media"),
    ("在{t}节目中开展普法", "media"),
    ("开设{t}专栏", "media"),
    ("组织观看纪录片{t}", "media"),
    ("拍摄微电影{t}", "media"),
    ("赠阅{t}杂志", "media"),
    ("组织编写{t}一书", "unknown"),
]
_WORK_TITLES = ["今日说法", "以案说法", "知识产权保护指南", "专利法实施细则", "创新中国"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_WORKS), st.sampled_from(_WORK_TITLES))
def test_a_programme_periodical_film_or_book_is_no_document(case: tuple[str, str], title: str) -> None:
    wording, kind = case
    found = _citations(wording.format(t=f"《{title}》") + "。")
    assert [(t, k) for t, _, _, k in found] == [(title, kind)]


def test_titles_side_by_side_share_the_word_after_the_last() -> None:
    found = _citations(
        "在《今日说法》《法治在线》栏目播出知识产权专题，依据《中华人民共和国专利法》办理案件。"
    )
    assert [(t, k) for t, _, _, k in found] == [
        ("今日说法", "media"),
        ("法治在线", "media"),
        ("中华人民共和国专利法", "law"),
    ]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["中华人民共和国国务院令第769号", "中华人民共和国国务院令 第769号", "国务院令第769号"])
)
def test_the_state_councils_decree_written_with_the_states_name(number: str) -> None:
    found = _citations(f"依据{number}，规范专利代理行为。")
    assert [(n, i, k) for _, n, i, k in found] == [("国务院令第769号", "国务院", "law")]


def test_a_decree_written_as_the_title() -> None:
    found = _citations("为贯彻《中华人民共和国国务院令 第769号》，制定本方案。")
    assert [(n, i, k) for _, n, i, k in found] == [("国务院令第769号", "国务院", "law")]


def test_a_ministry_named_with_and_keeps_its_name_in_a_decree() -> None:
    found = _citations("依据人力资源和社会保障部令第3号开展工作。")
    assert [(n, i) for _, n, i, _ in found] == [("人力资源和社会保障部令第3号", "人力资源和社会保障部")]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        ["国家知识产权局 公告 第545号", "国家知识产权局\u3000公告第545号", "国家知识产权局 第545号公告"]
    )
)
def test_an_announcement_with_a_space_after_its_body(number: str) -> None:
    found = _citations(f"为落实{number}，规范专利申请行为，制定本方案。")
    assert [(n, i, k) for _, n, i, k in found] == [("国家知识产权局公告第545号", "国家知识产权局", "policy")]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["［闽知〔2022〕3号］", "[闽知〔2022〕3号]", "［闽知［2022］3号］"]))
def test_a_titles_number_in_square_brackets(number: str) -> None:
    found = _citations(f"按照《福建省专利导航服务基地管理办法》{number}建设专利导航服务基地。")
    assert [(t, n, i) for t, n, i, _ in found] == [
        ("福建省专利导航服务基地管理办法", "闽知〔2022〕3号", "福建省知识产权局")
    ]


_LAWS = [
    ("人民调解法", "中华人民共和国人民调解法"),
    ("行政处罚法", "中华人民共和国行政处罚法"),
    ("专利法实施细则", "中华人民共和国专利法实施细则"),
    ("商标法实施条例", "中华人民共和国商标法实施条例"),
    ("电子商务法", "中华人民共和国电子商务法"),
]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(_LAWS))
def test_a_law_by_its_short_title_is_the_law_written_whole(case: tuple[str, str]) -> None:
    short, whole = case
    doc_short, _ = extracted(f"{_HEAD}依据《{short}》开展调解。{_TASKS}")
    doc_whole, _ = extracted(f"{_HEAD}依据《{whole}》开展调解。{_TASKS}")
    assert [c.key for c in doc_short.citations] == [c.key for c in doc_whole.citations] == [f"title:{whole}"]
    # words ending in 法 that name no law keep their own key
    assert citation_key("以案说法", None) == "title:以案说法"
    assert citation_key("贵阳市知识产权资助办法", None) == "title:贵阳市知识产权资助办法"


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["国家标准", "推荐性国家标准", "标准"]),
    st.sampled_from(["（GB/T29490—2013）", "（GB/T 29490-2013）", "GB/T 29490-2013"]),
)
def test_a_standards_number_after_the_word_naming_its_kind(word: str, number: str) -> None:
    found = _citations(f"鼓励企业贯彻《企业知识产权管理规范》{word}{number}，开展贯标。")
    assert [(t, n, k) for t, n, _, k in found] == [("企业知识产权管理规范", "GB/T 29490-2013", "standard")]


_PREFIXES = [
    ("云市监规〔2024〕2号", "云南省市场监督管理局"),
    ("闽市监规〔2023〕3号", "福建省市场监督管理局"),
    ("赣市监规〔2023〕5号", "江西省市场监督管理局"),
    ("司发通〔2021〕89号", "司法部"),
    ("法发〔2020〕11号", "最高人民法院"),
    ("银保监办发〔2019〕34号", "中国银行保险监督管理委员会办公厅"),
]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(_PREFIXES))
def test_a_numbers_prefix_names_its_issuer(case: tuple[str, str]) -> None:
    number, issuer = case
    found = _citations(f"为落实《关于加强知识产权工作的意见》（{number}），制定本方案。")
    assert [(n, i) for _, n, i, _ in found] == [(number, issuer)]


def test_many_sided_mediation_of_ip_disputes_is_the_mediation_programme() -> None:
    doc, _ = extracted(
        f"{_HEAD}一、主要任务\n（一）建立知识产权纠纷多元调解机制，开展诉调对接。（责任单位：区司法局）\n"
    )
    assert {m.program_id for m in doc.programs} == {"ip_mediation"}
