"""One list of settings (name, default, help) that feeds the CLI, the server and the docs."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str
    env: str | None = None


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting("db", "eventledger.db", "SQLite file path or sqlite:///path URL", "EVENTLEDGER_DB"),
        Setting("max_bytes", 20_000_000, "largest document accepted, in bytes", "EVENTLEDGER_MAX_BYTES"),
        Setting("batch_size", 32, "documents per spaCy batch"),
        Setting("n_process", 1, "processes for spaCy annotation", "EVENTLEDGER_N_PROCESS"),
        Setting("token", None, "bearer token for write requests to the HTTP API", "EVENTLEDGER_TOKEN"),
        Setting("busy_timeout", 10.0, "seconds to wait for a locked database", "EVENTLEDGER_BUSY_TIMEOUT"),
        Setting(
            "classifier", "default",
            "model of `classify`: 'default' (the shipped sentence model), 'sparse' (the older bag-of-words model),"
            " 'embeddings' (a MiniLM embedding blend; needs the minilm extra)",
            "EVENTLEDGER_CLASSIFIER",
        ),
        Setting("near_duplicate_threshold", 0.8, "MinHash Jaccard above which an article is a copy"),
    ]
}


def get_setting(name: str) -> object:
    """The setting's value from its environment variable, else its default."""
    setting = SETTINGS[name]
    if setting.env and os.environ.get(setting.env):
        raw = os.environ[setting.env]
        if isinstance(setting.default, int):
            return int(raw)
        if isinstance(setting.default, float):
            return float(raw)
        return raw
    return setting.default
