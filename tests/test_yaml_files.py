"""Hand-written YAML (the rules files, the gold files) is read safely, and a key written twice in one mapping
is refused with both lines named: PyYAML alone keeps the last value and drops the first without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from ontology.vocab import DATA_DIR, agency_vocabulary, role_vocabulary
from ontology.yaml_files import DuplicateKeyError, read_yaml
from policykg.errors import DataFileError
from policykg.evaluation import EvaluationError, read_gold

_KEYS = st.text(alphabet="abc知识产权局", min_size=1, max_size=4)
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=3),
    max_leaves=8,
)


@given(st.dictionaries(_KEYS, _VALUES, max_size=5))
def test_a_file_without_repeated_keys_reads_as_the_safe_loader_reads_it(data: dict[str, object]) -> None:
    text = yaml.safe_dump(data, allow_unicode=True)
    assert read_yaml(text) == yaml.safe_load(text)


@given(st.dictionaries(_KEYS, _VALUES, min_size=1, max_size=5), st.data())
def test_a_key_written_twice_is_refused_at_any_depth(data: dict[str, object], draw: st.DataObject) -> None:
    key = draw.draw(st.sampled_from(sorted(data)))
    text = yaml.safe_dump({"outer": data}, allow_unicode=True)
    twice = text + f"  {yaml.safe_dump(key, allow_unicode=True).splitlines()[0]}: again\n"
    with pytest.raises(DuplicateKeyError, match="written twice"):
        read_yaml(twice)


def test_the_message_names_the_key_and_both_lines() -> None:
    with pytest.raises(DuplicateKeyError) as info:
        read_yaml("aliases:\n  区知识产权局: a\n  区科技局: b\n  区知识产权局: c\n")
    assert "'区知识产权局' is written twice (lines 2 and 4)" in str(info.value)
    with pytest.raises(DuplicateKeyError, match="lines 1 and 1"):
        read_yaml("{id: a, id: b}\n")


def test_merge_keys_and_equal_values_under_other_keys_are_no_repeat() -> None:
    assert read_yaml("base: &b {x: 1, y: 2}\nover:\n  <<: *b\n  x: 3\n") == {
        "base": {"x": 1, "y": 2},
        "over": {"x": 3, "y": 2},
    }
    assert read_yaml("a: {k: 1}\nb: {k: 1}\n") == {"a": {"k": 1}, "b": {"k": 1}}


def test_a_rules_file_with_a_repeated_key_is_refused(tmp_path: Path) -> None:
    roles = tmp_path / "roles.yaml"
    roles.write_text(
        (DATA_DIR / "roles.yaml").read_text(encoding="utf-8") + "\nversion: 1\n", encoding="utf-8"
    )
    with pytest.raises(
        DataFileError, match=r"(?s)roles\.yaml.*writes one key twice.*'version' is written twice"
    ):
        role_vocabulary(roles)
    types = tmp_path / "agency_types.yaml"
    entry = "{id: procuratorate, zh: 人民检察院, "
    text = (DATA_DIR / "agency_types.yaml").read_text(encoding="utf-8")
    assert entry in text
    types.write_text(text.replace(entry, "{id: procuratorate, id: court, zh: 人民检察院, "), encoding="utf-8")
    with pytest.raises(DataFileError, match="'id' is written twice"):
        agency_vocabulary(types)


def test_a_gold_file_with_an_agency_or_a_task_written_twice_is_refused(tmp_path: Path) -> None:
    gold = tmp_path / "a.gold.yaml"
    gold.write_text(
        "version: 1\nresponsibilities:\n  - task: 开展专利导航\n"
        "    agencies: {县市场监管局: lead, 县科技局: support, 县市场监管局: sole}\n",
        encoding="utf-8",
    )
    with pytest.raises(EvaluationError, match="'县市场监管局' is written twice"):
        read_gold(gold)
    gold.write_text(
        "version: 1\nresponsibilities:\n"
        "  - {task: 开展专利导航, agencies: {县市场监管局: lead}}\n"
        "  - {task: 开展专利导航, agencies: {县科技局: support}}\n",
        encoding="utf-8",
    )
    with pytest.raises(EvaluationError, match=r"tasks listed twice: \['开展专利导航'\]"):
        read_gold(gold)
