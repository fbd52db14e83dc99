"""Who said it: direct quotes, attributed statements (claims) with their source chains, and hedges.

``attribute(article)`` sets ``article.quotes`` and ``article.claims`` and, for every EventMention already
in ``article.events``, fills ``attributed_to``, ``hedged`` and ``certainty`` from the claim (or quote)
its evidence sentence belongs to.

Decisions:
- ``source_chain`` is outermost first: the source the article cites directly, then whom that source
  cites ("according to what the WSJ reported, a former official confirmed" → [WSJ, official]).
  Coordinated sources at one level stay one entry ("Taliban leaders and former security officials").
- ``EventMention.attributed_to`` is the outermost source, the one the article itself names as giving
  the fact (a wire agency citing officials → the agency); the full chain stays on the Claim.
- A sentence whose reporting verb frames a direct quote gives a Quote, not a Claim; modals and hedges
  inside a quote belong to the quote and do not hedge the sentence.
- Indirect speech gives a Quote with ``direct=False`` (text = the reported clause, to the end of the
  sentence) only when a named person or institution reports a clause ("X said that ..."); what
  "residents say" or what stands "according to" a report stays a Claim only. The speaker is the
  outermost one ("He said the government believed ..." is his).
- Pronoun subjects ("he", "they") resolve to the last source (he/she skip media outlets, groups and
  people already called by the other pronoun; "they" is never one named person); "I"/"we" outside
  quotes are the writer; an expletive "it" ("it is believed") is no source. Title-only speakers ("the
  governor said", "the SP said") resolve to the person given that title before (people.py).
- A quote with no reporting verb of its own continues the last speaker, or belongs to the person the
  paragraph names; colons and dashes introduce speech (the speaker is the subject before them); lines
  opening with a dialogue dash are speech; broadcast transcripts' labelled turns are quotes of the
  interviewees, not of the programme's journalists (transcripts.py).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from eventledger.attribution.acts import (
    Act,
    according_acts,
    closing_report_end,
    find_hedges,
    inverted_after_clause,
    verb_acts,
)
from eventledger.attribution.claimant_tolls import settle_claimant_tolls
from eventledger.attribution.cues import load_cues
from eventledger.attribution.quotes import QuoteSpan, find_quote_spans, looks_like_speech
from eventledger.attribution.resolve import Resolver, head_noun
from eventledger.attribution.sources import Source, source_from_head, subject_of
from eventledger.attribution.statement_tolls import give_statement_tolls
from eventledger.attribution.transcripts import Turn, find_dash_speech, find_speech_turns
from eventledger.models import Article, Claim, Quote

__all__ = ["attribute"]


@dataclass
class _Frame:
    """A quote with the reporting act that introduces it (None while unattributed)."""

    span: QuoteSpan
    act: Act | None
    inherited: bool = False


class _QuoteIndex:
    """Answers "is this offset inside a quoted passage?" for sorted, disjoint spans.

    Speaker labels of a transcript ("ASHBY:") count as inside too: no reporting verb or source there.
    """

    def __init__(self, spans: list[QuoteSpan], labels: list[tuple[int, int]] | None = None) -> None:
        self.spans = sorted(spans, key=lambda s: s.open_mark)
        self.opens = [s.open_mark for s in self.spans]
        self.labels = sorted(labels or [])
        self.label_starts = [s for s, _ in self.labels]

    def __call__(self, offset: int) -> bool:
        k = bisect.bisect_right(self.opens, offset) - 1
        if k >= 0 and offset <= self.spans[k].close_mark:
            return True
        j = bisect.bisect_right(self.label_starts, offset) - 1
        return j >= 0 and offset < self.labels[j][1]

    def any_between(self, low: int, high: int, exclude: QuoteSpan) -> bool:
        """Whether a quoted passage other than ``exclude`` lies wholly between ``low`` and ``high``."""
        k = bisect.bisect_right(self.opens, low)
        while k < len(self.spans) and self.spans[k].open_mark < high:
            if self.spans[k] is not exclude:
                return self.spans[k].close_mark < high  # disjoint and sorted: the first one decides
            k += 1
        return False


class _SentenceIndex:
    """The article's sentences in text order, with their offsets ready for binary search (a long
    article has thousands of sentences and hundreds of quotes)."""

    def __init__(self, sentences: list) -> None:  # spaCy Spans
        self.sentences = sentences
        self.starts = [s.start_char for s in sentences]

    def overlapping(self, low: int, high: int) -> list:
        """Sentences that start at or before ``high`` and end at or after ``low``."""
        last = bisect.bisect_right(self.starts, high)
        first = last
        while first > 0 and self.sentences[first - 1].end_char >= low:
            first -= 1
        return self.sentences[first:last]

    def first_after(self, offset: int):  # noqa: ANN201 - a spaCy Span or None
        k = bisect.bisect_right(self.starts, offset)
        return self.sentences[k] if k < len(self.sentences) else None

    def last_ending_by(self, offset: int):  # noqa: ANN201 - a spaCy Span or None
        k = bisect.bisect_right(self.starts, offset)
        while k > 0 and self.sentences[k - 1].end_char > offset:
            k -= 1
        return self.sentences[k - 1] if k > 0 else None


def _paragraph_spans(article: Article) -> tuple[list[tuple[int, int]], set[int]]:
    """Paragraph (start, end) spans and the indexes of headings; split on blank lines when unset."""
    if article.paragraphs:
        spans = [(p.start, p.end) for p in article.paragraphs]
        headings = {i for i, p in enumerate(article.paragraphs) if p.kind == "heading"}
        return spans, headings
    spans, pos = [], 0
    for chunk in article.clean_text.split("\n\n"):
        spans.append((pos, pos + len(chunk)))
        pos += len(chunk) + 2
    return spans, set()


def attribute(article: Article) -> None:
    """Set ``article.quotes`` and ``article.claims``; attribute and hedge ``article.events``."""
    article.quotes, article.claims = [], []
    if article.doc is None or not article.clean_text:
        return
    cues = load_cues()
    paragraphs, headings = _paragraph_spans(article)
    starts = [s for s, _ in paragraphs]

    def paragraph_of(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    turns = find_speech_turns(article.clean_text, paragraphs)
    spoken = [t.span for t in turns if t.span is not None]
    dashed = find_dash_speech(article.clean_text, paragraphs, frozenset(cues.reporting_verbs))
    dashed = [d for d in dashed if not _overlaps_any(d, spoken)]
    spans = [
        s
        for s in find_quote_spans(article.clean_text, paragraphs)
        if not any(p in headings for p in s.paragraphs)
        and len(s.words) >= 2
        and not _overlaps_any(s, spoken + dashed)
    ]
    spans += [d for d in dashed if not any(p in headings for p in d.paragraphs)]
    spans.sort(key=lambda s: s.open_mark)
    inside = _QuoteIndex(spans + spoken, [(t.label_start, t.label_end) for t in turns])
    sentences = [s for s in article.doc.sents if paragraph_of(s.start_char) not in headings]
    index = _SentenceIndex(sentences)
    frames = [_frame_for(span, index, inside, cues, article, paragraph_of) for span in spans]
    frames += [_turn_frame(t) for t in turns if t.span is not None]
    # a verb framing a quote gives a quote, not a claim, unless it also reports a clause of its own
    consumed = {
        f.act.verb_index for f in frames if f.act is not None and not _reports_own_clause(article, f.act, inside)
    }
    claimant_only = _attribute_in_order(article, frames, sentences, inside, consumed, paragraph_of, starts)
    _name_introduced_speakers(article)
    _link_events(article, claimant_only)
    settle_claimant_tolls(article)
    give_statement_tolls(article)


def _frame_for(span: QuoteSpan, sentences: _SentenceIndex, inside: _QuoteIndex, cues, article: Article, paragraph_of) -> _Frame:  # noqa: ANN001, E501
    """The reporting act nearest to a quote in the sentences around it, with no other quote between."""
    first, last = paragraph_of(span.open_mark), paragraph_of(span.close_mark)
    around = [
        s
        for s in sentences.overlapping(span.open_mark, span.close_mark + 1)
        if paragraph_of(s.start_char) in (first, last)
    ]
    following = sentences.first_after(span.close_mark)
    if (
        following is not None
        and paragraph_of(following.start_char) == last
        and not article.clean_text[span.close_mark + 1 : following.start_char].strip()
    ):
        around.append(following)  # "“…,” | he said." split into two sentences
    closed = _closes_a_sentence(span, article.clean_text)
    best: tuple[int, Act] | None = None
    for sentence in around:
        acts = verb_acts(sentence, inside, cues, article.mentions, quoted=True)
        acts += according_acts(sentence, inside, cues, article.mentions)
        for act in acts:
            offset = sentence.doc[act.verb_index].idx
            if _quote_between(offset, span, inside) or (closed and offset > span.close_mark):
                continue
            distance = span.open_mark - offset if offset < span.open_mark else offset - span.close_mark
            if best is None or distance < best[0]:
                best = (distance, act)
    if best is None:
        return _Frame(span, _introducing_act(span, sentences, inside, cues, article))
    return _Frame(span, best[1])


def _closes_a_sentence(span: QuoteSpan, text: str) -> bool:
    """“… a precaution.” He said …: a quote ending in a full stop, followed by a new sentence, is not
    framed by the verb after it (the tagger often runs both sentences into one)."""
    if not span.text.rstrip().endswith("."):
        return False
    after = text[span.close_mark + 1 : span.close_mark + 3].lstrip()
    return after[:1].isupper()


def _overlaps_any(span: QuoteSpan, others: list[QuoteSpan]) -> bool:
    return any(o.start < span.end and span.start < o.end for o in others)


def _turn_frame(turn: Turn) -> _Frame:
    """A transcript turn is its labelled speaker's quote; an unnamed one ("VOX POP") has no speaker."""
    if turn.speaker is None:
        return _Frame(turn.span, Act(Source("", pronoun=True), ":", -1, 0), inherited=True)
    source = Source(turn.speaker, turn.role, turn.label_start, named=True)
    return _Frame(turn.span, Act(source, ":", -1, 0))


