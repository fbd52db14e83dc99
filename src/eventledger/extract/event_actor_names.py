"""Actor names for event arguments: ``ArticleContext`` holds the look-ups over one article (actor and
place mentions, the default country); ``ArticleContext.actor_name`` turns a noun phrase into a canonical
actor (a KB mention, a KB alias, or a generic ACLED-style actor)."""

from __future__ import annotations

import bisect
import datetime as dt
from functools import cache
from typing import Any

from eventledger.extract.event_lexicon import cue
from eventledger.extract.event_parse import (
    noun_phrase,
    prep_object,
    reporting_speaker,
    word_forms,
)
from eventledger.extract.former_forces import FormerForces
from eventledger.extract.place_context import PlaceContext
from eventledger.extract.times import story_date
from eventledger.kb.actors import ActorKB, fill_country, load_actor_kb
from eventledger.kb.countries import acled_country
from eventledger.kb.gazetteer import load_gazetteer
from eventledger.models import Article, Mention

FORCE_PREFIX = {"military": "Military Forces", "police": "Police Forces"}


class ArticleContext:
    """Look-ups over one article shared by the event and affiliation extractors."""

    def __init__(
        self, article: Article, kb: ActorKB | None = None, place_context: PlaceContext | None = None
    ) -> None:
        self.article = article
        self.kb = kb or load_actor_kb()  # loaded once per process; per-sentence code takes it from here
        # the report's date, else the day the story stands at (an undated coder's note: "On 14 March 2024, ...")
        self.published = article.published_date or story_date(article.clean_text)
        self.actor_mentions = sorted(
            (m for m in article.mentions if m.kind == "actor" and m.canonical), key=lambda m: m.start
        )
        self._actor_starts = [m.start for m in self.actor_mentions]
        self._longest_actor = max((m.end - m.start for m in self.actor_mentions), default=0)
        places = [m.place for m in article.mentions if m.kind == "place" and m.place is not None]
        self.default_country = places[0].country if places else None
        names = [m for m in self.actor_mentions if m.resolution == "name"]
        # a place name inside an actor's name ("Khorasan" in "Islamic State Khorasan Province") is no place
        self.place_mentions = [
            m for m in article.mentions if m.kind == "place" and not any(a.start <= m.start < a.end for a in names)
        ]
        self._places_by_start = sorted(self.place_mentions, key=lambda m: m.start)
        self._place_starts = [m.start for m in self._places_by_start]
        # the first body paragraph, asked for each incident (a scan of every paragraph each time made a text
        # of 20,000 one-line paragraphs quadratic)
        self.lead_body_paragraph = next((i for i, p in enumerate(article.paragraphs) if p.kind == "body"), -1)
        self._units_by_paragraph: tuple[list[Any], dict[int, list[Any]]] | None = None
        self.last_joined: str | None = None  # the group most recently joined, for "the organization"
        self.former_forces = FormerForces(self.actor_mentions, self.published, self.kb)
        # the place stages' own per-article context (the pipeline's, when it found the place mentions with it)
        self.places = place_context or PlaceContext.of(article, load_gazetteer())

    def mentions_over(self, tokens: list[Any]) -> list[Mention]:
        found: list[Mention] = []
        for tok in tokens:
            start, end = tok.idx, tok.idx + len(tok)
            # only mentions starting within the longest mention's length before the token can reach it
            # (a scan of them all made an article with thousands of mentions quadratic)
            low = bisect.bisect_right(self._actor_starts, start - self._longest_actor)
            for m in self.actor_mentions[low : bisect.bisect_left(self._actor_starts, end)]:
                if m.end > start and m not in found:
                    found.append(m)
        return found

    def place_mentions_within(self, start: int, end: int) -> list[Mention]:
        """The place mentions starting in [start, end), by binary search."""
        return self._places_by_start[bisect.bisect_left(self._place_starts, start) :
                                     bisect.bisect_left(self._place_starts, end)]

    def units_of_paragraph(self, units: list[Any], paragraph: int) -> list[Any]:
        """The units of ``units`` (an article's sentences) in one paragraph, grouped once per list."""
        if self._units_by_paragraph is None or self._units_by_paragraph[0] is not units:
            grouped: dict[int, list[Any]] = {}
            for unit in units:
                grouped.setdefault(unit.paragraph, []).append(unit)
            self._units_by_paragraph = (units, grouped)
        return self._units_by_paragraph[1].get(paragraph, [])

    def actors_over(self, tokens: list[Any]) -> list[str]:
        return list(dict.fromkeys(m.canonical for m in self.mentions_over(tokens) if m.canonical))

    def earlier_force(self, tok: Any, generic: str) -> str | None:
        """'... threw stones at Israeli troops; the soldiers responded with tear gas': a definite generic
        force ("the soldiers", "the police") is the force of that kind the article last named."""
        role = next((r for r in ("military", "police") if generic.startswith(FORCE_PREFIX[r])), None)
        if role is None or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
            return None
        for mention in reversed(self.actor_mentions):
            if mention.start >= tok.idx or mention.resolution != "name" or not mention.canonical:
                continue
            entry = self.kb.get(mention.canonical)
            if entry is not None and entry.type == "State forces" and role in entry.tags:
                return entry.name
        return None

    def actor_name(self, tok: Any, country: str | None) -> tuple[str | None, bool]:
        """The canonical actor a noun phrase names, and whether it names civilians."""
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
            tok = tok.head.head
        speaker = reporting_speaker(tok)
        if speaker is not None:
            found = self.actor_name(represented_group(speaker) or speaker, country)
            if found[0]:
                return found
            # "the defence ministry said its air defences ...": the ministry names no actor; its noun does
        joined = explicit_membership(tok)
        if joined is not None:  # "dissidents of the former FARC belonging to the EMC"
            return self.actor_name(joined, country)
        phrase = noun_phrase(tok)
        if (
            tok.lemma_.lower() in cue("civilian_noun")
            and not self.actors_over([tok])
            and prep_object(tok, ("of", "from")) is None
            and belongs_to(tok) is None
        ):
            # "a junta informer", "Taliban supporters' children": the group only qualifies the people, civilians
            # ("persons of the cells of IS", "men belonging to the TTP" are the group's own)
            return generic_actor(tok.lemma_.lower(), country or self.default_country)
        names = self.actors_over([tok]) or self.actors_over(phrase)
        if names:
            name = with_country(names[0], country or self.default_country, self.kb)
            generic = all(m.resolution != "name" for m in self.mentions_over([tok]))
            return (self.earlier_force(tok, name) if generic else None) or name, False
        national = national_military(tok, self.published, self.kb)
        if national:
            return national, False
        wielder = weapon_wielder(tok, self.kb)
        if wielder is not None:  # "military gunfire", "police fire", "junta helicopter": the force whose weapon
            word = wielder.lower_
            word = STATE_FORCE_ROLES.get(self.kb.agents.get(word) or "", word)
            name = generic_actor(word, country or self.default_country)[0]
            if name:
                return self.earlier_force(tok, name) or name, False
        firer = fired_by(tok)
        if firer is not None:  # "shelling by the regime forces kills 4": who fired is who did it
            found = self.actor_name(firer, country)
            if found[0]:
                return found
        core = " ".join(t.text for t in phrase if t.dep_ in ("compound", "amod") or t.i == tok.i)
        name = kb_actor_name(core, self.published, self.kb) if tok.pos_ in ("NOUN", "PROPN") else None
        if name:
            return name, False
        uniform = uniform_of(tok)
        if uniform is not None:  # "armed men wearing RSF uniforms"
            found = self.actor_name(uniform, country)
            if found[0]:
                return found
        if is_armed_people(tok):
            return generic_actor("gunman", country or self.default_country)[0], False
        group = member_of(tok) or counted_people(tok)
        if group is not None:
            return self.actor_name(group, country)
        if tok.lemma_.lower() in cue("civilian_place") or tok.lemma_.lower() in cue("installation"):
            armed = [c for c in tok.children
                     if c.dep_ in ("compound", "amod") and c.lemma_.lower() in cue("armed_place_modifier")]  # fmt: skip
            if armed:
                # "a military base", "a police station": the force that holds it (an attack on it is a battle),
                # else no one ("a training camp"); never civilians
                name = generic_actor(armed[0].lemma_.lower(), country or self.default_country)[0]
                return (self.earlier_force(tok, name) or name if name else None), False
        if names_unlisted_force(tok):
            # "the banned Sindh Liberation Army": a group of its own name that the knowledge base lacks, not the
            # state's army; it is named as written
            return " ".join(t.text for t in phrase if t.dep_ == "compound" or t.i == tok.i), False
        for word in [core.lower(), *word_forms(tok)]:  # "the Air Force", "security forces", then one word
            name, civilian = generic_actor(word, country or self.default_country)
            if name:
                return self.earlier_force(tok, name) or name, civilian
        return None, False


