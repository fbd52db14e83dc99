"""What hostile inputs cost: a .warc.gz bomb through the reader, and unpunctuated text through the
per-article stages, each in a fresh process (peak memory is the process's own); and ``--generated N``:
N generated hostile inputs (benchmarks/hostile_corpus.py: every format) ingested in batches of
``--batch`` files per ``eventledger ingest`` run into a ledger that already holds the seed corpus.

    PYTHONPATH=src python benchmarks/hostile_inputs.py [--sizes 25000 50000 100000] [--uncapped]
    PYTHONPATH=src python benchmarks/hostile_inputs.py --generated 10000 [--batch 200] [--seed 14] [--keep DIR]

The generated run reports tracebacks and internal errors (E016, E201: must be 0), the peak RSS of any
run (< 1 GB), exit codes (0 or 1 under the contract; 2 and 3 are failures), whether the documents and
events stored before are byte-identical after (their lines in the exports), and time. The issue's "runs
over 60 s" were runs of about 5 inputs (2,554 inputs in ~470 runs); a run here holds ``--batch`` of them
to pay the command's start-up less often, so its time is the sum of 200 inputs' and says nothing of one
input. Each run is the real command wrapped by benchmarks/timed_ingest.py, which writes down what each
document cost inside it: the seconds per input (the sum over its records) are the bound that matters,
next to each document's budget (EVENTLEDGER_DOCUMENT_SECONDS, 30 s); "inputs over 60 s" must be 0.

``--uncapped`` also runs the text with the sentence cap lifted (EVENTLEDGER_MAX_SENTENCE_WORDS=10^9),
which is how the stages behaved before it: the time grows with the square of the length, so keep the
sizes small.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from hostile_corpus import generate

SEED_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "seed"
COMPARED = ["documents", "events", "quotes", "claims"]
BUG_LINE = re.compile(r"Traceback|^E016|^E201")  # an internal error, said so
ONE_LINE = re.compile(r"^([EW]\d{3}: \S|documents: \d)")  # what the contract lets standard error hold

TIMED_INGEST = Path(__file__).resolve().parent / "timed_ingest.py"
BOMB_LINE_MB = 400
UNIT = ("gunmen killed three villagers and attacked soldiers near the market in Kano and police said they "
        "arrested two men who fired on protesters and ")

READ_BOMB = """
import json, resource, sys, time
from eventledger.ingest import read_inputs
started = time.perf_counter()
items = list(read_inputs([sys.argv[1]]))
print(json.dumps({"seconds": time.perf_counter() - started, "items": len(items),
                  "message_chars": sum(len(i.line()) for i in items if hasattr(i, "line")),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

PROCESS_TEXT = """
import json, resource, sys, time
from eventledger.clean import clean_document
from eventledger.models import RawDocument
from eventledger.pipeline import IngestOptions, process_articles, warm_up
warm_up()
unit, size = sys.argv[1], int(sys.argv[2])
article = clean_document(RawDocument(origin="long", text="Report\\n\\n" + (unit * (size // len(unit) + 1))[:size]))
started = time.perf_counter()
[done] = process_articles([article], IngestOptions())
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": time.perf_counter() - started, "sentences": len(done.sentences),
                  "events": len(done.events), "peak_rss_mb": peak}))
"""


def child(script: str, *args: str, env: dict[str, str] | None = None) -> dict:
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True,
                            env={**os.environ, **(env or {})})
    return json.loads(result.stdout.strip().splitlines()[-1])


def bomb(folder: Path) -> None:
    path = folder / "bomb.warc.gz"
    with gzip.open(path, "wb", compresslevel=9) as out:
        block = b"A" * (1 << 20)
        for _ in range(BOMB_LINE_MB):
            out.write(block)
    figures = child(READ_BOMB, str(path))
    print(f"bomb: {path.stat().st_size / 1024:.0f} KB .warc.gz of a {BOMB_LINE_MB} MB line -> "
          f"{figures['seconds']:.1f} s, {figures['message_chars']} characters of messages, "
          f"peak RSS {figures['peak_rss_mb']:.0f} MB")


def long_text(sizes: list[int], uncapped: bool) -> None:
    runs = [("capped", {})] + ([("uncapped", {"EVENTLEDGER_MAX_SENTENCE_WORDS": "1000000000"})] if uncapped else [])
    for label, env in runs:
        for size in sizes:
            figures = child(PROCESS_TEXT, UNIT, str(size), env=env)
            print(f"unpunctuated {size // 1000} KB ({label}): {figures['seconds']:.1f} s, "
                  f"{figures['sentences']} sentences, peak RSS {figures['peak_rss_mb']:.0f} MB")


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventledger", *args]


@dataclass
class Run:
    """One command's own figures: CPU seconds are its (and its children's) own, whatever else the
    machine runs; wall seconds are what a user waits, and grow with the machine's load."""

    status: int
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    stderr: str


def timed_run(args: list[str]) -> Run:
    """Run one command and measure it."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", errors="replace")
    return Run(process.returncode, time.perf_counter() - started, usage.ru_utime + usage.ru_stime,
               usage.ru_maxrss / 1024, stderr)


def export_lines(db: str) -> dict[str, dict[str, str]]:
    """Format -> key -> line of the export: documents and events by id, quotes and claims by line."""
    found: dict[str, dict[str, str]] = {}
    for name in COMPARED:
        out = subprocess.run(cli("export", "--format", name, "--db", db), capture_output=True, check=True).stdout
        lines = out.decode("utf-8").split("\n")[:-1]  # not splitlines: a record may hold U+2028 or U+0085
        key = {"documents": "document_id", "events": "event_id"}.get(name)
        found[name] = {json.loads(line)[key] if key else line: line for line in lines}
    return found


def unchanged(before: dict[str, dict[str, str]], after: dict[str, dict[str, str]]) -> dict[str, tuple[int, int]]:
    """Format -> (records kept byte-identical, records before)."""
    return {name: (sum(after[name].get(k) == line for k, line in before[name].items()), len(before[name]))
            for name in COMPARED}


def input_seconds(times: Path, folder: Path, names: dict[str, str]) -> dict[str, float]:
    """Input file name -> seconds its documents cost in the run (timed_ingest.py's lines: a record's
    origin is its file's path and ``#record-N``)."""
    spent: dict[str, float] = {}
    prefix = f"{folder}/"
    lines = times.read_text(encoding="utf-8").splitlines() if times.exists() else []
    for line in lines:
        origin, seconds = json.loads(line)
        name = origin[len(prefix):] if origin.startswith(prefix) else origin
        if name not in names and "#record-" in name:
            name = name.rsplit("#record-", 1)[0]
        if name in names:
            spent[name] = spent.get(name, 0.0) + seconds
    return spent


def distribution(values: list[float]) -> str:
    """min / median / p90 / p99 / max, and how many runs fall in each band of seconds."""
    ordered = sorted(values)

    def at(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    bands = [(0, 10), (10, 20), (20, 30), (30, 45), (45, 60), (60, float("inf"))]
    counts = ", ".join(f"{low}-{high if high != float('inf') else ''} s: {sum(low <= v < high for v in values)}"
                       for low, high in bands)
    return (f"min {ordered[0]:.1f}, median {at(0.5):.1f}, p90 {at(0.9):.1f}, p99 {at(0.99):.1f}, "
            f"max {ordered[-1]:.1f} ({counts})")


def generated(count: int, batch: int, seed: int, keep: Path | None, minutes: float, first: int = 0) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = str(folder / "ledger.db")
        status = timed_run(cli("ingest", str(SEED_CORPUS), "--db", db)).status
        before = export_lines(db)
        print(f"ledger before: {', '.join(f'{len(v)} {k}' for k, v in before.items())} (seed corpus, exit {status})")
        exits: Counter[int] = Counter()
        families: Counter[str] = Counter()
        bugs, slow, peak, longest, total_seconds = [], [], 0.0, 0.0, 0.0
        run_seconds: list[float] = []
        per_input: list[tuple[float, int, str, str]] = []  # seconds, batch, family, file name
        cpu_seconds: list[float] = []
        rejected_lines = 0
        began, done = time.monotonic(), 0
        for start in range(first, count, batch):
            if time.monotonic() - began > minutes * 60:
                print(f"  stopped after {minutes} minutes: {start} of {count} inputs run")
                break
            inputs = folder / f"batch-{start:05d}"
            inputs.mkdir()
            names: dict[str, str] = {}
            for number in range(start, min(count, start + batch)):
                family, filename, content = generate(seed, number)
                (inputs / filename).write_bytes(content)
                names[filename] = family
                families[family] += 1
            times = folder / "times.jsonl"
            times.unlink(missing_ok=True)
            run = timed_run([sys.executable, str(TIMED_INGEST), str(times), "ingest", str(inputs), "--db", db])
            for filename, spent in input_seconds(times, inputs, names).items():
                per_input.append((spent, start, names[filename], filename))
            status, seconds, rss, stderr = run.status, run.seconds, run.peak_rss_mb, run.stderr
            cpu_seconds.append(run.cpu_seconds)
            exits[status] += 1
            total_seconds += seconds
            run_seconds.append(seconds)
            peak, longest = max(peak, rss), max(longest, seconds)
            rejected_lines += sum(1 for line in stderr.splitlines() if re.match(r"E0\d\d: ", line))
            found = [line for line in stderr.splitlines() if BUG_LINE.search(line) or not ONE_LINE.match(line)]
            if found or status not in (0, 1):
                bugs.append((start, status, found[:5]))
                if keep:
                    shutil.copytree(inputs, keep / inputs.name, dirs_exist_ok=True)
            if seconds > 60:
                slow.append((start, round(seconds)))
            print(f"  inputs {start}-{start + len(names) - 1}: exit {status}, {seconds:.1f} s "
                  f"({run.cpu_seconds:.1f} s CPU, load {os.getloadavg()[0]:.1f}), peak RSS {rss:.0f} MB"
                  + (f", SUSPECT: {found[:2]}" if found else ""), flush=True)
            shutil.rmtree(inputs)
            done += len(names)
        after = export_lines(db)
        print(f"generated inputs: {done} run (of {count}) in {sum(exits.values())} runs of {batch}; "
              f"{total_seconds:.0f} s of ingest; rejection lines {rejected_lines}")
        print(f"families: {dict(families.most_common())}")
        print(f"exit codes: {dict(exits)}; runs with tracebacks or internal errors: {len(bugs)}; "
              f"runs of {batch} inputs over 60 s: {len(slow)} {slow or ''} "
              f"(over 60 CPU seconds: {sum(c > 60 for c in cpu_seconds)}); "
              f"longest run {longest:.1f} s; peak RSS {peak:.0f} MB")
        if run_seconds:
            print(f"run seconds, wall: {distribution(run_seconds)}")
            print(f"run seconds, CPU:  {distribution(cpu_seconds)}")
        if per_input:
            spent = [entry[0] for entry in per_input]
            print(f"seconds per input ({len(spent)} inputs that reached the pipeline): {distribution(spent)}")
            print(f"inputs over 30 s: {sum(s > 30 for s in spent)}, over 60 s: {sum(s > 60 for s in spent)}; "
                  "slowest: " + ", ".join(f"{family} {name!r} (batch {batch}) {seconds:.1f} s"
                                          for seconds, batch, family, name in sorted(per_input, reverse=True)[:5]))
        for start, status, lines in bugs:
            print(f"  batch {start}: exit {status}: {lines}")
        kept = unchanged(before, after)
        print("stored before and byte-identical after: "
              + ", ".join(f"{name} {same}/{total}" for name, (same, total) in kept.items())
              + f"; ledger after: {', '.join(f'{len(v)} {k}' for k, v in after.items())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    parser.add_argument("--uncapped", action="store_true", help="also run without the sentence cap")
    parser.add_argument("--generated", type=int, help="run this many generated hostile inputs instead")
    parser.add_argument("--batch", type=int, default=200, help="generated inputs per ingest run")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep", type=Path, help="copy the batches that fail here")
    parser.add_argument("--first", type=int, default=0, help="start at this input number (continue a run)")
    parser.add_argument("--minutes", type=float, default=600, help="start no batch after this many minutes")
    options = parser.parse_args()
    if options.generated:
        generated(options.generated, options.batch, options.seed, options.keep, options.minutes, options.first)
        return
    with tempfile.TemporaryDirectory() as folder:
        bomb(Path(folder))
    long_text(options.sizes, options.uncapped)


if __name__ == "__main__":
    main()
