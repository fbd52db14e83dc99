"""Reporting acts (who says, by which cue) and hedge cues in one sentence, outside direct quotes."""

from __future__ import annotations

from dataclasses import dataclass

from eventledger.attribution.cues import Cues, HedgeCue, ReportingVerb, load_cues
from eventledger.attribution.sources import (
    Source,
    source_from_according,
    source_from_head,
    subject_after_dateline,
    subject_of,
)
from eventledger.models import Mention

QUOTE_MARKS = frozenset("\"'“”‘’«»„")
_CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis"}


@dataclass
class Act:
    """One reporting act: a source, the cue that introduces it, and how deep it sits in the sentence."""

    source: Source
    cue: str  # the reporting verb's lemma, "according to", or "claimed responsibility"
    verb_index: int  # token index of the cue word
    depth: float  # smaller is outer
    certainty: float = 1.0
    hedge: bool = False
    hedge_text: str | None = None
    audience: Source | None = None  # a media outlet told ("told the Wall Street Journal")
    nested: bool = False  # inside the complement of another reporting verb
    has_clause: bool = True


@dataclass
class Hedge:
    text: str
    certainty: float
    start: int


def _depth(token) -> int:  # noqa: ANN001
    return len(list(token.ancestors))


def _has_clause(verb) -> bool:  # noqa: ANN001
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and verb.i > verb.head.left_edge.i:
        return True  # "The army, he argued, had retaken ...": set inside the clause it reports
    return any(c.dep_ in _CLAUSE_DEPS for c in verb.children) or any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.subtree
    )


def _is_responsibility_claim(verb) -> bool:  # noqa: ANN001
    return verb.lemma_ == "claim" and any(
        c.dep_ == "dobj" and c.lemma_ in ("responsibility", "credit") for c in verb.children
    )


def _media_audience(verb, cues: Cues, mentions: list[Mention]) -> Source | None:  # noqa: ANN001
    """The outlet in "X told the Wall Street Journal that ...", which relayed X's words to us."""
    if verb.lemma_ != "tell":
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj"):
            source = source_from_head(child, cues, mentions)
            if source is not None and source.media:
                return source
    return None


