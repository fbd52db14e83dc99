"""Why reports were fused: for each report of an event, the report it agrees with most and how.

Computed when the event is fused and stored with its sources (``SourceEntry.merged_on``), so that the
dossier can show what every merge rested on: place (kind and distance), day gap, type, named actors,
toll, the distinctive words both use, and the merge's confidence (compatibility.MERGE_CONFIDENCE).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from eventledger.fuse.compatibility import MERGE_CONFIDENCE, distance_km, merge_class, singling_out_cues
from eventledger.fuse.coreference import as_date, enough_evidence, relations
from eventledger.fuse.provenance import DocumentMeta, root_document
from eventledger.fuse.wording import distinctive_shared_words, evidence_score
from eventledger.models import EventMention

MAX_PARTNERS = 25  # a report is compared with at most this many others (earliest published first)


def _published(m: EventMention, documents: dict[str, DocumentMeta]) -> dt.date | None:
    meta = documents.get(m.document_id)
    return as_date(meta.published) if meta else None


def _order(m: EventMention, documents: dict[str, DocumentMeta]) -> tuple[str, str]:
    meta = documents.get(m.document_id)
    return ((meta.published or "") if meta else "", m.mention_id)


def own_reading(m: EventMention) -> dict[str, Any]:
    """What the report itself says of place, date and actors (the fused record may say otherwise)."""
    place = m.place
    where = [p for p in (place.name if place and place.geo_precision != 3 else None,
                         place.admin1 if place else None, place.country if place else None) if p]  # fmt: skip
    return {
        "place": ", ".join(dict.fromkeys(where)) or None, "date": m.date.isoformat() if m.date else None,
        "time_precision": m.time_precision, "actor1": m.actor1, "actor2": m.actor2,
    }  # fmt: skip


def pair_evidence(a: EventMention, b: EventMention, documents: dict[str, DocumentMeta]) -> dict[str, Any] | None:
    """How two reports of different articles agree (None when they conflict); ``direct``: whether that
    agreement alone merges them (``coreference.enough_evidence``)."""
    if root_document(a.document_id, documents) == root_document(b.document_id, documents):
        return {"with": b.document_id, "mention": b.mention_id, "copy": True, "score": 99.0,
                "confidence": MERGE_CONFIDENCE["copy"]}  # fmt: skip
    found = relations(a, b, _published(a, documents), _published(b, documents))
    if found is None:
        return None
    wording = evidence_score(a, b)
    score = round(sum(r.strength for r in found.values()) + wording, 4)
    direct = enough_evidence(found, score, a, b, wording)
    words = distinctive_shared_words(a, b)
    km = distance_km(a.place, b.place) if a.place and b.place else None
    gap = abs((a.date - b.date).days) if a.date and b.date and a.time_precision == b.time_precision == 1 else None
    row = merge_class(found["place"].kind, found["date"].kind) if direct else "chained"
    return {
        "with": b.document_id, "mention": b.mention_id, "direct": direct, "score": score,
        "place": found["place"].kind, "distance_km": None if km is None else round(km, 1),
        "date": found["date"].kind, "day_gap": gap, "type": found["type"].kind,
        "actors": found["actors"].kind, "figures": found["figures"].kind, "words": sorted(words),
        "cues": singling_out_cues(a, b, found, words), "confidence": MERGE_CONFIDENCE[row],
    }  # fmt: skip


def merge_evidence(
    mentions: list[EventMention],
    documents: dict[str, DocumentMeta],
    analyst_links: Iterable[tuple[str, str]] = (),
) -> dict[str, dict[str, Any]]:
    """Mention id → why it belongs with the others (only for events told by more than one article).

    The partner is the report of another article agreeing with it most (a pair that merges on its own
    before one that does not, then by score, then by mention id). ``analyst_links`` are an analyst's
    merges (the ledger's must-links, pairs of mention ids): a report the fusion's own evidence does not
    reach from the event's first report, and that an analyst linked, is "merged by an analyst", not
    "joined through other reports"; so is a report that conflicts with every other. Any order of the
    mentions gives the same result.
    """
    ordered = sorted(mentions, key=lambda m: _order(m, documents))
    if len({m.document_id for m in ordered}) < 2:
        return {}
    best_of: dict[str, dict[str, Any] | None] = {}
    agreeing: list[tuple[str, str]] = []  # pairs the fusion's own evidence joins (merges alone, or copies)
    for m in ordered:
        others = [o for o in ordered if o.document_id != m.document_id][:MAX_PARTNERS]
        candidates = [e for e in (pair_evidence(m, o, documents) for o in others) if e is not None]
        agreeing.extend((m.mention_id, e["mention"]) for e in candidates if e.get("copy") or e.get("direct"))
        best_of[m.mention_id] = max(
            candidates,
            key=lambda e: (bool(e.get("copy") or e.get("direct")), e["score"], _negated(e["mention"])),
            default=None,
        )
    linked = {i for pair in analyst_links for i in pair}
    reached = _reached_from(ordered[0].mention_id, agreeing)
    result: dict[str, dict[str, Any]] = {}
    for m in ordered:
        best = best_of[m.mention_id]
        if best is None or (m.mention_id in linked and m.mention_id not in reached):
            best = {"analyst": True, "confidence": MERGE_CONFIDENCE["analyst"]}
        result[m.mention_id] = {**best, "reads": own_reading(m)}
    return result


def _reached_from(start: str, pairs: list[tuple[str, str]]) -> set[str]:
    """The mention ids connected to ``start`` through ``pairs``."""
    neighbours: dict[str, set[str]] = {}
    for a, b in pairs:
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
    seen, frontier = {start}, [start]
    while frontier:
        for n in neighbours.get(frontier.pop(), ()):
            if n not in seen:
                seen.add(n)
                frontier.append(n)
    return seen


def _negated(mention_id: str) -> tuple[int, ...]:
    """Sorts mention ids in reverse, so that max() prefers the smallest id among equals."""
    return tuple(-ord(c) for c in mention_id)
