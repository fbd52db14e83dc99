"""An outlet's home country: from the outlet table, from the names its title holds, from its web address;
and as weak evidence of where a story that names no country is set."""

from __future__ import annotations

import pytest

from eventledger.clean import clean_document
from eventledger.kb.gazetteer import load_gazetteer
from eventledger.kb.outlets import load_outlets, outlet_country, outlet_key
from eventledger.models import RawDocument
from eventledger.pipeline import IngestOptions, process_articles


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("source", "iso3"),
    [
        ("Syrian Observatory for Human Rights", "SYR"),  # a nationality word in the name
        ("SOHR", "SYR"),  # the table's other name
        ("Borderland Beat", "MEX"),  # the table: no place in the name
        ("Borderland Beat (Zeta)", "MEX"),  # a bracketed note after a known name ("Zeta" is a Montenegrin region)
        ("Myanmar Now", "MMR"),
        ("Democratic Voice of Burma", "MMR"),  # a country's other name
        ("El Sol de Tijuana", "MEX"),  # a town; "Sol" is a masthead word, not a town
        ("El Heraldo de Juárez", "MEX"),
        ("Pajhwok News", "AFG"),  # the longest known opening
        # a note of the language a story was translated from names no country ("Spanish" is Spain's people)
        ("Medellin Diario (translated from Spanish)", "COL"),
        ("Kano Mirror (Hausa service, translated)", "NGA"),
    ],
)
def test_home_countries_of_local_outlets(gazetteer, source, iso3):
    assert outlet_country(source, None, gazetteer) == iso3


@pytest.mark.parametrize(
    "source",
    ["Agence France Presse", "Reuters News", "Associated Press Newswires", "BBC Monitoring Africa",
     "Voice of America Press Releases and Documents", "Radio Free Asia", "Some Unknown Bulletin",
     "Sahel Dispatch",  # the Sahel spans many countries (and is also a province of Burkina Faso)
     "Sahel Hebdo (translated from French)"],
)  # fmt: skip
def test_international_and_unknown_outlets_have_no_home(gazetteer, source):
    # "Agence France Presse" holds a country's name, and VOA is based in one: both report the world
    assert outlet_country(source, None, gazetteer) is None


def test_home_from_the_web_address(gazetteer):
    assert outlet_country(None, "https://www.eluniversal.com.mx/nacion/x", gazetteer) == "MEX"  # country code
    assert outlet_country(None, "https://www.dawn.com/news/1", gazetteer) == "PAK"  # a known site name
    assert outlet_country(None, "https://www.bbc.co.uk/news/world", gazetteer) is None  # international
    assert outlet_country(None, "https://example.tv/story", gazetteer) is None  # a code used for its look


def test_every_table_row_names_a_real_country_or_none():
    from eventledger.kb.gazetteer import load_country_index

    index = load_country_index()
    homes = set(load_outlets().values()) - {None}
    assert homes and all(index.country(iso3) is not None for iso3 in homes)
    assert outlet_key("Borderland  Beat") == outlet_key("borderlandbeat")


def _events(items: list[tuple[str, str]]):
    documents = [
        clean_document(RawDocument(origin=f"t{i}", text=text, input_id=f"t{i}", source=source, published="2021-05-01"))
        for i, (text, source) in enumerate(items)
    ]
    return {a.origin: a.events for a in process_articles(documents, IngestOptions())}


def test_a_local_outlets_home_places_a_story_that_names_no_country():
    headline = "Six bodies found in Valle Hermoso"  # Valle Hermoso: towns in Mexico, Argentina, Spain, ...
    found = _events([(headline, "Borderland Beat"), (headline, "Reuters"),
                     ("Gunmen shoot a man dead outside his home", "El Sol de Tijuana")])  # fmt: skip
    assert [(e.place.name, e.place.iso3) for e in found["t0"]] == [("Valle Hermoso", "MEX")]
    assert all(e.place is None or e.place.iso3 is None for e in found["t1"])  # an agency: no guess
    assert [e.place.iso3 for e in found["t2"]] == ["MEX"]
    assert found["t2"][0].place.name is None  # the country only: the outlet's town is not the event's


def test_a_named_place_abroad_outweighs_the_outlets_home():
    found = _events([("Taliban attack kills five in Afghanistan's Kunar", "Dawn")])
    assert [e.place.iso3 for e in found["t0"]] == ["AFG"]
