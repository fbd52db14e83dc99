"""A person's name the tagger calls an organisation or a place (names of many regions are new to it) is
still a person when it opens on a given name the lexicon knows: a later "she says" is hers, not that of the
next person the text names. A place or building named after someone stays a place."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of

from eventledger.attribution.cues import load_cues
from eventledger.attribution.people import people_of


def test_she_after_a_name_the_tagger_took_for_an_organisation(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "When the drones came, Olena Kravchuk was in the cellar with her two sons.",
        "\"The walls were shaking and the younger one would not stop crying,\" she remembers. Her husband was "
        "away with his unit.",
        "Her neighbour Halyna Moroz, 71, refused to leave her flat. \"Where would I go at my age?\" Moroz asks.",
    )
    assert speaker_of(a, "The walls were shaking") == "Olena Kravchuk"
    assert speaker_of(a, "Where would I go") == "Halyna Moroz"


def test_a_building_named_after_someone_is_no_person(attribution_nlp):
    doc = attribution_nlp("Doctors at the Ibrahim Badamasi Babangida Hospital treated the wounded.")
    assert [p.name for p in people_of(doc, load_cues())] == []
