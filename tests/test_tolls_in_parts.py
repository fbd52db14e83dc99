"""Tolls told in parts: a count and the one person joined to it ("eight jawans and their driver"), a count
broken down again by kind ("nine people, eight commandos and their driver"), a part among a count ("three
children were among five people killed"), and "attained martyrdom" as a death. Expectations counted by hand."""

from __future__ import annotations

import pytest

from eventledger.extract.numbers import parse_fatalities


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Eight jawans of the District Reserve Guard and a civilian driver were killed when the IED went off.", 9),
        ("Eight jawans and the driver of the vehicle were killed in the blast.", 9),
        ("Six soldiers and their commander were killed in the ambush.", 7),
        ("Four policemen and one civilian driver attained martyrdom.", 5),
        # the same dead, broken down by kind after the count
        ("Two days earlier a bomb killed nine people, eight police commandos and their driver, in the district.", 9),
        # a list whose parts happen to add up as a breakdown would: still a list
        ("Five soldiers, three civilians, and two policemen were killed.", 10),
        # a part among a count
        ("Yesterday, three children were among five people killed when shells hit the city.", 5),
        ("Five people were killed; two officers were among the dead.", 5),
    ],
)
def test_a_toll_told_in_parts_counts_each_dead_once(text: str, dead: int) -> None:
    figure = parse_fatalities(text)
    assert figure is not None
    assert (figure.minimum, figure.maximum) == (dead, dead)
