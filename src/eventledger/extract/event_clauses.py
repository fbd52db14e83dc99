"""Two incidents told in one sentence by coordinated clauses: "Gunmen killed six villagers in Seytenga on
Monday and a roadside bomb killed four soldiers near Dori on Tuesday" is two events, each with its own
subject, day, place and toll. Clauses are split only when each has a subject and a time of its own and
the times differ: "gunmen stormed the village and killed six" stays one incident."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventledger.extract.event_triggers import Hit, Unit

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _verb_of(token: Any) -> Any | None:
    for tok in (token, *token.ancestors):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _conjoined_root(hit: Hit) -> Any | None:
    """The coordinated verb ('conj' of another verb) whose clause the trigger stands in, if any."""
    verb = _verb_of(hit.head)
    for tok in (verb, *verb.ancestors) if verb is not None else ():
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB":
            return tok
    return None


def _own_times(unit: Unit, start: int, end: int) -> set[Any]:
    return {r.date for s, _e, r in unit.times if start <= s < end and r.date is not None}


def split_coordinated(unit: Unit, main: list[Hit]) -> list[list[Hit]]:
    """The sentence's main hits as one group per coordinated incident clause (one group when it tells one)."""
    roots = {r.i: r for h in main if (r := _conjoined_root(h)) is not None}
    if not roots or len(main) < 2:
        return [main]
    first_verbs = {root.head.i for root in roots.values()}
    if len(first_verbs) != 1:
        return [main]
    first = next(iter(roots.values())).head
    ordered = sorted(roots.values(), key=lambda r: r.i)
    spans: list[tuple[int, int]] = [(unit.start, ordered[0].left_edge.idx)]
    spans += [(r.left_edge.idx, r.right_edge.idx + len(r.right_edge)) for r in ordered]
    clauses = [first, *ordered]
    if not all(any(c.dep_ in SUBJECTS for c in clause.children) for clause in clauses):
        return [main]
    days = [_own_times(unit, start, end) for start, end in spans]
    dated_apart = all(len(d) == 1 for d in days) and len(set().union(*days)) == len(days)
    if not dated_apart and not _placed_apart(unit, spans):
        return [main]  # each clause dated, and on days of its own, or set in a town of its own
    groups: list[list[Hit]] = [[] for _ in clauses]
    for hit in main:
        root = _conjoined_root(hit)
        index = 0 if root is None else 1 + [r.i for r in ordered].index(root.i)
        hit.own_span = spans[index]
        groups[index].append(hit)
    return [g for g in groups if g]


def _placed_apart(unit: Unit, spans: list[tuple[int, int]]) -> bool:
    """Each clause names where it happened, and no two the same town: "a suicide bomber killed 15 people in
    a mosque in Maiduguri, and hours later fighters stormed an army base in Damboa"."""
    places = [_place_words(unit, start, end) for start, end in spans]
    if not all(places):
        return False
    return all(not (a & b) for i, a in enumerate(places) for b in places[i + 1 :])


def _place_words(unit: Unit, start: int, end: int) -> set[str]:
    """The proper names a clause puts its incident in: the objects of "in", "near", "at", "outside", and
    the names that qualify them ("in Maiduguri's Gwange ward")."""
    found = set()
    for token in unit.span:
        if not start <= token.idx < end or token.pos_ != "PROPN":
            continue
        anchor = token
        for _ in range(3):  # "Maiduguri" -> "ward" -> "in"
            if anchor.dep_ == "pobj" and anchor.head.lower_ in ("in", "near", "at", "outside"):
                found.add(token.lower_)
                break
            if anchor.dep_ not in ("poss", "compound", "appos"):
                break
            anchor = anchor.head
    return found


# ---------------------------------------------------------------- two places and two tolls, one verb

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _counted(token: Any) -> bool:
    """A count standing for people: "four", or a noun with its number ("two traders")."""
    return token.pos_ == "NUM" or (
        token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in token.children)
    )


def _names_a_place(token: Any) -> bool:
    """A 'prep' phrase of the token that names a place ("in the town of Mora", "in Koza")."""
    return any(
        c.dep_ == "prep" and any(t.pos_ == "PROPN" or t.ent_type_ in PLACE_ENTITIES for t in c.subtree)
        for c in token.children
    )


