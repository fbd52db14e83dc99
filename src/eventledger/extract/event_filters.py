"""Why a trigger does not report a real, specific, past or present event (``non_event_reason``):
negated, modal, conditional or intended; habitual, a trend, a series or a toll over a country; not about
people (or about cells and insects), or lacking the object, subject or context its kind needs; figurative;
sports; what a crowd demands; what a court tries; a named episode of history; an ordinary criminal arrest."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import numpy
from spacy.attrs import LEMMA, POS
from spacy.symbols import NOUN

from eventledger.extract.event_learned import surely_an_event
from eventledger.extract.event_lexicon import VIOLENT_FAMILIES, cue, gathering_trigger_words, load_triggers
from eventledger.extract.event_triggers import Hit, Unit, has_dated_possessive
from eventledger.extract.numbers import parse_fatalities
from eventledger.extract.times import calendar_words
from eventledger.kb.actors import load_actor_kb
from eventledger.models import Article, EventMention

# reasons that speak for the whole sentence, not only for its trigger: a sentence about a named episode of
# history or a court case reports no incident, so the model is not asked to find one in it either
SENTENCE_REASONS = frozenset({"a named episode of history", "what a court tries"})
# ... and a sentence of remembrance, whose incidents are the past it remembers, or one telling an ordinary crime;
# but only that sentence: an article that opens with a memorial may go on to the day's news
UNASKED_REASONS = SENTENCE_REASONS | {"remembered", "an ordinary criminal case", "a tally since"}
# ... and a sentence whose act did not happen, is denied, rehearsed or only due: the model would read it back in
UNASKED_REASONS |= {"failed or called off", "denied", "an exercise", "planned"}
# reasons that say the act did not happen: the model's reading of the sentence loses the sub-types only they name
UNMADE_REASONS = frozenset({"negated", "failed or called off"})
# reasons that leave a word no act for the model to read an event into ("market stalls burn in Kano fire": the
# model reads burning as a riot, the parse shows nobody burned anything)
IDLE_WORD_REASONS = frozenset({"a thing that burned", "a supply's name"})


def leads_with_old_case(lead_reasons: list[str | None]) -> bool:
    """An article whose lead names incidents only as a named episode of history or as what a court tries
    ("a court jailed him for the murder of ...", "descendants of soldiers who fought in the Battle of ...") is
    about that episode or case: the killings its later sentences tell are the case's, not news."""
    return bool(SENTENCE_REASONS.intersection(lead_reasons)) and None not in lead_reasons


