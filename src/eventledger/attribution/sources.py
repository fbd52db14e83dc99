"""Turning the subject of a reporting verb into a source: a name, a role, or an anonymous phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from eventledger.annotate import doc_text
from eventledger.attribution.cues import Cues
from eventledger.attribution.people import name_after_title_phrase, split_title
from eventledger.models import Mention

SUBJECT_DEPS = ("nsubj", "csubj")  # a passive subject is what is reported, not who reports
_DROPPED_DEPS = {"acl", "advcl"}
_LEADING_DROP = {"the", "a", "an"}
_WH_WORDS = {"what", "which", "who", "that"}
_NAME_LABELS = ("PERSON", "ORG")
# "according to him", "according to his data"
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}
_TIME_NOUNS = frozenset(("time", "day", "week", "month", "year", "morning", "evening", "night", "moment", "hour"))
# "ISLAMABAD, Oct 30 (Wire) -", "COTABATO CITY -", "PESHAWAR:": where a report was filed, opening its first line
_DATELINE = re.compile(
    r"(?P<head>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?P<tail>,[^\n.]{0,40}?)?\s*(?P<agency>\([^)\n]{1,40}\))?"
    r"\s*(?:-|–|—|:)\s"
)
_NOBODY = frozenset(("there", "nobody", "anyone", "anybody", "none", "noone", "nothing", "anything"))


@dataclass
class Source:
    """Who a statement comes from; ``pronoun`` sources are resolved against earlier ones."""

    text: str
    role: str | None = None
    start: int = 0
    pronoun: bool = False
    media: bool = False
    named: bool = False  # a proper name, which later mentions may shorten to the last name
    # one person left unnamed ("a security official", "the army spokesman"): their reported words are theirs,
    # as a named speaker's are; "residents" or "police" speak as many
    individual: bool = False
    # the body's name as the text writes it, where ``text`` is the actor register's coded name for it
    # ("the Nigerian Army" -> "Military Forces of Nigeria"): what a quote's speaker shows
    written: str | None = None


def subject_of(verb, quoted=None):  # noqa: ANN001, ANN201 - spaCy tokens
    """The subject token of a verb, walking up through participles and conjoined verbs ("he added, saying").

    ``quoted(offset)`` tells offsets inside a quotation: the parser may hang a subject of the quoted
    words on the reporting verb ("“The convoy left,” said Brenner": convoy and Brenner both nsubj).
    """
    trailing = _trailing_speaker(verb)
    if trailing is not None and not (quoted is not None and quoted(trailing.idx)):
        return trailing
    token = verb
    for _ in range(3):
        subjects = [
            c
            for c in token.children
            if c.dep_ in SUBJECT_DEPS and c.lower_ not in _WH_WORDS and not (quoted is not None and quoted(c.idx))
        ]
        if subjects:
            # "A retired teacher who ..., Norma Acuña, said": an apposition parsed as a second subject
            names = [c for c in subjects if c.pos_ == "PROPN"]
            return names[-1] if names and len(subjects) > 1 else subjects[0]
        for child in token.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        # "X listens quietly, then adds: ...": the parser may leave the second verb unlabelled ("dep")
        if token.dep_ in ("advcl", "conj", "xcomp", "dep") and token.head.i != token.i:
            token = token.head
        else:
            break
    return _name_set_off_before(verb) if verb.dep_ == "ROOT" else None


def _name_set_off_before(verb):  # noqa: ANN001, ANN202 - a spaCy Token or None
    """"..., whose chairperson, Mr. Sipho Mthembu, said residents were ...": a verb the parser left with no
    subject, right after a person's name set off by commas; that person speaks."""
    doc = verb.doc
    k = verb.i - 1
    # the tagger often calls such a name an organisation ("María Emilse Quiñones")
    if k < 1 or doc[k].text != "," or doc[k - 1].ent_type_ not in ("PERSON", "ORG") or not _capitalised(doc[k - 1]):
        return None
    return doc[k - 1]


_SPEAKER_PHRASE_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "CCONJ", "NUM", "PUNCT", "PART"})


