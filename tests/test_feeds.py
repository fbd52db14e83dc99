"""Feeds, sitemaps and the pages they list, fetched from a real HTTP server on 127.0.0.1 (tests/feed_site.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from eventledger.ingest.charset import declared_charset, decode_response
from eventledger.ingest.feeds import FeedError, FeedItem, parse_feed
from eventledger.ingest.fetch import Fetched, Fetcher, FetchFailure, FetchPolicy
from eventledger.ingest.poll import each_host_in_turn, read_feeds_file
from eventledger.pipeline import IngestOptions
from eventledger.store import open_store
from eventledger.watch import ingest_feeds
from tests.conftest import REPO
from tests.feed_site import Feed, Page, Site, serve

# fast and strict for tests: no pacing, a short timeout, one retry
POLICY = FetchPolicy(max_bytes=1_000_000, host_interval=0.0, timeout=0.5, retries=1, backoff=0.01)
BASE = "https://example.org/section/feed.xml"


# ---------------------------------------------------------------- parsing feeds


def test_rss_items_give_absolute_links_titles_and_dates():
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title> The  Wire </title>
    <item><title>One</title><link>/news/1.html#comments</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate></item>
    <item><title>Two</title><guid>https://example.org/news/2.html</guid></item>
    <item><title>Three</title><guid isPermaLink="false">urn:uuid:3</guid></item>
    </channel></rss>"""
    feed = parse_feed(body, "application/rss+xml", BASE)
    assert feed.kind == "rss" and feed.title == "The Wire"
    assert feed.items == [
        FeedItem("https://example.org/news/1.html", "One", "2024-03-05"),
        FeedItem("https://example.org/news/2.html", "Two", None),
    ]  # the third has no link, and its guid is no permalink


def test_atom_takes_the_alternate_html_link_and_the_published_date():
    body = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
    <entry><title>A</title><link rel="self" href="/api/a.json"/><link rel="alternate" type="application/pdf"
      href="a.pdf"/><link href="a.html"/><published>2024-03-06T10:00:00+04:30</published>
      <updated>2024-03-09T00:00:00Z</updated></entry>
    <entry><title>B</title><link rel="alternate" href="https://other.example/b"/><updated>2024-03-07</updated></entry>
    </feed>"""
    feed = parse_feed(body, None, BASE)
    assert feed.kind == "atom" and feed.title == "Atom wire"
    assert feed.items == [
        FeedItem("https://example.org/section/a.html", "A", "2024-03-06"),
        FeedItem("https://other.example/b", "B", "2024-03-07"),
    ]


def test_rss_1_sitemaps_and_sitemap_indexes():
    rdf = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>RDF wire</title></channel>
      <item><title>R</title><link>https://example.org/r</link><dc:date>2024-01-02</dc:date></item></rdf:RDF>"""
    assert parse_feed(rdf, None, BASE).items == [FeedItem("https://example.org/r", "R", "2024-01-02")]
    sitemap = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://example.org/s1</loc><lastmod>2024-02-01</lastmod></url>
      <url><loc>https://example.org/s2</loc><news:news><news:title>S two</news:title>
        <news:publication_date>2024-02-03T07:00:00Z</news:publication_date></news:news></url></urlset>"""
    assert parse_feed(sitemap, None, BASE).items == [
        FeedItem("https://example.org/s1", None, "2024-02-01"),
        FeedItem("https://example.org/s2", "S two", "2024-02-03"),
    ]
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/sm-1.xml</loc>
      </sitemap><sitemap><loc>https://example.org/sm-2.xml</loc></sitemap></sitemapindex>"""
    parsed = parse_feed(index, None, BASE)
    assert parsed.items == [] and parsed.sitemaps == ["https://example.org/sm-1.xml", "https://example.org/sm-2.xml"]


def test_a_feed_with_stray_ampersands_is_read_as_far_as_it_goes():
    body = b"<rss><channel><title>Q & A</title><item><title>Tom & Jerry</title><link>/x</link></item></channel></rss>"
    assert [item.url for item in parse_feed(body, None, BASE).items] == ["https://example.org/x"]


