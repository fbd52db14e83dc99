"""What a situation report says, gathered from the ledger for the filtered events: headline figures,
places, a weekly timeline, key events with each report cited (who gave the figure, with hedges),
changes in actors' affiliations, and where the sources disagree. Renderers (render.py) only lay it out."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from eventledger.event_query import FilterQuery, country_label, resolve
from eventledger.export.acled import source_name
from eventledger.store import Store

KEY_EVENTS = 30  # the report lists this many events in full, the deadliest and best sourced first
AFFILIATION_TYPE = "Change to group/activity"
MAX_WEEKS = 520  # a timeline longer than ten years shows only the weeks with events


@dataclass
class Citation:
    """One report of an event: the outlet, its date and link, who it says gave the figure, its own
    figure, and the hedges of its claims about the event."""

    number: int
    document_id: str
    outlet: str
    published: str | None
    url: str | None
    attributed_to: str | None
    fatalities_min: int | None
    fatalities_max: int | None
    evidence: str
    hedges: list[str] = field(default_factory=list)


@dataclass
class KeyEvent:
    event: dict[str, Any]
    citations: list[Citation]


@dataclass
class Disagreement:
    event: dict[str, Any]
    figures: list[Citation]  # the reports whose figures differ


@dataclass
class AffiliationChange:
    members: str | None
    from_group: str | None
    to_group: str
    date: str | None
    event_id: str | None
    citations: list[Citation]


@dataclass
class Situation:
    title: str
    filters: dict[str, Any]
    generated: str
    total: int
    dated: int
    first_day: str | None
    last_day: str | None
    fatalities: int
    events_with_tolls: int
    by_type: list[tuple[str, int]]
    places: list[tuple[str, float | None, float | None, int]]  # name, latitude, longitude, events
    weeks: list[tuple[str, int]]  # Monday of each week, events
    key_events: list[KeyEvent]
    affiliations: list[AffiliationChange]
    disagreements: list[Disagreement]
    sources: int


def _title(query: FilterQuery) -> str:
    country = country_label(query.country) if query.country else None  # "AFG" -> "Afghanistan"
    where = ", ".join(p for p in (query.location, query.admin1, country) if p) or "the ledger"
    span = " to ".join(d for d in (query.since, query.until) if d)
    parts = [f"Situation report: {where}"]
    if query.actor:
        parts.append(f"({query.actor})")
    if span:
        parts.append(f"— {span}" if query.since and query.until else f"— {'since' if query.since else 'until'} {span}")
    return " ".join(parts)


def _citations(store: Store, event: dict[str, Any], start: int) -> list[Citation]:
    documents = sorted({s["document_id"] for s in event["sources"]})
    hedges: dict[str, list[str]] = {}
    for claim in store.iter_claims(documents):
        if event["event_id"] in claim["event_ids"] and claim["hedged"] and claim["hedge_cue"]:
            hedges.setdefault(claim["document_id"], []).append(claim["hedge_cue"])
    citations = []
    for offset, source in enumerate(event["sources"]):
        citations.append(Citation(
            number=start + offset, document_id=source["document_id"],
            outlet=source_name(source), published=source.get("published"),
            url=source.get("url"), attributed_to=source.get("attributed_to"),
            fatalities_min=source.get("fatalities_min"), fatalities_max=source.get("fatalities_max"),
            evidence=source.get("evidence") or "", hedges=sorted(set(hedges.get(source["document_id"], []))),
        ))
    return citations


def _importance(event: dict[str, Any]) -> tuple[int, int, float]:
    return (event["fatalities"] or 0, event.get("corroboration") or 1, event.get("confidence") or 0.0)


def _week(day: str) -> str:
    date = dt.date.fromisoformat(day)
    return (date - dt.timedelta(days=date.weekday())).isoformat()


def _weeks(days: list[str]) -> list[tuple[str, int]]:
    """Events per week from the first week to the last, quiet weeks included (up to MAX_WEEKS of them)."""
    counts = Counter(_week(d) for d in days)
    if not counts:
        return []
    first, last = dt.date.fromisoformat(min(counts)), dt.date.fromisoformat(max(counts))
    if (last - first).days // 7 > MAX_WEEKS:
        return sorted(counts.items())
    weeks = [(first + dt.timedelta(weeks=i)).isoformat() for i in range((last - first).days // 7 + 1)]
    return [(week, counts.get(week, 0)) for week in weeks]


def _affiliations(store: Store, event_ids: set[str], cite: dict[str, list[Citation]]) -> list[AffiliationChange]:
    changes = []
    for actor in store.iter_actors():
        for change in actor.affiliations:
            linked = [e for e in change.event_ids if e in event_ids]
            if not linked:
                continue
            changes.append(AffiliationChange(
                members=change.members, from_group=change.from_group or actor.name, to_group=change.group,
                date=change.from_date.isoformat() if change.from_date else None, event_id=linked[0],
                citations=cite.get(linked[0], []),
            ))
    return sorted(changes, key=lambda c: (c.date or "9999", c.to_group))


def _figures_differ(citations: list[Citation]) -> bool:
    figures = {(c.fatalities_min, c.fatalities_max) for c in citations if c.fatalities_min is not None
               or c.fatalities_max is not None}
    return len(figures) > 1


def build_situation(store: Store, query: FilterQuery, *, now: dt.datetime | None = None) -> Situation:
    """The report's content for the events ``query`` selects."""
    events = list(store.iter_events(resolve(store, query)))
    dated = sorted(e["event_date"] for e in events if e["event_date"])
    places: Counter[tuple[str, float | None, float | None]] = Counter()
    for event in events:
        name = event.get("location") or event.get("admin1")
        if name:
            places[(name, event.get("latitude"), event.get("longitude"))] += 1
    chosen = sorted(events, key=_importance, reverse=True)[:KEY_EVENTS]
    chosen.sort(key=lambda e: (e["event_date"] is None, e["event_date"] or "", e["event_id"]))
    key_events, cite, number = [], {}, 1
    for event in chosen:
        citations = _citations(store, event, number)
        number += len(citations)
        key_events.append(KeyEvent(event, citations))
        cite[event["event_id"]] = citations
    ids = {e["event_id"] for e in events}
    for event in events:  # affiliation changes are cited even when not among the key events
        if event["sub_event_type"] == AFFILIATION_TYPE and event["event_id"] not in cite:
            cite[event["event_id"]] = _citations(store, event, number)
            number += len(cite[event["event_id"]])
    tolls = [e["fatalities"] for e in events if e["fatalities"] is not None]
    return Situation(
        title=_title(query), filters=query.given(),
        generated=(now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC"),
        total=len(events), dated=len(dated), first_day=dated[0] if dated else None,
        last_day=dated[-1] if dated else None, fatalities=sum(tolls), events_with_tolls=len(tolls),
        by_type=Counter(e["event_type"] for e in events).most_common(),
        places=[(name, lat, lon, n) for (name, lat, lon), n in places.most_common(15)],
        weeks=_weeks(dated),
        key_events=key_events,
        affiliations=_affiliations(store, ids, cite),
        disagreements=[Disagreement(k.event, k.citations) for k in key_events if _figures_differ(k.citations)],
        sources=len({s["document_id"] for e in events for s in e["sources"]}),
    )
