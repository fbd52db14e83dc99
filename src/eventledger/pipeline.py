"""Runs the stages — ingest → clean → annotate → extract → resolve → attribute → fuse → store — for a
batch of inputs against one ledger, and reports what happened. The core never prints: progress goes to
an optional callback.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import BinaryIO

from eventledger.annotate import annotate, parse_zone
from eventledger.attribution import attribute
from eventledger.budget import OVER_BUDGET, Deadline, OverBudget
from eventledger.clean import clean_document, document_hash
from eventledger.errors import InputError, StoreError, shorten
from eventledger.extract.actors import find_actor_mentions
from eventledger.extract.events import extract_events
from eventledger.extract.place_context import PlaceContext
from eventledger.extract.places import find_place_mentions
from eventledger.extract.sentence_model import share_cores_among
from eventledger.ingest import read_inputs
from eventledger.ingest.records import rejection, unexpected
from eventledger.kb.actors import load_actor_kb
from eventledger.kb.gazetteer import load_gazetteer
from eventledger.ledger import record_article
from eventledger.models import Article, RawDocument, Rejection
from eventledger.parse_in_pieces import annotate_in_pieces
from eventledger.settings import get_setting
from eventledger.store import Store


@dataclass
class IngestSummary:
    documents_new: int = 0
    documents_unchanged: int = 0
    documents_rejected: int = 0
    events_new: int = 0
    events_updated: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # stored, but a stage failed on it
    over_budget: list[str] = field(default_factory=list)  # stored without events: its time ran out (E027)
    document_ids: list[str] = field(default_factory=list)  # stored by this run
    unchanged_ids: list[str] = field(default_factory=list)  # already in the ledger
    documents_without_events: int = 0  # stored by this run, no event found in them
    # the ledger after the run: its events, those it did not have before, and those it had that this
    # run's reports were fused into (events_new/events_updated count fusion's steps, which later
    # reports can undo, so they do not add up to the ledger)
    events_in_ledger: int = 0
    events_added: int = 0
    events_grown: int = 0
    touched_event_ids: set[str] = field(default_factory=set, repr=False)

    def settle(self, before: set[str], after: set[str]) -> None:
        """Count the run's effect from the ledger's event ids before and after it."""
        self.events_in_ledger = len(after)
        self.events_added = len(after - before)
        self.events_grown = len(self.touched_event_ids & before & after)

    def line(self) -> str:
        return (
            f"documents: {self.documents_new} new, {self.documents_unchanged} unchanged, "
            f"{self.documents_rejected} rejected; events now in the ledger: {self.events_in_ledger} "
            f"(+{self.events_added} new, ~{self.events_grown} updated); "
            f"documents without events: {self.documents_without_events}"
        )


def _int_setting(name: str) -> Callable[[], int]:
    # read when the options are made, not when this module is imported: a bad environment variable is
    # then a one-line error of the command, not a traceback on import
    return lambda: int(get_setting(name))  # type: ignore[call-overload]


def _float_setting(name: str) -> Callable[[], float]:
    return lambda: float(get_setting(name))  # type: ignore[arg-type]


@dataclass
class IngestOptions:
    max_bytes: int = field(default_factory=_int_setting("max_bytes"))
    published: str | None = None
    source: str | None = None
    url: str | None = None
    batch_size: int = field(default_factory=_int_setting("batch_size"))
    n_process: int = field(default_factory=_int_setting("n_process"))
    scheduler: str | None = None  # a Dask scheduler's address: the per-article stages run on its cluster
    max_parse_chars: int = field(default_factory=_int_setting("max_parse_chars"))
    document_seconds: float = field(default_factory=_float_setting("document_seconds"))


Progress = Callable[[int], None]  # called with the number of documents just finished


# extraction takes about as long as the parse of the same text (144,000 characters of one-word lines:
# 5.2 s parse, 7.1 s extraction): a long document whose parse left less than that of its budget stops
EXTRACT_PER_PARSE = 1.0
# the smallest piece parsed: the language of an undetermined text is judged on its first 2,000 characters
MIN_PARSE_CHARS = 2_000


def extract_article(article: Article, deadline: Deadline | None = None, expected_seconds: float = 0.0) -> Article:
    """Resolve mentions, extract events and attribute them, for one annotated article.

    A failure inside these stages costs this article its extracted facts, never the ingest: the
    document is stored, and the problem is reported with its origin. So does running out of time: the
    deadline is checked before each stage (``expected_seconds``: what the whole extraction should take).
    """
    if article.doc is None:  # non-English: stored and flagged, not extracted
        return article
    deadline = deadline or Deadline(0)
    try:
        deadline.check("extraction", needs=expected_seconds)
        # one place analysis per article: finding the place mentions works out its country, which the actor
        # and event stages take from here instead of working it out again
        context = PlaceContext.of(article, load_gazetteer())
        places = find_place_mentions(article, context.gazetteer, context)
        deadline.check("finding actors")
        article.mentions = find_actor_mentions(
            article, load_actor_kb(), country=context.focus, place_mentions=places
        ) + places
        article.mentions.sort(key=lambda m: (m.start, m.end))
        deadline.check("finding events")
        article.events = extract_events(article, places=context, deadline=deadline)
        deadline.check("attribution")
        attribute(article)
    except OverBudget as error:
        _stop(article, error)
    except Exception as error:  # noqa: BLE001 - one article's bug must not stop a batch of thousands
        article.mentions, article.events, article.quotes, article.claims = [], [], [], []
        detail = shorten(f"{type(error).__name__}: {error}")
        article.problems.append(f"W001: {article.origin}: extraction failed ({detail}); "
                                "the document is stored without events")
    return article


def _stop(article: Article, error: OverBudget) -> Article:
    """The article without what its stages found, reported as over its time budget."""
    article.doc, article.sentences = None, []
    article.mentions, article.events, article.quotes, article.claims = [], [], [], []
    article.problems.append(rejection(article.origin, OVER_BUDGET, seconds=error.seconds, step=error.step).line())
    return article


def _stored_hash(store: Store, document_id: str) -> str | None:
    text = store.clean_text_of(document_id)
    return None if text is None else document_hash(text)


def _stored_meanwhile(store: Store, article: Article, summary: IngestSummary) -> bool:
    """Whether another ingest of the same files stored this document since the batch was prepared
    (two runs side by side): it is then unchanged, not a failed write."""
    stored = _stored_hash(store, article.document_id)
    if stored is None:
        return False
    summary.documents_unchanged += 1
    summary.unchanged_ids.append(article.document_id)
    if stored != document_hash(article.clean_text):
        summary.warnings.append(f"W002: {article.origin}: id {article.document_id!r} is already in the ledger "
                                "with another text; the stored version is kept (give the new version its own id)")
    return True


def _batches(items: Iterable[RawDocument | Rejection], size: int) -> Iterator[list[RawDocument | Rejection]]:
    batch: list[RawDocument | Rejection] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def annotate_safely(articles: Sequence[Article], batch_size: int) -> list[Article]:
    """The batch annotated; if spaCy fails on it, each article on its own, and one that still fails is
    stored without a parse (so without events) and reported, rather than ending the run."""
    try:
        return list(annotate(articles, batch_size=batch_size, n_process=1))
    except Exception:  # noqa: BLE001 - which article failed is found below, one at a time
        if len(articles) == 1:
            return [_unannotated(articles[0])]
    return [annotated for article in articles for annotated in annotate_safely([article], 1)]


def _unannotated(article: Article) -> Article:
    import traceback

    error = traceback.format_exc(limit=0).strip().splitlines()[-1]
    article.doc, article.sentences = None, []
    article.problems.append(f"W003: {article.origin}: the parser failed ({shorten(error)}); "
                            "the document is stored without events")
    return article


def process_articles(articles: Sequence[Article], options: IngestOptions) -> list[Article]:
    """Annotate and extract a batch of cleaned articles in this process (no store involved).

    The parser holds memory for all the text of a batch at once (32 documents of 20,000 characters:
    2.2 GB at its peak, 670 MB in batches of 4), so a batch holds at most ``max_parse_chars``
    characters, and a longer document is parsed on its own, in pieces. Each document's time budget
    starts with its extraction; a long document's, with its parse.
    """
    processed = []
    limit = max(MIN_PARSE_CHARS, options.max_parse_chars)
    for group in _parse_groups(articles, limit, options.batch_size):
        if len(group) == 1 and len(group[0].clean_text) > limit:
            processed.append(_process_long(group[0], limit, options.document_seconds))
            continue
        with parse_zone():  # a stream's new words leave the vocabulary with their batch
            for article in annotate_safely(group, options.batch_size):
                processed.append(extract_article(article, Deadline(options.document_seconds)))
                article.doc = None  # the parse is not needed past extraction, and does not cross processes
    return processed


def _parse_groups(articles: Sequence[Article], max_chars: int, max_count: int) -> Iterator[list[Article]]:
    """Consecutive articles in groups of at most ``max_count`` articles and ``max_chars`` characters
    (an article longer than that alone)."""
    group: list[Article] = []
    chars = 0
    for article in articles:
        size = len(article.clean_text)
        if group and (chars + size > max_chars or len(group) >= max_count):
            yield group
            group, chars = [], 0
        group.append(article)
        chars += size
    if group:
        yield group


def _process_long(article: Article, limit: int, seconds: float) -> Article:
    with parse_zone():
        return _process_long_in_zone(article, limit, seconds)


def _process_long_in_zone(article: Article, limit: int, seconds: float) -> Article:
    deadline = Deadline(seconds)
    try:
        article, parse_seconds = annotate_in_pieces(article, limit, deadline)
    except OverBudget as error:
        return _stop(article, error)
    except Exception:  # noqa: BLE001 - as annotate_safely: stored without a parse, and reported
        return _unannotated(article)
    extract_article(article, deadline, expected_seconds=parse_seconds * EXTRACT_PER_PARSE)
    article.doc = None
    return article


def warm_up() -> None:
    """Load the model and the knowledge bases once, before worker processes are forked from this one (in one
    process, before its first batch)."""
    from eventledger.annotate import headline_vocabulary, load_nlp
    from eventledger.extract.classifier import score_text

    load_nlp()
    load_actor_kb()
    load_gazetteer()
    headline_vocabulary()
    score_text("warm up")
    if not gc.get_freeze_count():
        # what is loaded now lives as long as the process: the cyclic garbage collector need not walk it again
        # (a full collection walked it all: 0.44 s of the 1,019 CASE snippets in one process), and a forked
        # worker's collections would write to every object it inherited (copy-on-write, page by page). Once a
        # process: what is alive at a later call (a long-running server's) is not the loaded data alone
        gc.collect()
        gc.freeze()


# Processes a batch of articles; gives them back in groups (each stored in one transaction). With
# several processes the work is queued when it is called, and the groups come as they are done.
Processor = Callable[[Sequence[Article]], Iterator[list[Article]]]


def _in_groups(articles: Sequence[Article], size: int) -> list[list[Article]]:
    return [list(articles[i : i + size]) for i in range(0, len(articles), size)]


@contextmanager
def article_processor(options: IngestOptions) -> Iterator[Processor]:
    """A function that processes a batch of articles, in worker processes when ``n_process`` > 1.

    With several processes every stage up to attribution runs in the workers (not only spaCy), and the
    single writer in this process stores each chunk as soon as it is done.
    """
    if options.scheduler:
        from eventledger.cluster import cluster_processor

        with cluster_processor(options, options.scheduler) as on_cluster:
            yield on_cluster
        return
    if options.n_process <= 1:

        def run_here(articles: Sequence[Article]) -> Iterator[list[Article]]:
            if articles:
                warm_up()
            yield from _in_groups(process_articles(articles, options), max(1, options.batch_size))

        yield run_here
        return
    warm_up()
    context = multiprocessing.get_context("fork")
    # each worker's sentence model takes its share of the cores (model_threads), not all of them
    with context.Pool(options.n_process, initializer=share_cores_among, initargs=(options.n_process,)) as pool:

        def run(articles: Sequence[Article]) -> Iterator[list[Article]]:
            size = max(1, min(options.batch_size, -(-len(articles) // options.n_process)))
            # imap queues every chunk now: the workers go on with them while the caller stores the
            # previous batch and reads the next one
            return pool.imap(partial(process_articles, options=options), _in_groups(articles, size))

        yield run


def ingest_paths(
    paths: Sequence[str],
    store: Store,
    options: IngestOptions | None = None,
    *,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Read, process and store every input; rejected inputs are reported, never fatal."""
    options = options or IngestOptions()
    raw_items = read_inputs(
        paths, max_bytes=options.max_bytes, published=options.published, source=options.source,
        url=options.url, stdin=stdin,
    )
    return ingest_items(raw_items, store, options, progress=progress)


