"""The event-type classifier: clear unseen sentences per type (news and dated-note style), the `classify`
line format, speed, and validation data kept apart from training data."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pytest

from eventledger.extract.classifier import (
    classify_lines,
    classify_text,
    score_text,
    stem,
    text_features,
)
from eventledger.kb.taxonomy import sub_event_types

# Written for this test only: none of these is in the training files (checked below).
CLEAR_SENTENCES = {
    "Armed clash": [
        "Soldiers and Islamist insurgents fought a three-hour gun battle outside Damasak on Thursday.",
        "On 3 June 2020, Al Shabaab militants and SNA forces clashed near Afgooye. 2 soldiers were killed.",
    ],
    "Government regains territory": [
        "Government troops recaptured the market town of Kalemie from the rebels on Sunday.",
    ],
    "Non-state actor overtakes territory": [
        "Jihadist fighters seized the town of Tessalit after the army abandoned its camp.",
    ],
    "Chemical weapon": [
        "Doctors said the victims of the chlorine gas attack on the suburb struggled to breathe.",
    ],
    "Air/drone strike": [
        "A military drone struck a pickup truck carrying insurgents near Jamaame, killing four.",
    ],
    "Suicide bomb": [
        "A suicide bomber detonated his explosive vest outside a police academy in Kabul, killing nine.",
    ],
    "Shelling/artillery/missile attack": [
        "Rebel mortar shells slammed into a residential street of the city, wounding six residents.",
        "On 5 June 2022, Russian forces shelled Sloviansk with rocket launchers. 2 civilians were killed.",
    ],
    "Remote explosive/landmine/IED": [
        "A roadside bomb ripped through an army truck near Bama, killing two soldiers.",
    ],
    "Grenade": [
        "An attacker hurled a hand grenade into a crowded tea shop in Baramulla, injuring seven.",
    ],
    "Sexual violence": [
        "Militia fighters raped several women from the village during the night raid.",
    ],
    "Attack": [
        "Gunmen on motorbikes shot dead eleven villagers working in their fields near Bankass.",
        "On 16 April 2021, unidentified gunmen shot and killed a school headmaster in Kasese.",
    ],
    "Abduction/forced disappearance": [
        "Armed men kidnapped a priest and two seminarians from their parish house in Kogi state.",
    ],
    "Peaceful protest": [
        "Several hundred nurses marched peacefully to the health ministry to demand their unpaid wages.",
        "On 9 May 2021, about 40 nurses demonstrated in Blantyre over unpaid risk allowances.",
    ],
    "Protest with intervention": [
        "Riot police fired tear gas to disperse university students protesting against higher fees.",
        "On 7 August 2020, police dispersed a demonstration of street vendors in Lusaka and arrested six.",
    ],
    "Excessive force against protesters": [
        "Soldiers opened fire on peaceful demonstrators in the capital, killing five protesters.",
    ],
    "Violent demonstration": [
        "Angry protesters torched the district police station and stoned officers in the town.",
        "On 2 July 2021, protesters threw stones at police and burned a bus in Mbale.",
    ],
    "Mob violence": [
        "An angry mob lynched two men accused of stealing goats in the village.",
    ],
    "Agreement": [
        "The government and the rebel coalition signed a ceasefire agreement in the capital of Qatar.",
    ],
    "Arrests": [
        "Police arrested an opposition spokesman at his home and charged him with sedition.",
        "On 20 May 2021, police arrested an opposition councillor in Bulawayo.",
    ],
    "Change to group/activity": [
        "Two hundred insurgents surrendered to the army and handed over their weapons.",
    ],
    "Disrupted weapons use": [
        "Bomb disposal experts defused an explosive device found near the bus terminal.",
    ],
    "Headquarters or base established": [
        "The army set up a new military base in the district to protect farmers.",
    ],
    "Looting/property destruction": [
        "Armed men looted shops in the village and set fire to the granaries; no one was hurt.",
    ],
    "Non-violent transfer of territory": [
        "The rebels withdrew from the town under the deal and the army moved in without a fight.",
    ],
    "Other": [
        "The authorities imposed a dusk-to-dawn curfew and declared a state of emergency in the province.",
    ],
    "Attribution of responsibility": [
        "The Islamic State claimed responsibility for the attack in a statement posted online.",
    ],
    "Diplomatic event": [
        "The foreign ministry expelled the ambassador and recalled its own envoy for consultations.",
    ],
    "Organized crime": [
        "Police seized three tonnes of cocaine hidden in a banana shipment and arrested two traffickers.",
    ],
    "Natural disaster": [
        "A powerful earthquake of magnitude 6.8 struck the mountain region, killing dozens.",
    ],
    "Man-made disaster": [
        "A fire broke out at a plastics factory overnight, killing eleven workers trapped inside.",
    ],
}


TRAINING_FILES = ("handwritten.tsv", "notes.tsv", "generated.tsv")
VALIDATION_DIR = Path(__file__).resolve().parent.parent / "devdata" / "classifier"


def _read_rows(text: str) -> list[tuple[str, str]]:
    lines = [line for line in text.splitlines()[1:] if line.strip() and not line.startswith("#")]
    return [(row[0], row[1]) for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


@pytest.fixture(scope="module")
def training_texts() -> set[str]:
    package = resources.files("eventledger.data.training")
    return {
        text for name in TRAINING_FILES for _, text in _read_rows(package.joinpath(name).read_text(encoding="utf-8"))
    }


def test_every_type_has_a_clear_sentence_and_none_is_in_training_data(training_texts):
    assert set(CLEAR_SENTENCES) == set(sub_event_types())
    assert not {s for sentences in CLEAR_SENTENCES.values() for s in sentences} & training_texts


@pytest.mark.parametrize("name", ["validation.tsv", "validation_long.tsv", "holdout.tsv"])
def test_validation_sets_are_labelled_with_taxonomy_types_and_kept_out_of_training(name, training_texts):
    rows = _read_rows((VALIDATION_DIR / name).read_text(encoding="utf-8"))
    assert len(rows) >= 100
    assert {label for label, _ in rows} <= set(sub_event_types())
    assert not {text for _, text in rows} & training_texts


@pytest.mark.parametrize(
    ("expected", "sentence"),
    [(label, s) for label, sentences in CLEAR_SENTENCES.items() for s in sentences],
)
def test_clear_unseen_sentence_is_classified_right(expected, sentence):
    assert classify_text(sentence) == expected


def test_most_severe_part_decides_protest_with_killings():
    text = (
        "Thousands marched through the city to demand the release of political prisoners. "
        "Security forces then opened fire on the peaceful crowd, killing four demonstrators."
    )
    assert classify_text(text) == "Excessive force against protesters"


def test_scores_are_probabilities_over_all_types():
    scores = score_text("Militants shelled the town overnight.")
    assert set(scores) == set(sub_event_types())
    assert sum(scores.values()) == pytest.approx(1.0)
    assert max(scores, key=scores.get) == classify_text("Militants shelled the town overnight.")


@pytest.mark.parametrize("text", ["", "   ", "12345", "the of and", "Qwzx blorp fnarg."])
def test_never_empty_and_always_a_taxonomy_type(text):
    assert classify_text(text) in sub_event_types()


def test_deterministic():
    text = "Gunmen abducted 12 passengers on the highway."
    assert {classify_text(text) for _ in range(5)} == {classify_text(text)}
    assert score_text(text) == score_text(text)


def test_classify_lines_format_ids_missing_ids_and_blank_lines():
    lines = [
        "a1\tA suicide bomber blew himself up at a checkpoint, killing six soldiers.\n",
        "\n",
        "An earthquake of magnitude 7.1 shook the coast, killing 40 people.\n",
        "   \n",
        "x\ty\tPolice arrested a journalist in the capital.\r\n",
    ]
    out = list(classify_lines(lines))
    assert out == [
        "a1\tSuicide bomb",
        "3\tNatural disaster",  # no tab: the ID is the line number, counted over all lines
        "x\t" + classify_text("y\tPolice arrested a journalist in the capital."),
    ]
    assert all(line.count("\t") == 1 and line.split("\t")[1] for line in out)


def test_stem_merges_inflections():
    assert stem("killed") == stem("kills") == stem("killing") == "kill"
    assert stem("seized") == stem("seize") == stem("seizing")
    assert stem("protesters") == "protester"


def test_keyword_groups_and_first_actor_features():
    features = text_features("The army recaptured the town from the rebels.")
    assert "g:regain" in features
    assert "fa:military" in features  # the army is named before the rebels
    assert "fa:armed_group" not in features


def test_local_cue_features_read_word_order():
    negated = text_features("Militants set fire to the school overnight; no one was injured.")
    assert "neg:injure" in negated
    assert "neg:injure" not in text_features("Militants set fire to the school; five pupils were injured.")
    crackdown = text_features("Two protesters were shot dead by police during the march.")
    assert "by:military" in crackdown  # the passive agent comes after the verb
    assert "near:crowd+kill" in crackdown
    assert "num:kill" in text_features("The blast killed 12 people.")
    assert "num:kill" not in text_features("The blast killed people in the market.")