def _trailing_speaker(verb):  # noqa: ANN001, ANN201 - spaCy tokens
    """ "..., residents and a local official said.": a verb of saying that ends its sentence after a comma has
    for speaker the short noun phrase between the comma and itself, whatever the parser hung on it (a dateline
    "MAIDUGURI, Nigeria, March 10 -" or the reported clause's own subject read as a second subject)."""
    sentence = verb.sent
    rest = [t for t in sentence[verb.i - sentence.start + 1 :] if not t.is_space]
    if rest and not all(t.is_punct for t in rest):
        return None
    span = []
    for token in reversed(sentence[: verb.i - sentence.start]):
        if token.text == ",":
            break
        span.append(token)
    else:
        return None
    span.reverse()
    if not 1 <= len(span) <= 8 or any(t.pos_ not in _SPEAKER_PHRASE_POS or t.is_quote for t in span):
        return None
    inside = {t.i for t in span}
    # the phrase's own head: the noun its parse hangs outside it ("union leaders" → leaders)
    return next((t for t in span if t.pos_ in ("NOUN", "PROPN") and t.head.i not in inside), None)


def _drops_relative_clause(clause, cues: Cues) -> bool:  # noqa: ANN001
    """Drop a clause set off by a comma or explaining anonymity; keep "a soldier who survived the attack"."""
    doc = clause.doc
    before = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if before is not None and before.text == ",":
        return True
    return any(t.lower_ in cues.anonymity_words for t in clause.subtree)


def _phrase_tokens(head, cues: Cues, skip: frozenset[int] = frozenset()) -> list:  # noqa: ANN001
    """The head's subtree minus non-identifying clauses, skipped tokens and edge punctuation."""
    dropped: set[int] = set(skip)
    for token in head.subtree:
        if token.i == head.i:
            continue
        if token.dep_ in _DROPPED_DEPS or (token.dep_ == "relcl" and _drops_relative_clause(token, cues)):
            dropped.update(t.i for t in token.subtree)
    bracketed = _parenthesised(head)
    dropped.update(bracketed)
    dateline_end = _dateline_end(head)
    if dateline_end > 0:  # "[COTABATO CITY -] Police": the parser may hang the dateline's words on the speaker
        dropped.update(t.i for t in head.subtree if t.idx < dateline_end)
    tokens = [t for t in head.subtree if t.i not in dropped]
    tokens = _trim_to_contiguous(tokens, head, bracketed)
    breaks = [k for k, t in enumerate(tokens) if t.is_space and "\n" in t.text]
    if breaks and tokens[breaks[-1]].i < head.i:
        tokens = tokens[breaks[-1] + 1 :]  # "19:55\nAmnesty International says": a live blog's time stamp
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].lower_ in ("and", "or")):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    return tokens


def _parenthesised(head) -> set[int]:  # noqa: ANN001
    """Tokens in brackets inside a phrase: "the press union (SiPreBA)", "Officer (PPRO)"."""
    inside: set[int] = set()
    depth = 0
    for token in head.subtree:
        if token.text == "(":
            depth += 1
        if depth and token.i != head.i:
            inside.add(token.i)
        if token.text == ")" and depth:
            depth -= 1
    return inside


def _trim_to_contiguous(tokens: list, head, bridged: set[int] = frozenset()) -> list:  # noqa: ANN001
    """Keep the run of consecutive tokens around the head (a dropped clause cuts the phrase there; a dropped
    bracket does not: "The Police Public Relations Officer (PPRO), DSP Abubakar Sadiq Aliyu")."""
    indexes = [t.i for t in tokens]
    if head.i not in indexes:
        return tokens

    def joined(a: int, b: int) -> bool:
        return all(i in bridged for i in range(a + 1, b))

    k = indexes.index(head.i)
    low = high = k
    while low > 0 and joined(indexes[low - 1], indexes[low]):
        low -= 1
    while high + 1 < len(indexes) and joined(indexes[high], indexes[high + 1]):
        high += 1
    return tokens[low : high + 1]


def _text(tokens: list) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,")


def _strip_article(tokens: list) -> list:
    return tokens[1:] if tokens and tokens[0].lower_ in _LEADING_DROP else tokens


