"""Telegraphic headlines the small tagger misreads, through a real ingest into a real ledger; the headlines
were written for these tests."""

from __future__ import annotations

from ledger_helpers import ingest_texts


def _only_event(tmp_path, text: str) -> dict:
    events = ingest_texts(tmp_path, {"h1": text}, published="2023-03-02")
    assert len(events) == 1, events
    return events[0]


def test_a_bare_verb_read_as_part_of_a_name_is_the_headline_s_verb(tmp_path):
    # the tagger reads "soldiers storm Kyaukme" as one name and "slaughter" as an adjective: the soldiers did
    # it, to the villagers, and the event is the killing, not a fight with a group called "Kyaukme"
    event = _only_event(tmp_path, "Myanmar junta soldiers storm Kyaukme, slaughter 4 villagers")
    assert event["sub_event_type"] == "Attack"
    assert event["actor1"].startswith("Military Forces of Myanmar")
    assert event["actor2"] == "Civilians (Myanmar)"
    assert event["fatalities"] == 4


def test_a_force_s_gunfire_is_the_force_s(tmp_path):
    # "military" qualifying the weapon is read as an adjective, which names no actor by itself
    event = _only_event(tmp_path, "Military gunfire kills three farmers in Magway")
    assert event["actor1"].startswith("Military Forces of Myanmar")
    assert event["fatalities"] == 3


def test_a_count_seized_beside_a_killing_is_people_taken_not_ground(tmp_path):
    event = _only_event(tmp_path, "Gunmen kill 3, seize 5 in raid on Zamfara village")
    assert event["event_type"] == "Violence against civilians"
    assert event["sub_event_type"] == "Attack"
    assert event["fatalities"] == 3


def test_rescuers_are_no_abductors(tmp_path):
    # "kidnapped" describes the students the troops free: their abduction is told as past, by no one named
    text = "Nigerian troops rescue 20 kidnapped students in Kaduna"
    events = ingest_texts(tmp_path, {"h1": text}, published="2023-03-02")
    abductions = [e for e in events if e["sub_event_type"] == "Abduction/forced disappearance"]
    assert abductions, events
    assert all(e["background"] for e in abductions)
    assert not any((e["actor1"] or "").startswith("Military Forces") for e in abductions)


def test_the_police_of_a_headline_read_as_one_noun_intervene(tmp_path):
    # "Kenyan police fire tear gas" is parsed as one long noun: the police still intervened
    event = _only_event(tmp_path, "Kenyan police fire tear gas at anti-tax protesters")
    assert (event["sub_event_type"], event["actor1"]) == ("Protest with intervention", "Protesters (Kenya)")
    assert event["actor2"].startswith("Police Forces of Kenya")


def test_burkina_alone_is_burkina_faso(tmp_path):
    event = _only_event(tmp_path, "Five soldiers dead as militants storm army post in Burkina")
    assert event["country"] == "Burkina Faso"


def test_a_town_retaken_is_the_event_s_place(tmp_path):
    event = _only_event(tmp_path, "Sudan's army retakes Wad Madani from RSF")
    assert (event["sub_event_type"], event["location"]) == ("Government regains territory", "Wad Medani")


def test_a_crewed_aircraft_shot_down_is_a_clash_with_its_side(tmp_path):
    event = _only_event(tmp_path, "Resistance fighters shoot down junta helicopter in Kayah")
    assert event["sub_event_type"] == "Armed clash"
    assert event["actor2"].startswith("Military Forces of Myanmar")


def test_drones_shot_down_stay_a_weapon_disrupted(tmp_path):
    event = _only_event(tmp_path, "Air defences shot down 12 drones over Belgorod.")
    assert event["sub_event_type"] == "Disrupted weapons use"


def test_a_verb_read_into_a_name_with_a_plural_object_is_the_verb(tmp_path):
    text = "Protesters torch vehicles in Manipur's Imphal after youth's killing"
    events = ingest_texts(tmp_path, {"h1": text}, published="2023-03-02")
    news = [(e["sub_event_type"], e["actor1"]) for e in events if not e["background"]]
    assert news == [("Violent demonstration", "Rioters (India)")]


def test_things_that_burn_with_nobody_burning_them_make_no_event(tmp_path):
    # the model reads the line as a riot; the parse shows the stalls burned and nobody set them alight
    assert ingest_texts(tmp_path, {"h1": "Farmers market stalls burn in Kano fire"}, published="2023-03-02") == []


def test_a_thing_looted_in_a_headline_was_looted_by_someone(tmp_path):
    # "looted" read as the past of an intransitive verb with the clinic for subject: but nothing loots itself
    # (only a burning is told without a doer); Bambari is a town of Ouaka prefecture
    event = _only_event(tmp_path, "Charity office looted in fresh CAR violence in Bambari")
    assert (event["sub_event_type"], event["location"], event["admin1"]) == (
        "Looting/property destruction",
        "Bambari",
        "Ouaka",
    )


def test_one_person_killed_told_as_a_participle_after_the_noun_is_one_dead(tmp_path):
    # "Woman, 78, Killed, ...": the parser hangs "killed" on the woman as a participle; she is the one dead
    event = _only_event(tmp_path, "Woman, 78, Killed, Hundreds of Homes Torched in Myanmar Junta Raid in Sagaing")
    assert (event["sub_event_type"], event["fatalities"]) == ("Attack", 1)


def test_two_people_named_one_by_one_and_killed_are_two_dead(tmp_path):
    headline = "A soldier and a suspected rebel were killed in a firefight in Las Navas, Northern Samar"
    event = _only_event(tmp_path, headline)
    assert (event["sub_event_type"], event["fatalities"]) == ("Armed clash", 2)


def test_a_booby_trapped_vehicle_is_an_explosive_whatever_verb_follows(tmp_path):
    # the tagger splits "booby-trapped" at the hyphen; the device makes the killing remote violence
    event = _only_event(tmp_path, "A booby-trapped vehicle targets an army checkpoint in Idlib, killing four people")
    assert (event["event_type"], event["sub_event_type"]) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED"
    )
    assert event["fatalities"] == 4