def verb_acts(sentence, inside_quote, cues: Cues, mentions: list[Mention], quoted: bool) -> list[Act]:  # noqa: ANN001
    """Acts of reporting verbs in a sentence; ``quoted`` marks a sentence whose frame has a quote."""
    acts: list[Act] = []
    for token in sentence:
        if inside_quote(token.idx) or token.pos_ not in ("VERB", "AUX"):
            continue
        verb = cues.reporting_verbs.get(token.lemma_.lower()) or _figure_report(token)
        if verb is None:
            continue
        responsibility = _is_responsibility_claim(token)
        # "..., informed the State Emergency Service.": the speaker after the verb, the report before it
        inverted = _inverted_speaker(token, cues) if _after_a_clause(token) else None
        closing = closing_report_end(token) is not None
        if verb.needs_clause and not (_has_clause(token) or quoted or inverted is not None or closing):
            continue
        if any(c.dep_ == "neg" for c in token.children):
            continue  # "has not said", "did not confirm": no statement to attribute
        # "where the army says four soldiers were killed": a relative clause reporting a clause of its own
        own_report = token.dep_ == "relcl" and any(c.dep_ == "ccomp" for c in token.children)
        # "20:05 — The union's secretary general, X, called the strike “…”": a finite verb the parser hangs on
        # its own subject as a modifier (a time stamp or dateline before the subject misleads it)
        misread = token.dep_ == "acl" and token.tag_ == "VBD" and token.head.pos_ in ("NOUN", "PROPN") and (
            token.head.i < token.i
        )
        if token.dep_ in ("amod", "acl", "relcl") and not (responsibility or own_report or closing or misread):
            continue  # "the reported attack", "a man who said": not the sentence's source
        subject = inverted or subject_of(token, inside_quote) or _subject_after_opening_participle(token)
        if subject is None and misread:
            subject = token.head
        # ", saying ...", hung on the verb of a clause inside the sentence: the sentence's subject speaks, not
        # that clause's ("X stressed that the wells had stopped working, pointing out that ...")
        if _saying_after_a_comma(token) and token.head.dep_ != "ROOT":
            root = token.sent.root
            subject = next((c for c in root.children if c.dep_ == "nsubj" and not inside_quote(c.idx)), None)
            subject = subject or subject_after_dateline(token.sent)
        if subject is None and quoted:
            subject = _inverted_speaker(token, cues)
        relayed_by = None
        quoted_person = _quoted_as_saying(token)
        if quoted_person is not None:
            # "the agency quoted X as saying": X speaks, the agency relays; "X was quoted as saying": X
            relayed_by = subject
            subject = quoted_person
        if subject is None or inside_quote(subject.idx) or _is_quoted_name(subject):
            continue
        if verb.hedge and not _can_hold_beliefs(subject, cues):
            continue  # "his nom de guerre suggests": an inference, not a source
        # "«We have lost everything», lamented Aïssata Maïga": a verb with its speaker after it, closing what
        # was said, governs the sentence however the parser hangs it (here as an adverbial clause)
        if not (own_report or closing or misread or inverted is not None or _governs_sentence(token, cues)):
            continue
        source = source_from_head(subject, cues, mentions)
        if source is None:
            continue
        cue = "claimed responsibility" if responsibility else token.lemma_.lower()
        hedge_text = None
        if verb.hedge:
            hedge_text = _belief_cue_text(subject, token)
        acts.append(
            Act(
                source=source,
                cue=cue,
                verb_index=token.i,
                depth=_depth(token),
                nested=_inside_report(token, cues),
                has_clause=_has_clause(token) or responsibility,
                certainty=verb.certainty,
                hedge=verb.hedge,
                hedge_text=hedge_text,
                audience=_relay(relayed_by, cues, mentions) or _media_audience(token, cues, mentions),
            )
        )
    return acts


def closing_report_end(verb) -> int | None:  # noqa: ANN001
    """"Three civilians were wounded ..., the head of the region Vladimir Kostenko wrote in his Telegram
    channel.": a subject and reporting verb closing the sentence after a comma, which the parser reads as a
    relative clause of the noun before them. Returns the index of that comma (the report ends before it)."""
    if verb.dep_ != "relcl" or verb.right_edge.i + 1 < verb.sent.end - 1:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[0].lower_ in ("who", "which", "that", "whom", "whose"):
        return None
    start = verb.head.left_edge.i
    if verb.head.i > verb.i or start <= verb.sent.start or verb.doc[start - 1].text != ",":
        return None
    return start - 1


