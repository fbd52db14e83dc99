"""A wire round-up of three attacks in three states gives three events, each in its own place and with its own
toll; the police who repelled one set of attackers are not its perpetrators; what bandits "frequently raid,
kill and kidnap" is a habit, not a fourth incident. A real ingest into a real ledger, on an article written for
this test."""

from __future__ import annotations

from ledger_helpers import ingest_texts

ROUNDUP = (
    "Attacks kill 17 across Nigeria's north as violence spreads\n\n"
    "ABUJA, Nigeria (AP) - Gunmen killed at least 17 people in three separate attacks in northern Nigeria over the "
    "weekend, officials and residents said Monday.\n\n"
    "In Zamfara state, bandits on motorcycles stormed the village of Kurya on Saturday, killing nine villagers and "
    "abducting about 30 others, state police spokesman Yazid Abubakar said.\n\n"
    "In neighbouring Katsina state, five people were killed on Sunday when gunmen attacked a mosque in Funtua during "
    "evening prayers, a local councillor said. Police said they repelled the attackers and arrested two suspects.\n\n"
    "Separately, suspected Boko Haram fighters killed three farmers in their fields near Konduga in Borno state on "
    "Sunday, according to a militia leader who helps the military.\n\n"
    "No group claimed the attacks in Zamfara and Katsina, where armed gangs known locally as bandits frequently raid "
    "villages, kill residents and kidnap people for ransom."
)


def test_each_attack_of_a_roundup_in_its_own_state_with_its_own_toll(tmp_path):
    events = ingest_texts(tmp_path, {"a1": ROUNDUP}, published="2024-02-12")
    by_state = {e["admin1"]: e for e in events}
    assert sorted(by_state) == ["Borno", "Katsina", "Zamfara"], events
    assert [by_state[s]["fatalities"] for s in ("Zamfara", "Katsina", "Borno")] == [9, 5, 3]
    assert by_state["Katsina"]["location"] == "Funtua"
    assert not by_state["Katsina"]["actor1"].startswith("Police Forces"), by_state["Katsina"]["actor1"]
