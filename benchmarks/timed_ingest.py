"""`eventledger ingest` as the command runs it, with the seconds each document costs written to a file.

    python benchmarks/timed_ingest.py TIMES_FILE ingest PATH... --db LEDGER

The command is the real one (same options, output, exit code); only the pipeline's per-document steps
are timed on their way: a parse of several short documents together is shared among them by their
length, and a document's extraction (or a long document's parse in pieces and extraction) is its own.
Each line of TIMES_FILE is a JSON array ``[origin, seconds]``; the origin of a record inside a file is
``FILE#record-N``, so an input file's cost is the sum over the lines that start with its path. Used by
hostile_inputs.py: a run of many inputs is bounded by their sum, what one input may cost by its budget.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any


def timed(log: Callable[[str, float], None]) -> None:
    """Wrap the pipeline's per-document steps so that each reports its seconds to ``log``."""
    from eventledger import pipeline

    annotate_safely, extract_article, process_long = (
        pipeline.annotate_safely, pipeline.extract_article, pipeline._process_long)

    def shared_annotate(articles: Sequence[Any], batch_size: int) -> list[Any]:
        started = time.perf_counter()
        done = annotate_safely(articles, batch_size)
        seconds = time.perf_counter() - started
        chars = sum(len(a.clean_text) for a in articles) or 1
        for article in articles:
            log(article.origin, seconds * len(article.clean_text) / chars)
        return done

    def own_extract(article: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return extract_article(article, *args, **kwargs)
        finally:
            log(article.origin, time.perf_counter() - started)

    def own_long(article: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return process_long(article, *args, **kwargs)
        finally:
            log(article.origin, time.perf_counter() - started)

    pipeline.annotate_safely = shared_annotate
    pipeline._process_long = own_long
    # _process_long calls extract_article itself: only the short documents' extraction is timed apart
    pipeline.extract_article = own_extract
    process_long_in_zone = pipeline._process_long_in_zone

    def long_in_zone(*args: Any, **kwargs: Any) -> Any:
        pipeline.extract_article = extract_article
        try:
            return process_long_in_zone(*args, **kwargs)
        finally:
            pipeline.extract_article = own_extract

    pipeline._process_long_in_zone = long_in_zone


def main() -> None:
    times_file, command = sys.argv[1], sys.argv[2:]
    out = open(times_file, "a", encoding="utf-8")  # noqa: SIM115 - open until the command exits

    def log(origin: str, seconds: float) -> None:
        # JSON: a hostile file name may hold a tab, a line break or a lone surrogate
        out.write(json.dumps([origin, round(seconds, 4)], ensure_ascii=True) + "\n")
        out.flush()

    timed(log)
    from eventledger.cli import main as cli_main

    sys.argv = ["eventledger", *command]
    cli_main()


if __name__ == "__main__":
    main()
