"""Scores cross-document fusion against a gold file (../shared/docs/evaluation.md, "Fusion").

The gold file is the seed gold's shape with, per event, ``mentions`` (the documents reporting it) and
``fatalities_by_doc`` ({document_id: [min, max]}), plus top-level ``distractors`` (documents that must
yield no event of ACLED's six types). Predicted events are dicts as ``export --format events`` writes
them, each with ``sources`` entries carrying ``document_id``, ``fatalities_min``, ``fatalities_max``.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path
from typing import Any

from eventledger.errors import EventLedgerError

OTHER_EVENTS = "Other events"  # our extension types: left out of ACLED-style scoring

Pair = tuple[str, str]


def load_gold(path: str | Path) -> dict[str, Any]:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise EventLedgerError("E108", path=str(path), detail=str(error)) from error


def _acled(event: dict[str, Any]) -> bool:
    return event.get("event_type") != OTHER_EVENTS


def _documents_of(event: dict[str, Any]) -> set[str]:
    return {s["document_id"] for s in event.get("sources", []) if s.get("document_id")}


def _universe(gold: dict[str, Any]) -> set[str]:
    """Documents the gold speaks for: pairs involving any other document are not scored."""
    docs = set(gold.get("documents", [])) | set(gold.get("distractors", []))
    for event in gold.get("events", []):
        docs |= set(event.get("mentions", []))
    return docs


def _pairs(doc_sets: list[set[str]], universe: set[str]) -> set[Pair]:
    found: set[Pair] = set()
    for docs in doc_sets:
        for a, b in combinations(sorted(docs & universe), 2):
            found.add((a, b))
    return found


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def pairwise_scores(gold: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision, recall and F1 over unordered document pairs reporting one event."""
    universe = _universe(gold)
    gold_events = [g for g in gold.get("events", []) if _acled(g)]
    true_pairs = _pairs([set(g.get("mentions", [])) for g in gold_events], universe)
    predicted = _pairs([_documents_of(e) for e in events if _acled(e)], universe)
    correct = true_pairs & predicted
    precision = _ratio(len(correct), len(predicted))
    recall = _ratio(len(correct), len(true_pairs))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairwise_precision": round(precision, 4),
        "pairwise_recall": round(recall, 4),
        "pairwise_f1": round(f1, 4),
        "gold_pairs": len(true_pairs),
        "predicted_pairs": len(predicted),
        "correct_pairs": len(correct),
        "missed_pairs": sorted(true_pairs - predicted),
        "wrong_pairs": sorted(predicted - true_pairs),
    }


def _match_score(gold_event: dict[str, Any], event: dict[str, Any]) -> tuple[int, int, int]:
    shared = len(set(gold_event.get("mentions", [])) & _documents_of(event))
    same_type = int(event.get("event_type") == gold_event.get("event_type"))
    same_sub = int(event.get("sub_event_type") == gold_event.get("sub_event_type"))
    return shared, same_type, same_sub


def match_events(gold: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Gold event id → the predicted event sharing most of its documents (one-to-one, best first;
    at least one shared document; same event_type, then same sub_event_type, break ties)."""
    candidates = []
    for gi, g in enumerate(gold.get("events", [])):
        for pi, e in enumerate(events):
            score = _match_score(g, e)
            if score[0] > 0:
                candidates.append((score, -gi, -pi, gi, pi))
    candidates.sort(reverse=True)
    matched: dict[str, dict[str, Any]] = {}
    used: set[int] = set()
    gold_events = gold.get("events", [])
    for _score, _g, _p, gi, pi in candidates:
        gid = gold_events[gi]["id"]
        if gid in matched or pi in used:
            continue
        matched[gid] = events[pi]
        used.add(pi)
    return matched


def _figure(value: Any) -> int | None:
    return None if value is None else int(value)


def fatalities_scores(gold: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """Share of (gold event, document) figures the matched event's source entry carries exactly."""
    matched = match_events(gold, events)
    total = correct = 0
    errors = []
    for g in gold.get("events", []):
        event = matched.get(g["id"])
        for document_id, (low, high) in sorted(g.get("fatalities_by_doc", {}).items()):
            total += 1
            want = (_figure(low), _figure(high))
            got = [
                (_figure(s.get("fatalities_min")), _figure(s.get("fatalities_max")))
                for s in (event or {}).get("sources", [])
                if s.get("document_id") == document_id
            ]
            if want in got:
                correct += 1
            else:
                errors.append({"event": g["id"], "document_id": document_id, "gold": list(want), "got": got})
    return {
        "fatalities_accuracy": round(_ratio(correct, total), 4),
        "fatalities_correct": correct,
        "fatalities_total": total,
        "fatalities_errors": errors,
        "unmatched_gold_events": sorted(g["id"] for g in gold.get("events", []) if g["id"] not in matched),
    }


def distractor_events(gold: dict[str, Any], events: list[dict[str, Any]]) -> list[str]:
    """Ids of ACLED-type events that rest on any distractor document."""
    distractors = set(gold.get("distractors", []))
    return sorted(str(e.get("event_id")) for e in events if _acled(e) and _documents_of(e) & distractors)


def score_fusion(gold: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """All fusion scores: pairwise P/R/F1, per-source fatalities accuracy, events from distractors."""
    result = pairwise_scores(gold, events)
    result.update(fatalities_scores(gold, events))
    from_distractors = distractor_events(gold, events)
    result["distractor_events"] = len(from_distractors)
    result["distractor_event_ids"] = from_distractors
    return result