def names_unlisted_force(tok: Any) -> bool:
    """ "Sindh Liberation Army", "Karen National Defence Force": a capitalised force word led by capitalised
    words of its own name, none of them a country or a people ("Pakistan Army", "Sudanese Army" are the
    state's), nor a force word itself ("Border Guard Force")."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.lemma_.lower() not in cue("armed_service"):
        return False
    named = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if len(named) < 2 or not all(c.pos_ == "PROPN" and c.text[:1].isupper() for c in named):
        return False
    gazetteer = load_gazetteer()
    return not any(
        gazetteer.country_by_name(c.text) or gazetteer.country_by_demonym(c.text) or c.lower_ in cue("armed_service")
        for c in named
    )


def weapon_nationality(tok: Any) -> tuple[Any, str] | None:
    """'a Russian missile strike', 'Russian drones', "Ukraine's air force": the word naming the state whose
    weapon or force it is, and its ISO3 code; never a city ("the Kabul mosque bombing")."""
    if tok.lemma_.lower() not in cue("weapon_noun") and tok.lower_ not in cue("weapon_noun"):
        return None
    gazetteer = load_gazetteer()
    for child in tok.children:
        if child.dep_ not in ("amod", "compound", "nmod", "poss") or not child.text[:1].isupper():
            continue
        country = gazetteer.country_by_demonym(child.text) or gazetteer.country_by_name(child.text)
        if country is not None:
            return child, country.iso3
    return None


@cache
def _weapon_or_fire_words() -> frozenset[str]:
    return frozenset(cue("weapon_noun").keys() | cue("direct_fire_word").keys())


def _is_weapon_or_fire(tok: Any) -> bool:
    words = _weapon_or_fire_words()
    return tok.lemma_.lower() in words or tok.lower_ in words


def weapon_wielder(tok: Any, kb: ActorKB) -> Any | None:
    """'military gunfire', 'police fire': a force's word qualifying a weapon or its fire (the tagger reads
    "military" there as an adjective, which names no actor by itself)."""
    if not _is_weapon_or_fire(tok):
        return None
    return next((c for c in tok.children if c.dep_ in ("amod", "compound") and is_force_word(c.lower_, kb)), None)


def is_force_word(word: str, kb: ActorKB) -> bool:
    """'army', 'police', 'junta': a word for a state's forces."""
    return word in cue("armed_service") or kb.agents.get(word) in STATE_FORCE_ROLES


