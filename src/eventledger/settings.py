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
        Setting("min_text_chars", 8, "shortest cleaned text stored as an article, in characters",
                "EVENTLEDGER_MIN_TEXT_CHARS"),
        Setting("max_stream_bytes", 16_000_000_000,
                "most bytes read from one input once decompressed (a .warc.gz), in bytes",
                "EVENTLEDGER_MAX_STREAM_BYTES"),
        Setting("max_html_tags", 50_000,
                "most opening tags in one HTML page; a news page has a few thousand, and the extractor's time "
                "grows with them (100,000 took 27 s)",
                "EVENTLEDGER_MAX_HTML_TAGS"),
        Setting("max_json_depth", 64, "deepest nesting of arrays and objects accepted in JSON input",
                "EVENTLEDGER_MAX_JSON_DEPTH"),
        Setting("max_json_number_chars", 100, "longest number accepted in JSON input, in characters",
                "EVENTLEDGER_MAX_JSON_NUMBER_CHARS"),
        Setting("max_sentence_words", 200,
                "longest sentence parsed, in words; a longer run of text is cut into pieces of this size",
                "EVENTLEDGER_MAX_SENTENCE_WORDS"),
        Setting("max_token_chars", 100,
                "longest run of characters without a space read as one token; a longer one is cut",
                "EVENTLEDGER_MAX_TOKEN_CHARS"),
        Setting("max_parse_chars", 20_000,
                "most characters parsed at once: a longer document is parsed in pieces split at paragraph "
                "breaks, and a batch of documents is cut to hold no more (the parser's memory grows with it)",
                "EVENTLEDGER_MAX_PARSE_CHARS"),
        Setting("max_modifier_hops", 8,
                "most nouns up a chain of modifiers a place name is taken to qualify ('the Kabul airport "
                "bombing' is two); a run of 'Mr. Mr. ...' parsed as one chain was walked from every name in it",
                "EVENTLEDGER_MAX_MODIFIER_HOPS"),
        Setting("max_hits_per_sentence", 24,
                "most trigger words of one sentence read, its first ones; each hit is compared with the others",
                "EVENTLEDGER_MAX_HITS_PER_SENTENCE"),
        Setting("max_scored_per_check", 64,
                "most sentences the sentence model scores between two looks at the document's time budget",
                "EVENTLEDGER_MAX_SCORED_PER_CHECK"),
        Setting("document_seconds", 30.0,
                "time budget of one document, in seconds; past it the document is stored without events "
                "(E027); 0: no budget",
                "EVENTLEDGER_DOCUMENT_SECONDS"),
        Setting("model_threads", 0,
                "threads of the sentence event model in each process; 0: the CPU cores divided among the processes",
                "EVENTLEDGER_MODEL_THREADS"),
        Setting("max_message_chars", 300, "longest piece of input quoted in an error message",
                "EVENTLEDGER_MAX_MESSAGE_CHARS"),
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
        Setting("chromium", "/usr/bin/chromium", "the browser that prints PDF reports (headless Chromium)",
                "EVENTLEDGER_CHROMIUM"),
        Setting("feed_host_interval", 1.0, "seconds between two requests to one host when fetching feeds and pages",
                "EVENTLEDGER_FEED_HOST_INTERVAL"),
        Setting("feed_timeout", 10.0, "seconds to wait for a feed or page server before retrying",
                "EVENTLEDGER_FEED_TIMEOUT"),
        Setting("feed_retries", 2, "retries of a fetch that timed out or got a 5xx answer (with backoff)",
                "EVENTLEDGER_FEED_RETRIES"),
        Setting("feed_concurrency", 8, "feeds and pages fetched at once, over all hosts (one at a time per host)",
                "EVENTLEDGER_FEED_CONCURRENCY"),
        Setting("scheduler", None, "a Dask scheduler (tcp://HOST:8786) to run ingest's per-article stages on",
                "EVENTLEDGER_SCHEDULER"),
        Setting("near_duplicate_threshold", 0.8, "MinHash Jaccard above which an article is a copy"),
        Setting("max_request_line", 65_536, "longest HTTP request line `serve` reads, in bytes (longer: 414)",
                "EVENTLEDGER_MAX_REQUEST_LINE"),
        Setting("max_request_head", 131_072,
                "longest HTTP request line and headers together `serve` reads, in bytes (longer: 431)",
                "EVENTLEDGER_MAX_REQUEST_HEAD"),
        Setting("max_connections", 500,
                "connections and requests one `serve` worker process holds at once; past it a request is "
                "answered 503 (each connection is a file descriptor: 1,024 a process by default)",
                "EVENTLEDGER_MAX_CONNECTIONS"),
        Setting("serve_threads", 40,
                "threads of one `serve` worker process that answer requests at once; the others wait in turn",
                "EVENTLEDGER_SERVE_THREADS"),
        Setting("keep_alive_seconds", 5.0, "seconds `serve` keeps an idle connection open for its next request",
                "EVENTLEDGER_KEEP_ALIVE_SECONDS"),
    ]
}


class SettingError(ValueError):
    """An environment variable holds a value its setting cannot take (the CLI exits 2 with E113)."""

    def __init__(self, setting: Setting, raw: str, expected: str) -> None:
        self.setting, self.raw, self.expected = setting, raw, expected
        super().__init__(f"{setting.env}={raw!r} is not {expected}")


def get_setting(name: str) -> object:
    """The setting's value from its environment variable, else its default."""
    setting = SETTINGS[name]
    if setting.env and os.environ.get(setting.env):
        return _parse(setting, os.environ[setting.env])
    return setting.default


def _parse(setting: Setting, raw: str) -> object:
    if isinstance(setting.default, bool) or not isinstance(setting.default, int | float):
        return raw
    kind, expected = (int, "a whole number") if isinstance(setting.default, int) else (float, "a number")
    try:
        value = kind(raw.strip())
    except ValueError:
        raise SettingError(setting, raw, expected) from None
    # every numeric setting is a size, a count or a time: none of them can be negative or NaN
    if not value >= 0 or value in (float("inf"),):
        raise SettingError(setting, raw, f"{expected} of 0 or more")
    return value
