"""Hostile feeds and feeds files (issue #14): each case here ended a run or held memory without bound.
Real feeds from a real HTTP server on 127.0.0.1 (tests/feed_site.py), real commands, real files."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import resource
import subprocess
import sys
import zlib

import pytest

from eventledger.errors import EventLedgerError
from eventledger.ingest.poll import FEEDS_FILE_BYTES, read_feeds_file
from eventledger.pipeline import IngestOptions
from eventledger.store import open_store
from eventledger.watch import ingest_feeds
from tests.conftest import REPO
from tests.feed_site import Page, Site, serve
from tests.test_feeds import POLICY


def command_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "src"), "EVENTLEDGER_FEED_HOST_INTERVAL": "0",
            "EVENTLEDGER_FEED_RETRIES": "0"}


def address_space(limit: int):  # noqa: ANN201
    """A child's address space capped at ``limit`` bytes: what would take all the machine's memory fails
    there with a MemoryError instead (and the machine's other work is safe while a test fails)."""
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return cap


# ---------------------------------------------------------------- feeds files


def test_a_feeds_file_over_its_limit_is_refused_with_its_name(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_bytes(b"https://a.example/rss\n" * (FEEDS_FILE_BYTES // 22 + 1))
    with pytest.raises(EventLedgerError) as raised:
        read_feeds_file(path)
    assert raised.value.code == "E125" and str(path) in str(raised.value)


def test_a_feeds_file_that_never_ends_is_one_line_and_exit_2():
    """`watch /dev/zero`: the file was read whole, until memory ran out (exit 3, or the machine's memory)."""
    result = subprocess.run([sys.executable, "-m", "eventledger", "watch", "/dev/zero", "--once"],
                            capture_output=True, cwd=REPO, env=command_env(), timeout=300,
                            preexec_fn=address_space(3 * 2**30))
    assert result.returncode == 2, result.stderr.decode()
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("E125: cannot read the feeds file /dev/zero: more than")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_feeds_file_saved_as_utf16_or_utf32_with_its_mark_is_read(tmp_path, encoding):
    path = tmp_path / "feeds.txt"
    bom = {"utf-16": b"", "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": b""}[encoding]
    path.write_bytes(bom + "# wires\r\nhttps://a.example/rss\r\nhttps://b.example/é.xml\r\n".encode(encoding))
    assert read_feeds_file(path) == ["https://a.example/rss", "https://b.example/é.xml"]


# ---------------------------------------------------------------- feeds


def test_a_link_that_is_not_a_url_costs_that_link_not_the_poll(tmp_path):
    """"http://[::1" in a feed: the poll ended in a ValueError (exit 3) before any page was read."""
    page = Page(1)
    site = Site([])
    with serve(site), open_store(str(tmp_path / "ledger.db")) as store:
        site.feeds[:] = []
        items = "".join(f"<item><title>t</title><link>{link}</link></item>"
                        for link in ["http://[::1", site.url(page.path), "http://[bad/x"])
        site.extra["/feed.xml"] = (200, "application/rss+xml",
                                   f'<rss version="2.0"><channel><title>W</title>{items}</channel></rss>'.encode())
        site.extra[page.path] = (200, "text/html; charset=utf-8", page.html().encode())
        result = ingest_feeds([site.url("/feed.xml")], store, IngestOptions(), policy=POLICY)
    assert result.summary.documents_new == 1
    assert sorted((r.origin, r.code) for r in result.summary.rejections) == [
        ("http://[::1", "E025"), ("http://[bad/x", "E025")]


def gzip_of_zeros(gigabytes: int) -> bytes:
    """A gzip stream of ``gigabytes`` GB of zeros, built in a moment: one fully flushed megabyte of deflate
    repeated (its checksum is wrong, which a reader only finds at the end)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    megabyte = b"\0" * 2**20
    first = compressor.compress(megabyte) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(megabyte) + compressor.flush(zlib.Z_FULL_FLUSH)
    return first + repeated * (gigabytes * 1024 - 1) + compressor.flush()


FETCH_ONE = """
import json, sys
from eventledger.ingest.fetch import Fetcher, FetchPolicy
with Fetcher(FetchPolicy(max_bytes=1_000_000, host_interval=0.0, timeout=5, retries=0)) as fetcher:
    answer = fetcher.get(sys.argv[1])
print(json.dumps({"code": getattr(answer, "code", None), "size": len(getattr(answer, "body", b""))}))
"""


@pytest.mark.parametrize("encoding", ["gzip", "gzip, gzip"])
def test_a_gzip_bomb_is_refused_at_the_byte_limit_within_bounded_memory(encoding):
    """A 4 GB stream of zeros, gzipped once (4 MB) or twice (a few KB): httpx undid each network chunk
    whole, so the twice-gzipped answer became 4 GB in one call before the byte limit was looked at. In a
    process of 1 GB of address space that is a MemoryError; read a bounded piece at a time it is E006."""
    inner = gzip_of_zeros(4)
    body = inner if encoding == "gzip" else gzip.compress(inner, 9)
    site = Site([])
    site.extra["/bomb.xml"] = (200, "application/rss+xml", body)
    site.extra_headers["/bomb.xml"] = {"Content-Encoding": encoding}
    with serve(site):
        result = subprocess.run([sys.executable, "-c", FETCH_ONE, site.url("/bomb.xml")], capture_output=True,
                                cwd=REPO, env=command_env(), timeout=300, preexec_fn=address_space(2**30))
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert json.loads(result.stdout) == {"code": "E006", "size": 0}


def test_content_codings_are_undone_for_a_real_feed(tmp_path):
    """The bounded decoding reads what httpx read: gzip, deflate (zlib-wrapped and bare), two codings."""
    pages = [Page(n) for n in range(4)]
    site = Site([])
    bodies = {"gzip": gzip.compress, "deflate": zlib.compress, "bare-deflate": lambda b: zlib.compress(b)[2:-4],
              "gzip, deflate": lambda b: zlib.compress(gzip.compress(b))}
    with serve(site), open_store(str(tmp_path / "ledger.db")) as store:
        feeds = []
        for number, (name, encode) in enumerate(bodies.items()):
            page = pages[number]
            rss = (f'<rss version="2.0"><channel><title>W</title><item><title>{page.title}</title>'
                   f"<link>{site.url(page.path)}</link></item></channel></rss>").encode()
            path = f"/feed-{number}.xml"
            site.extra[path] = (200, "application/rss+xml", encode(rss))
            site.extra_headers[path] = {"Content-Encoding": name.replace("bare-", "")}
            site.extra[page.path] = (200, "text/html; charset=utf-8", encode(page.html().encode()))
            site.extra_headers[page.path] = {"Content-Encoding": name.replace("bare-", "")}
            feeds.append(site.url(path))
        result = ingest_feeds(feeds, store, IngestOptions(), policy=POLICY)
    # a page left compressed would be binary data (E003), a feed left compressed not XML (E024)
    assert not result.summary.rejections and result.summary.documents_new == 4, result.summary.rejections
    assert result.counts.feeds_read == 4
