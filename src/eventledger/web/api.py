"""The JSON API (contract.md, "HTTP API"): reads are open, writes need the bearer token."""

from __future__ import annotations

import inspect
import json
import time
from collections.abc import Iterable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from eventledger import duplicates
from eventledger.errors import EventLedgerError
from eventledger.event_query import (
    FILTER_FIELDS,
    MAX_COUNT,
    MAX_TEXT_CHARS,
    FilterQuery,
    describe,
    parse_filters,
    resolve,
)
from eventledger.export import EXPORTERS, MEDIA_TYPES
from eventledger.export.dating import with_date_basis
from eventledger.ledger import merge_events, split_event
from eventledger.records import actor_record
from eventledger.store import COUNT_TIME_LIMIT_MS, FACET_TIME_LIMIT_MS, FACETS, SORT_COLUMNS, EventFilters, Store
from eventledger.web import uploads
from eventledger.web.app import ApiError, ledger_of
from eventledger.web.export_stream import ExportResponse, ExportStream
from eventledger.web.security import token_matches

router = APIRouter(prefix="/api", tags=["ledger"])

EXPORT_SUFFIXES = {"acled-csv": "csv", "geojson": "geojson", "stix": "json"}
ROLES = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "claimed_by")
MAX_ACTOR_EVENTS = 500
MAX_OFFSET = MAX_COUNT  # SQLite integers are 64-bit: a larger offset cannot be bound, and no ledger is that big
MAX_QUERY_CHARS = MAX_TEXT_CHARS  # q, as every filter: a search box's words, not a document
SORTS = [name for column in SORT_COLUMNS for name in (column, "-" + column)]


def not_found(kind: str, identifier: str) -> ApiError:
    return ApiError(404, "not_found", f"no such {kind}: {identifier}")


def require_token(request: Request, authorization: str | None) -> None:
    if not token_matches(request.app.state.token, authorization):
        if not request.app.state.token:
            raise ApiError(401, "unauthorized", "writes are disabled: start the server with --token")
        raise ApiError(401, "unauthorized", "this needs 'Authorization: Bearer <token>'")


def json_response(body: Any, status_code: int = 200) -> Response:
    """JSON as FastAPI writes it, without its generic encoder: for a body that is already plain JSON
    data, that encoder's walk over every value cost more than the query behind it."""
    text = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return Response(text.encode("utf-8"), status_code=status_code, media_type="application/json")


