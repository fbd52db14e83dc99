"""Verbs of the manner of speaking right after a quote ("“…,” Halima Abubakar wept", "she laughed") frame
it as "said" does; without a quote or clause they report nothing."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_wept_after_a_quote(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "\"Nobody is safe here anymore,\" Halima Abubakar wept as she spoke to reporters.",
    )
    assert speaker_of(a, "Nobody is safe here anymore") == "Halima Abubakar"


def test_laughed_after_a_quote(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Joseph Kimani has sold maize at the Gikomba market for thirty years.",
        "\"The police come, the police go, the maize stays,\" he laughed.",
    )
    assert speaker_of(a, "the maize stays") == "Joseph Kimani"
