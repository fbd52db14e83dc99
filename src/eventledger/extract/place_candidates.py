"""Place-like spans of an article (tagged places, and capitalised names that context may make places) with
what surrounds each: a type word ("Kunduz province"), a 'near' word, a containing place ("Gwoza, Borno
state"), a bearing ("north of Kabul"), the other end of a route ("the Milihoi–Mpeketoni road").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from eventledger.annotate import doc_text
from eventledger.datelines import DATELINE, REPORT_WORDS
from eventledger.kb.actors import load_actor_kb
from eventledger.kb.gazetteer import Country, GazEntry, Gazetteer, context_words, name_key
from eventledger.models import Article
from eventledger.settings import get_setting

# spaCy labels whose spans are places outright; PERSON/ORG/unlabelled spans need context too,
# because the small model tags towns such as "Gardez" as PERSON.
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_OTHER_LABELS = {"PERSON", "ORG", "NORP"}
_NOT_PLACE_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
_ORG_AFTER = re.compile(r"^(?: and [A-Z][\w'’-]+)*(?: State| Province| Region)? ([A-Z][a-z]+)\b")
_DASH_BETWEEN = re.compile(r"\s?[–—/]\s?|\s-\s")
ROAD_WORDS = r"(?:road|highway|expressway|motorway|route|axis|corridor)"  # what a town's name may name
_ROUTE_BEFORE = re.compile(rf"\b(?:{ROAD_WORDS}|railway) (?:between|from)\s+$", re.I)
_ROUTE_AFTER = re.compile(rf"^\s+(?:{ROAD_WORDS}|railway|border crossing)\b", re.I)
_LOCATIVE_WORDS = frozenset(
    [
        "in",
        "near",
        "at",
        "of",
        "from",
        "outside",
        "around",
        "into",
        "to",
        "towards",
        "toward",
        "across",
        "inside",
        "between",
        "over",  # "drones shot down over Belgorod"
        "through",  # "marched through Chandigarh"
        "throughout",
    ]
)
NEAR_BEFORE = re.compile(
    r"(?:\bnear|\boutskirts of|\boutside|\baround|\bvicinity of|\bkm (?:from|of)|\bkilometers (?:from|of)"
    r"|\bkilometres (?:from|of)|\bmiles (?:from|of))(?: the)?(?: town| city| village)?(?: of)?\s*$",
    re.IGNORECASE,
)
_TYPE_AFTER = re.compile(
    r"^[\s-]*(?:and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? )?"
    r"(province|state|governorate|region|district|county|city|town|village|area|municipality|township"
    r"|local government area|lga|sub-county|tehsil|woreda|zone|circle|cercle|territory|countryside|twsp|tsp"
    r"|raion|rayon|oblast|upazila|(?-i:department|prefecture|sub-prefecture))s?\b",
    re.IGNORECASE,
)
# type words that come before a name with "of" ("the province of Paktia")
_TYPES_OF = (
    "province|state|governorate|region|district|county|city|town|village|township|territory|circle|cercle"
    "|municipality|local government area|countryside"
    "|(?-i:department|prefecture|sub-prefecture)"  # lower case: "the Department of Justice" is no place
)
_TYPE_BEFORE = re.compile(rf"\b({_TYPES_OF}) of(?:\s+the)?\s+$", re.IGNORECASE)  # "the department of the Mayo-Sava"
# the same, tagged inside one name with the place ("Badia of Al-Mayadeen", "Province of Paktia"); the badia is the
# Syrian desert, its countryside
_AREA_WORDS = {"countryside", "badia", "desert", "outskirts", "suburbs"}
_TYPE_LEADING = re.compile(rf"^({_TYPES_OF}|{'|'.join(_AREA_WORDS)}) of\s+(?=[A-Z])", re.IGNORECASE)
ADMIN1_WORDS = {"province", "state", "governorate", "municipality", "oblast"}
_EITHER_LEVEL_WORDS = {"department", "prefecture", "sub-prefecture"}
_DIRECTION = re.compile(
    r"^[\s,]*(?:(?:region|area|district|province)\s*,?\s*)?(?:(?:about|some|around)\s+)?"
    r"(?:\d+\s*(?:km|kilometers|kilometres|miles)\s+)?"
    r"(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east"
    r"|south-west)(?:ern)?\s+of\s+(?:the\s+)?(?:capital,?\s+)?$",
    re.IGNORECASE,
)
_CONNECT_WORDS = {"the", "a", "its", "capital", "provincial", "town", "city", "village", "district", "area",
                  "region", "province", "state", "governorate", "county", "oblast", "of", "in", "near",
                  # a named feature and its province: "the Cal Miskaad mountains (Bari)"
                  "mountains", "mountain", "hills", "forest", "valley", "plains"}  # fmt: skip
# capitalised words joined by spaces or hyphens, with the particles of transliterated names (Mazar-i-Sharif)
# and the Arabic article assimilated to the next sound, written apart before a hyphen (Deir ez-Zor, Deir el-Balah),
# and French ones (Port-au-Prince, Boulogne-sur-Mer)
_PARTICLE = (
    r"(?:i|e|al|el|ul|ud|ad|ed|ash|as|es|ez|az|ar|er|at|et|an|en|ur|um|de|da|du|di|la|le|y|del|los|las|dos|das"
    r"|au|aux|sur|les)"
)
# an initial joined to a name is part of it: "C.Africa", "C. African Republic" (not "U.S.")
_INITIAL = r"(?:[A-Z]\.\s?(?=[A-Z][a-z]{2}))?"
# ("Playa del Carmen", "San Juan de los Lagos")
_CAPITALISED = re.compile(
    rf"{_INITIAL}[A-Z][\w'’]*(?:(?:-| |[- ]{_PARTICLE}-|(?: {_PARTICLE}){{1,2}} )[A-Z][\w'’]*)*"
)
# a tagged name that stops at a particle before the hyphenated rest of the name
_ENDS_IN_PARTICLE = re.compile(rf" {_PARTICLE}$")
_CUT_AFTER_PARTICLE = re.compile(r"-[A-Z][\w'’]*")
_CAPTION_MARK = re.compile(r"\((?:[A-Z]+ )?(?:archive|file|photo|AFP|Reuters|AP|Getty)[^)]*\)\s*$", re.I)
# "KYIV, Jan 20 (Reuters) -", "PESHAWAR:", "Goma, 13 June 2022 -": where the report was filed
_FILED_BY = re.compile(r"\b(?:agency|news|press|radio|television|TV|correspondent|reporter|bureau)\b", re.IGNORECASE)
_LOCATIVE_INSIDE = re.compile(r"[A-Z][\w'’-]* (?:in|near|outside) [A-Z]")
_LIST_INSIDE = re.compile(r"[A-Za-z] ?[,(] ?[A-Z]")  # "Bijapur, Chhattisgarh", "Tabane (Haut-Mbomou"


@dataclass
class Candidate:
    start: int
    end: int  # end of the name (a following "province" is not part of it)
    text: str
    label: str | None
    type_word: str | None = None
    near: bool = False
    sentence: int = 0
    reference: tuple[str, str] | None = None  # (direction, name) from "north of Kabul"
    container: Candidate | None = None  # "Gardez, the capital of ... Paktia" → the Paktia candidate
    country: Country | None = None
    demonym: bool = False  # "Afghan", "Nigerian police"
    modifier: bool = False  # "US forces": a country name used as an adjective names no place
    names_event: bool = False  # "a Monterrey execution", "Sonora gun battles": where the event happened
    names_locals: bool = False  # "a Pathein teenager", "Myingyan restaurant": a town's people or premises
    names_premises: bool = False  # "Karen camp", "a Kachin base": premises, which a province's name may place
    partner: Candidate | None = None  # "the Milihoi–Mpeketoni road": the other end of a dashed pair
    evidence: tuple[str, float] | None = None  # (ISO3, weight) this span adds to the article's countries
    holds: bool = False  # the container of the name before it ("Borno" in "Gwoza, Borno state")
    contains: Candidate | None = None  # that name ("Gwoza"): a division holding a town of that name is likelier
    matches: list[tuple[GazEntry, bool]] = field(default_factory=list)
    twin: bool = False  # the chosen district has a namesake in another province of its country, as likely
    chosen: GazEntry | None = None


# ------------------------------------------------------------ candidates


def sentence_spans(article: Article) -> list[tuple[int, int]]:
    if article.sentences:
        return [(s.start, s.end) for s in article.sentences]
    if article.doc is not None and article.doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in article.doc.sents]
    return [(0, len(article.clean_text))]


def paragraph_spans(article: Article) -> list[tuple[int, int]]:
    if article.paragraphs:
        return [(p.start, p.end) for p in article.paragraphs]
    spans, start = [], 0
    for match in re.finditer(r"\n\s*\n", article.clean_text):
        spans.append((start, match.start()))
        start = match.end()
    return [*spans, (start, len(article.clean_text))]


def is_caption(text: str) -> bool:
    """A photo caption left in the text: short, no full stop, ends with "(archive)" / "(AFP)"."""
    return bool(_CAPTION_MARK.search(text)) and len(text.split()) < 15


def _raw_candidates(article: Article) -> list[Candidate]:
    text = article.clean_text
    found: list[Candidate] = []
    taken: set[int] = set()
    for ent in article.doc.ents if article.doc is not None else ():
        if ent.label_ in _NOT_PLACE_LABELS:
            if _is_time_slip(ent.label_, ent.text):
                continue  # "on Monday in the center of Manbij" with "Manbij" tagged DATE: still a name
            taken.update(range(ent.start_char, ent.end_char))  # "in May": a month, not the town of May
            continue
        if (
            ent.label_ not in PLACE_LABELS | _OTHER_LABELS
            or _LOCATIVE_INSIDE.search(ent.text)
            or _LIST_INSIDE.search(ent.text)
        ):
            continue  # "Tame in Arauca", "Bijapur, Chhattisgarh" tagged as one: its names are found one by one
        start, end = ent.start_char, ent.end_char
        if text[start:end].lower().startswith("the "):
            start += 4
        if not any(c.isupper() for c in text[start:end]):
            continue  # "west province", "the capital": a name has a capital letter
        if text[start:end].endswith(("'s", "’s")) and end - start > 3:
            end -= 2  # "Central African Republic's capital": the name, not its possessive
        if text[start:end].endswith(":"):
            end -= 1  # "Chihuahua: executed for ...": a headline's topic, tagged with its colon
        while end > start and text[end - 1] in " ([":
            end -= 1  # "Marani (" tagged with the bracket that opens its province: the name stops before it
        if (rest := _CUT_AFTER_PARTICLE.match(text, end)) and _ENDS_IN_PARTICLE.search(text, start, end):
            end = rest.end()  # "Deir el" tagged, "-Balah" left out: the name is "Deir el-Balah"
        elif rest := _CUT_AFTER_PARTICLE.match(text, end):
            end = rest.end()  # "Guinea" tagged in "Guinea-Bissau", "Maiduguri" in "the Maiduguri-Damboa road"
        for piece_start, piece_end in _name_pieces(text, start, end):  # "Sagaing’s Monywa", "Borno - Ndume"
            piece = article.doc.char_span(piece_start, piece_end, alignment_mode="expand")
            root = piece.root if piece is not None else ent.root
            modifier = _modifies_a_noun(root) or text[piece_end : piece_end + 1] == "-"  # "US forces", "US-trained"
            found.append(Candidate(piece_start, piece_end, text[piece_start:piece_end], ent.label_,
                                   modifier=modifier, names_event=_names_an_event(root),
                                   names_locals=_names_locals(root),
                                   names_premises=_qualifies(root, _premises_nouns())))  # fmt: skip
        taken.update(range(start, end))
    # capitals as the parser read them: a Title Case headline's ordinary words are not names ("Storm",
    # "Slaughter"); the parser's text has the same offsets
    parsed = doc_text(article.doc) if article.doc is not None else text
    parsed = parsed if len(parsed) == len(text) else text
    for match in _CAPITALISED.finditer(parsed):
        for start, end in _without_possessives(match):  # "Myanmar's Mandalay": two names
            start = _after_taken(parsed, start, end, taken)  # "San Fernando Tamaulipas" with only the town tagged
            start = _after_opening_word(parsed, start, end)  # "PRESENTER: In Koza, ...": the name is "Koza"
            if start < end and not taken.intersection(range(start, end)):
                span = article.doc.char_span(start, end, alignment_mode="expand") if article.doc is not None else None
                names_event = span is not None and _names_an_event(span.root)
                names_locals = span is not None and _names_locals(span.root)
                premises = span is not None and _qualifies(span.root, _premises_nouns())
                found.append(Candidate(start, end, text[start:end], None, names_event=names_event,
                                       names_locals=names_locals, names_premises=premises))  # fmt: skip
    not_places = context_words()["not_place"]
    return sorted((c for c in found if c.text.lower() not in not_places), key=lambda c: c.start)


_POSSESSIVE = re.compile(r"['’]s\s+")
# a preposition or article capitalised only because it opens a sentence, which the run then swallows where the
# sentence follows a speaker's label or a bullet the sentence splitter does not break at ("REPORTER: In Koza")
_OPENING_WORD = re.compile(r"(?:In|At|Near|On|From|To|Of|By|For|With|Around|Inside|Outside|The)\s+(?=[A-Z])")


def _after_opening_word(text: str, start: int, end: int) -> int:
    opening = _OPENING_WORD.match(text, start, end)
    return opening.end() if opening is not None else start


def _after_taken(text: str, start: int, end: int, taken: set[int]) -> int:
    """Where the untagged words of a capitalised run begin when the tagger took only its first words: the
    first word after the last tagged character (``end`` when the run ends tagged)."""
    inside = [i for i in range(start, end) if i in taken]
    if not inside:
        return start
    following = re.compile(r"\s+(?=[A-Z])").search(text, inside[-1] + 1, end)
    return following.end() if following is not None and following.start() == inside[-1] + 1 else end


def _without_possessives(match: re.Match[str]) -> list[tuple[int, int]]:
    """The names of a capitalised run, split where one is the possessive of the next ("Myanmar's Mandalay")."""
    parts, start = [], match.start()
    for possessive in _POSSESSIVE.finditer(match.group()):
        parts.append((start, match.start() + possessive.start()))
        start = match.start() + possessive.end()
    return [*parts, (start, match.end())]


# "Zacatecas/Fresnillo: ...": a headline's province and town joined by a slash (not "PKK/YPG", one actor)
_PIECE_BREAK = re.compile(r"['’]s\s+(?=[A-Z])|\s[-–—]\s|(?<=[a-z])/(?=[A-Z][a-z])")


def _name_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A tagged span cut at an inner possessive or a spaced dash: "Sagaing’s Monywa" and "Borno - Ndume"
    (a headline's place, then its source) are two names each."""
    pieces, piece_start = [], start
    for brk in _PIECE_BREAK.finditer(text, start, end):
        pieces.append((piece_start, brk.start()))
        piece_start = brk.end()
    pieces.append((piece_start, end))
    return [(s, e) for s, e in pieces if e > s and any(c.isupper() for c in text[s:e])]


