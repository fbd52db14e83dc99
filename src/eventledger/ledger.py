"""The store stage: writes one processed article into the ledger, fusing its events with stored ones.

Fusion decisions are pairwise and clusters are connected components (``fuse.cluster``), so the
ledger does not depend on the order articles arrive in. Each article is one transaction (a savepoint
when the pipeline stores a group of articles in one transaction).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventledger import fuse
from eventledger.actor_merge import merged_aliases, renamed, with_actor_merges
from eventledger.errors import EventLedgerError
from eventledger.kb.actors import load_actor_kb
from eventledger.models import Actor, Article, Event, EventMention
from eventledger.review import with_review_edits
from eventledger.settings import get_setting
from eventledger.store import Store


@dataclass
class FusionOutcome:
    events_new: int = 0
    events_updated: int = 0
    event_ids: frozenset[str] = frozenset()  # the events the fused reports are now part of


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def _document_metas(store: Store, document_ids: Iterable[str]) -> dict[str, fuse.DocumentMeta]:
    return {
        doc_id: fuse.DocumentMeta(
            document_id=doc_id, source=m["source"], url=m["url"], published=m["published"],
            duplicate_of=m["duplicate_of"],
        )
        for doc_id, m in store.document_meta(document_ids).items()
    }


def link_near_duplicates(store: Store, article: Article, minhash: object, bands: Sequence[str]) -> set[str]:
    """Mark the article and its stored near-duplicates as copies of one original.

    The original is the earliest published of the group (then the smallest id), whatever the order the
    copies arrive in; returns the stored documents whose ``duplicate_of`` changed.
    """
    threshold = float(get_setting("near_duplicate_threshold"))  # type: ignore[arg-type]
    matches = [
        doc_id
        for doc_id, blob in store.documents_sharing_bands(bands, exclude=article.document_id)
        if fuse.estimated_jaccard(minhash, fuse.minhash_from_bytes(blob)) >= threshold
    ]
    if not matches:
        return set()
    metas = store.document_meta(matches)
    group = set(matches) | {m["duplicate_of"] for m in metas.values() if m["duplicate_of"]}
    metas = store.document_meta(group)
    published = {d: metas[d]["published"] or "9999" for d in group}
    published[article.document_id] = article.published or "9999"
    original = min(published, key=lambda d: (published[d], d))
    article.duplicate_of = None if original == article.document_id else original
    changed = set()
    for doc_id in sorted(group):
        wanted = None if doc_id == original else original
        if metas[doc_id]["duplicate_of"] != wanted:
            store.set_duplicate_of(doc_id, wanted)
            changed.add(doc_id)
    return changed


def _refuse(
    store: Store, event_ids: set[str], new_mentions: Sequence[EventMention],
    new_pairs: Sequence[tuple[str, str]] = (),
) -> FusionOutcome:
    """Re-cluster the given stored events together with new mentions (and their same-event pairs)."""
    stored = store.mentions_of_events(event_ids)
    mentions = {m.mention_id: m for _, m in stored}
    mentions.update({m.mention_id: m for m in new_mentions})
    # mentions already fused together stay together unless an analyst split them
    pairs = list(new_pairs)
    by_event: dict[str, list[str]] = {}
    for event_id, m in stored:
        by_event.setdefault(event_id, []).append(m.mention_id)
    for members in by_event.values():
        pairs.extend((members[0], other) for other in members[1:])
    settled = {m.mention_id: event_id for event_id, m in stored}
    return _write_clusters(store, mentions, pairs, event_ids, settled)


def _write_clusters(
    store: Store, mentions: dict[str, EventMention], pairs: list[tuple[str, str]], old_event_ids: set[str],
    settled: dict[str, str] | None = None,
) -> FusionOutcome:
    mentions = with_review_edits(store, mentions)  # an analyst's corrected figures, kept across re-fusion
    mentions = with_actor_merges(store, mentions)  # and the actors an analyst merged, under their new name
    ids = set(mentions)
    must = [(a, b) for a, b in store.links("must") if a in ids and b in ids]
    cannot = [(a, b) for a, b in store.links("cannot") if a in ids and b in ids]
    clusters = fuse.cluster(
        list(mentions.values()), pairs, must_link=must, cannot_link=cannot, conflict=fuse.conflicting,
        settled=settled,
    )
    metas = _document_metas(store, {m.document_id for m in mentions.values()})
    new_events = []
    cluster_of = {mention_id: i for i, members in enumerate(clusters) for mention_id in members}
    analyst_links: dict[int, list[tuple[str, str]]] = {}  # the must-links inside each cluster
    for a, b in must:
        if cluster_of.get(a) is not None and cluster_of.get(a) == cluster_of.get(b):
            analyst_links.setdefault(cluster_of[a], []).append((a, b))
    for i, members in enumerate(clusters):
        event = fuse.fuse_event([mentions[m] for m in sorted(members)], metas, analyst_links.get(i, []))
        new_events.append((event, sorted(members)))
    store.replace_events(old_event_ids, new_events)
    # fusion may name an actor no single report did ("Unidentified Armed Group (Mali)")
    store_actors(store, [name for event, _ in new_events for name in _event_actor_names(event) if name])
    new_ids = {e.event_id for e, _ in new_events}
    return FusionOutcome(events_new=len(new_ids - old_event_ids), events_updated=len(new_ids & old_event_ids),
                         event_ids=frozenset(new_ids))


def fuse_mentions(store: Store, article: Article) -> FusionOutcome:
    """Store the article's event mentions and fuse them with the stored events they report."""
    mentions = article.events
    published_on = article.published_date
    blocks = {
        m.mention_id: fuse.block_keys(m, published=published_on) + fuse.town_keys(m, published=published_on)
        for m in mentions
    }
    lookups = {key for m in mentions for key in fuse.lookup_keys(m, published=published_on)}
    candidates = store.candidate_mentions(sorted(lookups))
    store.add_mentions(mentions, blocks)
    metas = _document_metas(store, {c.document_id for _, c in candidates} | {article.document_id})
    published = {doc_id: fuse.as_date(meta.published) for doc_id, meta in metas.items()}  # parsed once
    pairs: list[tuple[str, str]] = []
    touched: set[str] = set()
    joined: set[tuple[str, str]] = set()  # (new mention, event): one link to an event is enough
    for new in mentions:
        new_published = published[article.document_id]
        for event_id, old in candidates:
            if old.document_id == new.document_id or (new.mention_id, event_id) in joined:
                continue
            copies = (article.duplicate_of or article.document_id) == (
                metas[old.document_id].duplicate_of or old.document_id
            )
            same = fuse.is_same_event(
                new, old, a_published=new_published, b_published=published[old.document_id],
                near_duplicate=copies,
            )
            if same:
                pairs.append((new.mention_id, old.mention_id))
                if event_id:
                    touched.add(event_id)
                    joined.add((new.mention_id, event_id))
    return _refuse(store, touched, mentions, pairs)


