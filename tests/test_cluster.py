"""The per-article stages on a Dask cluster (a LocalCluster of two worker processes stands in for one)."""

from __future__ import annotations

import io

import pytest

from eventledger.export import write_export
from eventledger.pipeline import IngestOptions, ingest_paths
from eventledger.store import open_store
from tests.conftest import REPO, SEED_JSONL

distributed = pytest.importorskip("distributed")

INPUTS = [str(SEED_JSONL), str(REPO / "devdata" / "fusion" / "articles.jsonl")]


def _exports(db: str) -> dict[str, str]:
    with open_store(db) as store:
        exports = {}
        for name in ("events", "documents", "quotes", "claims", "actors"):
            out = io.StringIO()
            write_export(store, name, out)
            exports[name] = out.getvalue()
    return exports


@pytest.mark.slow
def test_the_ledger_from_a_local_cluster_equals_the_one_process_ledger(tmp_path):
    alone = str(tmp_path / "alone.db")
    with open_store(alone) as store:
        expected = ingest_paths(INPUTS, store, IngestOptions(n_process=1, batch_size=4))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_cluster = str(tmp_path / "cluster.db")
        with open_store(on_cluster) as store:
            got = ingest_paths(INPUTS, store, IngestOptions(batch_size=4, scheduler=cluster.scheduler_address))
        prefix = cluster.scheduler.task_prefixes.get("process_articles")
        assert prefix is not None and sum(prefix.state_counts.values()) >= 6  # 23 articles in groups of <= 4
    assert got.documents_new == expected.documents_new == 23 and not got.rejections
    assert got.events_in_ledger == expected.events_in_ledger > 0
    assert _exports(on_cluster) == _exports(alone)


@pytest.mark.slow
def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path):
    from eventledger.errors import EventLedgerError

    with open_store(str(tmp_path / "l.db")) as store, pytest.raises(EventLedgerError) as error:
        ingest_paths([str(SEED_JSONL)], store, IngestOptions(scheduler="tcp://127.0.0.1:1"))
    assert error.value.code == "E128" and "tcp://127.0.0.1:1" in str(error.value)
