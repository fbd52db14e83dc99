"""Panel and debate write-ups: several speakers, each named once with a title and then called by it ("the
general said") or by a pronoun set inside the reported clause ("The army, he argued, had retaken ...")."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of

PANEL = (
    "Aminata Diarra, a researcher at the University of Bamako, opened with a warning. \"The state has not lost "
    "the towns, but it has lost the roads between them,\" she said.",
    "Retired general Ousmane Kaboré, who commanded troops in northern Burkina Faso, disagreed. The army, he "
    "argued, had retaken several districts in the past year. \"You do not win this war in one rainy season,\" "
    "the general said.",
)


def test_the_general_is_the_person_titled_general_before(attribution_nlp):
    # the tagger reads "general" after "Retired" as an adjective; it is still the title
    a = attributed(attribution_nlp, *PANEL)
    assert speaker_of(a, "one rainy season") == "Ousmane Kaboré"


def test_a_reporting_verb_set_inside_its_clause_reports_that_clause(attribution_nlp):
    a = attributed(attribution_nlp, *PANEL)
    reported = [q for q in a.quotes if not q.direct and "retaken several districts" in q.text]
    assert [q.speaker for q in reported] == ["Ousmane Kaboré"]
