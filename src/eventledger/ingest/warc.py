"""WARC files (CC-NEWS and other crawls): every HTTP response with an HTML body."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from trafilatura.utils import decode_file
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventledger.ingest.html import extract_page
from eventledger.ingest.records import rejection
from eventledger.models import RawDocument, Rejection

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """Each HTML response record as a document named ``origin#record-N`` (N counts every record from 1)."""
    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.format != "warc" or not record.rec_type:
                # warcio reads almost anything as an old-style ARC record; we only take WARC
                bad = f"{origin}#record-{number}"
                yield rejection(bad, "E010", record=number, detail="not a WARC record")
                return
            if not _is_html_response(record):
                continue
            yield _record_document(record, f"{origin}#record-{number}", number, max_bytes)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as error:
        bad = number + 1
        yield rejection(f"{origin}#record-{bad}", "E010", record=bad, detail=str(error) or "truncated")


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
