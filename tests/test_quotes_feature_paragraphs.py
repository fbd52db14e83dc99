"""Feature writing: a quote standing alone as a paragraph, right after a paragraph about a person who has
not spoken yet ("Musa Ibrahim, 62, has lived in Damasak all his life."), is that person's; a short quote
after a sentence whose subject is named in apposition ("His wife, Fatima, nods. “We left with nothing.”")
is the named person's."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of

FEATURE = (
    "Musa Ibrahim, 62, has lived in Damasak all his life. He has never seen anything like it.",
    "\"The smoke was everywhere. We could not breathe.\"",
    "His wife, Fatima, nods. \"We left with nothing.\"",
)


def test_standalone_quote_after_a_paragraph_about_a_person(attribution_nlp):
    a = attributed(attribution_nlp, *FEATURE)
    assert speaker_of(a, "The smoke was everywhere") == "Musa Ibrahim"


def test_quote_after_a_subject_named_in_apposition(attribution_nlp):
    a = attributed(attribution_nlp, *FEATURE)
    assert speaker_of(a, "We left with nothing") == "Fatima"
