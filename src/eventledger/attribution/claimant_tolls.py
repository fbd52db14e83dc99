"""A claimant's toll beside the officials': each kept as whose it is.

"Al-Shabaab said it had killed 11 soldiers in the bombing. Police said three soldiers died." The
event's sentence is the claim, so extraction read 11 as the article's figure; the article's own word
is the police's three, and the 11 is the claimant's. After attribution (who said what is known), an
event whose figure a claimant gave takes the figure of a statement by someone else about it (the
officials', the reporter's sources'), and keeps the claimant's in ``claimant_fatalities_*``; an event
told with the officials' figure keeps a claim's figure about it there too.

A statement speaks of the event when it gives a death toll, supports no other event of the article,
and no other event is told between the two: a toll stated after a second incident is that incident's.
"""

from __future__ import annotations

import re

from eventledger.extract.numbers import parse_fatalities
from eventledger.fuse.names import is_generic_actor, norm
from eventledger.kb.actors import load_actor_kb, non_state_armed_types
from eventledger.models import Article, Claim, EventMention

# "said its fighters had killed", "said it had killed": the speaker tells of its own killing
OWN_KILLING = re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?(?:fighters|militants|members|mujahideen)\b"
                         r"|\b(?:it|they)\s+(?:had\s+)?killed\b", re.IGNORECASE)  # fmt: skip


def settle_claimant_tolls(article: Article) -> None:
    """Give each event the article's own figure, and its claimant's beside it (see the module's note)."""
    if not article.claims or not article.events:
        return
    for event in article.events:
        if event.affiliation is not None:
            continue
        statements = [c for c in article.claims if speaks_of(article, c, event)]
        own_text = _claim_text(article, event)
        if claimant_gave(event, event.attributed_to, own_text) and _split_in_sentence(event, own_text):
            continue
        if claimant_gave(event, event.attributed_to, own_text):
            official = next((c for c in statements if not claimant_gave(event, speaker_of(c), c.text)
                             and toll_of(c) is not None), None)  # fmt: skip
            if official is not None:
                _keep_claim(event, event.attributed_to, (event.fatalities_min, event.fatalities_max))
                event.fatalities_min, event.fatalities_max = toll_of(official)  # type: ignore[misc]
                event.fatalities_approximate = False
                event.attributed_to = speaker_of(official)
                event.evidence = f"{event.evidence} {official.text}".strip()
            elif event.fatalities_min is not None or event.fatalities_max is not None:
                # the claim is the article's only figure: it stays the article's, and is marked as a claim
                _keep_claim(event, event.attributed_to, (event.fatalities_min, event.fatalities_max))
        elif event.claimant_fatalities_min is None and event.claimant_fatalities_max is None:
            claim = next((c for c in statements if claimant_gave(event, speaker_of(c), c.text)
                          and toll_of(c) is not None), None)  # fmt: skip
            if claim is not None:
                _keep_claim(event, speaker_of(claim), toll_of(claim))  # type: ignore[arg-type]


# "... claimed to have killed 20 soldiers, while the army said two of its soldiers died": the claim and
# the answer to it in one sentence, the answer in a clause of its own
_ANSWER = re.compile(r",?\s+\b(?:while|whereas|but)\b\s+(?P<rest>.+)$", re.IGNORECASE)


def _split_in_sentence(event: EventMention, text: str) -> bool:
    """A claim and another speaker's toll in one sentence: each its own; True when it was so."""
    match = _ANSWER.search(text)
    if match is None or not event.attributed_to:
        return False
    answer, claim = match.group("rest"), text[: match.start()]
    speaker = re.match(r"(?:the\s+)?(?P<who>[\w' -]+?)\s+(?:said|says|put|reported|gave|told)\b", answer, re.IGNORECASE)
    official, claimed = parse_fatalities(answer), parse_fatalities(claim)
    if speaker is None or official is None or official.minimum is None or claimed is None or claimed.minimum is None:
        return False
    if claimant_gave(event, speaker.group("who"), answer):
        return False
    _keep_claim(event, event.attributed_to, (claimed.minimum, claimed.maximum))
    event.fatalities_min, event.fatalities_max = official.minimum, official.maximum
    event.fatalities_approximate = False
    event.attributed_to = answer[: speaker.end("who")].strip()
    return True


def _keep_claim(event: EventMention, claimant: str | None, figure: tuple[int | None, int | None]) -> None:
    event.claimant = claimant
    event.claimant_fatalities_min, event.claimant_fatalities_max = figure


def speaker_of(claim: Claim) -> str | None:
    return claim.source_chain[0] if claim.source_chain else None


def _claim_text(article: Article, event: EventMention) -> str:
    """The text of the claim the event's own sentence is (its evidence when none)."""
    own = next((c for c in article.claims if event.mention_id in c.mention_ids), None)
    return own.text if own is not None else event.evidence


def claimant_gave(event: EventMention, speaker: str | None, text: str) -> bool:
    """The figure's speaker is the side that claimed or carried out the event: its perpetrator or
    claimant, an armed non-state group the actor KB knows (not the victim), or a speaker telling of its
    own killing ("said its fighters had killed nine")."""
    if not speaker or is_generic_actor(speaker):
        return False
    said = norm(speaker)
    if said in {norm(event.claimed_by), norm(event.actor1)} - {""}:
        return True
    if said == norm(event.actor2):
        return False  # a side counting its own losses
    entry = load_actor_kb().lookup(speaker)
    if entry is not None:
        return entry.type in non_state_armed_types()
    return OWN_KILLING.search(text) is not None


def toll_of(claim: Claim) -> tuple[int | None, int | None] | None:
    figure = parse_fatalities(claim.text)
    if figure is None or figure.minimum is None:
        return None  # "killed and wounded" counts casualties, not deaths
    return figure.minimum, figure.maximum


def speaks_of(article: Article, claim: Claim, event: EventMention) -> bool:
    """A statement other than the event's own sentence, supporting no other event, with no other event
    told between the two."""
    if event.mention_id in claim.mention_ids or (claim.start < event.end and event.start < claim.end):
        return False
    if any(m != event.mention_id for m in claim.mention_ids):
        return False
    low, high = (event.end, claim.start) if claim.start >= event.end else (claim.end, event.start)
    return not any(
        other is not event and other.affiliation is None and low <= other.start < high for other in article.events
    )