def _names_an_event(root: Token) -> bool:
    """The name modifies an event's noun, maybe through other nouns: "a Monterrey execution", "Sonora gun
    battles", "the Kabul airport bombing"."""
    return _qualifies(root, _event_nouns())


def _names_locals(root: Token) -> bool:
    """The name qualifies a town's people or premises: "Pathein teenager shot dead", "Myingyan restaurant
    owners killed" (a province's name so used is often a people's: "a Kachin woman")."""
    return _qualifies(root, _local_nouns())


def max_qualified_hops() -> int:
    """How many nouns up a chain of modifiers a name may qualify (setting max_modifier_hops): "the Kabul
    airport bombing" is two; a run of thousands of "Mr. Mr. ..." parsed as one chain made every name in it walk
    the whole run (20 KB: 21 s)."""
    return int(get_setting("max_modifier_hops"))  # type: ignore[call-overload]


def _qualifies(root: Token, nouns: frozenset[str]) -> bool:
    following = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    modifying = root.dep_ in ("compound", "amod", "nmod")
    if modifying and following is not None and following.pos_ == "NOUN" and following.lemma_.lower() in nouns:
        return True  # "Myingyan restaurant shot ..." parsed with the name on "shot": the next noun says
    for _ in range(max_qualified_hops()):
        if root.dep_ not in ("compound", "amod", "nmod"):
            return False
        head = root.head
        if head.pos_ not in ("NOUN", "PROPN") or head.i == root.i:
            return False
        root = head
        if root.lemma_.lower() in nouns:
            return True
    return False


