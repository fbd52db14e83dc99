"""Sentences, trigger matches and the filters that drop trigger words not reporting a real event.

A body sentence is one unit (a verbless fragment opening with a preposition is joined to the sentence
before it); trigger entries match on lemma or word form with the right part of speech; a match is no
event when negated, modal, conditional, intended, habitual, about an inanimate object ("killed off the
product"), in a sports context, a trend ("attacks have multiplied"), a conflict's cumulative toll, a
comment on several incidents ("the attacks showed ..."), or lacking the object or military context its
entry needs (``needs_object``/``needs_context`` cues: a base handed over, a strike among military words).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventledger.extract.event_lexicon import Trigger, cue, load_triggers
from eventledger.kb.taxonomy import event_type_of
from eventledger.models import Article, EventMention, TimeResolution

CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "parataxis", "acl", "pcomp"})


@dataclass
class Unit:
    """A body sentence; a verbless fragment opening with a preposition is joined to the one before."""

    span: Any  # spaCy Span
    paragraph: int
    hits: list[Hit] = field(default_factory=list)
    times: list[tuple[int, int, TimeResolution]] = field(default_factory=list)  # absolute offsets

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char

    @property
    def text(self) -> str:
        return self.span.text


@dataclass
class Hit:
    trigger: Trigger
    head: Any  # spaCy Token
    tokens: list[Any]
    clause_head: Any
    background: bool = False


def body_units(article: Article) -> list[Unit]:
    doc = article.doc
    units: list[Unit] = []
    for sent in doc.sents:
        para = paragraph_index(article, sent.start_char)
        if para is not None and article.paragraphs[para].kind == "heading":
            continue
        para = -1 if para is None else para
        if units and units[-1].paragraph == para and is_fragment(sent):
            units[-1].span = doc[units[-1].span.start : sent.end]
            continue
        units.append(Unit(sent, para))
    return units


def paragraph_index(article: Article, char: int) -> int | None:
    for i, para in enumerate(article.paragraphs):
        if para.start <= char < para.end:
            return i
    return None


def is_fragment(sent: Any) -> bool:
    words = [t for t in sent if not t.is_space and not t.is_punct]
    return bool(words) and words[0].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in words)


def find_hits(unit: Unit) -> list[Hit]:
    triggers = load_triggers()
    tokens = list(unit.span)
    hits: list[Hit] = []
    used: set[int] = set()
    for i, tok in enumerate(tokens):
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


def match_trigger(trigger: Trigger, tokens: list[Any], i: int) -> list[Any] | None:
    n = len(trigger.words)
    if i + n > len(tokens):
        return None
    window = tokens[i : i + n]
    for word, tok in zip(trigger.words, window, strict=True):
        if word not in (tok.lemma_.lower(), tok.lower_):
            return None
    head = window[0] if trigger.pos == "VERB" else window[-1]
    if head.ent_type_ in ("DATE", "TIME"):
        return None  # "in March 2020", "On 31 March": a month, not a march
    if trigger.pos == "VERB" and head.pos_ != "VERB":
        return None
    if trigger.pos == "NOUN" and head.pos_ not in ("NOUN", "PROPN") and head.tag_ != "VBG":
        return None
    return window


def clause_head_of(token: Any) -> Any:
    current = token
    while not (current.dep_ in CLAUSE_DEPS and current.pos_ in ("VERB", "AUX")):
        if current.head.i == current.i:
            break
        current = current.head
    return current


def non_event_reason(hit: Hit, unit: Unit, sports_article: bool = False) -> str | None:
    """Why this trigger does not report a real, specific, past or present event; None if it does."""
    head, gov = hit.head, hit.clause_head
    # "accused of helping to plan last week's bombing": the bombing itself took place
    own_clause = has_dated_possessive(hit) or head.i == gov.i
    verbs = [head] if own_clause else [head, gov]
    if any(c.dep_ == "neg" for v in verbs for c in v.children):
        return "negated"
    if any(c.lower_ in cue("negation") and c.dep_ in ("det", "advmod") for c in head.children):
        return "negated"
    if any(c.dep_ == "aux" and c.lemma_.lower() in cue("modal") for v in verbs for c in v.children):
        return "modal"
    if under_condition(verbs[-1]):
        return "conditional"
    if not has_dated_possessive(hit) and (expresses_intent(head) or expresses_intent(verbs[-1])):
        return "intent"
    if any(c.dep_ == "advmod" and c.lemma_.lower() in cue("habitual") for v in verbs for c in v.children):
        return "habitual"
    if hit.trigger.pos != "NOUN" and head.pos_ == "VERB" and is_present_simple(head):
        return "habitual"
    if has_inanimate_object(hit):
        return "not about people"
    if names_several(hit, unit):
        return "a reference to several incidents"  # "the overnight attacks showed that ..."
    if is_trend(head):
        return "a trend"  # "drones have escalated their strikes", "attacks have multiplied"
    if conflict_subject(hit):
        return "a conflict's toll"  # "the insurgency has killed tens of thousands since 1969"
    if lacks_required_object(hit):
        return "no object of its kind"  # "handed over the suspect", "recovered the bodies"
    if lacks_context(hit, unit):
        return "no military context"  # "a strike by teachers"
    if hit.trigger.family == "territory" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in cue("seized_power") for c in head.children
    ):
        return "a seizure of power"  # "since the army seized power in a coup": no ground changed hands
    if hit.trigger.specificity < 3 and (sports_article or mentions_sport(unit)):
        return "sports"
    if is_practice_to_end(head):
        return "a practice to end"  # "marched to demand an end to the abductions"
    if hit.trigger.family == "agreement" and not reports_agreement(hit):
        return "agreement only named"
    return None


def is_practice_to_end(head: Any) -> bool:
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "to" and prep.i > 0 and head.doc[prep.i - 1].lemma_ == "end"


def reports_agreement(hit: Hit) -> bool:
    """An agreement noun is an event when something is done with it ("a truce was agreed", "signed a
    ceasefire", "a deal brokered by ..."); "in breach of the truce" or "the truce held" only name it.
    The verb "exchange" reports an agreement only for what sides exchange by deal (prisoners, bodies)."""
    head = hit.head
    if hit.trigger.pos == "VERB" or head.pos_ == "VERB":
        if len(hit.trigger.words) > 1:
            return True
        return any(c.dep_ == "dobj" and c.lemma_.lower() in cue("exchanged_thing") for c in head.children)
    verbs = cue("agreement_verb")
    if head.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and head.head.lemma_.lower() in verbs:
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lemma_.lower() in verbs:
        return True  # "the two sides agreed to a ceasefire"
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs for c in head.children)


def is_sports_article(article: Article) -> bool:
    """Several distinct sports words across the article: its "attacks" and "kills" are sport."""
    words = cue("sports_article").keys() | cue("sports").keys()
    found = {t.lemma_.lower() for t in article.doc if t.pos_ == "NOUN" and t.lemma_.lower() in words}
    return len(found) >= 3


def has_dated_possessive(hit: Hit) -> bool:
    """An event noun owned by a past time: "Friday's bombing", "last week's attack"."""
    return hit.head.pos_ == "NOUN" and any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in hit.head.children)


def under_condition(token: Any) -> bool:
    for t in [token, *token.ancestors]:
        if any(c.dep_ == "mark" and c.lemma_.lower() in cue("condition") for c in t.children):
            return True
    return False


def expresses_intent(token: Any) -> bool:
    intent = cue("intent")
    parent = token.head
    if parent.pos_ == "ADP":
        parent = parent.head
    return parent.i != token.i and parent.lemma_.lower() in intent and token.dep_ != "conj"


def is_present_simple(verb: Any) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP")
    return all(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes) and verb.tag_ == "VBN"


def has_inanimate_object(hit: Hit) -> bool:
    if hit.trigger.words[0] not in ("kill", "execute", "shoot", "attack"):
        return False
    children = list(hit.head.children)
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cue("inanimate") for c in children)


def names_several(hit: Hit, unit: Unit) -> bool:
    """'the overnight attacks showed that ...': a definite plural generic event noun that is only the topic
    of a comment (the subject of a verb that reports no event) refers to incidents reported elsewhere."""
    head = hit.head
    if hit.trigger.pos == "VERB" or head.tag_ != "NNS" or hit.trigger.specificity > 1 or head.dep_ != "nsubj":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children):
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    is_event_verb = any(t.pos != "NOUN" for t in load_triggers().get(lemma, ()))
    return not is_event_verb and lemma not in cue("occur_verb") and lemma not in cue("kill_verb")


def is_trend(head: Any) -> bool:
    """An event noun that is what rises or falls: object or subject of a verb of change."""
    if head.tag_ != "NNS" or head.dep_ not in ("dobj", "nsubj"):
        return False
    return head.head.lemma_.lower() in cue("trend_verb")


def conflict_subject(hit: Hit) -> bool:
    """A war, insurgency or conflict as the one that killed: a cumulative toll, not an incident."""
    if hit.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in cue("conflict_noun") for c in hit.head.children)


OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})


def trigger_objects(head: Any) -> list[Any]:
    """What a trigger acts on: its object, its passive subject, the object of a preposition on it
    ("withdrew from the town", "handover of the base"), with their conjuncts."""
    found = []
    for child in head.children:
        if child.dep_ in OBJECT_DEPS:
            found.append(child)
        elif child.dep_ in ("prep", "prt", "agent") and child.lower_ != "by":
            found += [c for c in child.children if c.dep_ == "pobj"]
    return found + [c for tok in found for c in tok.conjuncts]


def lacks_required_object(hit: Hit) -> bool:
    """Some triggers are events only for what they act on (``needs_object`` cues): a base or ground handed
    over or left, a base set up, weapons recovered."""
    kind = cue("needs_object").get(hit.trigger.words[0])
    if not kind:
        return False
    wanted = cue(kind)
    for obj in trigger_objects(hit.head):
        if obj.lemma_.lower() in wanted or (kind == "ground_noun" and obj.ent_type_ in ("GPE", "LOC", "FAC")):
            return False
    return True


def lacks_context(hit: Hit, unit: Unit) -> bool:
    """A bare "strike" is an air strike only among military words in its sentence or the one before in its
    paragraph (``needs_context`` cues); otherwise it may be a labour or hunger strike."""
    kind = cue("needs_context").get(hit.trigger.words[0])
    if not kind or len(hit.trigger.words) > 1:
        return False
    wanted = cue(kind)
    doc, start = unit.span.doc, unit.span.start
    last = start - 1
    while last > 0 and doc[last].is_space:  # the paragraph break between two sentences
        last -= 1
    before = doc[last].sent if last >= 0 else unit.span
    same_paragraph = before.end <= start and "\n\n" not in doc.text[before.start_char : unit.start]
    # "the strike had targeted ...": a definite strike refers back to the one just reported
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in hit.head.children)
    window = list(before) + list(unit.span) if same_paragraph or definite else list(unit.span)
    return not any(t.lemma_.lower() in wanted or t.lower_ in wanted for t in window)


def mentions_sport(unit: Unit) -> bool:
    sports = cue("sports")
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in sports for t in unit.span)


def is_generic_plural(hit: Hit) -> bool:
    head = hit.head
    if hit.trigger.pos == "VERB" or head.tag_ != "NNS":
        return False
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in cue("occur_verb"):
        return False  # "clashes erupted on Saturday", "fighting broke out": an occurrence, not a generality
    return not any(c.dep_ in ("det", "nummod", "poss", "amod") for c in head.children)


def is_background(hit: Hit, owned_time: bool, others: list[Hit] | None = None) -> bool:
    """An event noun inside a 'since/after ...' phrase, with no date of its own, or a dated earlier
    event ("last week's bombing") named beside the sentence's own news: recalled as context."""
    if has_dated_possessive(hit) and any(o.trigger.family != hit.trigger.family for o in others or []):
        return True
    if hit.head.pos_ == "VERB" and hit.head.dep_ == "advcl" and not owned_time:
        # "have multiplied since the army seized power": a clause opened by "since" recalls the past
        return any(c.dep_ == "mark" and c.lower_ == "since" for c in hit.head.children)
    if hit.head.pos_ not in ("NOUN", "PROPN") or owned_time:
        return False
    current = hit.head
    while current.dep_ in ("pobj", "conj", "poss", "compound", "appos", "prep") and current.head.i != current.i:
        current = current.head
        if current.pos_ in ("ADP", "SCONJ") and current.lemma_.lower() in cue("background"):
            return True
    return False


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
