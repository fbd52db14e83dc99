"""Provenance of a fused event: the per-source entries, independent origins (corroboration),
confidence, the credible fatalities figure and the note that shows where sources differ."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from eventledger.fuse.names import is_generic_actor, is_unarmed_actor, norm
from eventledger.models import EventMention, SourceEntry


@dataclass
class DocumentMeta:
    """What fusion needs to know of an article besides its mentions."""

    document_id: str
    source: str | None = None  # the outlet
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    duplicate_of: str | None = None


def source_entry(
    m: EventMention,
    meta: DocumentMeta | None,
    merged_on: dict[str, Any] | None = None,
    evidence: str | None = None,
    other_figures: list[dict[str, Any]] | None = None,
) -> SourceEntry:
    """The article's entry, from its own report ``m`` (``evidence``: all its sentences on the event;
    ``other_figures``: the other speakers' figures it gives, see ``other_figures_of``)."""
    return SourceEntry(
        document_id=m.document_id,
        source=meta.source if meta else None,
        url=meta.url if meta else None,
        published=meta.published if meta else None,
        evidence=m.evidence if evidence is None else evidence,
        fatalities_min=m.fatalities_min,
        fatalities_max=m.fatalities_max,
        attributed_to=m.attributed_to,
        mention_id=m.mention_id,
        duplicate_of=meta.duplicate_of if meta else None,
        merged_on=merged_on,
        background=m.background,
        claimant=m.claimant,
        claimant_fatalities_min=m.claimant_fatalities_min,
        claimant_fatalities_max=m.claimant_fatalities_max,
        other_figures=list(m.other_figures) if other_figures is None else other_figures,
    )


def figure_reports(m: EventMention) -> list[EventMention]:
    """The other speakers' figures a report keeps beside its own (``other_figures``), each as a report of
    its speaker's: "Police said nine were killed" after the lead's 11 from residents."""
    return [_as_report(m, figure) for figure in m.other_figures]


def _as_report(m: EventMention, figure: dict[str, Any]) -> EventMention:
    return replace(m, attributed_to=figure.get("attributed_to"), fatalities_min=figure.get("fatalities_min"),
                   fatalities_max=figure.get("fatalities_max"), fatalities_approximate=False,
                   evidence=figure.get("evidence") or m.evidence, other_figures=[])  # fmt: skip


def _with_figure_reports(mentions: Iterable[EventMention]) -> list[EventMention]:
    return [report for m in mentions for report in (m, *figure_reports(m))]


def other_figures_of(
    owns: list[EventMention], mentions: list[EventMention], claimants: set[str]
) -> dict[str, list[dict[str, Any]]]:
    """Own report's mention id → each credible figure its article gives for the event besides its own,
    whose it is (``owns``: the articles' own reports, see ``own_reports``).

    Its other speakers' figures (attribution's ``other_figures``) and the figures of its other reports of
    the event in this record (a second sentence of the article told as an incident of its own), each once
    per speaker and figure; a claimant's figure stays in the claimant fields, and a toll the article recalls
    in passing is superseded by the one it tells.
    """
    told = _told_documents(mentions)
    by_document: dict[str, list[EventMention]] = {}
    for m in mentions:
        by_document.setdefault(m.document_id, []).append(m)
    figures_of: dict[str, list[dict[str, Any]]] = {}
    for own in owns:
        seen = {(_folded(own.attributed_to), own.fatalities_min, own.fatalities_max)}
        figures: list[dict[str, Any]] = []
        others = (m for m in by_document.get(own.document_id, []) if m is not own)
        for m in [*figure_reports(own), *_with_figure_reports(others)]:
            if not _credible(m, claimants, told):
                continue
            key = (_folded(m.attributed_to), m.fatalities_min, m.fatalities_max)
            if key in seen or (own.attributed_to is None and key[1:] == (own.fatalities_min, own.fatalities_max)):
                continue  # the article's own figure, and who gave it: one figure, not two
            seen.add(key)
            figures.append({"attributed_to": m.attributed_to, "fatalities_min": m.fatalities_min,
                            "fatalities_max": m.fatalities_max, "evidence": m.evidence})  # fmt: skip
        figures_of[own.mention_id] = figures
    return figures_of


def _folded(name: str | None) -> str:
    return " ".join((name or "").lower().split())


def _told_documents(mentions: list[EventMention]) -> set[str]:
    """Articles that tell the incident with a figure of their own (not only recall it in passing)."""
    return {m.document_id for m in mentions if not m.background and (m.fatalities_min, m.fatalities_max) != (None,) * 2}


def _credible(m: EventMention, claimants: set[str], told: set[str]) -> bool:
    """A figure that counts toward ACLED's rule: given, not the claimant's, not a recalled toll superseded."""
    if m.fatalities_min is None and m.fatalities_max is None:
        return False
    return not is_claimant_figure(m, claimants) and not (m.background and m.document_id in told)