def _introducing_act(span: QuoteSpan, sentences: _SentenceIndex, inside: _QuoteIndex, cues, article: Article) -> Act | None:  # noqa: ANN001, E501
    """The speaker of a clause that introduces the quote with a colon or a dash, with or without a
    reporting verb: "In a televised address, he said:", "Imam Adamu was blunt: “…”", "Fatou Sarr,
    trader: “…”", "The minister did not hesitate — “…”"."""
    before = article.clean_text[: span.open_mark].rstrip()
    if not before.endswith(_INTRODUCING_MARKS):
        return None
    mark = len(before) - 1
    sentence = next(iter(sentences.overlapping(mark, mark)), None)
    if sentence is None:
        return None
    segment = [t for t in sentence if t.idx < mark and not inside(t.idx) and not t.is_space]
    acts = [
        a
        for a in verb_acts(sentence, inside, cues, article.mentions, quoted=True)
        if sentence.doc[a.verb_index].idx < mark
    ]
    if acts:
        return acts[-1]
    head = _segment_root(segment)
    if head is None:
        return None
    subject = subject_of(head, inside) if head.pos_ in ("VERB", "AUX") else head
    if subject is None or not _can_speak(subject, cues):
        return None
    source = source_from_head(subject, cues, article.mentions)
    if source is None:
        return None
    return Act(source=source, cue=before[-1], verb_index=head.i, depth=0)


