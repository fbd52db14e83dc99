"""A person named in full is later called by a name the first mention gives ("X, known as Y"), by a name
with lower-case particles the tagger cuts ("von der Leyen"), or by one inner word of a long name ("Lula" of
"Luiz Inácio Lula da Silva"): each is that person."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_a_name_given_with_known_as(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The militia's commander, Ousmane Diakité Traoré, known as Tigana, spoke by telephone.",
        "\"We will hold the bridge whatever it costs,\" Tigana said.",
    )
    assert speaker_of(a, "hold the bridge") == "Ousmane Diakité Traoré"


def test_a_surname_with_particles(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "German diplomat Ursula von der Leyen met the delegation in the morning.",
        "\"Nobody in this room wants another winter of war,\" von der Leyen told reporters.",
    )
    assert speaker_of(a, "another winter of war") == "Ursula von der Leyen"


def test_an_inner_word_of_a_long_name(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Former president Luiz Inácio Lula da Silva arrived at the rally after noon.",
        "\"The land belongs to those who work it,\" Lula said.",
    )
    assert speaker_of(a, "those who work it") == "Luiz Inácio Lula da Silva"
