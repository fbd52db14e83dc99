"""The JSON API (contract.md, "HTTP API"): reads are open, writes need the bearer token."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from eventledger.export import EXPORTERS, MEDIA_TYPES, write_export
from eventledger.ledger import merge_events, split_event
from eventledger.records import actor_record
from eventledger.store import EventFilters, Store
from eventledger.web import uploads
from eventledger.web.app import ApiError, ledger_of
from eventledger.web.security import token_matches

if TYPE_CHECKING:
    from eventledger.pipeline import IngestSummary

router = APIRouter(prefix="/api", tags=["ledger"])

EXPORT_SUFFIXES = {"acled-csv": "csv", "geojson": "geojson", "stix": "json"}
ROLES = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "claimed_by")
MAX_ACTOR_EVENTS = 500
MAX_OFFSET = 2**62  # SQLite integers are 64-bit: a larger offset cannot be bound, and no ledger is that big


def not_found(kind: str, identifier: str) -> ApiError:
    return ApiError(404, "not_found", f"no such {kind}: {identifier}")


def require_token(request: Request, authorization: str | None) -> None:
    if not token_matches(request.app.state.token, authorization):
        if not request.app.state.token:
            raise ApiError(401, "unauthorized", "writes are disabled: start the server with --token")
        raise ApiError(401, "unauthorized", "this needs 'Authorization: Bearer <token>'")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def json_response(body: Any, status_code: int = 200) -> Response:
    """JSON as FastAPI writes it, without its generic encoder: for a body that is already plain JSON
    data, that encoder's walk over every value cost more than the query behind it."""
    text = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return Response(text.encode("utf-8"), status_code=status_code, media_type="application/json")


def events_page(total: int, limit: int, offset: int, events: Iterable[str]) -> Response:
    """``{"total", "limit", "offset", "events"}`` with each event's stored JSON spliced in as it is."""
    head = json.dumps({"total": total, "limit": limit, "offset": offset}, separators=(",", ":"))
    text = f'{head[:-1]},"events":[{",".join(events)}]}}'
    return Response(text.encode("utf-8"), media_type="application/json")


# ------------------------------------------------------------------ events


@router.get("/events")
def list_events(
    request: Request,
    q: str | None = None,
    country: str | None = None,
    admin1: str | None = None,
    event_type: str | None = None,
    sub_event_type: str | None = None,
    actor: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Response:
    """Events as in the `events` export, newest first; `q` is full-text search."""
    store = ledger_of(request)
    filters = EventFilters(q=q, country=country, admin1=admin1, event_type=event_type,
                           sub_event_type=sub_event_type, actor=actor, since=_iso(since), until=_iso(until))
    events = store.iter_event_json(filters, limit=limit, offset=offset, newest_first=True)
    return events_page(store.count_events(filters), limit, offset, events)


def event_dossier(store: Store, event_id: str) -> dict[str, Any]:
    """The event with the quotes of its source documents and the claims that support it."""
    event = store.get_event(event_id)
    if event is None:
        raise not_found("event", event_id)
    documents = sorted({s["document_id"] for s in event["sources"]})
    event["updated"] = store.event_updated(event_id)
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


def _ingest_result(store: Store, summary: IngestSummary) -> JSONResponse:
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


@router.get("/actors")
def list_actors(request: Request) -> Response:
    """Actors as in the `actors` export."""
    actors = [actor_record(a) for a in ledger_of(request).iter_actors()]
    return json_response({"total": len(actors), "actors": actors})


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
def export(request: Request, format: str = "events") -> Response:  # noqa: A002 - the contract's name
    """The same formats as `eventledger export`."""
    if format not in EXPORTERS:
        raise ApiError(400, "E105", f"unknown export format; choose one of: {', '.join(EXPORTERS)}")
    buffer = io.StringIO()
    write_export(ledger_of(request), format, buffer)
    media_type = MEDIA_TYPES.get(format, "application/x-ndjson")
    filename = f"eventledger-{format}.{EXPORT_SUFFIXES.get(format, 'jsonl')}"
    return Response(
        buffer.getvalue().encode("utf-8"), media_type=f"{media_type}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
