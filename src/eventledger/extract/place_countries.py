"""The countries an article is set in: country names, nationality words, places found in one country
only, the dateline's city, and, when no country is named, the provinces it names."""

from __future__ import annotations

import re
from collections import Counter

from eventledger.extract.place_candidates import (
    ADMIN1_WORDS,
    PLACE_LABELS,
    Candidate,
    dateline_span,
    has_locative_context,
    inside_actor_name,
    is_modifier,
    link_containers,
    names_an_organisation,
    place_candidates,
)
from eventledger.kb.actors import load_actor_kb
from eventledger.kb.gazetteer import Country, Gazetteer, bears_as_own_name, name_key
from eventledger.kb.outlets import outlet_country
from eventledger.models import Article

# "in northern Syria", "across eastern Congo", "In South Sudan": a headline's locative phrase
_TITLE_LOCATIVE = re.compile(
    r"\b(?:in|across|inside|near)\s+(?:(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+)?"
    r"((?:[A-Z][\w'’.-]*\s?){1,4})",
    re.IGNORECASE,
)
# "fled to Uganda", "on the border with Uganda": a country named as a destination or origin
# a local outlet's home weighs like a nationality word: enough to set a country when the text names none, never
# enough to outweigh a country the text names ("in Afghanistan", 2) or a place of one country only (2)
OUTLET_WEIGHT = 1.0
_AWAY_BEFORE = re.compile(r"\b(?:to|into|towards?|from|with|across)(?: the)?\s*$", re.IGNORECASE)


def people_of(cand: Candidate, gazetteer: Gazetteer) -> Country | None:
    """The country whose people the candidate names: "Afghan" in "Afghan police", and a people's name of two
    words ("Central African town", "C. African capital")."""
    return gazetteer.country_by_demonym(cand.text) or gazetteer.country_by_demonym(cand.text.split()[0])


def article_countries(candidates: list[Candidate], gazetteer: Gazetteer) -> Counter[str]:
    """ISO3 → how often the article names the country or its people ("Afghan", "Nigerians"); marks the
    candidates that are country names."""
    counts: Counter[str] = Counter()
    for cand in candidates:
        # a people's name is no country, unless it is a country's whole name ("Central African Republic")
        country = gazetteer.country_by_name(cand.text)
        if cand.label == "NORP" and country is not None and gazetteer.country_by_demonym(cand.text) is not None:
            country = None
        if country is not None:
            cand.country = None if cand.modifier else country
            if cand.modifier:
                continue  # "US forces", "US-trained": whose forces, not where the article is set
        else:
            country = people_of(cand, gazetteer)
            cand.demonym = country is not None
        if country is not None:
            counts[country.iso3] += 1
    return counts


