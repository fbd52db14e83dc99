"""A speaker introduced inside a relative clause of the sentence ("..., whose chairperson, Mr. Sipho Mthembu,
said residents were “tired ...”"): the parser leaves "said" without a subject and hangs the sentence's first
clause on it; the speaker is the name set off right before the verb, and what he reports is the clause after
it."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of

SENTENCE = (
    "The Provincial Commissioner has also welcomed the support of the Philippi community policing forum, whose "
    "chairperson, Mr. Sipho Mthembu, said residents were \"tired of burying our children every weekend.\""
)


def test_name_set_off_before_a_subjectless_verb_speaks(attribution_nlp):
    a = attributed(attribution_nlp, SENTENCE)
    assert speaker_of(a, "tired of burying our children") == "Sipho Mthembu"
    assert not [q for q in a.quotes if "welcomed the support" in q.text]  # the first clause is not his report

