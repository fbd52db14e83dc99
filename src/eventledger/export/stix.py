"""The ledger as a STIX 2.1 bundle (passes stix2-validator).

- a ``report`` per article, whose object_refs are what it reports;
- a ``threat-actor`` per armed group, an ``identity`` per state force, civilian group or organisation;
- a ``location`` per event place;
- per event, ``relationship`` objects (the armed group ``targets`` its victims and the place) and a
  ``note`` that carries the event's summary, figures and confidence (STIX has no event object);
- a ``note`` per affiliation change (members of one actor joining another).

Ids are UUIDv5 of our own ids and timestamps come from the articles' published dates and the events'
``updated`` stamps, so exporting the same ledger twice gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TextIO

import stix2

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


@dataclass
class _Bundle:
    """Objects by id, and for each article the ids of what it reports."""

    objects: dict[str, Any] = field(default_factory=dict)
    reported: dict[str, set[str]] = field(default_factory=dict)
    actor_types: dict[str, str | None] = field(default_factory=dict)
    first_seen: dict[str, dt.datetime] = field(default_factory=dict)

    def add(self, obj: Any) -> str:
        self.objects.setdefault(obj.id, obj)
        return obj.id

    def report(self, document_ids: Iterable[str], refs: Iterable[str]) -> None:
        for document_id in document_ids:
            self.reported.setdefault(document_id, set()).update(refs)


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


def _location(event: dict[str, Any], created: dt.datetime) -> Any | None:
    alpha2 = _alpha2(event["iso3"])
    has_point = event["latitude"] is not None and event["longitude"] is not None
    if not alpha2 and not has_point:
        return None
    key = "|".join(str(event[k]) for k in ("iso3", "admin1", "admin2", "location", "latitude", "longitude"))
    name = event["location"] or event["admin2"] or event["admin1"] or event["country"]
    point: dict[str, Any] = {}
    if has_point:
        point = {"latitude": float(event["latitude"]), "longitude": float(event["longitude"])}
        if event["geo_precision"] in PRECISION_METRES:
            point["precision"] = PRECISION_METRES[event["geo_precision"]]
    return stix2.v21.Location(id=stix_id("location", key), name=name, country=alpha2,
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


def _add_event(bundle: _Bundle, event: dict[str, Any], stamp: str | None) -> None:
    created, modified = _event_times(event, stamp)
    confidence = _confidence(event["confidence"])
    refs: list[str] = []
    actors = {}
    for name in _actor_names(event):
        actor = bundle.objects.get(stix_id("threat-actor", name)) or bundle.objects.get(stix_id("identity", name))
        if actor is None:
            actor = _actor_object(name, bundle.actor_types.get(name), created)
            bundle.add(actor)
        actors[name] = actor.id
        refs.append(actor.id)
    location = _location(event, created)
    if location is not None:
        refs.append(bundle.add(location))
    attacker = actors.get(event["actor1"] or "")
    if attacker and attacker.startswith("threat-actor--"):
        start = _day(event["event_date"])
        victim = actors.get(event["actor2"] or "", "")
        targets = [victim] if victim.startswith("identity--") else []
        targets += [location.id] if location is not None else []
        for target in targets:
            relationship = stix2.v21.Relationship(
                id=stix_id("relationship", f"{event['event_id']}|targets|{target}"), relationship_type="targets",
                source_ref=attacker, target_ref=target, description=event["notes"] or None,
                start_time=start, confidence=confidence, created=created, modified=modified,
            )
            refs.append(bundle.add(relationship))
    place = event["location"] or event["admin1"] or event["country"] or "unknown place"
    note = stix2.v21.Note(
        id=stix_id("note", f"event:{event['event_id']}"),
        abstract=f"{event['sub_event_type']}: {place}",
        content=_note_content(event), object_refs=list(dict.fromkeys(refs)) or None, confidence=confidence,
        external_references=[{"source_name": "eventledger", "external_id": event["event_id"]}],
        created=created, modified=modified,
    ) if refs else None
    if note is not None:
        refs.append(bundle.add(note))
    bundle.report((s["document_id"] for s in event["sources"]), refs)


def _add_affiliations(bundle: _Bundle, store: Store) -> None:
    for actor in store.iter_actors():
        for change in actor.affiliations:
            when = change.from_date.isoformat() if change.from_date else None
            created = _day(when) or EPOCH
            refs = []
            for name in (actor.name, change.group):
                existing = bundle.objects.get(stix_id("threat-actor", name)) or bundle.objects.get(
                    stix_id("identity", name))
                refs.append(existing.id if existing else bundle.add(
                    _actor_object(name, bundle.actor_types.get(name), created)))
            members = change.members or actor.name
            key = f"affiliation:{actor.actor_id}|{change.group}|{when}|{members}"
            note = stix2.v21.Note(
                id=stix_id("note", key), abstract="Affiliation change",
                content=f"{members} ({actor.name}) joined {change.group}" + (f" around {when}." if when else "."),
                object_refs=refs, created=created, modified=created,
            )
            bundle.add(note)
            bundle.report(change.evidence_document_ids, [note.id, *refs])


def _add_reports(bundle: _Bundle, store: Store, producer: str) -> None:
    for document in store.iter_documents():
        published = _day(document["published"]) or EPOCH
        refs = sorted(bundle.reported.get(document["document_id"], ())) or [producer]
        url = _http_url(document["url"])
        reference = {"source_name": document["source"] or "unknown outlet", "external_id": document["document_id"]}
        if url:
            reference["url"] = url
        bundle.add(stix2.v21.Report(
            id=stix_id("report", document["document_id"]), name=document["title"] or document["document_id"],
            description=f"{document['source'] or 'Unknown outlet'}, {document['published'] or 'undated'}",
            report_types=["threat-report"], published=published, object_refs=refs,
            external_references=[reference], created=published, modified=published,
        ))


def build_stix_bundle(store: Store) -> stix2.v21.Bundle:
    producer = stix2.v21.Identity(id=stix_id("identity", "eventledger"), name="eventledger",
                                  identity_class="system", created=EPOCH, modified=EPOCH)
    bundle = _Bundle()
    bundle.add(producer)
    bundle.actor_types = {a.name: a.type for a in store.iter_actors()}
    for data, stamp in store.iter_event_stamps():  # each event's stamp beside it, not a query per event
        _add_event(bundle, json.loads(data), stamp)
    _add_affiliations(bundle, store)
    _add_reports(bundle, store, producer.id)
    objects = [bundle.objects[key] for key in sorted(bundle.objects)]
    bundle_id = f"bundle--{uuid.uuid5(NAMESPACE, 'bundle:' + '|'.join(sorted(bundle.objects)))}"
    return stix2.v21.Bundle(objects=objects, id=bundle_id)


def write_stix_bundle(store: Store, out: TextIO) -> None:
    """Write the ledger as one STIX 2.1 bundle (JSON) to ``out``."""
    bundle = build_stix_bundle(store)
    out.write(json.dumps(json.loads(bundle.serialize()), indent=2, ensure_ascii=False))
    out.write("\n")
