"""English translated from French puts the verb, whom it was said to and then the speaker after the quote
(«…», declared to the agency the deputy mayor, X), and may name a speaker by a role the lexicon lacks
followed by the name («…», regretted a transporter of the town, X, ...)."""

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
