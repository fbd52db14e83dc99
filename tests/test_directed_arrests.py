"""An arrest someone orders or asks for is not made yet: "the president ordered security agencies to arrest the
perpetrators" is no Arrests event; the arrests made are. A real ingest into a real ledger, on sentences written
for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_an_ordered_arrest_is_no_arrest(tmp_path):
    text = "President Bola Tinubu has ordered security agencies to arrest the perpetrators of the Bokkos killings."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-06-03")
    assert not [e for e in events if e["sub_event_type"] == "Arrests"], events


def test_arrests_made_are_arrests(tmp_path):
    text = "Police arrested five suspects over the killings in Bokkos on Monday, a spokesman said."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-06-03")
    assert [e["location"] for e in events if e["sub_event_type"] == "Arrests"] == ["Bokkos"]


def test_an_operation_to_arrest_them_is_no_arrest(tmp_path):
    text = (
        "Three police officers were killed in an attack on a police station in Rask last night. The attackers "
        "fled after the clashes, and an operation to arrest them has begun, the deputy governor said."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-04-10")
    assert not [e for e in events if e["sub_event_type"] == "Arrests"], events


def test_an_operation_going_on_is_no_intent(tmp_path):
    # "within the operation of isolating the city": the advance is told, the operation is going on
    text = "New advancement in 10 areas in the countryside of Al-Raqqah within the operation of isolating the city"
    events = ingest_texts(tmp_path, {"h1": text}, published="2016-11-15")
    assert [e["admin1"] for e in events] == ["Ar-Raqqa"]
