"""A killing dated only by a year long past ("during the 1968 uprising") is that year's, recalled, not news of
the report's day: a real ingest into a real ledger, on sentences written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_a_killing_of_an_old_uprising_in_a_museum_story_is_recalled(tmp_path):
    text = ("The museum's new exhibition remembers the students who were killed during the 1968 uprising, with "
            "photographs and letters from their families.")
    events = ingest_texts(tmp_path, {"m1": text}, published="2024-03-11")
    assert events and all(e["background"] for e in events)
    assert {e["event_date"][:4] for e in events} == {"1968"}


def test_a_day_named_in_the_clause_still_dates_the_news(tmp_path):
    text = "Gunmen killed 5 villagers in Kaya on Sunday, in the worst attack since the 2022 coup."
    events = ingest_texts(tmp_path, {"k1": text}, published="2024-03-11")
    assert [(e["event_date"][:10], e["background"]) for e in events] == [("2024-03-10", False)]
