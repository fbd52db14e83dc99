"""Event arguments from the dependency parse: who did it to whom.

``roles`` finds a trigger's agent and patient tokens; ``incident_actors`` turns them into an incident's
actor1 and actor2 (names come from event_actor_names.py, places from event_places.py).
"""

from __future__ import annotations

from typing import Any

from eventledger.extract.event_actor_names import ArticleContext, generic_actor, state_military, weapon_nationality
from eventledger.extract.event_lexicon import VIOLENT_FAMILIES, cue
from eventledger.extract.event_merge import is_civilians
from eventledger.extract.event_parse import is_passive, prep_object, reporting_verbs, subject_of
from eventledger.extract.event_triggers import Hit, bare_verb_read_as_modifier, freed_from_it
from eventledger.kb.actors import ActorKB, armed_types, fill_country, load_actor_kb, non_state_armed_types
from eventledger.kb.gazetteer import load_gazetteer


def roles(hit: Hit) -> tuple[Any | None, Any | None]:
    """(agent, patient) tokens of a trigger from the dependency parse."""
    head = hit.head
    if head.pos_ == "VERB" and freed_from_it(head):
        return prep_object(head, ("by",)), head.head  # "troops rescue 20 kidnapped students": no kidnappers
    if head.pos_ == "VERB":
        subj = subject_of(head)
        if subj is None and head.tag_ == "VBG" and head.dep_ in ("csubj", "nsubj", "ROOT", "pcomp", "pobj"):
            # "Shelling by the army on Douma kills 4", "killed in shelling by regime forces": a gerund's doer
            subj = prep_object(head, ("by",))
        if subj is None and head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.lower_ == "by":
            # "regime forces responded by shelling the area": the one who responds is the one who shells
            above = head.head.head
            subj = subject_of(above) if above.pos_ == "VERB" else None
        subj = subj or accused_of(head)
        if hit.trigger.words[0] in cue("dying_verb"):  # "12 people died in the fighting": the dead are victims
            return prep_object(head, ("with", "against")), subj  # "... died in combat with X": X fought them
        if hit.trigger.family == "strategic":  # "handed over the camp to the army": the side that receives it
            agent = prep_object(head, ("by",)) if is_passive(head) else subj
            return agent, recipient(head)
        # "Police sergeant shot and stabbed to death": a participle joined to one read as a noun is passive too
        joined_participle = head.tag_ == "VBN" and head.dep_ == "conj" and is_headline_participle(head.head)
        if is_passive(head) or joined_participle:
            return prep_object(head, ("by",)) or operation_agent(head) or operation_by(head), subj
        if hit.trigger.family == "territory" and hit.trigger.words[0] not in cue("seize_word"):
            # "recaptured the village from the militants": the object is ground; the other side is 'from'
            return subj, prep_object(head, ("from",))
        own = {t.i for t in hit.tokens}  # "exchanged fire": the trigger's own noun is no patient
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i not in own), None)
        obj = obj or prep_object(head, ("on", "against", "with", "at"))
        if obj is None and subj is not None and is_reciprocal(hit):
            # "government troops and ELN guerrillas clashed": the second side is the subject's conjunct
            obj = next((c for c in subj.children if c.dep_ == "conj"), None)
        return subj, obj
    sides = pitted_sides(head)
    if sides is not None:
        return sides
    if head.pos_ != "VERB" and bare_verb_read_as_modifier(head):
        return sides_by_position(head)
    between = between_object(head)
    if between is not None:  # "a fight between X and Y", "clashes erupted on Saturday between X and Y"
        other = next((c for c in between.children if c.dep_ == "conj"), None)
        return between, other
    agent = next((c for c in head.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)
    agent = agent or prep_object(head, ("by",)) or blamed_on(head) or led_by(head) or launched_by(head)
    if agent is None and head.dep_ == "ROOT" and is_headline_participle(head):
        # "Police sergeant shot and stabbed to death in Mandalay": a headline's participle read as a noun; its
        # subject is who was shot
        return None, next((c for c in head.children if c.dep_ == "nsubj"), None)
    if agent is None and head.dep_ == "ROOT":
        # "the air force carried out, on Tuesday, air raids on ...": a parse that makes the event noun the
        # root hangs the doer on it as a subject
        agent = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if agent is None and weapon_nationality(head) is not None:
        agent = head  # "a Russian missile strike": the strike names its side
    if agent is None and hit.trigger.words[-1] in cue("attack_noun"):
        agent = attackers_of(head)  # "an attack of CODECO militiamen against the camp"
    agent = agent or next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if agent is None and head.dep_ in ("dobj", "dep") and head.head.lemma_.lower() in cue("repel_verb"):
        # "the army repelled an attack of armed groups on its camp": the defenders are the target, and
        # the attackers are the "of" phrase of a French-style "attaque de"
        return attackers_of(head), subject_of(head.head)
    if head.dep_ == "dobj" and head.head.lemma_.lower() in cue("blame_statement"):
        # "blamed the attack on ISWAP fighters": the 'on' phrase names the blamed side, never the target
        marker = cue("blame_statement")[head.head.lemma_.lower()]
        return agent or prep_object(head, (marker,)) or prep_object(head.head, (marker,)), None
    victim = device_victim(hit)
    if victim is not None:
        return agent, victim
    reacting = head.head.lemma_.lower() in cue("reaction_verb") or head.head.lemma_.lower() in reporting_verbs()
    if agent is None and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB" and not reacting:
        agent = subject_of(head.head) if head.dep_ == "dobj" else prep_object(head.head, ("by",))
    if agent is None and head.dep_ == "pobj" and head.head.head.pos_ == "VERB" and is_passive(head.head.head):
        agent = prep_object(head.head.head, ("by",))  # "were subjected to sexual violence by armed men"
    patient = prep_object(head, ("on", "against", "with", "targeting"))
    if patient is None:
        for child in head.children:
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in ("target", "hit", "strike"):
                patient = next((c for c in child.children if c.dep_ == "dobj"), None)
    if patient is None and is_verb_read_as_compound(head):
        patient = head.head  # "Rebels attack army post near Kidal": what the verb, read as a noun, compounds
    return agent, patient


def sides_by_position(verb: Any) -> tuple[Any | None, Any | None]:
    """A headline's verb the tagger read as part of a name ("soldiers storm Moebye, slaughter 5 civilians"):
    the plural noun right before it does it, the noun right after it (or the one a count after it counts) is
    hit; the parse's own arcs join them into one long name."""
    doc = verb.doc
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    agent = before if before.tag_ == "NNS" else None
    patient = after if after.pos_ in ("NOUN", "PROPN") else None
    if patient is None and after.head.i > after.i and after.head.pos_ in ("NOUN", "PROPN"):
        patient = after.head  # "slaughter 5 civilians"
    return agent, patient


def accused_of(verb: Any) -> Any | None:
    """ "Soldiers were accused of raping two girls", "police charged three men with murdering a pastor": who
    is accused, suspected or charged of the deed is its doer, not its victim."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "with", "for"):
        return None
    charging = prep.head
    if charging.lemma_.lower() not in cue("charge_verb"):
        return None
    role = "nsubjpass" if is_passive(charging) else "dobj"
    return next((c for c in charging.children if c.dep_ == role), None)


def is_headline_participle(noun: Any) -> bool:
    """ "Teacher shot in Kano", "Police sergeant shot and stabbed to death": a headline's bare participle
    the small tagger reads as a noun, alone or beside a participle it reads as one."""
    return noun.pos_ == "NOUN" and (
        noun.lower_ == "shot" or any(c.dep_ == "conj" and c.tag_ == "VBN" for c in noun.children)
    )


def is_verb_read_as_compound(noun: Any) -> bool:
    """ "KIA, PDF attack Burma army in Katha Township": in a headline with no verb, an event word compounded
    into the noun after it is the headline's verb, and that noun its object."""
    sentence = noun.sent
    return (
        noun.dep_ == "compound"
        and noun.head.i > noun.i
        and noun.tag_ == "NN"
        and not any(t.pos_ in ("VERB", "AUX") for t in sentence)
        # "KNU Armed Men attack villages", all read as compounds of "villages": the doers are not the target
        and not any(c.dep_ == "compound" and c.i < noun.i for c in noun.head.children)
    )


def device_victim(hit: Hit) -> Any | None:
    """'A police vehicle on patrol struck an IED', 'a soldier stepped on a landmine', 'the bus ran over a
    mine': the one who struck, stepped on or ran over the device is its victim, not who laid it."""
    head = hit.head
    if hit.trigger.family != "explosion":
        return None
    verb = head.head if head.dep_ == "dobj" else head.head.head if head.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in cue("device_victim_verb"):
        return None
    if head.dep_ == "pobj" and head.head.lower_ not in ("on", "over", "onto", "into"):
        return None
    return subject_of(verb)


def operation_agent(verb: Any) -> Any | None:
    """'security forces conducted an operation, during which six militants were killed': the ones who
    conducted the operation killed them."""
    if not any(c.dep_ == "prep" and any(g.tag_ == "WDT" for g in c.children) for c in verb.children):
        return None
    host = verb.head
    while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
        # "the attack carried out by the Gran Grif gang, in which 28 people were killed": the antecedent's own doer
        own = launched_by(host) or _carried_out_by(host)
        if own is not None:
            return own
        host = host.head  # "an operation, during which ...": the verb of the operation
    if host.lemma_.lower() in reporting_verbs() or host.lemma_.lower() in cue("stance_verb") or host.i == verb.i:
        return None  # "the UN condemned the attack, in which ...": who condemns did not kill
    return subject_of(host)


def _carried_out_by(noun: Any) -> Any | None:
    """ "the attack carried out by the gang", "an assault perpetrated by militants": a participle of doing that
    names the doer after "by"."""
    for verb in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in cue("blame_verb")):
        agent = prep_object(verb, ("by",))
        if agent is not None:
            return agent
    return None


