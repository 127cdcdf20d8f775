"""The benchmarks run at a small scale in the suite so that they cannot rot (no timing assertions)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench import instructions
from bench.corpus import generate
from bench.procfs import CpuTimes, children, cpu_times, peak_rss_mb, process_seconds
from bench.run import run
from graph.library import library
from policykg.errors import PolicyKGError

HAS_PROC = Path("/proc/self/stat").exists()


def test_benchmarks_run_end_to_end(tmp_path: Path) -> None:
    rows = run(plans=6, seed=3, sample=3, folder=tmp_path, api_seconds=1.0, page_nodes=50, compare=3)
    names = [r.measure for r in rows]
    assert names[0].startswith("baseline")
    assert any(n.startswith("extractor start-up") for n in names)
    assert any(n.startswith("extraction, one core") for n in names)
    assert any(n.startswith("loader vs one MERGE per row") for n in names)
    assert any(n.startswith("loader vs FalkorDB bulk loader") for n in names)
    assert any(n.startswith("end to end, 6 plans") for n in names)
    cpu = {r.measure: r.value for r in rows if r.measure.startswith("end to end CPU")}
    assert len(cpu) == (3 if HAS_PROC else 2)  # workers, this process, and the graph server where /proc is
    if HAS_PROC:
        assert any("graph server" in n and v > 0 for n, v in cpu.items())  # it merged six plans' rows
    memory = {r.measure: r.value for r in rows if r.measure.startswith("peak RSS")}
    assert any(n.startswith("peak RSS, build: this process") for n in memory)
    if HAS_PROC:  # the graph servers' and the API server's peaks are read from /proc
        for name in ("build: graph server", "serve: API server", "serve: its graph server"):
            assert any(name in n and v > 10 for n, v in memory.items()), name
    busy = next(r for r in rows if r.measure.startswith("end to end: CPU used"))
    assert busy.unit == "%"
    assert busy.value > 0
    assert sum(1 for n in names if n.startswith("query ")) == len(library())  # every query of the library
    assert any(n.startswith("query standings") for n in names)
    assert any(n.startswith("API obligations p99") for n in names)
    assert all(r.value >= 0 for r in rows)
    assert (tmp_path / "corpus").is_dir()


@pytest.mark.skipif(not HAS_PROC, reason="a process's CPU time is read from Linux's /proc")
def test_process_cpu_is_read_for_a_live_process_and_none_for_a_missing_one() -> None:
    before = process_seconds(os.getpid())
    deadline = time.process_time() + 0.2
    while time.process_time() < deadline:  # burn CPU
        pass
    after = process_seconds(os.getpid())
    assert before is not None
    assert after is not None
    assert after - before >= 0.1
    spent = cpu_times(os.getpid()).since(CpuTimes(own=0.0, reaped=0.0, server=0.0))
    assert spent.own >= 0.2
    assert spent.server is not None
    assert spent.server >= 0.2
    assert process_seconds(2**22 + 1) is None  # above Linux's largest pid
    assert cpu_times(None).server is None


@pytest.mark.skipif(not HAS_PROC, reason="a process's memory and children are read from Linux's /proc")
def test_a_process_peak_memory_and_children_are_read() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in children(os.getpid())
        own = peak_rss_mb(os.getpid())
        assert own is not None
        assert own > 10  # a Python interpreter with pytest loaded
        assert peak_rss_mb(child.pid) is not None
    finally:
        child.kill()
        child.wait()
    assert child.pid not in children(os.getpid())
    assert peak_rss_mb(2**22 + 1) is None
    assert children(2**22 + 1) == []


def test_the_instruction_count_harness_extracts_and_says_what_it_needs(tmp_path: Path, monkeypatch) -> None:
    generate(12, 7, tmp_path)
    instructions._child(tmp_path, 2)  # what callgrind runs: loads, warms up, extracts
    monkeypatch.setattr(instructions.shutil, "which", lambda _: None)
    with pytest.raises(PolicyKGError, match="valgrind is not installed"):
        instructions.per_plan(2)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_the_instruction_count_is_the_same_twice() -> None:
    first = instructions.per_plan(1)
    assert first > 1e6
    assert instructions.per_plan(1) == pytest.approx(first, rel=0.01)
