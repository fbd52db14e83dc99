"""How a speaker's phrase is cut: a closing quote mark the parser hangs on the speaker is no quoted name
("“…,” one witness, Aisha Umar, said"); a clause that only says why a source is unnamed is dropped ("a
resident who preferred not to identify herself"); a long office before a name ("the head of the regional
military administration Oleh Synyehubov"); "according to his data" is his."""

from __future__ import annotations

from attribution_helpers import attributed


def test_a_closing_mark_hung_on_the_speaker(attribution_nlp):
    a = attributed(attribution_nlp, "\"They looked like soldiers,\" one witness, Aisha Umar, said.")
    assert [(q.speaker, q.text) for q in a.quotes] == [("Aisha Umar", "They looked like soldiers")]


def test_a_clause_explaining_anonymity_is_not_part_of_the_speaker(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "\"They broke every door in the street,\" said a resident who preferred not to identify herself.")
    assert [q.speaker for q in a.quotes] == ["a resident"]


def test_a_long_office_before_the_name_and_his_data(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The troops shelled the city in the night, one person died, communicated the head of the regional "
        "military administration Oleh Synyehubov.",
        "According to his data, a guided bomb hit the courtyard of a nine-storey building.",
    )
    assert [c.source_chain for c in a.claims] == [["Oleh Synyehubov"], ["Oleh Synyehubov"]]


def test_a_lower_case_role_before_the_name_is_the_role(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Local human rights official Luz Marina Rojas said the fighting had forced 80 families from their "
                 "farms.")
    assert [(q.speaker, q.speaker_role) for q in a.quotes] == [("Luz Marina Rojas", "Local human rights official")]
