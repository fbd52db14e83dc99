"""An HTTP body's content codings (``Content-Encoding: gzip``, ``deflate``) undone a bounded piece at a time.

httpx undoes them a network chunk at a time, each chunk whole: a 64 KB chunk of a gzip bomb is 64 MB
at once, and with two codings (``gzip, gzip``) a 2 KB answer was a gigabyte in one call, long before the
fetcher's byte limit could be checked. Here every layer gives out at most ``PIECE`` bytes per step, so
the fetcher stops at its limit having held little more than that.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

import httpx

PIECE = 1 << 16  # bytes a layer gives out per step
ACCEPTED = "gzip, deflate"  # what the fetcher asks for: the codings undone here
_GZIP_WBITS = 16 + zlib.MAX_WBITS


def decoded(raw: Iterable[bytes], content_encoding: str | None) -> Iterator[bytes]:
    """The body of ``raw`` chunks with the codings of ``content_encoding`` undone, last applied first.
    A coding not undone here (not asked for) is left as it is, as httpx does; a broken stream raises
    ``httpx.DecodingError`` (what httpx raises for it)."""
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    stream: Iterator[bytes] = iter(raw)
    for coding in reversed(codings):
        if coding in ("gzip", "x-gzip"):
            stream = _inflated(stream, _GZIP_WBITS)
        elif coding == "deflate":
            stream = _inflated(stream, zlib.MAX_WBITS, raw_fallback=True)
    return stream


def _inflated(chunks: Iterator[bytes], wbits: int, *, raw_fallback: bool = False) -> Iterator[bytes]:
    """One layer undone. ``raw_fallback``: "deflate" is meant to be zlib-wrapped, but servers send it
    bare too; a stream whose first bytes are not a zlib header is read as bare deflate."""
    inflater = zlib.decompressobj(wbits)
    started = False
    try:
        for chunk in chunks:
            data = chunk
            while data and not inflater.eof:
                try:
                    piece = inflater.decompress(data, PIECE)
                except zlib.error:
                    if started or not raw_fallback:
                        raise
                    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    piece = inflater.decompress(data, PIECE)
                started = True
                if piece:
                    yield piece
                data = inflater.unconsumed_tail
        while not inflater.eof and (piece := inflater.decompress(b"", PIECE)):
            yield piece  # what the last input held beyond the last piece
    except zlib.error as error:
        raise httpx.DecodingError(f"a broken compressed body: {error}") from None
