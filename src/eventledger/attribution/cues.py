"""The attribution lexicons (reporting verbs, hedge cues, source nouns), loaded from data/cues/."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class ReportingVerb:
    lemma: str
    certainty: float
    hedge: bool  # a verb of belief or suspicion ("many believe") rather than of report
    needs_clause: bool  # a report only with a complement clause or a quote ("added that")


@dataclass(frozen=True)
class HedgeCue:
    words: tuple[str, ...]
    certainty: float
    tag: str | None  # Penn tag the first word must carry, e.g. MD for "may"


@dataclass(frozen=True)
class Title:
    """A word written before a name: what "the X" calls its bearer later, and whether it is a role."""

    noun: str | None  # None for a courtesy title ("Mr")
    is_role: bool


@dataclass(frozen=True)
class Cues:
    reporting_verbs: dict[str, ReportingVerb]
    hedges: tuple[HedgeCue, ...]
    report_nouns: frozenset[str]
    source_nouns: dict[str, str]  # word -> media / person / institution
    pronouns: frozenset[str]
    anonymity_words: frozenset[str]
    titles: dict[str, Title]
    office_heads: frozenset[str] = frozenset()  # "head", "boss": a person named with a fuller title before
    gendered_nouns: dict[str, str] = field(default_factory=dict)  # "husband" -> "he", "widow" -> "she"
    given_names: dict[str, str] = field(default_factory=dict)  # "amina" -> "she", when nothing else tells
    role_synonyms: dict[str, frozenset[str]] = field(default_factory=dict)  # "cleric" -> {"imam", "pastor", ...}

    def is_person_noun(self, word: str) -> bool:
        return self.source_nouns.get(word.lower()) == "person"

    def is_media(self, words: list[str]) -> bool:
        return any(self.source_nouns.get(w.lower()) == "media" for w in words)


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated file in data/cues; lines starting with '#' are comments."""
    text = resources.files("eventledger.data").joinpath("cues", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def load_cues() -> Cues:
    verbs = {
        r["lemma"]: ReportingVerb(
            r["lemma"], float(r["certainty"]), r["hedge"] == "yes", r["needs_clause"] == "yes"
        )
        for r in _rows("reporting_verbs.tsv")
    }
    hedges = tuple(
        HedgeCue(tuple(r["phrase"].split()), float(r["certainty"]), (r.get("tag") or "").strip() or None)
        for r in _rows("hedge_cues.tsv")
    )
    # longest phrases first so "it is believed" wins over a shorter overlapping cue
    hedges = tuple(sorted(hedges, key=lambda h: -len(h.words)))
    return Cues(
        reporting_verbs=verbs,
        hedges=hedges,
        report_nouns=frozenset(r["noun"] for r in _rows("report_nouns.tsv")),
        source_nouns={r["word"]: r["kind"] for r in _rows("source_nouns.tsv")},
        pronouns=frozenset(r["pronoun"] for r in _rows("pronouns.tsv")),
        anonymity_words=frozenset(r["word"] for r in _rows("anonymity_words.tsv")),
        titles={
            r["word"]: Title(None if r["title"] == "-" else r["title"], r["role"] == "yes")
            for r in _rows("titles.tsv")
        },
        office_heads=frozenset(r["word"] for r in _rows("office_heads.tsv")),
        gendered_nouns={r["word"]: r["pronoun"] for r in _rows("gendered_nouns.tsv")},
        given_names={r["name"]: r["pronoun"] for r in _rows("given_names.tsv")},
        role_synonyms={r["word"]: frozenset(r["same_as"].split()) for r in _rows("role_synonyms.tsv")},
    )