def _gapped_conjunct(verb: Any) -> Any | None:
    """The count, joined to the verb, that has a place of its own and no verb: "six people were killed in
    Mora and four in Koza", "gunmen killed three farmers in Gusau and two traders in Tsafe"."""
    if verb.pos_ != "VERB" or not _names_a_place(verb):
        return None
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
        if _counted(conj) and _names_a_place(conj) and not any(t.pos_ in ("VERB", "AUX") for t in conj.subtree):
            return conj
    return None


def _told_with_verb(verb: Any, conj: Any) -> str:
    """The gapped clause with the verb it leaves out put back, for its toll: "four were killed in Koza"."""
    counted = [t for t in conj.subtree if t.i <= conj.i]
    rest = [t for t in conj.subtree if t.i > conj.i]
    verb_words = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i] + [verb]
    subject_first = any(c.dep_ in SUBJECTS and _counted(c) for c in verb.children)
    words = [*counted, *verb_words] if subject_first else [*verb_words, *counted]
    return " ".join([*(t.text for t in words), *(t.text for t in rest)])


def split_gapped(unit: Any, group: list[Hit]) -> list[list[Hit]]:
    """One verb, two places and two tolls: "six people were killed in the town of Mora and four in Koza" tells
    two incidents, each with its own place and toll. The second clause leaves out the verb (gapping), so it
    is not split as coordinated clauses are; each part takes its own words for the toll and its own place."""
    verbs = {h.head.i for h in group} | {h.clause_head.i for h in group}
    killing = [h for h in group if h.own_span is None and h.head.pos_ == "VERB"]
    if len(killing) != 1 or len(verbs) > 2:
        return [group]
    hit = killing[0]
    conj = _gapped_conjunct(hit.head)
    if conj is None:
        return [group]
    split = conj.left_edge
    cut = next((t.idx for t in hit.head.children if t.dep_ == "cc" and t.i < conj.i), split.idx)
    last = conj.right_edge
    first_span = (unit.span.start_char, cut)
    second_span = (split.idx, last.idx + len(last))
    first = replace(hit, own_span=first_span, place_span=first_span)
    second = replace(
        hit, own_span=second_span, place_span=second_span, own_text=_told_with_verb(hit.head, conj)
    )
    return [[first, *(h for h in group if h is not hit)], [second]]


# ---------------------------------------------------------------- an incident told in a relative clause

RELATIVE_SUBJECTS = frozenset({"which", "that", "who", "where"})


def _relative_clause(token: Any) -> Any | None:
    """The relative clause ('relcl') the token stands in, when it opens with a relative word of its own
    ("the hospital, which was struck by a drone last Sunday")."""
    for tok in (token, *token.ancestors):
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
            opens = any(c.lower_ in RELATIVE_SUBJECTS and c.i < tok.i for c in tok.children)
            return tok if opens else None
    return None


def relative_clause_text(unit: Unit, hits: list[Hit], families: frozenset[str]) -> str | None:
    """'Doctors at the Dilling hospital, which was struck by a drone last Sunday, resumed surgery': the
    sentence's news is the surgery, its incident is told only in the relative clause. The text of the
    clause with the noun it describes, when every incident trigger of the sentence stands in that one
    clause; None otherwise."""
    incident = [h for h in hits if h.trigger.family in families]
    clauses = {c.i: c for h in incident if (c := _relative_clause(h.head)) is not None}
    if not incident or len(clauses) != 1 or any(_relative_clause(h.head) is None for h in incident):
        return None
    clause = next(iter(clauses.values()))
    if _tells_a_history(clause):
        return None
    noun = clause.head
    doc = clause.doc
    return doc[noun.left_edge.i : clause.right_edge.i + 1].text


def _tells_a_history(clause: Any) -> bool:
    """'the ELN, which has fought the state since 1964': a present perfect or a span since some time tells
    what a group does, not an incident of the news."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in clause.children)
    return perfect or any(t.lower_ == "since" for t in clause.subtree)
