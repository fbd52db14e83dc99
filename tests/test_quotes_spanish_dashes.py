"""Dialogue dashes as Spanish prints them, with no space after the dash and the attribution set between
dashes inside the speech: "—We have been without water for nine days —said X, a vendor—. Nobody has come."
Both parts of the speech are the speaker's direct quotes."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_unspaced_dash_speech_with_an_inset_attribution(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The blockade on the road to Puno entered its second week on Monday.",
        "—We have been without water for nine days —said Rosa Elena Quispe, a vendor in the market—. Nobody "
        "from the government has come to see us.",
    )
    direct = [q for q in a.quotes if q.direct]
    assert speaker_of(a, "without water for nine days") == "Rosa Elena Quispe"
    assert speaker_of(a, "Nobody from the government has come") == "Rosa Elena Quispe"
    assert all(not q.text.startswith("—") for q in direct) and len(direct) == 2


def test_unspaced_dash_speech_ending_the_line(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "—They took my husband in the night and we have not heard from him —recounted Marta Ticona, 48.",
    )
    assert [(q.speaker, q.direct) for q in a.quotes if "took my husband" in q.text] == [("Marta Ticona", True)]


def test_speech_after_the_inset_is_no_reported_clause(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "—We have been without water for nine days —said Rosa Elena Quispe, a vendor in the market—. Nobody "
        "from the government has come.",
        "Quispe added that the protesters would not lift the blockade.",
    )
    assert [q.text for q in a.quotes if not q.direct] == ["that the protesters would not lift the blockade"]
