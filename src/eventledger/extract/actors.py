"""Actor and person mentions in an article: KB names, generic agents, anaphora, people.

Four passes over the spaCy tokens of ``Article.doc``, each leaving alone what an earlier pass took:
1. names: longest alias match against the actor KB (a dictionary of normalised n-grams, tokenisation
   independent), time-aware (types and validity as of the publication date) and country-aware
   (a generic "ISIS" becomes the regional branch the article names, or the one of its country);
2. generic agents from data/actors/agents.tsv ("gunmen", "former soldiers", "Nigerian police");
3. anaphora from data/actors/anaphora.tsv ("the movement", "the country's new rulers");
4. people: NER PERSON entities that the KB does not know as organisations or countries.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from eventledger.extract.places import article_focus_country, find_place_mentions
from eventledger.extract.times import story_date
from eventledger.kb.actors import ActorEntry, ActorKB, non_state_armed_types, normalize_key
from eventledger.kb.gazetteer import load_gazetteer
from eventledger.models import Article, Mention

FORMER_WORDS = {"former", "ex", "erstwhile", "retired", "onetime", "one-time"}
MEMBER_WORDS = {"member", "members", "officer", "officers", "agent", "agents", "personnel", "elements",
                "ranks", "veteran", "veterans", "fighter", "fighters", "commander", "commanders"}
PERSON_TITLES = {"mr", "mrs", "ms", "dr", "president", "general", "gen", "minister", "commander", "mullah",
                 "sheikh", "colonel", "col", "captain", "governor", "spokesman", "spokeswoman", "chief"}
ANAPHOR_DETERMINERS = {"the", "this", "that", "these", "those"}
MAX_NAME_WORDS = 10
_LOCATED_IN = re.compile(
    r"\b(?:in|near|at|outside)(?: the (?:town|city|village|region|province) of| the)?"
    r"(?:\s+(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?)?\s+$",  # "In northern Shan State"
    re.IGNORECASE,
)


@dataclass
class _Found:
    start: int  # token indices
    end: int
    entry: ActorEntry
    resolution: str
    former: bool = False


def find_actor_mentions(
    article: Article, kb: ActorKB, *, country: str | None = None, place_mentions: list[Mention] | None = None
) -> list[Mention]:
    """Actor (kind="actor") and person (kind="person") mentions, ordered by offset.

    ``place_mentions`` are the article's place mentions when the caller has them already (they are
    found here otherwise): resolving an article's places costs as much as finding its actors."""
    doc = article.doc
    if doc is None:
        return []
    on = article.published_date or story_date(article.clean_text)  # regime periods: the story's own time
    country = country or article_country(article, kb)
    taken = [False] * len(doc)
    keys = _token_keys(doc)
    found = _name_matches(doc, keys, kb, on, country, taken)
    if place_mentions is None and doc.has_annotation("SENT_START"):
        place_mentions = find_place_mentions(article, load_gazetteer())  # found once, for both uses below
    sentence_countries = _sentence_countries(article, place_mentions)
    found += _ethnic_militias(doc, kb, country, taken, sentence_countries)
    found += _unlisted_militias(doc, kb, country, taken, sentence_countries, place_mentions or [])
    found += _generic_agents(doc, keys, kb, on, country, taken, sentence_countries)
    found.sort(key=lambda f: f.start)
    _members_of_the_one_group(doc, kb, on, found)
    _wearing_a_name(doc, kb, found)
    found += _anaphora(doc, kb, on, country, taken, found)
    mentions = [_to_mention(doc, f) for f in found]
    mentions += find_person_mentions(article, kb, taken)
    return sorted(mentions, key=lambda m: (m.start, m.end))


