"""Toponym resolution: place mentions in an article, resolved against the gazetteer with the article's
context (its country, the other places it names, "X province", "north of Kabul", "X, the capital of Y").

``find_place_mentions`` returns one ``Mention(kind="place")`` per resolved span; ``place_for_span`` picks
the place of an event from the mentions nearest to its trigger clause.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from eventledger.kb.actors import load_actor_kb
from eventledger.kb.gazetteer import (
    Country,
    GazEntry,
    Gazetteer,
    country_place,
    name_key,
    name_skeleton,
    to_place,
)
from eventledger.models import Article, Mention, Place

# spaCy labels whose spans are places outright; PERSON/ORG/unlabelled spans need context too,
# because the small model tags towns such as "Gardez" as PERSON.
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_OTHER_LABELS = {"PERSON", "ORG", "NORP"}
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
    ]
)
_NEAR_BEFORE = re.compile(
    r"(?:\bnear|\boutskirts of|\boutside|\baround|\bvicinity of|\bkm (?:from|of)|\bkilometers (?:from|of)"
    r"|\bkilometres (?:from|of)|\bmiles (?:from|of))(?: the)?(?: town| city| village)?(?: of)?\s*$",
    re.IGNORECASE,
)
_TYPE_AFTER = re.compile(
    r"^[\s-]*(?:and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? )?"
    r"(province|state|governorate|region|district|county|city|town|village|area|municipality)s?\b",
    re.IGNORECASE,
)
_ADMIN1_WORDS = {"province", "state", "governorate", "municipality"}
_DIRECTION = re.compile(
    r"^[\s,]*(?:(?:region|area|district|province)\s*,?\s*)?(?:(?:about|some|around)\s+)?"
    r"(?:\d+\s*(?:km|kilometers|kilometres|miles)\s+)?"
    r"(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east"
    r"|south-west)(?:ern)?\s+of\s+(?:the\s+)?(?:capital,?\s+)?$",
    re.IGNORECASE,
)
_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
             "west": 270, "northwest": 315}  # fmt: skip
_CONNECT_WORDS = {"the", "a", "its", "capital", "provincial", "town", "city", "village", "district", "area",
                  "region", "province", "state", "governorate", "county", "of", "in", "near"}  # fmt: skip
# capitalised words joined by spaces or hyphens, with the particles of transliterated names (Mazar-i-Sharif)
_PARTICLE = r"(?:i|e|al|el|ul|ud|ad|ed|ash|as|de|da|du|di|la|le|y)"
_CAPITALISED = re.compile(rf"[A-Z][\w'’]*(?:(?:-| |-{_PARTICLE}-| {_PARTICLE} )[A-Z][\w'’]*)*")
_CAPTION_MARK = re.compile(r"\((?:[A-Z]+ )?(?:archive|file|photo|AFP|Reuters|AP|Getty)[^)]*\)\s*$", re.I)
_ANCHOR_BEFORE = re.compile(
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of(?: the)?(?: capital,?)?\s*$", re.IGNORECASE
)
# "trucks from Ouagadougou", "fighters from Kano": where people or things came from, not where it happened
# ("5 km from Djibo" is a distance, caught by _NEAR_BEFORE first)
_ORIGIN_BEFORE = re.compile(r"(?<!km )(?<!kilometres )(?<!kilometers )(?<!miles )\bfrom(?: the)?\s*$", re.IGNORECASE)
# "KYIV, Jan 20 (Reuters) -", "PESHAWAR:", "Goma, 13 June 2022 -": where the report was filed
_DATELINE = re.compile(r"^[A-Z][\w'’ .-]{1,40}?(?:,[^\n.]{0,40}?)?\s*(?:\([^)]{1,40}\))?\s*(?:-|–|—|:)\s")
_LOCATIVE_INSIDE = re.compile(r"[A-Z][\w'’-]* (?:in|near|outside) [A-Z]")
_WEAK_BEFORE = re.compile(
    r"(?:residents?|natives?|mayor|governor|people|man|woman|officials?) of(?: the)?\s*$"
    r"|(?:hails|hailing|comes|came|originally) from\s*$"
    r"|(?:lives|lived|living|born|served|serving|based|studied) in(?: the)?\s*$",
    re.IGNORECASE,
)


@dataclass
class _Candidate:
    start: int
    end: int  # end of the name (a following "province" is not part of it)
    text: str
    label: str | None
    type_word: str | None = None
    near: bool = False
    sentence: int = 0
    reference: tuple[str, str] | None = None  # (direction, name) from "north of Kabul"
    container: _Candidate | None = None  # "Gardez, the capital of ... Paktia" → the Paktia candidate
    country: Country | None = None
    demonym: bool = False  # "Afghan", "Nigerian police"
    modifier: bool = False  # "US forces": a country name used as an adjective names no place
    matches: list[tuple[GazEntry, bool]] = field(default_factory=list)
    chosen: GazEntry | None = None


# ------------------------------------------------------------ candidates


def _sentence_spans(article: Article) -> list[tuple[int, int]]:
    if article.sentences:
        return [(s.start, s.end) for s in article.sentences]
    if article.doc is not None:
        return [(s.start_char, s.end_char) for s in article.doc.sents]
    return [(0, len(article.clean_text))]


def _paragraph_spans(article: Article) -> list[tuple[int, int]]:
    if article.paragraphs:
        return [(p.start, p.end) for p in article.paragraphs]
    spans, start = [], 0
    for match in re.finditer(r"\n\s*\n", article.clean_text):
        spans.append((start, match.start()))
        start = match.end()
    return [*spans, (start, len(article.clean_text))]


def _is_caption(text: str) -> bool:
    """A photo caption left in the text: short, no full stop, ends with "(archive)" / "(AFP)"."""
    return bool(_CAPTION_MARK.search(text)) and len(text.split()) < 15


def _raw_candidates(article: Article) -> list[_Candidate]:
    text = article.clean_text
    found: list[_Candidate] = []
    taken: set[int] = set()
    for ent in article.doc.ents if article.doc is not None else ():
        if ent.label_ not in _PLACE_LABELS | _OTHER_LABELS or _LOCATIVE_INSIDE.search(ent.text):
            continue  # "Tame in Arauca" tagged as one ORG: its capitalised names are found one by one
        start, end = ent.start_char, ent.end_char
        if text[start:end].lower().startswith("the "):
            start += 4
        root = ent.root
        modifier = root.dep_ in ("compound", "amod") and root.head.pos_ in ("NOUN", "PROPN")
        modifier = modifier or text[end : end + 1] == "-"  # "US-trained"
        found.append(_Candidate(start, end, text[start:end], ent.label_, modifier=modifier))
        taken.update(range(start, end))
    for match in _CAPITALISED.finditer(text):
        if not taken.intersection(range(match.start(), match.end())):
            found.append(_Candidate(match.start(), match.end(), match.group(), None))
    return sorted(found, key=lambda c: c.start)


def _names_an_organisation(cand: _Candidate) -> bool:
    """A curated armed group or force ("Taliban", "Hamas") is never a place, whatever village shares its
    name; a typed span (GPE/LOC) that is also a place name ("Hezbollah" is not one) is left to the scorer."""
    if cand.label in _PLACE_LABELS or cand.type_word is not None:
        return False
    return any(entry.source == "curated" for entry in load_actor_kb().candidates(cand.text))


def _split_type_word(candidate: _Candidate, text: str) -> None:
    """ "Kunduz province" → name "Kunduz" with type word "province" (inside or right after the span)."""
    words = candidate.text.split()
    if len(words) > 1 and _TYPE_AFTER.match(words[-1]):
        candidate.type_word = words[-1].lower().rstrip("s")
        candidate.end = candidate.start + len(candidate.text) - len(words[-1])
        candidate.text = text[candidate.start : candidate.end].rstrip(" -")
        candidate.end = candidate.start + len(candidate.text)
        return
    after = _TYPE_AFTER.match(text[candidate.end : candidate.end + 20])
    if after:
        candidate.type_word = after.group(1).lower()


def _preceding_word(text: str, start: int) -> str:
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 25) : start])
    return words[-1].lower() if words else ""


def _has_locative_context(candidate: _Candidate, text: str) -> bool:
    if candidate.type_word is not None or candidate.container is not None:
        return True
    return _preceding_word(text, candidate.start) in _LOCATIVE_WORDS


# ------------------------------------------------------------ context


def _article_countries(candidates: list[_Candidate], gazetteer: Gazetteer) -> Counter[str]:
    """ISO3 → how often the article names the country or its people ("Afghan", "Nigerians"); marks the
    candidates that are country names."""
    counts: Counter[str] = Counter()
    for cand in candidates:
        country = gazetteer.country_by_name(cand.text) if cand.label != "NORP" else None
        if country is not None:
            cand.country = None if cand.modifier else country
            if cand.modifier:
                continue  # "US forces", "US-trained": whose forces, not where the article is set
        else:
            country = gazetteer.country_by_demonym(cand.text.split()[0])
            cand.demonym = country is not None
        if country is not None:
            counts[country.iso3] += 1
    return counts


def _provinces_named(candidates: list[_Candidate], gazetteer: Gazetteer) -> Counter[str]:
    """ISO3 → how often the article names a province of that country ("Michoacán", "Ituri"). Used only
    when the article names no country at all: local reports often name just the province. Only a tagged
    place name whose exact matches are all provinces of one country counts."""
    counts: Counter[str] = Counter()
    for cand in candidates:
        if cand.label not in _PLACE_LABELS or cand.country is not None or cand.demonym or cand.modifier:
            continue
        exact = [e for e, is_exact in gazetteer.lookup_matches(cand.text) if is_exact]
        if exact and all(e.kind == "admin1" for e in exact) and len({e.iso3 for e in exact}) == 1:
            counts[exact[0].iso3] += 1
    return counts


def _demonyms_inside_names(article: Article, candidates: list[_Candidate], gazetteer: Gazetteer) -> Counter[str]:
    """Demonyms the entity spans swallowed ("MOGADISHU - Somali government forces" tagged as one ORG)."""
    counts: Counter[str] = Counter()
    for cand in candidates:
        words = cand.text.split()
        for word in words[1:]:
            country = gazetteer.country_by_demonym(word) if word[:1].isupper() else None
            if country is not None:
                counts[country.iso3] += 1
    return counts


def _link_containers(candidates: list[_Candidate], text: str) -> None:
    """ "Gwoza, Borno state" / "Gardez, the capital of the southeastern province of Paktia": the second
    name contains the first."""
    for first, second in zip(candidates, candidates[1:], strict=False):
        if second.demonym:  # "Monday, Afghan police said": a people, not a container
            continue
        between = text[first.end : second.start]
        words = re.findall(r"[a-z-]+", between.lower())
        if len(words) > 8 or not re.fullmatch(r"[\sA-Za-z,-]*", between):
            continue
        if any(w not in _CONNECT_WORDS and not w.endswith("ern") for w in words):
            continue
        if "," in between or {"in", "of"} & set(words):
            first.container = second


def _link_references(candidates: list[_Candidate], text: str) -> None:
    """ "the Karabakh region north of Kabul": Karabakh must lie north of Kabul."""
    for first, second in zip(candidates, candidates[1:], strict=False):
        match = _DIRECTION.match(text[first.end : second.start])
        if match:
            first.reference = (match.group(1).lower().replace("-", ""), second.text)


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlon = math.radians(lon2 - lon1)
    y = math.sin(dlon) * math.cos(math.radians(lat2))
    x = math.cos(math.radians(lat1)) * math.sin(math.radians(lat2)) - math.sin(math.radians(lat1)) * math.cos(
        math.radians(lat2)
    ) * math.cos(dlon)
    return math.degrees(math.atan2(y, x)) % 360


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742 * math.asin(min(1.0, math.sqrt(a)))


# ------------------------------------------------------------ scoring


def _fits_reference(
    entry: GazEntry, reference: tuple[str, str], gazetteer: Gazetteer, iso3: str | None
) -> bool:
    direction, name = reference
    anchors = [e for e, exact in gazetteer.lookup_matches(name, country_iso3=iso3) if exact and e.latitude]
    if not anchors or entry.latitude is None or entry.longitude is None:
        return False
    anchor = anchors[0]
    if _distance_km(anchor.latitude, anchor.longitude, entry.latitude, entry.longitude) > 250:
        return False
    bearing = _bearing(anchor.latitude, anchor.longitude, entry.latitude, entry.longitude)
    return abs((bearing - _BEARINGS[direction] + 180) % 360 - 180) <= 67.5


def _kind_score(entry: GazEntry, type_word: str | None) -> float:
    if type_word in _ADMIN1_WORDS:
        return {"admin1": 3.0, "admin2": 0.5}.get(entry.kind, 0.0)
    if type_word == "district":
        return {"admin2": 3.0, "admin1": 0.5}.get(entry.kind, 0.0)
    if type_word in ("region", "area"):
        return {"admin1": 1.0, "admin2": 1.0}.get(entry.kind, 0.0)
    if type_word in ("city", "town", "village"):
        return 2.0 if entry.kind == "place" else 0.0
    return {"place": 1.0, "admin1": 0.5}.get(entry.kind, 0.0)


def _container_score(entry: GazEntry, container: _Candidate | None) -> float:
    if container is None:
        return 0.0
    if container.country is not None:
        return 3.0 if entry.iso3 == container.country.iso3 else -3.0
    chosen = container.chosen
    if chosen is None or chosen.kind != "admin1":
        return 0.0
    return 4.0 if entry.iso3 == chosen.iso3 and entry.admin1 == chosen.name else -2.0


def _score(entry: GazEntry, exact: bool, cand: _Candidate, countries: Counter[str], focus: str | None,
           gazetteer: Gazetteer) -> float:  # fmt: skip
    score = 3.0 if exact else 0.0
    if entry.iso3 == focus:
        score += 4.0
    elif entry.iso3 in countries:
        score += 2.0
    score += _kind_score(entry, cand.type_word) + _container_score(entry, cand.container)
    if cand.reference is not None:
        score += 4.0 if _fits_reference(entry, cand.reference, gazetteer, focus or entry.iso3) else -3.0
    return score + math.log10(entry.population + 1) / 3


def _acceptable(entry: GazEntry, exact: bool, cand: _Candidate, countries: Counter[str], focus: str | None,
                text: str) -> bool:  # fmt: skip
    """Guards against names that merely look like places: a skeleton-only match needs the article's
    country; a place abroad needs to be well known; a PERSON/ORG/unlabelled span needs locative context."""
    in_context = (
        entry.iso3 == focus or entry.iso3 in countries or _container_score(entry, cand.container) > 0
        or _kind_score(entry, cand.type_word) >= 3.0 or (focus is None and entry.kind == "admin1")
    )  # fmt: skip
    if not exact and not (entry.iso3 == focus or cand.reference is not None):
        return False
    if not exact and cand.label not in _PLACE_LABELS and cand.type_word is None and cand.reference is None:
        return False  # a loose spelling match on a word nobody tagged as a place ("Monday" ~ Maywand)
    if not in_context and (entry.kind != "place" or entry.population < 100_000):
        return False
    if cand.label in _PLACE_LABELS:
        return True
    if cand.label == "NORP":
        return False
    if _has_locative_context(cand, text):
        # "in the hills around Sake" in an article that also names Rwanda more often than Congo: a town of
        # any country the article names, after a locative word, is a place
        return cand.label is not None or entry.iso3 == focus or (exact and entry.iso3 in countries)
    # an untagged capitalised name that is a sizeable town of the article's country ("entered Mazar-i-Sharif")
    return (
        cand.label is None
        and exact
        and entry.iso3 == focus
        and entry.kind == "place"
        and (entry.population >= 20_000 and not _sentence_initial(cand, text))
    )


def _sentence_initial(cand: _Candidate, text: str) -> bool:
    before = text[max(0, cand.start - 3) : cand.start].strip()
    return cand.start == 0 or before == "" or before[-1] in '.!?:"“‘'


def _resolve(cand: _Candidate, countries: Counter[str], focus: str | None, gazetteer: Gazetteer,
             text: str) -> None:  # fmt: skip
    if not name_key(cand.text):
        return
    if not name_skeleton(name_key(cand.text)) and len(name_key(cand.text)) < 3:
        return
    cand.matches = gazetteer.lookup_matches(cand.text)
    scored = [
        (_score(e, exact, cand, countries, focus, gazetteer), -e.row, e)
        for e, exact in cand.matches
        if _acceptable(e, exact, cand, countries, focus, text)
    ]
    cand.chosen = max(scored)[2] if scored else None


def _precision(entry: GazEntry, cand: _Candidate) -> int:
    if entry.kind == "admin1":
        return 3
    if entry.kind == "admin2" or cand.near or cand.type_word in ("district", "area", "region"):
        return 2
    return 1


# ------------------------------------------------------------ public


def find_place_mentions(article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """Place mentions of an article, resolved with its context; country names give country-level places."""
    text = article.clean_text
    captions = [p for p in _paragraph_spans(article) if _is_caption(text[p[0] : p[1]])]
    candidates = [c for c in _raw_candidates(article) if not any(s <= c.start < e for s, e in captions)]
    for cand in candidates:
        _split_type_word(cand, text)
        cand.near = bool(_NEAR_BEFORE.search(text[max(0, cand.start - 40) : cand.start]))
    countries = _article_countries(candidates, gazetteer)
    countries.update(_demonyms_inside_names(article, candidates, gazetteer))
    if not countries:
        countries = _provinces_named(candidates, gazetteer)
    focus = countries.most_common(1)[0][0] if countries else None
    _link_containers(candidates, text)
    _link_references(candidates, text)
    # containers first ("Paktia" before "Gardez"), since a town is judged by the province that holds it
    ordered = sorted(candidates, key=lambda c: c.container is not None)
    for cand in ordered:
        is_country_word = cand.modifier and gazetteer.country_by_name(cand.text)
        if cand.country is None and not is_country_word and not _names_an_organisation(cand):
            _resolve(cand, countries, focus, gazetteer, text)
    return [m for m in (_mention(c) for c in candidates) if m is not None]


def _mention(cand: _Candidate) -> Mention | None:
    if cand.country is not None:
        place = country_place(cand.country)
        return Mention(cand.start, cand.end, cand.text, "place", canonical=cand.country.name, place=place)
    if cand.chosen is None:
        return None
    place = to_place(cand.chosen, _precision(cand.chosen, cand))
    return Mention(
        cand.start, cand.end, cand.text, "place", canonical=place.name or place.admin1, place=place
    )


def _is_specific(place: Place) -> bool:
    return place.name is not None or place.admin1 is not None


def _inside_quote(text: str, paragraph: tuple[int, int], position: int) -> bool:
    before = text[paragraph[0] : position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _is_weak(text: str, mention: Mention) -> bool:
    """Where someone lives, comes from or served: weaker evidence of where an event happened."""
    return bool(_WEAK_BEFORE.search(text[max(0, mention.start - 40) : mention.start]))


def _best_in(scope: tuple[int, int], places: list[Mention], text: str, anchor: int) -> Mention | None:
    inside = [m for m in places if scope[0] <= m.start < scope[1]]
    if not inside:
        return None
    best = min(inside, key=lambda m: (_is_weak(text, m), abs(m.start - anchor)))
    # "in Kaura Namoda, Zamfara State": a town named with its own province is the more precise place
    finer = [
        m for m in inside
        if m.place and best.place and _is_weak(text, m) == _is_weak(text, best)
        and m.place.iso3 == best.place.iso3 and m.place.admin1 == best.place.admin1
        and (m.place.geo_precision or 1) < (best.place.geo_precision or 1)
    ]
    return min(finer, key=lambda m: (m.place.geo_precision or 1, abs(m.start - anchor))) if finer else best


def _scope_containing(spans: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    return next((s for s in spans if s[0] <= position < s[1]), None)


def _focus_place(places: list[Mention]) -> Place | None:
    """The most-mentioned specific place, only when it clearly dominates the article."""
    counts = Counter((m.place.town, m.place.admin1, m.place.iso3) for m in places if m.place)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return next(
        m.place for m in places if m.place and (m.place.town, m.place.admin1, m.place.iso3) == ranked[0][0]
    )


def _usable_mentions(article: Article, start: int, mentions: list[Mention]) -> list[Mention]:
    """Place mentions that can locate an event at ``start``: not in a caption, not a bearing's anchor
    ("north of Kabul" places something else), and not inside a quotation unless the event is too."""
    text = article.clean_text
    paragraphs = _paragraph_spans(article)
    event_paragraph = _scope_containing(paragraphs, start) or (0, len(text))
    event_quoted = _inside_quote(text, event_paragraph, start)
    usable = []
    for m in mentions:
        if (
            m.kind != "place"
            or m.place is None
            or _ANCHOR_BEFORE.search(text[max(0, m.start - 40) : m.start])
            or _ORIGIN_BEFORE.search(text[max(0, m.start - 30) : m.start])
            or _is_dateline(text, m)
        ):
            continue
        paragraph = _scope_containing(paragraphs, m.start) or (0, len(text))
        if _is_caption(text[paragraph[0] : paragraph[1]]):
            continue
        if _inside_quote(text, paragraph, m.start) and not event_quoted:
            continue
        usable.append(m)
    return usable


def _is_dateline(text: str, mention: Mention) -> bool:
    """The mention opens the article's dateline ("KYIV, Jan 20 -"): the reporter's place, not the event's."""
    if mention.start > 0:
        return False
    match = _DATELINE.match(text)
    return match is not None and mention.end <= match.end()


