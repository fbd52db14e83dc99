"""Server-side sorting, alias-aware filters, facets and filtered exports, against a real SQLite ledger
(the web fixtures' six events plus two written here: an undated report without an outlet and a
diplomatic event, a type outside ACLED's taxonomy) behind a real uvicorn server."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import httpx
import pytest

from eventledger.models import Event, SourceEntry
from eventledger.store import open_store
from tests.web_fixtures import ISKP, KANO, build_ledger, live_server

UNDATED = Event(
    "ev-undated", "Violence against civilians", "Attack", None, None, "Unidentified Armed Group (Nigeria)",
    place=KANO, fatalities=None, confidence=0.4, corroboration=2, notes="Gunmen attacked a village near Kano.",
    sources=[SourceEntry("undated-doc", None, "https://www.kano-reporter.example/village", "2024-02-20T09:30:00Z",
                         "Gunmen attacked a village near Kano.", None, None, None, "undated-doc#0"),
             SourceEntry("no-outlet-doc", None, None, "2024-02-22", "Gunmen attacked a village.", None, None, None,
                         "no-outlet-doc#0")],
)
DIPLOMATIC = Event(
    "ev-diplo", "Other events", "Diplomatic event", dt.date(2021, 10, 12), 1, "Taliban", confidence=0.9,
    notes="The Taliban met envoys in Doha.",
    sources=[SourceEntry("kdz-wire-1", "Northern Wire", None, "2021-10-12", "The Taliban met envoys.", None, None,
                         None, "kdz-wire-1#9")],
)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("filters") / "ledger.db")
    build_ledger(db)
    store = open_store(db)
    with store.transaction():
        store.replace_events([], [(UNDATED, []), (DIPLOMATIC, [])])
    store.close()
    with live_server(db) as live, httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


def ids(client, **params) -> list[str]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return [e["event_id"] for e in response.json()["events"]]


def test_sort_by_fatalities_over_the_whole_ledger_not_the_page(client):
    # fatalities: kunduz 46, kano 3, xss 2; the rest unknown (null), which come last either way
    assert ids(client, sort="-fatalities", limit=3) == ["ev-kunduz", "ev-kano", "ev-xss"]
    assert ids(client, sort="fatalities", limit=3) == ["ev-xss", "ev-kano", "ev-kunduz"]
    second_page = ids(client, sort="-fatalities", limit=2, offset=1)
    assert second_page == ["ev-kano", "ev-xss"]


@pytest.mark.parametrize(
    ("sort", "first"),
    [("confidence", "ev-undated"), ("-confidence", "ev-diplo"), ("-corroboration", "ev-undated"),
     ("event_date", "ev-kunduz"), ("-event_date", "ev-xss"), ("actor2", "ev-kunduz"), ("-location", "ev-kunduz"),
     ("country", "ev-gardez"), ("-sub_event_type", "ev-kunduz"), ("event_type", "ev-gardez")],
)
def test_every_sortable_column(client, sort, first):
    events = client.get("/api/events", params={"sort": sort, "limit": 500}).json()["events"]
    assert events[0]["event_id"] == first
    field = sort.lstrip("-")
    known = [e[field] for e in events if e[field] is not None]
    if isinstance(known[0], str):
        known = [k.casefold() for k in known]
    assert known == sorted(known, reverse=sort.startswith("-"))
    assert all(e[field] is None for e in events[len(known):])  # unknowns last


@pytest.mark.parametrize("sort", ["notes", "-data", "fatalities; DROP TABLE events", "--fatalities", "+fatalities"])
def test_sort_is_whitelisted(client, sort):
    response = client.get("/api/events", params={"sort": sort})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
    assert client.get("/api/events").json()["total"] == 8  # nothing happened to the ledger


@pytest.mark.parametrize("alias", ["ISKP", "iskp", "ISIS-K", "Islamic State Khorasan Province"])
def test_actor_filter_resolves_aliases(client, alias):
    assert set(ids(client, actor=alias)) == {"ev-kunduz", "ev-gardez", "ev-nds", "ev-army"}


@pytest.mark.parametrize("country", ["AFG", "afg", "AF", "Afghanistan", "afghanistan", "Afghan"])
def test_country_filter_takes_codes_and_names(client, country):
    assert set(ids(client, country=country)) == {"ev-kunduz", "ev-gardez"}


def test_unknown_names_match_nothing(client):
    assert ids(client, actor="Nobody In Particular") == []
    assert ids(client, country="Atlantis") == []


def test_minimum_fatalities_confidence_and_sources(client):
    assert set(ids(client, min_fatalities=3)) == {"ev-kunduz", "ev-kano"}
    assert set(ids(client, min_confidence=0.7)) == {"ev-kunduz", "ev-kano", "ev-diplo"}
    assert set(ids(client, min_sources=2)) == {"ev-kunduz", "ev-undated"}
    assert ids(client, min_fatalities=3, min_confidence=0.8) == ["ev-kunduz"]


def test_since_until_leave_out_undated_events_unless_asked(client):
    assert set(ids(client, since="2024-01-01")) == {"ev-kano", "ev-xss"}
    assert set(ids(client, since="2024-01-01", include_undated="true")) == {"ev-kano", "ev-xss", "ev-undated"}
    assert "ev-undated" in ids(client, limit=500)  # without a date range nothing is dropped


def test_facets_count_the_filtered_events(client):
    body = client.get("/api/events", params={"facets": "country,event_type,actor"}).json()
    countries = {f["value"]: f["count"] for f in body["facets"]["country"]}
    assert countries == {"Nigeria": 3, "Afghanistan": 2}  # three events have no place
    types = {f["value"]: f["count"] for f in body["facets"]["event_type"]}
    assert types["Violence against civilians"] == 3 and types["Strategic developments"] == 2
    actors = {f["value"]: f["count"] for f in body["facets"]["actor"]}
    assert actors[ISKP] == 4  # actor1 and claimed_by of the Kunduz bombing count once
    assert actors["Taliban"] == 2
    filtered = client.get("/api/events", params={"facets": "country", "actor": "ISKP"}).json()
    assert filtered["facets"]["country"] == [{"value": "Afghanistan", "count": 2}]
    assert body["facets_timed_out"] == []
    assert "facets" not in client.get("/api/events").json()
    assert client.get("/api/events", params={"facets": "notes"}).status_code == 422


def test_export_honours_the_filters_and_names_them(client):
    response = client.get("/api/export", params={"format": "events", "country": "AFG"})
    assert response.headers["content-disposition"] == (
        'attachment; filename="eventledger-events-country-Afghanistan.jsonl"')
    assert {json.loads(line)["event_id"] for line in response.text.splitlines()} == {"ev-kunduz", "ev-gardez"}
    csv_response = client.get("/api/export", params={"format": "acled-csv", "actor": "ISKP", "since": "2021-10-20"})
    assert csv_response.headers["content-disposition"].endswith(
        'filename="eventledger-acled-csv-actor-ISKP_since-2021-10-20.csv"')
    assert {r["event_id_cnty"] for r in csv.DictReader(io.StringIO(csv_response.text))} == {"ev-gardez", "ev-army"}


def test_filtered_documents_quotes_claims_and_actors_are_those_of_the_selected_events(client):
    def lines(fmt: str, **params) -> list[dict]:
        response = client.get("/api/export", params={"format": fmt, **params})
        return [json.loads(line) for line in response.text.splitlines()]

    assert {d["document_id"] for d in lines("documents", q="mosque")} == {"kdz-wire-1", "kdz-monitor-2"}
    assert [q["speaker"] for q in lines("quotes", q="mosque")] == ["a shopkeeper"]
    assert {c["document_id"] for c in lines("claims", q="mosque")} == {"kdz-wire-1", "kdz-monitor-2"}
    assert {a["name"] for a in lines("actors", q="mosque")} == {ISKP, "Civilians (Afghanistan)"}
    assert len(lines("documents")) == 5  # no filter: the whole ledger
    features = client.get("/api/export", params={"format": "geojson", "country": "NGA"}).json()["features"]
    assert {f["id"] for f in features} == {"ev-kano", "ev-xss", "ev-undated"}


def test_acled_csv_dates_sources_and_the_left_out_count(client):
    response = client.get("/api/export", params={"format": "acled-csv"})
    assert response.headers["x-events-left-out"] == "1"  # the diplomatic event
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(response.text))}
    assert "ev-diplo" not in rows and len(rows) == 7
    undated = rows["ev-undated"]
    # the earliest report's publication day: the latest it can have happened, at the coarsest precision
    assert (undated["event_date"], undated["time_precision"], undated["year"]) == ("2024-02-20", "3", "2024")
    assert undated["tags"] == "event date=report publication date"
    # no outlet: the URL's host, else the document id
    assert undated["source"] == "kano-reporter.example; no-outlet-doc"
    assert undated["fatalities"] == "0"
    assert rows["ev-kunduz"]["source"] == "Kabul Daily Monitor; Northern Wire"
    assert all(r["event_date"] for r in rows.values())
    only_afghan = client.get("/api/export", params={"format": "acled-csv", "country": "AFG"})
    assert only_afghan.headers["x-events-left-out"] == "0"


def test_a_ledger_of_the_previous_schema_gets_the_sort_columns(tmp_path):
    import sqlite3

    from eventledger.records import event_record
    from eventledger.store import EventFilters
    from eventledger.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:2]:
        conn.executescript(migration)
    conn.execute("PRAGMA user_version = 2")
    for event in (UNDATED, DIPLOMATIC):
        cur = conn.execute("INSERT INTO events (event_id, event_type, sub_event_type, updated, data)"
                           " VALUES (?, ?, ?, '2024-01-01T00:00:00Z', ?)",
                           (event.event_id, event.event_type, event.sub_event_type, json.dumps(event_record(event))))
        conn.execute("INSERT INTO event_actors (event_id, actor, role) VALUES (?, ?, 'actor1')",
                     (event.event_id, event.actor1))
        conn.execute("INSERT INTO events_text (rowid, event_id, body) VALUES (?, ?, ?)",
                     (cur.lastrowid, event.event_id, event.notes))
    conn.commit()
    conn.close()
    store = open_store(str(path))
    # the rebuilt table keeps its actors (its foreign key would have deleted them) and its text index
    assert [e["event_id"] for e in store.iter_events(EventFilters(actor="taliban"))] == ["ev-diplo"]
    assert [e["event_id"] for e in store.iter_events(EventFilters(q="village"))] == ["ev-undated"]
    assert [e["event_id"] for e in store.iter_events(sort="-confidence")] == ["ev-diplo", "ev-undated"]
    assert [e["event_id"] for e in store.iter_events(EventFilters(min_sources=2))] == ["ev-undated"]
    assert [e["event_id"] for e in store.iter_events(sort="location")] == ["ev-undated", "ev-diplo"]
    store.close()


def test_actors_search_counts_and_pages(client):
    everyone = client.get("/api/actors").json()
    assert everyone["total"] == len(everyone["actors"]) == 8
    counts = {a["name"]: a["event_count"] for a in everyone["actors"]}
    assert counts[ISKP] == 4 and counts["Taliban"] == 2 and counts["National Directorate of Security"] == 0
    found = client.get("/api/actors", params={"q": "isis-k"}).json()  # an alias, any case
    assert [a["name"] for a in found["actors"]] == [ISKP] and found["total"] == 1
    assert client.get("/api/actors", params={"q": "100%_"}).json()["total"] == 0  # LIKE's wildcards are text
    page = client.get("/api/actors", params={"limit": 3, "offset": 3}).json()
    assert page["total"] == 8 and [a["name"] for a in page["actors"]] == [a["name"] for a in everyone["actors"][3:6]]


def test_planner_statistics_are_refreshed_when_the_ledger_has_grown(tmp_path):
    store = open_store(str(tmp_path / "grown.db"))

    def add(first: int, count: int) -> None:
        with store.transaction():
            store.replace_events([], [(Event(f"ev-{i:05d}", "Battles", "Armed clash", dt.date(2020, 1, 1), 1,
                                             fatalities=i % 9), []) for i in range(first, first + count)])

    add(0, 999)
    assert store.refresh_statistics() is False  # a small ledger: any plan is fast
    add(999, 201)
    assert store.refresh_statistics() is True
    assert store.conn.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'events' LIMIT 1").fetchone()[0].startswith(
        "1200 ")
    add(1200, 100)
    assert store.refresh_statistics() is False  # grown by less than a tenth
    add(1300, 100)
    assert store.refresh_statistics() is True
    store.close()
