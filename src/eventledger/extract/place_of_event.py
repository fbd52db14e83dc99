"""The place of an event: the place named in its trigger clause, else its sentence, else its paragraph,
else the article's dominant place, else its country, else the country the article is set in
(``place_for_span``)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from eventledger.extract.place_candidates import NEAR_BEFORE, is_caption
from eventledger.extract.place_context import PlaceContext
from eventledger.extract.place_exclusions import (
    inside_quote,
    is_specific,
    is_weak,
    names_a_bearings_anchor,
    names_a_road,
    never_an_events_place,
)
from eventledger.kb.gazetteer import context_words, country_place, to_place
from eventledger.models import Article, Mention, Place


def _focus_place(places: list[Mention]) -> Place | None:
    """The most-mentioned specific place, only when it clearly dominates the article."""
    counts = Counter((m.place.town, m.place.admin1, m.place.iso3) for m in places if m.place)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return next(m.place for m in places if m.place and (m.place.town, m.place.admin1, m.place.iso3) == ranked[0][0])


def _single_province(places: list[Mention]) -> Place | None:
    """All the article's towns and provinces lie in one province: an event it does not locate more
    precisely happened there (province level, ACLED geo-precision 3)."""
    provinces = {(m.place.iso3, m.place.admin1) for m in places if m.place and m.place.admin1}
    if len(provinces) != 1:
        return None
    first = next(m.place for m in places if m.place and m.place.admin1)
    return Place(None, first.country, first.iso3, admin1=first.admin1, geo_precision=3)


# ------------------------------------------------------------ the place of an event
# place_for_span is called once per event with the same article and (mostly) the same mention list, so
# what depends only on them is computed once and kept on the article's PlaceContext: spans, each
# mention's paragraph, quote and weakness flags, the mentions sorted by offset, and the article-level
# fallback. A call then costs a few binary searches plus the mentions of its own paragraph, instead of a
# scan of the whole article.


@dataclass(frozen=True)
class _MentionFacts:
    excluded: bool  # a bearing's anchor, an origin, the dateline, or in a caption: never an event's place
    quoted: bool  # inside a quotation
    weak: bool  # where someone lives or comes from
    road: bool = False  # names a road ("the Thika highway")
    anchor: bool = False  # "south of El Obeid": the event is only near it


@dataclass
class _View:
    """The usable place mentions of one mention list, for events inside or outside a quotation."""

    specific: list[Mention]
    specific_starts: list[int]
    nations: list[Mention]
    nation_starts: list[int]
    first_nation: dict[str, Place]
    fallback: Place | None
    anchors: list[Mention] = field(default_factory=list)  # "south of El Obeid", by offset
    anchor_starts: list[int] = field(default_factory=list)


_MAX_VIEWS = 16  # mention lists kept per article: the full list, and a few with another event's places left out


def _facts(index: PlaceContext, mention: Mention) -> _MentionFacts:
    known = index.facts.get(id(mention))
    if known is not None and known[0] is mention:
        return known[1]
    text = index.article.clean_text
    paragraph = index.paragraph_at(mention.start) or (0, len(text))
    in_caption = is_caption(text[paragraph[0] : paragraph[1]])
    anchor = names_a_bearings_anchor(text, mention) and not in_caption
    excluded = anchor or in_caption or never_an_events_place(index, mention)
    quoted = inside_quote(text, paragraph, mention.start)
    facts = _MentionFacts(excluded, quoted, is_weak(text, mention), names_a_road(text, mention), anchor)
    index.facts[id(mention)] = (mention, facts)
    return facts


def _build_view(index: PlaceContext, mentions: list[Mention], event_quoted: bool) -> _View:
    usable, anchors = [], []
    for m in mentions:
        if m.kind != "place" or m.place is None:
            continue
        facts = _facts(index, m)
        if facts.quoted and not event_quoted:
            continue
        if facts.anchor and is_specific(m.place):
            anchors.append(m)
        if not facts.excluded:
            usable.append(m)
    anchors.sort(key=lambda m: m.start)
    usable.sort(key=lambda m: m.start)  # stable: the order of a list already sorted by offset is kept
    specific = [m for m in usable if is_specific(m.place)]
    nations = [m for m in usable if not is_specific(m.place)]
    first_nation: dict[str, Place] = {}
    for m in nations:
        first_nation.setdefault(m.place.iso3, m.place)
    return _View(specific, [m.start for m in specific], nations, [m.start for m in nations], first_nation,
                 _article_fallback(usable, specific), anchors, [m.start for m in anchors])  # fmt: skip


def _article_fallback(usable: list[Mention], specific: list[Mention]) -> Place | None:
    """Where an event that its clause, sentence and paragraph do not locate happened: the article's
    dominant place, else the one province all its places lie in, else its most-named country."""
    if not usable:
        return None
    focus = _focus_place(specific) or _single_province(specific)
    if focus is not None:
        return focus
    iso3, _ = Counter(m.place.iso3 for m in usable).most_common(1)[0]
    country = next(m.place for m in usable if m.place.iso3 == iso3)
    return Place(None, country.country, iso3)


def _view(index: PlaceContext, mentions: list[Mention], event_quoted: bool) -> _View:
    key = (id(mentions), len(mentions), event_quoted)
    known = index.views.get(key)
    if known is not None and known[0] is mentions:
        return known[1]
    if len(index.views) >= _MAX_VIEWS:
        index.views.clear()
    view = _build_view(index, mentions, event_quoted)
    index.views[key] = (mentions, view)
    return view


def _within(mentions: list[Mention], starts: list[int], scope: tuple[int, int]) -> list[Mention]:
    return mentions[bisect.bisect_left(starts, scope[0]) : bisect.bisect_left(starts, scope[1])]


def _best_in(index: PlaceContext, inside: list[Mention], anchor: int) -> Mention | None:
    if not inside:
        return None
    best = min(inside, key=lambda m: (_facts(index, m).weak, _facts(index, m).road, abs(m.start - anchor)))
    return _finer(index, inside, best, anchor) or best


def _finer(index: PlaceContext, mentions: list[Mention], best: Mention, anchor: int) -> Mention | None:
    """ "in Kaura Namoda, Zamfara State", "in Manipur ... in the hills of Churachandpur district": a place
    inside the chosen province or district is the more precise place of the event."""
    weak = _facts(index, best).weak
    finer = [m for m in mentions if _facts(index, m).weak == weak and _lies_inside(m.place, best.place)]
    return min(finer, key=lambda m: (m.place.geo_precision or 1, abs(m.start - anchor))) if finer else None


def _lies_inside(inner: Place, outer: Place) -> bool:
    """``inner`` is a smaller place within the province (precision 3) or district ``outer``; a town near
    another town (both precision 1-2) is not inside it."""
    if inner.iso3 != outer.iso3 or (inner.geo_precision or 1) >= (outer.geo_precision or 1):
        return False
    if outer.geo_precision == 3:
        return inner.admin1 == outer.admin1
    return outer.admin2 is not None and outer.name == outer.admin2 and inner.admin2 == outer.admin2


def place_for_span(places: PlaceContext | Article, start: int, end: int, mentions: list[Mention]) -> Place | None:
    """The place of an event whose trigger clause is [start, end): the place named in the clause, else in
    its sentence, else in its paragraph, else the article's dominant place, else its country.

    Place mentions inside a caption, a quotation (unless the event is quoted too), a dateline, or naming
    a bearing's anchor ("north of Kabul") or an origin ("trucks from Kano") are not used."""
    index = places if isinstance(places, PlaceContext) else PlaceContext.of(places)
    text = index.text
    event_paragraph = index.paragraph_at(start) or (0, len(text))
    view = _view(index, mentions, inside_quote(text, event_paragraph, start))
    sentence = index.sentence_at(start) or (start, end)
    if not _within(view.specific, view.specific_starts, sentence):
        city = _dateline_city_referred(index, mentions, sentence)
        if city is not None:
            return city  # "KABUL (Reuters) - A bomb exploded in a market in the city": the dateline's city
    if view.fallback is None and not view.anchors:
        # "in the Somali capital": no place named, but the capital of the country its people name
        return _capital_named(index, sentence) or _lead_dateline_town(index, mentions, start) or _focus_country(index)
    paragraph = index.paragraph_at(start) or sentence
    country_hint: str | None = None  # a country named nearer the event than any town bars towns elsewhere
    for scope in ((start, end), sentence, paragraph):
        if scope is paragraph and _PART_OF_THE_COUNTRY.search(text, sentence[0], sentence[1]):
            # "In January, gunmen killed 15 people in an attack on a church in the east of the country": the
            # sentence sets its event in a part of the country, not in a town its paragraph named for another
            break
        if scope is paragraph:  # before the rest of the paragraph, the sentence's own hints decide
            hinted = _near_anchor(view, sentence) or _earlier_place(index, view, sentence, start)
            if hinted is not None and (country_hint is None or hinted.iso3 == country_hint):
                return hinted
        best = _best_in(index, _within(view.specific, view.specific_starts, scope), start)
        if best is not None and (country_hint is None or best.place.iso3 == country_hint):
            in_sentence = _within(view.specific, view.specific_starts, sentence)
            place = (_finer(index, in_sentence, best, start) or best).place
            near = _near_anchor(view, sentence) if place.geo_precision == 3 else None
            if near is not None and _lies_inside(near, place):
                return near  # "found north of Guaymas, Sonora": near the town, not at the province's capital
            return place
        nation = _best_in(index, _within(view.nations, view.nation_starts, scope), start)
        if nation is not None and country_hint is None:
            country_hint = nation.place.iso3
    if country_hint is not None:
        return view.first_nation[country_hint]
    if _PART_OF_THE_COUNTRY.search(text, sentence[0], sentence[1]):
        return _focus_country(index) or view.fallback
    return _lead_dateline_town(index, mentions, start) or view.fallback


