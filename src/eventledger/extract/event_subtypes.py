"""An incident's sub-event type: the most specific candidate its triggers share, refined by what was
seized, by cue words, by who was hit, and (within one event type) by the classifier."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from eventledger.extract.classifier import score_text
from eventledger.extract.event_actor_names import ArticleContext
from eventledger.extract.event_lexicon import VIOLENT_FAMILIES, cue, gathering_trigger_words, type_rank
from eventledger.extract.event_merge import is_civilians
from eventledger.extract.event_parse import is_passive, reporting_verbs
from eventledger.extract.event_roles import roles
from eventledger.extract.event_triggers import Hit
from eventledger.kb.actors import ActorKB, armed_types, load_actor_kb
from eventledger.kb.taxonomy import event_type_of

# verbs whose sense comes from what was taken: people (an abduction, an arrest), weapons, or ground
SEIZE_WORDS = frozenset({"seize", "capture", "take"})


TERRITORY_TYPES = ("Non-state actor overtakes territory", "Government regains territory")


def seizure_candidates(
    ctx: ArticleContext, group: list[Hit], candidates: list[str]
) -> tuple[list[str], bool]:
    """'seized/captured' takes its sense from what was taken: people (an abduction, or arrests by state
    forces), weapons (disrupted weapons use), else ground (territory). Ground taken outranks the
    fighting that won it (ACLED codes the change of control, not the clash). Also says whether what was taken
    (people, weapons) decided it: the parse then outranks a model that reads the verb as ground taken."""
    seize = next((h for h in group if h.trigger.family == "territory" and h.head.pos_ == "VERB"), None)
    if seize is None:
        return candidates, False
    agent, taken = roles(seize)
    ground = [c for c in seize.trigger.candidates if c in TERRITORY_TYPES]
    fights = [h for h in group if h is not seize and h.trigger.family in VIOLENT_FAMILIES]
    if taken is None and fights and any(_shares_the_object(seize.head, h.head) for h in fights):
        # "soldiers capture and kill a pastor": one taken and killed; the killing is the event
        return choose_candidates(fights), True
    if taken is None or seize.trigger.words[0] not in SEIZE_WORDS:
        return ground or candidates, False
    lemma = taken.lemma_.lower()
    if lemma in cue("seized_weapon") and (arrests := [h for h in group if h.trigger.family == "arrest"]):
        # "he was detained ... and agents seized two pistols and a laptop": what an arrest found is part of it
        return choose_candidates(arrests), True
    if lemma in cue("seized_weapon"):
        # "killed 45 soldiers and seized weapons": weapons taken in a fight are its spoils, the fight is the event
        # (a weapon's own word is no fight: "explosive devices designed to be dropped from drones"; nor is the raid
        # that found them: "seized weapons in a raid in Kano")
        fought = [h for h in fights if h.trigger.alone and h.trigger.words[0] != "raid"]
        return (choose_candidates(fought) if fought else ["Disrupted weapons use"]), True
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in cue("held_ground_verb") for c in taken.children):
        return ground or candidates, False  # "seizes Taungyoe, stationed by TNLA insurgents": a position, not a person
    # a bare count taken ("kill 3, seize 5") counts people: ground and goods are named
    counted = taken.like_num and taken.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY")
    # "captured a rebel commander", "seized two suspected arms dealers": a fighter or a suspect is a person taken;
    # taken in a fight ("killed ten militants and captured three"), the fight is the event
    armed = lemma in cue("member_noun") or lemma in cue("armed_rank") or lemma in cue("generic_actor")
    if armed and any(h.trigger.alone and h.trigger.words[0] != "raid" for h in fights):
        return choose_candidates(fights), True
    if (
        armed or lemma in cue("seized_person") or taken.ent_type_ == "PERSON" or lemma in cue("civilian_noun")
        or counted
    ):  # fmt: skip
        name = ctx.actor_name(agent, ctx.default_country)[0] if agent is not None else None
        entry = load_actor_kb().get(name) if name else None
        state = entry is not None and entry.type == "State forces"
        return (["Arrests"] if state else ["Abduction/forced disappearance"]), True
    return ground or candidates, False


def _shares_the_object(seize: Any, other: Any) -> bool:
    """ "capture and kill a pastor": the verbs are conjoined and the second one's object is the first one's."""
    joined = other.dep_ == "conj" and other.head.i == seize.i
    return joined and any(c.dep_ == "dobj" for c in other.children)


def choose_candidates(group: list[Hit]) -> list[str]:
    if foiled_with_losses(group):
        group = [h for h in group if h.trigger.family != "disrupted"]
    if strike_inside_an_assault(group):
        group = [h for h in group if h.trigger.family != "explosion"]
    ranked = sorted(group, key=lambda h: (-h.trigger.specificity, -type_rank(h.trigger.candidates[0])))
    candidates = list(ranked[0].trigger.candidates)
    for hit in ranked[1:]:
        common = [c for c in candidates if c in hit.trigger.candidates]
        candidates = common or candidates
    return candidates


CUED_SUB_TYPES = {"Air/drone strike": "air_word", "Suicide bomb": "suicide_word"}
# strikes from afar that ACLED folds into the fight they are part of (a planted bomb or a suicide bomber
# decides the type: event_merge.EXPLOSIVE_DEVICES)
REMOTE_STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


def strike_inside_an_assault(group: list[Hit]) -> bool:
    """ "attacked the police station with rifle fire and drones loaded with explosives": drones or shells used
    in an assault that also fires directly are part of that assault, coded by who was hit (ACLED: "a battle
    that includes an airstrike is one Battles event")."""
    remote = [h for h in group if h.trigger.family == "explosion" and h.trigger.candidates[0] in REMOTE_STRIKES]
    assault = [h for h in group if h.trigger.family == "violence" and h.trigger.alone]
    if not remote or not assault:
        return False
    sentence = group[0].head.sent
    return any(t.lemma_.lower() in cue("direct_fire_word") or t.lower_ in cue("direct_fire_word") for t in sentence)


def foiled_with_losses(group: list[Hit]) -> bool:
    """'Two militants were killed as the army foiled an infiltration bid': an attack stopped by fighting is a
    battle; only a weapon stopped ("defused a bomb", "intercepted drones") is disrupted weapons use."""
    weapons = cue("seized_weapon").keys() | cue("weapon_noun").keys() | cue("striking_weapon").keys()
    stopped = [
        obj for h in group if h.trigger.family == "disrupted" and h.head.pos_ == "VERB"
        for obj in h.head.children if obj.dep_ in ("dobj", "nsubjpass")
    ]
    killing = any(h.trigger.family == "violence" and h.trigger.alone for h in group)
    return killing and bool(stopped) and not any(o.lemma_.lower() in weapons for o in stopped)


def supported_by_cues(candidates: list[str], text: str) -> list[str]:
    """A bare "bombing" is an air strike only when the sentence names aircraft, a suicide bombing only
    when it names the suicide; otherwise the device was planted (IED), the commonest case."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    kept = [c for c in candidates if c not in CUED_SUB_TYPES or words & cue(CUED_SUB_TYPES[c]).keys()]
    return kept or candidates


def pick_sub_type(
    candidates: list[str], text: str, civilian: bool, actor2: str | None, group: list[Hit]
) -> tuple[str, float]:
    if "Attack" in candidates and "Armed clash" in candidates:
        if civilian:
            return "Attack", 0.8
        if actor2 and not actor2.startswith("Civilians"):
            return "Armed clash", 0.7
        if actor2 is None and armed_victims(group):
            return "Armed clash", 0.6
    candidates = supported_by_cues(candidates, text)
    if len(candidates) == 1:
        return candidates[0], 0.8
    # the classifier only chooses within the leading event type: a lone "arrested" stays Arrests, and a
    # protest's intervention comes from its own trigger words, not from the classifier's guess
    candidates = [c for c in candidates if event_type_of(c) == event_type_of(candidates[0])]
    scores = classifier_scores(text) if len(candidates) > 1 else {}
    if not scores:
        return candidates[0], 0.5
    best = max(candidates, key=lambda c: scores.get(c, 0.0))
    return best, scores.get(best, 0.0)


def armed_victims(group: list[Hit]) -> bool:
    """'an attack on the camp that cost the lives of twenty soldiers': the ones hit, killed or attacked are
    an armed side (soldiers, police, a base), so the attack is a battle (ACLED), not violence against
    civilians. The attackers' own words ("soldiers attacked ...") do not count."""
    agents = doers(group)
    heads = {hit.head.i for hit in group}
    sentence = group[0].head.sent
    return any(
        (_names_an_armed_side(t) or _serving_rank_hit(t, heads))
        and t.i not in agents and t.head.i not in agents and not _by_agent(t)
        and (t.dep_ not in ("nsubj", "compound", "poss") or _names_members(t) or _subject_of_passive(t))
        and not _owned_by_another_noun(t.head if _names_members(t) else t, heads)
        and not _a_former_member(t)
        for t in sentence
    )


def burns_people(group: list[Hit]) -> bool:
    """ "gunmen burned a man alive", "set two children on fire": a verb of burning whose object is people is
    violence against them (ACLED: an attack), not the destruction of property."""
    people = cue("civilian_noun")
    return any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in people or c.lower_ in people)
        for hit in group
        if hit.trigger.family == "property" and hit.head.pos_ == "VERB" and hit.head.lemma_.lower() in _BURNING
        for c in hit.head.children
    )


