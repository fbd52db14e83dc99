"""One event per incident: later mentions of an incident already reported in the article are merged
into its first mention (a definite "the bombing", or the same sub-type at the same town, with
compatible date, place and actors)."""

from __future__ import annotations

from dataclasses import dataclass

from eventledger.models import EventMention, Place

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@dataclass
class Draft:
    """An EventMention under construction, with what merging needs to know."""

    event: EventMention
    order: int
    definite: bool = False
    generic: bool = False  # only generic triggers ("the attack"): may refer back to any violent incident
    own_place: bool = False
    subject_index: int | None = None
    own_date: bool = False  # dated by a time expression in its own sentence


def merge_incidents(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        same = next((k for k in kept if is_same_incident(k, draft)), None)
        if same is None:
            same = next((k for k in reversed(kept) if elaborates(k, draft)), None)
        if same is None:
            borrow_actors(kept, draft)
            kept.append(draft)
        else:
            absorb(same.event, draft.event)
    return kept


def borrow_actors(kept: list[Draft], draft: Draft) -> None:
    """'The swap was agreed in Switzerland last month': a definite mention of an earlier event's kind that
    names no actor is about the same parties, though it reports another moment."""
    event = draft.event
    if not draft.definite or event.actor1 or event.actor2:
        return
    earlier = next((k.event for k in reversed(kept) if k.event.sub_event_type == event.sub_event_type), None)
    if earlier is not None:
        event.actor1, event.actor2 = earlier.actor1, earlier.actor2


def family(event: EventMention) -> str:
    if event.event_type in VIOLENT_TYPES:
        return "violence"
    if event.event_type in ("Protests", "Riots") or event.sub_event_type == "Arrests":
        return "crowd"
    return event.sub_event_type


def elaborates(first: Draft, later: Draft) -> bool:
    """A later sentence that adds detail to an incident already reported: no date and no place of its own,
    the same kind of incident ("Fighting lasted two hours", "the attackers shot him several times",
    "Police said 40 people were arrested" after a protest), compatible actors."""
    a, b = first.event, later.event
    if a.start == b.start or later.own_date or a.background or b.background or a.affiliation is not None:
        return False
    if family(a) != family(b) or (b.sub_event_type == "Arrests" and a.event_type != "Protests"):
        return False
    same_place = b.place is None or not later.own_place or places_compatible(a.place, b.place) and (
        (a.place.town if a.place else None) == b.place.town
    )
    return same_place and dates_compatible(a, b) and places_compatible(a.place, b.place) and actors_compatible(a, b)


def is_same_incident(first: Draft, later: Draft) -> bool:
    a, b = first.event, later.event
    if a.start == b.start:
        return False
    if a.background != b.background and (a if a.background else b).date is None:
        return False  # an undated deal "signed a month ago" is not the one agreed on Sunday
    anaphor = later.definite and later.generic and a.event_type in VIOLENT_TYPES and not b.fatalities_min
    if a.event_type != b.event_type and not anaphor:
        return False
    if not (
        later.definite
        or (
            a.sub_event_type == b.sub_event_type
            and a.place
            and b.place
            and a.place.town
            and a.place.town == (b.place.town if b.place else None)
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
    return not (a.town and b.town and a.town != b.town)


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
        if name == "actor1" and (other.actor1 or "").startswith("Civilians") and kept.event_type in VIOLENT_TYPES:
            continue  # witnesses ("residents said they heard the blast") are not the perpetrators
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))
    if other.fatalities_min is not None and (
        kept.fatalities_min is None or (kept.fatalities_approximate and not other.fatalities_approximate)
    ):
        kept.fatalities_min, kept.fatalities_max = other.fatalities_min, other.fatalities_max
        kept.fatalities_approximate = other.fatalities_approximate
    if other.sub_event_type == "Arrests" and kept.sub_event_type == "Peaceful protest":
        kept.sub_event_type = "Protest with intervention"  # the arrests were the intervention
    kept.civilian_targeting = kept.civilian_targeting or other.civilian_targeting
    kept.background = kept.background and other.background
    kept.certainty = max(kept.certainty, other.certainty)


def is_unnamed(actor: str | None) -> bool:
    return actor is None or actor.startswith("Unidentified")
