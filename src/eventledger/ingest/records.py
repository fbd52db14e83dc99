"""JSON and JSON Lines records (news-please shape) to RawDocuments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from eventledger import strict_json
from eventledger.errors import MESSAGES, format_message
from eventledger.ingest.dates import normalise_published, parse_published
from eventledger.ingest.decode import DecodeFailure, decode_bytes
from eventledger.ingest.html import PageError, extract_page
from eventledger.models import RawDocument, Rejection

KNOWN_FIELDS = ("id", "url", "source", "published", "title", "text", "html", "language")
# news-please's own names, read when the contract's name is absent
FIELD_ALIASES = {"maintext": "text", "date_publish": "published", "source_domain": "source"}
_STRING_FIELDS = ("url", "source", "title", "language")
# JSON escaping can make a line up to six times its text; this much over max_bytes is still a document
_LINE_HEADROOM = 6


class RecordError(Exception):
    def __init__(self, code: str, **details: object) -> None:
        super().__init__(code)
        self.code = code
        self.details = details


def rejection(origin: str, code: str, **details: object) -> Rejection:
    """A Rejection whose message is the numbered message of ``errors.py``."""
    return Rejection(origin=origin, code=code, message=format_message(code, details))


def unexpected(origin: str, error: BaseException) -> Rejection:
    """A library's (or our own) unforeseen exception on one input, as that input's rejection."""
    return rejection(origin, "E016", detail=f"{type(error).__name__}: {error}")


def record_to_document(record: Any, origin: str, label: str | int, max_bytes: int) -> RawDocument | Rejection:
    """One article record; ``label`` names it in messages (a line number or a list index)."""
    try:
        return _build_document(record, origin, label, max_bytes)
    except RecordError as error:
        return rejection(origin, error.code, record=label, **error.details)
    except Exception as error:  # noqa: BLE001 - one record's surprise must not end the run
        return unexpected(origin, error)


def _build_document(record: Any, origin: str, label: str | int, max_bytes: int) -> RawDocument:
    if not isinstance(record, dict):
        raise RecordError("E009", detail=f"expected a JSON object, found {type(record).__name__}")
    record = _with_aliases(record)
    text, html = _body_fields(record)
    _check_size(text if text is not None else html or "", max_bytes)
    published = _published(record.get("published"))
    fields = {name: _string_field(record, name) for name in _STRING_FIELDS}
    document = RawDocument(
        origin=origin,
        text=text,
        html=html,
        input_id=_record_id(record.get("id")),
        published=published,
        extra={k: v for k, v in record.items() if k not in KNOWN_FIELDS},
        **fields,
    )
    if text is None:
        _fill_from_html(document)
    return document


def _with_aliases(record: dict[str, Any]) -> dict[str, Any]:
    renamed = dict(record)
    for alias, name in FIELD_ALIASES.items():
        if alias in renamed and renamed.get(name) in (None, ""):
            renamed[name] = renamed.pop(alias)
    return renamed


def _body_fields(record: dict[str, Any]) -> tuple[str | None, str | None]:
    text, html = record.get("text"), record.get("html")
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise RecordError("E009", detail=f"'{name}' must be a string, not {type(value).__name__}")
    text = text if text and text.strip() else None
    html = html if html and html.strip() else None
    if text is None and html is None:
        raise RecordError("E008")
    return text, html


def _check_size(body: str, max_bytes: int) -> None:
    size = len(body.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise RecordError("E006", size=size, limit=max_bytes)


def _published(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if parse_published(value) is None:
        raise RecordError("E013", value=value)
    return normalise_published(value)  # None for a placeholder such as 0001-01-01: the article is kept


def _string_field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordError("E009", detail=f"'{name}' must be a string, not {type(value).__name__}")
    return value.strip() or None


def _record_id(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise RecordError("E009", detail=f"'id' must be a string or an integer, not {type(value).__name__}")
    return str(value)


def _fill_from_html(document: RawDocument) -> None:
    try:
        page = extract_page(document.html or "", document.url)
    except PageError as error:
        raise RecordError("E018", detail=error.detail) from error
    if not page.text.strip():
        raise RecordError("E014")
    document.text = page.text
    document.title = document.title or page.title
    document.published = document.published or page.published
    document.source = document.source or page.source
    document.url = document.url or page.url


def json_line_limit(max_bytes: int) -> int:
    """The most bytes one JSON line (or one JSON document read whole) may take: a document, JSON-escaped."""
    return max_bytes * _LINE_HEADROOM + 65536


def read_jsonl(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """One record a line; a bad line is rejected and the lines around it are still read."""
    line_limit = json_line_limit(max_bytes)
    for number, raw_line, size in _bounded_lines(stream, line_limit):
        line_origin = f"{origin}:{number}"
        if size > line_limit:
            yield rejection(line_origin, "E006", size=size, limit=max_bytes)
            continue
        if not raw_line.strip():
            continue
        yield _jsonl_record(raw_line, line_origin, number, max_bytes)


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes, int]]:
    """``(number, line, size)`` for each line; a line over ``limit`` bytes is skipped unread (its
    ``line`` empty, its ``size`` what was counted) so one endless line cannot fill the memory."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit:
            yield number, line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield number, b"", size


def _jsonl_record(raw_line: bytes, origin: str, number: int, max_bytes: int) -> RawDocument | Rejection:
    try:
        line = decode_bytes(raw_line)
    except DecodeFailure as failure:
        detail = f"{MESSAGES[failure.code]} {failure.detail}".strip()
        return rejection(origin, "E007", line=number, detail=detail)
    try:
        record = strict_json.loads(line)
    except strict_json.JSONRejected as error:
        return rejection(origin, error.code, line=number, detail=error.detail)
    return record_to_document(record, origin, number, max_bytes)


def read_json(text: str, origin: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """One record, or a list of records (each named ``origin#record-N``, counting from 1)."""
    try:
        data = strict_json.loads_records(text)
    except strict_json.JSONRejected as error:
        yield rejection(origin, error.code, line=error.line, detail=error.detail)
        return
    if isinstance(data, list):
        for index, record in enumerate(data, start=1):
            record_origin = f"{origin}#record-{index}"
            if isinstance(record, strict_json.JSONRejected):
                yield rejection(record_origin, "E017", line=1, detail=record.detail)
            else:
                yield record_to_document(record, record_origin, index, max_bytes)
    else:
        yield record_to_document(data, origin, 1, max_bytes)
