"""One poll of a list of feeds: each feed fetched (a conditional GET when the ledger has its validators),
the pages of its items that no earlier poll read fetched and read as HTML files are, and, once the
pipeline has stored them, what was read remembered in the ledger.

What makes a second poll ingest nothing new: a feed answering 304 lists nothing; a page already read is
not fetched again; and a page fetched again all the same (after a crash, say) has the same text, so the
same document id, and is "unchanged". A feed's validators are kept only when every page it lists was
read or failed for good: a page that timed out or got a 5xx is then tried again on the next poll, which
a 304 would hide.

Fetching runs on a pool of ``policy.concurrency`` threads: the feeds of one level (the feeds given, then
the sitemaps they list, and so on) together, then every new page, in an order that takes each host in
turn, so that while one host's pacing (its interval, its Crawl-delay) holds its next page back, the other
hosts' pages are fetched (the fetcher keeps each host to one request at a time). Only fetching runs on
the threads: the ledger is read, and the pages are handed to the pipeline, on the caller's thread, in
that same order whatever order the answers come in.
"""

from __future__ import annotations

import codecs
import zlib
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from eventledger.errors import EventLedgerError
from eventledger.ingest import html_document
from eventledger.ingest.charset import decode_response
from eventledger.ingest.decode import DecodeFailure
from eventledger.ingest.feeds import Feed, FeedError, FeedItem, parse_feed
from eventledger.ingest.fetch import Fetched, Fetcher, FetchFailure
from eventledger.ingest.records import rejection, unexpected
from eventledger.models import RawDocument, Rejection

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# a rejection with these codes came from storing the page, not from the page: it is read again next poll
_RETRIED_CODES = frozenset({"E015", "E016"})
_MAX_SITEMAP_DEPTH = 3  # sitemap indexes may nest; a loop of them must not
FEED_BYTES = 50 * 2**20  # the largest sitemap sitemaps.org allows, once decompressed; feeds may be this large
# a feeds file is one URL a line: tens of thousands of feeds fit; /dev/zero or a mistyped path to a disk image
# must not be read into memory whole
FEEDS_FILE_BYTES = 4 * 2**20
_GZIP_MAGIC = b"\x1f\x8b"
_WINDOW_PER_THREAD = 4  # fetched pages waiting for the pipeline, at most, per fetching thread
J = TypeVar("J")
R = TypeVar("R")


def gunzipped(body: bytes, limit: int) -> bytes:
    """A sitemap served gzipped as a file (sitemap.xml.gz, not Content-Encoding), decompressed up to ``limit``."""
    if not body.startswith(_GZIP_MAGIC):
        return body
    inflater = zlib.decompressobj(wbits=31)
    try:
        data = inflater.decompress(body, limit + 1)
    except zlib.error as error:
        raise FeedError(f"a broken gzip file: {error}") from None
    if len(data) > limit:
        raise FeedError(f"more than {limit} bytes once decompressed")
    return data


def read_feeds_file(path: str | Path) -> list[str]:
    """The feed URLs of a feeds file: one a line; blank lines and lines starting with # are skipped."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(FEEDS_FILE_BYTES + 1)
        if len(data) > FEEDS_FILE_BYTES:
            raise EventLedgerError("E125", path=str(path), detail=f"more than {FEEDS_FILE_BYTES:,} bytes; "
                                   "a feeds file is one URL a line")
        text = data.decode(_file_encoding(data))
    except FileNotFoundError:
        raise EventLedgerError("E125", path=str(path), detail="no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise EventLedgerError("E125", path=str(path), detail=str(error)) from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _file_encoding(data: bytes) -> str:
    """UTF-8, or the UTF-16/32 its byte-order mark says (what Windows editors save as "Unicode")."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"


@dataclass
class PollCounts:
    feeds_read: int = 0
    feeds_unchanged: int = 0  # answered 304 Not Modified
    feeds_failed: int = 0
    pages_fetched: int = 0
    pages_known: int = 0  # read by an earlier poll: not fetched
    pages_failed: int = 0

    def line(self) -> str:
        return (
            f"feeds: {self.feeds_read} read, {self.feeds_unchanged} unchanged, {self.feeds_failed} failed; "
            f"pages: {self.pages_fetched} fetched, {self.pages_known} read before, {self.pages_failed} failed"
        )


