"""Names of bodies as the speakers of reported speech: an acronym the tagger calls a common noun ("ISWAP
claimed responsibility ..., saying it had killed ..."), and the part of a long name the tagger leaves out
("[UN Office] for the Coordination of Humanitarian Affairs")."""

from __future__ import annotations

from eventledger.attribution import attribute
from eventledger.attribution.devprep import prepare_article
from eventledger.models import Article


def reported(attribution_nlp, text: str) -> list[str | None]:
    article: Article = prepare_article({"id": "bn", "text": text}, attribution_nlp)
    attribute(article)
    return [q.speaker for q in article.quotes if not q.direct]


def test_an_acronym_tagged_as_a_common_noun_is_a_named_speaker(attribution_nlp):
    assert reported(
        attribution_nlp,
        "ISWAP claimed responsibility for the attack, saying it had killed 14 soldiers.") == ["ISWAP"]


def test_the_tail_of_a_long_body_name(attribution_nlp):
    speakers = reported(
        attribution_nlp,
        "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said more than 40,000 people had been "
        "displaced.",
    )
    assert speakers == ["UN Office for the Coordination of Humanitarian Affairs"]