def events_page(head: dict[str, Any], events: Iterable[str]) -> Response:
    """``head``'s fields ("total", "limit", ...) and "events", each event's stored JSON spliced in as it is."""
    opening = json.dumps(head, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    text = f'{opening[:-1]},"events":[{",".join(events)}]}}'
    return Response(text.encode("utf-8"), media_type="application/json")


# ------------------------------------------------------------------ events


def filter_query(**typed: str | None) -> FilterQuery:
    """The filters of /api/events, /api/export, /api/overview, /api/review and the report page, checked by
    the one filter model: its parameters are FILTER_FIELDS' (set below), as `export` and `report` options
    are on the command line."""
    try:
        return parse_filters(typed)
    except EventLedgerError as error:  # a value a filter cannot take: the request's fault
        raise ApiError(422, "invalid_request", error.text) from None


def _filter_parameters() -> list[inspect.Parameter]:
    """A query parameter per filter of the one filter model; ``parse_filters`` checks them."""
    return [inspect.Parameter(field.name, inspect.Parameter.KEYWORD_ONLY, default=None,
                              annotation=Annotated[str | None, Query(description=field.help)])
            for field in FILTER_FIELDS]


filter_query.__signature__ = inspect.Signature(_filter_parameters(), return_annotation=FilterQuery)  # type: ignore[attr-defined]


def _facet_names(value: str | None) -> list[str]:
    names = [n.strip() for n in (value or "").split(",") if n.strip()]
    unknown = [n for n in names if n not in FACETS]
    if unknown:
        raise ApiError(422, "invalid_request", f"facets: no facet {unknown[0]!r}; choose from: {', '.join(FACETS)}")
    return list(dict.fromkeys(names))


@router.get("/events")
def list_events(
    request: Request,
    query: Annotated[FilterQuery, Depends(filter_query)],
    sort: Annotated[str | None, Query(description="FIELD ascending, -FIELD descending; default newest first")] = None,
    facets: Annotated[str | None, Query(description=f"comma-separated, of: {', '.join(FACETS)}")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    has_duplicates: Annotated[
        bool, Query(description="only events with a possible duplicate, among the first 1,000 selected")
    ] = False,
) -> Response:
    """Events as in the `events` export, newest first unless sorted; `q` is full-text search; `actor`
    matches aliases, `country` names and ISO codes; `admin1` and `location` a province's and a place's
    name (any case); `facets` adds the most frequent values with counts;
    `has_duplicates` keeps the events with a possible duplicate (`scanned`: how many were looked at)."""
    if sort and sort not in SORTS:
        raise ApiError(422, "invalid_request", f"sort: choose FIELD or -FIELD of: {', '.join(SORT_COLUMNS)}")
    wanted_facets = _facet_names(facets)
    store = ledger_of(request)
    filters = resolve(store, query)
    if has_duplicates:
        return events_with_duplicates_page(store, filters, sort, limit, offset)
    # the page first: a text query's plan may keep its matches, which the total and facets then read
    events = list(store.iter_event_json(filters, limit=limit, offset=offset, newest_first=True, sort=sort))
    # a total not counted in time is "at least" one more than this page reaches: the next page exists
    total, exact = store.count_events_by(filters, time.monotonic() + COUNT_TIME_LIMIT_MS / 1000,
                                         at_least=offset + limit + 1)
    head: dict[str, Any] = {"total": total, "total_exact": exact, "limit": limit, "offset": offset,
                            "sort": sort or "-event_date"}
    if wanted_facets:
        deadline = time.monotonic() + FACET_TIME_LIMIT_MS / 1000  # for all of them together
        counted = {name: store.facet_counts(filters, name, deadline=deadline) for name in wanted_facets}
        head["facets"] = {name: [{"value": value, "count": count} for value, count in counts]
                          for name, counts in counted.items() if counts is not None}
        head["facets_timed_out"] = [name for name, counts in counted.items() if counts is None]
    return events_page(head, events)


def events_with_duplicates_page(
    store: Store, filters: EventFilters, sort: str | None, limit: int, offset: int
) -> Response:
    """A page of the events that have a possible duplicate (duplicates.events_with_duplicates)."""
    with store.read_snapshot():
        found, scanned = duplicates.events_with_duplicates(store, filters, sort)
        page = store.event_json(found[offset : offset + limit])
    return events_page({"total": len(found), "limit": limit, "offset": offset, "sort": sort or "-event_date",
                        "scanned": scanned}, page)  # fmt: skip


def event_dossier(store: Store, event_id: str) -> dict[str, Any]:
    """The event with the quotes of its source documents and the claims that support it."""
    event = store.get_event(event_id)
    if event is None:
        raise not_found("event", event_id)
    documents = sorted({s["document_id"] for s in event["sources"]})
    event["updated"] = store.event_updated(event_id)
    with_date_basis(event, event["updated"])  # an undated event: the date the exports give it, and why
    event["quotes"] = list(store.iter_quotes(documents)) if documents else []
    claims = store.iter_claims(documents) if documents else iter(())
    event["claims"] = [c for c in claims if event_id in c["event_ids"]]
    return event


@router.get("/events/{event_id}")
def get_event(request: Request, event_id: str) -> Response:
    """One event with its sources, quotes and claims."""
    return json_response(event_dossier(ledger_of(request), event_id))


class MergeRequest(BaseModel):
    event_ids: list[str] = Field(min_length=2)
    reason: str | None = None


class SplitRequest(BaseModel):
    documents: list[str] = Field(min_length=1)
    reason: str | None = None


@router.post("/events/merge")
def merge(request: Request, body: MergeRequest, authorization: Annotated[str | None, Header()] = None) -> dict:
    """An analyst's merge: the events become one (kept across re-ingest)."""
    require_token(request, authorization)
    store = ledger_of(request)
    merged = merge_events(store, list(dict.fromkeys(body.event_ids)), body.reason)
    return {"event_id": merged, "event": store.get_event(merged)}


@router.post("/events/{event_id}/split")
def split(
    request: Request, event_id: str, body: SplitRequest, authorization: Annotated[str | None, Header()] = None
) -> dict[str, Any]:
    """An analyst's split: the named source documents' reports become an event of their own."""
    require_token(request, authorization)
    store = ledger_of(request)
    event = store.get_event(event_id)
    if event is None:
        raise not_found("event", event_id)
    sources = {s["document_id"] for s in event["sources"]}
    moving = set(body.documents)
    if not moving <= sources or moving == sources:
        raise ApiError(400, "bad_request", "name some, not all, of the event's source documents")
    return {"event_ids": split_event(store, event_id, sorted(moving), body.reason)}


# ------------------------------------------------------------------ documents


def document_view(store: Store, document_id: str) -> dict[str, Any]:
    """A document as in the `documents` export, with its spans, quotes, claims and events."""
    document = store.get_document(document_id)
    if document is None:
        raise not_found("document", document_id)
    mentions = store.mentions_of_documents([document_id])
    document["quotes"] = list(store.iter_quotes([document_id]))
    document["claims"] = list(store.iter_claims([document_id]))
    document["event_ids"] = sorted({event_id for event_id, _ in mentions if event_id})
    document["event_mentions"] = [
        {"mention_id": m.mention_id, "event_id": event_id, "start": m.start, "end": m.end,
         "event_type": m.event_type, "sub_event_type": m.sub_event_type}
        for event_id, m in mentions
    ]
    return document


@router.get("/documents/{document_id:path}")  # ids may be URLs, slashes and all
def get_document(request: Request, document_id: str) -> Response:
    """One document with its extracted spans."""
    return json_response(document_view(ledger_of(request), document_id))


def _ingest_result(store: Store, summary: uploads.UploadOutcome) -> JSONResponse:
    ids = summary.document_ids + summary.unchanged_ids
    rejections = [{"origin": r.origin, "code": r.code, "message": r.message} for r in summary.rejections]
    if not ids:
        first = summary.rejections[0] if summary.rejections else None
        error = {"code": first.code if first else "bad_request",
                 "message": first.message if first else "no document found in the input"}
        return JSONResponse({"error": error, "rejections": rejections}, status_code=422)
    documents = []
    for document_id in ids:
        document = document_view(store, document_id)
        document["events"] = [store.get_event(e) for e in document["event_ids"]]
        documents.append(document)
    body = {"document": documents[0], "events": documents[0]["events"], "documents": documents,
            "new": summary.document_ids, "unchanged": summary.unchanged_ids, "rejections": rejections}
    return JSONResponse(body, status_code=201 if summary.document_ids else 200)


async def _read_body(request: Request) -> bytes:
    limit = uploads.max_upload_bytes() * 2 + 65536  # JSON escaping and multipart framing add to the text
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "E006", f"the request is over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("/documents", status_code=201)
async def post_document(request: Request, authorization: Annotated[str | None, Header()] = None) -> Response:
    """Ingest one article (the JSON input shape) or an uploaded file (multipart field `file`)."""
    require_token(request, authorization)
    content_type = request.headers.get("content-type", "")
    body = await _read_body(request)
    try:
        if content_type.startswith("multipart/form-data"):
            upload = uploads.multipart_file(content_type, body)
            uploads.upload_suffix(upload.filename)  # a type no reader takes: refused here, not by the pipeline
            return await run_in_threadpool(_ingest_in_thread, request, upload)
        if content_type.startswith("application/json"):
            item = uploads.json_article(body)
            return await run_in_threadpool(_ingest_in_thread, request, item)
    except uploads.UploadError as error:
        raise ApiError(error.status, error.code, error.message) from error
    raise ApiError(415, "unsupported_media_type", "send application/json or multipart/form-data")


def _ingest_in_thread(request: Request, item: Any) -> JSONResponse:
    summary = request.app.state.ingester.ingest(item)  # waits for the ingest process
    return _ingest_result(ledger_of(request), summary)  # read back through this thread's connection


# ------------------------------------------------------------------ actors


def actor_listing(store: Store, q: str | None, limit: int | None, offset: int) -> dict[str, Any]:
    """A page of actors by name (those whose name or an alias contains ``q``), each with the number of
    events that name it (``event_count``, beside the `actors` export's fields)."""
    total, actors = store.find_actors(q, limit=limit, offset=offset)
    counts = store.event_counts(a.name for a in actors)
    records = [{**actor_record(a), "event_count": counts.get(a.name.casefold(), 0)} for a in actors]
    return {"total": total, "limit": limit, "offset": offset, "q": q, "actors": records}


@router.get("/actors")
def list_actors(
    request: Request,
    q: Annotated[str | None, Query(description="part of a name or an alias")] = None,
    limit: Annotated[int | None, Query(ge=1, le=MAX_OFFSET, description="default: all")] = None,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Response:
    """Actors as in the `actors` export, by name, with the number of events naming each."""
    return json_response(actor_listing(ledger_of(request), q, limit, offset))


def events_by_role(events: list[dict[str, Any]], name: str) -> dict[str, list[dict[str, Any]]]:
    wanted = name.casefold()
    grouped: dict[str, list[dict[str, Any]]] = {role: [] for role in ROLES}
    for event in events:
        for role in ROLES:
            names = [n.casefold() for n in (event.get(role) or "").split(";")]
            if wanted in names:
                grouped[role].append(event)
    return grouped


def actor_view(store: Store, actor_id: str) -> dict[str, Any]:
    actor = store.get_actor(actor_id)
    if actor is None:
        raise not_found("actor", actor_id)
    record = actor_record(actor)
    record["incoming"] = store.incoming_affiliations(actor.name)
    events = list(store.iter_events(EventFilters(actor=actor.name), limit=MAX_ACTOR_EVENTS, newest_first=True))
    record["events_by_role"] = events_by_role(events, actor.name)
    return record


@router.get("/actors/{actor_id}")
def get_actor(request: Request, actor_id: str) -> Response:
    """One actor, the members it gained (defections, recruitment) and its events by role."""
    return json_response(actor_view(ledger_of(request), actor_id))


# ------------------------------------------------------------------ export


@router.get("/export")
async def export(
    request: Request,
    query: Annotated[FilterQuery, Depends(filter_query)],
    format: str = "events",  # noqa: A002 - the contract's name
) -> Response:
    """The same formats as `eventledger export`, of the events the filters select (the same filters as
    /api/events; documents, quotes, claims and actors: those of the selected events). A header
    `X-Events-Left-Out` counts selected events the format cannot carry (acled-csv: extension types).
    Sent as it is written (web/export_stream.py): a ledger's export is never held whole in memory."""
    if format not in EXPORTERS:
        raise ApiError(400, "E105", f"unknown export format; choose one of: {', '.join(EXPORTERS)}")
    filters = await run_in_threadpool(lambda: resolve(ledger_of(request), query))  # that thread's connection
    stream = ExportStream(request.app.state.ledger.db, format, filters)
    left_out = await stream.left_out()
    media_type = MEDIA_TYPES.get(format, "application/x-ndjson")
    selection = describe(query)
    filename = f"eventledger-{format}{'-' + selection if selection else ''}.{EXPORT_SUFFIXES.get(format, 'jsonl')}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"', "X-Events-Left-Out": str(left_out)}
    return ExportResponse(stream, media_type=f"{media_type}; charset=utf-8", headers=headers)


# ------------------------------------------------------------------ possible duplicates


class DuplicatePairRequest(BaseModel):
    event_ids: list[str] = Field(min_length=2, max_length=2)
    reason: str | None = None


def _duplicate_pair(body: DuplicatePairRequest) -> list[str]:
    if body.event_ids[0] == body.event_ids[1]:
        raise ApiError(422, "invalid_request", "event_ids: name two different events")
    return list(body.event_ids)


@router.get("/events/{event_id}/possible-duplicates")
def get_event_duplicates(request: Request, event_id: str) -> Response:
    """Events that may report the same incident as this one, best first: kept apart by fusion for lack
    of evidence, with the evidence of the best pair of their reports (`why`)."""
    store = ledger_of(request)
    found = [duplicates.describe(store, d) for d in duplicates.event_duplicates(store, event_id)]
    return json_response({"event_id": event_id, "possible_duplicates": found})


@router.get("/possible-duplicates")
def list_possible_duplicates(
    request: Request,
    query: Annotated[FilterQuery, Depends(filter_query)],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Response:
    """Pairs of possible duplicates among the newest events the filters select (the same filters as
    /api/events; `scanned` says how many were looked at), best first."""
    store = ledger_of(request)
    pairs, scanned = duplicates.ledger_duplicates(store, resolve(store, query))
    return json_response({"total": len(pairs), "limit": limit, "offset": offset, "scanned": scanned,
                          "pairs": pairs[offset : offset + limit]})  # fmt: skip


@router.post("/possible-duplicates/merge")
def merge_possible_duplicates(
    request: Request, body: DuplicatePairRequest, authorization: Annotated[str | None, Header()] = None
) -> dict[str, Any]:
    """An analyst's answer to a possible duplicate: one incident (a merge, audited, kept across re-ingest)."""
    require_token(request, authorization)
    store = ledger_of(request)
    merged = merge_events(store, _duplicate_pair(body), body.reason)
    return {"event_id": merged, "event": store.get_event(merged)}


@router.post("/possible-duplicates/dismiss")
def dismiss_possible_duplicates(
    request: Request, body: DuplicatePairRequest, authorization: Annotated[str | None, Header()] = None
) -> dict[str, Any]:
    """An analyst's answer to a possible duplicate: two incidents (kept apart and no longer offered;
    audited, kept across re-ingest)."""
    require_token(request, authorization)
    pair = _duplicate_pair(body)
    duplicates.dismiss_duplicate(ledger_of(request), pair, body.reason)
    return {"dismissed": pair}
