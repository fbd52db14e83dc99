"""A division named with its type word ("West Gojam zone", "Liben zone"): Ethiopia's second-level divisions are
zones, which the gazetteer holds as "West Gojjam Zone". The type word is no part of the name, as "district" and
"province" are not. Real gazetteer and real pipeline on sentences written for this test; checked by hand."""

from __future__ import annotations

import pytest

from eventledger.clean import clean_document
from eventledger.kb.gazetteer import load_gazetteer, name_key
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def events_of(text: str, published: str = "2026-05-12") -> list[EventMention]:
    article = clean_document(RawDocument(origin="t", input_id="t", published=published, text=text))
    return [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]


def test_zone_is_a_type_word_of_the_lookup_key() -> None:
    assert name_key("West Gojjam Zone") == name_key("West Gojjam") == name_key("west gojjam zone")


@pytest.mark.parametrize("name", ["West Gojjam", "West Gojjam zone", "West Gojjam Zone"])
def test_a_zone_is_found_with_or_without_its_type_word(name: str) -> None:
    found = [(e.name, e.kind, e.admin1) for e, exact in load_gazetteer().lookup_matches(name, country_iso3="ETH")
             if exact]  # fmt: skip
    assert found == [("West Gojjam", "admin2", "Amhara")]


@pytest.mark.parametrize(
    "text, admin1, admin2",
    [
        # spelt with one "j", as Ethiopian media often do: the spelling variant meets it in the country named
        ("A drone strike killed 11 people in West Gojam zone, Amhara region, Ethiopia, on Monday.",
         "Amhara", "West Gojjam"),
        ("Gunmen killed seven farmers in Liben zone of Ethiopia's Somali region on Sunday.", "Somali", "Liben"),
    ],
)  # fmt: skip
def test_an_event_in_a_zone_is_placed_in_that_zone(text: str, admin1: str, admin2: str) -> None:
    places = [(e.place.admin1, e.place.admin2, e.place.name) for e in events_of(text) if e.place]
    assert places == [(admin1, admin2, admin2)]
