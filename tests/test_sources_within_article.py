"""Each source's own figure within one article: a lead's toll and another speaker's later in the text.

"Gunmen killed 11 people ..., residents said." then "Police ... said nine people were killed." is one
article with two sources' figures for one incident: its source entry keeps the lead's figure as the
article's own and the other speaker's beside it (``other_figures``), the notes show both, and the event's
``fatalities`` is the lowest credible one (ACLED). A claimant's figure stays the claimant's, and a war's
toll over years is no figure of the incident. Real ingest into a real SQLite ledger.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ledger_helpers import ingest_texts, told_by

from eventledger.fuse import DocumentMeta, fuse_event
from eventledger.models import EventMention, Place

ARTICLES = {
    # wire style: the police spokesman's lower figure two paragraphs on
    "wire-hurti": (
        "Gunmen kill 11 in central Nigerian village\n\n"
        "Gunmen killed 11 people in Hurti village in Benue State on Sunday night, residents said.\n\n"
        "The attackers arrived on motorcycles and set fire to several homes and a church.\n\n"
        "Police spokesman Alfred Alabo confirmed the attack and said nine people were killed.\n\n"
        "The attackers fled before soldiers arrived."
    ),
    # local style: the ministry's toll told without a reporting verb ("gave a lower toll of")
    "local-syria": (
        "Shelling kills dozens in Idlib market\n\n"
        "At least 45 people were killed when artillery shells hit a crowded market in Maarat al-Numan on "
        "Tuesday, according to activists.\n\n"
        "The health ministry gave a lower toll of 30 dead and 80 wounded.\n\n"
        "Residents said the market had been busy ahead of the holiday."
    ),
    # translated style: a quoted official's provisional toll after "at least twenty"
    "translated-mali": (
        "Attack in the centre: at least twenty dead\n\n"
        "At least twenty civilians were killed on Saturday in an attack by armed men on the village of "
        "Ogossagou, in the Mopti region, according to local sources.\n\n"
        '"The provisional toll is 21 dead," a local official told AFP.\n\n'
        "The army has deployed reinforcements to the area."
    ),
    # translated style: a governor's communique
    "translated-dablo": (
        "Centre-Nord: deadly attack in Dablo\n\n"
        "Unidentified armed men attacked the commune of Dablo on Sunday morning, killing 14 people, "
        "according to security sources.\n\n"
        "In a communique, the governor of the Centre-Nord region put the toll at 12 dead.\n\n"
        "The population is called upon to remain calm."
    ),
    # the claimant's figure stays the claimant's; the war's toll since 2017 is no figure of this bombing
    "wire-shabaab": (
        "Bomb kills soldiers in Somalia\n\n"
        "Al-Shabaab said it had killed 11 soldiers in a roadside bombing near Afgoye on Monday.\n\n"
        "Police said three soldiers died in the blast.\n\n"
        "The conflict has killed more than 2,000 people in the region since 2017, according to the UN."
    ),
}

# document → (its own figure, the other speaker's figure, the other speaker as the article names them)
WITHIN = {
    "wire-hurti": (11, 9, "Alfred Alabo"),
    "local-syria": (45, 30, "health ministry"),
    "translated-mali": (20, 21, "a local official"),
    "translated-dablo": (14, 12, "the governor of the Centre-Nord region"),
}


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    tmp_path: Path = tmp_path_factory.mktemp("within")
    return ingest_texts(tmp_path, ARTICLES, published="2024-05-06", source="Test Wire")


def _only_event(events: list[dict], document_id: str) -> dict:
    told = told_by(events, document_id)
    assert len(told) == 1, [e["notes"] for e in told]
    return told[0]


@pytest.mark.parametrize("document_id", sorted(WITHIN))
def test_each_speaker_keeps_its_own_figure(events: list[dict], document_id: str) -> None:
    own, other, speaker = WITHIN[document_id]
    event = _only_event(events, document_id)
    [entry] = [s for s in event["sources"] if s["document_id"] == document_id]
    assert entry["fatalities_min"] == own  # the article's own word stays its lead's
    figures = [(f["attributed_to"], f["fatalities_min"], f["fatalities_max"]) for f in entry["other_figures"]]
    assert figures == [(speaker, other, other)]
    title, lead, *rest = ARTICLES[document_id].split("\n\n")
    assert any(entry["other_figures"][0]["evidence"] in paragraph for paragraph in rest)  # not the lead's


@pytest.mark.parametrize("document_id", sorted(WITHIN))
def test_event_figure_is_the_lowest_credible_and_notes_show_both(events: list[dict], document_id: str) -> None:
    own, other, speaker = WITHIN[document_id]
    event = _only_event(events, document_id)
    assert event["fatalities"] == min(own, other)
    assert event["fatalities_max"] == max(own, other)
    assert f"{speaker}: {other}" in event["notes"]
    assert "Sources differ" in event["notes"]


def test_claimant_and_war_toll_are_no_other_figure(events: list[dict]) -> None:
    event = _only_event(events, "wire-shabaab")
    [entry] = event["sources"]
    assert (entry["fatalities_min"], entry["claimant_fatalities_min"]) == (3, 11)
    assert entry["other_figures"] == []  # neither the claim of 11 nor the 2,000 dead since 2017
    assert event["fatalities"] == 3


HURTI = Place(name="Hurti", country="Nigeria", iso3="NGA", admin1="Benue", geo_precision=1)


def _report(mention_id: str, start: int, low: int, said: str, **fields: object) -> EventMention:
    return EventMention(
        mention_id=mention_id, document_id=mention_id.split("#")[0], event_type="Violence against civilians",
        sub_event_type="Attack", evidence=f"{said} said {low} people were killed in Hurti.", start=start,
        end=start + 40, date=dt.date(2024, 5, 5), time_precision=1, place=HURTI,
        actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)", fatalities_min=low,
        fatalities_max=low, attributed_to=said, **fields,  # type: ignore[arg-type]
    )  # fmt: skip


def test_a_second_report_of_the_article_keeps_its_speakers_figure() -> None:
    # the article tells the attack twice (the residents' 11 in its lead, the police's nine further on) and
    # another outlet's report chains both into the event: the article stays one source, with both figures
    lead = _report("a#0", 0, 11, "residents")
    police = _report("a#1", 300, 9, "police")
    recalled = _report("a#2", 500, 4, "a medic", background=True)  # an earlier toll, superseded
    other = _report("b#0", 0, 10, "the state government")
    documents = {
        "a": DocumentMeta("a", "Benue Courier", None, "2024-05-06"),
        "b": DocumentMeta("b", "Lagos Wire", None, "2024-05-06"),
    }
    event = fuse_event([lead, police, recalled, other], documents)
    assert [(s.document_id, s.fatalities_min) for s in event.sources] == [("a", 11), ("b", 10)]
    assert [(f["attributed_to"], f["fatalities_min"]) for f in event.sources[0].other_figures] == [("police", 9)]
    assert event.sources[1].other_figures == []
    assert (event.fatalities, event.fatalities_max) == (9, 11)
    assert "residents: 11; police: 9; the state government: 10" in event.notes
    assert fuse_event([other, recalled, police, lead], documents) == event
