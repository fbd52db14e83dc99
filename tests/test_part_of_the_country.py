"""A sentence that sets its event in a part of the country ("in the east of the country") is not placed in a
town its paragraph named for another incident: it is coded at country level. A real ingest into a real ledger,
on a paragraph written for this test."""

from __future__ import annotations

from ledger_helpers import ingest_texts

RECAP = (
    "Gunmen killed eleven traders at a market in the village of Tin-Akoff in Burkina Faso on Saturday.\n\n"
    "Last month, an attack on a military convoy near Djibo killed at least 30 soldiers, according to the army. "
    "In January, gunmen killed 15 people in an attack on a church in the east of the country."
)


def test_an_attack_in_the_east_of_the_country_is_not_placed_in_the_town_named_before(tmp_path):
    events = ingest_texts(tmp_path, {"a1": RECAP}, published="2023-03-06")
    by_toll = {e["fatalities"]: e for e in events}
    assert by_toll[30]["location"] == "Djibo"
    church = by_toll[15]
    assert church["location"] is None and church["latitude"] is None, church
    assert church["country"] == "Burkina Faso"
