"""Time and memory per document (issue #14): a long text is parsed in pieces, a batch never holds more
than ``max_parse_chars`` characters for the parser, and a document that runs out of its time budget is
stored without events, reported in one E027 line naming it, while the run goes on."""

from __future__ import annotations

import itertools
import json
import os
import random
import subprocess
import sys

import pytest

from eventledger.clean import clean_document
from eventledger.models import Article, RawDocument
from eventledger.parse_in_pieces import piece_bounds
from eventledger.pipeline import IngestOptions, _parse_groups, ingest_paths, process_articles
from eventledger.store import open_store
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "events"
AMBUSH = ("Patrol ambushed in Zamfara\n\nGunmen ambushed a police patrol near the town of Gusau in Zamfara State "
          "on Tuesday, killing three officers, a spokesman said.\n")


def covers(text: str, bounds: list[tuple[int, int]], limit: int) -> bool:
    return (bounds[0][0] == 0 and bounds[-1][1] == len(text)
            and all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
            and all(0 < end - start <= limit for start, end in bounds))


def test_pieces_cover_the_text_and_end_after_a_blank_line():
    text = "Troops shelled the town.\n\nResidents fled north on Monday, officials said.\n\nAid was sent.\n" * 40
    bounds = piece_bounds(text, 300)
    assert len(bounds) > 10 and covers(text, bounds, 300)
    assert all(text[end - 2 : end] == "\n\n" for _, end in bounds[:-1])


def test_a_paragraph_longer_than_a_piece_is_cut_at_a_space_and_a_run_without_one_at_the_limit():
    words = "gunmen attacked the convoy " * 100
    assert covers(words, bounds := piece_bounds(words, 250), 250)
    assert all(words[end - 1] == " " for _, end in bounds[:-1])
    run = "x" * 1000
    assert piece_bounds(run, 300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]


def test_a_batch_for_the_parser_holds_at_most_max_parse_chars_and_keeps_the_order():
    sizes = [900, 300, 300, 5000, 100, 100, 100, 700]
    articles = [Article(document_id=str(i), origin=str(i), raw_text="", clean_text="a" * n)
                for i, n in enumerate(sizes)]
    groups = list(_parse_groups(articles, max_chars=1000, max_count=3))
    assert [[a.document_id for a in g] for g in groups] == [["0"], ["1", "2"], ["3"], ["4", "5", "6"], ["7"]]
    assert all(sum(len(a.clean_text) for a in g) <= 1000 for g in groups if len(g) > 1)


def test_a_document_parsed_in_pieces_reads_as_the_same_document_parsed_whole(nlp):
    paragraphs = [p[1] for path in sorted(FIXTURES.glob("*.json"))
                  for p in json.loads(path.read_text(encoding="utf-8")).get("paragraphs", [])]
    text = "\n\n".join(paragraphs)
    assert len(text) > 12_000  # five pieces of at most 3,000 characters

    def processed(limit: int) -> Article:
        article = clean_document(RawDocument(origin="fixtures", text=text, published="2024-05-01"))
        [done] = process_articles([article], IngestOptions(max_parse_chars=limit, document_seconds=0))
        return done

    whole, pieces = processed(10**9), processed(3_000)
    assert len(whole.events) > 40 and not whole.problems and not pieces.problems
    assert pieces.sentences == whole.sentences
    assert pieces.mentions == whole.mentions
    assert [repr(e) for e in pieces.events] == [repr(e) for e in whole.events]


def test_a_huge_file_of_one_word_lines_is_stopped_at_its_budget_stored_and_reported(tmp_path):
    rng = random.Random(14)
    words = "gunmen killed villagers soldiers attacked police Kano Kabul market convoy Monday five".split()
    hostile = tmp_path / "a_lines.txt"  # first: the ordinary article after it must still be read
    hostile.write_text("\n".join(rng.choice(words) for _ in range(60_000)), encoding="utf-8")
    ordinary = tmp_path / "b_ambush.txt"
    ordinary.write_text(AMBUSH, encoding="utf-8")
    db = tmp_path / "ledger.db"
    path = os.pathsep.join([str(REPO / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {**os.environ, "PYTHONPATH": path, "EVENTLEDGER_DOCUMENT_SECONDS": "5"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        # the timeout only stops a hang: 450 KB of text parsed whole takes minutes, its budget is 5 s
        return subprocess.run([sys.executable, "-m", "eventledger", *args], capture_output=True, text=True,
                              cwd=REPO, env=env, timeout=600)

    result = cli("ingest", str(hostile), str(ordinary), "--db", str(db))
    assert result.returncode == 1, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"E027: {hostile}: processing stopped after 5 s, before ")
    assert "stored without events" in line
    assert result.stdout.startswith("documents: 2 new, 0 unchanged, 0 rejected")
    documents = [json.loads(x) for x in cli("export", "--format", "documents", "--db", str(db)).stdout.splitlines()]
    assert len(documents) == 2
    events = [json.loads(x) for x in cli("export", "--format", "events", "--db", str(db)).stdout.splitlines()]
    [ambush] = [d["document_id"] for d in documents if d["title"] == "Patrol ambushed in Zamfara"]
    assert events and {s["document_id"] for e in events for s in e["sources"]} == {ambush}


def test_a_page_of_more_tags_than_the_limit_is_rejected_before_parsing_and_the_run_goes_on(tmp_path, nlp):
    # 100,000 <p> (700 KB) took trafilatura 27 s; the limit is read before any parsing. 60,000 <p>, <html>
    # and <body>: 60,002 opening tags (closing tags are not counted)
    page = tmp_path / "a_tags.html"
    page.write_text("<html><body>" + "<p>" * 60_000 + "Gunmen killed two people.</body></html>", encoding="utf-8")
    ordinary = tmp_path / "b_ambush.txt"
    ordinary.write_text(AMBUSH, encoding="utf-8")
    store = open_store(str(tmp_path / "ledger.db"))
    try:
        summary = ingest_paths([str(page), str(ordinary)], store)
    finally:
        store.close()
    [rejected] = summary.rejections
    assert rejected.origin == str(page) and rejected.code == "E018"
    assert "60,002 tags, over the limit of 50,000" in rejected.line()
    assert summary.documents_new == 1 and summary.events_added >= 1


def test_the_budget_is_asked_between_sentences_of_event_finding(nlp):
    # event finding alone ran 18 s on 20,000 one-word lines, past a budget asked only before and after it
    from eventledger.annotate import annotate
    from eventledger.budget import Deadline, OverBudget
    from eventledger.extract.events import extract_events

    [article] = annotate([clean_document(RawDocument(origin="ambush", text=AMBUSH))])
    spent = Deadline(1e-9)  # over by the time it is first asked
    with pytest.raises(OverBudget) as info:
        extract_events(article, deadline=spent)
    assert info.value.step == "finding events"
    assert extract_events(article, deadline=Deadline(0))  # no budget: the ambush is found


def test_a_sentence_repeated_in_a_batch_scores_as_it_does_alone():
    # the model reads each text on its own, which is what lets a repeated text be run once
    from eventledger.extract.sentence_model import score_sentences

    attack = "Gunmen killed three villagers in Kano on Monday."
    texts = [attack, "Kano", attack]
    batch = score_sentences(texts)
    assert batch[0] == batch[2] == score_sentences(texts[:1])[0]
    assert batch[1] == score_sentences(["Kano"])[0] != batch[0]
