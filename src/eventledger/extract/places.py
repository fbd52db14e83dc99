"""Toponym resolution: place mentions in an article, resolved against the gazetteer with the article's
context (its country, the other places it names, "X province", "north of Kabul", "X, the capital of Y").

``find_place_mentions`` returns one ``Mention(kind="place")`` per resolved span; ``place_for_span`` picks
the place of an event from the mentions nearest to its trigger clause. The stages live in
``place_candidates`` (spans and their context), ``place_countries`` (the article's countries),
``place_scoring`` (choosing a gazetteer entry) and ``place_of_event``; one ``PlaceContext``
(``place_context``) per article carries the gazetteer, the spans and the article's countries between them.

The country the report is about outranks prominence: a homonym in a country the text neither names nor
evidences is no place (``place_scoring._acceptable``), and an event no usable mention locates is placed
in the article's country, at country level.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from eventledger.annotate import doc_text
from eventledger.extract.place_candidates import (
    Candidate,
    dateline_span,
    link_containers,
    link_dashed,
    link_references,
    names_an_organisation,
    place_candidates,
    sentence_spans,
)
from eventledger.extract.place_context import PlaceContext
from eventledger.extract.place_countries import (
    article_countries,
    article_focus_country,
    country_evidence,
    demonyms_inside_names,
    focus_of,
    most_weighty,
    named_only_as_destination,
    provinces_named,
    title_countries,
)
from eventledger.extract.place_of_event import place_for_span
from eventledger.extract.place_scoring import SMALL_PLACE, precision, resolve, same_skeleton
from eventledger.kb.gazetteer import GazEntry, Gazetteer, country_place, name_key, to_place
from eventledger.models import Article, Mention

__all__ = ["PlaceContext", "article_focus_country", "dateline_span", "find_place_mentions", "place_for_span"]


def find_place_mentions(article: Article, gazetteer: Gazetteer, places: PlaceContext | None = None) -> list[Mention]:
    """Place mentions of an article, resolved with its context; country names give country-level places.
    The article's country, worked out on the way, is kept on ``places`` when one is given."""
    text = article.clean_text
    candidates = place_candidates(article, gazetteer)
    countries = article_countries(candidates, gazetteer)  # marks country names and nationality words
    link_containers(candidates, text, gazetteer)  # "Nieves, Zacatecas": a container's country is evidence too
    named = Counter(countries)
    countries.update(demonyms_inside_names(article, candidates, gazetteer))
    countries.update(title_countries(article, gazetteer))
    if not countries:
        countries = provinces_named(candidates, gazetteer)
    evidence = country_evidence(article, candidates, gazetteer)
    focus = focus_of(candidates, named, evidence, gazetteer)
    if places is not None:  # the same candidates, marked the same way, give the article's countries
        places.set_countries(focus, most_weighty(evidence))
    for iso3 in named_only_as_destination(candidates, text, gazetteer) - {focus}:
        # "on the border with Venezuela" makes its provinces, not its villages, places of this article
        countries[iso3] = 0
    link_references(candidates, text)
    link_dashed(candidates, text)
    # containers first ("Chhattisgarh", then "Bijapur", then "Kutru" in "Kutru in Bijapur district of
    # Chhattisgarh"), since a place is judged by the division that holds it
    ordered = sorted(candidates, key=_containers_above)
    # a Title Case headline's capitals make no organisation ("Cancun Police Find 12 Bodies"): the parser's
    # sentence-cased copy, of the same length, tells "the Jammu and Kashmir Police" from a town's police
    parsed = doc_text(article.doc) if article.doc is not None else text
    parsed = parsed if len(parsed) == len(text) else text
    for cand in ordered:
        is_country_word = cand.modifier and gazetteer.country_by_name(cand.text)
        organisation = names_an_organisation(cand, parsed)
        if cand.country is None and not cand.demonym and not is_country_word and not organisation:
            resolve(cand, countries, focus, gazetteer, text, evidence)
    _agree_on_alternate_names(candidates, text, countries, focus, gazetteer)
    _agree_with_named_provinces(candidates, sentence_spans(article))
    _drop_twin_districts(candidates)
    _agree_with_the_article_s_towns(candidates, sentence_spans(article))
    _one_sense_per_article(candidates, text)
    _divisions_of_unknown_localities(candidates, text, gazetteer)
    return [m for m in (_mention(c, gazetteer) for c in candidates) if m is not None]


def _containers_above(cand: Candidate) -> int:
    depth, container = 0, cand.container
    while container is not None and depth < 8:  # a chain runs forward through the text: no cycles
        depth, container = depth + 1, container.container
    return depth


