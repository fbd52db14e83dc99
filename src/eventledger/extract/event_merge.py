"""One event per incident: later mentions of an incident already reported in the article are merged
into its first mention (a definite "the bombing", or the same sub-type at the same town, with
compatible date, place and actors; an elaboration with no date or place of its own; the detailed account
of an incident the lead paragraph summarised)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventledger.extract.event_lexicon import cue, load_triggers
from eventledger.extract.numbers import counts_over_a_period, parse_fatalities, parse_number
from eventledger.kb.actors import load_actor_kb
from eventledger.kb.taxonomy import violent_event_types
from eventledger.models import EventMention, Place


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
    lead: bool = False  # reported in the article's first body paragraph
    date_source: str | None = None  # "sentence", "paragraph", "report" (publication week) or None
    detailed: bool = False  # a lead summary that has already taken in its detailed account
    parties: bool = False  # its actors are "the two sides": the sides of the incident reported before
    recalled: bool = False  # "a similar attack", "a previous raid": another incident, named for comparison
    paragraph: int = -1  # the body paragraph its sentence is in
    clause_place: bool = False  # its place is named in its trigger's own clause ("in Kandahar, the attack ...")
    several: bool = False  # its toll is counted over several incidents ("killed 10 in two attacks")


def merge_incidents(drafts: list[Draft]) -> list[Draft]:
    news_places: dict[int, list[Place | None]] = {}  # a sentence's own news, by where its evidence starts
    for d in drafts:
        if not d.event.background:
            news_places.setdefault(d.event.start, []).append(d.event.place)
    borrowed = {id(d) for d in drafts if place_of_the_news(d, news_places)}
    kept: list[Draft] = []
    for draft in drafts:
        if draft.parties:
            borrow_parties(kept, draft)
        if draft.recalled:
            kept.append(draft)
            continue
        same = next((k for k in kept if is_same_incident(k, draft) or explosion_of_the_attack(k, draft)), None)
        names_the_recalled = False  # the draft is a definite noun that can only name a recalled incident
        if same is not None and draft.own_place:
            take_finer_place(same.event, draft.event)
        if same is None:
            # a recalled incident may be the one a definite noun names when the report tells none of its kind
            # ("a bomb at the motor park on 17 June 2015 ... According to the charge sheet, the blast killed 23")
            current = {family(k.event) for k in kept if not k.event.background}
            told = [
                k for k in reversed(kept)
                if elaborates(k, draft) or refers_back(k, draft, recalled_ok=family(k.event) not in current)
            ]  # fmt: skip
            # of several incidents a detail may belong to, the latest in the province of the detail's own place,
            # even a guessed one ("A woman and her son were killed when a round struck their house", after a
            # shelling of the capital and a town retaken in another province)
            same = next((k for k in told if same_province(k.event.place, draft.event.place)), None)
            same = same or (told[0] if told else None)
            names_the_recalled = same is not None and same.event.background and not (
                elaborates(same, draft) or refers_back(same, draft)
            )
        lead = None if same is not None else next((k for k in kept if restates_lead(k, draft)), None)
        if lead is not None:
            take_details(lead, draft)
            lead.detailed = True
            own_toll_of_one(lead, draft)
            absorb(lead.event, draft.event)
            code_by_explosion(lead, draft)
        elif same is None:
            borrow_actors(kept, draft)
            kept.append(draft)
        else:
            if draft.own_date and same.date_source in ("report", "statement", None):
                take_details(same, draft)  # a mention dated only by the report takes its detail's own day
            own_toll_of_one(same, draft)
            absorb(same.event, draft.event)
            code_by_explosion(same, draft)
            if names_the_recalled:
                same.event.background = True  # "the night of the raid": told today, still the recalled incident
    return fold_references(kept, borrowed)


def own_toll_of_one(kept: Draft, detail: Draft) -> None:
    """'killed 10 civilians in two attacks ... six were killed in Mora and four in Koza': a toll counted over
    several incidents is none of them; the first incident told in detail gives its own."""
    if kept.several and not detail.several and detail.event.fatalities_min is not None:
        kept.event.fatalities_min = kept.event.fatalities_max = None
        kept.event.fatalities_approximate = False
        kept.several = False


# ACLED: "explosives decide" when the device is the incident (a roadside or suicide bomb); rockets, shells
# or an air strike inside a fight leave it a battle ("a battle that includes an airstrike is one Battles event")
EXPLOSIVE_DEVICES = ("Remote explosive/landmine/IED", "Suicide bomb")
ATTACK_TYPES = ("Battles", "Violence against civilians")


def explosion_of_the_attack(first: Draft, later: Draft) -> bool:
    """'Militants attack court in Misrata' / 'Four dead in suicide bombing in Misrata': a generic attack
    and a bombing at the same town on a compatible day are one incident told twice. Both places must be
    known and agree down to the town; "separately" keeps them apart."""
    a, b = first.event, later.event
    if a.start == b.start or a.background or b.background or first.recalled or later.recalled:
        return False
    attack, bomb = (first, later) if b.sub_event_type in EXPLOSIVE_DEVICES else (later, first)
    if not is_generic_attack(attack) or bomb.event.sub_event_type not in EXPLOSIVE_DEVICES:
        return False
    if a.affiliation is not None or b.affiliation is not None or marks_another_incident(b):
        return False
    return same_locality(a.place, b.place) and dates_compatible(a, b) and actors_compatible(a, b)


def is_generic_attack(draft: Draft) -> bool:
    return draft.generic and draft.event.event_type in ATTACK_TYPES


def same_locality(a: Place | None, b: Place | None) -> bool:
    """Positive evidence of one place: the same town, or the same province where neither names a town."""
    if a is None or b is None or not a.admin1 or a.iso3 != b.iso3 or a.admin1 != b.admin1:
        return False
    return a.town == b.town


def code_by_explosion(kept: Draft, other: Draft) -> None:
    """An incident first told as a generic attack and then as a bombing is coded by the bombing."""
    if is_generic_attack(kept) and other.event.sub_event_type in EXPLOSIVE_DEVICES:
        kept.event.event_type, kept.event.sub_event_type = other.event.event_type, other.event.sub_event_type
        kept.generic = False


def place_of_the_news(draft: Draft, news_places: dict[int, list[Place | None]]) -> bool:
    """'An army colonel was detained in Kati in connection with the attack': a recalled incident whose
    place is that of its sentence's own news (the arrest) was not placed by the sentence. ``news_places``:
    the places of the events that are not background, by the start of their evidence (one pass over an
    article's drafts, not one per draft)."""
    event = draft.event
    return event.background and event.place is not None and event.place in news_places.get(event.start, [])


def is_reference(draft: Draft) -> bool:
    """'... in connection with the terrorist attack', 'since the bombing': a definite, undated, recalled
    violent incident with no toll of its own names an incident, it does not report one."""
    event = draft.event
    return (
        draft.definite
        and event.background
        and event.date is None
        and not event.fatalities_min
        and not draft.recalled
        and event.event_type in violent_event_types()
        and not marks_another_incident(event)
    )


def fold_references(kept: list[Draft], borrowed: set[int]) -> list[Draft]:
    """A reference to 'the attack' joins the article's own incident of its family, told before it (the
    nearest) or, failing that, after it: however many paragraphs apart, it is no background event."""
    incidents = [k for k in kept if not k.event.background and k.event.event_type in violent_event_types()
                 and k.event.affiliation is None]  # fmt: skip
    out = []
    for draft in kept:
        target = None
        if is_reference(draft):
            own_place = id(draft) not in borrowed
            fits = [k for k in incidents if family(k.event) == family(draft.event)
                    and actors_compatible(k.event, draft.event)
                    and (not own_place or same_province(k.event.place, draft.event.place))]  # fmt: skip
            before = [k for k in fits if k.event.start < draft.event.start]
            target = before[-1] if before else next(iter(fits), None)
            if target is not None and not own_place:
                draft.event.place = None  # the arrest's place is not the incident's
        if target is None:
            out.append(draft)
        else:
            absorb(target.event, draft.event)
    return out


def restates_lead(first: Draft, later: Draft) -> bool:
    """News opens with a summary ("Heavy fighting in the capital killed six on Tuesday") and tells the
    incident in detail further down ("Clashes erupted in the X district late on Tuesday between ..."): the
    first later mention of the same kind of event, with compatible date, place and actors, and not marked
    as another incident ("separately", "in another attack"), is the same incident."""
    a, b = first.event, later.event
    if not first.lead or later.lead or first.detailed or a.background or b.background:
        return False
    if a.event_type != b.event_type or a.affiliation is not None or marks_another_incident(b):
        return False
    return dates_compatible(a, b) and places_compatible(a.place, b.place) and actors_compatible(a, b)


def place_detail(place: Place | None) -> int:
    if place is None:
        return 0
    return 3 if place.town else 2 if place.admin1 else 1


def take_finer_place(kept: EventMention, other: EventMention) -> None:
    """'Fighting in a southern city ...' then 'the clashes broke out in the X district of Sabha': a later
    mention naming a finer place of its own, compatible with the first, places the incident."""
    if places_compatible(kept.place, other.place) and place_detail(other.place) > place_detail(kept.place):
        kept.place = other.place


def marks_another_incident(event: EventMention) -> bool:
    """"Separately, ...", "in another attack", "elsewhere": the sentence tells an incident of its own; "another
    resident said" is only another voice on the same one."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", event.evidence)}
    if (words & cue("another_incident").keys()) - {"another"}:
        return True
    if _SAME_DAY_OPENING.match(event.evidence):
        return True  # "The same day, an IED hit an army truck": a second incident of that day
    following = (m.group(1).lower() for m in re.finditer(r"\banother\s+([A-Za-z]+)", event.evidence, re.IGNORECASE))
    return any(word.removesuffix("s") in _incident_nouns() for word in following)


# a sentence that opens on the day just told sets a new incident on it ("The same day ...", "On the same day, ...")
_SAME_DAY_OPENING = re.compile(
    r"\s*(?:(?:on|later on|earlier on) )?(?:the|that) same (?:day|night|morning|evening)\b", re.IGNORECASE
)


@cache
def _incident_nouns() -> frozenset[str]:
    nouns = {t.words[-1] for triggers in load_triggers().values() for t in triggers if t.pos in ("NOUN", "ANY")}
    return frozenset(nouns | cue("attack_noun").keys() | {"incident", "case", "one"})


def take_details(lead: Draft, detail: Draft) -> None:
    """The detailed account's own date and town are more precise than the summary's: a lead dated only
    by the publication week, or placed only in a province, takes them."""
    kept, other = lead.event, detail.event
    if detail.own_date and lead.date_source != "sentence" and other.date is not None:
        kept.date, kept.time_precision = other.date, other.time_precision
        kept.date_earliest, kept.date_latest = other.date_earliest, other.date_latest
        lead.date_source = "sentence"
    take_finer_place(kept, other)


def borrow_parties(kept: list[Draft], draft: Draft) -> None:
    """'The two sides agreed to a ceasefire': the sides are those of the last violent incident reported."""
    event = draft.event
    if not is_unnamed(event.actor1) or (event.actor2 and not is_civilians(event.actor2)):
        return
    earlier = next((k.event for k in reversed(kept) if k.event.event_type in violent_event_types()
                    and not k.event.background and not is_unnamed(k.event.actor1)), None)
    if earlier is not None:
        event.actor1, event.actor2 = earlier.actor1, earlier.actor2


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
    if event.event_type in violent_event_types():
        return "violence"
    if event.event_type in ("Protests", "Riots") or event.sub_event_type == "Arrests":
        return "crowd"
    return event.sub_event_type


def elaborates(first: Draft, later: Draft) -> bool:
    """A later sentence that adds detail to an incident already reported: no date and no place of its own,
    the same kind of incident ("Fighting lasted two hours", "the attackers shot him several times",
    "Police said 40 people were arrested" after a protest), compatible actors; an undated "after hours of
    combat, the assailants were pushed back" is the same fight seen from its end."""
    a, b = first.event, later.event
    # "after hours of combat, the assailants were pushed back": the end of the same fight, of its own kind
    undated_context = b.background and b.date is None and a.event_type == b.event_type
    # dated only by the report ("12 VDP members were killed."): it may be the detail of an incident of the past
    dated = later.date_source in ("sentence", "paragraph")
    past_detail = a.background and not b.background and not dated and first.paragraph == later.paragraph >= 0
    # (a detail's own day may date an incident first dated only by the day its source spoke)
    own_day = later.own_date and first.date_source != "statement"
    if a.start == b.start or own_day or (a.background and not past_detail):
        return False
    if b.background and not undated_context:
        return False
    if a.affiliation is not None:
        return False
    # "weapons and ammunition were recovered from the dead militants": the spoils of a battle are part of it, and
    # "pistols and a grenade were recovered" after an arrest are what the arrest found
    spoils = b.sub_event_type == "Disrupted weapons use" and (
        a.event_type == "Battles" or a.sub_event_type == "Arrests"
    )
    # "a local leader spoke of twelve dead and several houses burned": the damage of an attack, told as its
    # detail with no doer of its own, is part of it ("after the clash, troops burned houses" is another act)
    spoils = spoils or (
        b.sub_event_type == "Looting/property destruction" and a.event_type in violent_event_types()
        and (is_unnamed(b.actor1) or is_civilians(b.actor1))
    )
    # "security forces opened fire on demonstrators. A 17-year-old was killed.": the dead of force used on a crowd,
    # told with no doer of their own, are its toll
    spoils = spoils or (
        a.sub_event_type == "Excessive force against protesters" and b.sub_event_type == "Attack"
        and is_unnamed(b.actor1)
    )
    # "the Fano entered the town and the soldiers withdrew": the losing side's withdrawal is the capture's end;
    # "the column then withdrew toward the town", after a fight, and naming no ground of its own, is the fight's
    spoils = spoils or (
        b.sub_event_type == "Non-violent transfer of territory"
        and (
            a.sub_event_type in ("Non-state actor overtakes territory", "Government regains territory")
            or (a.event_type == "Battles" and not later.own_place)
        )
    )
    # an arrest told again ("he was detained in the early hours of Friday") details the arrest, or a protest's
    # arrests; after another kind of incident it is an act of its own
    crowd = a.event_type in ("Protests", "Riots")  # "Twelve people were arrested" after a riot: the riot's arrests
    arrest_elsewhere = b.sub_event_type == "Arrests" and not crowd and a.sub_event_type != "Arrests"
    if not spoils and (family(a) != family(b) or arrest_elsewhere):
        return False
    if marks_another_incident(b):
        return False
    if undated_context and not later.own_place:
        same_place = True  # "... were pushed back towards the border with Burkina Faso": not where it was
    elif not later.own_place:
        # a place the sentence does not name was only guessed from its neighbours: the country must agree
        same_place = a.place is None or b.place is None or a.place.iso3 == b.place.iso3
    else:
        # a detail naming only the province ("the FARDC in Ituri said ...") fits a town in that province
        town = a.place.town if a.place else None
        same_place = places_compatible(a.place, b.place) and (town == b.place.town or b.place.town is None)
    # a first mention dated only by the day its source spoke may be told later with the incident's own day
    spoken_after = first.date_source == "statement" and told_later(b, a)
    return same_place and (not dated or dates_compatible(a, b) or spoken_after) and actors_compatible(a, b)


def refers_back(first: Draft, later: Draft, recalled_ok: bool = False) -> bool:
    """'The rival government said the fighting was proof of ...', 'the overnight attacks showed ...': a
    definite event noun with no date of its own, after an incident of its kind, names that incident
    (also as context: "after the clash, troops burned houses"); a place in its sentence belongs to the
    speaker, not to a new incident."""
    a, b = first.event, later.event
    # "The strike came at about 2 a.m.": an hour of the same day is no other date
    other_day = later.own_date and not dates_compatible(a, b)
    recalled = a.background and not (recalled_ok and a.date is not None and not later.own_date)
    if not later.definite or other_day or recalled or (b.background and b.date is not None):
        return False
    # "A gas cylinder explosion killed six. The blast, caused by a leak, ...": the blast is the accident told
    accident = a.sub_event_type == "Man-made disaster" and b.event_type == "Explosions/Remote violence"
    if a.affiliation is not None or (family(a) != family(b) and not accident) or marks_another_incident(b):
        return False
    if later.clause_place and not same_province(a.place, place_of_incident(b)):
        return False  # "in Kandahar, the attack on a police post ...": another province, another incident
    # (a definite noun with a toll of its own is news, unless it can only be the recalled incident)
    return a.start < b.start and (not b.fatalities_min or a.background) and actors_compatible(a, b)


def is_same_incident(first: Draft, later: Draft) -> bool:
    a, b = first.event, later.event
    if a.start == b.start:
        return False
    if a.background != b.background and (a if a.background else b).date is None:
        return False  # an undated deal "signed a month ago" is not the one agreed on Sunday
    if a.background != b.background and (b if a.background else a).date is None:
        return False  # the news told without a day of its own is not "the August 2024 massacre" it recalls
    anaphor = later.definite and later.generic and a.event_type in violent_event_types() and not b.fatalities_min
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
    dated_alike = dates_compatible(a, b) or (later.definite and later.generic and told_later(a, b))
    return dated_alike and places_compatible(a.place, place_of_incident(b)) and actors_compatible(a, b)


# "The army said on Tuesday that 11 soldiers died in the attack", after Sunday's attack: a definite "the attack"
# dated up to this many days after the incident told before is that incident, dated by the statement (or by
# deaths of the wounded) that came after it
STATEMENT_LAG_DAYS = 7


def told_later(a: EventMention, b: EventMention) -> bool:
    """``b``'s day falls on or within STATEMENT_LAG_DAYS after ``a``'s."""
    if a.date is None or b.date is None:
        return False
    lag = (b.date - (a.date_latest or a.date)).days
    return 0 <= lag <= STATEMENT_LAG_DAYS


# "The bomb went off near a checkpoint on the road to Mogadishu", "a convoy heading for Kabul": a place named
# as where a road or a journey leads is not where the incident happened
_DESTINATION = r"(?:(?:road|highway|route|way)\s+(?:to|from)|towards?|heading\s+(?:to|for)|bound\s+for|en\s+route\s+to)"


def named_as_destination(event: EventMention) -> bool:
    """The event's place is named in its evidence only as a destination (``_DESTINATION``)."""
    name = event.place.name if event.place else None
    if not name:
        return False
    named = re.findall(rf"(\w+(?:\s+\w+)?\s+)?{re.escape(name)}\b", event.evidence)
    destination = re.compile(rf"{_DESTINATION}\s+(?:the\s+)?$", re.IGNORECASE)
    return bool(named) and all(destination.search(before) for before in named)


def place_of_incident(event: EventMention) -> Place | None:
    """The place a later mention puts its incident in, for matching it with one told before: none when
    its place is only where a road leads."""
    return None if named_as_destination(event) else event.place


def same_province(a: Place | None, b: Place | None) -> bool:
    """No conflict above the town: "the Lamu bombing" may name by its county an incident placed in a town."""
    if a is None or b is None:
        return True
    return a.iso3 == b.iso3 and not (a.admin1 and b.admin1 and a.admin1 != b.admin1)


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


CROWDS = ("Protesters (", "Rioters (")
# one gathering told over several sentences is coded by its most severe moment
CROWD_SEVERITY = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
                  "Violent demonstration": 2}  # fmt: skip