_BURNING = frozenset({"burn", "torch", "set"})  # "set fire to", "set ... on fire"


def _a_former_member(token: Any) -> bool:
    """ "soldiers lynch ex-rebel", "a former soldier was shot": one who has left an armed side is no side."""
    if any(c.lower_.strip("-") in cue("former_rank") for c in token.children):
        return True
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in cue("former_rank")  # the tagger splits "ex-"


def _names_an_armed_side(token: Any) -> bool:
    """A word for an armed side's men or posts ("soldiers", "hitman", "checkpoint"; "gang" or "cartel" only
    where its members are named: "gang members"), not one that civilians own ("an aid convoy", "a security
    guard")."""
    if token.lemma_.lower() in cue("armed_group_noun"):
        return _names_members(token)
    if token.lemma_.lower() not in cue("armed_victim") and token.lower_ not in cue("armed_victim"):
        return False
    return not _civilians_own(token) and not _a_civilian_guard(token)


def _a_civilian_guard(token: Any) -> bool:
    """ "a security guard", "the night guard": a guard no armed side employs."""
    return token.lemma_.lower() == "guard" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in cue("civilian_guard") for c in token.children
    )


def _by_agent(token: Any) -> bool:
    """ "shot and killed by unidentified gunmen": the one named after a passive's "by" did it."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _civilians_own(token: Any) -> bool:
    """ "an aid convoy", "a convoy of fleeing villagers", "the MSF convoy": an installation or a convoy that
    may be an armed side's, owned or qualified by civilians or an aid group, names no armed side (people
    keep their word: "civilian fighters" are fighters)."""
    if token.lemma_.lower() not in cue("installation"):
        return False
    words = cue("civilian_noun").keys() | cue("civilian_qualifier").keys()
    qualifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    qualifiers += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]  # fmt: skip
    return any(q.lemma_.lower() in words or q.lower_ in words for q in qualifiers)


def _serving_rank_hit(token: Any, heads: set[int]) -> bool:
    """ "security official killed", "attack including 4 police officers": a service's word before a rank names
    one of an armed side when the one of that rank is what the incident's own word hit (not "police officers
    arrested over the massacre") and no word makes them a former one ("ex-police chief shot dead")."""
    if token.lemma_.lower() not in cue("armed_service") or not _names_members(token):
        return False
    rank = token.head
    if _a_former_member(rank):
        return False
    return (
        rank.i in heads
        or any(c.i in heads and c.dep_ == "acl" for c in rank.children)
        or any(a.i in heads for a in rank.ancestors)
    )


