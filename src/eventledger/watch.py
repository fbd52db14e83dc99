"""Feeds through the pipeline: one poll (``ingest --feed``) or a poll every so often (``watch``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from eventledger.ingest.fetch import Fetcher, FetchPolicy
from eventledger.ingest.poll import FeedPoll, PollCounts
from eventledger.models import RawDocument, Rejection
from eventledger.pipeline import IngestOptions, IngestSummary, Progress, ingest_items
from eventledger.store import Store


@dataclass
class PollResult:
    summary: IngestSummary
    counts: PollCounts


def ingest_feeds(
    feed_urls: Sequence[str],
    store: Store,
    options: IngestOptions | None = None,
    *,
    policy: FetchPolicy | None = None,
    before: Iterable[RawDocument | Rejection] = (),
    progress: Progress | None = None,
) -> PollResult:
    """One poll of ``feed_urls``: the new pages ingested as HTML files are (after ``before``, the
    documents of local inputs given with them), and what was read remembered in the ledger."""
    options = options or IngestOptions()
    policy = policy or FetchPolicy.from_settings(options.max_bytes)
    with Fetcher(policy) as fetcher:
        poll = FeedPoll(feed_urls, store, fetcher)
        summary = ingest_items(chain(before, poll.documents()), store, options, progress=progress)
        poll.remember(summary.rejections)
    return PollResult(summary, poll.counts)


def watch_feeds(
    feed_urls: Sequence[str],
    store: Store,
    interval: float,
    report: Callable[[PollResult], None],
    *,
    options: IngestOptions | None = None,
    policy: FetchPolicy | None = None,
    polls: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Poll every ``interval`` seconds (counted from the start of a poll), ``polls`` times or for ever."""
    done = 0
    while polls is None or done < polls:
        started = time.monotonic()
        report(ingest_feeds(feed_urls, store, options, policy=policy))
        done += 1
        if polls is None or done < polls:
            sleep(max(0.0, interval - (time.monotonic() - started)))