def actors_compatible(a: EventMention, b: EventMention) -> bool:
    if is_unnamed(a.actor1) and not is_unnamed(b.actor1) and b.actor1 == a.actor2 and not is_civilians(b.actor1):
        return False  # "a bomb struck an army convoy ... troops later killed the attackers": the side hit strikes back
    if is_unnamed(a.actor1) or is_unnamed(b.actor1):
        return True
    if any((e.actor1 or "").startswith(CROWDS) for e in (a, b)) and family(a) == "crowd" == family(b):
        return True  # "the march ended peacefully": the generic crowd of a later mention is the nurses who marched
    state = _state_of(a.actor1)
    if state is not None and state == _state_of(b.actor1):
        return True  # "intelligence agents arrested ..." then "he was detained": one state's forces, one side
    return bool({a.actor1, a.actor2, a.claimed_by} & {b.actor1, b.actor2, b.claimed_by} - {None})


def _state_of(actor: str | None) -> str | None:
    """The country (ISO3) whose state forces the actor is, by the actor knowledge base ("Police Forces of
    Somalia (2022-)" -> SOM; a branch, "Military Forces of Somalia (2022-) National Intelligence and Security
    Agency", by its force)."""
    if not actor:
        return None
    force = actor[: actor.index(") ") + 1] if ") " in actor else actor
    entry = load_actor_kb().get(force)
    return entry.country if entry is not None and entry.type == "State forces" else None


