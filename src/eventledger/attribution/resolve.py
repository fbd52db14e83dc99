"""Resolving pronoun sources ("he explained"), titles ("the governor said") and short names ("Hamdan
said") to the source meant."""

from __future__ import annotations

import bisect
from dataclasses import replace

from eventledger.attribution.cues import Cues
from eventledger.attribution.people import NAMESAKE_PLACE_WORDS, Person, people_of, title_noun
from eventledger.attribution.sources import Source, source_from_head
from eventledger.models import Mention

_JUST_NAMED_CHARS = 400  # how far back "the elder added" may find the person who spoke last
_LOOKBACK_CHARS = 1500  # how far back a pronoun may find a person not yet named as a source
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "appos")
_GROUP_WORDS = frozenset(("many", "some", "most", "several", "others", "people", "all", "both", "few"))
_ANY_GROUP = frozenset(("group", "organisation", "organization", "association", "movement"))
_PLACE_PREPOSITIONS = frozenset(("from", "in", "at", "near", "to", "into", "outside", "across"))


class Resolver:
    """Remembers the sources named so far, in text order."""

    def __init__(self, doc, cues: Cues, mentions: list[Mention], quoted=None) -> None:  # noqa: ANN001
        self.doc = doc
        self.quoted = quoted or (lambda offset: False)  # offsets inside quotations: nobody named there
        self.cues = cues
        self.mentions = mentions
        self.last: Source | None = None
        self.last_person: Source | None = None
        self.named: list[Source] = []
        self.unnamed: list[Source] = []  # sources given by a role alone ("a medical source in the hospital")
        self.people: list[Person] = people_of(doc, cues)
        self.offsets = [t.idx for t in doc]  # token offsets, to scan only a stretch of a long article
        # "he"/"she" a person was already called, or their courtesy title says (Mr, Ms)
        self.genders: dict[str, str] = {p.name: p.gender for p in self.people if p.gender}
        self.person_names = frozenset(p.name for p in self.people)
        # "Begum has filled four books": a surname alone, which the tagger may take for an organisation
        self.spelled_out: dict[str, list[tuple[int, int]]] = {}  # acronym -> token spans that spell it out
        self.surnames = frozenset(p.name.split()[-1] for p in self.people if " " in p.name)

    def resolve(self, source: Source) -> Source | None:
        """The source itself, its fuller earlier form, or for a pronoun the source it refers to."""
        if not source.pronoun:
            spelled_out = self._acronym_meaning(source)
            if spelled_out is not None:
                return spelled_out
            if not source.named and source.text in self.surnames:
                # "Alemu said": a surname of a person named before in full, which the tagger called a noun
                return self._expand(replace(source, named=True))
            if not source.named or self._is_bare_title(source.text):
                return self._title_holder(source) or source
            if " " not in source.text:  # "The Ministry assures"
                return self._institution(source.text.lower(), source.start) or self._expand(source)
            return self._expand(source)
        pronoun = source.text.lower()
        if pronoun in ("i", "we") and not self.quoted(source.start):
            return None  # "I asked him", "we could not verify": the writer, outside any quote
        if pronoun in ("he", "she"):
            meant = self._gendered(self._singular_person(source.start), pronoun, source.start)
            meant = meant or self.person_named_next(source.start)
        elif pronoun == "i":
            meant = self._singular_person(source.start)
        elif pronoun == "they":
            meant = self._group()
        else:
            meant = self.last
            if pronoun == "it" and (meant is None or meant.text in self.person_names):
                meant = self._body_named_before(source.start)  # "Amnesty International called for ... it said"
        # mentioned again here: recency counts from the pronoun
        return replace(meant, start=source.start) if meant is not None else None

    def remember(self, chain: list[Source]) -> None:
        named = [s for s in chain if not s.pronoun]
        if not named:
            return
        self.last = named[-1]
        people = [s for s in named if not s.media]
        if people:
            self.last_person = people[-1]
        self.named.extend(s for s in named if s.named)
        self.unnamed.extend(s for s in named if not s.named and not s.media)

    def _group(self) -> Source | None:
        """"they": the last source that is not one named person."""
        people = self.person_names
        if self.last is not None and self.last.text in people:
            groups = [s for s in reversed(self.named) if s.text not in people]
            return groups[0] if groups else None
        return self.last

    def _gendered(self, candidate: Source | None, pronoun: str, offset: int) -> Source | None:
        """"she says" after "Dr. Mubarak Osman ... he says": skip back to a person who can be "she"."""
        if candidate is None:
            return None
        if self.genders.get(candidate.text, pronoun) != pronoun:
            earlier = [s for s in reversed(self.named) if not s.media and s.start < offset]
            earlier += [Source(p.name, start=p.start, named=True) for p in reversed(self.people) if p.start < offset]
            fitting = [s for s in earlier if self.genders.get(s.text) == pronoun]
            fitting = fitting or [s for s in earlier if s.text not in self.genders]
            if fitting:
                candidate = fitting[0]
        self.genders.setdefault(candidate.text, pronoun)
        return candidate

    def _singular_person(self, offset: int) -> Source | None:
        """"he"/"she": the last speaker, unless a person named as a subject since is nearer."""
        last = self.last_person
        if last is not None and not self._one_person(last):
            # "The CP disclosed that two officers were hurt. He urged ...": the last speaker who is one person
            last = next((s for s in reversed(self.named) if not s.media and s.start < offset), None)
        nearer = self._person_before(offset, subjects_only=last is not None)
        if last is None:
            return nearer
        if nearer is not None and nearer.start > last.start and not _indefinite(nearer):
            return nearer
        # "he says, an officer told him ...": someone brought in with "a"/"an" and never cited as a source is
        # not whom the next "he" means
        return last

    def _one_person(self, source: Source) -> bool:
        """Whether "he" or "she" can mean the source: a name or one person, not "Police" or "residents"."""
        if source.named or source.individual:
            return True
        noun = head_noun(source.text)
        return self.cues.source_nouns.get(noun) not in ("institution", "media") and not _plural_looking(noun)

    def _expand(self, source: Source) -> Source:
        """"Hamdan" after "Colonel Faris Hamdan": the full name and its role."""
        if not source.named:
            return source
        aliased = [p for p in self.people if p.start < source.start and source.text in p.aliases]
        if aliased:  # "Hemedti said" after "Mohamed Hamdan Dagalo, known as Hemedti"
            return Source(aliased[-1].name, source.role, source.start, named=True, media=source.media)
        if " " in source.text:
            return self._expand_words(source)
        for earlier in reversed(self.named):
            words = earlier.text.split()
            if len(words) > 1 and words[-1].lower() == source.text.lower():
                return Source(earlier.text, earlier.role, source.start, named=True, media=earlier.media)
        for person in reversed(self.people):
            words = person.name.split()
            if person.start < source.start and len(words) > 1 and words[-1].lower() == source.text.lower():
                return Source(person.name, source.role, source.start, named=True, media=source.media)
        # features call people by their first name after the full one ("Marisol Ibarra Quintero" → "Marisol")
        given = {
            p.name for p in self.people if p.start < source.start and p.name.split()[0].lower() == source.text.lower()
        }
        given.discard(source.text)
        if len(given) == 1:
            return Source(given.pop(), source.role, source.start, named=True, media=source.media)
        # "Lula said" after "Luiz Inácio Lula da Silva": an inner word of one long name given before
        inner = {
            p.name for p in self.people
            if p.start < source.start and source.text.lower() in [w.lower() for w in p.name.split()[1:-1]]
        }
        if len(inner) == 1 and not given:
            return Source(inner.pop(), source.role, source.start, named=True, media=source.media)
        return source

    def _expand_words(self, source: Source) -> Source:
        """"Pérez García" or "Maria Fernanda" after "Juan Carlos Pérez García", "Maria Fernanda Lozano": a name of
        several words that ends or begins a longer name given before is that person, when only one fits."""
        words = source.text.lower().split()
        n = len(words)
        fuller = {
            p.name
            for p in self.people
            if p.start < source.start
            and len(p.name.split()) > n
            and words in ([w.lower() for w in p.name.split()[:n]], [w.lower() for w in p.name.split()[-n:]])
        }
        if len(fuller) != 1:
            return source
        return Source(fuller.pop(), source.role, source.start, named=True, media=source.media)

    def _acronym_meaning(self, source: Source) -> Source | None:
        """"KRCS said" after "the Kenya Red Cross Society", "the IGP replied" after "the Inspector General of
        Police, Abas Byakagaba": an acronym whose letters begin the capitalised words of a phrase written before
        is the body that phrase names, or the person named right after it."""
        acronym = source.text
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8):
            return None
        if acronym not in self.spelled_out:  # every phrase of the article the acronym spells, found once
            self.spelled_out[acronym] = [
                (t.i, end)
                for t in self.doc
                if t.text[:1] == acronym[0] and not self.quoted(t.idx) and (end := _spells(self.doc, t.i, acronym))
            ]
        before = [(start, end) for start, end in self.spelled_out[acronym] if self.doc[start].idx < source.start]
        if not before:
            return None
        start, end = before[-1]
        office = self.doc[start:end].text
        starts = {p.start: p for p in self.people}
        after = []  # "Inspector General of Police (Malkangiri Range) Deepak Sethi"
        for token in self.doc[end : end + 10]:
            if token.pos_ in ("VERB", "AUX") or token.is_sent_start:
                break
            if token.idx in starts:
                after.append(token)
        # "The Station House Officer of Kotwali, Inspector Rajesh Yadav": a name set off by a comma or a rank,
        # rather than a place the tagger took for a name
        set_off = [t for t in after if self.doc[t.i - 1].text == "," or self.doc[t.i - 1].lower_ in self.cues.titles]
        if set_off or after:
            return Source(starts[(set_off or after)[0].idx].name, office, source.start, named=True)
        # "Fatuma Abdalla, the Member of Parliament for Kilifi,": the office in apposition to the name before it
        root = self.doc[start:end].root
        while root.dep_ in ("prep", "pobj") and root.head.i != root.i:
            root = root.head
        named = root.head.idx if root.dep_ == "appos" else -1
        holder = next((p for p in self.people if p.start <= named < p.start + len(p.name)), None)
        if holder is not None:
            return Source(holder.name, office, source.start, named=True)
        if acronym.lower() in self.cues.titles:
            return None  # an office's acronym ("IG") with no name after it: resolved as any title is
        return Source(self.doc[start:end].text, source.role, source.start, named=True, media=source.media)

    def speaker_named_between(self, low: int, high: int, spoken_only: bool = True) -> Source | None:
        """The last person named as a subject between two offsets (who has already spoken)."""
        spoken = {s.text for s in self.named if not s.media}
        # "A driver who survived, Boubacar Keita, told our correspondent about his escape.": a source
        # the paragraph already cites
        cited = [s for s in self.named if not s.media and low <= s.start < high]
        found: Source | None = cited[-1] if cited else None
        # "Police spokesman X said officers had arrived within an hour. Kizito shakes his head when told this.":
        # a speaker named as a subject after the last one cited is nearer
        for token in self._tokens_between(max(low, found.start + 1) if found else low, high):
            if token.dep_ not in ("nsubj", "nsubjpass", "ROOT") or self.quoted(token.idx):
                continue
            # "His wife, Fatima, nods.": a subject with the person's name in apposition
            apposed = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)
            surname = token.text in self.surnames and not _in_longer_name(token)  # "Warsame laughs at this."
            if token.pos_ == "PROPN" or token.ent_type_ == "PERSON" or apposed or surname:
                source = source_from_head(token, self.cues, self.mentions)
                source = self._expand(source) if source is not None and source.named else None
                if source is not None and (source.text in spoken or not spoken_only):
                    found = source
        return found

    def person_named_next(self, offset: int) -> Source | None:
        """"“The soldiers took my son,” she recounts. Mariam Coulibaly, 52, has not seen him since": a feature's
        opening "she" with nobody before it is the person the next lines name as a subject."""
        for person in self.people:
            if offset < person.start <= offset + _JUST_NAMED_CHARS and self._subject_at(person):
                return Source(person.name, start=offset, named=True)
        return None

    def _subject_at(self, person: Person) -> bool:
        """Whether the person is named as a subject ("Kamal Hossain, 45, lost his shop"), not as an object
        ("told Wire") or in passing."""
        name = self._tokens_between(person.start, person.start + len(person.name))
        # "The spokesman of the army, colonel X, made these statements": the name in apposition to the subject
        return any(
            t.dep_ in ("nsubj", "nsubjpass")
            or (t.dep_ == "appos" and any(a.dep_ in ("nsubj", "nsubjpass") for a in [t.head, *t.head.ancestors]))
            for t in name
        )

    def _tokens_between(self, low: int, high: int):  # noqa: ANN202 - a spaCy Span
        return self.doc[bisect.bisect_left(self.offsets, low) : bisect.bisect_left(self.offsets, high)]

    def _is_bare_title(self, text: str) -> bool:
        """"SP", "Minister": a title written alone, which the tagger takes for a name."""
        return " " not in text and title_noun(text, self.cues) is not None

    def _title_holder(self, source: Source) -> Source | None:
        """"the governor" after "Governor Ibrahim Sule": the last person given that title before."""
        text = source.text if " " in source.text else f"the {source.text}"
        noun = _title_of(text)
        if noun is None:
            return None
        wanted = title_noun(noun, self.cues) or noun
        for person in reversed(self.people):
            if person.start < source.start and (wanted in person.titles or noun in person.titles):
                role = text.split(" ", 1)[1]
                return Source(person.name, role, source.start, named=True)
        # "the cleric said" after "Imam Musa Bello": another word for a title given before
        same = self.cues.role_synonyms.get(noun, frozenset())
        for person in reversed(self.people):
            if person.start < source.start and same & person.titles:
                return Source(person.name, text.split(" ", 1)[1], source.start, named=True)
        return (
            self._institution(noun, source.start)
            or self._office_head(noun, text, source)
            or self._role_given_before(noun, source)
            or self._issuer(noun, source)
            or self._speaker_just_named(noun, source)
        )

    def _speaker_just_named(self, noun: str, source: Source) -> Source | None:
        """""…," the elder added' right after "A community leader, Alhaji Sani Garba, said ...", "the trader
        said" after "Binta Musa sells tomatoes": a definite noun for one person that no earlier title or role
        phrase has is the named speaker of the lines just before."""
        recent = self.last_person
        if not source.text.lower().startswith(("the ", "this ", "that ")) or len(source.text.split()) > 3:
            return None  # "Sources said": many; "The NPA's regional spokesperson": someone new, described
        if "'s" in source.text or "’s" in source.text:
            return None
        if self.cues.source_nouns.get(noun) in ("institution", "media") or _plural_looking(noun):
            return None  # "the army said", "the residents said": not one person
        surnames = {name.split()[-1] for name in self.person_names}
        if recent is not None and (not recent.named or recent.text.split()[-1] not in surnames):
            recent = None  # a body ("Ministry of National Defence") is not "the commander"
        if recent is None or not 0 <= source.start - recent.start <= _JUST_NAMED_CHARS:
            # "Kamal Hossain, 45, lost his shop. “…,” the 45-year-old said": named, not yet a speaker
            if noun in self.cues.titles or self.cues.is_person_noun(noun):
                return None  # "The regional governor says": an office or role not given to anyone yet
            named = [
                p for p in self.people if 0 <= source.start - p.start <= _JUST_NAMED_CHARS and self._subject_at(p)
            ]
            if not named:
                return None
            return Source(named[-1].name, start=source.start, named=True)
        return replace(recent, start=source.start)

    def _issuer(self, noun: str, source: Source) -> Source | None:
        """"adds the text", "the communiqué indicates": the body cited last, whose statement it is."""
        if noun not in self.cues.report_nouns:
            return None
        people = self.person_names
        for earlier in reversed(self.named):
            if earlier.start < source.start and earlier.text not in people and not earlier.media:
                return replace(earlier, start=source.start)
        return self._body_named_before(source.start)

    def _body_named_before(self, offset: int) -> Source | None:
        """The last organisation the text names as a subject before ``offset`` ("The Ministry of Defence issued
        a statement"), for a statement or an "it" that no reporting verb has introduced."""
        found: Source | None = None
        for token in self._tokens_between(offset - _LOOKBACK_CHARS, offset):
            if token.dep_ not in ("nsubj", "nsubjpass") or self.quoted(token.idx) or token.ent_type_ != "ORG":
                continue
            candidate = source_from_head(token, self.cues, self.mentions)
            if candidate is not None and candidate.text not in self.person_names:
                found = candidate
        return replace(found, start=offset) if found is not None else None

    def _office_head(self, noun: str, text: str, source: Source) -> Source | None:
        """"the head of the region", "the police boss": the last person named before with a title that
        has the other words of the phrase ("governor of the Belgorod region", "Police Commander")."""
        if noun not in self.cues.office_heads:
            return None
        wanted = [w for w in text.lower().split()[1:] if w not in ("of", "the", noun)]
        if not wanted:
            return None
        for person in reversed(self.people):
            if person.start < source.start and all(w in person.titles for w in wanted):
                return Source(person.name, text.split(" ", 1)[1], source.start, named=True)
        return None

    def _role_given_before(self, noun: str, source: Source) -> Source | None:
        """"the elder said" after "The elder of the Kimoka neighbourhood, who asked not to be named, said":
        the source last introduced by a phrase with that head noun, when nobody was named with the title."""
        for earlier in reversed(self.unnamed):
            if earlier.start < source.start and head_noun(earlier.text) == noun and earlier.text != source.text:
                return replace(earlier, start=source.start)
        return None

    def _institution(self, noun: str, offset: int) -> Source | None:
        """"The Ministry assures", "the group said": the institution the text cited last by its name,
        one with that word in it ("Ministry of National Defence"), or for "the group" any group."""
        if self.cues.source_nouns.get(noun) != "institution":
            return None
        people = self.person_names
        # a body's name of several words, or one such as "Al-Shabaab", "UNHCR" (a lone surname is a person's)
        earlier = [
            s for s in reversed(self.named) if s.start < offset and s.text not in people and _body_like(s.text)
        ]
        for source in earlier:
            # "the army" after "the Nigerian Army", which the actor register calls "Military Forces of Nigeria"
            if noun in source.text.lower().split() or noun in (source.written or "").lower().split():
                return replace(source, start=offset)
        if noun in _ANY_GROUP:
            return replace(earlier[0], start=offset) if earlier else self._body_named_before(offset)
        return None

    def _person_before(self, offset: int, subjects_only: bool = False) -> Source | None:
        """The last person the text names before a pronoun: a PERSON, or a subject like "the president"."""
        best: Source | None = None
        for token in self._tokens_between(offset - _LOOKBACK_CHARS, offset):
            if (subjects_only and token.dep_ not in _SUBJECT_DEPS) or self.quoted(token.idx):
                continue
            if self._inside_a_report(token):
                continue  # "Zulum said President Tinubu had called him. “…,” he said": Tinubu is told about
            if self._is_person(token):
                source = source_from_head(token, self.cues, self.mentions)
                untagged = self._untagged_full_name(token)
                # "[Bilal] Khattak": the tagger's entity holds the surname alone
                if untagged and source is not None and " " not in source.text and untagged.endswith(source.text):
                    source = Source(untagged, start=self.doc[token.left_edge.i].idx, named=True)
                if source is not None and not source.pronoun:
                    best = source
        return self._expand(best) if best is not None else None

    def _untagged_full_name(self, token) -> str | None:  # noqa: ANN001
        """A subject of two to four capitalised proper nouns that no title, body word, place or actor of the
        article's mentions explains: the tagger's miss of a person's name, for a "he"/"she" to find."""
        if token.pos_ != "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
            return None
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
        if not 2 <= len(words) <= 4 or words[-1].i - words[0].i != len(words) - 1:
            return None
        if token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "PROPN":
            return None  # part of a longer name
        if any(not w.text[:1].isupper() or not w.is_alpha or self._body_word(w) for w in words):
            return None
        start, end = words[0].idx, token.idx + len(token.text)
        if any(m.start < end and start < m.end for m in self.mentions if m.kind in ("actor", "place")):
            return None
        return self.doc[words[0].i : token.i + 1].text

    def _body_word(self, token) -> bool:  # noqa: ANN001
        word = token.lower_
        return word in self.cues.titles or word in self.cues.source_nouns or word in NAMESAKE_PLACE_WORDS

    def _inside_a_report(self, token) -> bool:  # noqa: ANN001
        """Whether the token lies in the clause a reporting verb reports ("said [President Tinubu had called]")."""
        child = token
        for ancestor in token.ancestors:
            if child.dep_ == "ccomp" and ancestor.lemma_.lower() in self.cues.reporting_verbs:
                return True
            child = ancestor
        return False

    def _is_person(self, token) -> bool:  # noqa: ANN001
        if token.tag_ in ("NNS", "NNPS") or token.lower_ in _GROUP_WORDS:
            return False  # "he" is one person, not "the soldiers" or "most of them"
        if token.ent_type_ == "PERSON" and token.dep_ in ("nsubj", "appos", "nsubjpass", "pobj", "dobj"):
            if token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS:
                return False  # "a surgeon from Oran": a place the tagger took for a name
            return token.ent_iob_ != "O" and (token.i + 1 >= len(self.doc) or self.doc[token.i + 1].ent_iob_ != "I")
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if self.cues.is_person_noun(token.lemma_):
            return True
        if token.pos_ == "PROPN" and any(p.start <= token.idx < p.start + len(p.name) for p in self.people):
            return True  # "Olena Kravchuk was in the basement": a person the tagger took for an organisation
        if self._untagged_full_name(token):
            return True  # "Hamadou Diallo visited the site": a name of two or more words the tagger did not know
        if token.pos_ == "PROPN" and token.text in self.surnames and not _in_longer_name(token):
            return True  # a person named before in full, called by the surname alone
        if token.pos_ == "PROPN" and any(
            c.dep_ == "compound" and (c.lower_ in self.cues.titles or self.cues.is_person_noun(c.lower_))
            for c in token.children
        ):
            return True  # "Nurse Leila Haddad", tagged as an organisation
        # "one of the men", "some of the residents"
        return any(
            p.lower_ == "of" and any(self.cues.is_person_noun(o.lemma_) for o in p.children if o.dep_ == "pobj")
            for p in token.children
            if p.dep_ == "prep"
        )