def _modifies_a_noun(root: Token) -> bool:
    """The name is an adjective of a noun: "US forces", and "French and U.S. troops" (a conjunct of one).
    Not of an event's noun: "Nigeria violence", "a Kabul bombing" say where it happened."""
    if root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ not in ("compound", "amod") or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return root.head.lemma_.lower() not in _event_nouns()  # "Myanmar police" is still the police's country


@cache
def _local_nouns() -> frozenset[str]:
    """A town's people and premises, which its name may qualify."""
    from eventledger.extract.event_lexicon import cue

    return frozenset(cue("civilian_noun")) | frozenset(cue("civilian_place")) | frozenset(cue("local_noun"))


@cache
def _premises_nouns() -> frozenset[str]:
    """Premises and positions ("camp", "base", "village"), which a province's name may locate, where its
    people ("a Kachin woman") it does not."""
    from eventledger.extract.event_lexicon import cue

    return frozenset(cue("civilian_place")) | frozenset(cue("base_noun"))


@cache
def _event_nouns() -> frozenset[str]:
    """One-word nouns of the event lexicon ("attack", "bombing"), the conflict nouns ("violence") and the
    incident nouns ("execution", "shooting")."""
    from eventledger.extract.event_lexicon import cue, load_triggers

    nouns = {t.words[0] for triggers in load_triggers().values() for t in triggers
             if len(t.words) == 1 and t.pos in ("NOUN", "ANY")}
    return frozenset(nouns | set(cue("conflict_noun")) | set(cue("incident_noun")))