_INTRODUCING_MARKS = (":", "—", "–", " -")


def _segment_root(tokens: list):  # noqa: ANN202 - a spaCy Token or None
    """The token of a stretch whose head lies outside it, the one with most of the stretch below it."""
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i == t.i or t.head.i not in ids]
    roots = [t for t in roots if not t.is_punct]
    if not roots:
        return None
    return max(roots, key=lambda t: sum(1 for d in t.subtree if d.i in ids))


def _can_speak(token, cues) -> bool:  # noqa: ANN001
    """Who can be heard in a quote: a person, group or institution, not "the message" or "it"."""
    if token.lower_ in cues.pronouns:
        return token.lower_ != "it"
    if token.ent_type_ in ("PERSON", "ORG", "NORP") or token.pos_ == "PROPN":
        return True
    if token.lemma_.lower() in cues.report_nouns:
        return True  # "A statement from the presidency read:", "The communiqué is clear:"
    return token.lower_ in cues.source_nouns or token.lemma_.lower() in cues.source_nouns


def _quote_between(offset: int, span: QuoteSpan, inside: _QuoteIndex) -> bool:
    low, high = (offset, span.open_mark) if offset < span.open_mark else (span.close_mark, offset)
    return inside.any_between(low, high, span)


def _attribute_in_order(article, frames, sentences, inside, consumed, paragraph_of, starts) -> set[int]:  # noqa: ANN001
    """Walk quotes and sentences in text order so pronouns resolve to the source before them.

    Returns the indexes (in ``article.claims``) of claims sourced only by a claim of responsibility.
    """
    claimant_only: set[int] = set()
    cues = load_cues()
    state = Resolver(article.doc, cues, article.mentions, inside)
    items = [(f.span.open_mark, 0, f) for f in frames] + [(s.start_char, 1, s) for s in sentences]
    sentence_starts = [s.start_char for s in sentences]
    last_frame: _Frame | None = None
    for _, kind, item in sorted(items, key=lambda x: (x[0], x[1])):
        if kind == 1:
            if _claim_for_sentence(item, inside, consumed, state, cues, article):
                claimant_only.add(len(article.claims) - 1)
            continue
        _settle_frame(item, last_frame, paragraph_of, state, starts)
        has_cue = item.act is not None
        if has_cue and not item.inherited:
            source = state.resolve(item.act.source)
            item.act.source = source or Source("", pronoun=True)
            if source is not None:
                state.remember([source])
        named_before = has_cue and _named_in_sentence_before(item, sentence_starts, sentences)
        said_after = has_cue and _said_right_after(item, article)
        if looks_like_speech(item.span, has_speaker=has_cue, named_before=named_before, said_after=said_after):
            article.quotes.append(_quote_from(item, article.document_id))
            if has_cue and not item.act.source.pronoun:
                last_frame = item
    return claimant_only


