"""Finding quoted passages in the cleaned text, and telling speech from scare quotes and titles.

Marks are paired by family (“ ” and "…", „ “ and „ ”, ‘ ’ and '…', « » and ‹ › with or without the
spaces French typography puts inside them); marks of the other family inside an open quote are nested
quotes and stay in the text. A double quote still open at the end of a paragraph
continues when the next paragraph opens with a mark (the news convention for long quotes); any other
unclosed quote is dropped, since it is usually an apostrophe or a broken mark.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DOUBLE_OPEN = {"“": "”", "«": "»", '"': '"', "„": "”"}
SINGLE_OPEN = {"‘": "’", "'": "'", "‹": "›", "‚": "’"}
CLOSERS = {"”": "double", "»": "double", '"': "double", "’": "single", "'": "single", "›": "single"}
FAMILY = {**{m: "double" for m in DOUBLE_OPEN}, **{m: "single" for m in SINGLE_OPEN}}
# German typography closes „ with “, which elsewhere opens a quote: inside a „ quote it closes
LOW_CLOSERS = {"„": "“", "‚": "‘"}
# guillemets are never apostrophes, so they may have a space inside ("« Non », dit-il")
SPACED = frozenset("«»‹›")
_BOUNDARY_BEFORE = " \t\n([{—–-/:;,"
_TERMINAL = ".?!…"


@dataclass
class QuoteSpan:
    """One quoted passage: ``start``/``end`` bound the quoted text (marks excluded)."""

    start: int
    end: int
    text: str  # the quoted text; paragraph breaks inside a long quote become one space
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark
    paragraphs: list[int] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return self.text.split()


def _opens_at(text: str, i: int) -> bool:
    """A mark at i opens a quote when it follows a boundary and precedes a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in SPACED:
        return text[i] in "«‹" and not text[i + 1 : i + 3].isspace()
    if after.isspace():
        return False
    if text[i] in SINGLE_OPEN:
        return before in _BOUNDARY_BEFORE and (after.isalnum() or after in "“\"")
    return before in _BOUNDARY_BEFORE or before in "“‘«"


def _closes_at(text: str, i: int) -> bool:
    """A mark at i closes a quote when it follows text and is not inside a word (Taliban’s)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in SPACED:
        return text[i] in "»›"
    return not before.isspace() and not after.isalnum()


def _closes_quote(text: str, i: int, open_at: int, family: str) -> bool:
    ch = text[i]
    low = LOW_CLOSERS.get(text[open_at])
    if low is not None and ch == low:
        return _closes_at(text, i)
    if text[open_at] in "«‹" and ch not in SPACED:
        return False  # « … » pairs with its own mark; “ ” inside it is a nested quote
    return CLOSERS.get(ch) == family and _closes_at(text, i)


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed (open_mark, close_mark) pairs in one paragraph, and the offset of a double quote left open."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    family = ""
    for i in range(start, end):
        ch = text[i]
        if open_at is None:
            if ch in FAMILY and _opens_at(text, i):
                open_at, family = i, FAMILY[ch]
        elif _closes_quote(text, i, open_at, family):
            pairs.append((open_at, i))
            open_at = None
    left_open = open_at if open_at is not None and family == "double" else None
    return pairs, left_open


def _first_mark(text: str, start: int, end: int) -> int | None:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i if i < end and FAMILY.get(text[i]) == "double" else None


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every quoted passage in ``text``, in order; ``paragraphs`` are (start, end) spans."""
    spans: list[QuoteSpan] = []
    carried: list[tuple[int, int, int]] = []  # segments (paragraph, start, end) of a quote still open
    for index, (p_start, p_end) in enumerate(paragraphs):
        scan_from = p_start
        if carried:
            mark = _first_mark(text, p_start, p_end)
            if mark is None:
                carried = []  # the long quote never closed: drop it
            else:
                pairs, _ = _scan_paragraph(text, mark, p_end)
                first_open = pairs[0][0] if pairs else None
                if first_open == mark:
                    spans.append(_joined_span(text, [*carried, (index, mark + 1, pairs[0][1])]))
                    carried = []
                    scan_from = pairs[0][1] + 1
                elif not pairs:
                    carried.append((index, mark + 1, p_end))
                    continue
                else:
                    carried = []
        pairs, left_open = _scan_paragraph(text, scan_from, p_end)
        spans.extend(_joined_span(text, [(index, o + 1, c)]) for o, c in pairs)
        if left_open is not None:
            carried = [(index, left_open + 1, p_end)]
    return spans


def _joined_span(text: str, segments: list[tuple[int, int, int]]) -> QuoteSpan:
    joined = " ".join(text[s:e].strip() for _, s, e in segments).rstrip(", ")
    start, end = segments[0][1], segments[-1][2]
    end -= len(text[:end]) - len(text[:end].rstrip(", "))  # "…,” he said": the comma is the frame's
    open_mark, close_mark = start - 1, end
    start += len(text[start:end]) - len(text[start:end].lstrip())  # "« Non »": the inner spaces
    return QuoteSpan(
        start=start,
        end=end,
        text=joined,
        open_mark=open_mark,
        close_mark=close_mark,
        paragraphs=[p for p, _, _ in segments],
    )


def looks_like_speech(span: QuoteSpan, has_speaker: bool, named_before: bool = False, said_after: bool = False) -> bool:
    """Speech, not a quoted name, term or title: scare quotes and nicknames are short or all capitalised.

    ``named_before``: the speaker is named by name earlier in the quote's own sentence; ``said_after``: the
    quote's own reporting verb follows it (“Nor blood,” said another doctor)."""
    words = span.words
    if len(words) < 3:
        # "“Nothing happened.”" after "she said": a two-word sentence of a speaker, not a term or a name
        if has_speaker and len(words) == 2 and (full_sentence(span.text) or said_after):
            return True
        # "The minister called for “maximum restraint”": two words of a speaker the sentence names, not a
        # name or a title (capitalised)
        return named_before and len(words) == 2 and words[0][:1].islower()
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(words) < 6:
        return False
    if has_speaker:
        return True
    # with nobody named, only a full sentence of speech counts
    return len(words) >= 6 and span.text.rstrip("’'\"”,")[-1:] in _TERMINAL


def full_sentence(text: str) -> bool:
    stripped = text.rstrip("’'\"”")
    return text[:1].isupper() and stripped[-1:] in _TERMINAL
