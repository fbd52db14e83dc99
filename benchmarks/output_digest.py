"""Digests of the ledger's exports after ingesting fixed inputs: a speed-up must leave them unchanged.

    PYTHONPATH=src python benchmarks/output_digest.py [--n-process 1] [--keep FOLDER] [INPUT ...]

Each input (default: the CASE 2021 Task 2 snippets, text column only, and every devdata/extraction*
articles and heldout file) is ingested into a fresh SQLite ledger; the events, claims and quotes exports
are hashed (SHA-256) and printed one line per input and format, so two runs (before/after a change) are
compared with ``diff``. Only digests are printed, never an item; ``--keep`` writes the exports themselves
to a folder for ``cmp``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
import tempfile
from pathlib import Path

from eventledger.export import write_export
from eventledger.pipeline import IngestOptions, ingest_paths
from eventledger.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import CASE_FILE, REPO, case_texts, write_jsonl  # noqa: E402

FORMATS = ("events", "claims", "quotes")
# every export whose bytes depend only on the ledger (stix stamps its bundle with the time it was made; the
# acled-csv's last column, ACLED's ``timestamp``, is the time a row was written, and is left out)
ALL_FORMATS = ("events", "documents", "claims", "quotes", "actors", "acled-csv", "geojson")


def without_timestamps(acled_csv: str) -> str:
    """The ACLED CSV with its ``timestamp`` column emptied (the time of the run, not the ledger's content)."""
    rows = list(csv.reader(io.StringIO(acled_csv)))
    if not rows or rows[0][-1] != "timestamp":
        return acled_csv
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([*rows[:1], *([*row[:-1], ""] for row in rows[1:])])
    return out.getvalue()


def default_inputs(folder: Path) -> list[Path]:
    case = folder / "case2021-snippets.jsonl"
    write_jsonl(case_texts(CASE_FILE), case)
    sets = sorted(REPO.glob("devdata/extraction*/articles.jsonl")) + sorted(
        REPO.glob("devdata/extraction*/heldout/*.jsonl"))
    return [case, *sets]


def devdata_inputs() -> list[Path]:
    """Our own development articles (no held-out or blind set): extraction, attribution and fusion sets."""
    sets = [*REPO.glob("devdata/extraction*/articles.jsonl"), *REPO.glob("devdata/attribution*/corpus.jsonl"),
            *REPO.glob("devdata/fusion/*.jsonl"), *REPO.glob("devdata/fusion/*/articles.jsonl")]
    return sorted(p for p in sets if p.name != "mentions.jsonl" and "gold" not in p.name)


def digests(
    path: Path, folder: Path, n_process: int, keep: Path | None, formats: tuple[str, ...] = FORMATS
) -> dict[str, str]:
    db = folder / "digest.db"
    db.unlink(missing_ok=True)
    found = {}
    with open_store(str(db)) as store:
        ingest_paths([str(path)], store, IngestOptions(n_process=n_process))
        for kind in formats:
            out = io.StringIO()
            write_export(store, kind, out)
            text = without_timestamps(out.getvalue()) if kind == "acled-csv" else out.getvalue()
            found[kind] = hashlib.sha256(text.encode()).hexdigest()
            if keep:
                name = f"{path.parent.name}-{path.stem}.{kind}"
                (keep / name).write_text(text, encoding="utf-8")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--devdata", action="store_true",
                        help="our own development articles instead of the default inputs, every export format")
    args = parser.parse_args()
    formats = ALL_FORMATS if args.devdata else FORMATS
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = args.inputs or (devdata_inputs() if args.devdata else default_inputs(folder))
        for path in inputs:
            label = path.name if path.parent == folder else str(path.relative_to(REPO) if path.is_relative_to(REPO)
                                                                   else path)
            for kind, digest in digests(path, folder, args.n_process, args.keep, formats).items():
                print(f"{label} {kind} {digest}", flush=True)


if __name__ == "__main__":
    main()