def _subject_of_passive(token: Any) -> bool:
    """ "Moroccan peacekeeper killed in C.Africa": the subject of a headline's passive is the one hit."""
    return token.dep_ == "nsubj" and token.head.pos_ == "VERB" and is_passive(token.head)


def _names_members(token: Any) -> bool:
    """ "six resistance members", "militia members", "rebel leader", "security official": the armed word names
    what the members, or the one of that rank, belong to."""
    rank = token.head.lemma_.lower()
    return (
        token.dep_ == "compound"
        and (rank in cue("member_noun") or rank in cue("armed_rank"))
        and not (token.head.dep_ == "nsubj" and not _subject_of_passive(token.head))
    )


def _owned_by_another_noun(token: Any, heads: set[int]) -> bool:
    """'the sister of a commander', 'a village near the battalion': the armed noun only qualifies another
    noun, which is the one hit; 'an attack on a patrol', 'the lives of two fighters' name the ones hit."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    owner = token.head.head
    return owner.pos_ in ("NOUN", "PROPN") and owner.i not in heads and not (
        owner.lemma_.lower() in cue("loss_noun") or owner.lower_ in cue("quantity")
    )


def classifier_scores(text: str) -> dict[str, float]:
    try:
        return score_text(text)
    except OSError:  # no trained weights shipped
        return {}


def attack_on_an_armed_side(sub_type: str, actor2: str | None, kb: ActorKB, on: dt.date | None) -> bool:
    """ACLED: violence against civilians needs civilian victims. An attack whose target is state forces or an
    armed group ("rebels kill a police officer", "gunmen ambush a patrol") is a battle between armed sides."""
    if sub_type != "Attack" or not actor2 or actor2.startswith("Civilians"):
        return False
    entry = kb.get(actor2)
    return entry is not None and kb.actor_type(entry, on) in armed_types()


def device_made_safe(group: list[Hit]) -> bool:
    """ "troops found and destroyed an IED", "an explosive device was discovered and defused": every explosive
    the incident names is the object of a verb that finds, seizes or makes it safe; nothing went off (ACLED:
    disrupted weapons use)."""
    devices = [h for h in group if h.trigger.family == "explosion" and h.head.pos_ in ("NOUN", "PROPN")]
    if not devices or len(devices) != len(group):
        return False
    return all(_made_safe(h.head) for h in devices)


def _made_safe(device: Any) -> bool:
    if device.dep_ == "conj":  # "found an IED and a grenade"
        device = device.head
    if device.dep_ not in ("dobj", "nsubjpass"):
        return False
    verbs = [device.head, *device.head.conjuncts]  # "found and destroyed", "was discovered and defused"
    return any(v.lemma_.lower() in cue("device_safe_verb") for v in verbs)


def struck_from_the_air(group: list[Hit], sub_type: str) -> bool:
    """'its fighter jets had struck ISWAP hideouts, killing dozens', 'a drone killed four': violence whose
    doer is an aircraft or a drone is an air strike."""
    if event_type_of(sub_type) not in ("Battles", "Violence against civilians", "Explosions/Remote violence"):
        return False
    if sub_type == "Chemical weapon":
        return False  # ACLED: a chemical weapon is coded as such whatever delivered it ("helicopters dropped chlorine")
    air = cue("aircraft")
    for hit in group:
        agent = roles(hit)[0]
        if agent is not None and (agent.lower_ in air or agent.lemma_.lower() in air):
            return True
    return False


def bodies_found(tokens: Any) -> bool:
    """'Six bodies found in Valle Hermoso', 'police discovered the corpse of a man': the dead found with no
    word of who killed them are victims of an attack (ACLED codes them as violence against civilians by an
    unidentified armed group); a grave's dead are the discovery of a grave, a strategic development."""
    # a headline's capitals can keep a word from its lemma ("Clandestine Graves"): the plain lower form counts too
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_.removesuffix("s") for t in tokens}
    # ... and a participle read as an adjective keeps its "-ed" ("Dismembered body left in ..."): its verb counts
    participles = [t.lower_ for t in tokens if t.tag_ == "JJ" and t.lower_.endswith("ed")]
    lemmas |= {form for word in participles for form in (word[:-1], word[:-2])}
    # "Remains" opening a headline is lemmatised as the verb "remain": its own form counts too
    remains = [t for t in tokens if is_remains_word(t)]
    remains = remains or found_dead(tokens)
    if not remains or not _found_outside_a_grave(lemmas):
        return False
    # one body found tells a killing only with its marks ("shot", "bound", "mutilated"); several do by number
    several = any(t.tag_ in ("NNS", "NNPS") or t.lower_ == "remains" for t in remains)
    beheaded = any(t.lemma_.lower() == "head" for t in remains)  # a head found alone is its own mark
    return several or beheaded or bool(lemmas & cue("violence_sign").keys())