def non_event_reason(hit: Hit, unit: Unit, sports_article: bool = False) -> str | None:
    """Why this trigger does not report a real, specific, past or present event; None if it does."""
    head, gov = hit.head, hit.clause_head
    # "accused of helping to plan last week's bombing": the bombing itself took place
    own_clause = has_dated_possessive(hit) or head.i == gov.i or told_by_its_dead(head)
    verbs = [head] if own_clause else [head, gov]
    if any(c.dep_ == "neg" for v in verbs for c in v.children):
        return "negated"
    if any(c.lower_ in cue("negation") and c.dep_ in ("det", "advmod") for c in head.children):
        return "negated"
    if head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "without":
        return "negated"  # "troops entered the town without fighting"
    # "would regroup, rebuild and fight back": the modal of the first of joined verbs governs them all
    joined = [first_conjunct(v) for v in verbs]
    if any(c.dep_ == "aux" and c.lemma_.lower() in cue("modal") for v in verbs + joined for c in v.children):
        return "modal"
    # "would not allow the remnants to derail the elections": an infinitive under a denied or modal verb
    governor = head.head if head.dep_ in ("xcomp", "ccomp") and _infinitive(head) else None
    if governor is not None and any(c.dep_ == "neg" for c in governor.children):
        return "negated"
    if governor is not None and any(c.dep_ == "aux" and c.lemma_.lower() in cue("modal") for c in governor.children):
        return "modal"
    if is_figurative(hit) or fights_for_a_cause(hit) or fights_a_hazard(hit):
        return "figurative"  # "won by a landslide", "promised to fight for better roads", "battle a blaze"
    if under_condition(verbs[-1]):
        return "conditional"
    inquired = inquiry_into(head)  # "calls for an investigation into the killing of 21 civilians": it took place
    if not has_dated_possessive(hit) and not inquired and (expresses_intent(head) or expresses_intent(verbs[-1])):
        return "intent"
    if hit.trigger.family == "arrest" and head.dep_ == "xcomp" and head.head.lemma_.lower() in cue("directive_verb"):
        return "intent"  # "the president ordered security agencies to arrest the perpetrators": none arrested yet
    # "frequently raid villages, kill residents and kidnap people": the adverb of the first of joined verbs
    if any(c.dep_ == "advmod" and c.lemma_.lower() in cue("habitual") for v in verbs + joined for c in v.children):
        return "habitual"
    if hit.trigger.pos != "NOUN" and head.pos_ == "VERB" and not unit.headline and (
        is_present_simple(head) or bare_present(head)
    ):
        return "habitual"
    if has_inanimate_object(hit) or involves_organism(hit) or is_cyber(hit):
        return "not about people"  # "kill off smaller competitors", "immune cells attack the tumour"
    if hit.trigger.family == "violence" and head.dep_ == "dobj" and head.head.lemma_.lower() == "disperse":
        # "its forces had dispersed a violent confrontation between settlers and villagers": the fight was told
        # as the incident it belongs to; the dispersal names no new one
        return "dispersed"
    if hit.trigger.family == "arrest" and is_ordinary_arrest(hit):
        return "an ordinary criminal case"  # "police detained the trawler's owner", "arrests for car theft"
    if hit.trigger.family == "violence" and (during_a_robbery(hit) or kills_own_family(hit)):
        return "an ordinary criminal case"  # "stabbed to death during a robbery", "shot dead his wife"
    if is_on_trial(hit):
        return "what a court tries"  # "sentenced to life for the murder of his brother"
    if names_historic_event(hit, unit):
        return "a named episode of history"  # "soldiers who fought in the Battle of Waterloo"
    if remembered(hit, unit):
        return "remembered"  # "marked the anniversary of the capture with prayers for the 3,000 killed"
    if names_several(hit, unit):
        return "a reference to several incidents"  # "the overnight attacks showed that ..."
    if is_trend(head):
        return "a trend"  # "drones have escalated their strikes", "attacks have multiplied"
    if tally_since_a_year(head) or (hit.trigger.family in VIOLENT_FAMILIES and tally_over_years(head)):
        return "a tally since"  # "the junta has torched tens of thousands of homes since the 2021 coup"
    if hit.trigger.family == "explosion" and is_controlled_blast(hit):
        return "a controlled blast"  # "towers brought down by controlled explosions", "demolition charges"
    if hit.trigger.family == "explosion" and is_riot_munition(head):
        return "a riot-control munition"  # "police fired tear gas shells", "stun grenades"
    if head.dep_ in ("compound", "amod") and head.head.lemma_.lower() in cue("crowd_control_unit"):
        return "a unit's name"  # "riot police", "riot squad": the force sent against a crowd, not a riot
    if head.dep_ == "compound" and head.head.lemma_.lower() in cue("supply_noun"):
        return "a supply's name"  # "post-rape kits", "attack helicopters": things sent or bought, no act
    if in_an_exercise(hit):
        return "an exercise"  # "marines held live-fire drills, attacking a mock beachhead"
    if hit.trigger.family == "arrest" and names_a_kind_of_people(head, unit):
        return "a generality"  # "the length of pre-trial detention for suspects arrested in the North East"
    if failed_or_called_off(head):
        return "failed or called off"  # "munitions that failed to detonate", "leaders decided to cancel the march"
    if due_to_be_held(head):
        return "planned"  # "the square where the march was due to begin"
    if denied_or_rumoured(head):
        return "denied"  # "the army denied reports that the base had been overrun"
    if court_finding(head):
        return "what a court tries"  # "the chamber ruled that he led fighters who attacked five villages"
    if hit.trigger.words[0] in ("target", "attack") and head.dep_ == "advcl" and _infinitive(head):
        return "intent"  # "planted the device to target military trucks": the purpose, not an act told
    if hit.trigger.words[0] == "target" and aimed_by_a_programme(head):
        return "a programme's aim"  # "a vaccination campaign targeting 1.2 million children"
    if is_repeated(head):
        return "a series of incidents"  # "has seen repeated abductions in recent months"
    if head.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "such" for c in head.children):
        return "a kind of incident"  # "such attacks now occur almost weekly"
    if tally_over_a_year(head, unit):
        return "a tally since"  # "more than 600 security personnel were killed in the province last year"
    if conflict_subject(hit) and not (unit.headline and is_present_simple(head)):
        # ("Fresh violence kills 29 in Bangui", a headline, is one incident)
        return "a conflict's toll"  # "the insurgency has killed tens of thousands since 1969"
    if lacks_required_object(hit):
        return "no object of its kind"  # "handed over the suspect", "recovered the bodies"
    if lacks_vehicle_subject(hit):
        return "not a vehicle"  # "prices fell", "the town fell": only a vehicle's fall is an accident
    if burns_by_itself(hit):
        return "a thing that burned"  # "market stalls burn in Kano fire": no one is said to have set it
    if inside_a_toll(hit):
        return "a toll's figure"  # "the ministry gave a lower toll of 30 dead and 80 wounded"
    if is_period_total(hit, unit):
        return "a total over a period"  # "Weekly total: 12 civilians killed", "Since 1 January, 97 killed"
    if is_aggregate(hit):
        return "a toll across a region"  # "520 people were killed in road crashes across the country"
    if lacks_context(hit, unit):
        return "no military context"  # "a strike by teachers"
    if hit.trigger.family == "territory" and seizes_power(head):
        return "a seizure of power"  # "since the army seized power in a coup": no ground changed hands
    if hit.trigger.specificity < 3 and (sports_article or (mentions_sport(unit) and not surely_an_event(unit))):
        return "sports"  # ("insurgents kill four, wound scores": a model sure of the incident outweighs "score")
    if sports_article and has_sports_modifier(hit.head):
        return "sports"  # "a penalty shootout", "a goal blitz": the word itself is the sport's
    if is_demanded(head):
        return "what a crowd demands"  # "demanding the release of youths detained by the police"
    if is_practice_to_end(head):
        return "a practice to end"  # "marched to demand an end to the abductions"
    if hit.trigger.family == "agreement" and (not reports_agreement(hit) or uncounted_plural(hit)):
        return "agreement only named"  # "the agreements signed since have been ignored"
    if is_false_report(unit):
        return "a false report"  # "reports of an incursion circulated but were a false alarm"
    return None


def seizes_power(head: Any) -> bool:
    """What is seized is power, a seat or a title, not ground; the small parser may read "seized" in "the
    military seized power" as an adjective of "power"."""
    seized = [c for c in head.children if c.dep_ == "dobj"]
    if head.dep_ == "amod":
        seized.append(head.head)
    return any(t.lemma_.lower() in cue("seized_power") for t in seized)


def uncounted_plural(hit: Hit) -> bool:
    """A plural event noun with no number of its own ("the agreements signed since") names a kind of event."""
    head = hit.head
    return head.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in head.children)


def is_false_report(unit: Unit) -> bool:
    """The sentence says the report it tells was false."""
    text = unit.text.lower()
    return any(phrase in text for phrase in cue("false_report"))


def is_demanded(head: Any) -> bool:
    """An event inside the object of a demand ("demanding news of men arrested during the curfew",
    "calling for the release of those detained"): what the crowd asks about, not an event reported."""
    for tok in head.ancestors:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in cue("demand_verb"):
            objects = [c for c in tok.children if c.dep_ in ("dobj", "prep", "xcomp")]
            return any(head.i in {t.i for t in obj.subtree} for obj in objects)
    return False