def _quoted_as_saying(verb):  # noqa: ANN001, ANN202 - a spaCy Token or None
    """The person "quoted as saying": the object of an active "quote", the subject of a passive one."""
    if verb.lemma_.lower() != "quote" or not any(c.lower_ == "as" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    return None


def _relay(subject, cues: Cues, mentions: list[Mention]) -> Source | None:  # noqa: ANN001
    return source_from_head(subject, cues, mentions) if subject is not None else None


def _inverted_speaker(verb, cues: Cues):  # noqa: ANN001, ANN202 - a spaCy Token or None
    """“…?” posed Brian Ochieng; «…», told us Emmanuel Tanyi; „…“, wrote the head of the region: the
    speaker after the verb (past an object pronoun), which the parser takes for its object."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].lower_ in _OBJECT_PRONOUNS:
        k += 1  # "told us", "said to him"
    if k < len(doc) and doc[k].dep_ == "prt" and doc[k].head.i == verb.i:
        k += 1  # "pointed out the governor of the department, X"
    hosts = {verb.i, verb.head.i}
    if k < len(doc) and doc[k].lower_ == "to" and doc[k].head.i == verb.i:
        hosts.update(c.i for c in doc[k].children if c.dep_ == "pobj")
        k = _past_addressee(doc[k])  # "declared to the agency the deputy mayor": past whom it was said to
    if k >= len(doc) or doc[k].is_punct:
        return None
    head = doc[k]
    while head.dep_ in _NOUN_MODIFIERS and head.head.i > head.i:
        head = head.head
    # the parser may hang the speaker on the quoted verb instead ("«…», declared to El Tiempo the farmer X"), or
    # on whom it was said to ("declared to AFP the mayor of the commune")
    if head.head.i not in hosts or head.dep_ not in ("dobj", "npadvmod", "attr", "dative", "oprd", "appos"):
        return None
    if head.lower_ in cues.titles or (head.pos_ != "PROPN" and head.lemma_.lower() in cues.source_nouns):
        # "declared to AFP the mayor of the commune, Aly Ousmane Barry": the name set off after the office
        return _name_set_off_after(head) or head
    if head.pos_ == "PROPN":
        return head
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return head  # "the farmer Luis Alberto Mora"
    return _name_set_off_after(head)


def _past_addressee(to) -> int:  # noqa: ANN001
    """The index after "to <whom>": the addressee's own name and the words it governs before it ("to the
    agency's correspondent", "to AFP"), not the speaker the parser may hang after it."""
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return to.right_edge.i + 1
    obj = objects[0]
    end = obj.i + 1
    # "to the correspondent of Al Jazeera": a phrase of the addressee's own, right after it
    for child in obj.children:
        if child.i == end and child.dep_ == "prep":
            end = child.right_edge.i + 1
    return end


def _name_set_off_after(head):  # noqa: ANN001, ANN202 - a spaCy Token or None
    """"regretted a transporter of the town, Moussa Idé,": a role the lexicon lacks, with the person's name
    right after it between commas; the name (its last word) is the speaker."""
    doc = head.doc
    comma = head.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].ent_type_ != "PERSON":
        return None
    end = comma + 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


def _subject_after_opening_participle(verb):  # noqa: ANN001, ANN202 - a spaCy Token or None
    """"Joined by telephone, an inhabitant of the village recounts ...": the parser may hang the subject on
    the opening participle instead of the verb."""
    openings = [c for c in verb.children if c.dep_ == "advcl"]
    if verb.dep_ == "conj":
        openings.append(verb.head)  # "Joined by telephone, an inhabitant ..., recounts": both verbs of one root
    for opening in openings:
        if opening.i > verb.i or opening.tag_ != "VBN":
            continue
        for child in opening.children:
            if child.dep_ in ("npadvmod", "appos", "nsubj", "dobj", "dep") and child.pos_ in ("NOUN", "PROPN"):
                return child
    return None


def inverted_after_clause(verb) -> bool:  # noqa: ANN001
    """"Two people were injured, reported the governor X": a verb after the clause it reports, its speaker
    after it, which the parser conjoins to that clause (the report is all before the comma)."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.i < verb.i for c in subjects):
        return False
    if verb.dep_ == "conj":
        joined = verb.head.i < verb.i and not any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
    else:
        # or makes it the root, the clause before hung on some word of it ("after a drone attack [three
        # houses were damaged]")
        before = verb.doc[verb.sent.start : verb.i]
        joined = verb.dep_ == "ROOT" and any(t.tag_ in ("VBD", "VBZ", "VBP") for t in before)
        joined = joined and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    # the speaker after the verb: its subject there ("..., said the mayor of the city X"), or a noun the parser
    # took for its object
    return joined and (bool(subjects) or _inverted_speaker(verb, load_cues()) is not None)


def _after_a_clause(verb) -> bool:  # noqa: ANN001
    """A verb with no subject of its own right after a comma that closes a clause: "Two people were wounded,
    reported the governor" (translated copy), not "..., killing two"."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return before.text == "," and verb.tag_ in ("VBD", "VBZ", "VBP")


_OBJECT_PRONOUNS = frozenset(("us", "me", "him", "her", "them"))
_NOUN_MODIFIERS = frozenset(("compound", "det", "amod", "poss", "nummod", "nmod"))