def _is_time_slip(label: str, text: str) -> bool:
    """A DATE/TIME entity with no digit and no word of dates or times ("Manbij") is a tagging slip."""
    if label not in ("DATE", "TIME") or any(ch.isdigit() for ch in text):
        return False
    time_words = context_words()["time_word"]
    return not any(word in time_words for word in re.findall(r"[a-z]+", text.lower()))


def names_an_organisation(cand: Candidate, text: str) -> bool:
    """A curated armed group or force ("Taliban", "Hamas") is never a place, whatever village shares its
    name; a typed span (GPE/LOC) that is also a place name ("Hezbollah" is not one) is left to the scorer.
    A place name that opens a force's name ("the Jammu and Kashmir Police") is no place of an event."""
    org = _ORG_AFTER.match(text[cand.end : cand.end + 40])
    if org is not None and org.group(1).lower() in context_words()["org_head"]:
        return True
    if cand.label in PLACE_LABELS or cand.type_word is not None:
        return False
    entries = load_actor_kb().candidates(cand.text)
    # an actor's acronym ("NATO drone attack", with a Philippine town of Nato) names the actor, from any source
    around = text[max(0, cand.start - 40) : cand.end + 40]
    acronym = cand.text.isupper() and len(cand.text) <= 6 and not around.isupper()
    return any(entry.source == "curated" or acronym for entry in entries)


def inside_actor_name(cand: Candidate, text: str) -> bool:
    """ "Khorasan" in "Islamic State Khorasan Province" (which the tagger may split): part of a longer
    capitalised name that the actor knowledge base knows."""
    window_start = max(0, cand.start - 60)
    for match in _CAPITALISED.finditer(text[window_start : cand.end + 60]):
        start, end = window_start + match.start(), window_start + match.end()
        if start <= cand.start and cand.end <= end and (start, end) != (cand.start, cand.end):
            return any(e.source == "curated" or e.type for e in load_actor_kb().candidates(match.group()))
    return False


def _split_type_word(candidate: Candidate, text: str, gazetteer: Gazetteer | None = None) -> None:
    """ "Kunduz province" → name "Kunduz" with type word "province" (inside or right after the span); not
    where the whole is a town's own name ("Gaza City", "Mexico City", "Benin City": no country's city)."""
    leading = _TYPE_LEADING.match(candidate.text)
    if leading and not (gazetteer is not None and _known(candidate.text, gazetteer)):  # "District of Columbia"
        candidate.type_word = _type_word(leading.group(1).lower())
        candidate.start += leading.end()
        candidate.text = text[candidate.start : candidate.end]
        return
    words = candidate.text.split()
    if len(words) > 1 and _TYPE_AFTER.match(words[-1]) and not _a_town_s_whole_name(candidate.text, gazetteer):
        candidate.type_word = _type_word(words[-1].lower().rstrip("s"))
        candidate.end = candidate.start + len(candidate.text) - len(words[-1])
        candidate.text = text[candidate.start : candidate.end].rstrip(" -")
        candidate.end = candidate.start + len(candidate.text)
        return
    after = _TYPE_AFTER.match(text[candidate.end : candidate.end + 30])
    if after:
        candidate.type_word = _type_word(after.group(1).lower())
        return
    before = _TYPE_BEFORE.search(text[max(0, candidate.start - 30) : candidate.start])
    if before:  # "near the town of Tal Tamr", "the province of Paktia", "in the circle of Douentza"
        candidate.type_word = _type_word(before.group(1).lower())


def _a_town_s_whole_name(name: str, gazetteer: Gazetteer | None) -> bool:
    """The name with its last word is a town's exact name, and that word is no mere type word the lookup drops
    ("Gaza City" is a name of Gaza; "Kunduz province" is Kunduz)."""
    if gazetteer is None or name_key(name) == name_key(name.rsplit(maxsplit=1)[0]):
        return False
    return any(exact and entry.kind in ("place", "admin2") for entry, exact in gazetteer.lookup_matches(name))


def _type_word(word: str) -> str:
    """District-level units of many names (local government area, woreda, circle, territory) are read as
    "district"; a township as itself; a countryside ("Idlib countryside", "the countryside of Hasaka") as an area."""
    if word == "township":
        # a township lies below a district (Myanmar) or is a town's quarter; the gazetteer has no townships, so
        # its seat, the town of its name, stands for it (place_scoring._kind_score, precision 2)
        return "township"
    if word in _EITHER_LEVEL_WORDS:
        return "region"  # a department is a province in Colombia or Haiti, a district in Cameroon or Niger
    if word in context_words()["admin_area"] and word not in ADMIN1_WORDS:
        return "district"
    return "area" if word in _AREA_WORDS else word  # "Idlib countryside": rural Idlib


DIRECTION_WORDS = frozenset(
    f"{d}{suffix}"
    for d in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "north-east", "north-west", "south-east", "south-west")
    for suffix in ("", "ern")
) | {"central", "upper", "lower", "rural", "restive"}  # fmt: skip


