"""Who a force word names: a provincial force ("levies personnel", "police constables") is the state's
police, and a capitalised group the knowledge base lacks ("the banned Sindh Liberation Army") is that group,
not the state's army. A real ingest into a real ledger, on sentences written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_levies_personnel_are_the_state_s_police(tmp_path):
    text = "Unknown armed men shot dead two levies personnel in the Mastung district late on Saturday, officials said."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-04")
    assert len(events) == 1, events
    assert events[0]["actor2"].startswith("Police Forces of Pakistan"), events[0]
    assert events[0]["event_type"] == "Battles"


def test_constables_are_the_state_s_police(tmp_path):
    text = "Gunmen killed two police constables at a checkpoint in Dera Ismail Khan on Monday."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-04")
    assert [(e["actor2"] or "")[:26] for e in events] == ["Police Forces of Pakistan "]


def test_a_group_named_army_that_the_knowledge_base_lacks_is_no_state_army(tmp_path):
    text = (
        "Gunmen killed two policemen at a checkpoint in Larkana on Monday. The banned Sindh Liberation Army "
        "claimed responsibility for the attack in a statement sent to the media."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-04")
    assert [(e["actor1"], e["fatalities"]) for e in events] == [("Sindh Liberation Army", 2)]


def test_a_country_s_army_stays_its_military(tmp_path):
    text = "The Pakistan Army said its troops killed five militants in North Waziristan on Monday."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-04")
    assert [e["actor1"][:27] for e in events] == ["Military Forces of Pakistan"]
