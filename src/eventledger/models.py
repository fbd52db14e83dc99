"""The typed data passed between pipeline stages.

One ``Article`` flows through every stage (ingest → clean → annotate → extract → resolve → fuse →
store → export); each stage fills in the fields it owns and leaves the others alone. Fused ledger
records (``Event``, ``Actor``) are built from many articles by the fuse stage and the store.

All character offsets (``start``/``end``) are into ``Article.clean_text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

ParagraphKind = Literal["body", "heading"]
RemovalReason = Literal["boilerplate", "caption", "duplicate", "heading"]


# ---------------------------------------------------------------- ingest


@dataclass
class RawDocument:
    """One article as read from an input, before cleaning.

    ``origin`` names where it came from for error messages: ``path``, ``path:line`` for JSON Lines,
    ``path#record`` for WARC.
    """

    origin: str
    text: str | None = None
    html: str | None = None
    input_id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date or date-time as given
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rejection:
    """An input that could not be read; ``code`` is an ``errors.py`` code such as ``E003``."""

    origin: str
    code: str
    message: str

    def line(self) -> str:
        return f"{self.code}: {self.origin}: {self.message}"


# ---------------------------------------------------------------- clean


@dataclass
class Removed:
    text: str
    reason: RemovalReason


@dataclass
class Paragraph:
    start: int
    end: int
    kind: ParagraphKind = "body"


# ---------------------------------------------------------------- annotate / extract


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int  # index into Article.paragraphs


@dataclass
class Place:
    """A resolved location; names as in the gazetteer."""

    name: str | None  # the town/village (ACLED 'location'); None for a province- or country-level place
    country: str
    iso3: str
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # 1 town, 2 district/near, 3 province
    geonameid: int | None = None

    @property
    def town(self) -> str | None:
        """The town the event happened in or near; None for a province-level place, whose ``name`` is
        its capital only because ACLED codes province-level events there."""
        return None if self.geo_precision == 3 else self.name


@dataclass
class Mention:
    """A span of the cleaned text resolved to something in a knowledge base."""

    start: int
    end: int
    text: str
    kind: Literal["actor", "place", "person", "time", "number", "other"]
    canonical: str | None = None  # actor canonical name / place name
    actor_id: str | None = None
    place: Place | None = None
    former: bool = False  # "former soldiers": ex-members of the actor (often a defunct state force)
    resolution: str | None = None  # how an actor was found: "name", "generic", "anaphor", "ner"


@dataclass
class TimeResolution:
    """A date resolved against the publication date, with ACLED time precision."""

    date: dt.date | None  # the middle of the range for week/month precision
    precision: int | None  # 1 day, 2 week, 3 month; None when unknown
    earliest: dt.date | None = None
    latest: dt.date | None = None
    expression: str = ""


@dataclass
class Fatalities:
    minimum: int | None
    maximum: int | None
    approximate: bool = False
    expression: str = ""


@dataclass
class EventMention:
    """One event as one article reports it (before fusion across articles)."""

    mention_id: str  # f"{document_id}#{index}", stable for the same input
    document_id: str
    event_type: str
    sub_event_type: str
    evidence: str  # the sentence(s) it rests on, as in clean_text
    start: int
    end: int
    date: dt.date | None = None
    time_precision: int | None = None
    date_earliest: dt.date | None = None
    date_latest: dt.date | None = None
    actor1: str | None = None
    assoc_actor_1: list[str] = field(default_factory=list)
    actor2: str | None = None
    assoc_actor_2: list[str] = field(default_factory=list)
    claimed_by: str | None = None
    civilian_targeting: bool = False
    place: Place | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    fatalities_approximate: bool = False
    attributed_to: str | None = None
    # a claimant's own toll the article reports beside its own figure (attribution/claimant_tolls.py)
    claimant: str | None = None
    claimant_fatalities_min: int | None = None
    claimant_fatalities_max: int | None = None
    # the figures other speakers in the same article give for this event ("Police said nine were killed"
    # after a lead of 11 from residents): {attributed_to, fatalities_min, fatalities_max, evidence} each
    other_figures: list[dict[str, Any]] = field(default_factory=list)
    background: bool = False
    hedged: bool = False
    certainty: float = 1.0  # extraction × attribution certainty, 0–1
    notes: str = ""
    affiliation: AffiliationChange | None = None


@dataclass
class AffiliationChange:
    """Members of one actor (or of none) joining another: defection, recruitment."""

    members: str  # the text's phrase: "former Afghan intelligence agents"
    from_group: str | None  # canonical actor name
    to_group: str | None
    quantity: str | None = None  # "dozens", "4"
    date: dt.date | None = None
    # with no known group: the members' phrase as a name, without number or quantifier (None when only a
    # common noun is left): "Syrian government fighters"
    members_name: str | None = None


@dataclass
class Quote:
    document_id: str
    speaker: str | None
    speaker_role: str | None
    text: str
    direct: bool
    cue: str | None
    start: int
    end: int


@dataclass
class Claim:
    document_id: str
    text: str
    start: int
    end: int
    source_chain: list[str] = field(default_factory=list)
    hedged: bool = False
    hedge_cue: str | None = None
    certainty: float = 1.0
    mention_ids: list[str] = field(default_factory=list)  # EventMentions it supports


@dataclass
class Article:
    """One document flowing through the pipeline."""

    document_id: str
    origin: str
    raw_text: str
    clean_text: str = ""
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    language: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    duplicate_of: str | None = None
    # filled by annotate / extract / attribution
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    doc: Any = None  # the spaCy Doc; never stored
    problems: list[str] = field(default_factory=list)  # stages that failed on it (stored without their output)

    @property
    def published_date(self) -> dt.date | None:
        if not self.published:
            return None
        try:
            return dt.date.fromisoformat(self.published[:10])
        except ValueError:
            return None

    @property
    def headings(self) -> list[str]:
        return [self.clean_text[p.start : p.end] for p in self.paragraphs if p.kind == "heading"]


# ---------------------------------------------------------------- ledger (fused)


@dataclass
class SourceEntry:
    document_id: str
    source: str | None
    url: str | None
    published: str | None
    evidence: str
    fatalities_min: int | None
    fatalities_max: int | None
    attributed_to: str | None
    mention_id: str | None = None
    duplicate_of: str | None = None
    # why this report was fused with the others (fuse.merge_evidence): the report it agrees with most,
    # how far their place, day, type, actors, toll and wording agree, and the merge's confidence
    merged_on: dict[str, Any] | None = None
    # the article recalls the incident in passing (an earlier attack named in a report of something else):
    # its figure is that later report's word, as of its publication
    background: bool = False
    # the claimant's own toll, when the article reports one (fatalities_min/max stay the article's own
    # figure: the officials' or the reporter's, the claim only when it is the article's only figure)
    claimant: str | None = None
    claimant_fatalities_min: int | None = None
    claimant_fatalities_max: int | None = None
    # each other credible figure the article gives for the event, whose it is: {attributed_to,
    # fatalities_min, fatalities_max, evidence} (the lead's 11 from residents is fatalities_min/max; the
    # police spokesman's nine later in the text is here)
    other_figures: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Event:
    event_id: str
    event_type: str
    sub_event_type: str
    event_date: dt.date | None = None
    time_precision: int | None = None
    actor1: str | None = None
    assoc_actor_1: list[str] = field(default_factory=list)
    actor2: str | None = None
    assoc_actor_2: list[str] = field(default_factory=list)
    claimed_by: str | None = None
    civilian_targeting: bool = False
    place: Place | None = None
    fatalities: int | None = None
    fatalities_max: int | None = None
    background: bool = False
    confidence: float = 0.5
    corroboration: int = 1  # independent sources
    notes: str = ""
    sources: list[SourceEntry] = field(default_factory=list)


@dataclass
class Affiliation:
    group: str  # the group joined
    from_date: dt.date | None
    to_date: dt.date | None
    evidence_document_ids: list[str] = field(default_factory=list)
    from_group: str | None = None
    members: str | None = None
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Actor:
    actor_id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    type: str | None = None  # ACLED actor type
    country: str | None = None
    affiliations: list[Affiliation] = field(default_factory=list)
