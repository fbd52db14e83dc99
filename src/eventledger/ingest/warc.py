"""WARC files (CC-NEWS and other crawls): every HTTP response with an HTML body."""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from typing import IO

from trafilatura.utils import decode_file
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventledger.ingest.html import PageError, extract_page
from eventledger.ingest.records import rejection, unexpected
from eventledger.models import RawDocument, Rejection
from eventledger.settings import get_setting

# warcio logs what it repairs in a record (spaces in a target URI), quoting the whole header: standard
# error holds one line per rejected input, and a repaired record is no rejection
logging.getLogger("warcio").setLevel(logging.ERROR)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"
# warcio reads a header line by appending block after block: with its 16 KB blocks a line of tens of MB
# (a bomb's) costs minutes of copying, with 1 MB blocks well under a second
_BLOCK = 1 << 20
# what warcio and gzip raise on a broken file by design; anything else is named by its type
_KNOWN_FAILURES = (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error)


class StreamLimit(Exception):
    """The guarded stream went past one of its limits; ``code`` and ``details`` make the rejection."""

    def __init__(self, code: str, **details: object) -> None:
        super().__init__(code)
        self.code, self.details = code, details


class GunzipStream:
    """The decompressed bytes of a gzip file of one or many members (a .warc.gz has one per record),
    a bounded piece at a time. Unlike ``gzip.GzipFile``, a cut-off file gives every byte before the cut
    and only then raises ``EOFError``, so the records before it are still read."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.member = zlib.decompressobj(wbits=31)
        self.pending = b""  # compressed bytes read but not yet decompressed
        self.in_member = False  # a member has begun and not ended

    def read(self, size: int = -1) -> bytes:
        limit = size if 0 < size <= 1 << 20 else 1 << 20
        while True:
            if not self.pending:
                self.pending = self.raw.read(1 << 16)
                if not self.pending:
                    if self.in_member:
                        raise EOFError("the gzip stream is cut off (a truncated download?)")
                    return b""
            data = self.member.decompress(self.pending, limit)
            self.in_member = True
            self.pending = self.member.unconsumed_tail
            if self.member.eof:
                # the next member starts in what is left, which is unused_data alone: after a call that hit
                # the output limit, zlib leaves that input in unconsumed_tail as well, and joining the two
                # fed it twice (a corrupt stream after any member of over 1 MB decompressed)
                self.pending = self.member.unused_data
                self.member = zlib.decompressobj(wbits=31)
                self.in_member = False
            if data:
                return data


class GuardedStream:
    """A binary stream that stops (``StreamLimit``) past ``total`` bytes, or past ``line`` bytes without
    a newline: WARC headers are read line by line, and a gzip bomb of one endless "line" would
    otherwise be read whole into memory (and quoted whole in warcio's error message)."""

    def __init__(self, raw: IO[bytes] | GunzipStream, *, total: int, line: int) -> None:
        self.raw, self.total, self.line = raw, total, line
        self.offset = 0
        self.since_newline = 0

    def tell(self) -> int:
        return self.offset

    def read(self, size: int = -1) -> bytes:
        # a bounded read even when asked for everything, so the limits are checked as it goes
        data = self.raw.read(size if 0 <= size <= 1 << 20 else 1 << 20)
        self.offset += len(data)
        if self.offset > self.total:
            raise StreamLimit("E020", limit=self.total)
        newline = data.rfind(b"\n")
        self.since_newline = len(data) - newline - 1 if newline >= 0 else self.since_newline + len(data)
        if self.since_newline > self.line:
            raise StreamLimit("E010", detail=f"more than {self.line} bytes without a line break; not a WARC file")
        return data


def guarded_stream(stream: IO[bytes], max_bytes: int) -> GuardedStream:
    """The decompressed stream of a WARC file (warcio then reads plain WARC), within the limits."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    raw: IO[bytes] | GunzipStream = buffered
    if buffered.peek(2)[:2] == _GZIP_MAGIC:  # type: ignore[attr-defined]
        raw = GunzipStream(buffered)
    total = int(get_setting("max_stream_bytes"))  # type: ignore[arg-type]
    # a page may be one long line (minified HTML), but not longer than twice the largest document
    return GuardedStream(raw, total=total, line=2 * max_bytes + (1 << 20))


class _QuietArchiveIterator(ArchiveIterator):
    # warcio writes a warning to stderr for each record it finds misaligned, quoting the line it found
    # there; our rejection says it once, with a length limit
    INC_RECORD = ""


def read_warc(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """Each HTML response record as a document named ``origin#record-N`` (N counts every record from 1)."""
    number = 0
    try:
        for record in _QuietArchiveIterator(guarded_stream(stream, max_bytes), block_size=_BLOCK):
            number += 1
            if record.format != "warc" or not record.rec_type:
                # warcio reads almost anything as an old-style ARC record; we only take WARC
                bad = f"{origin}#record-{number}"
                yield rejection(bad, "E010", record=number, detail="not a WARC record")
                return
            if not _is_html_response(record):
                continue
            try:
                yield _guarded_record_document(record, f"{origin}#record-{number}", number, max_bytes)
            except StreamLimit as limit:
                yield rejection(f"{origin}#record-{number}", limit.code, record=number, **limit.details)
                return
            except (OSError, EOFError, zlib.error) as error:  # the file breaks inside this record
                detail = str(error) or "truncated"
                yield rejection(f"{origin}#record-{number}", "E010", record=number, detail=detail)
                return
    except StreamLimit as limit:
        bad = number + 1
        yield rejection(f"{origin}#record-{bad}", limit.code, record=bad, **limit.details)
    except Exception as error:  # noqa: BLE001 - warcio raises AttributeError, ValueError... on a broken file
        bad = number + 1
        detail = str(error) if isinstance(error, _KNOWN_FAILURES) else f"{type(error).__name__}: {error}"
        yield rejection(f"{origin}#record-{bad}", "E010", record=bad, detail=detail or "truncated")


def _guarded_record_document(record: object, origin: str, number: int, max_bytes: int) -> RawDocument | Rejection:
    try:
        return _record_document(record, origin, number, max_bytes)
    except PageError as error:
        return rejection(origin, "E018", detail=error.detail)
    except (StreamLimit, OSError, EOFError, zlib.error):
        raise  # the file itself is broken here: the records after this one cannot be read either
    except Exception as error:  # noqa: BLE001 - this record's surprise, the next records are still read
        return unexpected(origin, error)


def _is_html_response(record: object) -> bool:
    if getattr(record, "rec_type", None) != "response" or record.http_headers is None:  # type: ignore[attr-defined]
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()  # type: ignore[attr-defined]
    return any(kind in content_type for kind in _HTML_TYPES)


def _record_document(record: object, origin: str, number: int, max_bytes: int) -> RawDocument | Rejection:
    body = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(body) > max_bytes:
        return rejection(origin, "E006", size=f"more than {max_bytes}", limit=max_bytes)
    missing = _missing_bytes(record)
    if missing:
        # warcio hands out a cut-off record (a truncated download or gzip member) without complaint
        return rejection(origin, "E010", record=number, detail=f"the record is truncated ({missing} bytes missing)")
    if not body.strip():
        return rejection(origin, "E008", record=number)
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    page = extract_page(_decode_html(body), url)
    if not page.text.strip():
        return rejection(origin, "E014")
    return RawDocument(
        origin=origin,
        text=page.text,
        title=page.title,
        source=page.source,
        url=page.url or url,
        published=page.published,
        extra={"crawl_date": record.rec_headers.get_header("WARC-Date")},  # type: ignore[attr-defined]
    )


def _missing_bytes(record: object) -> int:
    """Bytes that the record's Content-Length promises but the file does not have.

    The rest of the raw record is read first: a chunked or compressed body can end before its record
    does (the final CRLF of a chunked body), and those bytes are there, not missing.
    """
    raw = record.raw_stream  # type: ignore[attr-defined]
    while raw.read(1 << 20):
        pass
    return max(0, int(getattr(raw, "limit", 0) or 0))


def _decode_html(body: bytes) -> str:
    # trafilatura's decoder knows about <meta charset>, which crawled pages rely on
    return decode_file(body)
