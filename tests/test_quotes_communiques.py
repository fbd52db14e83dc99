"""Statements of a body quoted through its document ("adds the text", "the communiqué indicates"), a body
whose name starts with a rank word ("General Staff of the Armies"), a speaker the parser hangs on an
opening participle ("Joined by telephone, an inhabitant ... recounts"), and a place the tagger calls a
person ("the elder of the Kimoka neighbourhood")."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_the_text_of_a_communique_is_its_issuers(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "According to the communiqué of the General Staff of the Armies, aircraft struck a camp of armed men "
        "near the river.",
        "« The threat was removed before it could reach the town », specifies the text.",
    )
    assert speaker_of(a, "threat was removed") == "General Staff of the Armies"


def test_a_speaker_hung_on_the_opening_participle(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "A checkpoint was attacked on Monday near Ayorou, announced the Ministry of Defence in a communiqué.",
        "Joined by telephone, an inhabitant of the next hamlet, who prefers to keep the anonymity, recounts "
        "having heard shooting during almost an hour.",
        "« We closed the shops and hid the children », he says.",
    )
    reported = [q for q in a.quotes if not q.direct]
    assert any(q.speaker == "an inhabitant of the next hamlet" and "heard shooting" in q.text for q in reported)
    assert speaker_of(a, "closed the shops") == "an inhabitant of the next hamlet"


def test_a_place_before_a_common_noun_is_not_a_person(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The elder of the Kimoka neighbourhood, who asked not to be named, said families had left overnight.",
        "\"Only the goats stayed behind,\" the elder said.",
    )
    assert speaker_of(a, "goats stayed behind") == "The elder of the Kimoka neighbourhood"
