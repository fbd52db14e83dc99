"""Speakers after the verb, as English translated from French, Spanish or Russian puts them ("…, informed
the State Emergency Service", "«…», told us Emmanuel Tanyi", "„…“, wrote the head of the region"), and a
generic office noun ("the head of the region", "the police boss") that points back to a person named with
a fuller title."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of

from eventledger.models import Article


def chain_of(article: Article, words: str) -> list[str]:
    return next(c.source_chain for c in article.claims if words in c.text)


def test_told_us_then_the_name(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "« At dawn there was nothing left of the market stalls », told us Joseph Nkwain, trader in the town.")
    assert speaker_of(a, "nothing left of the market stalls") == "Joseph Nkwain"


def test_a_report_closed_by_its_source_after_a_comma(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Firefighters put out the blaze in the warehouse by the evening, informed the State Emergency "
                 "Service.")
    assert chain_of(a, "put out the blaze") == ["State Emergency Service"]


def test_the_head_of_the_region_is_the_governor_named_before(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "A drone fell on a farm near the border in the night, reported the governor of the Kursk region "
        "Pavel Sokolov in his channel.",
        "„The debris damaged a barn and two tractors, nobody was hurt“, wrote the head of the region.",
    )
    assert speaker_of(a, "damaged a barn") == "Pavel Sokolov"


def test_the_police_boss_is_the_police_commander_named_before(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Kisii Central Police Commander Mr Daniel Kiprop said eleven people were arrested for blocking the road.",
        "\"We cannot allow the road to be closed for a whole day,\" said the police boss.",
    )
    assert speaker_of(a, "road to be closed") == "Daniel Kiprop"


def test_this_source_is_the_security_source_cited_before(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "According to a security source reached by telephone, at least four drivers were killed. « The attackers "
        "came on motorcycles and surrounded the trucks at the bridge », specified this source.",
    )
    assert speaker_of(a, "surrounded the trucks") == "a security source"
