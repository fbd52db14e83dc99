"""Clause-level event extraction: an annotated Article -> its EventMentions.

A trigger lexicon (``data/lexicons/event_triggers.tsv``) finds verbs and event nouns; filters drop
mentions that are not events (negated, modal or conditional, planned, habitual, sports, "killed off a
product"); the triggers of one sentence are pooled into one incident whose sub-event type is the most
specific compatible one (the classifier chooses among what is left); arguments come from the
dependency parse, then the pieces other stages own (times, numbers, places, classifier, actor KB) are
called through the adapter section below.

Decisions worth knowing:
- Date: a time expression in the trigger's clause, else an unowned one in its sentence, else one in its
  paragraph. With none, the date is unknown (None) except for a breaking report: a simple-past violent
  event in the article's first body paragraph is dated to the publication date with week precision.
- One event per incident: a later mention of the same kind of event (a definite "the bombing", or the
  same sub-type at the same town) with compatible date, place and actors is merged into the first.
- background: an event noun inside a "since/after/following ..." phrase with no date of its own.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from eventledger.kb.taxonomy import event_type_of, is_acled
from eventledger.models import Article, EventMention, Fatalities, Mention, Place, TimeResolution

LEXICONS = "eventledger.data.lexicons"
TRIGGERS_FILE = "event_triggers.tsv"
CUES_FILE = "event_cues.tsv"
# ACLED: when one incident has several parts, the most severe decides; Battles outrank the rest.
EVENT_TYPE_RANK = {
    "Battles": 6,
    "Explosions/Remote violence": 5,
    "Violence against civilians": 4,
    "Riots": 3,
    "Protests": 2,
    "Strategic developments": 1,
    "Other events": 0,
}
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "parataxis", "acl", "pcomp"})
VIOLENT_FAMILIES = frozenset({"violence", "explosion", "territory", "riot"})


# ---------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]
    pos: str  # VERB, NOUN or ANY
    family: str
    candidates: tuple[str, ...]
    specificity: int
    strength: float
    alone: bool


def _read_tsv(name: str) -> list[dict[str, str]]:
    text = resources.files(LEXICONS).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def load_triggers() -> dict[str, tuple[Trigger, ...]]:
    """Triggers keyed by their first word, longest first so multi-word entries win."""
    by_first: dict[str, list[Trigger]] = defaultdict(list)
    for row in _read_tsv(TRIGGERS_FILE):
        trigger = Trigger(
            tuple(row["lemma"].lower().split()),
            row["pos"],
            row["family"],
            tuple(row["candidates"].split(";")),
            int(row["specificity"]),
            float(row["strength"]),
            row["alone"] == "yes",
        )
        for sub_type in trigger.candidates:
            event_type_of(sub_type)  # fails loudly on a misspelt sub-event type
        by_first[trigger.words[0]].append(trigger)
    return {k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in by_first.items()}


@cache
def load_cues() -> dict[str, dict[str, str]]:
    """Cue words by kind: {kind: {word: value}}."""
    cues: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _read_tsv(CUES_FILE):
        cues[row["kind"]][row["word"]] = row.get("value") or ""
    return dict(cues)


def cue(kind: str) -> dict[str, str]:
    return load_cues().get(kind, {})


# ---------------------------------------------------------------- sentences and triggers


@dataclass
class Unit:
    """A body sentence; a verbless fragment opening with a preposition is joined to the one before."""

    span: Any  # spaCy Span
    paragraph: int
    hits: list[Hit] = field(default_factory=list)
    times: list[tuple[int, int, TimeResolution]] = field(default_factory=list)  # absolute offsets

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char

    @property
    def text(self) -> str:
        return self.span.text


@dataclass
class Hit:
    trigger: Trigger
    head: Any  # spaCy Token
    tokens: list[Any]
    clause_head: Any
    background: bool = False


def body_units(article: Article) -> list[Unit]:
    doc = article.doc
    units: list[Unit] = []
    for sent in doc.sents:
        para = paragraph_index(article, sent.start_char)
        if para is not None and article.paragraphs[para].kind == "heading":
            continue
        para = -1 if para is None else para
        if units and units[-1].paragraph == para and is_fragment(sent):
            units[-1].span = doc[units[-1].span.start : sent.end]
            continue
        units.append(Unit(sent, para))
    return units


def paragraph_index(article: Article, char: int) -> int | None:
    for i, para in enumerate(article.paragraphs):
        if para.start <= char < para.end:
            return i
    return None


def is_fragment(sent: Any) -> bool:
    words = [t for t in sent if not t.is_space and not t.is_punct]
    return bool(words) and words[0].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in words)


def find_hits(unit: Unit) -> list[Hit]:
    triggers = load_triggers()
    tokens = list(unit.span)
    hits: list[Hit] = []
    used: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.i in used:
            continue
        for trigger in triggers.get(tok.lemma_.lower(), ()) + triggers.get(tok.lower_, ()):
            matched = match_trigger(trigger, tokens, i)
            if matched:
                head = matched[0] if trigger.pos == "VERB" else matched[-1]
                hits.append(Hit(trigger, head, matched, clause_head_of(head)))
                used.update(t.i for t in matched)
                break
    return hits


def match_trigger(trigger: Trigger, tokens: list[Any], i: int) -> list[Any] | None:
    n = len(trigger.words)
    if i + n > len(tokens):
        return None
    window = tokens[i : i + n]
    for word, tok in zip(trigger.words, window, strict=True):
        if word not in (tok.lemma_.lower(), tok.lower_):
            return None
    head = window[0] if trigger.pos == "VERB" else window[-1]
    if trigger.pos == "VERB" and head.pos_ != "VERB":
        return None
    if trigger.pos == "NOUN" and head.pos_ not in ("NOUN", "PROPN") and head.tag_ != "VBG":
        return None
    return window


def clause_head_of(token: Any) -> Any:
    current = token
    while not (current.dep_ in CLAUSE_DEPS and current.pos_ in ("VERB", "AUX")):
        if current.head.i == current.i:
            break
        current = current.head
    return current


# ---------------------------------------------------------------- non-events


def non_event_reason(hit: Hit, unit: Unit) -> str | None:
    """Why this trigger does not report a real, specific, past or present event; None if it does."""
    head, gov = hit.head, hit.clause_head
    verbs = [head, gov] if head.i != gov.i else [head]
    if any(c.dep_ == "neg" for v in verbs for c in v.children):
        return "negated"
    if any(c.lower_ in cue("negation") and c.dep_ in ("det", "advmod") for c in head.children):
        return "negated"
    if any(c.dep_ == "aux" and c.lemma_.lower() in cue("modal") for v in verbs for c in v.children):
        return "modal"
    if under_condition(gov):
        return "conditional"
    if expresses_intent(head) or expresses_intent(gov):
        return "intent"
    if any(c.dep_ == "advmod" and c.lemma_.lower() in cue("habitual") for v in verbs for c in v.children):
        return "habitual"
    if hit.trigger.pos != "NOUN" and head.pos_ == "VERB" and is_present_simple(head):
        return "habitual"
    if has_inanimate_object(hit):
        return "not about people"
    if hit.trigger.specificity < 3 and mentions_sport(unit):
        return "sports"
    return None


def under_condition(token: Any) -> bool:
    for t in [token, *token.ancestors]:
        if any(c.dep_ == "mark" and c.lemma_.lower() in cue("condition") for c in t.children):
            return True
    return False


def expresses_intent(token: Any) -> bool:
    intent = cue("intent")
    parent = token.head
    if parent.pos_ == "ADP":
        parent = parent.head
    return parent.i != token.i and parent.lemma_.lower() in intent and token.dep_ != "conj"


def is_present_simple(verb: Any) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP")
    return all(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes) and verb.tag_ == "VBN"


def has_inanimate_object(hit: Hit) -> bool:
    if hit.trigger.words[0] not in ("kill", "execute", "shoot", "attack"):
        return False
    children = list(hit.head.children)
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cue("inanimate") for c in children)


def mentions_sport(unit: Unit) -> bool:
    sports = cue("sports")
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in sports for t in unit.span)


def is_generic_plural(hit: Hit) -> bool:
    head = hit.head
    if hit.trigger.pos == "VERB" or head.tag_ != "NNS":
        return False
    return not any(c.dep_ in ("det", "nummod", "poss", "amod") for c in head.children)


def is_background(hit: Hit, owned_time: bool) -> bool:
    """An event noun inside a 'since/after ...' phrase, with no date of its own: recalled as context."""
    if hit.head.pos_ not in ("NOUN", "PROPN") or owned_time:
        return False
    current = hit.head
    while current.dep_ in ("pobj", "conj", "poss", "compound", "appos", "prep") and current.head.i != current.i:
        current = current.head
        if current.pos_ in ("ADP", "SCONJ") and current.lemma_.lower() in cue("background"):
            return True
    return False


# ---------------------------------------------------------------- actors and roles

NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "det"})


class ArticleContext:
    """Look-ups over one article shared by the event and affiliation extractors."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.published = article.published_date
        self.actor_mentions = sorted(
            (m for m in article.mentions if m.kind == "actor" and m.canonical), key=lambda m: m.start
        )
        places = [m.place for m in article.mentions if m.kind == "place" and m.place is not None]
        self.default_country = places[0].country if places else None
        self.place_mentions = event_place_mentions(article)
        self.last_joined: str | None = None  # the group most recently joined, for "the organization"

    def actors_over(self, tokens: list[Any]) -> list[str]:
        names: list[str] = []
        for tok in tokens:
            start, end = tok.idx, tok.idx + len(tok)
            for m in self.actor_mentions:
                if m.start < end and m.end > start and m.canonical not in names:
                    names.append(m.canonical)
        return names

    def actor_name(self, tok: Any, country: str | None) -> tuple[str | None, bool]:
        """The canonical actor a noun phrase names, and whether it names civilians."""
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
            tok = tok.head.head
        phrase = noun_phrase(tok)
        names = self.actors_over([tok]) or self.actors_over(phrase)
        if names:
            return names[0], False
        core = " ".join(t.text for t in phrase if t.dep_ in ("compound", "amod") or t.i == tok.i)
        name = kb_actor_name(core, self.published) if tok.pos_ in ("NOUN", "PROPN") else None
        if name:
            return name, False
        for word in word_forms(tok):
            name, civilian = generic_actor(word, country or self.default_country)
            if name:
                return name, civilian
        return None, False


