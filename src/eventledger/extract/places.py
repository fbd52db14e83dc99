"""Toponym resolution: place mentions in an article, resolved against the gazetteer with the article's
context (its country, the other places it names, "X province", "north of Kabul", "X, the capital of Y").

``find_place_mentions`` returns one ``Mention(kind="place")`` per resolved span; ``place_for_span`` picks
the place of an event from the mentions nearest to its trigger clause. The stages live in
``place_candidates`` (spans and their context), ``place_countries`` (the article's countries),
``place_scoring`` (choosing a gazetteer entry) and ``place_of_event``.
"""

from __future__ import annotations

import bisect

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
from eventledger.extract.place_countries import (
    article_countries,
    article_focus_country,
    country_evidence,
    demonyms_inside_names,
    most_weighty,
    provinces_named,
)
from eventledger.extract.place_of_event import place_for_span
from eventledger.extract.place_scoring import precision, resolve
from eventledger.kb.gazetteer import GazEntry, Gazetteer, country_place, name_key, to_place
from eventledger.models import Article, Mention

__all__ = ["article_focus_country", "dateline_span", "find_place_mentions", "place_for_span"]

_SMALL_PLACE = 5_000  # a place this small may share its name with villages elsewhere in the country


def find_place_mentions(article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """Place mentions of an article, resolved with its context; country names give country-level places."""
    text = article.clean_text
    candidates = place_candidates(article)
    countries = article_countries(candidates, gazetteer)
    countries.update(demonyms_inside_names(article, candidates, gazetteer))
    if not countries:
        countries = provinces_named(candidates, gazetteer)
    focus = most_weighty(country_evidence(article, candidates, gazetteer)) or most_weighty(countries)
    link_containers(candidates, text)
    link_references(candidates, text)
    link_dashed(candidates, text)
    # containers first ("Paktia" before "Gardez"), since a town is judged by the province that holds it
    ordered = sorted(candidates, key=lambda c: c.container is not None)
    for cand in ordered:
        is_country_word = cand.modifier and gazetteer.country_by_name(cand.text)
        if cand.country is None and not cand.demonym and not is_country_word and not names_an_organisation(cand, text):
            resolve(cand, countries, focus, gazetteer, text)
    _agree_with_named_provinces(candidates, sentence_spans(article))
    _one_sense_per_article(candidates, text)
    return [m for m in (_mention(c) for c in candidates) if m is not None]


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
            if chosen.population >= _SMALL_PLACE and cand.type_word != "village":
                continue
            named_here = {name for iso3, name in provinces if iso3 == chosen.iso3}
            if named_here and chosen.admin1 not in named_here:
                inside = [e for e, exact in cand.matches if exact and e.iso3 == chosen.iso3 and e.admin1 in named_here]
                cand.chosen = inside[0] if inside else None


def _one_sense_per_article(candidates: list[Candidate], text: str) -> None:
    """A name resolved as a place once ("shelled residential areas of Kherson") is that place wherever
    the article repeats it, even where the tagger calls it a person and no locative word precedes it
    ("Ukrainian troops recaptured Kherson")."""
    resolved: dict[str, GazEntry] = {}
    for cand in candidates:
        if cand.chosen is not None:
            resolved.setdefault(name_key(cand.text), cand.chosen)
    for cand in candidates:
        if cand.chosen is None and cand.country is None and not cand.demonym and cand.label != "NORP":
            known = resolved.get(name_key(cand.text))
            if known is not None and not names_an_organisation(cand, text):
                cand.chosen = known


def _mention(cand: Candidate) -> Mention | None:
    if cand.country is not None:
        place = country_place(cand.country)
        return Mention(cand.start, cand.end, cand.text, "place", canonical=cand.country.name, place=place)
    if cand.chosen is None:
        return None
    place = to_place(cand.chosen, precision(cand.chosen, cand))
    return Mention(cand.start, cand.end, cand.text, "place", canonical=place.name or place.admin1, place=place)