@pytest.mark.parametrize("body, reason", [
    (b"<html><body><p>not a feed</p></body></html>", "root element is <html>"),
    (b"\x00\x01\x02\x03" * 100, "cannot decode"),
    (b"   ", "no XML element"),
])
def test_what_is_not_a_feed_is_a_feed_error(body, reason):
    with pytest.raises(FeedError) as error:
        parse_feed(body, None, BASE)
    assert reason in error.value.detail


def test_entity_bombs_and_external_entities_are_refused_quickly(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{laughs}]><rss><channel><title>&l9;</title>' \
           "<item><link>/a</link></item></channel></rss>"
    external = f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]><rss><channel>' \
               "<item><title>&x;</title><link>/a</link></item></channel></rss>"
    for body in (bomb, external):
        started = time.perf_counter()
        with pytest.raises(FeedError) as error:
            parse_feed(body.encode(), None, BASE)
        assert "declares XML entities" in error.value.detail
        assert time.perf_counter() - started < 1  # nothing was expanded (10^9 "lol"s would take minutes)
    # a document type without entities (RSS 0.91's) is fine
    plain = b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" ' \
            b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss><channel><item><link>/a</link></item>' \
            b"</channel></rss>"
    assert [item.url for item in parse_feed(plain, None, BASE).items] == ["https://example.org/a"]


# ---------------------------------------------------------------- charsets


def test_declared_charsets_come_from_the_header_then_the_document():
    assert declared_charset(b"", "text/html; charset=ISO-8859-1") == "cp1252"  # read as browsers do
    assert declared_charset(b'<meta charset="koi8-r">', "text/html") == "koi8-r"
    assert declared_charset(b'<?xml version="1.0" encoding="windows-1251"?><rss/>', None) == "cp1251"
    assert declared_charset(b"<p>plain</p>", "text/html; charset=no-such-charset") is None


@pytest.mark.parametrize("body, content_type", [
    ("Café in Bogotá – “quoted”".encode("cp1252"), "text/html; charset=utf-8"),  # labelled UTF-8, is not
    ("Café in Bogotá – “quoted”".encode(), "text/html; charset=iso-8859-1"),  # labelled Latin-1, is UTF-8
    ('<meta charset="windows-1252">Café in Bogotá – “quoted”'.encode("cp1252"), "text/html"),
    ("\ufeffCafé in Bogotá – “quoted”".encode("utf-16"), "text/html; charset=windows-1252"),  # the BOM wins
])
def test_the_text_is_right_whatever_the_label_says(body, content_type):
    assert "Café in Bogotá – “quoted”" in decode_response(body, content_type)


def test_a_legacy_label_that_fits_the_bytes_is_believed():
    text = "Взрыв в Донецке"
    assert decode_response(text.encode("koi8-r"), "text/html; charset=koi8-r") == text


# ---------------------------------------------------------------- fetching politely


def _site(*pages: Page) -> Site:
    return Site([Feed("/feed.xml", "rss", list(pages))])


def test_conditional_get_gives_304_and_an_unchanged_feed():
    with serve(_site(Page(1))) as site, Fetcher(POLICY) as fetcher:
        first = fetcher.get(site.url("/feed.xml"))
        assert isinstance(first, Fetched) and first.status == 200 and first.etag
        again = fetcher.get(site.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified)
        assert isinstance(again, Fetched) and again.status == 304 and again.body == b""
        assert site.requests()[-1].headers["if-none-match"] == first.etag


def test_requests_to_one_host_are_spaced_by_the_host_interval():
    policy = FetchPolicy(max_bytes=1_000_000, host_interval=0.3, timeout=2)
    with serve(_site(*(Page(n) for n in range(3)))) as site, Fetcher(policy) as fetcher:
        for n in range(3):
            assert isinstance(fetcher.get(site.url(f"/news/{n}.html")), Fetched)
        times = [request.at for request in site.requests()]
    assert [r.path for r in site.requests()][0] == "/robots.txt"
    assert len(times) == 4 and all(b - a >= 0.25 for a, b in zip(times, times[1:], strict=False))