def is_practice_to_end(head: Any) -> bool:
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "to" and prep.i > 0 and head.doc[prep.i - 1].lemma_ == "end"


def reports_agreement(hit: Hit) -> bool:
    """An agreement noun is an event when something is done with it ("a truce was agreed", "signed a
    ceasefire", "a deal brokered by ..."); "in breach of the truce" or "the truce held" only name it.
    The verb "exchange" reports an agreement only for what sides exchange by deal (prisoners, bodies)."""
    head = hit.head
    if hit.trigger.pos == "VERB" or head.pos_ == "VERB":
        if len(hit.trigger.words) > 1:
            return True
        return any(c.dep_ == "dobj" and c.lemma_.lower() in cue("exchanged_thing") for c in head.children)
    verbs = cue("agreement_verb")
    if head.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and head.head.lemma_.lower() in verbs:
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lemma_.lower() in verbs:
        return True  # "the two sides agreed to a ceasefire"
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs for c in head.children)


def is_sports_article(article: Article) -> bool:
    """Several distinct sports words across the article: its "attacks" and "kills" are sport."""
    words = sports_words()
    doc = article.doc
    # the nouns' lemmas from the doc's arrays, each distinct one spelt once: no Python object per token
    rows = doc.to_array([POS, LEMMA])
    noun_lemmas = set(rows[rows[:, 0] == NOUN, 1].tolist())
    sporting = [h for h in noun_lemmas if doc.vocab.strings[h].lower() in words]
    if len({doc.vocab.strings[h].lower() for h in sporting}) < 3:
        return False
    # spread over the report, not one sentence on a tournament the attacked city hosts ("Lyon is set to host
    # matches in the Women's World Cup football tournament"): in at least three sentences
    positions = numpy.nonzero((rows[:, 0] == NOUN) & numpy.isin(rows[:, 1], sporting))[0][:200]
    return len({doc[int(i)].sent.start for i in positions}) >= 3


@cache
def sports_words() -> frozenset[str]:
    return frozenset(cue("sports_article").keys() | cue("sports").keys())


_SCORELINE = re.compile(r"\b\d{1,3}-\d{1,3}\b")


def tells_the_game(unit: Unit) -> bool:
    """A sentence of a sports report that names the game itself, a sports word or a score ("3-1"), and
    counts no dead (a blast outside the stadium during the match that killed 20 is no play)."""
    words = sports_words()
    game = any(t.lemma_.lower() in words or t.lower_ in words for t in unit.span) or _SCORELINE.search(unit.text)
    if not game:
        return False
    deaths = parse_fatalities(unit.text)
    return deaths is None or not deaths.minimum


def is_demolition_story(article: Article) -> bool:
    """A title or lead telling of a demolition ("cooling towers brought down by controlled explosions"): the
    charges detonated in it are engineers' work, not a device planted by anyone."""
    lead = next((p for p in article.paragraphs if p.kind == "body"), None)
    text = " ".join(filter(None, (article.title, lead and article.clean_text[lead.start : lead.end]))).lower()
    return any(re.search(rf"\b{re.escape(word)}", text) for word in cue("demolition_word"))


def unclaimed_blast(event: EventMention) -> bool:
    """An explosion that harmed no one and that no named side set off, or a charge "disrupted" by no one
    (bomb disposal is done by a named force: "army experts carried out a controlled explosion")."""
    if event.fatalities_min:
        return False
    if event.sub_event_type == "Disrupted weapons use":
        return event.actor1 is None
    unnamed = event.actor1 is None or event.actor1.startswith("Unidentified Armed Group")
    return event.event_type == "Explosions/Remote violence" and unnamed


def under_condition(token: Any) -> bool:
    for t in [token, *token.ancestors]:
        if any(c.dep_ == "mark" and c.lemma_.lower() in cue("condition") for c in t.children):
            return True
    return False


def _infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def inquiry_into(token: Any) -> bool:
    """An event noun that an investigation, an inquiry or a probe is into: what is inquired into took place,
    whatever the inquiry's own mood ("urged the authorities to open an investigation into the killing")."""
    prep = token.head
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj" or prep.lower_ not in ("into", "of", "over"):
        return False
    inquiries = cue("inquiry_noun")
    # the parse may hang "into ..." on the verb that opens the inquiry ("open an investigation into")
    return prep.head.lemma_.lower() in inquiries or any(
        c.dep_ == "dobj" and c.lemma_.lower() in inquiries for c in prep.head.children
    )


def expresses_intent(token: Any) -> bool:
    intent = cue("intent")
    parent = token.head
    if parent.pos_ == "ADP":
        parent = parent.head
    if parent.i == token.i or token.dep_ == "conj":
        return False
    # "an operation to arrest them", "a bid to seize the town": the purpose, not "the operation of isolating the
    # city", which is going on
    purpose = _infinitive(token)
    noun_intent = parent.pos_ == "NOUN" and parent.lemma_.lower() in cue("intent_noun") and purpose
    if intent.get(parent.lemma_.lower()) == "reports" and token.dep_ == "ccomp" and is_finite(token):
        return False  # "clashes displace thousands, UN warns": the warning tells what happened
    return parent.lemma_.lower() in intent or noun_intent


def is_finite(verb: Any) -> bool:
    """A verb with its own tense ("displace", "had killed", "were killed"), not an infinitive or a participle
    alone."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "to" for a in auxes):
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes)


def bare_present(verb: Any) -> bool:
    """A base-form verb with no auxiliary or "to" of its own, nor of the verb it is joined to: the tagger's
    reading of a present ("gangs frequently raid villages, kill residents and kidnap people"), a present of
    habit in a report's body."""
    first = first_conjunct(verb)
    if verb.tag_ != "VB" or first.tag_ not in ("VB", "VBP"):
        return False
    own = [c for v in (verb, first) for c in v.children]
    return not any(c.dep_ in ("aux", "auxpass", "mark") for c in own)


