"""Round 41: a gold file may write a cited title as published, with a space inside it (《企业知识产权合规管理
体系 要求》, the standard's name), while the extractor's title keeps spaces only between joint issuers: the two
are one citation. White space is no part of a citation's match, either way round."""

from __future__ import annotations

from policykg.evaluation import GoldFile, score_document
from tests.plans import extracted

PLAN = (
    "某区知识产权工作要点\n一、重点任务\n（一）推进贯标。引导企业贯彻《企业知识产权合规管理体系 要求》，"
    "落实《国家知识产权局 中国人民银行关于开展知识产权质押融资入园惠企行动的通知》。（责任单位：区市场监管局）\n"
)


def _citations(gold: list[str]) -> tuple[int, int, int]:
    doc, text = extracted(PLAN)
    score = score_document(doc, text, GoldFile.model_validate({"version": 1, "citations": gold}))["citations"]
    return score.tp, score.fp, score.fn


def test_a_title_with_a_space_matches_either_way() -> None:
    both = [
        "企业知识产权合规管理体系 要求",
        "国家知识产权局 中国人民银行关于开展知识产权质押融资入园惠企行动的通知",
    ]
    assert _citations(both) == (2, 0, 0)
    squeezed = [
        "企业知识产权合规管理体系要求",
        "国家知识产权局中国人民银行关于开展知识产权质押融资入园惠企行动的通知",
    ]
    assert _citations(squeezed) == (2, 0, 0)


def test_another_title_still_misses() -> None:
    assert _citations(["企业知识产权管理规范"]) == (0, 2, 1)
