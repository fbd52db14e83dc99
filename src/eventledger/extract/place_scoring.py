"""Choosing a gazetteer entry for a place candidate: every match is scored by the article's countries, the
type word, the containing place and a bearing's anchor, after guards against names that merely look like
places."""

from __future__ import annotations

import math
import re
from collections import Counter
from difflib import SequenceMatcher

from eventledger.extract.place_candidates import (
    ADMIN1_WORDS,
    DIRECTION_WORDS,
    PLACE_LABELS,
    Candidate,
    has_locative_context,
    is_ordinary,
    is_struck_place,
)
from eventledger.kb.gazetteer import (
    GazEntry,
    Gazetteer,
    bears_as_own_name,
    context_words,
    great_circle_km,
    name_key,
    name_skeleton,
)

_DIVISION_SIZE = 1_000_000  # a first-level division counts as this large when its population is not known
_WORLD_CITY = 1_000_000  # a city this large may be named without its country ("talks in Geneva" is smaller)
# a place of at least a quarter of the size of another is of comparable size
_COMPARABLE_SIZE = 4
_OWN_NAME_CITY = 100_000  # a city this large keeps its own name from another place's alternate spelling
_TOWN_PART_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter|suburb|area)s?\b", re.IGNORECASE)
_LONE_TOWN_AFTER_LOCATIVE = 20_000  # "in Salvatierra" with no country named: a town this large may stand alone
_TOWN_NAMING_EVENT = 20_000  # "a Monterrey execution": a town this large named as an event's modifier
_PART_WORDS = {"north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest"}
_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
             "west": 270, "northwest": 315}  # fmt: skip


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlon = math.radians(lon2 - lon1)
    y = math.sin(dlon) * math.cos(math.radians(lat2))
    x = math.cos(math.radians(lat1)) * math.sin(math.radians(lat2)) - math.sin(math.radians(lat1)) * math.cos(
        math.radians(lat2)
    ) * math.cos(dlon)
    return math.degrees(math.atan2(y, x)) % 360


# ------------------------------------------------------------ scoring


def _fits_reference(entry: GazEntry, reference: tuple[str, str], gazetteer: Gazetteer, iso3: str | None) -> bool:
    direction, name = reference
    anchors = [e for e, exact in gazetteer.lookup_matches(name, country_iso3=iso3) if exact and e.latitude]
    if not anchors or entry.latitude is None or entry.longitude is None:
        return False
    anchor = anchors[0]
    if great_circle_km(anchor.latitude, anchor.longitude, entry.latitude, entry.longitude) > 250:
        return False
    bearing = _bearing(anchor.latitude, anchor.longitude, entry.latitude, entry.longitude)
    return abs((bearing - _BEARINGS[direction] + 180) % 360 - 180) <= 67.5


def _kind_score(entry: GazEntry, type_word: str | None) -> float:
    if type_word in ADMIN1_WORDS:  # "Shan State" is no town called Shan, wherever the article is set
        return {"admin1": 3.0, "admin2": 0.5}.get(entry.kind, -2.0)
    if type_word == "district":
        return {"admin2": 3.0, "admin1": 0.5}.get(entry.kind, 0.0)
    if type_word == "township":  # its seat, else the district of its name (below 3: no evidence of a country)
        return {"place": 2.5, "admin2": 2.0, "admin1": 0.5}.get(entry.kind, 0.0)
    if type_word in ("region", "area"):
        return {"admin1": 1.0, "admin2": 1.0}.get(entry.kind, 0.0)
    if type_word in ("city", "town", "village"):
        return 2.0 if entry.kind == "place" else 0.0
    return {"place": 1.0, "admin1": 0.5}.get(entry.kind, 0.0)


def known_container(cand: Candidate) -> Candidate | None:
    """The nearest container up the chain that the gazetteer resolved: in "Bilozerka (Kherson raion,
    Kherson)" the raion may be unknown, but the province after it still holds the town."""
    container, depth = cand.container, 0
    while container is not None and container.chosen is None and container.country is None and depth < 3:
        if container.container is None or container.container is cand:
            break
        container, depth = container.container, depth + 1
    return container


