"""An incident's death toll: the figure its own words state, not the toll of another incident told in
the same sentence."""

from __future__ import annotations

from functools import cache
from typing import Any

from eventledger.annotate import doc_text
from eventledger.extract.event_lexicon import VIOLENT_FAMILIES, cue
from eventledger.extract.event_parse import is_passive, subject_of
from eventledger.extract.event_triggers import Hit, Unit
from eventledger.extract.numbers import parse_fatalities
from eventledger.extract.times import intervals_after
from eventledger.kb.taxonomy import violent_event_types
from eventledger.models import EventMention, Fatalities


def set_fatalities(event: EventMention, unit: Unit, group: list[Hit], killing: bool = False) -> None:
    # "executed dozens of civilians", "beheaded nine villagers": every verb of killing states a toll
    # a violent incident's sentence may state its toll without a verb of killing ("the death toll from the
    # strike has risen to seven"); parse_fatalities itself needs a death word
    killing = killing or any(
        h.trigger.words[0] in cue("kill_verb") or h.head.lemma_.lower() in cue("kill_verb") or burned_alive(h.head)
        or (h.trigger.family in VIOLENT_FAMILIES and h.trigger.alone)
        for h in group
    )
    # a killing the model found where no trigger word of killing stands ("shootings leave 7 dead")
    killing = killing or (event.event_type in violent_event_types() and any(h.trigger.learned for h in group))
    figure = parse_fatalities(fatality_text(unit, group)) if killing else None
    named = people_killed(group) if figure is None else 0
    if named:
        figure = Fatalities(named, named, False, "one person killed" if named == 1 else f"{named} people killed")
    if figure is None or figure.minimum is None:
        # "over 100 killed and injured" counts casualties, not deaths: it is no death figure (ontology.md)
        return
    event.fatalities_min, event.fatalities_max = figure.minimum, figure.maximum
    event.fatalities_approximate = figure.approximate


def fatality_text(unit: Unit, group: list[Hit]) -> str:
    """The words whose toll belongs to this incident: "militants shelled the capital, killing two, while
    troops recaptured a town": a 'while' clause reporting another incident, or the phrase of an earlier
    incident recalled beside it, keeps its own toll."""
    own_texts = {h.own_text for h in group if h.own_text}
    if len(own_texts) == 1:
        return next(iter(own_texts))
    spans = {h.own_span for h in group}
    if len(spans) == 1 and None not in spans:
        start, end = next(iter(spans))  # type: ignore[misc]
        return doc_text(unit.span.doc)[start:end].strip()
    if group and all(h.counted_back for h in group):
        # the earlier incident's own clause ("two days after two officers were killed at a post") has its toll
        tokens = {t.i: t for h in group for t in counted_back_clause(h.head).subtree}
        return _original_text([tokens[i] for i in sorted(tokens)])
    recalled = [h.head for h in unit.hits if is_earlier_incident(h) and h not in group]
    if recalled and all(h.head.i < recalled[0].i for h in group):
        # "this attack comes two weeks after a similar incursion, which had left 4 dead": the rest of the
        # sentence tells the earlier incident, with its own toll
        return unit.span.doc[unit.span.start : recalled[0].left_edge.i].text
    clauses = [tok for tok in unit.span if contrast_root(tok) and any(h.head in tok.subtree for h in unit.hits)]
    if not clauses:
        return unit.text
    own = next((c for c in clauses if all(h.head in c.subtree for h in group)), None)
    if own is not None:
        return _original_text([t for t in own.subtree])
    inside = {t.i for c in clauses for t in c.subtree}
    return _original_text([t for t in unit.span if t.i not in inside])


def _original_text(tokens: list[Any]) -> str:
    """The tokens as written, with their own spacing: rejoining them with spaces would turn
    "a 12-year-old" into "a 12 - year - old", whose 12 then reads as a toll."""
    return "".join(t.text_with_ws for t in tokens).strip()


def is_earlier_incident(hit: Hit) -> bool:
    """'a similar incursion', 'a previous attack': another, earlier incident named for comparison; and
    one counted back from the sentence's own ("..., two days after two officers were killed at a post")."""
    return hit.background and hit.counted_back or hit.background and any(
        c.dep_ == "amod" and c.lemma_.lower() in cue("earlier_marker") for c in hit.head.children
    )


def counted_back_clause(head: Any) -> Any:
    """The clause an earlier incident is told in: the verb its trigger stands in (itself, for a verb)."""
    for tok in (head, *head.ancestors):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return head


