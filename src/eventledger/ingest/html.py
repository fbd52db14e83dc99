"""HTML pages to main text and metadata with trafilatura."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from eventledger.ingest.dates import normalise_published
from eventledger.ingest.headings import restore_headings
from eventledger.settings import get_setting

# trafilatura logs every page it finds too short; the rejection we yield says it once.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


@dataclass
class ExtractedPage:
    """A page's main text (paragraphs separated by a blank line) and the metadata trafilatura found."""

    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None


class PageError(Exception):
    """The HTML parser or extractor failed on a page (an E018 rejection, never a crash)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def extract_page(html: str, url: str | None = None) -> ExtractedPage:
    """The main text and metadata of an HTML page; text is "" when the page has no article text.

    Raises ``PageError`` when lxml or trafilatura fail on the page (an ``<svg><script>`` makes lxml's
    ``drop_tree`` assert inside the date finder, for one), and when the page has more opening tags than
    ``max_html_tags`` (every "<" but those of "</": a cheap upper bound, counted before any parsing).
    """
    limit = int(get_setting("max_html_tags"))  # type: ignore[call-overload]
    if (tags := html.count("<") - html.count("</")) > limit:
        raise PageError(f"{tags:,} tags, over the limit of {limit:,}; raise it with EVENTLEDGER_MAX_HTML_TAGS")
    import trafilatura  # imported at the first page: a text or JSON ingest never needs it (0.1-0.2 s)

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,  # tables in articles (figures, results, schedules) are article text
            favor_recall=True,
        )
    except Exception as error:  # noqa: BLE001 - whatever the parser raises, it is this page's fault
        raise PageError(f"{type(error).__name__} in the HTML parser: {error}".rstrip(": ")) from error
    if document is None:
        return ExtractedPage(text="")
    title = _clean_meta(document.title)
    try:
        body = restore_headings(html, document.text or "", title)
    except Exception:  # noqa: BLE001 - the headings are a repair: without them the extractor's text stands
        body = document.text or ""
    text = _separate_paragraphs(_drop_leading_title(body, title))
    return ExtractedPage(
        text=text,
        title=title,
        published=normalise_published(document.date),
        source=_clean_meta(document.sitename),
        url=_clean_meta(document.url),
    )


def _clean_meta(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _drop_leading_title(text: str, title: str | None) -> str:
    """trafilatura repeats the page's <h1> as the first line; the title is kept apart."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if " ".join(first.split()).casefold() == title.casefold():
        return rest
    return text


def _separate_paragraphs(text: str) -> str:
    """trafilatura puts one paragraph (or heading, or list item, or table row) a line; a blank line
    between them keeps the cleaner from taking short lines for one hard-wrapped paragraph."""
    lines: list[str] = []
    table: list[str] = []  # the rows of the table being read
    for line in [*text.split("\n"), ""]:
        row = _table_row(line.strip())
        if _is_row(row):
            table.append(row)
            continue
        if len(table) <= _MAX_TABLE_ROWS:
            lines.extend(table)
        table = []
        if row:
            lines.append(row)
    return "\n\n".join(lines)


def _is_row(line: str) -> bool:
    return line.startswith("| ") and line.endswith(" |")


def _table_row(line: str) -> str:
    """A table row as trafilatura writes it ("| cell | cell |"), without its empty cells; a row with
    one cell left is a layout table's paragraph (plain text), and the header's "|---|---|" goes."""
    if not (line.startswith("|") and line.endswith("|")):
        return line
    cells = [cell.strip() for cell in line.strip("|").split("|")]
    cells = [cell for cell in cells if cell and not _RULE_CELL.fullmatch(cell)]
    if len(cells) < 2:
        return cells[0] if cells else ""
    return "| " + " | ".join(cells) + " |"


_RULE_CELL = re.compile(r":?-{3,}:?")
# An article's own tables (results, casualty figures, schedules) are short; a table of more rows is a
# listing or a data dump, not article text, and would cost the parser more than the article itself.
_MAX_TABLE_ROWS = 100
