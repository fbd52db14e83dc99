"""What hostile inputs cost: a .warc.gz bomb through the reader, and unpunctuated text through the
per-article stages, each in a fresh process (peak memory is the process's own).

    PYTHONPATH=src python benchmarks/hostile_inputs.py [--sizes 25000 50000 100000] [--uncapped]

``--uncapped`` also runs the text with the sentence cap lifted (EVENTLEDGER_MAX_SENTENCE_WORDS=10^9),
which is how the stages behaved before it: the time grows with the square of the length, so keep the
sizes small.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    parser.add_argument("--uncapped", action="store_true", help="also run without the sentence cap")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bomb(Path(folder))
    long_text(options.sizes, options.uncapped)


if __name__ == "__main__":
    main()
