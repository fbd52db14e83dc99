"""A noun for one person with the person's name set off after it by commas ("according to a nurse at the
clinic, Grace Atieno.") is that person, even when the parser hangs the name on the sentence's verb; a later
"she says" is hers too, and so when the tagger calls the name after an office an organisation."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_the_name_after_the_role_is_the_source(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The market stayed shut all day, according to our correspondent there, Ruth Wanjiru. \"The traders "
        "have locked their stalls and gone home,\" she says.",
    )
    assert speaker_of(a, "locked their stalls") == "Ruth Wanjiru"
    assert [c.source_chain for c in a.claims][0] == ["Ruth Wanjiru"]


def test_a_new_clause_after_the_comma_is_not_a_name_in_apposition(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The market stayed shut all day, according to a trader. Ruth Wanjiru, who sells maize, said the "
        "council had ordered it closed.",
    )
    assert [c.source_chain for c in a.claims] == [["a trader"], ["Ruth Wanjiru"]]


def test_a_name_the_tagger_calls_an_organisation_after_an_office(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "According to the deputy of the province, Issouf Nikièma, the toll could be heavier. \"Several "
        "wounded were taken to the regional hospital overnight,\" he specified.",
    )
    assert [(q.speaker, q.direct) for q in a.quotes] == [("Issouf Nikièma", False), ("Issouf Nikièma", True)]
