"""An incident told inside a statement about it: an investigation called for is into a killing that took place;
who condemns an attack did not carry it out; and a statement in the present speaks today, so the day its clause
names is the incident's. Real pipeline on texts written for this test; expectations checked by hand."""

from __future__ import annotations

import datetime as dt

from eventledger.clean import clean_document
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def events_of(text: str, published: str = "2026-07-18") -> list[EventMention]:
    article = clean_document(RawDocument(origin="t", input_id="t", published=published, text=text))
    return [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]


def test_a_killing_an_investigation_is_called_into_took_place() -> None:
    [event] = events_of(
        "A rights group urged the authorities to open an independent investigation into the killing of at least "
        "14 herders in the village of Kobou, Bankass circle, on 11 July 2026."
    )
    assert event.sub_event_type == "Attack"
    assert event.fatalities_min == 14


def test_a_killing_threatened_is_still_no_event() -> None:
    assert events_of("The armed group threatened the killing of hostages in Bankass if its demands are not met.") == []


def test_who_condemns_the_attack_is_not_its_doer() -> None:
    [event] = events_of(
        "The United Nations Integrated Office in Haiti (BINUH) condemns in the strongest terms the attack carried out "
        "by the Village de Dieu gang in Liancourt, Artibonite department, on 16 July, in which at least 12 people, "
        "including women and children, were killed."
    )
    assert "United Nations" not in (event.actor1 or "")
    assert event.date == dt.date(2026, 7, 16)


def test_a_statement_in_the_present_leaves_the_day_to_the_incident() -> None:
    [event] = events_of(
        "The United Nations office in Haiti condemns the attack carried out by armed men in Liancourt, Artibonite "
        "department, on 16 July."
    )
    assert event.date == dt.date(2026, 7, 16)