def test_robots_crawl_delay_is_obeyed_and_disallowed_paths_are_not_fetched():
    waits: list[float] = []
    site = _site(Page(1), Page(2, kind="private"))
    site.robots = "User-agent: eventledger\nCrawl-delay: 7\nDisallow: /private/\n"
    with serve(site), Fetcher(POLICY, sleep=waits.append) as fetcher:
        assert isinstance(fetcher.get(site.url("/news/1.html")), Fetched)
        refused = fetcher.get(site.url("/private/2.html"))
    assert isinstance(refused, FetchFailure) and refused.code == "E023" and not refused.transient
    assert [r.path for r in site.requests()] == ["/robots.txt", "/news/1.html"]
    assert waits and 6.5 < waits[0] <= 7  # the page waited for the robots.txt request's Crawl-delay


def test_an_unreadable_robots_txt_allows_nothing_for_now():
    site = _site(Page(1))
    site.extra["/robots.txt"] = (503, "text/plain", b"down")
    with serve(site), Fetcher(POLICY) as fetcher:
        failure = fetcher.get(site.url("/news/1.html"))
    assert isinstance(failure, FetchFailure) and failure.code == "E023" and failure.transient
    assert "HTTP 503" in failure.rejection("u").message
    assert "/news/1.html" not in [r.path for r in site.requests()]


def test_a_5xx_is_retried_with_backoff_and_a_4xx_is_not():
    waits: list[float] = []
    with serve(_site(Page(1, kind="flaky503"), Page(2, kind="missing"))) as site, \
            Fetcher(POLICY, sleep=waits.append) as fetcher:
        assert isinstance(fetcher.get(site.url("/news/1.html")), Fetched)
        missing = fetcher.get(site.url("/news/2.html"))
    assert isinstance(missing, FetchFailure) and missing.code == "E022" and not missing.transient
    assert [(r.path, r.status) for r in site.requests()][1:] == [
        ("/news/1.html", 503), ("/news/1.html", 200), ("/news/2.html", 404)]
    assert waits == [POLICY.backoff]


@pytest.mark.parametrize("unsized", [False, True])
def test_a_response_over_the_byte_limit_is_refused_without_reading_it_all(unsized):
    site = _site()
    site.extra["/big.html"] = (200, "text/html", b"<p>" + b"x" * 5_000_000)
    if unsized:
        site.unsized.add("/big.html")
    policy = FetchPolicy(max_bytes=100_000, host_interval=0, timeout=2)
    with serve(site), Fetcher(policy) as fetcher:
        failure = fetcher.get(site.url("/big.html"))
    assert isinstance(failure, FetchFailure) and failure.code == "E006"
    assert "over the limit of 100000" in failure.rejection("u").message


def test_non_web_urls_and_redirect_loops_fail_with_their_codes():
    with serve(_site(Page(1, kind="loop"))) as site, Fetcher(POLICY) as fetcher:
        loop = fetcher.get(site.url("/news/1.html"))
        assert isinstance(loop, FetchFailure) and loop.code == "E021" and "redirects" in loop.rejection("u").message
        for url in ("file:///etc/passwd", "ftp://example.org/x", "not a url"):
            failure = fetcher.get(url)
            assert isinstance(failure, FetchFailure) and failure.code == "E025"


# ---------------------------------------------------------------- polls: three feeds, 200 items, 10% failing

FAILING = {  # page number -> its kind; 20 of 200
    3: "timeout", 41: "timeout", 7: "error500", 23: "error500", 59: "error500", 15: "flaky503", 70: "loop",
    90: "timeout", 100: "error500", 120: "error500", 130: "flaky503", 85: "redirect", 140: "redirect",
    110: "missing",
    155: "cp1252_as_utf8", 165: "utf8_as_latin1", 175: "meta_cp1252", 185: "redirect", 190: "private", 195: "pdf",
}
CODES = {"timeout": "E021", "error500": "E022", "loop": "E021", "missing": "E022", "private": "E023", "pdf": "E026"}


