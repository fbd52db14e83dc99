"""Claims of responsibility: who claims an incident, and which reported incident a claim is about."""

from __future__ import annotations

from eventledger.extract.event_actor_names import ArticleContext
from eventledger.extract.event_dates import set_date
from eventledger.extract.event_lexicon import VIOLENT_FAMILIES, cue
from eventledger.extract.event_merge import Draft, is_unnamed
from eventledger.extract.event_parse import reporting_speaker, subject_of
from eventledger.extract.event_roles import roles
from eventledger.extract.event_triggers import Hit, Unit, mention_of_unit
from eventledger.kb.actors import ActorKB, load_actor_kb, non_state_armed_types


def own_claim(group: list[Hit], actor1: str | None, kb: ActorKB | None = None) -> str | None:
    """'Al-Shabaab said its fighters had killed 30 soldiers': an armed group telling of its own attack
    claims it."""
    if is_unnamed(actor1):
        return None  # "its fighters" of an unnamed speaker: no group to credit
    entry = (kb or load_actor_kb()).get(actor1) if actor1 else None
    if entry is None or entry.type not in non_state_armed_types():
        return None
    agents = [agent for hit in group if (agent := roles(hit)[0]) is not None]
    return actor1 if any(reporting_speaker(agent) is not None for agent in agents) else None


def is_responsibility_claim(claim: Hit, hits: list[Hit]) -> bool:
    """'claimed responsibility for ...', or a bare 'claimed' whose object is an attack ("JNIM claimed the
    attack"); "the army claimed to have killed 20" is only a statement."""
    if len(claim.trigger.words) > 1:
        return True
    return any(h.head.dep_ == "dobj" and h.head.head.i == claim.head.i and h.trigger.family in VIOLENT_FAMILIES
               for h in hits)


def claims_earlier_event(claims: list[Hit], hits: list[Hit]) -> bool:
    """The claim names its incident with a definite event noun ("claimed the attack", "claimed
    responsibility for this bombing"): an incident the article has already reported."""
    for claim in claims:
        for hit in hits:
            head = hit.head
            if head.pos_ not in ("NOUN", "PROPN") or hit.trigger.family not in VIOLENT_FAMILIES:
                continue
            definite = any(c.dep_ in ("det", "poss") and c.lower_ in cue("definite") for c in head.children)
            if definite and claim.head in head.ancestors:
                return True
    return False


def claimant_of(ctx: ArticleContext, claims: list[Hit]) -> str | None:
    for hit in claims:
        subj = subject_of(hit.head)
        if subj is not None:
            name, _ = ctx.actor_name(subj, ctx.default_country)
            if name:
                return name
    return None


def last_incident(drafts: list[Draft], unit: Unit) -> Draft | None:
    for draft in reversed(drafts):
        if draft.event.affiliation is None and not draft.event.background and unit.start - draft.event.end < 600:
            return draft
    return None


def claim_event(ctx: ArticleContext, unit: Unit, hit: Hit, claimant: str) -> Draft:
    sub_type = "Attribution of responsibility"
    event = mention_of_unit(
        ctx.article.document_id,
        unit,
        sub_type,
        actor1=claimant,
        claimed_by=claimant,
        certainty=hit.trigger.strength,
    )
    set_date(event, ctx, unit, [unit], [hit])
    return Draft(event, hit.head.idx)


def attach_claims(
    ctx: ArticleContext, unit: Unit, hits: list[Hit], claims: list[Hit], drafts: list[Draft], out: list[Draft]
) -> list[Draft]:
    """A sentence's claim of responsibility lands on its own incident, else on the last one reported; a
    claim with no incident to land on is an event of its own."""
    claimant = claimant_of(ctx, claims)
    if claimant:
        earlier = last_incident(drafts, unit)
        if earlier is not None and claims_earlier_event(claims, hits):
            # "JNIM claimed the attack on Thursday, saying it had killed more than twenty soldiers": the
            # claimant's account of an incident already reported is not a new one
            out = [d for d in out if d.event.background]
            target: Draft | None = earlier
        else:
            target = next((d for d in out if not d.event.background), None) or earlier
        if target is not None:
            target.event.claimed_by = claimant
            if is_unnamed(target.event.actor1):
                target.event.actor1 = claimant
        elif not out:
            out.append(claim_event(ctx, unit, claims[0], claimant))
    return out
