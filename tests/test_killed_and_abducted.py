"""ACLED codes an attack wherever anyone is killed: people killed and others abducted in one incident are an
Attack, not an abduction. Real pipeline on sentences written for this test; expectations checked by hand."""

from __future__ import annotations

import pytest

from eventledger.clean import clean_document
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def events_of(text: str, published: str = "2026-05-12") -> list[EventMention]:
    article = clean_document(RawDocument(origin="t", input_id="t", published=published, text=text))
    return [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]


@pytest.mark.parametrize(
    "text, dead",
    [
        ("Four civilians were killed and three abducted in Koza, Cameroon, on Tuesday.", 4),
        ("Gunmen killed five villagers and kidnapped two others in Zamfara state, Nigeria, on Monday.", 5),
        ("Gunmen kidnapped two villagers and killed five others in Zamfara state, Nigeria, on Monday.", 5),
        (
            "- 7 April, Mayo-Tsanaga department, Koza: raid on a quarter by a non-state armed group; 4 civilians"
            " killed, 3 abducted.",
            4,
        ),
    ],
)
def test_people_killed_where_others_were_abducted_make_an_attack(text: str, dead: int) -> None:
    events = events_of(text)
    assert [(e.sub_event_type, e.fatalities_min) for e in events] == [("Attack", dead)]


def test_an_abduction_without_dead_stays_an_abduction() -> None:
    events = events_of("Gunmen abducted 12 passengers from a bus near Kaduna, Nigeria, on Monday.")
    assert [(e.sub_event_type, e.fatalities_min) for e in events] == [("Abduction/forced disappearance", None)]
