"""kill -9 mid-ingest and a full disk: does the re-run give the exports of an uninterrupted run?

The input is the seed corpus and the first N UCDP GED headlines of the dev split (real text, several
hundred documents). For each mode (one process, ``--n-process 2``): one uninterrupted ingest gives the
reference exports; then an ingest into a fresh ledger is killed with SIGKILL (its whole process group,
spaCy's workers too) at each of K seeded random delays after its first documents are stored, re-run to
the end, and its exports compared byte for byte with the reference. Then two full-disk cases: the ledger
on a small tmpfs that fills mid-ingest (the seed stored first; the ledger must read the same while the disk is
full as with room; needs mount rights, skipped without) and ``ulimit -f`` (RLIMIT_FSIZE, no rights
needed); each must stop with exit 2 and one line, and a re-run with room must give the reference exports.

    PYTHONPATH=src python benchmarks/kill_matrix.py [--headlines 300] [--points 10] [--seed 9]

Compared formats: every export without a wall-clock stamp (events, documents, quotes, claims, actors,
geojson); acled-csv and stix carry the time each event was last written, so they differ between runs by
design.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED_CORPUS = SHARED / "corpus" / "seed"
GED = SHARED / "benchmarks" / "ucdp-ged-headlines" / "corpus.jsonl"
GED_GOLD = SHARED / "benchmarks" / "ucdp-ged-headlines" / "gold.jsonl"
FORMATS = ["events", "documents", "quotes", "claims", "actors", "geojson"]


def dev_ids() -> set[str]:
    """The items of the dev split (the test split is kept for measuring extraction)."""
    rows = (json.loads(line) for line in GED_GOLD.read_text(encoding="utf-8").splitlines())
    return {row["id"] for row in rows if row.get("split") == "dev"}


def make_inputs(folder: Path, headlines: int) -> list[str]:
    dev = dev_ids()
    lines = [line for line in GED.read_text(encoding="utf-8").splitlines() if json.loads(line)["id"] in dev]
    lines = lines[:headlines]
    (folder / "headlines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copytree(SEED_CORPUS, folder / "seed")
    return [str(folder / "seed"), str(folder / "headlines.jsonl")]


def ingest_args(inputs: list[str], db: Path, n_process: int | None) -> list[str]:
    extra = ["--n-process", str(n_process)] if n_process else []
    return [sys.executable, "-m", "eventledger", "ingest", *inputs, "--db", str(db), *extra]


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess[bytes]:  # noqa: ANN003
    return subprocess.run(args, capture_output=True, check=False, **kwargs)


# every format exported by one process (a command each cost six start-ups per comparison), through the
# function `eventledger export` writes with
EXPORT_DIGESTS = """
import hashlib, io, json, sys
from eventledger.export import write_export
from eventledger.store import open_store
store = open_store(sys.argv[1], create=False)
digests = {}
for name in sys.argv[2:]:
    out = io.StringIO()
    write_export(store, name, out)
    digests[name] = hashlib.sha256(out.getvalue().encode("utf-8")).hexdigest()