def _container_score(entry: GazEntry, container: Candidate | None) -> float:
    if container is None:
        return 0.0
    if container.country is not None:
        return 3.0 if entry.iso3 == container.country.iso3 else -3.0
    chosen = container.chosen
    if chosen is None:
        return 0.0
    if chosen.kind == "place":  # "Kutru, Bijapur": near that town, so in its province
        return 1.0 if (entry.iso3, entry.admin1) == (chosen.iso3, chosen.admin1) else -2.0
    if entry.iso3 != chosen.iso3 or entry.admin1 != chosen.admin1:
        return -2.0  # "Kutru in Bijapur district of Chhattisgarh": not a town of another province
    if chosen.kind == "admin1":
        return 4.0
    return 4.0 if entry.admin2 == chosen.admin2 else 1.0  # a district: inside it, else at least its province


def _outside_a_named_district(entry: GazEntry, container: Candidate | None) -> bool:
    """Not inside the district the text names, or the text names a division that no entry could be chosen for
    (two districts of its name), so that nothing can vouch for a look-alike spelling inside it."""
    if container is None or container.country is not None:
        return False
    chosen = container.chosen
    if chosen is None:
        return container.type_word is not None
    return chosen.kind == "admin2" and entry.admin2 != chosen.admin2


SMALL_PLACE = 5_000  # a place this small may share its name with villages elsewhere in its country


def _village_in_an_unknown_division(entry: GazEntry, cand: Candidate) -> bool:
    """ "Nyaung Pin Thar village in Depayin Township": the text puts a village in a division the gazetteer
    does not know, so its village of that name (near Yangon) cannot be shown to be this one; village names
    repeat, and no place is better than a namesake."""
    container = cand.container
    return (
        entry.kind == "place" and entry.population < SMALL_PLACE
        and container is not None and container.type_word is not None
        and container.chosen is None and container.country is None and container.container is None
    )  # fmt: skip


def _village_outside_the_province_named(entry: GazEntry, cand: Candidate) -> bool:
    """ "Nyaung Kone village (Khin-U, Sagaing)": a small place the text puts, through a division the gazetteer
    does not know, inside a province or town it knows lies in that province; a namesake elsewhere is not it."""
    container = cand.container
    if entry.kind != "place" or entry.population >= SMALL_PLACE or container is None or container.chosen is not None:
        return False
    known = known_container(cand)
    if known is None or known is container or known.chosen is None:
        return False
    return (entry.iso3, entry.admin1) != (known.chosen.iso3, known.chosen.admin1)


def _outside_its_container(entry: GazEntry, container: Candidate | None) -> bool:
    """An entry in another country than the place the text puts it in, or in another province than the
    town it names it a part of ("X area of Y city")."""
    if container is None:
        return False
    if container.country is not None:
        return entry.iso3 != container.country.iso3
    chosen = container.chosen
    if chosen is None:
        return False
    if entry.iso3 != chosen.iso3:
        return True
    return chosen.kind == "place" and container.type_word == "city" and entry.admin1 != chosen.admin1


