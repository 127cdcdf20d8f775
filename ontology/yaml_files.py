"""Reading a hand-written YAML file (a rules file under ``ontology/data``, a gold file of the evaluation):
safely, and with a key written twice in one mapping refused.

PyYAML keeps the last of two equal keys without a word, so an alias typed twice with two meanings, or an
agency listed twice under one gold task with two roles, would lose its first value unseen. Here the file is
refused instead, naming the key and both lines, so the slip is mended where it was made."""

from __future__ import annotations

from typing import IO, Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode

_MERGE_TAG = "tag:yaml.org,2002:merge"


class DuplicateKeyError(ConstructorError):
    """A mapping of a YAML file writes one key twice."""


def _unique_mapping(loader: Any, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[object, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == _MERGE_TAG:
            continue  # a merge key (<<) brings defaults that the mapping's own keys may override
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            first = seen.get(key)
        except TypeError:
            continue  # an unhashable key: the safe constructor refuses it with its own message
        if first is not None:
            raise DuplicateKeyError(
                "while reading a mapping",
                node.start_mark,
                f"the key {key!r} is written twice (lines {first} and {line}): keep one, both values in it",
                key_node.start_mark,
            )
        seen[key] = line
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=deep)
    return mapping


#: The safe loader (libyaml's C one when installed) with the mapping check; the base class is not changed.
_Loader: Any = type("UniqueKeyLoader", (getattr(yaml, "CSafeLoader", yaml.SafeLoader),), {})
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def read_yaml(stream: str | IO[str]) -> Any:
    """The data of one YAML document; ``yaml.YAMLError`` (``DuplicateKeyError`` among them) when it is not
    valid YAML or writes a mapping's key twice."""
    return yaml.load(stream, Loader=_Loader)  # the safe loader with one more check
