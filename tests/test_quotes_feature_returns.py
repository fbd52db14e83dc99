"""Features return to a speaker after someone else is cited: a quote with no verb of its own after "Kizito
shakes his head" or "Warsame does not believe it. is Kizito's or Warsame's, the person named as a subject after
the last one cited, not the one cited."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_subject_named_after_the_last_cited_source(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Father Joseph Kizito, the parish priest, counted the dead himself. \"I buried them with my own hands,\" "
        "the priest says.",
        "Police spokesman Charles Owoyesigire said officers had arrived within an hour. Kizito shakes his head "
        "when told this.",
        "\"Three hours. I looked at my watch.\"",
    )
    assert speaker_of(a, "I looked at my watch") == "Joseph Kizito"


def test_quote_after_the_speaker_is_named_again_as_a_subject(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Ahmed Warsame teaches at the only school still open. \"Last year I had 60 children,\" he says.",
        "The district commissioner, Abdi Osman, blames the militants. He says the army will soon reopen the road.",
        "Warsame does not believe it. \"They have been saying soon for two years.\"",
    )
    assert speaker_of(a, "saying soon for two years") == "Ahmed Warsame"
