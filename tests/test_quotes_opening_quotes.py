"""A feature that opens on a quote before naming anyone: the quote is the person the next lines name as a
subject ("That is how Grace Achieng remembers the raid")."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_opening_quote_then_that_is_how_x_remembers(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "\"They came at night and took everything we had.\"",
        "That is how Grace Achieng remembers the raid on her village in Turkana. She was 15 then.",
    )
    assert speaker_of(a, "took everything we had") == "Grace Achieng"
