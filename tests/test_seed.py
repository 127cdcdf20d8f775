"""The bundled seed plans are found from a checkout (or an editable install) and, for a regular install
(the compiled extractor carries no corpus/), from the checkout's folder the command is run in."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg import seed
from policykg.errors import ConfigurationError

ROOT = Path(__file__).resolve().parent.parent


def test_a_checkout_finds_its_corpus_beside_the_packages() -> None:
    assert seed.bundled_corpus() == ROOT / "corpus"
    assert [p.name for p in seed.seed_plans()] == sorted(p.name for p in (ROOT / "corpus").glob("*.txt"))


def test_a_regular_install_finds_the_corpus_of_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site-packages" / "policykg"  # no corpus/ beside an installed package
    site.mkdir(parents=True)
    monkeypatch.setattr(seed, "__file__", str(site / "seed.py"))
    checkout = tmp_path / "checkout"
    (checkout / "corpus").mkdir(parents=True)
    (checkout / "corpus" / "a.txt").write_text("某县知识产权工作要点\n", encoding="utf-8")
    monkeypatch.chdir(checkout)
    assert seed.bundled_corpus() == checkout / "corpus"
    assert seed.seed_plans() == [checkout / "corpus" / "a.txt"]


def test_no_seed_plans_is_an_error_saying_where_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(seed, "__file__", str(tmp_path / "site-packages" / "policykg" / "seed.py"))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigurationError, match="no seed plans") as raised:
        seed.seed_plans()
    assert "repository's folder" in (raised.value.hint or "")
