"""Near-duplicate detection and cross-document event coreference, as pure functions.

The pipeline asks the store for candidates (documents sharing a MinHash band, mentions sharing a block
key) and decides with the functions here; nothing in this module touches the store. Two jobs:

- near-duplicates: ``minhash_of`` → ``band_keys`` (indexed by the store) → ``estimated_jaccard``;
- event coreference: ``block_keys`` (indexed by the store) → ``same_event`` on each candidate pair →
  ``cluster`` (connected components, honouring analyst corrections) → ``fuse_event`` per cluster.

Every result depends only on its inputs as sets, never on arrival order, so a ledger built from the
same articles in any order is the same ledger.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import LeanMinHash, MinHash

from eventledger.kb.taxonomy import sub_event_types
from eventledger.models import Event, EventMention, Place, SourceEntry

# ---------------------------------------------------------------- near-duplicates

SHINGLE_WORDS = 5
MINHASH_SEED = 1  # fixed: sketches stored by one run must compare with the next run's
_WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def minhash_of(text: str, num_perm: int = 128) -> MinHash:
    """A MinHash sketch of the text's 5-word shingles (case and punctuation folded)."""
    sketch = MinHash(num_perm=num_perm, seed=MINHASH_SEED)
    sketch.update_batch([s.encode("utf-8") for s in sorted(_shingles(text))])
    return sketch


def band_keys(m: MinHash, bands: int = 32) -> list[str]:
    """LSH band keys ``"b07:1f3a..."``: two sketches share a key when one band of rows agrees.

    With 128 permutations and 32 bands of 4 rows, pairs at Jaccard 0.8 share a band with
    probability ≈ 1 - (1 - 0.8^4)^32 > 0.9999, pairs at 0.3 only ≈ 0.23; the exact Jaccard estimate
    then confirms.
    """
    values = [int(v) for v in m.hashvalues]
    rows = len(values) // bands
    if rows < 1:
        raise ValueError(f"{bands} bands need at least {bands} permutations, got {len(values)}")
    keys = []
    for band in range(bands):
        chunk = values[band * rows : (band + 1) * rows]
        digest = hashlib.sha1(struct.pack(f"<{rows}Q", *chunk)).hexdigest()[:16]
        keys.append(f"b{band:02d}:{digest}")
    return keys


def estimated_jaccard(a: MinHash, b: MinHash) -> float:
    return float(a.jaccard(b))


def minhash_to_bytes(m: MinHash) -> bytes:
    lean = LeanMinHash(m)
    buf = bytearray(lean.bytesize(byteorder="<"))
    lean.serialize(buf, byteorder="<")
    return bytes(buf)


def minhash_from_bytes(data: bytes) -> MinHash:
    return LeanMinHash.deserialize(data, byteorder="<")


# ---------------------------------------------------------------- type families and blocking

# Families that may describe one incident: outlets code a mosque bombing as a suicide bomb or as an
# attack on civilians, and ACLED folds an airstrike during a battle into the battle.
_VIOLENT = frozenset({"battle", "explosion", "civilians"})
MAX_WEEK_BUCKETS = 6  # a month-precision date covers 5–6 ISO weeks; wider ranges count as undated
_BACKGROUND_SLACK_DAYS = 3  # "last week's attack": the recalled date is fuzzy


def type_family(m: EventMention) -> str:
    """The coarse kind of event; affiliation changes are their own family (not a clash or a base)."""
    if m.event_type == "Battles":
        return "battle"
    if m.event_type == "Explosions/Remote violence":
        return "explosion"
    if m.event_type == "Violence against civilians":
        return "civilians"
    if m.event_type in ("Protests", "Riots"):
        return "protest"
    if m.event_type == "Strategic developments":
        return "affiliation" if m.sub_event_type == "Change to group/activity" else "strategic"
    return "other"


def _block_family(family: str) -> str:
    return "violent" if family in _VIOLENT else family


