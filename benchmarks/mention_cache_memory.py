"""The memory of the SQLite store's decoded-mention cache: bytes per decoded mention, and its ceiling.

    PYTHONPATH=src .venv/bin/python benchmarks/mention_cache_memory.py LEDGER.db

A long ingest's main process grows while this cache fills (fusion decodes a stored mention once and keeps it,
the latest ``MENTION_CACHE_SIZE`` of them used): it fills no faster than mentions are stored (about 2.2 per
document on ``stream_memory.py``'s reports), and its growth stops at its ceiling. Every
mention of the ledger is decoded here as the store decodes it (``mention_from_record``) and the Python memory
they hold is measured (tracemalloc); printed: mentions per document, bytes per mention, the cache's ceiling.
"""

from __future__ import annotations

import argparse
import gc
import json
import sqlite3
import tracemalloc

from eventledger.records import mention_from_record
from eventledger.store.sqlite import MENTION_CACHE_SIZE

WARM = 50  # decoded before measuring: the strings and classes every mention shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger")
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.ledger}?mode=ro", uri=True)
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    rows = conn.execute("SELECT mention_id, data FROM mentions").fetchall()
    conn.close()
    if len(rows) <= WARM:
        raise SystemExit(f"{args.ledger}: {len(rows)} mentions, too few to measure")
    for _, data in rows[:WARM]:
        mention_from_record(json.loads(data))
    gc.collect()
    tracemalloc.start()
    kept = {mention_id: mention_from_record(json.loads(data)) for mention_id, data in rows[WARM:]}
    gc.collect()
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    each = held / len(kept)
    print(f"{documents:,} documents, {len(rows):,} mentions ({len(rows) / max(documents, 1):.2f} per document); "
          f"a decoded mention holds {each:,.0f} bytes (its JSON: {sum(len(d) for _, d in rows) / len(rows):,.0f} "
          f"characters)")
    print(f"the cache's ceiling: {MENTION_CACHE_SIZE:,} mentions = {each * MENTION_CACHE_SIZE / 2**20:,.0f} MB, "
          f"reached after {MENTION_CACHE_SIZE / (len(rows) / max(documents, 1)):,.0f} documents or more")


if __name__ == "__main__":
    main()