def _score(entry: GazEntry, exact: bool, cand: Candidate, countries: Counter[str], focus: str | None,
           gazetteer: Gazetteer, evidence: Counter[str] | None = None) -> float:  # fmt: skip
    score = 3.0 if exact else 0.0
    if entry.iso3 == focus:
        score += 4.0
    elif entry.iso3 in countries:
        score += 2.0
    elif evidence is not None and evidence[entry.iso3] > 0:
        score += 1.0  # weaker evidence ("Myanmar junta forces ... in Chin"): Chin State, not Qinzhou
    score += _kind_score(entry, cand.type_word) + _container_score(entry, known_container(cand))
    if any(_holds_a_place_named(entry, held.text, gazetteer) for held in _held_names(cand)):
        # "Kasese (Western region)": Uganda's Western Region, which has a Kasese; "Shebekino (Shebekinsky
        # district, Belgorod)": the province, which holds the town the district holds, not its capital city
        score += 3.0
    if cand.reference is not None:
        score += 4.0 if _fits_reference(entry, cand.reference, gazetteer, focus or entry.iso3) else -3.0
    if exact and gazetteer.is_national_capital(entry):
        score += 3.0  # "Islamabad" is Pakistan's capital, not a former name of Chittagong
    if not exact:  # of two spellings alike, the nearer: "Pekhon" is Pekon, not Pauk Kone
        score += _spelling_closeness(entry, cand.text)
    return score + math.log10(entry.population + 1) / 3


def _spelling_closeness(entry: GazEntry, name: str) -> float:
    """How close (0..1) the entry's own name or native name is to the name as written, letter by letter."""
    key = name_key(name)
    return max(
        (SequenceMatcher(None, key, name_key(own)).ratio() for own in (entry.name, entry.native_name) if own),
        default=0.0,
    )


def _held_names(cand: Candidate) -> list[Candidate]:
    """The names the candidate holds, down a chain such as "Shebekino (Shebekinsky district, Belgorod)"."""
    held: list[Candidate] = []
    inner = cand.contains
    while inner is not None and inner is not cand and len(held) < 3:
        held.append(inner)
        inner = inner.contains
    return held


def _names_its_province(entry: GazEntry, cand: Candidate) -> bool:
    """ "Shebekino (Shebekinsky district, Belgorod)": a town that bears its province's name, written after
    another place of that province that it holds, names the province."""
    if entry.kind != "place" or not cand.holds or entry.admin1 is None:
        return False
    if name_key(entry.admin1) != name_key(entry.name):
        return False
    return any(
        held.chosen is not None and held.chosen is not entry and held.chosen.iso3 == entry.iso3
        and held.chosen.admin1 == entry.admin1
        for held in _held_names(cand)
    )


def _holds_a_place_named(division: GazEntry, name: str, gazetteer: Gazetteer) -> bool:
    """A town or district of that name lies in the division."""
    if division.kind not in ("admin1", "admin2"):
        return False
    level = "admin1" if division.kind == "admin1" else "admin2"
    return any(
        exact and other is not division and other.iso3 == division.iso3
        and getattr(other, level) == getattr(division, level)
        for other, exact in gazetteer.lookup_matches(name)
    )  # fmt: skip