def named_only_as_destination(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> set[str]:
    """ISO3 of the countries the article names only as a destination, origin or border ("fled to Uganda",
    "on the border with Venezuela"), never as where something is, nor by their people's name."""
    away: set[str] = set()
    present: set[str] = set()
    for cand in candidates:
        if cand.country is not None:
            before = text[max(0, cand.start - 30) : cand.start]
            (away if _AWAY_BEFORE.search(before) else present).add(cand.country.iso3)
        elif cand.demonym:
            people = people_of(cand, gazetteer)
            if people is not None:
                present.add(people.iso3)
    return away - present


def provinces_named(candidates: list[Candidate], gazetteer: Gazetteer) -> Counter[str]:
    """ISO3 → how often the article names a province of that country ("Michoacán", "Ituri"). Used only
    when the article names no country at all: local reports often name just the province. Only a tagged
    place name whose exact matches are all provinces of one country counts."""
    counts: Counter[str] = Counter()
    for cand in candidates:
        if cand.label not in PLACE_LABELS or cand.country is not None or cand.demonym or is_modifier(cand):
            continue
        exact = [e for e, is_exact in gazetteer.lookup_matches(cand.text) if is_exact]
        if exact and all(e.kind == "admin1" for e in exact) and len({e.iso3 for e in exact}) == 1:
            counts[exact[0].iso3] += 1
    return counts


def demonyms_inside_names(article: Article, candidates: list[Candidate], gazetteer: Gazetteer) -> Counter[str]:
    """Demonyms the entity spans swallowed ("MOGADISHU - Somali government forces" tagged as one ORG)."""
    counts: Counter[str] = Counter()
    for cand in candidates:
        words = cand.text.split()
        for word in words[1:]:
            country = gazetteer.country_by_demonym(word) if word[:1].isupper() else None
            if country is not None:
                counts[country.iso3] += 1
    return counts


def _largest_match_country(cand: Candidate, gazetteer: Gazetteer) -> str | None:
    """ISO3 of the most populous exact match: datelines name cities that file news ("GOMA", "PESHAWAR")."""
    if len(name_key(cand.text)) < 3:
        return None
    exact = [e for e, is_exact in gazetteer.lookup_matches(cand.text) if is_exact and e.kind == "place"]
    return max(exact, key=lambda e: e.population).iso3 if exact else None


def _dateline_country(
    cand: Candidate, candidates: list[Candidate], dateline: tuple[int, int], gazetteer: Gazetteer
) -> str | None:
    """The country of a dateline's place: the one its names share ("GOMA, North Kivu"), else that of its
    most populous namesake (datelines name cities that file news)."""
    names = [c for c in candidates if dateline[0] <= c.start < dateline[1] and c.country is None and not c.demonym]
    if len(names) > 1:
        shared = set.intersection(*({e.iso3 for e, exact in gazetteer.lookup_matches(c.text) if exact} for c in names))
        if len(shared) == 1:
            return next(iter(shared))
    return _largest_match_country(cand, gazetteer)


_KINDS_OF_TYPE = {"village": ("place",), "town": ("place",), "city": ("place",)}  # a locality is a place
# a province may bear its seat's name ("Kunduz province"), never a village's ("Shabwa province": a Sha Bwa in
# Myanmar, not Yemen's Shabwah)
_PROVINCE_SEAT_POPULATION = 5_000


def _single_country(cand: Candidate, gazetteer: Gazetteer, text: str) -> tuple[str, float] | None:
    """(ISO3, weight) of the one country every exact gazetteer match of a tagged place name lies in: 2 when
    the name is an entry's own, 1 when only an alternate name."""
    # the tagger calls many towns ORG or PERSON ("police in Wajir"): a locative word decides, or being the
    # container of a name before it ("Nieves, Zacatecas"); being contained ("the Battle of Vozuca") does not
    locative = has_locative_context(cand, text, linked=False)
    if cand.label not in PLACE_LABELS and not (cand.label != "NORP" and locative):
        return None
    if is_modifier(cand) or len(name_key(cand.text)) < 3:
        return None
    if inside_actor_name(cand, text):
        return None
    key = name_key(cand.text)
    exact = [e for e, is_exact in gazetteer.lookup_matches(cand.text) if is_exact]
    if len({e.iso3 for e in exact}) != 1:
        return None
    kinds = _KINDS_OF_TYPE.get(cand.type_word or "")
    if kinds and not any(e.kind in kinds for e in exact):
        return None  # "Thar village" says nothing of the one district named Thar
    if cand.type_word in ADMIN1_WORDS and all(
        e.kind == "place" and e.population < _PROVINCE_SEAT_POPULATION for e in exact
    ):
        return None
    # an alternate name ("Mansi" for Muncie, Indiana) says less of a country than an entry's own name
    own = any(bears_as_own_name(e, key) for e in exact)
    if not own and _names_a_facility(cand, text):
        return None  # "Al Nao hospital" in Omdurman: the hospital's name, an alternate name of Noa, Ivory Coast
    if _container_elsewhere(cand, exact[0].iso3, gazetteer):
        return None  # "the neighbourhood of Kossa in the town of Mora": no Mora lies in Kossa's one country
    return exact[0].iso3, 2.0 if own else 1.0


def _container_elsewhere(cand: Candidate, iso3: str, gazetteer: Gazetteer) -> bool:
    """The text puts the name inside a place ("X in the town of Y", "X, Y") that has no entry in the country
    of the name's only entries: that country is a homonym's, not the article's."""
    container = cand.container
    if container is None:
        return False
    if container.country is not None:
        return container.country.iso3 != iso3
    found = [e for e, is_exact in gazetteer.lookup_matches(container.text) if is_exact]
    return bool(found) and all(e.iso3 != iso3 for e in found)


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _names_a_facility(cand: Candidate, text: str) -> bool:
    """The name is followed by a facility noun ("Al Nao hospital", "Sabreen market")."""
    from eventledger.extract.event_lexicon import cue  # the lexicon loads the trigger tables: only when needed

    following = _NEXT_WORD.match(text, cand.end)
    return following is not None and following.group(1).lower() in cue("civilian_place")


def _province_as_adjective(cand: Candidate, gazetteer: Gazetteer) -> str | None:
    """ISO3 of the one country whose first-level division the name is, when no sizeable town elsewhere
    bears it."""
    exact = [e for e, is_exact in gazetteer.lookup_matches(cand.text) if is_exact]
    divisions = {e.iso3 for e in exact if e.kind == "admin1"}
    if len(divisions) != 1:
        return None
    iso3 = next(iter(divisions))
    if any(e.iso3 != iso3 and e.population >= 100_000 for e in exact):
        return None
    return iso3


def _group_country(cand: Candidate, text: str) -> tuple[str, float] | None:
    """ "KIA", "TNLA", "CJNG", "Taliban": an armed group the actor knowledge base ties to one country is
    evidence of it, as a nationality word is (1)."""
    if cand.label in PLACE_LABELS or has_locative_context(cand, text, linked=False):
        return None
    groups = [e for e in load_actor_kb().curated_candidates(cand.text) if e.kind == "org"]
    countries = {e.country for e in groups}
    if len(countries) != 1 or None in countries:
        return None
    return next(iter(countries)), 1.0


# "Turkish warplanes", "Russian forces", "US-led raids", "an Uzbek commander": whose forces or fighters act,
# which says less of where than a people's name otherwise does (forces fight abroad)
_FORCE_AFTER = re.compile(
    r"^(?:[\s-]+(?:led|backed|loyal|allied|based|supported))?\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:forces|troops|army|soldiers|military|warplanes?|jets?|aircraft|planes?|drones?|helicopters?|shelling"
    r"|strikes?|airstrikes?|air\s+strikes?|raids?|artillery|navy|air\s+force|peacekeepers|mercenaries|guards"
    r"|coalition|bombardment|bombing|missiles?|rockets?|gunboats|militias?|factions|fighters|guarantor"
    r"|commanders?|militants?|jihadists?|nationals?|citizens?|mercenary|volunteers?)\b",
    re.IGNORECASE,
)


def names_forces_after(text: str, end: int) -> bool:
    """The words after a country's name or people's word are its forces or weapons ("US drone strike",
    "Turkish warplanes")."""
    return bool(_FORCE_AFTER.match(text[end : end + 60]))


def _people_weight(cand: Candidate, text: str) -> float:
    """A nationality word (or a country's name as a modifier) counts 1 for its country, a half when it
    names whose forces act ("Turkish warplanes bomb Ras al-Ayn")."""
    return 0.5 if names_forces_after(text, cand.end) else 1.0


def country_evidence(article: Article, candidates: list[Candidate], gazetteer: Gazetteer) -> Counter[str]:
    """ISO3 → weight of the evidence that the article is set in that country. A country named as such
    counts 2, or 1 as a destination or origin ("fled to Uganda", "on the border with Uganda") or as a
    modifier ("Myanmar army"); a nationality word 1 ("the Somali border" says less about where the
    article is set than "in Kenya"), a half for forces ("Turkish warplanes"); a place name found in one
    country only 2; the dateline's place 3; a local outlet's home country 1 (``kb.outlets``)."""
    text = article.clean_text
    dateline = dateline_span(article)
    weights: Counter[str] = Counter()
    for cand in candidates:
        cand.evidence = None
        if cand.country is not None:
            away = _AWAY_BEFORE.search(text[max(0, cand.start - 30) : cand.start])
            cand.evidence = (cand.country.iso3, 1 if away else 2)
        elif cand.demonym:
            country = people_of(cand, gazetteer)
            if country is not None:
                cand.evidence = (country.iso3, _people_weight(cand, text))
        elif cand.modifier and cand.label != "NORP" and (country := gazetteer.country_by_name(cand.text)):
            cand.evidence = (country.iso3, _people_weight(cand, text))  # "Myanmar army", like "Burmese army"
        elif dateline is not None and dateline[0] <= cand.start < dateline[1]:
            iso3 = _dateline_country(cand, candidates, dateline, gazetteer)
            if iso3 is not None:
                cand.evidence = (iso3, 3)
        elif names_an_organisation(cand, text):
            cand.evidence = _group_country(cand, text)  # "NATO", though a Philippine town bears the name
        else:
            cand.evidence = _single_country(cand, gazetteer, text) or _group_country(cand, text)
            if cand.evidence is None and cand.modifier and (iso3 := _province_as_adjective(cand, gazetteer)):
                cand.evidence = (iso3, 1.0)  # "Kachin farmer", "Sonora gunmen": a province's name as an adjective
        if cand.evidence is not None:
            weights[cand.evidence[0]] += cand.evidence[1]
    weights.update(demonyms_inside_names(article, candidates, gazetteer))
    for iso3, count in title_countries(article, gazetteer).items():
        weights[iso3] += 2 * count
    home = outlet_country(article.source, article.url, gazetteer)
    if home is not None:
        weights[home] += OUTLET_WEIGHT
    return weights


def title_countries(article: Article, gazetteer: Gazetteer) -> Counter[str]:
    """ISO3 → how often the headline locates its news in a country ("... neutralized in northern Syria").
    The headline is not part of the text, yet it says where the news happened; only a country after "in"
    (or "across", "inside", "near"), perhaps with a direction word, counts: "US strikes" names no place."""
    counts: Counter[str] = Counter()
    for match in _TITLE_LOCATIVE.finditer(article.title or ""):
        words = match.group(1).split()
        for length in range(min(4, len(words)), 0, -1):  # the longest country name: "South Sudan"
            country = gazetteer.country_by_name(" ".join(words[:length]))
            if country is not None:
                counts[country.iso3] += 1
                break
    return counts


def article_focus_and_lean(article: Article, gazetteer: Gazetteer) -> tuple[str | None, str | None]:
    """(focus, lean): the country the article is set in (``article_focus_country``), and the country its
    evidence leans to however weak ("Myanmar regime soldiers" alone: a half), for an event nothing else
    locates."""
    candidates = place_candidates(article, gazetteer)
    countries = article_countries(candidates, gazetteer)
    link_containers(candidates, article.clean_text, gazetteer)
    evidence = country_evidence(article, candidates, gazetteer)
    focus = focus_of(candidates, countries, evidence, gazetteer)
    return focus, focus or most_weighty(evidence)


def article_focus_country(article: Article, gazetteer: Gazetteer) -> str | None:
    """ISO3 of the country an article is set in, by the weighted evidence of its names (see
    ``country_evidence``); None when it names none. A stage that holds the article's ``PlaceContext`` asks
    its ``focus`` instead, worked out once per article."""
    return article_focus_and_lean(article, gazetteer)[0]


def focus_of(
    candidates: list[Candidate], countries: Counter[str], evidence: Counter[str], gazetteer: Gazetteer
) -> str | None:
    """``article_focus_country`` from the article's fresh candidates once ``article_countries`` (``countries``)
    and ``country_evidence`` (``evidence``) have been worked out on them. Evidence weighing less than a
    nationality word ("Turkish warplanes bomb Ras al-Ayn") sets no country: forces fight abroad."""
    if evidence:
        iso3, weight = evidence.most_common(1)[0]
        return iso3 if weight >= 1 else most_weighty(provinces_named(candidates, gazetteer))
    return most_weighty(countries or provinces_named(candidates, gazetteer))


def most_weighty(weights: Counter[str]) -> str | None:
    return weights.most_common(1)[0][0] if weights else None  # ties: the first named
