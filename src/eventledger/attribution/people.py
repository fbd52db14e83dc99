"""The people an article names and the titles it gives them, so that a later "the governor said" or
"Mr Karimi said" can be traced back to the person first named ("Governor Ibrahim Sule")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from eventledger.attribution.cues import Cues

_NOUN_POS = ("NOUN", "PROPN")
_TITLE_LINKS = frozenset(("of", "for"))


@dataclass(frozen=True)
class Person:
    name: str  # as first written, without titles ("Ibrahim Sule")
    start: int
    titles: frozenset[str]  # nouns a later "the X" may use for this person ("governor")
    gender: str | None = None  # "he" or "she" when a courtesy title says so
    aliases: frozenset[str] = frozenset()  # "Mohamed Hamdan Dagalo, known as Hemedti": what later lines may call them


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
    if not k:
        # "security analyst Ines Compaoré", "Local human rights official Luz Marina Rojas": a role in lower
        # case before the name, ending on a title or person noun
        for j in range(len(tokens) - 2, -1, -1):
            role, name = tokens[: j + 1], tokens[j + 1 :]
            if _is_title_word(tokens[j], cues) and all(_capitalised_name_word(t) for t in name):
                if not any(t.lower_ in _TITLE_LINKS for t in role) and any(t.text.islower() for t in role):
                    return role, name
                break
    return tokens[:k], tokens[k:]


def _is_title_word(token, cues: Cues) -> bool:  # noqa: ANN001
    return token.lower_ in cues.titles or cues.is_person_noun(token.lower_)


def _capitalised_name_word(token) -> bool:  # noqa: ANN001
    return token is not None and token.pos_ == "PROPN" and token.text[:1].isupper()


def _starts_person(token) -> bool:  # noqa: ANN001
    return token.ent_iob_ == "B" and token.ent_type_ == "PERSON"


def _body_word(token) -> bool:  # noqa: ANN001
    return token is not None and (_capitalised_name_word(token) or token.pos_ in ("NOUN", "ADJ"))


def _only_a_name_left(tokens: list, k: int) -> bool:
    rest = tokens[k:]
    return len(rest) >= 2 and all(_capitalised_name_word(t) or t.text == "-" for t in rest)


def _past_the(tokens: list, k: int) -> int:
    return k + 1 if k < len(tokens) and tokens[k].lower_ == "the" else k


def _at(tokens: list, k: int):  # noqa: ANN202 - a spaCy Token or None
    return tokens[k] if k < len(tokens) else None


def _skip_brackets(tokens: list, k: int) -> int:
    """The index after a bracketed aside starting at ``k`` ("(Bastar Range)"), or ``k`` when there is none."""
    if k >= len(tokens) or tokens[k].text != "(":
        return k
    for j in range(k + 1, min(len(tokens), k + 6)):
        if tokens[j].text == ")":
            return j + 1
    return k


def name_after_title_phrase(tokens: list, cues: Cues) -> int | None:
    """Where a name begins after a title phrase written before it, with the office's place or body:
    "Sukma Superintendent of Police Kiran Chavan" → 4, "Inspector General of Police (Bastar Range)
    Sundaram K" → 8. The tagger takes "Sukma Superintendent" for a name; the title words tell where
    the name starts. None when no title word comes before a run of capitalised proper nouns."""
    end = None  # index after the last word of the title phrase
    k = 0
    while k < len(tokens):
        token = tokens[k]
        body = _past_the(tokens, k + 1)
        if _is_title_word(token, cues):
            end = k = k + 1
        elif end == k and token.lower_ in _TITLE_LINKS and _body_word(_at(tokens, body)):
            # "of Police", "of Kano", "of the regional military administration": the body or place the office
            # belongs to, up to where the tagger starts a person or only a name of two words or more is left
            after = body + 1
            while after < len(tokens) and not _starts_person(tokens[after]) and not _only_a_name_left(tokens, after):
                after += 1
            if after >= len(tokens):
                return None  # "Minister of National Defence": an office alone, no name after it
            end = k = _skip_brackets(tokens, after)
        elif end == k and _skip_brackets(tokens, k) > k:
            end = k = _skip_brackets(tokens, k)  # "Inspector General (Bastar Range) Sundaram K"
        else:
            k += 1
    if end is None or end >= len(tokens):
        return None
    name = tokens[end:]
    if not all(_capitalised_name_word(t) or t.text == "-" for t in name) or name[0].text == "-":
        return None
    return end


def _role_words(ent, cues: Cues) -> set[str]:  # noqa: ANN001 - a spaCy Span
    """Nouns around a name that say what the person is: compounds before it and appositions."""
    root = ent.root
    words: set[str] = set()
    nouns = _title_run_before(ent, cues)
    # "the governor, Ibrahim Sule"; the parser may read the comma as a list ("the police spokesperson in Kwara
    # State, SP X," with X a conjunct of "spokesperson", no "and" or "or" between)
    apposed = root.dep_ == "appos" or (root.dep_ == "conj" and not any(c.dep_ == "cc" for c in root.head.children))
    if apposed and root.head.pos_ in _NOUN_POS:
        nouns.append(root.head)
        nouns += _office_above(root.head)
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ in _NOUN_POS]  # "Sule, the governor"
    for noun in nouns:
        for word in (noun.lower_, noun.lemma_.lower()):
            noun_word = title_noun(word, cues)
            if noun_word:
                words.add(noun_word)
            words.add(word)
    return words


def _age_words(ent) -> set[str]:  # noqa: ANN001 - a spaCy Span
    """"Kamal Hossain, 45, lost his shop": a later "the 45-year-old said" means him."""
    doc = ent.doc
    k = ent.end
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].like_num and doc[k + 2].text in (",", ")", "."):
        return {f"{doc[k + 1].text}-year-old"}
    return set()


def _office_above(noun) -> list:  # noqa: ANN001
    """"The governor of Kilifi, [Halima Odhiambo]": the parser hangs the name on the place; the nouns the
    place belongs to through "of"/"in" are the office."""
    nouns = []
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in _NOUN_POS:
        noun = noun.head.head
        nouns.append(noun)
    return nouns


def _apposed_names(doc, cues: Cues) -> list:  # noqa: ANN001
    """Names the tagger did not call a PERSON, set off by commas after a title or a noun for a person ("The
    governor of Kilifi, Halima Wekesa Odhiambo, said", "Her neighbour, Hawa Mohamed,") or followed by one
    ("Amina Yusuf Garba, a nurse, said"): two to five capitalised proper nouns."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ == "PERSON" or token.dep_ == "compound":
            continue
        start = token.left_edge.i
        words = doc[start : token.i + 1]
        if not 2 <= len(words) <= 5 or not all(_capitalised_name_word(t) or t.text == "-" for t in words):
            continue
        if any(t.lower_ in cues.titles or cues.is_person_noun(t.lower_) for t in words):
            continue  # "the minister, Interior Minister X": a title inside, left to the tagger's entities
        if any(cues.source_nouns.get(t.lower_) in ("institution", "media") for t in words):
            continue  # "The Commissioner of Police, Kano State Command, CP X": a body, not a person
        if token.dep_ == "appos" and start > 0 and doc[start - 1].text == ",":
            office = [token.head, *_office_above(token.head)]
        else:
            # "Amina Yusuf Garba, a nurse at the clinic, said": the name with a person noun in apposition
            office = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
        if any(cues.is_person_noun(n.lemma_.lower()) or n.lower_ in cues.titles for n in office):
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    return found


def _given_names_first(doc, cues: Cues) -> list:  # noqa: ANN001
    """"Olena Kravchuk was in the basement": a name the tagger called an organisation or a place, or left
    untagged, that opens on a given name the lexicon knows and runs on in capitalised proper nouns (two to
    four words in all, none of them a title or a body's word)."""
    found = []
    k = 0
    while k < len(doc) - 1:
        token = doc[k]
        if token.ent_type_ == "PERSON" or token.lower_ not in cues.given_names or not _capitalised_name_word(token):
            k += 1
            continue
        end = k + 1
        while end < len(doc) and end - k < 4 and _in_name(doc, end) and not _names_a_body(doc[end], cues):
            end += 1
        words = [t for t in doc[k:end] if t.text != "-"]
        # a run inside a longer name of a body or a place ("Ahmadu Bello University") stops at its body word
        clean = end < len(doc) and not (_capitalised_name_word(doc[end]) or doc[end].ent_type_ == "PERSON")
        if len(words) >= 2 and clean and all(t.ent_type_ != "PERSON" for t in words):
            found.append(Span(doc, k, end, label="PERSON"))
        k = end
    return found


def _names_a_body(token, cues: Cues) -> bool:  # noqa: ANN001
    """A word that makes a name a body's or a place's ("Police", "University", "Street"), or a title."""
    word = token.lower_
    return word in cues.titles or word in cues.source_nouns or cues.is_person_noun(word) or word in NAMESAKE_PLACE_WORDS


# the kinds of place and building named after people ("Ahmadu Bello University", "Umar Mukhtar Street")
NAMESAKE_PLACE_WORDS = frozenset((
    "university", "hospital", "foundation", "street", "road", "avenue", "square", "airport", "stadium", "centre",
    "center", "mosque", "church", "school", "college", "bridge", "market", "camp", "barracks", "state", "district",
    "province", "region", "county", "city", "town", "village", "institute", "academy", "memorial", "park",
))


def _title_run_before(ent, cues: Cues) -> list:  # noqa: ANN001
    """Nouns and title words written right before a name: "Nuh Superintendent of Police Ms. [Kavita
    Sehrawat]", "Retired general [Ousmane Kaboré]" (the tagger may call a title after an adjective one too)."""
    doc = ent.doc
    k = ent.start - 1
    while k >= 0 and (doc[k].pos_ in ("NOUN", "PROPN", "ADJ") or doc[k].lower_ in ("of", "for", ".", "-", ")")
                      or doc[k].lower_ in cues.titles  # "Prefect", which the tagger may call a verb
                      or (doc[k].lower_ == "the" and k > 0 and doc[k - 1].lower_ in _TITLE_LINKS)):
        if doc[k].text == ")":  # "Inspector General of Police (Bastar Range) Sundaram K"
            opening = next((j for j in range(k - 1, max(k - 6, -1), -1) if doc[j].text == "("), None)
            if opening is None:
                break
            k = opening
        if doc[k].is_sent_start:
            k -= 1
            break
        k -= 1
    return [t for t in doc[k + 1 : ent.start] if t.pos_ in _NOUN_POS or t.lower_ in cues.titles]


def people_of(doc, cues: Cues) -> list[Person]:  # noqa: ANN001 - a spaCy Doc
    """Every PERSON the document names, in text order, with the titles written around it."""
    people: list[Person] = []
    for ent in [*doc.ents, *_titled_names(doc, cues), *_apposed_names(doc, cues), *_given_names_first(doc, cues)]:
        if ent.label_ != "PERSON" or _is_title_word(ent[-1], cues) or _modifies_a_common_noun(ent):
            continue  # "Sukma Superintendent", "the Kimoka neighbourhood": a place the tagger took for a name
        ent = _with_untagged_surname(ent, cues)
        titles, name = split_title(list(ent), cues)
        if not name:
            continue
        words = _role_words(ent, cues)
        words.update(_age_words(ent))
        words.update(n for n in (title_noun(t.text, cues) for t in titles) if n)
        words.update(t.lower_ for t in titles)
        text = doc[name[0].i : name[-1].i + 1].text
        gender = _gender_of(words, cues) or _gender_from_pronoun_after(ent) or _gender_of_given_name(text, cues)
        people.append(Person(text, name[0].idx, frozenset(words), gender, _aliases_after(ent)))
    # a part of a name found twice (the tagger's "Aliyu" inside "Abubakar Sadiq Aliyu") is not a person apart
    spans = [(p.start, p.start + len(p.name)) for p in people]
    people = [
        p for p in people
        if not any(s <= p.start and p.start + len(p.name) <= e and (s, e) != (p.start, p.start + len(p.name))
                   for s, e in spans)
    ]
    return sorted(people, key=lambda p: p.start)


_HE = frozenset(("mr", "mr.", "monsieur", "señor", "sr.", "sir", "alhaji", "father", "king", "prince"))
_SHE = frozenset(("mrs", "mrs.", "ms", "ms.", "miss", "mme", "madame", "señora", "sra.", "hajia", "hajiya", "queen"))


def _gender_of(words: set[str], cues: Cues) -> str | None:
    """"he" or "she" from a courtesy title ("Mrs") or a noun describing the person ("Her husband, Omar")."""
    if words & _HE:
        return "he"
    if words & _SHE:
        return "she"
    said = {cues.gendered_nouns[w] for w in words if w in cues.gendered_nouns}
    return said.pop() if len(said) == 1 else None


def _gender_of_given_name(name: str, cues: Cues) -> str | None:
    """"Amina Yusuf Garba" is a "she" by her first name; a lone word may be a surname ("Garba") and says nothing."""
    words = name.split()
    return cues.given_names.get(words[0].lower()) if len(words) > 1 else None


_GENDERED_PRONOUNS = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she", "hers": "she"}


def _gender_from_pronoun_after(ent) -> str | None:  # noqa: ANN001 - a spaCy Span
    """"Fatima Zahra, 34, was at home with her three children", "Dr. Sara Mekonnen heads the team. She has not
    slept": a person the sentence is about, and the first he/she/his/her after the name, in that sentence or
    opening the next, with no other person named in between."""
    if ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = ent.doc
    sentence = ent.root.sent
    end = sentence.end
    if end < len(doc):
        end = doc[end].sent.end if doc[end].lower_ in ("he", "she") else end
    for token in doc[ent.end : end]:
        if token.ent_type_ == "PERSON" or token.is_quote:
            return None  # someone else named, or quoted speech, where "he" may be anyone
        if token.lower_ in _GENDERED_PRONOUNS:
            return _GENDERED_PRONOUNS[token.lower_]
    return None


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
        if start < len(doc) and doc[start].lower_ in _TITLE_LINKS:
            # "Superintendent of Police Vrinda Shukla": the office's body or place comes before the name
            window = _title_and_name_run(doc, k)
            after = name_after_title_phrase(window, cues)
            start = k + after if after is not None else start
        end = start
        while end < len(doc) and doc[end].ent_type_ != "PERSON" and _in_name(doc, end):
            end += 1
        given = doc[start:end]
        if (
            end > start
            and end < len(doc)
            and doc[end].ent_iob_ == "B"
            and doc[end].ent_type_ == "PERSON"
            and all(_capitalised_name_word(t) and t.lower_ not in cues.titles for t in given)
        ):
            # "DSP Abubakar Sadiq [Aliyu]": the tagger's entity holds only the last words of the name
            end += 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        if end > start and doc[end - 1].pos_ == "PROPN":
            found.append(Span(doc, start, end, label="PERSON"))
        k = max(end, k + 1)
    return found


def _modifies_a_common_noun(ent) -> bool:  # noqa: ANN001
    root = ent.root
    return root.dep_ == "compound" and root.head.i >= ent.end and root.head.pos_ == "NOUN" and root.head.text.islower()


_ALIAS_CUES = frozenset(("alias", "nicknamed", "dubbed"))
# the lower-case words inside names ("Ursula von der Leyen", "Lula da Silva", "Malek bin Ramadan"): a name
# does not end on one
_NAME_PARTICLES = frozenset(("von", "van", "der", "den", "de", "da", "das", "do", "dos", "du", "del", "della",
                             "la", "le", "bin", "ben", "ibn", "al", "el", "ould", "wa"))


def _aliases_after(ent) -> frozenset[str]:  # noqa: ANN001 - a spaCy Span
    """"X, known as Hemedti,", "X, also known as Ka Efren", "X, alias Ti Bouchon": the name given right after."""
    doc = ent.doc
    k = ent.end
    if k < len(doc) and doc[k].text in (",", "("):
        k += 1
    if k < len(doc) and doc[k].lower_ in ("also", "better", "popularly", "widely"):
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ == "known" and doc[k + 1].lower_ == "as":
        k += 2
    elif k < len(doc) and doc[k].lower_ in _ALIAS_CUES:
        k += 1
    else:
        return frozenset()
    end = k
    while end < len(doc) and end - k < 3 and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return frozenset((doc[k:end].text,)) if end > k else frozenset()


def _with_untagged_surname(ent, cues: Cues):  # noqa: ANN001, ANN202 - a spaCy Span
    """"[Kech Hussain] Jan Baloch": the tagger may end a long name early; capitalised proper nouns right
    after it that lean on the same head belong to it. "[Ursula von der] Leyen": a name ending on a particle
    goes on to the capitalised word after it, whatever entity the tagger gave that word."""
    doc = ent.doc
    end = ent.end
    if ent[-1].lower_ in _NAME_PARTICLES and end < len(doc) and _capitalised_name_word(doc[end]):
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    while (
        end < len(doc)
        and doc[end].ent_iob_ == "O"
        and _capitalised_name_word(doc[end])
        and doc[end].text.isalpha()
        and not (_is_title_word(doc[end], cues) or doc[end].lower_ in cues.source_nouns)  # "Police Commander"
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i >= end
    ):
        end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _title_and_name_run(doc, k: int) -> list:  # noqa: ANN001
    """The words from a title at ``k`` to the end of the proper nouns after it (at most 12)."""
    run = []
    for token in doc[k : min(len(doc), k + 12)]:
        if not (token.pos_ in _NOUN_POS or token.lower_ in (*_TITLE_LINKS, "the") or token.text in ("(", ")", "-")):
            break
        run.append(token)
    return run


def _in_name(doc, i: int) -> bool:  # noqa: ANN001
    """A proper noun, or the hyphen of a double-barrelled name ("Adeyemi-Bakare")."""
    token = doc[i]
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return True
    joined = token.text == "-" and not token.whitespace_ and i > 0 and not doc[i - 1].whitespace_
    return joined and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"
