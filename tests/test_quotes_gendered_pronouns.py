"""he/she after two people named close together: whether each is a "he" or a "she" comes from a noun that
describes them ("Her husband, Omar,") or from the pronoun the narration uses for them ("Fatima Zahra was at
home with her three children"), or failing both from a common given name ("Amina", "Peter"), so "she said"
skips the man named last."""

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


def test_he_skips_a_woman_known_by_her_given_name(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Ahmed Musa Bello, a farmer in Gwoza, said the gunmen came at dawn. \"They burned the granary first,\" "
        "Bello said.",
        "Amina Yusuf Garba, a nurse at the clinic, said eleven wounded had been brought in. \"We had no blood for "
        "them,\" Garba said.",
        "\"My sons are still missing,\" he said.",
    )
    assert speaker_of(a, "My sons are still missing") == "Ahmed Musa Bello"


def test_she_skips_a_man_known_by_his_given_name(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Esther Wanjiru, a teacher, told the Nation the school was closed. Peter Otieno, the head teacher, said "
        "pupils had fled.",
        "\"I have not been paid for three months,\" she said.",
    )
    assert speaker_of(a, "paid for three months") == "Esther Wanjiru"