def _page(number: int) -> Page:
    return Page(number, kind=FAILING.get(number, "ok"),
                own_date=f"2024-02-{number % 28 + 1:02d}" if number % 3 == 0 else None,
                feed_date=f"2024-03-{number % 28 + 1:02d}")


def _news_site() -> Site:
    return Site([
        Feed("/feeds/world.rss", "rss", [_page(n) for n in range(0, 80)]),
        Feed("/feeds/africa/atom.xml", "atom", [_page(n) for n in range(80, 150)]),
        Feed("/sitemap-news.xml", "sitemap", [_page(n) for n in range(150, 200)]),
    ])


def _stored_url(site: Site, page: Page) -> str:
    return site.url(f"/moved/{page.number}.html" if page.kind == "redirect" else page.path)


@pytest.mark.slow
def test_three_feeds_of_200_items_with_10_percent_failing(tmp_path):
    site = _news_site()
    pages = site.pages()
    assert len(pages) == 200 and sum(not p.reachable for p in pages) == 12 and len(FAILING) == 20
    with serve(site), open_store(str(tmp_path / "ledger.db")) as store:
        feeds = [site.url(feed.path) for feed in site.feeds]
        first = ingest_feeds(feeds, store, IngestOptions(), policy=POLICY)

        # every reachable item ingested once; each failure named with its code
        reachable = [p for p in pages if p.reachable]
        documents = list(store.iter_documents())
        assert first.summary.documents_new == len(reachable) == len(documents) == 188
        assert sorted(d["url"] for d in documents) == sorted(_stored_url(site, p) for p in reachable)
        assert {r.origin: r.code for r in first.summary.rejections} == {
            site.url(p.path): CODES[p.kind] for p in pages if not p.reachable}
        # the page's own date wins; the feed's fills in for pages without one
        by_url = {d["url"]: d for d in documents}
        for page in reachable:
            assert by_url[_stored_url(site, page)]["published"] == (page.own_date or page.feed_date)
        # mislabelled charsets decoded right
        for number in (155, 165, 175):
            assert "The café owner in Bogotá Street" in by_url[site.url(f"/news/{number}.html")]["clean_text"]
        assert first.counts.line() == "feeds: 3 read, 0 unchanged, 0 failed; pages: 189 fetched, 0 read before, " \
                                      "11 failed"  # the PDF was fetched, then refused

        # a second poll ingests nothing, fetches no page it has read, and the feed whose pages all
        # succeeded or failed for good answers 304
        seen = len(site.requests())
        second = ingest_feeds(feeds, store, IngestOptions(), policy=POLICY)
        assert second.summary.documents_new == 0 and second.summary.documents_unchanged == 0
        again = site.requests(seen)
        fetched_again = {r.path for r in again}
        assert not fetched_again & {p.path for p in reachable} and not any("/moved/" in p for p in fetched_again)
        sitemap = [r for r in again if r.path == "/sitemap-news.xml"]
        assert [r.status for r in sitemap] == [304] and sitemap[0].headers["if-none-match"]
        retried = {3, 41, 7, 23, 59, 70, 90, 100, 120, 110}  # the two feeds with a timeout or 5xx are read again
        assert {r.origin for r in second.summary.rejections} == {site.url(f"/news/{n}.html") for n in retried}
        assert second.counts.feeds_unchanged == 1 and second.counts.pages_known == 74 + 66

        # a new item: the next poll fetches that page and no other
        site.feeds[2].pages.append(Page(200))
        site.feeds[2].version += 1
        seen = len(site.requests())
        third = ingest_feeds([feeds[2]], store, IngestOptions(), policy=POLICY)
        assert third.summary.documents_new == 1
        assert [r.path for r in site.requests(seen) if r.path.startswith("/news/")] == ["/news/200.html"]
        assert store.count_documents() == 189


# ---------------------------------------------------------------- command line


