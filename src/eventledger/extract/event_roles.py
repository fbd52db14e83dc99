"""Event arguments from the dependency parse: who did it to whom, and where.

``ArticleContext`` holds the look-ups over one article (actor and place mentions, the default
country); ``roles`` finds a trigger's agent and patient tokens; ``ArticleContext.actor_name`` turns a
noun phrase into a canonical actor (a KB mention, a KB alias, or a generic ACLED-style actor).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventledger.attribution.cues import load_cues as load_attribution_cues
from eventledger.extract.event_lexicon import cue
from eventledger.extract.event_triggers import Hit
from eventledger.extract.former_forces import FormerForces
from eventledger.extract.places import place_for_span
from eventledger.kb.actors import fill_country, load_actor_kb
from eventledger.kb.countries import acled_country
from eventledger.kb.gazetteer import load_gazetteer
from eventledger.models import Article, Mention, Place

FORCE_PREFIX = {"military": "Military Forces", "police": "Police Forces"}
SPEAKER_PRONOUNS = frozenset({"it", "its", "they", "their", "them"})
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "det"})


class ArticleContext:
    """Look-ups over one article shared by the event and affiliation extractors."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.published = article.published_date
        self.actor_mentions = sorted(
            (m for m in article.mentions if m.kind == "actor" and m.canonical), key=lambda m: m.start
        )
        places = [m.place for m in article.mentions if m.kind == "place" and m.place is not None]
        self.default_country = places[0].country if places else None
        names = [m for m in self.actor_mentions if m.resolution == "name"]
        # a place name inside an actor's name ("Khorasan" in "Islamic State Khorasan Province") is no place
        self.place_mentions = [
            m for m in article.mentions if m.kind == "place" and not any(a.start <= m.start < a.end for a in names)
        ]
        self.last_joined: str | None = None  # the group most recently joined, for "the organization"
        self.former_forces = FormerForces(self.actor_mentions, self.published)

    def mentions_over(self, tokens: list[Any]) -> list[Mention]:
        found: list[Mention] = []
        for tok in tokens:
            start, end = tok.idx, tok.idx + len(tok)
            for m in self.actor_mentions:
                if m.start < end and m.end > start and m not in found:
                    found.append(m)
        return found

    def actors_over(self, tokens: list[Any]) -> list[str]:
        return list(dict.fromkeys(m.canonical for m in self.mentions_over(tokens) if m.canonical))

    def earlier_force(self, tok: Any, generic: str) -> str | None:
        """'... threw stones at Israeli troops; the soldiers responded with tear gas': a definite generic
        force ("the soldiers", "the police") is the force of that kind the article last named."""
        role = next((r for r in ("military", "police") if generic.startswith(FORCE_PREFIX[r])), None)
        if role is None or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
            return None
        kb = load_actor_kb()
        for mention in reversed(self.actor_mentions):
            if mention.start >= tok.idx or mention.resolution != "name" or not mention.canonical:
                continue
            entry = kb.get(mention.canonical)
            if entry is not None and entry.type == "State forces" and role in entry.tags:
                return entry.name
        return None

    def actor_name(self, tok: Any, country: str | None) -> tuple[str | None, bool]:
        """The canonical actor a noun phrase names, and whether it names civilians."""
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
            tok = tok.head.head
        speaker = reporting_speaker(tok)
        if speaker is not None:
            found = self.actor_name(speaker, country)
            if found[0]:
                return found
            # "the defence ministry said its air defences ...": the ministry names no actor; its noun does
        joined = explicit_membership(tok)
        if joined is not None:  # "dissidents of the former FARC belonging to the EMC"
            return self.actor_name(joined, country)
        phrase = noun_phrase(tok)
        names = self.actors_over([tok]) or self.actors_over(phrase)
        if names:
            name = with_country(names[0], country or self.default_country)
            generic = all(m.resolution != "name" for m in self.mentions_over([tok]))
            return (self.earlier_force(tok, name) if generic else None) or name, False
        national = national_military(tok, self.published)
        if national:
            return national, False
        core = " ".join(t.text for t in phrase if t.dep_ in ("compound", "amod") or t.i == tok.i)
        name = kb_actor_name(core, self.published) if tok.pos_ in ("NOUN", "PROPN") else None
        if name:
            return name, False
        uniform = uniform_of(tok)
        if uniform is not None:  # "armed men wearing RSF uniforms"
            found = self.actor_name(uniform, country)
            if found[0]:
                return found
        if is_armed_people(tok):
            return generic_actor("gunman", country or self.default_country)[0], False
        group = member_of(tok) or counted_people(tok)
        if group is not None:
            return self.actor_name(group, country)
        if tok.lemma_.lower() in cue("civilian_place") and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in cue("armed_place_modifier") for c in tok.children
        ):
            return None, False  # "an army camp", "a police station": no civilians' place
        for word in [core.lower(), *word_forms(tok)]:  # "the Air Force", "security forces", then one word
            name, civilian = generic_actor(word, country or self.default_country)
            if name:
                return self.earlier_force(tok, name) or name, civilian
        return None, False