def _entity_at(token, labels=_NAME_LABELS):  # noqa: ANN001, ANN201
    """The named entity (with a label in ``labels``) that the token is part of, or None.

    Found from the token's IOB tags, not by scanning ``doc.ents``: that builds every entity of the
    document on each call, quadratic over a long article.
    """
    if not token.ent_type_ or token.ent_type_ not in labels:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def canonical_for(start: int, end: int, text: str, mentions: list[Mention]) -> str:
    """A resolver's canonical name for the span when one overlaps it (person first, then actor)."""
    for kind in ("person", "actor"):
        for m in mentions:
            if m.kind != kind or not (m.canonical or m.text):
                continue
            # a person mention may be a part of the name ("Alhaji Sani" of "Alhaji Sani Garba Kwanar
            # Dutse"): it stands for the name only when it covers it
            covers = m.start <= start and end <= m.end if kind == "person" else m.start < end and start < m.end
            if covers:
                return m.canonical or m.text
    return text


def _span_of(tokens: list) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def source_from_head(head, cues: Cues, mentions: list[Mention]) -> Source | None:  # noqa: ANN001
    """A Source for the noun phrase headed by ``head``: name and role apart ("Name, the role of X")."""
    if head.lower_ in cues.pronouns:
        if head.lower_ == "it" and head.dep_ in ("nsubjpass", "expl"):
            return None
        return Source(head.text, start=head.idx, pronoun=True)
    if head.lower_ in _OBJECT_PRONOUNS:  # "according to him"
        return Source(_OBJECT_PRONOUNS[head.lower_], start=head.idx, pronoun=True)
    if _dateline_end(head) > head.idx:
        head = _head_after_dateline(head)  # "ISLAMABAD, Oct 30 (Wire) - Pakistan's interior minister, ..."
        if head is None:
            return None
    if head.dep_ == "expl" or head.lower_ in _NOBODY:
        return None  # "there", "nobody said", "has anyone claimed it?"
    if (head.lemma_.lower() in _TIME_NOUNS or head.ent_type_ in ("DATE", "TIME")) and not _an_age(head):
        return None  # "The first time, he says, ...": a time, not a speaker
    given = _name_given_in_clause(head)
    if given is not None:
        return given
    if head.lemma_.lower() in cues.report_nouns or head.lower_ in cues.report_nouns:
        owner = _report_owner(head)  # "A statement from the presidency read:": the presidency's
        if owner is not None and owner.i != head.i:
            return source_from_head(owner, cues, mentions)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return None  # "no group has said": nobody is the source
    phrase = _phrase_tokens(head, cues)
    if not phrase:
        return None
    titled = _name_after_office(head, cues)
    if titled is not None:
        return _named_source(titled, phrase, cues, mentions)
    person = _appositive_person(head, phrase, cues) or _name_set_off_after_role(head, phrase, cues)
    if person is not None:
        return _named_source(person, phrase, cues, mentions)
    # an acronym is a name even when the tagger calls it a common noun ("ISWAP claimed ...")
    if head.pos_ == "PROPN" or (head.text.isupper() and head.text.isalpha() and len(head.text) > 2):
        return _named_source(_with_owner(head, _name_tokens(head, cues)), phrase, cues, mentions)
    start, end = _span_of(phrase)
    text = canonical_for(start, end, _text(phrase), [m for m in mentions if m.kind == "person"])
    # "A notable of the locality": the tagger may call a noun of this kind an adjective
    individual = head.tag_ in ("NN", "JJ") and cues.is_person_noun(head.lemma_)
    media = cues.is_media([t.text for t in phrase])
    # "Alemu said", the surname tagged a plural noun: a person the person resolver names is named
    named = _body_named_by_owner(head, cues) or (text != _text(phrase) and head.text[:1].isupper())
    return Source(text, start=start, media=media, individual=individual, named=named)


def _dateline_end(token) -> int:  # noqa: ANN001
    """The offset where a dateline opening the token's paragraph ends, or -1 when there is none.

    A dateline's place is written in capitals, or followed by a date or an agency in brackets; a line such as
    "Police - ..." or "Update: ..." is not one."""
    doc = token.doc
    start = token.sent.start
    if start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].is_space:
        return -1  # not the first sentence of a paragraph
    first = doc[start].idx
    match = _DATELINE.match(doc_text(doc), first, first + 120)
    if match is None:
        return -1
    dated = match["tail"] is not None and any(c.isdigit() for c in match["tail"])
    capitals = match["head"].replace(" ", "").replace("-", "").isupper() and len(match["head"]) > 2
    return match.end() if capitals or dated or match["agency"] else -1


