"""A statement check for read-only Cypher, in addition to the engines' own read-only modes.

Comments and string literals are removed first, so that keywords hidden in them neither pass nor block;
any write or admin clause, procedure call or multi-statement input is refused.
"""

from __future__ import annotations

import re
import unicodedata

from graph.store import ReadOnlyViolation

_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_WRITE = re.compile(
    r"(?<![.$\w])(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|LOAD|CALL|FOREACH|USE|ALTER|GRANT|DENY|REVOKE|"
    r"TERMINATE|SHOW|ENABLE|DISABLE|RENAME)\b",
    re.I,
)


def check_read_only(statement: str) -> str:
    """Return the statement if it only reads; raise ReadOnlyViolation naming the clause otherwise."""
    text = unicodedata.normalize("NFKC", statement)  # full-width look-alikes (ＣＲＥＡＴＥ) become ASCII
    bare = _COMMENTS.sub(" ", _STRINGS.sub("''", text))
    if ";" in bare.strip().rstrip(";"):
        raise ReadOnlyViolation("only one statement may be sent at a time")
    found = _WRITE.search(bare)
    if found:
        raise ReadOnlyViolation(
            f"{found.group(1).upper()} is not allowed: queries are read-only",
            hint="use MATCH … RETURN; the analysts' library has examples (policykg query --list)",
        )
    return statement