# a part of the country the article is set in, named by its bearing alone
_PART_OF_THE_COUNTRY = re.compile(
    r"\b(?:in|across) the (?:(?:north|south)(?:-?(?:east|west))?|east|west|centre|center)(?:ern)? (?:part )?of the "
    r"country\b|\bin the country's (?:(?:far |restive |volatile )?(?:north|south)(?:-?(?:east|west))?|east|west|"
    r"cent(?:re|er))(?:ern)?\b",
    re.IGNORECASE,
)


def _focus_country(index: PlaceContext) -> Place | None:
    """An event that no usable place mention locates happened in the country the article is set in, by
    the weight of its names, people and places ("Gunmen kill nine people in northwest Pakistan", "Nine
    Taleban killed in clashes in Afghan south"), or failing that the one its evidence leans to ("At least
    21 Myanmar regime soldiers killed in Karen resistance raids"): country level, no coordinates."""
    country = index.gazetteer.country_by_iso3(index.lean) if index.lean else None
    return country_place(country) if country is not None else None


def _near_anchor(view: _View, sentence: tuple[int, int]) -> Place | None:
    """A sentence that locates its event only by a bearing ("stormed the village of Kazgil, south of El
    Obeid"): the event happened near the anchor, which is coded as ACLED does a nearby town (precision 2;
    a province anchor stays at precision 3)."""
    inside = _within(view.anchors, view.anchor_starts, sentence)
    if not inside:
        return None
    place = inside[0].place
    return replace(place, geo_precision=max(2, place.geo_precision or 1))