def subject_after_dateline(sentence):  # noqa: ANN001, ANN201 - a spaCy Span, returns a Token or None
    """The subject of a sentence opening with a dateline, which the parser hangs on the dateline's words."""
    first = sentence[0]
    return _head_after_dateline(first) if _dateline_end(first) > first.idx else None


def _head_after_dateline(head):  # noqa: ANN001, ANN201 - a spaCy Token or None
    """The subject the parser hung on a dateline's place: the first noun of the head's phrase after the dateline
    whose own head lies outside that stretch (an apposition "interior minister", or "Police")."""
    end = _dateline_end(head)
    rest = [t for t in head.subtree if t.idx >= end]
    ids = {t.i for t in rest}
    return next((t for t in rest if t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i not in ids), None)


def _an_age(head) -> bool:  # noqa: ANN001
    """"the 45-year-old said": a person given by age, which the tagger marks as a date."""
    return head.lower_ == "old" and head.i >= 2 and head.doc[head.i - 2].lower_ in ("year", "years")


def _name_after_office(head, cues: Cues) -> list | None:  # noqa: ANN001
    """The name after an office written with its body or place: "Sukma Superintendent of Police Kiran
    Chavan", "Inspector General of Police (Bastar Range) Sundaram K". The tagger cuts these names wrong
    ("Sukma Superintendent" as a person, the name as the object of "of"); simpler titles are left to
    the name's own entity."""
    doc = head.doc
    words = []
    for token in doc[head.left_edge.i : head.right_edge.i + 1]:
        if token.text == ",":
            break
        words.append(token)
    words = _strip_article(words)
    if not words or words[-1].i < head.i:
        return None
    if any(t.dep_ == "appos" and t.i > words[-1].i for t in head.subtree):
        return None  # "The mayor of Datu Hoffer, Mayor Zainudin Macalay,": the name is the apposition
    k = name_after_title_phrase(words, cues)
    # a title ("Superintendent"), or a person noun heading the phrase ("the head of the ... administration")
    office = words[:k]
    if not k or not any(t.lower_ in cues.titles or (t.i == head.i and cues.is_person_noun(t.lower_)) for t in office):
        return None
    if not any(t.lower_ in ("of", "for", "(") for t in words[:k]) and not _ends_in_title(words[:k], cues):
        return None
    return words[k:]


def _ends_in_title(words: list, cues: Cues) -> bool:
    """Whether the tagger's entity on the phrase ends on a title word ("[Sukma Superintendent]")."""
    ent = _entity_at(words[-1], ("PERSON",))
    return ent is not None and ent.end == words[-1].i + 1


def _after_comma(token, cues: Cues) -> bool:  # noqa: ANN001
    """Whether a name is set off by a comma before it (and before its rank: ", Inspector Rajesh Yadav")."""
    k = _entity_at(token, ("PERSON",)).start - 1
    # past the ranks and the given names the tagger left out of the entity ("DSP Abubakar Sadiq [Aliyu]")
    doc = token.doc
    while k > 0 and (doc[k].lower_ in cues.titles or (doc[k].dep_ == "compound" and _capitalised(doc[k]))):
        k -= 1
    return k >= 0 and doc[k].text == ","


def _office_before(head, cues: Cues) -> bool:  # noqa: ANN001
    """Whether the head is, or comes after, a title word of its own phrase ("Superintendent ... Kupwara")."""
    return any(t.lower_ in cues.titles for t in head.subtree if t.i <= head.i)


def _name_given_in_clause(head):  # noqa: ANN001, ANN202 - a Source or None
    """"the driver, who gave his name only as Wilson": the name the clause gives, the rest as role."""
    for clause in head.subtree:
        if clause.dep_ != "relcl":
            continue
        tokens = [t for t in clause.subtree if t.pos_ != "ADV"]  # "gave his name only as"
        for k, token in enumerate(tokens[:-2]):
            # "gave his name as Wilson", "who uses the name Ka Efren"
            after = k + 2 if tokens[k + 1].lower_ == "as" else k + 1
            if token.lemma_.lower() == "name" and (after == k + 2 or tokens[after].pos_ == "PROPN"):
                name = [t for t in tokens[after:] if t.pos_ == "PROPN" and t.i - tokens[after].i < 4]
                if name and name[0].i == tokens[after].i:
                    role_tokens = [t for t in head.subtree if t.i < clause.left_edge.i and not t.is_punct]
                    role = _text(_strip_article(role_tokens)) or None
                    return Source(_text(name), role=role, start=name[0].idx, named=True)
    return None


