"""Where ingest's time goes: CPU seconds per stage of one run in this process.

``StageClock`` wraps the functions the pipeline calls for each stage (where the pipeline looks them up) for
the length of a ``with`` block, and counts each stage's own time: a stage called inside another (the
sentence model inside event extraction, fusion inside storing) is taken out of the outer one. CPU time,
not the clock, so that other jobs on a shared machine do not blur the shares.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from eventledger import ledger, pipeline
from eventledger.extract import sentence_model
from eventledger.extract.place_context import PlaceContext

# stage -> (object holding the function, attribute name), in pipeline order
STAGES: dict[str, tuple[Any, str]] = {
    "clean": (pipeline, "clean_document"),
    "annotate (spaCy)": (pipeline, "annotate_safely"),
    "place context": (PlaceContext, "of"),
    "places": (pipeline, "find_place_mentions"),
    "actors": (pipeline, "find_actor_mentions"),
    "event rules": (pipeline, "extract_events"),
    "sentence model: tokenize": (sentence_model.SentenceModel, "_encode"),
    "sentence model: onnx run": (sentence_model.SentenceModel, "_run"),
    "sentence model: blend with sparse": (sentence_model.SentenceModel, "_blended"),
    "attribution": (pipeline, "attribute"),
    "store": (pipeline, "record_article"),
    "fusion": (ledger, "fuse_mentions"),
}


class StageClock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        self._inner: list[float] = []  # time taken by stages called inside the running ones

    def _timed(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0.0)
            started = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.process_time() - started
                inner = self._inner.pop()
                self.seconds[name] += spent - inner
                if self._inner:
                    self._inner[-1] += spent

        return wrapper

    @contextmanager
    def running(self) -> Iterator[StageClock]:
        originals = {name: holder.__dict__[attr] for name, (holder, attr) in STAGES.items()}
        try:
            for name, (holder, attr) in STAGES.items():
                original = originals[name]
                if isinstance(original, classmethod):
                    setattr(holder, attr, classmethod(self._timed(name, original.__func__)))
                else:
                    setattr(holder, attr, self._timed(name, original))
            yield self
        finally:
            for name, (holder, attr) in STAGES.items():
                setattr(holder, attr, originals[name])


def breakdown(run: Callable[[], object]) -> tuple[dict[str, float], float]:
    """CPU seconds of each stage over ``run()``, and of the whole run (the rest is reading, batching, glue)."""
    clock = StageClock()
    with clock.running():
        started = time.process_time()
        run()
        total = time.process_time() - started
    return clock.seconds, total


def print_breakdown(seconds: dict[str, float], total: float, words: int) -> None:
    print(f"per-stage CPU seconds, one end-to-end run in one process ({words:,} words, {total:.2f} s):")
    for name, spent in [*seconds.items(), ("other (reading, batching, glue)", total - sum(seconds.values()))]:
        print(f"  {name:36s} {spent:7.2f} s  {100 * spent / total:5.1f}%")

