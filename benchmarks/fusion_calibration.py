"""Merge confidence against observed precision on the fusion dev sets (prints figures; nothing here is a test).

    python benchmarks/fusion_calibration.py

Each report of a fused event carries the evidence it was merged on (``sources[].merged_on``: the report it
agrees with most, and the merge's confidence from compatibility.MERGE_CONFIDENCE). A merge is right when
the gold puts the two reports' articles in one event. Two tables, by confidence bin: the stored merges
(one per report of a fused event), and every pair of reports of one fused event that merges on its own
evidence. Each bin shows the mean predicted confidence, the observed precision and the count; the
calibration is good where the two differ by at most 0.1. A third table takes the pairs fusion kept apart
and offers as possible duplicates (duplicates.ledger_duplicates: their confidence is the chance that they
are one incident after all), with the stored merges: the whole range an analyst sees. Then the same by
MERGE_CONFIDENCE row. Dev sets only: devdata/fusion/* (never the held-out set).
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from eventledger.duplicates import ledger_duplicates
from eventledger.fuse import DocumentMeta
from eventledger.fuse.compatibility import merge_class
from eventledger.fuse.evidence import pair_evidence
from eventledger.pipeline import ingest_paths
from eventledger.store import open_store

ROOT = Path(__file__).resolve().parents[1]
FUSION = ROOT / "devdata" / "fusion"
SETS = [
    ("fusion", FUSION / "gold.json", FUSION / "articles.jsonl"),
    ("incidents", FUSION / "incidents_gold.json", FUSION / "incidents.jsonl"),
    ("outlets", FUSION / "outlets_gold.json", FUSION / "outlets.jsonl"),
    ("placeless", FUSION / "placeless" / "gold.json", FUSION / "placeless" / "articles.jsonl"),
    ("distinct", FUSION / "distinct_gold.json", FUSION / "distinct.jsonl"),
    ("tolls", FUSION / "tolls" / "gold.json", FUSION / "tolls" / "articles.jsonl"),
    ("styles", FUSION / "styles" / "gold.json", FUSION / "styles" / "articles.jsonl"),
    ("lookalikes", FUSION / "lookalikes" / "gold.json", FUSION / "lookalikes" / "articles.jsonl"),
    ("claimants", FUSION / "claimants" / "gold.json", FUSION / "claimants" / "articles.jsonl"),
    ("mixed", FUSION / "mixed" / "gold.json", FUSION / "mixed" / "articles.jsonl"),
    ("wire2", FUSION / "wire2" / "gold.json", FUSION / "wire2" / "articles.jsonl"),
    ("wire3", FUSION / "wire3" / "gold.json", FUSION / "wire3" / "articles.jsonl"),
    ("wire4", FUSION / "wire4" / "gold.json", FUSION / "wire4" / "articles.jsonl"),
    ("relay", FUSION / "relay" / "gold.json", FUSION / "relay" / "articles.jsonl"),
    ("aftermath", FUSION / "aftermath" / "gold.json", FUSION / "aftermath" / "articles.jsonl"),
]
BINS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]


def same_gold_event(gold: dict[str, Any], a: str, b: str) -> bool | None:
    """True when one gold event has both articles; None when the gold does not speak for one of them."""
    events = [set(e.get("mentions", [])) for e in gold.get("events", [])]
    known = set().union(*events) if events else set()
    if a not in known or b not in known:
        return None
    return any(a in e and b in e for e in events)


Row = tuple[float, bool, str]  # predicted confidence, right by the gold, MERGE_CONFIDENCE row


def merge_row(why: dict[str, Any]) -> str:
    """The MERGE_CONFIDENCE row a stored merge (``merged_on``) or a pair's evidence was given."""
    if why.get("copy") or why.get("analyst"):
        return "copy" if why.get("copy") else "analyst"
    return merge_class(why["place"], why["date"]) if why.get("direct") else "chained"


def _document(mention_id: str) -> str:
    return mention_id.rsplit("#", 1)[0]


def fused_links(gold_path: Path, corpus: Path) -> tuple[list[Row], list[Row], list[Row]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    stored: list[Row] = []
    pairs: list[Row] = []
    offered: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "ledger.db"))
        try:
            ingest_paths([str(corpus)], store)
            for pair in ledger_duplicates(store)[0]:
                a, b = (_document(m) for m in pair["why"]["mentions"])
                right = same_gold_event(gold, a, b)
                if right is not None:
                    offered.append((pair["why"]["confidence"], right, "possible_duplicate"))
            events = list(store.iter_events())
            ids = [e["event_id"] for e in events]
            mentions: dict[str, list] = defaultdict(list)
            for event_id, m in store.mentions_of_events(ids):
                mentions[event_id].append(m)
            metas = {
                d: DocumentMeta(d, v["source"], v["url"], v["published"], v["duplicate_of"])
                for d, v in store.document_meta({m.document_id for ms in mentions.values() for m in ms}).items()
            }
        finally:
            store.close()
    for event in events:
        for source in event["sources"]:
            why = source.get("merged_on")
            if why and why.get("with"):
                right = same_gold_event(gold, source["document_id"], why["with"])
                if right is not None:
                    stored.append((why["confidence"], right, merge_row(why)))
        for a, b in combinations(mentions[event["event_id"]], 2):
            if a.document_id == b.document_id:
                continue
            evidence = pair_evidence(a, b, metas)
            if evidence and (evidence.get("copy") or evidence.get("direct")):
                right = same_gold_event(gold, a.document_id, b.document_id)
                if right is not None:
                    pairs.append((evidence["confidence"], right, merge_row(evidence)))
    return stored, pairs, offered


def _line(label: str, inside: list[Row]) -> str:
    predicted = sum(p for p, _, _ in inside) / len(inside)
    observed = sum(ok for _, ok, _ in inside) / len(inside)
    # compared at the printed precision: 22 merges at 0.9, all right, sum to 0.1000000000000001 apart
    flag = "" if round(abs(predicted - observed), 3) <= 0.1 else "  > 0.1"
    return f"  {label:<20} {predicted:9.3f} {observed:9.3f} {len(inside):6d}  {abs(predicted - observed):.3f}{flag}"


def table(title: str, rows: list[Row]) -> None:
    print(f"{title}: {len(rows)} pairs")
    print("  bin                  predicted  observed      n  |diff|")
    for low, high in BINS:
        inside = [r for r in rows if low <= r[0] < high]
        if inside:
            print(_line(f"{low:.2f}-{min(high, 1.0):.2f}", inside))


def by_row(title: str, rows: list[Row]) -> None:
    print(f"{title}:")
    print("  row                  predicted  observed      n  |diff|")
    for row in sorted({r[2] for r in rows}):
        print(_line(row, [r for r in rows if r[2] == row]))


def main() -> int:
    stored_all: list[Row] = []
    pairs_all: list[Row] = []
    offered_all: list[Row] = []
    for name, gold, corpus in SETS:
        stored, pairs, offered = fused_links(gold, corpus)
        wrong = sum(not ok for _, ok, _ in stored)
        right = sum(ok for _, ok, _ in offered)
        print(f"{name}: {len(stored)} stored merges ({wrong} wrong), {len(pairs)} direct pairs, "
              f"{len(offered)} possible duplicates ({right} right)")
        stored_all += stored
        pairs_all += pairs
        offered_all += offered
    table("stored merges (one per report of a fused event, as the dossier shows them)", stored_all)
    table("every directly merging pair inside fused events", pairs_all)
    table("stored merges and possible duplicates together", stored_all + offered_all)
    by_row("by MERGE_CONFIDENCE row (stored merges and possible duplicates)", stored_all + offered_all)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
