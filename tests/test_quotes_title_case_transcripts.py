"""Transcripts whose speaker labels are in title case ("Presenter:", "Ashby:", "Kuku:") rather than capitals:
the interviewees' turns are their quotes, the programme's own voices are not. Title-case labels count only
with a presenter or correspondent among them, so that "Nairobi: ..." lines make no transcript."""

from __future__ import annotations

from attribution_helpers import attributed


def test_title_case_labels_with_a_presenter(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Presenter: Good evening. Our correspondent Tom Ashby reports from Beledweyne.",
        "Ashby: The river has burst its banks. Among those who fled is Halima Ibrahim Kuku.",
        "Kuku: We left everything. The water came at night.",
    )
    assert [(q.speaker, q.text) for q in a.quotes] == [
        ("Halima Ibrahim Kuku", "We left everything. The water came at night.")
    ]
