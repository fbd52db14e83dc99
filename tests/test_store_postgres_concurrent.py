"""Two ingests at once into one PostgreSQL ledger give the ledger one ingest gives.

Each write transaction takes the ledger's advisory lock first (store/postgres.py), so articles are fused
one transaction after another against what is committed, whichever process stores them. Two `eventledger
ingest` processes, started together on interleaved halves of the articles (the seed in both), must leave
the exports one sequential ingest of all of them leaves."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from eventledger.export import EXPORTERS, write_export
from eventledger.pipeline import ingest_paths
from eventledger.store import open_store
from tests.conftest import REPO, SEED_JSONL
from tests.postgres_server import fresh_database, postgres_cluster, why_not_available
from tests.test_export import DEMO, QUAKE

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def postgres_server():
    reason = why_not_available()
    if reason:
        pytest.skip(f"no PostgreSQL server for these tests: {reason}")
    with postgres_cluster() as url:
        yield url


@pytest.fixture(scope="module")
def halves(tmp_path_factory) -> tuple[list[str], list[str]]:
    """Two ingests' inputs: the demo articles dealt alternately, the seed in both, the HTML page in one,
    an earthquake report in the other."""
    folder = tmp_path_factory.mktemp("halves")
    lines = (DEMO / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    quake = {"id": "quake-1", "published": "2024-09-12", "title": QUAKE.splitlines()[0],
             "text": QUAKE.split("\n", 2)[2]}
    first, second = folder / "first.jsonl", folder / "second.jsonl"
    first.write_text("\n".join(lines[0::2] + [json.dumps(quake)]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[1::2]) + "\n", encoding="utf-8")
    return [str(SEED_JSONL), str(first)], [str(SEED_JSONL), str(second), str(DEMO / "drc-sake-clash.html")]


def exports(store) -> dict[str, str]:
    # the events' stamps are the time of their last change, which differs between runs: set them alike
    with store.transaction():
        store.conn.execute("UPDATE events SET updated = ?", ("2024-10-01T00:00:00Z",))
    texts = {}
    for name in sorted(EXPORTERS):
        out = io.StringIO()
        write_export(store, name, out)
        texts[name] = out.getvalue()
    return texts


def test_two_concurrent_ingests_leave_the_ledger_of_one_sequential_ingest(postgres_server, halves):
    sequential = fresh_database(postgres_server, "sequential")
    with open_store(sequential) as store:
        summary = ingest_paths([*halves[0], *halves[1][1:]], store)
        assert not summary.rejections
        expected = exports(store)
    assert json.loads(expected["events"].splitlines()[0])  # a real ledger, not an empty one
    assert len(expected["events"].splitlines()) > 5

    concurrent = fresh_database(postgres_server, "concurrent")
    # the per-document time budget guards against hostile input; on a loaded machine the seed alone can pass 30 s
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "EVENTLEDGER_DOCUMENT_SECONDS": "600"}
    runs = [subprocess.Popen([sys.executable, "-m", "eventledger", "ingest", "--db", concurrent, *paths],
                             env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for paths in halves]
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
    with open_store(concurrent, create=False) as store:
        got = exports(store)
    for name in expected:
        if name != "actors":
            assert got[name] == expected[name], name
    # The actors export also keeps actors that an article's mentions named before fusion joined them to
    # an event under another name; which those are depends on the order articles arrive in, on SQLite as
    # on PostgreSQL, one process or two (an ingest of the second half before the first shows it). The
    # actors the events name are the same records.
    assert named_actors(got) == named_actors(expected)
    assert len(named_actors(expected)) > 3


def named_actors(texts: dict[str, str]) -> list[dict]:
    """The actors export's records of the actors that the events export names."""
    names = set()
    for line in texts["events"].splitlines():
        event = json.loads(line)
        for field in ("actor1", "actor2", "claimed_by", "assoc_actor_1", "assoc_actor_2"):
            names.update(n.strip() for n in (event.get(field) or "").split(";") if n.strip())
    return [actor for actor in map(json.loads, texts["actors"].splitlines()) if actor["name"] in names]