def _acceptable(entry: GazEntry, exact: bool, cand: Candidate, countries: Counter[str], focus: str | None,
                text: str, gazetteer: Gazetteer, evidence: Counter[str] | None = None) -> bool:  # fmt: skip
    """Guards against names that merely look like places: a skeleton-only match needs the article's
    country; a place abroad needs to be well known, and in an article set in another country, one the text
    names (or a world city); a PERSON/ORG/unlabelled span needs locative context."""
    named = countries[entry.iso3] > 0 or (entry.kind == "admin1" and entry.iso3 in countries)  # see places.py
    contained = _container_score(entry, known_container(cand)) > 0
    # evidence of the entry's country from elsewhere in the text ("Mansi", found only as an alternate name
    # of Muncie, Indiana, does not attest the United States by itself)
    own = cand.evidence[1] if cand.evidence is not None and cand.evidence[0] == entry.iso3 else 0.0
    attested = named or (evidence is not None and evidence[entry.iso3] - own > 0)
    established = evidence is None or evidence[focus] >= 1  # not just "Turkish warplanes" (a half)
    # known by that name only as an alternate ("Mansi" for Muncie, Indiana): weak evidence of the focus suffices
    by_other_name = not bears_as_own_name(entry, name_key(cand.text))
    # the text's focus may rest on this very name, an ordinary word that some place bears as an alternate
    # ("related to Human rights": "Human" is also Uman, Ukraine)
    focus_of_its_own = entry.iso3 == focus and by_other_name and not attested and is_ordinary(cand.text)
    elsewhere = focus is not None and (established or by_other_name) and entry.iso3 != focus
    if (elsewhere or focus_of_its_own) and not attested and not contained:
        # "Mansi township" in a report on Kachin is no Muncie, Indiana; "Tripoli" in a report on Lebanon no
        # Libyan city: no place is better than a homonym in a country the text never names or evidences.
        # A world city, a national capital and a province its type word names ("Shan State") may stand alone.
        famous = exact and entry.kind == "place" and entry.population >= _WORLD_CITY and not by_other_name
        typed = exact and entry.kind == "admin1" and cand.type_word in ADMIN1_WORDS
        if not (famous or typed or (exact and gazetteer.is_national_capital(entry))):
            return False
    in_context = (
        entry.iso3 == focus or named or contained
        or _kind_score(entry, cand.type_word) >= 3.0 or (focus is None and entry.kind == "admin1")
        or _township_seat(entry, cand)
    )  # fmt: skip
    if not exact and not (
        entry.iso3 == focus or cand.reference is not None
        or _container_score(entry, known_container(cand)) >= 4.0  # "al Boukamal city in Deir Ezzor province"
        or (focus is None and _sole_division_of_its_type(entry, cand))  # "Deir Ez-Zour governorate"
    ):  # fmt: skip
        # a skeleton-only match ("Qameshly") needs the article's country, or the division the text puts it in
        return False
    if not exact and cand.modifier and not contained and cand.type_word is None:
        return False  # "Idoma farmers": a people's name that looks like Adamawa's, not a province's adjective
    untyped = cand.label not in PLACE_LABELS and cand.type_word is None and cand.reference is None
    if not exact and untyped and not contained:
        # a loose spelling match on a word nobody tagged as a place ("Monday" ~ Maywand), unless the division
        # the text puts it in holds it ("Bulo Burte (Hiraan)" ~ Buulobarde)
        return False
    if not exact and _container_score(entry, known_container(cand)) < 0:
        return False  # a look-alike name outside the province or country the text puts it in
    if not exact and _outside_a_named_district(entry, known_container(cand)):
        return False  # "Kutru in Bijapur district": not a look-alike in another district of the province
    if _village_in_an_unknown_division(entry, cand) or _village_outside_the_province_named(entry, cand):
        return False
    if _part_of_a_named_town(cand, text):
        # "in the El Fresno neighborhood, in Cortazar": a part of the town named with it, not a village of
        # that name elsewhere; the town is the place
        return False
    if exact and _outside_its_container(entry, known_container(cand)):
        # "the neighbourhood of Kossa in the town of Mora" is no Kossa in Germany, "the Ar Rawdah area of
        # Taizz city" no Ar Rawdah of another governorate: the text puts the name inside a place it resolved
        return False
    if not exact and not same_skeleton(entry, cand.text):
        return False  # matched through some alternate name only ("Kujar" ~ "Khajuraho Group of Monuments")
    # "murdered in Salvatierra", in a text that names no country: a town after a locative word whose name no
    # other place of a tenth its size bears is that town, down to a smaller size than a bare name needs
    lone_town = focus is None and not countries and has_locative_context(cand, text) and _dominant_sense(
        entry, cand, smallest=_LONE_TOWN_AFTER_LOCATIVE, lone_town=True
    )
    if not in_context and not lone_town and (
        entry.kind != "place" or entry.population < 100_000 or cand.type_word is not None
    ):
        return False  # a typed name ("Kani Township") abroad is no well-known city
    if cand.label in PLACE_LABELS:
        return True
    if cand.label == "NORP":  # "Kulgam district", "between Tepalcatepec and ..." tagged as a people
        # "in Omdurman" tagged as a people: a town of the article's country, or in a text that names no
        # country one whose name no comparable place shares
        well_placed = entry.iso3 == focus or (focus is None and not countries and _dominant_sense(entry, cand))
        return (
            exact
            and not cand.demonym
            and (
                cand.type_word is not None
                or contained  # "Kasese (Western region)": inside the division named after it
                or (well_placed and has_locative_context(cand, text))
                or (_qualifies(cand, entry) and _names_where(entry, focus, named))  # "Myingyan restaurant"
            )
        )
    inside_named_division = _container_score(entry, known_container(cand)) >= 4.0
    if inside_named_division and (
        (exact and bears_as_own_name(entry, name_key(cand.text))) or (not exact and cand.type_word is not None)
    ):
        # "Bilozerka (Kherson raion, Kherson)", "Cotija (Michoacán)": a name the text puts inside a division it
        # names, where the gazetteer has a place of exactly that name, or of that name's sound when a type word
        # says what it is ("al Boukamal city in Deir Ez-Zour governorate")
        return True
    # "Russian missiles hit Kharkiv", "Turkish drones strike Qamishli": the forces' nationality sets no country,
    # and the town struck is where it happened when it is the article's or the name's main sense
    struck = exact and is_struck_place(cand, text) and entry.kind != "admin2"
    # ... in an article set elsewhere too, when the text attests that country ("Ukrainian officials said" in a
    # report on drones over Bryansk: "a Russian missile strike on Kharkiv")
    if struck and (entry.iso3 == focus or ((focus is None or attested) and _dominant_sense(entry, cand))):
        return True
    if has_locative_context(cand, text):
        # "in the hills around Sake" in an article that also names Rwanda more often than Congo: a town of
        # any country the article names, after a locative word, is a place; so is a division its type word
        # names ("in Shan State", untagged)
        division = entry.kind in ("admin1", "admin2")
        return (
            cand.label is not None
            or entry.iso3 == focus
            or (exact and (entry.iso3 in countries or _kind_score(entry, cand.type_word) >= 3.0))
            or (exact and cand.holds and division)  # "Nieves, Zacatecas": the province after a town
            or (focus is None and not countries and _dominant_sense(entry, cand))
        )
    if _qualifies(cand, entry) and exact:
        return _names_where(entry, focus, named)
    if exact and _opens_a_headline(cand, text) and (focus is None or entry.iso3 == focus):
        # "Tamaulipas: six workers found dead", "Guaymas, Sonora: ...": the place a headline is about
        return entry.kind == "admin1" or (entry.kind == "place" and entry.population >= 20_000)
    # an untagged capitalised name that is a sizeable town of the article's country ("entered Mazar-i-Sharif")
    return (
        cand.label is None
        and exact
        and entry.iso3 == focus
        and entry.kind == "place"
        and (entry.population >= 20_000 and not _sentence_initial(cand, text))
    )


