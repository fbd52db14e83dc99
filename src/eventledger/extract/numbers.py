"""Numbers in news text, and the number of people a sentence says were killed.

``parse_number`` reads one quantity phrase ("about 100", "forty-six", "between 500 and a few thousand",
"dozens"); ``parse_fatalities`` finds the death count a sentence states.

How qualifiers are coded (the words live in ``data/lexicons/number_qualifiers.tsv``):

- "about / around / some / nearly N" -> ``(N, N, True)``: the figure kept and marked approximate.
- "at least / more than / over N" -> ``(N, None, False)``: N is the conservative figure ACLED codes;
  no upper bound is known.
- "up to / as many as N" -> ``(N, N, True)``: reporters use them for the figure itself.
- "fewer than / at most / under N" -> ``(None, N, False)``: an upper bound only.
- Vague words follow ACLED (tens 10, dozens 12, hundreds 100) and our own rule (a few / several 3,
  many 10), always approximate: "dozens" -> ``(12, 12, True)``.
- Ranges "10 to 15", "between 10 and 15" -> ``(10, 15, False)``.
"""

from __future__ import annotations

import bisect
import csv
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventledger.models import Fatalities

NumberValue = tuple[int | None, int | None, bool]


@dataclass(frozen=True)
class _NumberLexicon:
    words: dict[str, tuple[int, str]]  # word -> (value, kind)
    qualifiers: dict[str, str]  # phrase -> effect


