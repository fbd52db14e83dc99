"""One article's place analysis, passed explicitly from stage to stage: the gazetteer, the article's
sentence and paragraph spans, its dateline, the country it is set in (worked out once, when first asked),
and what the event-placing stage has learnt about each place mention.

The place modules used to keep the last article's focus and index in module-level one-slot caches; a
``PlaceContext`` is made per article by whoever places its events (``ArticleContext`` holds one) and
dies with it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from eventledger.extract.place_candidates import dateline_span, paragraph_spans, sentence_spans
from eventledger.kb.gazetteer import Gazetteer, load_gazetteer
from eventledger.models import Article

_UNSET: Any = object()


@dataclass
class PlaceContext:
    """What the place stages know of one article. ``focus`` (ISO3 of the country the article is set in, or
    None) and ``lean`` are computed on first use unless the stage that found the place mentions set them."""

    article: Article
    gazetteer: Gazetteer
    sentences: list[tuple[int, int]] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    dateline: tuple[int, int] | None = None
    _focus: Any = _UNSET
    _lean: Any = _UNSET
    # event placing: per-mention facts and per-mention-list views (see place_of_event)
    facts: dict[int, tuple[Any, Any]] = field(default_factory=dict)
    views: dict[tuple[int, int, bool], tuple[Any, Any]] = field(default_factory=dict)

    @classmethod
    def of(cls, article: Article, gazetteer: Gazetteer | None = None) -> PlaceContext:
        sentences = sorted(sentence_spans(article))
        paragraphs = sorted(paragraph_spans(article))
        return cls(
            article,
            gazetteer if gazetteer is not None else load_gazetteer(),
            sentences,
            [s[0] for s in sentences],
            paragraphs,
            [p[0] for p in paragraphs],
            dateline_span(article),
        )

    @property
    def text(self) -> str:
        return self.article.clean_text

    @property
    def focus(self) -> str | None:
        """ISO3 of the country the article is set in (see ``place_countries.article_focus_country``)."""
        if self._focus is _UNSET:
            self._work_out_countries()
        return self._focus

    @property
    def lean(self) -> str | None:
        """ISO3 of the country the article's evidence leans to, however weakly (the focus when there is
        one): the country of an event that nothing else locates."""
        if self._lean is _UNSET:
            self._work_out_countries()
        return self._lean

    def set_countries(self, focus: str | None, lean: str | None) -> None:
        self._focus, self._lean = focus, focus or lean

    def _work_out_countries(self) -> None:
        from eventledger.extract.place_countries import article_focus_and_lean  # no import cycle

        self.set_countries(*article_focus_and_lean(self.article, self.gazetteer))

    def sentence_at(self, position: int) -> tuple[int, int] | None:
        return span_at(self.sentences, self.sentence_starts, position)

    def paragraph_at(self, position: int) -> tuple[int, int] | None:
        return span_at(self.paragraphs, self.paragraph_starts, position)


def span_at(spans: list[tuple[int, int]], starts: list[int], position: int) -> tuple[int, int] | None:
    """The span (sorted, non-overlapping) that contains ``position``."""
    i = bisect.bisect_right(starts, position) - 1
    return spans[i] if i >= 0 and spans[i][0] <= position < spans[i][1] else None
