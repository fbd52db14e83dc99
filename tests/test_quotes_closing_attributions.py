"""Reported speech whose source closes the sentence after a comma, with words after the verb ("...,
the head of the region Vladimir Kostenko wrote in his Telegram channel."): the parser reads the source
and verb as a relative clause of the noun before them; the whole sentence before the comma is the
source's indirect quote."""

from __future__ import annotations

from attribution_helpers import attributed


def test_head_of_region_wrote_in_his_channel(attribution_nlp):
    a = attributed(
        attribution_nlp,
        "Three civilians were wounded as a result of a drone attack on the village of Shebekino in the Belgorod "
        "region, the head of the region Vladimir Kostenko wrote in his Telegram channel.",
    )
    reported = [(q.speaker, q.text) for q in a.quotes if not q.direct]
    assert reported == [
        ("Vladimir Kostenko", "Three civilians were wounded as a result of a drone attack on the village of "
         "Shebekino in the Belgorod region")
    ]