@cache
def _locality_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "in Kujar village", "in Salingyi Township", "the village of Ywa Thit" (a named place the gazetteer
    may lack), and "the city", "the town" (a place named before)."""
    words = context_words()
    kinds = "|".join(sorted((re.escape(w) for w in words["locality"] | words["admin_area"]), key=len, reverse=True))
    # the names are capitalised; the kind words may be either ("Salingyi Township", "Kujar village")
    named = re.compile(rf"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?i:{kinds})\b|\b(?i:{kinds}|town) of [A-Z]")
    return named, re.compile(r"\bthe (?:city|town)\b(?! of)", re.IGNORECASE)


_BEARING_OF = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of\s*$", re.IGNORECASE)
# "on the outskirts of the capital", "40 km west of the capital", "in Central African Republic's capital"
# (not "the capital, Kabul", "capital of X")
_CAPITAL_ANAPHOR = re.compile(
    r"\bthe (?:country's |nation's )?capital\b(?!,? [A-Z]| of\b| city of\b)"
    r"|\b(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s capital\b(?! city of\b)"
    # "in the Afghan capital", "15 killed in C. African capital"
    r"|\b(?P<people>[A-Z][\w.-]*(?: ?[A-Z][\w-]*)?) capital\b(?!,? [A-Z]| of\b| city of\b)"
)


def _earlier_place(index: PlaceContext, view: _View, sentence: tuple[int, int], start: int) -> Place | None:
    """An event whose clause, sentence and paragraph name no known place, but whose sentence names a
    locality the gazetteer lacks ("in Kujar village", "in Salingyi Township") or refers back to a town
    ("on the outskirts of the city"): the place the article named last before it. A town referred back
    to is that town (precision 2 on its outskirts); an unknown locality is coded to the district named
    before it (precision 2) or else to that place's province (precision 3), never to a town it may not
    be in."""
    text = index.article.clean_text
    named_locality, town_anaphor = _locality_patterns()
    sentence_text = text[sentence[0] : sentence[1]]
    capital = _capital_named(index, sentence)
    if capital is not None:
        return capital
    anaphor = town_anaphor.search(sentence_text)
    if anaphor is None and not _names_unknown_locality(view, named_locality, sentence_text, sentence[0]):
        return None
    position = bisect.bisect_left(view.specific_starts, sentence[0])
    earlier = (view.specific[k] for k in range(position - 1, -1, -1))
    previous = next((m for m in earlier if not _facts(index, m).weak), None)
    if previous is None:
        return None
    place = previous.place
    if anaphor is not None:
        if place.town is None:
            return None
        near = NEAR_BEFORE.search(text[max(0, sentence[0] + anaphor.start() - 40) : sentence[0] + anaphor.start()])
        return replace(place, geo_precision=2) if near else place
    if place.geo_precision in (2, 3):
        return place
    return Place(None, place.country, place.iso3, admin1=place.admin1, geo_precision=3) if place.admin1 else None


_CITY_ANAPHOR = re.compile(r"\b(?:in|near|outside|across)\s+the\s+(?:city|town)\b(?!\s+of\b|')", re.IGNORECASE)


def _dateline_city_referred(index: PlaceContext, mentions: list[Mention], sentence: tuple[int, int]) -> Place | None:
    """The dateline's town, when the sentence places its event only "in the city" or "in the town"."""
    if index.dateline is None or not _CITY_ANAPHOR.search(index.article.clean_text, sentence[0], sentence[1]):
        return None
    return _dateline_town(index, mentions)