def noun_phrase(tok: Any) -> list[Any]:
    """The token with its modifiers, appositions and 'of' phrases, but no clauses."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in NP_DEPS or (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")):
            out.extend(noun_phrase(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            out.extend(t for p in child.children if p.dep_ == "pobj" for t in noun_phrase(p))
    return sorted(out, key=lambda t: t.i)


def word_forms(tok: Any) -> list[str]:
    """Lemma and singular guesses: the tagger sometimes leaves a capitalised plural ('Gunmen') as is."""
    lower = tok.lower_
    return list(dict.fromkeys([tok.lemma_.lower(), lower, lower.removesuffix("s"), lower.replace("men", "man")]))


def generic_actor(lemma: str, country: str | None) -> tuple[str | None, bool]:
    suffix = f" ({country})" if country else ""
    if lemma in cue("civilian_noun") or lemma in cue("civilian_place"):
        return f"Civilians{suffix}", True
    template = cue("generic_actor").get(lemma)
    if not template:
        return None, False
    name = template.format(country=country or "").replace(" ()", "").strip()
    return (name.removesuffix(" of") if not country else name), False


def subject_of(verb: Any) -> Any | None:
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ not in ("conj", "xcomp", "advcl") or current.head.i == current.i:
            return None
        current = current.head
    return None


def is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def prep_object(tok: Any, preps: tuple[str, ...]) -> Any | None:
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def roles(hit: Hit) -> tuple[Any | None, Any | None]:
    """(agent, patient) tokens of a trigger from the dependency parse."""
    head = hit.head
    if head.pos_ == "VERB":
        subj = subject_of(head)
        if is_passive(head):
            return prep_object(head, ("by",)), subj
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        return subj, obj or prep_object(head, ("on", "against", "with", "at"))
    agent = next((c for c in head.children if c.dep_ == "poss"), None) or prep_object(head, ("by",))
    agent = agent or next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if agent is None and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
        agent = subject_of(head.head) if head.dep_ == "dobj" else prep_object(head.head, ("by",))
    patient = prep_object(head, ("on", "against", "with", "targeting"))
    if patient is None:
        for child in head.children:
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in ("target", "hit", "strike"):
                patient = next((c for c in child.children if c.dep_ == "dobj"), None)
    return agent, patient


# ---------------------------------------------------------------- assembling events

INCIDENT_FAMILIES = frozenset({"violence", "explosion", "territory", "riot", "protest", "property", "disaster"})
INCIDENT_FAMILIES |= {"disrupted"}
KILL_WORDS = frozenset({"kill", "die", "shoot", "gun"})


def extract_events(article: Article) -> list[EventMention]:
    """Every event the article reports, in text order of its evidence and trigger, one per incident."""
    from eventledger.extract.affiliations import affiliation_events, merge_affiliations

    if article.doc is None:
        return []
    ctx = ArticleContext(article)
    units = body_units(article)
    drafts: list[Draft] = []
    for unit in units:
        unit.hits = [h for h in find_hits(unit) if non_event_reason(h, unit) is None]
        if not unit.hits:
            continue
        unit.times = [(unit.start + s, unit.start + e, r) for s, e, r in time_expressions(unit.text, ctx.published)]
        affiliations = affiliation_events(ctx, unit, [h for h in unit.hits if h.trigger.family == "affiliation"])
        drafts.extend(affiliations)
        joined = {d.subject_index: d.event.affiliation.to_group for d in affiliations if d.event.affiliation}
        drafts.extend(incident_events(ctx, unit, units, joined, drafts))
    events = merge_incidents([d for d in drafts if d.event.affiliation is None])
    events += merge_affiliations([d for d in drafts if d.event.affiliation is not None])
    events.sort(key=lambda d: (d.event.start, d.order))
    out = []
    for i, draft in enumerate(events):
        draft.event.mention_id = f"{article.document_id}#{i}"
        draft.event.notes = summary(draft.event)
        out.append(draft.event)
    return out


@dataclass
class Draft:
    """An EventMention under construction, with what merging needs to know."""

    event: EventMention
    order: int
    definite: bool = False
    generic: bool = False  # only generic triggers ("the attack"): may refer back to any violent incident
    own_place: bool = False
    subject_index: int | None = None


def incident_events(
    ctx: ArticleContext,
    unit: Unit,
    units: list[Unit],
    joined: dict[int | None, str | None],
    drafts: list[Draft],
) -> list[Draft]:
    hits = [h for h in unit.hits if h.trigger.family in INCIDENT_FAMILIES | {"agreement", "arrest"}]
    claims = [h for h in unit.hits if h.trigger.family == "claim"]
    for hit in hits:
        hit.background = is_background(hit, has_time_inside(unit, hit.head))
    groups = group_hits(hits)
    out = [d for g in groups if (d := build_incident(ctx, unit, units, g, joined)) is not None]
    claimant = claimant_of(ctx, claims)
    if claimant:
        target = next((d for d in out if not d.event.background), None) or last_incident(drafts, unit)
        if target is not None:
            target.event.claimed_by = claimant
            if is_unnamed(target.event.actor1):
                target.event.actor1 = claimant
        elif not out:
            out.append(claim_event(ctx, unit, claims[0], claimant))
    return out


def group_hits(hits: list[Hit]) -> list[list[Hit]]:
    """One incident per sentence, except background mentions, agreements and plain arrests."""
    main = [h for h in hits if not h.background and h.trigger.family in INCIDENT_FAMILIES]
    if main and any(h.trigger.family == "protest" for h in main):
        main += [h for h in hits if h.trigger.family == "arrest" and not h.background]
    background = [h for h in hits if h.background]
    rest = [h for h in hits if h not in main and not h.background]
    groups = [g for g in (main, background) if g]
    groups += [[h] for h in rest]
    return [g for g in groups if any(h.trigger.alone and not is_generic_plural(h) for h in g)]


def choose_candidates(group: list[Hit]) -> list[str]:
    ranked = sorted(group, key=lambda h: (-h.trigger.specificity, -type_rank(h.trigger.candidates[0])))
    candidates = list(ranked[0].trigger.candidates)
    for hit in ranked[1:]:
        common = [c for c in candidates if c in hit.trigger.candidates]
        candidates = common or candidates
    return candidates


def type_rank(sub_type: str) -> int:
    return EVENT_TYPE_RANK.get(event_type_of(sub_type), 0)


def build_incident(
    ctx: ArticleContext,
    unit: Unit,
    units: list[Unit],
    group: list[Hit],
    joined: dict[int | None, str | None],
) -> Draft | None:
    primary = max(group, key=lambda h: (h.trigger.specificity, type_rank(h.trigger.candidates[0])))
    clause = clause_span(primary.clause_head)
    place = place_for(ctx.article, clause[0], clause[1], ctx.place_mentions)
    country = place.country if place else ctx.default_country
    actor1, actor2, civilian = incident_actors(ctx, group, country, joined)
    candidates = choose_candidates(group)
    sub_type, probability = pick_sub_type(candidates, unit.text, civilian, actor2, group)
    actor1 = crowd_actor(event_type_of(sub_type), actor1, country)
    event = EventMention(
        mention_id="",
        document_id=ctx.article.document_id,
        event_type=event_type_of(sub_type),
        sub_event_type=sub_type,
        evidence=unit.text.strip(),
        start=unit.start,
        end=unit.start + len(unit.text.rstrip()),
        actor1=actor1,
        actor2=actor2 if actor2 != actor1 else None,
        civilian_targeting=civilian and event_type_of(sub_type) in CIVILIAN_TARGET_TYPES,
        place=place,
        background=all(h.background for h in group),
        certainty=round(primary.trigger.strength * (0.6 + 0.4 * probability), 3),
    )
    set_date(event, ctx, unit, units, group)
    set_fatalities(event, unit, group)
    if is_acled(sub_type) and not (event.actor1 or event.actor2 or event.place):
        return None
    definite = primary.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and c.lower_ in cue("definite") for c in primary.head.children
    )
    generic = primary.trigger.specificity <= 1
    return Draft(event, primary.head.idx, definite=definite, generic=generic)


VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
CIVILIAN_TARGET_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})


def crowd_actor(event_type: str, actor1: str | None, country: str | None) -> str | None:
    """ACLED names a protest's crowd 'Protesters (country)' and a riot's 'Rioters (country)'."""
    crowd = {"Protests": "protester", "Riots": "rioter"}.get(event_type)
    if crowd is None or not (actor1 is None or actor1.startswith("Civilians")):
        return actor1
    return generic_actor(crowd, country)[0]


def incident_actors(
    ctx: ArticleContext, group: list[Hit], country: str | None, joined: dict[int | None, str | None]
) -> tuple[str | None, str | None, bool]:
    agents: list[str] = []
    patients: list[str] = []
    civilian = False
    ordered = sorted(group, key=lambda h: -h.trigger.specificity)
    for hit in ordered:
        agent, patient = roles(hit)
        for tok, bucket in ((agent, agents), (patient, patients)):
            if tok is None:
                continue
            name = joined.get(tok.i) or None
            is_civ = False
            if name is None:
                name, is_civ = ctx.actor_name(tok, country)
            if name and name not in bucket:
                bucket.append(name)
                if bucket is patients and is_civ:
                    civilian = True
    actor1 = agents[0] if agents else None
    others = [p for p in patients if p != actor1]
    if actor1 is None and len(others) > 1:
        # a fight described from one side: "X was killed in a clash with Y" -> X's side against Y
        actor1, others = others[-1], others[:-1]
    actor2 = others[0] if others else None
    civilian = civilian and bool(actor2 and actor2.startswith("Civilians"))
    return actor1, actor2, civilian


def pick_sub_type(
    candidates: list[str], text: str, civilian: bool, actor2: str | None, group: list[Hit]
) -> tuple[str, float]:
    if "Attack" in candidates and "Armed clash" in candidates:
        if civilian:
            return "Attack", 0.8
        if actor2 and not actor2.startswith("Civilians"):
            return "Armed clash", 0.7
    if len(candidates) == 1:
        return candidates[0], 0.8
    # the classifier only chooses within the leading event type: a lone "arrested" stays Arrests, and a
    # protest's intervention comes from its own trigger words, not from the classifier's guess
    candidates = [c for c in candidates if event_type_of(c) == event_type_of(candidates[0])]
    scores = classifier_scores(text) if len(candidates) > 1 else {}
    if not scores:
        return candidates[0], 0.5
    best = max(candidates, key=lambda c: scores.get(c, 0.0))
    return best, scores.get(best, 0.0)


def clause_span(clause_head: Any) -> tuple[int, int]:
    tokens = list(clause_head.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def has_time_inside(unit: Unit, token: Any) -> bool:
    return any(within(s, token) for s, _e, _r in unit.times)


def within(char: int, token: Any) -> bool:
    """Whether a character offset falls inside the token's phrase (its subtree)."""
    subtree = list(token.subtree)
    return subtree[0].idx <= char < subtree[-1].idx + len(subtree[-1])


