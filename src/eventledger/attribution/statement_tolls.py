"""An incident told without a figure, and its toll in the statement told next.

"Rebels killed villagers in an overnight raid, the army said." then "The army put the toll at 11."; a
translated "Gunmen attacked the commune of Dablo on Saturday." then "According to concordant sources,
the provisional toll reports 12 dead."; a correction "An earlier version of this report said 12 were
killed ..." then "Police said 7 officers died.". The event's own sentence states no toll; the statement
after it, in the same or the next paragraph, that supports no other event and has no other event told
before it, gives the article's figure for the incident. A count over a period ("since 2017", "this
year") is a war's toll, not this incident's.
"""

from __future__ import annotations

import bisect

from eventledger.attribution.claimant_tolls import claimant_gave, speaker_of, speaks_of, toll_of
from eventledger.extract.numbers import counts_over_a_period
from eventledger.kb.taxonomy import violent_event_types
from eventledger.models import Article, Claim, EventMention

PARAGRAPHS_AHEAD = 1  # the statement stands in the event's paragraph or in the next one


def give_statement_tolls(article: Article) -> None:
    """Give each event with no figure the toll of the statement told next about it (see the note)."""
    if not article.claims or not article.events:
        return
    starts = _paragraph_starts(article)
    statements = sorted(article.claims, key=lambda c: c.start)
    for event in article.events:
        if event.affiliation is not None or event.fatalities_min is not None or event.fatalities_max is not None:
            continue
        if event.event_type not in violent_event_types():
            continue  # "Police arrested five suspects." then "Police put the toll at 7": an attack's toll
        statement = next((c for c in statements if _gives_toll(article, c, event, starts)), None)
        if statement is None:
            continue
        event.fatalities_min, event.fatalities_max = toll_of(statement)  # type: ignore[misc]
        event.fatalities_approximate = False
        event.attributed_to = speaker_of(statement) or event.attributed_to
        event.evidence = f"{event.evidence} {statement.text}".strip()


def _gives_toll(article: Article, claim: Claim, event: EventMention, starts: list[int]) -> bool:
    if claim.start < event.end or not speaks_of(article, claim, event):
        return False
    if _paragraph(starts, claim.start) - _paragraph(starts, event.start) > PARAGRAPHS_AHEAD:
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