CROWD_NAMES = {"Protests": "Protesters", "Riots": "Rioters"}  # the generic actor of each crowd's event type


def absorb(kept: EventMention, other: EventMention) -> None:
    """Fill what the first mention lacks from a later one; exact figures beat approximate ones."""
    if other.claimed_by and is_unnamed(kept.actor1):
        kept.actor1 = other.claimed_by
    if (
        is_unnamed(kept.actor1) and not is_unnamed(other.actor1) and not is_civilians(other.actor1)
        and other.event_type == kept.event_type
    ):  # fmt: skip
        # the summary's "two armed groups" are the detailed account's named sides; not the police who "repelled the
        # attackers" of a mosque, who fought them, not the worshippers
        kept.actor1 = other.actor1
        battle = kept.event_type == "Battles"
        if other.actor2 is not None and (kept.actor2 is None or (battle and is_civilians(kept.actor2))):
            kept.actor2 = other.actor2
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
        violent = kept.event_type in violent_event_types()
        if name == "actor1" and (other.actor1 or "").startswith("Civilians") and violent:
            continue  # witnesses ("residents said they heard the blast") are not the perpetrators
        if name == "actor2" and kept.event_type == "Protests" and is_civilians(other.actor2):
            continue  # the dead of a crowd fired on ("protesters march, one killed") are the crowd, no other side
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))
    if finer_date_inside(kept, other):
        # "the January 2023 bombing" told again as "the bombing, on 30 January 2023": the day dates it
        for name in ("date", "time_precision", "date_earliest", "date_latest"):
            setattr(kept, name, getattr(other, name))
    if kept.event_type == "Battles" and is_civilians(kept.actor2) and other.actor2 and not is_civilians(other.actor2):
        kept.actor2 = other.actor2  # a battle is fought against an armed side; civilians only died in it
    # "Rebel attacks have killed more than 6,000 people since 2017" after an incident: a war's toll, not its own
    over_a_period = counts_over_a_period(other.evidence)
    if not over_a_period and adds_the_other_sides_dead(kept, other):
        kept.fatalities_min = (kept.fatalities_min or 0) + (other.fatalities_min or 0)
        both = kept.fatalities_max is not None and other.fatalities_max is not None
        kept.fatalities_max = kept.fatalities_max + other.fatalities_max if both else None  # type: ignore[operator]
        kept.fatalities_approximate = kept.fatalities_approximate or other.fatalities_approximate
    elif other.fatalities_min is not None and not over_a_period and (
        kept.fatalities_min is None or refines_figure(kept, other) or totals_figure(kept, other)
    ):
        kept.fatalities_min, kept.fatalities_max = other.fatalities_min, other.fatalities_max
        kept.fatalities_approximate = other.fatalities_approximate
    if other.sub_event_type == "Arrests" and kept.sub_event_type == "Peaceful protest":
        kept.sub_event_type = "Protest with intervention"  # the arrests were the intervention
    elif CROWD_SEVERITY.get(other.sub_event_type, -1) > CROWD_SEVERITY.get(kept.sub_event_type, 99):
        # "students protested ... Police fired tear gas to disperse them": the gathering's most severe
        # moment decides, as ACLED codes it; the force that intervened is the second actor
        kept.event_type, kept.sub_event_type = other.event_type, other.sub_event_type
        if other.actor2 is not None and (kept.actor2 is None or is_civilians(kept.actor2)):
            kept.actor2 = other.actor2
        # ACLED names a riot's crowd "Rioters (country)" and a protest's "Protesters (country)"
        crowd = CROWD_NAMES.get(kept.event_type)
        for name, other_name in CROWD_NAMES.items():
            if crowd is not None and name != kept.event_type and (kept.actor1 or "").startswith(other_name):
                kept.actor1 = crowd + kept.actor1[len(other_name) :]
    kept.civilian_targeting = kept.civilian_targeting or other.civilian_targeting
    kept.background = kept.background and other.background
    kept.certainty = max(kept.certainty, other.certainty)


