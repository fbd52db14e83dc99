"""'In central Myanmar', 'in north-central Burkina Faso', 'eastern Congo's': a report that names no place
below its country may still say which part of the country; another report's town or province either lies
there or does not.

A part is read in the frame of the country's first-level division seats (``Gazetteer.admin1_extent``),
as a position from 0 (south, west) to 1 (north, east) on each axis. The tables say where each word lies
narrowly enough that a place inside is one a reader would call so (AGREES), and how far off a place must
be to be plainly elsewhere (CONFLICTS: "northern Nigeria" is not Lagos).
"""

from __future__ import annotations

import re

from eventledger.kb.gazetteer import load_gazetteer
from eventledger.models import EventMention, Place

# axis → (lowest, highest) position a place in that part may have; a word's parts hold together
# (the outer two fifths for a side, the middle half for "central": Jalalabad, in the middle of Afghanistan's
# frame from south to north, is not "northern Afghanistan")
AGREES: dict[str, dict[str, tuple[float, float]]] = {
    "north": {"y": (0.6, 1.0)}, "south": {"y": (0.0, 0.4)},
    "east": {"x": (0.6, 1.0)}, "west": {"x": (0.0, 0.4)},
    "central": {"x": (0.25, 0.75), "y": (0.25, 0.75)},
}  # fmt: skip
# a place this far on the other side is plainly not in the part named
CONFLICTS: dict[str, dict[str, tuple[float, float]]] = {
    "north": {"y": (0.25, 1.0)}, "south": {"y": (0.0, 0.75)},
    "east": {"x": (0.25, 1.0)}, "west": {"x": (0.0, 0.75)},
    "central": {"x": (0.05, 0.95), "y": (0.05, 0.95)},
}  # fmt: skip

_PART = re.compile(
    r"\b(?:in|across)\s+(?:the\s+)?(?P<part>(?:north|south|east|west)(?:-?(?:east|west))?(?:-?central)?(?:ern)?"
    r"|central|middle)\s+(?P<country>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)",
)
_WORDS = re.compile(r"north|south|east|west|central|middle")


def named_part(m: EventMention) -> list[str] | None:
    """The part of its own country a report's evidence names ("north-central" → north, central), if any."""
    if m.place is None or not m.place.iso3:
        return None
    gazetteer = load_gazetteer()
    for found in _PART.finditer(m.evidence):
        name = re.sub(r"'s$", "", found.group("country"))
        country = gazetteer.country_by_name(name) or gazetteer.country_by_name(name.split()[0])
        if country is None or country.iso3 != m.place.iso3.upper() and not name.startswith("Congo"):
            continue
        return ["central" if w == "middle" else w for w in _WORDS.findall(found.group("part").lower())]
    return None


def position(place: Place | None) -> tuple[float, float] | None:
    """(x, y) of a place in its country's frame, 0–1 each, or None when unknown."""
    if place is None or place.latitude is None or place.longitude is None or not place.iso3:
        return None
    extent = load_gazetteer().admin1_extent(place.iso3.upper())
    if extent is None:
        return None
    south, north, west, east = extent
    if north - south <= 0 or east - west <= 0:
        return None
    # a town beyond the outermost seats (Djugu, east of every province seat of Congo) is at the edge
    x = min(1.0, max(0.0, (place.longitude - west) / (east - west)))
    return x, min(1.0, max(0.0, (place.latitude - south) / (north - south)))


def _inside(parts: list[str], xy: tuple[float, float], table: dict[str, dict[str, tuple[float, float]]]) -> bool:
    axes = {"x": xy[0], "y": xy[1]}
    for part in parts:
        for axis, (low, high) in table[part].items():
            if part == "central" and len(parts) > 1 and any(p in ("north", "south") for p in parts) and axis == "y":
                continue  # "north-central": central across, north up
            if part == "central" and len(parts) > 1 and any(p in ("east", "west") for p in parts) and axis == "x":
                continue
            if not low <= axes[axis] <= high:
                return False
    return True


def part_relation(unplaced: EventMention, placed: EventMention) -> str | None:
    """"agrees" when the placed report's place lies in the part of the country the other names,
    "conflicts" when plainly not, None when either says nothing."""
    parts = named_part(unplaced)
    xy = position(placed.place)
    if not parts or xy is None:
        return None
    if _inside(parts, xy, AGREES):
        return "agrees"
    return None if _inside(parts, xy, CONFLICTS) else "conflicts"