def _preceding_word(text: str, start: int) -> str:
    """The word before a name, past a direction word ("in eastern Aleppo", "in northwest Pakistan")."""
    words = re.findall(r"[A-Za-z-]+", text[max(0, start - 40) : start])
    while len(words) > 1 and words[-1].lower() in DIRECTION_WORDS:
        words.pop()
    return words[-1].lower() if words else ""


def is_struck_place(candidate: Candidate, text: str) -> bool:
    """The name is what a strike verb hit ("missiles hit Kharkiv") or where a strike noun fell ("airstrikes on
    Saada"): a place when the gazetteer knows it as one (the caller checks), though no locative word precedes."""
    words = context_words()
    before = re.findall(r"[A-Za-z-]+", text[max(0, candidate.start - 40) : candidate.start])
    if not before or text[candidate.start - 1 : candidate.start] != " ":
        return False
    if before[-1].lower() in words.get("struck_verb", frozenset()):
        return True
    return len(before) >= 2 and before[-1].lower() == "on" and before[-2].lower() in words.get("struck_noun", ())


def has_locative_context(candidate: Candidate, text: str, *, linked: bool = True) -> bool:
    """A type word, a 'near' word, a locative word before the name, or (``linked``) a containing place or a
    route's other end that is a place."""
    if candidate.type_word is not None or candidate.near or candidate.holds:
        return True
    if not linked:
        return _preceding_word(text, candidate.start) in _LOCATIVE_WORDS
    if candidate.container is not None:
        return True
    partner = candidate.partner
    if partner is not None and (
        partner.label in PLACE_LABELS or _preceding_word(text, partner.start) in _LOCATIVE_WORDS
    ):
        return True  # "on the Milihoi–Mpeketoni road": both ends of a route are places
    return _preceding_word(text, candidate.start) in _LOCATIVE_WORDS


def link_dashed(candidates: list[Candidate], text: str) -> None:
    """ "the Milihoi–Mpeketoni road", "the highway between Tepalcatepec and Coalcomán": names joined by a
    dash or slash, or by "between ... and", are read alike; on a route between two towns, each is only
    near the event (ACLED precision 2)."""
    for first, second in zip(candidates, candidates[1:], strict=False):
        between = text[first.end : second.start]
        glued_route = between == "-" and _ROUTE_AFTER.match(text[second.end : second.end + 30]) is not None
        if _DASH_BETWEEN.fullmatch(between) or glued_route or (
            between == " and " and _preceding_word(text, first.start) == "between"
        ):  # "the highway between Tepalcatepec and Coalcomán", "the Maiduguri-Damboa road"
            first.partner, second.partner = second, first
            route_before = _ROUTE_BEFORE.search(text[max(0, first.start - 40) : first.start])
            if route_before or _ROUTE_AFTER.match(text[second.end : second.end + 30]):
                first.near = second.near = True


def is_modifier(cand: Candidate) -> bool:
    """A name used as an adjective ("US forces"); "Idlib province" is a place all the same."""
    return cand.modifier and cand.type_word is None


@cache
def _connect_words() -> frozenset[str]:
    """Words that may stand between a place and the one containing it: "Gumi local government area of
    Zamfara State", "Kani township in Sagaing"."""
    words = context_words()
    kinds = {part for w in words.get("admin_area", ()) | words.get("locality", ()) for part in w.split()}
    return frozenset(_CONNECT_WORDS | kinds)


def link_containers(candidates: list[Candidate], text: str, gazetteer: Gazetteer | None = None) -> None:
    """ "Gwoza, Borno state" / "Gardez, the capital of the southeastern province of Paktia": the second
    name contains the first."""
    for first, second in zip(candidates, candidates[1:], strict=False):
        if second.demonym:  # "Monday, Afghan police said": a people, not a container
            continue
        between = text[first.end : second.start]
        words = re.findall(r"[a-z-]+", between.lower())
        if len(words) > 8 or not re.fullmatch(r"[\sA-Za-z,-]*\(?\s*", between):
            continue
        if any(w not in _connect_words() and not w.endswith("ern") for w in words):
            continue
        if "," in between or "(" in between or {"in", "of"} & set(words):
            first.container = second  # "Gwoza, Borno state", "Kutru in Bijapur", "Tabane (Haut-Mbomou)"
            second.holds = second.holds or "," in between or "(" in between  # not "the End of the Day"
            second.contains = first
    for first, second in zip(candidates, candidates[1:], strict=False):
        # "Shebekino (Shebekinsky district, Belgorod)": a division that already holds the name before it is
        # a step up a chain of containers, not the head of a "division, town" line
        held = first.contains
        holds_before = held is not None and held.end <= first.start and "(" in text[held.end : first.start]
        province_after = gazetteer is not None and _names_a_province(second, gazetteer)
        if (second.container is None and not holds_before and not province_after
                and _division_then_town(first, second, text)):  # fmt: skip
            second.container, first.contains, first.holds = first, second, True  # "Mayo-Tsanaga department, Koza"
            if first.container is second:
                # the first loop read the pair the other way round ("X district, Y" as X inside Y): one reading
                # stays, and the division is free to take its own container ("Chhattisgarh's Bijapur district")
                first.container = None
    for first, second in zip(candidates, candidates[1:], strict=False):
        if _POSSESSIVE.fullmatch(text[first.end : second.start]) and first.label != "PERSON" and not first.demonym:
            second.container = second.container or first  # "Pakistan's Karachi", "Sagaing’s Monywa"
            # ... and the first holds the second: "Mandalay’s Madaya Township" is the region, not its city
            first.contains = first.contains or second


# a division named with its kind, then a comma: the name after it is a place inside it, as humanitarian updates
# write a location from the larger unit down ("Logone-et-Chari department, Fotokol: 2 fishermen killed")
_DIVISION_THEN = re.compile(
    r"\s*(?:department|province|state|region|district|county|governorate|division|prefecture|lga"
    r"|local government area)\s*,\s*",
    re.IGNORECASE,
)


