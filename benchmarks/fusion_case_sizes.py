"""Fusion on CASE 2021 Task 2 snippets ingested as one batch (a third-party TEST set: measure only).

    python benchmarks/fusion_case_sizes.py [PATH] [--published 2021-06-01] [--db FILE]

The snippets are short reports of mostly different incidents with no date of their own; given one
publication date they are a hard test of fusion purity. Each becomes one input item (text only, the
labels are not read), all go through ``ingest_paths`` into a fresh ledger, and the size distribution
of the events by number of sources is printed, with the largest. Nothing of the snippets' text is shown.
"""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
from collections import Counter
from pathlib import Path

from eventledger.pipeline import ingest_paths
from eventledger.store import open_store

DEFAULT = (
    Path(__file__).resolve().parents[2] / "shared/benchmarks/case2021-task2/test_set_final_release_with_labels.tsv"
)


def write_items(tsv: Path, published: str, out: Path) -> int:
    """One JSON item per snippet (id, published, text); the label column is left unread."""
    count = 0
    with tsv.open(encoding="utf-8", newline="") as handle, out.open("w", encoding="utf-8") as sink:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        for row in rows:
            item = {"id": f"case-{row[0]}", "published": published, "source": "CASE", "text": row[1]}
            sink.write(json.dumps(item, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--published", default="2021-06-01")
    parser.add_argument("--db", type=Path, help="keep the ledger here (default: a temporary file)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        items = Path(tmp) / "case.jsonl"
        n = write_items(args.path, args.published, items)
        store = open_store(str(args.db or Path(tmp) / "case.db"))
        ingest_paths([str(items)], store)
        sizes: Counter[int] = Counter()
        for event in store.iter_events():
            if event.get("event_type") != "Other events":
                sizes[len({s["document_id"] for s in event.get("sources", [])})] += 1
        store.close()
    print(
        json.dumps(
            {
                "snippets": n,
                "events": sum(sizes.values()),
                "events_with_several_sources": sum(c for size, c in sizes.items() if size > 1),
                "largest_event_sources": max(sizes) if sizes else 0,
                "size_distribution": dict(sorted(sizes.items())),
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
