"""Polite HTTP fetching of feeds and pages.

Each host's robots.txt is read once per fetcher and obeyed (RFC 9309: a 4xx robots.txt allows all, a
5xx or unreachable one allows nothing for now). Requests to one host are spaced by the host interval
(or the robots.txt Crawl-delay, if longer). Redirects are followed here, not by httpx, so that every hop
is checked against robots.txt and paced too. A timeout, a connection error, a 5xx, 408 or 429 is retried
with exponential backoff (Retry-After honoured up to a cap); other 4xx answers are final. A response is
read as a stream and dropped past the byte limit. A failure is a ``FetchFailure`` (an E-code and whether
a later poll may succeed), never an exception.

A fetcher may be called from several threads at once (the poller fetches up to ``concurrency`` URLs
together): each host has a lock held while its spacing is waited for and its request runs, so one host
never gets two requests at once nor two closer than its interval, while other hosts go on; each site's
robots.txt is read once, by whichever thread needs it first.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from eventledger import __version__
from eventledger.ingest.content_coding import ACCEPTED, decoded
from eventledger.ingest.records import rejection
from eventledger.models import Rejection
from eventledger.settings import get_setting

USER_AGENT = f"eventledger/{__version__} (news event ledger; reads feeds politely, obeys robots.txt)"
ROBOTS_AGENT = "eventledger"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRIED_STATUSES = frozenset({408, 429})
_MAX_REDIRECTS = 5
_MAX_WAIT = 60.0  # the longest backoff, Retry-After or Crawl-delay obeyed, in seconds
_ROBOTS_BYTES = 500_000  # RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt
_DEADLINE_FACTOR = 3  # a response trickling in for longer than 3 timeouts is a timeout too


@dataclass(frozen=True)
class FetchPolicy:
    max_bytes: int
    host_interval: float = 1.0  # seconds between two requests to one host
    timeout: float = 10.0
    retries: int = 2
    backoff: float = 1.0  # the first retry's wait, doubled for each next one
    concurrency: int = 8  # URLs fetched at once, over all hosts (one at a time per host)

    @classmethod
    def from_settings(cls, max_bytes: int) -> FetchPolicy:
        return cls(
            max_bytes=max_bytes,
            host_interval=float(get_setting("feed_host_interval")),  # type: ignore[arg-type]
            timeout=float(get_setting("feed_timeout")),  # type: ignore[arg-type]
            retries=int(get_setting("feed_retries")),  # type: ignore[call-overload]
            concurrency=max(1, int(get_setting("feed_concurrency"))),  # type: ignore[call-overload]
        )


@dataclass
class Fetched:
    """A 2xx answer (``body`` read whole) or a 304 (``body`` empty), after any redirects."""

    url: str
    status: int
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class FetchFailure:
    """Why a URL could not be fetched: ``transient`` failures (timeouts, 5xx) may succeed on a later poll."""

    code: str
    details: dict[str, object] = field(default_factory=dict)
    transient: bool = False

    def rejection(self, origin: str) -> Rejection:
        return rejection(origin, self.code, **self.details)


@dataclass
class _Answer:
    url: str
    status: int
    headers: httpx.Headers
    reason: str = ""
    body: bytes = b""


class Fetcher:
    """Fetches URLs politely, from one thread or several; ``sleep`` and ``clock`` are time.sleep and
    time.monotonic."""

    def __init__(
        self,
        policy: FetchPolicy,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy
        self.sleep, self.clock = sleep, clock
        self.client = httpx.Client(
            timeout=httpx.Timeout(policy.timeout), follow_redirects=False,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPTED},
        )
        self._robots: dict[str, tuple[RobotFileParser, str]] = {}  # site -> rules, and why (for messages)
        self._last_request: dict[str, float] = {}  # host -> when its last request started
        self._unreachable: dict[str, FetchFailure] = {}  # site -> why its robots.txt could not be fetched
        self.requests = 0
        self._lock = threading.Lock()  # guards the two lock tables and the request count
        self._host_locks: dict[str, threading.Lock] = {}  # host -> held while its request is paced and runs
        self._site_locks: dict[str, threading.Lock] = {}  # site -> held while its robots.txt is read

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None, limit: int | None = None
    ) -> Fetched | FetchFailure:
        """``url`` fetched, following redirects; ``etag``/``last_modified`` make it a conditional GET;
        ``limit`` replaces the policy's byte limit (sitemaps may be larger than any page)."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(_MAX_REDIRECTS + 1):
            if not _is_web_url(current):
                return FetchFailure("E025")
            refusal = self._robots_refusal(current)
            if refusal is not None:
                return refusal
            answer = self._get_with_retries(current, headers, limit)
            if isinstance(answer, FetchFailure):
                return answer
            location = answer.headers.get("location")
            if answer.status in _REDIRECTS and location:
                try:
                    current = urljoin(current, location.strip())
                except ValueError:
                    return FetchFailure("E025")
                continue
            return Fetched(
                url=answer.url, status=answer.status, body=answer.body,
                content_type=answer.headers.get("content-type"), etag=answer.headers.get("etag"),
                last_modified=answer.headers.get("last-modified"),
            )
        return FetchFailure("E021", {"detail": f"more than {_MAX_REDIRECTS} redirects"})

    # ------------------------------------------------------------ one URL, with retries

    def _get_with_retries(self, url: str, headers: dict[str, str], limit: int | None = None) -> _Answer | FetchFailure:
        failure = FetchFailure("E021", {"detail": "not tried"}, transient=True)
        for attempt in range(self.policy.retries + 1):
            if attempt:
                self.sleep(self._backoff(attempt, failure))
            answer = self._get_once(url, headers, limit or self.policy.max_bytes)
            if isinstance(answer, FetchFailure):
                failure = answer
                if not failure.transient:
                    return failure
                continue
            if answer.status >= 500 or answer.status in _RETRIED_STATUSES:
                failure = FetchFailure("E022", _status_details(answer), transient=True)
                failure.details["retry_after"] = answer.headers.get("retry-after")
                continue
            if answer.status >= 400:
                return FetchFailure("E022", _status_details(answer))
            return answer
        failure.details.pop("retry_after", None)
        return failure

    def _backoff(self, attempt: int, failure: FetchFailure) -> float:
        wait = self.policy.backoff * 2 ** (attempt - 1)
        retry_after = failure.details.get("retry_after")
        if isinstance(retry_after, str) and retry_after.strip().isdigit():
            wait = max(wait, float(retry_after.strip()))
        return min(wait, _MAX_WAIT)

    def _get_once(self, url: str, headers: dict[str, str], limit: int) -> _Answer | FetchFailure:
        with self._lock_of(self._host_locks, urlsplit(url).netloc.lower()):
            self._wait_for_host(url)
            return self._request(url, headers, limit)

    def _lock_of(self, table: dict[str, threading.Lock], key: str) -> threading.Lock:
        with self._lock:
            return table.setdefault(key, threading.Lock())

    def _request(self, url: str, headers: dict[str, str], limit: int) -> _Answer | FetchFailure:
        with self._lock:
            self.requests += 1
        deadline = self.clock() + _DEADLINE_FACTOR * self.policy.timeout
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                answer = _Answer(str(response.url), response.status_code, response.headers, response.reason_phrase)
                if not 200 <= response.status_code < 300:
                    return answer  # the body of an error or a redirect is not needed
                declared = response.headers.get("content-length", "")
                if declared.strip().isdigit() and int(declared) > limit:
                    return FetchFailure("E006", {"size": int(declared), "limit": limit})
                chunks, size = [], 0
                # decompressed a bounded piece at a time: the limit holds for gzip bombs, layered ones too
                for chunk in decoded(response.iter_raw(), response.headers.get("content-encoding")):
                    size += len(chunk)
                    if size > limit:
                        return FetchFailure("E006", {"size": f"more than {limit}", "limit": limit})
                    if self.clock() > deadline:
                        raise httpx.ReadTimeout("the response trickled in too slowly")
                    chunks.append(chunk)
                answer.body = b"".join(chunks)
                return answer
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, UnicodeError):  # "http://exa mple.org", bad IDNA
            return FetchFailure("E025")
        except httpx.TimeoutException:
            return FetchFailure("E021", {"detail": f"no answer within {self.policy.timeout:g} s"}, transient=True)
        except httpx.HTTPError as error:
            detail = f"{type(error).__name__}: {error}".rstrip(": ")
            return FetchFailure("E021", {"detail": detail}, transient=True)

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        interval = max(self.policy.host_interval, self._crawl_delay(url))
        last = self._last_request.get(host)
        if last is not None:
            wait = last + interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    # ------------------------------------------------------------ robots.txt

    def _robots_refusal(self, url: str) -> FetchFailure | None:
        rules, why = self._rules(url)
        if rules.can_fetch(ROBOTS_AGENT, url):
            return None
        unreachable = self._unreachable.get(_site(url))
        if unreachable is not None:  # the site itself cannot be reached: say so, not "robots.txt"
            return unreachable
        return FetchFailure("E023", {"detail": why}, transient=rules.disallow_all)

    def _crawl_delay(self, url: str) -> float:
        site = _site(url)
        if site not in self._robots:
            return 0.0
        delay = self._robots[site][0].crawl_delay(ROBOTS_AGENT)
        return min(float(delay), _MAX_WAIT) if delay else 0.0

    def _rules(self, url: str) -> tuple[RobotFileParser, str]:
        site = _site(url)
        with self._lock_of(self._site_locks, site):  # a site's other threads wait for its rules
            if site not in self._robots:
                self._robots[site] = self._read_robots(site)
        return self._robots[site]

    def _read_robots(self, site: str) -> tuple[RobotFileParser, str]:
        rules = RobotFileParser(site + "/robots.txt")
        location = site + "/robots.txt"
        answer: _Answer | FetchFailure = FetchFailure("E021")
        for _ in range(_MAX_REDIRECTS + 1):
            answer = self._get_with_retries(location, {}, _ROBOTS_BYTES)
            redirect = isinstance(answer, _Answer) and answer.status in _REDIRECTS
            if not (redirect and answer.headers.get("location")):  # type: ignore[union-attr]
                break
            location = urljoin(location, answer.headers["location"])  # type: ignore[union-attr]
        if isinstance(answer, _Answer) and 200 <= answer.status < 300:
            rules.parse(answer.body.decode("utf-8", errors="replace").splitlines())
            rules.modified()  # the parser allows nothing until it is told the rules were read
            return rules, f"{site}/robots.txt disallows it for {ROBOTS_AGENT}"
        if isinstance(answer, FetchFailure) and answer.code == "E021":
            self._unreachable[site] = answer
        if isinstance(answer, FetchFailure) and (answer.transient or answer.code == "E006"):
            rules.disallow_all = True
            why = f"{site}/robots.txt could not be read ({_failure_text(answer)}); nothing is fetched until it can"
            return rules, why
        rules.allow_all = True  # 4xx: there are no rules
        return rules, ""


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # "http://[::1/x"
        return False


def _site(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _status_details(answer: _Answer) -> dict[str, object]:
    return {"status": answer.status, "detail": f" {answer.reason}" if answer.reason else ""}


def _failure_text(failure: FetchFailure) -> str:
    if failure.code == "E022":
        return f"HTTP {failure.details.get('status')}"
    return str(failure.details.get("detail") or failure.code)
