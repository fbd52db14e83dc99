"""Rough actor agreement against UCDP GED's two sides (ucdp-ged-headlines, dev split).

    PYTHONPATH=src .venv/bin/python benchmarks/ucdp_actors.py GOLD_JSONL EVENTS_JSONL [--split dev]

UCDP names sides its own way, so agreement is approximate: "Government of X" agrees with any state
forces of X (a KB entry of type State forces of that country, or "Military/Police Forces of X" with or
without a regime period); "Civilians" with "Civilians (...)"; a named group when the KB resolves both
names to the same entry, or the folded names are equal or one contains the other. Per item the primary
event is picked as the set's own scorer does (not background first, then confidence, then order).
Reported over items with an ACLED-type event: a side found among the primary event's actors, actor1
agreeing with side_a, how often a named gold group came out as an unidentified one, and the share of
state-force names carrying a regime period.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from typing import Any

from eventledger.kb.actors import ActorKB, load_actor_kb, normalize_key
from eventledger.kb.taxonomy import is_acled

_BRACKETS = re.compile(r"\s*\([^)]*\)")
_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


def primary_events(events_path: str) -> dict[str, dict[str, Any]]:
    by_doc: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    with open(events_path, encoding="utf-8") as lines:
        for order, line in enumerate(lines):
            event = json.loads(line)
            if not is_acled(event["sub_event_type"]):
                continue
            for source in event["sources"]:
                by_doc.setdefault(source["document_id"], []).append((order, event))
    return {
        doc: min(found, key=lambda p: (bool(p[1].get("background")), -(p[1].get("confidence") or 0), p[0]))[1]
        for doc, found in by_doc.items()
    }


def state_country(kb: ActorKB, side: str) -> str | None:
    if not side.startswith("Government of "):
        return None
    return kb.country_of_phrase(_BRACKETS.sub("", side.removeprefix("Government of ")))


def is_state_of(kb: ActorKB, name: str, iso3: str) -> bool:
    entry = kb.get(name)
    return entry is not None and entry.country == iso3 and (kb.as_of(entry, None).type == "State forces"
                                                            or "state" in entry.tags)


def same_group(kb: ActorKB, side: str, name: str) -> bool:
    folded_side, folded_name = normalize_key(_BRACKETS.sub("", side)), normalize_key(_PERIOD.sub("", name))
    if folded_side and (folded_side == folded_name or folded_side in folded_name.split(" ")):
        return True
    gold = kb.lookup(side)
    found = kb.get(name)
    return gold is not None and found is not None and (gold.actor_id == found.actor_id or gold.name == found.name)


def side_agrees(kb: ActorKB, side: str, name: str | None) -> bool:
    if not name:
        return False
    iso3 = state_country(kb, side)
    if iso3 is not None:
        return is_state_of(kb, name, iso3)
    if side == "Civilians":
        return name.startswith("Civilians")
    return same_group(kb, side, name)


def score(gold_path: str, events_path: str, split: str) -> Counter[str]:
    kb = load_actor_kb()
    primary = primary_events(events_path)
    counts: Counter[str] = Counter()
    with open(gold_path, encoding="utf-8") as lines:
        golds = [g for g in map(json.loads, lines) if g["split"] == split]
    for gold in golds:
        event = primary.get(gold["id"])
        if event is None:
            continue
        counts["items"] += 1
        names = [event.get("actor1"), event.get("actor2"), *(event.get("assoc_actor_1") or "").split(";")]
        names = [n for n in names if n]
        for key in ("side_a", "side_b"):
            side = gold[key]
            found = any(side_agrees(kb, side, n) for n in names)
            counts[f"{key}_found"] += found
            named = state_country(kb, side) is None and side != "Civilians"
            if named:
                counts[f"{key}_named"] += 1
                counts[f"{key}_named_found"] += found
                counts[f"{key}_named_as_unidentified"] += any(n.startswith("Unidentified") for n in names)
        counts["actor1_is_side_a"] += side_agrees(kb, gold["side_a"], event.get("actor1"))
        for name in names:
            entry = kb.get(name)
            if entry is not None and entry.type == "State forces" and name.startswith(("Military", "Police")):
                counts["state_names"] += 1
                counts["state_names_dated"] += bool(_PERIOD.search(name))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("events")
    parser.add_argument("--split", default="dev")
    args = parser.parse_args()
    counts = score(args.gold, args.events, args.split)
    items = counts["items"] or 1
    print(f"items with an ACLED-type event: {counts['items']}")
    for key in ("side_a_found", "side_b_found", "actor1_is_side_a"):
        print(f"{key}: {counts[key]}/{items} = {counts[key] / items:.3f}")
    for side in ("side_a", "side_b"):
        named = counts[f"{side}_named"] or 1
        print(f"{side} named groups found: {counts[f'{side}_named_found']}/{named} = "
              f"{counts[f'{side}_named_found'] / named:.3f}; given as unidentified: "
              f"{counts[f'{side}_named_as_unidentified']}")
    dated = counts["state_names"] or 1
    print(f"state-force names with a regime period: {counts['state_names_dated']}/{counts['state_names']} = "
          f"{counts['state_names_dated'] / dated:.3f}")


if __name__ == "__main__":
    main()
