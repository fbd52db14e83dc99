"""Words two reports share that single out no incident: a nationality ("Turkish" is the Turkish army, weighed
as an actor), and a place's own name written without its apostrophes ("Ras al-Ayn" for Ra's al 'Ayn).
Reports written here; the case is the UCDP GED dev pair of a Turkish air strike and an SDF counter-attack in
Ras al-Ayn three days apart, fused on "turkish" and "ras"."""

from __future__ import annotations

import datetime as dt

from eventledger.fuse import same_event
from eventledger.fuse.coreference import _words_beyond_places
from eventledger.fuse.wording import distinctive_shared_words
from eventledger.models import EventMention, Place

SATURDAY = dt.date(2019, 10, 12)
RAS_AL_AYN = Place("Ra's al 'Ayn", "Syria", "SYR", "Al-Hasakeh", "Ra's al 'Ayn", latitude=36.85, longitude=40.07,
                   geo_precision=1, geonameid=170017)  # fmt: skip


def report(mention_id: str, evidence: str, **fields: object) -> EventMention:
    base: dict[str, object] = {
        "mention_id": mention_id, "document_id": mention_id.split("#")[0], "event_type": "Battles",
        "sub_event_type": "Armed clash", "evidence": evidence, "start": 0, "end": 1, "date": SATURDAY,
        "time_precision": 2, "place": RAS_AL_AYN, "actor1": "Military Forces of Turkey",
        "actor2": "Syrian Democratic Forces",
    }  # fmt: skip
    base.update(fields)
    return EventMention(**base)  # type: ignore[arg-type]


AIR_RAIDS = report(
    "raids#0", "Turkish jets kept up their raids on Ras al-Ayn as fighting spread to the villages around it.",
    event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
)  # fmt: skip
COUNTER_ATTACK = report(
    "counter#0", "The SDF hit back at Turkish troops and their allies west of Ras al-Ayn and took back two posts.",
    date=SATURDAY + dt.timedelta(days=3),
)  # fmt: skip


def test_the_nationality_word_of_a_state_force_is_no_distinctive_wording() -> None:
    # "turkish" names the country whose army the actor comparison already weighs
    assert "turkish" not in distinctive_shared_words(AIR_RAIDS, COUNTER_ATTACK)
    # the nationality of victims no force of the reports belongs to still tells an incident apart
    convoy = [
        report(f"convoy{i}#0", text, place=None, actor1="Baloch Liberation Army", actor2="Civilians (Pakistan)")
        for i, text in enumerate((
            "A suicide bomber rammed a van carrying Chinese engineers near the port.",
            "Two Chinese engineers died when a bomber struck their van.",
        ))
    ]  # fmt: skip
    assert "chinese" in distinctive_shared_words(*convoy)


def test_a_place_name_written_without_its_apostrophes_is_the_place_not_shared_wording() -> None:
    assert "ras" not in _words_beyond_places(AIR_RAIDS, COUNTER_ATTACK)


def test_an_air_raid_and_a_counter_attack_of_one_week_in_one_town_stay_apart() -> None:
    published = (SATURDAY, SATURDAY + dt.timedelta(days=3))
    assert not same_event(AIR_RAIDS, COUNTER_ATTACK, a_published=published[0], b_published=published[1])[0]
    # and two SDF reports of one week there share nothing but the town's name: a group fights there every day
    shelling = report("shelling#0", "SDF fighters shelled positions of the factions west of Ras al-Ayn.",
                      actor1="Syrian Democratic Forces", actor2=None)  # fmt: skip
    retaken = report(
        "retaken#0", "The SDF said it took back a village east of Ras al-Ayn.", actor1="Syrian Democratic Forces",
        actor2=None, sub_event_type="Non-state actor overtakes territory", date=SATURDAY + dt.timedelta(days=3),
    )  # fmt: skip
    assert not same_event(shelling, retaken, a_published=published[0], b_published=published[1])[0]
