"""The text of a fetched response: its declared charset weighed against what the bytes say.

Servers and pages often declare the wrong charset (a CMS that sends ``charset=utf-8`` over Windows-1252
bytes, or ``iso-8859-1`` over UTF-8). The order here: a byte-order mark; bytes that are valid UTF-8 (which
legacy-encoded text with accents almost never is); the declared charset when it decodes the bytes without
error; else the encoding detected from the bytes (as for local files).
"""

from __future__ import annotations

import codecs
import re

from eventledger.ingest.decode import decode_bytes

_HEAD = 4096  # where a page declares its charset (<meta charset>) or a feed its encoding (<?xml ...?>)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# as browsers do (WHATWG Encoding), a page labelled Latin-1 or ASCII is read as Windows-1252
_READ_AS_WINDOWS_1252 = {"iso8859-1", "ascii"}
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def declared_charset(body: bytes, content_type: str | None) -> str | None:
    """The charset the response names: the Content-Type header's, else the XML declaration's or the
    page's ``<meta charset>``; None when it names none (or one Python does not know)."""
    label = None
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        label = match.group(1) if match else None
    if label is None:
        head = body[:_HEAD]
        match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
        label = match.group(1).decode("ascii") if match else None
    if label is None:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp1252" if name in _READ_AS_WINDOWS_1252 else name


def decode_response(body: bytes, content_type: str | None) -> str:
    """The response's text; raises ``DecodeFailure`` (E003 binary, E004 undecodable) as ``decode_bytes``."""
    declared = declared_charset(body, content_type)
    labelled = declared and declared != "utf-8" and not body.startswith(_BOMS) and b"\x00" not in body[:_HEAD]
    if labelled and not _is_utf8(body):
        try:
            return body.decode(declared)  # type: ignore[arg-type]
        except UnicodeDecodeError:
            pass  # the label is wrong: the bytes are detected below
    return decode_bytes(body)


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