def is_present_simple(verb: Any) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        # a present other than "is/are" is the verb's own base form: "retook" tagged as a present is a past
        misread_past = verb.tag_ == "VBP" and verb.lower_ != verb.lemma_.lower() and verb.lemma_.lower() != "be"
        return verb.tag_ in ("VBZ", "VBP") and not misread_past
    return all(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes) and verb.tag_ == "VBN"


def has_inanimate_object(hit: Hit) -> bool:
    if hit.trigger.words[0] not in ("kill", "execute", "shoot", "attack"):
        return False
    children = list(hit.head.children)
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cue("inanimate") for c in children)


def involves_organism(hit: Hit) -> bool:
    """A cell, a virus, a mosquito as the one who attacks or is attacked: biology, not political violence."""
    organism = cue("organism")
    return any(
        c.dep_ in ("nsubj", "dobj", "nsubjpass") and c.lemma_.lower() in organism
        for v in (hit.head, first_conjunct(hit.head))
        for c in v.children
    )


def is_cyber(hit: Hit) -> bool:
    """An attack on computers ("a cyber attack on the revenue authority's servers", "a cyberattack", "a DDoS
    attack"): no one is hurt or threatened by force."""
    head = hit.head
    if head.lemma_.lower().startswith("cyber") or _cyber_modified(head):
        return True
    # "claimed responsibility for the attack": the definite noun takes up the cyber attack told before it
    definite = head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    first = _first_cyber_nouns(head.doc).get(head.lemma_.lower())
    return definite and first is not None and first < head.i


def _cyber_modified(token: Any) -> bool:
    return any(c.dep_ in ("compound", "amod") and c.lower_.removesuffix("-") in cue("cyber_word")
               for c in token.children)  # fmt: skip


def _first_cyber_nouns(doc: Any) -> dict[str, int]:
    """Lemma -> first position of a noun a cyber word qualifies in the document: worked out once per document
    (kept with it), not again for each definite noun of a long text."""
    found = doc.user_data.get("eventledger.cyber_nouns")
    if found is None:
        found = {}
        for word in (t for t in doc if t.lower_.removesuffix("-") in cue("cyber_word")):
            if word.dep_ in ("compound", "amod"):
                found.setdefault(word.head.lemma_.lower(), word.head.i)
        doc.user_data["eventledger.cyber_nouns"] = found
    return found


def burns_by_itself(hit: Hit) -> bool:
    """A property word used intransitively with a thing for subject ("stalls burn", "houses burned down"):
    the thing is said to burn, nobody to burn it."""
    head = hit.head
    if hit.trigger.family != "property" or head.pos_ != "VERB" or head.tag_ == "VBN":
        return False  # "Vehicles Burned": a headline's participle, burned by someone
    if " ".join(hit.trigger.words) not in cue("intransitive_property_verb"):
        return False  # "NGO office looted": nothing is looted by itself
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in head.children):
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in cue("property_noun")


def is_ordinary_arrest(hit: Hit) -> bool:
    """An arrest of a boat's owner, a driver, a passenger, or for theft or fraud: police work on ordinary
    crime or an accident, not an arrest of political significance."""
    ordinary = cue("ordinary_arrest")
    objects = trigger_objects(hit.head)
    if any(o.lemma_.lower() in ordinary for o in objects):
        return True
    # "arrested a man who allegedly stole three cars", "a suspect wanted for robbing a bank": what the one
    # arrested is said to have done is an ordinary crime
    described = [c for o in objects for c in o.children if c.dep_ in ("relcl", "acl")]
    return any(t.lemma_.lower() in ordinary for v in described for t in list(v.subtree)[:12])


def during_a_robbery(hit: Hit) -> bool:
    """Violence told as part of a robbery, a burglary or a mugging ("stabbed to death during a robbery at a
    store"): a crime for gain, not political violence."""
    clause = hit.clause_head if hit.head.pos_ in ("NOUN", "PROPN") else hit.head
    doers = [c for c in clause.children if c.dep_ == "nsubj"] + [
        g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    agents = load_actor_kb().agents
    if any(agents.get(d.lower_) or agents.get(" ".join(t.lower_ for t in d.subtree)) for d in doers):
        return False  # "armed men killed two traders in a robbery on the highway": an armed group's attack
    for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("during", "in", "after")):
        if any(o.dep_ == "pobj" and o.lemma_.lower() in cue("robbery_noun") for o in prep.children):
            return True
    return False


def kills_own_family(hit: Hit) -> bool:
    """A person who kills or attacks his or her own family ("a man shot dead his wife and two children"):
    domestic violence, not political violence."""
    head = hit.head
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in cue("civilian_noun") or subject.tag_ != "NN":
        return False
    # ("shot dead his wife": the parser may hang the object on "dead")
    verbs = [head, *(c for c in head.children if c.dep_ in ("oprd", "acomp", "xcomp", "advmod"))]
    victims = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    victims += [g for v in victims for g in v.conjuncts]
    own = ("his", "her")
    return any(
        v.lemma_.lower() in cue("family_noun") and any(c.dep_ == "poss" and c.lower_ in own for c in v.children)
        for v in victims
    )


# prepositions that give what a court tries someone for: "jailed for", "convicted of", "charged with"
JUDGED_FOR = frozenset({"for", "of", "with", "over"})


def is_on_trial(hit: Hit) -> bool:
    """An incident named as what someone is tried, convicted or sentenced for: a court's news, not the
    incident's ("jailed for the murder of", "convicted of killing", "found guilty of the attack"), and an
    incident inside its phrase ("sentenced for the killing of a student during protests": the protests)."""
    return any(_is_tried(tok) for tok in (hit.head, *hit.head.ancestors))


def _is_tried(head: Any) -> bool:
    if head.dep_ not in ("pobj", "pcomp") or head.head.lower_ not in JUDGED_FOR:
        return False
    judge = head.head.head  # a verb or "guilty", not a noun: "executed on charge of fighting the state" is news
    if judge.pos_ == "NOUN" and judge.lemma_.lower() in cue("trial_noun"):
        return True  # "a soldiers' trial over that killing", "the case over the massacre"
    if judge.pos_ not in ("VERB", "ADJ"):
        return False
    return judge.lemma_.lower() in cue("judicial_verb") or judge.lower_ in cue("judicial_verb")


