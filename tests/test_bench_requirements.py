"""`pip install '.[bench]'` gives `policykg bench` every library it imports: each third-party module the bench
package imports, at its top or inside a function, comes from a distribution the package requires or the
`bench` extra adds (a regular install carries no test extras; the README's reproduce line uses this one)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_PARTY = {"policykg", "loaders", "ontology", "graph", "api", "viz", "bench"}


def _name(requirement: str) -> str:
    """The distribution's normalised name of a requirement (falkordb-bulk-loader>=1.2 → falkordb-bulk-loader)."""
    bare = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", bare).lower()


def _imported(folder: Path) -> set[str]:
    modules: set[str] = set()
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return modules


def test_every_library_the_bench_imports_is_required_by_the_package_or_its_bench_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(r) for r in [*project["dependencies"], *project["optional-dependencies"]["bench"]]}
    owners = packages_distributions()
    third_party = sorted(
        m for m in _imported(ROOT / "bench") - FIRST_PARTY if m not in sys.stdlib_module_names
    )
    assert {"httpx", "playwright", "falkordb_bulk_loader"} <= set(third_party)  # the test sees the imports
    missing = {
        m: owners.get(m, [m])
        for m in third_party
        if not any(_name(d) in declared for d in owners.get(m, [m]))
    }
    assert missing == {}, f"add these distributions to the bench extra in pyproject.toml: {missing}"