def article_country(article: Article, kb: ActorKB) -> str | None:
    """ISO3 of the country the article is set in: the weighted evidence of the place code (a country
    named counts more than a nationality word, and the dateline and place names count too, so "the
    Somali-based group" does not make a report from Lamu a Somali one); else the country its GPE/NORP
    entities name most, the first one on ties."""
    if article.doc is None:
        return None
    focus = article_focus_country(article, load_gazetteer())
    if focus is not None:
        return focus
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for ent in article.doc.ents:
        if ent.label_ in ("GPE", "NORP", "LOC"):
            iso3 = kb.country_of_phrase(ent.text)
            if iso3:
                counts[iso3] += 1
                first.setdefault(iso3, ent.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def is_known_non_person(text: str, kb: ActorKB) -> bool:
    """For the place and person code: the KB knows ``text`` as an organisation or a country."""
    return kb.is_known_non_person(text)


# ---------------------------------------------------------------- pass 1: names


def _token_keys(doc) -> list[str]:
    """Each token's ``normalize_key`` ("\n" for whitespace), worked out once per distinct word."""
    by_form: dict[str, str] = {}
    keys = []
    for tok in doc:
        if tok.is_space:
            keys.append("\n")
            continue
        text = tok.text
        key = by_form.get(text)
        if key is None:
            key = by_form[text] = normalize_key(text)
        keys.append(key)
    return keys


def _name_matches(doc, keys: list[str], kb: ActorKB, on, country, taken: list[bool]) -> list[_Found]:
    person_spans = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    found: list[_Found] = []
    # most tokens cannot start a name: they are skipped without a call
    first_words = kb.first_words
    can_start = [k.split(" ", 1)[0] in first_words for k in keys]
    i = 0
    while i < len(doc):
        match = _longest_name_at(doc, keys, i, kb, on, country) if can_start[i] else None
        if match and not _inside_longer_person(match[0], match[1], person_spans):
            start, end, entry = match
            found.append(_Found(start, end, entry, "name", former=_has_former(doc, start)))
            for k in range(start, end):
                taken[k] = True
            i = end
        else:
            i += 1
    return _apply_branches(found, kb, on, country)


def _longest_name_at(doc, keys, i, kb: ActorKB, on, country):
    first = keys[i].split(" ", 1)[0]
    if not first or first == "\n" or first not in kb.first_words:
        return None
    words: list[str] = []
    spans = []
    for j in range(i, min(len(doc), i + MAX_NAME_WORDS)):
        if keys[j] == "\n":
            break
        if keys[j]:
            words.append(keys[j])
            spans.append((j + 1, " ".join(words)))
    for end, key in reversed(spans):
        if key in kb.alias_index and not doc[end - 1].is_punct:
            text = doc[i:end].text
            if not any(ch.isupper() for ch in text):
                continue  # names are written with capitals; "the movement" is no alias
            # Phoenix entries without an ACLED type (news agencies, companies) are no conflict actors
            candidates = [e for e in kb.candidates(text) if e.source == "curated" or e.type]
            if candidates:
                best = min(candidates, key=lambda e: kb._rank(e, on, country))
                return i, end, kb.as_of(best, on)
    return None


def _inside_longer_person(start: int, end: int, person_spans) -> bool:
    return any(s <= start and end <= e and (e - s) > (end - start) for s, e in person_spans)


def _apply_branches(found: list[_Found], kb: ActorKB, on, country) -> list[_Found]:
    """A generic parent ("ISIS") becomes the branch the article names (ISKP), else its country's."""
    parents = {parent for parent, _ in kb.branches}
    named_branches: dict[str, set[str]] = {}
    for f in found:
        if f.entry.branch_of in parents and f.entry.actor_id in kb.branches.values():
            named_branches.setdefault(f.entry.branch_of, set()).add(f.entry.actor_id)
    for f in found:
        branches = named_branches.get(f.entry.actor_id, set())
        if len(branches) == 1:
            f.entry = kb.as_of(kb.get(next(iter(branches))) or f.entry, on)
        elif country:
            f.entry = kb.as_of(kb.branch_for(f.entry, country), on)
    return found


def _has_former(doc, start: int) -> bool:
    """'former soldiers', 'ex-members of the army', 'former members of the Afghan Special Forces'."""
    k = start - 1
    for _ in range(6):
        if k < 0:
            return False
        tok = doc[k]
        low = tok.lower_
        if low in FORMER_WORDS:
            return True
        if not (tok.pos_ in ("DET", "ADJ", "NUM") or low in MEMBER_WORDS or low in ("of", "-", "'s", "’s")):
            return False
        k -= 1
    return False


def _former_by_syntax(token) -> bool:  # noqa: ANN001
    """'former members of elite units and the intelligence service': "former" on the head noun of the
    'of' phrase (or of an earlier conjunct) covers every conjunct, however far away."""
    current = token
    for _ in range(8):
        if any(c.dep_ in ("amod", "advmod", "compound") and c.lower_ in FORMER_WORDS for c in current.children):
            return True
        if current.dep_ not in ("conj", "pobj", "prep", "appos", "compound") or current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ != "of":
            return False
        current = current.head
    return False


# ---------------------------------------------------------------- pass 2: generic agents


# the armed members of a people: "Fulani herdsmen", "Lendu militiamen", "Dinka youths", "Tuareg gunmen"
_ARMED_MEMBERS = frozenset(
    "militia militias militiaman militiamen herdsman herdsmen herder herders gunman gunmen fighter fighters youth"
    " youths militant militants assailant assailants attacker attackers raider raiders".split()
)
_MILITIA_KINDS = frozenset({"ethnic", "communal", "tribal", "clan"})


def _ethnic_militias(doc, kb: ActorKB, country, taken: list[bool], sentence_countries: dict[int, str]) -> list[_Found]:  # noqa: ANN001
    """A people's name before an armed noun is that people's ethnic militia, as ACLED names it."""
    found = []
    for i in range(len(doc) - 1):
        group = kb.ethnic_group(doc[i].text) if doc[i].text[:1].isupper() else None
        if group is None:
            continue
        # "Tiv ethnic militia", "Hausa communal militiamen": the kind of militia said between the two
        end = i + 3 if doc[i + 1].lower_ in _MILITIA_KINDS and i + 2 < len(doc) else i + 2
        if doc[end - 1].lower_ not in _ARMED_MEMBERS or any(taken[i:end]):
            continue
        here = (sentence_countries.get(doc[i].sent.start_char) if sentence_countries else None) or country
        found.append(_Found(i, end, kb.ethnic_militia(group, here), "generic"))
        taken[i:end] = [True] * (end - i)
    return found


_MILITIA_NOUNS = frozenset({"militia", "militias", "militiaman", "militiamen"})
_NAME_WORDS = 3  # words of a militia's own name
# a name of that many words: not a place, a people, a date or a number ("Iraqi militias", "Djugu militias")
_NOT_A_GROUP_NAME = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def _unlisted_militias(  # noqa: ANN001
    doc, kb: ActorKB, country, taken: list[bool], sentence_countries: dict[int, str], places: list[Mention]
) -> list[_Found]:
    """ "elements of the Kamuina Nsapu militia": a proper name the knowledge base lacks, before "militia", is
    that militia's name (ACLED: "Kamuina Nsapu Militia"), not an unidentified armed group; not a place's name
    ("the Djugu militias" are militias of that place)."""
    placed = {char for m in places for char in range(m.start, m.end)}
    gazetteer = load_gazetteer()
    found = []
    for k, token in enumerate(doc):
        if token.lower_ not in _MILITIA_NOUNS or k == 0 or taken[k]:
            continue
        start = k
        while start > 0 and k - start < _NAME_WORDS and _name_word(doc[start - 1]) and not taken[start - 1]:
            start -= 1
        if start == k or any(doc[j].ent_type_ in _NOT_A_GROUP_NAME or doc[j].idx in placed for j in range(start, k)):
            continue
        if not doc[start].text[:1].isupper():
            continue  # a name opens with a capitalised word, not a hyphen
        name = doc[start:k].text
        if kb.country_of_phrase(name) or kb.ethnic_group(name) or name.lower() in kb.roles:
            continue
        if any(exact and (country is None or e.iso3 == country) for e, exact in gazetteer.lookup_matches(name)):
            continue  # a place of the article's country the tagger did not mark
        here = (sentence_countries.get(token.sent.start_char) if sentence_countries else None) or country
        found.append(_Found(start, k + 1, kb.named_militia(name, here), "generic"))
        taken[start : k + 1] = [True] * (k + 1 - start)
    return found


def _name_word(token) -> bool:  # noqa: ANN001
    """A word of a proper name: capitalised and tagged a proper noun, or a hyphen inside one ("Mai-Mai"), with no
    space around it (a dateline's " - " is no part of a name)."""
    if token.text == "-":
        return token.i > 0 and not token.whitespace_ and not token.nbor(-1).whitespace_
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _generic_agents(
    doc, keys: list[str], kb: ActorKB, on, country, taken: list[bool], sentence_countries: dict[int, str]
) -> list[_Found]:
    found = []
    i = 0
    while i < len(doc):
        match = _agent_at(doc, keys, i, kb, taken)
        if not match:
            i += 1
            continue
        end, role = match
        in_sentence = sentence_countries.get(doc[i].sent.start_char) if sentence_countries else None
        here = _modifier_country(doc, i, kb) or in_sentence or country
        former = _has_former(doc, i) or _former_by_syntax(doc[end - 1])
        if kb.roles[role].type == "State forces":  # soldiers, police, the authorities
            entry, former = kb.state_actor(role, here, on, former=former)
        else:
            entry = kb.generic_actor(role, here)
        found.append(_Found(i, end, entry, "generic", former=former))
        for k in range(i, end):
            taken[k] = True
        i = end
    return found


UNNAMED_WORDS = {"unidentified", "unknown", "suspected", "unnamed", "masked"}


def _members_of_the_one_group(doc, kb: ActorKB, on, found: list[_Found]) -> None:  # noqa: ANN001
    """Militants, insurgents or terrorists the text attributes to a group it names are that group's, not an
    unidentified armed group: "jets struck ISWAP hideouts, killing dozens of terrorists" (the one group
    named before them in the sentence), or "... from al Shabaab. An army spokesman said ten militants
    were killed" (counted or definite, after the one group the article names; a parent organisation
    aside: al Shabaab is "al Qaeda-linked"). "Unidentified" or "suspected" fighters, and fighters
    between two named groups, keep the unidentified label."""
    named = [f for f in found if f.resolution == "name" and kb.actor_type(f.entry, on) in non_state_armed_types()]
    article_group = _one_group([f.entry for f in named])
    for i, f in enumerate(found):
        head = doc[f.end - 1]
        if f.resolution != "generic" or kb.anaphora.get(head.lower_) != "nonstate":
            continue
        if not f.entry.name.startswith("Unidentified Armed Group") or _is_unnamed(doc, f):
            continue
        sentence = head.sent
        group = _one_group([n.entry for n in named if sentence.start <= n.start < f.start])
        if group is None and article_group is not None and any(n.start < f.start for n in named):
            before = doc[f.start - 1] if f.start > 0 else None
            counted = any(c.dep_ == "nummod" for c in head.children)
            group = article_group if counted or (before is not None and before.lower_ in ANAPHOR_DETERMINERS) else None
        if group is not None:
            found[i] = _Found(f.start, f.end, group, "anaphor", former=f.former)


def _one_group(entries: list[ActorEntry]) -> ActorEntry | None:
    """The one group among named groups, their parent organisations aside; None for none or several."""
    groups = {entry.actor_id: entry for entry in entries}
    parents = {entry.branch_of for entry in groups.values()}
    own = [entry for actor_id, entry in groups.items() if actor_id not in parents]
    return own[0] if len(own) == 1 else None


def _is_unnamed(doc, f: _Found) -> bool:  # noqa: ANN001
    """'unidentified militants', 'suspected insurgents': fighters the text declines to attribute."""
    head = doc[f.end - 1]
    words = {t.lower_ for t in doc[max(0, f.start - 2) : f.end]} | {c.lower_ for c in head.children}
    return bool(words & UNNAMED_WORDS)


def _sentence_countries(article: Article, place_mentions: list[Mention] | None) -> dict[int, str]:
    """Sentence start → the one country of the places its sentence locates something in ("a woman was
    killed in the town of Shebekino" in a report from Ukraine: civilians of Russia). Only places after
    in/near/at count: "fled to Pakistan" says nothing about where the people in the sentence belong."""
    text = article.clean_text
    countries: dict[int, set[str]] = {}
    if not article.doc.has_annotation("SENT_START"):
        return {}
    if place_mentions is None:
        place_mentions = find_place_mentions(article, load_gazetteer())
    for mention in place_mentions:
        if mention.place is None or not _LOCATED_IN.search(text[max(0, mention.start - 30) : mention.start]):
            continue
        sentence = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if sentence is not None:
            countries.setdefault(sentence.sent.start_char, set()).add(mention.place.iso3)
    return {start: next(iter(found)) for start, found in countries.items() if len(found) == 1}


def _agent_at(doc, keys: list[str], i: int, kb: ActorKB, taken: list[bool]):
    if taken[i] or keys[i] not in kb.agent_first_words or _follows_name(doc, i, taken):
        return None
    for length in (4, 3, 2, 1):
        end = i + length
        if end > len(doc) or any(taken[i:end]):
            continue
        key = " ".join(k for k in keys[i:end] if k)
        # "soldiers", and "the Nigerian Air Force": a capitalised role noun after its country's name; a role
        # of three words or more is one in capitals too ("the Defence and Security Forces")
        if key in kb.agents and doc[end - 1].pos_ in ("NOUN", "PROPN") and (
            doc[end - 1].is_lower or doc[i].is_sent_start or _modifier_country(doc, i, kb) or length >= 3
        ):
            return end, kb.agents[key]
    return None


def _follows_name(doc, i: int, taken: list[bool]) -> bool:
    """'Taliban fighters', 'the NDS's spy agency': members or parts of a named actor."""
    k = i - 1
    if k >= 0 and doc[k].lower_ in ("'s", "’s"):
        k -= 1
    return k >= 0 and taken[k] and not doc[k].is_punct


def _modifier_country(doc, i: int, kb: ActorKB) -> str | None:
    """'Nigerian soldiers', 'Kenyan police': a capitalised country word just before the noun."""
    if i == 0 or not doc[i - 1].text[:1].isupper():
        return None
    return kb.country_of_phrase(doc[i - 1].text)


def _wearing_a_name(doc, kb: ActorKB, found: list[_Found]) -> None:
    """'armed men wearing RSF uniforms', 'gunmen in army fatigues': unnamed armed people described by the
    uniform of a named actor are coded as that actor (data/actors/attire.tsv)."""
    cues, garments = kb.attire["cue"], kb.attire["garment"]
    named = {f.start: f for f in found if f.resolution == "name"}
    for f in found:
        if f.resolution != "generic" or f.entry.type != kb.roles["armed_group"].type:
            continue
        k = _after_phrase(doc, f.end, cues)
        if k is None:
            continue
        if k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
            k += 1
        name = named.get(k)
        if name is not None and name.end < len(doc) and doc[name.end].lower_ in garments:
            f.entry = name.entry


def _after_phrase(doc, start: int, phrases: frozenset[str]) -> int | None:
    """The token index after one of ``phrases`` (one or two words) starting at ``start``."""
    for length in (2, 1):
        words = " ".join(t.lower_ for t in doc[start : start + length])
        if start + length <= len(doc) and words in phrases:
            return start + length
    return None


# ---------------------------------------------------------------- pass 3: anaphora


def _anaphora(doc, kb: ActorKB, on, country, taken: list[bool], antecedents: list[_Found]) -> list[_Found]:
    found = []
    named = [f for f in antecedents if f.resolution == "name"]
    for tok in doc:
        refers_to = kb.anaphora.get(tok.lower_)
        if not refers_to or taken[tok.i] or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            continue  # "the movement of troops"
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–") and not doc[tok.i].whitespace_:
            continue  # "the government-allied Giants Brigades": a modifier of another actor
        np = _anaphor_start(doc, tok.i, kb)
        if np is None:
            continue
        start, here = np
        entry = _resolve_anaphor(refers_to, doc, tok.i, kb, on, here or country, named)
        if entry is not None:
            found.append(_Found(start, tok.i + 1, entry, "anaphor", former=kb.is_defunct(entry, on)))
            for k in range(start, tok.i + 1):
                taken[k] = True
    return found


def _anaphor_start(doc, head: int, kb: ActorKB) -> tuple[int, str | None] | None:
    """Start of 'the [country's] [new] <noun>' and any country it names; None when not anaphoric."""
    here = None
    k = head - 1
    while k >= 0 and head - k <= 5:
        tok = doc[k]
        if tok.lower_ in ANAPHOR_DETERMINERS:
            return k, here
        if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.pos_ != "ADJ"):
            iso3 = kb.country_of_phrase(tok.text)
            if not iso3:
                return None  # "the Haqqani network": a name, not an anaphor
            here = iso3
        elif tok.pos_ not in ("ADJ", "NOUN", "PART", "ADV", "VERB", "PUNCT") or tok.is_space:
            return None
        k -= 1
    return None


