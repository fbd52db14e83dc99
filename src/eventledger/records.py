"""Conversions between the data model and the plain records of the contract's exports.

One place decides how an Event, a Document, a Quote, a Claim and an Actor look as JSON, so that the
store, the exports and the HTTP API agree field for field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, fields, is_dataclass
from typing import Any

from eventledger.models import (
    Actor,
    AffiliationChange,
    Article,
    Claim,
    Event,
    EventMention,
    Place,
    Quote,
    SourceEntry,
)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def place_fields(place: Place | None) -> dict[str, Any]:
    if place is None:
        return {
            "country": None, "iso3": None, "admin1": None, "admin2": None, "location": None,
            "latitude": None, "longitude": None, "geo_precision": None,
        }
    return {
        "country": place.country,
        "iso3": place.iso3,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "location": place.name,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.geo_precision,
    }


def place_from_fields(record: dict[str, Any]) -> Place | None:
    if not record.get("country"):
        return None
    return Place(
        name=record.get("location"),
        country=record["country"],
        iso3=record.get("iso3") or "",
        admin1=record.get("admin1"),
        admin2=record.get("admin2"),
        latitude=record.get("latitude"),
        longitude=record.get("longitude"),
        geo_precision=record.get("geo_precision"),
    )


_SOURCE_FIELDS = tuple(f.name for f in fields(SourceEntry))


def source_record(entry: SourceEntry) -> dict[str, Any]:
    # asdict() deep-copies field by field, and this is called for every source of every event each time fusion
    # rewrites it: every field is a plain scalar but other_figures, whose list is copied (its dicts are not
    # changed after the entry is made)
    record = {name: getattr(entry, name) for name in _SOURCE_FIELDS}
    record["other_figures"] = list(entry.other_figures)
    return record


def event_record(event: Event) -> dict[str, Any]:
    """An event as in the contract's `events` export (plus a few documented extras)."""
    record: dict[str, Any] = {
        "event_id": event.event_id,
        "event_date": _iso(event.event_date),
        "time_precision": event.time_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": ";".join(event.assoc_actor_1) or None,
        "actor2": event.actor2,
        "assoc_actor_2": ";".join(event.assoc_actor_2) or None,
        "claimed_by": event.claimed_by,
        "civilian_targeting": event.civilian_targeting,
    }
    record.update(place_fields(event.place))
    record.update(
        {
            "fatalities": event.fatalities,
            "fatalities_max": event.fatalities_max,
            "background": event.background,
            "confidence": round(event.confidence, 3),
            "corroboration": event.corroboration,
            "notes": event.notes,
            "sources": [source_record(s) for s in event.sources],
        }
    )
    return record


def event_from_record(record: dict[str, Any]) -> Event:
    def split(value: str | None) -> list[str]:
        return [v for v in (value or "").split(";") if v]

    known = {f.name for f in fields(SourceEntry)}
    return Event(
        event_id=record["event_id"],
        event_type=record["event_type"],
        sub_event_type=record["sub_event_type"],
        event_date=_date(record.get("event_date")),
        time_precision=record.get("time_precision"),
        actor1=record.get("actor1"),
        assoc_actor_1=split(record.get("assoc_actor_1")),
        actor2=record.get("actor2"),
        assoc_actor_2=split(record.get("assoc_actor_2")),
        claimed_by=record.get("claimed_by"),
        civilian_targeting=bool(record.get("civilian_targeting")),
        place=place_from_fields(record),
        fatalities=record.get("fatalities"),
        fatalities_max=record.get("fatalities_max"),
        background=bool(record.get("background")),
        confidence=record.get("confidence", 0.5),
        corroboration=record.get("corroboration", 1),
        notes=record.get("notes", ""),
        sources=[SourceEntry(**{k: v for k, v in s.items() if k in known}) for s in record.get("sources", [])],
    )


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` gives (dataclasses as dicts, containers copied) without deep-copying
    the immutable leaves, which is most of its cost; every mention is converted once when stored."""
    names = _FIELD_NAMES.get(type(value))
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES.setdefault(type(value), tuple(f.name for f in fields(value)))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


def mention_record(mention: EventMention) -> dict[str, Any]:
    record = _plain(mention)
    for key in ("date", "date_earliest", "date_latest"):
        record[key] = _iso(getattr(mention, key))
    if mention.affiliation is not None:
        record["affiliation"]["date"] = _iso(mention.affiliation.date)
    return record


def mention_from_record(record: dict[str, Any]) -> EventMention:
    data = dict(record)
    for key in ("date", "date_earliest", "date_latest"):
        data[key] = _date(data.get(key))
    if data.get("place"):
        data["place"] = Place(**data["place"])
    if data.get("affiliation"):
        affiliation = dict(data["affiliation"])
        affiliation["date"] = _date(affiliation.get("date"))
        data["affiliation"] = AffiliationChange(**affiliation)
    known = {f.name for f in fields(EventMention)}
    return EventMention(**{k: v for k, v in data.items() if k in known})


def document_record(article: Article) -> dict[str, Any]:
    """A document as in the contract's `documents` export."""
    return {
        "document_id": article.document_id,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": article.published,
        "language": article.language,
        "clean_text": article.clean_text,
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "headings": article.headings,
        "paragraphs": [{"start": p.start, "end": p.end, "kind": p.kind} for p in article.paragraphs],
        "duplicate_of": article.duplicate_of,
        "extra": article.extra,
    }


def quote_record(quote: Quote) -> dict[str, Any]:
    return asdict(quote)


def claim_record(claim: Claim, event_ids: list[str]) -> dict[str, Any]:
    return {
        "document_id": claim.document_id,
        "text": claim.text,
        "source_chain": claim.source_chain,
        "hedged": claim.hedged,
        "hedge_cue": claim.hedge_cue,
        "certainty": round(claim.certainty, 3),
        "event_ids": event_ids,
        "start": claim.start,
        "end": claim.end,
    }


def actor_record(actor: Actor) -> dict[str, Any]:
    return {
        "actor_id": actor.actor_id,
        "name": actor.name,
        "aliases": actor.aliases,
        "type": actor.type,
        "country": actor.country,
        "affiliations": [
            {
                "group": a.group,
                "from": _iso(a.from_date),
                "to": _iso(a.to_date),
                "evidence_document_ids": a.evidence_document_ids,
                "from_group": a.from_group,
                "members": a.members,
                "event_ids": a.event_ids,
            }
            for a in actor.affiliations
        ],
    }
