"""Round 42: patent analysis and warning written in that order (专利检索、分析预警等服务, 专利分析预警,
知识产权信息分析与预警), where the vocabulary knew 专利预警 and 预警分析 only. The patterns of
patent_early_warning (programs.yaml) now read 分析 then 预警 after 专利 or 知识产权 (and their 信息 or 检索);
an analysis and warning of anything else (经济运行分析预警, 舆情分析预警) is no such programme."""

from __future__ import annotations

import pytest

from tests.plans import extracted

HEAD = "某市知识产权工作要点\n\n一、重点任务\n（一）完善公共服务。"
TAIL = "（市市场监管局负责）\n"


def _programmes(words: str) -> set[str]:
    doc, _ = extracted(HEAD + words + TAIL)
    return {p.program_id for p in doc.programs}


@pytest.mark.parametrize(
    "words",
    [
        "依托公共服务平台提供专利检索、分析预警等服务。",
        "围绕主导产业开展专利分析预警。",
        "加强知识产权信息分析与预警，服务重点企业。",
        "推动专利检索分析预警服务进园区。",
        "开展重点产业专利分析和预警。",
    ],
)
def test_patent_analysis_and_warning(words: str) -> None:
    assert "patent_early_warning" in _programmes(words)


@pytest.mark.parametrize(
    "words",
    [
        "加强经济运行分析预警，服务企业发展。",
        "健全网络舆情分析预警机制。",
        "开展数据分析，及时发布预警信息。",
    ],
)
def test_other_analysis_and_warning_is_none(words: str) -> None:
    assert "patent_early_warning" not in _programmes(words)
