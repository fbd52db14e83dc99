"""Raw article text to clean paragraphs, recording everything removed and why.

Site furniture (comment forms, share buttons, related links), image captions and repeated paragraphs
are removed; short headings between paragraphs are kept as their own ``heading`` paragraphs, and table
rows ("| cell | cell |") and the article's own lists are body text however short their lines. The
patterns for furniture and photo credits are data (``data/boilerplate.txt``); the rules that tell a
caption from a heading from body text are structural (length, punctuation, repetition), so they hold
across sites and languages.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventledger.errors import InputError
from eventledger.ingest.dates import normalise_published
from eventledger.ingest.html import PageError, extract_page
from eventledger.ingest.text import split_title
from eventledger.langid import identify_language
from eventledger.models import Article, Paragraph, RawDocument, Removed
from eventledger.settings import get_setting

# Furniture, captions and headings are short; longer paragraphs are body text whatever they contain.
_MAX_FURNITURE_WORDS = 40
_MAX_CAPTION_WORDS = 40
_MAX_REPEATED_CAPTION_WORDS = 25
_CREDIT_TAIL_CHARS = 160
_MAX_HEADING_WORDS = 12
_MAX_SHORT_HEADING_WORDS = 7
_MAX_HEADING_CHARS = 120
_MAX_MENU_WORDS = 4  # a run of this-short lines is a menu, not headings
_MIN_MENU_RUN = 3
# a text whose only body paragraph holds no more words than this is a brief or a stack of headlines, not an
# article with subheadings
_BRIEF_WORDS = 25
_STACKED_LINES = 3  # a text of no more short lines than this, none ending a sentence, is a stack of headlines
_WRAP_WIDTH = 100  # lines no longer than this, of similar length, are a hard-wrapped paragraph
_MAX_LIST_ITEM_WORDS = 40  # a bulleted line under a list label
_MAX_LINK_WORDS = 20  # an unbulleted headline under a list label
_MIN_KEYWORDS = 4  # terms in a line of search keywords
_MAX_KEYWORD_WORDS = 4  # words in one of its terms

_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u3000]*\n")
_SPACES = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# with the full stops, commas and closing quotes of Chinese and Japanese (。、「」), Arabic (؟،) and
# Hindi (।): without them every paragraph of those languages read as an unpunctuated heading
_CLOSERS = "'\"’”»)]›」』】）"
_FULL_STOPS = (".", "。", "．", "।", "۔")
_FINAL_CLAUSE_PUNCT = ".,;:。．、，；：।۔،"
_SENTENCE_END = ".!?…。．！？।۔؟"
# a bullet symbol, or a dash or star and a space (see ``is_bullet``)
_BULLET = re.compile(r"[•▪◦●►‣·]|[-*–]\s+(\S)")
_TERM_SEPARATOR = re.compile(r"\s*[,;]\s*")  # not "、": Japanese prose joins its clauses with it
_SENTENCE_MARK = re.compile(r"[.!?:|\"“”«»()]")
_JOINER = re.compile(r"(?:^|\s)(?:and|or|&|e|y|et|und|oder|ou|o|ed|dan|atau|и|или)\s", re.IGNORECASE)
# reported speech whose quotation closes on a comma before its speaker ("“We will rebuild,” she said"): a
# sentence that lost its full stop, never a headline (headlines do not punctuate a quote so)
_ATTRIBUTED_QUOTE = re.compile(r"[,，][\"'”’»]\s+\S")
# a row of a table, written as ingest/html.py writes it (and as Markdown does): "| cell | cell |"
_TABLE_ROW = re.compile(r"\|\s.*\S\s\|\s.*\S\s\|")


@dataclass(frozen=True)
class Lexicon:
    """The compiled patterns of ``data/boilerplate.txt``."""

    line: re.Pattern[str]
    phrase: re.Pattern[str]
    section_end: re.Pattern[str]
    list_label: re.Pattern[str]
    credit: re.Pattern[str]
    credit_shape: re.Pattern[str]
    caption_start: re.Pattern[str]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Furniture and photo-credit patterns from ``data/boilerplate.txt``."""
    text = resources.files("eventledger.data").joinpath("boilerplate.txt").read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.rstrip().endswith("]"):
            current = sections.setdefault(line.strip()[1:-1], [])
        elif current is not None:
            current.append(line.strip())

    def either(name: str, template: str) -> re.Pattern[str]:
        body = "|".join(f"(?:{pattern})" for pattern in sections.get(name, []))
        return re.compile(template.format(body or "(?!)"))

    return Lexicon(
        line=either("line", r"^(?:{})$"),
        phrase=either("phrase", r"(?:{})"),
        section_end=either("section-end", r"^(?:{})$"),
        list_label=either("list-label", r"^(?:{})$"),
        credit=either("credit", r"(?:{})\s*$"),
        credit_shape=either("credit-shape", r"(?:{})\s*$"),
        caption_start=either("caption-start", r"^(?:{})"),
    )


