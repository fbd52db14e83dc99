"""Learned detection and typing: the sentence model decides whether a sentence reports an event and of which
sub-event type; the trigger rules add what a parse can show (who did what to whom, what was seized, what
struck from the air) and the coding conventions.

Decisions, in the order an article meets them (each threshold is a row of ``LEARNED_RULES``):
1. The article gate: an article is not about political violence, protest or conflict (sports, business,
   accidents, disasters, crime, reviews) when none of its sentences reads as an ACLED-type event with some
   confidence; or, longer than a brief, when it has only one such sentence (a report tells its incident more
   than once: the lead, the toll, a witness; one stray sentence among many is a figure of speech or an aside)
   or its sentences read as an accident or a disaster about as much as violence. Its ACLED-type events are
   dropped, extension types stay.
2. A sentence the model reads as no event at all, with trigger words in it ("a price war", "the attack on the
   budget"), loses its incident triggers; claims and affiliations stay for their own rules.
3. A headline-like line or an article's lead that the model reads as an event where no trigger rule fired
   ("Gunbattles near the border leave 11 dead") gets a learned trigger on its main verb, of the model's type,
   so the rules find its actors, place, date and toll; not where the rules read its event words as a named
   episode of history or a court's case (event_filters.SENTENCE_REASONS), and an article whose lead does only
   that is about the episode or the case: no ACLED-type event (event_filters.leads_with_old_case).
4. The sub-event type: an accident or disaster likelier than any violence is that disaster; else the model's
   most likely type, where the rules' candidates weigh more (they rest on the parse), when the model is sure;
   else the rules' type; then the conventions that follow from the parse (seizures, strikes from the air).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from eventledger.budget import Deadline
from eventledger.extract.event_clauses import relative_clause_text
from eventledger.extract.event_lexicon import INCIDENT_FAMILIES, Trigger, cue, load_triggers
from eventledger.extract.event_parse import reporting_verbs
from eventledger.extract.event_subtypes import bodies_found, found_dead, is_remains_word, toll_of_violence
from eventledger.extract.event_triggers import Hit, Unit, clause_head_of, find_hits
from eventledger.extract.sentence_model import NONE_LABEL, SentenceScores, score_sentences
from eventledger.kb.taxonomy import event_type_of, is_acled, is_violent
from eventledger.settings import get_setting

# name -> value: the thresholds of the decisions above, chosen on our dev sets (devdata/extraction*, the dev
# splits of ucdp-ged-headlines and wikievents), never on test data
LEARNED_RULES: dict[str, float] = {
    # 1. an article is about conflict when some sentence has at least this probability of an ACLED type (or of a
    # statement about one)
    "article_gate": 0.5,
    # ... and, when it has more sentences than a brief, a second sentence at least this probability
    # (on devdata/extraction*, every article with an ACLED event has a second sentence at 0.80 or more; of the
    # 40 articles of devdata/unrelated_dev, 36 have none at 0.75)
    "article_second_sentence_gate": 0.75,
    # ... unless its lead reads as conflict with at least this probability ("A suicide bomber blew himself up
    # inside a mosque ...", whose follow-up sentences tell the scene, not the attack; the leads of the unrelated
    # articles of devdata/unrelated_dev stay below 0.98 but for the ones about a past battle or a trial)
    "sure_lead_at": 0.98,
    # ... or, in any article, one sentence at least this probability that tells a killing with its own date and
    # count of dead (events.py sure_dated_killing: a feature or a later report that tells its incident once;
    # the model's bar for keeping an event with neither actor nor place, sure_event_at)
    "dated_toll_at": 0.9,
    # ... or, in a brief whose own verb of killing made a violent event, at least this probability (events.py
    # brief_with_a_killing; "the owner of a workshop is shot to death in <town>" reads at 0.48)
    "brief_killing_gate": 0.35,
    # a brief: at most this many sentences, where one sentence may be all the report
    "brief_sentences": 3,
    # ... and, beyond a brief, its sentences' summed probability of an accident or disaster is below this share
    # of their summed probability of an ACLED type (at most 0.15 in every article with an ACLED event of
    # devdata/extraction*; 0.4 to 7.5 in the road crash, boat, blast, collapse, flood, quake, cyclone and
    # landslide stories of devdata/unrelated_dev)
    "article_disaster_share": 0.5,
    # 2. a sentence below this probability of any event loses its incident triggers
    "no_event_below": 0.15,
    # 3. a sentence without triggers becomes an event at this probability of an ACLED-type event
    "learned_event_at": 0.9,
    # ... and in a headline-like line (no closing punctuation), which rarely only elaborates another
    "learned_headline_event_at": 0.75,
    # ... but a line with no verb, count or event word only when the model's own type has at least this
    # probability: spread over many types ("Central African Republic: justice vital to peace") it names nothing
    "learned_verbless_type_at": 0.5,
    # ... in the first this many sentences of an article (and in any headline-like line)
    "learned_events_in_first_units": 1,
    # an event with neither actor nor place is kept at this probability of an ACLED-type event
    "sure_event_at": 0.9,
    # 3. the dead found make an attack at this probability of an ACLED type (event_subtypes.bodies_found)
    "found_dead_at": 0.3,
    # ... but people found dead ("two men were found dead") only at this one: hikers after a blizzard and
    # migrants in a truck read at 0.5, men found dead beside a road in a cartel's town at 0.96 and more
    "found_dead_people_at": 0.8,
    # 3. a day's violence told only by its dead ("violence leaves three dead") is an event at this probability of
    # violence, a cartel's included (event_subtypes.toll_of_violence)
    "violence_toll_at": 0.35,
    # 3. a sentence the model reads as organised crime becomes an event of the violent type it reads next when
    # the violent types together have at least this probability
    "cartel_violence_at": 0.15,
    # 4. how much more a type the rules found weighs than one they did not
    "rule_candidate_weight": 2.0,
    # 4. below this probability of its own choice the model leaves the type to the rules
    "model_sure_at": 0.6,
}

DISASTER_TYPES = ("Man-made disaster", "Natural disaster")
# types whose content is what someone said about an incident
STATEMENT_TYPES = frozenset({"Attribution of responsibility", "Diplomatic event"})
# types of who did it rather than of what was done: ACLED codes a killing by a cartel or a gang as the violence
# it is (an attack, a clash), so these never replace a violent incident the rules found
PERPETRATOR_TYPES = frozenset({"Organized crime"})
# families of triggers that report an incident of their own
EVENT_FAMILIES = INCIDENT_FAMILIES | {"agreement", "arrest"}
# sub-types the model never creates an event of without a trigger: an affiliation, a claim, a diplomatic
# event or organised crime needs the parties the rules find, so it is left to them
LEARNED_FAMILY_EXCLUDED = frozenset(
    {"Change to group/activity", "Attribution of responsibility", "Diplomatic event", "Organized crime"}
)


def scored_per_check() -> int:
    """Sentences the model scores between two looks at the time budget (setting max_scored_per_check, at least
    1; 64 is about 0.4 s at 6.4 ms a sentence)."""
    return max(1, int(get_setting("max_scored_per_check")))  # type: ignore[call-overload]


def _score_in_slices(texts: Sequence[str], deadline: Deadline | None) -> Iterator[SentenceScores]:
    """The model's scores of ``texts`` in order, scored in slices with the deadline asked before each (a page
    of 20,000 one-word lines: 8 s of scoring in one call); each text is scored on its own, so the slices change
    no score."""
    step = scored_per_check()
    for first in range(0, len(texts), step):
        if deadline is not None:
            deadline.check("finding events")
        yield from score_sentences(texts[first : first + step])


def score_units(units: Sequence[Unit], deadline: Deadline | None = None) -> None:
    """Score the given units of an article; sets ``unit.scores`` (the others keep None)."""
    for unit, scores in zip(units, _score_in_slices([u.text for u in units], deadline), strict=True):
        unit.scores = scores


def score_relative_clauses(units: Sequence[Unit], found: Sequence[list[Hit]], deadline: Deadline | None = None
                           ) -> None:
    """A sentence whose incident is told only in a relative clause ("Doctors at the Dilling hospital, which
    was struck by a drone last Sunday, resumed surgery") reads to the model as the main clause's news: the
    clause with its noun is scored too, and its reading kept when it is likelier an ACLED-type event.
    The deadline is asked before each sentence's clause is looked for and each slice is scored: a text of
    thousands of such sentences was scored in one call, past a budget asked only before it."""
    picked: list[tuple[Unit, str]] = []
    for unit, hits in zip(units, found, strict=True):
        if deadline is not None:
            deadline.check("finding events")
        if unit.scores is not None and (text := relative_clause_text(unit, hits, INCIDENT_FAMILIES)):
            picked.append((unit, text))
    for (unit, _text), scores in zip(picked, _score_in_slices([t for _u, t in picked], deadline), strict=True):
        if conflict_probability(scores) > conflict_probability(unit.scores):
            unit.scores = scores


def acled_probability(scores: SentenceScores | None) -> float:
    if scores is None:
        return 0.0
    return sum(p for label, p in scores.probabilities.items() if label != NONE_LABEL and is_acled(label))


def is_about_conflict(units: Sequence[Unit]) -> bool:
    """Decision 1: some sentence reads as an ACLED-type event, or as a statement about one ("the ministry
    condemned the attack on Mongo"); beyond a brief, a second one does too or the lead is sure of it; and the
    sentences read as violence more than as an accident or a disaster ("the tanker caught fire", "two herders
    were killed by lightning")."""
    scored = [u.scores for u in units if u.scores is not None]
    conflict = sorted((conflict_probability(s) for s in scored), reverse=True)
    if not conflict or conflict[0] < LEARNED_RULES["article_gate"]:
        return False
    if is_brief(units):
        return True  # a headline or a brief: its one sentence may be the whole report, typed sentence by sentence
    # the first two: a dateline may stand alone; a wire's editor's note above the story is no part of it
    lead = max(conflict_probability(u.scores) for u in below_editors_notes(units)[:2])
    if lead < LEARNED_RULES["sure_lead_at"] and (
        len(conflict) < 2 or conflict[1] < LEARNED_RULES["article_second_sentence_gate"]
    ):
        return False
    disaster = sum(disaster_probability(s) for s in scored)
    return disaster < LEARNED_RULES["article_disaster_share"] * sum(acled_probability(s) for s in scored)


def is_editors_note(unit: Unit) -> bool:
    """A sentence wholly in parentheses: a wire's note on its own story ("(Adds army statement)")."""
    text = unit.text.strip()
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1


def below_editors_notes(units: Sequence[Unit]) -> Sequence[Unit]:
    """The article's sentences from the first one after the editor's notes that open it ("(Corrects death toll
    to 11 from 14 in first paragraph)"), with the blank lines between them; all of them when none opens it."""
    start, notes = 0, 0
    while start < len(units) and (is_editors_note(units[start]) or not any(t.is_alpha for t in units[start].span)):
        notes += is_editors_note(units[start])
        start += 1
    return units[start:] if notes and start < len(units) else units


def is_brief(units: Sequence[Unit]) -> bool:
    """A headline or a brief: few enough sentences with words that each may be the whole report. A credit cut
    off by a colon ("Central Africa fighting kills 30: police") is no sentence of its own."""
    return sum(1 for u in units if sum(t.is_alpha for t in u.span) >= 3) <= LEARNED_RULES["brief_sentences"]


def disaster_probability(scores: SentenceScores) -> float:
    return sum(scores.probabilities.get(t, 0.0) for t in DISASTER_TYPES)


def killing_probability(scores: SentenceScores | None) -> float:
    """How much a sentence with a verb of killing reads as political violence, a cartel's or a gang's included
    (ACLED codes those killings)."""
    if scores is None:
        return 0.0
    return conflict_probability(scores) + sum(scores.probabilities.get(t, 0.0) for t in PERPETRATOR_TYPES)


def conflict_probability(scores: SentenceScores | None) -> float:
    if scores is None:
        return 0.0
    return acled_probability(scores) + sum(scores.probabilities.get(t, 0.0) for t in STATEMENT_TYPES)


def surely_an_event(unit: Unit) -> bool:
    """An event the model is sure of is kept even when no actor or place of it could be resolved; in a
    headline as sure as the model must be to make an event of one by itself."""
    threshold = LEARNED_RULES["learned_headline_event_at" if unit.headline else "sure_event_at"]
    return acled_probability(unit.scores) >= threshold


def without_non_events(unit: Unit, hits: list[Hit]) -> list[Hit]:
    """Decision 2: incident triggers of a sentence the model reads as no event are dropped."""
    if unit.scores is None or unit.scores.event >= LEARNED_RULES["no_event_below"]:
        return hits
    return [h for h in hits if h.trigger.family not in EVENT_FAMILIES]


def may_add_event(unit: Unit, index: int) -> bool:
    """Decision 3 applies to a headline, a brief's lines and an article's lead: further down an article, a
    sentence no trigger marks mostly elaborates an incident already told ("the farmers left the town early
    and were stopped by armed men"), and a second event of another type would be counted twice."""
    return unit.headline or index < LEARNED_RULES["learned_events_in_first_units"]


def learned_hit(unit: Unit) -> Hit | None:
    """Decision 3: a trigger of the model's type on the sentence's main verb, when no rule fired."""
    scores = unit.scores
    if scores is None:
        return None
    sub_type = scores.best
    sure = acled_probability(scores)
    if sub_type in PERPETRATOR_TYPES:
        if not counts_someone(unit.span):
            return None  # "The cartel responds to the president", "Camargo is worse than Juarez": about crime
        # "Drug war claims 2 paramedics": who did it is a cartel, and what it did is the violence the model reads
        # next (ACLED codes a cartel's killing as an attack or a clash)
        sub_type, sure = cartel_violence(scores)
    if sub_type == "Sexual violence" and not tells_sexual_violence(unit.span):
        # a charge this grave is coded only where the text makes it; the model's reading of violence against
        # someone stands ("Few believe account of reporter's slaying", "Tatmadaw has engagement with RCSS")
        sub_type = "Attack"
    if not is_acled(sub_type) or sub_type in LEARNED_FAMILY_EXCLUDED:
        return None
    threshold = LEARNED_RULES["learned_headline_event_at" if unit.headline else "learned_event_at"]
    if sure < threshold:
        return None
    if scores.probabilities[sub_type] < LEARNED_RULES["learned_verbless_type_at"] and names_no_incident(unit):
        return None
    head = main_word(unit.span)
    if head is None:
        return None
    trigger = Trigger(
        words=(head.lemma_.lower(),),
        pos="ANY",
        family=family_of(sub_type),
        candidates=(sub_type,),
        specificity=2,
        strength=round(scores.probabilities[sub_type], 3),
        alone=True,
        learned=True,
    )
    return Hit(trigger, head, [head], clause_head_of(head))


def counts_someone(tokens: Any) -> bool:
    """The line gives a count that is no date or time ("claims 2 paramedics"): a crime story's line about a
    cartel at large gives none."""
    return any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in tokens)


def cartel_violence(scores: SentenceScores) -> tuple[str, float]:
    """The violent sub-type the model reads after a perpetrator type, and how surely the sentence reports
    violence (a cartel's included); the perpetrator type itself, and no certainty, when the violent types
    together have less than ``cartel_violence_at`` of the model's probability."""
    violent = [(p, t) for t, p in scores.probabilities.items() if t != NONE_LABEL and is_acled(t) and is_violent(t)]
    if not violent or sum(p for p, _t in violent) < LEARNED_RULES["cartel_violence_at"]:
        return scores.best, 0.0
    return max(violent)[1], killing_probability(scores)


def tells_sexual_violence(tokens: Any) -> bool:
    """The text itself speaks of sexual violence (a word of the ``sexual_violence_word`` cue list): the model
    alone reads it into a crackdown, a detention or an "engagement" with a rebel group."""
    words = cue("sexual_violence_word")
    return any(t.lemma_.lower() in words or t.lower_ in words for t in tokens)


def names_no_incident(unit: Unit) -> bool:
    """A line with no verb, no count and no word of an event or of the dead: a report's or a page's title
    ("Central African Republic: justice vital to peace"), unless the model is clear about what happened."""
    return not find_hits(unit) and not counts_someone(unit.span) and not any(
        t.pos_ in ("VERB", "AUX")
        or t.lemma_.lower() in cue("incident_noun")
        or t.lemma_.lower() in cue("death_word")
        for t in unit.span
    )


def found_dead_hit(unit: Unit) -> Hit | None:
    """'Seven bodies dumped beside a highway', 'police found the corpses of two men': the dead found are an
    attack's victims (event_subtypes.bodies_found) when the model reads the sentence as violence at all; an
    accident's or a disaster's dead it reads as those."""
    scores = unit.scores
    if scores is None or not bodies_found(unit.span):
        return None
    if acled_probability(scores) < LEARNED_RULES["found_dead_at"]:
        return None
    head = next((t for t in unit.span if is_remains_word(t)), None)
    if head is None and acled_probability(scores) >= LEARNED_RULES["found_dead_people_at"]:
        head = next(iter(found_dead(unit.span)), None)  # "two men were found dead"
    if head is None:
        return None
    trigger = Trigger(
        words=(head.lemma_.lower(),), pos="NOUN", family="violence", candidates=("Attack",), specificity=2,
        strength=0.7, alone=True,
    )  # fmt: skip
    return Hit(trigger, head, [head], clause_head_of(head))


def violence_toll_hit(unit: Unit) -> Hit | None:
    """'Violence in Cancun leaves three people dead': a day's violence told only by its dead is an attack
    (or a clash, as the model reads it) when the model reads the sentence as violence at all, a cartel's or a
    gang's included (event_subtypes.toll_of_violence)."""
    if killing_probability(unit.scores) < LEARNED_RULES["violence_toll_at"]:
        return None
    head = toll_of_violence(unit.span)
    if head is None:
        return None
    trigger = Trigger(
        words=(head.lemma_.lower(),), pos="NOUN", family="violence", candidates=("Attack", "Armed clash"),
        specificity=1, strength=0.6, alone=True,
    )  # fmt: skip
    return Hit(trigger, head, [head], clause_head_of(head))


def main_word(span: Any) -> Any | None:
    """The sentence's main verb: its root when that is a verb, else its first verb, else its root noun or
    adjective ("At least 22 dead in village attacks")."""
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        # "Security forces rounded up dozens of activists, their lawyers said": the news is the clause reported
        reported = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
        return reported if reported is not None and root.lemma_.lower() in reporting_verbs() else root
    verbs = [t for t in span if t.pos_ == "VERB"]
    if verbs:
        return verbs[0]
    if root.pos_ in ("NOUN", "PROPN", "ADJ"):
        return root
    # "18 dead in weekend violence" (parsed with the number as root): its first adjective or noun
    return next((t for t in span if t.pos_ in ("ADJ", "NOUN")), None)


def learned_sub_type(
    scores: SentenceScores | None,
    candidates: Sequence[str],
    rule_choice: tuple[str, float],
    shared: bool = False,
    named: bool = False,
) -> tuple[str, float]:
    """Decision 4: the model's type, the rules' candidates weighted up; the rules' own choice where the model
    is unsure (it then rests on the parse: who was hit, what was seized). The model reads a whole sentence, so
    where the sentence holds several incidents (``shared``: "fighting broke out despite the truce") it only
    chooses among each incident's own candidates, as it does where a trigger ``named`` the sub-type itself
    ("guided bomb attack"); and a statement type (a claim, a condemnation) never replaces an incident the rules
    found in the sentence: the statement is about it."""
    if scores is None:
        return rule_choice
    disaster = max(DISASTER_TYPES, key=lambda t: scores.probabilities.get(t, 0.0))
    if not shared and scores.probabilities.get(disaster, 0.0) > acled_probability(scores):
        # "a coach caught fire, killing 14", "what sounded like an explosion": an accident or a disaster read as
        # likelier than any political violence is not coded as violence, whatever its trigger words
        return disaster, scores.probabilities[disaster]
    weight = LEARNED_RULES["rule_candidate_weight"]
    violent = any(is_violent(c) for c in candidates)
    ranked = {
        label: p * (weight if label in candidates else 1.0)
        for label, p in scores.probabilities.items()
        if label != NONE_LABEL
        and (not shared or label in candidates)
        # (sexual violence outranks the sub-type a word names: "abducted and sexually assaulted two girls")
        and (not named or label in candidates or label == "Sexual violence")
        and not (label in STATEMENT_TYPES and label not in candidates)
        and not (label in PERPETRATOR_TYPES and label not in candidates and violent)
    }
    if not ranked:
        return rule_choice
    best = max(ranked, key=ranked.__getitem__)
    if scores.probabilities[best] < LEARNED_RULES["model_sure_at"]:
        return rule_choice
    return best, scores.probabilities[best]


@cache
def _families() -> dict[str, str]:
    """Sub-event type -> the trigger family most of its lexicon entries have (the lexicon is the one place)."""
    votes: dict[str, Counter[str]] = {}
    for triggers in load_triggers().values():
        for trigger in triggers:
            votes.setdefault(trigger.candidates[0], Counter())[trigger.family] += 1
    return {sub: counts.most_common(1)[0][0] for sub, counts in votes.items()}


def family_of(sub_type: str) -> str:
    family = _families().get(sub_type)
    if family is not None:
        return family
    event_type = event_type_of(sub_type)
    return {"Battles": "violence", "Explosions/Remote violence": "explosion", "Protests": "protest",
            "Riots": "riot", "Violence against civilians": "violence"}.get(event_type, "strategic")
