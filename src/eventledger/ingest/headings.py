"""Subheadings the extractor dropped, put back before the article text they introduce.

When trafilatura's first pass finds too little text (a live blog whose entries each sit in their own
``<div class="entry">``, say) it recovers the page's paragraphs but not its headings, so the entries'
headlines and the article's subheadings are lost. A heading (``<h2>`` to ``<h6>``) whose next block of
text on the page is a paragraph of the extracted text introduces that paragraph: it is article text, and
goes back on the line before it. Headings before anything the extractor did not keep (a "Related
articles" list, a comment form) stay out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_HEADING_TAG = re.compile(r"<h[2-6][\s>]", re.IGNORECASE)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_NOT_TEXT = {"script", "style", "noscript", "template", "svg", "button", "form"}
_MAX_HEADING_WORDS = 20  # a longer "heading" is a paragraph set in a heading's type
# a line found as the start of a longer block (a paragraph split at <br>) must be this long to be taken
# for that block's first line, not a short line that happens to begin it
_MIN_PREFIX_CHARS = 40


def restore_headings(html: str, text: str, title: str | None = None) -> str:
    """``text`` (one paragraph a line, as trafilatura gives it) with the page's dropped subheadings put
    back before the paragraphs that follow them on the page."""
    if not text or not _HEADING_TAG.search(html):
        return text
    from trafilatura.utils import load_html  # as in html.py: only pages need trafilatura

    tree = load_html(html)
    if tree is None:
        return text
    lines = text.split("\n")
    keys = [_collapse(line) for line in lines]
    present = set(keys)
    lookup = _LineLookup(keys)
    skipped = {_collapse(title).casefold()} if title else set()
    before: dict[int, str] = {}  # line index -> the heading to put on the line before it
    for heading in tree.iter(*_HEADINGS):
        words = _collapse(heading.text_content())
        if not words or words in present or words.casefold() in skipped or len(words.split()) > _MAX_HEADING_WORDS:
            continue
        following = _next_block(heading)
        index = None if following is None else lookup.line_of(following)
        if index is None or index in before or (index > 0 and keys[index - 1] == words):
            continue
        before[index] = words
        present.add(words)
    if not before:
        return text
    restored: list[str] = []
    for index, line in enumerate(lines):
        if index in before:
            restored.append(before[index])
        restored.append(line)
    return "\n".join(restored)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _next_block(heading: HtmlElement) -> str | None:
    """The text of the first block with text after ``heading`` in the page's order."""
    node: HtmlElement | None = heading
    while node is not None:
        for sibling in node.itersiblings():
            block = _first_block(sibling)
            if block is not None:
                return block
        node = node.getparent()
    return None


def _first_block(element: HtmlElement) -> str | None:
    """The first element with text of its own inside ``element`` (itself included), as collapsed text.
    Walked with a stack, not recursion: a hostile page nests elements thousands deep."""
    stack = [element]
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str) or node.tag in _NOT_TEXT:
            continue  # a comment, or markup that shows no text
        if (node.text or "").strip() or len(node) == 0:
            block = _collapse(node.text_content())
            if block:
                return block
            continue
        stack.extend(reversed(node))
    return None


class _LineLookup:
    """Finds the extracted line that is a block of the page, or that the block begins with, in constant
    time per block (a page of many headings and lines would otherwise cost their product)."""

    def __init__(self, keys: list[str]) -> None:
        self.exact: dict[str, int] = {}
        self.by_start: dict[str, int] = {}  # the first _MIN_PREFIX_CHARS characters of a long line
        for index, key in enumerate(keys):
            self.exact.setdefault(key, index)
            if len(key) >= _MIN_PREFIX_CHARS:
                self.by_start.setdefault(key[:_MIN_PREFIX_CHARS], index)
        self.keys = keys

    def line_of(self, block: str) -> int | None:
        if block in self.exact:
            return self.exact[block]
        index = self.by_start.get(block[:_MIN_PREFIX_CHARS])
        return index if index is not None and block.startswith(self.keys[index]) else None
