"""Extraction's work on hostile text is bounded by the text's length, not its square (issue #14): a chain of
modifiers is walked only so far, a sentence gives at most so many trigger hits, and the sentence model is
scored in slices with the time budget asked between them. Each bound is checked by the work done (hops,
hits, texts scored), never by the clock, and each is a setting whose value changes what is done."""

from __future__ import annotations

import itertools

import pytest
from spacy.tokens import Doc

from eventledger.annotate import annotate
from eventledger.budget import Deadline, OverBudget
from eventledger.clean import clean_document
from eventledger.extract.event_learned import score_relative_clauses, score_units, scored_per_check
from eventledger.extract.event_triggers import body_units, find_hits, max_hits_per_sentence
from eventledger.extract.events import extract_events
from eventledger.extract.place_candidates import _event_nouns, _qualifies, max_qualified_hops
from eventledger.extract.sentence_model import load_sentence_model
from eventledger.models import RawDocument


def _chain(nlp, links: int) -> Doc:
    """"Kano Mr. Mr. ... Mr. bombing": every word a compound of the next, as the parser read thousands of
    "Mr." in a row; the last noun is an event's."""
    words = ["Kano", *["Mr."] * links, "bombing"]
    last = len(words) - 1
    return Doc(nlp.vocab, words=words, heads=[min(i + 1, last) for i in range(len(words))],
               deps=["compound"] * last + ["ROOT"], pos=["PROPN"] * last + ["NOUN"],
               lemmas=[w.lower() for w in words])


def test_a_name_qualifies_a_noun_a_few_modifiers_up_but_a_run_of_thousands_is_not_walked(nlp):
    MAX_QUALIFIED_HOPS = max_qualified_hops()  # noqa: N806 - the setting's default, 8
    assert MAX_QUALIFIED_HOPS == 8
    assert "bombing" in _event_nouns()
    near = _chain(nlp, 2)  # "the Kabul airport bombing": two nouns up
    assert _qualifies(near[0], _event_nouns())
    far = _chain(nlp, 3 * MAX_QUALIFIED_HOPS)
    assert not _qualifies(far[0], _event_nouns())  # the walk stops after MAX_QUALIFIED_HOPS heads
    assert _qualifies(far[len(far) - MAX_QUALIFIED_HOPS], _event_nouns())  # a name within reach still does


def test_a_sentence_of_one_trigger_repeated_gives_at_most_the_cap_of_hits_first_ones_kept():
    MAX_HITS_PER_SENTENCE = max_hits_per_sentence()  # noqa: N806 - the setting's default, 24
    assert MAX_HITS_PER_SENTENCE == 24
    text = "Report\n\nGunmen attacked the market. " + "killed " * 600 + "\n"
    [article] = annotate([clean_document(RawDocument(origin="killed", text=text))])
    units = body_units(article)
    found = [find_hits(unit) for unit in units]
    assert sum(len(hits) for hits in found) > 3 * MAX_HITS_PER_SENTENCE  # long cut into sentences, each capped
    assert max(len(hits) for hits in found) == MAX_HITS_PER_SENTENCE
    for unit, hits in zip(units, found, strict=True):
        heads = [h.head.i for h in hits]
        assert heads == sorted(heads)  # in text order ...
        if len(hits) == MAX_HITS_PER_SENTENCE:  # ... and the first of the sentence, not spread over it
            assert heads[-1] - unit.span.start < 2 * MAX_HITS_PER_SENTENCE < len(unit.span)
    assert find_hits(units[0]) and find_hits(units[0])[0].head.lower_ == "attacked"  # an ordinary sentence's
    assert extract_events(article)  # the capped text still reads as the attack and killing it reports


def test_the_budget_is_asked_before_the_sentence_model_scores_and_between_its_slices(nlp):
    SCORED_PER_CHECK = scored_per_check()  # noqa: N806 - the setting's default, 64
    assert SCORED_PER_CHECK == 64
    # 20,000 one-word lines: 8 s of scoring in one call, before the budget was first asked
    text = "Clashes\n\n" + "\n\n".join(f"Gunmen attacked village number {i} and killed {i + 2} people." for i in
                                        range(3 * SCORED_PER_CHECK))
    [article] = annotate([clean_document(RawDocument(origin="many", text=text))])
    model = load_sentence_model()
    model.forget()
    with pytest.raises(OverBudget):
        extract_events(article, deadline=Deadline(1e-9))
    assert not model._rows  # nothing was scored past a spent budget

    class Counted(Deadline):
        """A real budget of no limit that counts how often it is asked before the model has scored anything."""

        def __init__(self) -> None:
            super().__init__(0)
            self.before_scores: list[int] = []

        def check(self, step: str, needs: float = 0.0) -> None:
            self.before_scores.append(len(model._rows))
            super().check(step, needs)

    counted = Counted()
    extract_events(article, deadline=counted)
    scored = [n for n in counted.before_scores if n < len(model._rows)]
    assert len(scored) >= 3  # asked at 0, after one slice, after two: never more than a slice between asks
    assert all(b - a <= SCORED_PER_CHECK for a, b in itertools.pairwise(scored))


