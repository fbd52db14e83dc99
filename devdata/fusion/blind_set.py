"""Writes a blind-written fusion set (articles.jsonl and gold.json) from its make.py's tables.

Shared by wire2/make.py and wire3/make.py, whose tables have the same form:
- ARTICLES: (id, outlet key, published, title, text);
- OUTLETS: outlet key -> outlet name (its first word or words give the article's example URL);
- EVENTS: (id, event_type, sub_event_type, date, country, admin1, location, actor1 names, actor2 names,
  claimed_by, {document: [low, high]}, {document: [claimant's low, high]}, note on the figures).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def article_rows(articles: list[tuple], outlets: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    for doc_id, outlet, published, title, text in articles:
        name = outlets[outlet]
        slug = name.split(" (")[0].lower().replace(" ", "")
        rows.append({"id": doc_id, "source": name, "url": f"https://{slug}.example/{published}/{doc_id}",
                     "published": published, "title": title, "text": text})
    return rows


def gold_event(row: tuple) -> dict[str, Any]:
    eid, etype, sub, date, country, admin1, location, actor1, actor2, claimed, by_doc, claimant, note = row
    lows = [low for low, _high in by_doc.values() if low is not None]
    event = {
        "id": eid, "required": True, "event_type": etype, "sub_event_type": sub, "date": date,
        "date_window": [date, date], "country": country, "admin1": admin1, "location": location,
        "actor1": actor1, "actor2": actor2, "claimed_by": claimed,
        "fatalities": [min(lows), max(lows)], "mentions": sorted(by_doc), "fatalities_by_doc": by_doc,
        "fatalities_note": note,
    }
    if claimant:
        event["claimant_fatalities_by_doc"] = claimant
    return event


def write_set(
    folder: Path, articles: list[tuple], outlets: dict[str, str], events: list[tuple], about: str,
    distractors: list[str],
) -> None:
    rows = article_rows(articles, outlets)
    (folder / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    gold = {
        "about": about,
        "corpus": f"devdata/fusion/{folder.name}/articles.jsonl",
        "documents": [r["id"] for r in rows],
        "distractors": distractors,
        "events": [gold_event(e) for e in events],
    }
    (folder / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
