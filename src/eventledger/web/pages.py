"""The analyst's pages: Jinja2 templates (autoescaped) over the same functions as the JSON API.

No data goes into a <script> block: pages carry what their scripts need in data-* attributes, or the
scripts fetch it from the API.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from eventledger import duplicates
from eventledger.event_query import FilterQuery, describe
from eventledger.export import EXPORTERS
from eventledger.kb.taxonomy import load_taxonomy
from eventledger.models import SourceEntry
from eventledger.store import EventFilters, Store
from eventledger.store.actor_merges import names_merged_into
from eventledger.store.overview import totals
from eventledger.web.api import actor_listing, actor_view, document_view, event_dossier, filter_query
from eventledger.web.app import ledger_of
from eventledger.web.highlight import evidence_context, highlight_pieces
from eventledger.web.readings import GEO_PRECISION, JINJA_GLOBALS, TIME_PRECISION, confidence_bands
from eventledger.web.security import safe_url

router = APIRouter(include_in_schema=False)


def make_templates(folder: Path) -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.globals["safe_url"] = safe_url
    env.globals["export_formats"] = list(EXPORTERS)
    env.globals.update(JINJA_GLOBALS)
    return Jinja2Templates(env=env)


def render(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    taxonomy = load_taxonomy()
    event_types = sorted({t.event_type for t in taxonomy})
    sub_event_types = sorted({t.sub_event_type for t in taxonomy})
    return render(request, "events.html", {"event_types": event_types, "sub_event_types": sub_event_types,
                                           "bands": confidence_bands()})


# A ledger written before a source field existed holds no value for it: the page reads the field's default
# (the templates are strict, so a missing key would end the page in an error)
_SOURCE_DEFAULTS = {f.name: None if f.default is MISSING else f.default for f in fields(SourceEntry)}


def _source_panels(store: Store, event: dict[str, Any]) -> list[dict[str, Any]]:
    """One panel per source article: its figures, evidence in context, quotes and claims."""
    panels = []
    for stored in event["sources"]:
        source = {**_SOURCE_DEFAULTS, **stored}
        document = store.get_document(source["document_id"]) or {"clean_text": "", "title": None}
        panels.append(
            {
                "source": source,
                "title": document.get("title"),
                "context": evidence_context(document["clean_text"], source["evidence"]),
                "quotes": [q for q in event["quotes"] if q["document_id"] == source["document_id"]],
                "claims": [c for c in event["claims"] if c["document_id"] == source["document_id"]],
            }
        )
    return panels


def _duplicate_rows(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The dossier's possible duplicates: each other event with the evidence of the best pair."""
    return [duplicates.describe(store, d) for d in duplicates.event_duplicates(store, event_id)]


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    store = ledger_of(request)
    event = event_dossier(store, event_id)
    return render(request, "event.html", {"event": event, "panels": _source_panels(store, event),
                                          "duplicates": _duplicate_rows(store, event_id)})  # fmt: skip


ACTORS_PER_PAGE = 50


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    request: Request, q: str | None = None, page: Annotated[int, Query(ge=1, le=10**9)] = 1
) -> HTMLResponse:
    listing = actor_listing(ledger_of(request), q, ACTORS_PER_PAGE, (page - 1) * ACTORS_PER_PAGE)
    pages = max(1, -(-listing["total"] // ACTORS_PER_PAGE))
    return render(request, "actors.html", {"listing": listing, "q": q or "", "page": page, "pages": pages})


ROLE_LABELS = {"actor1": "Carried out (actor 1)", "assoc_actor_1": "Alongside actor 1",
               "actor2": "Targeted or fought (actor 2)", "assoc_actor_2": "Alongside actor 2",
               "claimed_by": "Claimed responsibility"}


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: str) -> HTMLResponse:
    actor = actor_view(ledger_of(request), actor_id)
    changes = sorted(
        [{"direction": "joined", **a} for a in actor["affiliations"]]
        + [{"direction": "incoming", **a} for a in actor["incoming"]],
        key=lambda c: (c.get("from") or c.get("date") or "9999", c.get("members") or ""),
    )
    store = ledger_of(request)
    by_type = store.facet_counts(EventFilters(actor=actor["name"]), "event_type")
    return render(request, "actor.html", {"actor": actor, "changes": changes, "role_labels": ROLE_LABELS,
                                          "totals": totals(store, EventFilters(actor=actor["name"])),
                                          "by_type": by_type or [],
                                          "merged_names": names_merged_into(store, actor["name"])})


@router.get("/documents/{document_id:path}", response_class=HTMLResponse)  # ids may be URLs
def document_page(request: Request, document_id: str) -> HTMLResponse:
    document = document_view(ledger_of(request), document_id)
    return render(request, "document.html", {"document": document, "pieces": highlight_pieces(document)})


@router.get("/report", response_class=HTMLResponse)
def report_page(request: Request, query: Annotated[FilterQuery, Depends(filter_query)]) -> HTMLResponse:
    """The situation report of the events the filters select (the same filters as the events page)."""
    from eventledger.report import build_situation, render_html

    given = urlencode({name: str(value).lower() if value is True else value for name, value in query.given().items()})
    pdf_link = "/report.pdf" + (f"?{given}" if given else "")
    return HTMLResponse(render_html(build_situation(ledger_of(request), query), pdf_link=pdf_link))


@router.get("/report.pdf")
def report_pdf(request: Request, query: Annotated[FilterQuery, Depends(filter_query)]) -> Response:
    """The situation report printed to PDF by Chromium, as ``eventledger report -o report.pdf`` prints it
    (E121, answered 503, when the server has no Chromium)."""
    from eventledger.report import build_situation, render_html
    from eventledger.report.pdf import html_to_pdf

    pdf = html_to_pdf(render_html(build_situation(ledger_of(request), query)))
    name = "_".join(filter(None, ["report", describe(query)])) + ".pdf"
    disposition = f'attachment; filename="{name}"'  # describe() keeps letters, digits, dots and dashes only
    return Response(pdf, media_type="application/pdf", headers={"Content-Disposition": disposition})


@router.get("/guide", response_class=HTMLResponse)
def guide_page(request: Request) -> HTMLResponse:
    """How to read this ledger: confidence, time and geo precision, corroboration, in words."""
    return render(request, "guide.html", {"bands": confidence_bands(), "time_precision": TIME_PRECISION,
                                          "geo_precision": GEO_PRECISION})


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI from bundled files (FastAPI's default page would load it from a CDN)."""
    return render(request, "docs.html", {})