def _run(*args: str, cwd) -> subprocess.CompletedProcess:  # noqa: ANN001
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "EVENTLEDGER_FEED_HOST_INTERVAL": "0",
           "EVENTLEDGER_FEED_TIMEOUT": "1", "EVENTLEDGER_FEED_RETRIES": "0"}
    return subprocess.run([sys.executable, "-m", "eventledger", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=300)


def test_feeds_file_lines_comments_and_blanks(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# wires\nhttps://a.example/rss\n\n   https://b.example/atom.xml  \n  # off: https://c.example\n")
    assert read_feeds_file(path) == ["https://a.example/rss", "https://b.example/atom.xml"]


@pytest.mark.slow
def test_watch_once_and_ingest_feed_from_the_command_line(tmp_path):
    site = Site([Feed("/feed.xml", "rss", [Page(1), Page(2, own_date="2024-01-05"), Page(3, kind="error500"),
                                           Page(4, kind="cp1252_as_utf8")])])
    db = str(tmp_path / "ledger.db")
    with serve(site):
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"# the test wire\n{site.url('/feed.xml')}\n")
        first = _run("watch", "--feeds", str(feeds), "--interval", "60", "--once", "--db", db, cwd=tmp_path)
        assert first.returncode == 1, first.stderr
        assert first.stderr.strip().splitlines() == [
            f"E022: {site.url('/news/3.html')}: the server answered HTTP 500 Internal Server Error"]
        assert first.stdout.splitlines()[0] == "feeds: 1 read, 0 unchanged, 0 failed; pages: 3 fetched, " \
                                               "0 read before, 1 failed"
        assert first.stdout.splitlines()[-1].startswith("documents: 3 new, 0 unchanged, 1 rejected")
        again = _run("ingest", "--feed", site.url("/feed.xml"), "--db", db, cwd=tmp_path)
        assert again.returncode == 1 and "documents: 0 new, 0 unchanged, 1 rejected" in again.stdout
        assert "pages: 0 fetched, 3 read before, 1 failed" in again.stdout


def test_feed_commands_without_feeds_are_usage_errors(tmp_path):
    missing = _run("ingest", "--feeds", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "l.db"), cwd=tmp_path)
    assert missing.returncode == 2 and missing.stderr.startswith("E125: cannot read the feeds file")
    (tmp_path / "empty.txt").write_text("# nothing yet\n")
    empty = _run("watch", str(tmp_path / "empty.txt"), "--once", cwd=tmp_path)
    assert empty.returncode == 2 and empty.stderr.startswith("E126:")
    bad = _run("watch", "--feed", "https://a.example/rss", "--interval", "0", cwd=tmp_path)
    assert bad.returncode == 2 and "--interval must be a number of more than 0" in bad.stderr
    assert not (tmp_path / "eventledger.db").exists()


def test_a_sitemap_index_with_a_gzipped_sitemap_is_followed(tmp_path):
    import gzip

    pages = [Page(n) for n in range(4)]
    site = Site([Feed("/not-polled.xml", "rss", pages)])
    with serve(site), open_store(str(tmp_path / "ledger.db")) as store:
        urlset = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>'
        first = urlset.format("".join(f"<url><loc>{site.url(p.path)}</loc></url>" for p in pages[:2]))
        second = urlset.format("".join(f"<url><loc>{site.url(p.path)}</loc></url>" for p in pages[2:]))
        site.extra["/sitemaps/a.xml.gz"] = (200, "application/x-gzip", gzip.compress(first.encode()))
        site.extra["/sitemaps/b.xml"] = (200, "application/xml", second.encode())
        site.extra["/sitemap-index.xml"] = (200, "application/xml", (
            b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/sitemaps/a.xml.gz</loc>'
            b"</sitemap><sitemap><loc>sitemaps/b.xml</loc></sitemap><sitemap><loc>/sitemap-index.xml</loc></sitemap>"
            b"</sitemapindex>"))
        result = ingest_feeds([site.url("/sitemap-index.xml")], store, IngestOptions(), policy=POLICY)
    assert result.summary.documents_new == 4 and not result.summary.rejections
    assert result.counts.feeds_read == 3  # the index (listing itself too, read once) and its two sitemaps


def test_an_unreachable_site_is_e021_not_a_robots_refusal():
    with Fetcher(POLICY) as fetcher:
        failure = fetcher.get("http://127.0.0.1:1/feed.xml")  # nothing listens on port 1
    assert isinstance(failure, FetchFailure) and failure.code == "E021" and failure.transient
    assert "Connect" in failure.rejection("u").message


