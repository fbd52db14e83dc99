"""Killings told in the words of translated reports (French, Spanish, Persian and Arabic idiom rendered
word for word): a real ingest into a real ledger, on sentences written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def _events(tmp_path, text: str, published: str = "2020-06-15") -> list[dict]:
    return ingest_texts(tmp_path, {"t1": text}, published=published)


def test_causing_the_death_of_counts_the_dead(tmp_path):
    text = ("According to local sources, unknown armed elements attacked the locality of Mangodara on "
            "Saturday night, causing the death of five persons.")
    assert [e["fatalities"] for e in _events(tmp_path, text)] == [5]


def test_martyred_is_killed(tmp_path):
    text = ("The men of the Taliban group have martyred three members of the security forces in the district "
            "of Andar in the province of Ghazni, the spokesman of the provincial police informed.")
    events = _events(tmp_path, text)
    assert [(e["actor1"], e["fatalities"], e["location"]) for e in events] == [("Taliban", 3, "Andar")]


def test_deprived_of_life_is_a_killing_not_an_abduction(tmp_path):
    text = ("In the municipality of Zitacuaro, armed subjects deprived of life a man who was in his domicile, "
            "reported the Attorney General of the State.")
    assert [e["sub_event_type"] for e in _events(tmp_path, text)] == ["Attack"]


def test_the_defence_and_security_forces_are_the_military(tmp_path):
    text = ("The Defense and Security Forces have neutralized about twenty terrorists during an offensive "
            "operation in the zone of Tillaberi, indicates a communique of the Ministry.")
    events = _events(tmp_path, text)
    assert [(e["actor1"][:23], e["sub_event_type"]) for e in events] == [("Military Forces of Nige", "Armed clash")]
