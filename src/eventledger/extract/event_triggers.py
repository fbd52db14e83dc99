"""Sentences and trigger matches: a body sentence is one unit (a verbless fragment opening with a
preposition is joined to the sentence before it); trigger entries match on lemma or word form with the right
part of speech (a phrasal verb also with its particle after the object). Whether a match reports a real
event is decided in event_filters.py; whether it is background (recalled) here.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from eventledger.extract.event_lexicon import Trigger, cue, load_triggers
from eventledger.extract.event_parse import word_forms
from eventledger.kb.taxonomy import event_type_of
from eventledger.models import Article, EventMention, TimeResolution
from eventledger.settings import get_setting

HEADLINE_MAX_WORDS = 40  # three headlines joined on one line stay under this
# a line this short standing alone is a headline or a brief's title even with a full stop
SHORT_LINE_WORDS = 12
TITLE_LINE_WORDS = 25  # a lead paragraph of one sentence is longer
CREDIT_WORDS = 4  # a headline's credit after its colon ("army source", "UN") is no longer
SENTENCE_CLOSERS = (".", "!", "?", '"', "”", "'", "’", ":", ";", ")")
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "parataxis", "acl", "pcomp"})


_QUOTES = "\"”'’"


def _closes_a_sentence(text: str) -> bool:
    """The text ends as a sentence does; a closing quote only after a sentence's own stop ("... he said.”"),
    not a quoted phrase ending a headline ('executes a man on charges of “spying”')."""
    text = text.rstrip()
    unquoted = text.rstrip(_QUOTES)
    if unquoted != text:
        return unquoted.endswith((".", "!", "?", ","))
    return text.endswith(SENTENCE_CLOSERS)


@dataclass
class Unit:
    """A body sentence; a verbless fragment opening with a preposition is joined to the one before."""

    span: Any  # spaCy Span
    paragraph: int
    hits: list[Hit] = field(default_factory=list)
    times: list[tuple[int, int, TimeResolution]] = field(default_factory=list)  # absolute offsets
    scores: Any = None  # the sentence model's SentenceScores (event_learned.py)
    # sub-types that only a negated or failed act of the sentence names ("failed to capture the town")
    unmade: frozenset[str] = frozenset()
    # spaCy joins a span's tokens anew at every ``.text``: kept until ``span`` is replaced
    _text: tuple[Any, str] | None = field(default=None, repr=False, compare=False)
    # answers about the whole sentence, asked once per trigger in it: kept as ``_text`` is (by span)
    _facts: tuple[Any, dict[str, Any]] | None = field(default=None, repr=False, compare=False)

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char

    @property
    def headline(self) -> bool:
        """A headline or a telegraphic line: no closing punctuation. Its present tense tells of the past
        ("Rebels kill four civilians"), not of a habit."""
        words = self.text.split()
        if not 0 < len(words) <= HEADLINE_MAX_WORDS:
            return False
        if not _closes_a_sentence(self.text) or self._credited():
            return True
        # a line of its own is a brief when short ("Burmese planes attack Karen camp."), and a title when it
        # opens the text at a title's length ('Gunmen shoot dead a woman; "it was your fault," they told her.')
        longest = TITLE_LINE_WORDS if self.span.start_char == 0 else SHORT_LINE_WORDS
        if self.span.start_char > 0 and self.span.root.tag_ == "VBD":
            return False  # "Many families fled to the district headquarters.": a paragraph of one sentence
        return len(words) <= longest and self._whole_line()

    def _whole_line(self) -> bool:
        """The unit is a line of its own ("Burmese planes attack Karen camp." as a whole brief).
        Read from the tokens beside it, not from the whole text, which the Doc joins again at each call
        (a list of 4,000 town names: 563 lines, 3.2 M tokens made)."""
        before = next((c for c in (t.text_with_ws.rstrip(" \t") for t in reversed(self.span.doc[: self.span.start]))
                       if c), "")  # fmt: skip
        after = next((c for c in (c.lstrip(" \t") for c in _chunks_after(self.span)) if c), "")
        return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))

    def _credited(self) -> bool:
        """A headline that ends its line with the source's credit after a colon ("Clashes kill 30: police")."""
        if not self.text.rstrip().endswith(":"):
            return False
        rest = ""
        for chunk in _chunks_after(self.span):  # the rest of its line
            rest += chunk
            if "\n" in chunk or len(rest.split()) > CREDIT_WORDS:  # more words than a credit's: it is none
                break
        rest = rest.split("\n", 1)[0].strip()
        return 0 < len(rest.split()) <= CREDIT_WORDS and not _closes_a_sentence(rest)

    @property
    def text(self) -> str:
        if self._text is None or self._text[0] is not self.span:
            self._text = (self.span, self.span.text)
        return self._text[1]

    def fact(self, name: str, work: Callable[[Unit], Any]) -> Any:
        """``work(self)``, worked out once per span: a sentence of many triggers would otherwise scan its
        tokens once for each of them (a 1,500-token run of 30 triggers: 45,000 tokens, not 1,500)."""
        if self._facts is None or self._facts[0] is not self.span:
            self._facts = (self.span, {})
        facts = self._facts[1]
        if name not in facts:
            facts[name] = work(self)
        return facts[name]


