"""The `geojson` format: an RFC 7946 FeatureCollection of the events that have coordinates."""

from __future__ import annotations

import json
import math
from typing import Any, TextIO

from eventledger.export.dating import with_date_basis
from eventledger.export.jsonl import encode_json
from eventledger.store import Store


def has_point(event: dict[str, Any]) -> bool:
    """True when the event has WGS84 coordinates a map can draw (finite, within range)."""
    lat, lon = event.get("latitude"), event.get("longitude")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return False
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


def geojson_feature(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a Point feature; RFC 7946 orders coordinates longitude first."""
    return {
        "type": "Feature",
        "id": event["event_id"],
        "geometry": {"type": "Point", "coordinates": [event["longitude"], event["latitude"]]},
        "properties": event,
    }


def export_geojson(store: Store, out: TextIO) -> None:
    """The `events` fields as properties, where the date comes from included (export.dating). Streamed a
    feature at a time, in the bytes ``json.dump`` gives the whole collection: holding a million features
    took 2.7 GB, and ``json.dump`` encodes in Python where one ``encode`` per feature runs in C."""
    out.write('{"type": "FeatureCollection", "features": [')
    separator = ""
    for data, updated in store.iter_event_stamps():
        event = with_date_basis(json.loads(data), updated)
        if has_point(event):
            out.write(separator + encode_json(geojson_feature(event)))
            separator = ", "
    out.write("]}\n")
