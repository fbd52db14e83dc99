"""Extraction figures on development data, in one run (prints figures; nothing here is a test).

    python benchmarks/extraction_dev.py [--only seed,own,ucdp,wikievents] [--split dev]

- seed and our own blind-written dev sets (devdata/extraction*, dev parts only): `eventledger eval` lines;
- ucdp-ged-headlines and wikievents (../shared/benchmarks): each set's own score.py on an `events` export.
`--split test` scores the benchmarks' test splits instead: measure only, never tune on what it prints.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVENTLEDGER = [str(Path(sys.executable).parent / "eventledger")]
OWN_SETS = ("extraction", "extraction2", "extraction3", "extraction4")


def run(args: list[str]) -> str:
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    return done.stdout + (done.stderr if done.returncode not in (0, 1) else "")


def eval_line(gold: Path, docs: Path) -> str:
    from eventledger.evaluate import evaluate_paths

    report = evaluate_paths(gold, [str(docs)])
    events = (report.get("overall") or {}).get("events") or report["documents"][0]["events"]
    keys = ("recall", "precision", "sub_event_type_accuracy", "location_accuracy", "fatalities_accuracy")
    return "  ".join(f"{k} {events[k]:.3f}" for k in keys if isinstance(events.get(k), float))


def split_input(folder: Path, split: str, out: Path) -> Path:
    ids = set()
    with (folder / "gold.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item["split"] == split:
                ids.add(item["id"])
    with (folder / "corpus.jsonl").open(encoding="utf-8") as handle, out.open("w", encoding="utf-8") as sink:
        for line in handle:
            if json.loads(line)["id"] in ids:
                sink.write(line)
    return out


def benchmark(name: str, split: str, work: Path) -> str:
    folder = SHARED / "benchmarks" / name
    corpus = split_input(folder, split, work / f"{name}.jsonl")
    db, events = work / f"{name}.db", work / f"{name}-events.jsonl"
    run([*EVENTLEDGER, "ingest", str(corpus), "--db", str(db)])
    run([*EVENTLEDGER, "export", "--db", str(db), "--format", "events", "-o", str(events)])
    return run([sys.executable, str(folder / "score.py"), str(folder / "gold.jsonl"), str(events), "--split", split])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="seed,own,ucdp,wikievents")
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    args = parser.parse_args(argv)
    parts = set(args.only.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "seed" in parts:
            print("seed:", eval_line(SHARED / "eval/seed/gold.json", SHARED / "corpus/seed/seed.jsonl"))
        if "own" in parts:
            for name in OWN_SETS:
                folder = ROOT / "devdata" / name
                print(f"{name} dev:", eval_line(folder / "gold.json", folder / "articles.jsonl"))
        if "ucdp" in parts:
            print("ucdp-ged-headlines", args.split, benchmark("ucdp-ged-headlines", args.split, work))
        if "wikievents" in parts:
            print("wikievents", args.split, benchmark("wikievents", args.split, work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
