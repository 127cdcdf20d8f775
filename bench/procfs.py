"""What Linux's /proc says about the benchmark's processes: CPU time, peak memory and children. Elsewhere
(no /proc) every reader returns None or nothing, and the benchmark leaves those rows out."""

from __future__ import annotations

import os
import resource
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CpuTimes:
    """Seconds of CPU (user and system) so far: this process (the loading one), its children that have ended
    and been reaped (a build's workers), and the graph server (a child still running) with the children it
    reaped itself (its background rewrites of the append-only file and its indexes' clean-ups, each a fork);
    ``server`` is None where unreadable."""

    own: float
    reaped: float
    server: float | None

    def since(self, earlier: CpuTimes) -> CpuTimes:
        server = None if self.server is None or earlier.server is None else self.server - earlier.server
        return CpuTimes(self.own - earlier.own, self.reaped - earlier.reaped, server)


def process_seconds(pid: int) -> float | None:
    """CPU seconds of a running process and of the children it has reaped (None: no /proc or no such
    process)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # After the command name (in parentheses, and it may hold spaces): utime, stime, cutime and cstime are
    # the 12th to 15th fields.
    fields = stat.rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def cpu_times(server_pid: int | None) -> CpuTimes:
    own = resource.getrusage(resource.RUSAGE_SELF)
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    return CpuTimes(
        own=own.ru_utime + own.ru_stime,
        reaped=reaped.ru_utime + reaped.ru_stime,
        server=None if server_pid is None else process_seconds(server_pid),
    )


def peak_rss_mb(pid: int) -> float | None:
    """The largest resident memory a running process has had (VmHWM), in MB (None: no /proc or no such
    process)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return None


def children(pid: int) -> list[int]:
    """The running children of a process, from each of its threads' lists (empty: no /proc, or none)."""
    try:
        threads = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return []
    found: list[int] = []
    for thread in threads:
        try:
            found += [int(x) for x in (thread / "children").read_text().split()]
        except OSError:  # the thread ended meanwhile
            continue
    return sorted(set(found))