def date_range(m: EventMention, *, slack: bool = True) -> tuple[dt.date, dt.date] | None:
    """The days the event may fall on, from the explicit range or the date ± its precision window
    (widened for a background mention unless ``slack`` is False)."""
    if m.date_earliest and m.date_latest:
        low, high = m.date_earliest, m.date_latest
    elif m.date is not None:
        half = {1: 1, 2: 3, 3: 15}.get(m.time_precision or 0, 3)
        low, high = m.date - dt.timedelta(days=half), m.date + dt.timedelta(days=half)
    else:
        return None
    if m.background and slack:
        widen = dt.timedelta(days=_BACKGROUND_SLACK_DAYS)
        low, high = low - widen, high + widen
    return low, high


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _week_buckets(m: EventMention) -> list[str] | None:
    span = date_range(m)
    if span is None:
        return None
    low, high = span
    weeks: list[str] = []
    day = low - dt.timedelta(days=low.weekday())
    while day <= high:
        weeks.append(_iso_week(day))
        if len(weeks) > MAX_WEEK_BUCKETS:
            return None
        day += dt.timedelta(days=7)
    return weeks


def block_keys(m: EventMention) -> list[str]:
    """Candidate keys ``family|week|ISO3``: mentions that may corefer share at least one.

    A key holds only the events of one country, one week and one family, so the number of candidates
    for a new mention depends on how busy that week was, not on how big the ledger is.
    """
    family = _block_family(type_family(m))
    iso3 = (m.place.iso3 if m.place and m.place.iso3 else "XXX").upper()
    weeks = _week_buckets(m)
    if weeks is None:
        return [f"{family}|undated|{iso3}"]
    return [f"{family}|{week}|{iso3}" for week in weeks]


# ---------------------------------------------------------------- pairwise decision

SAME_EVENT_THRESHOLD = 0.6
_WEIGHTS = {"type": 0.15, "date": 0.25, "place": 0.25, "actors": 0.2, "evidence": 0.15}

# Actor names that say who, but not which group: compatible with any specific name.
# "Civilians" or "Protesters" is not among them: it names a kind of victim that "police" contradicts.
_GENERIC_ACTOR_WORDS = (
    "unidentified", "unknown", "gunmen", "militants", "armed men", "attackers", "insurgents",
    "assailants", "bandits", "suspects",
)  # fmt: skip
_STOPWORDS = frozenset(
    {
        "the", "and", "for", "with", "from", "was", "were", "are", "has", "have", "had", "said", "says",
        "that", "this", "which", "who", "when", "after", "before", "into", "its", "their", "his", "her",
        "been", "than", "but", "not", "also", "over",
    }
)  # fmt: skip


def _type_score(a: EventMention, b: EventMention) -> float | None:
    fa, fb = type_family(a), type_family(b)
    if fa == fb:
        return 1.0 if a.sub_event_type == b.sub_event_type else 0.8
    if fa in _VIOLENT and fb in _VIOLENT:
        return 0.5
    return None


