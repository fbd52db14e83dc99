"""A speaker named just before and then called by a role noun ("the elder added"), a name set off by
commas after a role with a preposition ("The son of the deceased, Abdul Wahab Kakar, said"), an office
with no name after it ("Minister of National Defence"), and a report "received from" its source."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of

from eventledger.attribution.cues import load_cues
from eventledger.attribution.people import people_of


def test_the_elder_added_after_a_named_community_leader(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "A community leader, Alhaji Musa Danjuma Kware, said the gunmen arrived on motorcycles at dusk.",
        "\"They took the women first. This is the third attack since the harvest,\" the elder added.",
    )
    assert speaker_of(a, "third attack since the harvest") == "Musa Danjuma Kware"


def test_sources_said_is_not_the_person_named_before(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "A community leader, Alhaji Musa Danjuma Kware, said the gunmen arrived on motorcycles at dusk.",
        "Sources said that the road had been closed by the army since Friday.",
    )
    assert next(c.source_chain for c in a.claims if "road had been closed" in c.text) == ["Sources"]


def test_a_name_between_commas_after_a_role_with_a_preposition(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "The son of the deceased, Abdul Qadir Kakar, said the family had received threatening calls for "
        "a month.",
    )
    reported = [q for q in a.quotes if not q.direct]
    assert [(q.speaker, "threatening calls" in q.text) for q in reported] == [("Abdul Qadir Kakar", True)]


def test_an_office_alone_is_not_a_person(attribution_nlp):
    doc = attribution_nlp("The Minister of National Defence, Dr. Cristóvão Macuácua, praised the troops.")
    assert "Defence" not in [p.name for p in people_of(doc, load_cues())]


def test_a_report_received_from_its_source(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "According to the report received from the commander of the sector, the attackers retreated towards "
        "the coast after two hours.",
    )
    chain = next(c.source_chain for c in a.claims if "retreated" in c.text)
    assert chain == ["the commander of the sector"]


def test_the_trader_said_after_a_named_trader(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Binta Musa sells tomatoes at the Wuse market. She said the price of fuel had doubled since June.",
        "\"We cannot survive like this,\" the trader said.",
    )
    assert speaker_of(a, "cannot survive like this") == "Binta Musa"


def test_the_45_year_old_is_the_person_named_with_that_age(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Kamal Hossain, 45, lost his shop in the fire.", "\"Everything is gone,\" the 45-year-old said.")
    assert speaker_of(a, "Everything is gone") == "Kamal Hossain"


def test_an_office_not_given_to_anyone_stays_itself(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Reporter Helen Marsh sent this from the city. Shops were shut.",
        "The regional governor says at least seven people were killed in the night.",
    )
    assert [c.source_chain for c in a.claims if "seven people" in c.text] == [["The regional governor"]]


def test_a_name_given_by_a_relative_clause_of_use(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Barangay captain Eduardo Lagdameo said residents had fled to the town centre.",
        "The NPA's regional spokesperson, who uses the name Ka Efren, said in a statement that the soldiers "
        "attacked a civilian gathering.",
    )
    reported = [q for q in a.quotes if not q.direct and "civilian gathering" in q.text]
    assert [q.speaker for q in reported] == ["Ka Efren"]
