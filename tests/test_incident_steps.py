"""Which sentences of a short report are one incident: the dead told after force was used on a crowd are its
toll, a sentence opening on "the same day" tells another incident, and an irregular past that the tagger
reads as a present ("retook") is still the report's news. Real pipeline on texts written for this test;
expectations checked by hand against ACLED's codebook."""

from __future__ import annotations

from eventledger.clean import clean_document
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def events_of(text: str, published: str = "2026-10-31") -> list[EventMention]:
    article = clean_document(RawDocument(origin="t", input_id="t", published=published, text=text))
    return [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]


def test_the_dead_told_after_force_on_a_crowd_are_its_toll() -> None:
    [event] = events_of(
        "On 27 October 2026, police opened fire on demonstrators in Ratoma, Conakry. A 16-year-old was killed."
    )
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.fatalities_min == 1
    assert not (event.actor2 or "").startswith("Civilians")  # the dead are the crowd, not a side of their own


def test_a_sentence_opening_on_the_same_day_tells_another_incident() -> None:
    events = events_of(
        "On 19 October 2026, jihadists attacked the army base in Dikwa, Borno; troops repelled them, killing "
        "nine. The same day a roadside bomb damaged a military truck near Dikwa, wounding two soldiers."
    )
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Remote explosive/landmine/IED"]


def test_an_irregular_past_read_as_a_present_is_the_news() -> None:
    # the small tagger reads "retook" here as a present (VBP), which once made it a habit
    [event] = events_of(
        "On 16 October 2026, the FARDC, backed by Wazalendo fighters, retook Luofu (Lubero, North Kivu) from the M23 "
        "after a day of fighting."
    )
    assert event.sub_event_type == "Government regains territory"