def unmarked_body_found(tokens: Any) -> bool:
    """A body, a corpse or remains, and a verb of finding them, outside a grave: the dead that
    ``bodies_found`` leaves to the model's reading for want of a mark of violence."""
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    return any(is_remains_word(t) for t in tokens) and _found_outside_a_grave(lemmas)


def _found_outside_a_grave(lemmas: set[str]) -> bool:
    """A verb of finding among the words, and no grave the dead were found in."""
    return bool(lemmas & cue("find_verb").keys()) and not lemmas & cue("burial_noun").keys()


def is_remains_word(token: Any) -> bool:
    """A word of the dead's remains ("body", "corpse", "remains"), or a head that is one: severed or human
    ("four severed heads found in ice chests", "a human head inside a cooler"), never a head of something."""
    if token.lemma_.lower() in cue("remains_noun") or token.lower_ in cue("remains_noun"):
        return True
    if token.lemma_.lower() != "head" or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    qualifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound")}
    qualifiers |= {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    return bool(qualifiers & (cue("violence_sign").keys() | {"human"}))


def one_body_found(tokens: Any) -> bool:
    """The dead found are one body: a singular word of remains, uncounted or counted as one."""
    remains = [t for t in tokens if is_remains_word(t)]
    return bool(remains) and all(
        t.tag_ == "NN" and all(c.lower_ in ("a", "one", "the") for c in t.children if c.dep_ in ("det", "nummod"))
        for t in remains
    )


def toll_of_violence(tokens: Any) -> Any | None:
    """'Violence in Cancun leaves three people dead', '31 die in drug-related violence', 'unrest claims five
    more victims': a day's violence, named by no word of its own kind, told with its dead. Returns the word of
    violence. A war or an insurgency that killed is a cumulative toll (event_filters.conflict_subject)."""
    for token in tokens:
        if token.lemma_.lower() not in cue("violence_episode_noun"):
            continue
        head = token.head
        if (
            token.dep_ == "nsubj"
            and head.lemma_.lower() in cue("toll_verb")
            and any(c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and _tells_the_dead(c) for c in head.children)
        ):
            return token
        # "died in the violence" refers to violence told elsewhere, often long ago
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if (
            token.dep_ == "pobj"
            and not definite
            and head.lower_ == "in"
            and head.head.lemma_.lower() in cue("death_word")
        ):
            return token
    return None


def _tells_the_dead(token: Any) -> bool:
    """'three people dead', 'five more victims', 'the lives of 7', '11 dead'."""
    words = {t.lemma_.lower() for t in token.subtree} | {t.lower_ for t in token.subtree}
    return bool(words & cue("death_word").keys()) or (
        token.lemma_.lower() in cue("victim_noun") and any(t.like_num for t in token.subtree)
    )


def found_dead(tokens: Any) -> list[Any]:
    """ "Two young men were found dead", "police found three farmers dead": the people found dead."""
    found = []
    for token in tokens:
        verb = token.head
        if _without_life(token):
            # "they find a man without life" (a translation of "sin vida", "sans vie"): the man found dead
            owner = token.head.head
            if owner.pos_ in ("NOUN", "PROPN") and owner.head.lemma_.lower() in cue("find_verb"):
                found.append(owner)
                continue
            verb = owner
        elif token.lower_ != "dead":
            continue
        if verb.lemma_.lower() not in cue("find_verb"):
            continue
        found += [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN")]
    return found


def _without_life(token: Any) -> bool:
    return token.lower_ == "life" and token.dep_ == "pobj" and token.head.lower_ == "without"


def clash_with_civilians(sub_type: str, actor2: str | None, group: list[Hit]) -> bool:
    """ACLED's armed clash is between two armed, organised sides: one whose other side is civilians ("Burma Army
    soldiers murder a Kachin man and continue attacks", read by the model as fighting) is an attack on them,
    unless armed men are among the ones hit too, or a word of fighting tells a clash the civilians died in
    ("one civilian killed after rebels, troops clash")."""
    # a word of fighting (or the model's reading of one), not one that may only lead to it or be one-sided
    # ("raid", "attack", "ambush")
    fighting = any(
        h.trigger.candidates[0] == "Armed clash" and h.trigger.specificity >= 2 and "Attack" not in h.trigger.candidates
        for h in group
    )  # fmt: skip
    if sub_type != "Armed clash" or fighting:
        return False
    # with no other side resolved, civilians the sentence names as the ones hit are that side ("junta raids on
    # villages", "soldiers storm a town, slaughter 5 civilians")
    victims = is_civilians(actor2) or (actor2 is None and names_civilian_victims(group))
    return victims and not armed_victims(group)


def doers(group: list[Hit]) -> set[int]:
    """Token indices of the group's agents as the parse gives them."""
    return {agent.i for hit in group if (agent := roles(hit)[0]) is not None}


def names_civilian_victims(group: list[Hit]) -> bool:
    """Civilians (not "people", who may be fighters) named as the ones hit: not the doers, nor the subject of
    an active verb; or a civilian place a raid or an attack was "on"."""
    agents = doers(group)
    people = cue("civilian_noun").keys() - cue("generic_people").keys()
    for token in group[0].head.sent:
        lemma = token.lemma_.lower()
        if token.i in agents or token.head.i in agents:
            continue
        if lemma in people and (token.dep_ not in ("nsubj", "compound", "poss") or _subject_of_passive(token)):
            return True
        if lemma in cue("civilian_place") and token.dep_ == "pobj" and token.head.lower_ in ("on", "against"):
            return True
    return False


def without_a_crowd(sub_type: str, tokens: Any) -> bool:
    """ACLED's mob violence is violence by a crowd (rioters, villagers, a lynch mob); a killing no crowd is
    named in as its doer ("they murder a woman", "shootings leave 7 dead", "residents said five villagers were
    killed") is an attack."""
    if sub_type != "Mob violence":
        return False
    crowd = cue("crowd_word")
    return not any((t.lemma_.lower() in crowd or t.lower_ in crowd) and not _crowd_word_not_a_doer(t) for t in tokens)


def _crowd_word_not_a_doer(token: Any) -> bool:
    """'Residents said ...' names the crowd word as the report's source, 'five villagers were killed' and
    'gunmen killed villagers' as the ones hit, 'villagers fled' as the ones who ran: none is a crowd acting."""
    if token.pos_ == "ADJ" or token.dep_ == "amod":
        return True  # "a local aid group said": a word of the crowd qualifying some other noun
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in reporting_verbs():
        return True
    if token.dep_ == "nsubj" and head.lemma_.lower() in cue("flight_verb"):
        return True  # "2,000 villagers flee as clashes hit the township": the crowd runs from the violence
    harm = cue("kill_verb").keys() | cue("harm_word").keys()
    return token.dep_ in ("nsubjpass", "dobj") and head.pos_ == "VERB" and head.lemma_.lower() in harm


GATHERING_TYPES = frozenset(
    {"Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration"}
)
# ... of which someone was hurt: with no gathering named, the harm stays an attack on the ones it hit
HARMFUL_GATHERING_TYPES = frozenset({"Excessive force against protesters", "Violent demonstration"})


def names_a_gathering(tokens: Any) -> bool:
    """Some word of people gathered or of what a crowd does ("protesters", "rally", "sit-in", "tear gas"):
    a word of the ``gathering_word`` cue list, or a protest's or a riot's trigger word."""
    words = cue("gathering_word").keys() | gathering_trigger_words()
    return any(t.lemma_.lower() in words or t.lower_ in words for t in tokens)


def without_a_gathering(sub_type: str, units: Any) -> bool:
    """ACLED's protests and violent demonstrations are people gathered; a report that names no gathering
    anywhere ("Syrians found dead with torture marks: activists", "troops dump bodies in a village") tells
    no protest, whatever the model reads into it."""
    return sub_type in GATHERING_TYPES and not any(names_a_gathering(unit.span) for unit in units)


def force_without_harm(sub_type: str, tokens: Any) -> bool:
    """ACLED's excessive force against protesters is lethal or injuring force; a protest met by police with
    no one hurt ("arguing with police during a protest", "police broke up the sit-in") is a protest with
    intervention."""
    if sub_type != "Excessive force against protesters":
        return False
    harm = cue("harm_word").keys() | cue("kill_verb").keys()
    return not any(t.lemma_.lower() in harm or t.lower_ in harm for t in tokens)


def territory_by_taker(sub_type: str, actor1: str | None, kb: ActorKB, on: dt.date | None) -> str:
    """ACLED names a change of control by who takes the ground: state forces regain territory, a
    non-state group overtakes it."""
    if sub_type not in TERRITORY_TYPES or not actor1:
        return sub_type
    entry = kb.get(actor1)
    kind = kb.actor_type(entry, on) if entry is not None else None
    if kind is None:
        return sub_type
    return "Government regains territory" if kind == "State forces" else "Non-state actor overtakes territory"
