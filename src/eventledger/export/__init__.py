"""Writes the ledger out in the contract's formats. Every format is a function ``(store, out) -> None``
over a text stream; the same functions serve the CLI and the HTTP API.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from eventledger.errors import EventLedgerError
from eventledger.kb.actors import load_actor_kb
from eventledger.kb.taxonomy import disorder_type, is_acled
from eventledger.records import actor_record
from eventledger.store import Store

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]


def _write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")


def export_events(store: Store, out: TextIO) -> None:
    _write_jsonl(store.iter_events(), out)


def export_documents(store: Store, out: TextIO) -> None:
    _write_jsonl(store.iter_documents(), out)


def export_quotes(store: Store, out: TextIO) -> None:
    _write_jsonl(store.iter_quotes(), out)


def export_claims(store: Store, out: TextIO) -> None:
    _write_jsonl(store.iter_claims(), out)


def export_actors(store: Store, out: TextIO) -> None:
    _write_jsonl((actor_record(a) for a in store.iter_actors()), out)


def _inter_code(actor: str | None, on: dt.date | None) -> int | None:
    """ACLED's interaction code of an actor (1 state forces … 8 external/other), from the actor KB."""
    if not actor:
        return None
    kb = load_actor_kb()
    entry = kb.get(actor)
    if entry is None:
        return None
    return kb.as_of(entry, on).inter


def acled_row(event: dict[str, Any], timestamp: str | None) -> dict[str, Any]:
    date = dt.date.fromisoformat(event["event_date"]) if event["event_date"] else None
    inter1 = _inter_code(event["actor1"], date)
    inter2 = _inter_code(event["actor2"], date)
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    interaction = "".join(str(c) for c in codes) if codes else ""
    if len(codes) == 1:
        interaction = f"{codes[0]}0"
    stamp = ""
    if timestamp:
        stamp = str(int(dt.datetime.fromisoformat(timestamp.replace("Z", "+00:00")).timestamp()))
    outlets = sorted({s["source"] for s in event["sources"] if s.get("source")})
    return {
        "event_id_cnty": event["event_id"],
        "event_date": event["event_date"] or "",
        "year": date.year if date else "",
        "time_precision": event["time_precision"] or "",
        "disorder_type": disorder_type(event["sub_event_type"]),
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "actor1": event["actor1"] or "",
        "assoc_actor_1": (event["assoc_actor_1"] or "").replace(";", "; "),
        "inter1": inter1 or "",
        "actor2": event["actor2"] or "",
        "assoc_actor_2": (event["assoc_actor_2"] or "").replace(";", "; "),
        "inter2": inter2 or "",
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if event["civilian_targeting"] else "",
        "iso": "",
        "region": "",
        "country": event["country"] or "",
        "admin1": event["admin1"] or "",
        "admin2": event["admin2"] or "",
        "admin3": "",
        "location": event["location"] or "",
        "latitude": "" if event["latitude"] is None else f"{event['latitude']:.4f}",
        "longitude": "" if event["longitude"] is None else f"{event['longitude']:.4f}",
        "geo_precision": event["geo_precision"] or "",
        "source": "; ".join(outlets),
        "source_scale": "",
        "notes": event["notes"],
        "fatalities": "" if event["fatalities"] is None else event["fatalities"],
        "tags": "",
        "timestamp": stamp,
    }


def export_acled_csv(store: Store, out: TextIO) -> None:
    """ACLED's columns, in ACLED's order; the extension types (outside ACLED) are left out."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in store.iter_events():
        if is_acled(event["sub_event_type"]):
            writer.writerow(acled_row(event, store.event_updated(event["event_id"])))


def geojson_feature(event: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": event["event_id"],
        "geometry": {"type": "Point", "coordinates": [event["longitude"], event["latitude"]]},
        "properties": event,
    }


def export_geojson(store: Store, out: TextIO) -> None:
    features = [
        geojson_feature(e) for e in store.iter_events() if e["latitude"] is not None and e["longitude"] is not None
    ]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")


def export_stix(store: Store, out: TextIO) -> None:
    from eventledger.export.stix import write_stix_bundle

    write_stix_bundle(store, out)


EXPORTERS: dict[str, Callable[[Store, TextIO], None]] = {
    "events": export_events,
    "documents": export_documents,
    "quotes": export_quotes,
    "claims": export_claims,
    "actors": export_actors,
    "acled-csv": export_acled_csv,
    "geojson": export_geojson,
    "stix": export_stix,
}

MEDIA_TYPES = {
    "acled-csv": "text/csv",
    "geojson": "application/geo+json",
    "stix": "application/json",
}


def write_export(store: Store, name: str, out: TextIO) -> None:
    exporter = EXPORTERS.get(name)
    if exporter is None:
        raise EventLedgerError("E105", name=name, choices=", ".join(EXPORTERS))
    exporter(store, out)
