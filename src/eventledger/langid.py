"""A small offline language identifier for news text: scripts first, then function-word profiles.

Fast and deterministic (a dictionary lookup per word over the first few thousand characters), which
matters because cleaning must keep up with ingest. Returns an ISO 639-1 code, or "und" when the text
gives too little evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

UNDETERMINED = "und"
_SAMPLE_CHARS = 4000
_SCRIPT_SAMPLE_CHARS = 1500
_MIN_HITS = 2
_MARGIN_OVER_ENGLISH = 2
ENGLISH = "en"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Scripts that name their language outright (for news, at least).
_SCRIPT_LANGUAGE = {"HANGUL": "ko", "HEBREW": "he", "GREEK": "el", "DEVANAGARI": "hi", "THAI": "th"}
# Letters that one language of a script uses and its neighbour does not.
_MARKER_LETTERS = {"uk": set("іїєґ"), "ru": set("ыэъё"), "fa": set("پچژگ")}
_SCRIPT_CANDIDATES = {"CYRILLIC": ("ru", "uk"), "ARABIC": ("ar", "fa")}
_SCRIPTS = {
    name: re.compile(f"[{ranges}]")
    for name, ranges in {
        "LATIN": "A-Za-z\u00c0-\u024f\u1e00-\u1eff",
        "CYRILLIC": "\u0400-\u052f",
        "ARABIC": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc",
        "HEBREW": "\u0590-\u05ff",
        "GREEK": "\u0370-\u03ff",
        "DEVANAGARI": "\u0900-\u097f",
        "THAI": "\u0e00-\u0e7f",
        "HANGUL": "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f",
        "KANA": "\u3040-\u30ff",
        "HAN": "\u3400-\u4dbf\u4e00-\u9fff",
    }.items()
}


@lru_cache(maxsize=1)
def load_profiles() -> dict[str, frozenset[str]]:
    """Function words per language from ``data/langid/stopwords.tsv``."""
    text = resources.files("eventledger.data").joinpath("langid/stopwords.tsv").read_text(encoding="utf-8")
    profiles: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, words = line.partition("\t")
        profiles[code.strip()] = frozenset(words.split())
    return profiles


@lru_cache(maxsize=1)
def _word_languages() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for code, words in load_profiles().items():
        for word in words:
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


def identify_language(text: str) -> str:
    """The language of ``text`` as an ISO 639-1 code ("en", "fr", ...), or "und"."""
    sample = text[:_SAMPLE_CHARS]
    script = dominant_script(sample[:_SCRIPT_SAMPLE_CHARS])
    if script is None:
        return UNDETERMINED
    if script in ("HAN", "KANA"):
        return _chinese_or_japanese(sample)
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script]
    candidates = _SCRIPT_CANDIDATES.get(script)
    if script != "LATIN" and candidates is None:  # Armenian, Georgian...: not profiled
        return UNDETERMINED
    return _best_profile(sample, candidates)


def dominant_script(text: str) -> str | None:
    """The script of most letters (LATIN, CYRILLIC, ARABIC, HAN, KANA, ...), None without letters."""
    # one C-speed regex scan per script; a Python loop over characters was the cleaner's bottleneck
    counts = {script: len(pattern.findall(text)) for script, pattern in _SCRIPTS.items()}
    if counts["KANA"]:  # Japanese mixes kana with Chinese characters: count them together
        counts["KANA"] += counts.pop("HAN")
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count else None


def _chinese_or_japanese(sample: str) -> str:
    kana = sum(1 for ch in sample if "\u3040" <= ch <= "\u30ff")
    return "ja" if kana else "zh"


def _best_profile(sample: str, candidates: tuple[str, ...] | None) -> str:
    words = _word_languages()
    hits: Counter[str] = Counter()
    for word in _WORD.findall(sample.lower()):
        for code in words.get(word, ()):
            if candidates is None or code in candidates:
                hits[code] += 1
    for code, letters in _MARKER_LETTERS.items():
        if candidates and code in candidates and any(ch in letters for ch in sample):
            hits[code] += 5
    if not hits:
        return candidates[0] if candidates else UNDETERMINED
    code, count = hits.most_common(1)[0]
    english = hits.get(ENGLISH, 0)
    if candidates is None and code != ENGLISH and english and count - english < _MARGIN_OVER_ENGLISH:
        # "6 die in shootout in Chihuahua": a headline's few function words are shared ("in") or are
        # English words too ("die"); the news we read is mostly English, so another language must win clearly
        return ENGLISH
    return code if count >= _MIN_HITS or candidates else UNDETERMINED
