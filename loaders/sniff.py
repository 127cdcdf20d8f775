"""What a file's first bytes say it is, whatever its name says.

Users bring plans as their word processor or browser saved them, and names lie: a web system's "export to
Word" sends a web page named .doc, a .docx renamed .doc opens in Word all the same, and an old binary Word
or WPS file (or a password-protected one: Office keeps it in the same binary container) is named .docx
as often as .doc. A format the loaders cannot read (the binary container, RTF, a single-file web archive)
is refused with its name and how to convert it, whatever the file's extension, and so is an image (a scan
saved as a JPEG, or named .pdf); a file with the extension of such a format, or of a text, whose bytes are a
format the loaders read (a zip package, a web page, a PDF) is read as what it is.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile

#: The compound-file container of Word 97–2003 (.doc), WPS (.wps) and password-protected Office files.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
#: How far into a file its signature is looked for.
_HEAD = 1024
#: A web page's opening: a doctype, an <html>, <head>, <meta> or <body> tag, after an XML declaration or
#: comments at most.
_HTML = re.compile(
    rb"^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,400}?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
#: A MIME message holding a web page and its files (.mht, .mhtml; Word's "single file web page").
_MHT = re.compile(rb"^\s*(?:[\w-]+:[^\n]*\n)*?[\w-]+:[^\n]*multipart/related", re.IGNORECASE)

#: What each refused format is, and how to make a file the loaders read of it.
REFUSED: dict[str, tuple[str, str]] = {
    "ole": (
        "an old binary Word or WPS document (.doc/.wps, Word 97-2003) or a password-protected Office file",
        "open it in Word or WPS and save it as .docx (另存为 Word 文档), or convert it with "
        "`libreoffice --headless --convert-to docx`; remove a password first",
    ),
    "rtf": (
        "a Rich Text Format (RTF) document",
        "open it in Word or WPS and save it as .docx (另存为 Word 文档), or convert it with "
        "`libreoffice --headless --convert-to docx`",
    ),
    "mht": (
        "a single-file web archive (MHT/MHTML)",
        "open it in a browser and save it as a web page (.html), or in Word or WPS and save it as .docx",
    ),
    "image": (
        "an image (a scan or photo of the pages, with no text layer)",
        "run OCR on it first (e.g. ocrmypdf, or WPS's 图片转文字) and load the text or the searchable PDF "
        "it gives",
    ),
}

#: The loaders' format of each readable kind.
READABLE = {"zip": "docx", "xlsx": "xlsx", "html": "html", "pdf": "pdf"}


def _ascii_head(data: bytes) -> bytes:
    """The file's first bytes as ASCII-compatible bytes: a UTF-16 text decoded, a UTF-8 BOM dropped."""
    head = data[:_HEAD]
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(name, errors="replace").encode("utf-8", errors="replace")
    return head.removeprefix(codecs.BOM_UTF8)


#: The signatures of image files a scan is saved as: JPEG, PNG, TIFF (both byte orders), GIF (BMP and WebP
#: below).
_IMAGES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a")
_WEBP = re.compile(rb"RIFF.{4}WEBP", re.DOTALL)


def _image(data: bytes) -> bool:
    """``data`` opens with an image's signature (a bitmap's BM only when its header's size field holds the
    file's size: a text may open with the letters BM)."""
    if data.startswith(b"BM"):
        return len(data) >= 6 and int.from_bytes(data[2:6], "little") == len(data)
    return data.startswith(_IMAGES) or _WEBP.match(data) is not None


def _workbook(data: bytes) -> bool:
    """A zip package holding an Excel workbook (its xl/workbook.xml part)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def sniff(data: bytes) -> str | None:
    """The kind of file ``data`` is by its signature: ole, zip (xlsx when the package holds a workbook), pdf,
    image, rtf, mht or html; None for other text."""
    if data.startswith(_OLE):
        return "ole"
    if _image(data):
        return "image"
    if data.startswith(_ZIP):
        return "xlsx" if _workbook(data) else "zip"
    if b"%PDF-" in data[:_HEAD]:
        return "pdf"
    head = _ascii_head(data)
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if _MHT.match(head):
        return "mht"
    if _HTML.match(head):
        return "html"
    return None