# ---------------------------------------------------------------- the public function


def clean_document(raw: RawDocument) -> Article:
    """The cleaned ``Article`` for ``raw``; raises ``InputError("E011")`` when no text is left."""
    text = _normalise_text(_source_text(raw))
    title = _collapse(_normalise_text(raw.title)) if raw.title else None
    if not title:
        title, text = split_title(text)
    units = split_paragraphs(text)
    removed: list[Removed] = []
    if title and units and is_headline_of(units[0], title):
        removed.append(Removed(units.pop(0), "heading"))
    kinds = classify_paragraphs(units)
    clean_text, paragraphs = _assemble(units, kinds, removed)
    if not clean_text:
        raise InputError("E011", raw.origin)
    shortest = int(get_setting("min_text_chars"))  # type: ignore[arg-type]
    if len(clean_text) < shortest:
        raise InputError("E019", raw.origin, size=len(clean_text), limit=shortest)
    return Article(
        document_id=raw.input_id or document_hash(clean_text),
        origin=raw.origin,
        raw_text=text,
        clean_text=clean_text,
        title=title,
        source=raw.source,
        url=raw.url,
        published=normalise_published(raw.published),
        language=_language_code(raw.language) or identify_language(clean_text),
        paragraphs=paragraphs,
        removed=removed,
        extra=dict(raw.extra),
    )


def is_headline_of(line: str, title: str) -> bool:
    """True when ``line`` is the article's headline: the title, or the title less the site's name that
    pages append to it ("Bomb hits bus | City Herald", "Bomb hits bus - City Herald")."""
    line, title = line.casefold(), title.casefold()
    if line == title:
        return True
    return title.startswith(line) and bool(_SITE_SUFFIX.match(title[len(line) :]))


_SITE_SUFFIX = re.compile(r"\s+[|\-–—:·•»]\s+\S")


def document_hash(clean_text: str) -> str:
    """``sha256:`` and the first 16 hex digits of the SHA-256 of the cleaned text."""
    return "sha256:" + hashlib.sha256(clean_text.encode("utf-8")).hexdigest()[:16]


def _source_text(raw: RawDocument) -> str:
    if raw.text and raw.text.strip():
        return raw.text
    if raw.html:
        try:
            return extract_page(raw.html, raw.url).text
        except PageError as error:
            raise InputError("E018", raw.origin, detail=error.detail) from error
    return ""


def _normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _INVISIBLE.sub("", text)


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _language_code(language: str | None) -> str | None:
    if not language or not language.strip():
        return None
    return re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0]


def _assemble(units: list[str], kinds: list[str], removed: list[Removed]) -> tuple[str, list[Paragraph]]:
    kept: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for unit, kind in zip(units, kinds, strict=True):
        if kind not in ("body", "heading"):
            removed.append(Removed(unit, kind))  # type: ignore[arg-type]
            continue
        if kept:
            offset += 2
        paragraphs.append(Paragraph(offset, offset + len(unit), kind))  # type: ignore[arg-type]
        kept.append(unit)
        offset += len(unit)
    return "\n\n".join(kept), paragraphs