def _named_in_sentence_before(frame: _Frame, starts: list[int], sentences: list) -> bool:
    """Whether the quote's speaker is a name written earlier in the quote's own sentence ("The minister, X,
    called for “maximum restraint”"), not one carried over from before it."""
    source = frame.act.source
    k = bisect.bisect_right(starts, frame.span.open_mark) - 1
    if k < 0 or not source.named or source.pronoun:
        return False
    return sentences[k].start_char <= source.start < frame.span.open_mark


def _said_right_after(frame: _Frame, article: Article) -> bool:
    """"“Nor blood,” said another doctor": a quote its own reporting verb follows, with only a comma between."""
    if frame.inherited or frame.act.verb_index < 0:
        return False
    verb = article.doc[frame.act.verb_index]
    between = article.clean_text[frame.span.close_mark : verb.idx]
    return verb.idx > frame.span.close_mark and not between.strip(" ,\"”’'»“")


def _reports_own_clause(article: Article, act: Act, inside: _QuoteIndex) -> bool:
    """"said the rebels were “supported by X” and that any villages lost would be retaken": the verb
    framing a partial quote reports a clause of its own, with words outside the quote."""
    if act.verb_index < 0:
        return False
    verb = article.doc[act.verb_index]
    clause = _complement(verb, inside)
    if clause is None:
        return False
    unquoted = [t for t in clause.subtree if not (inside(t.idx) or t.is_punct or t.is_space)]
    return len(unquoted) >= _REPORTED_MIN_WORDS


def _add_quote(article: Article, quote: Quote) -> None:
    """Add a quote unless the same stretch is already quoted the same way."""
    if not any((q.start, q.end, q.direct) == (quote.start, quote.end, quote.direct) for q in article.quotes):
        article.quotes.append(quote)


_REPORTED_MIN_WORDS = 5


def _settle_frame(frame: _Frame, last_frame: _Frame | None, paragraph_of, state: Resolver, starts) -> None:  # noqa: ANN001
    """A quote with no reporting verb of its own continues the speech of the last speaker: the quote
    just before it (same or next paragraph), or someone who spoke since ("“Eleven,” she says."), or a
    speaker the paragraph before names as its subject (a feature's long quote after a paragraph on her)."""
    if frame.act is not None:
        return
    here = paragraph_of(frame.span.open_mark)
    recent = state.last_person
    source, cue = None, None
    if last_frame is not None and here - paragraph_of(last_frame.span.close_mark) <= 1:
        source, cue = last_frame.act.source, last_frame.act.cue
        if recent is not None and recent.start > last_frame.span.close_mark and paragraph_of(recent.start) >= here - 1:
            source = recent
        # "His wife, Fatima, nods. “We left with nothing.”": someone else the quote's own paragraph is about
        named_here = state.speaker_named_between(
            max(starts[here], last_frame.span.close_mark + 1), frame.span.open_mark, spoken_only=False
        )
        if named_here is not None:
            source = named_here
    else:
        low = starts[here - 1] if here > 0 else 0
        source = state.speaker_named_between(low, frame.span.open_mark)
        # "Aisha Bello, a nurse, described the scene. “There was blood everywhere.”": the person the
        # quote's own paragraph is about
        source = source or state.speaker_named_between(starts[here], frame.span.open_mark, spoken_only=False)
        if source is None and here > 0 and frame.span.open_mark == starts[here]:
            # "Musa Ibrahim, 62, has lived in Damasak all his life." | "“The smoke was everywhere.”": a quote
            # standing as a paragraph of its own is the person the paragraph before is about
            source = state.speaker_named_between(low, starts[here], spoken_only=False)
    if source is None and not state.named:
        # "“They came at night and took everything.”" | "That is how Grace Achieng remembers the raid": a
        # feature opening on a quote before anyone is named is the person the next lines name as a subject
        source = state.person_named_next(frame.span.close_mark)
    if source is not None:
        frame.act = Act(source=source, cue=cue or "", verb_index=-1, depth=0)
        frame.inherited = True