def times_owned(unit: Unit, hits: list[Hit]) -> list[TimeResolution]:
    heads = {h.clause_head.i for h in hits}
    return [r for s, _e, r in unit.times if (tok := token_at(unit, s)) is not None and clause_head_of(tok).i in heads]


def token_at(unit: Unit, char: int) -> Any | None:
    return next((t for t in unit.span if t.idx <= char < t.idx + len(t) + 1), None)


def unowned_times(unit: Unit) -> list[TimeResolution]:
    heads = {h.clause_head.i for h in unit.hits}
    return [r for s, _e, r in unit.times if (tok := token_at(unit, s)) is None or clause_head_of(tok).i not in heads]


def set_date(
    event: EventMention,
    ctx: ArticleContext,
    unit: Unit,
    units: list[Unit],
    group: list[Hit],
    allow_report_date: bool = True,
) -> None:
    if all(h.background for h in group):
        found = [r for s, _e, r in unit.times if any(within(s, h.head) for h in group)]
    else:
        found = times_owned(unit, group) or unowned_times(unit)
    if not found and not all(h.background for h in group):
        found = [r for u in units if u.paragraph == unit.paragraph and u is not unit for r in unowned_times(u)]
    resolution = next((r for r in found if r.date is not None), None)
    breaking = allow_report_date and is_breaking_report(ctx, unit, group)
    if resolution is None and breaking and ctx.published:
        resolution = TimeResolution(ctx.published, 2, ctx.published - dt.timedelta(days=6), ctx.published)
    if resolution is None:
        return
    event.date, event.time_precision = resolution.date, resolution.precision
    event.date_earliest, event.date_latest = resolution.earliest, resolution.latest


