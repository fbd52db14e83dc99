"""Towns the packaged GeoNames extracts lack, added by hand in data/gazetteer/added_places.tsv with their source,
and a location written from the larger unit down ("Mayo-Tsanaga department, Mokolo:"), as humanitarian updates
write it: the town is the place, inside the division named before it. Real gazetteer and pipeline; sentences
written for this test, expectations checked by hand against the text and the sources of the data file."""

from __future__ import annotations

from eventledger.clean import clean_document
from eventledger.kb.gazetteer import load_gazetteer
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def events_of(text: str, published: str = "2026-05-12") -> list[EventMention]:
    article = clean_document(RawDocument(origin="t", input_id="t", published=published, text=text))
    return [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]


def places_of(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (e.place.name, e.place.admin2, e.place.admin1, e.place.country) if e.place else (None, None, None, None)
        for e in events_of(text)
    ]


def test_a_town_added_by_hand_is_in_the_gazetteer_inside_its_divisions() -> None:
    [fotokol] = load_gazetteer().lookup("Fotokol", country_iso3="CMR")
    assert (fotokol.kind, fotokol.admin1, fotokol.admin2) == ("place", "Far North", "Logone-et-Chari")
    assert abs(fotokol.latitude - 12.37) < 0.05 and abs(fotokol.longitude - 14.23) < 0.05


def test_an_event_near_a_town_added_by_hand_is_placed_there() -> None:
    assert places_of("Suspected jihadists killed three fishermen near Fotokol on Sunday, local officials said.") == [
        ("Fotokol", "Logone-et-Chari", "Far North", "Cameroon")
    ]


def test_a_bullet_naming_the_department_then_the_town_is_placed_at_the_town() -> None:
    text = (
        "Monitors in Cameroon's Far North region recorded these incidents during the week.\n\n"
        "- 3 May, Mayo-Tsanaga department, Mokolo: gunmen killed three herders at a cattle market."
    )
    assert places_of(text) == [("Mokolo", "Mayo-Tsanaga", "Far North", "Cameroon")]


def test_a_town_then_its_province_is_still_read_as_before() -> None:
    [(town, _district, province, country)] = places_of("Gunmen killed four farmers in Gwoza, Borno state, on Tuesday.")
    assert (town, province, country) == ("Gwoza", "Borno", "Nigeria")
