"""A fire, a flood or a disease fought is no armed clash: a real ingest into a real ledger, on sentences written
for these tests."""

from __future__ import annotations

import pytest
from ledger_helpers import ingest_texts

ACLED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments"}


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters battle blaze at garment factory in Dhaka",
        "Doctors fight cholera outbreak in Borno as cases rise",
        "Volunteers battled the floods for three days in Sylhet.",
    ],
)
def test_a_hazard_fought_makes_no_acled_event(tmp_path, text):
    events = ingest_texts(tmp_path, {"h1": text}, published="2024-03-11")
    assert [e for e in events if e["event_type"] in ACLED_TYPES] == []


def test_troops_who_battle_militants_still_clash(tmp_path):
    events = ingest_texts(tmp_path, {"h1": "Troops battled militants near Bama on Sunday."}, published="2024-03-11")
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]
