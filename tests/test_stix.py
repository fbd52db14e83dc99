"""The STIX 2.1 export: valid (stix2-validator, 0 errors), stable, and faithful to the ledger."""

from __future__ import annotations

import io
import json
import uuid

import pytest
import stix2
from stix2validator import ValidationOptions, validate_string

from eventledger.export import write_export
from eventledger.export.stix import NAMESPACE, _Spool, stix_id
from eventledger.store import open_store
from tests.web_fixtures import AFG_CIVILIANS, ISKP, build_ledger


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("stix") / "ledger.db")
    build_ledger(path)
    return path


def export(path: str) -> str:
    out = io.StringIO()
    with open_store(path) as store:
        write_export(store, "stix", out)
    return out.getvalue()


@pytest.fixture(scope="module")
def text(ledger_path):
    return export(ledger_path)


@pytest.fixture(scope="module")
def objects(text):
    bundle = json.loads(text)
    assert bundle["type"] == "bundle"
    return {o["id"]: o for o in bundle["objects"]}


def of_type(objects, kind):
    return [o for o in objects.values() if o["type"] == kind]


def test_passes_the_validator_with_no_errors(text):
    result = validate_string(text, ValidationOptions(version="2.1"))
    assert result.is_valid, [str(e) for e in result.errors]
    assert result.errors == []


def test_empty_ledger_is_a_valid_bundle(tmp_path):
    text = export(str(tmp_path / "empty.db"))
    assert validate_string(text, ValidationOptions(version="2.1")).is_valid


def test_same_ledger_gives_the_same_bytes(ledger_path, text):
    assert export(ledger_path) == text


def test_ids_are_uuid5_of_our_ids_across_ledgers(tmp_path, objects):
    other = str(tmp_path / "again.db")
    build_ledger(other)
    again = {o["id"] for o in json.loads(export(other))["objects"] if o["type"] != "bundle"}
    assert again == set(objects)
    assert stix_id("report", "kdz-wire-1") in objects


def test_a_report_per_article_published_on_its_date(objects):
    reports = {o["external_references"][0]["external_id"]: o for o in of_type(objects, "report")}
    assert set(reports) == {"kdz-wire-1", "kdz-monitor-2", "iskp-ranks-3", "kano-4", "xss-5"}
    wire = reports["kdz-wire-1"]
    assert wire["published"].startswith("2021-10-09T00:00:00")
    assert wire["external_references"][0]["url"] == "https://northernwire.example/kunduz-mosque-bombing"
    assert "url" not in reports["xss-5"]["external_references"][0]  # a javascript: URL is dropped
    assert all(ref in objects for r in reports.values() for ref in r["object_refs"])


def test_actors_are_threat_actors_or_identities(objects):
    actors = {o["name"]: o for o in of_type(objects, "threat-actor") + of_type(objects, "identity")}
    assert actors[ISKP]["type"] == "threat-actor"
    assert "ISIS-K" in actors[ISKP]["aliases"]
    assert actors["Taliban"]["type"] == "threat-actor"
    assert actors[AFG_CIVILIANS]["type"] == "identity" and actors[AFG_CIVILIANS]["identity_class"] == "group"
    assert actors["National Directorate of Security"]["identity_class"] == "organization"
    assert actors["eventledger"]["identity_class"] == "system"


def test_the_kunduz_bombing(objects):
    [location] = [o for o in of_type(objects, "location") if o.get("city") == "Kunduz"]
    assert location["country"] == "AF" and location["latitude"] == pytest.approx(36.728)
    iskp = stix_id("threat-actor", ISKP)
    targets = {o["target_ref"] for o in of_type(objects, "relationship")
               if o["source_ref"] == iskp and o["relationship_type"] == "targets"}
    assert {stix_id("identity", AFG_CIVILIANS), location["id"]} <= targets
    note = objects[stix_id("note", "event:ev-kunduz")]
    assert note["confidence"] == 86
    assert "according to a Taliban spokesman" in note["content"]
    assert {iskp, location["id"]} <= set(note["object_refs"])
    wire = objects[stix_id("report", "kdz-wire-1")]
    assert note["id"] in wire["object_refs"]


def test_defections_are_notes_on_both_actors(objects):
    notes = [o for o in of_type(objects, "note") if o.get("abstract") == "Affiliation change"]
    assert len(notes) == 2
    iskp = stix_id("threat-actor", ISKP)
    assert all(iskp in n["object_refs"] for n in notes)
    assert any("former Afghan army commandos" in n["content"] for n in notes)
    ranks = objects[stix_id("report", "iskp-ranks-3")]
    assert {n["id"] for n in notes} <= set(ranks["object_refs"])


class LargestWrite(io.StringIO):
    """A text stream that remembers how many writes it took and the longest one."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0
        self.longest = 0

    def write(self, text: str) -> int:
        self.writes += 1
        self.longest = max(self.longest, len(text))
        return super().write(text)


def test_the_bundle_is_written_an_object_at_a_time(ledger_path, text, objects):
    """Streamed: no write holds more than one object (the whole bundle was one string, one write)."""
    out = LargestWrite()
    with open_store(ledger_path) as store:
        write_export(store, "stix", out)
    assert out.getvalue() == text
    # an object as the bundle holds it: its lines indented two levels
    longest_object = max(len(json.dumps(o, indent=2, ensure_ascii=False).replace("\n", "\n    ")) + 4
                         for o in objects.values())
    assert out.writes > len(objects)
    assert out.longest == longest_object


def test_the_bundle_is_stix2s_serialisation_of_its_objects_sorted_by_id(text):
    """The bytes written piece by piece are those of stix2's own Bundle of the same objects, in id order,
    with the id the in-memory bundle had: uuid5 of the sorted ids."""
    bundle = json.loads(text)
    ids = [o["id"] for o in bundle["objects"]]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert bundle["id"] == f"bundle--{uuid.uuid5(NAMESPACE, 'bundle:' + '|'.join(ids))}"
    parsed = [stix2.parse(o, allow_custom=False) for o in bundle["objects"]]
    reference = stix2.v21.Bundle(objects=parsed, id=bundle["id"])
    assert json.dumps(json.loads(reference.serialize()), indent=2, ensure_ascii=False) + "\n" == text


@pytest.mark.parametrize("limit", ["BATCH", "BATCH_CHARS"])
def test_spool_batches_do_not_change_the_bytes(ledger_path, text, monkeypatch, limit):
    """Objects and report links go to the scratch file in batches (of rows, and of text): a batch of one
    gives the same bundle."""
    monkeypatch.setattr(_Spool, limit, 1)
    assert export(ledger_path) == text
