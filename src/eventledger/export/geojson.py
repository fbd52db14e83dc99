"""The `geojson` format: an RFC 7946 FeatureCollection of the events that have coordinates."""

from __future__ import annotations

import json
import math
import re
from typing import Any, TextIO

from eventledger.export.dating import with_date_basis
from eventledger.export.jsonl import dated_record, encode_json, top_level_key
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


_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")  # a JSON number's text
_EVENT_ID = '"event_id": '  # in a text value a quote is escaped: these are only ever keys
_COORDINATES = ('"longitude": ', '"latitude": ')


def _number_text(data: str, key: str) -> str | None:
    """The text of a stored record's own number ``key`` ("null" included), None when it is anything else
    or not found."""
    at = top_level_key(data, key)
    if at < 0:
        return None
    start = at + len(key)
    end = data.find(",", start)
    text = data[start:end] if end > 0 else ""
    return text if text == "null" or _NUMBER.fullmatch(text) else None


def stored_feature(data: str) -> str | None:
    """The text ``geojson_feature`` gives an event, from its stored record (see ``jsonl.dated_record``:
    the stored text is what encoding the decoded record gives, the coordinates' text included): "" for an
    event without a point (a null coordinate, or one off the map), None for one to decode (undated, or
    any other record)."""
    longitude, latitude = (_number_text(data, key) for key in _COORDINATES)
    if longitude is None or latitude is None:
        return None
    if longitude == "null" or latitude == "null":
        return ""
    lon, lat = float(longitude), float(latitude)
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return ""  # has_point's test, on the same numbers
    properties = dated_record(data)
    key = top_level_key(data, _EVENT_ID)
    start = key + len(_EVENT_ID)
    if properties is None or key < 0 or data[start:start + 1] != '"':
        return None
    end = json.decoder.scanstring(data, start + 1)[1]  # just past the id's closing quote
    return (f'{{"type": "Feature", "id": {data[start:end]}, "geometry": {{"type": "Point", "coordinates":'
            f' [{longitude}, {latitude}]}}, "properties": {properties}}}')


def export_geojson(store: Store, out: TextIO) -> None:
    """The `events` fields as properties, where the date comes from included (export.dating). Streamed a
    feature at a time, in the bytes ``json.dump`` gives the whole collection: holding a million features
    took 2.7 GB, and ``json.dump`` encodes in Python. A dated event's feature is built around its stored
    text (``stored_feature``), any other decoded and encoded."""
    out.write('{"type": "FeatureCollection", "features": [')
    separator = ""
    for data, updated in store.iter_event_stamps():
        feature = stored_feature(data)
        if feature is None:
            event = with_date_basis(json.loads(data), updated)
            feature = encode_json(geojson_feature(event)) if has_point(event) else ""
        if feature:
            out.write(separator + feature)
            separator = ", "
    out.write("]}\n")
