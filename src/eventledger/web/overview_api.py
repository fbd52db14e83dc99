"""GET /api/overview: the map and timeline of every event the filters select (the filters of
/api/events), counted on the server. Up to MAX_POINTS located events come one by one; more come as
counts per grid cell for the map's zoom, flagged ``aggregated`` so the page can say so."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from eventledger.event_query import FilterQuery, resolve
from eventledger.store import Store
from eventledger.store.overview import (
    MAX_POINTS,
    cell_degrees,
    located_count,
    map_cells,
    map_points,
    timeline_counts,
)
from eventledger.web.api import filter_query, json_response
from eventledger.web.app import ledger_of

router = APIRouter(prefix="/api", tags=["ledger"])

CACHE_SIZE = 64  # overviews kept per server (a whole-ledger grid of 100,000 events takes ~0.1 s to count)
_cache: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()
_cache_lock = threading.Lock()


def overview(store: Store, query: FilterQuery, zoom: int) -> dict[str, Any]:
    filters = resolve(store, query)
    timeline = timeline_counts(store, filters)
    located = located_count(store, filters)
    body: dict[str, Any] = {
        "total": timeline.dated + timeline.undated, "dated": timeline.dated, "undated": timeline.undated,
        "located": located,
        "timeline": {"bucket": timeline.bucket,
                     "counts": [{"start": a, "end": b, "count": n} for a, b, n in timeline.counts]},
    }
    if located <= MAX_POINTS:
        body["map"] = {"aggregated": False, "points": map_points(store, filters)}
    else:
        degrees, cells = map_cells(store, filters, cell_degrees(zoom))
        body["map"] = {"aggregated": True, "cell_degrees": degrees, "cells": cells}
    return body


@router.get("/overview")
def get_overview(
    request: Request,
    query: Annotated[FilterQuery, Depends(filter_query)],
    zoom: Annotated[int, Query(ge=0, le=18, description="the map's zoom: sets the grid when aggregated")] = 2,
) -> Response:
    """Events per day, week or month (by the span) and the map of all the events the filters select:
    each located event when there are at most 500, else counts per grid cell (`aggregated`: true)."""
    store = ledger_of(request)
    key = (store.path, id(store), store._ledger_version(), repr(query), zoom)
    with _cache_lock:
        body = _cache.get(key)
    if body is None:
        body = overview(store, query, zoom)
        with _cache_lock:
            _cache[key] = body
            if len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return json_response(body)
