"""A body that speaks is named in its quotes as the text names it, not by the actor register's coded name
for it ("the Zambian Army", not "Military Forces of Zambia"); "the army" later is still that body. The
claim's source keeps the coded name, which events and fusion compare with the event's actors. A body that a
country, a nationality or a name singles out ("Chad's air force", "the Malian army") reports in its own name,
as a named person does; "the army" or "officials" stay a claim."""

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


def test_a_body_named_by_its_country_reports_in_its_own_name(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Chad's air force said its jets had destroyed three rebel trucks north of Faya.",
        "The Malian army said it had retaken the airstrip after two days of fighting.",
    )
    assert [(q.speaker, q.direct) for q in a.quotes] == [("Chad's air force", False), ("The Malian army", False)]


def test_a_group_with_a_name_reports_in_its_own_name(attribution_nlp):
    a = attributed(
        attribution_nlp, "The Mai-Mai Yakutumba group said in a message that its fighters had left the mines."
    )
    assert [(q.speaker, q.direct) for q in a.quotes] == [("The Mai-Mai Yakutumba group", False)]


def test_an_unnamed_body_or_many_people_stay_a_claim(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The army said it had retaken the airstrip after two days of fighting.",
        "Malian officials said the airstrip would reopen next week.",
    )
    assert [q for q in a.quotes if not q.direct] == []
    assert len(a.claims) == 2


def test_a_body_named_by_the_place_after_it(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The health ministry in Juba said 12 people were treated for gunshot wounds.",
        "The police in the town said the suspects had fled.",
    )
    assert [(q.speaker, q.direct) for q in a.quotes] == [("The health ministry in Juba", False)]