_POSTMODIFIER_STARTS = frozenset(("of", "in", "at", "from", "for", "with", "on", "who", "whose", "near"))


_ACRONYM_SKIPS = frozenset(("of", "for", "the", "and", "on", "de", "du", "des", "la", "&"))


def _spells(doc, i: int, acronym: str) -> int | None:  # noqa: ANN001 - a spaCy Doc
    """The token index after a phrase from ``i`` whose capitalised words begin with the acronym's letters, one
    each ("Kenya Red Cross Society" → KRCS, "Inspector General of Police" → IGP), or None."""
    if len(acronym) < 2:
        return None
    return _spell_from(doc, i, acronym, 0)


def _spell_from(doc, i: int, acronym: str, k: int) -> int | None:  # noqa: ANN001
    """``_spells`` from letter ``k`` on: a small word ("of", "the") may give a letter ("Chief of Army Staff" →
    COAS) or be passed over (→ CAS), so both are tried."""
    if k == len(acronym):
        return i
    if i >= len(doc):
        return None
    token = doc[i]
    small = token.lower_ in _ACRONYM_SKIPS
    if (token.text[:1] == acronym[k] and token.text[1:2].islower()) or (small and token.text[:1].upper() == acronym[k]):
        found = _spell_from(doc, i + 1, acronym, k + 1)
        if found is not None or not small:
            return found
    if small and k:
        return _spell_from(doc, i + 1, acronym, k)
    return None


def _in_longer_name(token) -> bool:  # noqa: ANN001
    """Whether a proper noun is one word of a longer name ("Begum Street", "Khan Market")."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children) or (
        token.dep_ == "compound" and token.head.pos_ == "PROPN"
    )


def _plural_looking(noun: str) -> bool:
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


def _body_like(text: str) -> bool:
    return " " in text or "-" in text or (text.isupper() and len(text) > 1)


def _indefinite(source: Source) -> bool:
    return not source.named and source.text.lower().startswith(("a ", "an "))


def head_noun(text: str) -> str:
    """The last word before a phrase's first preposition or relative: "A medical source in the hospital" → source."""
    head = ""
    for word in text.lower().split():
        if word in _POSTMODIFIER_STARTS:
            break
        head = word
    return head


def _title_of(text: str) -> str | None:
    """The title noun of a definite role phrase: "the governor" → governor, "the head of police" → head."""
    words = text.lower().split()
    if len(words) < 2 or len(words) > 5 or words[0] not in ("the", "this", "that"):  # "specified this source"
        return None
    if "of" in words:
        k = words.index("of")
        return words[k - 1] if k > 1 else None
    return words[-1]