@dataclass
class Hit:
    trigger: Trigger
    head: Any  # spaCy Token
    tokens: list[Any]
    clause_head: Any
    background: bool = False
    # told after "two days after" beside the sentence's own incident: an earlier incident of its own
    counted_back: bool = False
    # the characters of its own clause, when the sentence tells two incidents in coordinated clauses
    # ("gunmen killed five in X on Monday and a bomb killed three in Y on Tuesday")
    own_span: tuple[int, int] | None = None
    # the words stating its toll when they are not one stretch of the sentence: "six were killed in Mora and
    # four in Koza" leaves out the verb of its second clause ("four were killed in Koza")
    own_text: str | None = None
    # the characters where its place may be named, when one sentence tells the incidents of two places
    place_span: tuple[int, int] | None = None


def body_units(article: Article) -> list[Unit]:
    doc = article.doc
    units: list[Unit] = []
    starts = [p.start for p in article.paragraphs]
    for sent in doc.sents:
        para = paragraph_index(article, sent.start_char, starts)
        if para is not None and article.paragraphs[para].kind == "heading":
            continue
        para = -1 if para is None else para
        if units and units[-1].paragraph == para and is_fragment(sent):
            units[-1].span = doc[units[-1].span.start : sent.end]
            continue
        units.append(Unit(sent, para))
    return units


def paragraph_index(article: Article, char: int, starts: list[int] | None = None) -> int | None:
    """The paragraph holding ``char`` (paragraphs are in text order and do not overlap); ``starts``,
    their start offsets, makes it a binary search (a text of 20,000 one-line paragraphs made the scan
    quadratic)."""
    starts = starts if starts is not None else [p.start for p in article.paragraphs]
    i = bisect.bisect_right(starts, char) - 1
    if i >= 0 and char < article.paragraphs[i].end:
        return i
    return None


def _chunks_after(span: Any) -> Iterator[str]:
    """The text after a span, a token at a time (its last token's trailing space first)."""
    if len(span):
        yield span.doc[span.end - 1].whitespace_
    for token in span.doc[span.end :]:
        yield token.text_with_ws


def is_fragment(sent: Any) -> bool:
    words = [t for t in sent if not t.is_space and not t.is_punct]
    return bool(words) and words[0].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in words)


def max_hits_per_sentence() -> int:
    """Setting max_hits_per_sentence (at least 1): a sentence of news names a few triggers; one of "killed killed
    killed ..." named one per word, and the stages after compare each hit with the others and walk the parse
    from each (20 KB: 23 s)."""
    return max(1, int(get_setting("max_hits_per_sentence")))  # type: ignore[call-overload]


def find_hits(unit: Unit) -> list[Hit]:
    """The sentence's triggers in text order, the first ``max_hits_per_sentence()`` of them."""
    triggers = load_triggers()
    most = max_hits_per_sentence()
    tokens = list(unit.span)
    hits: list[Hit] = []
    used: set[int] = set()
    for i, tok in enumerate(tokens):
        if len(hits) >= most:
            break
        if tok.i in used:
            continue
        for trigger in triggers.get(tok.lemma_.lower(), ()) + triggers.get(tok.lower_, ()):
            matched = match_trigger(trigger, tokens, i)
            if matched:
                head = matched[0] if trigger.pos == "VERB" else matched[-1]
                hits.append(Hit(trigger, head, matched, clause_head_of(head)))
                used.update(t.i for t in matched)
                break
    return hits


