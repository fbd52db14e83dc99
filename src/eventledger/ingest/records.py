"""JSON and JSON Lines records (news-please shape) to RawDocuments."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import IO, Any

from eventledger.errors import MESSAGES
from eventledger.ingest.dates import normalise_published, parse_published
from eventledger.ingest.decode import DecodeFailure, decode_bytes
from eventledger.ingest.html import extract_page
from eventledger.models import RawDocument, Rejection

KNOWN_FIELDS = ("id", "url", "source", "published", "title", "text", "html", "language")
# news-please's own names, read when the contract's name is absent
FIELD_ALIASES = {"maintext": "text", "date_publish": "published", "source_domain": "source"}
_STRING_FIELDS = ("url", "source", "title", "language")
_SURROGATE = re.compile("[\ud800-\udfff]")


class RecordError(Exception):
    def __init__(self, code: str, **details: object) -> None:
        super().__init__(code)
        self.code = code
        self.details = details


def rejection(origin: str, code: str, **details: object) -> Rejection:
    """A Rejection whose message is the numbered message of ``errors.py``."""
    template = MESSAGES[code]
    try:
        message = template.format(**details)
    except (KeyError, IndexError):
        message = template
    return Rejection(origin=origin, code=code, message=message)


def record_to_document(record: Any, origin: str, label: str | int, max_bytes: int) -> RawDocument | Rejection:
    """One article record; ``label`` names it in messages (a line number or a list index)."""
    try:
        return _build_document(record, origin, label, max_bytes)
    except RecordError as error:
        return rejection(origin, error.code, record=label, **error.details)


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
    page = extract_page(document.html or "", document.url)
    if not page.text.strip():
        raise RecordError("E014")
    document.text = page.text
    document.title = document.title or page.title
    document.published = document.published or page.published
    document.source = document.source or page.source
    document.url = document.url or page.url


def load_json(text: str) -> Any:
    """``json.loads`` made safe to store and to export again as strict JSON.

    Python's decoder accepts what strict JSON writers refuse later: lone surrogates (``"\\ud800"``,
    which UTF-8 cannot encode, so the database write would fail) and ``NaN``/``Infinity``/``1e400``
    (which the exports' ``allow_nan=False`` refuses). They become U+FFFD and null. Nesting deeper than
    the decoder can follow is raised as ``json.JSONDecodeError``, like any other bad JSON.
    """
    try:
        return _plain(json.loads(text))
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None


def _plain(value: Any) -> Any:
    # iterative: a record nested a few hundred levels deep must not exhaust the Python stack here
    root = [value]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        container, key = stack.pop()
        item = container[key]
        if isinstance(item, str):
            container[key] = _plain_string(item)
        elif isinstance(item, float) and not math.isfinite(item):
            container[key] = None
        elif isinstance(item, list):
            stack.extend((item, index) for index in range(len(item)))
        elif isinstance(item, dict):
            cleaned = {_plain_string(k): v for k, v in item.items()}
            item.clear()
            item.update(cleaned)
            stack.extend((item, k) for k in item)
    return root[0]


def _plain_string(text: str) -> str:
    if text.isascii():  # the common case, and surrogates are never ASCII
        return text
    return _SURROGATE.sub("\ufffd", text)


def read_jsonl(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """One record a line; a bad line is rejected and the lines around it are still read."""
    for number, raw_line in enumerate(stream, start=1):
        if not raw_line.strip():
            continue
        line_origin = f"{origin}:{number}"
        try:
            line = decode_bytes(raw_line)
        except DecodeFailure as failure:
            detail = f"{MESSAGES[failure.code]} {failure.detail}".strip()
            yield rejection(line_origin, "E007", line=number, detail=detail)
            continue
        try:
            record = load_json(line)
        except json.JSONDecodeError as error:
            yield rejection(line_origin, "E007", line=number, detail=error.msg)
            continue
        yield record_to_document(record, line_origin, number, max_bytes)


def read_json(text: str, origin: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    """One record, or a list of records (each named ``origin#record-N``, counting from 1)."""
    try:
        data = load_json(text)
    except json.JSONDecodeError as error:
        yield rejection(origin, "E007", line=error.lineno, detail=error.msg)
        return
    if isinstance(data, list):
        for index, record in enumerate(data, start=1):
            yield record_to_document(record, f"{origin}#record-{index}", index, max_bytes)
    else:
        yield record_to_document(data, origin, 1, max_bytes)