def adds_the_other_sides_dead(kept: EventMention, other: EventMention) -> bool:
    """ "Troops killed six rebels in a gunfight." then "Two soldiers were killed.": a battle's toll of one
    side and, told apart, the dead of the side that did the killing; ACLED counts the dead of all sides. Not
    when the first toll already counts that side ("six rebels and a soldier were killed")."""
    if kept.event_type != "Battles" or kept.background or other.background or not kept.actor1:
        return False
    if kept.fatalities_min is None or other.fatalities_min is None or other.actor2 != kept.actor1:
        return False
    if other.actor1 is not None and other.actor1 != kept.actor2:
        return False
    figure = parse_fatalities(kept.evidence)
    counted = re.findall(r"[a-z]+", figure.expression.lower()) if figure is not None else []
    if figure is not None and _counts_no_side(kept.evidence, figure.expression):
        return False  # "Taliban judge among four dead in clash": a toll that names no side counts every side
    return not any(_names_a_force_of(word, kept.actor1) for word in counted)


# what a toll counts when it names nobody's side ("four dead", "12 people were killed")
_WORDS_OF_A_TOTAL = frozenset("people person persons dead killed died deaths lives".split())


_WORD = re.compile(r"[a-z]+|\d[\d,]*")


def _counts_no_side(text: str, expression: str) -> bool:
    """The word after the toll's number is a word of the dead in general, not of a side ("killed six rebels",
    "neutralized seven members of ...": a side's dead)."""
    at = text.lower().find(expression.lower())
    if at < 0:
        return False
    words = re.findall(_WORD, text[at : at + len(expression) + 40].lower())
    numbers = [i for i, word in enumerate(words[: len(re.findall(_WORD, expression.lower()))])
               if parse_number(word) is not None]  # fmt: skip
    after = words[numbers[-1] + 1] if numbers and numbers[-1] + 1 < len(words) else None
    return after in _WORDS_OF_A_TOTAL