# ---------------------------------------------------------------- the bounds are settings


def test_the_modifier_hops_setting_changes_how_far_up_a_name_qualifies(nlp, monkeypatch):
    three_up = _chain(nlp, 2)  # "Kano Mr. Mr. bombing": the event's noun is three heads up
    two_up = _chain(nlp, 1)
    assert _qualifies(three_up[0], _event_nouns())  # within the default's 8
    monkeypatch.setenv("EVENTLEDGER_MAX_MODIFIER_HOPS", "2")
    assert max_qualified_hops() == 2
    assert not _qualifies(three_up[0], _event_nouns())
    assert _qualifies(two_up[0], _event_nouns())
    monkeypatch.setenv("EVENTLEDGER_MAX_MODIFIER_HOPS", "40")
    far = _chain(nlp, 3 * 8)  # past the default, within 40
    assert _qualifies(far[0], _event_nouns())


def test_the_hits_per_sentence_setting_changes_how_many_triggers_a_sentence_gives(monkeypatch):
    text = "Report\n\n" + "killed " * 100 + "\n"
    [article] = annotate([clean_document(RawDocument(origin="killed", text=text))])
    units = body_units(article)
    assert max(len(find_hits(unit)) for unit in units) == 24
    monkeypatch.setenv("EVENTLEDGER_MAX_HITS_PER_SENTENCE", "5")
    assert max(len(find_hits(unit)) for unit in units) == 5
    monkeypatch.setenv("EVENTLEDGER_MAX_HITS_PER_SENTENCE", "0")  # a cap of none would find no event at all
    assert max(len(find_hits(unit)) for unit in units) == 1


class _Asked(Deadline):
    """A real budget of no limit that notes how many texts the model had scored each time it is asked."""

    def __init__(self, rows: dict) -> None:
        super().__init__(0)
        self.rows = rows
        self.scored_when_asked: list[int] = []

    def check(self, step: str, needs: float = 0.0) -> None:
        self.scored_when_asked.append(len(self.rows))
        super().check(step, needs)


def test_relative_clauses_are_scored_in_slices_of_the_setting_with_the_budget_asked_between(nlp, monkeypatch):
    # 70 sentences each telling its incident only in a relative clause: their clauses were scored in one call
    # after the sentences', with no look at the budget between (70 texts > the old fixed slice of 64)
    text = "Hospitals reopen\n\n" + "\n\n".join(
        f"Farmers near the market of Bama, which was attacked by {i + 2} gunmen on Monday, returned to their fields."
        for i in range(70))
    [article] = annotate([clean_document(RawDocument(origin="clauses", text=text))])
    model = load_sentence_model()
    model.forget()
    monkeypatch.setenv("EVENTLEDGER_MAX_SCORED_PER_CHECK", "8")
    asked = _Asked(model._rows)
    extract_events(article, deadline=asked)
    clauses = [t for t in model._rows if t.startswith("Bama, which was attacked")]
    assert len(clauses) == 70  # every clause was scored, on its own ...
    scored = asked.scored_when_asked + [len(model._rows)]
    assert all(b - a <= 8 for a, b in itertools.pairwise(scored))  # ... never more than a slice between asks

    units = body_units(article)
    found = [find_hits(unit) for unit in units]
    score_units(units)
    before = len(model._rows)
    with pytest.raises(OverBudget):  # a spent budget: asked before the first clause's text is even looked for
        score_relative_clauses(units, found, deadline=Deadline(1e-9))
    assert len(model._rows) == before  # no clause scored past it


class _Walks(list):
    """A list of the article's real candidates that counts how often it is walked from the start."""

    walks = 0

    def __iter__(self):  # noqa: ANN204
        _Walks.walks += 1
        return super().__iter__()


def test_the_article_s_towns_are_counted_once_not_looked_at_again_for_each_name(monkeypatch):
    # 40 KB of a list of towns (4,000 names): every name looked at every other name, twice (64 s)
    from eventledger.extract import places
    from eventledger.kb.gazetteer import load_gazetteer

    text = "Report\n\n" + "Kano, Kaduna, Abuja, Lagos, Maiduguri, Jos, Bama, Yola, Sokoto, Zaria. " * 40
    [article] = annotate([clean_document(RawDocument(origin="towns", text=text))])
    agree = places._agree_with_the_article_s_towns
    seen: list[int] = []

    def counted(candidates, sentences):  # noqa: ANN001, ANN202 - the real rule, on the real candidates
        walked = _Walks(candidates)
        _Walks.walks = 0
        agree(walked, sentences)
        seen.extend([len(candidates), _Walks.walks])

    monkeypatch.setattr(places, "_agree_with_the_article_s_towns", counted)
    found = places.find_place_mentions(article, load_gazetteer())
    names, walks = seen
    assert names >= 400 and len(found) >= 400
    assert walks <= 4  # a few passes over the names, whatever their number (the old rule: two per name)