def store_actors(store: Store, names: Iterable[str]) -> None:
    """Record the actors a ledger names, typed as the knowledge base knows them today (the latest type,
    so that the record does not depend on which article named them first)."""
    kb = load_actor_kb()
    rename = renamed(store)  # an actor an analyst merged away is never stored again
    extra = merged_aliases(store)
    for name in sorted({rename(n) for n in names if n}):
        entry = kb.get(name)
        if entry is not None:
            aliases = [*entry.aliases, *extra.get(entry.name.casefold(), [])]
            store.upsert_actor(
                Actor(entry.actor_id, entry.name, aliases, kb.actor_type(entry, dt.date.max), entry.country)
            )
        else:
            store.upsert_actor(Actor(_slug(name), name, extra.get(name.casefold(), []), None, None))


def _event_actor_names(event: Event | EventMention) -> list[str | None]:
    return [event.actor1, event.actor2, event.claimed_by, *event.assoc_actor_1, *event.assoc_actor_2]


def record_actors(store: Store, article: Article) -> None:
    """Actors the article's events name, and the affiliation changes it reports."""
    kb = load_actor_kb()
    store_actors(store, [name for m in article.events for name in _event_actor_names(m) if name])
    for m in article.events:
        change = m.affiliation
        if change is None or not change.to_group:
            continue
        # the members' group, else their name without number or quantifier: the raw phrase ("At least 450
        # members of ...") is no actor; with neither, the change is kept without an actor of its own
        member_group = renamed(store)(change.from_group or change.members_name or "") or None
        entry = kb.get(member_group) if member_group else None
        actor_id = entry.actor_id if entry else _slug(member_group or "")
        if entry is None and member_group:
            store.upsert_actor(Actor(actor_id, member_group, [], None, None))
        store.add_affiliation(
            actor_id=actor_id, to_group=renamed(store)(change.to_group), from_group=change.from_group,
            members=change.members,
            date=change.date or m.date, document_id=article.document_id, mention_id=m.mention_id,
        )