def _agree_on_alternate_names(
    candidates: list[Candidate], text: str, countries: Counter[str], focus: str | None, gazetteer: Gazetteer
) -> None:
    """ "Resulayn (Ras al-Ain)": a name followed by another name of the same place in brackets. When the
    entry chosen is known by neither name except as an alternate one (Ceylanpinar, the twin town across
    the border, was also called Resulayn), an entry of the article's countries whose own name is one of
    the two is the place meant, for both names."""
    for first, second in zip(candidates, candidates[1:], strict=False):
        if text[first.end : second.start] != " (" or text[second.end : second.end + 1] != ")":
            continue
        names = (first.text, second.text)
        chosen = first.chosen or second.chosen
        if chosen is None or any(same_skeleton(chosen, name) for name in names):
            continue  # not a place ("District Reserve Guard (DRG)"), or the entry's own name is given
        if _holds(second, first.chosen):
            continue  # "Cotija (Michoacán)": the bracket names the province that holds the place, no other name
        own = [
            entry
            for name in names
            for entry, _ in gazetteer.lookup_matches(name)
            if (entry.iso3 == focus or countries[entry.iso3] > 0) and any(same_skeleton(entry, n) for n in names)
        ]
        if own:
            first.chosen = second.chosen = max(own, key=lambda e: (e.kind == "place", e.population))


def _holds(division: Candidate, place: GazEntry | None) -> bool:
    """The name is, by its exact spelling, a division that holds the place chosen."""
    if place is None:
        return False
    return any(
        exact and entry.iso3 == place.iso3 and entry.name != place.name
        and ((entry.kind == "admin1" and entry.admin1 == place.admin1)
             or (entry.kind == "admin2" and entry.admin2 is not None and entry.admin2 == place.admin2))
        for entry, exact in division.matches
    )


def _agree_with_named_provinces(candidates: list[Candidate], sentences: list[tuple[int, int]]) -> None:
    """ "In Sagaing Region, an airstrike hit Ywa Thit village": a small place whose best match lies in
    another province of the same country than the one its sentence names is a homonym elsewhere (village
    names repeat); its match in the named province is taken, or none."""
    starts = [s[0] for s in sorted(sentences)]
    by_sentence: dict[int, list[Candidate]] = {}
    for cand in candidates:
        by_sentence.setdefault(bisect.bisect_right(starts, cand.start), []).append(cand)
    for group in by_sentence.values():
        provinces = {(c.chosen.iso3, c.chosen.name) for c in group if c.chosen and c.chosen.kind == "admin1"}
        for cand in group:
            chosen = cand.chosen
            if chosen is None or chosen.kind == "admin1":
                continue
            spelt_alike = not any(exact for e, exact in cand.matches if e is chosen)
            in_named = [e for e, exact in cand.matches if exact and (e.iso3, e.admin1) in provinces]
            if spelt_alike and in_named and (chosen.iso3, chosen.admin1) not in provinces:
                cand.chosen = in_named[0]  # "in Shan State ... the town of Hsenwi": not Heshan in China
                continue
            if chosen.population >= SMALL_PLACE and cand.type_word != "village":
                continue
            named_here = {name for iso3, name in provinces if iso3 == chosen.iso3}
            if named_here and chosen.admin1 not in named_here:
                inside = [e for e, exact in cand.matches if exact and e.iso3 == chosen.iso3 and e.admin1 in named_here]
                cand.chosen = inside[0] if inside else None


