"""`eventledger export` with the API's filters, on a real SQLite ledger through the real command: the web
fixtures' six events plus an undated one and a diplomatic event (outside ACLED's taxonomy), the same
ledger as the API filter tests. Every expected selection below is read off the events as the fixtures
write them (tests/web_fixtures.py, tests/test_api_filters.py), not off the program's output:

  event      type                                      place                  date       dead conf  docs actors
  ev-kunduz  Explosions/Remote violence, Suicide bomb  Afghanistan, Kunduz    2021-10-08   46 0.86  2    ISKP
  ev-nds     Strategic developments                    (no place)             2021-10-15    - 0.6   1    ISKP
  ev-diplo   Other events, Diplomatic event            (no place)             2021-10-12    - 0.9   1    Taliban
  ev-gardez  Battles, Armed clash                      Afghanistan, Paktia    2021-10-25    - 0.55  1    ISKP, Taliban
  ev-army    Strategic developments                    (no place)             2021-10-27    - 0.6   1    ISKP
  ev-kano    Violence against civilians, Attack        Nigeria, Kano          2024-03-01    3 0.7   1
  ev-xss     Violence against civilians, Attack        Nigeria, "Kano <img>"  2024-03-04    2 0.5   1
  ev-undated Violence against civilians, Attack        Nigeria, Kano          (none)        - 0.4   2
"""

from __future__ import annotations

import csv
import inspect
import io
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from eventledger.event_query import FILTER_FIELDS, FilterQuery, cli_option, parse_filters
from eventledger.store import open_store
from tests.test_api_filters import DIPLOMATIC, UNDATED
from tests.test_cli_misuse import command_env
from tests.web_fixtures import build_ledger, live_server


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("export-filters") / "ledger.db"
    build_ledger(str(db))
    store = open_store(str(db))
    with store.transaction():
        store.replace_events([], [(UNDATED, []), (DIPLOMATIC, [])])
    store.close()
    return db


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "eventledger", *args], capture_output=True, env=command_env(),
                          timeout=300)


def export(ledger: Path, name: str, *filters: str) -> subprocess.CompletedProcess[bytes]:
    result = run("export", "--format", name, "--db", str(ledger), *filters)
    assert result.returncode == 0, result.stderr.decode()
    return result


def lines(result: subprocess.CompletedProcess[bytes]) -> list[dict]:
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def event_ids(ledger: Path, *filters: str) -> set[str]:
    return {event["event_id"] for event in lines(export(ledger, "events", *filters))}


@pytest.mark.parametrize(("filters", "expected"), [
    ((), {"ev-kunduz", "ev-nds", "ev-diplo", "ev-gardez", "ev-army", "ev-kano", "ev-xss", "ev-undated"}),
    (("--country", "AFG"), {"ev-kunduz", "ev-gardez"}),
    (("--country", "nigeria"), {"ev-kano", "ev-xss", "ev-undated"}),
    (("--actor", "ISIS-K"), {"ev-kunduz", "ev-nds", "ev-gardez", "ev-army"}),  # an alias of ISKP
    (("--actor", "Taliban"), {"ev-gardez", "ev-diplo"}),
    (("--location", "KUNDUZ"), {"ev-kunduz"}),
    (("--admin1", "Paktia"), {"ev-gardez"}),
    (("--event-type", "strategic developments"), {"ev-nds", "ev-army"}),
    (("--sub-event-type", "Armed clash"), {"ev-gardez"}),
    (("--since", "2021-10-20", "--until", "2021-10-31"), {"ev-gardez", "ev-army"}),
    (("--since", "2024-01-01"), {"ev-kano", "ev-xss"}),
    (("--since", "2024-01-01", "--include-undated"), {"ev-kano", "ev-xss", "ev-undated"}),
    (("--min-fatalities", "3"), {"ev-kunduz", "ev-kano"}),
    (("--min-confidence", "0.7"), {"ev-kunduz", "ev-diplo", "ev-kano"}),
    (("--min-sources", "2"), {"ev-kunduz", "ev-undated"}),
    (("--q", "mosque"), {"ev-kunduz"}),
    (("--country", "Afghanistan", "--actor", "ISKP", "--min-fatalities", "1"), {"ev-kunduz"}),
    (("--country", "Atlantis"), set()),  # a country no event has: nothing selected, not an error
])
def test_each_filter_selects_the_events_it_names(ledger, filters, expected):
    assert event_ids(ledger, *filters) == expected


