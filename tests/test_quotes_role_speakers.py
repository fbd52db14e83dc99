"""Speakers given by a role alone ("the elder", "a security source") and later called by its head noun
("the elder said", "the source added"), as wire and translated copy do when a speaker asks not to be named."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_the_elder_said_goes_back_to_the_elder_first_introduced(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The elder of the Ndosho quarter, who asked not to be named for fear of reprisals, said most families "
        "had left for the camps during the night.",
        "\"The houses are empty and the dogs are hungry,\" the elder said.",
    )
    assert speaker_of(a, "most families had left") == "The elder of the Ndosho quarter"
    assert speaker_of(a, "dogs are hungry") == "The elder of the Ndosho quarter"


def test_the_source_added_goes_back_to_the_security_source(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "A security source in Nineveh governorate said the device had been hidden in a sack of flour near the "
        "checkpoint.",
        "The source added: \"Two of the wounded are in a serious condition at the hospital.\"",
    )
    assert speaker_of(a, "wounded are in a serious condition") == "A security source in Nineveh governorate"


def test_an_unnamed_officer_who_asked_not_to_be_named_gives_reported_speech(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "A police officer at the scene, who was not authorised to speak to the media, said the gang had taken "
        "two more streets overnight.",
    )
    reported = [q for q in a.quotes if not q.direct]
    assert [q.speaker for q in reported] == ["A police officer at the scene"]


def test_someone_brought_in_with_a_inside_a_report_is_not_the_next_he(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Her cousin Stefan Petrović, who drives a taxi in Novi Sad, is angry rather than afraid. He has been "
        "arrested twice. The first time, he says, an officer told him that he would \"never drive in this city "
        "again.\"",
        "\"They took my licence for a month,\" he told me.",
    )
    assert speaker_of(a, "took my licence") == "Stefan Petrović"
