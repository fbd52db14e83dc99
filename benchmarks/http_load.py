"""The HTTP API under load: 50 concurrent readers against `eventledger serve` on a ledger of 10,000+ events.

The ledger is built by the real ingest (`eventledger ingest`) from real snippets: the UCDP GED headlines
and the CASE 2021 snippets, re-ingested several times with new ids and publication dates moved by whole
decades (so that each copy's events are events of their own). The server is the real command on
127.0.0.1, in its own process. Readers are threads (one keep-alive connection each) sending a mix of
pages and API calls: the events page, /api/events with filters, full-text queries, the events with a
possible duplicate, event dossiers (JSON and page), documents. Phase 1: readers only. Phase 2: the same
readers while an `eventledger ingest` of new documents runs into the same ledger and a writer POSTs
articles to /api/documents.

    PYTHONPATH=src python benchmarks/http_load.py [--db PATH] [--copies 4] [--readers 50] [--seconds 30] [--workers 2]
        [--cold] [--py-spy PATH [--stacks FOLDER]]

With --db an existing ledger is reused (built there when missing). Figures: p50/p95/p99 latency (ms),
requests per second, errors. The load generator shares the machine's cores with the server.

--cold measures a cold start instead: phase 2's readers, ingest and POSTs begin as soon as the server
answers /health (no first upload awaited, no warm-up phase), and the figures are given for the whole phase
and per 10 s of it. --py-spy PATH samples the server's worker processes with that py-spy during each
measured phase and gives the share of their samples spent finding possible duplicates (found_duplicates.py,
duplicates.py, fuse/possible_duplicates.py) and the functions most sampled.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import http.client
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "benchmarks"
GED = SHARED / "ucdp-ged-headlines" / "corpus.jsonl"
CASE = SHARED / "case2021-task2" / "test_set_final_release_with_labels.tsv"
TOKEN = "load-test-token"
QUERIES = ["killed", "attack", "police", "soldiers", "protest", "rebels", "bomb", "village", "army clash",
           "civilians killed", "market", "troops"]


def snippets() -> list[dict]:
    """The real snippets, as the JSON input shape (only their text and dates are used, never labels)."""
    rows = [json.loads(line) for line in GED.read_text(encoding="utf-8").splitlines() if line.strip()]
    with CASE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            rows.append({"id": f"case-{row['id']}", "published": "2019-06-01", "source": "CASE 2021",
                         "text": row["EventSnippet"]})
    return rows


def shifted(day: str | None, years: int) -> str | None:
    if not day:
        return day
    date = dt.date.fromisoformat(day[:10])
    try:
        return date.replace(year=date.year - years).isoformat()
    except ValueError:  # 29 February
        return (date - dt.timedelta(days=1)).replace(year=date.year - years).isoformat()


def write_corpus(path: Path, copies: range, tag: str = "copy") -> int:
    """Copies of the snippets with new ids and dates moved back 40 years per copy."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for copy in copies:
            for row in snippets():
                item = {**row, "id": f"{row['id']}~{tag}{copy}", "published": shifted(row.get("published"), 40 * copy)}
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
                count += 1
    return count


def ledger_counts(db: str) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("SELECT count(*) FROM events").fetchone()[0],
                conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def ingest_command(source: Path, db: str) -> list[str]:
    return [sys.executable, "-m", "eventledger", "ingest", str(source), "--db", db]


