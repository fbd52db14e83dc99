"""POST /api/actors/merge: an analyst's actor merge (bearer token), audited and kept across re-ingest."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from eventledger.actor_merge import merge_actors
from eventledger.web.api import json_response, not_found, require_token
from eventledger.web.app import ledger_of

router = APIRouter(prefix="/api", tags=["ledger"])


class ActorMerge(BaseModel):
    from_actor_id: str = Field(min_length=1, description="the actor that goes (its names become the other's)")
    into_actor_id: str = Field(min_length=1, description="the actor that stays")
    reason: str | None = None


@router.post("/actors/merge")
def merge(request: Request, body: ActorMerge, authorization: Annotated[str | None, Header()] = None) -> Response:
    """The two actors are one: the first one's events are fused again under the second's name, its names
    become the second's aliases, its affiliation changes the second's (kept across re-ingest; audited)."""
    require_token(request, authorization)
    store = ledger_of(request)
    for actor_id in (body.from_actor_id, body.into_actor_id):
        if store.get_actor(actor_id) is None:
            raise not_found("actor", actor_id)
    return json_response(merge_actors(store, body.from_actor_id, body.into_actor_id, body.reason))