def _appositive_person(head, phrase: list, cues: Cues) -> list | None:  # noqa: ANN001
    """The PERSON set off by commas inside a role phrase: "The spokeswoman for the company, Grace Adeyemi"."""
    # "Senior Superintendent of Police (SSP) Kupwara, Yogal Manhas," / "The Station House Officer (SHO) of
    # Kotwali police station, Inspector Rajesh Yadav,": an office (with its place, or in brackets the parser
    # cuts off) and the person's name set off after it
    apposed = [
        c
        for c in head.subtree
        if c.dep_ == "appos" and c.i > head.i and _entity_at(c, ("PERSON",)) is not None and _after_comma(c, cues)
    ]
    if apposed and _office_before(head, cues):
        return _with_given_names([t for t in _entity_at(apposed[0], ("PERSON",))], cues)
    if head.pos_ == "PROPN" and _entity_at(head, ("PERSON",)) is not None:
        return None
    # "The Commissioner of Police, Kano State Command, CP Salman Dogo Garba,": of several appositions, a person's
    appositions = [t for t in phrase if t.dep_ == "appos" and t.pos_ == "PROPN"]
    appositions.sort(key=lambda t: not (_entity_at(t, ("PERSON",)) or t.left_edge.lower_ in cues.titles))
    for token in appositions:
        if token.dep_ == "appos" and token.pos_ == "PROPN":
            ent = _entity_at(token, ("PERSON",))
            return _with_given_names(list(ent) if ent is not None else [t for t in phrase if _in(t, token)], cues)
    # "The son of the deceased, Abdul Wahab Kakar, said": a name set off by commas that the parser hung on
    # the preposition before it
    ids = {t.i for t in phrase}
    for token in phrase:
        ent = _entity_at(token, ("PERSON",))
        if ent is not None and ent.start > 0 and token.doc[ent.start - 1].text == "," and ent.end - 1 in ids:
            return _with_given_names(list(ent), cues)
    return None


def _name_set_off_after_role(head, phrase: list, cues: Cues) -> list | None:  # noqa: ANN001
    """"according to our correspondent there, Amina Diallo.": a noun for one person whose name follows it
    between commas, a name the parser hung elsewhere in the sentence (on the main verb)."""
    if head.tag_ != "NN" and head.lower_ not in cues.titles:
        return None  # one person ("a nurse", "our correspondent"), not "residents" nor a name
    doc = head.doc
    comma = phrase[-1].i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    ent = _entity_at(doc[comma + 1], ("PERSON",))
    if ent is None and (cues.is_person_noun(head.lemma_) or head.lower_ in cues.titles):
        # "the deputy of the province, Issouf Nikièma,": after a noun for a person, capitalised words the
        # tagger took for an organisation are that person's name
        end = comma + 1
        while end < len(doc) and end - comma <= 4 and _capitalised(doc[end]) and doc[end].ent_type_ not in _PLACES:
            end += 1
        ent = doc[comma + 1 : end] if end - comma > 2 else None
    if ent is None or ent.start != comma + 1:
        return None
    if ent.root.head.i in {t.i for t in ent} or ent.root.head.i in {t.i for t in phrase}:
        return None  # (hung on the phrase itself, an apposition is the other functions' to read)
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and not (after.is_punct or after.is_space):
        return None  # "the doctor, Amina Diallo said": a new clause with the name as its subject
    return _with_given_names(list(ent), cues)


_PLACES = frozenset(("GPE", "LOC", "FAC", "DATE", "TIME"))


def _name_tokens(head, cues: Cues) -> list:  # noqa: ANN001
    """The proper name headed by ``head``: its entity, else its phrase without appositions."""
    ent = _entity_at(head)
    if ent is not None:
        tokens = [t for t in ent if not (t.i == ent.start and t.lower_ in _LEADING_DROP)]
        return _with_given_names(tokens, cues) if ent.label_ == "PERSON" else _with_body_tail(tokens)
    skip = frozenset(t.i for c in head.children if c.dep_ == "appos" for t in c.subtree)
    return _strip_article(_phrase_tokens(head, cues, skip)) or [head]