def national_military(tok: Any, on: dt.date | None) -> str | None:
    """'a Russian missile strike', 'Russian drones', "Ukraine's air force": a weapon or force qualified by a
    nationality is that state's armed forces (ACLED: "Military Forces of Russia")."""
    if tok.lemma_.lower() not in cue("weapon_noun") and tok.lower_ not in cue("weapon_noun"):
        return None
    kb = load_actor_kb()
    gazetteer = load_gazetteer()
    for child in tok.children:
        if child.dep_ not in ("amod", "compound", "nmod", "poss") or not child.text[:1].isupper():
            continue
        # a nationality or a country's name, never a city ("the Kabul mosque bombing")
        country = gazetteer.country_by_demonym(child.text) or gazetteer.country_by_name(child.text)
        if country is None:
            continue
        iso3 = country.iso3
        known = kb_actor_name(f"{child.text} military", on)
        return known or kb.generic_actor("military", iso3).name
    return None


def reporting_verbs() -> dict[str, Any]:
    return load_attribution_cues().reporting_verbs


def reporting_speaker(tok: Any) -> Any | None:
    """'Al-Shabaab said its fighters had killed 30 soldiers', 'the army said it had targeted ...': the
    pronoun (or the noun its/their owns) stands for the subject of the reporting verb above it."""
    pronoun = tok if tok.lower_ in SPEAKER_PRONOUNS else None
    if pronoun is None:
        pronoun = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in SPEAKER_PRONOUNS), None)
    if pronoun is None:
        return None
    verbs = load_attribution_cues().reporting_verbs
    for ancestor in tok.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in verbs:
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i != tok.i and subject.lower_ not in SPEAKER_PRONOUNS:
                return subject
            return None
    return None


def with_country(name: str, country: str | None) -> str:
    """A generic actor found without a country ("Unidentified Armed Group") gets the event's country."""
    if not country:
        return name
    kb = load_actor_kb()
    for role, spec in kb.roles.items():
        if name == spec.without_country:
            iso3 = kb.country_of_phrase(country) or country
            return kb.generic_actor(role, iso3).name
    return name


def is_armed_people(tok: Any) -> bool:
    """'armed men', 'men armed with rifles', 'armed youths': an armed group, not civilians."""
    if tok.lemma_.lower() not in cue("armed_noun") and tok.lower_ not in cue("armed_noun"):
        return False
    return any(c.lower_ == "armed" and c.dep_ in ("amod", "acl", "compound") for c in tok.children)


