"""Ingest on a Dask LocalCluster (2 worker processes) against ``--n-process 2``, same texts, same run.

    PYTHONPATH=src python benchmarks/dask_throughput.py [--words 50000] [--repeat 3] [--workers 2]

Needs the ``dask`` extra. The texts are those of ``throughput.py``. The cluster is started once, before the
timed runs, and warmed by one small ingest (its workers load the models then, as a long-lived cluster's
would have); ``--n-process 2`` forks its workers from a process that has loaded them. Each way runs
``--repeat`` times, taking turns, and its best run counts (other jobs on a shared machine only slow a run
down). The ledgers of the two ways are compared too: they must be equal.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

from distributed import LocalCluster

from eventledger.export import write_export
from eventledger.pipeline import IngestOptions, ingest_paths
from eventledger.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import build_texts, word_count, write_jsonl  # noqa: E402


def ingest(corpus: Path, db: Path, options: IngestOptions) -> tuple[float, str]:
    """Seconds to ingest ``corpus`` into a fresh ledger, and the ledger's events export."""
    db.unlink(missing_ok=True)
    with open_store(str(db)) as store:
        started = time.perf_counter()
        ingest_paths([str(corpus)], store, options)
        elapsed = time.perf_counter() - started
        out = io.StringIO()
        write_export(store, "events", out)
    return elapsed, out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    texts = build_texts(args.words)
    words = word_count(texts)
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    with tempfile.TemporaryDirectory() as folder, cluster:
        corpus, warm = Path(folder) / "texts.jsonl", Path(folder) / "warm.jsonl"
        write_jsonl(texts, corpus)
        write_jsonl(texts[: 4 * args.workers], warm)
        ingest(warm, Path(folder) / "warm.db", IngestOptions(scheduler=cluster.scheduler_address))
        ways = {
            f"--n-process {args.workers}": IngestOptions(n_process=args.workers),
            f"LocalCluster {args.workers} workers": IngestOptions(scheduler=cluster.scheduler_address),
        }
        times: dict[str, list[float]] = {name: [] for name in ways}
        ledgers: dict[str, str] = {}
        for _ in range(args.repeat):
            for name, options in ways.items():
                elapsed, ledgers[name] = ingest(corpus, Path(folder) / "bench.db", options)
                times[name].append(elapsed)
    print(f"{len(texts)} texts, {words} words; best of {args.repeat} (all runs in s)")
    rates = {}
    for name, runs in times.items():
        rates[name] = words / min(runs)
        print(f"{name:>26}: {rates[name]:,.0f} words/s  ({', '.join(f'{t:.1f}' for t in runs)})")
    local, dask = rates.values()
    print(f"cluster / processes: {dask / local:.2f}; ledgers equal: {len(set(ledgers.values())) == 1}")


if __name__ == "__main__":
    main()
