"""How running time grows with input size, on adversarial and long inputs (quadratic code shows ~100x
for 10x the input, linear code ~10x). Prints one line per function and input shape; "SLOW" marks growth
over 30x. Timing belongs here, not in the tests (the machine is shared; timings vary).

    python benchmarks/complexity.py
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable

SEED = 20211101


def _words(rng: random.Random, n: int) -> str:
    vocabulary = "the army said rebels attacked a village near the town on friday killing five people".split()
    return " ".join(rng.choice(vocabulary) for _ in range(n))


# ---------------------------------------------------------------- time grows with input, not its square

SMALL, LARGE = 1_000, 10_000
MAX_GROWTH = 30  # for 10x the input; linear code gives about 10x, quadratic code about 100x
FLOOR_SECONDS = 0.005  # below this a timing is noise: the large input may take 30x the floor


def best_time(function: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def growth(small: Callable[[], object], large: Callable[[], object], *, limit: float = MAX_GROWTH) -> float:
    """How many times longer ``large`` takes than ``small``; measured again once when over ``limit``
    (the machine is shared and one timing can spike)."""
    small()  # warm caches (compiled patterns, lexicons)
    measured = float("inf")
    for _ in range(2):
        measured = min(measured, best_time(large, 1) / max(best_time(small, 3), FLOOR_SECONDS))
        if measured < limit:
            break
    return measured


def assert_linear(function: Callable[[str], object], make: Callable[[int], str]) -> None:
    small, large = make(SMALL), make(LARGE)
    measured = growth(lambda: function(small), lambda: function(large))
    assert measured < MAX_GROWTH, f"10x the input took {measured:.0f}x the time"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


ADVERSARIAL = {
    "spaces": _repeat(" "), "digits": _repeat("7"), "digit groups": _repeat("1,"), "digit dashes": _repeat("12-"),
    "killed": _repeat("killed "), "at least": _repeat("at least "), "ranges": _repeat("1 to "),
    "between": _repeat("between 1 and "), "tolls": _repeat("at least 5 people were killed, "),
    "counts and cues": _repeat("killed 5 and "), "dates": _repeat("on 1 January 2021 and "),
    "quotes": _repeat("“‘«\"'"), "blank lines": _repeat("\n \n"), "dots": _repeat("..."),
    "hyphenated": _repeat("twenty-one hundred and "), "one long word": _repeat("a"),
}


def _time_functions() -> dict[str, Callable[[str], object]]:
    from eventledger.attribution.quotes import find_quote_spans
    from eventledger.clean import classify_paragraphs, split_paragraphs
    from eventledger.extract.numbers import parse_fatalities, parse_number
    from eventledger.extract.times import find_time_expressions
    from eventledger.ingest.text import split_title
    from eventledger.langid import identify_language

    published = dt.date(2021, 11, 1)
    return {
        "find_time_expressions": lambda t: find_time_expressions(t, published),
        "parse_fatalities": lambda t: parse_fatalities(t + " were killed"),
        "parse_number": parse_number,
        "split_paragraphs": split_paragraphs,
        "classify_paragraphs": lambda t: classify_paragraphs([t, "Soldiers killed five rebels, officials said."]),
        "split_title": split_title,
        "identify_language": identify_language,
        "find_quote_spans": lambda t: find_quote_spans(t, [(0, len(t))]),
    }








# ---------------------------------------------------------------- long articles through the parse-based stages

REPORTING = [
    "“We will not stop,” a commander said on Monday.",
    "Police said at least 12 people were killed in Kano on Friday.",
    "According to officials, gunmen attacked a village near Maiduguri.",
    "The army said it had killed 30 militants, a claim that could not be verified.",
    "Protesters gathered in Abuja, witnesses told Reuters.",
    "Residents said they heard a loud explosion followed by gunfire.",
    "“They came at night,” said Musa Ibrahim, a farmer.",
]


def parsed_paragraphs(nlp):  # noqa: ANN001, ANN201
    """Twenty parsed paragraphs; long articles are built by repeating them (parsing is the slow part)."""
    rng = random.Random(SEED)
    texts = [" ".join(rng.choice(REPORTING) for _ in range(4)) + "\n\n" for _ in range(20)]
    return list(nlp.pipe(texts))


def long_article(docs: list, copies: int):  # noqa: ANN201
    from spacy.tokens import Doc

    from eventledger.annotate import sentences_of
    from eventledger.extract.actors import find_actor_mentions
    from eventledger.extract.places import find_place_mentions
    from eventledger.kb.actors import load_actor_kb
    from eventledger.kb.gazetteer import load_gazetteer
    from eventledger.models import Article, Paragraph

    doc = Doc.from_docs([d for _ in range(copies) for d in docs], ensure_whitespace=False)
    paragraphs, offset = [], 0
    for _ in range(copies):
        for d in docs:
            paragraphs.append(Paragraph(offset, offset + len(d.text.rstrip()), "body"))
            offset += len(d.text)
    article = Article(document_id=f"long-{copies}", origin="generated", raw_text=doc.text, clean_text=doc.text,
                      published="2021-11-01", language="en", paragraphs=paragraphs)
    article.doc = doc
    article.sentences = sentences_of(doc, paragraphs)
    article.mentions = sorted(find_actor_mentions(article, load_actor_kb())
                              + find_place_mentions(article, load_gazetteer()), key=lambda m: (m.start, m.end))
    return article


def main() -> None:
    from eventledger.annotate import load_nlp

    results: list[tuple[str, float, float]] = []
    for function_name, function in _time_functions().items():
        for shape, make in ADVERSARIAL.items():
            small, large = make(SMALL), make(LARGE)
            measured = growth(lambda f=function, t=small: f(t), lambda f=function, t=large: f(t))
            results.append((f"{function_name} on {shape!r}", measured, MAX_GROWTH))
    rng = random.Random(SEED)
    lines = [_words(rng, 14)[:78] for _ in range(20_000)]
    from eventledger.clean import split_paragraphs

    small_text, large_text = "\n".join(lines[:2_000]), "\n".join(lines)
    results.append(("split_paragraphs, 2,000 vs 20,000 hard-wrapped lines",
                    growth(lambda: split_paragraphs(small_text), lambda: split_paragraphs(large_text)), MAX_GROWTH))
    docs = parsed_paragraphs(load_nlp())
    from eventledger.attribution import attribute
    from eventledger.extract.places import place_for_span

    small_article, large_article = long_article(docs, 1), long_article(docs, 10)
    results.append(("attribute, 1 vs 10 copies of an article",
                    growth(lambda: attribute(small_article), lambda: attribute(large_article)), MAX_GROWTH))

    def place_every_sentence(article) -> None:  # noqa: ANN001 - as extract_events does, one call per event
        for sentence in article.sentences:
            place_for_span(article, sentence.start, sentence.end, article.mentions)

    # linear code gives ~6x for 6x the input; one call per sentence used to rescan every mention (~39x);
    # with the per-article index each call costs a few binary searches (~6x)
    # (the small input runs under the noise floor, so the absolute times are printed too)
    small_article, large_article = long_article(docs, 1), long_article(docs, 6)
    small_ms = best_time(lambda: place_every_sentence(small_article), 5) * 1000
    large_ms = best_time(lambda: place_every_sentence(large_article), 3) * 1000
    results.append((f"place_for_span per sentence, 1 vs 6 copies ({small_ms:.1f} ms vs {large_ms:.1f} ms, "
                    f"{large_ms / small_ms:.1f}x unfloored)",
                    growth(lambda: place_every_sentence(small_article), lambda: place_every_sentence(large_article),
                           limit=12), 12))
    for name, measured, limit in results:
        print(f"{measured:7.1f}x  {'SLOW' if measured >= limit else 'ok  '}  {name}")


if __name__ == "__main__":
    main()
