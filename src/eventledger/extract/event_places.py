"""Where an event happened: the place mentions of its sentence less those owned by another event's
clause or phrase, resolved by the place resolver."""

from __future__ import annotations

from typing import Any

from eventledger.extract.event_actor_names import ArticleContext
from eventledger.extract.event_lexicon import cue
from eventledger.extract.event_triggers import Hit, cause_of_an_arrest
from eventledger.extract.places import place_for_span
from eventledger.models import Mention, Place


def place_for(ctx: ArticleContext, start: int, end: int, mentions: list[Mention]) -> Place | None:
    """The place of an event whose trigger clause is [start, end), with the article's place context."""
    return place_for_span(ctx.places, start, end, mentions)


def foreign_tokens(unit_hits: list[Hit], group: list[Hit]) -> set[int]:
    """Tokens of a sentence that belong to its other events: the clauses of their own triggers ("a month
    after both sides signed a ceasefire in Jeddah") and the phrases of their event nouns ("despite a truce
    brokered in Doha"). A place named there is not where this group's event happened."""
    own_clauses = {h.clause_head.i for h in group}
    own_heads = {h.head.i for h in group}
    foreign: set[int] = set()
    for hit in unit_hits:
        if hit in group or hit.trigger.family == "claim" or cause_of_an_arrest(hit, group):
            continue  # "arrested three suspects over the bombing in Quetta": the arrest was there too
        governs_us = any(hit.clause_head.i in {a.i for a in h.head.ancestors} for h in group)
        if hit.clause_head.i not in own_clauses and not governs_us:
            # a clause under ours or beside it; a clause that governs ours ("arrested ... in Kunduz,
            # accusing them of planning last week's bombing") may well name our place too
            foreign |= {t.i for t in hit.clause_head.subtree}
        if hit.head.pos_ in ("NOUN", "PROPN"):
            subtree = {t.i for t in hit.head.subtree}
            if not subtree & own_heads:
                foreign |= subtree
    for hit in group:
        # "the Ministry of Foreign Affairs in Port Sudan condemned the attack on El Obeid": where the one
        # who reacts sits is no place of the event
        verb = hit.head.head
        if hit.head.dep_ == "dobj" and verb.lemma_.lower() in cue("reaction_verb"):
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                foreign |= {t.i for t in subject.subtree}
    for tok in group[0].head.sent if group else ():
        # "condemned the attack in a statement issued in Islamabad": where the statement was made
        if tok.lemma_.lower() in cue("statement_noun") and tok.pos_ == "NOUN":
            subtree = {t.i for t in tok.subtree}
            if not subtree & own_heads:
                foreign |= subtree
    return foreign


def own_place_mentions(ctx: ArticleContext, unit_span: Any, unit_hits: list[Hit], group: list[Hit]) -> list[Mention]:
    """The article's place mentions less those inside another event's clause or phrase of this sentence."""
    foreign = foreign_tokens(unit_hits, group)
    spans = {h.place_span for h in group if h.place_span is not None}
    if len(spans) == 1:
        # "six were killed in Mora and four in Koza": each part's place is the one named in its own words
        start, end = next(iter(spans))
        foreign |= {t.i for t in unit_span if not start <= t.idx < end}
    based = doers_bases(group) - foreign
    if not foreign and not based:
        return ctx.place_mentions
    kept = _outside(ctx.place_mentions, unit_span, foreign)
    # where the doers are based is no place of the event, unless the sentence names no other
    elsewhere = _outside(kept, unit_span, based)
    in_sentence = [m for m in elsewhere if unit_span.start_char <= m.start < unit_span.end_char]
    return elsewhere if in_sentence else kept


def doers_bases(group: list[Hit]) -> set[int]:
    """ "Terrorist organizations positioned in the countryside of Idleb targeted villages in Hama": the tokens
    that say where the doers are based, not where they struck."""
    tokens: set[int] = set()
    for hit in group:
        for subject in (c for c in hit.head.children if c.dep_ == "nsubj"):
            for based in (c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in cue("based_verb")):
                tokens |= {t.i for t in based.subtree}
    return tokens


def _outside(mentions: list[Mention], unit_span: Any, tokens: set[int]) -> list[Mention]:
    if not tokens:
        return mentions
    starts = {t.idx: t.i for t in unit_span}
    kept = []
    for m in mentions:
        index = starts.get(m.start)
        if index is None and unit_span.start_char <= m.start < unit_span.end_char:
            index = next((t.i for t in unit_span if t.idx <= m.start < t.idx + len(t)), None)
        if index is None or index not in tokens:
            kept.append(m)
    return kept
