"""Hostile and odd real-world input through the whole pipeline: an ingest of thousands must never stop
on one weird article, hang on it, or lose what is already stored.

The inputs are generated here from a seeded ``random`` (no fixture files to drift): text shapes, broken
encodings, hostile HTML, JSON Lines with every JSON type, broken WARCs and a folder with symbolic-link
loops. One real ``python -m eventledger ingest`` runs over all of them (a subprocess, so a hang is a
timeout, not a stuck test run); the ledger is then read back. The last part times the text functions on
adversarial strings at 1k and 10k characters: ten times the input must not cost thirty times the time
(catastrophic regex backtracking and quadratic loops do).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import random
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventledger.export import EXPORTERS, write_export
from eventledger.models import Rejection
from eventledger.pipeline import ingest_paths
from eventledger.store import open_store
from tests.conftest import REPO

SEED = 20211101
WORDS = (
    "militants attacked village police said soldiers killed market army district officials protesters "
    "gathered capital province governor reported clashes rebels town northern residents fled bomb "
    "exploded convoy wounded"
).split()
HANG_TIMEOUT = 180  # seconds; the whole corpus takes well under a minute: only a hang reaches this
STDERR_LINE = re.compile(r"^(?P<code>[EW]\d{3}): (?P<origin>\S[^:]*(?::\d+)?): \S.*$")


# ---------------------------------------------------------------- generated inputs


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _paragraph(rng: random.Random, sentences: int = 3) -> str:
    return " ".join(_words(rng, rng.randint(6, 16)).capitalize() + "." for _ in range(sentences))


def text_files(rng: random.Random) -> dict[str, str | bytes]:
    p = _paragraph
    return {
        "long_unpunctuated.txt": _words(rng, 9000)[:50_000],
        "one_word_paragraphs.txt": "\n\n".join(rng.choice(WORDS) for _ in range(5000)),
        "commas.txt": "Army statement\n\nThe army said" + "," * 2000 + " five soldiers were killed.\n\n" + p(rng),
        "quotes.txt": "Officials said “" * 30 + "the attack ‘killed « twelve » people\" ' in Kabul”””\n\n"
        "He said “unbalanced ‘ quote « never » closed \" and ' more. " + p(rng) + "\n\n" + "“" * 500 + "»" * 500,
        "numbers_dates.txt": "\n\n".join(
            " ".join(rng.choice(["12", "3,400", "2021-11-01", "1/2/2020", "07:45", "1.5", "15 March 2021"])
                     for _ in range(30)) for _ in range(20)),
        "headings_only.txt": "\n\n".join(f"Breaking News Update Number {i}" for i in range(60)),
        "boilerplate_only.txt": "\n\n".join(["Share this article", "Follow us on Twitter", "Subscribe to our "
                                             "newsletter", "Related articles", "Leave a reply"] * 3),
        "allcaps.txt": "\n\n".join(p(rng).upper() for _ in range(8)),
        "controls.txt": "Title here\n\n" + p(rng) + " \x07bell \x1b[31m escape \x0bvt \x0cff " + p(rng),
        "zero_width_emoji.txt": "Attack in Kabul 💣🔥\n\n" + p(rng) + " w\u200dord \u200b zero\u2060width 🇦🇫 "
        + p(rng) + " 👨‍👩‍👧" * 50,
        "rtl_mixed.txt": "Kunduz attack\n\n" + p(rng) + " قال مسؤولون إن مسلحين هاجموا قرية. " + p(rng)
        + " \u202ereversed\u202c \u200f\n\nطالبان گفتند که ۱۲ نفر کشته شدند. Taliban said 12 people were killed.",
        "combining.txt": "Title\n\n" + "".join(c + "\u0301\u0308\u0323" * 20 for c in p(rng)) + "\n\n" + p(rng),
        "crlf.txt": ("Title line\r\n\r\n" + p(rng) + "\r\n" + p(rng) + "\r\n\r\n" + p(rng)).encode(),
        "lone_cr.txt": ("Title line\r\r" + p(rng) + "\r" + p(rng) + "\r\r" + p(rng)).encode(),
        "tabs.txt": "Title\t\twith tabs\n\n\t" + p(rng).replace(" ", "\t") + "\n\t\n" + p(rng),
        "bom.txt": b"\xef\xbb\xbf" + ("Bom title\n\n" + p(rng)).encode(),
        "cp1252.txt": ("Title – “smart”\n\n" + p(rng) + " Officials said “five” died — café €100.").encode("cp1252"),
        "utf16.txt": ("Title\n\n" + p(rng) + " A naïve reading.").encode("utf-16"),
        "utf16_no_bom.txt": ("Title\n\n" + p(rng) + " A naïve reading.").encode("utf-16-be"),
    }


def html_files(rng: random.Random) -> dict[str, str]:
    def body() -> str:
        return "".join(f"<p>{_paragraph(rng)}</p>" for _ in range(5))

    return {
        "scripts.html": "<html><head><title>T</title><style>p{color:red}</style><script>var a='<p>no</p>';"
        + "while(1){}" * 100 + "</script></head><body><iframe src='x'></iframe>" + body() + "</body></html>",
        "huge_table.html": "<html><body><article>" + body() + "<table>" + "".join(
            "<tr>" + "".join(f"<td>{i * j}</td>" for j in range(30)) + "</tr>" for i in range(1500)
        ) + "</table></article></body></html>",
        "no_body.html": "<html><head><title>Only a head</title></head></html>",
        "malformed.html": f"<html><body><p>{_paragraph(rng)}<p><div><span>{_paragraph(rng)}</b></i><<<>>>"
        f"<p unclosed='x{_paragraph(rng)}<!-- never closed" + "</div>" * 200,
        "nested_divs.html": "<html><body>" + "<div>" * 3000 + f"<p>{_paragraph(rng)}</p>" + "</div>" * 3000,
        "empty_tags.html": "<html><body>" + "<p></p>" * 5000 + "</body></html>",
    }


EXTRA_FIELDS = {"n": 1, "f": 1.5, "b": True, "z": None, "a": [1, "x", None, {"k": []}],
                "o": {"deep": {"deeper": [1.5e300]}}, "s": "ok", "big": 10**30}


def jsonl_text(rng: random.Random) -> str:
    """Records whose line numbers the rejections below name; keep the order."""
    p = _paragraph
    lines = [
        json.dumps({"id": "j-extra", "text": p(rng), "published": "2021-11-01T10:00:00+04:30", **EXTRA_FIELDS}),
        json.dumps({"id": "j-space-time", "text": p(rng), "published": "2021-11-01 10:00"}),
        json.dumps({"id": 12345, "text": p(rng), "published": "2021-W44-1"}),
        "{not json",  # 4
        json.dumps({"id": "", "text": "An empty id falls back to the text's hash. " + p(rng)}),
        "",
        json.dumps({"id": "j-null-title", "title": None, "text": p(rng)}),
        json.dumps({"id": "j-empty-strings", "title": "", "url": "", "source": "", "language": "",
                    "published": "", "text": p(rng)}),
        json.dumps({"id": "j-empty-text", "text": ""}),  # 9
        json.dumps({"id": "j-text-number", "text": 5}),  # 10
        json.dumps({"id": "j-lang", "language": "fa", "text": "طالبان گفتند که ۱۲ نفر کشته شدند."}),
        json.dumps({"id": "j-weird-lang", "language": "EN_us-x", "text": p(rng)}),
        json.dumps({"id": 1.5, "text": p(rng)}),  # 13
        json.dumps({"id": "j-html-only", "html": f"<html><body><p>{p(rng)}</p></body></html>"}),
        json.dumps({"id": "j-dup", "text": "The first version is kept. " + p(rng)}),
        json.dumps({"id": "j-dup", "text": "A second, different version. " + p(rng)}),
        json.dumps([1, 2, 3]),  # 17
        json.dumps(None),  # 18
        '{"id": "j-surrogate", "text": "A lone surrogate \\ud800 here. Gunmen killed two people."}',
        json.dumps({"id": "j-placeholder-date", "text": p(rng), "published": "0001-01-01T00:00:00"}),
        json.dumps({"id": "j-far-date", "text": "Troops clashed on 31 December 9999. " + p(rng),
                    "published": "9999-12-31"}),
        json.dumps({"id": "j-published-int", "text": p(rng), "published": 20211101}),  # 22
        '{"id": "j-nan", "text": "Gunmen killed two people in Kano.", "score": NaN, "big": 1e400}',
        "[" * 50_000 + "]" * 50_000,  # 24
        json.dumps({"id": "j-huge-number", "text": "Gunmen killed " + "9" * 500 + " people on Monday."}),
    ]
    return "\n".join(lines) + "\n"


# 19 (a lone surrogate), 23 (NaN, 1e400) and 24 (nesting) are JSON the ledger could not export again
JSONL_REJECTIONS = {4: "E007", 9: "E008", 10: "E009", 13: "E009", 17: "E009", 18: "E009", 19: "E017", 22: "E013",
                    23: "E017", 24: "E017"}
JSONL_STORED = ["j-extra", "j-space-time", "12345", "j-null-title", "j-empty-strings", "j-lang", "j-weird-lang",
                "j-html-only", "j-dup", "j-placeholder-date", "j-far-date", "j-huge-number"]


def warc_bytes(rng: random.Random, *, gz: bool = True, truncate: bool = False) -> bytes:
    """request, image, HTML page, JSON, HTML page: records 1-5; ``truncate`` cuts record 5 in half."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)

    def response(uri: str, content_type: str, payload: bytes):  # noqa: ANN202
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        return writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers)

    def page(title: str) -> bytes:
        paragraphs = "".join(f"<p>{_paragraph(rng)}</p>" for _ in range(4))
        return f"<html><head><title>{title}</title></head><body><article>{paragraphs}</article></body></html>".encode()

    request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
    writer.write_record(writer.create_warc_record("http://example.org/", "request",
                                                  payload=io.BytesIO(b""), http_headers=request))
    writer.write_record(response("http://example.org/a.png", "image/png", b"\x89PNG\r\n\x1a\n" + rng.randbytes(500)))
    writer.write_record(response("http://example.org/one", "text/html; charset=utf-8", page("One")))
    writer.write_record(response("http://example.org/data", "application/json", b'{"a": 1}'))
    cut = buffer.tell()
    writer.write_record(response("http://example.org/two", "text/html", page("Two")))
    data = buffer.getvalue()
    return data[: cut + (len(data) - cut) // 2] if truncate else data


def build_corpus(folder: Path) -> None:
    rng = random.Random(SEED)
    files: dict[str, str | bytes] = {**text_files(rng), **html_files(rng)}
    files["odd.jsonl"] = jsonl_text(rng)
    files["crawl.warc.gz"] = warc_bytes(rng)
    files["plain.warc"] = warc_bytes(rng, gz=False)
    files["truncated.warc.gz"] = warc_bytes(rng, truncate=True)
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    add_links_and_hidden_files(folder)


def add_links_and_hidden_files(folder: Path) -> None:
    sub = folder / "sub"
    sub.mkdir()
    (sub / "inner.txt").write_text("Inner report\n\nGunmen killed three people in Kano on Monday.\n", encoding="utf-8")
    (sub / "self").symlink_to(".")  # loops: a walk that follows them never ends
    (sub / "up").symlink_to("..")
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    (folder / ".hidden.txt").write_text("Hidden\n\nA hidden file must not be read.\n", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "notes.txt").write_text("Hidden folder\n\nNot read either.\n", encoding="utf-8")


EXPECTED_REJECTIONS = {
    "boilerplate_only.txt": "E011",
    "no_body.html": "E014",
    "truncated.warc.gz#record-5": "E010",
    "dangling.txt": "E001",
    **{f"odd.jsonl:{line}": code for line, code in JSONL_REJECTIONS.items()},
}
MUST_BE_STORED = [
    "long_unpunctuated.txt", "commas.txt", "quotes.txt", "numbers_dates.txt", "headings_only.txt", "allcaps.txt",
    "controls.txt", "zero_width_emoji.txt", "rtl_mixed.txt", "combining.txt", "crlf.txt", "lone_cr.txt", "tabs.txt",
    "bom.txt", "cp1252.txt", "utf16.txt", "utf16_no_bom.txt", "scripts.html",
    "huge_table.html", "malformed.html", "crawl.warc.gz#record-3", "plain.warc#record-3",
    "truncated.warc.gz#record-3", "sub/inner.txt",
]
BASELINE = {"id": "baseline-1", "published": "2021-10-01", "source": "Example Wire", "text":
            "Gunmen attacked a market in Maiduguri on Friday, killing five traders, police said.\n\n"
            "The attackers fled on motorcycles, a witness told reporters."}


# ---------------------------------------------------------------- one real ingest over all of it


def run_cli(*args: str, timeout: float = HANG_TIMEOUT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "eventledger", *args], cwd=REPO, capture_output=True,
                          timeout=timeout)


