"""Affiliation changes: defection and recruitment -> 'Change to group/activity' EventMentions.

Patterns (from the dependency parse, triggers in ``data/lexicons/event_triggers.tsv``, family
"affiliation"): "MEMBERS joined / resorted to / defected to / pledged allegiance to GROUP", "MEMBERS were
recruited by GROUP", "GROUP recruited MEMBERS", "MEMBERS ... found to be part of a GROUP cell". The
members' own group (the actor of "former Afghan army officers") is ``from_group`` and actor1; the group
joined is ``to_group`` and actor2. "the organization"/"the group" stands for the group last joined in the
article, else the armed group last named before the sentence.

Several reports of defections to the same group in one article are taken as one ongoing development when
none has its own date or place (they usually restate the article's theme: "dozens have joined ...", "many
others also joined ..."); a report with a date or a sub-national place of its own is a distinct event.
"""

from __future__ import annotations

from typing import Any

from eventledger.extract.event_actor_names import ArticleContext, kb_actor_name
from eventledger.extract.event_dates import clause_span, set_date
from eventledger.extract.event_lexicon import cue
from eventledger.extract.event_merge import Draft
from eventledger.extract.event_parse import SPEAKER_PRONOUNS, is_passive, noun_phrase, prep_object, subject_of
from eventledger.extract.event_places import place_for
from eventledger.extract.event_triggers import Hit, Unit, mention_of_unit
from eventledger.kb.actors import non_state_armed_types
from eventledger.models import AffiliationChange, EventMention

SUB_TYPE = "Change to group/activity"
CLAUSE_CUT = frozenset({"relcl", "acl", "ccomp", "advcl"})
NOT_NAME_DEPS = frozenset({"prep", "cc", "conj", "appos"})  # what follows a name, not part of it


def affiliation_events(ctx: ArticleContext, unit: Unit, hits: list[Hit]) -> list[Draft]:
    """One draft EventMention per affiliation trigger whose members and group can be found."""
    drafts = []
    for hit in hits:
        if describes_a_group(hit):
            continue
        members, group = members_and_group(hit)
        if members is None or group is None:
            continue
        to_group = group_name(ctx, group, unit)
        if to_group is None:
            continue
        from_groups = [g for g in member_groups(ctx, members, unit, to_group) if g != to_group]
        event = affiliation_event(ctx, unit, hit, members, from_groups, to_group)
        ctx.last_joined = to_group
        drafts.append(Draft(event, hit.head.idx, own_place=has_own_place(ctx, unit), subject_index=members.i))
    return drafts


def describes_a_group(hit: Hit) -> bool:
    """ "The ADF, which has pledged allegiance to Islamic State, ...": a named group's allegiance told in a
    relative clause describing it is who the group is, not news of a pledge; people "who joined" a group in
    such a clause still joined it."""
    head = hit.head
    return (
        hit.trigger.words[0] in ("pledge", "swear")
        and head.dep_ == "relcl"
        and head.head.pos_ == "PROPN"
    )


def members_and_group(hit: Hit) -> tuple[Any | None, Any | None]:
    """(members token, group token) for each affiliation pattern."""
    head, word = hit.head, hit.trigger.words[0]
    if word == "recruit":
        if is_passive(head):
            return subject_of(head), prep_object(head, ("by",))
        return next((c for c in head.children if c.dep_ == "dobj"), None), subject_of(head)
    if word == "part":
        group = prep_object(head, ("of",))
        if group is None or group.lemma_.lower() not in ("cell", "group", "network", "unit", "faction"):
            return None, None
        return subject_of(hit.clause_head), group
    if word in ("pledge", "swear"):
        allegiance = hit.tokens[-1]
        return subject_of(head), prep_object(head, ("to",)) or prep_object(allegiance, ("to",))
    if word == "join":
        return subject_of(head), next((c for c in head.children if c.dep_ == "dobj"), None)
    if word == "defection":
        return prep_object(head, ("of",)), prep_object(head, ("to",))
    return subject_of(head), prep_object(head, ("to",))  # defect, resort, switch sides


def group_name(ctx: ArticleContext, group: Any, unit: Unit) -> str | None:
    phrase = noun_phrase(group)
    names = ctx.actors_over(phrase)
    if names:
        return names[0]
    if any(c.dep_ == "poss" and c.lower_ in SPEAKER_PRONOUNS for c in group.children):
        # "the local PDF battalion said 120 young people had joined its ranks": the speaker's group
        name = ctx.actor_name(group, ctx.default_country)[0]
        if name and not name.startswith(("Civilians", "Unidentified")):
            return name
    if any(t.lemma_.lower() in cue("group_noun") for t in phrase) or group.lower_ in ("it", "them"):
        return ctx.last_joined or armed_group_before(ctx, unit.start)
    # "surrendered to the Army's 403rd Brigade": a unit of a force the resolver names generically
    owner = next((c for c in group.children if c.dep_ == "poss"), None)
    for tok in (group, owner):
        name = ctx.actor_name(tok, ctx.default_country)[0] if tok is not None else None
        if name and not name.startswith(("Civilians", "Unidentified")):
            return name
    return None


def armed_group_before(ctx: ArticleContext, char: int) -> str | None:
    """'... the militia. Dozens of youths joined it': the last group named, when it is a non-state armed
    group one joins ("fire teams joined them" after the police is no change of affiliation)."""
    name = last_actor_before(ctx, char)
    entry = ctx.kb.get(name) if name else None
    return name if entry is not None and entry.type in non_state_armed_types() else None


