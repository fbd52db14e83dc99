"""Clause-level event extraction: an annotated Article -> its EventMentions.

The sentence event model decides first (event_learned.py: the article gate, sentences that report no
event, events where no trigger fired, the sub-event type where it is sure). A trigger lexicon
(``data/lexicons/event_triggers.tsv``) finds verbs and event nouns; filters drop mentions that are not
events (negated, modal or conditional, planned, habitual, sports, "killed off a product"); the triggers of
one sentence are pooled into one incident; arguments come from the dependency parse, then the pieces
other stages own (times, numbers, places, actor KB) are called through the adapter section below.

Decisions worth knowing:
- Date: a time expression in the trigger's clause, else an unowned one in its sentence, else one in its
  paragraph. With none, the date is unknown (None) except for a breaking report: a simple-past violent
  event in the article's first body paragraph is dated to the publication date with week precision.
- One event per incident: a later mention of the same kind of event (a definite "the bombing", or the
  same sub-type at the same town) with compatible date, place and actors is merged into the first; so is
  the detailed account of an incident the lead paragraph summarised (event_merge.py).
- Weapons stopped ("intercepted 40 drones", "recovered rifles and grenades") are disrupted weapons use,
  not strikes; weapons found in a raid or an arrest belong to it.
- background: an event noun inside a "since/after/following ..." phrase with no date of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from eventledger.annotate import doc_text
from eventledger.budget import Deadline
from eventledger.datelines import DATELINE
from eventledger.extract.affiliations import affiliation_events, merge_affiliations
from eventledger.extract.event_actor_names import ArticleContext, generic_actor
from eventledger.extract.event_blame import attach_blame
from eventledger.extract.event_claims import (
    attach_claims,
    is_responsibility_claim,
    own_claim,
)
from eventledger.extract.event_clauses import split_coordinated, split_gapped
from eventledger.extract.event_dates import (
    clause_span,
    date_known_takeover,
    has_time_inside,
    in_old_relative_clause,
    inherit_dates,
    lead_body_paragraph,
    mark_old_as_background,
    set_date,
    time_expressions,
)
from eventledger.extract.event_filters import (
    IDLE_WORD_REASONS,
    UNASKED_REASONS,
    UNMADE_REASONS,
    armed_doer,
    is_demolition_story,
    is_remembrance,
    is_sports_article,
    leads_with_old_case,
    non_event_reason,
    tells_the_game,
    unclaimed_blast,
)
from eventledger.extract.event_learned import (
    EVENT_FAMILIES,
    LEARNED_RULES,
    conflict_probability,
    found_dead_hit,
    is_about_conflict,
    is_brief,
    killing_probability,
    learned_hit,
    learned_sub_type,
    may_add_event,
    score_relative_clauses,
    score_units,
    surely_an_event,
    tells_sexual_violence,
    violence_toll_hit,
    without_non_events,
)
from eventledger.extract.event_lexicon import (
    INCIDENT_FAMILIES,
    VIOLENT_FAMILIES,
    cue,
    load_cues,
    load_triggers,
    type_rank,
)
from eventledger.extract.event_merge import CROWD_SEVERITY, Draft, is_civilians, merge_incidents
from eventledger.extract.event_parse import closing_source, reporting_verbs, subject_of
from eventledger.extract.event_places import own_place_mentions, place_for
from eventledger.extract.event_roles import communal_sides, crowd_actor, incident_actors, is_crowd, roles
from eventledger.extract.event_subtypes import (
    HARMFUL_GATHERING_TYPES,
    armed_victims,
    attack_on_an_armed_side,
    bodies_found,
    burns_people,
    choose_candidates,
    clash_with_civilians,
    device_made_safe,
    force_without_harm,
    is_remains_word,
    one_body_found,
    pick_sub_type,
    seizure_candidates,
    struck_from_the_air,
    territory_by_taker,
    toll_of_violence,
    unmarked_body_found,
    without_a_crowd,
    without_a_gathering,
)
from eventledger.extract.event_tolls import contrast_root, is_earlier_incident, mark_counted_back, set_fatalities
from eventledger.extract.event_triggers import (
    Hit,
    Unit,
    agreement_recalled,
    body_units,
    cause_of_an_arrest,
    clause_head_of,
    find_hits,
    is_background,
    is_generic_plural,
    mention_of_unit,
    without_disrupted_objects,
    without_means_of_fighting,
)
from eventledger.extract.numbers import parse_fatalities, parse_number
from eventledger.extract.place_context import PlaceContext
from eventledger.extract.sentence_model import SentenceScores
from eventledger.kb.actors import armed_types, non_state_armed_types
from eventledger.kb.taxonomy import (
    civilian_targeting_event_types,
    event_type_of,
    is_acled,
    is_violent,
    violent_event_types,
)
from eventledger.models import Article, EventMention, Place

__all__ = ["extract_events", "load_cues", "load_triggers"]


CASUALTY_WORDS = frozenset({"wound", "injure"})


def extract_events(
    article: Article, places: PlaceContext | None = None, deadline: Deadline | None = None
) -> list[EventMention]:
    """Every event the article reports, in text order of its evidence and trigger, one per incident.

    ``deadline`` is asked before each sentence (OverBudget past it): on a text of thousands of sentences
    this stage alone ran 18 s, past a budget checked only before and after it."""
    if article.doc is None:
        return []
    ctx = ArticleContext(article, place_context=places)
    units = body_units(article)
    drafts: list[Draft] = []
    sports = is_sports_article(article)
    openers: dict[int, Unit] = {}
    for unit in units:
        openers.setdefault(unit.paragraph, unit)
    found: list[list[Hit]] = []
    for unit in units:
        if deadline is not None:
            deadline.check("finding events")
        found.append(find_hits(unit))
    # the model reads only the sentences its decisions can touch (those with triggers, the lead, headlines):
    # inference is the costliest stage, and most sentences of a long article are neither
    scored = [u for i, u in enumerate(units) if found[i] or may_add_event(u, i)]
    score_units(scored, deadline)
    score_relative_clauses(units, found, deadline)
    lead_reasons: list[str | None] | None = None
    lead_unit: Unit | None = None
    for index, unit in enumerate(units):
        if deadline is not None:
            deadline.check("finding events")
        # a sports article's "attacks" are play, unless the model is sure a sentence reports political
        # violence (a city's bombing reported beside the tournament it hosts)
        # (a sentence of the game itself, with a sports word or a score, is play however sure the model is:
        # "launched attack after attack and crushed Sokoto Raiders 3-1 at a packed stadium")
        sports_here = sports and (tells_the_game(unit) or not surely_an_event(unit))
        reasons = [non_event_reason(h, unit, sports_here) for h in found[index]]
        if lead_reasons is None and not is_dateline_only(unit):
            lead_reasons = reasons
            lead_unit = unit
        kept = [h for h, reason in zip(found[index], reasons, strict=True) if reason is None]
        unit.unmade = frozenset(
            h.trigger.candidates[0] for h, reason in zip(found[index], reasons, strict=True)
            if reason in UNMADE_REASONS
        )
        kept = without_non_events(unit, without_means_of_fighting(without_disrupted_objects(kept)))
        incident_hits = [h for h in kept if h.trigger.family in EVENT_FAMILIES]
        # the model may add an event where the rules' triggers cannot make one ("renews attacks on troops":
        # a plural noun alone reads as attacks in general)
        if (
            not (incident_hits and makes_event(incident_hits))
            and not sports_here
            and may_add_event(unit, index)
            and not UNASKED_REASONS.intersection(reasons)
        ):
            # the model's event is never read into a word the rules found to tell no act ("market stalls burn")
            idle = {h.head.i for h, reason in zip(found[index], reasons, strict=True) if reason in IDLE_WORD_REASONS}
            candidates = () if is_dateline_only(unit) else (learned_hit, found_dead_hit, violence_toll_hit)
            learned = next((hit for make in candidates if (hit := away_from(make(unit), unit, idle))), None)
            if learned is not None and non_event_reason(learned, unit, sports_here) is None:
                kept.append(learned)
        unit.hits = kept
        if not unit.hits and give_standalone_toll(unit, drafts):
            continue
        if not unit.hits:
            opener = unit is openers.get(unit.paragraph)
            if opener and "a reference to several incidents" in reasons:
                # "Borno State saw two attacks on Friday evening.": the count dates the incidents told after it
                told = time_expressions(unit.text, ctx.published)
                unit.times = [(unit.start + s, unit.start + e, r) for s, e, r in told]
            else:
                unit.times = lead_in_time(ctx, unit) if opener else []
            attach_blame(ctx, unit, drafts, [])
            continue
        unit.times = dateline_last(
            ctx, [(unit.start + s, unit.start + e, r) for s, e, r in time_expressions(unit.text, ctx.published)]
        )
        affiliations = affiliation_events(ctx, unit, [h for h in unit.hits if h.trigger.family == "affiliation"])
        drafts.extend(affiliations)
        joined = {d.subject_index: d.event.affiliation.to_group for d in affiliations if d.event.affiliation}
        incidents = incident_events(ctx, unit, units, joined, drafts)
        if not incidents:
            escalate_gathering(ctx, unit, drafts)
        attach_blame(ctx, unit, drafts, incidents)
        if not incidents:  # after the blame: a toll a source states ("Police said 6 died") is given with its source
            give_deaths_told_alone(unit, drafts)
        drafts.extend(incidents)
    about_conflict = (
        is_about_conflict(units) or brief_with_a_fight_toll(units, drafts) or brief_with_a_killing(units, drafts)
        or sure_dated_killing(units, drafts, ctx.published)
    )
    if not about_conflict or leads_with_old_case(lead_reasons or []):
        drafts = [d for d in drafts if not is_acled(d.event.sub_event_type)]
    if lead_unit is not None and is_remembrance(lead_unit):
        # "Survivors gathered to mark 80 years since the camp's liberation. More than a million people were
        # murdered there.": in a story of remembrance, violence its own sentence does not set in the day's time
        # ("on Sunday", "hours later") is the past remembered, and the gathering itself is no violence
        drafts = [d for d in drafts if not remembered_violence(d, lead_unit, units, ctx.published)]
    if is_demolition_story(article):
        drafts = [d for d in drafts if not unclaimed_blast(d.event)]
    events = merge_incidents([d for d in drafts if d.event.affiliation is None])
    inherit_dates([d.event for d in sorted(events, key=lambda d: (d.event.start, d.order))], ctx.published)
    for draft in events:
        # an incident whose day, after its details were merged in, lies well before the report is recalled,
        # whatever undated detail of it the report told ("the attack on Bamako in September 2024 ... the attack")
        mark_old_as_background(draft.event, ctx.published)
    events += merge_affiliations([d for d in drafts if d.event.affiliation is not None])
    events.sort(key=lambda d: (d.event.start, d.order))
    out = []
    for i, draft in enumerate(events):
        draft.event.mention_id = f"{article.document_id}#{i}"
        draft.event.notes = summary(draft.event)
        out.append(draft.event)
    return out


# words that carry a story on from its lead into the day's events ("Hours later, a bomb exploded near the ceremony")
_SEQUENCE = re.compile(r"\b(?:later|afterwards?|then|meanwhile|shortly|soon after|moments? after)\b", re.IGNORECASE)


def remembered_violence(draft: Draft, lead: Unit, units: list[Unit], published: dt.date | None) -> bool:
    """An ACLED violent event of a story of remembrance that is the past it remembers: told in the lead (whose
    main verb is the remembering), or in a sentence with neither a time of its own nor a word of sequence."""
    event = draft.event
    if not is_acled(event.sub_event_type) or not is_violent(event.sub_event_type):
        return False
    if lead.start <= event.start < lead.end:
        return True  # (the lead's other incidents are remembered already: event_filters.remembered)
    if draft.own_date:
        return False
    unit = next((u for u in units if u.start <= event.start < u.end), None)
    if unit is None:
        return False
    return not time_expressions(unit.text, published) and not _SEQUENCE.search(unit.text)


# "3 fatalities.", "No fatalities reported.", "Fatalities: 12": a coder's note gives the toll a line of its own
STANDALONE_TOLL = re.compile(
    r"^\W*(?:(?P<count>[\w,.-]+(?: [\w-]+)?) (?:fatalit(?:y|ies)|deaths?|dead|people killed)"
    r"|fatalities\s*:\s*(?P<count2>[\w,.-]+))(?: (?:were )?(?:reported|recorded|confirmed))?\W*$",
    re.IGNORECASE,
)
STANDALONE_TOLL_CHARS = 200  # "At least 12 fatalities were reported." is 37


def give_standalone_toll(unit: Unit, drafts: list[Draft]) -> bool:
    """A sentence that is only a toll ("3 fatalities.") gives it to the incident just before it in its
    paragraph, when that incident has none of its own; True when it did."""
    if len(unit.text) > STANDALONE_TOLL_CHARS:
        return False  # the pattern backtracks on a long run of commas (20 KB: 39 s); a toll's line is short
    match = STANDALONE_TOLL.match(unit.text)
    if match is None:
        return False
    words = match.group("count") or match.group("count2")
    if words.lower() == "no":
        figure: tuple[int, int] | None = (0, 0)
    else:
        value = parse_number(words)
        figure = (value[0], value[1]) if value is not None else None
    incident = next((d for d in reversed(drafts) if d.paragraph == unit.paragraph and d.event.affiliation is None
                     and is_acled(d.event.sub_event_type)), None)  # fmt: skip
    if figure is None or incident is None or incident.event.fatalities_min is not None:
        return False
    incident.event.fatalities_min, incident.event.fatalities_max = figure
    return True


def give_deaths_told_alone(unit: Unit, drafts: list[Draft]) -> bool:
    """ "At least 7 people died, including 3 soldiers." after the incident's own sentence: a sentence whose only
    words of violence are deaths that make no incident ("died", "dead") tells the toll of the incident just
    before it in its paragraph, when that incident has none of its own; True when it did."""
    if any(h.trigger.family != "violence" or h.trigger.alone or h.background for h in unit.hits):
        return False
    if any(t.lemma_.lower() in reporting_verbs() for t in unit.span):
        return False  # "Police said 6 people died": a source's statement, given with its source after the merge
    figure = parse_fatalities(unit.text)
    if figure is None or figure.minimum is None:
        return False
    incident = next((d for d in reversed(drafts) if d.paragraph == unit.paragraph and d.event.affiliation is None
                     and is_acled(d.event.sub_event_type)), None)  # fmt: skip
    if incident is None or incident.event.fatalities_min is not None:
        return False
    incident.event.fatalities_min, incident.event.fatalities_max = figure.minimum, figure.maximum
    incident.event.fatalities_approximate = figure.approximate
    return True


def escalate_gathering(ctx: ArticleContext, unit: Unit, drafts: list[Draft]) -> None:
    """ "Police fired tear gas to disperse them" after a protest of the same paragraph: words that make no
    event alone tell how that protest was met, and its most severe moment decides its sub-event type."""
    cues = [h for h in unit.hits if h.trigger.family == "protest" and not h.trigger.alone and not h.background]
    gathering = next(
        (d for d in reversed(drafts) if d.event.event_type == "Protests" and d.paragraph == unit.paragraph), None
    )
    if not cues or gathering is None:
        return
    severer = max((h.trigger.candidates[0] for h in cues), key=lambda t: CROWD_SEVERITY.get(t, -1))
    if CROWD_SEVERITY.get(severer, -1) <= CROWD_SEVERITY.get(gathering.event.sub_event_type, 99):
        return
    gathering.event.sub_event_type = severer
    if gathering.event.actor2 is None or is_civilians(gathering.event.actor2):
        forces = [m.canonical for m in ctx.actor_mentions if unit.start <= m.start < unit.span.end_char
                  and (m.canonical or "").startswith(("Police Forces", "Military Forces"))]  # fmt: skip
        if forces:  # named with the gathering's country, as ACLED names state forces
            place = gathering.event.place
            kind = "police" if forces[0].startswith("Police") else "military"
            gathering.event.actor2 = generic_actor(kind, place.country if place else ctx.default_country)[0]


def brief_with_a_fight_toll(units: list[Unit], drafts: list[Draft]) -> bool:
    """A headline or brief naming a fight by a word of its own ("shootout", "gunbattle") with a death toll
    reports conflict even when the model hesitates: a metaphor or a match report gives no one dead."""
    if not is_brief(units):
        return False
    fights = any(
        h.trigger.family == "violence" and h.trigger.specificity >= 3 and not h.background
        for u in units for h in u.hits
    )  # fmt: skip
    return fights and any(is_acled(d.event.sub_event_type) and (d.event.fatalities_min or 0) > 0 for d in drafts)


def sure_dated_killing(units: list[Unit], drafts: list[Draft], published: Any) -> bool:
    """Beyond a brief, one sentence the model is sure of (``dated_toll_at``) that tells a killing with a date and
    its count of dead ("Since a drone strike on the market on April 13 killed 11 people, farmers have
    stayed away") reports that incident, though a feature or a later report tells it only once: no figure of
    speech or aside gives a day and a toll. The day may stand in another sentence that names the incident ("In
    Koza, people are in shock after the attack of Tuesday night. ... Four people were killed")."""
    dated_incident = any(names_the_incident(u) and time_expressions(u.text, published) for u in units)
    for unit in units:
        if unit.scores is None or not (unit.times or dated_incident):
            continue
        if conflict_probability(unit.scores) < LEARNED_RULES["dated_toll_at"]:
            continue
        kill_words = cue("kill_verb")
        killing = any(
            not h.trigger.learned and (h.trigger.words[0] in kill_words or h.head.lemma_.lower() in kill_words)
            for h in unit.hits
        )
        toll = parse_fatalities(unit.text)
        if killing and toll is not None and (toll.minimum or 0) > 0:
            violent = violent_event_types()
            return any(d.event.event_type in violent and (d.event.fatalities_min or 0) > 0 for d in drafts)
    return False


@cache
def _incident_nouns() -> frozenset[str]:
    """One-word noun triggers of incidents ("attack", "ambush", "bombing")."""
    return frozenset(
        t.words[0] for triggers in load_triggers().values() for t in triggers
        if t.family in INCIDENT_FAMILIES and len(t.words) == 1 and t.pos in ("NOUN", "ANY")
    )  # fmt: skip


SEVERAL_WORDS = frozenset({"several", "separate", "multiple", "simultaneous", "coordinated"})


def toll_over_several(group: list[Hit]) -> bool:
    """'killed 10 civilians in two attacks', 'in separate raids': the verb's toll is counted over several
    incidents of the news (a plural incident noun with a count of two or more), not one incident's own."""
    nouns = _incident_nouns()
    for hit in group:
        verb = hit.head if hit.head.pos_ == "VERB" else hit.clause_head
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if noun.tag_ != "NNS" or noun.lemma_.lower() not in nouns:
                    continue
                for mod in noun.children:
                    value = parse_number(mod.text) if mod.dep_ == "nummod" else None
                    if (value is not None and (value[0] or 0) >= 2) or mod.lower_ in SEVERAL_WORDS:
                        return True
    return False


def names_the_incident(unit: Unit) -> bool:
    """The sentence names an incident as a known one: a noun of incident with "the" ("after the attack of
    Tuesday night"), whatever the model made of the sentence."""
    nouns = _incident_nouns()
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in nouns
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        for t in unit.span
    )  # fmt: skip


def brief_with_a_killing(units: list[Unit], drafts: list[Draft]) -> bool:
    """A headline or brief whose own verb of killing ("is shot to death", "gunmen execute a trader"), or the
    dead it finds ("seven bodies found"), made a violent event reports conflict when the model leans that way
    without being sure (``brief_killing_gate``)."""
    if not is_brief(units):
        return False
    killings = any(
        not h.trigger.learned and not h.background and (h.trigger.words[0] in cue("kill_verb")
                                                        or h.head.lemma_.lower() in cue("kill_verb"))
        for u in units for h in u.hits
    ) or any(u.hits and (bodies_found(u.span) or toll_of_violence(u.span)) for u in units)  # fmt: skip
    leaning = max((killing_probability(u.scores) for u in units), default=0.0) >= LEARNED_RULES["brief_killing_gate"]
    violent = any(d.event.event_type in violent_event_types() for d in drafts)
    return killings and leaning and violent


def is_dateline_only(unit: Unit) -> bool:
    """ "NIAMEY, March 4 (Sahel Wire) -" split off as a sentence of its own: it reports nothing."""
    match = DATELINE.match(unit.text + " ")
    return match is not None and match.end() >= len(unit.text)


def dateline_last(ctx: ArticleContext, times: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """'KIDAL, June 12 - Soldiers executed ... on Monday': the dateline dates the report; the event's own
    time comes first, the dateline's only when there is no other."""
    # the dateline the place stages found, after a headline too ("Gunmen Kill Three ...\n\nFRESNILLO,
    # Zacatecas, Sept. 21 — ... on Sunday"); else one opening the text
    span = ctx.places.dateline
    match = DATELINE.match(ctx.article.clean_text) if span is None else None
    if span is None and match is None:
        return times
    start, end = span if span is not None else (0, match.end())  # type: ignore[union-attr]
    # a parse may hang the dateline on the first event noun ("KIDAL, June 12 - Heavy fighting ..."): it
    # must not count as that noun's own time
    others = [t for t in times if not start <= t[0] < end]
    return others or times


def incident_events(
    ctx: ArticleContext,
    unit: Unit,
    units: list[Unit],
    joined: dict[int | None, str | None],
    drafts: list[Draft],
) -> list[Draft]:
    hits = [h for h in unit.hits if h.trigger.family in INCIDENT_FAMILIES | {"agreement", "arrest"}]
    claims = [h for h in unit.hits if h.trigger.family == "claim" and is_responsibility_claim(h, hits)]
    for hit in hits:
        others = [h for h in hits if h is not hit and h.trigger.alone]
        hit.background = (
            is_background(hit, has_time_inside(unit, hit.head), others)
            or agreement_recalled(hit, hits)
            or in_old_relative_clause(unit, hit, ctx.published)
            or is_protest_cause(hit, hits)
            # "took three men into custody over the bombing": the incident an arrest is made for is its context
            or cause_of_an_arrest(hit, hits)
        )
    mark_counted_back(unit, hits)
    groups = group_hits(hits, unit)
    shared = len(groups) > 1
    out = [d for g in groups if (d := build_incident(ctx, unit, units, g, joined, shared)) is not None]
    return attach_claims(ctx, unit, hits, claims, drafts, out)


def is_protest_cause(hit: Hit, hits: list[Hit]) -> bool:
    """ "residents protested against the kidnapping of a teacher", "a march over the killing of a student":
    what a crowd protests is the cause it names, an incident of the past, not the news of the sentence."""
    protests = {h.head.i for h in hits if h.trigger.family == "protest"}
    if not protests or hit.trigger.family == "protest":
        return False
    # the cause's noun, or a clause inside its phrase ("against the attack that killed 20 soldiers")
    for tok in (hit.head, *hit.head.ancestors):
        if tok.i in protests:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in cue("protest_cause") and tok.head.head.i in protests:
            return True
        if is_purpose_object(tok) and tok.head.head.i in protests:
            return True  # "marched to denounce the killing of 12 civilians"
    return False


def is_purpose_object(tok: Any) -> bool:
    """What a crowd gathers to denounce, condemn or demand: the object of a purpose verb hung on its verb."""
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and verb.dep_ in ("xcomp", "advcl")
        and verb.lemma_.lower() in cue("protest_purpose")
        and verb.head.i != verb.i
    )


def without_protest_causes(unit: Unit) -> str:
    """The sentence with the causes its crowds protest blanked out, for typing the protest by its own words."""
    text = list(unit.text)
    for tok in unit.span:
        if (tok.dep_ == "pobj" and tok.head.lower_ in cue("protest_cause")) or is_purpose_object(tok):
            subtree = list(tok.subtree)
            start, end = subtree[0].idx - unit.start, subtree[-1].idx + len(subtree[-1]) - unit.start
            text[start:end] = " " * (end - start)
    return "".join(text)


def group_hits(hits: list[Hit], unit: Unit) -> list[list[Hit]]:
    """One incident per sentence, except background mentions, agreements and plain arrests."""
    main = [h for h in hits if not h.background and h.trigger.family in INCIDENT_FAMILIES]
    if main and any(h.trigger.family == "protest" for h in main):
        main += [h for h in hits if h.trigger.family == "arrest" and not h.background]
    if any(h.trigger.family in VIOLENT_FAMILIES for h in main):
        # "recaptured the town after heavy fighting": the fighting that won it is part of the incident
        main += [
            h for h in hits if h.background and h.trigger.family in VIOLENT_FAMILIES and not is_earlier_incident(h)
        ]
    if any(is_operation(h) for h in main):
        # "troops killed 20 militants and arrested 51 others": arrests made in the same operation are part
        # of it (ACLED codes the battle, not a separate Arrests event)
        main += [h for h in hits if h.trigger.family == "arrest" and not h.background and h not in main
                 and any(coordinated(h, v) for v in main if is_operation(v))]
    background = [h for h in hits if h.background and h not in main]
    agreements = [h for h in hits if h.trigger.family == "agreement" and not h.background]
    arrests = [h for h in hits if h.trigger.family == "arrest" and not h.background and h not in main]
    if arrests:  # "the arrests were made during a night raid": the raid is how they were made
        raids = [h for h in main if "Arrests" in h.trigger.candidates and h.trigger.specificity <= 1]
        main = [h for h in main if h not in raids]
        arrests += raids
        # "arrested three suspects and recovered grenades": weapons found in an arrest are part of it
        if main and all(h.trigger.family == "disrupted" and h.trigger.specificity <= 1 for h in main):
            arrests += main
            main = []
    rest = [h for h in hits if h not in main and h not in agreements and h not in arrests and not h.background]
    contrasted = [h for h in main if contrast_clause(h) is not None]
    main = [h for h in main if h not in contrasted]
    if any(h.trigger.family in VIOLENT_FAMILIES for h in main):
        # "gunmen killed 52 people in Bokkos, prompting protests in Jos": the protests the killing set off are
        # an incident of their own, in their own place
        prompted = [h for h in main if h.trigger.family == "protest" and prompted_by_another(h)]
        main = [h for h in main if h not in prompted]
        rest += prompted
    told = [part for g in split_coordinated(unit, main) for part in (split_gapped(unit, g) if g else [g])]
    groups = [g for g in (*told, background, agreements, arrests) if g]
    for root in dict.fromkeys(contrast_clause(h) for h in contrasted):
        # "militants shelled the capital, while government forces recaptured a town": two incidents
        groups.append([h for h in contrasted if contrast_clause(h) == root])
    groups += [[h] for h in rest]
    return [g for g in groups if makes_event(g)]


def prompted_by_another(hit: Hit) -> bool:
    """The trigger stands in a participle clause of what an incident set off ("..., prompting protests",
    "sparking riots in the capital")."""
    for tok in (hit.head, *hit.head.ancestors):
        if tok.dep_ in ("advcl", "xcomp", "conj") and tok.tag_ == "VBG" and tok.lemma_.lower() in cue("prompt_verb"):
            return True
    return False


def contrast_clause(hit: Hit) -> int | None:
    """The 'while/whereas' clause a trigger stands in (its head's index), if any."""
    for tok in (hit.head, *hit.head.ancestors):
        if contrast_root(tok):
            return tok.i
    return None


def is_operation(hit: Hit) -> bool:
    """Violence that arrests can be part of; a raid may itself be only the way arrests were made."""
    return hit.trigger.family in VIOLENT_FAMILIES and "Arrests" not in hit.trigger.candidates


def coordinated(a: Hit, b: Hit) -> bool:
    """Two verbs of one sentence joined as coordinated predicates ("killed ... and arrested ..."), or one told
    as the other's next step with no subject of its own ("killed two men before arresting five")."""
    return (
        a.head.i == b.head.i or b.head in a.head.conjuncts or a.clause_head.i == b.clause_head.i
        or _subjectless_step(b.head, a.head) or _subjectless_step(a.head, b.head)
    )


def _subjectless_step(verb: Any, main: Any) -> bool:
    """ "before arresting", "after detaining": a gerund hung on the main verb (through its preposition) with
    no subject of its own shares the main verb's doers."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return verb.head.i == main.i or (verb.dep_ == "pcomp" and verb.head.head.i == main.i)


def leading_hits(group: list[Hit]) -> list[Hit]:
    """The hits that decide an incident's type and actors: arrests folded into a violent operation only
    add its time and place."""
    if any(is_operation(h) for h in group):
        return [h for h in group if h.trigger.family != "arrest"] or group
    return group


def makes_event(group: list[Hit]) -> bool:
    """A group is an event when one of its triggers can stand alone (an injury needs someone who caused
    it: "one member got injured" reports no incident), or when a crowd word meets an intervention or a
    crowd action ("police fired tear gas to disperse protesters", "demonstrators marched")."""
    if any(h.trigger.alone and not is_generic_plural(h) and not is_casualty_only(h) for h in group):
        return True
    if any(h.trigger.family == "violence" and h.trigger.specificity >= 1 and armed_doer(roles(h)[0]) for h in group):
        return True  # "gunmen on motorbikes stormed a post": what armed men storm they attack
    protest = [h for h in group if h.trigger.family == "protest"]
    if any(marches_for_a_cause(h) for h in protest):
        return True
    return len(protest) >= 2 and any(h.trigger.specificity == 0 for h in protest)


def marches_for_a_cause(hit: Hit) -> bool:
    """'hundreds of students marched on Tuesday to denounce the insecurity': a march with a stated cause
    is a protest, though 'march' alone may be a walk or a troop movement."""
    if hit.head.pos_ != "VERB" or hit.trigger.specificity == 0:
        return False
    return any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in cue("protest_purpose") for c in hit.head.children
    )


def is_casualty_only(hit: Hit) -> bool:
    # the model's reading rests on the sentence's main word, which may be its casualties ("3 die, 8 wounded in
    # Tamaulipas"): what it read as an attack is one, though no one who caused it is named
    return hit.trigger.words[0] in CASUALTY_WORDS and roles(hit)[0] is None and not hit.trigger.learned


def build_incident(
    ctx: ArticleContext,
    unit: Unit,
    units: list[Unit],
    group: list[Hit],
    joined: dict[int | None, str | None],
    shared: bool = False,
) -> Draft | None:
    leading = leading_hits(group)
    primary = max(leading, key=lambda h: (h.trigger.specificity, type_rank(h.trigger.candidates[0])))
    clause = clause_span(primary.clause_head)
    place = place_for(ctx, clause[0], clause[1], own_place_mentions(ctx, unit.span, unit.hits, group))
    country = place.country if place else ctx.default_country
    actor1, actor2, civilian = incident_actors(ctx, leading, country, joined)
    # "rebels captured two soldiers": what was taken (people, weapons) names the sense of the seizure, which the
    # model, reading the whole sentence, may take for ground
    candidates, taken_sense = seizure_candidates(ctx, leading, choose_candidates(leading))
    recalled = all(h.background for h in group)  # the model reads the sentence's own news, not what it recalls
    # "protested against the attack that killed 20 soldiers": the model reads the cause's deaths into the protest
    protest_of_a_cause = any(is_protest_cause(h, unit.hits) for h in unit.hits)
    rule_choice = pick_sub_type(
        candidates, without_protest_causes(unit) if protest_of_a_cause else unit.text, civilian, actor2, group
    )
    # a phrase of one sub-type ("guided bomb attack", "suicide bomber") names it: the model only weighs its kind
    # (a word alone, "drones", may be what was seized: the model reads that)
    named_kind = (
        primary.trigger.specificity >= 3 and len(primary.trigger.words) >= 2 and len(candidates) == 1
        and not primary.trigger.learned
    ) or taken_sense  # fmt: skip
    sub_type, probability = learned_sub_type(
        None if recalled or protest_of_a_cause else scores_without_unmade(unit, group), candidates, rule_choice,
        shared, named_kind,
    )
    if sub_type == "Sexual violence" and not tells_sexual_violence(unit.span):
        sub_type, probability = rule_choice  # a charge this grave is coded only where the text makes it
    if sub_type == "Looting/property destruction" and burns_people(leading):
        sub_type = "Attack"  # "gunmen set two children on fire": people burned are attacked, not property
    if sub_type == "Protest with intervention" and "Peaceful protest" in candidates and not any(
        tells_an_intervention(h) for h in unit.hits
    ):
        # "the march ended peacefully, with no arrests and no injuries": the classifiers read the police words in;
        # no act of intervention stands in the sentence (a negated arrest is none)
        sub_type = "Peaceful protest"
    # the dead found, unmarked and alone ("body of a young man found near the refinery"), when the model reads
    # violence in the sentence with no trigger of the rules
    found_dead = bodies_found(unit.span) or (
        primary.trigger.learned and is_violent(sub_type) and unmarked_body_found(unit.span)
    )
    # the dead found are neither a development nor missing people
    told_by_the_dead = primary.trigger.words[0] in cue("remains_noun") or is_remains_word(primary.head)
    if found_dead and (sub_type in ("Other", "Abduction/forced disappearance") or told_by_the_dead):
        sub_type = "Attack"
    # ACLED: the killers of the dead found are an unidentified armed group; who found them is no side
    # ("police find five bodies": the model's reading rests on the verb of finding, whose subject is the finder)
    if found_dead and sub_type == "Attack" and (
        actor1 is None or told_by_the_dead or primary.head.lemma_.lower() in cue("find_verb")
    ):
        actor1 = generic_actor("gunman", country)[0]
    if sub_type == "Arrests" and actor1 is None:
        # ACLED: arrests are made by the state; "the suspects were arrested" names its police by omission
        actor1 = generic_actor("police", country)[0]
    # a crowd's type with no crowd named is the violence the trigger words tell: a clash ("clashes hit the
    # township") or an attack on the ones it hit
    crowdless = "Armed clash" if primary.trigger.candidates[0] == "Armed clash" else "Attack"
    if without_a_crowd(sub_type, unit.span) or (sub_type == "Mob violence" and armed_actor(ctx, actor1)):
        sub_type = crowdless  # ... and "soldiers burned houses and killed three villagers": an armed force is no mob
    if without_a_gathering(sub_type, units):
        if sub_type not in HARMFUL_GATHERING_TYPES:
            return None  # a protest nobody in the report gathered for is no event at all
        # a crowd's violence with no demonstration named is mob violence ("angry residents torched a police post")
        rioting = sub_type == "Violent demonstration" and crowd_fights(ctx, leading, country)
        sub_type = "Mob violence" if rioting else crowdless
    if sub_type == "Disrupted weapons use" and downs_a_crewed_aircraft(leading):
        sub_type = "Armed clash"  # "resistance fighters shoot down a junta helicopter"
    if event_type_of(sub_type) == "Explosions/Remote violence" and device_made_safe(leading):
        sub_type = "Disrupted weapons use"  # "troops found and destroyed an IED": nothing went off
    if clash_with_civilians(sub_type, actor2, leading):
        sub_type = "Attack"
    if force_without_harm(sub_type, unit.span):
        sub_type = "Protest with intervention"
    if struck_from_the_air(leading, sub_type):
        sub_type = "Air/drone strike"
    elif attack_on_an_armed_side(sub_type, actor2, ctx.kb, ctx.published) or (
        sub_type == "Attack" and not civilian and not is_civilians(actor2) and armed_victims(leading)
    ):
        sub_type = "Armed clash"
    sub_type = territory_by_taker(sub_type, actor1, ctx.kb, ctx.published)
    communal = communal_sides(ctx.kb, sub_type, actor1, actor2, country)
    if communal is not None:
        actor1, actor2, civilian = communal, None, False
    crowd_against = (actor1 is None or is_civilians(actor1)) and not non_state_armed(ctx, actor2)
    if sub_type == "Looting/property destruction" and crowd_against and crowd_fights(ctx, leading, country):
        sub_type, actor1 = "Mob violence", None  # "angry residents torched a police station": a crowd riots
    if sub_type == "Armed clash" and crowd_against and crowd_fights(ctx, leading, country):
        # "supporters of rival candidates clashed with machetes", "villagers clashed with soldiers": a crowd
        # fights, no armed group
        sub_type, actor1 = "Mob violence", None
    if event_type_of(sub_type) == "Battles" and is_civilians(actor2):
        # ACLED: a battle is fought between armed sides; "rival gangs clashed, killing nine people": the people
        # killed are its dead, not a side
        actor2, civilian = None, False
    actor1, actor2 = crowd_actor(event_type_of(sub_type), actor1, actor2, country, kb=ctx.kb)
    if event_type_of(sub_type) == "Battles" and actor1 is not None and actor2 is None:
        actor2 = other_armed_side(ctx, unit, actor1)
    if sub_type in INTERVENTION_TYPES and actor2 is None:
        actor2 = intervening_force(unit, country)  # "Police fire tear gas at protesters", parsed as one noun
    if is_civilians(actor1) and event_type_of(sub_type) in violent_event_types():
        actor1 = None  # "residents heard a blast": civilians are never the perpetrators of political violence
    civilian = civilian or is_civilians(actor2)
    event = mention_of_unit(
        ctx.article.document_id,
        unit,
        sub_type,
        actor1=actor1,
        actor2=actor2 if actor2 != actor1 else None,
        civilian_targeting=civilian and event_type_of(sub_type) in civilian_targeting_event_types(),
        place=place,
        background=all(h.background for h in group),
        certainty=round(primary.trigger.strength * (0.6 + 0.4 * probability), 3),
    )
    event.claimed_by = own_claim(group, event.actor1, kb=ctx.kb)
    date_source = set_date(event, ctx, unit, units, group)
    # "over a 2017 raid on a police post ... walked out on Wednesday": the noun's own year outranks the clause's day
    year = noun_year(primary, ctx.published) or (
        episode_year(primary, ctx.published) if date_source != "sentence" else None
    )
    if year is not None:
        # "the students who were killed during the 1968 uprising": an episode of that year, recalled
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        middle = first + (last - first) / 2  # a window's event date is its middle, as for "last month"
        event.date, event.date_earliest, event.date_latest, event.time_precision = middle, first, last, 3
        date_source = "sentence"
    if all(cause_of_an_arrest(h, unit.hits) for h in group):
        # "detained on Monday over the attack": the day is the arrest's; the attack is the one told before
        event.date, event.time_precision, date_source = None, None, None
    mark_old_as_background(event, ctx.published)
    if sub_type == "Agreement" and is_old_agreement(event, ctx.published):
        event.background = True
    if event.date is None and event.background:
        date_known_takeover(event, ctx)
    looting = sub_type == "Looting/property destruction"
    # the dead found, and people killed where property was burned, state a toll without a verb of killing
    set_fatalities(event, unit, group, killing=looting or (found_dead and sub_type == "Attack"))
    if found_dead and sub_type == "Attack" and event.fatalities_min is None and one_body_found(unit.span):
        event.fatalities_min = event.fatalities_max = 1  # "mutilated body found near Uruapan": one dead
    if event.sub_event_type == "Abduction/forced disappearance" and event.fatalities_min:
        # ACLED: where anyone is killed the event is an attack ("four killed and three abducted"); the taking
        # of the others is part of it
        event.sub_event_type = "Attack"
    if looting:
        if found_dead or event.fatalities_min:
            # "a confrontation leaves 2 dead, vehicles burned": people killed outrank the property destroyed
            fight = any(h.trigger.candidates[0] == "Armed clash" for h in group) and not found_dead
            event.sub_event_type = "Armed clash" if fight else "Attack"
            event.event_type = event_type_of(event.sub_event_type)
            event.civilian_targeting = event.event_type in civilian_targeting_event_types() and not fight
        else:
            event.fatalities_min = event.fatalities_max = None
            event.fatalities_approximate = False
    if is_acled(sub_type) and not (event.actor1 or event.actor2 or event.place) and not surely_an_event(unit):
        return None  # nothing to code it by, unless the model is sure the sentence reports an event
    if all(is_earlier_incident(h) for h in group) and event.date is None and not (event.place and event.place.admin1):
        return None  # "a similar incursion (somewhere, some time)": a comparison, with nothing to code
    definite = primary.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and c.lower_ in cue("definite") for c in primary.head.children
    )
    generic = primary.trigger.specificity <= 1
    return Draft(
        event,
        primary.head.idx,
        definite=definite,
        generic=generic,
        own_place=names_own_place(ctx, unit, event.place),
        clause_place=names_own_place(ctx, unit, event.place, clause),
        own_date=date_source == "sentence",
        lead=unit.paragraph == lead_body_paragraph(ctx),
        date_source=date_source,
        parties=any(names_the_parties(h) for h in group),
        recalled=all(is_earlier_incident(h) for h in group),
        paragraph=unit.paragraph,
        several=toll_over_several(group),
    )


def scores_without_unmade(unit: Unit, group: list[Hit]) -> SentenceScores | None:
    """The model's reading of the sentence, less the sub-types that only a negated or failed act of it names
    ("militants failed to capture the town after heavy fighting": the model reads the capture in; the fight is
    what happened)."""
    if unit.scores is None:
        return None
    unmade = unit.unmade - {c for h in group for c in h.trigger.candidates}
    if not unmade:
        return unit.scores
    kept = {sub_type: 0.0 if sub_type in unmade else p for sub_type, p in unit.scores.probabilities.items()}
    return SentenceScores(kept)


def tells_an_intervention(hit: Hit) -> bool:
    """A trigger of an act against a crowd ("dispersed", "tear gas", "arrested"), not of the gathering itself."""
    candidates = hit.trigger.candidates
    return "Protest with intervention" in candidates and "Peaceful protest" not in candidates


def downs_a_crewed_aircraft(group: list[Hit]) -> bool:
    """What is shot down is a helicopter or a warplane, not a drone or a missile."""
    crewed = cue("manned_aircraft")
    for hit in group:
        if hit.trigger.words[:2] != ("shoot", "down"):
            continue
        downed = roles(hit)[1]
        if downed is not None and (downed.lemma_.lower() in crewed or downed.lower_ in crewed):
            return True
    return False


INTERVENTION_TYPES = frozenset({"Protest with intervention", "Excessive force against protesters"})


def intervening_force(unit: Unit, country: str | None) -> str | None:
    """The state force a sentence names, for a protest it intervened in when the parse gives no doer (a
    headline read as one long noun: "Kenyan police fire tear gas at anti-tax protesters")."""
    for tok in unit.span:
        name = generic_actor(tok.lemma_.lower(), country)[0] if tok.pos_ in ("NOUN", "PROPN") else None
        if name and name.startswith(("Police Forces", "Military Forces")):
            return name
    return None


def noun_year(hit: Hit, published: dt.date | None) -> int | None:
    """A year before the report's written as the event noun's own modifier ("a 2017 raid", "the 2004 attacks")."""
    if published is None or hit.head.pos_ not in ("NOUN", "PROPN"):
        return None
    for tok in hit.head.children:
        if tok.dep_ in ("nummod", "compound", "amod", "nmod") and tok.is_digit and len(tok.text) == 4:
            year = int(tok.text)
            if 1800 <= year < published.year:
                return year
    return None


def episode_year(hit: Hit, published: dt.date | None) -> int | None:
    """A year before the report's that dates the trigger's own clause ("killed during the 1968 uprising",
    "raped in 1971"), where no day or month does."""
    if published is None:
        return None
    start, end = clause_span(hit.clause_head)
    for tok in hit.head.sent:
        if not (start <= tok.idx < end) or not (tok.is_digit and len(tok.text) == 4):
            continue
        year = int(tok.text)
        if not 1800 <= year < published.year:
            continue
        qualifies = tok.dep_ in ("nummod", "compound", "amod", "nmod") and tok.head.pos_ == "NOUN"
        after = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during")
        # the year's own verb is the trigger's: "since French troops left in 2022" dates the leaving
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if (qualifies or after) and verb is not None and verb.i in (hit.head.i, hit.clause_head.i):
            return year
    return None


def away_from(hit: Hit | None, unit: Unit, idle: set[int]) -> Hit | None:
    """The model's trigger, moved off a word that tells no act to the sentence's other verb ("violent
    confrontation leaves 2 dead, vehicles burned": the model reads the line; "burned" is no act of anyone's)."""
    if hit is None or hit.head.i not in idle:
        return hit
    other = next((t for t in unit.span if t.pos_ == "VERB" and t.i not in idle), None)
    return Hit(hit.trigger, other, [other], clause_head_of(other)) if other is not None else None


def other_armed_side(ctx: ArticleContext, unit: Unit, actor1: str) -> str | None:
    """ "PDF ambushes junta convoy in Magway Region, 8 soldiers dead" (the parse finds no object): a battle has two
    sides; the other is the first armed actor the sentence names besides the first side, but not one that only
    speaks ("the army said")."""
    said = reporting_verbs()
    mentions = ctx.mentions_over(list(unit.span))
    first = [m for m in mentions if m.canonical == actor1]
    first_entry = ctx.kb.get(actor1)
    text = doc_text(unit.span.doc)
    for mention in mentions:
        name = mention.canonical
        if not name or name == actor1 or is_civilians(name) or name.startswith(("Protesters", "Rioters")):
            continue
        if any(_JOINED_NAMES.fullmatch(text[min(m.end, mention.end) : max(m.start, mention.start)]) for m in first):
            continue  # "PKK/YPG militants": one side named twice
        token = unit.span.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        head = token.root if token is not None else None
        if head is not None and (
            (head.dep_ == "nsubj" and head.head.lemma_.lower() in said) or closing_source(head)
        ):
            continue
        entry = ctx.kb.get(name)
        if entry is None or not (entry.type == "State forces" or non_state_armed(ctx, name)):
            continue
        if first_entry is not None and entry.type == first_entry.type == "State forces" and (
            entry.country == first_entry.country
        ):
            continue  # the army and the police of one state are one side
        return name
    return None


_JOINED_NAMES = re.compile(r"\s*[/–-]\s*")  # "PKK/YPG", "Hamas-PIJ": two names for one side


def armed_actor(ctx: ArticleContext, name: str | None) -> bool:
    """A state force, rebel group, militia or external force: an actor that can be a perpetrator."""
    return _actor_of_types(ctx, name, armed_types())


def non_state_armed(ctx: ArticleContext, name: str | None) -> bool:
    return _actor_of_types(ctx, name, non_state_armed_types())


def _actor_of_types(ctx: ArticleContext, name: str | None, types: frozenset[str]) -> bool:
    entry = ctx.kb.get(name) if name else None
    return entry is not None and ctx.kb.actor_type(entry, ctx.published) in types


def crowd_fights(ctx: ArticleContext, group: list[Hit], country: str | None) -> bool:
    """The one who fights is a crowd word ("supporters", "youths", "villagers") that names no armed group
    ("gangs" do)."""
    crowd, armed = cue("crowd_word"), cue("armed_crowd_word")
    for hit in group:
        agent = roles(hit)[0]
        words = (agent.lemma_.lower(), agent.lower_) if agent is not None else ()
        if not any(w in crowd for w in words) or any(w in armed for w in words):
            continue
        name = ctx.actor_name(agent, country)[0]
        if name is None or is_civilians(name) or is_crowd(name):
            return True
    return False


def names_the_parties(hit: Hit) -> bool:
    """'the two sides agreed', 'both parties signed', 'clashes between the same two groups': the actors
    are the sides already reported."""
    subject = subject_of(hit.clause_head) if hit.clause_head.pos_ in ("VERB", "AUX") else None
    if subject is not None and subject.lemma_.lower() in cue("parties_noun"):
        return True
    if subject is not None and subject.lemma_.lower() in cue("group_noun") and any(
        c.dep_ in ("det", "predet", "nummod") and c.lower_ in ("both", "two") for c in subject.children
    ):
        return True  # "both groups had agreed to a ceasefire"
    return any(
        t.lemma_.lower() in cue("parties_noun").keys() | cue("group_noun").keys()
        and any(c.dep_ == "amod" and c.lower_ == "same" for c in t.children)
        for t in hit.head.subtree
    )


_ONLY_BULLETS = re.compile(r"^[\W_]*$")


def lead_in_time(ctx: ArticleContext, unit: Unit) -> list[tuple[int, int, Any]]:
    """'• Monday 16 — Quiterajo (Macomia district).' opening a digest's or a log's item (the paragraph's
    first unit) reports no event but dates the item: its time stays for the paragraph's events to take."""
    times = [(unit.start + s, unit.start + e, r) for s, e, r in time_expressions(unit.text, ctx.published)]
    if times and _ONLY_BULLETS.match(ctx.article.clean_text[unit.start : times[0][0]]):
        return times[:1]
    return []


AGREEMENT_NEWS_DAYS = 14


def is_old_agreement(event: EventMention, published: dt.date | None) -> bool:
    """A truce "agreed in Havana last year" or "brokered in January", weeks before the report: a deal is
    news when it is made, so one dated well before publication is only recalled."""
    if published is None or event.date is None:
        return False
    return (published - (event.date_latest or event.date)).days > AGREEMENT_NEWS_DAYS


def names_own_place(ctx: ArticleContext, unit: Unit, place: Place | None, span: tuple[int, int] | None = None) -> bool:
    """The event's town or province is named in its own sentence (or in the given part of it)."""
    if place is None or not (place.name or place.admin1):
        return False
    start, end = span or (unit.start, unit.end)
    return any(
        m.place is not None and (m.place.name, m.place.admin1) == (place.name, place.admin1)
        for m in ctx.place_mentions_within(start, end)
    )


def summary(event: EventMention) -> str:
    """A one-sentence note in ACLED's style."""
    when = f"On or around {event.date.isoformat()}" if event.date else "On an unknown date"
    who = event.actor1 or "unidentified actors"
    what = event.sub_event_type.lower()
    against = f" against {event.actor2}" if event.actor2 else ""
    where = f" in {place_label(event.place)}" if event.place else ""
    text = f"{when}, {who}: {what}{against}{where}."
    if event.claimed_by:
        text += f" Claimed by {event.claimed_by}."
    if event.affiliation is not None:
        text += f" Members: {event.affiliation.members}."
    if event.fatalities_min is not None:
        about = "about " if event.fatalities_approximate else ""
        text += f" {about}{event.fatalities_min} fatalities."
    return text


def place_label(place: Place) -> str:
    return ", ".join(p for p in (place.name, place.admin1, place.country) if p)
