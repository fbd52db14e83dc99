"""An office with its acronym in brackets before the officer's name ("The Police Public Relations Officer
(PPRO), DSP Abubakar Sadiq Aliyu, said"): the bracket does not cut the phrase, so the speaker is the officer,
and the name the tagger only partly tags is whole, for "the PPRO said" later too."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of

TEXT = (
    "The Police Public Relations Officer (PPRO), DSP Abubakar Sadiq Aliyu, said 30 suspects were held.",
    "A trader, Joseph Mwangi Kamau, said shops had been closed since Monday. \"We are losing money every day,\" "
    "Kamau said.",
    "\"We will not be silenced,\" the PPRO said.",
)


def test_officer_after_a_bracketed_acronym_is_the_speaker(attribution_nlp):
    a = attributed(attribution_nlp, *TEXT)
    assert [q.speaker for q in a.quotes if "30 suspects" in q.text] == ["Abubakar Sadiq Aliyu"]


def test_the_acronym_later_is_the_whole_name(attribution_nlp):
    a = attributed(attribution_nlp, *TEXT)
    assert speaker_of(a, "not be silenced") == "Abubakar Sadiq Aliyu"
