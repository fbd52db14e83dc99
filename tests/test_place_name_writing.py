"""Whether a report's evidence writes a town's name (names.writes_place_name) and a name's ASCII spelling
(gazetteer.ascii_fold), which fusion asks for every candidate pair. Both keep a cache or a shortcut for speed;
these sentences, written for this test with answers checked by hand, hold them to the plain rule: the answer
is the same on every call, whatever was asked before."""

from __future__ import annotations

import pytest

from eventledger.fuse.names import writes_place_name
from eventledger.kb.gazetteer import ascii_fold, name_key


@pytest.mark.parametrize(
    ("text", "name", "writes"),
    [
        ("Gunmen stormed a market in KUNDUZ on Monday.", "Kunduz", True),  # any case
        ("Gunmen stormed a market in Akunduz on Monday.", "Kunduz", False),  # inside a longer word
        ("Fighting went on in Gao on Monday.", "Goma", False),  # a skeleton too short to trust
        ("Residents of Finote Salam said the shelling went on all night.", "Finote Selam", True),  # other spelling
        ("Residents of Bahir Dar said the shelling went on all night.", "Finote Selam", False),
        ("Troops entered Taizz after a week of fighting.", "Taiz", True),  # a doubled letter
        ("A blast hit St. Mary's (Old Town) church.", "St. Mary's (Old Town)", True),  # regex characters literal
        ("A blast hit St. Marys Old Town church.", "St. Mary's (Old Town)", False),
        ("", "Kunduz", False),
    ],
)
def test_writes_place_name(text: str, name: str, writes: bool) -> None:
    assert writes_place_name(text, name) is writes
    assert writes_place_name(text, name) is writes  # asked again: the cached answer is the same


def test_one_text_asked_for_several_names_answers_each_on_its_own() -> None:
    text = "Clashes were reported in Gao and in Finote Salam."
    assert [writes_place_name(text, n) for n in ("Gao", "Finote Selam", "Kidal", "Gao")] == [True, True, False, True]


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Kunduz", "Kunduz"),  # plain ASCII comes back as it is
        ("Ma`arib", "Ma'arib"),  # the backtick is the one ASCII letter spelled otherwise
        ("Paktiyā", "Paktiya"),
        ("Łódź", "Lodz"),
        ("Sana’a", "Sana'a"),
    ],
)
def test_ascii_fold(name: str, folded: str) -> None:
    assert ascii_fold(name) == folded


def test_the_backtick_and_the_apostrophe_give_one_key() -> None:
    assert name_key("Ma`arib") == name_key("Ma'arib") == name_key("Ma’arib") == "maarib"
