"""Who a sentence ending "..., X said." cites is X, whatever the parser hangs on the verb of saying (a wire's
dateline, the reported clause's subject): real attribution on sentences written for these tests, and the toll
such a sentence gives stays the event's through a real ingest."""

from __future__ import annotations

from ledger_helpers import ingest_texts

from eventledger.attribution import attribute
from eventledger.attribution.devprep import prepare_article

DATELINED = (
    "MAIDUGURI, Nigeria, March 10 (Reuters) - Islamist militants killed at least 17 farmers in an attack on a "
    "village in northeast Nigeria's Borno state on Saturday, residents and a local official said."
)


def _sources(attribution_nlp, text: str) -> list[list[str]]:
    article = prepare_article({"id": "w", "text": text}, attribution_nlp)
    attribute(article)
    return [c.source_chain for c in article.claims]


def test_a_datelined_wire_lead_cites_who_said_it_not_its_dateline(attribution_nlp):
    assert _sources(attribution_nlp, DATELINED) == [["residents and a local official"]]


def test_a_phrase_of_two_nouns_cites_its_head(attribution_nlp):
    text = "Two workers were killed when police fired on strikers near Dhaka on Monday, union leaders said."
    assert _sources(attribution_nlp, text) == [["union leaders"]]


def test_the_toll_of_a_datelined_lead_is_the_event_s(tmp_path):
    events = ingest_texts(tmp_path, {"w1": DATELINED}, published="2024-03-10")
    assert [e["fatalities"] for e in events] == [17]