_FIGURE_NOUNS = frozenset(("figure", "number", "toll", "tally", "count", "total", "turnout", "crowd"))
_PUT_AT = ReportingVerb("put", 0.9, hedge=False, needs_clause=False)


def _figure_report(verb) -> ReportingVerb | None:  # noqa: ANN001
    """"Police put the figure at 12,000": a source giving a number, with no reporting verb."""
    if verb.lemma_.lower() != "put":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _FIGURE_NOUNS]
    at = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"]
    return _PUT_AT if objects and at else None


def _is_quoted_name(subject) -> bool:  # noqa: ANN001
    """A subject in quotation marks is a quoted name or term (“Shehab al-Muhajir”), not a speaker."""
    # marks on both sides: the closing mark of the quote before a speaker is often hung on the speaker too
    # ("“They looked like soldiers,” one witness, Aisha Umar, said")
    marks = [c.i for c in subject.children if c.dep_ == "punct" and c.text in QUOTE_MARKS]
    return any(i < subject.i for i in marks) and any(i > subject.i for i in marks)


def _can_hold_beliefs(subject, cues: Cues) -> bool:  # noqa: ANN001
    """People, groups and named things believe or suspect; evidence and names only "suggest"."""
    if subject.lower_ in cues.pronouns:
        return subject.lower_ != "it"
    if subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if subject.pos_ == "PROPN":
        # "whose nom de guerre suggests": a possessed name is a thing, not a believer
        return not any(c.dep_ == "poss" for c in subject.children)
    if subject.lower_ in cues.titles or any(t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in subject.subtree):
        return True  # "the prefect of Douentza, Oumar Cissé, indicated that ..."
    return subject.lower_ in cues.source_nouns or subject.lemma_.lower() in cues.source_nouns


def _governs_sentence(verb, cues: Cues) -> bool:  # noqa: ANN001
    """A reporting verb is a source of the sentence when it is the root or reports inside another report.

    Verbs in adverbial or relative clauses ("after the Taliban searched their homes, asking them to ...")
    describe events, not who tells us about them.
    """
    if _saying_after_a_comma(verb):
        return True
    token = verb
    while token.head.i != token.i:
        if token.dep_ == "advcl" and token.head.lemma_.lower() in cues.reporting_verbs:
            token = token.head  # "the ministry said, adding that ..."
            continue
        if token.dep_ in ("advcl", "relcl", "acl", "amod", "pobj", "dobj", "nsubj", "csubj"):
            return False
        if token.dep_ in ("pcomp",) and token.head.lower_ == "to":
            return True  # "according to what X reported"
        token = token.head
    return True


def _saying_after_a_comma(verb) -> bool:  # noqa: ANN001
    """"X defended the strike, saying the military had no information ...": a participle of saying after a
    comma, with a clause of its own, is a report of the sentence's subject (wherever the parser hangs it)."""
    doc = verb.doc
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _inside_report(verb, cues: Cues) -> bool:  # noqa: ANN001
    return any(a.lemma_.lower() in cues.reporting_verbs and a.pos_ == "VERB" for a in verb.ancestors)


def _belief_cue_text(subject, verb) -> str:  # noqa: ANN001
    """"many believe" when the subject sits right before the verb, else the verb."""
    doc = verb.doc
    if subject.i < verb.i and verb.i - subject.right_edge.i <= 2:
        return doc[subject.left_edge.i : verb.i + 1].text if verb.i - subject.left_edge.i <= 3 else verb.text
    return verb.text


