"""Round 47: bodies plans name beside the IP offices that had no type: a petitions office (县信访局, 市信访办),
the Taiwan affairs office (区委台办), the office running the government's premises (机关事务管理局), a
specialty crop's bureau or centre (茶业局, 果业局, 茶产业发展中心: several may stand in one county), public
cultural institutions (图书馆's patent information service, 档案馆), legal services (公证处, 法律援助中心),
testing institutions (检验检测中心) and farm-technology extension centres (农业技术推广中心, 种子管理站)."""

from __future__ import annotations

import pytest

from ontology.vocab import agency_vocabulary
from policykg.extract.agencies import agency_type
from tests.plans import plan_units


@pytest.mark.parametrize(
    ("name", "type_id"),
    [
        ("县信访局", "petition_bureau"),
        ("市信访办", "petition_bureau"),
        ("区委台办", "taiwan_affairs_office"),
        ("市台湾事务办公室", "taiwan_affairs_office"),
        ("县机关事务管理局", "government_affairs_services"),
        ("县茶业局", "specialty_industry_office"),
        ("县果业发展中心", "specialty_industry_office"),
        ("市图书馆", "cultural_institution"),
        ("县档案馆", "cultural_institution"),
        ("县公证处", "legal_service_institution"),
        ("区法律援助中心", "legal_service_institution"),
        ("市质量检验检测中心", "testing_institution"),
        ("县农技推广中心", "agri_extension_center"),
        ("县种子管理站", "agri_extension_center"),
    ],
)
def test_the_type_of_each_body(name: str, type_id: str) -> None:
    found = agency_type(name)
    assert found is not None
    assert found[0].id == type_id


def test_the_new_types_are_the_ontologys() -> None:
    ids = {t.id for t in agency_vocabulary().types}
    assert {"petition_bureau", "specialty_industry_office", "cultural_institution"} <= ids


def test_in_a_plan_two_crop_offices_stay_two_bodies() -> None:
    head = "某县知识产权工作要点\n一、重点任务\n"
    body = "（一）加强地理标志保护。培育茶叶区域公用品牌。（责任单位：县茶业局、县果业局、县图书馆）\n"
    assert plan_units(head, body)["一.(一)"] == [
        ("县茶业局", "joint", "annotation"),
        ("县果业局", "joint", "annotation"),
        ("县图书馆", "joint", "annotation"),
    ]
