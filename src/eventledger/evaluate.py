"""Scores a ledger against a gold file, by the rules of shared/docs/evaluation.md.

A gold file is one document's annotation (the seed's shape: ``document``, ``events``, ``quotes``,
``claims``, ``removed_lines``, ``headings``), a list of those, or a corpus gold whose events list the
documents reporting them (``mentions``) for fusion scoring.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from rich.table import Table

from eventledger.errors import EventLedgerError
from eventledger.kb.actors import load_actor_kb
from eventledger.kb.taxonomy import OTHER_EVENTS
from eventledger.store import Store, open_store

Report = dict[str, Any]


# ------------------------------------------------------------------ reading gold


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold annotations in a file, one dict per document (or one corpus gold)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise EventLedgerError("E108", path=path, detail=error) from error
    if isinstance(data, dict) and isinstance(data.get("documents"), list) and data["documents"] and isinstance(
        data["documents"][0], dict
    ):
        return list(data["documents"])
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        return [data]
    raise EventLedgerError("E108", path=path, detail="expected a JSON object or list")


# ------------------------------------------------------------------ matching helpers


def fold_name(name: str | None) -> str:
    """A spelling-insensitive key for place names: Kunduz/Kondoz/Qunduz, Paktia/Paktiya."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\b(province|governorate|state|region|district)\b", "", text)
    # the Arabic feminine ending is written -eh or -ah (Al-Hasakeh/Al-Hasakah, Raqqeh/Raqqah)
    text = re.sub(r"eh\b", "ah", text)
    text = re.sub(r"[^a-z]", "", text)
    text = text.replace("iya", "ia").replace("q", "k").replace("ou", "u").replace("o", "u")
    return re.sub(r"(.)\1+", r"\1", text)


def _parse_gold_date(value: str) -> tuple[dt.date, int]:
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return dt.date.fromisoformat(value + "-15"), 3
    return dt.date.fromisoformat(value[:10]), 1


