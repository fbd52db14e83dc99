"""Two groups each hit in a passive clause of their own are victims, never the two sides of a fight: "three
people were killed and two officers were wounded, police said" has no known perpetrator (the police are
neither its doer nor hit by their own report). A fight told from one side keeps its two sides. Real pipeline on
sentences written for this test; expectations checked by hand."""

from __future__ import annotations

from eventledger.clean import clean_document
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def events_of(text: str, published: str = "2026-05-12") -> list[EventMention]:
    article = clean_document(RawDocument(origin="t", input_id="t", published=published, text=text))
    return [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]


def test_wounded_officers_beside_the_dead_are_not_the_perpetrators() -> None:
    [event] = events_of("Four traders were killed near Dori on Friday and two gendarmes were wounded, the mayor said.")
    assert event.actor1 is None
    assert event.fatalities_min == 4


def test_a_report_adding_the_wounded_names_no_perpetrator() -> None:
    [event] = events_of(
        "Four traders were killed near Dori on Friday, the mayor said, adding that two gendarmes were wounded."
    )
    assert event.actor1 is None


def test_a_fight_told_from_one_side_keeps_both_sides() -> None:
    [event] = events_of("Two soldiers were killed in a clash with al-Shabaab near Afgoye on Monday.")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Military Forces of Somalia", "al-Shabaab"
    )