# roles of data/actors/agents.tsv that are a state's forces, by the word generic_actor names them with
STATE_FORCE_ROLES = {"military": "military", "police": "police"}


def fired_by(tok: Any) -> Any | None:
    """'shelling by the army', 'gunfire from the police': the 'by' or 'from' phrase of a weapon or its fire."""
    if not _is_weapon_or_fire(tok):
        return None
    return prep_object(tok, ("by", "from"))


def national_military(tok: Any, on: dt.date | None, kb: ActorKB) -> str | None:
    """A weapon or force qualified by a nationality is that state's armed forces (ACLED: "Military Forces
    of Russia")."""
    found = weapon_nationality(tok)
    if found is None:
        return None
    word, iso3 = found
    return state_military(word.text, iso3, on, kb)


def state_military(nationality: str, iso3: str, on: dt.date | None, kb: ActorKB) -> str:
    """The armed forces of the state a nationality word names, by ACLED's name for them on that day."""
    return kb_actor_name(f"{nationality} military", on, kb) or kb.generic_actor("military", iso3).name


def represented_group(speaker: Any) -> Any | None:
    """'A spokesman for a Fano command says its fighters took the town': the group a speaker speaks for."""
    if speaker.lemma_.lower() not in cue("representative_noun"):
        return None
    group = prep_object(speaker, ("for", "of"))
    return group if group is not None and group.pos_ in ("NOUN", "PROPN") else None


