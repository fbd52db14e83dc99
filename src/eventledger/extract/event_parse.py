"""Dependency-parse helpers shared by the event extractors: a verb's subject and voice, a token's
prepositional objects, its noun phrase, and the speaker a pronoun stands for under a reporting verb."""

from __future__ import annotations

from functools import cache
from typing import Any

from eventledger.attribution.cues import load_cues as load_attribution_cues
from eventledger.extract.event_lexicon import cue

SPEAKER_PRONOUNS = frozenset({"it", "its", "they", "their", "them"})


NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "det"})


def reporting_verbs() -> dict[str, Any]:
    return load_attribution_cues().reporting_verbs


def reporting_speaker(tok: Any) -> Any | None:
    """'Al-Shabaab said its fighters had killed 30 soldiers', 'the army said it had targeted ...': the
    pronoun (or the noun its/their owns) stands for the subject of the reporting verb above it."""
    pronoun = tok if tok.lower_ in SPEAKER_PRONOUNS else None
    if pronoun is None:
        pronoun = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in SPEAKER_PRONOUNS), None)
    if pronoun is None:
        return None
    verbs = load_attribution_cues().reporting_verbs
    for ancestor in tok.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in verbs:
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i != tok.i and subject.lower_ not in SPEAKER_PRONOUNS:
                return subject
            return None
    return None


def subject_of(verb: Any) -> Any | None:
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:  # "MOPTI, April 3 - Soldiers executed ...": a dateline parsed as a second subject
            return min(subjects, key=lambda c: abs(c.i - current.i))
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ == "acl":
            # "the students seized from a hostel": the noun is what the (passive) participle is about;
            # "The rebels seized on Monday the town" (a misparse, with an object): it is the subject
            return current.head
        # "troops tell civilians to run, then shoot them": a verb the parser hangs on another verb by "dep" is
        # joined to it, and shares its subject
        joined = current.dep_ == "dep" and current.pos_ == "VERB" and current.head.pos_ == "VERB"
        if (current.dep_ not in ("conj", "xcomp", "advcl") and not joined) or current.head.i == current.i:
            return None
        current = current.head
    return None


def is_passive(verb: Any) -> bool:
    # a reduced relative ("forces killed in two raids", even when the tagger reads a past tense): passive unless
    # it has an object
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"):
        return not any(c.dep_ == "dobj" for c in verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "dobj") for c in verb.children):
        # a headline's passive without its auxiliary: "30 Taliban killed in Kandahar", "Four police killed"
        return any(c.dep_ == "nsubj" for c in verb.children)
    if _bare_killing(verb):
        # the same read as a past tense ("Five LRA rebels killed", "UN says peacekeeper killed in C.Africa"):
        # killing takes an object, so a subject with none after the verb is the one killed
        return True
    # "was stopped and looted by armed men": a participle joined to a passive verb shares its voice
    return (
        verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children)
        and is_passive(verb.head)
    )


def prep_object(tok: Any, preps: tuple[str, ...]) -> Any | None:
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            for grand in child.children:
                if grand.dep_ == "pobj" and not is_time_word(grand):
                    return grand
    return None


def is_time_word(tok: Any) -> bool:
    """'on Saturday', 'at dawn': a time, never a participant."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in cue("time_noun") or tok.lower_ in cue("time_noun")


def closing_source(tok: Any) -> bool:
    """ "..., killing four civilians and burning homes, police and local sources said.": the sources set off by
    a comma before the sentence's closing verb of saying, whatever the parser hung them on ("homes")."""
    root = tok.sent.root
    if root.lemma_.lower() not in reporting_verbs() or not tok.i < root.i:
        return False
    start = tok.left_edge.i
    if start == 0 or tok.doc[start - 1].text != ",":
        return False
    return all(t.pos_ not in ("VERB", "AUX") and t.text != "," for t in tok.doc[tok.i + 1 : root.i])


def noun_phrase(tok: Any) -> list[Any]:
    """The token with its modifiers, appositions and 'of' phrases, but no clauses, nor the sources of a closing
    "..., police said"."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj" and closing_source(child):
            continue
        if child.dep_ in NP_DEPS or (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")):
            out.extend(noun_phrase(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            out.extend(t for p in child.children if p.dep_ == "pobj" for t in noun_phrase(p))
    return sorted(out, key=lambda t: t.i)


def word_forms(tok: Any) -> list[str]:
    """Lemma and singular guesses: the tagger sometimes leaves a capitalised plural ('Gunmen') as is."""
    lower = tok.lower_
    return list(dict.fromkeys([tok.lemma_.lower(), lower, lower.removesuffix("s"), lower.replace("men", "man")]))


def _bare_killing(verb: Any) -> bool:
    """A verb that only kills or harms ("killed", "murdered", "shot dead", "shot and wounded", not "shot" or
    "attacked", which may stand alone) in its "-ed" form, as a headline's main or reported clause, with a
    subject and no object or auxiliary."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("ROOT", "ccomp"):
        return False
    # "shot dead" kills as "killed" does ("Two militants shot dead in Poonch"); "shot" alone may only wound
    dead = [c for c in verb.children if c.lower_ == "dead" and c.dep_ in ("advmod", "oprd", "acomp", "xcomp")]
    # ... and so does "shot and wounded", a harm joined to it without an object of its own
    dead += [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in cue("harm_word")
             and not any(g.dep_ == "dobj" for g in c.children)]  # fmt: skip
    shot = verb.lemma_.lower() == "shoot"
    # "gunned down" kills; "gun" alone may be a noun's verb reading ("gun violence")
    gunned_down = verb.lemma_.lower() == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    killing = verb.lemma_.lower() in _only_killing() or gunned_down
    if not killing and not (shot and (dead or _shot_at_nothing(verb))):
        return False
    children = [c for c in verb.children if c not in dead]
    return any(c.dep_ == "nsubj" for c in children) and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "attr") for c in children
    )


def _shot_at_nothing(verb: Any) -> bool:
    """ "Two police officers shot in Obregon": "shot" as a headline's main verb with no target ("at", "on",
    "into") and no gun fired "in the air" is what befell its subject."""
    if verb.dep_ != "ROOT" or verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == "back":
        return False  # "troops shot back"
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in ("at", "on", "into", "toward", "towards", "over", "upon"):
            return False
        if any(g.lower_ in ("air", "sky") for g in prep.subtree):
            return False
    return True


@cache
def _only_killing() -> frozenset[str]:
    """Verbs of killing that take an object: not "shoot" (may only wound), "die" or "gun" (may stand alone)."""
    return frozenset(cue("kill_verb").keys() - {"shoot", "die", "gun"})