# a noun trigger's head as the small tagger may read it: in a telegraphic headline a noun before the verb can
# be tagged an auxiliary or an adjective ("Mexico shootout leaves 14 dead"); a verb's reading is never a noun's
_NOUN_TAGS = frozenset({"NOUN", "PROPN", "AUX", "ADJ", "X"})


def match_trigger(trigger: Trigger, tokens: list[Any], i: int) -> list[Any] | None:
    n = len(trigger.words)
    if i + n > len(tokens):
        return None
    window = tokens[i : i + n]
    # a phrase's words may take their singular by suffix, as the small lemmatiser misreads some plurals ("graves"
    # -> "graf"); a single word keeps its tagger's reading (a headline's capitalised plural may be a verb: "Army
    # Arrests")
    forms = word_forms if n > 1 else (lambda tok: (tok.lemma_.lower(), tok.lower_))
    if any(word not in forms(tok) for word, tok in zip(trigger.words, window, strict=True)):
        window = (
            separated_particle(trigger, tokens[i]) or verb_and_its_object(trigger, tokens[i])
            or verb_and_its_phrase(trigger, tokens[i])
        )  # fmt: skip
        if window is None:
            return None
    head = window[0] if trigger.pos == "VERB" else window[-1]
    if head.ent_type_ in ("DATE", "TIME"):
        return None  # "in March 2020", "On 31 March": a month, not a march
    if trigger.pos == "VERB" and head.pos_ != "VERB" and not (
        _verb_read_as_noun(head) or _verb_read_as_plural(head) or bare_verb_read_as_modifier(head)
    ):
        return None
    if trigger.pos == "NOUN" and head.pos_ not in _NOUN_TAGS and head.tag_ != "VBG" and not _plural_read_as_verb(head):
        return None
    return window


def _plural_read_as_verb(token: Any) -> bool:
    """ "UN airstrikes kill one": a plural event noun before the headline's own verb, read as a verb in -s."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.tag_ == "VBZ" and following is not None and following.pos_ == "VERB" and following.head == token


def _verb_read_as_noun(token: Any) -> bool:
    """ "Three shot dead in Zacatecas": the small tagger reads a headline's bare participle as a noun; no noun
    takes "dead" as its complement."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.pos_ == "NOUN" and following is not None and following.lower_ == "dead" and following.head == token:
        return True
    return _headline_participle_read_as_noun(token) or _participle_after_its_people(token)


def _headline_participle_read_as_noun(token: Any) -> bool:
    """ "Military intelligence office overrun in Hpakant": a verbless headline's participle read as the noun it
    ends, with what it happened to before it and where after it."""
    sentence = token.sent
    return (
        token.dep_ == "ROOT"
        and token.tag_ == "NN"
        and any(c.dep_ in ("compound", "amod") and c.i < token.i for c in token.children)
        and any(c.dep_ == "prep" and c.i > token.i for c in token.children)
        and not any(t.pos_ in ("VERB", "AUX") for t in sentence)
    )


def _participle_after_its_people(token: Any) -> bool:
    """ "Customers at a taco stand shot in Obregon": a verbless headline that opens with plural people, read
    as one noun phrase with the participle inside it ("a stand shot"); where it happened follows it."""
    sentence = token.sent
    root = sentence.root
    return (
        token.tag_ == "NN"
        and root.i < token.i
        and root.tag_ == "NNS"
        and root.i == sentence.start
        and any(c.dep_ == "prep" and c.i > token.i for c in token.children)
        and not any(t.pos_ in ("VERB", "AUX") for t in sentence)
    )


def _verb_read_as_plural(token: Any) -> bool:
    """ "CDN shoots rival gangster over 50 times": before the headline's first verb, a verb in -s between a name
    (its subject) and a phrase it takes as object is read as a plural noun; a plural noun between a name and
    another noun is that noun's modifier, not a head of its own ("Army shoots ..." but not "army camps")."""
    doc = token.doc
    if token.tag_ != "NNS" or not token.lower_.endswith("s") or token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    sentence = token.sent
    return (
        before.pos_ == "PROPN"
        and after.pos_ in ("ADJ", "DET", "NUM", "PRON", "NOUN", "PROPN")
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[sentence.start : token.i])
    )