class _Joined(Doc):
    """A real Doc that counts how often its whole text is joined again from its tokens."""

    joins = 0

    @property
    def text(self) -> str:
        _Joined.joins += 1
        return super().text


def test_whether_a_sentence_is_a_line_of_its_own_is_read_beside_it_not_from_the_whole_text(nlp):
    # a list of 4,000 town names: each of its 563 lines joined the whole text again (3.2 M tokens, 7.5 s)
    lines = [
        ["Burmese planes attack Karen camp."],  # a brief: a line of its own
        ["Clashes kill 30:", "police"],  # a headline with its credit after the colon
        ["Rebels attacked the town on Monday, and police said they killed four of them in the fighting there."],
        ["Troops fired.", "Protesters fled."],  # two sentences on one line: neither is a line of its own
        ["Witnesses told reporters:", "the army said it would answer every attack with force."],  # no credit
    ]
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    for _ in range(100):
        for line in lines:
            for sentence in line:
                tokens = [t for t in nlp.tokenizer(sentence)]
                words += [t.text for t in tokens]
                spaces += [bool(t.whitespace_) for t in tokens[:-1]] + [sentence is not line[-1]]
                starts += [True] + [False] * (len(tokens) - 1)
            words.append("\n")  # the line break, a token of its own, as the parser keeps it
            spaces.append(False)
            starts.append(True)
    doc = _Joined(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    from eventledger.extract.event_triggers import Unit

    units = [Unit(span=sentence, paragraph=0) for sentence in doc.sents if sentence.text.strip()]
    _Joined.joins = 0
    found = [unit.headline for unit in units]
    assert _Joined.joins <= 2  # not once a sentence (the old rule: 500 joins)
    assert len(units) == 800
    # the brief, the headline and its credit (no closing mark: a telegraphic line); then none
    assert found == [True, True, True, False, False, False, False, False] * 100


def test_a_long_run_of_commas_is_never_read_as_a_line_that_only_gives_a_toll(monkeypatch):
    # 20 KB of "Report ... clashed. ,,,,,,...": the toll line's pattern backtracked on it for 39 s, past the budget
    from eventledger.extract import events

    read: list[int] = []
    pattern = events.STANDALONE_TOLL

    class Measured:
        """The real pattern, noting the length of each text it is asked to match."""

        def match(self, text: str):  # noqa: ANN201
            read.append(len(text))
            return pattern.match(text)

    text = ("Clashes\n\nTroops clashed with rebels in Kano. " + "," * 2_000
            + "\n\nGunmen attacked a village. 3 fatalities.\n")
    [article] = annotate([clean_document(RawDocument(origin="commas", text=text))])
    assert max(len(unit.text) for unit in body_units(article)) > 1_000
    monkeypatch.setattr(events, "STANDALONE_TOLL", Measured())
    found = extract_events(article)
    assert read and max(read) <= 200  # the long line is not read by it; short lines still are
    assert any(e.fatalities_min == 3 for e in found)  # "3 fatalities." still gives its toll


def _cyber_check_frames(nlp, sentences: int, opening: str) -> tuple[int, int, list[bool]]:  # noqa: ANN001
    """(hits checked, Python frames of event_filters.py entered, generator steps included, each hit's answer)
    when every trigger hit of a report of ``opening`` and ``sentences`` sentences that each tell of "the
    attack" is asked whether it takes up a cyber attack told before it."""
    import sys

    from eventledger.extract import event_filters

    text = f"Report\n\n{opening} " + "Police said the attack had killed two guards in Kano. " * sentences
    [article] = annotate([clean_document(RawDocument(origin="attacks", text=text))])
    hits = [hit for unit in body_units(article) for hit in find_hits(unit) if hit.head.lower_ == "attack"]
    frames = 0

    def count(frame, event, _arg) -> None:  # noqa: ANN001
        nonlocal frames
        frames += event == "call" and frame.f_code.co_filename == event_filters.__file__

    sys.setprofile(count)
    try:
        answers = [event_filters.is_cyber(hit) for hit in hits]
    finally:
        sys.setprofile(None)
    return len(hits), frames, answers


@pytest.mark.parametrize(("opening", "cyber"), [
    ("Gunmen stormed a checkpoint near Kano on Monday.", False),  # no cyber attack: each noun's own
    ("Hackers launched a cyber attack on the revenue authority's servers on Monday.", True),  # taken up
])
def test_whether_the_attack_takes_up_a_cyber_attack_is_read_once_per_document_not_per_noun(nlp, opening, cyber):
    # 100 KB of "the attack ..." and no cyber word: each definite noun scanned the whole text before it
    few_hits, few, answers = _cyber_check_frames(nlp, 30, opening)
    many_hits, many, more_answers = _cyber_check_frames(nlp, 120, opening)
    assert few_hits >= 30 and many_hits >= 4 * few_hits - 4
    assert set(answers) == set(more_answers) == {cyber}  # the first noun of a cyber attack answers itself
    assert many <= 5 * few  # linear in the text (the old check: 16 times the work for 4 times the text)