def is_breaking_report(ctx: ArticleContext, unit: Unit, group: list[Hit]) -> bool:
    """A simple-past violent event in the first body paragraph: the article reports it as news."""
    body = [i for i, p in enumerate(ctx.article.paragraphs) if p.kind == "body"]
    first = body[0] if body else -1
    if unit.paragraph != first or any(h.background for h in group):
        return False
    return any(
        h.head.tag_ == "VBD"
        or (
            h.head.tag_ == "VBN"
            and is_passive(h.head)
            and any(c.tag_ == "VBD" for c in h.head.children if c.dep_ == "auxpass")
        )
        for h in group
    )


def set_fatalities(event: EventMention, unit: Unit, group: list[Hit]) -> None:
    figure = fatalities_in(unit.text) if any(h.trigger.words[0] in KILL_WORDS for h in group) else None
    if figure is None and one_person_killed(group):
        figure = Fatalities(1, 1, False, "one person killed")
    if figure is None:
        return
    event.fatalities_min, event.fatalities_max = figure.minimum, figure.maximum
    event.fatalities_approximate = figure.approximate


def one_person_killed(group: list[Hit]) -> bool:
    for hit in group:
        if hit.trigger.words[0] not in ("kill", "die") or hit.head.pos_ != "VERB":
            continue
        victim = subject_of(hit.head) if is_passive(hit.head) or hit.trigger.words[0] == "die" else None
        if victim is not None and victim.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" for c in victim.children):
            return True
    return False