def _names_a_force_of(word: str, actor: str) -> bool:
    """Whether ``word`` ("soldier", "policemen") is the generic name of ``actor``'s kind ("Military Forces of
    Mali (2021-)")."""
    names = cue("generic_actor")
    value = names.get(word) or names.get(word.removesuffix("s")) or ""
    kind = value.split("{")[0].strip()
    return bool(kind) and actor.startswith(kind)


def finer_date_inside(kept: EventMention, other: EventMention) -> bool:
    """``other`` is dated more precisely than ``kept``, on a day inside ``kept``'s window."""
    if other.date is None or kept.time_precision is None or other.time_precision is None:
        return False
    if other.time_precision >= kept.time_precision or kept.date_earliest is None or kept.date_latest is None:
        return False
    return kept.date_earliest <= other.date <= kept.date_latest


# "Five people were killed in total": the whole toll, after a part of it told first ("the killing of three
# children")
_IN_TOTAL = re.compile(r"\b(?:in\s+total|in\s+all|altogether)\b", re.IGNORECASE)


def totals_figure(kept: EventMention, other: EventMention) -> bool:
    """``other`` states the incident's whole toll ("in total", "in all"), above the figure ``kept`` has."""
    if other.fatalities_min is None or kept.fatalities_min is None or other.fatalities_min <= kept.fatalities_min:
        return False
    return _IN_TOTAL.search(other.evidence) is not None


def refines_figure(kept: EventMention, other: EventMention) -> bool:
    """An exact figure refines an approximate one it agrees with: "about 100" -> 97, "at least 18" -> 23;
    a smaller figure after "at least 18" belongs to something else (an earlier attack recalled beside it)."""
    if not kept.fatalities_approximate or other.fatalities_approximate or other.fatalities_min is None:
        return False
    open_ended = kept.fatalities_max is None
    return not open_ended or other.fatalities_min >= (kept.fatalities_min or 0)


def is_civilians(actor: str | None) -> bool:
    return bool(actor and actor.startswith("Civilians"))


def is_unnamed(actor: str | None) -> bool:
    return actor is None or actor.startswith("Unidentified")
