"""Turning the subject of a reporting verb into a source: a name, a role, or an anonymous phrase."""

from __future__ import annotations

from dataclasses import dataclass

from eventledger.attribution.cues import Cues
from eventledger.models import Mention

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# dependents that describe the source rather than name it ("officials who spoke on condition ...")
_DROPPED_DEPS = {"relcl", "acl", "punct", "cc", "advcl"}
_LEADING_DROP = {"the", "a", "an"}
_WH_WORDS = {"what", "which", "who", "that"}


@dataclass
class Source:
    """Who a statement comes from; ``pronoun`` sources are resolved against earlier ones."""

    text: str
    role: str | None = None
    start: int = 0
    pronoun: bool = False
    media: bool = False


def subject_of(verb):  # noqa: ANN001, ANN201 - spaCy tokens
    """The subject token of a verb, walking up through participles and conjoined verbs ("he added, saying")."""
    token = verb
    for _ in range(3):
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ not in _WH_WORDS:
                return child
        for child in token.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if token.dep_ in ("advcl", "conj", "xcomp") and token.head is not token:
            token = token.head
        else:
            break
    return None


def _phrase_tokens(head) -> list:  # noqa: ANN001
    """The head's subtree minus relative clauses and edge punctuation."""
    dropped: set[int] = set()
    for child in head.children:
        if child.dep_ in _DROPPED_DEPS and child.dep_ != "punct":
            dropped.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in dropped]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    return tokens


def _text(tokens: list) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,")


def _strip_article(tokens: list) -> list:
    return tokens[1:] if tokens and tokens[0].lower_ in _LEADING_DROP else tokens


def _person_span(token):  # noqa: ANN001, ANN201
    """The PERSON (or ORG) entity covering a token, if spaCy found one."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            return ent
    return None


def canonical_for(start: int, end: int, text: str, mentions: list[Mention]) -> str:
    """A resolver's canonical name for the span when one overlaps it (person first, then actor)."""
    for kind in ("person", "actor"):
        for m in mentions:
            if m.kind == kind and m.start < end and start < m.end and (m.canonical or m.text):
                return m.canonical or m.text
    return text


def source_from_head(head, cues: Cues, mentions: list[Mention]) -> Source | None:  # noqa: ANN001
    """A Source for the noun phrase headed by ``head``: name and role apart ("Name, the role of X")."""
    if head.lower_ in cues.pronouns:
        if head.lower_ == "it" and head.dep_ in ("nsubjpass", "expl"):
            return None
        return Source(head.text, start=head.idx, pronoun=True)
    if head.lower_ in ("there",) or head.dep_ == "expl":
        return None
    appos = [c for c in head.children if c.dep_ == "appos"]
    name_head, role_head = head, (appos[0] if appos else None)
    if head.pos_ != "PROPN" and appos and appos[0].pos_ == "PROPN":
        # "The spokesman, Zabihullah Mujahid, said": the name is the apposition
        name_head, role_head = appos[0], head
    if name_head.pos_ == "PROPN":
        return _named_source(name_head, role_head, cues, mentions)
    tokens = _phrase_tokens(head)
    text = _text(tokens)
    if not text:
        return None
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1])
    text = canonical_for(start, end, text, [m for m in mentions if m.kind == "person"])
    return Source(text, start=start, media=cues.is_media([t.text for t in tokens]))


def _named_source(name_head, role_head, cues: Cues, mentions: list[Mention]) -> Source:  # noqa: ANN001
    ent = _person_span(name_head)
    if ent is not None:
        name_tokens = list(ent)
    else:
        name_tokens = [t for t in name_head.subtree if t.dep_ in ("compound", "flat") or t is name_head]
        name_tokens = [t for t in name_tokens if t.i <= name_head.i]
    # words before the name inside its own phrase are a role: "Interior Ministry spokesman Ahmad Zia"
    own = [
        t for t in _phrase_tokens(name_head) if t.i < name_tokens[0].i and not _in(t, role_head)
    ]
    role_tokens = _strip_article(own)
    if role_head is not None and role_head is not name_head:
        role_tokens = _strip_article(_phrase_tokens(role_head))
    name = _text(name_tokens)
    start = name_tokens[0].idx
    end = name_tokens[-1].idx + len(name_tokens[-1])
    words = [t.text for t in name_tokens]
    name = canonical_for(start, end, name, mentions)
    role = _text(role_tokens) or None
    return Source(name, role=role, start=start, media=cues.is_media(words))


def _in(token, head) -> bool:  # noqa: ANN001
    return head is not None and head.left_edge.i <= token.i <= head.right_edge.i


def source_from_according(according, cues: Cues, mentions: list[Mention]) -> Source | None:  # noqa: ANN001
    """The source of "according to X": X, the X of "X estimates", or who reported in "what X reported"."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
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
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.pos_ in ("PROPN", "NOUN")]
    if modifiers:
        owner = modifiers[-1]
        return owner
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None
