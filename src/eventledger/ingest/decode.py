"""Bytes to text: UTF-8 first, other encodings detected, binary data refused with a reason."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import CharsetMatch, from_bytes

# Share of control characters above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.02
_WESTERN_CHAOS_MARGIN = 0.02  # charset_normalizer's "chaos" (0 clean .. 1 garbage) Windows-1252 may lose by
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class DecodeFailure(Exception):
    """Why bytes could not be read as text: ``code`` is E003 (binary) or E004 (undecodable)."""

    code: str
    detail: str = ""


def decode_bytes(data: bytes) -> str:
    """The text in ``data``; raises ``DecodeFailure`` for binary or undecodable data."""
    encoding = _encoding_from_bom(data)
    if encoding:
        return _decode_with(data, encoding)
    if b"\x00" in data[:65536]:
        encoding = _utf32_without_bom(data) or _utf16_without_bom(data)
        if encoding is None:
            raise DecodeFailure("E003")
        text = _decode_with(data, encoding)
        if _looks_binary(text):
            raise DecodeFailure("E003")
        return text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if _has_many_control_bytes(data):
            raise DecodeFailure("E003") from None
        text = _decode_detected(data)
    if _looks_binary(text):
        raise DecodeFailure("E003")
    return text


def _encoding_from_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf32_without_bom(data: bytes) -> str | None:
    """UTF-32 saved without a byte-order mark: every character is four bytes, and below U+10000 (all
    of the world's scripts in news text) the two high bytes are NUL, on one side only."""
    sample = data[: 65536 - 65536 % 4]
    if len(data) % 4 or len(sample) < 8:
        return None
    columns = [sample[k::4].count(0) / (len(sample) / 4) for k in range(4)]
    if columns[2] == 1 and columns[3] == 1 and columns[0] < 0.01:
        return "utf-32-le"
    if columns[0] == 1 and columns[1] == 1 and columns[3] < 0.01:
        return "utf-32-be"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark (some Windows tools do): in Latin-script text every
    other byte is NUL, and only on one side. Binary data has NULs scattered on both."""
    sample = data[:65536]
    if len(data) % 2 or len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.5 and even_nuls < 0.01:
        return "utf-16-le"
    if even_nuls > 0.5 and odd_nuls < 0.01:
        return "utf-16-be"
    return None


def _decode_with(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeFailure("E004", f"invalid {encoding} at byte {error.start}") from error


def _decode_detected(data: bytes) -> str:
    best = _preferring_windows_1252(data, from_bytes(data).best())
    if best is None:
        raise DecodeFailure("E004", "not UTF-8 and no other encoding fits")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise DecodeFailure("E004", f"not UTF-8 and not {best.encoding}") from error


def _preferring_windows_1252(data: bytes, best: CharsetMatch | None) -> CharsetMatch | None:
    """Windows-1252 when it reads the bytes about as cleanly as the detector's pick.

    It is by far the most common legacy encoding of news pages (and the web's default for unlabelled
    Western pages), but on a short, mostly-ASCII text the detector often picks a rare DOS or Mac code
    page (cp775, mac_iceland) that turns “smart quotes” and accents into other letters. Text that
    Windows-1252 reads badly (Cyrillic, Polish) keeps the detector's choice.
    """
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and (best is None or western.chaos <= best.chaos + _WESTERN_CHAOS_MARGIN):
        return western
    return best


def _has_many_control_bytes(data: bytes) -> bool:
    sample = data[:65536]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in b"\t\n\r\f\v")
    return controls / len(sample) > _MAX_CONTROL_SHARE


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    return controls / len(sample) > _MAX_CONTROL_SHARE
