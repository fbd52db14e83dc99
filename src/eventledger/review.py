"""The review queue: what an analyst should look at before trusting the ledger, and what they decided.

Sections (each a function over the filtered ledger, listed in SECTIONS, so another one, such as
possible duplicates, is one more entry):
- outlier figures: a report's fatality figure far above every other number in its own sentence, or
  more than an event of its type plausibly has (the rules are data: data/review_rules.json);
- low confidence: events under the ledger's confidence threshold.

Decisions (accept, dismiss, edit a figure) are kept by report (store/review.py), written to the audit
table, and an edited figure is what fusion reads for that report from then on (``with_review_edits``),
so it holds across re-fusion and re-ingest."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from eventledger.errors import EventLedgerError
from eventledger.models import EventMention
from eventledger.store import EventFilters, Store
from eventledger.store.review import (
    anchor_of,
    decisions_on,
    edited_figures,
    events_with_tolls,
    low_confidence_events,
    record_decision,
)

_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True)
class ReviewRules:
    outlier_ratio: float
    outlier_min_figure: int
    plausible_fatalities: dict[str, int]
    low_confidence_below: float


@cache
def review_rules() -> ReviewRules:
    text = resources.files("eventledger.data").joinpath("review_rules.json").read_text(encoding="utf-8")
    raw = {k: v for k, v in json.loads(text).items() if not k.startswith("_")}
    return ReviewRules(**raw)


def sentence_numbers(sentence: str) -> list[int]:
    """The counts written in a sentence ("about 100", "three", "thousands"), years left out."""
    from eventledger.extract.numbers import number_pattern, parse_number

    values = []
    for match in number_pattern().finditer(sentence):
        phrase = match.group(0).strip()
        if _YEAR.match(phrase):
            continue
        parsed = parse_number(phrase)
        if parsed is not None:  # the largest the phrase allows; "more than 100" has no largest: 100
            values.append(int(parsed[1] if parsed[1] is not None else parsed[0]))
    return values


def outlier_reasons(figure: int, event_type: str, evidence: str, rules: ReviewRules) -> list[str]:
    """Why a report's fatality figure looks wrong (empty: it does not)."""
    reasons = []
    cap = rules.plausible_fatalities.get(event_type)
    if cap is not None and figure > cap:
        reasons.append(f"{figure} killed is more than a {event_type} event plausibly has (at most {cap})")
    others = [n for n in sentence_numbers(evidence) if n != figure] if figure >= rules.outlier_min_figure else []
    if others and figure > rules.outlier_ratio * max(others):
        reasons.append(f"{figure} is over {rules.outlier_ratio:g} times every other number in its sentence "
                       f"(largest: {max(others)})")
    return reasons


def _event_summary(event: dict[str, Any]) -> dict[str, Any]:
    keys = ("event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1",
            "country", "fatalities", "confidence", "corroboration", "notes")
    return {k: event.get(k) for k in keys}


def outlier_items(store: Store, filters: EventFilters) -> list[dict[str, Any]]:
    """Every flagged report figure among the filtered events that has no decision yet, largest first."""
    rules = review_rules()
    items = []
    for event in events_with_tolls(store, filters, rules.outlier_min_figure, rules.plausible_fatalities):
        for source in event["sources"]:
            figure = source.get("fatalities_max") if source.get("fatalities_max") is not None \
                else source.get("fatalities_min")
            if figure is None:
                continue
            reasons = outlier_reasons(figure, event["event_type"], source.get("evidence") or "", rules)
            if reasons:
                items.append({"issue": "outlier_figure", "key": anchor_of(event, source.get("mention_id")),
                              "editable": bool(source.get("mention_id")), "figure": figure, "reasons": reasons,
                              "document_id": source["document_id"], "outlet": source.get("source"),
                              "evidence": source.get("evidence"), "event": _event_summary(event)})
    decided = decisions_on(store, [i["key"] for i in items])
    return [i for i in items if (i["key"], "outlier_figure") not in decided]


def outlier_section(store: Store, filters: EventFilters, limit: int, offset: int) -> dict[str, Any]:
    items = outlier_items(store, filters)
    return {"total": len(items), "items": items[offset : offset + limit]}


def low_confidence_section(store: Store, filters: EventFilters, limit: int, offset: int) -> dict[str, Any]:
    below = review_rules().low_confidence_below
    total, events = low_confidence_events(store, filters, below, limit, offset)
    items = [{"issue": "low_confidence", "key": anchor_of(e), "editable": False,
              "reasons": [f"confidence {e['confidence']:.2f} is under {below:g}"], "event": _event_summary(e)}
             for e in events]
    return {"total": total, "items": items}


@dataclass(frozen=True)
class Section:
    title: str
    explanation: str
    items: Callable[[Store, EventFilters, int, int], dict[str, Any]]


SECTIONS: dict[str, Section] = {
    "outlier_figure": Section(
        "Outlier figures", "A report's death toll far above the other numbers in its own sentence, or more than "
        "an event of its type plausibly has.", outlier_section),
    "low_confidence": Section(
        "Low confidence", "Events the ledger is least sure of: check the sentence and its reading.",
        low_confidence_section),
    # possible duplicates (fusion's near misses) are meant to be one more Section here
}


def decide(store: Store, issue: str, key: str, decision: str, *, reason: str | None = None,
           fatalities: tuple[int | None, int | None] | None = None) -> dict[str, Any]:
    """Record an analyst's decision on a queue item; an edit also re-fuses the event with the new
    figure. Returns the event's id now (an edit may re-fuse it under another one)."""
    from eventledger.ledger import refuse_events

    if issue not in SECTIONS:
        raise EventLedgerError("E123", detail=f"no review section {issue!r}")
    event_id = _event_of_key(store, key)
    if decision == "edited" and (issue != "outlier_figure" or key.startswith("event:") or fatalities is None):
        raise EventLedgerError("E123", detail="only a report's figure in 'outlier_figure' can be edited")
    detail: dict[str, Any] = {"event_id": event_id}
    if fatalities is not None:
        detail.update(fatalities_min=fatalities[0], fatalities_max=fatalities[1])
    with store.transaction():
        record_decision(store, issue, key, decision, detail)
        if decision == "edited":
            event_id = refuse_events(store, [event_id], key)
        documents = [] if key.startswith("event:") else [key.split("#")[0]]
        what = f"{issue} {key}" + (f": fatalities {fatalities[0]}-{fatalities[1]}" if fatalities else "")
        store.record_audit(f"review-{decision}", [event_id], documents,
                           f"{what}; {reason}" if reason else what)
    return {"event_id": event_id, "decision": decision}


def _event_of_key(store: Store, key: str) -> str:
    if key.startswith("event:"):
        event_id = key[len("event:"):]
        if store.get_event(event_id) is None:
            raise EventLedgerError("E107", event_id=event_id)
        return event_id
    event_id = store.event_of_mention(key)
    if event_id is None:
        raise EventLedgerError("E107", event_id=key)
    return event_id


def with_review_edits(store: Store, mentions: dict[str, EventMention]) -> dict[str, EventMention]:
    """The mentions with the fatality figures analysts set for them (the stored mentions stay as read)."""
    edits = edited_figures(store, list(mentions))
    if not edits:
        return mentions
    edited = dict(mentions)
    for mention_id, (low, high) in edits.items():
        edited[mention_id] = dataclasses.replace(mentions[mention_id], fatalities_min=low, fatalities_max=high,
                                                 fatalities_approximate=False)
    return edited
