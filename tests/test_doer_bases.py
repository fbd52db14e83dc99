"""Where the doers are based is not where they struck ("fighters stationed in Jilib attacked a base in Kismayo"),
unless the sentence names no other place. A real ingest into a real ledger, on sentences written for these
tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_the_place_struck_not_the_doers_base(tmp_path):
    text = "Al-Shabaab fighters stationed in Jilib attacked an army base in Kismayo, killing four soldiers."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-04-10")
    assert [(e["location"], e["admin1"]) for e in events] == [("Kismayo", "Lower Juba")]


def test_the_doers_base_when_the_sentence_names_no_other_place(tmp_path):
    # Faskari lies in Katsina State: the only province the sentence names is still the event's
    text = "Bandits based in the Rugu forest of Katsina State attacked Faskari, killing five villagers."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-04-10")
    assert [e["admin1"] for e in events] == ["Katsina"]


def test_a_state_agency_s_terrorist_organizations_are_an_armed_group(tmp_path):
    text = (
        "SANA said terrorist organizations positioned in the countryside of Idleb targeted safe villages in Hama, "
        "causing the martyrdom of a child."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-04-10")
    assert [(e["actor1"], e["admin1"], e["fatalities"]) for e in events] == [
        ("Unidentified Armed Group (Syria)", "Hama", 1)
    ]
