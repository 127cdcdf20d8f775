"""Build hook for the compiled extractor (everything else is in pyproject.toml).

``POLICYKG_COMPILE=1 pip install .`` compiles the rule modules of ``policykg/extract`` with mypyc into C
extensions, each module its own (``separate``), built on every core: the same code, the same output (the
test suite checks it on the corpus, tests/test_compiled.py), about a fifth less time a plan (README →
Benchmarks). Without the variable nothing is compiled and the package is pure Python.

Only a regular install is compiled: an editable install would leave the built modules beside their sources,
and Python would go on importing them after the sources change. Such a request is refused."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

#: Modules of policykg/extract left as Python: the package's __init__ only reports how the stages run.
_PURE = {"__init__.py"}
#: The setup commands that build extensions (any other, such as egg_info or dist_info, only asks metadata).
_BUILDS = {"bdist_wheel", "build", "build_ext", "install"}


def _compiled_modules() -> list[object]:
    if os.environ.get("POLICYKG_COMPILE", "") not in ("1", "yes", "true"):
        return []
    if "editable_wheel" in sys.argv or "develop" in sys.argv:
        raise SystemExit(
            "POLICYKG_COMPILE=1 compiles a regular install only: run `POLICYKG_COMPILE=1 pip install .` "
            "(without -e), or unset POLICYKG_COMPILE for an editable install"
        )
    if not _BUILDS & set(sys.argv[1:]):
        return []  # asked for metadata only (egg_info, dist_info: the build's requirements): nothing to build
    from mypyc.build import mypycify

    root = Path(__file__).resolve().parent
    stages = (root / "policykg" / "extract").glob("*.py")
    sources = sorted(p.relative_to(root).as_posix() for p in stages if p.name not in _PURE)
    # The build's own environment holds mypy and pydantic (pyproject.toml, build-system), not every library
    # the loaders import: those are typed as Any there, which compiles the stages no differently. A value of
    # such a library returned where a type is declared (loaders/traditional.py: OpenCC's convert) is then an
    # Any returned, which the strict checks refuse; the full check (`mypy`, every library installed) is the
    # suite's, so the build does not warn of it.
    return list(
        mypycify(["--ignore-missing-imports", "--no-warn-return-any", *sources], opt_level="3", separate=True)
    )


ext_modules = _compiled_modules()
setup(
    ext_modules=ext_modules,
    options={"build_ext": {"parallel": os.cpu_count() or 1}} if ext_modules else {},
)