def _sole_division_of_its_type(entry: GazEntry, cand: Candidate) -> bool:
    """A province its type word names ("Deir Ez-Zour governorate") that is the only province the gazetteer
    spells alike: transliterations of one name vary, and the type word rules out towns of that sound."""
    return (
        entry.kind == "admin1"
        and cand.type_word in ADMIN1_WORDS
        and all(other.iso3 == entry.iso3 and other.admin1 == entry.admin1
                for other, _ in cand.matches if other.kind == "admin1")
    )  # fmt: skip


def _part_of_a_named_town(cand: Candidate, text: str) -> bool:
    """ "the San Juan neighbourhood of Celaya", "the El Fresno neighborhood, in Cortazar", "the Sabon Gari area of
    Kano": a quarter of a town the text names with it (not "Dand district of Kandahar", a district of the
    province the city shares its name with)."""
    town = cand.container.chosen if cand.container is not None else None
    return town is not None and town.kind == "place" and _TOWN_PART_AFTER.match(text, cand.end) is not None


def _township_seat(entry: GazEntry, cand: Candidate) -> bool:
    """ "Muse township": a town whose country has a division of its name, as the seat of a township has."""
    return cand.type_word == "township" and entry.kind == "place" and any(
        exact and other.kind in ("admin2", "admin1") and other.iso3 == entry.iso3 for other, exact in cand.matches
    )