def claimant_of(ctx: ArticleContext, claims: list[Hit]) -> str | None:
    for hit in claims:
        subj = subject_of(hit.head)
        if subj is not None:
            name, _ = ctx.actor_name(subj, ctx.default_country)
            if name:
                return name
    return None


def last_incident(drafts: list[Draft], unit: Unit) -> Draft | None:
    for draft in reversed(drafts):
        if draft.event.affiliation is None and not draft.event.background and unit.start - draft.event.end < 600:
            return draft
    return None


def claim_event(ctx: ArticleContext, unit: Unit, hit: Hit, claimant: str) -> Draft:
    sub_type = "Attribution of responsibility"
    event = EventMention(
        mention_id="",
        document_id=ctx.article.document_id,
        event_type=event_type_of(sub_type),
        sub_event_type=sub_type,
        evidence=unit.text.strip(),
        start=unit.start,
        end=unit.start + len(unit.text.rstrip()),
        actor1=claimant,
        claimed_by=claimant,
        certainty=hit.trigger.strength,
    )
    set_date(event, ctx, unit, [unit], [hit])
    return Draft(event, hit.head.idx)


# ---------------------------------------------------------------- one event per incident


def merge_incidents(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        same = next((k for k in kept if is_same_incident(k, draft)), None)
        if same is None:
            kept.append(draft)
        else:
            absorb(same.event, draft.event)
    return kept


def is_same_incident(first: Draft, later: Draft) -> bool:
    a, b = first.event, later.event
    if a.start == b.start:
        return False
    anaphor = later.definite and later.generic and a.event_type in VIOLENT_TYPES and not b.fatalities_min
    if a.event_type != b.event_type and not anaphor:
        return False
    if not (
        later.definite
        or (
            a.sub_event_type == b.sub_event_type
            and a.place
            and b.place
            and a.place.name
            and a.place.name == (b.place.name if b.place else None)
        )
    ):
        return False
    return dates_compatible(a, b) and places_compatible(a.place, b.place) and actors_compatible(a, b)


def dates_compatible(a: EventMention, b: EventMention) -> bool:
    if a.date is None or b.date is None:
        return True
    a0, a1 = a.date_earliest or a.date, a.date_latest or a.date
    b0, b1 = b.date_earliest or b.date, b.date_latest or b.date
    return a0 <= b1 and b0 <= a1


def places_compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.iso3 != b.iso3:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    return not (a.name and b.name and a.name != b.name)


def actors_compatible(a: EventMention, b: EventMention) -> bool:
    if is_unnamed(a.actor1) or is_unnamed(b.actor1):
        return True
    return bool({a.actor1, a.actor2, a.claimed_by} & {b.actor1, b.actor2, b.claimed_by} - {None})


def absorb(kept: EventMention, other: EventMention) -> None:
    """Fill what the first mention lacks from a later one; exact figures beat approximate ones."""
    if other.claimed_by and is_unnamed(kept.actor1):
        kept.actor1 = other.claimed_by
    for name in (
        "actor1",
        "actor2",
        "claimed_by",
        "place",
        "date",
        "time_precision",
        "date_earliest",
        "date_latest",
    ):
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))
    if other.fatalities_min is not None and (
        kept.fatalities_min is None or (kept.fatalities_approximate and not other.fatalities_approximate)
    ):
        kept.fatalities_min, kept.fatalities_max = other.fatalities_min, other.fatalities_max
        kept.fatalities_approximate = other.fatalities_approximate
    kept.civilian_targeting = kept.civilian_targeting or other.civilian_targeting
    kept.background = kept.background and other.background
    kept.certainty = max(kept.certainty, other.certainty)


