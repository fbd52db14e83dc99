"""Resolving pronoun sources ("he explained") and short names ("Hamdan said") to the source meant."""

from __future__ import annotations

from eventledger.attribution.cues import Cues
from eventledger.attribution.sources import Source, source_from_head
from eventledger.models import Mention

_LOOKBACK_CHARS = 1500  # how far back a pronoun may find a person not yet named as a source


class Resolver:
    """Remembers the sources named so far, in text order."""

    def __init__(self, doc, cues: Cues, mentions: list[Mention]) -> None:  # noqa: ANN001
        self.doc = doc
        self.cues = cues
        self.mentions = mentions
        self.last: Source | None = None
        self.last_person: Source | None = None
        self.named: list[Source] = []

    def resolve(self, source: Source) -> Source | None:
        """The source itself, its fuller earlier form, or for a pronoun the source it refers to."""
        if not source.pronoun:
            return self._expand(source)
        if source.text.lower() in ("he", "she", "i"):
            return self.last_person or self._person_before(source.start)
        return self.last

    def remember(self, chain: list[Source]) -> None:
        named = [s for s in chain if not s.pronoun]
        if not named:
            return
        self.last = named[-1]
        people = [s for s in named if not s.media]
        if people:
            self.last_person = people[-1]
        self.named.extend(s for s in named if s.named)

    def _expand(self, source: Source) -> Source:
        """"Hamdan" after "Colonel Faris Hamdan": the full name and its role."""
        if not source.named or " " in source.text:
            return source
        for earlier in reversed(self.named):
            words = earlier.text.split()
            if len(words) > 1 and words[-1].lower() == source.text.lower():
                return Source(earlier.text, earlier.role, source.start, named=True, media=earlier.media)
        return source

    def _person_before(self, offset: int) -> Source | None:
        """The last person the text names before a pronoun: a PERSON, or a subject like "the president"."""
        best: Source | None = None
        for token in self.doc:
            if token.idx >= offset:
                break
            if token.idx < offset - _LOOKBACK_CHARS:
                continue
            if self._is_person(token):
                source = source_from_head(token, self.cues, self.mentions)
                if source is not None and not source.pronoun:
                    best = source
        return self._expand(best) if best is not None else None

    def _is_person(self, token) -> bool:  # noqa: ANN001
        if token.ent_type_ == "PERSON" and token.dep_ in ("nsubj", "appos", "nsubjpass", "pobj", "dobj"):
            return token.ent_iob_ != "O" and (token.i + 1 >= len(self.doc) or self.doc[token.i + 1].ent_iob_ != "I")
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if self.cues.is_person_noun(token.lemma_):
            return True
        # "one of the men", "some of the residents"
        return any(
            p.lower_ == "of" and any(self.cues.is_person_noun(o.lemma_) for o in p.children if o.dep_ == "pobj")
            for p in token.children
            if p.dep_ == "prep"
        )
