"""A court's news names the incident it tries, and every incident inside that phrase ("the killing of a student
during protests": the protests too); an article that opens with a sentence tells a case, and what its later
sentences say of the deed is the case's. A real ingest into a real ledger, on text written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_the_protests_during_a_tried_killing_are_the_case_s(tmp_path):
    text = (
        "A court in Nairobi on Monday sentenced a former police officer to 15 years in prison for the 2017 "
        "killing of a student during post-election protests in Kisumu. The judge said the evidence showed the "
        "officer had fired live rounds at unarmed demonstrators."
    )
    assert ingest_texts(tmp_path, {"a1": text}, published="2025-03-07") == []


def test_a_protest_broken_up_outside_the_court_is_news(tmp_path):
    text = (
        "Police fired tear gas at protesters outside a court in Nairobi on Monday after it sentenced a former "
        "officer for the killing of a student."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-07")
    assert [e["event_type"] for e in events] == ["Protests"]
