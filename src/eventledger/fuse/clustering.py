"""Clustering mentions into events: connected components of the same-event graph, split where an
analyst (or the one-event-per-report rule for mentions of one document) forbids a pair.

Roots, groups and the output are sorted, so the result does not depend on the order of the inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from eventledger.fuse.coreference import evidence_score
from eventledger.models import EventMention

Conflict = Callable[[EventMention, EventMention], bool]


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: str, y: str) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            # The smaller id is the root, so roots do not depend on the order of unions.
            low, high = sorted((rx, ry))
            self.parent[high] = low


def _pair(x: str, y: str) -> tuple[str, str]:
    return (x, y) if x <= y else (y, x)


def cluster(
    mentions: list[EventMention],
    pairs: Iterable[tuple[str, str]],
    must_link: Iterable[tuple[str, str]] = (),
    cannot_link: Iterable[tuple[str, str]] = (),
    *,
    conflict: Conflict | None = None,
    settled: dict[str, str] | None = None,
) -> list[list[str]]:
    """Connected components of the same-event graph, split where analysts (or documents) forbid.

    Two mentions of one document are an implicit cannot-link unless an analyst must-linked them; so
    are two mentions for which ``conflict`` holds (two towns, two days), which a chain of weaker links
    through a province-level report could otherwise join. ``settled`` (mention id → the event it was
    already in) spares comparing mentions of one stored event again: they were checked when fused. A
    component holding a cannot-link pair is split by growing groups from the forbidden pairs' ends
    over the graph (nearest first; ties go to the group whose anchor's evidence is most alike).
    Output: sorted lists of mention_ids, sorted by their first id.
    """
    by_id = {m.mention_id: m for m in mentions}
    must = {_pair(x, y) for x, y in must_link if x in by_id and y in by_id and x != y}
    edges = {_pair(x, y) for x, y in pairs if x in by_id and y in by_id and x != y} | must
    forbidden = {_pair(x, y) for x, y in cannot_link if x in by_id and y in by_id and x != y}
    edges -= forbidden
    uf = _UnionFind(sorted(by_id))
    for x, y in sorted(edges):
        uf.union(x, y)
    components: dict[str, list[str]] = {}
    for mention_id in sorted(by_id):
        components.setdefault(uf.find(mention_id), []).append(mention_id)
    result: list[list[str]] = []
    joined = _UnionFind(sorted(by_id))  # what analysts merged stays merged, transitively
    for x, y in sorted(must):
        joined.union(x, y)
    rules = _Rules(forbidden, joined, conflict, settled or {})
    for members in components.values():
        result.extend(_split_component(members, by_id, edges, rules))
    return sorted((sorted(group) for group in result), key=lambda group: group[0])


class _Rules:
    """What forbids two mentions of a component to stay together."""

    def __init__(self, forbidden: set, joined: _UnionFind, conflict: Conflict | None, settled: dict[str, str]) -> None:
        self.forbidden, self.joined, self.conflict, self.settled = forbidden, joined, conflict, settled

    def apart(self, x: EventMention, y: EventMention) -> bool:
        if self.joined.find(x.mention_id) == self.joined.find(y.mention_id):
            return False
        if x.document_id == y.document_id:
            return True
        if self.conflict is None:
            return False
        before = self.settled.get(x.mention_id)
        if before is not None and before == self.settled.get(y.mention_id):
            return False
        return self.conflict(x, y)


def _component_forbidden(members: list[str], by_id: dict[str, EventMention], rules: _Rules) -> set[tuple[str, str]]:
    inside = set(members)
    found = {p for p in rules.forbidden if p[0] in inside and p[1] in inside}
    if len(members) < 2:
        return found
    for i, x in enumerate(members):
        for y in members[i + 1 :]:
            if rules.apart(by_id[x], by_id[y]):
                found.add(_pair(x, y))
    return found


def _split_component(members: list[str], by_id: dict[str, EventMention], edges: set, rules: _Rules) -> list[list[str]]:
    conflicts = _component_forbidden(members, by_id, rules)
    if not conflicts:
        return [members]
    inside = set(members)
    neighbours: dict[str, list[str]] = {m: [] for m in members}
    for x, y in sorted(edges):
        if x in inside and y in inside:
            neighbours[x].append(y)
            neighbours[y].append(x)
    anchors = sorted({x for pair in conflicts for x in pair})
    owner = _grow_groups(anchors, neighbours, by_id)
    groups = _merge_compatible_groups(owner, edges | _settled_links(members, rules.settled, owner), conflicts)
    return [sorted(m for m in members if groups[owner[m]] == g) for g in sorted(set(groups.values()))]


def _settled_links(members: list[str], settled: dict[str, str], owner: dict[str, str]) -> set[tuple[str, str]]:
    """Links between the groups that share members of one stored event. A stored event joins the graph by a
    star from its first member; when a new report takes that hub to another group, the rest must still find
    each other: they were one event, and nothing forbids them (one member per group and event is linked)."""
    first_of: dict[str, dict[str, str]] = {}  # stored event -> group anchor -> its first member there
    for mention_id in sorted(members):
        if mention_id in settled:
            first_of.setdefault(settled[mention_id], {}).setdefault(owner[mention_id], mention_id)
    links = set()
    for by_group in first_of.values():
        firsts = sorted(by_group.values())
        links |= {_pair(x, y) for i, x in enumerate(firsts) for y in firsts[i + 1 :]}
    return links


def _grow_groups(
    anchors: list[str], neighbours: dict[str, list[str]], by_id: dict[str, EventMention]
) -> dict[str, str]:
    """Assign every member to the anchor nearest over the graph (a multi-source breadth-first search)."""
    owner = {a: a for a in anchors}
    frontier = list(anchors)
    while frontier:
        claims: dict[str, list[str]] = {}
        for node in frontier:
            for nxt in neighbours[node]:
                if nxt not in owner:
                    claims.setdefault(nxt, []).append(owner[node])
        for node in sorted(claims):
            candidates = sorted(set(claims[node]))
            # max() keeps the first of equals, and candidates are sorted: ties go to the smaller id.
            owner[node] = max(candidates, key=lambda a, n=node: evidence_score(by_id[n], by_id[a]))
        frontier = sorted(claims)
    for node in neighbours:  # unreachable only when edges were removed; keep it alone
        owner.setdefault(node, node)
    return owner


def _merge_compatible_groups(owner: dict[str, str], edges: set, conflicts: set) -> dict[str, str]:
    """Join groups linked by an edge when no forbidden pair would end up together."""
    group = {a: a for a in set(owner.values())}
    members: dict[str, set[str]] = {}
    for node, anchor in owner.items():
        members.setdefault(anchor, set()).add(node)
    for x, y in sorted(edges):
        if x not in owner or y not in owner:
            continue
        gx, gy = group[owner[x]], group[owner[y]]
        if gx == gy:
            continue
        if any(_pair(p, q) in conflicts for p in members[gx] for q in members[gy]):
            continue
        keep, drop = sorted((gx, gy))
        members[keep] |= members.pop(drop)
        for anchor, g in group.items():
            if g == drop:
                group[anchor] = keep
    return group
