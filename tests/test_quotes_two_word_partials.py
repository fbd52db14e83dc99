"""Two words quoted from a speaker the sentence names ("The minister called for “maximum restraint”") are a
partial quote of that speaker, as are two words its own verb follows ("“Nor bandages,” said another nurse");
two quoted words with nobody named in the sentence, or capitalised as a name or a title, stay a term."""

from __future__ import annotations

from attribution_helpers import attributed


def test_two_words_of_a_named_speaker(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Foreign Minister Amara Kallon urged both sides to show \"maximum restraint\" along the border.",
    )
    assert [(q.speaker, q.text) for q in a.quotes] == [("Amara Kallon", "maximum restraint")]


def test_two_words_with_nobody_named_or_a_capitalised_name_are_terms(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Drivers call the stretch \"death road\" because of the ambushes.",
        "The so-called \"Islamic Front\" has not commented, Amara Kallon said.",
    )
    assert [q for q in a.quotes if q.direct] == []


def test_two_words_its_own_verb_follows(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "\"We have no fuel,\" said one nurse, Zainab Kamara. \"Nor bandages,\" said another nurse, Fatmata Sesay.",
    )
    assert [(q.speaker, q.text, q.direct) for q in a.quotes] == [
        ("Zainab Kamara", "We have no fuel", True),
        ("Fatmata Sesay", "Nor bandages", True),
    ]
