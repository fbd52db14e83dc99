"""Hostile requests to the HTTP API (issue #14): each one answered 500 (and some were stored all the
same, breaking every later export). A real uvicorn server over a real SQLite ledger."""

from __future__ import annotations

import json
import pickle
from urllib.parse import quote

import httpx
import pytest

from eventledger.errors import EventLedgerError, InputError, StoreError
from eventledger.web.server import check_bind
from eventledger.web.uploads import UploadError
from tests.web_fixtures import TOKEN, build_ledger, live_server

ARTICLE = "Gunmen attacked a market in Maiduguri on Friday, killing five traders, police said."
AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


@pytest.fixture(scope="module")
def client(tmp_path_factory, nlp):  # noqa: ANN001, ANN201 - pytest fixtures
    db = str(tmp_path_factory.mktemp("api-hostile") / "ledger.db")
    build_ledger(db)
    with live_server(db) as live, httpx.Client(base_url=live.url, timeout=120) as c:
        yield c


def body(document_id: str, extra: str) -> bytes:
    """A JSON article whose last field is written raw (what no JSON encoder would write)."""
    return ('{"id": "%s", "text": "%s", "odd": %s}' % (document_id, ARTICLE, extra)).encode()  # noqa: UP031


@pytest.mark.parametrize(
    ("name", "raw"),
    [("nan", b"NaN"), ("overflow", b"1e999"), ("infinity", b"-Infinity"), ("surrogate", b'"\\udc00"'),
     ("deep", b"[" * 5000 + b"]" * 5000), ("digits", b"7" * 5000)],
)
def test_json_the_ledger_cannot_keep_is_a_400_and_nothing_is_stored(client, name, raw):
    document_id = f"hostile-{name}"
    response = client.post("/api/documents", content=body(document_id, raw.decode()), headers=AUTH)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "E017"
    assert client.get(f"/api/documents/{document_id}").status_code == 404
    export = client.get("/api/export", params={"format": "documents"})
    assert export.status_code == 200 and all(json.loads(line) for line in export.text.splitlines())


def test_a_5000_digit_id_is_a_400(client):
    response = client.post("/api/documents", content=b'{"id": ' + b"1" * 5000 + b', "text": "x"}', headers=AUTH)
    assert response.status_code == 400 and response.json()["error"]["code"] == "E017"


@pytest.mark.parametrize("q", ["\x00", "mosque\x00", '"\x00"', "\x00 OR *"])
def test_full_text_search_with_a_nul_is_answered(client, q):
    response = client.get("/api/events", params={"q": q})
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("offset", ["9223372036854775808", "99999999999999999999999"])
def test_an_offset_past_64_bits_is_a_422_not_a_500(client, offset):
    response = client.get("/api/events", params={"offset": offset})
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


def test_a_document_whose_id_is_a_url_can_be_reached(client):
    document_id = "https://example.org/news/2021/11/attack?ref=rss"
    posted = client.post("/api/documents", content=json.dumps({"id": document_id, "text": ARTICLE}).encode(),
                         headers=AUTH)
    assert posted.status_code == 201, posted.text
    for path in (f"/api/documents/{quote(document_id, safe='')}", f"/api/documents/{quote(document_id)}"):
        response = client.get(path)
        assert response.status_code == 200 and response.json()["document_id"] == document_id, path
    page = client.get(f"/documents/{quote(document_id)}")
    assert page.status_code == 200 and "Maiduguri" in page.text


@pytest.mark.parametrize("token", ["", "   ", "\t"])
def test_a_blank_token_does_not_pass_the_non_loopback_guard(token):
    with pytest.raises(EventLedgerError) as raised:
        check_bind("0.0.0.0", token)
    assert raised.value.code == "E109"


def test_a_blank_token_turns_writes_off(tmp_path):
    db = str(tmp_path / "ledger.db")
    build_ledger(db)
    with live_server(db, token="   ") as live:
        response = httpx.post(live.url + "/api/documents", content=b'{"id": "x", "text": "y"}',
                              headers={"Authorization": "Bearer x", "Content-Type": "application/json"})
    assert response.status_code == 401 and "--token" in response.json()["error"]["message"]  # writes are off


@pytest.mark.parametrize("error", [
    InputError("E017", "api:body", detail="NaN"), StoreError("E117", db="x.db", detail="readonly"),
    UploadError(415, "E005", "unknown file type of 'a.docx'"),
])
def test_an_error_raised_in_the_ingest_process_comes_back_as_itself(error):
    """Uploads are ingested in a process of their own: what it raises crosses back pickled."""
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and str(again) == str(error) and again.code == error.code


def test_a_full_text_query_over_its_limit_is_a_422_naming_q(client):
    """15,000 words in q held a server thread for 5 to 15 s; a search box's words fit in 1,000 characters."""
    from eventledger.web.api import MAX_QUERY_CHARS

    for path in ("/api/events", "/api/overview", "/api/review", "/api/export?format=events"):
        response = client.get(path, params={"q": "NEAR(" * (MAX_QUERY_CHARS // 5 + 1)})
        assert response.status_code == 422, (path, response.text)
        assert response.json()["error"]["code"] == "invalid_request" and "q" in response.json()["error"]["message"]
    words = "Maiduguri " * (MAX_QUERY_CHARS // 10)
    assert client.get("/api/events", params={"q": words}).json()["events"] == \
        client.get("/api/events", params={"q": "Maiduguri"}).json()["events"] != []


def test_a_repeated_search_word_is_asked_for_once():
    """An AND of a word with itself is the word: FTS5's time grew with the square of the repeats."""
    from eventledger.store.sqlite import _fts_query

    assert _fts_query("killed killed NEAR( killed NEAR( Kano") == '"killed" "NEAR(" "Kano"'
