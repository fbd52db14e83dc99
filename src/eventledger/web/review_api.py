"""The review queue over HTTP: GET /api/review lists each section's open items for the filters of
/api/events; POST /api/review/decisions (bearer token) accepts, dismisses or edits one; /review is the page."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field

from eventledger.event_query import FilterQuery, resolve
from eventledger.review import SECTIONS, decide, review_rules
from eventledger.web.api import MAX_OFFSET, filter_query, json_response, require_token
from eventledger.web.app import ApiError, ledger_of

router = APIRouter(prefix="/api", tags=["review"])
page_router = APIRouter(include_in_schema=False)


@router.get("/review")
def review_queue(
    request: Request,
    query: Annotated[FilterQuery, Depends(filter_query)],
    section: Annotated[str | None, Query(description=f"one of: {', '.join(SECTIONS)} (default: all)")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Response:
    """Open review items by section: outlier figures (largest first) and low-confidence events (least
    sure first), each with why it is listed; decided items are left out."""
    if section is not None and section not in SECTIONS:
        raise ApiError(422, "invalid_request", f"section: choose one of: {', '.join(SECTIONS)}")
    store = ledger_of(request)
    filters = resolve(store, query)
    sections: dict[str, Any] = {}
    for name, spec in SECTIONS.items():
        if section is None or section == name:
            sections[name] = {"title": spec.title, "explanation": spec.explanation,
                              **spec.items(store, filters, limit, offset)}
    return json_response({"limit": limit, "offset": offset, "sections": sections,
                          "rules": dataclasses.asdict(review_rules())})


class Decision(BaseModel):
    issue: str
    key: str = Field(min_length=1, description="the item's key: a report's mention id, or event:<id>")
    decision: Literal["accepted", "dismissed", "edited"]
    fatalities_min: int | None = Field(default=None, ge=0)
    fatalities_max: int | None = Field(default=None, ge=0)
    reason: str | None = None


@router.post("/review/decisions")
def record(request: Request, body: Decision, authorization: Annotated[str | None, Header()] = None) -> Response:
    """Accept, dismiss or edit (a report's fatality figure) one item; kept across re-ingest and audited."""
    require_token(request, authorization)
    figures = None
    if body.decision == "edited":
        low = body.fatalities_min if body.fatalities_min is not None else body.fatalities_max
        high = body.fatalities_max if body.fatalities_max is not None else low
        if low is None or high is None or low > high:
            raise ApiError(422, "invalid_request", "an edit gives fatalities_min and/or fatalities_max (min <= max)")
        figures = (low, high)
    result = decide(ledger_of(request), body.issue, body.key, body.decision, reason=body.reason, fatalities=figures)
    return json_response(result)


@page_router.get("/review", response_class=HTMLResponse)
def review_page(request: Request) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, "review.html", {"sections": SECTIONS})