def read_lexicon(name: str) -> list[dict[str, str]]:
    """The rows of a TSV file under ``data/lexicons/``; lines starting with ``#`` are comments."""
    text = resources.files("eventledger.data").joinpath("lexicons", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def _lexicon() -> _NumberLexicon:
    words = {r["word"]: (int(r["value"]), r["kind"]) for r in read_lexicon("numbers.tsv")}
    qualifiers = {r["phrase"]: r["effect"] for r in read_lexicon("number_qualifiers.tsv")}
    return _NumberLexicon(words, qualifiers)


def _alternation(phrases: list[str]) -> str:
    """A regex alternation that tries longer phrases first, so "a few" wins over "a"."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


# ---------------------------------------------------------------- parse_number

_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?\+?|[a-z]+")


def _tokens(phrase: str) -> list[str]:
    text = phrase.lower().replace("\u2013", "-").replace("\u2014", "-")
    return _TOKEN.findall(text)


def _strip_qualifier(tokens: list[str]) -> tuple[str | None, list[str]]:
    qualifiers = _lexicon().qualifiers
    for size in (3, 2, 1):
        head = " ".join(tokens[:size])
        if len(tokens) > size and head in qualifiers:
            return qualifiers[head], tokens[size:]
    return None, tokens


def _digits_value(token: str) -> float | None:
    cleaned = token.rstrip("+").replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _parse_quantity(tokens: list[str]) -> tuple[int, bool, int] | None:
    """(value, approximate, tokens used) for the quantity at the start of ``tokens``, else None."""
    words = _lexicon().words
    total = 0.0
    current = 0.0
    seen = approx = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        pair = f"{token} {nxt}"
        if token[0].isdigit():
            if seen:
                break
            value = _digits_value(token)
            if value is None:
                break
            current, seen = value, True
        elif pair in words and words[pair][1] == "vague" and not seen:
            current, seen, approx = float(words[pair][0]), True, True
            i += 1
        elif token in words:
            value, kind = words[token]
            if kind in ("unit", "tens"):
                current += value
            elif kind == "article":
                if nxt not in words or words[nxt][1] not in ("scale", "dozen"):
                    break
                current = 1
            elif kind in ("scale", "dozen"):
                current = max(current, 1) * value
                if value >= 1000:
                    total, current = total + current, 0.0
            elif kind == "vague":
                # "several hundred", "tens of thousands": a vague count of a larger unit
                current = current * value if seen and value >= 100 else float(value)
                approx = True
            seen = True
        elif token in ("and", "of") and seen and nxt in words and words[nxt][1] in ("unit", "tens", "vague"):
            pass  # "one hundred and twenty", "tens of thousands"
        else:
            break
        i += 1
    if not seen or not math.isfinite(total + current):
        return None  # "99999…" hundreds of digits long, or "million million …", counts nothing
    return int(total + current), approx, i


def _apply_qualifier(effect: str | None, value: int, approx: bool) -> NumberValue:
    if effect == "approx" or effect == "upto":
        return value, value, True
    if effect == "min":
        return value, None, approx
    if effect == "max":
        return None, value, approx
    return value, value, approx


def _parse_range(tokens: list[str]) -> NumberValue | None:
    """Ranges: "between 10 and 15", "10 to 15", "10-15", "five or six"."""
    rest = tokens[1:] if tokens and tokens[0] in ("between", "from") else tokens
    low = _parse_quantity(rest)
    if low is None or low[2] >= len(rest) or rest[low[2]] not in ("and", "to", "or"):
        return None
    if tokens[0] != "between" and rest[low[2]] == "and":
        return None
    high = _parse_quantity(rest[low[2] + 1 :])
    if high is None:
        return None
    return min(low[0], high[0]), max(low[0], high[0]), low[1] or high[1]


def parse_number(phrase: str) -> NumberValue | None:
    """``(minimum, maximum, approximate)`` for a quantity phrase, or None when it holds no number.

    Words after the quantity are ignored ("about 100 people" -> (100, 100, True)).
    """
    tokens = _tokens(phrase.replace("-", " ") if not re.search(r"\d\s*-\s*\d", phrase) else phrase)
    if re.search(r"\d\s*-\s*\d", phrase):
        tokens = _tokens(re.sub(r"(\d)\s*-\s*(\d)", r"\1 to \2", phrase))
    effect, tokens = _strip_qualifier(tokens)
    ranged = _parse_range(tokens)
    if ranged is not None:
        low, high, approx = ranged
        return (low, high, True) if effect == "approx" else (low, high, approx)
    quantity = _parse_quantity(tokens)
    if quantity is None:
        return None
    value, approx, _ = quantity
    if tokens[0].endswith("+") or tokens[quantity[2] : quantity[2] + 1] == ["plus"]:
        effect = effect or "min"
    return _apply_qualifier(effect, value, approx)


# ---------------------------------------------------------------- finding numbers in text


@cache
def number_pattern() -> re.Pattern[str]:
    """A regex for number phrases in running text (qualifier, quantity, optional range)."""
    lex = _lexicon()
    plain = [w for w, (_, kind) in lex.words.items() if kind != "article"]
    word = rf"(?:an?\s+(?:hundred|thousand|million|dozen|few|handful|couple)|{_alternation(plain)})"
    # "1ST LEAD", "the 3rd battalion": an ordinal counts nobody
    digits = r"(?<![\d/:.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d/:]|\.\d|(?:st|nd|rd|th)\b)\+?"
    token = rf"(?:{digits}|\b{word}\b)"
    joiner = r"(?:[\s-]+|(?:(?<=hundred)|(?<=thousand))\s+and\s+|\s+of\s+(?=thousands|hundreds|millions))"
    quantity = rf"{token}(?:{joiner}{token})*"
    qualifier = rf"\b(?:{_alternation(list(lex.qualifiers))})\s+"
    return re.compile(
        rf"(?:{qualifier})?(?:\bbetween\s+{quantity}\s+and\s+{quantity}"
        rf"|{quantity}(?:\s*(?:-|\u2013|\bto\b|\bor\b)\s*{quantity}(?!\s*(?:-|\u2013)))?)",
        re.IGNORECASE,
    )


# ---------------------------------------------------------------- parse_fatalities


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    kind: str  # death, injury, mixed, other, unit
    position: str  # after, before, both: where the counted number may stand relative to the cue
    text: str


@dataclass(frozen=True)
class _Figure:
    start: int
    end: int
    value: NumberValue


@cache
def _cue_table() -> dict[str, tuple[str, str]]:
    # keyed in lower case, as cues are matched whatever their case ("IEDs" is looked up as "ieds")
    return {r["cue"].lower(): (r["kind"], r["position"]) for r in read_lexicon("casualty_cues.tsv")}


@cache
def _cue_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(list(_cue_table()))})(?![\w])", re.IGNORECASE)


# killed-and-wounded in one figure: "12 killed or injured", "deaths and injuries"
_MIXED_JOIN = re.compile(r"\s*(?:,\s*)?(?:and/or|and|or|/|&)\s*", re.IGNORECASE)
# a clause break: a number on the far side of one belongs to another statement
# ("... were killed, and that the attackers left with two trucks": "and that" opens a second reported clause)
_CLAUSE_BREAK = re.compile(
    r"[;:()\u2014\"\u201c\u201d]|\s-\s|\b(?:but|while|whereas|although)\b|\band\s+that\b", re.I
)
_WORD = re.compile(r"[\w%]+(?:[-'.][\w]+)*")
_MAX_GAP_WORDS = 6


def _month_alternation() -> str:
    """A month's name or its abbreviation from calendar_en.tsv, and nothing longer: "separatists",
    "marines" and "junior" are no months; nor is the verb in "12 may have died"."""
    rows = read_lexicon("calendar_en.tsv")
    words = sorted((r["word"] for r in rows if r["kind"] in ("month", "month_abbr")), key=len, reverse=True)
    names = [rf"{w}(?!\s+(?:have|be|not|also|still|well)\b)" if w == "may" else re.escape(w) for w in words]
    return rf"(?:{'|'.join(names)})"


_MONTH = _month_alternation()
# a number after these words is a date, a place in a list, or a subset of a figure already counted (not after a
# bare "among": "three children were among five people killed" counts the five)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\b(?:in|on|at|from|near|since|by|within|after|before|until|including|aged|no\.|"
    r"route|number|of\s+the|of\s+its|of\s+their|of\s+whom|of\s+them|among\s+them|among\s+whom|according\s+to)"
    rf"|\b{_MONTH}\.?)\s*$",
    re.IGNORECASE,
)
_RESULTED_IN = re.compile(r"\bresult(?:s|ed|ing)?\s+in\s*$", re.IGNORECASE)
_SUBJECT_AFTER = re.compile(r"\b(?:after|before|since|when)\s*$", re.IGNORECASE)
_SUBJECT_OF_CLAUSE = re.compile(r"\s+[a-z][\w-]+\s+(?:were|had\s+been|have\s+been)\s+\w", re.IGNORECASE)
_MONTH_AFTER = re.compile(
    rf"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}(?![\w-])", re.I
)
_COUNT_OF = re.compile(r"\b(?:lives|bodies|remains|deaths?|total|toll|killing|murder|massacre)\s+of\s*$", re.I)
# "killed 12 soldiers, three of them officers": a part of a figure already counted
_SUBSET_AFTER = re.compile(r"^\s+(?:of\s+(?:them|whom)|among\s+(?:them|whom))\b", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*-?\s*(?:year|month|week|day)s?[- ]old\b", re.IGNORECASE)
# a word, a comma, then (the number): the place of an age written between commas after a person
_AGE_BETWEEN_COMMAS = re.compile(r"[A-Za-z]\s*,\s*$")
# "a 12-hour siege", "in two days": a duration counts no people
_DURATION_AFTER = re.compile(r"\s*-?\s*(?:hours?|hrs?|minutes?|days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE)
_RISE_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TOLL_AT = re.compile(
    # "put the toll at 11", and a count's update: "the number of people killed stands at nearly 40"
    r"\btoll\s+(?:(?:now\s+)?(?:stood|stands)\s+)?at\s*$|\b(?:stands|stood|rose|risen|climbed)\s+(?:at|to)\s*$",
    re.IGNORECASE,
)
_RANGE_TO = re.compile(r"\sto\s", re.IGNORECASE)
_ZERO = re.compile(
    r"\b(?:no(?:\s+one|body)|none)\s+(?:\w+\s+){0,3}?(?:was|were|had\s+been|has\s+been|have\s+been)"
    r"\s+(?:killed|hurt|injured|harmed|wounded)"
    r"|\b(?:no(?:\s+one|body))\s+(?:died|was\s+hurt)"
    r"|\b(?:no|without|zero)\s+(?:\w+\s+)?(?:casualties|deaths|fatalities|injuries|loss\s+of\s+life)"
    r"|\b(?:did\s+not|didn't)\s+(?:cause|result\s+in)\s+(?:any\s+)?(?:casualties|deaths|injuries)",
    re.IGNORECASE,
)
# "no immediate reports of casualties" says the figure is unknown, not zero
_UNKNOWN = re.compile(r"\bno\s+(?:\w+\s+)?(?:reports?|word|information|details)\s+(?:of|on)\b", re.I)
_SINGLE_DEATH = re.compile(
    r"\b(?:was|is|has\s+been|had\s+been)\s+(?:(?:reportedly|allegedly|later|also|then)\s+)?"
    r"(?:shot\s+dead|killed|slain|murdered|martyred|executed|beheaded|decapitated|lynched|found\s+dead"
    r"|(?:shot|beaten|stabbed|hacked|burned|burnt|clubbed|stoned|tortured|strangled)\s+to\s+death)\b"
    r"|\b(?:killed|killing|kills|shot|murdered|executed|assassinated|beheaded|decapitated|lynched)\s+(?:him|her|an?\s+(?!number|total|lot|few|couple|week|day|month|year)[\w-]+)\b"
    r"|\b(?:him|her|an?\s+[\w-]+(?:\s+[\w-]+)?)\s+to\s+death\b"
    r"|\b(?:he|she)\s+(?:later\s+)?died\b"
    # "documented the killing of a shepherd", "the death of a child"
    r"|\b(?:killing|murder|death|martyrdom|assassination|execution)\s+of\s+(?:a|an|one)\s+"
    r"(?!number|total|lot|few|couple)[\w-]+"
    r"|\b(?:a|an|one|the)\s+(?:[a-z-]+\s+){0,3}?(?:died|dies)\b",
    re.IGNORECASE,
)
# a death sentence: "sentenced (three men) to death", its verb at most four words before "to death"
_SENTENCED = re.compile(r"\b(?:sentenc|condemn)\w*(?:\s+[\w-]+){0,4}\s*$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|n't|no)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _find_cues(text: str) -> list[_Cue]:
    table = _cue_table()
    cues = []
    for m in _cue_pattern().finditer(text):
        kind, position = table[re.sub(r"\s+", " ", m.group().lower())]
        if kind == "death" and _SENTENCED.search(text[max(0, m.start() - 60) : m.start()]):
            kind = "other"  # "sentenced three men to death": a court's sentence, no one died
        cues.append(_Cue(m.start(), m.end(), kind, position, m.group()))
    return _merge_mixed(text, _without_describing_cues(text, cues))


def _without_describing_cues(text: str, cues: list[_Cue]) -> list[_Cue]:
    """'At least four displaced persons killed', 'two abducted students were found dead': a word of another
    fate right before the counted people describes them; the death after them is what the number counts."""
    kept = []
    for k, cue in enumerate(cues):
        following = cues[k + 1] if k + 1 < len(cues) else None
        describes = (
            cue.kind == "other"
            and following is not None
            and following.kind == "death"
            and _counted_right_before(text, cue.start)
            and _DESCRIBED_PEOPLE.fullmatch(text[cue.end : following.start]) is not None
        )
        if not describes:
            kept.append(cue)
    return kept


def _counted_right_before(text: str, start: int) -> bool:
    """A number ends right before ``start`` ("four displaced", "6 abducted"), not after it ("abducted two")."""
    before = text[max(0, start - 40) : start]
    return any(m.end() == len(before.rstrip()) for m in number_pattern().finditer(before.rstrip()))


# the people a word of another fate describes, then at most an auxiliary before their death's word
_DESCRIBED_PEOPLE = re.compile(
    r"(?:\s+[a-z][\w-]*){1,3}?(?:\s+(?:were|was|have\s+been|had\s+been|are|found)){0,2}\s+", re.I
)


def _merge_mixed(text: str, cues: list[_Cue]) -> list[_Cue]:
    """Join "killed and wounded" (or the reverse) into one cue for a combined figure."""
    merged: list[_Cue] = []
    for cue in cues:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and {prev.kind, cue.kind} == {"death", "injury"}
            and _MIXED_JOIN.fullmatch(text[prev.end : cue.start])
        ):
            merged[-1] = _Cue(prev.start, cue.end, "mixed", "both", text[prev.start : cue.end])
        else:
            merged.append(cue)
    return merged


def _is_count(text: str, m: re.Match[str]) -> bool:
    """False for numbers that are dates, years, times or subsets rather than counts of people."""
    phrase = m.group()
    if re.fullmatch(r"(?:1[89]|20)\d\d", phrase.strip()) or _AGE_AFTER.match(text[m.end() : m.end() + 16]):
        return False
    if _DURATION_AFTER.match(text[m.end() : m.end() + 12]):
        return False
    comma_after = text[m.end() : m.end() + 8].lstrip()[:1] == ","
    if comma_after and _AGE_BETWEEN_COMMAS.search(text[max(0, m.start() - 30) : m.start()]):
        return False  # "Boy, 10, among four civilians killed", "Ali Musa, 34, was shot": a person's age
    before = text[max(0, m.start() - 20) : m.start()]
    if _RISE_FROM.search(before) and _RANGE_TO.search(phrase):
        return True
    if _TOLL_AT.search(before):
        return True  # "put the toll at 11": the figure a speaker gives the toll
    if _SUBJECT_AFTER.search(before) and (
        _SUBJECT_OF_CLAUSE.match(text[m.end() : m.end() + 40]) or _dies_right_after(text, m.end())
    ):
        # "a day after four vaccinators were gunned down", a headline's "curfew after 12 killed in clashes":
        # the subject of a clause
        return True
    if _RESULTED_IN.search(before):
        return True  # "resulting in 7 fatalities": "in" opens the outcome, not a place or a time
    if _NOT_A_COUNT_BEFORE.search(before) or _SUBSET_AFTER.match(text[m.end() : m.end() + 16]):
        return False
    if re.search(r"\bof\s*$", before, re.I) and not _COUNT_OF.search(before):
        return False  # "members of one family"; but "the lives of 20", "a total of 12"
    return not _MONTH_AFTER.match(text[m.end() : m.end() + 16])


_COUNTED_NOUN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}$")


def _dies_right_after(text: str, end: int) -> bool:
    """The number is followed, within a noun or two, by a word of death that counts what stands before it
    ("after 6 men executed", "since 12 killed"), as a headline writes a clause without its auxiliary."""
    window = text[end : end + 40]
    death = next((c for c in _find_cues(window) if c.kind == "death" and c.position in ("after", "both")), None)
    return death is not None and _COUNTED_NOUN.fullmatch(" " + window[: death.start]) is not None


def _find_figures(text: str) -> list[_Figure]:
    figures = []
    for m in number_pattern().finditer(text):
        if not _is_count(text, m):
            continue
        value = parse_number(m.group())
        if value is None:
            continue
        if _RISE_FROM.search(text[max(0, m.start() - 8) : m.start()]):
            # "rose from 40 to 57": the figure is the last one
            value = (value[1], value[1], value[2]) if value[1] is not None else value
        figures.append(_Figure(m.start(), m.end(), value))
    return figures


def _gap_words(text: str, start: int, end: int, limit: int) -> int | None:
    """Words in ``text[start:end]`` (between a number and a cue), or None when a clause break
    separates them.

    Counting stops past ``limit`` (the caller refuses such a gap whatever it holds): a sentence of
    thousands of numbers would otherwise cost a scan of the rest of the sentence for every number.
    """
    count = 0
    for _ in _WORD.finditer(text, start, max(start, end)):
        count += 1
        if count > limit:
            return count
    gap = text[start:end]
    if _CLAUSE_BREAK.search(gap) or re.search(r"\.(?:\s|$)", gap):
        return None
    return count


@dataclass(frozen=True)
class _CueIndex:
    """Cues in text order, with their offsets ready for binary search."""

    cues: list[_Cue]
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, cues: list[_Cue]) -> _CueIndex:
        return cls(cues, [c.start for c in cues], [c.end for c in cues])

    def neighbours(self, figure: _Figure) -> tuple[_Cue | None, _Cue | None]:
        """The nearest cue before the figure and the nearest after it."""
        after = bisect.bisect_left(self.starts, figure.end)
        before = bisect.bisect_right(self.ends, figure.start) - 1
        return (self.cues[before] if before >= 0 else None), (self.cues[after] if after < len(self.cues) else None)

    def after(self, cue: _Cue) -> _Cue | None:
        """The cue that follows ``cue``."""
        k = bisect.bisect_left(self.starts, cue.end)
        return self.cues[k] if k < len(self.cues) else None


def _cue_for(text: str, figure: _Figure, cues: _CueIndex) -> _Cue | None:
    """The cue a number counts for: the nearest one before or after it in the same clause."""
    candidates: list[tuple[float, int, _Cue]] = []
    preceding, following = cues.neighbours(figure)
    if following is not None and following.kind == "unit":
        reach = _gap_words(text, figure.end, following.start, 1)
        if reach is None or reach > 1:
            # "Two civilians over 60 years old killed": a unit out of the number's reach ("years old" counts
            # the 60) leaves the number to the cue after it
            following = cues.after(following)
    if following is not None and following.position in ("after", "both"):
        limit = 1 if following.kind == "unit" else _MAX_GAP_WORDS
        gap = _gap_words(text, figure.end, following.start, limit)
        if gap is not None and gap <= limit:
            # a unit right after the number says what it counts, whatever verb stands before it ("slaughtered
            # more than 40 cows")
            candidates.append((gap, -1 if following.kind == "unit" else 1, following))
    if preceding is not None and preceding.position in ("before", "both") and not _subject_after_comma(text, figure):
        gap = _gap_words(text, preceding.end, figure.start, _MAX_GAP_WORDS)
        if gap is not None and gap <= _MAX_GAP_WORDS:
            # "were killed and five others wounded", "five killed, 20 wounded": a number opening a new conjunct
            # counts for what follows
            between = text[preceding.end : figure.start]
            penalty = 1.5 if re.search(r"\b(?:and|or)\b|[,;]", between, re.I) else 0.0
            candidates.append((gap + penalty, 0, preceding))
    return min(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None


# "... found murdered, 2 were pregnant": a bare number after a comma with a verb of its own right after it is
# the subject of a new clause, not the object of the death word before the comma
_BARE_SUBJECT_AFTER = re.compile(r"\s+(?:were|was|are|is|have|has|had)\b", re.IGNORECASE)


def _subject_after_comma(text: str, figure: _Figure) -> bool:
    # a window, not the text before: a sentence of thousands of numbers stays linear
    return text[max(0, figure.start - 8) : figure.start].rstrip().endswith(",") and (
        _BARE_SUBJECT_AFTER.match(text, figure.end) is not None
    )


def _sum_figures(figures: list[_Figure]) -> NumberValue:
    lows = [f.value[0] for f in figures]
    highs = [f.value[1] for f in figures]
    low = sum(v for v in lows if v is not None) if any(v is not None for v in lows) else None
    high = sum(v for v in highs if v is not None) if all(v is not None for v in highs) else None
    return low, high, any(f.value[2] for f in figures)


# "killed the muezzin and", "shot dead a teacher and": one person, named by a singular noun, before a count
_ONE_BEFORE_COUNT = re.compile(
    r"^\s+(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+and\s+(?:his\s+|her\s+|their\s+)?$"
)
_SELF_BEFORE_COUNT = re.compile(r"^\s+(?:him|her)self\s+and\s+$", re.IGNORECASE)
# "A man and his two sons were killed": the same, opening the sentence whose death word follows the count
_ONE_OPENING_COUNT = re.compile(
    r"(?:^|[.;:]\s+|,\s+|\b(?:said|says|say|that)\s+)(?:the|a|an)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)\s+and\s+(?:his|her|their)\s+$",
    re.IGNORECASE,
)


def _breaks_down_the_first(text: str, chosen: list[tuple[_Figure, _Cue]], named_after: bool) -> bool:
    """The first figure counts people of any kind ("nine people"), and the figures after it, with the one
    person named after them, add up to it exactly ("five soldiers, three civilians and two policemen" is a
    list, whatever its sums)."""
    if len(chosen) < 2 or not _ANY_PEOPLE_AFTER.match(text, chosen[0][0].end):
        return False
    first = chosen[0][0].value[0]
    rest = [f.value[0] for f, _ in chosen[1:]]
    if first is None or any(v is None for v in rest):
        return False
    return sum(v for v in rest if v is not None) + (1 if named_after else 0) == first


_ANY_PEOPLE_AFTER = re.compile(r"\s+(?:people|persons|individuals)\b", re.IGNORECASE)


def _one_named_before(text: str, figure: _Figure, cue: _Cue) -> bool:
    if cue.end > figure.start:
        found = _ONE_OPENING_COUNT.search(text[max(0, figure.start - 60) : figure.start])
        noun = found.group("noun").lower() if found else ""
        return _one_person(noun)
    if cue.position == "after":
        return False
    if _SELF_BEFORE_COUNT.match(text[cue.end : figure.start]):
        return True  # "killing herself and four others": the source counts the bomber among its dead
    found = _ONE_BEFORE_COUNT.match(text[cue.end : figure.start])
    noun = found.group("noun") if found else ""
    return _one_person(noun)


# "eight soldiers and a civilian.", "eight personnel and a driver were killed": one person, named by a singular
# noun joined to the count, where the sentence or its death word follows
_ONE_AFTER_COUNT = re.compile(
    # the counted people in a word or two, or as a group's members or a force's men ("seven suspected members of
    # the Dawlah Islamiyah-Hassan group and a soldier", "eight jawans of the District Reserve Guard and a driver")
    r"\s+(?:(?:[\w-]+\s+){1,2}?|(?:suspected\s+|alleged\s+)?[a-z]+s\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}"
    r"(?:(?:group|faction|militia|movement|gang|cartel)\s+)?)"
    # "and a civilian driver", "and their driver", "and the driver of the vehicle"
    # (the noun's word before it is tried last: in "and a soldier died in", "soldier" is the noun, not a word before
    # "died")
    r"and\s+(?:a|an|one|the|their|his|its)\s+(?:[a-z-]+\s+)??(?P<noun>[a-z-]+)(?:\s+of\s+(?:the|their|its)\s+[a-z-]+)?"
    r"(?=\s*(?:[.;,]|$|(?:were|was)\s+(?:killed|shot|slain|martyred)"
    r"|(?:killed|died|dead|in|at|near|on|during|when|after|attained|embraced|lost)\b))"
)


def _one_named_after(text: str, figure: _Figure) -> bool:
    found = _ONE_AFTER_COUNT.match(text, figure.end)
    if found is None:
        return False
    # "one dead and one injured": a word that says what a number counts is no person's noun, nor ends its count
    words = found.group().lower().split()
    if any(w in _cue_table() for w in words):
        return False
    return _one_person(found.group("noun"))


def _one_person(noun: str) -> bool:
    """A singular noun ("muezzin", "driver", not "sons"; "witness" is singular) that may name a person."""
    return bool(noun) and (not noun.endswith("s") or noun.endswith("ss")) and noun not in _NOT_PEOPLE


# singular nouns that are no person killed ("killed the rest and", "the same day and")
_NOT_PEOPLE = frozenset({
    "rest", "day", "night", "morning", "evening", "week", "other", "same", "following", "dog", "cow", "goat", "horse",
    "camel", "donkey", "cat", "sheep", "lot", "number", "few", "dozen",
})  # fmt: skip


# "one of the deadliest attacks", "one of the worst": a superlative's "one of", which counts no one
_ONE_OF_A_KIND = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:most\s+\w+|\w+est|worst)\b", re.IGNORECASE)


def _is_vague(text: str, figure: _Figure) -> bool:
    """A figure with no digit or exact number word of its own: "many", "several", "scores" (numbers.tsv's
    vague words)."""
    kinds = _lexicon().words
    words = text[figure.start : figure.end].lower().split()
    return not any(
        w.replace(",", "").isdigit() or kinds.get(w, (0, "vague"))[1] in ("unit", "tens", "scale", "dozen")
        for w in words
    )


def _coordinated(text: str, deaths: list[tuple[_Figure, _Cue]]) -> list[tuple[_Figure, _Cue]]:
    """The first death figure and those joined to it by "and" or a comma ("5 soldiers and 3 civilians")."""
    kept = deaths[:1]
    for figure, cue in deaths[1:]:
        if not re.search(r",|\band\b|\bas well as\b", text[kept[-1][0].end : figure.start], re.I):
            break
        if _ONE_OF_A_KIND.match(text, figure.end):
            break  # "killed 40 farmers in Zabarmari, one of the deadliest attacks": a comparison, not one more dead
        if cue.end <= figure.start and _OPENS_OWN_CLAUSE.match(text, figure.end):
            break  # "killed 11 people, many farmers have stopped coming": the subject of a clause of its own
        kept.append((figure, cue))
    return kept


# a counted subject with a finite verb of its own, and no word of death, before the next break
_OPENS_OWN_CLAUSE = re.compile(
    r"(?![^,.;:]*\b(?:killed|dead|died|slain|perished|lost\s+their\s+lives)\b)"
    r"[^,.;:]{0,60}?\b(?:have|has|had|are|were|is|was|will|would|can|could|say|said)\b",
    re.IGNORECASE,
)


def _expression(text: str, figures: list[_Figure], cues: list[_Cue]) -> str:
    start = min([f.start for f in figures] + [c.start for c in cues])
    end = max([f.end for f in figures] + [c.end for c in cues])
    return text[start:end]


# "Three people, two police officers and a passer-by, were killed": the appositive breaks the head down
_APPOSITIVE = re.compile(
    # the head starts where a word starts, never inside a hyphenated run: "\b" alone lets the match
    # restart at every hyphen of "12-12-12-…" and rescan it, quadratic in its length
    r"(?P<head>(?<![\w-])[\w-]+(?:\s+[\w-]+){0,3}),\s+(?P<inner>[^,;:()]{3,80}?),\s+"
    r"(?=(?:were|was|have\s+been|had\s+been|died|are|all)\b)",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"\([A-Z][\w-]{1,12}\)")  # "(FARDC)": a name's short form, no clause break
_JOINED = re.compile(r"(?:,|\band|\bas\s+well\s+as)\s*$", re.IGNORECASE)


def _mask_breakdown(text: str) -> str:
    """Blank out an appositive breakdown of a counted head ("Three people, two police officers and a
    passer-by, were killed" counts three, not two), and the list a counted figure goes on to break down
    ("165 were killed, including 37 soldiers, and 23 civilians killed by air strikes" counts 165): its
    figures are the same dead again."""
    for m in _APPOSITIVE.finditer(text):
        if number_pattern().search(m.group("head")):  # "18 persons, among whom women and children, were"
            start, end = m.start("inner") - 2, m.end("inner") + 1
            text = text[:start] + " " * (end - start) + text[end:]
    for m in _AMONG_A_COUNT.finditer(text):
        if number_pattern().fullmatch(m.group("count")) and number_pattern().search(m.group("part")):
            # "three children were among five people killed": the five are the dead, the three a part of them
            text = text[: m.start("part")] + " " * (m.end("part") - m.start("part")) + text[m.end("part") :]
    for m in _AMONG_CLAUSE.finditer(text):
        before = text[: m.start("clause")]
        if number_pattern().search(before) and _DEATH_BEFORE.search(before):
            # "three were killed, police said, adding that two officers were among the dead": the same dead
            text = text[: m.start("clause")] + " " * (m.end("clause") - m.start("clause")) + text[m.end("clause") :]
    for m in _INCLUDING_LIST.finditer(text):
        if number_pattern().search(text[: m.start()]):
            # "..., including a captain, and two civilians died in Gao": a clause of its own ends the list
            own = _OWN_CLAUSE.search(m.group())
            end = m.start() + own.start() if own else m.end()
            text = text[: m.start()] + " " * (end - m.start()) + text[end:]
    return text


# a part counted as being among a count told after it ("three children were among five people killed")
_AMONG_A_COUNT = re.compile(
    r"(?P<part>(?<![\w-])[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:were|was|are|is)\s+among\s+(?:the\s+)?"
    r"(?:at\s+least\s+)?(?P<count>[\w-]+)\b",
    re.IGNORECASE,
)
# a part of the dead told before it, in a clause of its own ("two officers were among the dead", "two of them
# children", "a chief among them"): its figure is the same dead again
_AMONG_CLAUSE = re.compile(
    r"(?:[,;]|\band\b|\bthat\b)(?P<clause>[^,;.]*?\bamong\s+(?:them|those\s+killed|the\s+(?:dead|killed|victims|"
    r"fatalities|deceased))\b[^,;.]*)",
    re.IGNORECASE,
)
_DEATH_BEFORE = re.compile(r"\b(?:killed|dead|died|deaths?|killing|lost their lives)\b", re.IGNORECASE)


# the breakdown of a figure given before it ("... killed, including ..."), to the end of its sentence or clause
_INCLUDING_LIST = re.compile(r"\bincluding\b[^.;:]*", re.IGNORECASE)
_OWN_CLAUSE = re.compile(r",\s*and\s+[^,]*?\b(?:died|were|was|have|has|had)\b", re.IGNORECASE)


# a toll the sentence says was superseded: "rose to 23, up from an earlier toll of 18", "rose from 18 to 23";
# or denied: "19 civilians were killed, not 22 as local officials had said", "rather than 22"
_SUPERSEDED = re.compile(
    r"(?:\b(?:(?:up|down|revised) from|from)|,\s*(?:and\s+)?not|\brather than|\binstead of)\s+"
    r"(?:an?\s+(?:earlier|previous|initial|first)\s+(?:death\s+)?"
    r"(?:toll|figure|count|tally)\s+of\s+)?(?:about\s+|around\s+|at\s+least\s+)?(?P<old>\d[\d,]*)"
    r"(?=\s+(?:to\b|as\b|reported|given|announced|earlier|previously)|\s*[,.;)]|\s*$)",
    re.IGNORECASE,
)


# a wire dateline's date: "BOGOTA, May 15 - Two soldiers were killed" (not a range "15 - Two")
_DATELINE_DATE = re.compile(
    r"^\s*[A-Z][A-Z .'-]*(?:,\s*[A-Z][\w .'-]*)?,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b"
    r"(?=\s*(?:\([^)]*\)\s*)?[-\u2013\u2014])"
)


def _mask_dateline(text: str) -> str:
    """Blank out the day of a dateline opening the sentence, so its number is no figure."""
    m = _DATELINE_DATE.match(text)
    if m is None:
        return text
    start, end = m.start("date"), m.end("date")
    return text[:start] + " " * (end - start) + text[end:]


def _mask_superseded(text: str) -> str:
    """Blank out a figure the sentence replaces by a newer one: the dead are the new toll's; and a
    correction's withdrawn figure ("An earlier version of this report said 12 policemen were killed")."""
    for m in _SUPERSEDED.finditer(text):
        start, end = m.start("old"), m.end("old")
        text = text[:start] + " " * (end - start) + text[end:]
    for m in _WITHDRAWN.finditer(text):
        start, end = m.start("said"), m.end()
        text = text[:start] + _blank_figures(text[start:end]) + text[end:]
    return text


def _blank_figures(span: str) -> str:
    """Digits and number words ("12", "six") of a span blanked, its other words kept."""
    words = _lexicon().words
    return re.sub(r"\d|[A-Za-z]+", lambda m: " " * len(m[0]) if m[0].isdigit() or m[0].lower() in words else m[0], span)


# a correction: "An earlier version of this report said 12 policemen were killed", "incorrectly reported
# that 12 ...": what follows the verb, to the end of its clause, is a figure withdrawn
_WITHDRAWN = re.compile(
    r"\b(?:(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:report|story|article)"
    r"|(?:incorrectly|wrongly|erroneously|mistakenly))\s+(?P<said>said|stated|reported|gave)\b[^.;]*",
    re.IGNORECASE,
)


def _share_coordinated_cues(
    text: str, figures: list[_Figure], assigned: list[_Cue | None], cues: list[_Cue]
) -> list[_Cue | None]:
    """'Two soldiers of the army (FARDC) and at least five rebels were killed': a figure with no cue of
    its own, coordinated with the next figure, counts for that figure's cue (the dead are added)."""
    out = list(assigned)
    for i in range(len(figures) - 2, -1, -1):
        nxt = out[i + 1]
        if out[i] is not None or nxt is None or nxt.kind != "death" or nxt.start < figures[i + 1].end:
            continue
        between = _ACRONYM.sub(" ", text[figures[i].end : figures[i + 1].start])
        if not _JOINED.search(between) or any(figures[i].end <= c.start < figures[i + 1].start for c in cues):
            continue
        gap = _gap_words(between, 0, len(between), 15)
        if gap is not None and gap <= 15:
            out[i] = nxt
    return out


# "killing seven soldiers, two military sources said": a number of people right before the verb that
# reports is a count of sources, not of the dead
_COUNTS_SOURCES = re.compile(r"^(?:\s+[\w'-]+){1,3}\s+(?:said|say|says|told|reported|added)\b", re.IGNORECASE)
# "The number of displaced people killed in the raid has risen to 26": a count like a toll
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# "Four health workers taking part in a polio campaign were shot dead": a subject counted far from its
# passive verb of killing, with no other number or clause break between
_SUBJECT_OF_PASSIVE = re.compile(r"^[^,;:.\d]{0,100}?\b(?:were|have\s+been|had\s+been)\s+$", re.IGNORECASE)


def _subject_count(text: str, figures: list[_Figure], cues: list[_Cue]) -> list[tuple[_Figure, _Cue]]:
    for cue in (c for c in cues if c.kind == "death" and c.position in ("after", "both")):
        before = [f for f in figures if f.end <= cue.start]
        if before and _SUBJECT_OF_PASSIVE.search(text[before[-1].end : cue.start]):
            found = [(before[-1], cue)]
            # "nine volunteers and three civilians who had been sleeping there were killed": the counts the
            # subject coordinates all die
            for earlier in reversed(before[:-1]):
                if not _COORDINATED_COUNT.fullmatch(text[earlier.end : found[0][0].start]):
                    break
                found.insert(0, (earlier, cue))
            return found
    return []


# between two counts a subject coordinates: the first count's noun and "and" or a comma ("volunteers and")
_COORDINATED_COUNT = re.compile(r"(?:\s+[\w'-]+){1,3}\s*(?:,\s*and\b|,|\band\b)\s*", re.IGNORECASE)


# ("reached 12" needs no preposition: "the number of people who died in the blast reached 12")
_RISE_TO = re.compile(
    r"\b(?:(?:rose|risen|rises|climbed|climbs|reached|reaches|increased|jumped|stands|stood)\s+(?:at|to)"
    r"|(?:has\s+|had\s+)?(?:reached|reaches))"
    # "stands at nearly 40": a qualifier of the figure between
    r"(?:\s+(?:nearly|almost|about|around|roughly|approximately|some|over|at\s+least|more\s+than))?\s*$",
    re.I,
)
# "the army put the toll at 11", "raised the toll from Tuesday's ambush to nine": a speaker sets the toll,
# its verb before the word "toll" and the figure after "at" / "to"
_SETS_TOLL = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|raised|raises|raising|revised|revises|lowered|lowers|"
    r"gave|gives|set|sets)\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_SET_AT = re.compile(r"\b(?:at|to|as)\s*$", re.I)
# dead the sentence tells without counting them, beside a count ("13 soldiers were killed and the enemy suffered
# heavy losses", "the bodies of many attackers were left behind"): the count is a floor, not the toll; "many"
# alone would be our 10 (ontology.md), but losses need not all be dead, so none is added
_UNCOUNTED_DEAD = re.compile(
    r"\b(?:suffer(?:ed|s|ing)?|sustain(?:ed|s|ing)?|inflict(?:ed|s|ing)?|incur(?:red|s|ring)?)\s+"
    r"(?:very\s+)?(?:heavy|huge|great|significant|considerable|severe|serious)\s+(?:losses|casualties)\b"
    r"|\b(?:bodies|corpses)\s+of\s+(?:many|several|numerous|scores|dozens)\b",
    re.IGNORECASE,
)
# "the mayor said 21 were killed, while an association put the toll at 28": another speaker's own count of
# the same dead ("put", "gave", "set", "placed"), not an update of the toll ("raised", "revised", "lowered")
_GIVES_OTHER_COUNT = re.compile(r"\b(?:put|puts|putting|placed|places|placing|gave|gives|set|sets)\b", re.I)


def _disputed_range(
    text: str, own: list[tuple[_Figure, _Cue]], spoken: list[tuple[_Figure, _Cue]]
) -> tuple[int, int] | None:
    """One exact figure of the sentence's own and one exact toll another speaker puts beside it: the report
    gives both counts and prefers neither, so its figure is the range between them. An "at least 9" of its
    own already allows the other's 17, and stays the conservative figure (ontology.md)."""
    if len(own) != 1 or len(spoken) != 1:
        return None
    (mine, _), (theirs, cue) = own[0], spoken[0]
    verb = text[max(0, cue.start - 40) : cue.start]
    exact = [f.value for f in (mine, theirs) if f.value[0] is not None and f.value[0] == f.value[1] and not f.value[2]]
    if len(exact) < 2 or not _GIVES_OTHER_COUNT.search(verb) or mine.value[0] == theirs.value[0]:
        return None
    low, high = sorted(v[0] for v in exact)  # type: ignore[type-var]
    return low, high


def _risen_toll(text: str, figures: list[_Figure], cues: list[_Cue]) -> list[tuple[_Figure, _Cue]]:
    """'The death toll from a missile strike on a building in Kharkiv has risen to seven': a toll's figure
    may stand far from the word "toll", after the verb that updates it."""
    for cue in (c for c in cues if "toll" in c.text.lower() or _NUMBER_OF.search(text[max(0, c.start - 60) : c.start])):
        sets = _SETS_TOLL.search(text[max(0, cue.start - 40) : cue.start]) is not None
        for figure in figures:
            before = text[max(cue.end, figure.start - 20) : figure.start]
            if (
                figure.start > cue.end
                and (_RISE_TO.search(before) or (sets and _SET_AT.search(before)))
                and not re.search(r"[.;]", text[cue.end : figure.start])
            ):
                return [(figure, cue)]
    return []


# "have killed more than 6,000 people since 2017", "so far this year": a count over a period, a war's
# toll rather than one incident's
_OVER_A_PERIOD = re.compile(
    r"\b(?:since|so\s+far|this\s+year|last\s+year|in\s+recent\s+(?:years|months|weeks)|over\s+the\s+past)\b",
    re.IGNORECASE,
)


def counts_over_a_period(text: str) -> bool:
    """Whether a sentence's toll counts the dead of a period ("since 2017"), not of one incident."""
    return _OVER_A_PERIOD.search(text) is not None


# "shot dead a man and his wife", "killed a soldier and a civilian": two people, each named without a number
_TWO_DEATHS = re.compile(
    r"\b(?:killed|killing|kills|shot\s+dead|shooting\s+dead|murdered|executed|beheaded|gunned\s+down)\s+"
    r"(?:a|an|one)\s+(?!number|total|lot|few|couple)[\w-]+\s+and\s+(?:a|an|one|his|her|their)\s+"
    r"(?!number|total|lot|few|couple|two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d)"
    r"[a-z-]+\b(?!\s+(?:others|more|people|of))",
    re.IGNORECASE,
)


def _single_death(text: str) -> Fatalities | None:
    for m in _TWO_DEATHS.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        if not _NEGATED.search(before[-20:]) and not _SENTENCED.search(before):
            return Fatalities(2, 2, False, m.group())
    for m in _SINGLE_DEATH.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        if not _NEGATED.search(before[-20:]) and not _SENTENCED.search(before):
            return Fatalities(1, 1, False, m.group())
    return None


def parse_fatalities(sentence: str, span: object | None = None) -> Fatalities | None:
    """The number of people the sentence says were killed, or None when it states no death figure.

    ``span`` (a spaCy ``Span``) may be given instead of, or with, the sentence text; only its text is
    used. The result follows ACLED's rules (``ontology.md``, "Fatalities"):

    - "46 killed and 80 wounded" -> 46; "killing at least 12" -> (12, None); several figures counted by
      the same statement are added ("killed 5 soldiers and 3 civilians" -> 8); a death-toll figure wins.
    - An explicit zero ("no one was killed", "no casualties") -> (0, 0).
    - A single victim without a number ("a soldier was killed", "killed him") -> 1.
    - Injured, arrested or fighters' numbers are not deaths -> None.
    - A combined killed-and-injured figure ("over 100 killed and injured", "100 casualties") is not a
      death count: ``Fatalities(minimum=None, maximum=N, approximate=True)``, N being the combined
      figure, which deaths cannot exceed (with "over N" it is not a strict bound). Callers must treat a
      ``minimum`` of None as "no death figure".
    """
    text = sentence or (getattr(span, "text", "") if span is not None else "")
    if not text:
        return None
    zero = _ZERO.search(text)
    if zero and not _UNKNOWN.search(text):
        return Fatalities(0, 0, False, zero.group())
    cues = _find_cues(text)
    if not any(c.kind in ("death", "mixed") for c in cues):
        return None
    by_kind: dict[str, list[tuple[_Figure, _Cue]]] = {"death": [], "mixed": []}
    index = _CueIndex.of(cues)
    original, text = text, _mask_superseded(_mask_breakdown(_mask_dateline(text)))  # same length: offsets hold in both
    figures = _find_figures(text)
    assigned = _share_coordinated_cues(text, figures, [_cue_for(text, f, index) for f in figures], cues)
    for figure, cue in zip(figures, assigned, strict=True):
        if cue is not None and cue.kind in by_kind and not _COUNTS_SOURCES.search(text[figure.end :]):
            by_kind[cue.kind].append((figure, cue))
    # a toll's update wins over vague figures beside it ("the number killed stands at nearly 40, ... many of the
    # dead were buried in a single grave"); beside a figure of the sentence's own it is another source's
    risen = _risen_toll(text, figures, cues)
    vague = bool(by_kind["death"]) and all(_is_vague(text, f) for f, _ in by_kind["death"])
    deaths = (risen if vague else None) or by_kind["death"] or risen or _subject_count(text, figures, cues)
    if deaths:
        # "killing at least 15, ...; a medical source put the toll at 23": a toll a speaker sets beside the
        # sentence's own figure is another source's; the sentence's own, the conservative one, stays
        spoken = [(f, c) for f, c in deaths if _SETS_TOLL.search(text[max(0, c.start - 40) : c.start])]
        if spoken and len(spoken) < len(deaths):
            deaths = [d for d in deaths if d not in spoken]
            disputed = _disputed_range(text, deaths, spoken)
            if disputed is not None:
                return Fatalities(*disputed, False, _expression(original, [f for f, _ in deaths + spoken],
                                                                [c for _, c in deaths + spoken]))  # fmt: skip
        tolls = [(f, c) for f, c in deaths if "toll" in c.text.lower()]
        chosen = tolls[-1:] if tolls else _coordinated(text, deaths)
        named_after = not tolls and _one_named_after(text, chosen[-1][0])
        if _breaks_down_the_first(text, chosen, named_after):
            # "killed nine people, eight police commandos and their driver": the same dead, told again by kind
            chosen, named_after = chosen[:1], False
        low, high, approx = _sum_figures([f for f, _ in chosen])
        if not tolls and (_one_named_before(text, *chosen[0]) or named_after):
            # "they killed the muezzin and one young man", "eight personnel and a driver were killed": the one
            # named beside the count dies too
            low, high = (low + 1 if low is not None else None), (high + 1 if high is not None else None)
        if high is not None and _UNCOUNTED_DEAD.search(text):
            high = None  # "13 soldiers were killed and the enemy suffered heavy losses": at least 13
        expression = _expression(original, [f for f, _ in chosen], [c for _, c in chosen])
        return Fatalities(low, high, approx, expression)
    if by_kind["mixed"]:
        figure, cue = by_kind["mixed"][0]
        combined = figure.value[1] if figure.value[1] is not None else figure.value[0]
        return Fatalities(None, combined, True, _expression(original, [figure], [cue]))
    return _single_death(text)
