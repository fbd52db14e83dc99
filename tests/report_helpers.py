"""What the report tests share: the command line run as a user runs it, the seed ingested into a fresh ledger,
and the seed's Afghan events of October 2021 taken from the events export (never from the report's code)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED_JSONL


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventledger", *args], capture_output=True, timeout=600,
                          env={**os.environ, **(env or {})})  # fmt: skip


def seed_ledger(folder: Path) -> str:
    db = str(folder / "ledger.db")
    assert run("ingest", str(SEED_JSONL), "--db", db).returncode == 0
    return db


def october_events(db: str) -> list[dict]:
    events = [json.loads(line) for line in run("export", "--format", "events", "--db", db).stdout.splitlines()]
    return [e for e in events if e["country"] == "Afghanistan" and (e["event_date"] or "").startswith("2021-10")]
