"""A place followed by its district and province in brackets, as coders and humanitarian updates write it: the
bracket climbs a chain of containers ("Bilozerka (Kherson raion, Kherson)"), names the province that holds the
place and no other name of it ("Cotija (Michoacán)"), and a province that shares its capital's name is the
province there ("Shebekino (Shebekinsky district, Belgorod)"). Real pipeline and gazetteer on sentences written
for this test; the places checked by hand on GeoNames."""

from __future__ import annotations

import pytest

from eventledger.clean import clean_document
from eventledger.kb.taxonomy import is_acled
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import IngestOptions, process_articles


def event_of(text: str) -> EventMention:
    article = clean_document(RawDocument(origin="t", input_id="t", published="2026-10-20", text=text))
    [event] = [e for e in process_articles([article], IngestOptions())[0].events if is_acled(e.sub_event_type)]
    return event


@pytest.mark.parametrize(
    ("text", "town", "province", "country"),
    [
        # the raion is unknown to the gazetteer; the province after it still holds the village
        ("On 3 October 2026, Russian artillery shelled Bilozerka (Kherson raion, Kherson), killing two women.",
         "Bilozerka", "Kherson", "Ukraine"),
        # "Belgorod" is a city and its oblast: after a town of the oblast it holds, it names the oblast
        ("On 12 October 2026, Ukrainian MLRS fire hit Shebekino (Shebekinsky district, Belgorod), injuring a man.",
         "Shebekino", "Belgorod", "Russia"),
        # the bracket is the state, not another name of the town (a look-alike in Tabasco)
        ("On 8 October 2026, gunmen shot dead a local councillor in Cotija (Michoacán).",
         "Cotija de la Paz", "Michoacan", "Mexico"),
        # a French name joined by its particles is one name
        ("On 21 October 2026, gang members kidnapped two nurses in Port-au-Prince (Ouest).",
         "Port-au-Prince", "Ouest", "Haiti"),
    ],
)
def test_the_place_before_the_bracket_is_the_event_s_place(text: str, town: str, province: str, country: str) -> None:
    event = event_of(text)
    assert event.place is not None
    assert (event.place.town, event.place.admin1, event.place.country) == (town, province, country)


def test_a_bracketed_other_name_of_the_town_still_joins_both_names() -> None:
    # "Resulayn (Ras al-Ain)": the bracket is the same town's other name, in the country the text names
    event = event_of("On 5 October 2026, Turkish drones struck Resulayn (Ras al-Ain) in Syria, killing three fighters.")
    assert event.place is not None and event.place.iso3 == "SYR"


def test_a_district_read_before_the_town_after_it_keeps_its_own_province() -> None:
    # "Chhattisgarh's Bijapur district, Naxalites ...": the comma after the district once made the next name hold
    # it, which left the district without Chhattisgarh and took Karnataka's larger Bijapur
    event = event_of(
        "In Chhattisgarh's Bijapur district, Naxalites yesterday blew up a vehicle of DRG jawans with an IED. Eight "
        "jawans and the driver of the vehicle were killed in the blast."
    )
    assert event.place is not None
    assert (event.place.admin1, event.place.admin2) == ("Chhattisgarh", "Bijapur")


def test_an_unknown_village_before_its_bracketed_county_is_placed_in_the_county() -> None:
    # the tagger takes "Marani (" as one name; the bracket is the county, Kisii
    event = event_of("On 6 November 2026, a mob lynched two elderly men accused of witchcraft in Marani (Kisii).")
    assert event.place is not None and (event.place.admin1, event.place.country) == ("Kisii", "Kenya")


def test_a_named_range_and_its_bracketed_province_give_the_province() -> None:
    event = event_of(
        "US AFRICOM said it carried out an airstrike against ISIS-Somalia fighters in the Golis mountains (Bari) on "
        "21 October 2026."
    )
    assert event.place is not None and (event.place.admin1, event.place.country) == ("Bari", "Somalia")


def test_provinces_take_acled_s_names() -> None:
    event = event_of("On 15 October 2026, al-Shabaab fighters attacked a base outside Dhusamareb (Galguduud).")
    assert event.place is not None and event.place.admin1 == "Galgaduud"
