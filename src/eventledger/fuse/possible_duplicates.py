"""Possible duplicates: two events kept apart that may still be one incident, for an analyst to judge.

Fusion merges only on enough positive agreement (``coreference.enough_evidence``); a pair of events just
below that line is shown to the analyst instead of merged. Two events are possible duplicates when a
report of one and a report of the other (from different articles) are of one event family, in one
country, with dates that do not conflict and places that do not (near, or one of them no more precise
than its province or country), no conflicting named perpetrators, and together agree at least
POSSIBLE_DUPLICATE_SCORE (the compatibility strengths plus wording, as ``same_event`` scores them).
Nothing here touches the store: the ledger gives each event's reports and its candidates.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from eventledger.fuse.compatibility import MERGE_CONFIDENCE, type_family
from eventledger.fuse.evidence import pair_evidence
from eventledger.fuse.provenance import DocumentMeta
from eventledger.models import EventMention

# The least agreement worth an analyst's look. A town and a week with the event family (2 + 1 + 0.5), or
# a report naming only the country with the same day and sub-event type (0.25 + 2 + 1) reach it; the
# country and a month (0.25 + 0.5 + 0.5) do not: every country holds many such pairs.
POSSIBLE_DUPLICATE_SCORE = 3.0


@dataclass(frozen=True)
class PossibleDuplicate:
    event_id: str  # the other event
    score: float  # the best agreement of a report of one event with a report of the other
    why: dict[str, Any]  # that pair's evidence (evidence.pair_evidence), with both mention ids


def _same_country(a: EventMention, b: EventMention) -> bool:
    iso_a = (a.place.iso3 or "").upper() if a.place else ""
    iso_b = (b.place.iso3 or "").upper() if b.place else ""
    return bool(iso_a) and iso_a == iso_b


def pair_score(a: EventMention, b: EventMention, documents: dict[str, DocumentMeta]) -> dict[str, Any] | None:
    """The evidence of two reports that may be one incident (None when they cannot be, or agree too little)."""
    if a.document_id == b.document_id or type_family(a) != type_family(b) or not _same_country(a, b):
        return None
    # judged on the reports' own evidence: copies of one story that stayed apart conflict on something
    # (looked up by the pair's two ids: the ledger's metadata may hold every document)
    own_articles = {d: dataclasses.replace(documents[d], duplicate_of=None)
                    for d in (a.document_id, b.document_id) if d in documents}  # fmt: skip
    evidence = pair_evidence(a, b, own_articles)
    if evidence is None or evidence["score"] < POSSIBLE_DUPLICATE_SCORE:
        return None
    # the chance that the two are one incident after all (not the confidence of a merge)
    confidence = MERGE_CONFIDENCE["possible_duplicate"]
    return {**evidence, "mentions": [a.mention_id, b.mention_id], "confidence": confidence}


def possible_duplicates(
    own: list[EventMention],
    candidates: Iterable[tuple[str, EventMention]],
    documents: dict[str, DocumentMeta],
    dismissed: set[tuple[str, str]] = frozenset(),  # type: ignore[assignment]
) -> list[PossibleDuplicate]:
    """The events among ``candidates`` (event id, report) that may be one incident with the event whose
    reports are ``own``, best first (then by event id). A pair of events any of whose reports an analyst
    has kept apart (``dismissed``: sorted mention id pairs, the ledger's cannot-links) is left out."""
    own_ids = {m.mention_id for m in own}
    by_event: dict[str, list[EventMention]] = {}
    for event_id, m in candidates:
        if m.mention_id not in own_ids:
            by_event.setdefault(event_id, []).append(m)
    found = []
    for event_id, theirs in sorted(by_event.items()):
        if any(tuple(sorted((a.mention_id, b.mention_id))) in dismissed for a in own for b in theirs):
            continue
        pairs = [e for a in own for b in theirs if (e := pair_score(a, b, documents)) is not None]
        if pairs:
            best = min(pairs, key=lambda e: (-e["score"], e["mentions"]))  # ties: the smallest mention ids
            found.append(PossibleDuplicate(event_id, best["score"], best))
    return sorted(found, key=lambda d: (-d.score, d.event_id))
