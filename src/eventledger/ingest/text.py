"""Plain-text articles: the title line and the body."""

from __future__ import annotations

import re

# A title is a headline, not a sentence: a few words, no final full stop.
_MAX_TITLE_WORDS = 25
_MAX_TITLE_CHARS = 200
_SENTENCE_END = re.compile(r"[.;:,]['\"’”)\]]*$")


def looks_like_title(line: str) -> bool:
    """A short line without a final full stop (or comma, colon, semicolon)."""
    line = line.strip()
    if not line or len(line) > _MAX_TITLE_CHARS or len(line.split()) > _MAX_TITLE_WORDS:
        return False
    if line.endswith("..."):  # an ellipsis ends teasers as often as headlines
        return True
    return not _SENTENCE_END.search(line)


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, body)`` when the first line looks like a title and a blank line follows it.

    Otherwise ``(None, text)``.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    lines = stripped.splitlines()
    if len(lines) < 3 or lines[1].strip():
        return None, text
    body = "\n".join(lines[2:])
    if not body.strip() or not looks_like_title(lines[0]):
        return None, text
    return " ".join(lines[0].split()), body
