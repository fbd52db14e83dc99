"""Round-ups and follow-ups as wire and local reports write them: a count of incidents a place saw dates the
incidents told after it and is none itself; two coordinated clauses set in towns of their own are two
incidents; "a week after X, Y" dates X a week before Y's day; a toll's update "stands at nearly 40"; a people's
name that merely looks like a province's is no place; a paragraph of one short past-tense sentence is no
headline. A real ingest into a real ledger, on text written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_a_round_up_is_its_incidents(tmp_path):
    text = (
        "Yobe State saw two attacks on Friday evening. A suicide bomber killed 12 people at a market in "
        "Potiskum, and hours later ISWAP fighters stormed an army base in Buni Yadi, killing four soldiers, "
        "military sources said."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2026-11-07")  # a Saturday
    told = sorted((e["location"], e["fatalities"], e["event_date"]) for e in events)
    assert told == [("Buni Yadi", 4, "2026-11-06"), ("Potiskum", 12, "2026-11-06")], events


def test_a_week_after_an_incident_is_a_week_later(tmp_path):
    text = (
        "A week after a car bomb killed nine people at a market in Potiskum, traders reopened their stalls on "
        "Thursday under heavy guard."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2026-11-14")
    assert [(e["fatalities"], e["event_date"]) for e in events] == [(9, "2026-11-05")]


def test_a_toll_that_stands_at_nearly_forty(tmp_path):
    text = (
        "The number of people killed in Saturday's raid on Kutum in North Darfur stands at nearly 40, according "
        "to a rights group, which said many of the dead were buried in a single grave."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2026-11-18")
    assert [e["fatalities"] for e in events] == [40]


def test_a_people_s_name_is_no_province_that_it_looks_like(tmp_path):
    text = "Fighting between Fulani herders and Idoma farmers in Agatu on Tuesday left dozens dead, leaders said."
    events = ingest_texts(tmp_path, {"a1": text}, published="2026-11-11")
    assert [(e["admin1"], e["location"]) for e in events] == [("Benue", "Agatu")]


def test_a_one_sentence_paragraph_in_the_past_is_no_headline(tmp_path):
    text = (
        "Fighting between herders and farmers in Agatu on Tuesday left dozens dead, community leaders said.\n\n"
        "Many families fled to the local government headquarters at Obagaji."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2026-11-11")
    assert [e["event_type"] for e in events] == ["Battles"], events