class FeedPoll:
    """``documents()`` gives the pipeline the new pages (and a rejection for each failure); after the
    pipeline's run, ``remember(rejections)`` records in the ledger what was read."""

    def __init__(self, feed_urls: Sequence[str], store: object, fetcher: Fetcher) -> None:
        self.feed_urls = list(dict.fromkeys(feed_urls))
        self.store = store  # eventledger.store.Store
        self.fetcher = fetcher
        self.counts = PollCounts()
        self._pages: dict[str, str] = {}  # page URL handed to the pipeline -> the feed that listed it
        self._validators: dict[str, Fetched] = {}  # feed URL -> its answer, whose validators are kept
        self._incomplete: set[str] = set()  # feeds with a page to try again next poll

    def documents(self) -> Iterator[RawDocument | Rejection]:
        with ThreadPoolExecutor(max_workers=self.fetcher.policy.concurrency,
                                thread_name_prefix="fetch") as pool:
            try:
                pages = yield from self._read_feeds(pool)
                yield from self._read_pages(pool, pages)
            finally:
                pool.shutdown(cancel_futures=True)  # the pipeline stopped early: fetch nothing more

    def _read_feeds(self, pool: ThreadPoolExecutor) -> Generator[Rejection, None, list[_PageJob]]:
        """Yields the feeds' rejections; returns the new pages they list, in the feeds' order."""
        pages: list[_PageJob] = []
        seen_pages: set[str] = set()
        level = list(self.feed_urls)
        seen_feeds = set(level)
        for depth in range(_MAX_SITEMAP_DEPTH + 1):
            if not level:
                break
            requests = [(url, self._validators_of(url)) for url in level]
            answers = in_order(pool, requests, lambda job: guarded(self._fetch_feed, *job), len(requests))
            sitemaps: list[str] = []
            for (feed_url, _), answer in answers:
                try:
                    if isinstance(answer, Exception):
                        raise answer
                    feed = yield from self._read_feed(feed_url, answer)
                    if feed is None:
                        continue
                    if depth < _MAX_SITEMAP_DEPTH:
                        sitemaps += [url for url in feed.sitemaps if url not in seen_feeds]
                        seen_feeds.update(feed.sitemaps)
                    pages += self._new_pages(feed_url, feed, seen_pages)
                except Exception as error:  # noqa: BLE001 - one feed's surprise costs that feed, never the poll
                    self._incomplete.add(feed_url)
                    yield unexpected(feed_url, error)
            level = list(dict.fromkeys(sitemaps))
        return pages

    def _validators_of(self, feed_url: str) -> dict[str, str | None]:
        known = self.store.fetched(feed_url)  # type: ignore[attr-defined]
        return known if known and known["kind"] == "feed" else {}

    def _fetch_feed(self, feed_url: str, validators: dict[str, str | None]) -> Fetched | FetchFailure:
        """On a fetching thread."""
        limit = max(self.fetcher.policy.max_bytes, FEED_BYTES)
        return self.fetcher.get(feed_url, etag=validators.get("etag"), last_modified=validators.get("last_modified"),
                                limit=limit)

    def _read_feed(self, feed_url: str, answer: Fetched | FetchFailure) -> Generator[Rejection, None, Feed | None]:
        """Yields the feed's rejection, if any; returns the parsed feed (None when it failed or is unchanged)."""
        if isinstance(answer, FetchFailure):
            self.counts.feeds_failed += 1
            yield answer.rejection(feed_url)
            return None
        if answer.status == 304:
            self.counts.feeds_unchanged += 1
            return None
        limit = max(self.fetcher.policy.max_bytes, FEED_BYTES)
        try:
            feed = parse_feed(gunzipped(answer.body, limit), answer.content_type, answer.url)
        except FeedError as error:
            self.counts.feeds_failed += 1
            yield rejection(feed_url, "E024", detail=error.detail)
            return None
        self.counts.feeds_read += 1
        self._validators[feed_url] = answer
        return feed

    def _new_pages(self, feed_url: str, feed: Feed, seen_pages: set[str]) -> list[_PageJob]:
        """The feed's items no earlier feed of this poll listed and no earlier poll read."""
        items = [item for item in dict((item.url, item) for item in feed.items).values() if item.url not in seen_pages]
        seen_pages.update(item.url for item in items)
        known = self.store.fetched_pages([item.url for item in items])  # type: ignore[attr-defined]
        self.counts.pages_known += sum(item.url in known for item in items)
        return [_PageJob(item, feed, feed_url) for item in items if item.url not in known]

    def _read_pages(self, pool: ThreadPoolExecutor, pages: list[_PageJob]) -> Iterator[RawDocument | Rejection]:
        window = self.fetcher.policy.concurrency * _WINDOW_PER_THREAD
        ordered = each_host_in_turn(pages, lambda job: job.item.url)
        for job, answer in in_order(pool, ordered, lambda job: guarded(self.fetcher.get, job.item.url), window):
            if isinstance(answer, Exception):
                self._incomplete.add(job.feed_url)  # tried again next poll
                yield unexpected(job.item.url, answer)
                continue
            if isinstance(answer, FetchFailure):
                self.counts.pages_failed += 1
                if answer.transient:
                    self._incomplete.add(job.feed_url)
                yield answer.rejection(job.item.url)
                continue
            self.counts.pages_fetched += 1
            self._pages[job.item.url] = job.feed_url
            try:
                yield page_document(answer, job.item, job.feed, job.feed_url)
            except Exception as error:  # noqa: BLE001 - this page's surprise, the feed's other pages go on
                yield unexpected(job.item.url, error)

    def remember(self, rejections: Sequence[Rejection]) -> None:
        """Record the pages read and the feeds' validators, once the pipeline has stored the pages."""
        codes = {r.origin: r.code for r in rejections}
        with self.store.transaction():  # type: ignore[attr-defined]
            for page, feed_url in self._pages.items():
                code = codes.get(page)
                if code in _RETRIED_CODES:
                    self._incomplete.add(feed_url)
                    continue
                self.store.record_fetched(page, "page", code or "read")  # type: ignore[attr-defined]
            for feed_url, answer in self._validators.items():
                if feed_url not in self._incomplete:
                    self.store.record_fetched(  # type: ignore[attr-defined]
                        feed_url, "feed", "read", etag=answer.etag, last_modified=answer.last_modified)