def _quote_from(frame: _Frame, document_id: str) -> Quote:
    act = frame.act
    known = act is not None and not act.source.pronoun
    return Quote(
        document_id=document_id,
        speaker=(act.source.written or act.source.text) if known else None,
        speaker_role=act.source.role if known else None,
        text=frame.span.text,
        direct=True,
        cue=act.cue if act else None,
        start=frame.span.start,
        end=frame.span.end,
    )


def _claim_for_sentence(sentence, inside, consumed, state: Resolver, cues, article: Article) -> bool:  # noqa: ANN001
    """Add the sentence's claim, if it has one; True when its only source act is a claim of responsibility."""
    acts = [
        a for a in verb_acts(sentence, inside, cues, article.mentions, quoted=False) if a.verb_index not in consumed
    ]
    acts = [a for a in acts if not _inside_according(sentence.doc[a.verb_index])]
    acts += according_acts(sentence, inside, cues, article.mentions)
    hedges = find_hedges(sentence, inside, cues)
    if not acts and not hedges:
        return False
    speakers: dict[int, Source] = {}
    chain = _chain(acts, state, speakers)
    state.remember(chain)

    belief = [a for a in acts if a.hedge]
    hedge_cue = belief[0].hedge_text if belief else (hedges[0].text if hedges else None)
    certainty = 1.0
    for act in acts:
        certainty *= act.certainty
    if hedges:
        certainty *= min(h.certainty for h in hedges)
    article.claims.append(
        Claim(
            document_id=article.document_id,
            text=sentence.text,
            start=sentence.start_char,
            end=sentence.end_char,
            source_chain=_unique_texts(chain),
            hedged=bool(hedges or belief),
            hedge_cue=hedge_cue,
            certainty=round(certainty, 3),
        )
    )
    # reported speech is a quote only when a named speaker, or one person left unnamed, says something ("X
    # said that ...", "a security official said ..."); what "residents say" or "according to" a report stays
    # a claim
    # the outermost speaker says the whole report: "He said the government believed the hostages were
    # alive" is his, with what the government believes inside it
    # a verb of belief is one person's report too ("the mayor indicated that ...", "a retired commander
    # believes ..."); what "police suspect" stays a claim only
    speech = [
        a
        for a in acts
        if a.cue != "according to"
        and a.verb_index in speakers
        and (not a.hedge or speakers[a.verb_index].named or speakers[a.verb_index].individual)
    ]
    # "According to Superintendent Vikas Netam, 30 cadres reached the site": a person's words told with no verb
    # of saying in the sentence are that person's report, as "X said that ..." is (a body's or a document's
    # stays a claim)
    according = [a for a in acts if a.cue == "according to" and a.verb_index in speakers]
    quote = None
    if speech:
        outermost = min(speech, key=lambda a: (a.depth, a.verb_index))
        speaker = speakers[outermost.verb_index]
        if speaker.named or speaker.individual:
            # "..., X said, adding that the army had few troops left": the added clause is X's report too
            for act in [outermost, *_added_reports(sentence, outermost, speech)]:
                added = _indirect_quote(sentence, act, speaker, article.document_id, inside)
                if added is not None:
                    _add_quote(article, added)
                    quote = quote or added
    # "According to SP Vikas Netam, 30 cadres reached the site and asked the labourers to leave": a verb of
    # saying whose subject is many ("cadres") gives no quote and leaves the sentence to the person cited
    # "According to X, « ... »": when the words X gives are the quote itself, there is no reported speech besides
    if quote is None and len(according) == 1 and according[0].verb_index not in consumed:
        speaker = speakers[according[0].verb_index]
        # a person's report, not a body's: a person the text names, one left unnamed, or "him"/"her"
        personal = according[0].source.pronoun and according[0].source.text in ("he", "she")
        # a name given with a person's role ("the deputy of the province, X") is a person's, whatever the tagger
        # called the name
        role = head_noun(speaker.role or "")
        titled = speaker.named and (cues.is_person_noun(role) or role in cues.titles)
        if speaker.text in state.person_names or speaker.individual or personal or titled:
            quote = _according_quote(sentence, according[0], speaker, article.document_id)
            if quote is not None:
                _add_quote(article, quote)
    return bool(acts) and all(a.cue == "claimed responsibility" for a in acts)


