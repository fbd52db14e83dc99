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


def later_acronym_speaker(nlp, introduction: str, acronym: str) -> str | None:  # noqa: ANN001
    a = attributed(
        nlp,
        introduction,
        "A trader, Joseph Mwangi Kamau, said shops had been closed. \"We are losing money,\" Kamau said.",
        f"\"We will not be silenced,\" the {acronym} said.",
    )
    return speaker_of(a, "not be silenced")


def test_acronym_with_a_letter_for_of(attribution_nlp):
    introduction = "The Chief of Army Staff, Lt Gen Olufemi Oluyede, said 30 suspects were held."
    assert later_acronym_speaker(attribution_nlp, introduction, "COAS") == "Olufemi Oluyede"


def test_acronym_of_an_office_whose_place_the_tagger_took_for_a_name(attribution_nlp):
    introduction = "The Station House Officer of Kotwali, Inspector Rajesh Yadav, said 30 suspects were held."
    assert later_acronym_speaker(attribution_nlp, introduction, "SHO") == "Rajesh Yadav"


def test_acronym_of_an_office_in_apposition_to_the_name_before(attribution_nlp):
    introduction = "Fatuma Abdalla, the Member of Parliament for Kilifi, said 30 shops burned."
    assert later_acronym_speaker(attribution_nlp, introduction, "MP") == "Fatuma Abdalla"