def names_historic_event(hit: Hit, unit: Unit) -> bool:
    """'the Battle of Waterloo', 'fought in the Second Battle of El Alamein', 'the Siege of Sarajevo': an
    episode known by a proper name is history recalled, not an incident reported (a headline's capitals are
    its style, not a name)."""
    if unit.headline:
        return False
    head = hit.head
    named = [head] if head.pos_ in ("NOUN", "PROPN") else [o for o in trigger_objects(head) if o.dep_ == "pobj"]
    return any(is_named_event(tok) or recalls_named_event(tok) for tok in named)


# "to mark 80 years since its liberation", "on the 30th anniversary": a count of years since the past remembered
_YEARS_SINCE = re.compile(
    r"\b(?:\d+|\w+ty|\w+teen|ten|five|two|three|four|six|seven|eight|nine) years (?:since|after|on)\b", re.I
)


def is_remembrance(unit: Unit) -> bool:
    """A sentence about remembering: its main verb, or the verb of its purpose ("gathered ... to mark"), is one
    of remembrance, and it names an anniversary, a memorial or the years since the past it remembers."""
    words = cue("commemoration_word")
    named = any(t.lemma_.lower() in words or t.lower_ in words for t in unit.span) or _YEARS_SINCE.search(unit.text)
    if not named:
        return False
    root = unit.span.root
    verbs = [root, *(c for c in root.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB")]
    return any(v.lemma_.lower() in cue("remembrance_verb") for v in verbs)


def remembered(hit: Hit, unit: Unit) -> bool:
    """A sentence of remembrance (an anniversary, a memorial, a vigil) names the past it remembers inside its
    phrases; an incident that is its own main verb ("on the anniversary of the coup, soldiers killed five
    protesters") is news of that day."""
    words = cue("commemoration_word")
    if not any(t.lemma_.lower() in words or t.lower_ in words for t in unit.span):
        return False
    # the sentence is about remembering ("residents marked", "hundreds held a vigil", "historians gathered"),
    # not about an attack on a memorial ("a suicide bomber struck a memorial service, killing 20")
    root = unit.span.root
    if root.lemma_.lower() not in cue("remembrance_verb"):
        return False
    return hit.head.i != root.i and not (hit.head.dep_ == "conj" and hit.head.head.i == root.i)


def recalls_named_event(tok: Any) -> bool:
    """'the battle' after 'the Battle of El Alamein': a definite noun that takes up a named episode earlier in
    the article is that episode."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    return lemma in cue("named_event_noun") and any(
        t.lemma_.lower() == lemma and is_named_event(t) for t in tok.doc[: tok.i]
    )


def is_named_event(tok: Any) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and not tok.is_sent_start
        and tok.lemma_.lower() in cue("named_event_noun")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    )


def names_several(hit: Hit, unit: Unit) -> bool:
    """'the overnight attacks showed that ...': a definite plural generic event noun that is only the topic
    of a comment (the subject of a verb that reports no event) refers to incidents reported elsewhere; and a
    count of incidents a place saw ("Borno State saw two attacks on Friday evening"), which the sentences
    after it tell one by one."""
    head = hit.head
    if counted_incidents_seen(head):
        return True
    if hit.trigger.pos == "VERB" or head.tag_ != "NNS" or hit.trigger.specificity > 1 or head.dep_ != "nsubj":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children):
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    is_event_verb = any(t.pos != "NOUN" for t in load_triggers().get(lemma, ()))
    return not is_event_verb and lemma not in cue("occur_verb") and lemma not in cue("kill_verb")


def counted_incidents_seen(head: Any) -> bool:
    """A plural event noun counted by more than one, the object of a verb of witnessing ("saw two attacks",
    "recorded three bombings")."""
    if head.tag_ != "NNS" or head.dep_ != "dobj" or head.head.lemma_.lower() not in cue("witness_verb"):
        return False
    counts = [c for c in head.children if c.dep_ == "nummod" and c.like_num]
    return any(c.lower_ not in ("one", "1") for c in counts)


_YEAR = re.compile(r"(?:19|20)\d\d")


def tally_since_a_year(head: Any) -> bool:
    """A verb in the present perfect whose object is counted since a year ("have killed thousands since 2015", "has
    torched tens of thousands of homes since the 2021 coup"): a tally of many incidents over years, none of them
    told ("have been fighting the militias since August 2023" is no tally)."""
    if not _present_perfect(head):
        return False
    counted = any(
        c.dep_ == "dobj" and (c.like_num or c.ent_type_ == "CARDINAL" or any(t.like_num for t in c.children))
        for c in head.children
    )
    return counted and any(
        t.dep_ == "prep" and t.lower_ == "since" and any(_YEAR.fullmatch(y.text) for y in t.subtree)
        and _same_clause(t, head)  # (the parse may hang "since" on a word of the object or the place)
        for t in head.subtree
    )


def tally_over_years(head: Any) -> bool:
    """Violence told in the present perfect over a span of months or years ("air strikes that have killed and
    injured civilians over the past three years", "have killed hundreds in recent months"): a tally of many
    incidents, none of them told."""
    if plural_over_years(head):
        return True
    if not _PERIOD_OF_YEARS.search(head.sent.text):
        return False
    verbs = [head] if head.pos_ == "VERB" else [c for c in head.children if c.dep_ in ("relcl", "acl")]
    return any(_present_perfect(v) or any(_present_perfect(c) for c in v.conjuncts) for v in verbs)


_SPAN_OF_YEARS = frozenset({"years", "decades"})


def plural_over_years(head: Any) -> bool:
    """Plural incidents by which a present perfect spans years ("the region has been torn for years by killings
    between herders and farmers", "has suffered attacks by the militia for decades"): many incidents, none told."""
    if head.tag_ != "NNS" or head.dep_ not in ("pobj", "dobj"):
        return False
    verb, steps = head.head, 0
    while verb.pos_ != "VERB" and verb.dep_ in ("prep", "agent", "pobj") and steps < 4:
        verb, steps = verb.head, steps + 1  # "for decades by revenge killings": the parse may hang "by" on "decades"
    if verb.pos_ != "VERB" or not _present_perfect(verb):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lower_ in _SPAN_OF_YEARS for o in c.children)
        for c in verb.children
    )


def _present_perfect(verb: Any) -> bool:
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                                        for c in verb.children)  # fmt: skip


_PERIOD_OF_YEARS = re.compile(
    r"\b(?:over|in|during|for|across)\s+(?:the\s+)?(?:past|last|recent)\s+(?:(?:\w+|\d+)\s+)?(?:years?|months|decades?)\b",
    re.IGNORECASE,
)


def _same_clause(token: Any, verb: Any) -> bool:
    """No clause of its own between the token and the verb above it."""
    while token.i != verb.i:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj"):
            return False
        token = token.head
    return True


def tally_over_a_year(head: Any, unit: Unit) -> bool:
    """Deaths counted over a whole year ("more than 600 were killed in the province last year"): the sentence's
    only time is a year, it names no single incident ("in an attack on a base"), and it counts the dead."""
    if head.pos_ != "VERB" or not _A_YEAR.search(unit.text):
        return False
    if any(t.lower_ in calendar_words() or t.lower_ in _DAY_WORDS for t in unit.span):
        return False  # a month or a day: an incident of that day, not the year's count
    if head.lemma_.lower() not in cue("kill_verb"):
        return False  # a count of people who joined or were arrested in a year is no toll
    triggers = load_triggers()
    one_incident = any(
        t.tag_ == "NN" and any(g.pos == "NOUN" for g in triggers.get(t.lemma_.lower(), ()))
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in t.children)
        for t in unit.span
    )
    return not one_incident and parse_fatalities(unit.text) is not None


_A_YEAR = re.compile(r"\b(?:last|this|past) year\b|\bin (?:19|20)\d\d\b", re.IGNORECASE)
_DAY_WORDS = frozenset({"yesterday", "today", "tonight"})


def due_to_be_held(token: Any) -> bool:
    """ "the march was due to begin", "the rally is scheduled for Friday", "groups have announced a sit-in for
    Saturday": a gathering planned, not held."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() in cue("announce_verb") and (
        token.lemma_.lower() in gathering_trigger_words()
    ):
        return True
    return token.dep_ in ("nsubj", "nsubjpass") and (
        token.head.lemma_.lower() in cue("scheduled_word")
        or any(c.dep_ in ("acomp", "xcomp", "oprd") and c.lemma_.lower() in cue("scheduled_word")
               for c in token.head.children)  # fmt: skip
    )


def failed_or_called_off(head: Any) -> bool:
    """The act did not happen: a verb that "failed to" happen ("shells that failed to detonate"), or an event noun
    that was called off, cancelled or postponed ("decided to cancel the march")."""
    if head.pos_ == "VERB" and head.dep_ == "xcomp" and head.head.lemma_.lower() in cue("failure_verb"):
        return True
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass"):
        verb = head.head
        called_off = verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
        return called_off or verb.lemma_.lower() in cue("cancel_verb")
    return False


def denied_or_rumoured(head: Any) -> bool:
    """The act is what a denied report or a rumour says ("denied reports that a base had been overrun", "rumours
    that the town had fallen"): told as unconfirmed, no incident of the report's."""
    for tok in (head, *head.ancestors):
        if tok.dep_ in ("acl", "ccomp", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            content_of = tok.head
            if content_of.lemma_.lower() in cue("rumour_noun"):
                return True
            denier = content_of.head
            if content_of.dep_ == "dobj" and denier.lemma_.lower() in cue("deny_verb"):
                return True
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in cue("deny_verb"):
            return True  # "the army denied that the base had fallen"
    return False


def court_finding(head: Any) -> bool:
    """The act is what a court, a judge or a tribunal ruled or found ("Trial Chamber IV ruled that he led
    fighters who attacked five villages"): a verdict on the past, not the report's incident."""
    for tok in head.ancestors:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in cue("ruling_verb"):
            judge = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if judge is not None and (judge.lemma_.lower() in cue("court_noun") or any(
                t.lemma_.lower() in cue("court_noun") for t in judge.subtree
            )):
                return True
    return False


def aimed_by_a_programme(verb: Any) -> bool:
    """ "a vaccination campaign targeting children", "sanctions that target officials": what a programme, a
    policy or a campaign of peace "targets" is whom it is meant for, not whom it harms."""
    if verb.dep_ in ("acl", "relcl"):
        aimer = verb.head
    else:
        aimer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if aimer is None or aimer.lemma_.lower() not in cue("programme_noun"):
        return False
    # "a military campaign targeting al-Shabaab hideouts", "a bombing campaign": a campaign of force
    return not any(
        c.dep_ in ("amod", "compound") and c.lower_.strip("-") in cue("force_qualifier") for c in aimer.children
    )


def names_a_kind_of_people(verb: Any, unit: Unit) -> bool:
    """A participle that only describes a kind of people ("suspects arrested in the North East", "detainees
    held without trial"): a bare plural, neither counted nor determined, in a sentence that names no time."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or unit.times:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in verb.children):
        return False  # a finite verb the parse hangs on a dateline ("BENGALURU: the NIA has arrested three")
    people = verb.head
    return people.tag_ == "NNS" and not any(
        c.dep_ in ("det", "nummod", "poss", "quantmod") or c.like_num for c in people.children
    )


def in_an_exercise(hit: Hit) -> bool:
    """The act is a drill's: told in a clause of a verb whose object or subject is a drill or an exercise
    ("held live-fire drills, attacking ..."), or aimed at a mock or simulated target."""
    verb = hit.head if hit.head.pos_ == "VERB" else hit.clause_head  # "... with artillery": its verb's clause
    clauses = [hit.head, verb]
    # a participle with no subject of its own ("..., attacking a mock beachhead") shares its verb's clause
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        clauses.append(verb.head)
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in cue("exercise_noun")
           for tok in clauses for c in tok.children):  # fmt: skip
        return True
    return any(t.dep_ == "amod" and t.lower_ in cue("mock_word") for tok in (hit.head, verb) for t in tok.subtree)


def is_trend(head: Any) -> bool:
    """An event noun that is what rises or falls: object or subject of a verb of change."""
    if head.tag_ != "NNS" or head.dep_ not in ("dobj", "nsubj"):
        return False
    return head.head.lemma_.lower() in cue("trend_verb")


def is_controlled_blast(hit: Hit) -> bool:
    """An explosion set off on purpose to demolish or to destroy a device: a word of the kind modifies the
    blast ("controlled explosions", "demolition charges") or the clause that tells of it."""
    words = cue("controlled_blast")
    head = hit.head
    if any(t.dep_ in ("compound", "amod") and (t.lower_ in words or t.lemma_.lower() in words) for t in head.children):
        return True
    clause = head if head.pos_ == "VERB" else head.head
    return any(
        t.lower_ in words or t.lemma_.lower() in words
        for t in clause.subtree if t.dep_ in ("amod", "compound", "dobj", "nsubjpass")
    )


def is_riot_munition(head: Any) -> bool:
    """A shell or grenade of tear gas, a stun grenade, a rubber bullet: crowd control, no explosive attack."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(
        t.dep_ in ("compound", "amod") and t.lower_ in cue("riot_munition") for t in head.subtree if t.i < head.i
    )


def told_by_its_dead(head: Any) -> bool:
    """ "the deadly raid on displaced people", "a bloody clash": an incident named by the dead it left took
    place, whatever the verb it hangs on says of it ("... should prompt an inquiry")."""
    return head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lemma_.lower() in cue("deadly_adjective") for c in head.children
    )


def first_conjunct(verb: Any) -> Any:
    """The first of a chain of joined verbs ("regroup" in "regroup, rebuild and fight back")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def is_figurative(hit: Hit) -> bool:
    """A disaster word used as a figure after a given preposition ("won by a landslide")."""
    prep = cue("figurative_after").get(hit.trigger.words[-1])
    head = hit.head
    return bool(prep) and head.dep_ == "pobj" and head.head.lower_ in prep.split(",")


def fights_a_hazard(hit: Hit) -> bool:
    """'firefighters battle blaze', 'doctors fight an outbreak', 'the battle against cholera', 'their fight
    against the pension reform': what is fought is a fire, a flood, a disease or a policy, no armed side."""
    if hit.trigger.words[0] not in ("fight", "fighting", "battle", "combat"):
        return False
    head = hit.head
    fought = trigger_objects(head)
    if head.dep_ == "compound":
        fought.append(head.head)  # "battle blaze", read as one noun
    hazards = cue("hazard_noun").keys() | cue("policy_noun").keys()
    return any(t.lemma_.lower() in hazards or t.lower_ in hazards for t in fought)


def fights_for_a_cause(hit: Hit) -> bool:
    """'fight for better roads', 'fighting for their rights': a struggle for a cause, with no opponent."""
    head = hit.head
    if head.pos_ != "VERB" or hit.trigger.words[0] not in cue("cause_verb"):
        return False
    preps = [c for c in head.children if c.dep_ == "prep"]
    words = {p.lower_ for p in preps}
    has_object = any(c.dep_ == "dobj" for c in head.children)
    if "for" not in words or has_object or words & {"with", "against", "between"}:
        return False
    # "fought for several hours" is how long, not what for; "for better pay for months" has a cause
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() not in cue("time_noun")
        for p in preps
        if p.lower_ == "for"
        for o in p.children
    )


