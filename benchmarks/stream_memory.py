"""Peak memory and documents/s of a long streaming ingest (100,000 documents with --documents 100000), on
SQLite and on PostgreSQL: does ``eventledger ingest`` run in constant memory, whatever the input's length?

    .venv/bin/python benchmarks/stream_memory.py [--documents 10000] [--n-process 2]
        [--backend both|sqlite|postgresql] [--postgres-url URL] [--every 60]
        [--format jsonl|warc] [--checkpoints 10000,50000,100000] [--minutes 25]

The input is one JSONL file of short news reports, written as it is generated (never held whole): our own
report templates (throughput.py's) with random towns, days and tolls, a seed paragraph in some of them,
each report with its own id and date. With ``--format warc`` the same reports are HTML pages in a
WARC file instead (``stream_pages.py``: each page wrapped in one of several CMS layouts, with menus, share
buttons, related links and comments around the article), so reading, HTML extraction and cleaning run too;
a page's document id is then the hash of its cleaned text, so each report names its own filing number.
With ``--language fr`` (JSONL) every record declares a language other than English: it is stored without a
parse or extraction, so a run of 100,000 takes minutes and shows the main process's own growth per document.
Each backend runs one ``eventledger ingest`` in a fresh process
(model loading included); the resident memory of its whole process tree (the main process and its
workers) is sampled every 0.5 s. Printed: documents/s, the peak of the tree's total RSS and of any one
process, and the tree's RSS at each tenth of the run, so that a leak shows as a slope. Target: peak
under 2 GB at 100,000 documents. Every ``--every`` seconds a line gives the documents stored so far (counted in
the ledger on a connection of its own) and the RSS of the tree, of the main process and of each worker, so
that a long run shows its slope per document while it runs (and a run stopped early still has its figures).
When the documents stored pass each of ``--checkpoints`` a line gives the peak RSS so far (tree and main
process) and the RSS then, so that the figures at 10k, 50k and 100k documents can be read off one run.
With ``--minutes`` each ingest is stopped (it and its workers) after that long, and the figures are those of
the documents stored by then: on a shared machine a run of 100,000 can take hours, and the slope of RSS
against documents stored is what tells whether memory stays flat. Without --postgres-url a throwaway
PostgreSQL cluster is started on 127.0.0.1 (tests/postgres_server.py).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from postgres_server import measured_database  # noqa: E402
from stream_pages import write_warc_corpus  # noqa: E402
from throughput import _DAYS, _MONTHS, _TEMPLATES, _TOWNS, seed_paragraphs  # noqa: E402

SAMPLE_SECONDS = 0.5
COUNT_SECONDS = 5.0  # the ledger's document count is read this often (for the checkpoints)


def reports(count: int, random_seed: int = 7, language: str | None = None) -> Iterator[dict[str, str]]:
    """``count`` short reports, one to three template sentences each, a seed paragraph in one in ten;
    ``language`` (given) is declared in each record."""
    rng = random.Random(random_seed)
    seed = seed_paragraphs()
    first_day = dt.date(2023, 1, 1)
    for number in range(count):
        sentences = []
        for template in rng.sample(_TEMPLATES, k=rng.randint(1, 3)):
            sentences.append(template.format(town=rng.choice(_TOWNS), day=rng.choice(_DAYS),
                                             month=rng.choice(_MONTHS), n=rng.randint(2, 60)))
        if seed and rng.random() < 0.1:
            sentences.append(rng.choice(seed))
        published = first_day + dt.timedelta(days=rng.randrange(700))
        record = {"id": f"stream-{number}", "published": published.isoformat(), "source": "Stream Wire",
                  "title": f"Report {number}", "text": "\n\n".join(sentences)}
        yield {**record, "language": language} if language else record


def write_corpus(path: Path, count: int, language: str | None = None) -> tuple[int, float]:
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for record in reports(count, language=language):
            words += len(record["text"].split())
            out.write(json.dumps(record) + "\n")
    return words, path.stat().st_size / 1e6


def tree_rss(process: psutil.Process) -> tuple[int, int, int]:
    """(total, largest, main) resident bytes of ``process`` and its descendants; main is ``process``'s own
    (it reads, fuses and stores; its children annotate and extract), so that a slope shows where it is."""
    sizes = []
    main = 0
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            sizes.append(member.memory_info().rss)
            if member.pid == process.pid:
                main = sizes[-1]
    return sum(sizes), max(sizes, default=0), main


def stored_documents(db: str) -> int | None:
    """Documents in the ledger now, read on a connection of this process (None if it cannot be read yet)."""
    try:
        if db.startswith("postgresql://"):
            import psycopg

            with psycopg.connect(db, connect_timeout=5) as conn:
                return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - no table yet, or the ledger busy: the next reading will tell
        return None


def print_progress(started: float, db: str, process: psutil.Process) -> None:
    mb = 1 / 2**20
    sizes = []
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            sizes.append(member.memory_info().rss * mb)
    if sizes:
        print(f"  at {time.perf_counter() - started:6.0f} s: {stored_documents(db)} documents stored; RSS tree "
              f"{sum(sizes):,.0f} MB, main {sizes[0]:,.0f} MB, workers {' '.join(f'{s:,.0f}' for s in sizes[1:])} MB",
              flush=True)


class Checkpoints:
    """Prints the peak RSS so far when the documents stored pass each checkpoint."""

    def __init__(self, db: str, counts: list[int]) -> None:
        self.db, self.pending = db, sorted(counts)
        self.peak_total = self.peak_main = 0
        self.read_at = 0.0
        self.reached: list[tuple[int, int, float, float, float]] = []  # (checkpoint, stored, s, peak tree, peak main)

    def sample(self, at: float, total: int, main: int) -> None:
        self.peak_total, self.peak_main = max(self.peak_total, total), max(self.peak_main, main)
        if not self.pending or at - self.read_at < COUNT_SECONDS:
            return
        self.read_at = at
        stored = stored_documents(self.db) or 0
        mb = 1 / 2**20
        while self.pending and stored >= self.pending[0]:
            checkpoint = self.pending.pop(0)
            self.reached.append((checkpoint, stored, at, self.peak_total * mb, self.peak_main * mb))
            print(f"  checkpoint {checkpoint:,} documents ({stored:,} stored at {at:.0f} s): peak RSS so far "
                  f"{self.peak_total * mb:,.0f} MB tree, {self.peak_main * mb:,.0f} MB main; now "
                  f"{total * mb:,.0f} MB tree, {main * mb:,.0f} MB main", flush=True)


def tree_cpu(process: psutil.Process) -> float:
    """CPU seconds so far of ``process`` and its live descendants."""
    total = 0.0
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):
            times = member.cpu_times()
            total += times.user + times.system
    return total


def stop_tree(process: psutil.Process) -> None:
    """Ends the ingest we started and its workers (by their ids), the workers first."""
    members = [*process.children(recursive=True), process]
    for member in members:
        with contextlib.suppress(psutil.NoSuchProcess):
            member.terminate()
    _, alive = psutil.wait_procs(members, timeout=30)
    for member in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            member.kill()


def run_ingest(db: str, corpus: Path, n_process: int, every: float = 60.0,
               checkpoints: list[int] | None = None, minutes: float = 0.0) -> dict[str, object]:
    command = [sys.executable, "-m", "eventledger", "ingest", "--db", db, "--n-process", str(n_process),
               str(corpus)]
    # the caller's PYTHONPATH first, so that another tree's code can be measured (a before/after)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"),
                                                                     str(HERE.parent / "src")]))}
    cpu_before = _children_cpu()
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    watched = psutil.Process(child.pid)
    samples: list[tuple[float, int, int, int]] = []
    marks = Checkpoints(db, checkpoints or [])
    printed = started
    stopped_at = None
    while child.poll() is None:
        if minutes and time.perf_counter() - started > minutes * 60:
            stopped_at = stored_documents(db)
            print(f"  stopped after {minutes:g} minutes: {stopped_at} documents stored", flush=True)
            stopped_cpu = tree_cpu(watched)  # the workers' CPU never reaches our rusage once they are ended
            stop_tree(watched)
            break
        with contextlib.suppress(psutil.NoSuchProcess):
            samples.append((time.perf_counter() - started, *tree_rss(watched)))
            marks.sample(samples[-1][0], samples[-1][1], samples[-1][3])
            if every > 0 and time.perf_counter() - printed >= every:
                print_progress(started, db, watched)
                printed = time.perf_counter()
        time.sleep(SAMPLE_SECONDS)
    out, err = child.communicate()
    seconds = time.perf_counter() - started
    if stopped_at is not None:
        return {"seconds": seconds, "cpu": stopped_cpu, "samples": samples,
                "summary": [f"stopped by --minutes with {stopped_at} documents stored"], "documents": stopped_at}
    if child.returncode not in (0, 1):  # 1: some inputs rejected, the run itself went through
        raise SystemExit(f"ingest failed ({child.returncode}): {err.strip()[-2000:]}")
    return {"seconds": seconds, "cpu": _children_cpu() - cpu_before, "samples": samples,
            "summary": (err.strip() or out.strip()).splitlines()[-3:]}


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished children and their own children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def report(name: str, documents: int, result: dict[str, object]) -> None:
    if "documents" in result:  # stopped by --minutes: the documents stored by then
        documents = int(result["documents"] or 0)  # type: ignore[call-overload]
    samples: list[tuple[float, int, int, int]] = result["samples"]  # type: ignore[assignment]
    seconds: float = result["seconds"]  # type: ignore[assignment]
    mb = 1 / 2**20
    peak_total = max((total for _, total, _, _ in samples), default=0) * mb
    peak_one = max((largest for _, _, largest, _ in samples), default=0) * mb
    cpu: float = result["cpu"]  # type: ignore[assignment]
    print(f"{name}: {documents:,} documents in {seconds:.0f} s = {documents / seconds:.1f} documents/s (start-up"
          f" included; {cpu:.0f} CPU s, {documents / max(cpu, 1e-9):.1f} documents per CPU second)")
    print(f"  peak RSS {peak_total:,.0f} MB over the process tree, {peak_one:,.0f} MB in one process")
    tenths, mains = [], []
    for tenth in range(1, 11):
        moment = seconds * tenth / 10
        before = [(total, main) for at, total, _, main in samples if at <= moment]
        if before:
            tenths.append(f"{before[-1][0] * mb:,.0f}")
            mains.append(f"{before[-1][1] * mb:,.0f}")
    print(f"  tree RSS (MB) at each tenth of the run: {' '.join(tenths)}")
    print(f"  of which the main process (reads, fuses, stores): {' '.join(mains)}")
    for line in result["summary"]:  # type: ignore[attr-defined]
        print(f"  {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--backend", choices=("both", "sqlite", "postgresql"), default="both")
    parser.add_argument("--postgres-url", help="an empty PostgreSQL database to ingest into")
    parser.add_argument("--every", type=float, default=60.0, help="seconds between progress lines (0: none)")
    parser.add_argument("--format", choices=("jsonl", "warc"), default="jsonl",
                        help="the reports as JSONL records, or as HTML pages in a WARC file")
    parser.add_argument("--checkpoints", default="10000,50000,100000",
                        help="document counts at which to print the peak RSS so far (comma-separated)")
    parser.add_argument("--minutes", type=float, default=0.0,
                        help="stop each ingest after this many minutes and report the documents stored by then "
                        "(0: run to the end)")
    parser.add_argument("--language", help="declare this language in every JSONL record: a language other than "
                        "English is stored unparsed, which measures reading, cleaning and storing alone")
    args = parser.parse_args()
    checkpoints = [int(count) for count in args.checkpoints.split(",") if count.strip()]
    with tempfile.TemporaryDirectory() as folder:
        if args.format == "warc":
            corpus = Path(folder) / "reports.warc.gz"
            words, size = write_warc_corpus(corpus, reports(args.documents))
        else:
            corpus = Path(folder) / "reports.jsonl"
            words, size = write_corpus(corpus, args.documents, args.language)
        print(f"input: {args.documents:,} reports, {words:,} words, {size:.1f} MB ({args.format})", flush=True)
        if args.backend in ("both", "sqlite"):
            report("SQLite", args.documents, run_ingest(str(Path(folder) / "ledger.db"), corpus, args.n_process,
                                                           args.every, checkpoints, args.minutes))
        if args.backend in ("both", "postgresql"):
            with measured_database(args.postgres_url, "stream_memory") as url:
                report("PostgreSQL", args.documents, run_ingest(url, corpus, args.n_process, args.every,
                                                                checkpoints, args.minutes))


if __name__ == "__main__":
    main()
