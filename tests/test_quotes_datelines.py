"""A wire or local dateline ("ISLAMABAD, Oct 30 (Wire) -", "COTABATO CITY -") opening the sentence whose
subject is the speaker: the parser hangs the subject on the place, which is where the report was filed and
never part of who speaks."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_speaker_after_a_wire_dateline(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "ISLAMABAD, Oct 30 (Wire) - Pakistan's interior minister, Sardar Ahsan Kakar, on Friday called the "
        "suicide bombing at a Quetta railway station \"cowardly and barbaric\" and promised \"swift, decisive "
        "action\" against its planners.",
    )
    assert speaker_of(a, "cowardly and barbaric") == "Sardar Ahsan Kakar"
    assert speaker_of(a, "swift, decisive action") == "Sardar Ahsan Kakar"


def test_institution_after_a_place_dateline(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "COTABATO CITY - Police on Saturday warned the public that the gunmen behind the ambush of a village "
        "chief in Maguindanao del Sur are \"armed and dangerous.\"",
    )
    assert speaker_of(a, "armed and dangerous") == "Police"