def _lead_dateline_town(index: PlaceContext, mentions: list[Mention], event_start: int) -> Place | None:
    """ "KUMASI — Police fired tear gas on Tuesday to break up a march ...": an event of the dateline's own
    paragraph that names no place there is in the dateline's town, when that town is in the country the
    article is set in and is not its capital (a bureau abroad, "BANGKOK —" for Myanmar, or a ministry in the
    capital, "ANKARA -" on a raid in Syria, places nothing)."""
    if index.dateline is None or index.paragraph_at(event_start) != index.paragraph_at(index.dateline[0]):
        return None
    sentence = index.sentence_at(event_start) or (event_start, event_start)
    # (on the parser's sentence-cased copy of the sentence alone: a Title Case headline's "Discovered in Truck"
    # names no place)
    doc = index.article.doc
    words = doc.char_span(sentence[0], sentence[1], alignment_mode="expand") if doc is not None else None
    said = words.text if words is not None else index.text[sentence[0] : sentence[1]]
    if _LOCATIVE_NAME.search(said):
        return None  # "killed seven travellers near the town of Komanda": a place named, if not one we know
    town = _dateline_town(index, mentions)
    if town is None or (index.focus is not None and town.iso3 != index.focus):
        return None
    capital = index.gazetteer.national_capital(town.iso3)
    return None if capital is not None and capital.name == town.name else town


