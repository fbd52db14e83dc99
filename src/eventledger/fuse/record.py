"""The fused ledger record: one ``Event`` from all the mentions of one incident.

Type, date, place and actors are voted (a syndicated copy votes with its original, not again); the
per-source figures stay side by side in ``sources`` and the event's figure follows ACLED's rule (the
lowest credible one, a claimant's own excluded). Any order of the mentions gives the same record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

from eventledger.fuse.compatibility import agreement_with_record
from eventledger.fuse.coreference import date_range
from eventledger.fuse.evidence import merge_evidence
from eventledger.fuse.names import is_generic_actor, is_unarmed_actor, norm
from eventledger.fuse.provenance import (
    DocumentMeta,
    article_evidence,
    by_publication,
    claimants_of,
    confidence_of,
    corroboration_of,
    dispute_note,
    fatalities_of,
    origin_weights,
    other_figures_of,
    own_reports,
    source_entry,
)
from eventledger.kb.actors import acled_actor_names, load_actor_kb
from eventledger.kb.taxonomy import sub_event_types, violent_event_types
from eventledger.models import Event, EventMention, Place

Weights = dict[str, float]  # mention_id → its share of a vote (origin_weights)


def stable_event_id(mention_ids: Iterable[str]) -> str:
    """``ev-`` + 12 hex digits of SHA-256 of the smallest mention id: the same cluster, the same id."""
    smallest = min(mention_ids)
    return "ev-" + hashlib.sha256(smallest.encode("utf-8")).hexdigest()[:12]


def _severity_rank(sub_event_type: str) -> int:
    """The taxonomy's order is ACLED's precedence: a battle with an airstrike is a battle."""
    order = sub_event_types()
    return order.index(sub_event_type) if sub_event_type in order else len(order)


def _choose_type(mentions: list[EventMention], weights: Weights) -> tuple[str, str]:
    """The sub-event type most reports give (weighted by certainty; background reports count half, a
    copy shares its original's vote); ties go to the more severe type in the taxonomy's order."""
    votes: dict[tuple[str, str], float] = {}
    for m in mentions:
        weight = m.certainty * (0.5 if m.background else 1.0) * weights.get(m.mention_id, 1.0)
        key = (m.event_type, m.sub_event_type)
        votes[key] = votes.get(key, 0.0) + max(weight, 0.01)
    return min(votes, key=lambda k: (-round(votes[k], 6), _severity_rank(k[1]), k))


def _choose_date(mentions: list[EventMention]) -> tuple[dt.date | None, int | None]:
    """The most precise date that most other reports' ranges allow; reports of the event itself first."""
    dated = [m for m in mentions if m.date is not None]
    if not dated:
        return None, None

    # every report's range once (a large event has hundreds of reports, each compared with all others)
    ranges = [r for r in (date_range(o) for o in dated) if r]
    support = {day: sum(1 for low, high in ranges if low <= day <= high) for day in {m.date for m in dated}}
    best = min(
        dated,
        key=lambda m: (
            m.background,
            -(support[m.date] * 2 >= len(dated)),
            m.time_precision or 9,
            -support[m.date],
            m.date,
        ),
    )
    return best.date, best.time_precision


def _place_precision(p: Place) -> int:
    if p.name:
        return p.geo_precision or 1
    return 3 if p.admin1 else 4


def _choose_place(mentions: list[EventMention]) -> Place | None:
    """The most precise place inside the province most reports name (country-level when none does)."""
    places = [m.place for m in mentions if m.place is not None]
    if not places:
        return None
    provinces: dict[str, int] = {}
    for p in places:
        if p.admin1:
            provinces[norm(p.admin1)] = provinces.get(norm(p.admin1), 0) + 1
    if provinces:
        province = min(provinces, key=lambda k: (-provinces[k], k))
        places = [p for p in places if norm(p.admin1) == province]
    counts: dict[str, int] = {}
    for p in places:
        counts[norm(p.name)] = counts.get(norm(p.name), 0) + 1
    return min(places, key=lambda p: (_place_precision(p), -counts[norm(p.name)], norm(p.name)))


def _vote_name(ballots: Iterable[tuple[str | None, float]], exclude: frozenset[str] = frozenset()) -> str | None:
    """The name with most weight ((name, weight) ballots), a specific (knowledge-base) name
    outweighing a generic one; ties go to the alphabetically first (case folded)."""
    votes: dict[str, float] = {}
    for name, weight in ballots:
        if name and norm(name) not in exclude:
            votes[name] = votes.get(name, 0.0) + weight * (0.4 if is_generic_actor(name) else 1.0)
    if not votes:
        return None
    return min(votes, key=lambda n: (-round(votes[n], 6), n.casefold(), n))


def _ballots(mentions: list[EventMention], weights: Weights, field: str) -> list[tuple[str | None, float]]:
    return [(getattr(m, field), m.certainty * weights.get(m.mention_id, 1.0)) for m in mentions]


def _unidentified_perpetrator(event_type: str, place: Place | None) -> str | None:
    """ACLED codes an unknown perpetrator of political violence as "Unidentified Armed Group
    (Country)"; protests and strategic developments keep an empty actor1."""
    if event_type not in violent_event_types():
        return None
    return load_actor_kb().generic_actor("armed_group", place.iso3 if place and place.iso3 else None).name


def _choose_actors(
    mentions: list[EventMention], weights: Weights, event_type: str, place: Place | None
) -> dict[str, object]:
    ballots1 = _ballots(mentions, weights, "actor1")
    if event_type in violent_event_types():  # civilians are victims in ACLED's coding, never the perpetrator
        ballots1 = [(name, w) for name, w in ballots1 if not is_unarmed_actor(name)]
    actor1 = _vote_name(ballots1) or _unidentified_perpetrator(event_type, place)
    actor2 = _vote_name(_ballots(mentions, weights, "actor2"), exclude=frozenset({norm(actor1)}))
    chosen = {norm(actor1), norm(actor2)}
    assoc1 = sorted({a for m in mentions for a in m.assoc_actor_1 if norm(a) not in chosen})
    assoc2 = sorted({a for m in mentions for a in m.assoc_actor_2 if norm(a) not in chosen and a not in assoc1})
    claimed = _vote_name(_ballots(mentions, weights, "claimed_by"))
    return {
        "actor1": actor1,
        "actor2": actor2,
        "assoc_actor_1": assoc1,
        "assoc_actor_2": assoc2,
        "claimed_by": claimed,
    }


def _place_phrase(place: Place | None) -> str:
    if place is None:
        return ""
    parts = [p for p in (place.name, place.admin1, place.country) if p]
    unique = [p for i, p in enumerate(parts) if p not in parts[:i]]
    return " in " + ", ".join(unique) if unique else ""


def summary_sentence(event: Event) -> str:
    """ACLED-style note: 'On 13 October 2023, Suicide bomb: ISKP against Civilians in Kunduz, ... .'"""
    when = ""
    if event.event_date:
        prefix = {1: "On", 2: "Around", 3: "In the month of"}.get(event.time_precision or 0, "On")
        day = (
            event.event_date.strftime("%B %Y")
            if event.time_precision == 3
            else (f"{event.event_date.day} {event.event_date.strftime('%B %Y')}")
        )
        when = f"{prefix} {day}, "
    who = event.actor1 or "unidentified actors"
    against = f" against {event.actor2}" if event.actor2 else ""
    claim = f" ({event.claimed_by} claimed responsibility)" if event.claimed_by else ""
    toll = ""
    if event.fatalities is not None:
        toll = f" {event.fatalities} reported killed (most conservative credible figure)."
    sentence = f"{when}{event.sub_event_type.lower()} by {who}{against}{_place_phrase(event.place)}{claim}."
    sentence = sentence[0].upper() + sentence[1:]
    return sentence + toll


def _as_mention(event: Event) -> EventMention:
    """The fused record in a report's shape, to measure how far each report agrees with it."""
    return EventMention(
        mention_id="", document_id="", event_type=event.event_type, sub_event_type=event.sub_event_type,
        evidence="", start=0, end=0, date=event.event_date, time_precision=event.time_precision,
        actor1=event.actor1, actor2=event.actor2, claimed_by=event.claimed_by, place=event.place,
        fatalities_min=event.fatalities, fatalities_max=event.fatalities_max,
    )  # fmt: skip


def fuse_event(
    mentions: list[EventMention],
    documents: dict[str, DocumentMeta],
    analyst_links: Iterable[tuple[str, str]] = (),
) -> Event:
    """One ledger record from all the mentions of one incident (any order gives the same record);
    ``analyst_links``: the analyst's merges among them (must-links), shown as such in why-merged."""
    if not mentions:
        raise ValueError("fuse_event needs at least one mention")
    mentions = sorted(mentions, key=lambda m: m.mention_id)
    foreground = [m for m in mentions if not m.background] or mentions
    weights = origin_weights(mentions, documents)
    event_type, sub_event_type = _choose_type(mentions, weights)
    event_date, precision = _choose_date(mentions)
    place = _choose_place(foreground)
    actors = _choose_actors(foreground, weights, event_type, place)
    claimants = claimants_of(foreground, (actors["claimed_by"], actors["actor1"]))  # type: ignore[arg-type]
    fatalities, fatalities_max = fatalities_of(mentions, claimants)
    reported = [documents[m.document_id].published for m in mentions if m.document_id in documents]
    why = merge_evidence(mentions, documents, analyst_links)
    evidence = article_evidence(mentions)
    owns = by_publication(own_reports(mentions, claimants), documents)
    other_figures = other_figures_of(owns, mentions, claimants)
    event = Event(
        event_id=stable_event_id(m.mention_id for m in mentions),
        event_type=event_type,
        sub_event_type=sub_event_type,
        event_date=event_date,
        time_precision=precision,
        civilian_targeting=any(m.civilian_targeting for m in mentions),
        place=place,
        fatalities=fatalities,
        fatalities_max=fatalities_max,
        background=all(m.background for m in mentions),
        confidence=0.0,  # below: from how far each report agrees with this record
        corroboration=corroboration_of(mentions, documents),
        sources=[  # one per article, with the article's own figure (own_reports)
            source_entry(m, documents.get(m.document_id), why.get(m.mention_id), evidence[m.document_id],
                         other_figures[m.mention_id])
            for m in owns
        ],
        **acled_actor_names(actors, event_date, reported),  # type: ignore[arg-type]
    )
    record = _as_mention(event)
    event.confidence = confidence_of(
        mentions, documents, {m.mention_id: agreement_with_record(m, record) for m in mentions}
    )
    dispute = dispute_note(mentions, documents, claimants)
    event.notes = " ".join(part for part in (summary_sentence(event), dispute) if part)
    return event