def build(db: str, copies: int, folder: Path) -> None:
    corpus = folder / "corpus.jsonl"
    documents = write_corpus(corpus, range(copies))
    started = time.perf_counter()
    subprocess.run(ingest_command(corpus, db), check=False, capture_output=True)
    events, stored = ledger_counts(db)
    print(f"built: {documents} snippets ingested in {time.perf_counter() - started:.0f} s -> "
          f"{stored} documents, {events} events")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int, workers: int = 1, log: Path | None = None) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "eventledger", "serve", "--db", db, "--port", str(port), "--token", TOKEN,
         "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=log.open("ab") if log else subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def sample_ids(db: str) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """Event ids, document ids and (country, event_type) pairs to request."""
    conn = sqlite3.connect(db)
    try:
        events = [r[0] for r in conn.execute("SELECT event_id FROM events ORDER BY random() LIMIT 2000")]
        documents = [r[0] for r in conn.execute("SELECT document_id FROM documents ORDER BY random() LIMIT 2000")]
        pairs = [(r[0], r[1]) for r in conn.execute(
            "SELECT country, event_type FROM events WHERE country IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC"
            " LIMIT 40")]
    finally:
        conn.close()
    return events, documents, pairs


def request_mix(rng: random.Random, events: list[str], documents: list[str],
                pairs: list[tuple[str, str]]) -> tuple[str, str, dict]:
    """(kind, path, query parameters) of one reader's next request."""
    roll = rng.random()
    country, event_type = rng.choice(pairs)
    if roll < 0.10:
        return "page /", "/", {}
    if roll < 0.25:
        return "api events", "/api/events", {"limit": 50, "offset": rng.choice([0, 0, 50, 100])}
    if roll < 0.30:  # the events page's "with possible duplicates" box, alone or with a country
        params = {"has_duplicates": "true", "limit": 50}
        if rng.random() < 0.5:
            params["country"] = country
        return "api events duplicates", "/api/events", params
    if roll < 0.45:
        params = {"country": country, "event_type": event_type, "limit": 50}
        if rng.random() < 0.5:
            params["since"] = f"{rng.randrange(1950, 2015)}-01-01"
        return "api events filtered", "/api/events", params
    if roll < 0.60:
        params = {"q": rng.choice(QUERIES), "limit": 50}
        if rng.random() < 0.5:
            params["country"] = country
        return "api events q", "/api/events", params
    if roll < 0.75:
        return "api dossier", f"/api/events/{rng.choice(events)}", {}
    if roll < 0.88:
        return "page dossier", f"/events/{rng.choice(events)}", {}
    if roll < 0.95:
        return "api document", f"/api/documents/{rng.choice(documents)}", {}
    return "page document", f"/documents/{rng.choice(documents)}", {}


class Results:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.started = time.perf_counter()
        self.timings: list[float] = []
        self.by_kind: dict[str, list[float]] = {}
        self.reads_at: list[tuple[float, float]] = []  # (seconds into the phase at the answer, ms) of reads
        self.errors: Counter[str] = Counter()

    def add(self, kind: str, millis: float, status: int | str) -> None:
        with self.lock:
            self.timings.append(millis)
            self.by_kind.setdefault(kind, []).append(millis)
            if kind != "POST document":
                self.reads_at.append((time.perf_counter() - self.started, millis))
            if status != 200:
                self.errors[f"{kind} {status}"] += 1


def get(connection: http.client.HTTPConnection, path: str, params: dict) -> int:
    url = quote(path, safe="/~") + (f"?{urlencode(params)}" if params else "")
    connection.request("GET", url)
    response = connection.getresponse()
    response.read()
    return response.status


def reader(port: int, seed: int, stop: threading.Event, results: Results, ids: tuple) -> None:
    """One analyst's browser: one keep-alive connection, the next request as soon as the last is answered
    (the stdlib client: it costs the shared cores less than httpx)."""
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while not stop.is_set():
        kind, path, params = request_mix(rng, *ids)
        started = time.perf_counter()
        try:
            status: int | str = get(connection, path, params)
        except (OSError, http.client.HTTPException) as error:
            status = type(error).__name__
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        results.add(kind, (time.perf_counter() - started) * 1000, status)
    connection.close()