def ingest_items(
    raw_items: Iterable[RawDocument | Rejection],
    store: Store,
    options: IngestOptions | None = None,
    *,
    progress: Progress | None = None,
) -> IngestSummary:
    """Clean, process and store raw documents (as read by ``read_inputs`` or built by the HTTP API)."""
    options = options or IngestOptions()
    before = store.event_ids()
    with article_processor(options) as process:
        summary = _ingest_batches(raw_items, store, options, process, progress)
    summary.settle(before, store.event_ids())
    store.refresh_statistics()
    return summary


@dataclass
class _Prepared:
    """A batch read and cleaned: the articles to process, and what the summary learns from the rest."""

    fresh: list[Article] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    unchanged_ids: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    finished: int = 0  # items of the batch that need no processing

    def report(self, summary: IngestSummary) -> None:
        summary.rejections.extend(self.rejections)
        summary.documents_unchanged += len(self.unchanged_ids)
        summary.unchanged_ids.extend(self.unchanged_ids)
        summary.warnings.extend(self.warnings)


def _prepare(batch: list[RawDocument | Rejection], store: Store, seen: dict[str, str]) -> _Prepared:
    """Clean a batch and leave out the documents already in the ledger (or earlier in this run)."""
    prepared = _Prepared()
    for item in batch:
        if isinstance(item, Rejection):
            prepared.rejections.append(item)
            continue
        try:
            article = clean_document(item)
        except InputError as error:
            prepared.rejections.append(Rejection(error.origin, error.code, error.text))
            continue
        except Exception as error:  # noqa: BLE001 - the cleaner's surprise costs this document only
            prepared.rejections.append(unexpected(item.origin, error))
            continue
        known = seen.get(article.document_id) or _stored_hash(store, article.document_id)
        if known is not None:
            prepared.unchanged_ids.append(article.document_id)
            if known != document_hash(article.clean_text):
                prepared.warnings.append(
                    f"W002: {article.origin}: id {article.document_id!r} is already in the ledger with another "
                    "text; the stored version is kept (give the new version its own id)"
                )
            continue
        seen[article.document_id] = document_hash(article.clean_text)
        prepared.fresh.append(article)
    prepared.finished = len(batch) - len(prepared.fresh)
    return prepared