def test_watch_polls_on_its_interval_and_the_second_poll_adds_nothing(tmp_path):
    from eventledger.watch import watch_feeds

    results, sleeps = [], []
    with serve(_site(Page(1), Page(2), Page(3))) as site, open_store(str(tmp_path / "ledger.db")) as store:
        started = time.monotonic()
        watch_feeds([site.url("/feed.xml")], store, 600.0, results.append, options=IngestOptions(), policy=POLICY,
                    polls=2, sleep=sleeps.append)
        elapsed = time.monotonic() - started
    assert [r.summary.documents_new for r in results] == [3, 0]
    assert results[1].counts.feeds_unchanged == 1 and results[1].counts.pages_fetched == 0
    assert len(sleeps) == 1 and 600 - elapsed <= sleeps[0] < 600  # the interval less the first poll's own time


# ---------------------------------------------------------------- several hosts at once


def test_each_host_in_turn_interleaves_hosts_and_keeps_each_hosts_order():
    urls = ["http://a.test/1", "http://a.test/2", "http://a.test/3", "http://b.test/1", "http://C.test:81/1",
            "http://b.test/2"]
    assert each_host_in_turn(urls, str) == ["http://a.test/1", "http://b.test/1", "http://C.test:81/1",
                                            "http://a.test/2", "http://b.test/2", "http://a.test/3"]


def _in_flight_at_most(requests: list) -> int:  # noqa: ANN001
    """The most requests the servers were working on at once (from a request's start to its answer's)."""
    moments = sorted([(r.started, 1) for r in requests] + [(r.sent, -1) for r in requests])
    most = now = 0
    for _, step in moments:
        now += step
        most = max(most, now)
    return most


def test_pages_of_three_hosts_are_fetched_together_and_each_host_stays_paced(tmp_path):
    # three hosts: 127.0.0.1 on two ports and localhost on a third (with a Crawl-delay of 1 s: Python's
    # robots.txt parser reads whole seconds only); 6, 6 and 3 pages, each taking 0.1 s to answer
    sites = [Site([Feed("/feed.xml", "rss", [Page(10 * k + n) for n in range(6 if k < 2 else 3)])], page_delay=0.1)
             for k in range(3)]
    sites[2].robots = "User-agent: eventledger\nCrawl-delay: 1\nDisallow: /private/\n"
    sites[2].feeds[0].pages.append(Page(29, kind="private"))
    policy = FetchPolicy(max_bytes=1_000_000, host_interval=0.2, timeout=2, retries=1, backoff=0.01, concurrency=2)
    with serve(sites[0]), serve(sites[1]), serve(sites[2], host_name="localhost"), \
            open_store(str(tmp_path / "ledger.db")) as store:
        feeds = [site.url("/feed.xml") for site in sites]
        result = ingest_feeds(feeds, store, IngestOptions(), policy=policy)
        urls = sorted(d["url"] for d in store.iter_documents())
    assert sites[2].base.startswith("http://localhost:")
    # every page read once; the one robots.txt disallows refused and never asked for
    assert urls == sorted(site.url(p.path) for site in sites for p in site.pages() if p.kind == "ok")
    assert [(r.origin, r.code) for r in result.summary.rejections] == [(sites[2].url("/private/29.html"), "E023")]
    logs = [site.requests() for site in sites]
    assert all(sum(r.path == "/robots.txt" for r in log) == 1 for log in logs)
    assert "/private/29.html" not in [r.path for r in logs[2]]
    # each host: one request at a time, spaced by the host interval (0.2 s) or its Crawl-delay (1 s)
    for log, spacing in zip(logs, (0.2, 0.2, 1.0), strict=True):
        assert _in_flight_at_most(log) == 1
        starts = sorted(r.started for r in log)
        assert all(later - earlier >= spacing - 0.02 for earlier, later in zip(starts, starts[1:], strict=False))
    # over all hosts: two at once (the concurrency), never more
    assert _in_flight_at_most([r for log in logs for r in log]) == 2
