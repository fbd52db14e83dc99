"""Actor sides over matched events: is the predicted actor1 the gold actor1, and actor2 the gold actor2?

    PYTHONPATH=src .venv/bin/python benchmarks/actor_sides.py GOLD_JSON LEDGER_DB [GOLD_JSON LEDGER_DB ...]

`eventledger eval` matches an event when a gold actor1 name stands anywhere on the prediction; this
reads a ledger built by `eventledger eval --db LEDGER_DB GOLD ...`, pairs events as the evaluation does,
and counts, over the matched pairs, the predicted actor1 being one of the gold actor1 names (regime
period ignored, every KB name of one state force alike, as in the evaluation) and the same for actor2
(where the gold has one), plus how many gold actor1 names are state forces written with their regime.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from eventledger.evaluate import _doc_events, _names, actor_key, load_gold, score_events
from eventledger.store import open_store


def side_counts(gold_path: str, db: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    events = list(open_store(db).iter_events())
    by_id = {e["event_id"]: e for e in events}
    for gold in load_gold(Path(gold_path)):
        if not gold.get("document") or gold.get("events") is None:
            continue
        gold_by_id = {g["id"]: g for g in gold["events"]}
        report = score_events(gold["events"], _doc_events(events, gold["document"]))
        for match in report["matches"]:
            g, p = gold_by_id[match["gold"]], by_id[match["event_id"]]
            counts["pairs"] += 1
            counts["actor1_right"] += bool(p.get("actor1")) and actor_key(p["actor1"]) in _names(g.get("actor1"))
            if g.get("actor2"):
                counts["actor2_gold"] += 1
                counts["actor2_right"] += bool(p.get("actor2")) and actor_key(p["actor2"]) in _names(g["actor2"])
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+", help="GOLD_JSON LEDGER_DB, repeated")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        sys.exit("E: give GOLD_JSON LEDGER_DB pairs")
    total: Counter[str] = Counter()
    for gold_path, db in zip(args.pairs[::2], args.pairs[1::2], strict=True):
        counts = side_counts(gold_path, db)
        total.update(counts)
        print(f"{gold_path}: actor1 {counts['actor1_right']}/{counts['pairs']}, "
              f"actor2 {counts['actor2_right']}/{counts['actor2_gold']}")
    pairs, gold2 = total["pairs"] or 1, total["actor2_gold"] or 1
    print(f"all: actor1 {total['actor1_right']}/{total['pairs']} = {total['actor1_right'] / pairs:.3f}, "
          f"actor2 {total['actor2_right']}/{total['actor2_gold']} = {total['actor2_right'] / gold2:.3f}")


if __name__ == "__main__":
    main()
