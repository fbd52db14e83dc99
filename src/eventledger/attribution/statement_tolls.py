"""An incident told without a figure, and its toll in the statement told next.

"Rebels killed villagers in an overnight raid, the army said." then "The army put the toll at 11."; a
translated "Gunmen attacked the commune of Dablo on Saturday." then "According to concordant sources,
the provisional toll reports 12 dead."; a correction "An earlier version of this report said 12 were
killed ..." then "Police said 7 officers died.". The event's own sentence states no toll; the statement
after it, in the same or the next paragraph, that supports no other event and has no other event told
before it, gives the article's figure for the incident. A count over a period ("since 2017", "this
year") is a war's toll, not this incident's.

An event told with a figure keeps the other figures such statements give as each speaker's own
(``other_figures``): "Gunmen killed 11 people in Hurti village, residents said." then "Police spokesman
Alfred Alabo ... said nine people were killed."; "The health ministry gave a lower toll of 30 dead." after a
lead of 45 from activists; '"The provisional toll is 21 dead," a local official told AFP.' after "at least
twenty". Such a statement may stand a few paragraphs on (OTHER_FIGURES_AHEAD). A statement is a claim, a
direct quote, or a sentence whose subject gives a figure ("gave a toll of", "put the figure at").
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from eventledger.attribution.claimant_tolls import claimant_gave, speaker_of, speaks_of, toll_of
from eventledger.attribution.cues import load_cues
from eventledger.extract.numbers import counts_over_a_period
from eventledger.kb.taxonomy import violent_event_types
from eventledger.models import Article, Claim, EventMention

PARAGRAPHS_AHEAD = 1  # the statement stands in the event's paragraph or in the next one
# another speaker's figure for an event told with one of its own may stand further on (a wire story gives the
# police's figure after a paragraph or two of colour); a toll after another event told is that event's still
OTHER_FIGURES_AHEAD = 3
MAX_GIVER_WORDS = 8  # "the governor of the Centre-Nord region": longer subjects are clauses, not speakers


def give_statement_tolls(article: Article) -> None:
    """Give each event with no figure the toll of the statement told next about it, and keep the other
    speakers' figures for it beside its own (see the note)."""
    violent = violent_event_types()
    # "Police arrested five suspects." then "Police put the toll at 7": a toll is an attack's
    events = [e for e in article.events if e.affiliation is None and e.event_type in violent]
    if not events:
        return
    starts = _paragraph_starts(article)
    statements = _statements(article)
    for event in events:
        if event.fatalities_min is None and event.fatalities_max is None:
            statement = next((c for c in statements if _gives_toll(article, c, event, starts)), None)
            if statement is not None:
                event.fatalities_min, event.fatalities_max = toll_of(statement)  # type: ignore[misc]
                event.fatalities_approximate = False
                event.attributed_to = speaker_of(statement) or event.attributed_to
                event.evidence = f"{event.evidence} {statement.text}".strip()
        if not event.background and (event.fatalities_min is not None or event.fatalities_max is not None):
            _keep_other_figures(article, event, statements, starts)


def _keep_other_figures(article: Article, event: EventMention, statements: list[Claim], starts: list[int]) -> None:
    """Each other speaker's figure for the event, as theirs: the event's own figure stays the article's."""
    kept = {_folded(event.attributed_to)} | {_folded(f["attributed_to"]) for f in event.other_figures}
    for statement in statements:
        speaker = speaker_of(statement)
        if not speaker or _folded(speaker) in kept or statement.text in event.evidence:
            continue  # a speaker's second figure is its update or a repeat, not another source
        if not _gives_toll(article, statement, event, starts, OTHER_FIGURES_AHEAD):
            continue
        low, high = toll_of(statement)  # type: ignore[misc]
        if event.attributed_to is None and (low, high) == (event.fatalities_min, event.fatalities_max):
            continue  # "The strike killed 11 people, the WHO said." after the headline's 11: one figure, not two
        event.other_figures.append(
            {"attributed_to": speaker, "fatalities_min": low, "fatalities_max": high, "evidence": statement.text}
        )
        kept.add(_folded(speaker))


def _folded(name: str | None) -> str:
    return " ".join((name or "").lower().split())


def _statements(article: Article) -> list[Claim]:
    """The article's claims, its direct quotes that no claim holds, and its sentences whose subject gives a
    figure ("The health ministry gave a lower toll of 30 dead"), in the order of the text."""
    statements = list(article.claims)
    for quote in article.quotes:
        if quote.direct and quote.speaker and not _overlaps(statements, quote.start, quote.end):
            statements.append(Claim(article.document_id, quote.text, quote.start, quote.end, [quote.speaker]))
    if article.doc is not None:
        nouns = load_cues().report_nouns
        for sentence in article.doc.sents:
            if _overlaps(statements, sentence.start_char, sentence.end_char):
                continue
            speaker = _figure_giver(sentence, nouns)
            if speaker:
                text = sentence.text.strip()
                statements.append(Claim(article.document_id, text, sentence.start_char, sentence.end_char, [speaker]))
    return sorted(statements, key=lambda c: c.start)


def _figure_giver(sentence: Span, nouns: frozenset[str]) -> str | None:
    """The subject of a verb whose object is a figure ("gave a toll of", "put the figure at"), or None."""
    for token in sentence:
        if token.dep_ != "dobj" or token.lemma_.lower() not in nouns or token.head.pos_ != "VERB":
            continue
        subject = next((t for t in token.head.children if t.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue  # "it gave a toll of": whose, the sentence does not say
        words = [t for t in subject.subtree if not (t.i == subject.left_edge.i and t.dep_ == "det")]
        if len(words) > MAX_GIVER_WORDS or any(t.pos_ in ("VERB", "NUM", "PUNCT") for t in words):
            continue  # a misparse ("Corrects number killed in first paragraph to six ...") names no one
        return " ".join(t.text for t in words) or None
    return None


def _overlaps(statements: list[Claim], start: int, end: int) -> bool:
    return any(c.start < end and start < c.end for c in statements)


def _gives_toll(
    article: Article, claim: Claim, event: EventMention, starts: list[int], ahead: int = PARAGRAPHS_AHEAD
) -> bool:
    if claim.start < event.end or not speaks_of(article, claim, event):
        return False
    if _paragraph(starts, claim.start) - _paragraph(starts, event.start) > ahead:
        return False
    if counts_over_a_period(claim.text) or claimant_gave(event, speaker_of(claim), claim.text):
        return False  # a claimant's figure is kept as the claimant's (claimant_tolls)
    return toll_of(claim) is not None


def _paragraph_starts(article: Article) -> list[int]:
    if article.paragraphs:
        return [p.start for p in article.paragraphs]
    starts, pos = [], 0
    for chunk in article.clean_text.split("\n\n"):
        starts.append(pos)
        pos += len(chunk) + 2
    return starts


def _paragraph(starts: list[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)
