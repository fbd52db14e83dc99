"""One incident relayed by several outlets (devdata/fusion/relay): what used to split it or mix it with a
look-alike of the same day, each case on reports written for this file, and the set end to end through
the real pipeline into a real SQLite file."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from eventledger.evaluate_fusion import load_gold, score_fusion
from eventledger.fuse import block_keys, cluster, conflicting, same_event
from eventledger.fuse import compatibility as c
from eventledger.fuse.wording import distinctive_shared_words, numbers, without_dateline
from eventledger.models import EventMention, Place
from eventledger.pipeline import ingest_paths
from eventledger.store import open_store

RELAY = Path(__file__).resolve().parent.parent / "devdata" / "fusion" / "relay"
TUESDAY = dt.date(2026, 9, 8)
ZAMFARA = Place(None, "Nigeria", "NGA", "Zamfara", geo_precision=3)
TSAFE = Place("Tsafe", "Nigeria", "NGA", "Zamfara", "Tsafe", latitude=11.96, longitude=6.92, geo_precision=2,
              geonameid=901)  # fmt: skip
MARU = Place("Maru", "Nigeria", "NGA", "Zamfara", "Maru", latitude=12.33, longitude=6.40, geo_precision=2,
             geonameid=902)  # fmt: skip
KOMANDA = Place("Komanda", "Democratic Republic of Congo", "COD", "Ituri", latitude=1.37, longitude=29.77,
                geo_precision=1, geonameid=903)  # fmt: skip


def report(mention_id: str, **fields: object) -> EventMention:
    base: dict[str, object] = {
        "mention_id": mention_id, "document_id": mention_id.split("#")[0],
        "event_type": "Violence against civilians", "sub_event_type": "Attack", "evidence": "", "start": 0,
        "end": 1, "date": TUESDAY, "time_precision": 1, "place": ZAMFARA,
        "actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)",
    }  # fmt: skip
    base.update(fields)
    return EventMention(**base)  # type: ignore[arg-type]


def same(a: EventMention, b: EventMention, a_published: dt.date = TUESDAY, b_published: dt.date = TUESDAY) -> bool:
    return same_event(a, b, a_published=a_published, b_published=b_published)[0]


# ---------------------------------------------------------------- a wire's dateline is no shared wording

WIRE_ELEVEN = report(
    "w1#0", fatalities_min=11,
    evidence="GUSAU, Nigeria, Sept 8 (Sahel News Agency) - Gunmen on motorcycles killed at least 11 people in "
    "a raid on a village in northwest Nigeria's Zamfara state on Tuesday, police said.",
)  # fmt: skip
WIRE_SIX = report(
    "w2#0", place=MARU, fatalities_min=6, fatalities_max=6,
    evidence="GUSAU, Nigeria, Sept 8 (Sahel News Agency) - Gunmen killed six farmers in the Maru area of "
    "Zamfara state on Tuesday, a police spokesman said.",
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("GUSAU, Nigeria, Sept 8 (Sahel News Agency) - Gunmen killed six", "Gunmen killed six"),
        ("MOGADISHU, April 3 (Horn Wire) - A suicide bomber", "A suicide bomber"),
        ("KABUL (Reuters) - Taliban fighters", "Taliban fighters"),
        ("NEW DELHI, Aug. 3 -- Police said", "Police said"),
        ("Gunmen, who came at night - residents said", "Gunmen, who came at night - residents said"),
        ("PRESENTER: Good evening.", "PRESENTER: Good evening."),
    ],
)
def test_a_leading_dateline_is_left_out_of_the_evidence_compared(text: str, left: str) -> None:
    assert without_dateline(text) == left


def test_two_stories_of_one_bureau_share_no_wording_through_their_dateline() -> None:
    # the same bureau, day and wire, two incidents: the dateline's words ("gusau", "sahel", "agency", "sept")
    # and its day ("8") singled out the province-level report as the Maru one
    assert not distinctive_shared_words(WIRE_ELEVEN, WIRE_SIX)
    assert not same(WIRE_ELEVEN, WIRE_SIX)
    assert not numbers(WIRE_ELEVEN.evidence) & numbers(WIRE_SIX.evidence)  # "Sept 8" is no shared number


# ---------------------------------------------------------------- a perpetrator named in the other's text

ADF_READ_AS_ARMY = report(
    "a1#0", place=KOMANDA, actor1="Military Forces of the Democratic Republic of Congo",
    actor2="Civilians (Democratic Republic of Congo)", fatalities_min=7, fatalities_max=7,
    evidence="Suspected ADF rebels killed seven people on Monday when they ambushed vehicles on the road near "
    "Komanda, a local army spokesman said.",
)  # fmt: skip
ADF_NAMED = dataclasses.replace(
    ADF_READ_AS_ARMY, mention_id="a2#0", document_id="a2", actor1="Allied Democratic Forces",
    sub_event_type="Armed clash", event_type="Battles",
    evidence="Fighters of the Allied Democratic Forces killed seven travellers in an ambush near the town of "
    "Komanda on Monday, the army said.",
)  # fmt: skip


def test_a_perpetrator_the_other_report_names_in_its_text_does_not_conflict() -> None:
    assert c.writes_actor(ADF_READ_AS_ARMY.evidence, "Allied Democratic Forces")  # by its acronym
    assert c.actor_relation(ADF_READ_AS_ARMY, ADF_NAMED) == c.UNKNOWN  # no conflict, and no agreement either
    assert not conflicting(ADF_READ_AS_ARMY, ADF_NAMED)
    assert same(ADF_READ_AS_ARMY, ADF_NAMED)


def test_a_perpetrator_neither_text_names_still_conflicts() -> None:
    army = dataclasses.replace(ADF_READ_AS_ARMY, evidence="Soldiers killed seven people near Komanda on Monday.")
    assert c.actor_relation(army, ADF_NAMED).conflict
    # a state force named in a text is no such evidence: the army speaks of every incident
    named_army = dataclasses.replace(ADF_NAMED, evidence="The army said rebels killed seven near Komanda.")
    assert c.actor_relation(army, named_army).conflict


def test_an_acronym_counts_only_in_capitals() -> None:
    assert not c.writes_actor("the adf said nothing", "Allied Democratic Forces")
    assert c.writes_actor("the allied democratic forces said", "Allied Democratic Forces")


# ---------------------------------------------------------------- attributions that differ

DIKWA = Place("Dikwa", "Nigeria", "NGA", "Borno", "Dikwa", latitude=12.03, longitude=13.92, geo_precision=1,
              geonameid=904)  # fmt: skip
ISWAP_RAID = report(
    "b1#0", event_type="Battles", sub_event_type="Armed clash", place=DIKWA, fatalities_min=7,
    actor1="Islamic State West Africa Province", actor2="Military Forces of Nigeria",
    evidence="Islamic State West Africa Province fighters attacked a military base in Dikwa late on Sunday, "
    "killing at least seven soldiers.",
)  # fmt: skip
BOKO_HARAM_RAID = dataclasses.replace(
    ISWAP_RAID, mention_id="b2#0", document_id="b2", actor1="Boko Haram", fatalities_min=11, fatalities_max=11,
    evidence="Boko Haram insurgents on Sunday night stormed the army base in Dikwa town, killing 11 soldiers.",
)  # fmt: skip


def test_perpetrators_outlets_confuse_do_not_conflict() -> None:
    # one outlet's ISWAP is another's Boko Haram (data/actors/confused_perpetrators.tsv)
    assert c.actor_relation(ISWAP_RAID, BOKO_HARAM_RAID) == c.UNKNOWN
    assert same(ISWAP_RAID, BOKO_HARAM_RAID, TUESDAY, TUESDAY + dt.timedelta(days=1))
    # two groups no one confuses still conflict
    jnim = dataclasses.replace(BOKO_HARAM_RAID, actor1="Jama'at Nusrat al-Islam wal-Muslimin")
    assert c.actor_relation(ISWAP_RAID, jnim).conflict


def test_a_state_force_named_without_its_country_is_that_country_s_force() -> None:
    army_flash = dataclasses.replace(
        ISWAP_RAID, mention_id="b3#0", document_id="b3", place=None, actor1="Military Forces",
        actor2="Unidentified Armed Group", fatalities_min=3, fatalities_max=3,
        evidence="Army says troops repelled terrorists' attack on Dikwa base late Sunday.",
    )  # fmt: skip
    assert c.actor_relation(army_flash, ISWAP_RAID).kind == "same_named_actor1"
    assert same(army_flash, ISWAP_RAID)


# as the gazetteer has them: a quarter with no coordinates, and the city, also known as "Muqdisho"
HODAN = Place("Hodan", "Somalia", "SOM", "Banaadir", "Hodan", geo_precision=2, geonameid=9180017)
MOGADISHU = Place("Mogadishu", "Somalia", "SOM", "Banaadir", latitude=2.03711, longitude=45.34375, geo_precision=1,
                  geonameid=53654)  # fmt: skip
SHABAAB_MORTARS = report(
    "s1#0", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
    place=MOGADISHU, actor1="al-Shabaab", actor2="Civilians (Somalia)", fatalities_min=2, fatalities_max=2,
    evidence="Mortar shells fired by al Shabaab militants landed in a residential area of Somalia's capital on "
    "Tuesday, killing two people, police said.",
)  # fmt: skip
POLICE_QUOTED = dataclasses.replace(
    SHABAAB_MORTARS, mention_id="s2#0", document_id="s2", place=HODAN, actor1="Police Forces of Somalia",
    attributed_to="a police officer",
    evidence="Two people died yesterday when mortars fell on houses in the district of Hodan, in Muqdisho, a "
    "police officer told our reporter.",
)  # fmt: skip


def test_a_quoted_force_read_as_the_perpetrator_does_not_conflict_when_the_tolls_agree() -> None:
    assert c.actor_relation(POLICE_QUOTED, SHABAAB_MORTARS) == c.UNKNOWN
    # another toll: the police may have fired, or it is another incident
    three = dataclasses.replace(SHABAAB_MORTARS, fatalities_min=3, fatalities_max=3)
    assert c.actor_relation(POLICE_QUOTED, three).conflict
    # a force that is not the report's source is the perpetrator it reads
    unquoted = dataclasses.replace(POLICE_QUOTED, attributed_to="residents")
    assert c.actor_relation(unquoted, SHABAAB_MORTARS).conflict


def test_a_quarter_meets_its_city_named_by_another_name_of_the_city() -> None:
    # the report from Somali names the quarter and the city as "Muqdisho", a name the gazetteer gives Mogadishu
    assert c.place_agreement(POLICE_QUOTED, SHABAAB_MORTARS).kind == "town_named_in_text"
    assert same(POLICE_QUOTED, SHABAAB_MORTARS, TUESDAY, TUESDAY + dt.timedelta(days=1))
    # a name of no entry of that place names nothing
    elsewhere = dataclasses.replace(POLICE_QUOTED, evidence=POLICE_QUOTED.evidence.replace("Muqdisho", "Marka"))
    assert c.place_agreement(elsewhere, SHABAAB_MORTARS).conflict


# ---------------------------------------------------------------- a mob's attack and an attack

LOOTERS = report(
    "m1#0", event_type="Riots", sub_event_type="Mob violence", place=TSAFE, fatalities_min=2, fatalities_max=2,
    evidence="Two people were killed on Tuesday in Tsafe by a group that looted shops, residents said.",
)  # fmt: skip
RAIDERS = report(
    "m2#0", place=TSAFE, fatalities_min=2, fatalities_max=2,
    evidence="On Tuesday, gunmen killed two people in Tsafe and looted shops.",
)  # fmt: skip


def test_mob_violence_meets_an_attack_on_civilians() -> None:
    assert c.type_relation(LOOTERS, RAIDERS).kind == "violent_families"
    assert set(block_keys(LOOTERS)) & set(block_keys(RAIDERS))  # and they are candidates of each other
    assert same(LOOTERS, RAIDERS)


def test_a_violent_demonstration_stays_a_protest() -> None:
    rioters = dataclasses.replace(LOOTERS, sub_event_type="Violent demonstration")
    assert c.type_relation(rioters, RAIDERS).conflict
    assert not set(block_keys(rioters)) & set(block_keys(RAIDERS))


# ---------------------------------------------------------------- a toll update that names no incident

@pytest.mark.parametrize(
    "text",
    [
        "The death toll has risen to 12 after more bodies were found in the bush, an official said.",
        "The number of people killed when gunmen attacked a village on Monday rose to 12, officials said.",
        "Rescuers found seven more bodies, bringing the toll to 12, officials said.",
        "The toll from Monday's attack on Drodro has risen to 12.",
    ],
)
def test_a_toll_update_is_read_without_its_incident_named(text: str) -> None:
    assert c.is_toll_update(report("t#0", evidence=text))


def test_a_province_level_toll_update_meets_the_village_report_it_updates() -> None:
    village = report("t1#0", place=TSAFE, fatalities_min=5, fatalities_max=5,
                     evidence="Gunmen killed five people in Yandoto village, Tsafe, on Tuesday, police said.")
    update = report("t2#0", fatalities_min=12, fatalities_max=12,
                    evidence="The death toll has risen to 12 after more bodies were found in the bush, a local "
                    "official in Zamfara State said, a day after gunmen attacked a village.")  # fmt: skip
    assert c.figure_relation(village, update).kind == "risen_toll"
    assert same(village, update, TUESDAY, TUESDAY + dt.timedelta(days=1))
    assert not c.is_toll_update(village)


# ---------------------------------------------------------------- an early "at least N" that grew

EARLY_FIVE = report(
    "g1#0", fatalities_min=5,
    evidence="Gunmen killed at least five people in an attack on a village in Plateau state on Monday.",
)
LATER_TWELVE = report(
    "g2#0", place=TSAFE, fatalities_min=12, fatalities_max=12,
    evidence="Twelve people were killed when gunmen attacked Mushere on Monday, the council chairman said.",
)


def test_an_open_figure_meets_a_toll_more_than_twice_it_told_on_a_later_day() -> None:
    two_days_later = TUESDAY + dt.timedelta(days=2)
    assert c.figure_relation(EARLY_FIVE, LATER_TWELVE, TUESDAY, two_days_later).kind == "same_figure"
    assert same(EARLY_FIVE, LATER_TWELVE, TUESDAY, two_days_later)


def test_an_open_figure_grows_only_towards_later_reports() -> None:
    # told the same day, or after the other report, "at least five" is no count of 12
    assert c.figure_relation(EARLY_FIVE, LATER_TWELVE, TUESDAY, TUESDAY) == c.UNKNOWN
    assert c.figure_relation(EARLY_FIVE, LATER_TWELVE, TUESDAY + dt.timedelta(days=2), TUESDAY) == c.UNKNOWN
    assert not same(EARLY_FIVE, LATER_TWELVE, TUESDAY, TUESDAY)
    # and never beyond LATER_OPEN_FIGURE_SPAN
    sixteen = dataclasses.replace(LATER_TWELVE, fatalities_min=16, fatalities_max=16)
    assert c.figure_relation(EARLY_FIVE, sixteen, TUESDAY, TUESDAY + dt.timedelta(days=2)) == c.UNKNOWN


# ---------------------------------------------------------------- a stored event whose hub is taken away

def test_a_stored_event_stays_together_when_a_new_report_takes_its_first_member() -> None:
    """Stored event {p, t1, t2} (a province-level report p and two reports of a town), linked as a star from
    p; a new report n of another town the same day links to p and conflicts with t1 and t2. Whichever group
    p joins, t1 and t2, which were one event, must not fall apart."""
    province = report("p#0", evidence="Gunmen killed people in a village in Zamfara on Tuesday.")
    town_1 = report("t1#0", place=TSAFE, evidence="gunmen raided Tsafe")
    town_2 = report("t2#0", place=TSAFE, evidence="Tsafe raid")
    other_town = report("n#0", place=MARU, evidence="Gunmen killed people in a village in Zamfara on Tuesday.")
    mentions = [province, town_1, town_2, other_town]
    pairs = [("p#0", "t1#0"), ("p#0", "t2#0"), ("n#0", "p#0")]
    settled = {"p#0": "ev-1", "t1#0": "ev-1", "t2#0": "ev-1"}
    groups = cluster(mentions, pairs, conflict=conflicting, settled=settled)
    assert ["t1#0", "t2#0"] in [[m for m in g if m.startswith("t")] for g in groups]
    assert not any({"n#0", "t1#0"} <= set(g) for g in groups)


# ---------------------------------------------------------------- the set end to end

@pytest.fixture(scope="module")
def relay_events(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    db = tmp_path_factory.mktemp("relay") / "ledger.db"
    store = open_store(str(db))
    try:
        ingest_paths([str(RELAY / "articles.jsonl")], store)
        return list(store.iter_events())
    finally:
        store.close()


def test_the_relay_set_fuses_each_incident_once_with_each_source_figure(relay_events: list[dict]) -> None:
    scores = score_fusion(load_gold(RELAY / "gold.json"), relay_events)
    assert scores["wrong_pairs"] == []
    assert scores["pairwise_f1"] >= 0.95
    assert scores["fatalities_accuracy"] >= 0.95
