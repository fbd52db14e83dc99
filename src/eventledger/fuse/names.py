"""Name folding shared by the fusion modules, and the lexicon of words that leave an actor unnamed."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from eventledger.kb.actors import load_actor_kb
from eventledger.kb.gazetteer import name_key, name_skeleton

_ADMIN_SUFFIX = re.compile(r"\s+(province|state|region|district|city)$")
# ACLED codes civilians as victims only: never the side that fights, bombs or attacks.
_CIVILIAN_PREFIXES = ("civilians", "protesters", "rioters")


def _word_list(name: str) -> tuple[str, ...]:
    """The words of a one-column lexicon under data/lexicons/ (comment lines and the header skipped)."""
    text = resources.files("eventledger.data").joinpath("lexicons", name).read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(word.casefold() for word in lines[1:])


@cache
def unnamed_actor_words() -> tuple[str, ...]:
    """Words that leave an actor unnamed: "unidentified", "gunmen" (data/lexicons/unnamed_actors.tsv)."""
    return _word_list("unnamed_actors.tsv")


@cache
def evidence_stopwords() -> frozenset[str]:
    """Words every news sentence shares, left out of evidence overlap (evidence_stopwords.tsv)."""
    return frozenset(_word_list("evidence_stopwords.tsv"))


@cache
def common_event_words() -> frozenset[str]:
    """Words most reports of violence use ("killed", "soldiers", "Sunday"): shared, they single out no
    incident (common_event_words.tsv)."""
    return frozenset(_word_list("common_event_words.tsv"))


@lru_cache(maxsize=65_536)  # fusion folds the same few names for every pair and every vote
def norm(name: str | None) -> str:
    """Case-folded, with a trailing "province"/"state"/... dropped: "Kunduz Province" → "kunduz"."""
    if not name:
        return ""
    return _ADMIN_SUFFIX.sub("", name.casefold().strip())


@lru_cache(maxsize=65_536)  # bounded: a stream brings new names without end
def is_generic_actor(name: str | None) -> bool:
    """True for names that do not single out a group ("Unidentified Armed Group", "gunmen").

    A lower-case phrase ("armed men") is generic unless the actor knowledge base knows it by that
    name: "al-Shabaab" is a group.
    """
    if not name:
        return True
    folded = name.casefold()
    if any(word in folded for word in unnamed_actor_words()):
        return True
    return name[:1].islower() and load_actor_kb().get(name) is None


def is_unarmed_actor(name: str | None) -> bool:
    """Civilians, protesters, rioters: in ACLED's coding they are never the perpetrator of violence."""
    return bool(name) and name.casefold().startswith(_CIVILIAN_PREFIXES)  # type: ignore[union-attr]


# ---------------------------------------------------------------- place names in other spellings

MIN_SKELETON = 4  # a shorter skeleton ("mr" of Mora, Mara) is shared by too many different places
_DOUBLED = re.compile(r"(.)\1+")
# a run of up to three capitalised words: a place's name as a report writes it ("Finote Salam")
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


@lru_cache(maxsize=65_536)
def alike_place_names(a: str, b: str) -> bool:
    """Two spellings of one place name: the same key once doubled letters are squeezed ("Taizz" / "Taiz",
    "Bokos" / "Bokkos"), or the same transliteration skeleton of at least MIN_SKELETON letters ("Finote Salam"
    / "Finote Selam"). The skeleton starts alike too: its first letter is the name's, with the initials
    transliterations swap folded as the gazetteer folds them ("Emam Sahib" / "Imam Sahib" from Dari, "Qunduz"
    / "Kunduz", "Edlib" / "Idlib"). The caller keeps the two in one country."""
    key_a, key_b = name_key(a), name_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b or _DOUBLED.sub(r"\1", key_a) == _DOUBLED.sub(r"\1", key_b):
        return True
    skeleton = name_skeleton(key_a)
    return len(skeleton) >= MIN_SKELETON and skeleton == name_skeleton(key_b)


def spelling_keys(name: str) -> frozenset[str]:
    """Keys that two spellings ``alike_place_names`` holds alike share: the doubled-letter-squeezed key, and the
    transliteration skeleton when that is long enough. Lookup keys, not a decision."""
    key = name_key(name)
    if not key:
        return frozenset()
    keys = {"=" + _DOUBLED.sub(r"\1", key)}
    skeleton = name_skeleton(key)
    if len(skeleton) >= MIN_SKELETON:
        keys.add("~" + skeleton)
    return frozenset(keys)


# fusion asks of the same report's evidence and the same few town names again and again, for every candidate
# pair; the answer is a function of the two strings alone (bounded: a long run's evidence must not pile up)
@lru_cache(maxsize=16_384)
def writes_place_name(text: str, name: str) -> bool:
    """The text writes the name, as such or in another spelling of it (``alike_place_names``)."""
    if _written_as_such(name).search(text):
        return True
    # some phrase alike_place_names holds alike shares one of its spelling keys: a set lookup per name, the
    # text's keys worked out once (the same keys spelling_keys gives the index)
    return not spelling_keys(name).isdisjoint(_phrase_spelling_keys(text))


@lru_cache(maxsize=4_096)
def _phrase_spelling_keys(text: str) -> frozenset[str]:
    """The ``spelling_keys`` of every phrase of ``name_phrases(text)``."""
    return frozenset().union(*(spelling_keys(phrase) for phrase in name_phrases(text)))


@lru_cache(maxsize=4_096)
def _written_as_such(name: str) -> re.Pattern[str]:
    # one pattern per name: re's own cache (512 patterns) is outrun by a stream's names, and compiling costs more
    # than the search
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4_096)
def name_phrases(text: str) -> tuple[str, ...]:
    """Every run of one to three words inside the text's runs of capitalised words, in reading order."""
    phrases = []
    for run in _NAME_RUN.finditer(text):
        words = run.group().split()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                phrases.append(" ".join(words[start:end]))
    return tuple(phrases)


@cache
def confused_perpetrator_pairs() -> frozenset[frozenset[str]]:
    """Pairs of actor ids that outlets name for one another's attacks (data/actors/confused_perpetrators.tsv)."""
    text = resources.files("eventledger.data").joinpath("actors", "confused_perpetrators.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(frozenset(row[:2]) for row in rows[1:])


def confused_perpetrators(a: str | None, b: str | None) -> bool:
    """Two named perpetrators that outlets confuse (Boko Haram and ISWAP): one may be the other's mistake."""
    kb = load_actor_kb()
    first, second = (kb.get(a) if a else None), (kb.get(b) if b else None)
    if first is None or second is None:
        return False
    return frozenset((first.actor_id, second.actor_id)) in confused_perpetrator_pairs()
