"""Read every input of the contract into RawDocuments; bad inputs become Rejections, never exceptions.

``read_inputs`` takes files, folders (read recursively in sorted order, hidden files skipped) and ``-``
for standard input. Formats: ``.txt``, ``.html``/``.htm``, ``.json``, ``.jsonl``, ``.warc``/``.warc.gz``.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from eventledger.ingest.dates import normalise_published
from eventledger.ingest.decode import DecodeFailure, decode_bytes
from eventledger.ingest.html import PageError, extract_page
from eventledger.ingest.records import json_line_limit, read_json, read_jsonl, rejection, unexpected
from eventledger.ingest.text import split_title
from eventledger.models import RawDocument, Rejection

__all__ = ["read_inputs", "html_document", "SUFFIXES", "normalise_published"]

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".warc", ".warc.gz")
STDIN = "-"
STDIN_ORIGIN = "<stdin>"

Item = RawDocument | Rejection


@dataclass(frozen=True)
class _Defaults:
    """What the command line gives for documents that lack it."""

    published: str | None
    source: str | None
    url: str | None


def read_inputs(
    paths: Sequence[str],
    *,
    max_bytes: int = 20_000_000,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[RawDocument | Rejection]:
    """Every document in ``paths``, in order; a bad input yields a ``Rejection`` and reading goes on."""
    defaults = _Defaults(normalise_published(published), source, url)
    for path in paths:
        if path == STDIN:
            items = _read_stdin(stdin or sys.stdin.buffer, max_bytes)
        else:
            items = _read_path(Path(path), max_bytes)
        for item in items:
            yield _with_defaults(item, defaults) if isinstance(item, RawDocument) else item


def _with_defaults(document: RawDocument, defaults: _Defaults) -> RawDocument:
    document.published = document.published or defaults.published
    document.source = document.source or defaults.source
    document.url = document.url or defaults.url
    return document


def _read_path(path: Path, max_bytes: int, visited: set[tuple[int, int]] | None = None) -> Iterator[Item]:
    origin = str(path)
    if path.is_dir():
        yield from _read_folder(path, max_bytes, set() if visited is None else visited)
    elif not path.exists():
        yield rejection(origin, "E001")
    else:
        yield from _read_file(path, max_bytes)


def _read_folder(folder: Path, max_bytes: int, visited: set[tuple[int, int]]) -> Iterator[Item]:
    """A folder's files, recursively; a folder reached again through a symbolic link is read once
    (a link to an ancestor would otherwise recurse without end)."""
    try:
        identity = _folder_identity(folder)
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield rejection(str(folder), "E012", detail=error.strerror or str(error))
        return
    if identity in visited:
        return
    visited.add(identity)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        yield from _read_path(Path(entry.path), max_bytes, visited)


def _folder_identity(folder: Path) -> tuple[int, int]:
    info = folder.stat()  # follows links: the folder itself, however it was reached
    return info.st_dev, info.st_ino


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    origin = str(path)
    suffix = _suffix(path)
    if suffix not in SUFFIXES:
        yield rejection(origin, "E005", suffix=suffix or path.name)
        return
    try:
        size = path.stat().st_size
        if size == 0:
            yield rejection(origin, "E002")
            return
        yield from _read_by_suffix(path, suffix, size, max_bytes)
    except OSError as error:
        yield rejection(origin, "E012", detail=error.strerror or str(error))
    except Exception as error:  # noqa: BLE001 - a reader's surprise costs this file, never the run
        yield unexpected(origin, error)


def _read_by_suffix(path: Path, suffix: str, size: int, max_bytes: int) -> Iterator[Item]:
    origin = str(path)
    if suffix == ".jsonl":
        with path.open("rb") as stream:
            yield from _read_jsonl_file(stream, origin, max_bytes)
        return
    if suffix in (".warc", ".warc.gz"):
        from eventledger.ingest.warc import read_warc  # warcio is imported for WARC files only

        with path.open("rb") as stream:
            yield from read_warc(stream, origin, max_bytes)
        return
    # the single-document formats are read whole; a JSON list is capped per record instead
    if suffix != ".json" and size > max_bytes:
        yield rejection(origin, "E006", size=size, limit=max_bytes)
        return
    yield from _read_whole(path.read_bytes(), suffix, origin, max_bytes)


def _read_jsonl_file(stream: BinaryIO, origin: str, max_bytes: int) -> Iterator[Item]:
    """JSON Lines streamed line by line (crawls can be large); binary data is refused up front
    rather than as thousands of malformed lines."""
    head = stream.read(8192)
    if b"\x00" in head or _is_gzip(head):
        yield rejection(origin, "E003")
        return
    stream.seek(0)
    yield from read_jsonl(stream, origin, max_bytes)


def _is_gzip(head: bytes) -> bool:
    return head[:2] == b"\x1f\x8b"


def _read_whole(data: bytes, suffix: str, origin: str, max_bytes: int) -> Iterator[Item]:
    if not data.strip():
        yield rejection(origin, "E002")
        return
    try:
        text = decode_bytes(data)
    except DecodeFailure as failure:
        yield rejection(origin, failure.code, detail=failure.detail)
        return
    if suffix == ".json":
        yield from read_json(text, origin, max_bytes)
    elif suffix in (".html", ".htm"):
        yield _html_document(text, origin)
    else:
        yield _text_document(text, origin)


def _text_document(text: str, origin: str) -> Item:
    if not text.strip():
        return rejection(origin, "E002")
    title, body = split_title(text)
    return RawDocument(origin=origin, text=body, title=title)


def html_document(html: str, origin: str, url: str | None = None) -> Item:
    """An HTML page read as an ``.html`` file is (fetched pages are read so too); ``url`` is where it
    was found, which helps the extractor."""
    return _html_document(html, origin, url)


def _html_document(html: str, origin: str, url: str | None = None) -> Item:
    try:
        page = extract_page(html, url)
    except PageError as error:
        return rejection(origin, "E018", detail=error.detail)
    if not page.text.strip():
        return rejection(origin, "E014")
    return RawDocument(
        origin=origin,
        text=page.text,
        html=html,
        title=page.title,
        source=page.source,
        url=page.url,
        published=page.published,
    )


def _read_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[Item]:
    """Standard input, its format sniffed: JSON or JSON Lines, HTML, else plain text."""
    whole = json_line_limit(max_bytes)  # the most read at once: one document, JSON-escaped
    try:
        data = stream.read(whole + 1)
    except OSError as error:
        yield rejection(STDIN_ORIGIN, "E012", detail=str(error))
        return
    try:
        if len(data) <= whole:
            yield from _read_stdin_data(data, max_bytes)
        elif data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
            # more than one document can be: JSON Lines (a crawl piped in), streamed line by line
            yield from read_jsonl(_prefixed(data, stream), STDIN_ORIGIN, max_bytes)
        else:
            yield rejection(STDIN_ORIGIN, "E006", size=f"more than {whole}", limit=max_bytes)
    except Exception as error:  # noqa: BLE001 - as for files: a rejection, never the end of the run
        yield unexpected(STDIN_ORIGIN, error)


def _prefixed(head: bytes, rest: BinaryIO) -> io.BufferedReader:
    """``head`` (already read) followed by the rest of the stream, as one readable stream."""

    class Joined(io.RawIOBase):
        def __init__(self) -> None:
            self.head = memoryview(head)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            if self.head:
                size = min(len(buffer), len(self.head))
                buffer[:size] = self.head[:size]
                self.head = self.head[size:]
                return size
            chunk = rest.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    return io.BufferedReader(Joined(), buffer_size=1 << 16)


def _read_stdin_data(data: bytes, max_bytes: int) -> Iterator[Item]:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"["):
        yield from _read_stdin_json(data, max_bytes)
        return
    if len(data) > max_bytes:
        yield rejection(STDIN_ORIGIN, "E006", size=f"more than {max_bytes}", limit=max_bytes)
        return
    yield from _read_whole(data, ".html" if head == b"<" else ".txt", STDIN_ORIGIN, max_bytes)


def _read_stdin_json(data: bytes, max_bytes: int) -> Iterator[Item]:
    try:
        text = decode_bytes(data)
    except DecodeFailure as failure:
        yield rejection(STDIN_ORIGIN, failure.code, detail=failure.detail)
        return
    items = list(read_json(text, STDIN_ORIGIN, max_bytes))
    if len(items) == 1 and isinstance(items[0], Rejection) and items[0].code == "E007":
        # not one JSON value: read it as JSON Lines
        items = list(read_jsonl(io.BytesIO(data), STDIN_ORIGIN, max_bytes))
    yield from items


