"""The JSON Lines formats of the contract: events, documents, quotes, claims, actors."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from eventledger.export.dating import with_date_basis
from eventledger.records import actor_record
from eventledger.store import Store

# ``json.dumps(value, ensure_ascii=False, allow_nan=False)`` without building an encoder per call;
# allow_nan=False because NaN is not JSON and no reader accepts it
encode_json = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """One JSON object a line."""
    for record in records:
        out.write(encode_json(record) + "\n")


def export_events(store: Store, out: TextIO) -> None:
    """The events, each saying where its date comes from (export.dating: an undated event's fallback)."""
    write_jsonl((with_date_basis(json.loads(data), updated) for data, updated in store.iter_event_stamps()), out)


def export_documents(store: Store, out: TextIO) -> None:
    write_jsonl(store.iter_documents(), out)


def export_quotes(store: Store, out: TextIO) -> None:
    write_jsonl(store.iter_quotes(), out)


def export_claims(store: Store, out: TextIO) -> None:
    write_jsonl(store.iter_claims(), out)


def export_actors(store: Store, out: TextIO) -> None:
    write_jsonl((actor_record(a) for a in store.iter_actors()), out)