def last_actor_before(ctx: ArticleContext, char: int) -> str | None:
    before = [m for m in ctx.actor_mentions if m.end <= char]
    return before[-1].canonical if before else None


def member_phrase(members: Any) -> list[Any]:
    tokens = [members]
    for child in members.children:
        if child.dep_ not in CLAUSE_CUT and child.dep_ != "punct":
            tokens.extend(member_phrase(child))
    return sorted(tokens, key=lambda t: t.i)


def member_groups(ctx: ArticleContext, members: Any, unit: Unit, to_group: str) -> list[str]:
    """The groups the members come from: the actors named in the member phrase (a role noun read as the
    defunct force where the regime-change rules of ``former_forces`` say so), else a KB alias."""
    phrase = member_phrase(members)
    mentions = ctx.mentions_over(phrase)
    if mentions:
        names = [ctx.former_forces.resolve(m, phrase, unit.span, to_group) for m in mentions]
        return list(dict.fromkeys(n for n in names if n))
    core = " ".join(t.text for t in phrase if t.dep_ in ("compound", "amod") and t.head.i == members.i)
    name = kb_actor_name(f"{core} {members.text}".strip(), ctx.published, ctx.kb) or kb_actor_name(
        core, ctx.published, ctx.kb
    )
    return [name] if name else []


def members_name(members: Any) -> str | None:
    """A name for members whose group is not known, for the ledger's list of actors: the member phrase
    without its number or quantifier, since neither is part of a name ("Some 67 Syrian government
    fighters" -> "Syrian government fighters"; "At least 450 members of Saudi-backed forces" ->
    "Saudi-backed forces"); None when only a common noun would be left ("More than 200 fighters")."""
    head = members
    while head.lemma_.lower() in cue("member_noun") or head.like_num or head.lower_ in cue("quantity"):
        of = prep_object(head, ("of",))  # "members of X", "dozens of X", "some of X": X names them
        if of is None:
            break
        head = of
    words = _named_words(head, head)
    if len([t for t in words if t.is_alpha]) < 2 and not (words and words[0].text[:1].isupper()):
        return None
    return "".join(t.text_with_ws for t in words).strip()


def _named_words(token: Any, head: Any) -> list[Any]:
    """The token's words, without numbers, quantifiers, determiners and what hangs on them ("at least"),
    relative clauses or punctuation other than a word's hyphen ("Saudi-backed")."""
    counted = token.like_num or token.dep_ in ("nummod", "quantmod", "det", "predet") or token.lower_ in cue("quantity")
    hyphen = token.text in ("-", "\u2013") and not token.whitespace_
    cut = token.dep_ in CLAUSE_CUT | NOT_NAME_DEPS or (token.dep_ == "punct" and not hyphen)
    if token is not head and (counted or cut):
        return []
    words = [token]
    for child in token.children:
        words.extend(_named_words(child, head))
    return sorted(words, key=lambda t: t.i)


def quantity_of(members: Any) -> str | None:
    if members.lower_ in cue("quantity"):
        return members.lower_
    for child in members.children:
        if child.dep_ == "nummod" or (child.dep_ in ("amod", "det") and child.lower_ in cue("quantity")):
            return child.lower_
    return None


def affiliation_event(
    ctx: ArticleContext, unit: Unit, hit: Hit, members: Any, from_groups: list[str], to_group: str
) -> EventMention:
    phrase = member_phrase(members)
    start, end = clause_span(hit.clause_head)
    event = mention_of_unit(
        ctx.article.document_id,
        unit,
        SUB_TYPE,
        actor1=from_groups[0] if from_groups else None,
        assoc_actor_1=from_groups[1:],
        actor2=to_group,
        place=place_for(ctx, start, end, ctx.place_mentions),
        certainty=hit.trigger.strength,
    )
    set_date(event, ctx, unit, [unit], [hit], allow_report_date=False)
    event.affiliation = AffiliationChange(
        members=ctx.article.clean_text[phrase[0].idx : phrase[-1].idx + len(phrase[-1])],
        from_group=event.actor1,
        to_group=to_group,
        quantity=quantity_of(members),
        date=event.date,
        members_name=None if event.actor1 else members_name(members),
    )
    return event


def has_own_place(ctx: ArticleContext, unit: Unit) -> bool:
    """A town or province named in the sentence itself (not the article's focus or a country)."""
    return any(
        m.kind == "place"
        and m.place is not None
        and (m.place.name or m.place.admin1)
        and unit.start <= m.start < unit.end
        for m in ctx.article.mentions
    )


def merge_affiliations(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        same = next((k for k in kept if same_development(k, draft)), None)
        if same is None:
            kept.append(draft)
            continue
        event, other = same.event, draft.event
        groups = [g for g in [event.actor1, *event.assoc_actor_1, other.actor1, *other.assoc_actor_1] if g]
        unique = list(dict.fromkeys(groups))
        event.actor1 = unique[0] if unique else None
        event.assoc_actor_1 = unique[1:]
        event.certainty = max(event.certainty, other.certainty)
    return kept


def same_development(first: Draft, later: Draft) -> bool:
    a, b = first.event, later.event
    if a.actor2 != b.actor2 or first.own_place or later.own_place or a.date or b.date:
        return False
    groups_a = {a.actor1, *a.assoc_actor_1} - {None}
    groups_b = {b.actor1, *b.assoc_actor_1} - {None}
    return not groups_a or not groups_b or bool(groups_a & groups_b)