def is_unnamed(actor: str | None) -> bool:
    return actor is None or actor.startswith("Unidentified")


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


# ---------------------------------------------------------------- adapters to the other stages
# Other stages own these; until they exist (or when their data is missing) a small fallback keeps
# extraction working. Keep every use of those modules in this section.


def time_expressions(text: str, published: dt.date | None) -> list[tuple[int, int, TimeResolution]]:
    if published is None:
        return []
    try:
        from eventledger.extract.times import find_time_expressions
    except ImportError:
        return _fallback_time_expressions(text, published)
    return list(find_time_expressions(text, published))


def fatalities_in(text: str) -> Fatalities | None:
    try:
        from eventledger.extract.numbers import parse_fatalities
    except ImportError:
        return _fallback_fatalities(text)
    return parse_fatalities(text)


def place_for(article: Article, start: int, end: int, mentions: list[Mention]) -> Place | None:
    try:
        from eventledger.extract.places import place_for_span
    except ImportError:
        return _fallback_place(article, start, end, mentions)
    return place_for_span(article, start, end, mentions)


def event_place_mentions(article: Article) -> list[Mention]:
    """The mentions without countries that only modify an actor ("US forces"): an origin, not a place."""
    return [m for m in article.mentions if not is_origin_modifier(article, m)]


