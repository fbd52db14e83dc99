"""What a crowd gathers to denounce is the cause of its protest, an earlier incident, not violence against the
crowd: a real ingest into a real ledger, on sentences written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_a_killing_a_march_denounces_is_no_force_against_the_marchers(tmp_path):
    text = "Residents of Butembo marched on Monday to denounce the killing of 9 farmers by ADF rebels."
    events = ingest_texts(tmp_path, {"a1": text}, published="2024-05-14")
    news = [e for e in events if not e["background"]]
    assert [e["sub_event_type"] for e in news] == ["Peaceful protest"]
    assert not news[0]["fatalities"]
    # the killing is kept as what it was, an attack recalled, with its own toll
    recalled = [e for e in events if e["background"]]
    assert [(e["sub_event_type"], e["fatalities"]) for e in recalled] == [("Attack", 9)]


def test_an_abduction_a_protest_condemns_is_recalled(tmp_path):
    text = "Hundreds of students protested in Zaria to condemn the abduction of their classmates."
    events = ingest_texts(tmp_path, {"a1": text}, published="2024-05-14")
    assert [e["sub_event_type"] for e in events if not e["background"]] == ["Peaceful protest"]