def _with_body_tail(tokens: list) -> list:
    """"[UN Office] for the Coordination of Humanitarian Affairs": the rest of a body's name the tagger left
    out, capitalised words joined by of/for/the/and, up to a bracket or a comma."""
    doc = tokens[-1].doc
    end = tokens[-1].i + 1
    k = end
    while k < len(doc) and (doc[k].lower_ in ("of", "for", "the", "and", "on") or _capitalised(doc[k])):
        k += 1
        if _capitalised(doc[k - 1]):
            end = k  # the tail ends on a capitalised word, never on a joining one
    if end == tokens[-1].i + 1 or doc[tokens[-1].i + 1].lower_ not in ("of", "for", "on"):
        return tokens
    return [*tokens, *doc[tokens[-1].i + 1 : end]]


def _capitalised(token) -> bool:  # noqa: ANN001
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _with_owner(head, name: list) -> list:  # noqa: ANN001
    """An institution's owner is part of its name: "Russia's defence ministry", "the army's Third Division"
    (a person's is not: "Kenya's Ruto" stays Ruto)."""
    if not name or head.ent_type_ == "PERSON":
        return name
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if owner is None:
        return name
    tokens = [t for t in owner.subtree if t.lower_ not in _LEADING_DROP or t.i != owner.left_edge.i]
    if not tokens or tokens[-1].i + 1 > name[0].i or any(t.is_punct for t in tokens):
        return name
    doc = head.doc
    return [*tokens, *doc[tokens[-1].i + 1 : name[0].i], *name]


def _with_given_names(tokens: list, cues: Cues) -> list:
    """The tagger often leaves the first of several given names outside the entity ("Sani [Garba
    Kwanar Dutse]"): capitalised proper nouns right before it in the same phrase belong to the name."""
    doc = tokens[0].doc
    first = tokens[0].i
    while first > 0:
        before = doc[first - 1]
        if not (before.pos_ == "PROPN" and before.text[:1].isupper() and before.text.isalpha()):
            break
        # a village name inside a person's name is common ("Sani Garba Kwanar Dutse"): GPE tags pass
        if before.ent_type_ not in ("", "PERSON", "GPE") or before.lower_ in cues.titles:
            break
        if before.lower_ in cues.source_nouns:
            break
        if not first <= before.head.i <= tokens[-1].i:
            break  # not part of this name's phrase
        first -= 1
    return [*doc[first : tokens[0].i], *tokens]


def _named_source(name_tokens: list, phrase: list, cues: Cues, mentions: list[Mention]) -> Source:
    """Name and role apart: the role is the rest of the phrase ("Interior Ministry spokesman", "the head")."""
    body = _is_body_name(name_tokens)
    if not body:
        titles, name_tokens = split_title(name_tokens, cues)
    name_ids = {t.i for t in name_tokens}
    # a role never carries a relative clause ("the former head ... who had left the country")
    clause_ids = {t.i for r in phrase if r.dep_ == "relcl" for t in r.subtree}
    # courtesy titles ("Mr", "Haji") are neither name nor role
    courtesy = {t.i for t in phrase if (t.lower_ in cues.titles and not cues.titles[t.lower_].is_role)}
    rest = [t for t in phrase if t.i not in name_ids and t.i not in clause_ids and t.i not in courtesy]
    role_tokens = _strip_article(_trim_edges(rest))
    start, end = _span_of(name_tokens)
    as_written = canonical_for(start, end, _text(name_tokens), [m for m in mentions if m.kind == "person"])
    name = canonical_for(start, end, as_written, mentions)
    if not body:
        name, as_written = _without_titles(name, cues), _without_titles(as_written, cues)
    role = _text(role_tokens) or None
    media = cues.is_media([t.text for t in name_tokens])
    written = as_written if name != as_written else None
    return Source(name, role=role, start=start, media=media, named=True, written=written)


def _is_body_name(tokens: list) -> bool:
    """"General Staff of the Armies": a body's name (a person's has no "of the"), whose first word is no rank;
    "Ukraine's General Staff": a country's or a body's own (a person's owner is never part of the name)."""
    return any(t.lower_ in ("of", "the", "for") for t in tokens[1:]) or any(
        t.dep_ == "poss" and t.ent_type_ in _OWNER_LABELS for t in tokens[:-1]
    )


