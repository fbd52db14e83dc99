"""Which generated hostile inputs cost the most, each timed on its own in one process (the model loaded
once), so that a slow input is found without paying the command's start-up per input.

    PYTHONPATH=src python benchmarks/hostile_slowest.py [--first 0] [--count 10000] [--seed 14] [--top 25]
    PYTHONPATH=src python benchmarks/hostile_slowest.py --numbers 7493 2138 9963  # these inputs only

Each input is ingested alone (read, clean, parse, extract, store) into one ledger, as `eventledger
ingest` does with a folder holding it. Prints the distribution of the per-input seconds, the growth of
the process's peak RSS each input caused, and the slowest inputs with their family and outcome.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from hostile_corpus import generate

from eventledger.pipeline import IngestOptions, ingest_paths, warm_up
from eventledger.store import open_store


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--numbers", type=int, nargs="+", help="only these inputs (a slow one again, before/after)")
    args = parser.parse_args()
    warm_up()
    started_rss = peak_rss_mb()
    timings: list[tuple[float, int, str, str, int, str]] = []  # seconds, number, family, name, bytes, outcome
    growth: list[tuple[float, int]] = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = open_store(str(folder / "ledger.db"))
        try:
            for number in args.numbers or range(args.first, args.first + args.count):
                family, filename, content = generate(args.seed, number)
                inputs = folder / f"input-{number}"
                inputs.mkdir()
                (inputs / filename).write_bytes(content)
                before = peak_rss_mb()
                started = time.perf_counter()
                summary = ingest_paths([str(inputs)], store, IngestOptions())
                seconds = time.perf_counter() - started
                outcome = (summary.rejections[0].code if summary.rejections
                           else "E027" if summary.over_budget else f"stored {summary.documents_new}")
                timings.append((seconds, number, family, filename, len(content), outcome))
                growth.append((peak_rss_mb() - before, number))
                (inputs / filename).unlink()
                inputs.rmdir()
                if number % 250 == 0:
                    print(f"  {number}: {sum(t[0] for t in timings):.0f} s so far, peak RSS {peak_rss_mb():.0f} MB",
                          file=sys.stderr, flush=True)
        finally:
            store.close()
    seconds = [t[0] for t in timings]
    which = f"{args.numbers}" if args.numbers else f"{args.first}-{args.first + args.count - 1}"
    print(f"inputs {which} (seed {args.seed}): {sum(seconds):.0f} s in all; "
          f"per input median {statistics.median(seconds):.2f} s, p90 {percentile(seconds, 0.9):.2f}, "
          f"p99 {percentile(seconds, 0.99):.2f}, max {max(seconds):.1f}")
    print("inputs over 1/5/10/30 s: " + ", ".join(str(sum(s > limit for s in seconds)) for limit in (1, 5, 10, 30)))
    print(f"peak RSS after warm-up {started_rss:.0f} MB, at the end {peak_rss_mb():.0f} MB; largest single rises: "
          + ", ".join(f"#{n} +{mb:.0f} MB" for mb, n in sorted(growth, reverse=True)[:5]))
    slow_families: Counter[str] = Counter()
    for entry in timings:
        slow_families[entry[2]] += entry[0] > 5
    print(f"families of inputs over 5 s: {dict((k, v) for k, v in slow_families.most_common() if v)}")
    for seconds_taken, number, family, filename, size, outcome in sorted(timings, reverse=True)[: args.top]:
        print(f"  {seconds_taken:6.1f} s  #{number:<5} {family:<14} {size:>9} bytes  {outcome:<10} {filename[:60]!r}")


if __name__ == "__main__":
    main()
