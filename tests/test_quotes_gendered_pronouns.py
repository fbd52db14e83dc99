"""he/she after two people named close together: whether each is a "he" or a "she" comes from a noun that
describes them ("Her husband, Omar,") or from the pronoun the narration uses for them ("Fatima Zahra was at
home with her three children"), so "she said" skips the man named last."""

from __future__ import annotations

from attribution_helpers import attributed, speaker_of


def test_wife_and_husband_in_a_feature(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Fatima Zahra, 34, was at home with her three children when the shelling began. Her husband, Omar, "
        "was at work.",
        "\"The windows exploded. I covered the children with my body,\" she said.",
        "Omar returned two hours later. \"I thought they were all dead,\" he said.",
    )
    assert speaker_of(a, "covered the children") == "Fatima Zahra"
    assert speaker_of(a, "all dead") == "Omar"


def test_she_skips_a_man_called_her_brother(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Hauwa Sani sells vegetables at the market in Zaria. Her brother Ibrahim Sani drives a taxi on the "
        "Kaduna road.",
        "\"They took everything from the stall,\" she said.",
    )
    assert speaker_of(a, "took everything from the stall") == "Hauwa Sani"
