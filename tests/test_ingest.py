"""read_inputs on real files of every input format, and a rejection with its code for each bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventledger.errors import MESSAGES
from eventledger.ingest import read_inputs
from eventledger.ingest.dates import normalise_published
from eventledger.models import RawDocument, Rejection

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed"
DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "data" / "demo"


def read(*paths: str | Path, **options: object) -> list[RawDocument | Rejection]:
    return list(read_inputs([str(p) for p in paths], **options))  # type: ignore[arg-type]


def only_rejection(items: list[RawDocument | Rejection]) -> Rejection:
    assert len(items) == 1 and isinstance(items[0], Rejection), items
    return items[0]


# ---------------------------------------------------------------- good inputs


@pytest.mark.skipif(not SEED.exists(), reason="shared seed corpus not present")
def test_seed_jsonl_is_one_document_with_its_fields() -> None:
    [doc] = read(SEED / "seed.jsonl")
    assert isinstance(doc, RawDocument)
    assert doc.input_id == "seed-001"
    assert doc.published == "2021-11-01"
    assert doc.title == "Afghan informants and soldiers join ISIS"
    assert doc.origin == f"{SEED / 'seed.jsonl'}:1"
    assert doc.text and doc.text.startswith("Since the withdrawal of US forces")


@pytest.mark.skipif(not SEED.exists(), reason="shared seed corpus not present")
def test_seed_txt_takes_its_first_line_as_title() -> None:
    [doc] = read(SEED / "000_e58bd1619e6357f8.txt")
    assert isinstance(doc, RawDocument)
    assert doc.title == "Afghan informants and soldiers join ISIS"
    assert doc.text and doc.text.lstrip().startswith("Since the withdrawal")
    assert doc.published is None and doc.input_id is None


def test_text_file_gets_title_and_command_line_defaults() -> None:
    [doc] = read(FIXTURES / "article.txt", published="2023-04-01", source="Border Times", url="https://bt.example/1")
    assert isinstance(doc, RawDocument)
    assert doc.title == "Clashes erupt in border town after election dispute"
    assert doc.text and "Clashes erupt" not in doc.text and "Mabanga" in doc.text
    assert (doc.published, doc.source, doc.url) == ("2023-04-01", "Border Times", "https://bt.example/1")


def test_defaults_do_not_override_what_a_record_has() -> None:
    items = read(FIXTURES / "mixed.jsonl", published="2000-01-01", source="Other")
    docs = [d for d in items if isinstance(d, RawDocument)]
    first = docs[0]
    assert first.published == "2023-06-01" and first.source == "Example Post"
    html_doc = docs[-1]
    assert html_doc.published == "2000-01-01" and html_doc.source == "Other"


def test_latin1_text_is_decoded() -> None:
    [doc] = read(FIXTURES / "latin1.txt")
    assert isinstance(doc, RawDocument)
    assert doc.title == "Manifestation à Lomé"
    assert doc.text and "Des étudiants ont manifesté à Lomé" in doc.text and "\ufffd" not in doc.text


def test_html_page_gives_main_text_and_metadata() -> None:
    [doc] = read(FIXTURES / "page.html")
    assert isinstance(doc, RawDocument)
    assert doc.title == "Village guards repel raid"
    assert doc.source == "The Valley Chronicle"
    assert doc.published == "2023-02-17"
    assert doc.url == "https://valleychronicle.example/news/guards-repel-raid"
    assert doc.text
    lines = doc.text.split("\n\n")
    assert lines[0].startswith("Volunteer guards in the hill village of Korem")
    assert "No casualties reported" in lines  # the sub-heading stays a line of its own
    assert any(line.startswith("Nobody was hurt") for line in lines)
    assert "Sport" not in doc.text and "All rights reserved" not in doc.text


def test_jsonl_bad_lines_are_rejected_and_good_lines_around_them_kept() -> None:
    path = FIXTURES / "mixed.jsonl"
    items = read(path)
    kinds = [(type(i).__name__, getattr(i, "code", None), i.origin) for i in items]
    assert kinds == [
        ("RawDocument", None, f"{path}:1"),
        ("Rejection", "E007", f"{path}:2"),
        ("RawDocument", None, f"{path}:3"),
        ("Rejection", "E008", f"{path}:4"),
        ("Rejection", "E013", f"{path}:5"),
        ("Rejection", "E009", f"{path}:6"),
        ("RawDocument", None, f"{path}:8"),
    ]
    first, third, html_doc = (i for i in items if isinstance(i, RawDocument))
    assert first.extra == {"author": "R. Writer"}
    assert first.published == "2023-06-01"  # a date-time cut to its date
    assert third.input_id == "3"
    assert "line 2" in items[1].message
    assert html_doc.title == "From HTML"
    assert html_doc.text and html_doc.text.startswith("Gunmen attacked a bus station")


def test_json_list_names_each_record() -> None:
    path = FIXTURES / "list.json"
    first, second = read(path)
    assert isinstance(first, RawDocument) and first.input_id == "l-1" and first.origin == f"{path}#record-1"
    assert isinstance(second, Rejection) and second.code == "E009" and second.origin == f"{path}#record-2"
    assert "'text' must be a string" in second.message


def test_folder_is_read_recursively_in_order_without_hidden_files() -> None:
    items = read(FIXTURES / "folder")
    assert [i.origin for i in items] == [
        str(FIXTURES / "folder" / "a.txt"),
        f"{FIXTURES / 'folder' / 'sub' / 'b.jsonl'}:1",
    ]
    assert all(isinstance(i, RawDocument) for i in items)


def test_stdin_formats_are_sniffed() -> None:
    record = {"id": "s-1", "title": "Piped", "text": "Police detained a journalist at the border crossing."}
    as_json = read("-", stdin=io.BytesIO(json.dumps(record).encode()))
    two_lines = json.dumps(record) + "\n" + json.dumps(record | {"id": "s-2"})
    as_jsonl = read("-", stdin=io.BytesIO(two_lines.encode()))
    as_text = read("-", stdin=io.BytesIO(b"Headline here\n\nA body sentence about a protest in the city."))
    sentence = b"Soldiers and rebels exchanged fire near the airport for two hours. "
    html = b"<html><body><article><p>" + sentence * 3
    as_html = read("-", stdin=io.BytesIO(html + b"</p></article></body></html>"))
    assert [d.input_id for d in as_json] == ["s-1"]  # type: ignore[union-attr]
    assert [d.input_id for d in as_jsonl] == ["s-1", "s-2"]  # type: ignore[union-attr]
    assert [d.origin for d in as_jsonl] == ["<stdin>:1", "<stdin>:2"]
    assert isinstance(as_text[0], RawDocument) and as_text[0].title == "Headline here"
    assert isinstance(as_html[0], RawDocument) and as_html[0].text and "exchanged fire" in as_html[0].text


def _write_warc(path: Path) -> None:
    html = (
        b"<html><head><title>Checkpoint attacked</title></head><body><article><h1>Checkpoint attacked</h1>"
        b"<p>Gunmen attacked a police checkpoint on the northern highway on Friday night and set "
        b"two vehicles on fire, the provincial police chief said on Saturday.</p>"
        b"<p>One officer was wounded in the exchange of fire, he said.</p></article></body></html>"
    )
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "test"}))
        for uri, body, kind in [
            ("https://news.example/checkpoint", html, "text/html; charset=utf-8"),
            ("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            payload = io.BytesIO(body)
            record = writer.create_warc_record(uri, "response", payload=payload, http_headers=headers)
            writer.write_record(record)


def test_warc_html_responses_are_documents(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path)
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert doc.origin == f"{path}#record-2"  # record 1 is the warcinfo, record 3 the image
    assert doc.url == "https://news.example/checkpoint"
    assert doc.title == "Checkpoint attacked"
    assert doc.text and doc.text.startswith("Gunmen attacked a police checkpoint")


def test_demo_corpus_reads_without_rejections() -> None:
    items = read(DEMO)
    assert all(isinstance(i, RawDocument) for i in items), [i for i in items if isinstance(i, Rejection)]
    assert len(items) >= 8
    assert len({i.source for i in items if i.source}) >= 6
    assert any(i.language == "es" for i in items)  # type: ignore[union-attr]
    assert any(i.origin.endswith(".html") for i in items)


# ---------------------------------------------------------------- bad inputs


def test_missing_path() -> None:
    rejection = only_rejection(read(FIXTURES / "no-such-file.txt"))
    assert rejection.code == "E001" and rejection.origin.endswith("no-such-file.txt")


def test_empty_file() -> None:
    rejection = only_rejection(read(FIXTURES / "empty.txt"))
    assert rejection.code == "E002" and rejection.origin == str(FIXTURES / "empty.txt")


def test_blank_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n\t\n")
    assert only_rejection(read(path)).code == "E002"


def test_binary_file() -> None:
    rejection = only_rejection(read(FIXTURES / "binary.txt"))
    assert rejection.code == "E003" and rejection.origin == str(FIXTURES / "binary.txt")
    assert rejection.message == MESSAGES["E003"]


def test_binary_file_without_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(b for b in range(1, 256) if b not in b"\t\n\r\x0b\x0c") * 20)
    assert only_rejection(read(path)).code == "E003"


def test_gzip_data_in_a_jsonl_file_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "packed.jsonl"
    path.write_bytes(gzip.compress(b'{"id": "x", "text": "y"}\n'))
    rejection = only_rejection(read(path))
    assert rejection.code == "E003" and rejection.origin == str(path)


def test_unknown_extension() -> None:
    rejection = only_rejection(read(FIXTURES / "notes.md"))
    assert rejection.code == "E005" and rejection.origin == str(FIXTURES / "notes.md")
    assert "'.md'" in rejection.message


def test_oversized_file() -> None:
    path = FIXTURES / "article.txt"
    rejection = only_rejection(read(path, max_bytes=100))
    assert rejection.code == "E006" and rejection.origin == str(path)
    assert str(path.stat().st_size) in rejection.message and "100" in rejection.message


def test_oversized_record_among_small_ones(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    lines = [{"id": "a", "text": "short"}, {"id": "b", "text": "x" * 500}, {"id": "c", "text": "short too"}]
    path.write_text("\n".join(json.dumps(line) for line in lines))
    items = read(path, max_bytes=100)
    assert [getattr(i, "code", "ok") for i in items] == ["ok", "E006", "ok"]
    assert items[1].origin == f"{path}:2"


def test_json_record_without_text() -> None:
    rejection = only_rejection(read(FIXTURES / "no_text.json"))
    assert rejection.code == "E008" and rejection.origin == str(FIXTURES / "no_text.json")


def test_broken_warc(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"WARC/1.0\r\nthis is not a warc header block\r\n\r\n" + b"garbage " * 50)
    rejection = only_rejection(read(path))
    assert rejection.code == "E010" and rejection.origin.startswith(str(path))


def test_html_page_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>Loading</title><script>var x;</script></head><body></body></html>")
    rejection = only_rejection(read(path))
    assert rejection.code == "E014" and rejection.origin == str(path)


def test_one_bad_path_does_not_stop_the_others() -> None:
    items = read(FIXTURES / "no-such-file.txt", FIXTURES / "article.txt")
    assert [type(i).__name__ for i in items] == ["Rejection", "RawDocument"]


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2021-11-01", "2021-11-01"),
        ("2021-11-01T22:15:00+04:30", "2021-11-01"),
        ("2021-11-01 08:00", "2021-11-01"),
        ("2021/11/01", "2021-11-01"),
        ("Mon, 01 Nov 2021 10:00:00 GMT", "2021-11-01"),
        ("2021-13-01", None),
        ("last Tuesday", None),
        ("", None),
        (None, None),
        (20211101, None),
    ],
)
def test_normalise_published(given: object, expected: str | None) -> None:
    assert normalise_published(given) == expected


def test_news_please_field_names_are_read(tmp_path: Path) -> None:
    record = {
        "maintext": "Rebels shelled the airport road on Sunday, the army said.",
        "date_publish": "2022-03-06 14:05:00",
        "source_domain": "example-news.org",
        "title": "Airport road shelled",
        "image_url": "https://example-news.org/a.jpg",
    }
    path = tmp_path / "np.json"
    path.write_text(json.dumps(record))
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert doc.text == record["maintext"]
    assert (doc.published, doc.source) == ("2022-03-06", "example-news.org")
    assert doc.extra == {"image_url": "https://example-news.org/a.jpg"}
