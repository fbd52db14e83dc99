"""Ingest + clean + store, without extraction: documents/s, MB/s and peak memory on generated articles.

    python benchmarks/ingest_clean_store.py [--documents 5000]

Cleaning and storage must never be what limits the pipeline (target ≥ 500 documents/s on one core).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from eventledger.clean import clean_document
from eventledger.ingest import read_inputs
from eventledger.models import RawDocument
from eventledger.store import open_store

WORDS = (
    "the officials said security forces residents village district province attack convoy police army market "
    "town gunmen reported killed wounded clashes government rebels road bridge council spokesman morning night "
    "week month statement witnesses local hospital aid agency"
).split()
FURNITURE = ["Share this article", "Leave a Reply", "Related Articles", "Back to top button",
             "Subscribe to our newsletter", "Photo: archive (Reuters)"]


def generated_article(rng: random.Random, number: int) -> dict[str, str]:
    paragraphs = []
    for _ in range(rng.randint(4, 12)):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 25))]
            sentences.append(" ".join(words).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
    if rng.random() < 0.5:
        caption = f"Residents of a town (AFP) number {number}"
        paragraphs.insert(2, caption)
        paragraphs.insert(3, caption)
    paragraphs.extend(rng.sample(FURNITURE, 3))
    return {
        "id": f"bench-{number}",
        "source": rng.choice(["Wire A", "Daily B", "Radio C"]),
        "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "title": f"Generated report {number}",
        "text": "\n\n".join(paragraphs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=5000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for number in range(args.documents):
                out.write(json.dumps(generated_article(rng, number)) + "\n")
        size_mb = corpus.stat().st_size / 1e6
        store = open_store(str(Path(tmp) / "bench.db"))
        start = time.perf_counter()
        stored = 0
        for item in read_inputs([str(corpus)]):
            if not isinstance(item, RawDocument):
                continue
            article = clean_document(item)
            with store.transaction():
                store.add_document(article)
            stored += 1
        elapsed = time.perf_counter() - start
        store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents        {stored}")
    print(f"input            {size_mb:.1f} MB")
    print(f"seconds          {elapsed:.2f}")
    print(f"documents/s      {stored / elapsed:.0f}")
    print(f"MB/s             {size_mb / elapsed:.2f}")
    print(f"peak memory      {peak_mb:.0f} MB (max RSS of the process)")


if __name__ == "__main__":
    main()
