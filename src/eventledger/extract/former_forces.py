"""Members of a defunct state force, in an affiliation change after a regime change.

A generic role noun ("intelligence agents", "members of the army") resolves to the role's holder on the
publication date (the Taliban's army after 2021-08-15). In an affiliation change that reading is wrong
when the members leave *away from* that holder: people do not flee, hide from or defect away from their
own side. So the members are former members of the role's defunct holder (the Afghan National Army, the
National Directorate of Security) when the role has one and
- the current holder (or the organisation it belongs to) is the group they join; or
- it is named elsewhere in the same sentence: the pursuer, searcher or new ruler they escape
  ("to escape the movement's pursuit", "after the Taliban searched their homes", "since the Taliban's
  takeover"); or
- the phrase says "other members of the army" after the article has already described members of that
  role as members of the defunct force ("other" continues the same category).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventledger.kb.actors import ActorEntry, ActorKB, normalize_key
from eventledger.models import Mention

STATE_ROLES = frozenset({"military", "police", "intelligence"})
CONTINUATION_WORDS = frozenset({"other", "another", "more", "further"})


class FormerForces:
    """Re-reads role-noun members of affiliation changes in one article; remembers what it decided."""

    def __init__(self, mentions: list[Mention], published: dt.date | None, kb: ActorKB) -> None:
        self.kb = kb
        self.on = published
        self.mentions = mentions
        self.defunct_by_role: dict[str, str] = {}  # role -> defunct holder already used in this article

    def resolve(self, mention: Mention, phrase: list[Any], sentence: Any, to_group: str) -> str | None:
        """The canonical member group for an actor mention inside an affiliation change's member phrase."""
        role = self.role_of(mention)
        if role is None:
            return mention.canonical
        if mention.former:
            self.defunct_by_role[role] = mention.canonical or ""
            return mention.canonical
        holder = self.kb.get(mention.actor_id or "") or self.kb.get(mention.canonical or "")
        defunct = self.defunct_holder(role, holder)
        if holder is None or defunct is None:
            return mention.canonical
        if (
            self.joins_own_side(holder, to_group)
            or self.holder_named_outside(holder, phrase, sentence)
            or self.continues_defunct(role, defunct, phrase)
        ):
            self.mark_former(mention, defunct)
            self.defunct_by_role[role] = defunct.name
            return defunct.name
        return mention.canonical

    def role_of(self, mention: Mention) -> str | None:
        """The state role of a generic role-noun mention ("army" -> military); None for names."""
        if mention.resolution != "generic":
            return None
        role = self.kb.agents.get(normalize_key(mention.text))
        return role if role in STATE_ROLES else None

    def defunct_holder(self, role: str, holder: ActorEntry | None) -> ActorEntry | None:
        if holder is None or not holder.country:
            return None
        entry, former = self.kb.state_actor(role, holder.country, self.on, former=True)
        return entry if former and self.kb.is_defunct(entry, self.on) and entry.name != holder.name else None

    def side_of(self, holder: ActorEntry) -> set[str]:
        """The holder and the organisation it belongs to (the GDI is the Taliban's)."""
        names = {holder.name}
        parent = self.kb.get(holder.branch_of) if holder.branch_of else None
        if parent is not None:
            names.add(parent.name)
        return names

    def joins_own_side(self, holder: ActorEntry, to_group: str) -> bool:
        return to_group in self.side_of(holder)

    def holder_named_outside(self, holder: ActorEntry, phrase: list[Any], sentence: Any) -> bool:
        side = self.side_of(holder)
        start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
        return any(
            m.kind == "actor"
            and m.canonical in side
            and m.resolution != "generic"
            and sentence.start_char <= m.start < sentence.end_char
            and not (start <= m.start < end)
            for m in self.mentions
        )

    def continues_defunct(self, role: str, defunct: ActorEntry, phrase: list[Any]) -> bool:
        return self.defunct_by_role.get(role) == defunct.name and any(
            t.lower_ in CONTINUATION_WORDS for t in phrase
        )

    def mark_former(self, mention: Mention, defunct: ActorEntry) -> None:
        """Keep the article's mention list consistent with the reading chosen here."""
        mention.canonical = defunct.name
        mention.actor_id = defunct.actor_id
        mention.former = True
