"""Headline case to sentence case, for the parser only.

spaCy's small English model reads a Title Case or ALL CAPS headline ("Landmine Kills War Vet in Northern
Rakhine") as one long proper name: no verb, no place, no actor. Wire headlines, feed titles and the
briefs many outlets publish are written that way, so the parser is given a copy of each such line with
ordinary words lower-cased ("Landmine kills war vet in northern Rakhine") while names keep their
capitals. The copy has exactly the length of the original, character for character, so every offset the
parser gives points at the same text in ``clean_text``, which is what is stored and quoted.

A word is ordinary when its lower-case form, or a regular base form of it, is an English dictionary word
(the lemmatizer's word lists), unless it names a country, a nationality, a first-level division or a town
of some size (Turkey, Chad, Georgia, Afghan, Sonora): those keep their capitals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Protocol

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LINE = re.compile(r"[^\n]+")
# a headline is short; a longer capitalised run is a list of names, a table or a shouted paragraph
_MAX_HEADLINE_WORDS = 40
_MIN_HEADLINE_WORDS = 4
# share of a line's content words (4+ letters) that must be capitalised for it to be headline-cased
_TITLE_SHARE = 0.75
_SMALL_WORDS = frozenset(
    "a an the and or but nor of in on at to for by with from into onto over as vs via after before amid "
    "is are was were be been has have had his her its their our who that this these those".split()
)


def is_headline_cased(line: str) -> bool:
    """True for a Title Case or ALL CAPS line of headline length."""
    words = _WORD.findall(line)
    if not _MIN_HEADLINE_WORDS <= len(words) <= _MAX_HEADLINE_WORDS:
        return False
    letters = [c for c in line if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return True  # ALL CAPS
    content = [w for w in words if len(w) >= 4 and w.lower() not in _SMALL_WORDS]
    if len(content) < 3:
        return False
    share = sum(w[0].isupper() for w in content) / len(content)
    if line.rstrip().endswith(".") and len(words) > 6:
        # a full stop after a long line: a sentence of prose that happens to hold many names, unless every
        # content word is capitalised ("KNU Fire Kills One Person in Myanmar.": some indexes close titles so)
        return share == 1.0
    return share >= _TITLE_SHARE


class Vocabulary(Protocol):
    """What recasing needs to know of a lower-case word."""

    def is_country_word(self, word: str) -> bool: ...  # a country, its alias or nationality: Chad, Afghan
    def is_calendar_word(self, word: str) -> bool: ...  # a month or a weekday: "May", "March"
    def is_well_known_place(self, word: str) -> bool: ...  # a division or a sizeable town: Sonora, Kirkuk
    def is_common_word(self, word: str) -> bool: ...  # a function word, verb, adjective or adverb
    def is_dictionary_noun(self, word: str) -> bool: ...
    def is_division_word(self, word: str) -> bool: ...  # "state", "province", "township"
    def is_name_of_several_words(self, phrase: str) -> bool: ...  # a known actor or place: "Free Syrian Army"


def sentence_cased(text: str, vocabulary: Vocabulary) -> str:
    """``text`` with each headline-cased line recased, every other line unchanged; same length."""
    pieces, last = [], 0
    for m in _LINE.finditer(text):
        if is_headline_cased(m.group()):
            pieces.append(text[last:m.start()])
            pieces.append(_recase_line(m.group(), vocabulary))
            last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _recase_line(line: str, vocabulary: Vocabulary) -> str:
    letters = [c for c in line if c.isalpha()]
    all_caps = sum(c.isupper() for c in letters) / len(letters) > 0.8
    words = list(_WORD.finditer(line))
    kept = _names_of_several_words(line, words, vocabulary)
    out = list(line)
    for index, m in enumerate(words):
        word = m.group()
        if index in kept or (len(word) == 1 and line[m.start() - 1 : m.start()] == "-" and not all_caps):
            new = word[0] + word[1:].lower() if all_caps else word  # "Mrauk-U": a name's last letter
        else:
            new = _recase_word(word, all_caps, vocabulary)
        if index == 0 and not line[: m.start()].strip():
            new = word[0] + new[1:]  # the line's first word keeps its capital ("8 Found Murdered": not "Found")
        if len(new) == len(word):  # a few letters change length in lower(): leave those words alone
            out[m.start():m.end()] = new
    return "".join(out)


def _names_of_several_words(line: str, words: list[re.Match[str]], vocabulary: Vocabulary) -> set[int]:
    """Indexes of words in capitalised runs that name something as a whole: "Kachin State", "Islamic
    State", "Free Syrian Army" (a known actor or place of several words)."""
    kept: set[int] = set()
    capitalised = [m.group()[0].isupper() for m in words]
    joined = [line[a.end():b.start()].strip(" -") == "" for a, b in zip(words, words[1:], strict=False)]
    for i in range(len(words) - 1):
        if capitalised[i] and capitalised[i + 1] and joined[i] and vocabulary.is_division_word(
                words[i + 1].group().lower()):
            kept.update((i, i + 1))
    for size in (4, 3, 2):
        for i in range(len(words) - size + 1):
            run = range(i, i + size)
            whole = all(capitalised[k] for k in run) and all(joined[k] for k in run[:-1])
            if whole and vocabulary.is_name_of_several_words(" ".join(words[k].group() for k in run)):
                kept.update(run)
    return kept