def own_reports(mentions: list[EventMention], claimants: set[str]) -> list[EventMention]:
    """One report per article: the article's own word on the incident (a source entry per article).

    Mentions of one article meet in one event only when other reports chain them; the article's own
    figure is then one it gives (a figure over none), the one it tells the incident with over a toll it
    recalls in passing ("raising the toll from four"), a credible one over a claimant's; then the first
    in its text.
    """
    best: dict[str, EventMention] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.mention_id)):
        kept = best.get(m.document_id)
        if kept is None or _own_word_rank(m, claimants) < _own_word_rank(kept, claimants):
            best[m.document_id] = m
    return [m for m in mentions if best.get(m.document_id) is m]


def article_evidence(mentions: list[EventMention]) -> dict[str, str]:
    """Document id → the sentences its reports of the event rest on, in the order of its text."""
    sentences: dict[str, list[str]] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.mention_id)):
        if m.evidence not in sentences.setdefault(m.document_id, []):
            sentences[m.document_id].append(m.evidence)
    return {document_id: " ".join(parts) for document_id, parts in sentences.items()}


def _own_word_rank(m: EventMention, claimants: set[str]) -> tuple[bool, bool, bool]:
    no_figure = m.fatalities_min is None and m.fatalities_max is None
    return no_figure, m.background, is_claimant_figure(m, claimants)


def root_document(document_id: str, documents: dict[str, DocumentMeta]) -> str:
    seen = {document_id}
    while (meta := documents.get(document_id)) and meta.duplicate_of and meta.duplicate_of not in seen:
        document_id = meta.duplicate_of
        seen.add(document_id)
    return document_id


def origin_groups(mentions: list[EventMention], documents: dict[str, DocumentMeta]) -> list[list[EventMention]]:
    """Independent origins: reports are one source when they share an outlet (a copy counts as its
    original's outlet) or cite the same origin ("according to AP"): connected groups of that relation,
    each sorted by mention id, the groups sorted by their first mention id."""
    mentions = sorted(mentions, key=lambda m: m.mention_id)
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i] = parent[parent[i]]
        return i

    first_seen: dict[str, int] = {}
    for i, m in enumerate(mentions):
        root = root_document(m.document_id, documents)
        meta = documents.get(root)
        keys = ["outlet:" + (norm(meta.source) if meta and meta.source else root)]
        if m.attributed_to:
            keys.append("by:" + norm(m.attributed_to))
        for key in keys:
            if key in first_seen:
                parent[find(i)] = find(first_seen[key])
            else:
                first_seen[key] = i
    groups: dict[int, list[EventMention]] = {}
    for i, m in enumerate(mentions):
        groups.setdefault(find(i), []).append(m)
    return sorted(groups.values(), key=lambda g: g[0].mention_id)


def origin_weights(mentions: list[EventMention], documents: dict[str, DocumentMeta]) -> dict[str, float]:
    """A vote per original report: the mentions of one article and its syndicated copies share one
    vote, so a story that was copied ten times does not outvote two reports of its own."""
    copies: dict[str, list[str]] = {}
    for m in mentions:
        copies.setdefault(root_document(m.document_id, documents), []).append(m.mention_id)
    return {mention_id: 1.0 / len(group) for group in copies.values() for mention_id in group}


def corroboration_of(mentions: list[EventMention], documents: dict[str, DocumentMeta]) -> int:
    """Independent sources: a syndicated copy, and reports citing the same origin, count once."""
    return max(1, len(origin_groups(mentions, documents)))


HEDGED_WEIGHT = 0.6  # "reportedly", "unconfirmed": a hedged report is weaker evidence
SOURCE_RELIABILITY = 0.6  # what one plain, certain report alone makes of the event


def _origin_strength(group: list[EventMention]) -> float:
    return max(m.certainty * (HEDGED_WEIGHT if m.hedged else 1.0) for m in group)


def confidence_of(
    mentions: list[EventMention], documents: dict[str, DocumentMeta], agreement: dict[str, float] | None = None
) -> float:
    """How sure the ledger is that the event happened as recorded, 0.05–0.99.

    Each independent origin is evidence of its own (a noisy-or): its strength is its best report's
    extraction certainty, lowered when hedged. The strongest origin counts in full; every other counts
    only as far as it agrees with the record (``agreement``, mention id → 0–1, see
    ``compatibility.agreement_with_record``; all 1 when not given): a report that shares the record's
    town and day corroborates it, one that shares only its country and type adds nothing. A copy or a
    report citing the same origin adds nothing either; hedged-only reports give less than plain ones.
    """
    agreement = agreement or {}
    values = []
    for group in origin_groups(mentions, documents):
        agrees = max(agreement.get(m.mention_id, 1.0) for m in group)
        values.append((_origin_strength(group), agrees))
    values.sort(key=lambda v: (v[1], v[0]), reverse=True)
    doubt = 1.0
    for i, (strength, agrees) in enumerate(values):
        doubt *= 1.0 - SOURCE_RELIABILITY * strength * (1.0 if i == 0 else agrees)
    return round(max(0.05, min(0.99, 1.0 - doubt)), 3)