def member_of(tok: Any) -> Any | None:
    """'three suspects belonging to the TTP', 'men linked to al-Shabaab', 'fighters from the Fano militia':
    the group they belong to."""
    joined = belongs_to(tok)
    if joined is not None:
        return joined
    if tok.lemma_.lower() in cue("member_noun") or tok.lower_ in cue("member_noun"):
        group = prep_object(tok, ("from", "of"))
        if group is not None and group.pos_ in ("NOUN", "PROPN"):
            # "dissidents of the former FARC belonging to the EMC": the group they belong to now
            return belongs_to(group) or group
    return None


def uniform_of(tok: Any) -> Any | None:
    """'men wearing army uniforms', 'gunmen in RSF uniforms': the force whose uniform they wear."""
    for child in tok.children:
        holders = [child] if child.dep_ == "acl" and child.lemma_.lower() == "wear" else []
        if child.dep_ == "prep" and child.lower_ == "in":
            holders = [child]
        for holder in holders:
            for obj in holder.children:
                if obj.dep_ in ("dobj", "pobj") and obj.lemma_.lower() == "uniform":
                    return next((c for c in obj.children if c.dep_ in ("compound", "amod", "poss")), None)
    return None


def explicit_membership(tok: Any) -> Any | None:
    """The group a member noun is said to belong to ("belonging to X"), on it or on its 'of' group."""
    if tok.lemma_.lower() not in cue("member_noun") and tok.lower_ not in cue("member_noun"):
        return None
    group = prep_object(tok, ("of", "from"))
    return belongs_to(tok) or (belongs_to(group) if group is not None else None)


def belongs_to(tok: Any) -> Any | None:
    for child in tok.children:
        if child.dep_ in ("acl", "amod") and child.lemma_.lower() in cue("member_of"):
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def counted_people(tok: Any) -> Any | None:
    """'dozens of men', 'scores of villagers': the people a quantity word counts."""
    if tok.lemma_.lower() not in cue("quantity") and tok.lower_ not in cue("quantity"):
        return None
    return prep_object(tok, ("of",))


def noun_phrase(tok: Any) -> list[Any]:
    """The token with its modifiers, appositions and 'of' phrases, but no clauses."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in NP_DEPS or (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")):
            out.extend(noun_phrase(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            out.extend(t for p in child.children if p.dep_ == "pobj" for t in noun_phrase(p))
    return sorted(out, key=lambda t: t.i)


def word_forms(tok: Any) -> list[str]:
    """Lemma and singular guesses: the tagger sometimes leaves a capitalised plural ('Gunmen') as is."""
    lower = tok.lower_
    return list(dict.fromkeys([tok.lemma_.lower(), lower, lower.removesuffix("s"), lower.replace("men", "man")]))


def acled_spelling(country: str | None) -> str | None:
    """ACLED's name of a country the gazetteer spells otherwise ("Palestinian Territory" → "Palestine")."""
    found = acled_country(name=country) if country else None
    return found.acled_name if found else country


def generic_actor(lemma: str, country: str | None) -> tuple[str | None, bool]:
    country = acled_spelling(country)
    suffix = f" ({country})" if country else ""
    if lemma in cue("civilian_noun") or lemma in cue("civilian_place"):
        return f"Civilians{suffix}", True
    template = cue("generic_actor").get(lemma)
    if not template:
        return None, False
    name = fill_country(template, country or "").replace(" ()", "").strip()
    return (name.removesuffix(" of") if not country else name), False


def subject_of(verb: Any) -> Any | None:
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:  # "MOPTI, April 3 - Soldiers executed ...": a dateline parsed as a second subject
            return min(subjects, key=lambda c: abs(c.i - current.i))
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ == "acl":
            # "the students seized from a hostel": the noun is what the (passive) participle is about;
            # "The rebels seized on Monday the town" (a misparse, with an object): it is the subject
            return current.head
        if current.dep_ not in ("conj", "xcomp", "advcl") or current.head.i == current.i:
            return None
        current = current.head
    return None


def is_passive(verb: Any) -> bool:
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # a reduced relative: passive unless it has an object
        return not any(c.dep_ == "dobj" for c in verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    # "was stopped and looted by armed men": a participle joined to a passive verb shares its voice
    return (
        verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children)
        and is_passive(verb.head)
    )