def poster(base: str, stop: threading.Event, results: Results) -> None:
    """An analyst's uploads: one article every half second, each new."""
    rows = snippets()
    rng = random.Random(5)
    with httpx.Client(base_url=base, timeout=60, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        number = 0
        while not stop.is_set():
            row = rng.choice(rows)
            number += 1
            item = {**row, "id": f"{row['id']}~post{number}-{time.time_ns()}",
                    "published": shifted(row.get("published"), 200)}
            started = time.perf_counter()
            try:
                status: int | str = client.post("/api/documents", json=item).status_code
            except httpx.HTTPError as error:
                status = type(error).__name__
            millis = (time.perf_counter() - started) * 1000
            results.add("POST document", millis, 200 if status in (200, 201) else status)
            stop.wait(0.5)


def process_tree(pid: int) -> list[int]:
    """The process and its living descendants (Linux /proc, by parent id): with --workers the requests are
    answered by the workers, children of the command's process."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):  # ended while listed
            continue
        parents.setdefault(parent, []).append(int(stat.parent.name))
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        pending.extend(parents.get(current, []))
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the server's processes (Linux /proc), to tell the server's cost per request
    from queueing. The ingest processes that answer uploads are counted too."""
    total = 0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:  # ended between the listing and the read
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def worker_processes(pid: int) -> list[int]:
    """The processes that answer requests: with --workers N uvicorn's spawned children of the command's
    process (not its resource tracker), else the command's process itself; never the upload processes."""
    children = [member for member in process_tree(pid) if member != pid
                and Path(f"/proc/{member}/stat").exists()
                and int(Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()[1]) == pid]
    workers = [c for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
    return workers or [pid]


DUPLICATES_FILES = ("found_duplicates.py", "eventledger/duplicates.py", "possible_duplicates.py")


class Sampler:
    """py-spy recording each server worker's stacks (raw: one line a stack, its count last) for a phase."""

    def __init__(self, py_spy: str | None, pid: int, seconds: float, folder: Path) -> None:
        self.outputs: list[Path] = []
        self.processes: list[subprocess.Popen] = []
        if not py_spy:
            return
        for worker in worker_processes(pid):
            output = folder / f"stacks-{worker}-{time.time_ns()}.txt"
            self.outputs.append(output)
            self.processes.append(subprocess.Popen(
                [py_spy, "record", "--pid", str(worker), "--duration", str(int(seconds)), "--rate", "100",
                 "--format", "raw", "--output", str(output), "--nonblocking"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))

    def report(self) -> None:
        if not self.processes:
            return
        for process in self.processes:
            process.wait()
        total, duplicates = 0, 0
        functions: Counter[str] = Counter()
        for output in self.outputs:
            for line in output.read_text(encoding="utf-8", errors="replace").splitlines() if output.exists() else []:
                stack, _, count = line.rpartition(" ")
                if not count.isdigit():
                    continue
                total += int(count)
                duplicates += int(count) * any(name in stack for name in DUPLICATES_FILES)
                frames = [frame for frame in stack.split(";") if "eventledger" in frame]
                if frames:  # the innermost frame of the project's own code
                    functions[frames[-1].split(" (")[0] + " (" + frames[-1].rsplit("/", 1)[-1]] += int(count)
        print(f"    sampled: {total} stacks of the workers; possible duplicates "
              f"{100 * duplicates / max(1, total):.0f}% of them")
        for function, count in functions.most_common(8):
            print(f"        {100 * count / max(1, total):4.1f}%  {function}")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))] if ordered else float("nan")


def figures(samples: list[float]) -> str:
    return (f"p50 {statistics.median(samples):.0f} ms, p95 {percentile(samples, 0.95):.0f} ms, "
            f"p99 {percentile(samples, 0.99):.0f} ms")


def report(label: str, results: Results, seconds: float, server_cpu: float, windows: float = 0) -> None:
    reads = [t for kind, ts in results.by_kind.items() if kind != "POST document" for t in ts]
    print(f"{label}: {len(reads)} reads in {seconds:.0f} s = {len(reads) / seconds:.0f} req/s; {figures(reads)}; "
          f"errors {sum(results.errors.values())} {dict(results.errors) or ''}")
    for start in range(0, int(seconds), int(windows)) if windows else ():  # how the answers settle after a start
        window = [millis for at, millis in results.reads_at if start <= at < start + windows]
        if window:
            print(f"    {start:3d}-{start + windows:.0f} s: {len(window) / windows:4.0f} req/s; {figures(window)}")
    # the machine's load at the end (1, 5, 15 minutes): other processes share the cores with the server
    print(f"    load average {' '.join(f'{value:.1f}' for value in os.getloadavg())}")
    print(f"    server process: {server_cpu:.1f} CPU s = {server_cpu / seconds:.2f} cores, "
          f"{server_cpu * 1000 / max(1, len(results.timings)):.2f} CPU ms per request")
    for kind in sorted(results.by_kind):
        samples = results.by_kind[kind]
        print(f"    {kind:22s} n={len(samples):5d}  {figures(samples)}")


def run_phase(base: str, port: int, readers: int, seconds: float, ids: tuple, *, with_writes: bool = False,
              ingest: list[str] | None = None) -> tuple[Results, float]:
    results, stop = Results(), threading.Event()
    threads = [threading.Thread(target=reader, args=(port, n, stop, results, ids)) for n in range(readers)]
    background = subprocess.Popen(ingest, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) if ingest else None
    if with_writes:
        threads.append(threading.Thread(target=poster, args=(base, stop, results)))
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    while time.perf_counter() - started < seconds:
        time.sleep(0.2)
        if background is not None and background.poll() is not None:
            print(f"    (the background ingest ended after {time.perf_counter() - started:.0f} s)")
            background = None
    stop.set()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if background is not None:
        background.terminate()
        background.wait()
    return results, elapsed


