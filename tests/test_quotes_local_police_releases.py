"""Nigerian local-paper habits: "The Commissioner of Police, Kano State Command, CP X, who spoke through the
command's spokesman, ..., said" (the office, the body and then the officer, all in apposition; the tagger calls
the officer's name an organisation), then "the CP said"; and "the police spokesperson in Kwara State, SP X,"
(the parser reads the comma as a list) then "The PPRO added"."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_the_officer_not_the_command_is_the_speaker(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The Commissioner of Police, Kano State Command, CP Salman Dogo Garba, who spoke through the command's "
        "spokesman, SP Abdullahi Haruna Kiyawa, said 12 suspects had been arrested.",
        "\"The suspects will be charged to court after investigation,\" the CP said.",
    )
    assert speaker_of(a, "12 suspects had been arrested") == "Salman Dogo Garba"
    assert speaker_of(a, "charged to court") == "Salman Dogo Garba"


def test_the_ppro_is_the_police_spokesperson_named_before(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Confirming the incident, the police spokesperson in Kwara State, SP Ejire-Adeyemi Toun, said: \"Two "
        "suspects have been arrested.\"",
        "The PPRO added that investigation was ongoing.",
    )
    assert speaker_of(a, "investigation was ongoing") == "Ejire-Adeyemi Toun"