def _bounded_range(m: EventMention, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    span = date_range(m)
    if span is None:
        return None
    low, high = span
    if published is not None and high > published and low <= published:
        high = published  # an article cannot report what has not happened yet
    return low, high


def _date_score(
    a: EventMention, b: EventMention, a_published: dt.date | None, b_published: dt.date | None
) -> float | None:
    ra, rb = _bounded_range(a, a_published), _bounded_range(b, b_published)
    if ra is None or rb is None:
        # Undated: only forbid a mention that starts after the other article was published.
        if ra is not None and b_published is not None and ra[0] > b_published:
            return None
        if rb is not None and a_published is not None and rb[0] > a_published:
            return None
        return 0.4
    if ra[0] > rb[1] or rb[0] > ra[1]:
        return None
    strict_a, strict_b = date_range(a, slack=False), date_range(b, slack=False)
    if strict_a and strict_b and (strict_a[0] > strict_b[1] or strict_b[0] > strict_a[1]):
        return 0.3  # only a recalled date's fuzziness lets them meet
    if a.time_precision == 1 and b.time_precision == 1:
        # Two exact days a day apart may be one overnight incident, but in a busy city they are more
        # often two incidents: tolerated, weakly.
        return 1.0 if a.date == b.date else 0.2
    return 0.8


def _norm(name: str | None) -> str:
    if not name:
        return ""
    folded = name.casefold().strip()
    return re.sub(r"\s+(province|state|region|district|city)$", "", folded)


def _same_town(a: Place, b: Place) -> bool:
    if a.geonameid and b.geonameid:
        return a.geonameid == b.geonameid
    return _norm(a.name) == _norm(b.name)


def _place_score(a: Place | None, b: Place | None) -> float | None:
    if a is None or b is None:
        return 0.3
    if a.iso3 and b.iso3 and a.iso3.upper() != b.iso3.upper():
        return None
    if not a.admin1 or not b.admin1:
        return 0.4  # country-level: compatible with anything in the country, but weak
    if _norm(a.admin1) != _norm(b.admin1):
        return None
    if a.name and b.name:
        return 1.0 if _same_town(a, b) else None
    return 0.7  # one is the province the other's town lies in


def is_generic_actor(name: str | None) -> bool:
    """True for names that do not single out a group ("Unidentified Armed Group", "gunmen")."""
    if not name:
        return True
    folded = name.casefold()
    return name[:1].islower() or any(word in folded for word in _GENERIC_ACTOR_WORDS)


def _side_agreement(x: str | None, y: str | None) -> int:
    """+1 same named actor, -1 two different named actors, 0 nothing to compare."""
    if is_generic_actor(x) or is_generic_actor(y):
        return 0
    return 1 if _norm(x) == _norm(y) else -1


def _actor_score(a: EventMention, b: EventMention) -> float:
    a1, a2 = a.actor1 or a.claimed_by, a.actor2
    b1, b2 = b.actor1 or b.claimed_by, b.actor2
    straight = [_side_agreement(a1, b1), _side_agreement(a2, b2)]
    swapped = [_side_agreement(a1, b2), _side_agreement(a2, b1)]
    # Outlets disagree on who is actor1 in a clash: the swapped reading counts only when it matches
    # more names, so a swap cannot hide a conflict by pairing a name with a generic one.
    sides = swapped if swapped.count(1) > straight.count(1) else straight
    return max(0.0, min(1.0, 0.5 + 0.25 * sum(sides)))


def _tokens(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if len(w) > 2 and w not in _STOPWORDS}


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def _evidence_score(a: EventMention, b: EventMention) -> float:
    ta, tb = _tokens(a.evidence), _tokens(b.evidence)
    if not ta or not tb:
        return 0.0
    overlap = len(ta & tb) / len(ta | tb)
    shared_numbers = _numbers(a.evidence) & _numbers(b.evidence)
    return min(1.0, 2.0 * overlap + (0.2 if shared_numbers else 0.0))


def _fatalities_adjustment(a: EventMention, b: EventMention) -> float:
    """Weak evidence only: tolls grow over days, so a mismatch barely counts."""
    fa = a.fatalities_min if a.fatalities_min is not None else a.fatalities_max
    fb = b.fatalities_min if b.fatalities_min is not None else b.fatalities_max
    if fa is None or fb is None:
        return 0.0
    if fa == fb:
        return 0.05
    return -0.03 if max(fa, fb) > 10 * max(1, min(fa, fb)) else 0.0


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def same_event(
    a: EventMention,
    b: EventMention,
    *,
    a_published: dt.date | str | None,
    b_published: dt.date | str | None,
    near_duplicate: bool = False,
) -> tuple[bool, float]:
    """Whether two mentions from different articles report one incident, and the score (0–1).

    Hard constraints (any fails → not the same): different documents, compatible type family, dates
    that can overlap, places that can contain each other. Then a weighted score of type, date, place,
    actors and evidence overlap decides; ``near_duplicate`` (the articles are copies) accepts any pair
    that passes the hard constraints. Publication dates may be dates or ISO strings.
    """
    a_day, b_day = _as_date(a_published), _as_date(b_published)
    if a.document_id == b.document_id:
        return False, 0.0
    parts = {
        "type": _type_score(a, b),
        "date": _date_score(a, b, a_day, b_day),
        "place": _place_score(a.place, b.place),
    }
    if any(v is None for v in parts.values()):
        return False, 0.0
    parts["actors"] = _actor_score(a, b)
    parts["evidence"] = _evidence_score(a, b)
    score = sum(_WEIGHTS[k] * v for k, v in parts.items()) + _fatalities_adjustment(a, b)
    score = round(max(0.0, min(1.0, score)), 4)
    if near_duplicate:
        return True, score
    return score >= SAME_EVENT_THRESHOLD, score


# ---------------------------------------------------------------- clustering


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
) -> list[list[str]]:
    """Connected components of the same-event graph, split where analysts (or documents) forbid.

    Two mentions of one document are an implicit cannot-link unless an analyst must-linked them. A
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
    for members in components.values():
        result.extend(_split_component(members, by_id, edges, forbidden, must))
    return sorted((sorted(group) for group in result), key=lambda group: group[0])


def _component_forbidden(
    members: list[str], by_id: dict[str, EventMention], forbidden: set, must: set
) -> set[tuple[str, str]]:
    inside = set(members)
    found = {p for p in forbidden if p[0] in inside and p[1] in inside}
    for i, x in enumerate(members):
        for y in members[i + 1 :]:
            if by_id[x].document_id == by_id[y].document_id and _pair(x, y) not in must:
                found.add(_pair(x, y))
    return found


def _split_component(
    members: list[str], by_id: dict[str, EventMention], edges: set, forbidden: set, must: set
) -> list[list[str]]:
    conflicts = _component_forbidden(members, by_id, forbidden, must)
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
    groups = _merge_compatible_groups(owner, edges, conflicts)
    return [sorted(m for m in members if groups[owner[m]] == g) for g in sorted(set(groups.values()))]


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
            owner[node] = max(candidates, key=lambda a, n=node: _evidence_score(by_id[n], by_id[a]))
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


# ---------------------------------------------------------------- the fused record


@dataclass
class DocumentMeta:
    """What fusion needs to know of an article besides its mentions."""

    document_id: str
    source: str | None = None  # the outlet
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    duplicate_of: str | None = None


def stable_event_id(mention_ids: Iterable[str]) -> str:
    """``ev-`` + 12 hex digits of SHA-256 of the smallest mention id: the same cluster, the same id."""
    smallest = min(mention_ids)
    return "ev-" + hashlib.sha256(smallest.encode("utf-8")).hexdigest()[:12]


def _severity_rank(sub_event_type: str) -> int:
    """The taxonomy's order is ACLED's precedence: a battle with an airstrike is a battle."""
    order = sub_event_types()
    return order.index(sub_event_type) if sub_event_type in order else len(order)


def _choose_type(mentions: list[EventMention]) -> tuple[str, str]:
    """The sub-event type most reports give (weighted by certainty; background reports count half);
    ties go to the more severe type in the taxonomy's order."""
    votes: dict[tuple[str, str], float] = {}
    for m in mentions:
        weight = m.certainty * (0.5 if m.background else 1.0)
        key = (m.event_type, m.sub_event_type)
        votes[key] = votes.get(key, 0.0) + max(weight, 0.01)
    return min(votes, key=lambda k: (-round(votes[k], 6), _severity_rank(k[1]), k))