def _added_reports(sentence, outermost: Act, speech: list[Act]) -> list[Act]:  # noqa: ANN001
    """Reporting verbs hung on the outermost one ("said, adding that ...", "said ... and added that ...")."""
    doc = sentence.doc
    return [
        a
        for a in speech
        if a is not outermost
        and doc[a.verb_index].head.i == outermost.verb_index
        and doc[a.verb_index].dep_ in ("advcl", "conj")
    ]


def _inside_according(token) -> bool:  # noqa: ANN001
    """The verb of "according to what X reported" is the according act itself, not another level."""
    return any(a.lower_ == "according" for a in token.ancestors)


def _chain(acts: list[Act], state: Resolver, speakers: dict[int, Source] | None = None) -> list[Source]:
    """Sources outermost first; a pronoun inside another source's report refers to that source.

    ``speakers`` receives the resolved source of each act, by the act's verb index.
    """
    chain: list[Source] = []
    for act in sorted(acts, key=lambda a: (a.depth, a.verb_index)):
        if act.nested and not act.has_clause:
            continue  # "told supporters that he would announce a plan": an act reported, not a source
        if act.audience is not None:
            chain.append(act.audience)
        if act.source.pronoun and act.nested and chain:
            continue  # "X said that he had seen ...": the same source again
        source = state.resolve(act.source)
        if source is not None:
            chain.append(source)
            if speakers is not None:
                speakers[act.verb_index] = source
    return chain


def _unique_texts(chain: list[Source]) -> list[str]:
    seen: set[str] = set()
    texts = []
    for source in chain:
        key = source.text.lower()
        if key not in seen:
            seen.add(key)
            texts.append(source.text)
    return texts


def _indirect_quote(sentence, act: Act, source: Source, document_id: str, inside=None) -> Quote | None:  # noqa: ANN001
    """The clause a named source reports ("said that the road was closed"); None when the act reports
    no clause ("Carla Ruiz reports.", "denied using live rounds")."""
    verb = sentence.doc[act.verb_index]
    comma = closing_report_end(verb)
    if comma is None and inverted_after_clause(verb):
        comma = verb.i - 1  # "Two people were injured, reported the governor X.": the clause before the verb
    if comma is not None:  # "..., the head of the region X wrote in his channel.": all before the comma
        return _reported_quote(sentence.doc[sentence.start : comma], act, source, document_id)
    clause = _complement(verb, inside)
    if clause is None and verb.dep_ == "parataxis":
        clause = verb.head  # "There is no leader of any kind, she insists, only assemblies."
    clause = clause or _clause_after(verb)
    if clause is None:
        return None
    # the parser often ends a long clause early ("that operations to pursue the remaining elements |
    # are continuing"): the report runs to the end of the sentence, or from its start when it comes first
    if verb.dep_ == "parataxis" and clause.i == verb.head.i:
        low, high = sentence.start, _last_word(sentence).i
    elif clause.i > verb.i:
        low, high = clause.left_edge.i, _last_word(sentence).i
    else:
        low, high = sentence.start, clause.right_edge.i
    span = sentence.doc[low : high + 1]
    return _reported_quote(span, act, source, document_id)