def is_origin_modifier(article: Article, mention: Any) -> bool:
    if mention.kind != "place" or mention.place is None or mention.place.name or mention.place.admin1:
        return False
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand") if article.doc else None
    if span is None:
        return False
    last = span[-1]
    if last.dep_ not in ("compound", "amod", "nmod") or last.head.i < last.i:
        return False
    head = last.head
    actor_here = any(m.kind == "actor" and m.start <= head.idx < m.end for m in article.mentions)
    return actor_here or any(w in cue("generic_actor") for w in word_forms(head))


def classifier_scores(text: str) -> dict[str, float]:
    try:
        from eventledger.extract.classifier import score_text

        return score_text(text)
    except (ImportError, OSError):  # no classifier module or no trained weights yet
        return {}


@cache
def _actor_kb() -> Any:
    try:
        from eventledger.kb.actors import load_actor_kb

        return load_actor_kb()
    except (ImportError, OSError):
        return None


def kb_actor_name(phrase: str, on: dt.date | None) -> str | None:
    kb = _actor_kb()
    if kb is None or not phrase.strip():
        return None
    entry = kb.lookup(phrase, on=on) if on else kb.lookup(phrase)
    return entry.name if entry is not None else None


# Fallbacks, only used while the owning modules are absent: deliberately small.
_FALLBACK_RELATIVE = {"yesterday": (1, 1), "today": (0, 1), "last week": (7, 2), "a week ago": (7, 2)}
_FALLBACK_NUMBER = re.compile(
    r"\b(kill\w*|dead|died|deaths?)\b\W+(?:(about|around|nearly|some|at least|more than)\s+)?(\d+)\b|"
    r"\b(?:(about|around|nearly|some|at least|more than)\s+)?(\d+)\s+(?:\w+\s+){0,2}(?:were|was)?\s*"
    r"(killed|dead|died)\b",
    re.I,
)


