"""The compiled extractor (setup.py: ``POLICYKG_COMPILE=1 pip install .``).

Every stage module of policykg/extract must compile with mypyc, and the compiled stages must read plans
exactly as the Python sources do: the corpus, the regression inputs and generated plans are extracted by
both and compared fact by fact. mypyc checks types at run time where Python does not (a value that breaks
its annotation raises TypeError there), so this comparison, not only the build, is what guards the compiled
install. Skipped, with the reason shown, where no C compiler, Python headers or mypyc are at hand."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from bench.corpus import generate
from loaders import load_document
from policykg.errors import PolicyKGError
from policykg.extract import build_kind, compiled_modules
from policykg.extract.pipeline import extract_document

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("policykg", "loaders", "ontology", "graph", "api", "viz", "bench")
STAGES = sorted(
    f"policykg.extract.{p.stem}"
    for p in (ROOT / "policykg" / "extract").glob("*.py")
    if p.name != "__init__.py"
)

# Run in the compiled tree: every path read from stdin, extracted, dumped with the compiled module names.
DUMP = """
import json, sys
from pathlib import Path
import policykg
from loaders import load_document
from policykg.errors import PolicyKGError
from policykg.extract import compiled_modules
from policykg.extract.pipeline import extract_document
docs = {}
for line in sys.stdin.read().splitlines():
    try:
        docs[line] = extract_document(load_document(Path(line))).model_dump(mode="json")
    except PolicyKGError as e:  # the regression inputs hold files that must be refused
        docs[line] = {"refused": e.message}
print(json.dumps({"package": policykg.__file__, "compiled": compiled_modules(), "docs": docs}))
"""


def _python(
    *args: str, cwd: Path, env: dict[str, str], timeout: float, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """This Python run with ``args`` in ``cwd``, ``env`` added to the environment; its output captured."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env={**os.environ, **env},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def compiled_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the packages with the stages compiled in place (``setup.py build_ext --inplace``)."""
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler here: the compiled extractor cannot be built")
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        pytest.skip("no Python headers here (Debian: python3-dev): the compiled extractor cannot be built")
    pytest.importorskip("mypyc.build", reason="mypyc (from mypy) is not installed")
    tree = tmp_path_factory.mktemp("compiled")
    for name in PACKAGES:
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    built = _python(
        "setup.py", "build_ext", "--inplace", cwd=tree, env={"POLICYKG_COMPILE": "1"}, timeout=1800
    )
    if built.returncode != 0:
        pytest.fail(f"the stages did not compile:\n{built.stdout[-3000:]}\n{built.stderr[-6000:]}")
    return tree


def _plans(folder: Path) -> list[Path]:
    corpus = sorted((ROOT / "corpus").glob("*.*"))
    regressions = sorted(
        p for p in (ROOT / "tests" / "regressions").iterdir() if p.suffix in {".txt", ".md", ".html"}
    )
    return corpus + regressions + generate(40, 11, folder)


def _read(path: Path) -> dict[str, object]:
    try:
        return extract_document(load_document(path)).model_dump(mode="json")
    except PolicyKGError as e:
        return {"refused": e.message}


def test_compiled_stages_read_plans_as_the_sources_do(compiled_tree: Path, tmp_path: Path) -> None:
    plans = _plans(tmp_path / "generated")
    ran = _python(
        "-c",
        DUMP,
        cwd=compiled_tree,
        env={"PYTHONPATH": str(compiled_tree)},
        timeout=600,
        stdin="\n".join(str(p) for p in plans),
    )
    assert ran.returncode == 0, ran.stderr[-6000:]
    dumped = json.loads(ran.stdout)
    assert Path(dumped["package"]).is_relative_to(compiled_tree)  # the copy ran, not the sources
    assert dumped["compiled"] == STAGES
    for path in plans:
        assert dumped["docs"][str(path)] == _read(path), f"{path.name}: the compiled stages read it otherwise"


def test_sources_report_themselves_as_python() -> None:
    # the suite runs on the sources (an editable install): nothing of them is compiled
    assert compiled_modules() == []
    assert build_kind() == "pure Python"


def test_an_editable_install_is_never_compiled() -> None:
    refused = _python("setup.py", "develop", cwd=ROOT, env={"POLICYKG_COMPILE": "1"}, timeout=120)
    assert refused.returncode != 0
    assert "regular install only" in refused.stderr + refused.stdout
