"""Whether an article is about political violence at all, and the sentences that report no incident:
the article gate of event_learned.py and the filters of event_filters.py, on sentences and articles written
for these tests, through the real spaCy pipeline, the shipped sentence model and a real SQLite ledger."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventledger.annotate import load_nlp
from eventledger.extract.event_filters import leads_with_old_case, non_event_reason
from eventledger.extract.event_learned import LEARNED_RULES, is_about_conflict
from eventledger.extract.event_triggers import Unit, find_hits
from eventledger.extract.sentence_model import NONE_LABEL, SentenceScores
from eventledger.kb.taxonomy import is_acled
from tests.ledger_helpers import ingest


def acled_by_document(events: list[dict]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for event in events:
        if is_acled(event["sub_event_type"]):
            for source in event["sources"]:
                found.setdefault(source["document_id"], []).append(event["sub_event_type"])
    return found


def units_of(text: str) -> list[Unit]:
    return [Unit(sent, 0) for sent in load_nlp()(text).sents]


def scores(**probabilities: float) -> SentenceScores:
    """Hand-set sentence probabilities (keyword names, spaces as underscores; "Man_made" is "Man-made"); the
    rest is "None"."""
    named = {k.replace("Man_made", "Man-made").replace("_", " "): v for k, v in probabilities.items()}
    return SentenceScores({**named, NONE_LABEL: 1.0 - sum(named.values())})


FIVE_SENTENCES = "One thing happened. A second thing followed. Then a third. A fourth came. The fifth ended it."


def test_a_long_article_needs_two_sentences_that_read_as_conflict() -> None:
    units = units_of(FIVE_SENTENCES)
    assert len(units) == 5 > LEARNED_RULES["brief_sentences"]
    units[0].scores = scores(Attack=0.95)
    assert not is_about_conflict(units)  # one stray sentence among five
    units[3].scores = scores(Armed_clash=0.5, Attack=0.3)
    assert is_about_conflict(units)  # 0.8 >= article_second_sentence_gate


def test_a_sure_lead_needs_no_second_sentence() -> None:
    # "A suicide bomber blew himself up inside a mosque ...": the next sentences tell the scene and the toll
    units = units_of(FIVE_SENTENCES)
    units[0].scores = scores(Suicide_bomb=0.99)
    units[2].scores = scores(Attack=0.6)
    assert is_about_conflict(units)
    units[0].scores = scores(Suicide_bomb=0.95)  # below sure_lead_at, and no second sentence at 0.75
    assert not is_about_conflict(units)
    assert LEARNED_RULES["sure_lead_at"] > 0.95


def test_a_brief_may_be_one_sentence() -> None:
    units = units_of("Gunmen killed four farmers in the village on Sunday. Police confirmed the toll.")
    units[0].scores = scores(Attack=0.9)
    assert is_about_conflict(units)


def test_a_long_article_that_reads_as_an_accident_is_not_about_conflict() -> None:
    units = units_of(FIVE_SENTENCES)
    units[0].scores = scores(Attack=0.6, Man_made_disaster=0.35)
    units[1].scores = scores(Attack=0.5, Man_made_disaster=0.45)
    units[2].scores = scores(Man_made_disaster=0.9)
    # disaster 1.7 against violence 1.1: a crash or a blast told with violent words
    assert not is_about_conflict(units)
    units[1].scores = scores(Attack=0.85, Man_made_disaster=0.1)
    units[2].scores = scores(Attack=0.9)
    # disaster 0.45 against violence 2.35: below half of it, as in a report of an attack
    assert is_about_conflict(units)


def reason(sentence: str, word: str) -> str | None:
    """Why the trigger on ``word`` reports no incident, the sentence being the second of a paragraph (alone on
    a line, a short sentence reads as a headline)."""
    unit = units_of("Officials gave the details on Monday. " + sentence)[1]
    assert not unit.headline
    hits = [h for h in find_hits(unit) if h.head.lower_ == word]
    assert hits, f"no trigger on {word!r} in {sentence!r}"
    return non_event_reason(hits[0], unit)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("A regional court jailed the trader for life for the murder of his cousin.", "murder", "what a court tries"),
        ("The driver was convicted of killing a cyclist in 2023.", "killing", "what a court tries"),
        ("Veterans who fought in the Battle of the Somme were remembered in Albert.", "fought",
         "a named episode of history"),
        ("Visitors walked the fields where the Battle of Kursk raged.", "battle", "a named episode of history"),
        ("In the laboratory, the engineered cells attacked the tumour within hours.", "attacked", "not about people"),
        ("Sprayers attacked the mosquito larvae in the drains of Kano.", "attacked", "not about people"),
        ("The two ministers were expected to sign a ceasefire agreement in Nairobi.", "agreement", "intent"),
        ("Police detained the ferry's owner in Mwanza for questioning.", "detained", "an ordinary criminal case"),
        ("Officers made 900 arrests for burglary in Lagos last year.", "arrests", "an ordinary criminal case"),
    ],
)
def test_sentences_that_report_no_incident(sentence: str, word: str, expected: str) -> None:
    assert reason(sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Gunmen attacked a police post in Kidal on Sunday, killing three officers.", "attacked"),
        ("Fighting broke out near Goma after rebels attacked an army position.", "attacked"),
        ("A court in Bamako said soldiers killed eight civilians in Moura on Friday.", "killed"),
        ("The two ministers signed a ceasefire agreement in Nairobi.", "agreement"),
        ("Villagers said the battle for the town lasted until dawn.", "battle"),
        ("Police arrested the opposition leader in Kampala on Friday.", "arrested"),
        ("Hundreds fled due to clashes between herders and farmers in Benue on Sunday.", "clashes"),
        ("As expected, fighting resumed in Goma on Sunday after the truce collapsed.", "fighting"),
        ("ISIS cells ambushed and killed two SDF fighters near Busayrah on Tuesday.", "killed"),
        ("The group carried out a mass execution on charge of fighting its rule.", "fighting"),
    ],
)
def test_sentences_that_still_report_an_incident(sentence: str, word: str) -> None:
    assert reason(sentence, word) is None


def test_a_lead_that_names_only_an_old_case_makes_the_article_about_it() -> None:
    assert leads_with_old_case(["what a court tries"])
    assert leads_with_old_case(["a named episode of history", "intent"])
    assert not leads_with_old_case(["a named episode of history", None])  # a new incident in the lead too
    assert not leads_with_old_case([])


COMMEMORATION = (
    "YPRES, Belgium — Diplomats and families of soldiers who fought in the Third Battle of Ypres gathered at "
    "the Menin Gate on Sunday to mark the start of the battle in July 1917.\n\n"
    "The battle lasted more than three months and hundreds of thousands of men were killed or wounded in the "
    "mud around Passchendaele.\n\n"
    "\"My great-grandfather was killed in the first week of the attack,\" said Ellen Marsh, 66, who travelled "
    "from Leeds with her two grandchildren. \"We found his name on the wall this morning.\"\n\n"
    "A bugler played the Last Post as wreaths were laid by delegations from Britain, Canada, Australia and "
    "New Zealand.\n\nOrganisers said more than 3,000 people attended the ceremony."
)
VERDICT = (
    "NAKURU, Kenya — The High Court in Nakuru on Tuesday sentenced a 52-year-old farmer to 30 years in prison "
    "for the murder of his neighbour in a dispute over a boundary fence.\n\n"
    "Justice Wanjiku Mwangi said the farmer had attacked the victim with a machete in June 2024 after years "
    "of quarrels over a strip of land.\n\n"
    "\"He took a life over a few metres of soil,\" the judge said.\n\n"
    "The defence had argued that the farmer acted in self-defence. His lawyer said he would appeal.\n\n"
    "The victim's family welcomed the sentence outside the court."
)
WAREHOUSE_FIRE = (
    "MOMBASA, Kenya — Six workers died and eleven were injured when a fire tore through a paint warehouse in "
    "the Changamwe industrial area on Wednesday night, county officials said.\n\n"
    "Witnesses said a series of loud bangs was heard as drums of solvent exploded, and thick smoke spread "
    "over nearby homes.\n\n"
    "Firefighters took four hours to bring the blaze under control. The bodies of the six were recovered from "
    "the loading bay, where they had been trapped by the flames.\n\n"
    "Police arrested the warehouse manager on Thursday over claims that the emergency exits had been locked.\n\n"
    "The county government said it would inspect every warehouse in the area."
)
ATTACK = (
    "MAIDUGURI, Nigeria — Gunmen attacked a military base in Damboa on Tuesday night, killing four soldiers "
    "and wounding seven, army officials said.\n\n"
    "The attackers arrived in pickup trucks mounted with machine guns and exchanged fire with troops for "
    "about two hours before retreating towards the Sambisa forest, the officials said.\n\n"
    "Residents said they heard heavy gunfire and explosions through the night.\n\n"
    "No group has claimed the attack. The army said reinforcements had been sent to the town."
)


def test_unrelated_articles_give_no_acled_event_and_an_attack_still_does(tmp_path: Path) -> None:
    items = [
        {"id": "ypres", "published": "2026-07-31", "title": "Thousands mark Passchendaele anniversary",
         "text": COMMEMORATION},
        {"id": "verdict", "published": "2026-09-15", "title": "Farmer jailed for neighbour's murder", "text": VERDICT},
        {"id": "fire", "published": "2026-09-17", "title": "Six die in Mombasa warehouse fire",
         "text": WAREHOUSE_FIRE},
        {"id": "attack", "published": "2026-09-16", "title": "Gunmen attack army base in Damboa", "text": ATTACK},
    ]
    found = acled_by_document(ingest(tmp_path, items))
    assert set(found) == {"attack"}
    assert "Armed clash" in found["attack"] or "Attack" in found["attack"]


def test_a_sports_word_on_the_event_noun_makes_it_sport() -> None:
    text = (
        "United beat Rovers in a penalty shootout at the stadium on Saturday. The goalkeeper saved twice "
        "and the striker scored the winner. The league leaders meet the derby rivals next."
    )
    article_units = units_of(text)
    hit = next(h for u in article_units[:1] for h in find_hits(u) if h.head.lower_ == "shootout")
    assert non_event_reason(hit, article_units[0], sports_article=True) == "sports"
    # outside a sports article the same words are not explained away
    assert non_event_reason(hit, article_units[0], sports_article=False) is None


def test_a_controlled_blast_is_no_bombing() -> None:
    # a demolition is no attack; a bomb squad's controlled explosion stops a weapon (disrupted weapons use)
    from eventledger.clean import clean_document
    from eventledger.models import RawDocument
    from eventledger.pipeline import IngestOptions, process_articles

    def events(text: str) -> list[str]:
        article = clean_document(RawDocument(origin="t", input_id="t", published="2026-10-04", text=text))
        return [e.sub_event_type for e in process_articles([article], IngestOptions())[0].events]

    assert events("Four cooling towers were brought down by controlled explosions on Sunday.") == []
    assert events("Police carried out a controlled explosion of a suspicious package near the station.") == [
        "Disrupted weapons use"]