def _complement(verb, inside=None):  # noqa: ANN001, ANN202 - a spaCy Token or None
    """The clause a verb reports: of two, the one after it ("The commissioner has welcomed the forum, whose
    chairperson, X, said residents were ...": the parser hangs the sentence's first clause on "said" too),
    unless that one is quoted speech going on after the attribution ("—…—said X—. Nobody has come.")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    after = [c for c in clauses if c.i > verb.i and not (inside is not None and inside(c.idx))]
    return (after or clauses or [None])[0]


def _clause_after(verb):  # noqa: ANN001, ANN202 - a spaCy Token or None
    """The reported clause the parser did not hang on the verb as a complement: "affirmed for his part that
    shepherds were among the victims" (a "that" clause under the verb's phrase), "recounts having heard
    detonations" (a perfect gerund)."""
    for child in verb.children:
        if child.dep_ == "xcomp" and any(a.lower_ == "having" for a in child.children):
            return child
    for token in verb.subtree:
        if token.i > verb.i and token.dep_ == "mark" and token.lower_ == "that" and token.head.pos_ in ("VERB", "AUX"):
            between = verb.doc[verb.i + 1 : token.i]
            if any(t.pos_ in ("VERB", "AUX") for t in between):
                continue
            if token.head.i == verb.i and token.i + 1 < len(verb.doc):
                # "said to the agency that the shelling targeted ...": "that" hung on the reporting verb
                # itself, the clause's words anywhere; the report starts after it
                return verb.doc[token.i + 1]
            return token.head
    return None


def _according_quote(sentence, act: Act, source: Source, document_id: str) -> Quote | None:  # noqa: ANN001
    """The rest of the sentence an "according to X" phrase opens or closes: X's report."""
    phrase = sentence.doc[act.verb_index]
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    before = [t for t in words if t.i < phrase.left_edge.i]
    after = [t for t in words if t.i > phrase.right_edge.i]
    told = after if len(after) >= len(before) else before
    if len(told) < 3:
        return None
    span = sentence.doc[told[0].i : told[-1].i + 1]
    return _reported_quote(span, act, source, document_id)


def _reported_quote(span, act: Act, source: Source, document_id: str) -> Quote:  # noqa: ANN001 - a spaCy Span
    """The indirect quote a source's words report: the span, in the source's name."""
    return Quote(
        document_id=document_id,
        speaker=source.written or source.text,
        speaker_role=source.role,
        text=span.text,
        direct=False,
        cue=act.cue,
        start=span.start_char,
        end=span.end_char,
    )


def _last_word(sentence):  # noqa: ANN001, ANN202 - a spaCy Token
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    return words[-1] if words else sentence[-1]


def _name_introduced_speakers(article: Article) -> None:
    """"A doctor at Bara's hospital told Wire that ... “…,” said the doctor, Amna Osman.": a speaker first
    brought in with "a"/"an" and named later with that role is the named one, when one person has that role."""
    named_roles: dict[str, set[str]] = {}
    for quote in article.quotes:
        if quote.speaker and quote.speaker_role and not quote.speaker.lower().startswith(("a ", "an ", "the ")):
            named_roles.setdefault(head_noun(quote.speaker_role), set()).add(quote.speaker)
    for quote in article.quotes:
        if not quote.speaker or not quote.speaker.lower().startswith(("a ", "an ")):
            continue
        names = named_roles.get(head_noun(quote.speaker), set())
        later = [q for q in article.quotes if q.speaker in names and q.start > quote.start]
        if len(names) == 1 and later:
            quote.speaker_role = quote.speaker
            quote.speaker = next(iter(names))


def _link_events(article: Article, claimant_only: set[int]) -> None:
    """Give each EventMention the source and hedge of the claim or quote its evidence lies in.

    A claim of responsibility makes the claimant the source of the claim (claimed_by), not of what the
    sentence states about the attack itself ("..., which killed about 100 people" is the article's own
    statement): such claims leave ``attributed_to`` unset.
    """
    claimant_claims = {id(article.claims[i]) for i in claimant_only}
    for event in article.events:
        claims = [c for c in article.claims if c.start < event.end and event.start < c.end]
        for claim in claims:
            if event.mention_id not in claim.mention_ids:
                claim.mention_ids.append(event.mention_id)
        sourced = [c for c in claims if c.source_chain and id(c) not in claimant_claims]
        if sourced:
            event.attributed_to = sourced[0].source_chain[0]
        else:
            quotes = [
                q for q in article.quotes if q.direct and q.speaker and q.start < event.end and event.start < q.end
            ]
            if quotes:
                event.attributed_to = quotes[0].speaker
        if any(c.hedged for c in claims):
            event.hedged = True
        if claims:
            event.certainty = round(event.certainty * min(c.certainty for c in claims), 3)
