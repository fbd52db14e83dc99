"""GET /api/overview: the map and timeline of every event the filters select (the filters of
/api/events), counted on the server. Up to MAX_POINTS located events come one by one (all of them, or
those in the map's view); more come as counts per grid cell for the map's zoom and view, flagged
``aggregated`` so the page can say so."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from eventledger.event_query import FilterQuery, resolve
from eventledger.store import Store
from eventledger.store.overview import MAX_POINTS, Box, cell_degrees, map_counts, map_points, timeline_counts
from eventledger.web.api import filter_query, json_response
from eventledger.web.app import ApiError, ledger_of

router = APIRouter(prefix="/api", tags=["ledger"])

CACHE_SIZE = 64  # overviews kept per server (a whole-ledger grid of 100,000 events takes ~0.1 s to count)
_cache: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()
_cache_lock = threading.Lock()


def overview(store: Store, query: FilterQuery, zoom: int, box: Box | None) -> dict[str, Any]:
    filters = resolve(store, query)
    timeline = timeline_counts(store, filters)
    counts = map_counts(store, filters, cell_degrees(zoom), box)
    body: dict[str, Any] = {
        "total": timeline.dated + timeline.undated, "dated": timeline.dated, "undated": timeline.undated,
        "located": counts.located,
        "timeline": {"bucket": timeline.bucket,
                     "counts": [{"start": a, "end": b, "count": n} for a, b, n in timeline.counts]},
    }
    if counts.located <= MAX_POINTS:
        body["map"] = {"aggregated": False, "in_view": False, "points": map_points(store, filters)}
        return body
    if box and counts.in_view <= MAX_POINTS:  # zoomed in far enough: the events in view one by one
        body["map"] = {"aggregated": False, "in_view": True, "located_in_view": counts.in_view,
                       "points": map_points(store, filters, box=box)}
        return body
    body["map"] = {"aggregated": True, "in_view": box is not None, "located_in_view": counts.in_view,
                   "cell_degrees": counts.degrees, "cells": counts.cells}
    return body


def parse_box(text: str | None) -> Box | None:
    """"south,west,north,east" in degrees; None for no box (the whole map)."""
    if not text:
        return None
    try:
        south, west, north, east = (float(part) for part in text.split(","))
    except ValueError:
        raise ApiError(422, "invalid_request", "bbox: give south,west,north,east in degrees") from None
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise ApiError(422, "invalid_request", "bbox: latitudes -90..90 (south <= north), longitudes -180..180")
    return Box(round(south, 3), round(west, 3), round(north, 3), round(east, 3))


@router.get("/overview")
def get_overview(
    request: Request,
    query: Annotated[FilterQuery, Depends(filter_query)],
    zoom: Annotated[int, Query(ge=0, le=18, description="the map's zoom: sets the grid when aggregated")] = 2,
    bbox: Annotated[str | None, Query(description="south,west,north,east: the map in view (default: all)")] = None,
) -> Response:
    """Events per day, week or month (by the span) and the map of all the events the filters select:
    each located event when there are at most 500 (or at most 500 in `bbox`), else counts per grid cell
    of the zoom in `bbox` (`aggregated`: true)."""
    box = parse_box(bbox)
    store = ledger_of(request)
    key = (store.path, id(store), store._ledger_version(), repr(query), zoom, box)
    with _cache_lock:
        body = _cache.get(key)
    if body is None:
        body = overview(store, query, zoom, box)
        with _cache_lock:
            _cache[key] = body
            if len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return json_response(body)
