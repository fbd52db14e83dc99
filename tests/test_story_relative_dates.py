"""A day counted back from the story's own incident named again ("two days before that attack") is counted
from that incident's day, not from publication: a real ingest into a real ledger, on text written for these
tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_days_before_that_attack_count_from_the_story_s_day(tmp_path):
    text = (
        "Gunmen killed eight villagers near Kaya on Friday, officials said. "
        "Two days before that attack, a roadside bomb exploded near Djibo, killing three soldiers."
    )
    # published on Monday 11 March 2024: Friday is the 8th, two days before it the 6th
    events = ingest_texts(tmp_path, {"d1": text}, published="2024-03-11")
    dates = {e["location"]: e["event_date"][:10] for e in events}
    assert dates == {"Kaya": "2024-03-08", "Djibo": "2024-03-06"}


def test_days_ago_after_an_event_noun_date_that_event_not_the_gathering(tmp_path):
    # published on Friday 12 April 2024: the funerals are that day, the shelling two days before
    text = (
        "Hundreds of mourners gathered in Kharkiv on Friday for the funerals of the victims of a Russian "
        "missile strike on a shopping centre two days ago, which killed five people."
    )
    events = ingest_texts(tmp_path, {"d1": text}, published="2024-04-12")
    assert [(e["location"], e["event_date"][:10]) for e in events] == [("Kharkiv", "2024-04-10")]