def mark_counted_back(unit: Unit, hits: list[Hit]) -> None:
    """ "Militants attacked a checkpoint on Thursday, killing three, two days after two officers were
    killed at a post": the incident after "N days after" is an earlier one, with its own day and toll, when
    the sentence tells an incident of its own before the interval (with none, as in "traders reopened on
    Tuesday, two days after a bomb killed nine", the one counted back is the sentence's news)."""
    for start, end, _days, _precision in intervals_after(unit.text):
        before = [h for h in hits if h.head.idx < unit.start + start and not h.background]
        after = [h for h in hits if h.head.idx >= unit.start + end]
        # the sentence's own incident is told by a verb ("attacked", "killing"): "ordered them to end the
        # killings, a week after 41 villagers were killed" tells only the one counted back; nor is dying ("a
        # staffer dies two days after being shot"): the death is the toll of the shooting counted back to
        if after and any(
            h.trigger.family in VIOLENT_FAMILIES and h.head.pos_ == "VERB"
            and h.trigger.words[0] not in cue("dying_verb")
            for h in before
        ):
            for h in after:
                h.background = h.counted_back = True
            return


def contrast_root(tok: Any) -> bool:
    """A "while/whereas" clause with a subject of its own ("..., while government forces recaptured a town"):
    another side's act. Without one ("killed three while torching a village") it is the same doers, at once."""
    return (
        tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in tok.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def people_killed(group: list[Hit]) -> int:
    """How many people a killing names one by one ("killed a community leader": 1; "a soldier and a suspected
    rebel were killed": 2), or 0 when it names none that way."""
    for hit in group:
        # "shot a policeman" may have only wounded him: "shoot" alone is no proof of a death, "shot dead" is
        killing = hit.trigger.words[0] in cue("kill_verb").keys() - {"shoot"} or shot_dead(hit.head) or burned_alive(
            hit.head
        )
        if not killing or hit.head.pos_ != "VERB":
            continue
        if is_passive(hit.head) or hit.trigger.words[0] in cue("dying_verb"):
            victim = subject_of(hit.head)
        elif hit.head.dep_ == "acl" and hit.head.tag_ in ("VBN", "VBD"):  # a participle, maybe tagged as a past
            victim = hit.head.head  # "Woman, 78, killed in junta raid", "a boy killed by a landmine"
        else:  # "gunmen killed a community leader"
            victim = next((c for c in hit.head.children if c.dep_ == "dobj"), None)
        if victim is None:
            continue
        joined = [v for v in victim.conjuncts if is_one_person(v, joined=True) and _names_a_person(v)]
        if joined and is_one_person(victim, joined=True) and len(joined) == len(victim.conjuncts):
            return 1 + len(joined)  # "a soldier and a suspected rebel", "a poet and his son"
        if is_one_person(victim):
            return 1
    return 0


def _names_a_person(tok: Any) -> bool:
    """A word for a person ("son", "soldier", "shopkeeper") or a person's name: not "the countryside" that a
    parse may coordinate with the one killed."""
    return tok.lemma_.lower() in _person_words() or tok.ent_type_ == "PERSON"


@cache
def _person_words() -> frozenset[str]:
    return frozenset(cue("civilian_noun").keys() | cue("armed_victim").keys() | cue("local_noun").keys())


def shot_dead(verb: Any) -> bool:
    """ "shot dead their driver", "shot him dead": a verb of shooting whose result is a death."""
    if verb.lemma_.lower() != "shoot":
        return False
    # "shot dead Juan Perez" may hang "dead" on the name, as an adjective of the one shot
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        c.lower_ == "dead" and c.dep_ in ("advmod", "oprd", "acomp", "xcomp", "amod")
        for c in [*verb.children, *(g for o in objects for g in o.children if g.i == verb.i + 1)]
    )


def burned_alive(verb: Any) -> bool:
    """ "burned a man alive", "was burned alive", "burned four traders to death": a death, as "shot dead" is."""
    if verb.lemma_.lower() not in ("burn", "torch"):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    words = [*verb.children, *(g for o in objects for g in o.children)]
    to_death = any(w.lower_ == "to" and any(g.lower_ == "death" for g in w.children) for w in words)
    return to_death or any(w.lower_ == "alive" for w in words)


def is_one_person(tok: Any, joined: bool = False) -> bool:
    """A singular noun phrase naming one person: no number, not a group word, and no coordination unless
    ``joined`` (then each of "a soldier and a rebel" is one person)."""
    several = cue("group_noun").keys() | cue("household_noun").keys() | cue("quantity").keys()
    if tok.tag_ not in ("NN", "NNP") or tok.lemma_.lower() in several:
        return False
    return not any(c.dep_ == "nummod" or (c.dep_ == "conj" and not joined) for c in tok.children)
