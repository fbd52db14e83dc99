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

from eventledger.kb.taxonomy import event_type_of
from eventledger.models import Article, Fatalities, Place, TimeResolution

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
        if current.head is current:
            break
        current = current.head
    return current


# ---------------------------------------------------------------- non-events


def non_event_reason(hit: Hit, unit: Unit) -> str | None:
    """Why this trigger does not report a real, specific, past or present event; None if it does."""
    head, gov = hit.head, hit.clause_head
    verbs = [head, gov] if head is not gov else [head]
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
    return parent is not token and parent.lemma_.lower() in intent and token.dep_ != "conj"


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
    while current.dep_ in ("pobj", "conj", "poss", "compound", "appos") and current.head is not current:
        current = current.head
        if current.pos_ in ("ADP", "SCONJ"):
            return current.lemma_.lower() in cue("background")
    return False


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


def place_for(article: Article, start: int, end: int) -> Place | None:
    try:
        from eventledger.extract.places import place_for_span
    except ImportError:
        return _fallback_place(article, start, end)
    return place_for_span(article, start, end, article.mentions)


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


def _fallback_place(article: Article, start: int, end: int) -> Place | None:
    places = [m for m in article.mentions if m.kind == "place" and m.place is not None]
    inside = [m for m in places if m.start >= start and m.end <= end]
    if inside:
        return inside[0].place
    para = next((p for p in article.paragraphs if p.start <= start < p.end + 2), None)
    if para is not None:
        near = [m for m in places if para.start <= m.start < para.end]
        if near:
            return near[0].place
    return None
