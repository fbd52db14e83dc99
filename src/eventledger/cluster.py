"""The per-article stages (annotate, extract, attribute) on a Dask cluster instead of local processes.

``eventledger ingest ... --scheduler tcp://HOST:8786`` (or ``$EVENTLEDGER_SCHEDULER``). This process still
reads, cleans, fuses and stores: the ledger has one writer, and the groups come back in the order they
were sent, so the ledger is the one a single process builds. Each worker loads the models once (they are
cached per process). A group whose task fails on the cluster (a worker that died, after Dask's own
retries) is processed here instead: no document is lost. Needs the optional ``dask`` extra.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from eventledger.errors import EventLedgerError
from eventledger.models import Article

if TYPE_CHECKING:
    from eventledger.pipeline import IngestOptions, Processor

TASK_RETRIES = 2  # a task is tried again on another worker when its worker dies


def scheduler_address(option: str | None = None) -> str | None:
    """The scheduler from ``--scheduler``, else ``$EVENTLEDGER_SCHEDULER``; None: run locally."""
    from eventledger.settings import get_setting

    return (option or str(get_setting("scheduler") or "")).strip() or None


@contextmanager
def cluster_processor(options: IngestOptions, address: str) -> Iterator[Processor]:
    """A ``Processor`` (see pipeline.py) that sends each batch's groups of articles to the cluster."""
    try:
        from distributed import Client
    except ImportError:
        raise EventLedgerError("E127") from None
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError, ValueError) as error:
        raise EventLedgerError("E128", address=address, detail=f"{type(error).__name__}: {error}") from None
    with client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        from eventledger.extract.sentence_model import share_cores_among

        client.run(share_cores_among, workers)  # each worker's model takes its share of its machine's cores

        def run(articles: Sequence[Article]) -> Iterator[list[Article]]:
            from eventledger.pipeline import process_articles

            size = max(1, min(options.batch_size, -(-len(articles) // workers)))
            groups = [list(articles[i : i + size]) for i in range(0, len(articles), size)]
            # submitted now: the workers go on while this process stores the previous batch
            futures = client.map(process_articles, groups, options=options, pure=False, retries=TASK_RETRIES)
            return _in_order(futures, groups, options)

        yield run


def _in_order(futures: list, groups: list[list[Article]], options: IngestOptions) -> Iterator[list[Article]]:
    from eventledger.pipeline import process_articles

    for future, group in zip(futures, groups, strict=True):
        try:
            yield future.result()
        except Exception:  # noqa: BLE001 - the cluster lost this group: it is processed here, not lost
            yield process_articles(group, options)