def _divisions_of_unknown_localities(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> None:
    """ "Kyauk Sin village (Myinmu, Sagaing)", "Zhuravka village, Belgorod": a name that holds localities the
    gazetteer does not know, and that is both a town and the province (or district) named after it, is the
    division: the locality lies somewhere in it, not in the namesake town, which a town-level place claims. A
    town with no division of its name is only near the locality (ACLED precision 2)."""
    for cand in candidates:
        chosen = cand.chosen
        if chosen is None or chosen.kind != "place" or not cand.holds or not _holds_unknown_locality(cand, text):
            continue
        key, aliased = name_key(chosen.name), gazetteer.provinces_known_as(chosen.name)  # "Belgorod": Belgorodskaya
        division = [
            entry for entry in [entry for entry, exact in cand.matches if exact] + aliased
            if entry.iso3 == chosen.iso3
            and ((entry.kind == "admin1" and entry.name == chosen.admin1)
                 or (entry.kind == "admin2" and entry.admin2 is not None and entry.admin2 == chosen.admin2
                     and entry.admin1 == chosen.admin1))
            and (name_key(entry.name) == key or entry in aliased)
        ]  # fmt: skip
        if division:
            # the province, else the district: the locality may lie in the province outside its namesake district
            cand.chosen = min(division, key=lambda e: e.kind != "admin1")
        else:
            cand.near = True  # "Hombori (Douentza, Mopti)", no district of that name known: near the town


_FIRST_OF_A_BRACKETED_PAIR = re.compile(r"\s*,\s*[A-Z][^(),]*\)")  # "(Douentza, Mopti)" after the name


def _holds_unknown_locality(cand: Candidate, text: str) -> bool:
    """The names before it that it holds are unknown, and the text makes them a locality of a division, not a
    street or quarter of a city ("Langata Road (Nairobi)"): a village, town or district named with its type
    word ("Kyauk Sin village (Myinmu, Sagaing)"), or the district and province of ACLED's "(Myinmu, Sagaing)",
    whose first name holds the place before the bracket ("Hombori (Douentza, Mopti)")."""
    held, chain = cand.contains, []
    while held is not None and held.end <= cand.start and len(chain) < 3:
        if held.chosen is not None or held.country is not None or held.demonym:
            return False
        chain.append(held)
        held = held.contains
    if not chain:
        return False
    typed = any(h.type_word is not None and h.type_word != "area" for h in chain)
    first_of_pair = text[: cand.start].rstrip().endswith("(") and bool(
        _FIRST_OF_A_BRACKETED_PAIR.match(text, cand.end)
    )
    nearest = chain[0]
    second_of_pair = re.fullmatch(r"\s*,\s*", text[nearest.end : cand.start]) is not None and text[
        : nearest.start
    ].rstrip().endswith("(")
    return typed or first_of_pair or second_of_pair


def _drop_twin_districts(candidates: list[Candidate]) -> None:
    """ "Bijapur district" in a text that names neither Chhattisgarh nor Karnataka: of two districts of one
    name in one country, neither is the place, since a wrong province is worse than none; a province the
    article names anywhere ("in the north of Cauca") says which one."""
    named = {(c.chosen.iso3, c.chosen.admin1) for c in candidates if c.chosen is not None and not c.twin}
    for cand in candidates:
        chosen = cand.chosen
        if not cand.twin or chosen is None:
            continue
        twins = [e for e, exact in cand.matches if exact and e.kind == "admin2" and e.iso3 == chosen.iso3
                 and name_key(e.name) == name_key(chosen.name)]  # fmt: skip
        in_named = [e for e in twins if (e.iso3, e.admin1) in named]
        cand.chosen = in_named[0] if len(in_named) == 1 else None


def _agree_with_the_article_s_towns(candidates: list[Candidate], sentences: list[tuple[int, int]]) -> None:
    """Two homonyms elsewhere that the article's own towns rule out, leaving the event to those towns:
    a city's district known to the gazetteer only as a namesake in another province ("the Kyivskyi
    district" of a Kharkiv report is not Donetsk's), and a village matched only by a look-alike spelling
    in another province than the town its sentence names ("Magami village near Gusau" is not Magama,
    Niger State).

    The other towns are counted by country (and sentence) and province, and the counts kept as names are
    ruled out, rather than every other candidate looked at again for each one: 4,000 place names (40 KB
    of a list of towns) took 64 s."""
    starts = [s[0] for s in sorted(sentences)]
    sentence_of = {id(c): bisect.bisect_right(starts, c.start) for c in candidates}
    provinces = {(c.chosen.iso3, c.chosen.admin1) for c in candidates if c.chosen is not None
                 and c.chosen.kind == "admin1"}  # fmt: skip  (never changed below: only towns are ruled out)

    def counted(c: Candidate) -> bool:  # a town that rules out others (a district only as their container)
        return c.chosen is not None and c.chosen.kind in ("place", "admin2") and c.type_word != "district"

    # country -> province -> towns; (sentence, country) -> province -> towns
    towns: dict[str | None, Counter[str | None]] = {}
    towns_in: dict[tuple[int, str | None], Counter[str | None]] = {}
    for c in candidates:
        if counted(c):
            towns.setdefault(c.chosen.iso3, Counter())[c.chosen.admin1] += 1
            towns_in.setdefault((sentence_of[id(c)], c.chosen.iso3), Counter())[c.chosen.admin1] += 1
    for cand in candidates:
        chosen = cand.chosen
        if chosen is None or chosen.kind not in ("place", "admin2"):
            continue
        if (chosen.iso3, chosen.admin1) in provinces:
            continue  # "Buthidaung Township, northern Rakhine State": the text names the province that holds it
        district = cand.type_word == "district" and chosen.kind == "place"  # a city's district, not a division
        spelt_alike = not any(exact for e, exact in cand.matches if e is chosen)
        if not (district or spelt_alike):
            continue
        in_sentence = spelt_alike and not district
        pool = towns_in.get((sentence_of[id(cand)], chosen.iso3)) if in_sentence else towns.get(chosen.iso3)
        others, same_province = (pool.total(), pool[chosen.admin1]) if pool else (0, 0)
        if counted(cand):  # not itself
            others, same_province = others - 1, same_province - 1
        box = cand.container  # a district counts as the container of the name
        if (box is not None and box is not cand and not counted(box) and box.chosen is not None
                and box.chosen.iso3 == chosen.iso3 and box.chosen.kind in ("place", "admin2")
                and (not in_sentence or sentence_of[id(box)] == sentence_of[id(cand)])):
            others, same_province = others + 1, same_province + (box.chosen.admin1 == chosen.admin1)
        if others and not same_province:
            if counted(cand):
                towns[chosen.iso3][chosen.admin1] -= 1
                towns_in[(sentence_of[id(cand)], chosen.iso3)][chosen.admin1] -= 1
            cand.chosen = None


def _one_sense_per_article(candidates: list[Candidate], text: str) -> None:
    """A name resolved as a place once ("shelled residential areas of Kherson") is that place wherever
    the article repeats it, even where the tagger calls it a person and no locative word precedes it
    ("Ukrainian troops recaptured Kherson")."""
    _follow_anchored(candidates)
    resolved: dict[str, GazEntry] = {}
    for cand in candidates:
        if cand.chosen is not None:
            resolved.setdefault(name_key(cand.text), cand.chosen)
    for cand in candidates:
        if cand.chosen is None and cand.country is None and not cand.demonym and cand.label != "NORP":
            known = resolved.get(name_key(cand.text))
            if known is not None and not names_an_organisation(cand, text):
                cand.chosen = known


def _is_anchored(cand: Candidate) -> bool:
    return cand.type_word is not None or cand.container is not None


def _follow_anchored(candidates: list[Candidate]) -> None:
    """ "IED blast in Bijapur" then "in Bijapur district of Chhattisgarh": where the occurrences of a name
    chose homonyms in different provinces, the occurrence with a type word or a containing place says
    which one every bare occurrence means. A town and the district named after it are no homonyms
    ("Lubero" and "Lubero territory" stay apart)."""
    anchored: dict[str, GazEntry] = {}
    for cand in candidates:
        if cand.chosen is not None and _is_anchored(cand):
            anchored.setdefault(name_key(cand.text), cand.chosen)
    for cand in candidates:
        known, chosen = anchored.get(name_key(cand.text)), cand.chosen
        if chosen is None or known is None or _is_anchored(cand):
            continue
        if (known.iso3, known.admin1) != (chosen.iso3, chosen.admin1):
            cand.chosen = known


def _mention(cand: Candidate, gazetteer: Gazetteer) -> Mention | None:
    if cand.country is not None:
        division = _division_named_as_its_country(cand, gazetteer)
        if division is not None:  # "in northern Gaza", "the West Bank": the province
            place = to_place(division, 3, gazetteer)
            capital = gazetteer.capital_of(division)
            if capital is None or name_key(capital.name) != name_key(cand.text):
                # only "Gaza" also names the town it is coded at; "the West Bank" puts the event on no point
                place = replace(place, name=None, latitude=None, longitude=None)
            return Mention(cand.start, cand.end, cand.text, "place", canonical=division.name, place=place)
        place = country_place(cand.country)
        return Mention(cand.start, cand.end, cand.text, "place", canonical=cand.country.name, place=place)
    if cand.chosen is None:
        return None
    place = to_place(cand.chosen, precision(cand.chosen, cand), gazetteer)
    district = cand.container.chosen if cand.container is not None else None
    if place.latitude is None and district is not None and district.kind == "place" and district.iso3 == place.iso3:
        # "Hodan district of Mogadishu": a city's district the gazetteer cannot put on a map is placed at the city
        return Mention(cand.start, cand.end, cand.text, "place", canonical=district.name,
                       place=to_place(district, 1, gazetteer))  # fmt: skip
    if (
        place.admin2 is None and district is not None and district.kind == "admin2"
        and district.iso3 == place.iso3 and district.admin1 == place.admin1 and cand.chosen.kind == "place"
    ):  # fmt: skip
        # "Mayo-Sava department, Mora": the text tells the district of a town the gazetteer has none for
        place = replace(place, admin2=district.name)
    return Mention(cand.start, cand.end, cand.text, "place", canonical=place.name or place.admin1, place=place)


def _division_named_as_its_country(cand: Candidate, gazetteer: Gazetteer) -> GazEntry | None:
    """Another name of a country that is also one of its first-level divisions ("Gaza" and "the West Bank"
    for Palestine): the division, since it says more than the country does. A country's own name is the
    country ("Mexico" is no State of Mexico)."""
    if cand.country is None or name_key(cand.text) == name_key(cand.country.name):
        return None
    divisions = [
        entry for entry, exact in gazetteer.lookup_matches(cand.text)
        if exact and entry.kind == "admin1" and entry.iso3 == cand.country.iso3
    ]  # fmt: skip
    return max(divisions, key=lambda entry: entry.population, default=None)