def _names_a_province(cand: Candidate, gazetteer: Gazetteer) -> bool:
    """ "Bijapur district, Chhattisgarh": the name after the district is, spelt exactly, a first-level division,
    which holds the district rather than lying in it."""
    return any(exact and entry.kind == "admin1" for entry, exact in gazetteer.lookup_matches(cand.text))


def _division_then_town(first: Candidate, second: Candidate, text: str) -> bool:
    if second.country is not None or second.demonym or second.type_word is not None or first.country is not None:
        return False
    if first.type_word not in (None, "province", "state", "region", "district", "township", "county", "governorate"):
        return False
    return _DIVISION_THEN.fullmatch(text[first.end : second.start]) is not None


def link_references(candidates: list[Candidate], text: str) -> None:
    """ "the Karabakh region north of Kabul": Karabakh must lie north of Kabul."""
    for first, second in zip(candidates, candidates[1:], strict=False):
        match = _DIRECTION.match(text[first.end : second.start])
        if match:
            first.reference = (match.group(1).lower().replace("-", ""), second.text)


def dateline_span(article: Article) -> tuple[int, int] | None:
    """The dateline ("KYIV, Jan 20 (Reuters) -", "PESHAWAR:") opening the first body paragraph, which may
    follow a heading ("NATION IN BRIEF"): where the report was filed, not where the events happened."""
    text = article.clean_text
    paragraphs = article.paragraphs or []
    first_body = next((p for p in paragraphs[:3] if p.kind == "body"), None)
    start = first_body.start if first_body is not None else 0
    match = DATELINE.match(text[start : start + 120])
    if match is None:
        return None
    dated = match["tail"] is not None and any(c.isdigit() for c in match["tail"])
    # "Kabul, Bakhtar News Agency:", "Herat, our correspondent:": the outlet that filed it, not a province
    filed = match["tail"] is not None and bool(_FILED_BY.search(match["tail"]))
    # "Srinagar: Two militants were killed in an encounter in Kulgam ...": a city before the colon of a long
    # paragraph of full sentences, as South Asian papers date their reports
    line = text[start + match.end() :].split("\n", 1)[0].rstrip()
    body = match["tail"] is None and len(line.split()) >= REPORT_WORDS and line.endswith((".", '"', "”"))
    if match["mark"] == ":" and not (match["head"].isupper() or dated or match["agency"] or filed or body):
        return None  # "Michoacan: Ambush leaves 5 dead", "Nieves, Zacatecas: ...": a headline's topic
    return (start, start + match.end())


_NEXT_WORDS = re.compile(r"(?:\s+(?:[A-Z][\w'’.-]*|of|the|and)){1,3}")


_WORD_AFTER = re.compile(rf"[ \t]+((?:{_PARTICLE} ){{0,2}}[A-Z][\w'’-]+)")  # "San Juan de" + "los Lagos"
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]+) $")


