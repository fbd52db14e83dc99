"""The event-extraction lexicons: trigger words (data/lexicons/event_triggers.tsv) and cue words
(data/lexicons/event_cues.tsv), loaded once."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventledger.kb.taxonomy import event_type_of

LEXICONS = "eventledger.data.lexicons"


TRIGGERS_FILE = "event_triggers.tsv"


CUES_FILE = "event_cues.tsv"


# trigger families of violent incidents (fights, killings, explosions, changes of territory)
VIOLENT_FAMILIES = frozenset({"violence", "explosion", "territory"})
# trigger families that make incidents (claims, affiliations, agreements and arrests have rules of their own)
INCIDENT_FAMILIES = frozenset(
    {"violence", "explosion", "territory", "riot", "protest", "property", "disaster", "disrupted", "strategic"}
)


EVENT_TYPE_RANK = {
    "Battles": 6,
    "Explosions/Remote violence": 5,
    "Violence against civilians": 4,
    "Riots": 3,
    "Protests": 2,
    "Strategic developments": 1,
    "Other events": 0,
}


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]
    pos: str  # VERB, NOUN or ANY
    family: str
    candidates: tuple[str, ...]
    specificity: int
    strength: float
    alone: bool
    learned: bool = False  # made from the sentence model's reading, not from the lexicon


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
def gathering_trigger_words() -> frozenset[str]:
    """The first words of the trigger lexicon's protest and riot triggers (the lexicon is the one place)."""
    return frozenset(
        trigger.words[0] for triggers in load_triggers().values() for trigger in triggers
        if trigger.family in ("protest", "riot")
    )  # fmt: skip


@cache
def load_cues() -> dict[str, dict[str, str]]:
    """Cue words by kind: {kind: {word: value}}."""
    cues: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _read_tsv(CUES_FILE):
        cues[row["kind"]][row["word"]] = row.get("value") or ""
    return dict(cues)


@cache  # asked a quarter of a million times per 50k words
def cue(kind: str) -> dict[str, str]:
    cues = load_cues()
    if kind not in cues:  # a misspelt kind would silently match nothing
        raise KeyError(f"no cue kind {kind!r} in {CUES_FILE}")
    return cues[kind]


def type_rank(sub_type: str) -> int:
    return EVENT_TYPE_RANK.get(event_type_of(sub_type), 0)
