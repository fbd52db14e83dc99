"""A pronoun speaker after a sentence whose subject is a person called by the surname alone ("Begum has
filled four books. She says ..."): the tagger often takes a lone surname for an organisation, yet it is the
person named before in full, and nearer than the last speaker."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_she_after_a_surname_subject_is_that_person(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Every evening Noor Begum writes names into a school exercise book in the camp.",
        "\"Somebody has to remember them,\" she says.",
        "One of the women who bring her names, Hasina Khatun, lost her husband in September. \"He went to "
        "find work and he never called,\" Khatun says.",
        "Begum has filled four books. She says she does not know what she will do with them.",
        "\"Maybe one day a court will ask for them,\" she says.",
    )
    assert speaker_of(a, "court will ask for them") == "Noor Begum"
    assert speaker_of(a, "what she will do with them") == "Noor Begum"


def test_he_after_a_surname_subject_of_another_man(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Joseph Adongo, a farmer, said his cattle were taken at night. \"They came with guns,\" Adongo said.",
        "His neighbour Peter Lokwang said he lost twelve goats. \"We have nothing left,\" Lokwang said.",
        "Adongo has moved his family to the town. \"I will not go back,\" he said.",
    )
    assert speaker_of(a, "I will not go back") == "Joseph Adongo"