def according_acts(sentence, inside_quote, cues: Cues, mentions: list[Mention]) -> list[Act]:  # noqa: ANN001
    """Acts of "according to X"; attached to a reporting verb, X is outer to that verb's subject."""
    acts: list[Act] = []
    for token in sentence:
        if _opening_for_person(token, sentence) and not inside_quote(token.idx):
            # "For Aminata Touré, « the state has failed »": French and Spanish "pour/para X" is X's view
            source = source_from_head(next(c for c in token.children if c.dep_ == "pobj"), cues, mentions)
            if source is not None:
                acts.append(Act(source=source, cue="according to", verb_index=token.i, depth=-1))
            continue
        if token.lower_ not in ("according", "as") or inside_quote(token.idx):
            continue  # "according to X", and "as per X" of South Asian English
        source = source_from_according(token, cues, mentions)
        if source is None:
            continue
        head = token.head
        depth = _depth(token)
        if head.lemma_.lower() in cues.reporting_verbs:
            depth = _depth(head) - 0.5
        elif _closes_sentence(token, sentence):
            depth = -1  # ", according to X." at the end scopes over the whole sentence
        acts.append(Act(source=source, cue="according to", verb_index=token.i, depth=depth))
    return acts


def _opening_for_person(token, sentence) -> bool:  # noqa: ANN001
    """"For <person>," opening a sentence."""
    if token.lower_ != "for" or token.i != sentence.start:
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    # "For Aminata Touré,", or "For the governor of Cauca, Elías Larrahondo," (a person named after the office)
    if not objects or not (
        objects[0].ent_type_ == "PERSON"
        or any(t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in objects[0].subtree)
    ):
        return False
    after = token.doc[objects[0].right_edge.i + 1] if objects[0].right_edge.i + 1 < len(token.doc) else None
    return after is not None and after.text == ","


def _closes_sentence(according, sentence) -> bool:  # noqa: ANN001
    """The "according to" phrase is comma-set and runs to the end of the sentence."""
    doc = according.doc
    before = doc[according.i - 1] if according.i > sentence.start else None
    rest = [t for t in doc[according.right_edge.i + 1 : sentence.end] if not (t.is_punct or t.is_space)]
    return before is not None and before.text == "," and not rest


def find_hedges(sentence, inside_quote, cues: Cues) -> list[Hedge]:  # noqa: ANN001
    """Hedge cues outside quotes; where cues overlap, the one listed first in the lexicon wins."""
    tokens = [t for t in sentence if not t.is_space]
    by_first_word = _cues_by_first_word(cues)
    # every (lexicon rank, position) where a cue matches, then taken in lexicon order as before
    found: list[tuple[int, int, HedgeCue]] = []
    for k, token in enumerate(tokens):
        for rank, cue in by_first_word.get(token.lower_, ()):
            window = tokens[k : k + len(cue.words)]
            if len(window) == len(cue.words) and _matches(window, cue):
                found.append((rank, k, cue))
    taken: set[int] = set()
    hedges: list[Hedge] = []
    for _rank, k, cue in sorted(found, key=lambda f: (f[0], f[1])):
        window = tokens[k : k + len(cue.words)]
        if any(t.i in taken for t in window) or inside_quote(window[0].idx):
            continue
        taken.update(t.i for t in window)
        doc = window[0].doc
        text = doc[window[0].i : window[-1].i + 1].text
        hedges.append(Hedge(text=text, certainty=cue.certainty, start=window[0].idx))
    return sorted(hedges, key=lambda h: h.start)


_CUE_INDEX: dict[int, dict[str, list[tuple[int, HedgeCue]]]] = {}


def _cues_by_first_word(cues: Cues) -> dict[str, list[tuple[int, HedgeCue]]]:
    """The hedge lexicon indexed by first word (built once per lexicon), so a sentence is scanned once."""
    index = _CUE_INDEX.get(id(cues.hedges))
    if index is None:
        index = {}
        for rank, cue in enumerate(cues.hedges):
            index.setdefault(cue.words[0], []).append((rank, cue))
        _CUE_INDEX[id(cues.hedges)] = index
    return index


def _matches(window: list, cue: HedgeCue) -> bool:
    if any(t.lower_ != w for t, w in zip(window, cue.words, strict=True)):
        return False
    if cue.tag is None:
        return True
    first = window[0]
    if first.tag_ != cue.tag:
        return False
    # "could not" reports an inability, not a possibility
    return not any(c.dep_ == "neg" for c in first.head.children)
