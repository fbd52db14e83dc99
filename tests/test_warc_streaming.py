"""Reading .warc.gz files whose records decompress to more than the stream's 1 MB read size."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventledger.ingest import read_inputs
from eventledger.ingest.warc import GunzipStream
from eventledger.models import RawDocument

ARTICLE = (b"<html><head><title>Convoy ambushed</title></head><body><article><h1>Convoy ambushed</h1><p>Gunmen "
           b"ambushed an army convoy near the border town on Monday, killing three soldiers, officials said.</p>"
           b"<p>Report %d.</p></article></body></html>")


def _write(path: Path, records: list[tuple[bytes, str]]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number, (body, kind) in enumerate(records, 1):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://news.example/{number}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))


def test_records_after_a_highly_compressible_large_record_are_read(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("EVENTLEDGER_MAX_STREAM_BYTES", "50000000")  # a stream that repeats itself ends here
    # 3 MB of zeros (a blank image, say) compresses to 3 KB: one read of the file holds that whole gzip
    # member and the start of the next, and the member gives out more than one read's worth of output
    blank = (bytes(3_000_000), "image/bmp")
    path = tmp_path / "crawl.warc.gz"
    _write(path, [(ARTICLE % n, "text/html") if n % 2 else blank for n in range(1, 8)])
    items = list(read_inputs([str(path)]))
    assert [type(item).__name__ for item in items] == ["RawDocument"] * 4, items
    assert [item.url for item in items if isinstance(item, RawDocument)] == [
        f"https://news.example/{n}" for n in (1, 3, 5, 7)]


def test_the_gunzip_stream_gives_every_member_byte_for_byte(tmp_path: Path) -> None:
    members = [gzip.compress(b"a" * 3_000_000), gzip.compress(b"tail of the second member"),
               gzip.compress(bytes(range(256)) * 8_000), gzip.compress(b"")]
    stream = GunzipStream(io.BytesIO(b"".join(members)))
    chunks: list[bytes] = []
    while (chunk := stream.read(1 << 20)) and len(chunks) < 100:  # a stream that repeats itself ends here
        chunks.append(chunk)
    assert b"".join(chunks) == b"a" * 3_000_000 + b"tail of the second member" + bytes(range(256)) * 8_000