def with_country(name: str, country: str | None, kb: ActorKB) -> str:
    """A generic actor found without a country ("Unidentified Armed Group") gets the event's country."""
    if not country:
        return name
    for role, spec in kb.roles.items():
        if name == spec.without_country:
            iso3 = kb.country_of_phrase(country) or country
            return kb.generic_actor(role, iso3).name
    return name


def is_armed_people(tok: Any) -> bool:
    """'armed men', 'men armed with rifles', 'armed youths': an armed group, not civilians."""
    if tok.lemma_.lower() not in cue("armed_noun") and tok.lower_ not in cue("armed_noun"):
        return False
    return any(c.lower_ == "armed" and c.dep_ in ("amod", "acl", "compound") for c in tok.children)


def member_of(tok: Any) -> Any | None:
    """'three suspects belonging to the TTP', 'men linked to al-Shabaab', 'fighters from the Fano militia':
    the group they belong to."""
    joined = belongs_to(tok)
    if joined is not None:
        return joined
    if tok.lemma_.lower() in cue("member_noun") or tok.lower_ in cue("member_noun"):
        group = prep_object(tok, ("from", "of"))
        if group is not None and group.pos_ in ("NOUN", "PROPN"):
            # "dissidents of the former FARC belonging to the EMC": the group they belong to now
            return belongs_to(group) or group
    return None


def uniform_of(tok: Any) -> Any | None:
    """'men wearing army uniforms', 'gunmen in RSF uniforms': the force whose uniform they wear."""
    for child in tok.children:
        holders = [child] if child.dep_ == "acl" and child.lemma_.lower() == "wear" else []
        if child.dep_ == "prep" and child.lower_ == "in":
            holders = [child]
        for holder in holders:
            for obj in holder.children:
                if obj.dep_ in ("dobj", "pobj") and obj.lemma_.lower() == "uniform":
                    return next((c for c in obj.children if c.dep_ in ("compound", "amod", "poss")), None)
    return None


def explicit_membership(tok: Any) -> Any | None:
    """The group a member noun is said to belong to ("belonging to X"), on it or on its 'of' group."""
    if tok.lemma_.lower() not in cue("member_noun") and tok.lower_ not in cue("member_noun"):
        return None
    group = prep_object(tok, ("of", "from"))
    return belongs_to(tok) or (belongs_to(group) if group is not None else None)


def belongs_to(tok: Any) -> Any | None:
    for child in tok.children:
        if child.dep_ in ("acl", "amod") and child.lemma_.lower() in cue("member_of"):
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def counted_people(tok: Any) -> Any | None:
    """'dozens of men', 'scores of villagers': the people a quantity word counts."""
    if tok.lemma_.lower() not in cue("quantity") and tok.lower_ not in cue("quantity"):
        return None
    return prep_object(tok, ("of",))


def acled_spelling(country: str | None) -> str | None:
    """ACLED's name of a country the gazetteer spells otherwise ("Palestinian Territory" → "Palestine")."""
    found = acled_country(name=country) if country else None
    return found.acled_name if found else country


def generic_actor(lemma: str, country: str | None) -> tuple[str | None, bool]:
    country = acled_spelling(country)
    suffix = f" ({country})" if country else ""
    if lemma in cue("civilian_noun") or lemma in cue("civilian_place"):
        return f"Civilians{suffix}", True
    template = cue("generic_actor").get(lemma)
    if not template:
        return None, False
    name = fill_country(template, country or "").replace(" ()", "").strip()
    return (name.removesuffix(" of") if not country else name), False


def kb_actor_name(phrase: str, on: dt.date | None, kb: ActorKB | None = None) -> str | None:
    kb = kb or load_actor_kb()
    if not phrase.strip():
        return None
    entry = kb.lookup(phrase, on=on) if on else kb.lookup(phrase)
    if entry is not None and entry.source != "curated" and not any(ch.isupper() for ch in phrase):
        return None  # Phoenix names are proper names: "killed by lightning" is no group called The Lightning
    return entry.name if entry is not None else None
