"""Blame stated beside an incident: "the army said, blaming the National Liberation Army", "a military
source blamed the attack on ISWAP fighters", "local authorities blamed the Houthis", "the traces point to
the PKK". The blamed side becomes the perpetrator (actor1) of an incident whose perpetrator is unnamed:
ACLED codes the attributed actor when the article reports no other."""

from __future__ import annotations

from typing import Any

from eventledger.extract.event_actor_names import ArticleContext
from eventledger.extract.event_claims import last_incident
from eventledger.extract.event_lexicon import cue
from eventledger.extract.event_merge import Draft, is_unnamed
from eventledger.extract.event_parse import prep_object, subject_of
from eventledger.extract.event_triggers import Unit


def blame_statements(unit: Unit) -> list[tuple[Any, Any]]:
    """(blame verb, blamed noun) pairs of a sentence, affirmative only."""
    suspected = suspected_fragment(unit)
    if suspected is not None:
        return [suspected]
    found = []
    for verb in unit.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue("blame_statement"):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "police did not blame any group"
        blamed = blamed_noun(verb)
        if blamed is not None:
            found.append((verb, blamed))
    return found


def suspected_fragment(unit: Unit) -> tuple[Any, Any] | None:
    """ "Suspected JAS (Boko Haram).", "Suspected JNIM.": a coder's verbless note naming who is suspected of the
    incident just told; the word of suspicion and the phrase's head."""
    words = [t for t in unit.span if not t.is_space and not t.is_punct]
    if not words or words[0].lower_ not in cue("suspicion_word") or any(t.pos_ in ("VERB", "AUX") for t in words[1:]):
        return None
    root = next((t for t in words[1:] if t.head.i == t.i or t.head.i == words[0].i), None)
    return (words[0], root) if root is not None and root.pos_ in ("NOUN", "PROPN") else None


def blamed_noun(verb: Any) -> Any | None:
    """The blamed side: 'blamed the attack on X' (the 'on' object), 'blamed X (for ...)' (the object),
    'accused X of', 'attributed it to X', 'the traces point to X', 'held X responsible'."""
    lemma = verb.lemma_.lower()
    marker = cue("blame_statement")[lemma]
    if lemma == "point":
        subject = subject_of(verb)
        if subject is None or subject.lemma_.lower() not in cue("evidence_noun"):
            return None  # "the spokesman pointed to the map"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if marker in ("on", "to"):
        # the parser often hangs the phrase on the object: "blamed [the attack on ISWAP fighters]"
        found = prep_object(verb, (marker,)) or (prep_object(obj, (marker,)) if obj is not None else None)
        if found is not None or lemma != "blame":
            return found
    if obj is None:
        return None
    if marker == "responsible" and not any(c.lower_ == "responsible" for c in verb.subtree):
        return None  # "held talks", "held a meeting"
    return obj


def attach_blame(ctx: ArticleContext, unit: Unit, drafts: list[Draft], own: list[Draft]) -> None:
    """The sentence's own incident takes the blamed side; a blame in a sentence of its own ("A military
    source blamed the attack on ISWAP fighters") is about the incident just reported."""
    for verb, blamed in blame_statements(unit):
        name, civilian = ctx.actor_name(blamed, ctx.default_country)
        if not name or civilian or is_unnamed(name):
            continue
        inside = {t.idx for t in verb.subtree}
        mine = [d for d in own if not d.event.background and d.order not in inside]
        target = mine[0] if mine else last_incident(drafts, unit)
        if target is not None and is_unnamed(target.event.actor1) and target.event.actor2 != name:
            target.event.actor1 = name