def bare_verb_read_as_modifier(token: Any) -> bool:
    """ "Junta soldiers storm Moebye, slaughter 5 civilians": in a verbless headline the small tagger reads a
    bare verb as a noun or adjective of one long name; it is a verb between a plural subject and its object
    (a name, a count, a determiner), or after a comma with a count as its object."""
    doc = token.doc
    if token.pos_ not in ("NOUN", "ADJ", "PROPN") or token.tag_ in ("NNS", "NNPS") or token.i == 0:
        return False
    if token.i + 1 >= len(doc) or any(t.pos_ in ("VERB", "AUX") for t in token.sent):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.tag_ == "NNS" and after.pos_ in ("PROPN", "NUM", "DET", "NOUN"):
        return True  # "Protesters torch vehicles", "soldiers storm Moebye"
    return before.text in (",", "and") and after.pos_ == "NUM"


def separated_particle(trigger: Trigger, verb: Any) -> list[Any] | None:
    """A phrasal verb whose particle follows its object: "handed the town back", "gunned him down"."""
    if not _two_words_from(trigger, verb):
        return None
    particle = next((c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == trigger.words[1]), None)
    return [verb, particle] if particle is not None else None


def _two_words_from(trigger: Trigger, verb: Any) -> bool:
    """A two-word verb trigger whose first word is this verb."""
    return trigger.pos == "VERB" and len(trigger.words) == 2 and trigger.words[0] in (verb.lemma_.lower(), verb.lower_)


def verb_and_its_object(trigger: Trigger, verb: Any) -> list[Any] | None:
    """A verb-and-object trigger with words between the two: "blocked the main road", "took full control": the
    object the verb governs, whatever modifies it. Not fire: "opened the fire on the positions" retells a
    battle's course after the sentence that reports it; the news says "opened fire"."""
    if not _two_words_from(trigger, verb):
        return None
    if trigger.words[1] == "fire":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and trigger.words[1] in word_forms(c)), None)
    return [verb, obj] if obj is not None else None


def verb_and_its_phrase(trigger: Trigger, verb: Any) -> list[Any] | None:
    """A verb-preposition-noun trigger with its object between: "took three men into custody", "were taken in
    for questioning": the verb, a preposition it governs, and that preposition's noun."""
    words = trigger.words
    if trigger.pos != "VERB" or len(words) != 3 or words[0] not in (verb.lemma_.lower(), verb.lower_):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == words[1]:
            # ("for questioning" is parsed as a gerund, the preposition's clausal complement)
            noun = next(
                (c for c in prep.children if c.dep_ in ("pobj", "pcomp") and words[2] in word_forms(c)), None
            )
            if noun is not None:
                return [verb, prep, noun]
    return None


def clause_head_of(token: Any) -> Any:
    current = token
    while not (current.dep_ in CLAUSE_DEPS and current.pos_ in ("VERB", "AUX")):
        participle = next((c for c in current.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
        if participle is not None and _semicolon_between(current, current.head):
            # "Clandestine grave found in X; there would be remains": a headline's noun with its participle,
            # hung by the parser on the clause after the semicolon, heads a clause of its own
            return participle
        if current.head.i == current.i:
            break
        current = current.head
    return current


def _semicolon_between(token: Any, other: Any) -> bool:
    low, high = sorted((token.i, other.i))
    return any(t.text == ";" for t in token.doc[low + 1 : high])


def has_dated_possessive(hit: Hit) -> bool:
    """An event noun owned by a past time: "Friday's bombing", "last week's attack"."""
    return hit.head.pos_ == "NOUN" and any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in hit.head.children)


def is_generic_plural(hit: Hit) -> bool:
    head = hit.head
    if hit.trigger.pos == "VERB" or head.tag_ != "NNS" or hit.trigger.learned:
        return False  # the model read its sentence as one incident ("Rebels loot shops", parsed as nouns)
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in cue("occur_verb") and not _a_trend(
        head.head
    ):
        return False  # "clashes erupted on Saturday", "fighting broke out": an occurrence, not a generality
    if any(c.dep_ == "dobj" for c in head.children):
        return False  # "... and crucifies 3 civilians", the verb tagged as a plural noun: a noun takes no object
    if is_found_thing(head):
        return False  # "police found bodies in clandestine graves": what was found was found once
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in head.children):
        return False  # "clashes between the ELN and the Clan del Golfo": named sides, one fight
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(t.dep_ == "nummod" for t in c.subtree) for c in head.children):
        return False  # "remains of five people": counted, not a generality
    if has_day(head) or (head.dep_ == "dobj" and head.head.tag_ == "VBD" and has_day(head.head)):
        return False  # "the air force carried out, on Tuesday, air raids on ...": raids of one day
    # "simultaneous air and ground attacks", read as "air" and "ground attacks" coordinated: what qualifies
    # the whole phrase hangs on its first word ("heavy gunfire and explosions" are two things)
    misread = head.dep_ == "conj" and any(c.dep_ == "compound" for c in head.children)
    qualifiers = [*head.children, *(head.head.children if misread else ())]
    return not any(c.dep_ in ("det", "nummod", "poss", "amod") for c in qualifiers)


