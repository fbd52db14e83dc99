"""One verb, two places and two tolls: "eight were killed in Dori and five in Djibo" tells two incidents, each
with its own place and toll; a toll counted over several incidents ("killed 13 in two raids") is none of
them once each is told. Real pipeline on sentences written for this test; expectations checked by hand."""

from __future__ import annotations

from eventledger.clean import clean_document
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def events_of(text: str, published: str = "2026-05-12") -> list[EventMention]:
    article = clean_document(RawDocument(origin="t", input_id="t", published=published, text=text))
    return [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]


def towns_and_tolls(events: list[EventMention]) -> list[tuple[str | None, int | None]]:
    return sorted(((e.place.town if e.place else None), e.fatalities_min) for e in events)


def test_a_passive_toll_with_a_second_place_and_count_is_two_incidents() -> None:
    events = events_of("Eight people were killed in Dori and five in Djibo on Monday, the army said.")
    assert towns_and_tolls(events) == [("Djibo", 5), ("Dori", 8)]


def test_an_active_verb_with_two_counted_objects_in_two_places_is_two_incidents() -> None:
    events = events_of("Gunmen killed three farmers in Gusau and two traders in Tsafe on Sunday, police said.")
    assert towns_and_tolls(events) == [("Gusau", 3), ("Tsafe", 2)]


def test_a_toll_over_two_raids_gives_way_to_each_raids_own() -> None:
    events = events_of(
        "Jihadists killed 13 civilians in two raids in northern Burkina Faso on Monday, officials said.\n\n"
        "Eight people were killed in Dori and five in Djibo, the officials said."
    )
    assert towns_and_tolls(events) == [("Djibo", 5), ("Dori", 8)]


def test_two_counts_in_one_place_stay_one_incident() -> None:
    # the second count has no place of its own: one incident, one toll
    events = events_of("Six soldiers were killed and four wounded in Dori on Monday, the army said.")
    assert towns_and_tolls(events) == [("Dori", 6)]
