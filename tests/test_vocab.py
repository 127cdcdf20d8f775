"""The rules-as-data files validate on load; a broken file names itself and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from ontology.vocab import (
    DATA_DIR,
    agency_vocabulary,
    document_vocabulary,
    gazetteer,
    role_vocabulary,
)
from policykg.errors import DataFileError, PolicyKGError


def test_shipped_files_are_valid() -> None:
    assert len(agency_vocabulary().types) > 40
    assert {r.id for r in role_vocabulary().roles} == {"lead", "support", "joint", "sole", "implicit"}
    assert document_vocabulary().chapter_kinds
    regions = gazetteer().regions
    jiangsu = [
        r
        for r in regions
        if r.id.startswith("32") and r.level in ("district", "county", "county_city") and r.abolished is None
    ]
    assert len(jiangsu) == 95  # every current county-level unit of Jiangsu
    assert len([r for r in regions if r.id.startswith("32") and r.level == "prefecture"]) == 13


def test_every_jiangsu_unit_chains_to_the_province() -> None:
    by_id = {r.id: r for r in gazetteer().regions}
    for r in gazetteer().regions:
        if r.id.startswith("32") and r.level != "province":
            node = r
            while node.parent and node.parent != "320000":
                node = by_id[node.parent]
            assert node.parent == "320000", r.name


def test_broken_type_reference(tmp_path: Path) -> None:
    text = (DATA_DIR / "agency_types.yaml").read_text(encoding="utf-8")
    entry = "{id: procuratorate, zh: 人民检察院, en: People's Procuratorate, broader: "
    assert f"{entry}judicial" in text  # the entry this test breaks (it once silently broke nothing)
    broken = tmp_path / "agency_types.yaml"
    broken.write_text(text.replace(f"{entry}judicial", f"{entry}nowhere"), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        agency_vocabulary(broken)
    assert "agency_types.yaml" in str(info.value)
    assert "nowhere" in str(info.value)
    assert isinstance(info.value, PolicyKGError)


def test_bad_regex_and_bad_yaml(tmp_path: Path) -> None:
    bad_regex = tmp_path / "roles.yaml"
    bad_regex.write_text(
        (DATA_DIR / "roles.yaml").read_text(encoding="utf-8").replace('"首个单位为牵头单位"', '"首个(单位"'),
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="invalid regular expression"):
        role_vocabulary(bad_regex)
    bad_yaml = tmp_path / "document_types.yaml"
    bad_yaml.write_text("version: [1\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid YAML"):
        document_vocabulary(bad_yaml)


def test_region_file_with_missing_parent(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(
        'version: 1\nregions:\n  - {id: "100000", name: 中华人民共和国, level: country}\n'
        '  - {id: "990100", name: 某某市, level: prefecture, parent: "990000"}\n',
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="parent '990000' is not in the gazetteer"):
        gazetteer(tmp_path)


def test_the_region_files_are_read_once_however_their_folder_is_named() -> None:
    """They take most of a second to read: a call with the default folder and one naming it (as
    ``gazetteer`` does) share one reading."""
    from ontology.vocab import DATA_DIR, region_entries

    assert region_entries() is region_entries(DATA_DIR / "regions")
    assert region_entries() is region_entries(DATA_DIR / "extra" / ".." / "regions")


def test_a_table_cell_is_a_ditto_or_a_placeholder_not_both(tmp_path: Path) -> None:
    text = (DATA_DIR / "document_types.yaml").read_text(encoding="utf-8")
    line = "  no_one: [无, 暂无, 没有, 不涉及]"
    assert line in text
    assert "同上" in document_vocabulary().task_table_columns.dittos
    broken = tmp_path / "document_types.yaml"
    broken.write_text(text.replace(line, "  no_one: [无, 暂无, 同上]"), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"share words.*同上"):
        document_vocabulary(broken)