def operation_by(verb: Any) -> Any | None:
    """'four civilians were killed during a search operation by state security forces': those who
    conducted the operation in which they were killed."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("during", "in")):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in cue("operation_noun")):
            agent = prep_object(noun, ("by", "of"))
            if agent is not None:
                return agent
    return None


def pitted_sides(noun: Any) -> tuple[Any, Any] | None:
    """'the clashes pitted X against Y', 'fighting opposes X to Y': the verb's object and its opponent."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in cue("pit_verb"):
        return None
    side = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if side is None:  # a long object may be misparsed as another clause's subject: the next argument
        after = verb.doc[verb.i + 1 : verb.sent.end]
        side = next((t for t in after if t.dep_ in ("dobj", "nsubj", "nsubjpass")), None)
    if side is None:
        return None
    preps = ("to", "against", "with")
    return side, prep_object(verb, preps) or prep_object(side, preps)


def led_by(noun: Any) -> Any | None:
    """'the Hamas-led attack', 'a UN-brokered truce': the leader named before '-led' or '-brokered'."""
    for amod in (c for c in noun.children if c.dep_ == "amod" and c.lemma_.lower() in cue("leader_verb")):
        leader = next((c for c in amod.children if c.pos_ == "PROPN"), None)
        if leader is not None:
            return leader
    return None