print(json.dumps(digests))
"""


def exports(db: Path) -> dict[str, str]:
    """Format -> SHA-256 of the export."""
    result = run([sys.executable, "-c", EXPORT_DIGESTS, str(db), *FORMATS])
    if result.returncode:
        failure = f"export failed: {result.stderr.decode(errors='replace').strip()[-200:]}"
        return dict.fromkeys(FORMATS, failure)
    return json.loads(result.stdout.decode().strip().splitlines()[-1])


def differing(found: dict[str, str], reference: dict[str, str]) -> list[str]:
    return [name for name in FORMATS if found[name] != reference[name]]


def killed_run(args: list[str], db: Path, delay: float) -> tuple[str, float]:
    """Start the ingest in its own process group and SIGKILL the group ``delay`` seconds after its first
    documents are stored (a moment counted from the reference run's start fell before any store as often
    as not: start-up time varies with the machine's load)."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    while process.poll() is None and not (isinstance(stored_documents(db), int) and stored_documents(db)):
        time.sleep(0.05)
    try:
        process.wait(timeout=delay)
        return f"finished before the kill (exit {process.returncode})", time.perf_counter() - started
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return "killed", time.perf_counter() - started


def kill_cases(inputs: list[str], folder: Path, n_process: int | None, points: int, rng: random.Random) -> int:
    label = f"--n-process {n_process}" if n_process else "one process"
    reference_db = folder / f"reference-{n_process}.db"
    done, first, duration = watched_run(ingest_args(inputs, reference_db, n_process), reference_db)
    reference = exports(reference_db)
    print(f"[{label}] uninterrupted ingest: exit {done}, {duration:.1f} s, first documents stored at {first:.1f} s")
    failures = 0
    # moments while documents are being stored (before that, a kill only interrupts loading the model):
    # so long after the first store, up to the time the reference run went on storing
    delays = sorted(rng.uniform(0, duration - first) for _ in range(points))
    for number, delay in enumerate(delays, 1):
        db = folder / f"killed-{n_process}-{number}.db"
        outcome, lived = killed_run(ingest_args(inputs, db, n_process), db, delay)
        documents = stored_documents(db)
        rerun = run(ingest_args(inputs, db, n_process))
        bad = differing(exports(db), reference)
        failures += bool(bad) or rerun.returncode != done
        print(f"[{label}] kill {delay:4.1f} s after the first store: {outcome} after {lived:.1f} s with {documents} "
              f"documents stored; "
              f"re-run exit {rerun.returncode}; exports {'IDENTICAL' if not bad else 'DIFFER: ' + ', '.join(bad)}")
        for path in folder.glob(f"killed-{n_process}-{number}.db*"):
            path.unlink()
    return failures


def watched_run(args: list[str], db: Path) -> tuple[int, float, float]:
    """(exit status, seconds until the first documents were stored, seconds in all) of an ingest."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first = None
    while process.poll() is None:
        if first is None and isinstance(stored_documents(db), int) and stored_documents(db):
            first = time.perf_counter() - started
        time.sleep(0.1)
    duration = time.perf_counter() - started
    return process.returncode, first if first is not None else 0.0, duration


def stored_documents(db: Path) -> int | str:
    import sqlite3

    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(db)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        return f"unreadable ({error})"


def first_line(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = result.stderr.decode(errors="replace").strip().splitlines()
    return f"{len(lines)} stderr lines, last: {lines[-1][:140] if lines else ''}"


def disk_full_case(inputs: list[str], folder: Path, reference: dict[str, str]) -> int:
    """The seed stored with room, then the whole input on a disk that fills: exit 2 and one line; the
    ledger reads the same while the disk is full as once it has room; a re-run with room gives the
    reference."""
    mount = folder / "disk"
    mount.mkdir()
    if run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)]).returncode:
        print("[full tmpfs] skipped: cannot mount a tmpfs here")
        return 0
    try:
        db = mount / "ledger.db"
        seeded = run(ingest_args(inputs[:1], db, None))
        result = run(ingest_args(inputs, db, None))
        print(f"[full tmpfs 2 MB] seed ingest: exit {seeded.returncode}; whole input: exit {result.returncode}; "
              f"{first_line(result)}; {stored_documents(db)} documents kept")
        while_full = exports(db)
        run(["mount", "-o", "remount,size=256m", str(mount)])
        with_room = exports(db)
        unread = differing(while_full, with_room)
        print(f"[full tmpfs] exports while full: {'as with room' if not unread else 'DIFFER: ' + ', '.join(unread)}"
              f"{'' if not unread else ' (' + while_full[unread[0]][:120] + ')'}")
        rerun = run(ingest_args(inputs, db, None))
        bad = differing(exports(db), reference)
        print(f"[full tmpfs] re-run with room: exit {rerun.returncode}; exports "
              f"{'IDENTICAL' if not bad else 'DIFFER: ' + ', '.join(bad)}")
        return int(seeded.returncode != 0) + int(result.returncode != 2) + int(bool(unread)) + int(bool(bad))
    finally:
        run(["umount", str(mount)])


def file_size_limit_case(inputs: list[str], folder: Path, reference: dict[str, str]) -> int:
    db = folder / "ulimit.db"
    limit = 1 << 20  # bytes: the ledger of the full input is several MB

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = run(ingest_args(inputs, db, None), preexec_fn=limited)
    print(f"[ulimit -f 1 MB] ingest: exit {result.returncode}; {first_line(result)}; "
          f"{stored_documents(db)} documents kept")
    rerun = run(ingest_args(inputs, db, None))
    bad = differing(exports(db), reference)
    print(f"[ulimit -f] re-run without the limit: exit {rerun.returncode}; exports "
          f"{'IDENTICAL' if not bad else 'DIFFER: ' + ', '.join(bad)}")
    return int(result.returncode != 2) + int(bool(bad))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--headlines", type=int, default=300)
    parser.add_argument("--points", type=int, default=10)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--skip-kill", action="store_true", help="full-disk cases only")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        inputs = make_inputs(folder, args.headlines)
        failures = 0
        if not args.skip_kill:
            for n_process in (None, 2):
                failures += kill_cases(inputs, folder, n_process, args.points, rng)
        reference_db = folder / "reference-None.db"
        if not reference_db.exists():
            run(ingest_args(inputs, reference_db, None))
        reference = exports(reference_db)
        failures += disk_full_case(inputs, folder, reference)
        failures += file_size_limit_case(inputs, folder, reference)
        print(f"cases that differ or exit wrongly: {failures}")


if __name__ == "__main__":
    main()
