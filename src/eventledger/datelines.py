"""The dateline that opens a report ("KABUL, Jan 20 (Reuters) -", "MAKURDI, Oct. 14 —", "PESHAWAR:",
"Morelia, Michoacán.- "): where and when the report was filed, not where or when its events happened. One
pattern for the parser's sentence starts (annotate) and the place and date stages (extract)."""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"^(?P<head>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al|el|de|la|du|des|del)){0,3})"
    # ("Morelia, Michoacán.- Five people...": the Mexican press closes its dateline with a full stop and a dash)
    # ("MAKURDI, Oct. 14 —": a month's abbreviation keeps its full stop inside the date)
    r"(?P<tail>,(?:[^\n.]|\.(?=\s*\d)){0,40}?)?\.?\s*(?P<agency>\([^)]{1,40}\))?\s*(?P<mark>-|–|—|:)\s"
)

# a dateline closed by a dash: the report's first sentence starts after it
_DASHES = frozenset({"-", "–", "—"})


# a report's first paragraph is longer than this; a headline with its place before a dash is shorter
# ("Morelia, Michoacan - 24 bodies found in the Coeneo grave")
REPORT_WORDS = 20


def dashed_dateline_end(text: str) -> int | None:
    """The offset just after a dash-closed dateline opening a report's paragraph ("MAKURDI, Oct. 14 — Gunmen
    killed five herders ..."), or None. A colon may close a headline's topic ("Michoacan: Ambush leaves 5
    dead"), so only dashes count, and a head not in capitals only before a paragraph of a report's length."""
    match = DATELINE.match(text[:160])
    if match is None or match["mark"] not in _DASHES:
        return None
    line = text[match.end() :].split("\n", 1)[0]
    # a capitalised head ("LAMU COUNTY POLICE — WEEKLY SUMMARY") is a dateline or a letterhead whatever follows
    return match.end() if match["head"].isupper() or len(line.split()) >= REPORT_WORDS else None
