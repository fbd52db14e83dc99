"""Event-type classifier: a text snippet -> the most likely ACLED (or extension) sub-event type.

A multinomial logistic regression over sparse features, trained by ``scripts/train_classifier.py`` on
our own hand-written and template-grown sentences (``data/training/``). Features are light stems, stem
bigrams over content words, and keyword groups from ``data/training/keywords.tsv`` (weapon words, crowd
words, ...) with their pairwise conjunctions, so that e.g. "crowd" + "killed" can weigh differently
from either alone. Weights ship as ``data/training/model.npz``; inference is numpy only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from itertools import combinations

import numpy as np

TRAINING_PACKAGE = "eventledger.data.training"
MODEL_FILE = "model.npz"
KEYWORDS_FILE = "keywords.tsv"
STOP_GROUP = "STOP"

_TOKEN = re.compile(r"[a-z]+|[0-9][0-9,.]*")
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
    "hundreds dozen dozens scores thousand thousands".split()
)


# ---------------------------------------------------------------- features


def stem(word: str) -> str:
    """A deliberately light suffix stripper: it merges inflections (killed/kills/killing) only."""
    if len(word) <= 3:
        return word
    base = _strip_suffix(word)
    # a final "e" is dropped so that "seize"/"seized"/"seizing" meet at "seiz"
    return base[:-1] if base.endswith("e") and len(base) > 3 else base


def _strip_suffix(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ing") and len(word) > 5:
        return _undouble(word[:-3])
    if word.endswith("ed") and len(word) > 4:
        return _undouble(word[:-1] if word.endswith("eed") else word[:-2])
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _undouble(base: str) -> str:
    # "shelled" -> "shell" keeps "ll"; "planned" -> "plan", "robbed" -> "rob"
    if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "lsz":
        return base[:-1]
    return base


def tokenize(text: str) -> list[str]:
    """Lower-cased stems; any number becomes ``<num>``."""
    tokens = []
    for raw in _TOKEN.findall(text.lower()):
        if raw[0].isdigit() or raw in _NUMBER_WORDS:
            tokens.append("<num>")
        else:
            tokens.append(stem(raw))
    return tokens


@dataclass(frozen=True)
class KeywordGroups:
    single: dict[str, tuple[str, ...]]  # stem -> groups
    phrases: tuple[tuple[str, str], ...]  # (" stem stem ", group)
    stop: frozenset[str]

    @cached_property
    def phrases_by_first_stem(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """The phrases filed under their first stem: a text holds a phrase only if it holds that stem, so a
        text is searched for the few phrases its own stems start, not for all of them."""
        filed: dict[str, list[tuple[str, str]]] = {}
        for phrase, group in self.phrases:
            filed.setdefault(phrase.split()[0], []).append((phrase, group))
        return {first: tuple(found) for first, found in filed.items()}


@cache
def load_keyword_groups() -> KeywordGroups:
    """Read ``keywords.tsv`` (group<TAB>term); terms are stemmed like the text they are matched in."""
    text = resources.files(TRAINING_PACKAGE).joinpath(KEYWORDS_FILE).read_text(encoding="utf-8")
    single: dict[str, list[str]] = {}
    phrases: list[tuple[str, str]] = []
    stop: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group, term = line.split("\t", 1)
        stems = tokenize(term)
        if group == STOP_GROUP:
            stop.update(stems)
        elif len(stems) == 1:
            single.setdefault(stems[0], []).append(group)
        elif stems:
            phrases.append((" " + " ".join(stems) + " ", group))
    return KeywordGroups({k: tuple(sorted(set(v))) for k, v in single.items()}, tuple(phrases), frozenset(stop))


# Groups that name who acts; the first one in a snippet is most often its grammatical subject, which
# separates "the army recaptured X" from "militants captured X" better than a bag of words can.
ACTOR_GROUPS = ("military", "armed_group", "crowd", "civilian", "mob", "crime")


def text_features(text: str) -> list[str]:
    """The sparse binary features of one snippet, as strings (sorted, no duplicates)."""
    groups_kb = load_keyword_groups()
    stems = tokenize(text)
    content = [s for s in stems if s not in groups_kb.stop]
    features = {"w:" + s for s in content}
    features.update("b:" + a + "_" + b for a, b in zip(content, content[1:], strict=False))
    first_seen = _groups_in(stems, groups_kb)
    groups = sorted(first_seen)
    features.update("g:" + g for g in groups)
    features.update("gg:" + a + "+" + b for a, b in combinations(groups, 2))
    actors = [g for g in ACTOR_GROUPS if g in first_seen]
    if actors:
        first_actor = min(actors, key=lambda g: first_seen[g])
        features.add("fa:" + first_actor)
        features.update("fa:" + first_actor + "+" + g for g in groups if g not in ACTOR_GROUPS)
    features.update(local_cue_features(stems, groups_kb))
    return sorted(features)


# Groups whose words report harm; a cue near one of them (a negation, a count, a crowd noun) changes
# what the harm means: "no one was killed" is not a killing, "killed 5" is, "protesters ... shot" is a
# crackdown rather than a battle.
HARM_GROUPS = ("kill", "injure", "live_fire", "firearm", "destroy", "loot", "riot", "crowd_control", "arrest")
NEGATION_CUE = "negation_cue"
CUE_WINDOW = 3  # tokens
CROWD_WINDOW = 5


def local_cue_features(stems: list[str], groups_kb: KeywordGroups) -> set[str]:
    """Features of word order the bag of words misses: negated harm, counted harm, crowds near
    harm, and the passive agent ("was shot by police" names the shooter after the verb)."""
    groups_at = [groups_kb.single.get(s, ()) for s in stems]
    features: set[str] = set()
    for i, groups in enumerate(groups_at):
        before = stems[max(0, i - CUE_WINDOW) : i]
        around = range(max(0, i - CROWD_WINDOW), min(len(stems), i + CROWD_WINDOW + 1))
        for group in groups:
            if group not in HARM_GROUPS:
                continue
            if any(NEGATION_CUE in groups_at[j] for j in range(max(0, i - CUE_WINDOW), i)):
                features.add("neg:" + group)
            if "<num>" in before or "<num>" in stems[i + 1 : i + 1 + CUE_WINDOW]:
                features.add("num:" + group)
            if any("crowd" in groups_at[j] for j in around):
                features.add("near:crowd+" + group)
        if stems[i] == "by":
            agent = _first_actor_after(groups_at, i)
            if agent:
                features.add("by:" + agent)
    return features


def _first_actor_after(groups_at: list[tuple[str, ...]], at: int) -> str | None:
    for groups in groups_at[at + 1 : at + 1 + CUE_WINDOW]:
        for group in ACTOR_GROUPS:
            if group in groups:
                return group
    return None


def _groups_in(stems: list[str], groups_kb: KeywordGroups) -> dict[str, int]:
    """Each keyword group found -> the character offset of its first match in the joined stems."""
    found: dict[str, int] = {}
    offset = 1
    for s in stems:
        for group in groups_kb.single.get(s, ()):
            found.setdefault(group, offset)
        offset += len(s) + 1
    joined = " " + " ".join(stems) + " "
    filed = groups_kb.phrases_by_first_stem
    # each group keeps its earliest offset, so the order the phrases are tried in changes nothing
    for first in sorted(filed.keys() & set(stems)):
        for phrase, group in filed[first]:
            at = joined.find(phrase)
            if at >= 0 and at < found.get(group, len(joined)):
                found[group] = at
    return found


# ---------------------------------------------------------------- model


@dataclass(frozen=True)
class Model:
    labels: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: np.ndarray  # (features, labels)
    bias: np.ndarray  # (labels,)

    def logits(self, text: str) -> np.ndarray:
        index = [self.vocabulary[f] for f in text_features(text) if f in self.vocabulary]
        if not index:
            return self.bias.astype(np.float64)
        # features are binary and scaled by 1/sqrt(count), exactly as in training
        scale = 1.0 / np.sqrt(len(index))
        return self.weights[index].sum(axis=0, dtype=np.float64) * scale + self.bias


@cache
def load_model() -> Model:
    """The shipped model (``data/training/model.npz``), loaded once."""
    with resources.files(TRAINING_PACKAGE).joinpath(MODEL_FILE).open("rb") as handle:
        data = np.load(handle, allow_pickle=False)
        features = data["features"].tolist()
        return Model(
            labels=tuple(data["labels"].tolist()),
            vocabulary={f: i for i, f in enumerate(features)},
            weights=data["weights"].astype(np.float32),
            bias=data["bias"].astype(np.float64),
        )


def score_text(text: str) -> dict[str, float]:
    """Probabilities over the sub-event types (they sum to 1)."""
    return dict(_scored(text))


@lru_cache(maxsize=4096)  # a sentence is scored for the sentence model's blend and again for its sub-type
def _scored(text: str) -> tuple[tuple[str, float], ...]:
    model = load_model()
    logits = model.logits(text)
    exp = np.exp(logits - logits.max())
    probabilities = exp / exp.sum()
    return tuple((label, float(p)) for label, p in zip(model.labels, probabilities, strict=True))


def classify_text(text: str) -> str:
    """The most likely sub-event type of ``text`` (an exact taxonomy string, never empty)."""
    model = load_model()
    return model.labels[int(np.argmax(model.logits(text)))]


def classify_lines(lines: Iterable[str]) -> Iterator[str]:
    """``eventledger classify``: ``ID<TAB>TEXT`` lines in, ``ID<TAB>sub_event_type`` lines out.

    A line without a tab is all text and its ID is its 1-based line number; blank lines are skipped, and so is
    a first line that is a TSV header ("id<TAB>text").
    """
    return classify_batched(lines, lambda texts: [classify_text(t) for t in texts], batch=1)


HEADER_IDS = frozenset({"id", "snippet_id", "doc_id", "document_id"})
HEADER_TEXTS = frozenset({"text", "snippet", "sentence"})


def is_header(line: str) -> bool:
    """A TSV header line such as "id<TAB>text" (a snippet's text is never one of these words alone)."""
    fields = line.strip().lower().split("\t")
    return len(fields) == 2 and fields[0] in HEADER_IDS and fields[1] in HEADER_TEXTS


def classify_batched(
    lines: Iterable[str], classify_texts: Callable[[list[str]], list[str]], batch: int = 256
) -> Iterator[str]:
    """``classify_lines`` for a model that types a batch of texts at once (the sentence model, the embedding
    blend): the same ``ID<TAB>TEXT`` in and ``ID<TAB>sub_event_type`` out, in batches of ``batch`` lines."""
    pending: list[tuple[str, str]] = []
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n")
        if not line.strip() or (number == 1 and is_header(line)):
            continue
        snippet_id, text = line.split("\t", 1) if "\t" in line else (str(number), line)
        pending.append((snippet_id, text))
        if len(pending) >= batch:
            yield from _typed(pending, classify_texts)
            pending = []
    yield from _typed(pending, classify_texts)


def _typed(pending: list[tuple[str, str]], classify_texts: Callable[[list[str]], list[str]]) -> Iterator[str]:
    if not pending:
        return
    for (snippet_id, _), sub_event_type in zip(pending, classify_texts([t for _, t in pending]), strict=True):
        yield f"{snippet_id}\t{sub_event_type}"
