"""A district the packaged gazetteer gives no coordinates for (three in ten) is put at its most populous town,
else at its province's capital with the province's precision: an event there is on the map, never without a
point. Real gazetteer, and a real ingest into a real ledger on a sentence written for this test."""

from __future__ import annotations

from ledger_helpers import ingest_texts

from eventledger.kb.gazetteer import load_gazetteer, to_place


def _district(name: str):
    return next(e for e, exact in load_gazetteer().lookup_matches(name) if exact and e.kind == "admin2")


def test_a_district_without_coordinates_gets_its_province_s_capital_at_province_precision():
    nangade = _district("Nangade")
    assert nangade.latitude is None  # the packaged data's gap this covers
    place = to_place(nangade)
    capital = load_gazetteer().capital_of(next(e for e, x in load_gazetteer().lookup_matches("Cabo Delgado") if x))
    assert (place.latitude, place.longitude, place.geo_precision) == (capital.latitude, capital.longitude, 3)


def test_a_district_with_its_own_coordinates_keeps_them():
    agatu = _district("Agatu")
    assert (to_place(agatu).latitude, to_place(agatu).geo_precision) == (agatu.latitude, 2)


def test_an_event_in_such_a_district_has_a_point(tmp_path):
    text = "Insurgents beheaded five farmers in the district of Nangade, Cabo Delgado province, on Sunday."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-09-09")
    assert [(e["admin1"], e["latitude"] is not None) for e in events] == [("Cabo Delgado", True)]
