"""Later, shorter forms of a speaker's name resolve to the full name first given: a double surname or two
given names ("Pérez García said", "Maria Fernanda said"), and an acronym of a body or an office spelled out
before ("KRCS said" after "the Kenya Red Cross Society", "the IGP replied" after "the Inspector General of
Police, Abas Byakagaba")."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_double_surname_later(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The mayor of Tumaco, Juan Carlos Pérez García, said the town was calm.",
        "Pérez García said the navy had sent two patrol boats to the river mouth.",
    )
    assert speaker_of(a, "navy had sent two patrol boats") == "Juan Carlos Pérez García"


def test_two_given_names_later(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Maria Fernanda Lozano, 41, sells fruit at the market. \"The shots started at noon,\" Maria Fernanda "
        "said.",
    )
    assert speaker_of(a, "shots started at noon") == "Maria Fernanda Lozano"


def test_acronym_of_a_body_named_before(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The Kenya Red Cross Society said 40 people were injured in the clashes.",
        "\"Our teams are on the ground in both villages,\" KRCS said in a statement.",
    )
    assert speaker_of(a, "Our teams are on the ground") == "Kenya Red Cross Society"


def test_acronym_of_an_office_held_by_a_person_named_before(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The committee questioned the Inspector General of Police, Abas Byakagaba, over the killings.",
        "The IGP replied that the officers had come under attack with stones. \"My men were surrounded,\" he "
        "told the committee.",
    )
    assert speaker_of(a, "come under attack with stones") == "Abas Byakagaba"
    assert speaker_of(a, "My men were surrounded") == "Abas Byakagaba"
