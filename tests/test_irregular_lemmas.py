"""An irregular past the tagger reads as a present ("Troops retook the town", tagged VBP) still takes its
verb's lemma, so the triggers of that verb find it; a form that is also a verb's base ("they wound
civilians", "they found a company") keeps the tagger's reading. Real model, real ingest into a real ledger."""

from __future__ import annotations

from ledger_helpers import ingest_texts

from eventledger.annotate import load_nlp


def lemmas_of(text: str) -> dict[str, str]:
    return {t.text: t.lemma_ for t in load_nlp()(text) if t.pos_ == "VERB"}


def test_an_irregular_past_read_as_a_present_takes_its_verb_s_lemma():
    assert lemmas_of("Troops retook the town.")["retook"] == "retake"


def test_a_form_that_is_also_a_base_keeps_its_reading():
    assert lemmas_of("They wound civilians.")["wound"] == "wound"


def test_a_town_retaken_is_the_government_s(tmp_path):
    text = "Government forces retook the town of Jowhar from al-Shabaab militants on Thursday, the army said."
    events = ingest_texts(tmp_path, {"a1": text}, published="2025-03-07")
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Government regains territory", "Jawhar")]
    assert events[0]["actor1"].startswith("Military Forces of Somalia"), events[0]
