"""A person named inside what a speaker reports ("Zulum said President Tinubu had called him", "His brother,
Samuel, was killed in the attack, he said") is talked about, not talking: the next "he said" is the speaker's."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_he_after_a_person_inside_the_reported_clause(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Governor Babagana Zulum said President Bola Tinubu had called him after the attack. \"We are not alone "
        "in this,\" he said.",
    )
    assert speaker_of(a, "We are not alone") == "Babagana Zulum"


def test_he_said_closing_a_report_about_another_man(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "\"We saw them burn the church,\" said Peter Danjuma, a farmer. His brother, Samuel, was killed in the "
        "attack, he said.",
    )
    assert [q.speaker for q in a.quotes if not q.direct and "His brother" in q.text] == ["Peter Danjuma"]