def is_repeated(head: Any) -> bool:
    """A plural event noun said to recur ("repeated abductions", "frequent raids"): many incidents, none
    of them reported."""
    return head.tag_ == "NNS" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in cue("repeated_marker") for c in head.children
    )


def conflict_subject(hit: Hit) -> bool:
    """A war, insurgency or conflict as the one that killed: a cumulative toll, not an incident."""
    if hit.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in cue("conflict_noun") for c in hit.head.children)


OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})


def trigger_objects(head: Any) -> list[Any]:
    """What a trigger acts on: its object, its passive subject, the object of a preposition on it
    ("withdrew from the town", "handover of the base"), with their conjuncts."""
    found = []
    for child in head.children:
        if child.dep_ in OBJECT_DEPS:
            found.append(child)
        elif child.dep_ in ("prep", "prt", "agent") and child.lower_ != "by":
            found += [c for c in child.children if c.dep_ == "pobj"]
    return found + [c for tok in found for c in tok.conjuncts]


def lacks_required_object(hit: Hit) -> bool:
    """Some triggers are events only for what they act on (``needs_object`` cues): a base or ground handed
    over or left, a base set up, weapons recovered."""
    # keyed by the whole trigger: "set up" needs a base, "set fire" nothing; "take" ground, "take hostage" not
    kind = cue("needs_object").get(" ".join(hit.trigger.words))
    if not kind:
        return False
    wanted = cue(kind)
    objects = trigger_objects(hit.head)
    if " ".join(hit.trigger.words) in cue("direct_object_only"):
        # "its fighters took the town", but not "took food from the shops" or "took him to a village"
        objects = [o for o in objects if o.dep_ == "dobj" or o.head.dep_ == "dobj"]
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in hit.head.children):
            return True  # "troops took up positions around the town": no ground changed hands
    for obj in objects:
        if obj.lemma_.lower() in wanted or (kind == "ground_noun" and obj.ent_type_ in ("GPE", "LOC", "FAC")):
            return False
    return not taken_by_armed_men(hit)


