"""The HTTP API against a real SQLite ledger and a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest

from eventledger.errors import EventLedgerError
from eventledger.web.server import check_bind, is_loopback_host
from tests.web_fixtures import ISKP, TOKEN, build_ledger, live_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("api") / "ledger.db")
    build_ledger(db)
    with live_server(db) as live:
        yield live


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_events_newest_first_with_paging(client):
    body = client.get("/api/events").json()
    assert body["total"] == 6 and body["total_exact"] is True and body["limit"] == 50 and body["offset"] == 0
    dates = [e["event_date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert [e["event_id"] for e in page["events"]] == [e["event_id"] for e in body["events"][2:4]]
    assert page["total"] == 6


def test_events_filters_and_full_text(client):
    def ids(**params):
        return {e["event_id"] for e in client.get("/api/events", params=params).json()["events"]}

    assert ids(q="mosque") == {"ev-kunduz"}
    assert ids(q="mosque", country="Nigeria") == set()
    assert ids(country="afghanistan", event_type="Battles") == {"ev-gardez"}
    assert ids(admin1="Paktia") == {"ev-gardez"}
    assert ids(sub_event_type="Change to group/activity") == {"ev-nds", "ev-army"}
    assert ids(actor="taliban") == {"ev-gardez"}
    assert ids(since="2021-10-20", until="2021-10-31") == {"ev-gardez", "ev-army"}
    assert ids(q='mosque" OR "bus') == set()  # FTS syntax is searched as words


def test_events_event_record_fields(client):
    [event] = client.get("/api/events", params={"q": "Kunduz"}).json()["events"]
    for name in ("event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                 "assoc_actor_1", "actor2", "claimed_by", "civilian_targeting", "country", "iso3", "admin1",
                 "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_max",
                 "background", "confidence", "notes", "sources"):
        assert name in event
    assert {s["source"] for s in event["sources"]} == {"Northern Wire", "Kabul Daily Monitor"}


@pytest.mark.parametrize("params", [{"limit": 501}, {"limit": 0}, {"offset": -1}, {"since": "last week"}])
def test_bad_query_parameters_are_422_in_the_error_shape(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert set(response.json()) == {"error"} and response.json()["error"]["code"] == "invalid_request"


def test_limit_500_is_allowed(client):
    assert client.get("/api/events", params={"limit": 500}).status_code == 200


def test_event_dossier_has_quotes_and_supporting_claims(client):
    event = client.get("/api/events/ev-kunduz").json()
    assert event["fatalities"] == 46 and event["fatalities_max"] == 100 and event["corroboration"] == 2
    by_outlet = {s["source"]: s for s in event["sources"]}
    assert by_outlet["Kabul Daily Monitor"]["attributed_to"] == "a Taliban spokesman"
    assert [q["speaker"] for q in event["quotes"]] == ["a shopkeeper"]
    hedged = [c for c in event["claims"] if c["hedged"]]
    assert [c["hedge_cue"] for c in hedged] == ["may have"]
    assert all("ev-kunduz" in c["event_ids"] for c in event["claims"])


@pytest.mark.parametrize("path", ["/api/events/nope", "/api/documents/nope", "/api/actors/nope"])
def test_unknown_ids_are_404_in_the_error_shape(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert "nope" in response.json()["error"]["message"]


def test_document_with_spans_quotes_claims_and_events(client):
    document = client.get("/api/documents/kdz-wire-1").json()
    assert document["title"].startswith("Suicide bomber strikes")
    assert document["removed"] == [{"text": "Subscribe to our newsletter", "reason": "boilerplate"}]
    text = document["clean_text"]
    actor_spans = [s for s in document["spans"] if s["kind"] == "actor"]
    assert [text[s["start"]:s["end"]] for s in actor_spans] == ["Islamic State Khorasan Province"]
    assert document["event_ids"] == ["ev-kunduz"]
    assert [q["text"] for q in document["quotes"]] == [text[q["start"]:q["end"]] for q in document["quotes"]]
    assert document["claims"][0]["event_ids"] == ["ev-kunduz"]


def test_actors_and_the_defections_into_iskp(client):
    actors = client.get("/api/actors").json()
    assert ISKP in {a["name"] for a in actors["actors"]}
    iskp = client.get("/api/actors/iskp").json()
    assert "ISIS-K" in iskp["aliases"]
    incoming = [(a["from_group"], a["date"]) for a in iskp["incoming"]]
    assert incoming == [("National Directorate of Security", "2021-10-15"), ("Afghan National Army", "2021-10-27")]
    assert {e["event_id"] for e in iskp["events_by_role"]["actor1"]} == {"ev-kunduz", "ev-gardez", "ev-nds",
                                                                         "ev-army"}
    assert [e["event_id"] for e in iskp["events_by_role"]["claimed_by"]] == ["ev-kunduz"]
    nds = client.get("/api/actors/nds").json()
    assert [(a["group"], a["from"]) for a in nds["affiliations"]] == [(ISKP, "2021-10-15")]


@pytest.mark.parametrize(
    ("fmt", "media_type", "suffix"),
    [("events", "application/x-ndjson", "jsonl"), ("acled-csv", "text/csv", "csv"),
     ("geojson", "application/geo+json", "geojson"), ("stix", "application/json", "json"),
     ("actors", "application/x-ndjson", "jsonl")],
)
def test_export_formats(client, fmt, media_type, suffix):
    response = client.get("/api/export", params={"format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert response.headers["content-disposition"] == f'attachment; filename="eventledger-{fmt}.{suffix}"'
    if fmt == "events":
        assert len(response.text.splitlines()) == 6
        assert {json.loads(line)["event_id"] for line in response.text.splitlines()} >= {"ev-kunduz"}
    if fmt == "acled-csv":
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert "ev-kunduz" in {r["event_id_cnty"] for r in rows}
    if fmt == "geojson":
        assert response.json()["type"] == "FeatureCollection"
        assert len(response.json()["features"]) == 4  # the two strategic developments have no place
    if fmt == "stix":
        assert response.json()["type"] == "bundle"


def test_unknown_export_format_is_400(client):
    response = client.get("/api/export", params={"format": "xlsx"})
    assert response.status_code == 400 and response.json()["error"]["code"] == "E105"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}])
def test_writes_without_the_token_are_401(client, headers):
    for path, body in (("/api/events/merge", {"event_ids": ["ev-nds", "ev-army"]}),
                       ("/api/events/ev-kunduz/split", {"documents": ["kdz-monitor-2"]}),
                       ("/api/documents", {"id": "x", "text": "Some text."})):
        response = client.post(path, json=body, headers=headers)
        assert response.status_code == 401, path
        assert response.json()["error"]["code"] == "unauthorized"
    assert client.get("/api/events/ev-nds").status_code == 200  # nothing changed


def test_server_without_a_token_refuses_every_write(tmp_path):
    db = str(tmp_path / "ledger.db")
    build_ledger(db)
    with live_server(db, token=None) as live:
        response = httpx.post(live.url + "/api/events/merge", json={"event_ids": ["ev-nds", "ev-army"]},
                              headers=auth())
    assert response.status_code == 401
    assert "--token" in response.json()["error"]["message"]


def test_split_needs_some_not_all_sources(client):
    response = client.post("/api/events/ev-kunduz/split", json={"documents": ["kdz-wire-1", "kdz-monitor-2"]},
                           headers=auth())
    assert response.status_code == 400
    response = client.post("/api/events/nope/split", json={"documents": ["x"]}, headers=auth())
    assert response.status_code == 404


def test_merge_and_split_round_trip(tmp_path):
    db = str(tmp_path / "ledger.db")
    build_ledger(db)
    with live_server(db) as live, httpx.Client(base_url=live.url, timeout=30) as c:
        merged = c.post("/api/events/merge", json={"event_ids": ["ev-nds", "ev-army"], "reason": "same wave"},
                        headers=auth())
        assert merged.status_code == 200
        new_id = merged.json()["event_id"]
        sources = {s["document_id"] for s in c.get(f"/api/events/{new_id}").json()["sources"]}
        assert sources == {"iskp-ranks-3"}
        # one article, one source entry (the contract), resting on both of its sentences
        (entry,) = merged.json()["event"]["sources"]
        assert "former officers of the National Directorate of Security" in entry["evidence"]
        assert "former Afghan army commandos" in entry["evidence"]
        assert c.get("/api/events").json()["total"] == 5
        split = c.post("/api/events/ev-kunduz/split", json={"documents": ["kdz-monitor-2"]}, headers=auth())
        assert split.status_code == 200
        parts = split.json()["event_ids"]
        assert len(parts) == 2
        outlets = sorted(c.get(f"/api/events/{p}").json()["sources"][0]["source"] for p in parts)
        assert outlets == ["Kabul Daily Monitor", "Northern Wire"]
        missing = c.post("/api/events/merge", json={"event_ids": ["ev-kano", "nope"]}, headers=auth())
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "E107"


def test_post_document_rejections_need_no_pipeline(client):
    no_body = client.post("/api/documents", json={"id": "empty-1", "title": "Nothing"}, headers=auth())
    assert no_body.status_code == 422 and no_body.json()["error"]["code"] == "E008"
    bad_json = client.post("/api/documents", content=b"{not json", headers={**auth(),
                                                                           "Content-Type": "application/json"})
    assert bad_json.status_code == 400 and bad_json.json()["error"]["code"] == "E007"
    wrong_type = client.post("/api/documents", content=b"text", headers={**auth(), "Content-Type": "text/plain"})
    assert wrong_type.status_code == 415
    upload = client.post("/api/documents", files={"file": ("notes.docx", b"PK\x03\x04", "application/zip")},
                         headers=auth())
    assert upload.status_code == 415 and upload.json()["error"]["code"] == "E005"


def test_openapi_and_bundled_docs_page(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/documents", "/api/export", "/health"} <= set(spec["paths"])
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower()
    bundle = client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and "SwaggerUIBundle" in bundle.text


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"])
def test_loopback_hosts(host):
    assert is_loopback_host(host)
    check_bind(host, None)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "example.org"])
def test_non_loopback_without_token_is_e109(host):
    assert not is_loopback_host(host)
    with pytest.raises(EventLedgerError) as info:
        check_bind(host, None)
    assert info.value.code == "E109"
    check_bind(host, "secret")  # with a token it may bind


def test_run_server_refuses_before_binding(tmp_path):
    from eventledger.web.server import run_server

    with pytest.raises(EventLedgerError) as info:
        run_server(db=str(tmp_path / "x.db"), host="0.0.0.0", port=1, token=None)
    assert info.value.code == "E109"
    assert not (tmp_path / "x.db").exists()  # refused before anything was opened


def test_post_article_and_upload_through_the_real_pipeline(tmp_path):
    db = str(tmp_path / "ledger.db")
    text = "Gunmen attacked a commuter bus near Kano on Friday, killing three passengers, police said."
    article = {"id": "post-1", "source": "Test Wire", "published": "2024-03-02", "title": "Bus attacked", "text": text,
               "section": "africa"}
    with live_server(db) as live, httpx.Client(base_url=live.url, timeout=300) as c:
        created = c.post("/api/documents", json=article, headers=auth())
        assert created.status_code == 201, created.text
        body = created.json()
        assert body["document"]["document_id"] == "post-1" and body["document"]["clean_text"] == text
        assert body["document"]["extra"] == {"section": "africa"}
        assert body["new"] == ["post-1"]
        assert body["events"] and all(
            "post-1" in {s["document_id"] for s in e["sources"]} for e in body["events"]
        )
        assert c.get("/api/documents/post-1").status_code == 200
        again = c.post("/api/documents", json=article, headers=auth())
        assert again.status_code == 200 and again.json()["unchanged"] == ["post-1"]
        upload = c.post("/api/documents", headers=auth(), files={
            "file": ("report.txt", b"Clashes near Goma\n\nSoldiers clashed with rebels near Goma on Monday.",
                     "text/plain")})
        assert upload.status_code == 201, upload.text
        assert upload.json()["document"]["title"] == "Clashes near Goma"
        assert upload.json()["document"]["document_id"].startswith("sha256:")
