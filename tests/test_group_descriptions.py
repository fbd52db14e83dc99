"""What a relative clause says of a named group is who the group is: "the ADF, which has pledged allegiance to
Islamic State" is no pledge of that day. A real ingest into a real ledger, on text written for this test."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def test_a_group_s_allegiance_told_to_describe_it_is_no_pledge(tmp_path):
    text = (
        "Suspected ADF rebels hacked to death at least 18 people in the village of Mangodomu in Beni territory, "
        "local officials said on Tuesday. The ADF, which has pledged allegiance to Islamic State, has killed "
        "thousands of civilians in eastern Congo over the past decade."
    )
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-09-09")
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Attack", 18)], events