def _ingest_batches(
    raw_items: Iterable[RawDocument | Rejection],
    store: Store,
    options: IngestOptions,
    process: Processor,
    progress: Progress | None,
) -> IngestSummary:
    """With worker processes, each batch is read, cleaned and queued before the previous one is stored,
    so that the workers are not idle while this process stores and reads (a batch from a slow stream is
    then stored once the next one has been read). In one process a batch is stored as soon as it is done."""
    summary = IngestSummary()
    # document_id -> hash of its text, for the documents of this run not yet stored: once stored, the
    # ledger answers for them (_stored_hash), so the map holds two batches at most, not the whole run
    seen: dict[str, str] = {}
    read_ahead = options.n_process > 1 or bool(options.scheduler)
    pending: tuple[_Prepared, Iterator[list[Article]]] | None = None
    for batch in _batches(raw_items, options.batch_size * 4 * max(1, options.n_process)):
        prepared = _prepare(batch, store, seen)
        groups = process(prepared.fresh)
        if pending is not None:
            _store_batch(store, *pending, summary, progress)
            _forget_stored(seen, pending[0])
            pending = None
        if read_ahead:
            pending = (prepared, groups)
        else:
            _store_batch(store, prepared, groups, summary, progress)
            _forget_stored(seen, prepared)
    if pending is not None:
        _store_batch(store, *pending, summary, progress)
    summary.documents_rejected = len(summary.rejections)
    return summary


