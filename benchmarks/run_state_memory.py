"""What the ingest's per-run id map would hold at the end of a long stream, and what it holds now.

    python benchmarks/run_state_memory.py [--documents 100000]

``_ingest_batches`` (pipeline.py) maps each document id of the run to the hash of its text, so that a
document given twice in one run is stored once. Kept for the whole run, the map grew by one entry per
document; it now holds the documents not yet stored (two batches at most), since the ledger answers for
the rest. This prints the bytes of the map (its table, its id strings and hash strings, as
``sys.getsizeof`` counts them) at 10k, 50k and 100k documents with ids like a JSONL stream's
("stream-12345") and like a WARC stream's (the text's hash), and the resident memory of this process
before and after the 100k map is built and dropped: the growth a long run no longer has.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import sys

import psutil

CHECKPOINTS = (10_000, 50_000, 100_000)
BATCH = 32 * 4 * 2  # documents per batch read with --n-process 2 (batch_size 32 x 4 x processes)


def text_hash(number: int) -> str:
    return "sha256:" + hashlib.sha256(f"report {number}".encode()).hexdigest()[:16]


def map_bytes(seen: dict[str, str]) -> int:
    return sys.getsizeof(seen) + sum(sys.getsizeof(key) + sys.getsizeof(value) for key, value in seen.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    args = parser.parse_args()
    process = psutil.Process()
    mb = 1 / 2**20
    for kind, make_id in (("JSONL ids", lambda n: f"stream-{n}"), ("WARC ids (text hashes)", text_hash)):
        gc.collect()
        rss_before = process.memory_info().rss
        seen: dict[str, str] = {}
        figures = []
        for number in range(args.documents):
            seen[make_id(number)] = text_hash(number)
            if number + 1 in CHECKPOINTS:
                figures.append(f"{number + 1:,}: {map_bytes(seen) * mb:.1f} MB")
        rss_full = process.memory_info().rss
        bounded = {key: seen[key] for key in list(seen)[-2 * BATCH :]}
        print(f"{kind}: map kept for the whole run {', '.join(figures)}; kept for two batches "
              f"({2 * BATCH} documents) {map_bytes(bounded) * mb:.2f} MB")
        del seen, bounded
        gc.collect()
        print(f"  process RSS {rss_before * mb:.0f} MB -> {rss_full * mb:.0f} MB with the {args.documents:,}-entry "
              f"map -> {process.memory_info().rss * mb:.0f} MB once it is dropped")


if __name__ == "__main__":
    main()
