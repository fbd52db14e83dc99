"""GET /api/suggest (autocomplete of the filters) against the web fixtures' ledger behind a real uvicorn
server, on SQLite and on PostgreSQL. Each suggestion's count is checked against what the filter itself
selects (GET /api/events with the suggested value: counted from the events, not from the kept counts the
suggestions read), and the aliases and codes against the knowledge base's own entries (ISKP is an alias
of Islamic State Khorasan Province; AFG and AF are Afghanistan's ISO codes)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from eventledger.records import event_from_record
from eventledger.store import open_store
from tests.postgres_server import fresh_database, postgres_cluster, why_not_available
from tests.web_fixtures import ISKP, KANO, XSS_ACTOR, XSS_IMG, build_ledger, live_server

KUMBOTSO = dataclasses.replace(KANO, name="Kumbotso", latitude=11.9, longitude=8.45)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def new_ledger(request, tmp_path_factory):
    """A function giving the location of a new, empty ledger on the backend under test."""
    if request.param == "sqlite":
        yield lambda name: str(tmp_path_factory.mktemp(name) / "ledger.db")
        return
    reason = why_not_available()
    if reason:
        pytest.skip(reason)
    with postgres_cluster() as url:
        yield lambda name: fresh_database(url, name)


@contextmanager
def serving(location: str) -> Iterator[httpx.Client]:
    build_ledger(location)
    with live_server(location) as live, httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def client(new_ledger):
    with serving(new_ledger("suggest")) as c:
        yield c


def suggestions(client, field: str, prefix: str, **params) -> list[dict]:
    response = client.get("/api/suggest", params={"field": field, "prefix": prefix, **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["field"] == field and body["prefix"] == prefix
    return body["suggestions"]


def selected(client, field: str, value: str) -> int:
    """How many events the filter ``field=value`` selects."""
    return client.get("/api/events", params={field: value, "limit": 1}).json()["total"]


def test_an_actors_alias_prefix_suggests_the_canonical_name_with_its_events(client):
    for typed in ("ISK", "isk", "ISKP"):
        found = suggestions(client, "actor", typed)
        assert found[0]["value"] == ISKP and found[0]["matched"] == "ISKP"
        # ISKP is actor1 of the Kunduz bombing, the Gardez clash and two defections
        assert found[0]["count"] == selected(client, "actor", ISKP) == 4
    # a later word of an alias (Khorasan Province) or of a name ("(Nigeria)") is found too
    assert suggestions(client, "actor", "Khorasan")[0]["value"] == ISKP
    nigeria = suggestions(client, "actor", "Nig")
    assert {s["value"] for s in nigeria} == {"Civilians (Nigeria)", "Unidentified Armed Group (Nigeria)"}
    assert all(s["count"] == selected(client, "actor", s["value"]) for s in nigeria)


def test_a_country_code_alias_or_name_prefix_suggests_the_ledgers_country(client):
    afghanistan = selected(client, "country", "Afghanistan")
    assert afghanistan == 2  # the Kunduz bombing and the Gardez clash
    for typed in ("AFG", "afg", "AF", "Afgh", "Afghan"):
        found = suggestions(client, "country", typed)
        assert [(s["value"], s["count"]) for s in found] == [("Afghanistan", afghanistan)], typed
        # a whole code or demonym says what it matched; a name's beginning needs no saying
        assert found[0]["matched"] == (None if typed == "Afgh" else typed)
    assert suggestions(client, "country", "NGA") == [{"value": "Nigeria", "count": 2, "matched": "NGA"}]
    assert suggestions(client, "country", "Burm") == []  # Myanmar: no event of the ledger is there


def test_places_are_suggested_by_prefix_in_any_case_hostile_text_as_plain_json(client):
    found = suggestions(client, "location", "k")
    assert [s["value"] for s in found] == ["Kano", f"Kano {XSS_IMG}", "Kunduz"]  # one event each: by name
    assert all(s["count"] == 1 for s in found)
    assert [s["value"] for s in suggestions(client, "admin1", "PAK")] == ["Paktia"]
    gunmen = suggestions(client, "actor", "Gunmen <svg")
    assert [s["value"] for s in gunmen] == [XSS_ACTOR]


def test_an_empty_prefix_gives_the_most_frequent_values_and_the_limit_holds(client):
    found = suggestions(client, "actor", "", limit=2)
    assert [s["value"] for s in found] == [ISKP, "Civilians (Nigeria)"]
    assert [s["count"] for s in found] == [4, 2]


@pytest.mark.parametrize("typed", ["%", "_", "\\", '"'])
def test_like_wildcards_and_quotes_in_the_prefix_match_only_themselves(client, typed):
    assert suggestions(client, "actor", typed) == []
    assert suggestions(client, "location", typed) == []
    assert suggestions(client, "location", "K" + typed) == []


def test_a_nul_in_the_prefix_is_left_out_as_no_value_holds_one(client):
    assert suggestions(client, "location", "Ku\x00n") == suggestions(client, "location", "Kun")
    assert [s["value"] for s in suggestions(client, "location", "Kun")] == ["Kunduz"]


@pytest.mark.parametrize(("params", "problem"), [
    ({"field": "notes"}, "field"), ({"field": "actor", "limit": 0}, "limit"),
    ({"field": "actor", "prefix": "x" * 201}, "prefix"), ({}, "field"),
])
def test_a_bad_request_is_a_422_naming_the_parameter(client, params, problem):
    response = client.get("/api/suggest", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith(problem)


def test_the_counts_follow_the_ledgers_writes(new_ledger):
    # the Kano attack moves to another place: the kept counts of both places follow, as the events do
    location = new_ledger("suggest_writes")
    with serving(location) as client:
        assert suggestions(client, "location", "Kano")[0] == {"value": "Kano", "count": 1, "matched": None}
        store = open_store(location)
        try:
            event = event_from_record(store.get_event("ev-kano"))
            assert event.place == KANO
            with store.transaction():
                store.replace_events(["ev-kano"], [(dataclasses.replace(event, place=KUMBOTSO), [])])
        finally:
            store.close()
        assert suggestions(client, "location", "Kumb") == [{"value": "Kumbotso", "count": 1, "matched": None}]
        assert [s["value"] for s in suggestions(client, "location", "Kano")] == [f"Kano {XSS_IMG}"]
        assert selected(client, "admin1", "Kano") == 1  # the province is the same: still counted once
        assert suggestions(client, "admin1", "Kano")[0] == {"value": "Kano", "count": 1, "matched": None}


def event_ids(client, **params) -> list[str]:
    response = client.get("/api/events", params={**params, "limit": 500})
    assert response.status_code == 200, response.text
    return sorted(e["event_id"] for e in response.json()["events"])


def test_a_suggested_location_filters_the_events_the_map_and_the_export(client):
    # every place the ledger gives: the filter selects as many events as the suggestion says, and each of
    # them is at that place (the fixtures' places: Kunduz, Gardez, Kano and the hostile "Kano <img ...>")
    places = suggestions(client, "location", "", limit=50)
    assert {s["value"] for s in places} >= {"Kunduz", "Gardez", "Kano", f"Kano {XSS_IMG}"}
    for place in places:
        events = client.get("/api/events", params={"location": place["value"], "limit": 500}).json()
        assert events["total"] == len(events["events"]) == place["count"], place
        assert {e["location"] for e in events["events"]} == {place["value"]}
    assert event_ids(client, location="Kano") == ["ev-kano"]  # not the place whose name only starts so
    assert event_ids(client, location="kUNDUZ") == event_ids(client, location="Kunduz") == ["ev-kunduz"]
    assert event_ids(client, location="Kan") == []  # a whole name, as a province's filter takes it
    assert event_ids(client, location="Kunduz", country="NGA") == []
    assert event_ids(client, location="Gardez", country="AFG", sort="-fatalities") == ["ev-gardez"]
    overview = client.get("/api/overview", params={"location": "Kunduz"}).json()
    assert overview["total"] == 1 and [p["event_id"] for p in overview["map"]["points"]] == ["ev-kunduz"]
    exported = client.get("/api/export", params={"format": "events", "location": "Kunduz"})
    assert [json.loads(line)["event_id"] for line in exported.text.splitlines()] == ["ev-kunduz"]
    assert 'filename="eventledger-events-location-Kunduz.jsonl"' in exported.headers["content-disposition"]