def _qualifies(cand: Candidate, entry: GazEntry) -> bool:
    """The name qualifies an event's noun, a town or a province its people ("Sagaing villagers"; but "a Kachin
    woman" is a people's) or premises ("Karen camp")."""
    return (
        cand.names_event
        or (cand.names_locals and entry.kind == "place")
        or (cand.names_locals and entry.kind == "admin1" and not _names_a_people(cand.text))
        or (cand.names_premises and entry.kind in ("place", "admin1"))  # "Karen camp", "Kachin base"
    )


def _names_a_people(name: str) -> bool:
    return name.lower() in context_words().get("people_name", frozenset())


def _names_where(entry: GazEntry, focus: str | None, named: bool) -> bool:
    """ "a Monterrey execution", "Sonora gun battles", "a Pathein teenager": a division, or a town sizeable
    enough that a person's name ("a Haftar offensive") is unlikely to be it, of the article's country."""
    if not (focus is None or entry.iso3 == focus or named):
        return False
    return entry.kind == "admin1" or (entry.kind == "place" and entry.population >= _TOWN_NAMING_EVENT)


def _dominant_sense(entry: GazEntry, cand: Candidate, smallest: int = 100_000, lone_town: bool = False) -> bool:
    """In a text that names no country, "fighters in Bago": a first-level division, or a town of ``smallest``
    or more, whose name no place of comparable size elsewhere bears (a tenth of its size at most; a division's
    own capital of the same name is no rival). For a ``lone_town`` after a locative word, a smaller place that
    has the name only as an alternate ("Salvatierra de Miño" for Salvatierra) is no rival either."""
    if entry.kind not in ("place", "admin1") or (entry.kind == "place" and entry.population < smallest):
        return False
    size = max(entry.population, _DIVISION_SIZE) if entry.kind == "admin1" else entry.population
    key = name_key(cand.text)
    if lone_town and not bears_as_own_name(entry, key) and any(
        exact and other.kind == "place" and bears_as_own_name(other, key) for other, exact in cand.matches
    ):
        return False  # Rosh Ha'Ayin, once called Ras al-Ayn, is no lone town of that name: a Syrian town bears it
    for other, exact in cand.matches:
        if not exact or other is entry or other.kind == "admin2":
            continue
        if (other.iso3, other.admin1) == (entry.iso3, entry.admin1):
            continue  # the division and its town of the same name: one sense
        other_size = max(other.population, _DIVISION_SIZE) if other.kind == "admin1" else other.population
        # a smaller place that bears the name only as an alternate ("Salvatierra de Miño") is no rival sense
        by_other_name = lone_town and not bears_as_own_name(other, key)
        if other_size * 10 > size and not (by_other_name and other_size < size):
            return False
    return True


def same_skeleton(entry: GazEntry, name: str) -> bool:
    """The entry's own name (display or native) has the spelling skeleton of ``name`` and about its
    length: Qarabagh for Karabakh, Kondoz for Kunduz."""
    key = name_key(name)
    wanted = name_skeleton(key)
    return any(
        wanted in (name_skeleton(own_key), _skeleton_without_glued_article(own_key))
        and abs(len(own_key) - len(key)) <= max(2, len(key) // 4)
        for own in (entry.name, entry.native_name)
        if own
        for own_key in [name_key(own)]
    )  # a short skeleton is shared by many unrelated names: "Kujar" and "Kizhariyur" both give k-j-r


def _skeleton_without_glued_article(key: str) -> str | None:
    """ "Albu Kamal" spelt "al Boukamal": the Arabic article written into the name's first word, which a
    skeleton drops only when it stands apart."""
    return name_skeleton(key[2:]) if key.startswith("al") and len(key) > 4 and key[2] != " " else None


_HEADLINE_TOPIC_LEAD = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}/")  # "Zacatecas/" before "Fresnillo:"
_HEADLINE_TOPIC_END = re.compile(r"(?:(?:,\s*|/)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*:\s")