def record_article(store: Store, article: Article) -> FusionOutcome:
    """Write one processed article and fuse its events, in one transaction (or savepoint)."""
    minhash = fuse.minhash_of(article.clean_text)
    bands = fuse.band_keys(minhash)
    with store.transaction():
        changed = link_near_duplicates(store, article, minhash, bands)
        store.add_document(article, minhash=fuse.minhash_to_bytes(minhash), bands=bands)
        outcome = fuse_mentions(store, article)
        if changed:  # their sources now name another original: rebuild the events they report
            stale = {event_id for event_id, _ in store.mentions_of_documents(changed) if event_id}
            _refuse(store, stale, [])
        store.add_quotes(article.quotes)
        store.add_claims(article.claims)
        record_actors(store, article)
    return outcome


def merge_events(store: Store, event_ids: Sequence[str], reason: str | None = None) -> str:
    """An analyst's merge: the events become one, and stay one across re-ingest and new articles."""
    stored = store.mentions_of_events(event_ids)
    found = {event_id for event_id, _ in stored}
    for event_id in event_ids:
        if event_id not in found:
            raise EventLedgerError("E107", event_id=event_id)
    anchor = stored[0][1].mention_id
    with store.transaction():
        for _, m in stored[1:]:
            store.add_link("must", anchor, m.mention_id)
        _refuse(store, set(event_ids), [])
        merged = store.event_of_mention(anchor) or ""
        store.record_audit("merge", [*event_ids, merged], [], reason)
    return merged


def refuse_events(store: Store, event_ids: Sequence[str], mention_id: str | None = None) -> str:
    """Fuse the events' reports again (after an analyst's edit or actor merge); the id of the event
    ``mention_id`` is now in. Events without stored reports are left as they are (nothing to fuse)."""
    with store.transaction():
        reported = {event_id for event_id, _ in store.mentions_of_events(event_ids)}
        if reported:
            _refuse(store, reported, [])
    return (store.event_of_mention(mention_id) or "") if mention_id else ""


def split_event(store: Store, event_id: str, documents: Sequence[str], reason: str | None = None) -> list[str]:
    """An analyst's split: the named documents' reports of the event become an event of their own."""
    stored = store.mentions_of_events([event_id])
    if not stored:
        raise EventLedgerError("E107", event_id=event_id)
    moving = [m.mention_id for _, m in stored if m.document_id in set(documents)]
    staying = [m.mention_id for _, m in stored if m.document_id not in set(documents)]
    with store.transaction():
        for a in moving:
            for b in staying:
                store.add_link("cannot", a, b)
        mentions = {m.mention_id: m for _, m in stored}
        pairs = [(group[0], m) for group in (moving, staying) if group for m in group[1:]]
        _write_clusters(store, mentions, pairs, {event_id})
        result = sorted({store.event_of_mention(m) or "" for m in mentions})
        store.record_audit("split", [event_id, *result], list(documents), reason)
    return result
