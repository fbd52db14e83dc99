"""Speakers named after an office written with its place or body ("Sukma Superintendent of Police Kiran
Chavan", "Inspector General of Police (Bastar Range) Sundaram K"), as South Asian and African papers
write them; the tagger takes the place and title for the name."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_place_and_office_before_the_name_are_not_the_name(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Dantewada Superintendent of Police Mohan Rawat said the patrol was returning to the camp when the "
        "mine exploded under the second vehicle.",
        "\u201cThe injured men are stable and will be flown out,\u201d the SP said.",
    )
    assert speaker_of(a, "patrol was returning") == "Mohan Rawat"
    assert speaker_of(a, "injured men are stable") == "Mohan Rawat"


def test_bracketed_range_between_office_and_name(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Inspector General of Police (Malkangiri Range) Deepak Sethi, while speaking to reporters, said that "
        "the search for the attackers had been widened to three villages.",
        "\u201cThey cannot hide in these forests for long,\u201d the IG said.",
    )
    assert speaker_of(a, "search for the attackers") == "Deepak Sethi"
    assert speaker_of(a, "cannot hide in these forests") == "Deepak Sethi"


def test_according_to_an_officer_when_the_sentence_also_has_a_verb_of_asking(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "According to Koraput Superintendent of Police Shri Arun Nayak, about 20 armed men entered the quarry "
        "at night, beat the guards and asked them to leave.",
    )
    reported = [q for q in a.quotes if not q.direct]
    assert [(q.speaker, "entered the quarry" in q.text) for q in reported] == [("Arun Nayak", True)]


def test_a_long_name_the_tagger_ends_early_keeps_its_last_words(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Deputy Commissioner Kech Hussain Jan Baloch said the attackers had fled towards the hills.",
        "\u201cThe culprits will be caught within days,\u201d the DC said.",
    )
    assert speaker_of(a, "culprits will be caught").endswith("Hussain Jan Baloch")


def test_a_person_noun_with_a_place_keeps_the_apposed_name(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "A resident of Upper Ogbe, Mrs. Grace Odion, said many shops had stayed shut since the shooting.",
        "The mayor of Datu Piang, Mayor Samad bin Usman, said the road would reopen on Monday.",
    )
    assert speaker_of(a, "shops had stayed shut") == "Grace Odion"
    assert speaker_of(a, "road would reopen") == "Samad bin Usman"


def test_a_name_set_off_after_an_office_with_its_bracketed_abbreviation(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Senior Superintendent of Police (SSP) Baramulla, Imtiyaz Hussain, told reporters that the area was "
        "cordoned off.",
        "The Station House Officer (SHO) of Kotwali police station, Inspector Rajesh Yadav, said that two men had "
        "been arrested.",
    )
    assert speaker_of(a, "area was cordoned off") == "Imtiyaz Hussain"
    assert speaker_of(a, "two men had been arrested") == "Rajesh Yadav"
