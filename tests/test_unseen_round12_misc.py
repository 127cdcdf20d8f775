"""Round 12, robustness and false matches, on plans the corpus does not show (written for the tests).

- Runs of spaces: a standing (位居全省前列, 高于全市平均水平, 在全省同类县区中保持前列) and a deadline or phase
  (2025年底前, （2024年3月—2025年6月）) written with spaces between their parts read as they do without; a long
  run with nothing after it is read in linear time (tests/regressions/cases.py holds the 200,000-space cases).
- A document the plan presses for or studies (推动出台《…办法》, 研究制定《…》, 争取出台《…》) is cited, not
  published by the plan; one it makes (制定《…》, 出台《…》) is still published.
- 苏木 (a township of 内蒙古, and a dye wood) written alone in prose names no body; 巴彦苏木人民政府 and 各苏木 do;
  考核办法 is no 考核办 (an assessment office).
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable

import pytest

from policykg.extract.citations import _GB, _STANDARD
from policykg.extract.phases import _deadline, parse_range
from policykg.extract.standings import _patterns, find_standing
from tests.plans import extracted, named_units

# --- runs of spaces ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "reference", "value"),
    [
        ("专利数量位居 全省　前列", "全省前列", None),
        ("专利数量位居全省 各县区 排名 前 三 位", "全省各县区排名前三位", 3.0),
        ("专利数量高于　全市 平均水平", "全市平均水平", None),
        ("在 全省 同类县区 中，专利数量保持 前列", "全省前列", None),
        ("专利数量继续保持 排名 第 一 位", "排名第一位", 1.0),
        ("专利数量不低于 平均水平", "平均水平", None),
    ],
)
def test_a_standing_written_with_spaces_reads_as_without(
    clause: str, reference: str, value: float | None
) -> None:
    found = find_standing(clause, 0, len(clause))
    assert found is not None
    assert (found.reference, found.value) == (reference, value)
    assert clause[found.span[0] : found.span[1]].strip() == clause[found.span[0] : found.span[1]]


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("（2024年 3月 — 2025年 6月 底）", ("2024-03", "2025-06")),
        ("（2024 年　 3 月至 12 月）", ("2024-03", "2024-12")),
        ("（2025 年 底 前）", (None, "2025-12")),
    ],
)
def test_a_phase_range_written_with_spaces_reads_as_without(written: str, period: tuple[str, str]) -> None:
    assert parse_range(written) == period


def test_a_deadline_written_with_spaces_is_found() -> None:
    plan = "某县知识产权工作要点\n一、重点任务\n（一）建成知识产权服务中心，于 2025 年 6 月 底 前完成。（县市场监管局负责）\n"
    doc, _ = extracted(plan)
    assert [t.deadline_date for t in doc.tasks if t.path == "一.(一)"] == ["2025-06"]


def _seconds(run: Callable[[], object]) -> float:
    """How long ``run`` takes; interrupted after a few seconds (a polynomial pattern would run for minutes)."""

    def interrupt(signum: int, frame: object) -> None:
        raise TimeoutError("still running after 3 s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 3.0)
    try:
        began = time.perf_counter()
        run()
        return time.perf_counter() - began
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("cue", ["位居", "保持", "高于", "全省", "位居全省", "高于全市", "在全县"])
@pytest.mark.parametrize("space", [" ", "\u3000"])
def test_standing_patterns_are_linear_in_a_run_of_spaces(cue: str, space: str) -> None:
    """Each run of spaces is read once: 5,000 spaces after a cue and nothing after them take no time (once
    a second after a rank verb, minutes after a scope: the runs after it were split every way before
    failing)."""
    p = _patterns()
    text = cue + space * 5_000 + "x"
    patterns = (p.cue, p.average, p.rank, p.bare_average, p.bare_rank, *p.frames)
    assert _seconds(lambda: [pattern.search(text) for pattern in patterns]) < 0.1


@pytest.mark.parametrize("year", ["（2025年", "于2025年", "2025年3月", "每年3月"])
def test_year_patterns_are_linear_in_a_run_of_spaces(year: str) -> None:
    text = year + " " * 5_000 + "x"
    assert _seconds(lambda: (parse_range(text), _deadline().search(text))) < 0.1


@pytest.mark.parametrize("letters", ["GB", "GB/T", "DB32", "DB32/T"])
def test_standard_number_patterns_are_linear_in_a_run_of_spaces(letters: str) -> None:
    text = letters + " " * 5_000 + "x"
    assert _seconds(lambda: (_GB.search(text), _STANDARD.search(text))) < 0.1


@pytest.mark.parametrize(
    ("written", "number"),
    [("GB / T 29490 - 2023", "GB/T 29490-2023"), ("DB32 /T 1234-2020", "DB32/T 1234-2020")],
)
def test_a_standard_number_written_with_spaces_is_read(written: str, number: str) -> None:
    doc, _ = extracted(f"某县知识产权工作要点\n一、重点任务\n（一）贯彻{written}标准。（县市场监管局负责）\n")
    assert [c.doc_number for c in doc.citations] == [number]


# --- documents pressed for or studied ------------------------------------------------------------------

HEDGED = """某县知识产权强县建设工作方案
一、重点任务
（一）完善政策体系。推动出台《某县知识产权质押融资风险补偿办法》，研究制定《某县专利转化运用奖励办法》，积极争取出台《某市地理标志保护条例》。
（二）加强制度建设。制定《某县知识产权纠纷调解工作规则》，出台《某县知识产权资助办法》。
"""


def test_a_document_pressed_for_is_cited_not_published() -> None:
    doc, _ = extracted(HEDGED)
    relations = {c.title: c.relation for c in doc.citations}
    assert relations == {
        "某县知识产权质押融资风险补偿办法": "cites",
        "某县专利转化运用奖励办法": "cites",
        "某市地理标志保护条例": "cites",
        "某县知识产权纠纷调解工作规则": "publishes",
        "某县知识产权资助办法": "publishes",
    }


# --- 苏木 and 考核办 in prose --------------------------------------------------------------------------

PROSE = """某旗知识产权工作要点
一、重点任务
（一）培育特色产品。苏木、沙棘等特色植物种植由旗林业局负责。
（二）培育特色产品。苏木负责推广，旗林业局配合。
（三）完善考核。依据目标考核办法，旗市场监管局牵头，旗财政局配合。
（四）完善考核。旗市场监管局会同旗委考核办法制定细则。
（五）强化督导。旗委考核办牵头，旗市场监管局配合，开展督查。
（六）夯实基层。巴彦苏木人民政府负责，各苏木配合。
"""


def test_su_mu_alone_in_prose_names_no_body_and_kao_he_ban_fa_no_office() -> None:
    doc, _ = extracted(PROSE)
    units = named_units(doc)
    names = [a.name for a in doc.agencies]
    assert "苏木" not in names
    assert all(s != "苏木" for found in units.values() for s, _, _ in found)
    assert not any(a.type == "target_office" and "法" in a.name for a in doc.agencies)
    # the real ones are kept
    assert [(s, role) for s, role, _ in units["一.(五)"]] == [
        ("旗委考核办", "lead"),
        ("旗市场监管局", "support"),
    ]
    assert [(s, role) for s, role, _ in units["一.(六)"]] == [
        ("巴彦苏木人民政府", "lead"),
        ("各苏木", "support"),
    ]
    assert [(s, role) for s, role, _ in units["一.(三)"]] == [
        ("旗市场监管局", "lead"),
        ("旗财政局", "support"),
    ]