def taken_by_armed_men(hit: Hit) -> bool:
    """ "Seven women ... were taken by Boko Haram fighters": people taken by armed men were abducted (or, by
    state forces, arrested); the sense comes from what was taken (event_subtypes.seizure_candidates)."""
    head = hit.head
    if hit.trigger.words != ("take",) or not any(c.dep_ == "auxpass" for c in head.children):
        return False
    taken = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    agent = next((g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return taken is not None and taken.lemma_.lower() in cue("civilian_noun") and armed_doer(agent)


def armed_doer(token: Any) -> bool:
    """Gunmen, fighters, soldiers: people whose generic actor is an armed group or a military force."""
    if token is None:
        return False
    lemma = token.lemma_.lower()
    generic = cue("generic_actor").get(lemma) or ""
    return lemma in cue("armed_victim") or generic.startswith(("Unidentified Armed Group", "Military Forces"))


def lacks_vehicle_subject(hit: Hit) -> bool:
    """'a passenger bus fell into a roadside ditch': some verbs report an accident only of a vehicle."""
    if hit.trigger.pos != "VERB" or " ".join(hit.trigger.words) not in cue("vehicle_subject_verb"):
        return False
    subject = next((c for c in hit.head.children if c.dep_ == "nsubj"), None)
    return subject is None or subject.lemma_.lower() not in cue("vehicle_noun")


# the words a toll's figures are told in ("a toll of 30 dead and 80 wounded", "the toll at 12 killed, 30 hurt")
_TOLL_FILLER = frozenset({"of", "at", "to", "and", ",", "dead", "killed", "people", "persons", "others", "wounded",
                          "injured", "hurt", "about", "some", "nearly", "around", "over", "least"})  # fmt: skip


def inside_a_toll(hit: Hit) -> bool:
    """A word of harm that is only one of a toll's figures ("gave a lower toll of 30 dead and 80 wounded"): the
    toll of an incident told before, not an incident of its own (the small parser may hang the figure anywhere)."""
    head = hit.head
    toll = next((t for t in reversed(head.doc[head.sent.start : head.i]) if t.lemma_.lower() in cue("toll_noun")), None)
    if toll is None or hit.trigger.family != "violence":
        return False
    between = head.doc[toll.i + 1 : head.i]
    return len(between) > 0 and all(t.like_num or t.lower_ in _TOLL_FILLER for t in between)


def is_aggregate(hit: Hit) -> bool:
    """A toll or a count over a whole country ("killed in road crashes across the country"): a sum of
    incidents, none of them reported."""
    clause = hit.clause_head if hit.head.pos_ in ("NOUN", "PROPN") else hit.head
    for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in ("across", "throughout", "nationwide")):
        if any(c.dep_ == "pobj" and c.lemma_.lower() in cue("aggregate_scope") for c in prep.children):
            return True
    return False


def is_period_total(hit: Hit, unit: Unit) -> bool:
    """A count over a period ("Weekly total: 12 civilians killed", "In total, 11 civilians were killed in the
    province this week", "Since 1 January, 97 civilians have been killed"): a sum of incidents, none of them
    reported by it."""
    words = {t.lower_ for t in unit.span}
    if words.intersection(cue("total_word")) and words.intersection(cue("period_word")):
        return True
    # counted since a date, in the perfect: "since 1 January, 97 have been killed" (not "since a drone strike
    # killed 11", where "since" opens the incident's own clause)
    clause = hit.clause_head if hit.head.pos_ in ("NOUN", "PROPN") else hit.head
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in clause.children)
    since = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "since"]
    since_date = any(g.ent_type_ == "DATE" for c in since for g in c.subtree)
    # "killed in the clashes since Friday": the dead of fighting a few days old, one battle still going on
    if any(g.lower_ in cue("day_word") for c in since for g in c.subtree):
        return False
    # a count of dead ("97 civilians have been killed"), not "have taken control of the town since Monday" or
    # "clashes have displaced 300 families since Friday" (fighting that goes on)
    in_since = {g.i for c in since for g in c.subtree}
    counted = any(t.like_num and t.i not in in_since and t.ent_type_ != "DATE" for t in clause.subtree)
    return perfect and since_date and counted and clause.lemma_.lower() in cue("kill_verb")


