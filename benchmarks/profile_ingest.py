"""Where end-to-end ingest spends its CPU, function by function: cProfile over one ingest in one process.

    PYTHONPATH=src python benchmarks/profile_ingest.py [--case [PATH] | --words 50000] [--top 40]
        [--sort tottime|cumulative] [--save PATH]

The texts are the CASE 2021 Task 2 snippets (``--case``, the default; text column only, labels never read)
or throughput.py's long articles (``--words``). The models and knowledge bases are loaded and warmed on a
few texts before profiling, so the profile is the steady state of a long ingest. The profiler's clock is
the process's CPU time, so that other jobs on a shared machine do not blur the shares (cProfile's own
overhead inflates many small calls; read the ranking, not the absolute seconds).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import CASE_FILE, build_texts, case_texts, end_to_end, word_count  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", type=Path, nargs="?", const=CASE_FILE, default=None)
    parser.add_argument("--words", type=int, default=None, help="throughput.py's long articles instead")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", choices=("tottime", "cumulative"), default="tottime")
    parser.add_argument("--save", type=Path, help="write the raw profile here (pstats format)")
    args = parser.parse_args()
    texts = build_texts(args.words) if args.words else case_texts(args.case or CASE_FILE)
    run = end_to_end(1)
    run(texts[:5])  # warm up: models, knowledge bases, gazetteer
    profile = cProfile.Profile(time.process_time)
    started = time.process_time()
    profile.runcall(run, texts)
    total = time.process_time() - started
    print(f"{len(texts)} texts, {word_count(texts):,} words: {total:.1f} CPU s under the profiler")
    with tempfile.TemporaryDirectory():
        stats = pstats.Stats(profile)
        if args.save:
            stats.dump_stats(str(args.save))
        stats.sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
