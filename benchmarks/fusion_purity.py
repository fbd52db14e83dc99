"""Fusion purity on UCDP GED headlines: events that fuse items reporting different GED events.

    python benchmarks/fusion_purity.py GOLD_JSONL EVENTS_JSONL

Every item of the set is a different GED event, so an event of ours whose sources are several items is
a wrong merge unless those items cite one same headline (then the same report told of both, and
meeting is fair). An event is counted as impure when its items do not form one group under "shares a
headline" (taken transitively). Prints the count of impure events, the largest of them (by items) and
the size distribution of all events by number of items; only ids and counts, never item text.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path


def headline_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


def load_headlines(gold_path: Path) -> dict[str, set[str]]:
    """item id → the keys of the headlines it cites."""
    result: dict[str, set[str]] = {}
    with gold_path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            result[row["id"]] = {headline_key(h["headline"]) for h in row.get("headlines", [])}
    return result


def headline_groups(items: list[str], headlines: dict[str, set[str]]) -> int:
    """How many groups the items fall into when items sharing a headline are joined (transitively)."""
    parent = {i: i for i in items}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if headlines.get(a, set()) & headlines.get(b, set()):
                parent[find(a)] = find(b)
    return len({find(i) for i in items})


def measure(gold_path: Path, events_path: Path) -> dict[str, object]:
    headlines = load_headlines(gold_path)
    sizes: Counter[int] = Counter()
    impure: list[tuple[int, str]] = []
    with events_path.open(encoding="utf-8") as handle:
        for line in handle:
            event = json.loads(line)
            if event.get("event_type") == "Other events":
                continue
            items = sorted({s["document_id"] for s in event.get("sources", []) if s["document_id"] in headlines})
            sizes[len(items)] += 1
            if len(items) > 1 and headline_groups(items, headlines) > 1:
                impure.append((len(items), event["event_id"]))
    impure.sort(reverse=True)
    return {
        "events": sum(sizes.values()),
        "events_with_several_items": sum(n for size, n in sizes.items() if size > 1),
        "events_fusing_items_with_no_shared_headline": len(impure),
        "largest_impure_event_items": impure[0][0] if impure else 0,
        "size_distribution": dict(sorted(sizes.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("events", type=Path)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.gold, args.events), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