# ---------------------------------------------------------------- paragraphs


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs with whitespace collapsed: blank lines separate them, and so do line breaks
    unless the lines are one paragraph wrapped (hard-wrapped text, or a sentence broken mid-way)."""
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        paragraphs.extend(piece for p in _join_wrapped_lines(lines) for piece in _INLINE_LINK.split(_collapse(p)))
    return [p for p in paragraphs if p]


# a page's link to another story that a scraper glued to the paragraph before it ("... metro stations. Read
# more: Lone-wolf attackers show similar patterns"): a paragraph of its own, which the page-tail rules remove
_INLINE_LINK = re.compile(
    r"(?<=[.!?\"”])\s+(?=(?:Read more|Read also|Also read|See also|Related|Watch video)\s*:|Watch video \d)"
)


def _join_wrapped_lines(lines: list[str]) -> list[str]:
    if len(lines) < 2:
        return lines
    width = max(len(line) for line in lines)
    # two lines give no wrap width to go by: two headlines stacked ("Troops kill 5 in X" over "Rebels deny
    # it") fill their lines as a wrapped paragraph does; they join only as a sentence broken mid-way does
    hard_wrapped = (
        len(lines) > 2
        and width <= _WRAP_WIDTH
        and _mostly_mid_sentence(lines[:-1])
        and _mostly_lower_case_starts(lines[1:])
    )
    # lines are gathered per paragraph and joined once: appending to a growing string is quadratic
    # on a hard-wrapped text of thousands of lines
    joined = [[lines[0]]]
    for previous, line in zip(lines, lines[1:], strict=False):
        if _is_soft_break(previous, line, width if hard_wrapped else None):
            joined[-1].append(line)
        else:
            joined.append([line])
    return ["\n".join(paragraph) for paragraph in joined]


def _mostly_mid_sentence(lines: list[str]) -> bool:
    """Hard-wrapped prose breaks lines mid-sentence; one-paragraph-a-line text breaks after sentences."""
    open_ended = sum(1 for line in lines if not _ends_sentence(line))
    return open_ended * 2 > len(lines)


def _mostly_lower_case_starts(lines: list[str]) -> bool:
    """Wrapped prose breaks its lines before ordinary words, which are mostly lower case; headlines stacked one
    a line each start with a capital ("39 dead in clash between police, gunmen: official" over "Gunfight kills
    39 in troubled state"), and so do a list's items."""
    lower = sum(1 for line in lines if line[:1].islower())
    return lower * 2 >= len(lines)


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END + ":"))


def _is_soft_break(previous: str, line: str, wrap_width: int | None) -> bool:
    """True when ``line`` continues the paragraph that ``previous`` (its last line) belongs to."""
    if is_bullet(line):
        return False  # each item of a list is its own paragraph, however the lines are wrapped
    if wrap_width is not None and len(previous) >= 0.7 * wrap_width:
        return True  # a hard-wrapped line fills the width; a paragraph's last line rarely does
    return not _ends_sentence(previous) and line[:1].islower()


# ---------------------------------------------------------------- what each paragraph is


def classify_paragraphs(units: list[str]) -> list[str]:
    """For each paragraph: "body", "heading", or the reason to remove it ("boilerplate", "caption",
    "duplicate")."""
    lexicon = load_lexicon()
    counts = Counter(units)
    seen: set[str] = set()
    kinds: list[str] = []
    for unit in units:
        kinds.append(_classify(unit, counts[unit], unit in seen, lexicon))
        seen.add(unit)
    body = [unit for unit, kind in zip(units, kinds, strict=True) if kind == "body"]
    stacked = len(units) <= _STACKED_LINES and all(
        len(unit.split()) <= _BRIEF_WORDS and not _ends_sentence(unit) for unit in units
    )
    if not body or (len(body) == 1 and len(body[0].split()) <= _BRIEF_WORDS) or stacked:
        # a very short article, or headlines stacked over a one-line brief or over each other: its short lines
        # are its text
        return ["body" if kind == "heading" else kind for kind in kinds]
    _remove_page_tail(units, kinds, lexicon)
    _remove_summary_lists(units, kinds, lexicon)
    _keep_article_lists(units, kinds)
    _remove_menus(units, kinds)
    _remove_trailing_headings(kinds)
    return kinds


def _classify(unit: str, count: int, seen_before: bool, lexicon: Lexicon) -> str:
    if is_table_row(unit):
        # cells are short and repeat: data, not captions, headings or menus; a row of share buttons
        # or links is furniture only when every cell is
        cells = unit.strip("| ").split(" | ")
        return "boilerplate" if all(_is_furniture(cell, lexicon) for cell in cells) else "body"
    words = len(unit.split())
    if words <= _MAX_FURNITURE_WORDS and _is_furniture(unit, lexicon):
        return "boilerplate"
    if is_keyword_line(unit):
        return "boilerplate"
    if is_caption(unit, count, lexicon):
        return "caption"
    if seen_before:
        return "duplicate"
    return "heading" if looks_like_heading(unit) else "body"


def _is_furniture(unit: str, lexicon: Lexicon) -> bool:
    lowered = unit.lower()
    bare = _strip_bullets(lowered)
    return bool(
        lexicon.line.match(bare) or lexicon.section_end.match(bare) or lexicon.phrase.search(lowered)
    )