def test_acled_csv_of_a_selection_has_its_rows_and_counts_what_it_left_out(ledger):
    result = export(ledger, "acled-csv", "--actor", "Taliban")
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
    # ev-gardez and ev-diplo name the Taliban; the diplomatic event is outside ACLED's taxonomy
    assert [(r["event_id_cnty"], r["event_date"], r["fatalities"], r["actor2"], r["location"]) for r in rows] == [
        ("ev-gardez", "2021-10-25", "0", "Taliban", "Gardez")]
    assert result.stderr.decode() == ("note: 1 event of extension types (outside ACLED's taxonomy) left out of "
                                      "acled-csv; the events export has them\n")
    undated = export(ledger, "acled-csv", "--country", "NGA", "--since", "2024-03-02", "--include-undated")
    rows = list(csv.DictReader(io.StringIO(undated.stdout.decode("utf-8"))))
    # ev-xss (4 March) and ev-undated, dated by its earliest report (20 February) at precision 3
    assert sorted((r["event_id_cnty"], r["event_date"], r["time_precision"]) for r in rows) == [
        ("ev-undated", "2024-02-20", "3"), ("ev-xss", "2024-03-04", "1")]
    assert undated.stderr == b""


def test_geojson_of_a_selection_has_its_located_events(ledger):
    collection = json.loads(export(ledger, "geojson", "--country", "Nigeria", "--min-fatalities", "3").stdout)
    [kano] = collection["features"]  # ev-xss has 2 fatalities, ev-undated none
    assert kano["properties"]["event_id"] == "ev-kano"
    assert kano["geometry"]["coordinates"] == pytest.approx([8.517, 12.0])


def test_stix_of_a_selection_reports_only_its_documents(ledger):
    bundle = json.loads(export(ledger, "stix", "--location", "Kunduz").stdout)
    reports = {o["external_references"][0]["external_id"] for o in bundle["objects"] if o["type"] == "report"}
    assert reports == {"kdz-wire-1", "kdz-monitor-2"}  # the two reports of the Kunduz bombing
    notes = [o for o in bundle["objects"] if o["type"] == "note"]
    assert [n["confidence"] for n in notes] == [86]  # the bombing's event note, nothing of Gardez or Kano
    names = {o["name"] for o in bundle["objects"] if o["type"] in ("threat-actor", "identity")}
    assert "Taliban" not in names and "Islamic State Khorasan Province" in names


def test_documents_quotes_claims_and_actors_follow_the_selected_events(ledger):
    kunduz = ("--location", "Kunduz")
    assert [d["document_id"] for d in lines(export(ledger, "documents", *kunduz))] == ["kdz-monitor-2", "kdz-wire-1"]
    assert [q["speaker"] for q in lines(export(ledger, "quotes", *kunduz))] == ["a shopkeeper"]
    claims = lines(export(ledger, "claims", *kunduz))
    assert sorted(c["document_id"] for c in claims) == ["kdz-monitor-2", "kdz-wire-1"]
    actors = {a["name"] for a in lines(export(ledger, "actors", "--country", "Nigeria", "--min-fatalities", "3"))}
    assert actors == {"Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"}  # ev-kano's two


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--since", "last week", "E114: --since must be a date YYYY-MM-DD, not 'last week'"),
    ("--until", "2021-02-30", "E114: --until must be a date YYYY-MM-DD, not '2021-02-30'"),
    ("--min-fatalities", "-1", "E114: --min-fatalities must be a whole number of 0 or more, not '-1'"),
    ("--min-sources", "two", "E114: --min-sources must be a whole number of 0 or more, not 'two'"),
    ("--min-confidence", "nan", "E114: --min-confidence must be a number from 0 to 1, not 'nan'"),
    ("--event-type", "Battle", "E114: --event-type must be an event type of the taxonomy (closest: Battles), "
                               "not 'Battle'"),
    ("--sub-event-type", "Air strike", "E114: --sub-event-type must be a sub-event type of the taxonomy "
                                       "(closest: Air/drone strike), not 'Air strike'"),
    ("--q", "x" * 1001, "E114: --q must be at most 1,000 characters, not '" + "x" * 300),
])
def test_a_value_a_filter_cannot_take_is_one_line_exit_2_and_writes_nothing(ledger, tmp_path, option, value,
                                                                          message):
    for name in ("events", "acled-csv", "geojson", "stix", "documents"):
        target = tmp_path / f"out.{name}"
        result = run("export", "--format", name, "--db", str(ledger), option, value, "-o", str(target))
        assert result.returncode == 2
        stderr = result.stderr.decode()
        assert stderr.count("\n") == 1 and stderr.startswith(message), stderr
        assert not target.exists()