def prep_object(tok: Any, preps: tuple[str, ...]) -> Any | None:
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            for grand in child.children:
                if grand.dep_ == "pobj" and not is_time_word(grand):
                    return grand
    return None


def is_time_word(tok: Any) -> bool:
    """'on Saturday', 'at dawn': a time, never a participant."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in cue("time_noun") or tok.lower_ in cue("time_noun")


def roles(hit: Hit) -> tuple[Any | None, Any | None]:
    """(agent, patient) tokens of a trigger from the dependency parse."""
    head = hit.head
    if head.pos_ == "VERB":
        subj = subject_of(head)
        if hit.trigger.words[0] == "die":  # "12 people died in the fighting": the dead are victims
            return prep_object(head, ("with", "against")), subj  # "... died in combat with X": X fought them
        if hit.trigger.family == "strategic":  # "handed over the camp to the army": the side that receives it
            agent = prep_object(head, ("by",)) if is_passive(head) else subj
            return agent, recipient(head)
        if is_passive(head):
            return prep_object(head, ("by",)) or operation_agent(head), subj
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
    between = between_object(head)
    if between is not None:  # "a fight between X and Y", "clashes erupted on Saturday between X and Y"
        other = next((c for c in between.children if c.dep_ == "conj"), None)
        return between, other
    agent = next((c for c in head.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)
    agent = agent or prep_object(head, ("by",)) or blamed_on(head) or led_by(head) or launched_by(head)
    if agent is None and national_military(head, None):
        agent = head  # "a Russian missile strike": the strike names its side
    if agent is None and hit.trigger.words[-1] in cue("attack_noun"):
        agent = attackers_of(head)  # "an attack of CODECO militiamen against the camp"
    agent = agent or next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if agent is None and head.dep_ in ("dobj", "dep") and head.head.lemma_.lower() in cue("repel_verb"):
        # "the army repelled an attack of armed groups on its camp": the defenders are the target, and
        # the attackers are the "of" phrase of a French-style "attaque de"
        return attackers_of(head), subject_of(head.head)
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
    return agent, patient


def operation_agent(verb: Any) -> Any | None:
    """'security forces conducted an operation, during which six militants were killed': the ones who
    conducted the operation killed them."""
    if not any(c.dep_ == "prep" and any(g.tag_ == "WDT" for g in c.children) for c in verb.children):
        return None
    host = verb.head
    while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
        host = host.head  # "an operation, during which ...": the verb of the operation
    if host.lemma_.lower() in reporting_verbs() or host.i == verb.i:
        return None
    return subject_of(host)


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
        if tok.dep_ == "prep" and tok.lower_ == "to" and (tok.head.i == verb.i or tok.head.dep_ in ("dobj", "pobj")):
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
    if hit.head.pos_ == "VERB":
        return []
    side = between_object(hit.head)
    if side is None:
        return []
    return ctx.actors_over(sorted(side.head.subtree, key=lambda t: t.i))


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
    event_type: str, actor1: str | None, actor2: str | None, country: str | None
) -> tuple[str | None, str | None]:
    """ACLED names a protest's crowd 'Protesters (country)' and a riot's 'Rioters (country)', always as
    actor1; state forces that fire tear gas or arrest are the intervening actor2."""
    crowd = {"Protests": "protester", "Riots": "rioter"}.get(event_type)
    if crowd is None:
        return actor1, actor2
    crowd_name = generic_actor(crowd, country)[0]
    if actor1 is None or actor1.startswith("Civilians"):
        return crowd_name, actor2
    entry = load_actor_kb().get(actor1)
    if entry is not None and entry.type == "State forces" and (
        actor2 is None or actor2.startswith("Civilians") or actor2 == crowd_name
    ):
        return crowd_name, actor1
    return actor1, actor2


def incident_actors(
    ctx: ArticleContext, group: list[Hit], country: str | None, joined: dict[int | None, str | None]
) -> tuple[str | None, str | None, bool]:
    agents: list[str] = []
    patients: list[str] = []
    civilian = False
    ordered = sorted(group, key=lambda h: -h.trigger.specificity)
    for hit in ordered:
        sides = between_actors(ctx, hit)
        if len(sides) >= 2:  # "between al-Shabaab and Somali troops": the two sides, in the order named
            agents.extend(n for n in sides[:1] if n not in agents)
            patients.extend(n for n in sides[1:2] if n not in patients)
        agent, patient = roles(hit)
        for tok, bucket in ((agent, agents), (patient, patients)):
            if tok is None:
                continue
            name = joined.get(tok.i) or None
            is_civ = False
            if name is None:
                name, is_civ = ctx.actor_name(tok, country)
            if name and name not in bucket:
                bucket.append(name)
                if bucket is patients and is_civ:
                    civilian = True
    actor1 = agents[0] if agents else None
    others = [p for p in patients if p != actor1]
    if actor1 is None and len(others) > 1:
        # a fight described from one side: "X was killed in a clash with Y" -> X's side against Y
        actor1, others = others[-1], others[:-1]
    actor2 = others[0] if others else None
    civilian = civilian and bool(actor2 and actor2.startswith("Civilians"))
    return actor1, actor2, civilian


def place_for(article: Article, start: int, end: int, mentions: list[Mention]) -> Place | None:
    return place_for_span(article, start, end, mentions)


def foreign_tokens(unit_hits: list[Hit], group: list[Hit]) -> set[int]:
    """Tokens of a sentence that belong to its other events: the clauses of their own triggers ("a month
    after both sides signed a ceasefire in Jeddah") and the phrases of their event nouns ("despite a truce
    brokered in Doha"). A place named there is not where this group's event happened."""
    own_clauses = {h.clause_head.i for h in group}
    own_heads = {h.head.i for h in group}
    foreign: set[int] = set()
    for hit in unit_hits:
        if hit in group or hit.trigger.family == "claim":
            continue
        governs_us = any(hit.clause_head.i in {a.i for a in h.head.ancestors} for h in group)
        if hit.clause_head.i not in own_clauses and not governs_us:
            # a clause under ours or beside it; a clause that governs ours ("arrested ... in Kunduz,
            # accusing them of planning last week's bombing") may well name our place too
            foreign |= {t.i for t in hit.clause_head.subtree}
        if hit.head.pos_ in ("NOUN", "PROPN"):
            subtree = {t.i for t in hit.head.subtree}
            if not subtree & own_heads:
                foreign |= subtree
    for tok in group[0].head.sent if group else ():
        # "condemned the attack in a statement issued in Islamabad": where the statement was made
        if tok.lemma_.lower() in cue("statement_noun") and tok.pos_ == "NOUN":
            subtree = {t.i for t in tok.subtree}
            if not subtree & own_heads:
                foreign |= subtree
    return foreign


def own_place_mentions(ctx: ArticleContext, unit_span: Any, unit_hits: list[Hit], group: list[Hit]) -> list[Mention]:
    """The article's place mentions less those inside another event's clause or phrase of this sentence."""
    foreign = foreign_tokens(unit_hits, group)
    if not foreign:
        return ctx.place_mentions
    starts = {t.idx: t.i for t in unit_span}
    kept = []
    for m in ctx.place_mentions:
        index = starts.get(m.start)
        if index is None and unit_span.start_char <= m.start < unit_span.end_char:
            index = next((t.i for t in unit_span if t.idx <= m.start < t.idx + len(t)), None)
        if index is None or index not in foreign:
            kept.append(m)
    return kept


def kb_actor_name(phrase: str, on: dt.date | None) -> str | None:
    kb = load_actor_kb()
    if not phrase.strip():
        return None
    entry = kb.lookup(phrase, on=on) if on else kb.lookup(phrase)
    return entry.name if entry is not None else None