# a locative word before a capitalised name, maybe through a place's kind: "near the town of Komanda", "in Pinga"
_LOCATIVE_NAME = re.compile(
    r"\b(?:in|near|at|outside|around|from)\s+(?:the\s+)?(?:(?:town|village|city|district|area|locality)\s+of\s+)?"
    r"[A-Z][a-z]"
)


def _dateline_town(index: PlaceContext, mentions: list[Mention]) -> Place | None:
    """The town the dateline names."""
    if index.dateline is None:
        return None
    start, end = index.dateline
    town = next((m.place for m in mentions if start <= m.start < end and m.place is not None and m.place.name
                 and (m.place.geo_precision or 1) == 1), None)  # fmt: skip
    if town is not None:
        return town
    # a dateline the tagger did not read as a place ("KABUL, Feb 13 (Reuters) -"): its first name, the largest
    # town of that name in the country the article is set in
    name = re.split(r"[,(:\-–—]", index.article.clean_text[start:end], maxsplit=1)[0].strip()
    found = [e for e, exact in index.gazetteer.lookup_matches(name, country_iso3=index.focus) if exact
             and e.kind == "place"] if name and index.focus else []  # fmt: skip
    return to_place(max(found, key=lambda e: e.population), 1, index.gazetteer) if found else None


def _capital_named(index: PlaceContext, sentence: tuple[int, int]) -> Place | None:
    """The national capital the sentence refers to ("on the outskirts of the capital", "in Central African
    Republic's capital", "in the Afghan capital"); "40 km west of the capital" is somewhere else, perhaps
    another province: the capital only anchors it."""
    text = index.article.clean_text
    capital = _CAPITAL_ANAPHOR.search(text, sentence[0], sentence[1])
    if capital is None or _BEARING_OF.search(text[max(0, capital.start() - 20) : capital.start()]):
        return None
    owner = index.gazetteer.country_by_name(capital["owner"]) if capital["owner"] else None
    if capital["people"]:
        owner = index.gazetteer.country_by_demonym(capital["people"])
        if owner is None:
            return None  # "the Federal Capital Territory", "Venture Capital": no people's capital
    return _national_capital(index, capital.start(), owner.iso3 if owner else index.focus)


def _national_capital(index: PlaceContext, position: int, iso3: str | None) -> Place | None:
    """The capital of the country named ("Central African Republic's capital") or the article is set in; on
    its outskirts, precision 2."""
    entry = index.gazetteer.national_capital(iso3) if iso3 else None
    if entry is None:
        return None
    near = NEAR_BEFORE.search(index.article.clean_text[max(0, position - 40) : position])
    return to_place(entry, 2 if near else 1, index.gazetteer)


def _names_unknown_locality(view: _View, pattern: re.Pattern[str], sentence_text: str, offset: int) -> bool:
    """The sentence names a locality (capitalised name + "village"/"township"...) that no place mention
    resolved."""
    for match in pattern.finditer(sentence_text):
        span = (offset + match.start(), offset + match.end())
        if not _within(view.specific, view.specific_starts, span):
            return True
    return False
