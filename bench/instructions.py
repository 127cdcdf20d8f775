"""Extraction cost in instructions per plan, counted by callgrind: unlike seconds on a shared 2-core
machine, the count is the same from run to run, so two versions of the extractor compare exactly.

    python -m bench.instructions --plans 10            # needs valgrind (Debian package valgrind)

It generates the benchmark corpus (seed 7), then runs the extractor under ``valgrind --tool=callgrind``
twice, extracting no plan and ``--plans`` plans after the same imports, loading and warm-up, and reports
the difference per plan. A plan costs about 50× its normal time under callgrind.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.corpus import generate
from policykg.errors import PolicyKGError

log = logging.getLogger(__name__)

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
#: Plans loaded by the measured process to be extracted and counted: the first ``--plans`` of them.
_LOADED = 11
#: Plans extracted before counting, in both runs: the first of the folder and its last few. The stages build
#: some indexes on first use (a gazetteer's bare names, the composed names' readers …), once per worker in a
#: build; warmed on one plan only, a plan that first needs one paid for its building (an index of the
#: gazetteer: 1.7 M instructions a plan over ten plans).
_WARM_LAST = 8


def _child(folder: Path, count: int) -> None:
    """Run inside callgrind: load the plans, warm the caches on others, extract ``count`` plans, each
    with the cyclic collector paused as a build's workers extract them (``policykg.batch``): an automatic
    collection falling inside one run and not the other would count its walk of every object as the plans'."""
    from loaders import load_document
    from policykg.collector import after_document, collection_paused
    from policykg.extract.pipeline import extract_document

    paths = sorted(folder.iterdir())
    warm = [load_document(p) for p in [paths[0], *paths[-_WARM_LAST:]]]
    docs = [load_document(p) for p in paths[1 : 1 + _LOADED]]
    for doc in warm:
        extract_document(doc)
    for doc in docs[:count]:
        with collection_paused():
            extract_document(doc)
        after_document()


def _instructions(folder: Path, count: int) -> int:
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-m",
        "bench.instructions",
        "--child",
        str(folder),
        str(count),
    ]
    # One string-hash seed for every run: with a random one, sets and dicts of strings iterate and collide
    # differently from run to run, and the count drifts by a per cent or two.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise PolicyKGError(f"callgrind run failed ({done.returncode}): {done.stderr[-500:]}")
    return int(found.group(1))


def per_plan(plans: int, seed: int = 7) -> float:
    """Instructions per extracted plan (``plans`` at most 11)."""
    if shutil.which("valgrind") is None:
        raise PolicyKGError("valgrind is not installed: apt-get install valgrind, then run this again")
    if not 1 <= plans <= _LOADED:
        raise PolicyKGError(f"--plans must be between 1 and {_LOADED}")
    with tempfile.TemporaryDirectory(prefix="policykg-instructions-") as tmp:
        folder = Path(tmp)
        generate(60, seed, folder)
        return (_instructions(folder, plans) - _instructions(folder, 0)) / plans


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(Path(sys.argv[2]), int(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    log.info("%.1f M instructions a plan", per_plan(args.plans, args.seed) / 1e6)


if __name__ == "__main__":
    main()