def claimants_of(mentions: Iterable[EventMention], chosen: Iterable[str | None] = ()) -> set[str]:
    """Folded names of the side that claimed or carried out the event, in any report of it (and
    the fused record's own ``chosen`` actor1/claimed_by): their own figures are claims, not tolls."""
    names = set(chosen)
    for m in mentions:
        names.update([m.actor1, m.claimed_by, *m.assoc_actor_1])
    return {norm(n) for n in names if n and not is_generic_actor(n) and not is_unarmed_actor(n)}


def fatalities_of(mentions: list[EventMention], claimants: set[str]) -> tuple[int | None, int | None]:
    """ACLED's rule: the lowest credible figure; ``fatalities_max`` the highest credible one.

    A figure given by the claimant or the perpetrator (``attributed_to`` is the event's claimed_by
    or actor1, or the mention's own) is not credible: claims inflate tolls. With no credible
    figure the event's figure stays null; the claim shows in the notes.
    """
    lows, highs = [], []
    # a report's own figure for the incident it tells is its latest word: the toll it recalls in passing
    # ("raising the toll from four", an earlier mention in the background) is superseded by it; the other
    # speakers' figures an article gives beside its own count as theirs ("police said nine" after 11)
    told = _told_documents(mentions)
    for m in _with_figure_reports(mentions):
        if not _credible(m, claimants, told):
            continue
        low = m.fatalities_min if m.fatalities_min is not None else m.fatalities_max
        lows.append(low)
        highs.append(m.fatalities_max if m.fatalities_max is not None else low)
    if not lows:
        return None, None
    return min(lows), max(highs)


def is_claimant_figure(m: EventMention, claimants: set[str]) -> bool:
    """The figure comes from the side that claimed or carried out the attack."""
    if not m.attributed_to:
        return False
    source = norm(_without_country(m.attributed_to))
    own = {norm(_without_country(m.claimed_by)), norm(_without_country(m.actor1))} - {""}
    return bool(source) and any(c and (c == source or c in source or source in c) for c in claimants | own)


def _without_country(name: str | None) -> str:
    """'Unidentified Armed Group (Nigeria)' without '(Nigeria)': a generic actor's country is no part of who it
    is ("Nigeria" named as a report's source is no claimant because the gunmen were Nigeria's)."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name or "")


def figure_label(m: EventMention, outlet: str | None, claimant: bool, published: str | None = None) -> str:
    """``"Bakhtar: 46"``, ``"UNAMA: at least 100"``, ``"ISKP (claimant): 300"``, and a toll a later
    report recalls in passing: ``"Horn Dispatch (recalled 2024-03-12): 23"``."""
    who = m.attributed_to or outlet or m.document_id
    if claimant:
        who += " (claimant)"
    if m.background:
        who += f" (recalled {published})" if published else " (recalled)"
    low, high = m.fatalities_min, m.fatalities_max
    if low is not None and high is not None and low != high:
        figure = f"{low}–{high}"
    elif low is not None and high is None:
        figure = f"at least {low}"
    elif low is None:
        figure = f"up to {high}"
    else:
        figure = f"about {low}" if m.fatalities_approximate else str(low)
    return f"{who}: {figure}"


def dispute_note(mentions: list[EventMention], documents: dict[str, DocumentMeta], claimants: set[str]) -> str:
    labels: list[str] = []
    figures = set()
    owns = by_publication(own_reports(mentions, claimants), documents)
    other_figures = other_figures_of(owns, mentions, claimants)
    for own in owns:
        meta = documents.get(own.document_id)
        outlet, published = (meta.source, meta.published) if meta else (None, None)
        others = [(_as_report(own, figure), False) for figure in other_figures[own.mention_id]]
        reports = [(own, is_claimant_figure(own, claimants)), *others, (claimant_report(own), True)]
        for m, claim in reports:
            if m is None or (m.fatalities_min is None and m.fatalities_max is None):
                continue
            label = figure_label(m, outlet, claim, published)
            figures.add((m.fatalities_min, m.fatalities_max))
            if label not in labels:
                labels.append(label)
    if len(figures) < 2:
        return ""
    return "Sources differ: " + "; ".join(labels) + "."


def claimant_report(m: EventMention) -> EventMention | None:
    """The claimant's toll a report gives beside its own figure, as a report of the claimant's (None when
    it gives none, or when its own figure is that claim)."""
    figure = (m.claimant_fatalities_min, m.claimant_fatalities_max)
    if figure == (None, None) or (figure == (m.fatalities_min, m.fatalities_max) and m.attributed_to == m.claimant):
        return None
    low, high = figure
    return replace(m, attributed_to=m.claimant, fatalities_min=low, fatalities_max=high, fatalities_approximate=False)


def by_publication(mentions: list[EventMention], documents: dict[str, DocumentMeta]) -> list[EventMention]:
    """Earliest published first (then by mention id): the order sources are listed in."""

    def key(m: EventMention) -> tuple[str, str]:
        meta = documents.get(m.document_id)
        return ((meta.published or "") if meta else "", m.mention_id)

    return sorted(mentions, key=key)
