"""A sentence of remembrance names the past it remembers: the anniversary of a town's capture with prayers for
those killed in the fighting is no fighting today; an incident that is its own main verb on an anniversary is
news. A real ingest into a real ledger, on sentences written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_the_dead_remembered_at_an_anniversary_are_no_incident(tmp_path):
    text = (
        "Residents of Goma marked the first anniversary of the M23's capture of the city on Monday with prayers "
        "for the more than 3,000 people killed in the fighting. Shops stayed closed and churches held memorial "
        "services."
    )
    assert ingest_texts(tmp_path, {"a1": text}, published="2025-03-07") == []


def test_an_incident_on_an_anniversary_is_news(tmp_path):
    text = "On the anniversary of the coup, soldiers killed five protesters in Mandalay."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-07")
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Excessive force against protesters", 5)]


def test_an_article_that_opens_with_a_memorial_goes_on_to_the_day_s_news(tmp_path):
    text = (
        "Hundreds held a vigil in Maiduguri on Sunday for the victims of last year's market bombing.\n\n"
        "Separately, gunmen killed four farmers near Konduga on Saturday, residents said."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-07")
    assert [(e["location"], e["fatalities"]) for e in events if not e.get("background")] == [("Konduga", 4)]



def test_an_attack_on_a_memorial_service_is_news(tmp_path):
    text = "A suicide bomber struck a memorial service for a slain commander in Kabul on Monday, killing 20 people."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-04")
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Suicide bomb", 20)]