def _recase_word(word: str, all_caps: bool, vocabulary: Vocabulary) -> str:
    lower = word.lower()
    capitalised = word[0] + lower[1:]
    if not all_caps and word.isupper() and len(word) > 1:
        return word  # an acronym in a Title Case line: KIA, CJNG, UN
    if vocabulary.is_country_word(lower) or vocabulary.is_calendar_word(lower):
        return capitalised
    if vocabulary.is_common_word(lower):
        return lower  # "Northern", "Male", "Bar": adjectives and verbs before town names
    if vocabulary.is_well_known_place(lower):
        return capitalised
    if vocabulary.is_dictionary_noun(lower):
        return lower
    return capitalised if all_caps else word  # not a dictionary word: a name


def dictionary_words(lookups: Any) -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    """Lower-case English words from a spaCy lemmatizer's lookups: (nouns, every other word: verbs,
    adjectives, adverbs, their irregular forms and the stop words; and the suffix rules of regular
    inflection). The noun list holds many place names (WordNet's), which is why a well-known place outranks
    it but not the other list."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.strings import get_string_id

    noun = get_string_id("noun")
    nouns: set[str] = set()
    others: set[str] = set(STOP_WORDS)
    for pos, words in lookups.get_table("lemma_index").items():
        (nouns if pos == noun else others).update(words)
    for pos, forms in lookups.get_table("lemma_exc").items():
        target = nouns if pos == noun else others
        for form, lemmas in forms.items():
            target.add(form)
            target.update(lemmas)
    rules = {(old, new) for pos_rules in lookups.get_table("lemma_rules").values() for old, new in pos_rules
             if old and old.isalpha()}
    return (frozenset(w for w in nouns if w.isalpha()), frozenset(w for w in others if w.isalpha()),
            tuple(sorted(rules)))


def base_forms(word: str, rules: tuple[tuple[str, str], ...]) -> list[str]:
    """The word and the base forms regular inflection could have made it from (killed → kill, kille)."""
    forms = [word]
    for old, new in rules:
        if word.endswith(old) and len(word) - len(old) >= 2:
            stem = word[: -len(old)]
            forms.append(stem + new)
            if new == "" and len(stem) >= 3 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # stabbed → stab
    return forms


class HeadlineVocabulary:
    """The dictionary of the packaged model with the gazetteer's country and place names (lower-case,
    folded keys as the gazetteer makes them)."""

    def __init__(self, dictionary: tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]],
                 country_keys: frozenset[str], place_keys: frozenset[str], division_words: frozenset[str],
                 actor_names: frozenset[str], key: Callable[[str], str], news_words: frozenset[str],
                 calendar_words: frozenset[str]) -> None:
        self._calendar = calendar_words
        self._countries, self._places, self._key = country_keys, place_keys, key
        self._divisions, self._actors = division_words, actor_names
        nouns, others, self._rules = dictionary
        self._nouns, self._others = nouns | news_words, others

    def is_country_word(self, word: str) -> bool:
        return self._key(word) in self._countries

    def is_calendar_word(self, word: str) -> bool:
        return word in self._calendar

    def is_well_known_place(self, word: str) -> bool:
        return self._key(word) in self._places

    def is_common_word(self, word: str) -> bool:
        return any(form in self._others for form in base_forms(word, self._rules))

    def is_dictionary_noun(self, word: str) -> bool:
        return any(form in self._nouns for form in base_forms(word, self._rules))

    def is_division_word(self, word: str) -> bool:
        return word in self._divisions

    def is_name_of_several_words(self, phrase: str) -> bool:
        return phrase.lower() in self._actors or self._key(phrase) in self._places or (
            self._key(phrase) in self._countries)
