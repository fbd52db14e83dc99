"""The ledger as a STIX 2.1 bundle (passes stix2-validator).

- a ``report`` per article, whose object_refs are what it reports;
- a ``threat-actor`` per armed group, an ``identity`` per state force, civilian group or organisation;
- a ``location`` per event place;
- per event, ``relationship`` objects (the armed group ``targets`` its victims and the place) and a
  ``note`` that carries the event's summary, figures and confidence (STIX has no event object);
- a ``note`` per affiliation change (members of one actor joining another).

Ids are UUIDv5 of our own ids and timestamps come from the articles' published dates and the events'
``updated`` stamps, so exporting the same ledger twice gives the same bytes.

The bundle is streamed: each object is serialised when made and kept in a scratch file, then written
sorted by id, so memory holds the ids of the shared objects (actors, places), not the ledger's objects.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import stix2

from eventledger.errors import EventLedgerError
from eventledger.kb.actors import load_actor_kb, non_state_armed_types
from eventledger.kb.gazetteer import load_gazetteer
from eventledger.store import Store

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://eventledger.invalid/stix")
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # for records with no date at all
GROUP_TYPES = {"Civilians", "Protesters", "Rioters"}
PRECISION_METRES = {1: 5_000.0, 2: 25_000.0, 3: 100_000.0}  # ACLED geo_precision → STIX precision


def stix_id(kind: str, key: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}:{key}')}"


def _day(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.combine(dt.date.fromisoformat(value[:10]), dt.time(), tzinfo=dt.UTC)
    except ValueError:
        return None


def _stamp(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return _day(value)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def _http_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _alpha2(iso3: str | None) -> str | None:
    country = load_gazetteer().country(iso3) if iso3 else None
    return country.iso2 if country else None


def _confidence(value: float | None) -> int:
    return max(0, min(100, round(100 * (value if value is not None else 0.5))))


def _actor_names(event: dict[str, Any]) -> list[str]:
    names = [event["actor1"], event["actor2"], event["claimed_by"]]
    for assoc in (event["assoc_actor_1"], event["assoc_actor_2"]):
        names += (assoc or "").split(";")
    return [n for n in dict.fromkeys(names) if n]


class _Spool:
    """The bundle's objects as they are made, each serialised at once and kept in a scratch SQLite file
    (with, for each article, the ids of what it reports) rather than in memory, so that the bundle can be
    written in id order (the order, and so the bytes, the in-memory bundle had) with memory that does not
    grow with the ledger. What stays in memory is the shared objects' ids (actors, places, affiliation
    notes), not the per-event notes and relationships that make up the bulk."""

    BATCH = 2_000  # rows per executemany: one call per row would cost more than the insert
    BATCH_CHARS = 4_000_000  # and at most this much text: a report lists what its article reports, 1 MB
    # of ids for an article behind 17,000 events; 2,000 such reports held back would be gigabytes

    def __init__(self, folder: str) -> None:
        self.db = sqlite3.connect(os.path.join(folder, "bundle.db"), isolation_level=None)
        # scratch: nothing survives the export, so no journal and no sync; sorts spill to files in $TMPDIR
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = FILE", "cache_size = -16384"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute("CREATE TABLE object (id TEXT NOT NULL, text TEXT NOT NULL)")
        self.db.execute("CREATE TABLE reported (document_id TEXT NOT NULL, ref TEXT NOT NULL)")
        self.db.execute("BEGIN")
        self._objects: list[tuple[str, str]] = []
        self._chars = 0  # the text held in _objects
        self._reported: list[tuple[str, str]] = []
        self.actors: dict[str, str] = {}  # actor name -> its object's id, made on the name's first use
        self.actor_types: dict[str, str | None] = {}
        self.places: set[str] = set()  # location ids made
        self.affiliations: set[str] = set()  # affiliation note ids made

    def add(self, obj: Any) -> str:
        """Keep ``obj`` as the bundle will hold it; the caller adds each id once (the first one made wins,
        as it did in the in-memory bundle)."""
        text = _object_text(obj)
        self._objects.append((obj.id, text))
        self._chars += len(text)
        if len(self._objects) >= self.BATCH or self._chars >= self.BATCH_CHARS:
            self._flush()
        return obj.id

    def report(self, document_ids: Iterable[str], refs: Iterable[str]) -> None:
        refs = list(refs)
        self._reported.extend((document_id, ref) for document_id in document_ids for ref in refs)
        if len(self._reported) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany("INSERT INTO object VALUES (?, ?)", self._objects)
        self.db.executemany("INSERT INTO reported VALUES (?, ?)", self._reported)
        self._objects.clear()
        self._reported.clear()
        self._chars = 0

    def index_reports(self) -> None:
        """After the events and affiliations: what each article reports, found by article."""
        self._flush()
        self.db.execute("CREATE INDEX reported_by_document ON reported (document_id, ref)")

    def reported(self, document_id: str) -> list[str]:
        rows = self.db.execute("SELECT DISTINCT ref FROM reported WHERE document_id = ? ORDER BY ref",
                               (document_id,))
        return [ref for (ref,) in rows]

    def bundle_id(self) -> str:
        """uuid5 of every object id, sorted and joined by '|', hashed as the ids stream by (uuid5 is SHA-1
        of the namespace and the name) instead of joined into one string."""
        self._flush()
        digest = hashlib.sha1(NAMESPACE.bytes + b"bundle:", usedforsecurity=False)
        separator = b""
        for (object_id,) in self.db.execute("SELECT id FROM object ORDER BY id"):
            digest.update(separator + object_id.encode("utf-8"))
            separator = b"|"
        return f"bundle--{uuid.UUID(bytes=digest.digest()[:16], version=5)}"

    def texts(self) -> Iterator[str]:
        """Each object's text, by id (SQLite's sort spills to disk; byte order is str order here)."""
        self._flush()
        for (text,) in self.db.execute("SELECT text FROM object ORDER BY id"):
            yield text

    def close(self) -> None:
        self.db.close()


def _object_text(obj: Any) -> str:
    """``obj`` as the whole bundle's ``json.dumps(..., indent=2)`` writes it inside ``objects``: stix2's own
    serialisation, decoded and encoded again, each line indented two levels (a JSON string holds no raw
    line end, so every line end is the layout's)."""
    text = json.dumps(json.loads(obj.serialize()), indent=2, ensure_ascii=False)
    return "    " + text.replace("\n", "\n    ")


def _is_armed(name: str, actor_type: str | None) -> bool:
    kb_entry = load_actor_kb().get(name)
    if kb_entry is not None and ("armed_group" in kb_entry.tags or kb_entry.type in non_state_armed_types()):
        return True
    return actor_type in non_state_armed_types() or "armed group" in name.lower()


def _actor_object(name: str, actor_type: str | None, created: dt.datetime) -> Any:
    description = f"ACLED actor type: {actor_type}" if actor_type else None
    entry = load_actor_kb().get(name)
    aliases = [a for a in (entry.aliases if entry else ()) if a != name] or None
    if _is_armed(name, actor_type):
        return stix2.v21.ThreatActor(id=stix_id("threat-actor", name), name=name, description=description,
                                     aliases=aliases, created=created, modified=created)
    if entry is not None and entry.kind == "person":
        identity_class = "individual"
    elif actor_type in GROUP_TYPES:
        identity_class = "group"
    else:
        identity_class = "organization"
    return stix2.v21.Identity(id=stix_id("identity", name), name=name, description=description,
                              identity_class=identity_class, created=created, modified=created)


def _location_id(event: dict[str, Any]) -> str | None:
    """The id of the event's place; None when it has neither a country nor a point."""
    if not _alpha2(event["iso3"]) and (event["latitude"] is None or event["longitude"] is None):
        return None
    key = "|".join(str(event[k]) for k in ("iso3", "admin1", "admin2", "location", "latitude", "longitude"))
    return stix_id("location", key)


def _location(event: dict[str, Any], location_id: str, created: dt.datetime) -> Any:
    alpha2 = _alpha2(event["iso3"])
    has_point = event["latitude"] is not None and event["longitude"] is not None
    name = event["location"] or event["admin2"] or event["admin1"] or event["country"]
    point: dict[str, Any] = {}
    if has_point:
        point = {"latitude": float(event["latitude"]), "longitude": float(event["longitude"])}
        if event["geo_precision"] in PRECISION_METRES:
            point["precision"] = PRECISION_METRES[event["geo_precision"]]
    return stix2.v21.Location(id=location_id, name=name, country=alpha2,
                              administrative_area=event["admin1"], city=event["location"], created=created,
                              modified=created, **point)


def _event_times(event: dict[str, Any], stamp: str | None) -> tuple[dt.datetime, dt.datetime]:
    published = [d for d in (_day(s["published"]) for s in event["sources"]) if d]
    created = min(published) if published else (_day(event["event_date"]) or EPOCH)
    updated = _stamp(stamp) or created
    return created, max(created, updated)


def _note_content(event: dict[str, Any]) -> str:
    figures = "unknown" if event["fatalities"] is None else str(event["fatalities"])
    if event["fatalities_max"] not in (None, event["fatalities"]):
        figures += f" (up to {event['fatalities_max']})"
    lines = [
        f"{event['event_type']} / {event['sub_event_type']} on {event['event_date'] or 'an unknown date'}.",
        event["notes"] or "",
        f"Fatalities: {figures}. Confidence {event['confidence']}; {event['corroboration']} independent source(s).",
    ]
    for s in event["sources"]:
        who = f", according to {s['attributed_to']}" if s["attributed_to"] else ""
        lines.append(f"{s['source'] or s['document_id']} ({s['published'] or 'undated'}){who}: {s['evidence']}")
    return "\n".join(line for line in lines if line)


def _actor_id(spool: _Spool, name: str, created: dt.datetime) -> str:
    """The actor's object id, the object made the first time the name comes up (``created`` then)."""
    actor_id = spool.actors.get(name)
    if actor_id is None:
        actor_id = spool.actors[name] = spool.add(_actor_object(name, spool.actor_types.get(name), created))
    return actor_id


def _add_event(spool: _Spool, event: dict[str, Any], stamp: str | None) -> None:
    created, modified = _event_times(event, stamp)
    confidence = _confidence(event["confidence"])
    refs: list[str] = []
    actors = {}
    for name in _actor_names(event):
        actors[name] = _actor_id(spool, name, created)
        refs.append(actors[name])
    location_id = _location_id(event)
    if location_id is not None:
        if location_id not in spool.places:  # a place is made once, on the first event there
            spool.places.add(location_id)
            spool.add(_location(event, location_id, created))
        refs.append(location_id)
    attacker = actors.get(event["actor1"] or "")
    if attacker and attacker.startswith("threat-actor--"):
        start = _day(event["event_date"])
        victim = actors.get(event["actor2"] or "", "")
        targets = [victim] if victim.startswith("identity--") else []
        targets += [location_id] if location_id is not None else []
        for target in targets:
            relationship = stix2.v21.Relationship(
                id=stix_id("relationship", f"{event['event_id']}|targets|{target}"), relationship_type="targets",
                source_ref=attacker, target_ref=target, description=event["notes"] or None,
                start_time=start, confidence=confidence, created=created, modified=modified,
            )
            refs.append(spool.add(relationship))
    place = event["location"] or event["admin1"] or event["country"] or "unknown place"
    if refs:
        refs.append(spool.add(stix2.v21.Note(
            id=stix_id("note", f"event:{event['event_id']}"),
            abstract=f"{event['sub_event_type']}: {place}",
            content=_note_content(event), object_refs=list(dict.fromkeys(refs)), confidence=confidence,
            external_references=[{"source_name": "eventledger", "external_id": event["event_id"]}],
            created=created, modified=modified,
        )))
    spool.report((s["document_id"] for s in event["sources"]), refs)


def _add_affiliations(spool: _Spool, store: Store) -> None:
    for actor in store.iter_actors():
        for change in actor.affiliations:
            when = change.from_date.isoformat() if change.from_date else None
            created = _day(when) or EPOCH
            refs = [_actor_id(spool, name, created) for name in (actor.name, change.group)]
            members = change.members or actor.name
            key = f"affiliation:{actor.actor_id}|{change.group}|{when}|{members}"
            note_id = stix_id("note", key)
            if note_id not in spool.affiliations:  # the same change recorded twice is one note
                spool.affiliations.add(note_id)
                spool.add(stix2.v21.Note(
                    id=note_id, abstract="Affiliation change",
                    content=f"{members} ({actor.name}) joined {change.group}" + (f" around {when}." if when else "."),
                    object_refs=refs, created=created, modified=created,
                ))
            spool.report(change.evidence_document_ids, [note_id, *refs])


def _add_reports(spool: _Spool, store: Store, producer: str) -> None:
    for document in store.iter_documents():
        published = _day(document["published"]) or EPOCH
        refs = spool.reported(document["document_id"]) or [producer]
        url = _http_url(document["url"])
        reference = {"source_name": document["source"] or "unknown outlet", "external_id": document["document_id"]}
        if url:
            reference["url"] = url
        spool.add(stix2.v21.Report(
            id=stix_id("report", document["document_id"]), name=document["title"] or document["document_id"],
            description=f"{document['source'] or 'Unknown outlet'}, {document['published'] or 'undated'}",
            report_types=["threat-report"], published=published, object_refs=refs,
            external_references=[reference], created=published, modified=published,
        ))


def _spool_ledger(spool: _Spool, store: Store) -> None:
    producer = stix2.v21.Identity(id=stix_id("identity", "eventledger"), name="eventledger",
                                  identity_class="system", created=EPOCH, modified=EPOCH)
    spool.add(producer)
    spool.actors["eventledger"] = producer.id  # an actor of that name is the producer's object, as it always was
    spool.actor_types = {a.name: a.type for a in store.iter_actors()}
    for data, stamp in store.iter_event_stamps():  # each event's stamp beside it, not a query per event
        _add_event(spool, json.loads(data), stamp)
    _add_affiliations(spool, store)
    spool.index_reports()
    _add_reports(spool, store, producer.id)


def write_stix_bundle(store: Store, out: TextIO) -> None:
    """Write the ledger as one STIX 2.1 bundle (JSON) to ``out``: the bytes ``json.dumps(indent=2)`` gives
    of the stix2 bundle of every object sorted by id, written an object at a time. The objects wait in a
    scratch file in the temporary folder ($TMPDIR), about the size of the bundle, until the last one is
    made, since the bundle's id (written first) and the order of its objects depend on all of them."""
    with tempfile.TemporaryDirectory(prefix="eventledger-stix-") as folder:
        spool = _Spool(folder)
        try:
            _spool_ledger(spool, store)
            out.write(f'{{\n  "type": "bundle",\n  "id": "{spool.bundle_id()}",\n  "objects": [\n')
            separator = ""
            for text in spool.texts():
                out.write(separator)
                out.write(text)
                separator = ",\n"
            out.write("\n  ]\n}\n")
        except sqlite3.OperationalError as error:  # the scratch file's disk is full, or it cannot be written
            raise EventLedgerError("E115", path=folder, detail=str(error)) from None
        finally:
            spool.close()
