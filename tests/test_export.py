"""The export formats against the contract and ACLED's codebook, on a ledger built by the real pipeline
from the seed article, the bundled demo articles and one hand-written article about an earthquake (an
extension type, which ACLED-style output must leave out)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import eventledger
from eventledger.export import ACLED_COLUMNS, write_export
from eventledger.export.acled import interaction_code
from eventledger.kb.countries import acled_country
from eventledger.pipeline import IngestOptions, ingest_paths
from eventledger.store import open_store
from tests.conftest import SEED_JSONL, SHARED

DEMO = Path(eventledger.__file__).parent / "data" / "demo"
GAZETTEER_COUNTRIES = Path(eventledger.__file__).parent / "data" / "gazetteer" / "countries.tsv"
ONTOLOGY = SHARED / "docs" / "ontology.md"

QUAKE = """Earthquake kills 14 in eastern Turkey

A magnitude 6.1 earthquake struck the eastern Turkish province of Malatya early on Thursday, killing at \
least 14 people and destroying dozens of homes, the country's disaster agency said.

Rescue teams were searching the rubble of collapsed buildings in the town of Yesilyurt, the agency said.
"""

# the contract's column list, typed from docs/contract.md rather than taken from the code
CONTRACT_ACLED_COLUMNS = (
    "event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1, "
    "assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, "
    "country, admin1, admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, "
    "notes, fatalities, tags, timestamp"
).split(", ")
ACLED_REGIONS = {
    "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "Middle East",
    "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia", "Europe", "North America",
    "Central America", "South America", "Caribbean", "Oceania", "Antarctica",
}
OPTIONAL_STR = (str, type(None))
OPTIONAL_INT = (int, type(None))
EVENT_FIELDS: dict[str, tuple[type, ...]] = {
    "event_id": (str,), "event_date": OPTIONAL_STR, "time_precision": OPTIONAL_INT, "event_type": (str,),
    "sub_event_type": (str,), "actor1": OPTIONAL_STR, "assoc_actor_1": OPTIONAL_STR, "actor2": OPTIONAL_STR,
    "assoc_actor_2": OPTIONAL_STR, "claimed_by": OPTIONAL_STR, "civilian_targeting": (bool,),
    "country": OPTIONAL_STR, "iso3": OPTIONAL_STR, "admin1": OPTIONAL_STR, "admin2": OPTIONAL_STR,
    "location": OPTIONAL_STR, "latitude": (float, type(None)), "longitude": (float, type(None)),
    "geo_precision": OPTIONAL_INT, "fatalities": OPTIONAL_INT, "fatalities_max": OPTIONAL_INT,
    "background": (bool,), "confidence": (float, int), "notes": (str,), "sources": (list,),
}
SOURCE_FIELDS: dict[str, tuple[type, ...]] = {
    "document_id": (str,), "source": OPTIONAL_STR, "url": OPTIONAL_STR, "published": OPTIONAL_STR,
    "evidence": (str,), "fatalities_min": OPTIONAL_INT, "fatalities_max": OPTIONAL_INT,
    "attributed_to": OPTIONAL_STR,
}
ISKP = "Islamic State Khorasan Province"


@pytest.fixture(scope="module")
def started() -> int:
    """The time the ledger is built: every ACLED timestamp falls after it."""
    return int(time.time())


@pytest.fixture(scope="module")
def ledger(tmp_path_factory, started):
    folder = tmp_path_factory.mktemp("export")
    quake = folder / "quake.txt"
    quake.write_text(QUAKE, encoding="utf-8")
    db = folder / "ledger.db"
    store = open_store(str(db))
    summary = ingest_paths([str(SEED_JSONL), str(DEMO)], store)
    assert not summary.rejections
    summary = ingest_paths([str(quake)], store, IngestOptions(published="2024-09-12"))
    assert not summary.rejections
    yield store
    store.close()


def export_text(store, name: str) -> str:
    out = io.StringIO()
    write_export(store, name, out)
    return out.getvalue()


def jsonl(store, name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in export_text(store, name).splitlines()]


def acled_rows(store) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export_text(store, "acled-csv"))))


def ontology_types() -> set[tuple[str, str]]:
    pairs = set()
    for line in ONTOLOGY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and re.fullmatch(r"[A-Z_]+", cells[2]) and cells[2] != "CASE":
            pairs.add((cells[0], cells[1]))
    return pairs


def parse_day(text: str) -> dt.date:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", text), text
    return dt.date.fromisoformat(text)


def no_nan(token: str) -> None:
    raise AssertionError(f"{token} is not JSON")


# ------------------------------------------------------------------ events


def test_events_have_every_contract_field_with_its_type(ledger):
    events = jsonl(ledger, "events")
    assert len(events) >= 10
    for event in events:
        for name, types in EVENT_FIELDS.items():
            assert name in event, name
            value = event[name]
            # bool is an int in Python: an int field must not hold true/false, nor a bool field 0/1
            assert isinstance(value, types) and (bool in types or not isinstance(value, bool)), (name, value)
        assert 0 <= event["confidence"] <= 1
        assert event["time_precision"] in (None, 1, 2, 3)
        assert event["geo_precision"] in (None, 1, 2, 3)
        assert event["sources"], event["event_id"]
        for source in event["sources"]:
            for name, types in SOURCE_FIELDS.items():
                assert name in source and isinstance(source[name], types), (name, source.get(name))
    assert len({e["event_id"] for e in events}) == len(events)


def test_event_types_are_the_exact_strings_of_the_ontology(ledger):
    allowed = ontology_types()
    assert len(allowed) == 30  # 25 ACLED sub-event types and 5 extensions
    assert {(e["event_type"], e["sub_event_type"]) for e in jsonl(ledger, "events")} <= allowed


def test_event_date_is_the_middle_of_its_range(ledger):
    events = {e["event_id"]: e for e in jsonl(ledger, "events")}
    mentions = ledger.mentions_of_events(events)
    checked = 0
    for event in events.values():
        assert (event["event_date"] is None) == (event["time_precision"] is None)
        if event["time_precision"] not in (2, 3):
            continue
        date = parse_day(event["event_date"])
        reports = [m for eid, m in mentions if eid == event["event_id"] and m.date == date]
        assert reports, event["event_id"]
        low, high = reports[0].date_earliest, reports[0].date_latest
        middle = low + (high - low) / 2
        assert abs((date - middle).days) <= 1, (event["event_id"], low, high, date)  # 15th or 16th of a month
        checked += 1
    assert checked >= 3  # the seed's "last month", "a week ago", "last September"


def test_evidence_is_a_passage_of_the_documents_clean_text(ledger):
    texts = {d["document_id"]: d["clean_text"] for d in jsonl(ledger, "documents")}
    for event in jsonl(ledger, "events"):
        for source in event["sources"]:
            assert source["evidence"].strip()
            assert source["evidence"] in texts[source["document_id"]], (event["event_id"], source["evidence"])


# ------------------------------------------------------------------ acled-csv


def test_acled_header_is_acleds_columns_in_order(ledger):
    assert ACLED_COLUMNS == CONTRACT_ACLED_COLUMNS
    header = export_text(ledger, "acled-csv").splitlines()[0]
    assert header == ",".join(CONTRACT_ACLED_COLUMNS)


def test_acled_csv_leaves_out_the_extension_types(ledger):
    events = jsonl(ledger, "events")
    assert any(e["event_type"] == "Other events" for e in events)  # the earthquake
    expected = {e["event_id"] for e in events if e["event_type"] != "Other events"}
    rows = acled_rows(ledger)
    assert {r["event_id_cnty"] for r in rows} == expected


def test_kunduz_bombing_row_checked_by_hand(ledger):
    # the seed: ISIS-Khorasan claimed "a suicide bombing that targeted a Shiite mosque in Kunduz province,
    # which killed about 100 people" "last month" (the article is of 1 November 2021)
    [row] = [r for r in acled_rows(ledger) if r["sub_event_type"] == "Suicide bomb" and r["admin1"] == "Kunduz"]
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["disorder_type"] == "Political violence"
    assert row["event_date"].startswith("2021-10-") and row["year"] == "2021" and row["time_precision"] == "3"
    assert (row["country"], row["iso"], row["region"]) == ("Afghanistan", "4", "South Asia")
    assert (row["actor1"], row["inter1"]) == (ISKP, "2")  # a rebel group
    assert (row["actor2"], row["inter2"]) == ("Civilians (Afghanistan)", "7")
    assert row["interaction"] == "27"
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["fatalities"] == "100"
    # province only: coded to its capital, as ACLED does (ontology.md "Precision codes")
    assert row["geo_precision"] == "3" and row["location"] == "Kunduz"
    assert 36 < float(row["latitude"]) < 37.5 and 68 < float(row["longitude"]) < 69.5  # Kunduz, north Afghanistan


def test_acled_values_are_well_formed(ledger, started):
    rows = acled_rows(ledger)
    now = int(time.time())
    for row in rows:
        if row["event_date"]:
            assert row["year"] == str(parse_day(row["event_date"]).year)
            assert row["time_precision"] in {"1", "2", "3"}
        else:
            assert row["year"] == row["time_precision"] == ""
        for column in ("inter1", "inter2"):
            assert row[column] in {"", *map(str, range(1, 9))}
        if row["interaction"]:
            first, second = row["interaction"]
            assert len(row["interaction"]) == 2 and (second == "0" or first <= second), row["interaction"]
        assert row["civilian_targeting"] in {"", "Civilian targeting"}
        assert row["disorder_type"] in {"Political violence", "Demonstrations", "Strategic developments",
                                        "Political violence; Demonstrations"}
        assert row["country"] and row["iso"].isdigit() and row["region"] in ACLED_REGIONS, row
        assert row["geo_precision"] in {"", "1", "2", "3"}
        if row["latitude"]:
            assert -90 <= float(row["latitude"]) <= 90 and -180 <= float(row["longitude"]) <= 180
        assert row["fatalities"].isdigit()  # ACLED writes 0 where no death is reported, never a blank
        assert started <= int(row["timestamp"]) <= now


def test_acled_fatalities_are_zero_where_no_toll_is_stated(ledger):
    untold = {e["event_id"] for e in ledger.iter_events() if e["fatalities"] is None}
    rows = [r for r in acled_rows(ledger) if r["event_id_cnty"] in untold]
    assert rows  # the seed's recruitment events state no toll
    assert all(r["fatalities"] == "0" for r in rows)


def test_acled_interaction_needs_every_named_actors_code():
    assert interaction_code([("Rebels", 2), ("Civilians", 7)]) == "27"
    assert interaction_code([("Civilians", 7), ("Police", 1)]) == "17"
    assert interaction_code([("Police", 1), (None, None)]) == "10"
    assert interaction_code([("Police", 1), ("Somebody unknown", None)]) == ""
    assert interaction_code([(None, None), (None, None)]) == ""


def test_acled_country_table_covers_the_gazetteer():
    rows = list(csv.DictReader(GAZETTEER_COUNTRIES.open(encoding="utf-8"), delimiter="\t"))
    for row in rows:
        country = acled_country(row["iso3"], row["name"].strip())
        assert country is not None and country.region in ACLED_REGIONS, row["iso3"]
    # checked by hand against ISO 3166-1 and ACLED's regions
    expected = {
        "AFG": (4, "South Asia"), "NGA": (566, "Western Africa"), "COD": (180, "Middle Africa"),
        "KEN": (404, "Eastern Africa"), "ZAF": (710, "Southern Africa"), "SDN": (729, "Northern Africa"),
        "SYR": (760, "Middle East"), "MMR": (104, "Southeast Asia"), "CHN": (156, "East Asia"),
        "GEO": (268, "Caucasus and Central Asia"), "UKR": (804, "Europe"), "USA": (840, "North America"),
        "MEX": (484, "Central America"), "COL": (170, "South America"), "HTI": (332, "Caribbean"),
        "PNG": (598, "Oceania"),
    }
    for iso3, (iso, region) in expected.items():
        country = acled_country(iso3)
        assert country is not None and (country.iso, country.region) == (iso, region), iso3
    assert acled_country(name="democratic republic of the congo").acled_name == "Democratic Republic of Congo"
    assert acled_country(None, "Belarus").iso == 112  # the gazetteer's legacy code BYS is found by name


# ------------------------------------------------------------------ geojson


def test_geojson_is_a_feature_collection_of_the_located_events(ledger):
    collection = json.loads(export_text(ledger, "geojson"), parse_constant=no_nan)
    assert collection["type"] == "FeatureCollection"
    events = {e["event_id"]: e for e in jsonl(ledger, "events")}
    located = {i for i, e in events.items() if e["latitude"] is not None and e["longitude"] is not None}
    assert located and len(located) < len(events)  # some events have no place inside a country
    assert [f["id"] for f in collection["features"]] == [i for i in events if i in located]
    for feature in collection["features"]:
        event = events[feature["id"]]
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert (lon, lat) == (event["longitude"], event["latitude"])
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"] == event
    nyala = next(f for f in collection["features"] if f["properties"]["location"] == "Nyala")
    lon, lat = nyala["geometry"]["coordinates"]
    assert 24 < lon < 26 and 11 < lat < 13  # Nyala, South Darfur: longitude first


# ------------------------------------------------------------------ documents, quotes, claims, actors


def test_documents_quotes_and_claims_have_the_contract_fields(ledger):
    documents = {d["document_id"]: d for d in jsonl(ledger, "documents")}
    assert "seed-001" in documents
    for document in documents.values():
        assert {"document_id", "title", "source", "url", "published", "language", "clean_text", "removed",
                "duplicate_of"} <= set(document)
        for removed in document["removed"]:
            assert set(removed) >= {"text", "reason"}
            assert removed["reason"] in {"boilerplate", "caption", "duplicate", "heading"}
    quotes = jsonl(ledger, "quotes")
    assert quotes
    for quote in quotes:
        assert {"document_id", "speaker", "speaker_role", "text", "direct", "cue", "start", "end"} <= set(quote)
        assert isinstance(quote["direct"], bool)
        assert documents[quote["document_id"]]["clean_text"][quote["start"] : quote["end"]] == quote["text"]
    event_ids = {e["event_id"] for e in jsonl(ledger, "events")}
    claims = jsonl(ledger, "claims")
    assert any(c["event_ids"] for c in claims)
    for claim in claims:
        assert {"document_id", "text", "source_chain", "hedged", "hedge_cue", "event_ids"} <= set(claim)
        assert isinstance(claim["hedged"], bool) and isinstance(claim["source_chain"], list)
        assert claim["text"] in documents[claim["document_id"]]["clean_text"]
        assert set(claim["event_ids"]) <= event_ids


def test_seed_defections_to_iskp_are_affiliations(ledger):
    actors = {a["name"]: a for a in jsonl(ledger, "actors")}
    for actor in actors.values():
        assert {"actor_id", "name", "aliases", "type", "affiliations"} <= set(actor)
        for affiliation in actor["affiliations"]:
            assert {"group", "from", "to", "evidence_document_ids"} <= set(affiliation)
    # the seed: "dozens of Afghan intelligence agents have resorted to ISIS"; "an Afghan army officer ...
    # joined the regional branch of the extremist organization"
    for defector in ("National Directorate of Security", "Afghan National Army"):
        groups = [(a["group"], a["evidence_document_ids"]) for a in actors[defector]["affiliations"]]
        assert (ISKP, ["seed-001"]) in groups, defector
    assert actors[ISKP]["type"] == "Rebel group"


def test_every_actor_named_on_an_event_is_in_the_actors_export(ledger):
    names = {a["name"] for a in jsonl(ledger, "actors")}
    named = {e[k] for e in jsonl(ledger, "events") for k in ("actor1", "actor2", "claimed_by") if e[k]}
    assert named <= names, named - names


# ------------------------------------------------------------------ stability and the command line

TEXT_FORMATS = ["events", "documents", "quotes", "claims", "actors", "acled-csv", "geojson"]


def test_exporting_twice_gives_identical_bytes(ledger):
    for name in TEXT_FORMATS:
        assert export_text(ledger, name).encode() == export_text(ledger, name).encode(), name


def test_reingest_keeps_every_export_and_timestamp(ledger):
    before = {name: export_text(ledger, name) for name in TEXT_FORMATS}
    summary = ingest_paths([str(SEED_JSONL), str(DEMO)], ledger)
    assert summary.documents_new == 0 and summary.events_new == summary.events_updated == 0
    assert {name: export_text(ledger, name) for name in TEXT_FORMATS} == before


@pytest.mark.parametrize("name", ["events", "acled-csv", "geojson"])
def test_output_file_has_the_bytes_of_standard_output(ledger, tmp_path, name):
    command = [sys.executable, "-m", "eventledger", "export", "--format", name, "--db", ledger.path]
    stdout = subprocess.run(command, capture_output=True, check=True, timeout=60).stdout
    target = tmp_path / f"out.{name}"
    result = subprocess.run([*command, "-o", str(target)], capture_output=True, timeout=60)
    assert result.returncode == 0 and result.stdout == b"", result.stderr.decode()
    assert target.read_bytes() == stdout
    assert stdout == export_text(ledger, name).encode("utf-8")