def _single_province(places: list[Mention]) -> Place | None:
    """All the article's towns and provinces lie in one province: an event it does not locate more
    precisely happened there (province level, ACLED geo-precision 3)."""
    provinces = {(m.place.iso3, m.place.admin1) for m in places if m.place and m.place.admin1}
    if len(provinces) != 1:
        return None
    first = next(m.place for m in places if m.place and m.place.admin1)
    return Place(None, first.country, first.iso3, admin1=first.admin1, geo_precision=3)


def place_for_span(article: Article, start: int, end: int, mentions: list[Mention]) -> Place | None:
    """The place of an event whose trigger clause is [start, end): the place named in the clause, else in
    its sentence, else in its paragraph, else the article's dominant place, else its country."""
    usable = _usable_mentions(article, start, mentions)
    if not usable:
        return None
    text = article.clean_text
    specific = [m for m in usable if _is_specific(m.place)]
    nations = [m for m in usable if not _is_specific(m.place)]
    sentence = _scope_containing(_sentence_spans(article), start) or (start, end)
    paragraph = _scope_containing(_paragraph_spans(article), start) or sentence
    country_hint: str | None = None  # a country named nearer the event than any town bars towns elsewhere
    for scope in ((start, end), sentence, paragraph):
        best = _best_in(scope, specific, text, start)
        if best is not None and (country_hint is None or best.place.iso3 == country_hint):
            return best.place
        nation = _best_in(scope, nations, text, start)
        if nation is not None and country_hint is None:
            country_hint = nation.place.iso3
    if country_hint is not None:
        return next(m.place for m in nations if m.place.iso3 == country_hint)
    focus = _focus_place(specific) or _single_province(specific)
    if focus is not None:
        return focus
    iso3, _ = Counter(m.place.iso3 for m in usable).most_common(1)[0]
    country = next(m.place for m in usable if m.place.iso3 == iso3)
    return Place(None, country.country, iso3)
