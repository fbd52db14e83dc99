"""A sentence that only gives another toll of an incident told before ("the ministry gave a lower toll of 30
dead and 80 wounded") is no incident of its own: its "wounded" is one of the toll's figures. A real ingest into
a real ledger, on text written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts

TEXT = (
    "A drone strike by the Rapid Support Forces on a crowded market in Omdurman killed at least 45 people on "
    "Saturday, a group of local activists said.\n\n"
    "The rights group said the drone hit the Sabreen market at midday. The health ministry gave a lower toll of 30 "
    "dead and 80 wounded.\n\n"
    "The RSF did not respond to a request for comment. It has accused the army of using markets as cover.\n\n"
    "Meanwhile, the army said it had repelled an RSF attack on its positions in El Obeid, killing dozens of "
    "fighters."
)


def test_a_second_toll_is_no_second_incident(tmp_path):
    events = ingest_texts(tmp_path, {"a1": TEXT}, published="2025-02-01")
    # one event per incident; the ministry's 30 is the strike's lowest credible figure, the activists' 45 its
    # highest, not a second attack
    assert sorted(e["location"] for e in events) == ["El Obeid", "Omdurman"], events
    strike = next(e for e in events if e["location"] == "Omdurman")
    assert (strike["fatalities"], strike["fatalities_max"]) == (30, 45)


def test_the_wounded_of_an_incident_s_own_sentence_still_tell_it(tmp_path):
    text = "Gunmen wounded 80 people in an attack on a market in Omdurman on Saturday, the health ministry said."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-02-01")
    assert [e["location"] for e in events] == ["Omdurman"]