def _a_trend(verb: Any) -> bool:
    """ "Air strikes on villages have continued despite ...": a verb of going on in the perfect, with no day
    of its own, tells a pattern, not an incident ("clashes have erupted" still tells one)."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect and verb.lemma_.lower() in cue("trend_verb") and not has_day(verb)


def is_found_thing(noun: Any) -> bool:
    """What a verb of discovery found, or is part of it: "found bodies in clandestine graves", "graves found
    with charred remains" (not "bodies found after raids": the raids are not what was found)."""
    current = noun
    while True:
        verb = current.head
        if verb.lemma_.lower() in cue("discovery_verb") and (
            current.dep_ in ("dobj", "nsubjpass") or (current.dep_ == "nsubj" and verb.tag_ == "VBN")
        ):
            return True
        if any(c.dep_ == "acl" and c.lemma_.lower() in cue("discovery_verb") for c in current.children):
            return True
        if current.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ in ("NOUN", "PROPN"):
            current = verb.head
            continue
        return False


def has_day(verb: Any) -> bool:
    """A weekday or part of a day among the verb's own modifiers ("on Tuesday", "this morning")."""
    return any(
        t.lower_ in cue("day_word")
        for c in verb.children if c.dep_ in ("prep", "npadvmod")
        for t in c.subtree
    )


def is_background(hit: Hit, owned_time: bool, others: list[Hit] | None = None) -> bool:
    """An event noun inside a 'since/after ...' phrase, with no date of its own, or a dated earlier
    event ("last week's bombing") named beside the sentence's own news: recalled as context."""
    if has_dated_possessive(hit) and any(o.trigger.family != hit.trigger.family for o in others or []):
        return True
    if hit.head.pos_ == "VERB" and hit.head.dep_ == "advcl" and not owned_time:
        # "have multiplied since the army seized power": a clause opened by "since" recalls the past
        return any(c.dep_ == "mark" and c.lower_ == "since" for c in hit.head.children)
    if freed_from_it(hit.head):
        return True
    if hit.head.pos_ not in ("NOUN", "PROPN") or owned_time:
        return False
    if cause_of_an_arrest(hit, others or []):
        return True
    current = hit.head
    while current.dep_ in ("pobj", "conj", "poss", "compound", "appos", "prep") and current.head.i != current.i:
        current = current.head
        if current.pos_ in ("ADP", "SCONJ") and current.lemma_.lower() in cue("background"):
            return not names_the_toll_s_cause(current, hit, others or [])
    return False


def names_the_toll_s_cause(marker: Any, hit: Hit, others: list[Hit]) -> bool:
    """ "Two dead after armed attack on bar in Irapuato": "after" hung on a bare toll (a count of the dead, and
    no incident of the sentence's own) names the incident that took those lives, not one recalled."""
    toll = marker.head
    if marker.lower_ != "after" or any(o.trigger.alone for o in others if o is not hit):
        return False
    counted = toll.like_num or toll.lemma_.lower() in cue("death_word")
    return counted and any(t.lemma_.lower() in cue("death_word") for t in (toll, *toll.children))


def freed_from_it(head: Any) -> bool:
    """ "Troops rescue 20 kidnapped students", "police free the abducted priest": a participle that describes
    the people someone frees tells what was done to them before; the news is their freeing, and the
    rescuers are no abductors."""
    if head.tag_ != "VBN" or head.dep_ not in ("amod", "acl"):
        return False
    people = head.head
    return people.dep_ in ("dobj", "nsubjpass") and people.head.lemma_.lower() in cue("release_verb")


