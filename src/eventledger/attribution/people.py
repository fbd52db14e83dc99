"""The people an article names and the titles it gives them, so that a later "the governor said" or
"Mr Karimi said" can be traced back to the person first named ("Governor Ibrahim Sule")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from eventledger.attribution.cues import Cues

_NOUN_POS = ("NOUN", "PROPN")


@dataclass(frozen=True)
class Person:
    name: str  # as first written, without titles ("Ibrahim Sule")
    start: int
    titles: frozenset[str]  # nouns a later "the X" may use for this person ("governor")
    gender: str | None = None  # "he" or "she" when a courtesy title says so


def title_noun(word: str, cues: Cues) -> str | None:
    """The noun "the X" would use for a title word: "Gov." → governor, "spokesman" → spokesman."""
    title = cues.titles.get(word.lower())
    if title is not None:
        return title.noun
    return word.lower() if cues.is_person_noun(word) else None


def split_title(tokens: list, cues: Cues) -> tuple[list, list]:
    """Leading titles apart from the name: "Dr Nadia Ferhat" → ([Dr], [Nadia, Ferhat])."""
    k = 0
    while k < len(tokens) - 1 and (tokens[k].lower_ in cues.titles or cues.is_person_noun(tokens[k].lower_)):
        k += 1
    if k and tokens[k].lower_ == "of":
        return [], tokens  # "Minister of Interior Abdoulaye Traoré": where the title ends is unclear
    return tokens[:k], tokens[k:]


def _role_words(ent, cues: Cues) -> set[str]:  # noqa: ANN001 - a spaCy Span
    """Nouns around a name that say what the person is: compounds before it and appositions."""
    root = ent.root
    words: set[str] = set()
    nouns = _title_run_before(ent)
    if root.dep_ == "appos" and root.head.pos_ in _NOUN_POS:
        nouns.append(root.head)  # "the governor, Ibrahim Sule"
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ in _NOUN_POS]  # "Sule, the governor"
    for noun in nouns:
        for word in (noun.lower_, noun.lemma_.lower()):
            noun_word = title_noun(word, cues)
            if noun_word:
                words.add(noun_word)
            words.add(word)
    return words


def _title_run_before(ent) -> list:  # noqa: ANN001
    """Nouns written right before a name: "Nuh Superintendent of Police Ms. [Kavita Sehrawat]"."""
    doc = ent.doc
    k = ent.start - 1
    while k >= 0 and (doc[k].pos_ in ("NOUN", "PROPN", "ADJ") or doc[k].lower_ in ("of", "for", ".", "-")):
        if doc[k].is_sent_start:
            k -= 1
            break
        k -= 1
    return [t for t in doc[k + 1 : ent.start] if t.pos_ in _NOUN_POS]


def people_of(doc, cues: Cues) -> list[Person]:  # noqa: ANN001 - a spaCy Doc
    """Every PERSON the document names, in text order, with the titles written around it."""
    people: list[Person] = []
    for ent in [*doc.ents, *_titled_names(doc, cues)]:
        if ent.label_ != "PERSON":
            continue
        titles, name = split_title(list(ent), cues)
        if not name:
            continue
        words = _role_words(ent, cues)
        words.update(n for n in (title_noun(t.text, cues) for t in titles) if n)
        words.update(t.lower_ for t in titles)
        text = doc[name[0].i : name[-1].i + 1].text
        people.append(Person(text, name[0].idx, frozenset(words), _gender_of(words)))
    return sorted(people, key=lambda p: p.start)


_HE = frozenset(("mr", "mr.", "monsieur", "señor", "sr.", "sir", "alhaji", "father", "king", "prince"))
_SHE = frozenset(("mrs", "mrs.", "ms", "ms.", "miss", "mme", "madame", "señora", "sra.", "hajia", "hajiya", "queen"))


def _gender_of(words: set[str]) -> str | None:
    if words & _HE:
        return "he"
    return "she" if words & _SHE else None


def _titled_names(doc, cues: Cues) -> list:  # noqa: ANN001
    """Proper nouns right after a title ("CP Olufemi Adeyemi-Bakare") that the tagger did not call a PERSON."""
    found = []
    k = 0
    while k < len(doc) - 1:
        if doc[k].lower_ not in cues.titles:
            k += 1
            continue
        start = k + 1
        while start < len(doc) and doc[start].lower_ in cues.titles:
            start += 1  # "Deputy Commissioner Shri Anil ..."
        end = start
        while end < len(doc) and doc[end].ent_type_ != "PERSON" and _in_name(doc, end):
            end += 1
        if end > start and doc[end - 1].pos_ == "PROPN":
            found.append(Span(doc, start, end, label="PERSON"))
        k = max(end, k + 1)
    return found


def _in_name(doc, i: int) -> bool:  # noqa: ANN001
    """A proper noun, or the hyphen of a double-barrelled name ("Adeyemi-Bakare")."""
    token = doc[i]
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return True
    joined = token.text == "-" and not token.whitespace_ and i > 0 and not doc[i - 1].whitespace_
    return joined and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"