def _opens_a_headline(cand: Candidate, text: str) -> bool:
    """The name opens its line and is followed by a colon, maybe after its province or town ("Sonora: ...",
    "Guaymas, Sonora: ...", "Zacatecas/Fresnillo: ...")."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    before = text[line_start : cand.start]
    opens = not before.strip() or _HEADLINE_TOPIC_LEAD.fullmatch(before) is not None
    return opens and bool(_HEADLINE_TOPIC_END.match(text, cand.end))


def _sentence_initial(cand: Candidate, text: str) -> bool:
    before = text[max(0, cand.start - 3) : cand.start].strip()
    return cand.start == 0 or before == "" or before[-1] in '.!?:"“‘'


def resolve(cand: Candidate, countries: Counter[str], focus: str | None, gazetteer: Gazetteer,
             text: str, evidence: Counter[str] | None = None) -> None:  # fmt: skip
    """Choose the candidate's gazetteer entry (``cand.chosen``, None when no entry is acceptable), given the
    article's countries (named and by their people), its focus country and the weighted evidence of the
    countries it is set in (``place_countries.country_evidence``)."""
    if not name_key(cand.text):
        return
    if not name_skeleton(name_key(cand.text)) and len(name_key(cand.text)) < 3 and cand.type_word is None:
        return  # "Ye" is a place only as "Ye Township"
    if cand.text.lower() in DIRECTION_WORDS and cand.type_word is None:
        return  # "North" cut from "North 24 Parganas" is no North Delhi; "the North region" has its type word
    cand.matches = gazetteer.lookup_matches(cand.text)
    if cand.type_word in ADMIN1_WORDS or cand.type_word == "region":
        rows = {entry.row for entry, _ in cand.matches}
        cand.matches += [(p, True) for p in gazetteer.provinces_known_as(cand.text) if p.row not in rows]
    if not cand.matches:
        _without_direction_word(cand, gazetteer)
    scored = [
        (_score(e, exact, cand, countries, focus, gazetteer, evidence), -e.row, e)
        for e, exact in cand.matches
        if _acceptable(e, exact, cand, countries, focus, text, gazetteer, evidence)
    ]
    cand.chosen = max(scored)[2] if scored else None
    if cand.chosen is not None:
        cand.chosen = _city_of_that_name(cand.chosen, cand, [e for _, _, e in scored])
    if cand.chosen is not None and _better_known_elsewhere(cand.chosen, cand):
        cand.chosen = None
    cand.twin = cand.chosen is not None and _twin_district(cand.chosen, scored)  # of the entry finally chosen
    if cand.chosen is None:
        _resolve_division_part(cand, countries, focus, gazetteer, text, evidence)


_TWIN_MARGIN = 1.0  # less than a containing place or a type word gives: only the districts' sizes tell them apart


def _twin_district(chosen: GazEntry, scored: list[tuple[float, int, GazEntry]]) -> bool:
    """Two districts of one name in one country ("Bijapur district": Karnataka's and Chhattisgarh's) that
    nothing around the name tells apart (``places._drop_twin_districts`` then asks the rest of the article)."""
    if chosen.kind != "admin2":
        return False
    best = max(score for score, _, entry in scored if entry is chosen)
    return any(
        entry.kind == "admin2" and entry is not chosen and entry.iso3 == chosen.iso3
        and entry.admin1 != chosen.admin1 and name_key(entry.name) == name_key(chosen.name)
        and best - score < _TWIN_MARGIN
        for score, _, entry in scored
    )  # fmt: skip


def _city_of_that_name(chosen: GazEntry, cand: Candidate, acceptable: list[GazEntry]) -> GazEntry:
    """A city that bears the name as its own outranks one abroad that bears it only as an alternate
    ("Cancun" is Cancun, not a spelling of Changchun), when it is a city of some size."""
    key = name_key(cand.text)
    if bears_as_own_name(chosen, key):
        return chosen
    own = [
        e for e in acceptable
        # a world city's name used of a smaller place is left to _better_known_elsewhere: no place at all
        if e.kind == "place" and e.iso3 != chosen.iso3 and _OWN_NAME_CITY <= e.population < _WORLD_CITY
        and bears_as_own_name(e, key)
    ]  # fmt: skip
    # in the same country, a city of comparable size that bears the name as its own ("Guadalupe", Nuevo Leon)
    # outranks a larger place known by it only as an alternate (a borough of Mexico City), unless the text
    # places it ("Tuxpan, Veracruz"); "Bombay" stays Mumbai
    if (cand.container is None or cand.container.country is not None) and cand.reference is None:
        own += [
            e for e in acceptable
            if e.kind == "place" and e.iso3 == chosen.iso3 and e is not chosen and bears_as_own_name(e, key)
            and e.population >= _OWN_NAME_CITY and e.population * _COMPARABLE_SIZE >= chosen.population
        ]  # fmt: skip
    return max(own, key=lambda e: e.population) if own else chosen


def _better_known_elsewhere(chosen: GazEntry, cand: Candidate) -> bool:
    """The chosen entry bears the name only as an alternate, while a world city bears it as its own name
    ("San Diego teenagers" in a report on Tijuana: not a Mexican village once called San Diego). No place
    is better than the wrong one."""
    key = name_key(cand.text)
    if bears_as_own_name(chosen, key):
        return False
    return any(
        exact and other.kind == "place" and other.population >= _WORLD_CITY and other.iso3 != chosen.iso3
        and bears_as_own_name(other, key)
        for other, exact in cand.matches
    )  # fmt: skip


_DIRECTION_PREFIX = re.compile(
    r"^(?:(?:north|south)(?:-?(?:east|west))?|east|west|central|upper|lower)(?:ern)?\s+(?=\S)", re.IGNORECASE
)


def _without_direction_word(cand: Candidate, gazetteer: Gazetteer) -> None:
    """ "Northern Shan State", "Eastern Ghouta" when the gazetteer lacks the whole name: a part of the named
    place (a division, or near a town)."""
    rest = _DIRECTION_PREFIX.sub("", cand.text)
    if rest == cand.text or len(name_key(rest)) < 3:
        return
    cand.matches = [(e, exact) for e, exact in gazetteer.lookup_matches(rest) if exact]
    if cand.matches:
        cand.near = True  # a part of it: at best district-level precision for a town


def _resolve_division_part(cand: Candidate, countries: Counter[str], focus: str | None, gazetteer: Gazetteer,
                           text: str, evidence: Counter[str] | None = None) -> None:  # fmt: skip
    """ "Lamu West", "Mandera East", "Kajiado Central": an unknown part of a known division (a sub-county
    named after its county) is placed in that division: its first- or second-level division, never a
    town of the same name."""
    words = cand.text.split()
    if len(words) < 2 or words[-1].lower() not in _PART_WORDS:
        return
    whole = " ".join(words[:-1])
    divisions = [(e, exact) for e, exact in gazetteer.lookup_matches(whole) if exact and e.kind in ("admin1", "admin2")]
    scored = [
        (_score(e, exact, cand, countries, focus, gazetteer, evidence), -e.row, e)
        for e, exact in divisions
        if _acceptable(e, exact, cand, countries, focus, text, gazetteer, evidence)
    ]
    if scored:
        cand.chosen = max(scored)[2]
        cand.near = True  # part of the division: at best district-level precision


def precision(entry: GazEntry, cand: Candidate) -> int:
    if entry.kind == "admin1" or _names_its_province(entry, cand):
        return 3
    if entry.kind == "admin2" or cand.near or cand.type_word in ("district", "township", "area", "region"):
        return 2
    return 1
