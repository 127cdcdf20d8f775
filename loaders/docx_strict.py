"""Word's "Strict Open XML Document": a .docx whose parts name their XML and relationships by the strict
namespaces of ISO/IEC 29500 (http://purl.oclc.org/ooxml/wordprocessingml/main) rather than the transitional
ones Word writes by default (http://schemas.openxmlformats.org/wordprocessingml/2006/main). python-docx knows
only the transitional names, so it found no main document in such a package. The strict names map one for one
onto the transitional ones; the package is rewritten with them in memory, and read as any other .docx.
"""

from __future__ import annotations

import io
import re
import zipfile

#: A strict namespace or relationship type: http://purl.oclc.org/ooxml/<area>/<name>, which is
#: http://schemas.openxmlformats.org/<area>/2006/<name> in the transitional vocabulary.
_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/(\w+)/(\w+)")
_TRANSITIONAL = rb"http://schemas.openxmlformats.org/\1/2006/\2"
#: Parts whose text names namespaces or relationship types.
_XML_PARTS = (".xml", ".rels")


def is_strict(archive: zipfile.ZipFile) -> bool:
    """Whether the package's own relationships name its main document by the strict vocabulary."""
    try:
        return b"purl.oclc.org/ooxml/" in archive.read("_rels/.rels")
    except KeyError:
        return False


def transitional(data: bytes) -> bytes:
    """The package ``data`` with its strict names rewritten as the transitional ones (the other parts as they
    are); ``data`` itself when it is no strict package."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if not is_strict(archive):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
            for info in archive.infolist():
                blob = archive.read(info.filename)
                if info.filename.lower().endswith(_XML_PARTS):
                    blob = _STRICT.sub(_TRANSITIONAL, blob)
                target.writestr(info.filename, blob)
    return out.getvalue()
