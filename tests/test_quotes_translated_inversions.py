"""English translated from French puts the verb, whom it was said to and then the speaker after the quote
(«…», declared to the agency the deputy mayor, X), and may name a speaker by a role the lexicon lacks
followed by the name («…», regretted a transporter of the town, X, ...). The parser may hang the speaker on
whom it was said to («…», declared to AFP the mayor of the commune, X); a report set before its verb and
speaker ("Three houses were damaged, reported the head of the district X") is X's indirect quote."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_verb_then_to_the_agency_then_the_speaker(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "«The bandits entered from three sides. The police officers had to withdraw to save their lives», "
        "declared to the agency the deputy mayor, Jean-Baptiste Thermidor.",
        "«The operation continues and the zone is being cleaned», affirmed to the agency the commander of the "
        "operational theatre, Lieutenant-Colonel Boukaré Zongo.",
    )
    assert speaker_of(a, "entered from three sides") == "Jean-Baptiste Thermidor"
    assert speaker_of(a, "zone is being cleaned") == "Boukaré Zongo"


def test_unlisted_role_then_the_name(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Contacted by telephone, the mayor of Ayorou, Boubacar Hama Soumana, confided to us: «We heard the shots "
        "from ten o'clock.»",
        "«It is not the first time and it will not be the last if nothing changes», regretted a transporter of "
        "the town, Moussa Idé, whose two trucks were in the convoy.",
    )
    assert speaker_of(a, "not the first time") == "Moussa Idé"


def test_inverted_verb_parsed_as_an_adverbial_clause(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "« We have lost everything », lamented Aïssata Maïga, a mother of five displaced from Ménaka.",
    )
    assert speaker_of(a, "We have lost everything") == "Aïssata Maïga"


def test_verb_then_an_agency_by_name_then_the_office_and_the_name(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The governor of the province, Colonel Hamidou Sanou, spoke of a difficult night.",
        "«The armed men burned the market and the school before leaving», declared to AFP the mayor of the "
        "commune, Issa Tiendrébéogo.",
    )
    assert speaker_of(a, "burned the market") == "Issa Tiendrébéogo"


def test_a_clause_then_the_verb_then_the_speaker_is_the_speakers_report(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "In the Kursk region after a drone attack three houses were damaged, reported the head of the district "
        "Artyom Belousov on his page in the social network.",
    )
    reported = [q for q in a.quotes if not q.direct]
    assert [(q.speaker, q.text) for q in reported] == [
        ("Artyom Belousov", "In the Kursk region after a drone attack three houses were damaged")
    ]


def test_a_clause_and_a_second_verb_is_no_inversion(attribution_nlp):
    a = attributed(
        attribution_nlp, "The convoy reached the camp at dawn, unloaded the flour and returned to Kassala."
    )
    assert a.quotes == []


def test_a_clause_then_said_and_its_subject_is_the_speakers_report(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "In Makiivka as a result of a drone attack by the Ukrainian forces a bus driver was injured, said the "
        "mayor of the city Vladislav Klyucharov.",
    )
    reported = [q for q in a.quotes if not q.direct]
    assert [q.speaker for q in reported] == ["Vladislav Klyucharov"]
    assert reported[0].text.endswith("a bus driver was injured")
