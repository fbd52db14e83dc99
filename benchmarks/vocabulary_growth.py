"""What a stream of new words costs a worker: spaCy keeps every word form it meets (a lexeme and its
strings) for the life of the process, unless the parse runs in a memory zone (annotate.parse_zone, as
process_articles runs each batch). Parses short reports that each bring a few words never seen before
(made-up place and group names, numbers), in batches of 32 as ingest does, with and without the zone,
and prints the vocabulary's string count and the process's RSS as it goes.

    .venv/bin/python benchmarks/vocabulary_growth.py [--documents 3000] [--zone|--no-zone]

Run each way in a fresh process (the vocabulary only ever grows within one).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import string

import psutil

from eventledger.annotate import annotate, load_nlp, parse_zone
from eventledger.models import Article

BATCH = 32


def made_up(rng: random.Random) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(rng.choice("aeioulnrstvkmz") for _ in range(rng.randint(5, 9)))


def report(number: int, rng: random.Random) -> Article:
    text = (f"Fighters of the {made_up(rng)} Front attacked {made_up(rng)} near {made_up(rng)} on Monday,"
            f" killing {rng.randint(10, 99_999)} people, officials in {made_up(rng)} said.")
    return Article(f"r{number}", "stream", text, clean_text=text, language="en")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--zone", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    nlp = load_nlp()
    rng = random.Random(7)
    process = psutil.Process()
    print(f"{'with' if args.zone else 'without'} a memory zone per batch of {BATCH}:")
    for start in range(0, args.documents, BATCH):
        batch = [report(n, rng) for n in range(start, min(start + BATCH, args.documents))]
        with parse_zone() if args.zone else contextlib.nullcontext():
            for article in annotate(batch, batch_size=BATCH):
                assert article.doc is not None and article.doc[0].lemma_  # the parse is read, as extraction does
                article.doc = None
        done = start + len(batch)
        if done % (BATCH * 20) == 0 or done == args.documents:
            print(f"  {done:6,} documents: {len(nlp.vocab.strings):8,} strings,"
                  f" RSS {process.memory_info().rss / 2**20:6.0f} MB")


if __name__ == "__main__":
    main()