def _fallback_time_expressions(text: str, published: dt.date) -> list[tuple[int, int, TimeResolution]]:
    found = []
    lowered = text.lower()
    for phrase, (days, precision) in _FALLBACK_RELATIVE.items():
        at = lowered.find(phrase)
        if at >= 0:
            day = published - dt.timedelta(days=days)
            found.append((at, at + len(phrase), TimeResolution(day, precision, day, day, phrase)))
    at = lowered.find("last month")
    if at >= 0:
        last = published.replace(day=1) - dt.timedelta(days=1)
        first = last.replace(day=1)
        mid = first + dt.timedelta(days=14)
        found.append((at, at + 10, TimeResolution(mid, 3, first, last, "last month")))
    return found


def _fallback_fatalities(text: str) -> Fatalities | None:
    match = _FALLBACK_NUMBER.search(text)
    if not match:
        return None
    number = int(match.group(3) or match.group(5))
    approximate = bool(match.group(2) or match.group(4))
    return Fatalities(number, number, approximate, match.group(0))


def _fallback_place(article: Article, start: int, end: int, mentions: list[Mention]) -> Place | None:
    places = [m for m in mentions if m.kind == "place" and m.place is not None]
    inside = [m for m in places if m.start >= start and m.end <= end]
    if inside:
        return inside[0].place
    para = next((p for p in article.paragraphs if p.start <= start < p.end + 2), None)
    if para is not None:
        near = [m for m in places if para.start <= m.start < para.end]
        if near:
            return near[0].place
    return None