def test_until_before_since_is_refused(ledger):
    result = run("export", "--format", "events", "--db", str(ledger), "--since", "2021-10-20", "--until",
                 "2021-10-01")
    assert (result.returncode, result.stderr.decode()) == (
        2, "E114: --until must be on or after --since 2021-10-20, not '2021-10-01'\n")


def test_the_command_line_and_the_api_export_the_same_bytes_for_the_same_filters(ledger):
    """One filter model: a filter typed on the command line selects what the same query parameter does."""
    selections = [{"country": "AFG", "min_confidence": "0.5"}, {"actor": "ISKP", "since": "2021-10-20"},
                  {"country": "Nigeria", "since": "2024-03-02", "include_undated": "true"}, {"q": "Kano"}]
    with live_server(str(ledger), token=None) as server:
        for params in selections:
            options = [part for name, value in params.items()
                       for part in ((cli_option(name),) if value == "true" else (cli_option(name), value))]
            for name in ("events", "acled-csv", "geojson", "documents"):
                api = httpx.get(server.url + "/api/export", params={"format": name, **params}, timeout=60)
                assert api.status_code == 200, api.text
                assert export(ledger, name, *options).stdout == api.content, (name, params)


def test_the_api_and_the_command_line_take_every_filter_of_the_model(ledger):
    names = [field.name for field in FILTER_FIELDS]
    assert names == list(inspect.signature(FilterQuery).parameters)
    for command in ("export", "report"):
        help_text = run(command, "--help").stdout.decode()
        assert all(cli_option(name) in help_text for name in names), help_text
    with live_server(str(ledger), token=None) as server:
        schema = httpx.get(server.url + "/openapi.json", timeout=30).json()
        for path in ("/api/events", "/api/export", "/api/overview", "/api/review"):
            parameters = {p["name"] for p in schema["paths"][path]["get"]["parameters"]}
            assert set(names) <= parameters, path
        refused = httpx.get(server.url + "/api/export", params={"format": "events", "min_sources": "two"})
        assert refused.status_code == 422
        assert refused.json()["error"] == {"code": "invalid_request",
                                           "message": "min_sources must be a whole number of 0 or more, not 'two'"}


def test_the_filter_model_checks_python_values_too():
    query = parse_filters({"since": "2021-10-01", "min_fatalities": 0, "include_undated": "yes",
                           "event_type": "battles", "country": "  "})
    assert query == FilterQuery(since="2021-10-01", min_fatalities=0, include_undated=True, event_type="Battles")
    with pytest.raises(Exception, match="E114: min_confidence must be a number from 0 to 1, not True"):
        parse_filters({"min_confidence": True})


def test_the_filters_page_names_every_filter_and_every_type_of_the_taxonomy():
    from eventledger.kb.taxonomy import load_taxonomy
    from tests.conftest import REPO

    page = (REPO / "docs" / "filters.md").read_text(encoding="utf-8")
    assert all(f"`{f.name}`" in page and f"`{cli_option(f.name)}`" in page for f in FILTER_FIELDS)
    assert all(t.sub_event_type in page and t.event_type in page for t in load_taxonomy())
