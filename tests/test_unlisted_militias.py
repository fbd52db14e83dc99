"""A militia the actor knowledge base lacks keeps the name the text gives it ("Kamuina Nsapu Militia", as ACLED
names one), not "Unidentified Armed Group"; a place's name before "militia" is no militia's name; translated
prose's "confrontations between A and B" is a fight between A and B, but a confrontation the army "dispersed"
is no new incident. A real ingest into a real ledger, on sentences written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def events_of(tmp_path, text: str, published: str = "2024-05-12") -> list[dict]:
    return ingest_texts(tmp_path, {"a1": text}, published=published)


def test_a_militia_named_in_the_text_keeps_its_name(tmp_path):
    text = "Fighters of the Kamuina Nsapu militia attacked an army position in Kananga, killing one soldier."
    [event] = events_of(tmp_path, text)
    assert event["actor1"] == "Kamuina Nsapu Militia"
    assert event["actor2"].startswith("Military Forces of the Democratic Republic of Congo")
    assert (event["sub_event_type"], event["fatalities"]) == ("Armed clash", 1)


def test_confrontations_between_a_militia_and_the_army_name_both_sides(tmp_path):
    text = (
        "At least three persons lost their lives on Thursday in the territory of Dibaya during confrontations "
        "between elements of the Kamuina Nsapu militia and the elements of the Armed Forces of the Democratic "
        "Republic of Congo (FARDC), according to concordant sources."
    )
    [event] = events_of(tmp_path, text)
    assert {event["actor1"], event["actor2"]} == {
        "Kamuina Nsapu Militia", "Military Forces of the Democratic Republic of Congo (2019-)"
    }  # fmt: skip
    assert event["fatalities"] == 3


def test_a_place_before_militia_is_no_militia_name(tmp_path):
    [event] = events_of(tmp_path, "The Djugu militia attacked a camp for displaced people in Ituri.")
    assert event["actor1"] != "Djugu Militia"


def test_a_people_before_militia_stays_an_ethnic_militia(tmp_path):
    [event] = events_of(tmp_path, "Twa militiamen attacked a village in Tanganyika province.")
    assert event["actor1"] == "Twa Ethnic Militia (Democratic Republic of Congo)"


def test_a_confrontation_the_army_dispersed_is_no_new_incident(tmp_path):
    text = (
        "A Palestinian man was shot dead when Israeli settlers stormed the village of Sinjil, north of Ramallah, on "
        "Saturday, witnesses said. The Israeli military said its forces had dispersed a violent confrontation "
        "between Israeli civilians and Palestinians."
    )
    events = events_of(tmp_path, text, published="2024-04-15")
    assert len(events) == 1, events
    assert events[0]["location"] == "Sinjil"


def test_a_datelines_dash_is_no_militia_name(tmp_path):
    text = "KINSHASA, March 12 (Congo Wire) - Militiamen killed at least 12 people in an attack on a camp in Ituri."
    [event] = events_of(tmp_path, text, published="2026-03-12")
    assert event["actor1"] == "Unidentified Armed Group (Democratic Republic of Congo)"
    assert event["fatalities"] == 12