def _choose_date(mentions: list[EventMention]) -> tuple[dt.date | None, int | None]:
    """The most precise date that most other reports' ranges allow; reports of the event itself first."""
    dated = [m for m in mentions if m.date is not None]
    if not dated:
        return None, None

    def support(m: EventMention) -> int:
        return sum(1 for o in dated if (r := date_range(o)) and r[0] <= m.date <= r[1])  # type: ignore[operator]

    best = min(
        dated,
        key=lambda m: (
            m.background,
            -(support(m) * 2 >= len(dated)),
            m.time_precision or 9,
            -support(m),
            m.date,
        ),
    )
    return best.date, best.time_precision


def _place_precision(p: Place) -> int:
    if p.name:
        return p.geo_precision or 1
    return 3 if p.admin1 else 4


def _choose_place(mentions: list[EventMention]) -> Place | None:
    """The most precise place inside the province most reports name (country-level when none does)."""
    places = [m.place for m in mentions if m.place is not None]
    if not places:
        return None
    provinces: dict[str, int] = {}
    for p in places:
        if p.admin1:
            provinces[_norm(p.admin1)] = provinces.get(_norm(p.admin1), 0) + 1
    if provinces:
        province = min(provinces, key=lambda k: (-provinces[k], k))
        places = [p for p in places if _norm(p.admin1) == province]
    counts: dict[str, int] = {}
    for p in places:
        counts[_norm(p.name)] = counts.get(_norm(p.name), 0) + 1
    return min(places, key=lambda p: (_place_precision(p), -counts[_norm(p.name)], _norm(p.name)))


def _vote_name(names: Iterable[str | None], exclude: frozenset[str] = frozenset()) -> str | None:
    """The most reported name, a specific (knowledge-base) name outweighing a generic one."""
    votes: dict[str, float] = {}
    for name in names:
        if name and _norm(name) not in exclude:
            votes[name] = votes.get(name, 0.0) + (0.4 if is_generic_actor(name) else 1.0)
    if not votes:
        return None
    return min(votes, key=lambda n: (-votes[n], n))


