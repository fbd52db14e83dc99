"""A body that speaks is named in its quotes as the text names it, not by the actor register's coded name
for it ("the Zambian Army", not "Military Forces of Zambia"); "the army" later is still that body. The
claim's source keeps the coded name, which events and fusion compare with the event's actors."""

from __future__ import annotations

from attribution_helpers import attributed

from eventledger.attribution import attribute
from eventledger.attribution.devprep import prepare_article
from eventledger.models import Mention


def _with_actor(nlp, text: str, phrase: str, canonical: str):  # noqa: ANN001, ANN202
    article = prepare_article({"id": "b", "text": text}, nlp)
    at = text.index(phrase)
    article.mentions = [Mention(at, at + len(phrase), phrase, "actor", canonical=canonical)]
    attribute(article)
    return article


def test_a_body_quoted_is_named_as_written_not_by_its_coded_name(attribution_nlp):
    text = "The Zambian Army said its patrol had recovered two stolen rifles near the river crossing."
    a = _with_actor(attribution_nlp, text, "Zambian Army", "Military Forces of Zambia")
    assert [(q.speaker, q.direct) for q in a.quotes] == [("Zambian Army", False)]
    assert [c.source_chain for c in a.claims] == [["Military Forces of Zambia"]]


def test_the_army_later_is_the_body_named_before_under_its_coded_name(attribution_nlp):
    text = (
        "The Zambian Army said its patrol had recovered two stolen rifles near the river crossing.\n\n"
        "\"The smugglers ran into the bush when our soldiers approached,\" the army said."
    )
    a = _with_actor(attribution_nlp, text, "Zambian Army", "Military Forces of Zambia")
    direct = [q.speaker for q in a.quotes if q.direct]
    assert direct == ["Zambian Army"]


def test_a_persons_name_is_unchanged(attribution_nlp):
    a = attributed(attribution_nlp, "\"We counted eleven boats on the lake,\" said Tendai Mwale, a fisherman.")
    assert [q.speaker for q in a.quotes] == ["Tendai Mwale"]
