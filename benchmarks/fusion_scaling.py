"""Fusion scaling: time to fuse one new article into a ledger of 10^3 … 10^6 stored events.

    .venv/bin/python benchmarks/fusion_scaling.py [--sizes 1000 10000 100000 1000000] [--repeats 5]

Each size gets a fresh SQLite store in a temporary folder, filled with synthetic events (one mention
each, ten mentions per document) by bulk inserts straight into the store's tables — the benchmark's
only SQL, used because storing 10^6 events one article at a time would take hours. The synthetic
ledger keeps a constant density (about ``--density`` events per country, week and type family), so a
bigger ledger covers more weeks, as a real one does; what grows is the index, not the block a new
article falls in. Then ``--repeats`` new articles, each with two event mentions in the busiest recent
block, go through ``ledger.record_article`` (near-duplicate check, candidate lookup, same_event,
cluster, fuse_event, rewrite of the touched events), and the median time is reported: wall time, and the
process's CPU time (steadier on a shared machine, where wall time swings with the load).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from eventledger import fuse
from eventledger.ledger import record_article
from eventledger.models import Article, EventMention, Paragraph, Place
from eventledger.records import mention_record
from eventledger.store import open_store

COUNTRIES = [
    ("AFG", "Afghanistan", "Kabul"), ("SOM", "Somalia", "Banaadir"), ("MLI", "Mali", "Mopti"),
    ("NGA", "Nigeria", "Borno"), ("PAK", "Pakistan", "Punjab"), ("SYR", "Syria", "Idlib"),
    ("YEM", "Yemen", "Taizz"), ("COD", "DR Congo", "North Kivu"), ("MMR", "Myanmar", "Sagaing"),
    ("BFA", "Burkina Faso", "Sahel"), ("IRQ", "Iraq", "Nineveh"), ("SDN", "Sudan", "Khartoum"),
    ("ETH", "Ethiopia", "Amhara"), ("MOZ", "Mozambique", "Cabo Delgado"), ("COL", "Colombia", "Cauca"),
    ("MEX", "Mexico", "Guerrero"), ("UKR", "Ukraine", "Donetsk"), ("LBY", "Libya", "Tripoli"),
    ("CMR", "Cameroon", "Far North"), ("NER", "Niger", "Tillaberi"),
]  # fmt: skip
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
]
LATEST = dt.date(2024, 6, 28)
EVIDENCE = "Fighters attacked a checkpoint near {town} on {day}, killing {n} people, officials said."
MENTIONS_PER_DOCUMENT = 10


def synthetic_mention(i: int, rng: random.Random, weeks: int) -> EventMention:
    iso3, country, admin1 = COUNTRIES[rng.randrange(len(COUNTRIES))]
    event_type, sub_event_type = TYPES[rng.randrange(len(TYPES))]
    day = LATEST - dt.timedelta(days=rng.randrange(weeks * 7))
    town = f"Town{rng.randrange(40)}"
    doc = f"doc{i // MENTIONS_PER_DOCUMENT:07d}"
    return EventMention(
        mention_id=f"{doc}#{i % MENTIONS_PER_DOCUMENT}",
        document_id=doc,
        event_type=event_type,
        sub_event_type=sub_event_type,
        evidence=EVIDENCE.format(town=town, day=day.isoformat(), n=rng.randrange(1, 30)),
        start=0,
        end=80,
        date=day,
        time_precision=1,
        place=Place(name=town, country=country, iso3=iso3, admin1=admin1, geo_precision=1),
        actor1=f"Group{rng.randrange(200)}",
        fatalities_min=rng.randrange(0, 30),
    )


def _documents_rows(start: int, stop: int, rng: random.Random) -> tuple[list[tuple], list[tuple]]:
    docs, bands = [], []
    for d in range(start // MENTIONS_PER_DOCUMENT, (stop - 1) // MENTIONS_PER_DOCUMENT + 1):
        doc = f"doc{d:07d}"
        docs.append((doc, f"Outlet{d % 50}", "2024-01-01", "synthetic text", "[]", "[]", "{}"))
        bands.extend((f"b{b:02d}:{rng.getrandbits(64):016x}", doc) for b in range(32))
    return docs, bands


def fill_store(store, size: int, density: int, seed: int = 1) -> None:
    """Bulk-insert ``size`` one-mention events (and their documents) in chunks of 50,000."""
    rng = random.Random(seed)
    weeks = max(1, size // (density * len(COUNTRIES) * len(TYPES)))
    for start in range(0, size, 50_000):
        stop = min(size, start + 50_000)
        mentions = [synthetic_mention(i, rng, weeks) for i in range(start, stop)]
        docs, bands = _documents_rows(start, stop, rng)
        with store.transaction():
            store.conn.executemany(
                "INSERT OR IGNORE INTO documents (document_id, source, published, clean_text, paragraphs,"
                " removed, extra) VALUES (?, ?, ?, ?, ?, ?, ?)",
                docs,
            )
            store.conn.executemany("INSERT OR IGNORE INTO document_bands (band, document_id) VALUES (?, ?)", bands)
            store.conn.executemany(
                "INSERT INTO mentions (mention_id, document_id, event_id, data) VALUES (?, ?, ?, ?)",
                [(m.mention_id, m.document_id, "ev-" + m.mention_id, json.dumps(mention_record(m))) for m in mentions],
            )
            store.conn.executemany(
                "INSERT OR IGNORE INTO mention_blocks (block, mention_id) VALUES (?, ?)",
                [(key, m.mention_id) for m in mentions for key in fuse.block_keys(m)],
            )
            store.conn.executemany(
                "INSERT INTO events (event_id, event_date, event_type, sub_event_type, country, admin1,"
                " fatalities, background, updated, data) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, '{}')",
                [
                    (
                        "ev-" + m.mention_id, m.date.isoformat(), m.event_type, m.sub_event_type,  # type: ignore[union-attr]
                        m.place.country, m.place.admin1, m.fatalities_min, "2024-07-01T00:00:00Z",  # type: ignore[union-attr]
                    )
                    for m in mentions
                ],
            )  # fmt: skip


def new_article(k: int) -> Article:
    """An article with two reports in Kabul in the latest week: the block every size shares."""
    text = (
        f"Gunmen attacked a police post in Town{k} on Thursday, killing {k + 3} officers, officials said."
        f"\n\nSeparately, a roadside bomb hit a patrol near Town{k + 1} on Friday. Report number {k}."
    )
    doc = f"new{k:03d}"
    place = Place(name=f"Town{k}", country="Afghanistan", iso3="AFG", admin1="Kabul", geo_precision=1)
    mentions = [
        EventMention(
            mention_id=f"{doc}#{j}", document_id=doc, event_type=et, sub_event_type=st,
            evidence=text.split("\n\n")[j], start=0, end=10, date=LATEST - dt.timedelta(days=1 - j),
            time_precision=1, place=place, actor1="Group7", fatalities_min=k + 3 if j == 0 else None,
        )
        for j, (et, st) in enumerate(TYPES[:2])
    ]  # fmt: skip
    article = Article(
        document_id=doc, origin="benchmark", raw_text=text, clean_text=text, title=f"Report {k}",
        source="Benchmark Wire", published=LATEST.isoformat(), language="en",
        paragraphs=[Paragraph(0, text.index("\n\n")), Paragraph(text.index("\n\n") + 2, len(text))],
    )  # fmt: skip
    article.events = mentions
    return article


def time_one_size(size: int, density: int, repeats: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(str(Path(folder) / "bench.db"))
        started = time.perf_counter()
        fill_store(store, size, density)
        build = time.perf_counter() - started
        timings, cpu, candidates = [], [], []
        for k in range(repeats):
            article = new_article(k)
            keys = sorted({key for m in article.events for key in fuse.block_keys(m)})
            candidates.append(len(store.candidate_mentions(keys)))
            started, started_cpu = time.perf_counter(), time.process_time()
            record_article(store, article)
            timings.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        store.close()
    return {
        "build_s": build, "fuse_ms": 1000 * statistics.median(timings), "fuse_cpu_ms": 1000 * statistics.median(cpu),
        "candidates": statistics.median(candidates),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000, 1_000_000])
    parser.add_argument("--density", type=int, default=10, help="events per country, week and type")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    rows = []
    print(f"{'stored events':>14} {'build s':>9} {'candidates':>11} {'fuse one article ms':>20} {'CPU ms':>8}")
    for size in args.sizes:
        row = time_one_size(size, args.density, args.repeats)
        rows.append(row)
        print(
            f"{size:>14,} {row['build_s']:>9.1f} {row['candidates']:>11.0f} {row['fuse_ms']:>20.1f}"
            f" {row['fuse_cpu_ms']:>8.1f}",
            flush=True,
        )
    if len(rows) > 1:
        wall, cpu = (rows[-1][k] / rows[0][k] for k in ("fuse_ms", "fuse_cpu_ms"))
        print(f"growth {args.sizes[0]:,} → {args.sizes[-1]:,}: {wall:.2f}× wall, {cpu:.2f}× CPU")


if __name__ == "__main__":
    main()