def _choose_actors(mentions: list[EventMention]) -> dict[str, object]:
    actor1 = _vote_name(m.actor1 for m in mentions)
    actor2 = _vote_name((m.actor2 for m in mentions), exclude=frozenset({_norm(actor1)}))
    chosen = {_norm(actor1), _norm(actor2)}
    assoc1 = sorted({a for m in mentions for a in m.assoc_actor_1 if _norm(a) not in chosen})
    assoc2 = sorted({a for m in mentions for a in m.assoc_actor_2 if _norm(a) not in chosen and a not in assoc1})
    claimed = _vote_name(m.claimed_by for m in mentions)
    return {
        "actor1": actor1,
        "actor2": actor2,
        "assoc_actor_1": assoc1,
        "assoc_actor_2": assoc2,
        "claimed_by": claimed,
    }


def _source_entry(m: EventMention, meta: DocumentMeta | None) -> SourceEntry:
    return SourceEntry(
        document_id=m.document_id,
        source=meta.source if meta else None,
        url=meta.url if meta else None,
        published=meta.published if meta else None,
        evidence=m.evidence,
        fatalities_min=m.fatalities_min,
        fatalities_max=m.fatalities_max,
        attributed_to=m.attributed_to,
        mention_id=m.mention_id,
        duplicate_of=meta.duplicate_of if meta else None,
    )


def _root_document(document_id: str, documents: dict[str, DocumentMeta]) -> str:
    seen = {document_id}
    while (meta := documents.get(document_id)) and meta.duplicate_of and meta.duplicate_of not in seen:
        document_id = meta.duplicate_of
        seen.add(document_id)
    return document_id