def cause_of_an_arrest(hit: Hit, others: list[Hit]) -> bool:
    """ "Five people have been arrested over the suicide bombing", "arrested the alleged mastermind of the
    attack": the incident a sentence's arrest is made for (named with "the", as one already told) is its
    context; the arrest is the news."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in cue("definite") for c in hit.head.children)
    if not definite:
        return False
    return any(
        o.trigger.family == "arrest" and o.head.pos_ == "VERB" and o.head.i in {a.i for a in hit.head.ancestors}
        for o in others
    )


def agreement_recalled(hit: Hit, others: list[Hit]) -> bool:
    """An agreement only referred to beside the sentence's news: "despite a truce brokered in Doha",
    "breaking a ceasefire the two sides had agreed last year", "a month after both sides signed a
    ceasefire", "the ceasefire that was agreed in Jeddah". Its signing is context, not a current event."""
    if hit.trigger.family != "agreement":
        return False
    concession = cue("concession")
    for tok in (hit.head, *hit.head.ancestors):
        if tok.lemma_.lower() in concession and tok.i != hit.head.i:
            return True  # "despite the truce", "in breach of the ceasefire", "violating the deal"
        if tok.dep_ in CLAUSE_DEPS and tok.pos_ in ("VERB", "AUX"):
            break
    news = [o for o in others if o.trigger.family not in ("agreement", "claim", "affiliation")]
    if not news:
        return False
    clause = hit.clause_head
    if any(c.dep_ == "mark" and c.lower_ in cue("later_marker") for c in clause.children):
        return False  # "fighting killed six before a ceasefire was announced on Wednesday": what came next
    subordinate = clause.dep_ in ("advcl", "relcl", "acl", "pcomp") or (
        hit.head.pos_ in ("NOUN", "PROPN") and hit.head.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj")
        and clause.i != hit.head.i and any(o.clause_head.i == clause.i for o in news)
    )
    return subordinate and any(o.clause_head.i != clause.i or o.head.pos_ == "VERB" for o in news)


def without_disrupted_objects(hits: list[Hit]) -> list[Hit]:
    """'Air defences intercepted and destroyed 40 drones', 'police recovered rifles and grenades', 'troops
    foiled an attack': the weapon or attack that was stopped is what was disrupted, not an event of its
    own."""
    stoppers = [h.head for h in hits if h.trigger.family == "disrupted" and h.head.pos_ == "VERB"]
    if not stoppers:
        return hits
    stopping = {t.i for v in stoppers for t in (v, *v.conjuncts)}

    def stopped(hit: Hit) -> bool:
        if hit.trigger.family not in ("explosion", "violence"):
            return False
        return any(a.i in stopping for a in hit.head.ancestors) or any(listed_after(v, hit.head) for v in stoppers)

    return [h for h in hits if not stopped(h)]


def without_means_of_fighting(hits: list[Hit]) -> list[Hit]:
    """'Two gangs fought for hours, using rifles and drones fitted with explosives': weapons named as the
    means of a fight ("using ...") belong to that battle; they are no strike of their own."""
    fights = {h.head.i for h in hits if h.head.pos_ == "VERB" and h.trigger.candidates[0] == "Armed clash"}
    if not fights:
        return hits

    def means(hit: Hit) -> bool:
        if hit.trigger.family != "explosion":
            return False
        return any(
            a.lemma_ == "use" and a.pos_ == "VERB" and a.dep_ in ("advcl", "xcomp") and a.head.i in fights
            for a in hit.head.ancestors
        )

    return [h for h in hits if not means(h)]


def listed_after(verb: Any, noun: Any) -> bool:
    """A weapon noun in the list that follows a stopping verb ("recovered three rifles, two pistols, six
    hand grenades"), however the parser hung the list: no other verb, and no 'after/before' phrase, between
    them."""
    if noun.pos_ != "NOUN" or noun.i <= verb.i or noun.dep_ in ("nsubj", "ROOT"):
        return False
    between = verb.doc[verb.i + 1 : noun.i]
    conjuncts = {c.i for c in verb.conjuncts}
    return not any(
        (t.pos_ in ("VERB", "AUX") and t.i not in conjuncts) or t.lower_ in cue("background") for t in between
    )


def mention_of_unit(document_id: str, unit: Unit, sub_event_type: str, **fields: Any) -> EventMention:
    """A new event mention resting on one body sentence (its evidence and span), typed by ``sub_event_type``;
    the pipeline numbers mention ids after merging."""
    return EventMention(
        mention_id="",
        document_id=document_id,
        event_type=event_type_of(sub_event_type),
        sub_event_type=sub_event_type,
        evidence=unit.text.strip(),
        start=unit.start,
        end=unit.start + len(unit.text.rstrip()),
        **fields,
    )
