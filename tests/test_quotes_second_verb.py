"""A reporting verb after another verb of the same subject ("Hawa Mohamed listens quietly, then adds:")
that the parser leaves unlabelled still has that subject for speaker."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_then_adds_after_another_verb(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Khadija Ali has been in the camp since March. \"We walked for nine days,\" she says.",
        "Her neighbour Hawa Mohamed listens quietly, then adds: \"Nobody asks us what we want.\"",
    )
    assert speaker_of(a, "Nobody asks us what we want") == "Hawa Mohamed"
