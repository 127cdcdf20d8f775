"""Round 36b: the number codes of provincial general offices that write 府 for 政 (粤府办〔2021〕39号, 赣府厅发〔2022〕12号)
and a market regulator's IP code without 发 (粤市监知〔2023〕12号), as 广东 and 江西 county plans cite them.

What was read wrong before: 粤府办 was given as its own issuer (the code read as a body's name, since it ends in
办), and 赣府厅发 and 粤市监知 named no issuer.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.plans import extracted

_CODES = [
    ("粤府办〔2021〕39号", "广东省人民政府办公厅"),
    ("赣府厅发〔2022〕12号", "江西省人民政府办公厅"),
    ("粤市监知〔2023〕12号", "广东省市场监督管理局"),
    ("湘政办发〔2021〕60号", "湖南省人民政府办公厅"),
    ("赣府厅字〔2023〕31号", "江西省人民政府办公厅"),
]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_CODES))
def test_a_provinces_code_names_its_issuer(case: tuple[str, str]) -> None:
    number, issuer = case
    doc, _ = extracted(
        "佛山市顺德区知识产权强区建设实施方案\n\n"
        f"为贯彻落实《广东省知识产权保护和运用“十四五”规划》（{number}），制定本方案。\n\n"
        "一、主要任务\n1.开展专利导航。（责任单位：区市场监管局）\n"
    )
    assert [(c.doc_number, c.issuer) for c in doc.citations] == [(number, issuer)]


def test_a_bodys_name_before_a_number_is_still_its_issuer() -> None:
    doc, _ = extracted(
        "佛山市顺德区知识产权强区建设实施方案\n\n"
        "为贯彻落实《关于加强知识产权保护的意见》（省知识产权局〔2022〕12号），制定本方案。\n"
    )
    assert [c.issuer for c in doc.citations] == ["省知识产权局"]
