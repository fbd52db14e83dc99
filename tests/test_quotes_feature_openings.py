"""Openings of features and translated copy: "For Aminata Touré, « the state has failed »" (French "pour X")
is her view, and a "she" that opens a story before anyone is named is the person named in the next lines."""

from __future__ import annotations

from attribution_helpers import attributed


def test_for_a_person_opening_the_sentence_is_her_view(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "For Aminata Touré, the president of the association, « the state has failed the north ».")
    assert [q.speaker for q in a.quotes] == ["Aminata Touré"]


def test_a_she_before_anyone_is_named_is_the_person_named_next(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "“The soldiers took my son,” she recounts. Mariam Coulibaly, 52, has not seen him since June.")
    assert [q.speaker for q in a.quotes] == ["Mariam Coulibaly"]


def test_a_two_word_sentence_after_the_speakers_quote_is_hers(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "“We will rebuild,” said Mayor Ali Hassan. Resident Fatima Noor was not convinced. “We have heard that "
        "before,” she said. “Nothing happened.”",
    )
    assert ("Fatima Noor", "Nothing happened.") in [(q.speaker, q.text) for q in a.quotes]


def test_a_two_word_term_is_still_no_quote(attribution_nlp):
    a = attributed(attribution_nlp, "The army calls them “foreign mercenaries” in every statement it issues.")
    assert a.quotes == []
