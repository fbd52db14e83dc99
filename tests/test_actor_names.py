"""ACLED's actor naming (data/actors/state_forces.tsv, roles.tsv, actor_types.tsv): state forces by regime
period, generic actors with their country, interaction codes, and who is actor1 in real sentences."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from eventledger.annotate import annotate
from eventledger.clean import clean_document
from eventledger.evaluate import actor_matches
from eventledger.export import write_export
from eventledger.kb.actors import (
    acled_actor_names,
    actor_types,
    armed_types,
    inter_code,
    load_actor_kb,
    non_state_armed_types,
    state_force_periods,
    unarmed_types,
)
from eventledger.models import EventMention, RawDocument
from eventledger.pipeline import extract_article, ingest_items
from eventledger.store import open_store


@pytest.fixture(scope="module")
def kb():
    return load_actor_kb()


def events_of(text: str, published: str) -> list[EventMention]:
    raw = RawDocument(origin="t", text=text, input_id="t", published=published)
    article = next(annotate([clean_document(raw)]))
    return extract_article(article).events


# ---------------------------------------------------------------- the data


def test_regime_periods_of_a_country_follow_each_other_without_gaps():
    for (country, force), periods in state_force_periods().items():
        assert force in ("Military", "Police"), country
        for earlier, later in zip(periods, periods[1:], strict=False):
            assert earlier.end == later.start, (country, force, earlier.name)
        assert periods[-1].end is None, (country, force)  # every country has a current period


def test_every_period_name_carries_its_years():
    for periods in state_force_periods().values():
        for period in periods:
            years = f"({period.start.year}-{period.end.year if period.end else ''})"
            same_year = period.end is not None and period.end.year == period.start.year
            assert period.name.endswith(f"({period.start.year})" if same_year else years), period.name


def test_actor_types_give_acled_interaction_codes():
    assert {t.name: t.inter for t in actor_types().values()} == {
        "State forces": 1, "Rebel group": 2, "Political militia": 3, "Identity militia": 4,
        "Rioters": 5, "Protesters": 6, "Civilians": 7, "External/Other forces": 8,
    }  # fmt: skip
    assert non_state_armed_types() == {"Rebel group", "Political militia", "Identity militia"}
    assert unarmed_types() == {"Rioters", "Protesters", "Civilians"}
    assert armed_types() == {"State forces", "External/Other forces"} | non_state_armed_types()
    assert inter_code("Nonsense") is None


# ---------------------------------------------------------------- names by date


def test_state_force_name_follows_the_event_date(kb):
    assert kb.acled_name("Police Forces of Kenya", dt.date(2020, 3, 1)) == "Police Forces of Kenya (2013-2022)"
    assert kb.acled_name("Police Forces of Kenya", dt.date(2023, 3, 1)) == "Police Forces of Kenya (2022-)"
    assert kb.acled_name("Military Forces of Mali", dt.date(2021, 6, 1)) == "Military Forces of Mali (2021-)"
    assert kb.acled_name("Military Forces of Mali", dt.date(2019, 6, 1)) == "Military Forces of Mali (2013-2020)"


def test_an_undated_event_takes_the_current_period(kb):
    assert kb.acled_name("Military Forces of Nigeria", None) == "Military Forces of Nigeria (2023-)"


def test_curated_state_forces_take_acled_names(kb):
    assert kb.acled_name("United States Armed Forces", dt.date(2023, 5, 1)) == (
        "Military Forces of the United States (2021-2025)"
    )
    assert kb.acled_name("Israel Defense Forces", dt.date(2024, 1, 1)) == "Military Forces of Israel (2022-)"


def test_a_defunct_force_keeps_the_name_of_its_last_regime(kb):
    # the republic's army after the Taliban takeover is not the Taliban's "Military Forces of Afghanistan (2021-)"
    assert kb.acled_name("Afghan National Army", dt.date(2023, 1, 1)) == "Military Forces of Afghanistan (2014-2021)"


def test_names_outside_the_state_forces_stay_as_they_are(kb):
    on = dt.date(2023, 1, 1)
    for name in ("Taliban", "Rapid Support Forces", "Civilians (Kenya)", "Protesters (Kenya)",
                 "National Directorate of Security", "Military Forces of Kenya (2022-)"):
        assert kb.acled_name(name, on) == name
    # a country without periods in the data keeps the undated name
    assert kb.acled_name("Military Forces of Iceland", on) == "Military Forces of Iceland"


def test_dated_names_resolve_to_state_forces_of_their_country(kb):
    entry = kb.get("Police Forces of Kenya (2013-2022)")
    assert entry is not None and entry.country == "KEN" and entry.inter == 1 and entry.type == "State forces"
    older = kb.get("Police Forces of Kenya (1999-2003)")  # a period the data does not list
    assert older is not None and older.country == "KEN" and older.inter == 1


def test_generic_actors_keep_their_country(kb):
    assert kb.generic_actor("communal_militia", "NGA").name == "Unidentified Communal Militia (Nigeria)"
    assert kb.generic_actor("communal_militia", "NGA").inter == 4
    assert kb.generic_actor("rioters", "COD").name == "Rioters (Democratic Republic of Congo)"


def test_fused_actor_fields_are_named_on_the_event_date():
    fields = {"actor1": "Police Forces of Kenya", "actor2": "Protesters (Kenya)", "claimed_by": None,
              "assoc_actor_1": ["Military Forces of Kenya", "Military Forces of Kenya (2013-2022)"],
              "assoc_actor_2": []}  # fmt: skip
    named = acled_actor_names(fields, dt.date(2019, 7, 1))
    assert named == {"actor1": "Police Forces of Kenya (2013-2022)", "actor2": "Protesters (Kenya)",
                     "claimed_by": None, "assoc_actor_1": ["Military Forces of Kenya (2013-2022)"],
                     "assoc_actor_2": []}  # fmt: skip


# ---------------------------------------------------------------- evaluation keeps older names


@pytest.mark.parametrize(
    "gold",
    ["United States Armed Forces", "US forces", "Military Forces of the United States"],
)
def test_a_gold_written_with_an_older_name_matches_the_acled_name(gold):
    predicted = {"actor1": "Military Forces of the United States (2021-2025)", "actor2": None}
    assert actor_matches({"actor1": [gold]}, predicted)


def test_two_countries_forces_never_match():
    predicted = {"actor1": "Military Forces of Kenya (2022-)", "actor2": None}
    assert not actor_matches({"actor1": ["Military Forces of Uganda"]}, predicted)
    assert not actor_matches({"actor1": ["Police Forces of Kenya"]}, predicted)


# ---------------------------------------------------------------- actors in sentences


def test_a_named_group_is_the_doer_when_the_parse_finds_none():
    # a headline whose parse takes "IS" for a verb: the group must not become an unidentified one
    events = events_of("IS executes 15 men in Der-Ezzor", "2017-06-01")
    assert [(e.actor1, e.actor2) for e in events] == [("Islamic State", "Civilians (Syria)")]


def test_the_victim_group_is_never_made_the_doer():
    events = events_of("Airstrikes killed 20 al-Shabaab fighters in Jilib, Somalia on Monday.", "2024-03-05")
    assert [(e.actor1, e.actor2) for e in events] == [(None, "al-Shabaab")]


def test_police_dispersing_protesters_are_actor2_of_the_protest():
    events = events_of("Police dispersed protesters with tear gas in Nairobi on Tuesday.", "2024-06-26")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya")
    ]


def test_the_ledger_and_acled_export_carry_dated_names_and_codes(tmp_path):
    store = open_store(str(tmp_path / "ledger.db"))
    text = "Police fired tear gas at protesters in Nairobi on Tuesday, 25 June 2024."
    ingest_items([RawDocument(origin="t", text=text, input_id="k1", published="2024-06-26")], store)
    out = io.StringIO()
    write_export(store, "acled-csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["actor1"], r["inter1"], r["actor2"], r["inter2"], r["interaction"]) for r in rows] == [
        ("Protesters (Kenya)", "6", "Police Forces of Kenya (2022-)", "1", "16")
    ]
    assert "Police Forces of Kenya (2022-)" in {a.name for a in store.iter_actors()}


def test_an_undated_event_takes_the_date_of_its_first_report():
    fields = {"actor1": "Military Forces of Syria", "actor2": None}
    named = acled_actor_names(fields, None, ["2017-05-02", None, "2017-04-30"])
    assert named["actor1"] == "Military Forces of Syria (2000-2024)"  # not the (2024-) of today
    assert acled_actor_names(fields, None, [None])["actor1"] == "Military Forces of Syria (2024-)"


def test_a_group_in_a_relative_clause_is_no_doer_of_the_next_incident():
    # "The Fano, a loose network of militias that fought ...": a description of the group, not an incident
    events = events_of(
        "The Fano, a loose network of Amhara militias that fought alongside federal troops during the war, "
        "turned against the government in 2023.",
        "2025-04-10",
    )
    assert all(e.actor1 != "Fano" for e in events)


def test_both_sides_named_together_as_the_subject_of_a_clash():
    events = events_of("MNDAA and Myanmar army clashed on Laukkai", "2016-03-01")
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Myanmar National Democratic Alliance Army", "Military Forces of Myanmar")
    ]


@pytest.mark.parametrize(
    ("alias", "name"),
    [("LRA", "Lord's Resistance Army"), ("Zetas", "Los Zetas"), ("KIO", "Kachin Independence Army"),
     ("EIGS", "Islamic State Sahel Province"), ("ASG", "Abu Sayyaf Group"), ("anti-Balaka", "Anti-Balaka")],
)
def test_groups_of_the_ucdp_dev_headlines_are_known(kb, alias, name):
    entry = kb.lookup(alias)
    assert entry is not None and entry.name == name and entry.type in non_state_armed_types()


def test_ethnic_militias_are_an_unidentified_communal_militia_of_the_country():
    events = events_of(
        "Ethnic militias attacked the village of Kwaghir in Benue state, Nigeria, on Monday, killing 12 people.",
        "2024-03-01",
    )
    assert [e.actor1 for e in events] == ["Unidentified Communal Militia (Nigeria)"]


def test_violence_and_civilian_targeting_are_columns_of_the_taxonomy():
    from eventledger.kb.taxonomy import civilian_targeting_event_types, is_violent, violent_event_types

    assert violent_event_types() == {"Battles", "Explosions/Remote violence", "Violence against civilians"}
    assert civilian_targeting_event_types() == {"Explosions/Remote violence", "Violence against civilians"}
    assert is_violent("Grenade") and not is_violent("Arrests") and not is_violent("Peaceful protest")


def test_protesters_who_clash_with_police_are_rioters():
    events = events_of("Protesters clashed with police in Nairobi on Tuesday.", "2024-06-26")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")
    ]


def test_a_crowd_keeps_the_country_it_was_named_with():
    from eventledger.extract.event_roles import crowd_actor

    assert crowd_actor("Riots", "Protesters (Kenya)", "Police Forces of Kenya", None) == (
        "Rioters (Kenya)", "Police Forces of Kenya"
    )
    assert crowd_actor("Protests", "Police Forces of Kenya", "Protesters (Kenya)", None) == (
        "Protesters (Kenya)", "Police Forces of Kenya"
    )


def test_a_compound_of_two_group_names_is_one_side():
    events = events_of(
        "The ministry announced that four PKK/YPG militants who opened fire on a border post in Hatay, Turkey, "
        "were neutralized.",
        "2023-02-10",
    )
    sides = {frozenset({e.actor1, e.actor2}) for e in events}
    assert frozenset({"Kurdistan Workers' Party", "People's Protection Units"}) not in sides


def test_violence_against_civilians_has_civilian_victims_when_none_are_named():
    from eventledger.extract.event_roles import crowd_actor

    assert crowd_actor("Violence against civilians", "FARC Dissidents", None, "Colombia") == (
        "FARC Dissidents", "Civilians (Colombia)"
    )
    # a named victim stays; other event types keep an empty actor2
    assert crowd_actor("Violence against civilians", "Houthis", "Journalists (Yemen)", "Yemen")[1] == (
        "Journalists (Yemen)"
    )
    assert crowd_actor("Battles", "Fano", None, "Ethiopia") == ("Fano", None)


def test_counted_militants_after_the_one_named_group_are_that_group():
    events = events_of(
        "Al Shabaab has stepped up its operations around Jilib in Somalia this year. On Monday, soldiers "
        "killed ten militants near the town, an army officer said.",
        "2024-06-03",
    )
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Somalia", "al-Shabaab")]


def test_militants_stay_unidentified_when_the_article_names_two_groups_or_says_unidentified():
    text = ("Boko Haram and ISWAP are active in Borno, Nigeria. On Monday ten militants attacked Dikwa, "
            "killing five civilians.")
    assert [e.actor1 for e in events_of(text, "2024-03-01")] == ["Unidentified Armed Group (Nigeria)"]
    text = ("Al Shabaab often attacks bases in Somalia. On Monday unidentified militants killed three "
            "civilians in Afgooye.")
    assert "al-Shabaab" not in {e.actor1 for e in events_of(text, "2024-03-01")}


def test_a_victims_clause_may_name_the_attackers():
    # "fighters killed in targeting by ISIS cells": the clause on the victims names who attacked them
    events = events_of("2 SDF fighters killed in targeting by ISIS cells near Raqqa, Syria", "2018-06-03")
    assert [(e.actor1, e.actor2) for e in events] == [("Islamic State", "Syrian Democratic Forces")]


def test_the_subject_of_a_verb_governing_the_event_does_it():
    events = events_of(
        "The regime forces deliberately burn more crops by renewed shelling on the countryside of Hama, Syria",
        "2019-06-01",
    )
    assert [e.actor1 for e in events] == ["Military Forces of Syria"]


def test_a_subject_of_another_clause_does_not_do_the_killing():
    text = ("Last Tuesday ISWAP fighters overran the army base at Marte in Borno, Nigeria. As far as we know "
            "eleven soldiers were killed, and the fighters carried away weapons before the air force came.")
    assert all(e.actor1 != "Military Forces of Nigeria" for e in events_of(text, "2025-03-10"))


def test_a_hyphenated_government_modifier_is_no_government_actor():
    events = events_of(
        "On Sunday, fighting erupted in Hays district, in Al Hudaydah province, Yemen, when Houthi fighters "
        "attacked positions of the government-allied Giants Brigades.",
        "2024-12-10",
    )
    assert [(e.actor1, e.actor2) for e in events] == [("Houthis", "Giants Brigades")]


def test_terrorists_killed_in_a_strike_on_a_named_group_are_that_group():
    text = ("Boko Haram abducted 14 women near Gamboru, Borno, Nigeria, on Sunday. Meanwhile, the air force said "
            "its fighter jets had struck ISWAP hideouts near Baga on Tuesday, killing dozens of terrorists.")
    strikes = [e for e in events_of(text, "2026-03-11") if e.sub_event_type == "Air/drone strike"]
    assert [e.actor2 for e in strikes] == ["Islamic State West Africa Province"]
