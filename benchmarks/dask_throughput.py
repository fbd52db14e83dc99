"""Ingest on a Dask LocalCluster (2 worker processes) against ``--n-process 2``, same texts, same run.

    PYTHONPATH=src python benchmarks/dask_throughput.py [--words 50000] [--repeat 3] [--workers 2]
    PYTHONPATH=src python benchmarks/dask_throughput.py --case [PATH] [--repeat 3]

Needs the ``dask`` extra. The texts are those of ``throughput.py``, or with ``--case`` the CASE 2021 Task 2
snippets (a short-document workload; measure only: their text is read, never their labels, and the ledgers
are only compared, never printed). The cluster is started once, before the
timed runs, and warmed by one small ingest (its workers load the models then, as a long-lived cluster's
would have); ``--n-process 2`` forks its workers from a process that has loaded them. Each way runs
``--repeat`` times, taking turns, and its best run counts (other jobs on a shared machine only slow a run
down). The ledgers of the two ways are compared too: they must be equal. Beside the clock, the CPU seconds
of every process involved (this one, its finished children, and the live ones: the pool's workers, the
cluster's scheduler and workers) are counted for each run, a figure other jobs on a shared machine blur less.
"""

from __future__ import annotations

import argparse
import io
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil
from distributed import LocalCluster

from eventledger.export import write_export
from eventledger.pipeline import IngestOptions, ingest_paths
from eventledger.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import CASE_FILE, build_texts, case_texts, word_count, write_jsonl  # noqa: E402


def cpu_seconds() -> float:
    """CPU seconds so far of this process, its finished children and its live descendants."""
    finished = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = finished.ru_utime + finished.ru_stime
    for process in [psutil.Process(), *psutil.Process().children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def ingest(corpus: Path, db: Path, options: IngestOptions) -> tuple[float, float, str]:
    """Seconds (clock and CPU) to ingest ``corpus`` into a fresh ledger, and the ledger's events export.
    A pool worker that exits during the run is counted once (live before, finished after)."""
    db.unlink(missing_ok=True)
    with open_store(str(db)) as store:
        started, cpu_started = time.perf_counter(), cpu_seconds()
        ingest_paths([str(corpus)], store, options)
        elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
        out = io.StringIO()
        write_export(store, "events", out)
    return elapsed, cpu, out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--case", type=Path, nargs="?", const=CASE_FILE, default=None,
                        help="the CASE 2021 Task 2 snippets (text only) instead of the generated articles")
    args = parser.parse_args()
    texts = case_texts(args.case) if args.case else build_texts(args.words)
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
        cpus: dict[str, list[float]] = {name: [] for name in ways}
        ledgers: dict[str, set[str]] = {name: set() for name in ways}
        for _ in range(args.repeat):
            for name, options in ways.items():
                elapsed, cpu, ledger = ingest(corpus, Path(folder) / "bench.db", options)
                times[name].append(elapsed)
                cpus[name].append(cpu)
                ledgers[name].add(ledger)
                print(f"  {name}: {elapsed:.1f} s, {cpu:.1f} CPU s", flush=True)
    print(f"{len(texts)} texts, {words} words; {args.repeat} runs each (clock s; CPU s)")
    best, median, per_cpu = {}, {}, {}
    for name in ways:
        best[name], median[name] = words / min(times[name]), words / statistics.median(times[name])
        per_cpu[name] = words / statistics.median(cpus[name])
        print(f"{name:>26}: best {best[name]:,.0f} words/s, median {median[name]:,.0f} words/s, "
              f"{per_cpu[name]:,.0f} words per CPU s (median)  "
              f"({', '.join(f'{t:.1f}' for t in times[name])}; {', '.join(f'{c:.1f}' for c in cpus[name])})")
    local, dask = ways
    print(f"cluster / processes: best {best[dask] / best[local]:.2f}, median {median[dask] / median[local]:.2f}, "
          f"per CPU second {per_cpu[dask] / per_cpu[local]:.2f}; ledgers equal: "
          f"{len(set().union(*ledgers.values())) == 1}")


if __name__ == "__main__":
    main()
