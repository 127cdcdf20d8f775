"""CPU time of a build's processes, read apart: this process (the loading one), its worker processes (children
that have ended and been reaped) and the graph server (a child still running), with the children the server
reaped itself (its background rewrites of the append-only file)."""

from __future__ import annotations

import os
import resource
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CpuTimes:
    """Seconds of CPU (user and system) so far; ``server`` is None where it cannot be read."""

    own: float
    reaped: float
    server: float | None

    def since(self, earlier: CpuTimes) -> CpuTimes:
        server = None if self.server is None or earlier.server is None else self.server - earlier.server
        return CpuTimes(self.own - earlier.own, self.reaped - earlier.reaped, server)


def process_seconds(pid: int) -> float | None:
    """CPU seconds of a running process and of the children it has reaped (from Linux's /proc; None where
    there is no /proc, or no such process)."""
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