def lacks_context(hit: Hit, unit: Unit) -> bool:
    """A bare "strike" is an air strike only among military words in its sentence or the one before in its
    paragraph (``needs_context`` cues); otherwise it may be a labour or hunger strike."""
    kind = cue("needs_context").get(hit.trigger.words[0])
    if not kind or len(hit.trigger.words) > 1:
        return False
    wanted = cue(kind)
    doc, start = unit.span.doc, unit.span.start
    last = start - 1
    while last > 0 and doc[last].is_space:  # the paragraph break between two sentences
        last -= 1
    before = doc[last].sent if last >= 0 else unit.span
    # the whitespace between the two sentences, read from the tokens: doc.text would rejoin the whole doc
    gap = "".join(t.text_with_ws for t in doc[max(before.end - 1, 0) : start])
    same_paragraph = before.end <= start and "\n\n" not in gap
    # "the strike had targeted ...": a definite strike refers back to the one just reported
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in hit.head.children)
    window = list(before) + list(unit.span) if same_paragraph or definite else list(unit.span)
    return not any(t.lemma_.lower() in wanted or t.lower_ in wanted for t in window)


def has_sports_modifier(head: Any) -> bool:
    """A sports word modifying the event noun, or right before it (the parse often splits "a penalty
    shootout" into two objects)."""
    sports = cue("sports").keys() | cue("sports_article").keys()
    before = [head.doc[head.i - 1]] if head.i > 0 else []
    modifiers = [c for c in head.children if c.dep_ in ("compound", "amod")] + before
    return any(t.lemma_.lower() in sports for t in modifiers)


def mentions_sport(unit: Unit) -> bool:
    return unit.fact("mentions_sport", _names_a_sport)


def _names_a_sport(unit: Unit) -> bool:
    sports = cue("sports")
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in sports for t in unit.span)
