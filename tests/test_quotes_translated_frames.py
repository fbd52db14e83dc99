"""Frames of English translated from Spanish and French: "In statements to Radio Caracol, the mayor of Tumaco,
X, denounced that “…”" (the parser leaves the verb without a subject and the tagger calls X an organisation),
"«…», declared to El Tiempo the farmer X", "For the governor of Cauca, X, «…»", "According to the testimony of
X, “…”", and "«…», he assured" before the speaker is named ("The spokesman of the army, colonel X, made these
statements")."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_denounced_after_a_name_set_off_by_commas(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "In statements to Radio Caracol, the mayor of Tumaco, María Emilse Quiñones, denounced that \"the armed "
        "groups are recruiting children in the rural schools\".",
    )
    assert speaker_of(a, "recruiting children") == "María Emilse Quiñones"


def test_declared_to_a_newspaper_then_the_speaker(attribution_nlp):
    a = attributed(attribution_nlp, "«We have lost everything», declared to El Tiempo the farmer Luis Alberto Mora.")
    assert speaker_of(a, "We have lost everything") == "Luis Alberto Mora"


def test_for_an_office_and_its_holder(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "For the governor of Cauca, Elías Larrahondo, «what happened is unacceptable and will not remain "
        "unpunished».",
    )
    assert speaker_of(a, "what happened is unacceptable") == "Elías Larrahondo"


def test_according_to_the_testimony_of(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "According to the testimony of Fatoumata Coulibaly, a resident of the district, \"the shots lasted more "
        "than an hour\".",
    )
    assert speaker_of(a, "the shots lasted more than an hour") == "Fatoumata Coulibaly"


def test_he_before_the_speaker_is_named_in_apposition(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "«The attackers came from the mountain», he assured, before adding that «nobody was expecting them».",
        "The spokesman of the army, colonel Andrés Felipe Gómez, made these statements on Monday.",
    )
    assert speaker_of(a, "came from the mountain") == "Andrés Felipe Gómez"