def _resolve_anaphor(refers_to: str, doc, head: int, kb: ActorKB, on, country, named) -> ActorEntry | None:
    if refers_to == "government":
        if not country:
            return None
        return kb.state_actor("government", country, on)[0]
    appositive = _appositive(doc, head, named)
    candidates = [appositive] if appositive else [f for f in reversed(named) if f.start < head]
    for f in candidates:
        entry = f.entry
        if refers_to.startswith("tag:") and refers_to[4:] in entry.tags:
            return entry
        if refers_to == "nonstate" and kb.actor_type(entry, on) in non_state_armed_types():
            return entry
    return None


def _appositive(doc, head: int, named) -> _Found | None:
    """'the extremist organization, Khorasan Province': the name right after a comma."""
    if head + 2 < len(doc) and doc[head + 1].text == ",":
        return next((f for f in named if f.start == head + 2), None)
    return None


# ---------------------------------------------------------------- pass 4: people


def find_person_mentions(article: Article, kb: ActorKB, taken: list[bool] | None = None) -> list[Mention]:
    """PERSON entities that look like names and are not KB organisations ("Haqqani" network) or places
    the model mistakes for people: a one-word name needs a title or an earlier full name."""
    doc = article.doc
    taken = taken or [False] * len(doc)
    full_names: dict[str, str] = {}  # normalised surname / full name → canonical
    mentions = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(taken[ent.start : ent.end]):
            continue
        span = _strip_possessive(ent)
        text = span.text
        if not _looks_like_name(text) or kb.is_known_non_person(text):
            continue
        canonical = _person_canonical(span, kb, full_names)
        if canonical is None:
            continue
        mentions.append(Mention(span.start_char, span.end_char, text, "person", canonical=canonical,
                                resolution="ner"))
    return mentions


