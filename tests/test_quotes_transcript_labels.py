"""Transcript labels with the role after a comma and the rank in capitals ("SP HARUNA MOHAMMED, police
spokesman:") or a soundbite tag before them ("[SOUNDBITE] COLONEL JEAN KABILA, army spokesman:")."""

from __future__ import annotations

from eventledger.attribution import attribute
from eventledger.attribution.devprep import prepare_article


def test_labels_with_a_role_after_the_comma_and_a_soundbite_tag(attribution_nlp):
    text = "\n\n".join(
        [
            "ANCHOR: Fighting resumed overnight near Sake. Let's hear from both sides.",
            "[SOUNDBITE] COLONEL JEAN KABILA, army spokesman: The rebels have withdrawn from the hills.",
            "SP HARUNA MOHAMMED, police spokesman: We have deployed our men and calm has returned.",
        ]
    )
    article = prepare_article({"id": "tr", "text": text}, attribution_nlp)
    attribute(article)
    got = sorted((q.speaker, q.speaker_role) for q in article.quotes)
    assert got == [("Haruna Mohammed", "police spokesman"), ("Jean Kabila", "army spokesman")]
