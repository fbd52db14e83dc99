"""The event taxonomy (ACLED's 25 sub-event types and our extensions), loaded from data/taxonomy.tsv."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

OTHER_EVENTS = "Other events"


@dataclass(frozen=True)
class SubEventType:
    event_type: str
    sub_event_type: str
    case_code: str
    acled: bool  # False for our extension types, which ACLED-style outputs leave out
    summary: str
    disorder_type: str  # ACLED's disorder type; empty for the extension types
    violent: bool  # political violence: Battles, Explosions/Remote violence, Violence against civilians
    civilian_targeting: bool  # ACLED may mark it "Civilian targeting" (explosions, violence against civilians)


@cache
def load_taxonomy() -> tuple[SubEventType, ...]:
    text = resources.files("eventledger.data").joinpath("taxonomy.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return tuple(
        SubEventType(r["event_type"], r["sub_event_type"], r["case_code"], r["acled"] == "yes", r["summary"],
                     r["disorder_type"], r["violent"] == "yes", r["civilian_targeting"] == "yes")
        for r in rows
    )


@cache
def _by_sub_event_type() -> dict[str, SubEventType]:
    return {t.sub_event_type: t for t in load_taxonomy()}


@cache
def _by_case_code() -> dict[str, SubEventType]:
    return {t.case_code: t for t in load_taxonomy()}


def sub_event_types() -> list[str]:
    return [t.sub_event_type for t in load_taxonomy()]


def event_type_of(sub_event_type: str) -> str:
    return _by_sub_event_type()[sub_event_type].event_type


def case_code(sub_event_type: str) -> str:
    return _by_sub_event_type()[sub_event_type].case_code


def sub_event_type_for_case_code(code: str) -> str:
    return _by_case_code()[code].sub_event_type


def disorder_type(sub_event_type: str) -> str:
    return _by_sub_event_type()[sub_event_type].disorder_type


def is_acled(sub_event_type: str) -> bool:
    return _by_sub_event_type()[sub_event_type].acled


def is_violent(sub_event_type: str) -> bool:
    return _by_sub_event_type()[sub_event_type].violent


@cache
def violent_event_types() -> frozenset[str]:
    """The event types of political violence (civilians are never their perpetrators in ACLED's coding)."""
    return frozenset(t.event_type for t in load_taxonomy() if t.violent)


@cache
def civilian_targeting_event_types() -> frozenset[str]:
    """The event types an event may be marked "Civilian targeting" in."""
    return frozenset(t.event_type for t in load_taxonomy() if t.civilian_targeting)
