"""Place mentions that are never, or only weakly, where an event happened: a bearing's anchor ("north of
Kabul"), an origin ("trucks from Kano"), where someone spoke or the wounded were taken, the dateline, a
capital standing for its government ("Kabul has accused Islamabad"), a country named as a neighbour or a
refuge; and where someone lives or comes from (weak evidence)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from eventledger.extract.event_lexicon import INCIDENT_FAMILIES, cue, load_triggers
from eventledger.extract.place_candidates import ROAD_WORDS
from eventledger.extract.place_countries import names_forces_after
from eventledger.kb.gazetteer import context_words
from eventledger.models import Mention, Place

if TYPE_CHECKING:
    from eventledger.extract.place_context import PlaceContext

_ANCHOR_BEFORE = re.compile(
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of(?: the)?(?: capital,?)?\s*$", re.IGNORECASE
)
# "trucks from Ouagadougou", "fighters from Kano": where people or things came from, not where it happened
# ("5 km from Djibo" is a distance, caught by NEAR_BEFORE first)
# "hung from Cuernavaca bridge" says where, not whence
_ORIGIN_BEFORE = re.compile(
    r"(?<!km )(?<!kilometres )(?<!kilometers )(?<!miles )(?<!hung )(?<!hanging )(?<!hanged )(?<!dangling )"
    r"\bfrom(?: the)?\s*$",
    re.IGNORECASE,
)
# "the border with Burkina Faso", "fled to Uganda", "the tri-border area with Mali and Burkina Faso": a
# country named as a neighbour, destination or origin is no event's country
_AWAY_COUNTRY_BEFORE = re.compile(
    r"\b(?:with|towards?|bordering|(?:fled|flee|fleeing|crossed|crossing|escaped|returned|deported|turned) (?:in)?to)"
    r"(?: the)?\s+"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:,|and|or)\s*)?$"  # "with Mali and Burkina Faso"
)
# "taken to hospitals in Mogadishu", "an official at the hospital in Finote Selam", "evacuated toward the
# regional hospital of Maroua": where the wounded were cared for ("a strike on a hospital in X" is not
# caught: no "to"/"at the" before it)
_CARE_BEFORE = re.compile(
    r"\b(?:(?:to|towards?) (?:a |the )?|at the )(?:\w+ )?"
    r"(?:hospitals?|clinics?|morgue|mortuary|health (?:centre|center)s?) (?:in|of)(?: the)?\s*$",
    re.IGNORECASE,
)
# "speaking in Kyiv", "a statement issued in Islamabad": where someone spoke, not where anything happened
_SPEECH_BEFORE = re.compile(
    r"\b(?:speaking|spoke|speech|told reporters|told journalists|news conference|press conference|briefing"
    r"|statement (?:issued|released)|addressing [\w ]{1,30}) in(?: the)?\s*$",
    re.IGNORECASE,
)
_WEAK_BEFORE = re.compile(
    r"(?:residents?|natives?|mayor|governor|people|man|woman|officials?) of(?: the)?\s*$"
    r"|(?:hails|hailing|comes|came|originally) from\s*$"
    r"|(?:lives|lived|living|born|served|serving|based|studied) in(?: the)?\s*$",
    re.IGNORECASE,
)


def is_specific(place: Place) -> bool:
    return place.name is not None or place.admin1 is not None


def inside_quote(text: str, paragraph: tuple[int, int], position: int) -> bool:
    before = text[paragraph[0] : position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def is_weak(text: str, mention: Mention) -> bool:
    """Where someone lives, comes from or served: weaker evidence of where an event happened."""
    return bool(_WEAK_BEFORE.search(text[max(0, mention.start - 40) : mention.start]))


# "the Thika highway", "the Kabul-Jalalabad highway": a town that names a road, which runs far from it
_ROAD_AFTER = re.compile(rf"(?:\s?[-–—/]\s?[A-Z][\w'’]*(?: [A-Z][\w'’]*)?)?\s+(?i:{ROAD_WORDS})\b")


def names_a_road(text: str, mention: Mention) -> bool:
    """The town names a road the event was on: a place the sentence names beside it says better where ("on
    the Thika highway near Juja"), unless it is a division the road's town lies in."""
    return _ROAD_AFTER.match(text, mention.end) is not None


def names_a_bearings_anchor(text: str, mention: Mention) -> bool:
    """ "30 km north of Kabul": the event is only near the mention."""
    return bool(_ANCHOR_BEFORE.search(text[max(0, mention.start - 40) : mention.start]))


def never_an_events_place(places: PlaceContext, mention: Mention) -> bool:
    """An origin, where someone spoke, where the wounded were taken, the dateline, a capital standing for its
    government, a country named as a neighbour or refuge, or a town people fled to."""
    text, dateline = places.text, places.dateline
    return (
        (bool(_ORIGIN_BEFORE.search(text[max(0, mention.start - 30) : mention.start]))
         and not _names_an_event_s_place(places, mention) and not _names_where_taken_from(places, mention))
        or bool(_SPEECH_BEFORE.search(text[max(0, mention.start - 40) : mention.start]))
        or bool(_CARE_BEFORE.search(text[max(0, mention.start - 50) : mention.start]))
        or (dateline is not None and dateline[0] <= mention.start < dateline[1])
        or _stands_for_a_government(places, mention)
        or _names_a_country_away(text, mention)
        or _names_a_refuge(text, mention)
        # "a US drone strike near Jilib": the country whose forces struck, not where
        or (not is_specific(mention.place) and names_forces_after(text, mention.end))
    )


def _noun_the_name_qualifies(places: PlaceContext, mention: Mention) -> Any | None:
    """The noun a place name qualifies, up a chain of modifiers ("the Konduga market bombings": "bombings"),
    or the name's own head when it qualifies none."""
    doc = places.article.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return None
    token = span.root
    while token.dep_ in ("compound", "nmod", "amod") and token.head.i != token.i:
        token = token.head
    return token


def _names_an_event_s_place(places: PlaceContext, mention: Mention) -> bool:
    """'the toll from the Konduga market bombings': a place modifying an event noun ("bombings", "attack")
    tells where that event happened, not where something came from."""
    token = _noun_the_name_qualifies(places, mention)
    if token is None:
        return False
    triggers = load_triggers().get(token.lemma_.lower(), ())
    return token.pos_ == "NOUN" and any(
        len(t.words) == 1 and t.pos in ("NOUN", "ANY") and t.family in INCIDENT_FAMILIES and t.alone for t in triggers
    )


def _names_where_taken_from(places: PlaceContext, mention: Mention) -> bool:
    """ "abducted 20 pupils from Kuriga", "seized weapons from the Falam township arsenal": where people or
    things were taken from is where the taking happened."""
    token = _noun_the_name_qualifies(places, mention)
    if token is None:
        return False
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "from":
        return False
    return preposition.head.pos_ == "VERB" and preposition.head.lemma_.lower() in cue("taken_from_verb")


# "the population has fled towards Djibo", "displaced to camps in Kaya", "families moved toward Malakal": where
# people fled or moved to is their refuge, no event's place (a country named so is caught by _AWAY_COUNTRY_BEFORE)
_REFUGE_BEFORE = re.compile(
    r"\b(?:fled|flee|flees|fleeing|escaped|displaced|sought refuge|took refuge|taking refuge"
    # "some families moved toward Malakal", "partners relocated non-essential staff to Kuajok"
    r"|moved|relocated|relocating)"
    r"(?: [\w-]+){0,2}\s+(?:(?:in)?to|towards?|for)(?: the)?(?: (?:town|city|village|camps?)(?: of| in)?)?\s*$"
    # the way out of a place people flee ("bus fares to Kosti have tripled", "flights to the capital are full")
    r"|\b(?:fares?|tickets?|seats?|flights?) (?:in)?to(?: the)?\s*$",
    re.IGNORECASE,
)


def _names_a_refuge(text: str, mention: Mention) -> bool:
    return bool(_REFUGE_BEFORE.search(text[max(0, mention.start - 60) : mention.start]))


def _names_a_country_away(text: str, mention: Mention) -> bool:
    return not is_specific(mention.place) and bool(
        _AWAY_COUNTRY_BEFORE.search(text[max(0, mention.start - 60) : mention.start])
    )


def _stands_for_a_government(places: PlaceContext, mention: Mention) -> bool:
    """A national capital that does what governments do ("Kabul has accused Islamabad", "Kinshasa said") or
    is a party to talks ("the deal between Kinshasa and the M23") names its government: no event happened
    there. Its object ("accused Islamabad") is a government too when the subject is one."""
    place, doc = mention.place, places.article.doc
    if doc is None or place is None or place.geonameid is None or place.name is None:
        return False
    capital = places.gazetteer.national_capital(place.iso3)
    if capital is None or capital.geonameid != place.geonameid:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    verbs = context_words()["speech_verb"]
    if token.dep_ == "nsubj" and token.head.lower_ in verbs:
        return True
    if token.dep_ == "dobj" and token.head.lower_ in verbs:
        return any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in token.head.children)
    if token.dep_ == "conj":  # "between Kinshasa and the M23": the party named first
        return False
    party = next((c for c in token.children if c.dep_ == "conj"), None)
    between = token.dep_ == "pobj" and token.head.lower_ == "between"
    return between and party is not None and party.ent_type_ not in ("GPE", "LOC", "FAC")