def _strip_bullets(unit: str) -> str:
    return unit.strip(" \t-–—|•·:»›>*")


def is_caption(unit: str, count: int, lexicon: Lexicon | None = None) -> bool:
    """An image caption: a short line ending with a photo credit, or a short unpunctuated line that
    the page repeats (captions are often rendered twice, for the image and its enlarged view) and that
    is not a quotation (a pull quote repeats the article's own words)."""
    lexicon = lexicon or load_lexicon()
    words = len(unit.split())
    if words <= _MAX_CAPTION_WORDS and _has_credit(unit, lexicon):
        return True
    if is_bullet(unit):
        return False  # a list item that recurs is a list's, not an image's (a page's second copy of a
        # list is removed as a duplicate, its first copy kept)
    if _is_quoted(unit):
        return False  # a pull quote, which repeats the article's words: its second copy is a duplicate
    ends_sentence = unit.rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END))
    return count > 1 and words <= _MAX_REPEATED_CAPTION_WORDS and not ends_sentence


def _has_credit(unit: str, lexicon: Lexicon) -> bool:
    # a credit ends the line, so searching its tail is enough (and much faster on long lines)
    tail = unit[-_CREDIT_TAIL_CHARS:]
    return bool(
        lexicon.credit.search(tail.lower())
        or lexicon.credit_shape.search(tail)
        or lexicon.caption_start.match(unit.lower())
    )


def is_bullet(line: str) -> bool:
    """True when ``line`` is an item of a bulleted list ("• ...", "- ...", "* ...")."""
    match = _BULLET.match(line)
    # a hard-wrapped line may start with a dash before a lower-case word ("- which ..."): not a list
    return bool(match) and not (match.group(1) or "").islower()


def is_keyword_line(unit: str) -> bool:
    """A page's search keywords or tags printed as text: four or more short terms between commas (or
    semicolons) with no sentence punctuation ("gold mining attack, Tanda, armed groups, West Africa"),
    or a row of hashtags. Prose that lists names ends a sentence or joins the last one with "and"."""
    words = unit.split()
    if len(words) >= 2 and all(word.startswith("#") for word in words):
        return True
    terms = [term.strip() for term in _TERM_SEPARATOR.split(unit)]
    if len(terms) < _MIN_KEYWORDS or len(words) > _MAX_KEYWORD_WORDS * len(terms):
        return False
    return all(
        term and len(term.split()) <= _MAX_KEYWORD_WORDS and not _SENTENCE_MARK.search(term)
        and not _JOINER.search(term)
        for term in terms
    )


def is_table_row(unit: str) -> bool:
    """True when ``unit`` is a row of a table: two or more cells between bars ("| Ogbia | 820 |")."""
    return bool(_TABLE_ROW.fullmatch(unit))


def looks_like_heading(unit: str) -> bool:
    """A short line that is not a sentence: a few words with no final full stop, comma or colon, and no
    quotation closed on a comma before its speaker.

    Up to about a dozen words it must also look like a headline (mostly capitalised words, a quote,
    or a question or exclamation): at that length a sentence-case line is a body sentence that lost
    its full stop.
    """
    words = unit.split()
    if len(words) > _MAX_HEADING_WORDS or len(unit) > _MAX_HEADING_CHARS:
        return False
    stripped = unit.rstrip(_CLOSERS)
    if stripped.endswith(("...", "..", "…")):
        return True
    if stripped.endswith(tuple(_FINAL_CLAUSE_PUNCT)) or _ATTRIBUTED_QUOTE.search(unit):
        return False
    if len(words) <= _MAX_SHORT_HEADING_WORDS:
        return True
    return ", " not in unit and (_is_quoted(unit) or stripped.endswith(("?", "!")) or _is_title_case(words))


def _is_quoted(unit: str) -> bool:
    return unit[:1] in "\"'“‘«„" and unit.rstrip()[-1:] in "\"'”’»“"


def _is_title_case(words: list[str]) -> bool:
    capitalised = sum(1 for word in words if word[:1].isupper())
    return capitalised * 2 > len(words)


