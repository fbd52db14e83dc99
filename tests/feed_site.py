"""A news site on 127.0.0.1 for the feed tests: feeds, sitemaps and article pages served by a real HTTP
server in a thread, with the failures crawlers meet (timeouts, 500s, redirects, wrong charsets, robots.txt).

Every page's behaviour is chosen by the test (``Page.kind``); every request is logged, so that a test can
say which URLs a poll fetched and what the server answered.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

TOWNS = ["Maiduguri", "Kandahar", "Mogadishu", "Goma", "Gao", "Mosul", "Idlib", "Bamako", "Beni", "Marawi"]
SLOW_SECONDS = 3.0  # how long a "timeout" page keeps the client waiting (tests give it a shorter timeout)


@dataclass
class Page:
    """One article page. ``kind``: ok, timeout, error500, flaky503 (fails once, then answers), redirect
    (two hops to /moved/), loop (redirects to itself), missing (404), pdf, cp1252_as_utf8 (Windows-1252
    bytes labelled UTF-8), utf8_as_latin1, meta_cp1252 (charset only in <meta>), private (robots.txt)."""

    number: int
    kind: str = "ok"
    own_date: str | None = None  # the page's own <meta> publication date; None: only the feed dates it
    feed_date: str = "2024-03-01"

    @property
    def path(self) -> str:
        return f"/private/{self.number}.html" if self.kind == "private" else f"/news/{self.number}.html"

    @property
    def reachable(self) -> bool:
        return self.kind in ("ok", "flaky503", "redirect", "cp1252_as_utf8", "utf8_as_latin1", "meta_cp1252")

    @property
    def title(self) -> str:
        return f"Attack on market in {TOWNS[self.number % len(TOWNS)]} (report {self.number})"

    def body_text(self) -> str:
        town = TOWNS[self.number % len(TOWNS)]
        accent = " The café owner in Bogotá Street said he had seen the gunmen." if "cp1252" in self.kind or \
            "latin1" in self.kind else ""
        return (
            f"<p>Gunmen attacked a crowded market in {town} on Tuesday, killing {self.number % 9 + 2} people and "
            f"wounding several others, police officials said.{accent}</p>"
            f"<p>Residents of the district told reporters that shops stayed closed for {self.number % 5 + 1} days "
            f"after the attack in report number {self.number}, and that army patrols were increased in the area.</p>"
        )

    def html(self, charset_meta: str = "utf-8") -> str:
        date = f'<meta property="article:published_time" content="{self.own_date}">' if self.own_date else ""
        return (
            f'<!DOCTYPE html><html><head><meta charset="{charset_meta}"><title>{escape(self.title)}</title>{date}'
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{escape(self.title)}</h1>"
            f"{self.body_text()}</article><footer>Copyright the site</footer></body></html>"
        )


@dataclass
class Feed:
    path: str
    format: str  # rss, atom, sitemap
    pages: list[Page]
    version: int = 1  # changes the ETag and Last-Modified when the feed changes

    @property
    def etag(self) -> str:
        return f'"{self.path}-v{self.version}"'

    @property
    def last_modified(self) -> str:
        return format_datetime(_utc(1_700_000_000 + self.version * 3600), usegmt=True)


def _utc(seconds: float):  # noqa: ANN202
    import datetime as dt

    return dt.datetime.fromtimestamp(seconds, dt.UTC)


@dataclass
class Request:
    path: str
    status: int
    headers: dict[str, str]
    at: float  # when it was logged, its answer sent
    started: float = 0.0  # when its handling began
    sent: float = 0.0  # when its answer started to be sent: the client has had none of it before


@dataclass
class Site:
    feeds: list[Feed]
    base: str = ""
    log: list[Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    robots: str = "User-agent: *\nDisallow: /private/\n"
    extra: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)  # path -> status, type, body
    unsized: set[str] = field(default_factory=set)  # extra paths sent without Content-Length, to the close
    extra_headers: dict[str, dict[str, str]] = field(default_factory=dict)  # extra path -> more headers
    in_flight: int = 0  # requests being answered: each is logged only once its answer is sent
    page_delay: float = 0.0  # seconds each article page takes to answer (a slow server)

    def url(self, path: str) -> str:
        return self.base + path

    def pages(self) -> list[Page]:
        return [page for feed in self.feeds for page in feed.pages]

    def requests(self, since: int = 0) -> list[Request]:
        """The requests logged so far, once those being answered are logged too (a client may read its
        answer before the server thread has logged it); a slow page still sleeping is waited for 5 s at most."""
        deadline = time.monotonic() + 5
        while True:
            with self.lock:
                if self.in_flight == 0 or time.monotonic() > deadline:
                    return list(self.log[since:])
            time.sleep(0.01)

    def feed_body(self, feed: Feed) -> bytes:
        if feed.format == "rss":
            items = "".join(
                f"<item><title>{escape(p.title)}</title><link>{self.url(p.path)}</link>"
                f"<pubDate>{format_datetime(_utc(_epoch(p.feed_date)), usegmt=True)}</pubDate></item>"
                for p in feed.pages)
            return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire RSS</title>'
                    f"<link>{self.base}/</link>{items}</channel></rss>").encode()
        if feed.format == "atom":
            # links relative to the feed, as Atom allows
            entries = "".join(
                f"<entry><title>{escape(p.title)}</title><link rel='alternate' type='text/html' href='../..{p.path}'/>"
                f"<id>urn:page:{p.number}</id><published>{p.feed_date}T08:00:00Z</published></entry>"
                for p in feed.pages)
            return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                    f"<title>Wire Atom</title>{entries}</feed>").encode()
        urls = "".join(f"<url><loc>{self.url(p.path)}</loc><lastmod>{p.feed_date}</lastmod></url>" for p in feed.pages)
        return (f'<?xml version="1.0" encoding="UTF-8"?>'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode()


def _epoch(date: str) -> float:
    import datetime as dt

    return dt.datetime.fromisoformat(date + "T09:00:00+00:00").timestamp()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    served: dict[str, int] = {}  # path -> times served (for flaky pages)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802
            started = time.monotonic()
            self.sent_at = 0.0
            path = self.path.split("?")[0]
            with site.lock:
                served[path] = served.get(path, 0) + 1
                count = served[path]
                site.in_flight += 1
            try:
                status = self.answer(path, count)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (a timeout test)
                status = 0
            with site.lock:
                headers = {name.lower(): value for name, value in self.headers.items()}
                site.log.append(Request(path, status, headers, time.monotonic(), started, self.sent_at))
                site.in_flight -= 1

        def send(self, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
                 headers: dict[str, str] | None = None) -> int:
            self.sent_at = time.monotonic()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
            return status

        def send_unsized(self, status: int, body: bytes, content_type: str) -> int:
            self.sent_at = time.monotonic()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            for start in range(0, len(body), 65536):
                self.wfile.write(body[start : start + 65536])
            return status

        def answer(self, path: str, count: int) -> int:
            if path in site.extra:
                status, kind, body = site.extra[path]
                if path in site.unsized:
                    return self.send_unsized(status, body, kind)
                return self.send(status, body, kind, site.extra_headers.get(path))
            if path == "/robots.txt":
                return self.send(200, site.robots.encode(), "text/plain")
            for feed in site.feeds:
                if path == feed.path:
                    return self.feed(feed)
            pages = {page.path: page for page in site.pages()}  # a test may add pages as it goes
            if path.startswith("/moved/"):
                page = pages.get("/news/" + path.split("/")[-1])
                return self.send(200, page.html().encode()) if page else self.send(404)
            page = pages.get(path)
            if page is None:
                return self.send(404, b"not found", "text/plain")
            return self.page(page, count)

        def feed(self, feed: Feed) -> int:
            validators = {"ETag": feed.etag, "Last-Modified": feed.last_modified}
            if self.headers.get("If-None-Match") == feed.etag:
                return self.send(304, headers=validators)
            kind = "application/rss+xml" if feed.format == "rss" else "application/xml"
            return self.send(200, site.feed_body(feed), kind, validators)

        def page(self, page: Page, count: int) -> int:
            kind = page.kind
            time.sleep(site.page_delay)
            if kind == "timeout":
                time.sleep(SLOW_SECONDS)
                return self.send(200, page.html().encode())
            if kind == "error500":
                return self.send(500, b"server error", "text/plain")
            if kind == "flaky503" and count == 1:
                return self.send(503, b"busy", "text/plain", {"Retry-After": "0"})
            if kind == "redirect":
                return self.send(301, headers={"Location": f"/hop/{page.number}.html"})
            if kind == "loop":
                return self.send(302, headers={"Location": page.path})
            if kind == "missing":
                return self.send(404, b"gone", "text/plain")
            if kind == "pdf":
                return self.send(200, b"%PDF-1.4 not a page", "application/pdf")
            if kind == "cp1252_as_utf8":
                return self.send(200, page.html("utf-8").encode("cp1252"), "text/html; charset=utf-8")
            if kind == "utf8_as_latin1":
                return self.send(200, page.html("iso-8859-1").encode("utf-8"), "text/html; charset=iso-8859-1")
            if kind == "meta_cp1252":
                return self.send(200, page.html("windows-1252").encode("cp1252"), "text/html")
            return self.send(200, page.html().encode())

        def do_HEAD(self) -> None:  # noqa: N802
            self.send(405)

    class HopHandler(Handler):
        def answer(self, path: str, count: int) -> int:
            if path.startswith("/hop/"):  # the second hop of a redirect, relative
                return self.send(302, headers={"Location": "../moved/" + path.split("/")[-1]})
            return super().answer(path, count)

    return HopHandler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # a client that gave up waiting (the timeout tests) is expected here
        super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve(site: Site, host_name: str = "127.0.0.1") -> Iterator[Site]:
    """The site served on 127.0.0.1 on a free port until the block ends; its URLs name the server
    ``host_name`` (``localhost``: another host to a crawler)."""
    server = _QuietServer(("127.0.0.1", 0), _handler(site))
    site.base = f"http://{host_name}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