def _strip_possessive(ent):
    if len(ent) > 1 and ent[-1].lower_ in ("'s", "’s"):
        return ent[:-1]
    return ent


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return bool(words) and words[0][:1].isupper() and any(ch.isupper() for ch in words[-1])


def _person_canonical(span, kb: ActorKB, full_names: dict[str, str]) -> str | None:
    key = normalize_key(span.text)
    if len(key.split()) > 1:
        known = kb.person(span.text)
        canonical = full_names.get(key) or (known.name if known else " ".join(span.text.split()))
        full_names[key] = canonical
        full_names.setdefault(key.split()[-1], canonical)
        return canonical
    if key in full_names:
        return full_names[key]
    previous = span.doc[span.start - 1] if span.start > 0 else None
    if previous is not None and previous.lower_.rstrip(".") in PERSON_TITLES:
        return span.text
    return None  # a lone capitalised word: too often a place ("Gardez") or a group ("Haqqani")


# ---------------------------------------------------------------- output


def _to_mention(doc, f: _Found) -> Mention:
    span = doc[f.start : f.end]
    return Mention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        kind="actor",
        canonical=f.entry.name,
        actor_id=f.entry.actor_id,
        former=f.former,
        resolution=f.resolution,
    )


def mention_entry(mention: Mention, kb: ActorKB, on: dt.date | None = None) -> ActorEntry | None:
    """The KB entry behind an actor mention (generic actors are rebuilt from their name)."""
    entry = kb.get(mention.actor_id or "") or kb.get(mention.canonical or "")
    return kb.as_of(entry, on) if entry else None