def _extend_to_known_name(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> None:
    """ "clashed in Debre Markos": the tagger took only "Markos"; a capitalised word right before a tagged
    name that makes with it a name the gazetteer knows exactly is its start (whatever village abroad the short
    name may also be)."""
    for cand in candidates:
        before = _WORD_BEFORE.search(text, max(0, cand.start - 30), cand.start)
        if cand.label is None or before is None:
            continue
        longer = text[before.start(1) : cand.end]
        if any(exact for _, exact in gazetteer.lookup_matches(longer)) and not any(
            c is not cand and c.start <= before.start(1) < c.end and not _is_the_word(c, before) for c in candidates
        ):
            cand.start, cand.text = before.start(1), longer
    for cand in candidates:  # "in Nuevo Laredo": the tagger took only "Nuevo"
        _extend_by_words_after(cand, candidates, text, gazetteer)
    candidates[:] = _without_swallowed(candidates)


def _extend_by_words_after(cand: Candidate, candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> None:
    """ "Nyaung" tagged alone in "Nyaung Pin Thar village": the words after it, one at a time, while each
    longer name is one the gazetteer knows exactly."""
    for _ in range(2):
        after = _WORD_AFTER.match(text, cand.end)
        if cand.label is None or after is None:
            return
        longer = text[cand.start : after.end(1)]
        if any(exact for _, exact in gazetteer.lookup_matches(longer)) and not any(
            c is not cand and c.start < after.end(1) and cand.end <= c.start and not _is_word_at(c, after)
            for c in candidates
        ):
            typed = next((c for c in candidates if c.end > after.end(1) and _is_word_at(c, after)), None)
            cand.end, cand.text = after.end(1), longer
            if typed is not None:  # "Nyaung Pin" + "Thar village": the type word is the whole name's
                cand.end, cand.text = typed.end, text[cand.start : typed.end]
            # the tagger's part ("San Juan de") modified the word it ran into; the whole name modifies nothing
            cand.modifier = text[cand.end : cand.end + 1] == "-"
            if typed is not None:
                return
        else:
            return


def _is_the_word(cand: Candidate, word: re.Match[str]) -> bool:
    """The tagger's name is just the word before another one ("Baja" and "California" tagged apart): the two
    make the one name the gazetteer knows, and the word's own reading ("California" in Durango) is a misreading."""
    return cand.label is not None and (cand.start, cand.end) == (word.start(1), word.end(1))


def _without_swallowed(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates but those inside another one's span (one pass: a page of thousands of names)."""
    kept: list[Candidate] = []
    reach = -1
    for cand in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if cand.end <= reach:
            continue
        kept.append(cand)
        reach = cand.end
    return kept


def _is_word_at(cand: Candidate, after: re.Match[str]) -> bool:
    """The candidate is just the word the tagged name runs into ("Laredo" after "Nuevo"; "Thar", tagged a person,
    after "Nyaung Pin"), or that word and a type word ("Thar village")."""
    if cand.start != after.start(1):
        return False
    if cand.end == after.end(1):
        return True
    rest = after.string[after.end(1) : cand.end]
    kind = _TYPE_AFTER.match(rest)
    return kind is not None and kind.end() == len(rest)


def _extend_to_country(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """ "Violence in Central African Republic town": the tagger's "Central African" (a people) is the
    start of a country's name; the candidate takes the whole name, and the names it swallows go."""
    for cand in candidates:
        following = _NEXT_WORDS.match(text, cand.end)
        if following is None or gazetteer.country_by_name(cand.text) is not None:
            continue
        words = list(re.finditer(r"\S+", following.group()))
        for last in reversed(words):
            end = cand.end + last.end()
            if gazetteer.country_by_name(text[cand.start : end]) is not None:
                cand.end, cand.text, cand.label = end, text[cand.start : end], "GPE"
                cand.modifier = text[end : end + 1] == "-"  # the tagger's adjective was part of a name
                break
    kept: list[Candidate] = []
    for cand in candidates:
        if kept and cand.start < kept[-1].end:
            continue  # swallowed by the country name before it
        kept.append(cand)
    return kept


# "NW Pakistan", "northern Burkina Faso", "South-East Nigeria": a part of a country is in that country
_PART_OF_COUNTRY = re.compile(
    r"(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|[NS][EW]?|[EW])\.?\s+",
    re.IGNORECASE,
)


def _trim_to_country(candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """A candidate that is a bearing and a country's name is the country ("NW Pakistan" tagged whole)."""
    for cand in candidates:
        part = _PART_OF_COUNTRY.match(cand.text)
        if part is None or _known(cand.text, gazetteer):
            continue  # "North Darfur" is a province, though "Darfur" alone names Sudan
        rest = cand.text[part.end():]
        if gazetteer.country_by_name(rest) is not None:
            cand.start += part.end()
            cand.text, cand.label = rest, "GPE"


def _shrink_to_known_name(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> None:
    """ "in Maungdaw Clash", "Mass Exodus From Myanmar’s Historic Mrauk-U": a title-case headline runs a
    name into the words after it; an untagged run in a place's position (``_place_like_position``) that the
    gazetteer does not know is cut to its longest leading name that it knows exactly ("told the New York
    Times" is left alone)."""
    for cand in candidates:
        words = list(re.finditer(r"\S+", cand.text))
        if cand.label not in (None, "PERSON", "ORG", "FAC") or len(words) < 2 or _known(cand.text, gazetteer):
            continue  # "in Uruapan Bar and Grill attack" is tagged as a building
        if _TYPE_AFTER.match(text[cand.end : cand.end + 30]):
            continue  # "in Nyaung Pin Thar village": the whole run is the village's name
        if cand.label is None and gazetteer.country_by_name(words[0].group()) is not None and not words[
                0].group().endswith(("'s", "’s")):
            cand.end, cand.text, cand.modifier = cand.start + words[0].end(), words[0].group(), True
            continue  # "Myanmar Regime Soldiers Reported Killed": the country's name, as an adjective
        first = words[0].group()
        if not (_place_like_position(text, cand.start) or _opens_a_line_with_a_town(text, cand.start, first)):
            continue
        if words[0].group().lower() in DIRECTION_WORDS:
            continue  # "Northern Shan": a part of a place, read whole by the scorer
        for index in range(len(words) - 2, -1, -1):
            last = words[index]
            if not _known(cand.text[: last.end()], gazetteer):
                continue
            # a name is cut only before ordinary words ("Chihuahua Bar" tagged as a person): "San Luis
            # Acatlán" is a town the gazetteer lacks, not San Luis with a word after it
            rest = words[index + 1 :]
            if cand.label == "FAC" and not any(w.group().lower() in _local_nouns() for w in rest):
                break  # a building's name is cut only before the premises it names ("Uruapan Bar")
            plain = [w.group() for w in rest if w.group().lower() not in _local_nouns() | _event_nouns()]
            if plain and _in_prose(text, cand.start):
                break  # "near Bulo Marer" in a sentence-case line: a capital there marks a name, not a word
            if all(is_ordinary(w.group()) or w.group().isupper() for w in rest):
                cand.end = cand.start + last.end()
                cand.text = text[cand.start : cand.end]
                cand.label = None
                # "Guadalajara Bar Attack ...": the town names the event its words go on to tell
                cand.names_event = cand.names_event or any(w.group().lower() in _event_nouns() for w in rest)
                cand.names_locals = cand.names_locals or any(w.group().lower() in _local_nouns() for w in rest)
            break


def _in_prose(text: str, position: int) -> bool:
    """The line holding ``position`` is written in sentence case: most of its words begin lower case."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    words = re.findall(r"[^\W\d_][\w'’-]*", text[start : end if end >= 0 else len(text)])
    return len(words) >= 8 and sum(w[0].islower() for w in words) > len(words) / 2


def _split_town_and_division(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """ "in San Fernando Tamaulipas", "Killed in Nogales Sonora": a town and its province tagged as one name
    with no comma between are two names, the province holding the town. Only when the gazetteer knows the
    town inside that very province."""
    result: list[Candidate] = []
    for cand in candidates:
        words = list(re.finditer(r"\S+", cand.text))
        pieces = None
        if len(words) >= 2 and cand.label is not None and not _known(cand.text, gazetteer):
            pieces = next(
                (split for split in range(len(words) - 1, 0, -1)
                 if _town_in_division(cand.text[: words[split - 1].end()], cand.text[words[split].start():],
                                      gazetteer)),
                None,
            )  # fmt: skip
        if pieces is None:
            result.append(cand)
            continue
        town_end, division_start = words[pieces - 1].end(), words[pieces].start()
        town = Candidate(cand.start, cand.start + town_end, cand.text[:town_end], cand.label,
                         names_event=cand.names_event, names_locals=cand.names_locals)  # fmt: skip
        division = Candidate(cand.start + division_start, cand.end, cand.text[division_start:], "GPE",
                             holds=True, contains=town, names_event=cand.names_event)  # fmt: skip
        town.container = division
        result += [town, division]
    for town, division in zip(result, result[1:], strict=False):  # the same, tagged as two names
        if text[town.end : division.start] == " " and _town_in_division(town.text, division.text, gazetteer):
            town.container, division.holds, division.contains = division, True, town
            town.modifier = False  # not "US forces": the town of that province
    return result


_JOINED = re.compile(
    r"^([A-Z][\w'’]*(?: [A-Z][\w'’-]*)*)(?: (?:and|&) |-)([A-Z][\w'’]*(?: [A-Z][\w'’-]*)*)$"
)


_ROAD_AFTER = re.compile(rf"\s+{ROAD_WORDS}\b", re.IGNORECASE)


def _split_joined_names(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """ "in Hpakant and Mohnyin" tagged as one organisation, "the Kaduna-Abuja highway": two places, when the
    gazetteer knows each and not the whole ("Bosnia and Herzegovina", "Guinea-Bissau" stay one name, and "Jammu"
    and "Kashmir" tagged apart become one)."""
    result: list[Candidate] = []
    for cand in _joined_when_known(candidates, text, gazetteer):
        joined = _JOINED.match(cand.text)
        if joined is None or _known(cand.text, gazetteer) or not all(_known(n, gazetteer) for n in joined.groups()):
            result.append(cand)
            continue
        # "the Maiduguri-Damboa road": the towns a road joins are places, whatever the tagger called the pair
        road = _ROAD_AFTER.match(text, cand.end) is not None
        label = "GPE" if road else cand.label
        # "the Israel-Gaza war", "the US-Mexico border": two names qualifying a noun, as a modifier does
        modifier = cand.modifier or (not road and re.match(r"\s+[a-z]", text[cand.end : cand.end + 2]) is not None)
        for group in (1, 2):
            start, end = cand.start + joined.start(group), cand.start + joined.end(group)
            result.append(Candidate(start, end, joined.group(group), label, modifier=modifier,
                                    names_event=cand.names_event, names_locals=cand.names_locals))  # fmt: skip
    return result


_JOINING = re.compile(r" (?:and|&|\d{1,3}) ")  # "Jammu and Kashmir", "North 24 Parganas"


def _joined_when_known(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """ "Jammu" and "Kashmir" tagged apart, "North" and "Parganas" cut at the number of "North 24 Parganas": one
    name when the gazetteer knows the whole."""
    result: list[Candidate] = []
    for cand in candidates:
        previous = result[-1] if result else None
        if previous is not None and _JOINING.fullmatch(text[previous.end : cand.start]):
            whole = text[previous.start : cand.end]
            if _known(whole, gazetteer):
                result[-1] = Candidate(previous.start, cand.end, whole, "GPE", names_event=cand.names_event,
                                       names_locals=cand.names_locals)  # fmt: skip
                continue
        result.append(cand)
    return result


def _town_in_division(town: str, division: str, gazetteer: Gazetteer) -> bool:
    provinces = {(e.iso3, e.admin1) for e, exact in gazetteer.lookup_matches(division) if exact and e.kind == "admin1"}
    return bool(provinces) and any(
        exact and e.kind in ("place", "admin2") and (e.iso3, e.admin1) in provinces
        for e, exact in gazetteer.lookup_matches(town)
    )  # fmt: skip


def is_ordinary(word: str) -> bool:
    """A dictionary word that names no place or country ("Bar", "Clash", "Attack")."""
    from eventledger.annotate import headline_vocabulary

    vocabulary, lower = headline_vocabulary(), word.lower().strip(".,:;'’")
    if vocabulary.is_country_word(lower):
        return False
    if vocabulary.is_common_word(lower):
        return True  # as in a recased headline: "Bar" is a word before it is a town
    return not vocabulary.is_well_known_place(lower) and vocabulary.is_dictionary_noun(lower)


def _place_like_position(text: str, start: int) -> bool:
    """After a locative word ("in Maungdaw Clash"), a country's possessive ("Myanmar’s Rakhine State
    Claims") or a comma ("Ngazun Township, Mandalay Region Spring ...")."""
    before = text[max(0, start - 12) : start]
    return _preceding_word(text, start) in _LOCATIVE_WORDS or bool(re.search(r"(?:['’]s|,)\s+$", before))


def _opens_a_line_with_a_town(text: str, start: int, word: str) -> bool:
    """ "Guadalajara Bar Attack Death Toll Rises": a headline that opens with a sizeable town's name."""
    from eventledger.annotate import headline_vocabulary

    return (start == 0 or text[start - 1] == "\n") and headline_vocabulary().is_well_known_place(word.lower())


def _known(name: str, gazetteer: Gazetteer) -> bool:
    return gazetteer.country_by_name(name) is not None or any(exact for _, exact in gazetteer.lookup_matches(name))


def place_candidates(article: Article, gazetteer: Gazetteer | None = None) -> list[Candidate]:
    """The article's place-like spans outside captions, with their type words and 'near' flags. With the
    gazetteer, a span cut short of a country's name takes the whole name."""
    text = article.clean_text
    captions = [p for p in paragraph_spans(article) if is_caption(text[p[0] : p[1]])]
    candidates = [c for c in _raw_candidates(article) if not any(s <= c.start < e for s, e in captions)]
    if gazetteer is not None:
        _extend_to_known_name(candidates, text, gazetteer)
        candidates = _extend_to_country(candidates, text, gazetteer)
        _trim_to_country(candidates, gazetteer)
        _shrink_to_known_name(candidates, text, gazetteer)
        candidates = _split_town_and_division(candidates, text, gazetteer)
        candidates = _split_joined_names(candidates, text, gazetteer)
    for cand in candidates:
        _split_type_word(cand, text, gazetteer)
        cand.near = bool(NEAR_BEFORE.search(text[max(0, cand.start - 40) : cand.start]))
    return candidates