def _remove_page_tail(units: list[str], kinds: list[str], lexicon: Lexicon) -> None:
    """After "Related articles", "Read more:" or "Leave a reply", the headline-like lines are links,
    not headings; the first paragraph of prose ends the list.

    A link box inside the article gives its one link on its own line ("Read more: Blast hits bus
    terminal"): when prose follows it, one short line between the two is the article's subheading (or
    a paragraph that lost its full stop), not a second link; two or more are a list of links."""
    in_tail = False
    inline_link = False  # the label that began the tail carried its link on the same line
    taken: list[int] = []  # the lines the tail removed so far
    for index, unit in enumerate(units):
        if lexicon.section_end.match(_strip_bullets(unit.lower())):
            in_tail, inline_link, taken = True, _carries_link(unit), []
        elif not in_tail or kinds[index] not in ("heading", "body"):
            continue
        elif kinds[index] == "heading" or _is_list_item(unit):
            kinds[index] = "boilerplate"
            taken.append(index)
        else:
            if inline_link and len(taken) == 1 and not is_bullet(units[taken[0]]):
                kinds[taken[0]] = "heading" if looks_like_heading(units[taken[0]]) else "body"
            in_tail = False


def _carries_link(label: str) -> bool:
    """True when a link label gives its linked headline after a colon ("Read more: Blast hits bus")."""
    _, colon, rest = _strip_bullets(label).partition(":")
    return bool(colon) and len(rest.split()) >= 2


def _remove_summary_lists(units: list[str], kinds: list[str], lexicon: Lexicon) -> None:
    """"Key points" and the list after it repeat the body in brief: the list ends at the first line that
    is neither bulleted nor a headline, and a label with no list after it stays a heading."""
    label: int | None = None
    runs: list[list[int]] = []  # each: the label, then its items
    for index, unit in enumerate(units):
        if kinds[index] not in ("heading", "body"):
            continue
        if lexicon.list_label.match(_strip_bullets(unit.lower())):
            label = index
        elif label is not None and _is_list_item(unit) and (kinds[index] == "body" or is_bullet(unit)):
            if not runs or runs[-1][0] != label:
                runs.append([label])
            runs[-1].append(index)
        else:
            label = None
    in_lists = {index for run in runs for index in run}
    rest = sum(len(units[i].split()) for i, kind in enumerate(kinds) if kind == "body" and i not in in_lists)
    for run in runs:
        # a list that says more than the rest of the article repeats nothing: it is the article ("Key
        # developments:" over a humanitarian update's dated incidents, with only a total after it)
        if sum(len(units[i].split()) for i in run[1:]) > rest:
            continue
        for index in run:
            kinds[index] = "boilerplate"


def _is_list_item(unit: str) -> bool:
    """A bulleted line, or a headline: a line of a few words with no final full stop."""
    words = len(unit.split())
    if is_bullet(unit):
        return words <= _MAX_LIST_ITEM_WORDS
    return words <= _MAX_LINK_WORDS and not unit.rstrip(_CLOSERS).endswith(_FULL_STOPS)


def _keep_article_lists(units: list[str], kinds: list[str]) -> None:
    """A bulleted list inside the article is the article's, however short its items: after a sentence
    that ends with a colon ("Relief came in three forms:"), or between a paragraph or heading and more
    body text. Menus and link lists that survive extraction sit at the top or the tail of the page."""
    kept = [index for index, kind in enumerate(kinds) if kind in ("heading", "body")]
    start = 0
    while start < len(kept):
        end = start
        while end < len(kept) and is_bullet(units[kept[end]]):
            end += 1
        if end == start:
            start += 1
            continue
        before = kept[start - 1] if start > 0 else None
        after = kept[end] if end < len(kept) else None
        introduced = before is not None and kinds[before] == "body" and _introduces_list(units[before])
        inside = before is not None and after is not None and kinds[after] == "body"
        if introduced or inside:
            for index in kept[start:end]:
                kinds[index] = "body"
        start = end


def _introduces_list(unit: str) -> bool:
    return unit.rstrip(_CLOSERS).endswith((":", "："))


def _remove_menus(units: list[str], kinds: list[str]) -> None:
    """Three or more very short lines in a row are navigation; a heading stands alone."""
    run: list[int] = []
    for index in [*range(len(units)), len(units)]:
        if index < len(units) and kinds[index] == "heading" and len(units[index].split()) <= _MAX_MENU_WORDS:
            run.append(index)
            continue
        if len(run) >= _MIN_MENU_RUN:
            for member in run:
                kinds[member] = "boilerplate"
        run = []


def _remove_trailing_headings(kinds: list[str]) -> None:
    """A heading introduces body text; short lines after the last body paragraph are page furniture
    (bylines, link labels)."""
    for index in range(len(kinds) - 1, -1, -1):
        if kinds[index] == "body":
            return
        if kinds[index] == "heading":
            kinds[index] = "boilerplate"