def snapshot(db: Path) -> dict[str, object]:
    store = open_store(str(db))
    try:
        return {"document": store.get_document("baseline-1"),
                "events": [e for e in store.iter_events() if any(s["document_id"] == "baseline-1"
                                                                 for s in e["sources"])]}
    finally:
        store.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, nlp):  # noqa: ANN001, ANN201 - pytest fixtures
    """The corpus ingested by the CLI into a ledger that already holds one ordinary article."""
    root = tmp_path_factory.mktemp("robustness")
    corpus = root / "corpus"
    corpus.mkdir()
    build_corpus(corpus)
    db = root / "ledger.db"
    baseline = root / "baseline.jsonl"
    baseline.write_text(json.dumps(BASELINE) + "\n", encoding="utf-8")
    store = open_store(str(db))
    try:
        assert ingest_paths([str(baseline)], store).documents_new == 1
    finally:
        store.close()
    before = snapshot(db)
    started = time.monotonic()
    result = run_cli("ingest", str(corpus), "--db", str(db))
    return {"corpus": corpus, "db": db, "before": before, "result": result, "seconds": time.monotonic() - started}


def stderr_lines(hostile: dict) -> list[str]:
    return hostile["result"].stderr.decode("utf-8").splitlines()


def stored_origins(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:  # origins are not exported; the test reads them where they are kept
        return dict(conn.execute("SELECT origin, document_id FROM documents"))


def test_ingest_finishes_and_reports_rejections_one_line_each(hostile):
    result = hostile["result"]
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 1, stderr  # some inputs rejected, the others stored
    assert "Traceback" not in stderr
    corpus = str(hostile["corpus"])
    rejected = {}
    for line in stderr_lines(hostile):
        match = STDERR_LINE.match(line)
        assert match, f"not one 'CODE: origin: problem' line: {line!r}"
        assert match["origin"].startswith(corpus + "/"), line
        if match["code"].startswith("E"):
            rejected[match["origin"][len(corpus) + 1 :]] = match["code"]
    for origin, code in EXPECTED_REJECTIONS.items():
        assert rejected.get(origin) == code, (origin, stderr)
    summary = result.stdout.decode().strip().splitlines()[-1]
    assert re.fullmatch(r"documents: \d+ new, \d+ unchanged, \d+ rejected; events now in the ledger: \d+ "
                        r"\(\+\d+ new, ~\d+ updated\); documents without events: \d+", summary)
    assert f"{len(rejected)} rejected" in summary


def test_every_readable_input_is_stored_and_hidden_files_are_not_read(hostile):
    corpus = str(hostile["corpus"]) + "/"
    origins = {origin.removeprefix(corpus) for origin in stored_origins(hostile["db"])}
    for name in MUST_BE_STORED:
        assert name in origins, (name, sorted(origins))
    assert not any("/." in "/" + origin or "/self/" in origin or "/up/" in origin for origin in origins), origins
    ids = set(stored_origins(hostile["db"]).values())
    assert set(JSONL_STORED) <= ids, set(JSONL_STORED) - ids
    # every file of the folder is accounted for: stored, rejected on a line of its own, or a copy
    rejected = {line.split(": ")[1].removeprefix(corpus) for line in stderr_lines(hostile)}
    for path in Path(corpus).iterdir():
        if not path.name.startswith(".") and path.name != "sub":
            assert any(o.split("#")[0].split(":")[0] == path.name for o in origins | rejected), path.name


def test_odd_encodings_and_line_endings_come_out_as_clean_text(hostile):
    store = open_store(str(hostile["db"]))
    try:
        by_origin = {o.removeprefix(str(hostile["corpus"]) + "/"): i for o, i in stored_origins(hostile["db"]).items()}

        def clean(name: str) -> str:
            return store.get_document(by_origin[name])["clean_text"]

        assert "“five”" in clean("cp1252.txt") and "café €100" in clean("cp1252.txt")
        assert "naïve" in clean("utf16.txt") and "naïve" in clean("utf16_no_bom.txt")
        assert not clean("bom.txt").startswith("\ufeff")
        for name in ("crlf.txt", "lone_cr.txt"):
            assert "\r" not in clean(name) and clean(name).count("\n\n") >= 1, name
        assert "\u200b" not in clean("zero_width_emoji.txt") and "🇦🇫" in clean("zero_width_emoji.txt")
        assert "<script" not in clean("scripts.html") and "while(1)" not in clean("scripts.html")
    finally:
        store.close()


def test_json_records_keep_their_fields_and_non_strict_json_is_not_stored(hostile):
    store = open_store(str(hostile["db"]))
    try:
        extra = store.get_document("j-extra")
        assert extra["published"] == "2021-11-01"  # the date as written, not shifted to UTC
        assert extra["extra"] == EXTRA_FIELDS
        assert store.get_document("j-space-time")["published"] == "2021-11-01"
        assert store.get_document("12345")["published"] == "2021-11-01"  # ISO week date 2021-W44-1
        assert store.get_document("j-null-title")["title"] is None
        assert store.get_document("j-weird-lang")["language"] == "en"
        assert store.get_document("j-lang")["language"] == "fa"
        assert store.get_document("j-surrogate") is None and store.get_document("j-nan") is None
        # placeholder dates (0001-01-01, 9999-12-31) are no dates: the article is kept without one
        assert store.get_document("j-placeholder-date")["published"] is None
        assert store.get_document("j-far-date")["published"] is None
        # two records with one id: the first is stored, the second does not replace it
        assert store.get_document("j-dup")["clean_text"].startswith("The first version is kept.")
    finally:
        store.close()


def test_earlier_documents_are_unchanged_and_exports_stay_valid(hostile):
    assert snapshot(hostile["db"]) == hostile["before"]
    store = open_store(str(hostile["db"]))
    try:
        for name in EXPORTERS:
            if name == "stix":
                continue  # slow to build; its validity is test_stix's job
            out = io.StringIO()
            write_export(store, name, out)
            text = out.getvalue()
            if name == "acled-csv":
                rows = list(csv.reader(io.StringIO(text)))
                assert len({len(row) for row in rows}) == 1 and len(rows) > 1
            elif name == "geojson":
                assert json.loads(text)["type"] == "FeatureCollection"
            else:
                records = [json.loads(line) for line in text.splitlines()]
                assert records, name
    finally:
        store.close()


def test_a_reused_id_with_different_text_is_reported(hostile):
    corpus = str(hostile["corpus"])
    assert any(line.startswith("W") and f"{corpus}/odd.jsonl:16" in line and "j-dup" in line
               for line in stderr_lines(hostile))


# ---------------------------------------------------------------- reading folders and WARCs


def test_symlink_loops_are_walked_once(tmp_path):
    from eventledger.ingest import read_inputs

    (tmp_path / "top.txt").write_text("Top report\n\nPolice said two people were killed.\n", encoding="utf-8")
    add_links_and_hidden_files(tmp_path)
    # sub/self -> sub, sub/up -> the folder itself: two loops make 2^40 paths before the kernel says ELOOP
    items = list(itertools.islice(read_inputs([str(tmp_path)]), 100))
    assert [i.origin.removeprefix(str(tmp_path)) for i in items] == ["/dangling.txt", "/sub/inner.txt", "/top.txt"]
    assert isinstance(items[0], Rejection) and items[0].code == "E001"
    # reached through a link first, a folder is read there, once
    via_link = [i.origin.removeprefix(str(tmp_path))
                for i in itertools.islice(read_inputs([str(tmp_path / "sub")]), 100)]
    assert via_link == ["/sub/inner.txt", "/sub/up/dangling.txt", "/sub/up/top.txt"]


def test_truncated_warc_record_is_rejected_and_the_earlier_ones_kept(tmp_path):
    from eventledger.ingest import read_inputs

    path = tmp_path / "cut.warc.gz"
    path.write_bytes(warc_bytes(random.Random(SEED), truncate=True))
    items = list(read_inputs([str(path)]))
    assert [(type(i).__name__, i.origin.rsplit("#", 1)[1]) for i in items] == [
        ("RawDocument", "record-3"), ("Rejection", "record-5")]
    assert isinstance(items[1], Rejection) and items[1].code == "E010" and "truncated" in items[1].message


# ---------------------------------------------------------------- no date arithmetic past the calendar


CALENDAR_EDGES = [dt.date(1, 1, 1), dt.date(1, 1, 3), dt.date(9999, 12, 29), dt.date(9999, 12, 31)]


@pytest.mark.parametrize("published", CALENDAR_EDGES)
def test_time_expressions_near_the_calendar_edges_resolve_to_nothing_rather_than_raise(published):
    from eventledger.extract.times import find_time_expressions, resolve_time

    for expression in ("last week", "next month", "last year", "this weekend", "last Friday", "yesterday",
                       "tomorrow", "two days ago", "in September", "on 31 December 9999"):
        resolved = resolve_time(expression, published)
        assert resolved is None or 1800 <= resolved.date.year <= 2200, expression
        find_time_expressions(f"Troops clashed {expression} near the town.", published)


def test_numbers_too_long_for_a_float_are_not_counts():
    from eventledger.extract.numbers import parse_fatalities, parse_number

    assert parse_number("9" * 400) is None
    assert parse_fatalities(f"Gunmen killed {'9' * 400} people.") is None  # raised OverflowError before
    assert parse_fatalities("Gunmen killed 12 people.").minimum == 12
