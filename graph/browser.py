"""Neo4j Browser helpers: a GraSS style sheet with a colour and caption per label (generated from the
schema), and the analysts' library packed as Browser favourites (a zip of .cypher files)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from graph.library import library
from graph.schema import LABELS

STYLE_FILE = Path(__file__).resolve().parent / "neo4j-browser" / "style.grass"

#: Colour and caption property for each label; a test requires one for every label of the schema.
STYLES: dict[str, tuple[str, str]] = {
    "Plan": ("#4C8EDA", "title"),
    "Section": ("#C0C6CE", "path"),
    "Task": ("#57C7E3", "path"),
    "Goal": ("#8DCC93", "title"),
    "Target": ("#F79767", "indicator"),
    "Indicator": ("#F2B880", "key"),
    "Agency": ("#D9C8AE", "name"),
    "Collective": ("#C990C0", "name"),
    "LeadingGroup": ("#DA7194", "name"),
    "AgencyType": ("#A5ABB6", "name"),
    "Region": ("#569480", "name"),
    "Program": ("#FFC454", "name"),
    "PolicyDocument": ("#6DCE9E", "title"),
    "Phase": ("#ECB5C9", "name"),
    "Responsibility": ("#F16667", "role"),
    "Role": ("#FFE081", "name"),
}


def grass() -> str:
    lines = [
        "node {",
        "  diameter: 50px;",
        "  color: #A5ABB6;",
        "  border-width: 2px;",
        "  font-size: 10px;",
        "  text-color-internal: #000000;",
        "}",
        "relationship {",
        "  color: #A5ABB6;",
        "  shaft-width: 1px;",
        "  font-size: 8px;",
        "  padding: 3px;",
        "  text-color-external: #000000;",
        '  caption: "<type>";',
        "}",
    ]
    for label in LABELS:
        colour, caption = STYLES[label]
        lines += [
            f"node.{label} {{",
            f"  color: {colour};",
            f"  border-color: {colour};",
            f'  caption: "{{{caption}}}";',
            "}",
        ]
    return "\n".join(lines) + "\n"


def write_style() -> Path:
    STYLE_FILE.parent.mkdir(parents=True, exist_ok=True)
    STYLE_FILE.write_text(grass(), encoding="utf-8")
    return STYLE_FILE


def favourites_zip(out: Path) -> Path:
    """The query library as a zip of .cypher files, for Neo4j Browser's favourites import."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, path in library().items():
            archive.writestr(f"policykg/{name}.cypher", path.read_text(encoding="utf-8"))
    return out
