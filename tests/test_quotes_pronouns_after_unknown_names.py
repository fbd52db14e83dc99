""""He said" after a person's name of several words that the tagger did not know as a person (it called it
an organisation or left it untagged) is that person, not a collective source cited before ("Police said");
after a report about several people ("disclosed that three constables ...") it is the last one-person speaker."""

from __future__ import annotations

import pytest
from attribution_helpers import attributed, speaker_of


@pytest.mark.parametrize("name", ["Hamadou Diallo", "Wanjiru Kamau", "Bilal Khattak"])
def test_he_after_a_name_the_tagger_missed(attribution_nlp, name):
    a = attributed(
        attribution_nlp,
        f"Police said the attackers had fled into the hills. {name} visited the village on Monday. \"We found "
        "nothing left of the granaries,\" he said.",
    )
    assert speaker_of(a, "nothing left of the granaries") == name


def test_he_is_never_the_police(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Police said the attackers had fled into the hills. \"We found nothing left of the granaries,\" he said.",
    )
    assert speaker_of(a, "nothing left of the granaries") != "Police"


def test_he_after_a_report_about_several_people_is_the_last_speaker(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Commenting on the raid, the Commissioner of Police, Kano State Command, CP Garba Lawan Tsafe, said the "
        "station had been attacked at night.",
        "The CP further disclosed that three constables sustained gunshot injuries and are receiving treatment "
        "at the General Hospital.",
        "He urged residents to report strangers to the nearest police station. \"The wounded are stable and the "
        "station is open again,\" he said.",
    )
    assert speaker_of(a, "wounded are stable") == "Garba Lawan Tsafe"