def _forget_stored(seen: dict[str, str], prepared: _Prepared) -> None:
    for article in prepared.fresh:
        seen.pop(article.document_id, None)


def _store_batch(
    store: Store,
    prepared: _Prepared,
    groups: Iterator[list[Article]],
    summary: IngestSummary,
    progress: Progress | None,
) -> None:
    """Store a processed batch: a group of articles per transaction, each article in a savepoint of
    its own, so that one article's failure takes back only its own writes (and committing once per
    group rather than per article spares most of the commits' cost)."""
    prepared.report(summary)
    for group in groups:
        with store.transaction():
            for article in group:
                _store_article(store, article, summary, progress)
    if progress and prepared.finished:
        progress(prepared.finished)


def _store_article(store: Store, article: Article, summary: IngestSummary, progress: Progress | None) -> None:
    if _stored_meanwhile(store, article, summary):
        if progress:
            progress(1)
        return
    try:
        outcome = record_article(store, article)
    except StoreError:
        raise  # the ledger itself is unusable (locked, corrupt): stop, nothing half-written
    except Exception as error:  # noqa: BLE001 - its savepoint rolled back; the others go on
        failure = store.ledger_failure(error)
        if failure is not None:  # read-only, full disk: every other document would fail the same way
            raise failure from error
        summary.rejections.append(rejection(article.origin, "E015", detail=f"{type(error).__name__}: {error}"))
        return
    summary.warnings.extend(article.problems)
    summary.over_budget.extend(problem for problem in article.problems if problem.startswith(OVER_BUDGET))
    summary.documents_new += 1
    summary.document_ids.append(article.document_id)
    summary.events_new += outcome.events_new
    summary.events_updated += outcome.events_updated
    summary.touched_event_ids |= outcome.event_ids
    if not article.events:
        summary.documents_without_events += 1
    if progress:
        progress(1)
