"""The JSON Lines formats of the contract: events, documents, quotes, claims, actors."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from eventledger.export.dating import day_of, with_date_basis
from eventledger.records import actor_record
from eventledger.store import Store

# ``json.dumps(value, ensure_ascii=False, allow_nan=False)`` without building an encoder per call;
# allow_nan=False because NaN is not JSON and no reader accepts it
encode_json = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
WRITE_BATCH = 1000  # lines joined into one write


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """One JSON object a line."""
    for record in records:
        out.write(encode_json(record) + "\n")


# what ``with_date_basis`` adds to an event that has its own date, as ``encode_json`` writes it
_DATED_TAIL = ', "date_basis": "extracted", "fallback_date": null, "fallback_time_precision": null}'
_DATE_KEY = '"event_date": "'


def top_level_key(data: str, key: str) -> int:
    """Where ``key`` (a quoted name with its colon) starts in a stored record's text, when it is one of the
    record's own keys and no object opens before it; else -1. In a text value every quote is escaped, so
    a match is a key; with no brace before it, it is not a key of a nested object (a brace inside a text
    before it only sends the record the slow way)."""
    at = data.find(key)
    return at if at > 0 and data.find("{", 1, at) < 0 else -1


def dated_record(data: str) -> str | None:
    """The ``events`` export's text of an event with its own date, from its stored record (JSON text), or
    None for any other. The store writes a record as ``json.dumps(record, ensure_ascii=False,
    sort_keys=True)`` (its ``_json``), which decoding and encoding again without sorting gives back byte
    for byte; so a dated event's text is its stored text with the date basis appended, without the
    decoding and encoding that were most of the export's time. An undated event (its date comes from its
    reports) is None, as is any record that already names a date basis or a fallback."""
    at = top_level_key(data, _DATE_KEY)
    if (at > 0 and data[-1] == "}" and day_of(data[at + len(_DATE_KEY):at + len(_DATE_KEY) + 10]) is not None
            and '"date_basis"' not in data and '"fallback_' not in data):
        return data[:-1] + _DATED_TAIL
    return None


def event_line(data: str, updated: str | None) -> str:
    """An event's line of the ``events`` export (without its line end) from its stored record."""
    return dated_record(data) or encode_json(with_date_basis(json.loads(data), updated))


def export_events(store: Store, out: TextIO) -> None:
    """The events, each saying where its date comes from (export.dating: an undated event's fallback)."""
    lines: list[str] = []
    for data, updated in store.iter_event_stamps():
        lines.append(event_line(data, updated))
        if len(lines) == WRITE_BATCH:
            lines.append("")
            out.write("\n".join(lines))
            lines.clear()
    if lines:
        lines.append("")
        out.write("\n".join(lines))


def export_documents(store: Store, out: TextIO) -> None:
    write_jsonl(store.iter_documents(), out)


def export_quotes(store: Store, out: TextIO) -> None:
    write_jsonl(store.iter_quotes(), out)


def export_claims(store: Store, out: TextIO) -> None:
    write_jsonl(store.iter_claims(), out)


def export_actors(store: Store, out: TextIO) -> None:
    write_jsonl((actor_record(a) for a in store.iter_actors()), out)