def launched_by(noun: Any) -> Any | None:
    """'shells fired by the army', 'rockets launched from positions held by the militia'."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in ("nsubj", "nsubjpass"):  # "rockets fired from hills held by X struck a market"
        verbs.append(noun.head)
    for verb in (v for v in verbs if v.lemma_.lower() in cue("launch_verb")):
        agent = prep_object(verb, ("by",))
        if agent is not None:
            return agent
        origin = prep_object(verb, ("from",))
        for held in (c for c in (origin.children if origin is not None else ()) if c.dep_ == "acl"):
            agent = prep_object(held, ("by",))
            if agent is not None:
                return agent
    return None


def recipient(verb: Any) -> Any | None:
    """The 'to' object of a handover, on the verb or on what is handed ("handed over the camp at Ber to
    the army")."""
    for tok in verb.subtree:
        # "handed over the camp at Ber to the army", "handed the town back to regime forces"
        on_verb = tok.head.i == verb.i or tok.head.dep_ in ("dobj", "pobj", "advmod", "prt")
        if tok.dep_ == "prep" and tok.lower_ == "to" and on_verb:
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def is_reciprocal(hit: Hit) -> bool:
    """Triggers whose sides act on each other (clash, fight, exchange fire, battle)."""
    return hit.trigger.candidates[0] == "Armed clash" and hit.trigger.specificity >= 2


def attackers_of(head: Any) -> Any | None:
    """'an attack of armed terrorist groups': the 'of' phrase of an attack noun, when it names people."""
    found = prep_object(head, ("of",))
    if found is None or found.lemma_.lower() in cue("civilian_noun") or found.lemma_.lower() in cue("civilian_place"):
        return None
    return found


def between_object(head: Any) -> Any | None:
    """'X between A and B', also when the 'between' phrase hangs on the verb the event noun is the subject
    of ("clashes erupted in Khartoum between the army and the RSF", "fighting broke out between ...")."""
    found = prep_object(head, ("between",))
    if found is not None or head.dep_ not in ("nsubj", "nsubjpass"):
        return found
    verb = head.head
    if verb.lemma_.lower() not in cue("occur_verb"):
        return None
    for tok in (verb, *(c for c in verb.children if c.dep_ in ("prt", "npadvmod", "advmod", "prep", "dobj"))):
        found = prep_object(tok, ("between",))
        if found is not None:
            return found
    return None


def between_actors(ctx: ArticleContext, hit: Hit) -> list[str]:
    """The actors named inside an event's 'between ...' phrase, in text order (the parse of a coordinated
    pair of names is often wrong, the mentions in the phrase are not)."""
    if hit.head.pos_ == "VERB" and not (hit.head.tag_ == "VBG" and hit.head.dep_ in ("nsubj", "nsubjpass", "ROOT")):
        return []  # ("Fighting between herders and farmers left 12 dead": a gerund is the event's noun)
    side = between_object(hit.head)
    if side is None:
        return []
    named = ctx.actors_over(sorted(side.head.subtree, key=lambda t: t.i))
    if len(named) < 2:
        # "between the army and the rebels": a side the text names only by its kind is that kind's generic actor
        joined = sorted(side.conjuncts, key=lambda t: t.i)
        by_kind = [ctx.actor_name(noun, ctx.default_country)[0] for noun in (side, *joined)]
        if len(by_kind) >= 2 and all(by_kind):
            named = list(dict.fromkeys(by_kind))
    if hit.trigger.candidates[0] != "Armed clash" or (len(named) >= 2 and not any(map(is_civilians, named))):
        return named
    return fighting_peoples(ctx, side) or named


def fighting_peoples(ctx: ArticleContext, side: Any) -> list[str]:
    """ "Clashes between Fulani herders and Idoma farmers": two sides that fight each other, each a named
    actor or people who are then, in ACLED's naming, a people's militia ("Idoma Ethnic Militia") or an
    unidentified communal militia, never civilians."""
    sides = [side, *(c for c in side.children if c.dep_ == "conj")]
    if len(sides) != 2:
        return []
    iso3 = ctx.kb.country_of_phrase(ctx.default_country) if ctx.default_country else None
    names = []
    for noun in sides:
        phrase = [t for t in noun.subtree if t.i <= noun.i]
        found = ctx.actors_over(phrase)
        if found and found[0].startswith(("Military Forces", "Police Forces")):
            return []  # "between soldiers and villagers": a crowd against the state's forces, not communal
        if found and not is_civilians(found[0]):
            names.append(found[0])
        elif noun.lemma_.lower() in cue("civilian_noun"):
            people = next((p for t in phrase if (p := ctx.kb.ethnic_group(t.text))), None)
            militia = ctx.kb.ethnic_militia(people, iso3) if people else ctx.kb.generic_actor("communal_militia", iso3)
            names.append(militia.name)
        else:
            return []
    return names


def joint_subject_actors(ctx: ArticleContext, hit: Hit) -> list[str]:
    """'MNDAA and Myanmar army clashed': the sides of a reciprocal verb named together as its subject, in
    the order named (the parse of the coordination is often wrong, the mentions in it are not)."""
    if hit.head.pos_ != "VERB" or not is_reciprocal(hit):
        return []
    subject = subject_of(hit.head)
    if subject is None or subject.i > hit.head.i:
        return []
    phrase = [t for t in subject.subtree if t.i < hit.head.i and not in_relative_clause(t)]
    joint = next((t for t in phrase if t.dep_ == "cc" and t.lower_ in ("and", "&")), None)
    if joint is None:  # "PKK/YPG terrorists" are one side, not two
        return []
    first = ctx.actors_over([t for t in phrase if t.i < joint.i])
    second = ctx.actors_over([t for t in phrase if t.i > joint.i])
    if not (first and second) and joint.head.dep_ in ("amod", "compound") and joint.head.head.i == subject.i:
        # "Russian and Ukrainian forces fought": two nationalities joined on one force noun are two states' forces
        first = first or nationality_force(joint.head, ctx)
        second = second or next((nationality_force(c, ctx) for c in joint.head.conjuncts), [])
    return [*first[-1:], *second[:1]] if first and second else []


def nationality_force(adjective: Any, ctx: ArticleContext) -> list[str]:
    """The armed forces of the state a nationality word names ("Ukrainian" in "Russian and Ukrainian forces")."""
    country = load_gazetteer().country_by_demonym(adjective.text) if adjective.text[:1].isupper() else None
    if country is None:
        return []
    return [state_military(adjective.text, country.iso3, ctx.published, ctx.kb)]


def blamed_on(head: Any) -> Any | None:
    """'an attack blamed on the ADF', 'a bombing attributed to JNIM', 'an ambush carried out by ...'."""
    for child in head.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in cue("blame_verb"):
            found = prep_object(child, ("on", "to", "by"))
            if found is None:  # "carried out by": the phrase hangs on the particle's verb
                found = next((prep_object(c, ("by",)) for c in child.children if c.dep_ == "prt"), None)
            if found is not None:
                return found
    return None


def crowd_actor(
    event_type: str, actor1: str | None, actor2: str | None, country: str | None, kb: ActorKB | None = None
) -> tuple[str | None, str | None]:
    """ACLED's sides by event type: a protest's crowd is 'Protesters (country)' and a riot's 'Rioters
    (country)', always actor1, and state forces that fire tear gas or arrest are the intervening actor2;
    violence against civilians by a named perpetrator has civilians as actor2 when the text names no other
    victim (with nobody named at all, there is no event to code)."""
    if event_type == "Violence against civilians" and actor1 is not None and actor2 is None:
        return actor1, generic_actor("civilian", country)[0]
    crowd = {"Protests": "protester", "Riots": "rioter"}.get(event_type)
    if crowd is None:
        return actor1, actor2
    crowd_name = generic_actor(crowd, country or crowd_country(actor1, actor2))[0]
    # "protesters clashed with police" is a riot: ACLED names its crowd "Rioters (country)"
    actor1, actor2 = (crowd_name if is_crowd(a) else a for a in (actor1, actor2))
    if event_type == "Protests" and actor2 is not None and actor2.startswith("Civilians"):
        actor2 = None  # "residents protested": the residents are the crowd; a protest has no civilian target
    if actor1 is None or actor1.startswith("Civilians"):
        return crowd_name, actor2
    entry = (kb or load_actor_kb()).get(actor1)
    if entry is not None and entry.type == "State forces" and (
        actor2 is None or actor2.startswith("Civilians") or actor2 == crowd_name
    ):
        return crowd_name, actor1
    return actor1, actor2


def is_crowd(name: str | None) -> bool:
    return bool(name) and name.startswith(("Protesters", "Rioters"))  # type: ignore[union-attr]


def crowd_country(*names: str | None) -> str | None:
    """The country a crowd actor was named with: "Protesters (Kenya)" → "Kenya"."""
    for name in names:
        if name and is_crowd(name) and name.endswith(")") and "(" in name:
            return name[name.index("(") + 1 : -1]
    return None


def incident_actors(
    ctx: ArticleContext, group: list[Hit], country: str | None, joined: dict[int | None, str | None]
) -> tuple[str | None, str | None, bool]:
    agents: list[str] = []
    patients: list[str] = []
    victim_spans: list[tuple[int, int]] = []  # the text of every patient phrase, for named_group_of_sentence
    passive_victims: set[str] = set()  # patients that are the subject of a passive verb ("two officers were wounded")
    civilian = False
    ordered = sorted(group, key=lambda h: -h.trigger.specificity)
    for hit in ordered:
        sides = between_actors(ctx, hit) or joint_subject_actors(ctx, hit)
        if len(sides) >= 2:  # "between al-Shabaab and Somali troops": the two sides, in the order named
            agents.extend(n for n in sides[:1] if n not in agents)
            patients.extend(n for n in sides[1:2] if n not in patients)
        agent, patient = roles(hit)
        if agent is None and hit.head.pos_ == "NOUN":
            agent = compound_actor(ctx, hit.head)
        if agent is not None and agent.lemma_.lower() in cue("representative_noun"):
            agent = None  # "the spokesman of the FARDC, ..., the assailants ... set fire": he tells, not acts
        if patient is not None:
            victim_spans.append(own_phrase_span(patient))
        for tok, bucket in ((agent, agents), (patient, patients)):
            if tok is None:
                continue
            name = joined.get(tok.i) or None
            is_civ = False
            if name is None:
                name, is_civ = ctx.actor_name(tok, country)
            # a person's name, or a proper name the actor KB lacks as the one killed (the tagger calls "Martín" an
            # organisation)
            killed = hit.trigger.words[0] in cue("kill_verb") and tok.pos_ == "PROPN"
            named_person = (tok.ent_type_ == "PERSON" or killed) and hit.trigger.family in VIOLENT_FAMILIES
            if name is None and bucket is patients and named_person:
                # "Martín is murdered in Salvatierra": a person hit, named and not said to be a fighter, is a
                # civilian
                name, is_civ = generic_actor("civilian", country or ctx.default_country)
            if name and bucket is patients and tok.dep_ == "nsubjpass":
                passive_victims.add(name)
            if name and name not in bucket:
                bucket.append(name)
                if bucket is patients and is_civ:
                    civilian = True
    actor1 = agents[0] if agents else None
    if actor1 is None:
        actor1 = named_group_of_sentence(ctx, group, set(patients), victim_spans)
    others = [p for p in patients if p != actor1]
    if actor1 is None and len(others) > 1 and not passive_victims.issuperset(others):
        # a fight described from one side: "X was killed in a clash with Y" -> X's side against Y; not two
        # groups each hit in a passive clause of its own ("three were killed and two officers were wounded")
        actor1, others = others[-1], others[:-1]
    actor2 = others[0] if others else None
    civilian = civilian and bool(actor2 and actor2.startswith("Civilians"))
    return actor1, actor2, civilian


def communal_sides(kb: ActorKB, sub_type: str, actor1: str | None, actor2: str | None, country: str | None
                   ) -> str | None:
    """ "Clashes between herders and farmers leave 20 dead": two groups of people fighting each other are, in
    ACLED's naming, communal militias (of the country), not civilians, who never fight."""
    if sub_type != "Armed clash" or not is_civilians(actor1) or not (actor2 is None or is_civilians(actor2)):
        return None
    spec = kb.roles["communal_militia"]
    return fill_country(spec.with_country, country) if country else spec.without_country


def named_group_of_sentence(
    ctx: ArticleContext, group: list[Hit], patients: set[str], victim_spans: list[tuple[int, int]]
) -> str | None:
    """'IS executes 15 men in Der-Ezzor' (a headline whose parse reads "IS" as a verb), 'An ISIS cell
    attacks a headquarters': a violent incident whose doer the parse misses is not left to become an
    unidentified armed group when its sentence names a non-state armed group that is not its victim; the
    group named last before the trigger, else the only one after it."""
    violent = [h for h in group if h.trigger.family in VIOLENT_FAMILIES]
    if not violent or in_relative_clause(violent[0].head):
        return None  # "The Fano, a network of militias that fought ...": a description, not the incident
    head = violent[0].head
    sentence = head.sent
    before: list[str] = []
    after: list[str] = []
    for mention in ctx.actor_mentions:
        inside = sentence.start_char <= mention.start < sentence.end_char
        if not inside or mention.resolution != "name" or mention.canonical in patients or not mention.canonical:
            continue
        if any(start <= mention.start < end for start, end in victim_spans):
            continue  # "6 PKK/YPG terrorists were neutralized": both groups are the victims
        entry = ctx.kb.get(mention.canonical)
        if entry is None or ctx.kb.actor_type(entry, ctx.published) not in non_state_armed_types():
            continue
        (before if mention.start < head.idx else after).append(mention.canonical)
    if before:
        return before[-1]
    doer = acting_subject(ctx, head, victim_spans)
    if doer is not None:
        return doer
    return after[0] if len(set(after)) == 1 else None


def acting_subject(ctx: ArticleContext, trigger: Any, victim_spans: list[tuple[int, int]]) -> str | None:
    """'The regime forces burn crops by renewed shelling': an armed actor (state forces or an armed group,
    named or generic) that is the subject of a verb governing the event word, other than a verb of
    saying or reacting, does it ("... before the air force came" governs nothing of the killing)."""
    # who says, condemns or mourns an attack did not do it ("UNAMA condemned Friday's bombing"), nor did who
    # frees its victims ("troops rescue 20 kidnapped students")
    bystanders = reporting_verbs() | cue("reaction_verb").keys() | cue("release_verb").keys()
    governing = [t for t in trigger.ancestors if t.pos_ == "VERB" and t.lemma_.lower() not in bystanders]
    for verb in governing:
        tok = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if tok is None:
            continue
        if any(start <= tok.idx < end for start, end in victim_spans):
            continue
        for mention in ctx.mentions_over([tok]):
            entry = ctx.kb.get(mention.canonical) if mention.canonical else None
            kind = ctx.kb.actor_type(entry, ctx.published) if entry is not None else None
            if kind is not None and kind in armed_types():
                return mention.canonical
    return None


def compound_actor(ctx: ArticleContext, noun: Any) -> Any | None:
    """'junta raids', 'Burma Army shelling', 'police raid': an actor word compounded with the event noun
    does it."""
    for child in noun.children:
        if child.dep_ == "compound" and ctx.mentions_over([child]):
            return child
    return None


def in_relative_clause(tok: Any) -> bool:
    return any(t.dep_ == "relcl" for t in (tok, *tok.ancestors))


def own_phrase_span(tok: Any) -> tuple[int, int]:
    """Character span of a noun's own phrase ("6 PKK/YPG terrorists", "fighters of al-Shabaab"), without
    the clauses hung on it ("fighters killed in targeting by ISIS cells" names the attackers there)."""
    kept = [tok]
    stack = [c for c in tok.children if is_own_modifier(c)]
    while stack:
        child = stack.pop()
        kept.append(child)
        stack.extend(child.children)
    start = min(t.idx for t in kept)
    last = max(kept, key=lambda t: t.idx)
    return start, last.idx + len(last)


def is_own_modifier(child: Any) -> bool:
    return child.dep_ not in ("acl", "relcl", "advcl") and (child.dep_ != "prep" or child.lower_ == "of")