@dataclass(frozen=True)
class _PageJob:
    item: FeedItem
    feed: Feed
    feed_url: str


def each_host_in_turn(jobs: Sequence[J], url_of: Callable[[J], str]) -> list[J]:
    """``jobs`` reordered to take one of each host in turn (hosts in order of first appearance, each
    host's jobs in their order): a window of them then spans every host."""
    by_host: dict[str, deque[J]] = {}
    for job in jobs:
        by_host.setdefault(_host(url_of(job)), deque()).append(job)
    ordered: list[J] = []
    while by_host:
        for host in list(by_host):
            ordered.append(by_host[host].popleft())
            if not by_host[host]:
                del by_host[host]
    return ordered


def _host(url: str) -> str:
    """The URL's host as the fetcher paces it; "" for a link a feed got wrong ("http://[::1"), which the
    fetcher then rejects as not a web URL (E025): one bad link must not end the poll."""
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:
        return ""


def guarded(call: Callable[..., R], *args: object) -> R | Exception:
    """``call(*args)``, or the exception it raised (given to the caller's thread, where it is reported)."""
    try:
        return call(*args)
    except Exception as error:  # noqa: BLE001 - reported by the caller as the URL's unexpected failure
        return error


def in_order(pool: ThreadPoolExecutor, jobs: Iterable[J], work: Callable[[J], R], window: int) -> Iterator[tuple[J, R]]:
    """``(job, work(job))`` in the jobs' order, ``work`` running on ``pool`` for up to ``window`` jobs ahead
    of the one the caller waits for (so that at most ``window`` results wait in memory)."""
    pending: deque[tuple[J, Future[R]]] = deque()
    upcoming = iter(jobs)
    for job in upcoming:
        pending.append((job, pool.submit(work, job)))
        if len(pending) >= window:
            break
    while pending:
        job, future = pending.popleft()
        result = future.result()
        for later in upcoming:
            pending.append((later, pool.submit(work, later)))
            break
        yield job, result


def page_document(answer: Fetched, item: FeedItem, feed: Feed, feed_url: str) -> RawDocument | Rejection:
    """A fetched page read as an ``.html`` file is; the feed gives what the page lacks (its date above all)."""
    origin = item.url
    content_type = (answer.content_type or "").split(";")[0].strip().lower()
    if content_type and content_type not in _HTML_TYPES:
        return rejection(origin, "E026", content_type=content_type)
    if not answer.body.strip():
        return rejection(origin, "E002")
    try:
        html = decode_response(answer.body, answer.content_type)
    except DecodeFailure as failure:
        return rejection(origin, failure.code, detail=failure.detail)
    document = html_document(html, origin, answer.url)
    if isinstance(document, RawDocument):
        document.published = document.published or item.published
        document.title = document.title or item.title
        document.url = document.url or answer.url
        document.source = document.source or feed.title
        document.extra["feed"] = feed_url
    return document
