"""Speech turns of broadcast transcripts: "SHEVCHUK (through interpreter): I heard the buzzing ...".

A line that opens with a label in capitals and a colon is one speaker's turn. Turns of the programme's
own journalists (presenter, anchor, correspondent, or a name the text introduces as one, or a
"voice-over") are the outlet's narration, not quotes; every other turn is a direct quote of the
labelled person, named in the label or in a caption note ("VOX POP (caption: Julio Huamán, bus driver)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventledger.attribution.cues import load_cues
from eventledger.attribution.quotes import QuoteSpan

_LABEL = re.compile(r"(?P<label>[^\W\d_][^\n:()]{0,48}?)\s*(?:\((?P<note>[^()\n]{0,100})\))?:[ \t]+(?=\S)")
_NARRATORS = frozenset(
    "presenter anchor host newsreader correspondent reporter narrator interviewer moderator editor".split()
)
_NOT_SPEECH = frozenset("caption photo note update source sources correction editor's".split())
_NARRATION_NOTES = ("voice-over", "voiceover", "voice over", "to camera", "presenter", "studio")
_JOURNALIST_WORDS = "correspondent|reporter|stringer|presenter|anchor|host|newsreader|journalist"
_ANONYMOUS = frozenset("interviewee vox pop man woman boy girl resident witness voice caller guest speaker".split())
_MARKS = "\"'“”‘’«»„ "
_TAG = re.compile(r"[ \t]*[\[(][A-Z][A-Z -]{2,30}[\])][ \t]+")  # "[SOUNDBITE] ", "(SOT) "


@dataclass
class Turn:
    """One labelled speech turn: where its label lies, the speech, and who speaks (None: unnamed)."""

    label_start: int
    label_end: int
    span: QuoteSpan | None  # None for the outlet's own narration
    speaker: str | None
    role: str | None


def find_speech_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn]:
    """Labelled turns, in text order; an article with fewer than two labels (a dateline "KARACHI:") has none."""
    for title_case in (False, True):
        turns = [t for p, (s, e) in enumerate(paragraphs) for t in _turns_in(text, s, e, p, title_case)]
        labels = {text[t.label_start : t.label_end].split("(")[0].strip(" :") for t in turns}
        # labels in title case ("Presenter:", "Amina Yusuf:") only with a programme's own voice among them, so
        # that "Nairobi: ..." or "Update: ..." lines make no transcript
        narrated = any(t.span is None for t in turns)
        if len(turns) >= 2 and len(labels) >= 2 and (narrated or not title_case):
            return turns
    return []


def _turns_in(text: str, start: int, end: int, paragraph: int, title_case: bool = False) -> list[Turn]:
    turns = []
    pos = start
    for line in text[start:end].split("\n"):
        turn = _turn_at(text, pos, pos + len(line), paragraph, title_case)
        if turn is not None:
            turns.append(turn)
        pos += len(line) + 1
    return turns


def _title_case_label(label: str) -> bool:
    """"Amina Yusuf", "Presenter", "Dr Warsame": one to four words, each capitalised."""
    words = label.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].replace("-", "").rstrip(".").isalpha() for w in words)


def _turn_at(text: str, start: int, end: int, paragraph: int, title_case: bool = False) -> Turn | None:
    tag = _TAG.match(text, start, end)  # "[SOUNDBITE] COLONEL JEAN KABILA, army spokesman: ..."
    match = _LABEL.match(text, tag.end() if tag else start, end)
    if match is None:
        return None
    label, note = match.group("label").strip(), (match.group("note") or "").strip()
    # "SP HARUNA MOHAMMED, police spokesman:": the name in capitals, the role after the comma
    label, _, label_role = label.partition(",")
    label, label_role = label.strip(), label_role.strip() or None
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 2 or not (all(c.isupper() for c in letters) or (title_case and _title_case_label(label))):
        return None
    words = {w.strip(".,").lower() for w in label.split()}
    if words & _NOT_SPEECH:
        return None
    label_end = match.end()
    if words & _NARRATORS or any(n in note.lower() for n in _NARRATION_NOTES) or _is_journalist(text, label):
        return Turn(start, label_end, None, None, None)
    speaker, role = _speaker_of(label, note)
    return Turn(start, label_end, _speech_span(text, label_end, end, paragraph), speaker, role or label_role)


def _speaker_of(label: str, note: str) -> tuple[str | None, str | None]:
    """The name from a caption note ("caption: Julio Huamán, bus driver") or from the label itself."""
    if note.lower().startswith("caption:"):
        parts = [p.strip() for p in note.split(":", 1)[1].split(",")]
        role = parts[1] if len(parts) > 1 and parts[1].lower() != "translated" else None
        name = parts[0].split()
        while len(name) > 1 and name[0].endswith("."):
            name = name[1:]  # "Dr. Jean-Paul Mukwege": the title is not the name
        return " ".join(name) or None, role
    words = [w for w in label.split() if not w.endswith(".")]  # "GEN. ZANABRIA": the rank goes
    if not words or {w.strip(",").lower() for w in words} & _ANONYMOUS:
        return None, None
    titles = load_cues().titles
    while len(words) > 1 and words[0].lower() in titles:
        words = words[1:]  # "COLONEL JEAN KABILA", "SP HARUNA MOHAMMED"
    return " ".join(w.capitalize() if w.isalpha() else _capitalize_parts(w) for w in words), None


def _capitalize_parts(word: str) -> str:
    return "-".join(p.capitalize() for p in word.split("-"))


def _is_journalist(text: str, label: str) -> bool:
    """The label names someone the text introduces as its own journalist ("our correspondent Tom Ashby")."""
    name = re.escape(label.split()[-1])
    introduced = rf"\b(?:{_JOURNALIST_WORDS})\b[^.\n:]{{0,40}}?\b{name}\b"
    signing = rf"\b{name}\b,?\s+(?:reports|reporting|in [A-Z][\w ]+, thank you)"
    return bool(re.search(introduced, text, re.IGNORECASE) or re.search(signing, text, re.IGNORECASE))


def _speech_span(text: str, start: int, end: int, paragraph: int) -> QuoteSpan | None:
    """The turn's words without the quotation marks some transcripts put around them."""
    while start < end and text[start] in _MARKS:
        start += 1
    while end > start and text[end - 1] in _MARKS + "\n":
        end -= 1
    if end <= start:
        return None
    return QuoteSpan(start, end, " ".join(text[start:end].split()), start - 1, end, [paragraph])


