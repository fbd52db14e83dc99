"""A finite reporting verb the parser hangs on its own subject as a modifier ("20:05 — The union's secretary
general, X, called the strike “…”", where the live blog's time stamp misleads the parse) still gives the quote
to that subject, not to the speaker of the entry before."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_live_blog_entry_after_another_speakers_entry(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "20:40 — Security Minister Patricia Ledesma Ortega has defended the police operation. She said 28 people "
        "were arrested.",
        "20:05 — The CGT's secretary general, Héctor Lamas Valdés, called the day's strike \"the most complete in "
        "ten years\" and claimed adherence of 90 percent in industry and transport.",
    )
    assert speaker_of(a, "the most complete in ten years") == "Héctor Lamas Valdés"