def _independent_origins(mentions: list[EventMention], documents: dict[str, DocumentMeta]) -> int:
    """Reports are one source when they share an outlet (a copy counts as its original's outlet) or
    cite the same origin ("according to AP"): connected groups of that relation."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i] = parent[parent[i]]
        return i

    first_seen: dict[str, int] = {}
    for i, m in enumerate(mentions):
        root = _root_document(m.document_id, documents)
        meta = documents.get(root)
        keys = ["outlet:" + (_norm(meta.source) if meta and meta.source else root)]
        if m.attributed_to:
            keys.append("by:" + _norm(m.attributed_to))
        for key in keys:
            if key in first_seen:
                parent[find(i)] = find(first_seen[key])
            else:
                first_seen[key] = i
    return len({find(i) for i in range(len(mentions))})


def corroboration_of(mentions: list[EventMention], documents: dict[str, DocumentMeta]) -> int:
    """Independent sources: a syndicated copy, and reports citing the same origin, count once."""
    return max(1, _independent_origins(mentions, documents))


def _confidence(mentions: list[EventMention], corroboration: int) -> float:
    """More independent sources raise confidence; hedged and uncertain reports lower it."""
    plain = [m.certainty for m in mentions if not m.hedged]
    quality = max(plain) if plain else 0.6 * max(m.certainty for m in mentions)
    return round(max(0.05, min(0.99, (1 - 0.5**corroboration) * (0.5 + 0.5 * quality))), 3)


def _fatalities(mentions: list[EventMention], claimants: set[str]) -> tuple[int | None, int | None]:
    """ACLED's rule: the lowest credible figure; ``fatalities_max`` the highest credible one.

    A figure given by the claimant or the perpetrator (``attributed_to`` is the event's claimed_by
    or actor1, or the mention's own) is not credible: claims inflate tolls. With no credible
    figure the event's figure stays null; the claim shows in the notes.
    """
    lows, highs = [], []
    for m in mentions:
        if m.fatalities_min is None and m.fatalities_max is None:
            continue
        if is_claimant_figure(m, claimants):
            continue
        low = m.fatalities_min if m.fatalities_min is not None else m.fatalities_max
        lows.append(low)
        highs.append(m.fatalities_max if m.fatalities_max is not None else low)
    if not lows:
        return None, None
    return min(lows), max(highs)


def is_claimant_figure(m: EventMention, claimants: set[str]) -> bool:
    """The figure comes from the side that claimed or carried out the attack."""
    if not m.attributed_to:
        return False
    source = _norm(m.attributed_to)
    own = {_norm(m.claimed_by), _norm(m.actor1)} - {""}
    return any(c and (c == source or c in source or source in c) for c in claimants | own)


def figure_label(m: EventMention, outlet: str | None, claimant: bool) -> str:
    """``"Bakhtar: 46"``, ``"UNAMA: at least 100"``, ``"ISKP (claimant): 300"``."""
    who = m.attributed_to or outlet or m.document_id
    if claimant:
        who += " (claimant)"
    low, high = m.fatalities_min, m.fatalities_max
    if low is not None and high is not None and low != high:
        figure = f"{low}–{high}"
    elif low is not None and high is None:
        figure = f"at least {low}"
    elif low is None:
        figure = f"up to {high}"
    else:
        figure = f"about {low}" if m.fatalities_approximate else str(low)
    return f"{who}: {figure}"


def _dispute(mentions: list[EventMention], documents: dict[str, DocumentMeta], claimants: set[str]) -> str:
    labels: list[str] = []
    figures = set()
    for m in _by_publication(mentions, documents):
        if m.fatalities_min is None and m.fatalities_max is None:
            continue
        meta = documents.get(m.document_id)
        label = figure_label(m, meta.source if meta else None, is_claimant_figure(m, claimants))
        figures.add((m.fatalities_min, m.fatalities_max))
        if label not in labels:
            labels.append(label)
    if len(figures) < 2:
        return ""
    return "Sources differ: " + "; ".join(labels) + "."


def _place_phrase(place: Place | None) -> str:
    if place is None:
        return ""
    parts = [p for p in (place.name, place.admin1, place.country) if p]
    unique = [p for i, p in enumerate(parts) if p not in parts[:i]]
    return " in " + ", ".join(unique) if unique else ""


def summary_sentence(event: Event) -> str:
    """ACLED-style note: 'On 13 October 2023, Suicide bomb: ISKP against Civilians in Kunduz, ... .'"""
    when = ""
    if event.event_date:
        prefix = {1: "On", 2: "Around", 3: "In the month of"}.get(event.time_precision or 0, "On")
        day = (
            event.event_date.strftime("%B %Y")
            if event.time_precision == 3
            else (f"{event.event_date.day} {event.event_date.strftime('%B %Y')}")
        )
        when = f"{prefix} {day}, "
    who = event.actor1 or "unidentified actors"
    against = f" against {event.actor2}" if event.actor2 else ""
    claim = f" ({event.claimed_by} claimed responsibility)" if event.claimed_by else ""
    toll = ""
    if event.fatalities is not None:
        toll = f" {event.fatalities} reported killed (most conservative credible figure)."
    sentence = f"{when}{event.sub_event_type.lower()} by {who}{against}{_place_phrase(event.place)}{claim}."
    sentence = sentence[0].upper() + sentence[1:]
    return sentence + toll


def fuse_event(mentions: list[EventMention], documents: dict[str, DocumentMeta]) -> Event:
    """One ledger record from all the mentions of one incident (any order gives the same record)."""
    if not mentions:
        raise ValueError("fuse_event needs at least one mention")
    mentions = sorted(mentions, key=lambda m: m.mention_id)
    foreground = [m for m in mentions if not m.background] or mentions
    event_type, sub_event_type = _choose_type(mentions)
    event_date, precision = _choose_date(mentions)
    actors = _choose_actors(foreground)
    claimants = {_norm(str(actors[k])) for k in ("claimed_by", "actor1") if actors[k]}
    fatalities, fatalities_max = _fatalities(mentions, claimants)
    corroboration = corroboration_of(mentions, documents)
    event = Event(
        event_id=stable_event_id(m.mention_id for m in mentions),
        event_type=event_type,
        sub_event_type=sub_event_type,
        event_date=event_date,
        time_precision=precision,
        civilian_targeting=any(m.civilian_targeting for m in mentions),
        place=_choose_place(foreground),
        fatalities=fatalities,
        fatalities_max=fatalities_max,
        background=all(m.background for m in mentions),
        confidence=_confidence(mentions, corroboration),
        corroboration=corroboration,
        sources=[_source_entry(m, documents.get(m.document_id)) for m in _by_publication(mentions, documents)],
        **actors,  # type: ignore[arg-type]
    )
    dispute = _dispute(mentions, documents, claimants)
    event.notes = " ".join(part for part in (summary_sentence(event), dispute) if part)
    return event


def _by_publication(mentions: list[EventMention], documents: dict[str, DocumentMeta]) -> list[EventMention]:
    def key(m: EventMention) -> tuple[str, str]:
        meta = documents.get(m.document_id)
        return ((meta.published or "") if meta else "", m.mention_id)

    return sorted(mentions, key=key)
