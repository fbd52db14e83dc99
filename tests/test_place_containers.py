"""A name the text puts inside a place it resolves is not a homonym elsewhere: "the village of Kossa near the
town of Mora" is in Cameroon, not Kossa in Germany; "the Ar Rawdah area of Taiz city" is in Taiz, not an Ar
Rawdah of another governorate (real pipeline, real SQLite file; sentences written for this test; the
gazetteer's only Kossa is in Saxony, its Ar Rawdahs lie in Shabwah, Sanaa and Al Jawf)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ledger_helpers import ingest


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    texts = {
        # the department's name is the only evidence of the country; Kossa's only entry, in Germany, is no
        # evidence once the text puts it near a town that Germany has none of
        "village-near-town": "Suspected Boko Haram fighters killed four herders in the village of Kossa near "
        "the town of Mora, in the department of Mayo-Sava, on Sunday night, a local official said.",
        # a two-word village the gazetteer lacks, whose first word alone is a Philippine town, in prose
        "unknown-two-words": "Al-Shabaab fighters attacked a police post near Bulo Marer on Friday, killing two "
        "officers, a district commissioner said.",
        "area-of-city": "A mortar shell hit a school in the Ar Rawdah area of Taiz city on Sunday, killing two "
        "pupils, a teacher said.",
    }
    records = [
        {"id": doc_id, "source": "Test Wire", "published": "2026-05-04", "title": "", "text": text}
        for doc_id, text in texts.items()
    ]
    return ingest(tmp_path_factory.mktemp("place_containers"), records)


def places_of(events: list[dict[str, Any]], document_id: str) -> list[tuple[str, str, str]]:
    return [
        (e["country"], e["admin1"], e["location"])
        for e in events
        if any(s["document_id"] == document_id for s in e["sources"])
    ]


def test_a_village_near_a_town_is_not_a_homonym_abroad(ledger: list[dict[str, Any]]) -> None:
    assert places_of(ledger, "village-near-town") == [("Cameroon", "Far North", "Mora")]


def test_an_area_of_a_city_is_not_a_homonym_in_another_province(ledger: list[dict[str, Any]]) -> None:
    assert places_of(ledger, "area-of-city") == [("Yemen", "Taiz", "Taiz")]


def test_a_name_in_prose_is_not_cut_to_a_known_first_word(ledger: list[dict[str, Any]]) -> None:
    # "Bulo" alone is a Philippine town; "Bulo Marer" is not in the gazetteer: no place below the country
    assert places_of(ledger, "unknown-two-words") == [("Somalia", None, None)]