def date_matches(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    pred = dt.date.fromisoformat(predicted["event_date"]) if predicted.get("event_date") else None
    window = gold.get("date_window")
    if window:
        if pred is None:
            return gold.get("date") is None
        return dt.date.fromisoformat(window[0]) <= pred <= dt.date.fromisoformat(window[1])
    if not gold.get("date"):
        return True
    if pred is None:
        return False
    gold_date, precision = _parse_gold_date(gold["date"])
    precision = gold.get("time_precision", precision)
    if precision == 1:
        return abs((pred - gold_date).days) <= 1
    if precision == 2:
        return pred.isocalendar()[:2] == gold_date.isocalendar()[:2]
    return (pred.year, pred.month) == (gold_date.year, gold_date.month)


def _spellings(gold: dict[str, Any], key: str, variants_key: str) -> set[str]:
    """The gold value of ``key`` and the spelling variants its writer listed, folded."""
    names = [gold.get(key), *(gold.get(variants_key) or [])]
    return {fold_name(n) for n in names if n}


def name_matches(gold: dict[str, Any], key: str, variants_key: str, predicted: str | None) -> bool:
    return bool(predicted) and fold_name(predicted) in _spellings(gold, key, variants_key)


def place_matches(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    same_country = name_matches(gold, "country", "country_variants", predicted.get("country"))
    if gold.get("admin1"):
        if name_matches(gold, "admin1", "admin1_variants", predicted.get("admin1")):
            return True
        return bool(gold.get("admin1_may_be_null")) and not predicted.get("admin1") and same_country
    return same_country


def location_matches(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    return name_matches(gold, "location", "location_alternatives", predicted.get("location"))


# ACLED dates a state actor's regime: "Military Forces of Mali (2021-)" is the same actor as without it
_REGIME_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)\s*$")


@lru_cache(maxsize=8192)
def actor_key(name: str) -> str:
    """A name folded for comparison; every name the actor KB knows for one state's military or police
    ("United States Armed Forces", "US forces", "Military Forces of the United States (2021-2025)")
    folds to that force, so a gold written with an older name still matches ACLED's; an alias the KB knows
    folds to its actor's name."""
    undated = _REGIME_PERIOD.sub("", name).strip()
    kb = load_actor_kb()
    if identity := kb.state_force_identity(undated):
        return identity
    # a group's other name ("Balochistan Liberation Army" for the Baloch Liberation Army) is that group
    known = kb.lookup(undated)
    return (known.name if known is not None else undated).lower()


def _names(values: Any) -> set[str]:
    if not values:
        return set()
    if isinstance(values, str):
        values = [values]
    return {actor_key(v) for v in values if v}


def predicted_actors(predicted: dict[str, Any]) -> set[str]:
    names = [predicted.get("actor1"), predicted.get("actor2"), predicted.get("claimed_by")]
    for key in ("assoc_actor_1", "assoc_actor_2"):
        names.extend((predicted.get(key) or "").split(";"))
    return {actor_key(n) for n in names if n and n.strip()}


def actor_matches(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    return bool(_names(gold.get("actor1")) & predicted_actors(predicted))


def event_matches(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    return (
        gold["event_type"] == predicted["event_type"]
        and date_matches(gold, predicted)
        and place_matches(gold, predicted)
        and actor_matches(gold, predicted)
    )


def _pair_quality(gold: dict[str, Any], predicted: dict[str, Any]) -> tuple[int, int, int]:
    """Higher is a better pair, for one-to-one matching best first."""
    sub = int(gold.get("sub_event_type") == predicted.get("sub_event_type"))
    actor2 = int(bool(_names(gold.get("actor2")) & predicted_actors(predicted)))
    place = int(location_matches(gold, predicted))
    return (sub, actor2, place)


def fatalities_match(gold: list[int | None] | None, predicted: int | None) -> bool:
    low, high = gold if gold is not None else (None, None)
    if predicted is None:
        return low is None and high is None
    if low is not None and high is not None and low == high:
        return predicted == low
    return (low is None or predicted >= low) and (high is None or predicted <= high)


# ------------------------------------------------------------------ scoring


def score_events(gold_events: list[dict[str, Any]], predicted: list[dict[str, Any]],
                 not_event_locations: Sequence[str] = ()) -> Report:
    gold_events = [g for g in gold_events if g.get("event_type") != OTHER_EVENTS]
    predicted = [p for p in predicted if p["event_type"] != OTHER_EVENTS]
    gold_background = [g for g in gold_events if g.get("background")]
    scorable = [p for p in predicted if not p.get("background") or gold_background]
    candidates = []
    for gi, g in enumerate(gold_events):
        for pi, p in enumerate(scorable):
            if bool(p.get("background")) and not g.get("background"):
                continue
            if event_matches(g, p):
                candidates.append((_pair_quality(g, p), gi, pi))
    candidates.sort(key=lambda c: (c[0], -c[1], -c[2]), reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for _quality, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gold_events[gi], scorable[pi]))
    required = [i for i, g in enumerate(gold_events) if g.get("required", True)]
    found_required = [i for i in required if i in used_gold]
    true_predictions = len(used_pred)
    precision = true_predictions / len(scorable) if scorable else 1.0
    recall = len(found_required) / len(required) if required else 1.0

    def accuracy(values: list[bool]) -> float | None:
        return sum(values) / len(values) if values else None

    sub_ok = [g.get("sub_event_type") == p["sub_event_type"] for g, p in pairs]
    location_ok = [location_matches(g, p) for g, p in pairs if g.get("location")]
    fatal_ok = [fatalities_match(g["fatalities"], p.get("fatalities")) for g, p in pairs if "fatalities" in g]
    claimed_ok = [
        actor_key(p.get("claimed_by") or "") in _names(g["claimed_by"]) if g["claimed_by"] else not p.get("claimed_by")
        for g, p in pairs
        if "claimed_by" in g
    ]
    banned = {fold_name(n) for n in not_event_locations}
    def placed_in(p: dict[str, Any]) -> set[str]:
        # a province-level event (precision 3) names its capital only as a coding convention
        town = p.get("location") if p.get("geo_precision") != 3 else None
        return {fold_name(town), fold_name(p.get("admin1")), fold_name(p.get("country"))} - {""}

    misplaced = [p["event_id"] for p in predicted if banned & placed_in(p)]
    counts = {
        "sub_event_type": (sum(sub_ok), len(sub_ok)),
        "location": (sum(location_ok), len(location_ok)),
        "fatalities": (sum(fatal_ok), len(fatal_ok)),
        "claimed_by": (sum(claimed_ok), len(claimed_ok)),
        "found_required": (len(found_required), len(required)),
        "true_predictions": (true_predictions, len(scorable)),
    }
    return {
        "counts": counts,
        "gold_events": len(gold_events),
        "required": len(required),
        "predicted": len(scorable),
        "matched": len(pairs),
        "recall": recall,
        "precision": precision,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "sub_event_type_accuracy": accuracy(sub_ok),
        "location_accuracy": accuracy(location_ok),
        "fatalities_accuracy": accuracy(fatal_ok),
        "claimed_by_accuracy": accuracy(claimed_ok),
        "misplaced_events": misplaced,
        "matches": [{"gold": g["id"], "event_id": p["event_id"]} for g, p in pairs],
        "missed_required": [gold_events[i]["id"] for i in required if i not in used_gold],
    }


def _folded(text: str) -> str:
    return " ".join(text.split())


def score_cleaning(gold: dict[str, Any], document: dict[str, Any] | None, raw_text: str | None) -> Report:
    if document is None:
        return {"document_found": False}
    clean = _folded(document["clean_text"])
    removed_lines = gold.get("removed_lines", [])
    remaining = [line for line in removed_lines if _folded(line) in clean]
    headings = set(document.get("headings", []))
    missing_headings = [h for h in gold.get("headings", []) if h not in headings]
    lost: list[str] = []
    if raw_text is not None:
        skip = {_folded(x) for x in removed_lines + gold.get("headings", [])}
        title = _folded(document.get("title") or "")
        for line in raw_text.splitlines():
            line = _folded(line)
            if line and line not in skip and line != title and line not in clean:
                lost.append(line)
    return {
        "document_found": True,
        "removed_lines": len(removed_lines),
        "removed_lines_remaining": remaining,
        "headings": len(gold.get("headings", [])),
        "headings_missing": missing_headings,
        "body_lines_lost": lost,
    }


def _doc_events(events: list[dict[str, Any]], document_id: str) -> list[dict[str, Any]]:
    return [e for e in events if any(s["document_id"] == document_id for s in e["sources"])]


def _raw_texts(docs: Sequence[str]) -> dict[str, str]:
    """Input texts by input id (for checking that cleaning kept every body line)."""
    from eventledger.ingest import read_inputs
    from eventledger.models import RawDocument

    texts: dict[str, str] = {}
    for item in read_inputs(docs):
        if isinstance(item, RawDocument) and item.input_id and item.text:
            texts[item.input_id] = item.text
    return texts


def pool_event_scores(entries: list[Report]) -> Report:
    """Micro-averaged event scores over several documents' reports."""
    totals: dict[str, list[int]] = {}
    for entry in entries:
        for key, (right, total) in entry["counts"].items():
            pair = totals.setdefault(key, [0, 0])
            pair[0] += right
            pair[1] += total

    def ratio(key: str, empty: float | None = None) -> float | None:
        right, total = totals.get(key, (0, 0))
        return right / total if total else empty

    recall, precision = ratio("found_required", 1.0), ratio("true_predictions", 1.0)
    return {
        "documents": len(entries),
        "required": totals.get("found_required", [0, 0])[1],
        "predicted": totals.get("true_predictions", [0, 0])[1],
        "recall": recall,
        "precision": precision,
        "f1": 2 * precision * recall / (precision + recall) if precision and recall else 0.0,
        "sub_event_type_accuracy": ratio("sub_event_type"),
        "location_accuracy": ratio("location"),
        "fatalities_accuracy": ratio("fatalities"),
        "claimed_by_accuracy": ratio("claimed_by"),
        "misplaced_events": [e for entry in entries for e in entry["misplaced_events"]],
        "missed_required": [m for entry in entries for m in entry["missed_required"]],
    }


def _pooled(golds: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    return [{**item, "document": gold.get("document")} for gold in golds for item in gold.get(key) or []]


def score_store(golds: list[dict[str, Any]], store: Store, docs: Sequence[str] = ()) -> Report:
    from eventledger.evaluate_attribution import score_claims, score_quotes

    events = list(store.iter_events())
    raw = _raw_texts(docs) if docs else {}
    report: Report = {"documents": []}
    for gold in golds:
        if "mentions" in json.dumps(gold.get("events", [])) and not gold.get("document"):
            from eventledger.evaluate_fusion import score_fusion

            report["corpus_events"] = score_events(gold.get("events", []), events)
            report["fusion"] = score_fusion(gold, events)
            continue
        doc_id = gold.get("document")
        entry: Report = {"document": doc_id}
        doc_events = _doc_events(events, doc_id) if doc_id else events
        if gold.get("events") is not None:
            entry["events"] = score_events(gold["events"], doc_events, gold.get("not_event_locations", []))
        if "removed_lines" in gold or "headings" in gold:
            entry["cleaning"] = score_cleaning(gold, store.get_document(doc_id) if doc_id else None, raw.get(doc_id))
        if gold.get("quotes") is not None:
            entry["quotes"] = score_quotes(gold["quotes"], list(store.iter_quotes([doc_id])))
        if gold.get("claims") is not None:
            entry["claims"] = score_claims(gold["claims"], list(store.iter_claims([doc_id])))
        report["documents"].append(entry)
    per_document = [g for g in golds if g.get("document")]
    if len(per_document) > 1:
        from eventledger.evaluate_attribution import score_claims, score_quotes

        ids = [g["document"] for g in per_document]
        overall: Report = {}
        event_entries = [e["events"] for e in report["documents"] if "events" in e]
        if event_entries:
            overall["events"] = pool_event_scores(event_entries)
        if any(g.get("quotes") is not None for g in per_document):
            overall["quotes"] = score_quotes(_pooled(per_document, "quotes"), list(store.iter_quotes(ids)))
        if any(g.get("claims") is not None for g in per_document):
            overall["claims"] = score_claims(_pooled(per_document, "claims"), list(store.iter_claims(ids)))
        report["overall"] = overall
    return report


def evaluate_paths(gold_path: Path, docs: Sequence[str], *, db: str | None = None) -> Report:
    """Ingest DOCS into a fresh ledger (or ``db``) and score it against the gold file."""
    from eventledger.pipeline import ingest_paths

    golds = load_gold(gold_path)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(db or str(Path(tmp) / "eval.db"))
        try:
            summary = ingest_paths(list(docs), store)
            report = score_store(golds, store, docs)
        finally:
            store.close()
    report["ingest"] = summary.line()
    report["rejections"] = [r.line() for r in summary.rejections]
    return report


# ------------------------------------------------------------------ rendering


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, list):
        return str(len(value)) if not value else f"{len(value)}: " + "; ".join(map(str, value))[:120]
    return str(value)


def render_report(report: Report) -> Table:
    table = Table(title="eventledger evaluation", show_lines=False)
    table.add_column("document")
    table.add_column("part")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("", "ingest", "summary", report.get("ingest", ""))
    skip = {"matches", "counts"}
    overall = report.get("overall")
    for entry in report.get("documents", []):
        for part in ("events", "cleaning", "quotes", "claims"):
            for key, value in (entry.get(part) or {}).items():
                # with many documents, only what went wrong is shown per document
                if key not in skip and (not overall or (key in ("missed_required", "misplaced_events",
                                        "removed_lines_remaining", "headings_missing") and value)):
                    table.add_row(str(entry["document"]), part, key, _fmt(value))
    for part, scores in (overall or {}).items():
        for key, value in scores.items():
            table.add_row(f"(all {len(report['documents'])})", part, key, _fmt(value))
    for part in ("corpus_events", "fusion"):
        for key, value in (report.get(part) or {}).items():
            if key not in skip:
                table.add_row("(corpus)", part, key, _fmt(value))
    return table
