"""Seconds, CPU and peak RSS of each export format, run as ``eventledger export`` in a fresh process per
format, with the sha256 of every output so that two versions of the code can be checked byte for byte.

    PYTHONPATH=src .venv/bin/python benchmarks/export_speed.py --db LEDGER.db | --postgres EVENTS
        [--formats acled-csv,events,geojson,...] [--src OTHER/src]... [--keep FOLDER] [--pandas] [--http]

``--src`` runs the CLI from another source tree (``git archive main src | tar -x -C /tmp/main``, then
``--src /tmp/main/src``): the figures and digests of main beside this branch's, on the same ledger; given
more than once, each tree in turn (``--src /tmp/main/src --src src``).
``--postgres EVENTS`` starts a throwaway PostgreSQL cluster (tests/postgres_server.py), builds a ledger of
EVENTS events there from real news as benchmarks/ledger_scale.py does (tests/real_ledger.py, dates moved
on --shift-days a round), and exports it; the cluster is removed afterwards.
``--keep`` leaves the outputs in FOLDER (named FORMAT.out; in FOLDER/N/ for the Nth of several --src);
without it they go to a temporary folder.
``--http`` downloads each format from ``GET /api/export`` of ``eventledger serve`` instead (a fresh server per
format, started from the same source tree, read as fast as the client takes it): the figures are the
server's RSS once it answers (after its warm-up) and its peak RSS by the end of the download (VmHWM), with
the time until the answer's headers and its header ``X-Events-Left-Out``; the digests are the answer's
bytes, comparable with the command line's.
``--pandas`` checks issue #12's promise on the ACLED CSV: it loads in pandas with integer ``fatalities``,
no empty ``event_date``, and as many rows as the events export has events of ACLED's types (the
events export is written too when not among the formats). The peak RSS is the child process's own
(``wait4``); the machine's load average is printed beside each figure, since the machine is shared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ALL_FORMATS = ("acled-csv", "events", "geojson", "documents", "quotes", "claims", "actors", "stix")
HERE = Path(__file__).resolve().parent


def load() -> str:
    return "load " + " ".join(f"{value:.1f}" for value in os.getloadavg())


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def run_export(db: str, name: str, target: Path, src: Path) -> tuple[float, float, float, str]:
    """Export ``name`` to ``target`` in a child process; its wall seconds, CPU seconds, peak RSS (MB)
    and what it wrote on stderr."""
    command = [sys.executable, "-m", "eventledger", "export", "--format", name, "--db", db, "-o", str(target)]
    environment = {**os.environ, "PYTHONPATH": str(src)}
    started = time.perf_counter()
    child = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    stderr = child.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"export {name} failed ({child.returncode}): {stderr}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stderr.strip()


def rss_mb(pid: int, field: str) -> float:
    """A process's ``VmRSS`` (now) or ``VmHWM`` (its peak so far) in MB, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise SystemExit(f"no {field} for process {pid}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_download(db: str, name: str, target: Path, src: Path) -> tuple[float, float, float, str]:
    """Serve ``db`` with `eventledger serve` (one worker, from ``src``) and download ``name`` from
    GET /api/export to ``target``; the download's wall seconds, the server's RSS (MB) before it and its
    peak RSS (MB) by its end, and the X-Events-Left-Out header."""
    import httpx

    port = free_port()
    command = [sys.executable, "-m", "eventledger", "serve", "--db", db, "--port", str(port)]
    server = subprocess.Popen(command, env={**os.environ, "PYTHONPATH": str(src)}, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # the server warms up before it answers
        while True:
            try:
                if httpx.get(url + "/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"the server did not start for {name}") from None
                time.sleep(0.2)
        before = rss_mb(server.pid, "VmRSS")
        started = time.perf_counter()
        with httpx.stream("GET", url + "/api/export", params={"format": name}, timeout=None) as answer, \
                target.open("wb") as out:
            headers_after = time.perf_counter() - started
            if answer.status_code != 200:
                raise SystemExit(f"export {name} over HTTP failed: {answer.status_code} {answer.read()[:300]!r}")
            for chunk in answer.iter_raw():
                out.write(chunk)
        seconds = time.perf_counter() - started
        note = f"headers after {headers_after:.2f} s, X-Events-Left-Out {answer.headers['x-events-left-out']}"
        return seconds, before, rss_mb(server.pid, "VmHWM"), note
    finally:
        server.terminate()
        server.wait(timeout=60)


def pandas_check(acled_csv: Path, events_jsonl: Path) -> None:
    """Issue #12: the ACLED CSV as an analyst loads it."""
    import pandas as pd

    from eventledger.kb.taxonomy import is_acled

    frame = pd.read_csv(acled_csv, low_memory=False)  # tags: mostly empty, some text
    with events_jsonl.open(encoding="utf-8") as handle:
        events = sum(1 for line in handle)
    with events_jsonl.open(encoding="utf-8") as handle:
        acled_type = sum(1 for line in handle if is_acled(json.loads(line)["sub_event_type"]))
    empty_dates = int(frame["event_date"].isna().sum())
    passed = len(frame) == acled_type and empty_dates == 0 and frame["fatalities"].dtype.kind == "i"
    print(f"  pandas: {len(frame):,} rows; fatalities dtype {frame['fatalities'].dtype};"
          f" empty event_date {empty_dates}; events export {events:,} events, {acled_type:,} of ACLED's types"
          f" -> {'OK' if passed else 'FAILED'}")


def measure(db: str, formats: list[str], sources: list[str], keep: str | None, pandas: bool,
            http: bool = False) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        for number, src in enumerate(sources, 1):
            folder = Path(keep or scratch) / (str(number) if len(sources) > 1 else "")
            folder.mkdir(parents=True, exist_ok=True)
            print(f"{db} with {src}{' over HTTP' if http else ''}:")
            for name in formats:
                target = folder / f"{name}.out"
                if http:
                    seconds, before, peak, note = run_download(db, name, target, Path(src))
                    figures = f"server RSS {before:7,.0f} MB before, peak {peak:7,.0f} MB"
                else:
                    seconds, cpu, peak, note = run_export(db, name, target, Path(src))
                    figures = f"CPU {cpu:7.1f} s, peak RSS {peak:7,.0f} MB"
                print(f"  {name:10s} {seconds:7.1f} s, {figures},"
                      f" {target.stat().st_size / 1e6:9,.1f} MB, sha256 {sha256(target)[:16]} ({load()})"
                      + (f"; {note}" if note else ""), flush=True)
            if pandas:
                pandas_check(folder / "acled-csv.out", folder / "events.out")


BUILD = """import sys
from pathlib import Path
from tests.real_ledger import build
print(build(sys.argv[1], int(sys.argv[2]), shift_days=int(sys.argv[3]), folder=Path(sys.argv[4])))"""


@contextmanager
def postgres_ledger(events: int, shift_days: int) -> Iterator[str]:
    """A throwaway cluster holding a real-news ledger of ``events`` events; its URL. The ledger is built
    in a process of its own: an export's peak RSS (wait4) counts this process's RSS when it forked the
    export (Linux keeps the larger high-water mark across exec), and the ingest would leave it at ~600 MB."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    from postgres_server import measured_database

    with measured_database(None, "export_speed") as url, tempfile.TemporaryDirectory() as inputs:
        started = time.perf_counter()
        path = os.pathsep.join([str(HERE.parent), os.environ.get("PYTHONPATH", "")])  # tests.real_ledger
        built = subprocess.run([sys.executable, "-c", BUILD, url, str(events), str(shift_days), inputs],
                               env={**os.environ, "PYTHONPATH": path}, capture_output=True, text=True, check=False)
        if built.returncode != 0:
            raise SystemExit(f"cannot build the PostgreSQL ledger: {built.stderr}")
        print(f"PostgreSQL: built {int(built.stdout.split()[-1]):,} events in {time.perf_counter() - started:.1f} s"
              f" ({load()})", flush=True)
        yield url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ledger = parser.add_mutually_exclusive_group(required=True)
    ledger.add_argument("--db", help="a SQLite ledger file (or a PostgreSQL URL)")
    ledger.add_argument("--postgres", type=int, metavar="EVENTS",
                        help="build a real-news ledger of EVENTS events on a throwaway PostgreSQL cluster")
    parser.add_argument("--shift-days", type=int, default=11,
                        help="with --postgres: the days each round of copies moves on")
    parser.add_argument("--formats", default=",".join(ALL_FORMATS))
    parser.add_argument("--src", action="append", help="the source tree to run the CLI from (repeatable)")
    parser.add_argument("--keep", help="a folder to leave the outputs in")
    parser.add_argument("--pandas", action="store_true", help="check the ACLED CSV in pandas (issue #12)")
    parser.add_argument("--http", action="store_true",
                        help="download each format from GET /api/export of `eventledger serve` (its peak RSS)")
    args = parser.parse_args()
    formats = [name for name in args.formats.split(",") if name]
    if args.pandas:
        formats += [name for name in ("acled-csv", "events") if name not in formats]
    sources = args.src or [str(HERE.parent / "src")]
    if args.db:
        measure(args.db, formats, sources, args.keep, args.pandas, args.http)
        return
    with postgres_ledger(args.postgres, args.shift_days) as url:
        measure(url, formats, sources, args.keep, args.pandas, args.http)


if __name__ == "__main__":
    main()