def report_posts(results: Results, elapsed: float) -> None:
    posts = results.by_kind.get("POST document", [])
    if posts:
        print(f"    POSTs: {len(posts)} = {len(posts) / elapsed:.2f}/s, {figures(posts)}")


def cold_start(args: argparse.Namespace, db: str, server: subprocess.Popen, folder: Path, ids: tuple) -> None:
    """Phase 2 begun the moment the server answers /health: what the first requests after a start get."""
    port = int(server.args[server.args.index("--port") + 1])
    fresh = folder / "fresh.jsonl"
    write_corpus(fresh, range(1), tag=f"fresh{os.getpid()}-{time.time_ns()}-")
    cpu = cpu_seconds(server.pid)
    sampler = Sampler(args.py_spy, server.pid, args.seconds, args.stacks or folder)
    results, elapsed = run_phase(f"http://127.0.0.1:{port}", port, args.readers, args.seconds, ids,
                                 with_writes=not args.skip_writes, ingest=ingest_command(fresh, db))
    report("cold start, readers + ingest + POSTs", results, elapsed, cpu_seconds(server.pid) - cpu, windows=10)
    report_posts(results, elapsed)
    sampler.report()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="ledger to reuse (built there when missing)")
    parser.add_argument("--copies", type=int, default=4, help="copies of the snippets to ingest when building")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--warmup", type=float, default=5)
    parser.add_argument("--workers", type=int, default=1, help="serve --workers N")
    parser.add_argument("--server-log", type=Path, help="append the server's standard error here")
    parser.add_argument("--skip-writes", action="store_true", help="run phase 1 only")
    parser.add_argument("--cold", action="store_true",
                        help="phase 2 only, begun as soon as the server answers /health")
    parser.add_argument("--py-spy", help="sample the server's workers with this py-spy during each phase")
    parser.add_argument("--stacks", type=Path, help="keep py-spy's raw stacks in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = args.db or str(folder / "load.db")
        if not Path(db).exists():
            build(db, args.copies, folder)
        events, stored = ledger_counts(db)
        print(f"ledger: {stored} documents, {events} events; {args.readers} readers, {args.seconds:.0f} s per phase, "
              f"{args.workers} server worker(s)")
        port = free_port()
        started = time.perf_counter()
        server = start_server(db, port, args.workers, args.server_log)
        print(f"server ready (answers /health) after {time.perf_counter() - started:.1f} s")
        base = f"http://127.0.0.1:{port}"
        try:
            ids = sample_ids(db)
            if args.cold:
                cold_start(args, db, server, folder, ids)
                return
            if not args.skip_writes:  # the upload process loads its model when the server starts: wait for it
                started = time.perf_counter()
                row = snippets()[0]
                first = httpx.post(f"{base}/api/documents", json={**row, "id": f"{row['id']}~first-{time.time_ns()}"},
                                   headers={"Authorization": f"Bearer {TOKEN}"}, timeout=300)
                print(f"first POST after start: {first.status_code} in {time.perf_counter() - started:.1f} s")
            run_phase(base, port, args.readers, args.warmup, ids)  # first requests open connections and caches
            cpu = cpu_seconds(server.pid)
            sampler = Sampler(args.py_spy, server.pid, args.seconds, args.stacks or folder)
            results, elapsed = run_phase(base, port, args.readers, args.seconds, ids)
            report("phase 1, readers only", results, elapsed, cpu_seconds(server.pid) - cpu)
            sampler.report()
            if not args.skip_writes:
                fresh = folder / "fresh.jsonl"
                write_corpus(fresh, range(1), tag=f"fresh{os.getpid()}-{time.time_ns()}-")
                cpu = cpu_seconds(server.pid)
                sampler = Sampler(args.py_spy, server.pid, args.seconds, args.stacks or folder)
                results, elapsed = run_phase(base, port, args.readers, args.seconds, ids, with_writes=True,
                                             ingest=ingest_command(fresh, db))
                report("phase 2, readers + ingest + POSTs", results, elapsed, cpu_seconds(server.pid) - cpu)
                report_posts(results, elapsed)
                sampler.report()
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
