"""The event exports written the fast way (ACLED rows joined from cells quoted once, GeoJSON features
encoded one at a time, one JSON encoder for every line) give the same bytes as the straightforward
writers: the csv module over each row, and json.dump of the whole collection. Checked through the
command line on a real SQLite ledger loaded with events whose text makes a CSV or JSON writer work: commas,
quotes, line ends, a lone carriage return, formula starts, non-ASCII text, several reports, no date, an
extension type, no place, negative coordinates and an actor whose type changes with the date."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from typing import Any

import pytest

from eventledger.export.acled import ACLED_COLUMNS, AcledRows, Memo, csv_field
from eventledger.export.dating import with_date_basis
from eventledger.export.geojson import geojson_feature, has_point
from eventledger.records import event_from_record
from eventledger.store import open_store


def _source(document_id: str, **fields: Any) -> dict[str, Any]:
    return {"document_id": document_id, "source": None, "url": None, "published": None,
            "evidence": f"What {document_id} says.", "fatalities_min": None, "fatalities_max": None,
            "attributed_to": None, **fields}


def _event(number: int, **fields: Any) -> dict[str, Any]:
    return {"event_id": f"ev-{number:03d}", "event_type": "Battles", "sub_event_type": "Armed clash",
            "event_date": "2021-08-20", "time_precision": 1, "actor1": "Taliban",
            "actor2": "Military Forces of Afghanistan (2004-2021)", "country": "Afghanistan", "iso3": "AFG",
            "admin1": "Kunduz", "location": "Kunduz", "latitude": 36.72896, "longitude": 68.857,
            "geo_precision": 1, "fatalities": 3, "notes": "A clash in Kunduz.",
            "sources": [_source(f"doc-{number}", source="Pajhwok", published="2021-08-21")], **fields}


EVENTS = [
    _event(1),
    # the Taliban are a rebel group before 2021-08-15 and state forces after: two codes for one name
    _event(2, event_date="2021-08-01", notes='He said "we will fight", then left; 4 dead, 2 hurt.'),
    _event(3, notes="First line,\nsecond line\r\nthird\rend", actor2=None, fatalities=None,
           assoc_actor_1="Haqqani network;Hizb-i Islami"),
    _event(4, notes="=HYPERLINK(\"http://x.example\")", location="-Kunduz", admin1="+Province",
           actor1="@Group, armed", latitude=-33.86786, longitude=-151.20732),
    _event(5, notes="Attaque à Kaboul — 5 morts ☹ \u2028 fin", location="Kaboul",
           sources=[_source("doc-5a", source="Le Monde", published="2021-08-22"),
                    _source("doc-5b", url="https://www.tolonews.example/a,b", published="2021-08-19"),
                    _source("doc-5c")]),
    _event(6, event_date=None, time_precision=None, notes="Undated; its report dates it."),
    _event(7, event_date=None, time_precision=None, notes="Undated, nothing dates it",
           sources=[_source("doc-7", url="ftp://nowhere")]),
    _event(8, event_type="Other events", sub_event_type="Natural disaster", actor1=None, actor2=None,
           notes="An earthquake, outside ACLED's taxonomy."),
    _event(9, country=None, iso3=None, admin1=None, location=None, latitude=None, longitude=None,
           geo_precision=None, civilian_targeting=True, sub_event_type="Attack",
           event_type="Violence against civilians", notes="\tTabbed start, 'quoted'"),
    _event(10, event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Afghanistan)",
           actor2=None, fatalities=0, notes="Crowd of 1,000; \"peaceful\"."),
    # whole-number coordinates; a brace in a text before the coordinates; a latitude no map can draw
    _event(11, latitude=36, longitude=69, actor1="Group {North}", notes='a "latitude": 1, b'),
    _event(12, latitude=95.5, notes="Off the map."),
    _event(13, latitude=-12, longitude=130, notes="Whole numbers, nothing unusual before them."),
]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("streamed") / "ledger.db")
    store = open_store(db)
    try:
        store.load_events(event_from_record(record) for record in EVENTS)
    finally:
        store.close()
    return db


def run_export(db: str, name: str) -> bytes:
    result = subprocess.run([sys.executable, "-m", "eventledger", "export", "--format", name, "--db", db],
                            capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


def stored(db: str) -> list[tuple[dict[str, Any], str]]:
    store = open_store(db, create=False)
    try:
        return [(json.loads(data), updated) for data, updated in store.iter_event_stamps()]
    finally:
        store.close()


def test_acled_csv_lines_are_the_csv_modules_rows(ledger):
    written = io.StringIO(newline="")
    writer = csv.writer(written, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    row_of = AcledRows(inert=True)  # each cell as a value, written by the csv module
    writer.writerows(row_of(event, updated) for event, updated in stored(ledger)
                     if event["sub_event_type"] != "Natural disaster")
    exported = run_export(ledger, "acled-csv").decode("utf-8")
    assert exported == written.getvalue()
    rows = list(csv.DictReader(io.StringIO(exported, newline="")))
    assert len(rows) == len(EVENTS) - 1
    by_id = {row["event_id_cnty"]: row for row in rows}
    assert by_id["ev-003"]["notes"] == "First line,\nsecond line\r\nthird\rend"
    assert by_id["ev-004"]["notes"].startswith("'=HYPERLINK")  # neutralised, then quoted
    assert by_id["ev-004"]["actor1"] == "'@Group, armed"
    assert (by_id["ev-004"]["latitude"], by_id["ev-004"]["longitude"]) == ("-33.8679", "-151.2073")
    assert by_id["ev-005"]["source"] == "Le Monde; doc-5c; tolonews.example"
    # the Taliban's code on each event's date: state forces after 15 August 2021, a rebel group before
    assert (by_id["ev-001"]["inter1"], by_id["ev-002"]["inter1"]) == ("1", "2")
    assert by_id["ev-003"]["fatalities"] == "0"


def test_events_lines_are_json_dumps_of_each_record(ledger):
    expected = "".join(json.dumps(with_date_basis(event, updated), ensure_ascii=False, allow_nan=False) + "\n"
                       for event, updated in stored(ledger))
    assert run_export(ledger, "events").decode("utf-8") == expected


def test_stored_records_are_their_own_encoding(ledger):
    """What the events export's undecoded lines rest on (jsonl.event_line): a stored record's text is
    what decoding and encoding it again gives."""
    store = open_store(ledger, create=False)
    try:
        texts = [data for data, _ in store.iter_event_stamps()]
    finally:
        store.close()
    assert len(texts) == len(EVENTS)
    assert all(json.dumps(json.loads(text), ensure_ascii=False, allow_nan=False) == text for text in texts)


def test_geojson_streamed_is_json_dump_of_the_whole_collection(ledger):
    events = (with_date_basis(event, updated) for event, updated in stored(ledger))
    features = [geojson_feature(event) for event in events if has_point(event)]
    collection = {"type": "FeatureCollection", "features": features}
    expected = io.StringIO()
    json.dump(collection, expected, ensure_ascii=False, allow_nan=False)
    expected.write("\n")
    exported = run_export(ledger, "geojson").decode("utf-8")
    assert exported == expected.getvalue()
    ids = [feature["id"] for feature in json.loads(exported)["features"]]
    assert len(ids) == len(EVENTS) - 2 and "ev-009" not in ids and "ev-012" not in ids  # no place; off the map
    assert '"id": "ev-011", "geometry": {"type": "Point", "coordinates": [69, 36]}' in exported
    assert '"id": "ev-013", "geometry": {"type": "Point", "coordinates": [130, -12]}' in exported


def test_geojson_of_an_empty_ledger_is_an_empty_collection(tmp_path):
    db = str(tmp_path / "empty.db")
    open_store(db).close()
    assert run_export(db, "geojson") == b'{"type": "FeatureCollection", "features": []}\n'


@pytest.mark.parametrize("text", ["plain", "a,b", 'say "no"', "two\nlines", "lone\rreturn", "", "\u2028é"])
def test_a_csv_field_is_what_the_csv_module_writes(text):
    written = io.StringIO(newline="")
    csv.writer(written, lineterminator="\n").writerow([text, 7, None])
    assert ",".join([csv_field(text), csv_field(7), csv_field(None)]) + "\n" == written.getvalue()


def test_a_memo_is_emptied_at_its_limit():
    calls: list[str] = []
    memo = Memo(lambda key: calls.append(key) or key.upper(), limit=2)
    assert [memo["a"], memo["b"], memo["a"], memo["c"], memo["a"]] == ["A", "B", "A", "C", "A"]
    assert calls == ["a", "b", "c", "a"] and len(memo) <= 2
