"""Round 46: merged bureaus of a Jiangxi county named in full once, then short (县政务服务数据管理局（以下简称县
政数局）): the short form 政数局 was a body of no type, another body than the full name's; it is the government
services bureau (agency_types.yaml government_services), the same body.
"""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "江西省上饶市婺源县知识产权强县建设工作方案（2025—2027年）\n一、重点任务\n"


def _ids(body: str) -> list[tuple[str, str]]:
    doc = extracted(HEAD + body)[0]
    return [(r.agency.surface, r.agency.id) for t in doc.tasks for r in t.responsibilities]


def test_the_short_name_defined_for_a_merged_bureau_is_the_same_body() -> None:
    got = _ids(
        "1.推进一窗通办。（责任单位：县政务服务数据管理局（以下简称县政数局）、县市场监管局）\n"
        "2.推进数据知识产权登记。（责任单位：县政数局、县市场监管局）\n"
    )
    ids = dict(got)
    assert ids["县政务服务数据管理局"] == ids["县政数局"] == "agency/361130/government_services"


@pytest.mark.parametrize(("surface", "code"), [("县政数局", "361130"), ("市政数局", "361100")])
def test_the_short_name_is_typed_at_its_level(surface: str, code: str) -> None:
    assert _ids(f"1.推进一窗通办。（责任单位：{surface}）\n") == [
        (surface, f"agency/{code}/government_services")
    ]