_DIALOGUE_DASHES = "—–"


def find_dash_speech(
    text: str, paragraphs: list[tuple[int, int]], verbs: frozenset[str] = frozenset()
) -> list[QuoteSpan]:
    """Speech set off by a dash at the start of a line, as Spanish, French and Russian print dialogue:
    "— I jumped from the cabin and ran.", "— The road is closed — explained the driver." or "— The road
    is closed, explained the driver." (``verbs``: reporting verb lemmas, for the last form)."""
    forms = _verb_forms(verbs)
    spans = []
    for index, (start, end) in enumerate(paragraphs):
        pos = start
        for line in text[start:end].split("\n"):
            spans += _dash_line(text, pos, pos + len(line), index, forms)
            pos += len(line) + 1
    return spans


@cache  # the same reporting verbs for every article: their forms are worked out once
def _verb_forms(lemmas: frozenset[str]) -> frozenset[str]:
    forms = {"said", "told", "wrote", "thought", "went on"}
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms.update((lemma, lemma + "s", stem + "ed", lemma[:-1] + "ied" if lemma.endswith("y") else lemma))
    return frozenset(forms)


_COMMA_FRAME = re.compile(r",\s+([a-z]+)\s+(?:[A-Z]|he\b|she\b|they\b|the\b|this\b)")


# "— explained the driver" or, as Spanish prints it, "—said Rosa Quispe, a vendor—": an attribution set
# off by a dash inside a line of dialogue, in lower case
_INSET = re.compile(r" [—–] ?(?=[a-z])")
# "—. Nobody has come.": the dash closing the inset attribution, and the speech going on after it
_INSET_END = re.compile(r"[—–][.,;]?\s+(?=[A-Z¿¡])")


def _dash_line(text: str, start: int, end: int, paragraph: int, forms: frozenset[str]) -> list[QuoteSpan]:
    """The speech of one line opening with a dialogue dash ("— The road ...", or "—The road ..." with no
    space), and its continuation after an attribution set between dashes ("—said X, a vendor—. Nobody ...")."""
    stripped = text[start:end].lstrip()
    if len(stripped) < 3 or stripped[0] not in _DIALOGUE_DASHES:
        return []
    if not (stripped[1].isspace() or stripped[1].isupper() or stripped[1] in "¿¡"):
        return []
    first = end - len(stripped) + 1
    while first < end and text[first].isspace():
        first += 1
    if first >= end or not (text[first].isupper() or text[first] in "¿¡"):
        return []
    close = end
    inset = _INSET.search(text, first, end)  # "— The road is closed — explained the driver."
    if inset is not None:
        close = inset.start()
    frames = [m for m in _COMMA_FRAME.finditer(text, first, close) if m.group(1) in forms]
    if frames:
        close = frames[-1].start()  # "…, explained Rosa Quispe, a driver."
    last = close
    while last > first and text[last - 1] in " ,":
        last -= 1
    spans = [QuoteSpan(first, last, " ".join(text[first:last].split()), first - 1, close, [paragraph])]
    resumed = _INSET_END.search(text, inset.end(), end) if inset is not None else None
    if resumed is not None and resumed.end() < end:
        tail = end
        while tail > resumed.end() and text[tail - 1].isspace():
            tail -= 1
        spans.append(QuoteSpan(resumed.end(), tail, " ".join(text[resumed.end() : tail].split()),
                               resumed.end() - 1, tail, [paragraph]))
    return spans