_OWNER_LABELS = frozenset(("GPE", "NORP", "ORG"))


def _body_named_by_owner(head, cues: Cues) -> bool:  # noqa: ANN001
    """"Ukraine's air force", "the Sudanese army", "the Islamic State group", "the health ministry in Gaza": one
    institution that a country, a nationality or a name singles out is a named body, as "the Sudanese Armed
    Forces" is; "the army", "a Sudanese army unit" or "Ukrainian officials" name nobody."""
    if cues.source_nouns.get(head.lemma_.lower()) != "institution" or head.tag_ not in ("NN", "NNS"):
        return False
    if any(c.dep_ in ("det", "nummod") and c.lower_ not in ("the",) for c in head.children):
        return False
    return any(
        (c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in _OWNER_LABELS)
        or (c.dep_ in ("amod", "compound") and c.ent_type_ in _OWNER_LABELS and c.text[:1].isupper())
        or (c.dep_ == "compound" and _capitalised(c))
        # "the health ministry in Gaza", "the army of Niger"
        or (c.dep_ == "prep" and c.i == head.i + 1 and c.lower_ in ("in", "of") and _names_a_country(c))
        for c in head.children
    )


def _names_a_country(preposition) -> bool:  # noqa: ANN001
    objects = [o for o in preposition.children if o.dep_ == "pobj"]
    return len(objects) == 1 and _capitalised(objects[0]) and objects[0].ent_type_ not in ("PERSON", "DATE", "TIME")


def _without_titles(name: str, cues: Cues) -> str:
    """"Lt Gen Mokoena" → "Mokoena": a canonical name keeps no rank or courtesy title in front."""
    words = name.split()
    while len(words) > 1 and (words[0].lower() in cues.titles or words[0].lower().rstrip(".") in cues.titles):
        words = words[1:]
    if words[0] in ("of", "for"):
        return name  # "Minister of Interior Abdoulaye Traoré": where the title ends is unclear
    return " ".join(words)


def _trim_edges(tokens: list) -> list:
    """The longest comma-free run of the role tokens, without edge punctuation."""
    runs: list[list] = [[]]
    for t in tokens:
        if t.text == "," or (runs[-1] and t.i != runs[-1][-1].i + 1):
            runs.append([])
        if t.text != ",":
            runs[-1].append(t)
    best = max(runs, key=len)
    while best and (best[0].is_punct or best[0].is_space):
        best = best[1:]
    while best and (best[-1].is_punct or best[-1].is_space):
        best = best[:-1]
    return best


def _in(token, head) -> bool:  # noqa: ANN001
    return head is not None and head.left_edge.i <= token.i <= head.right_edge.i


def source_from_according(according, cues: Cues, mentions: list[Mention]) -> Source | None:  # noqa: ANN001
    """The source of "according to X": X, the X of "X estimates", or who reported in "what X reported"."""
    preposition = "to" if according.lower_ == "according" else "per"
    to = next((c for c in according.children if c.lower_ == preposition), None)
    if to is None:
        return None
    objects = [c for c in to.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    obj = objects[0]
    if obj.pos_ in ("VERB", "AUX") or obj.lower_ in _WH_WORDS:
        # "according to what the Wall Street Journal reported" / "what was confirmed by X"
        verb = obj if obj.pos_ in ("VERB", "AUX") else obj.head
        subject = subject_of(verb)
        return source_from_head(subject, cues, mentions) if subject is not None else None
    if obj.lemma_.lower() in cues.report_nouns or obj.lower_ in cues.report_nouns:
        owner = _report_owner(obj)
        if owner is not None:
            return source_from_head(owner, cues, mentions)
    return source_from_head(obj, cues, mentions)


def _report_owner(noun):  # noqa: ANN001, ANN201
    """Who made a report noun: "United Nations estimates", "the ministry's figures", "a report by HRW"."""
    modifiers = [
        c
        for c in noun.children
        if c.dep_ in ("compound", "poss") and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("his", "her", "their"))
    ]
    if modifiers:
        owner = modifiers[-1]
        return owner
    # "a report by HRW", and "the report received from the commander" (through the participle)
    participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for prep in [*noun.children, *(c for p in participles for c in p.children)]:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from", "of"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None
