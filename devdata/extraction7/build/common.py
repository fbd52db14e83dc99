"""Helpers for building devdata/extraction7 (dev only). Written blind; own code."""
import json

def state(kind, country, extra=()):
    return [f"{kind} Forces of {country}"] + list(extra)

def mil(c, extra=()):
    return state("Military", c, extra)

def pol(c, extra=()):
    return state("Police", c, extra)

def generic(label, c, extra=()):
    return [label, f"{label} ({c})"] + list(extra)

def civ(c, extra=()): return generic("Civilians", c, extra)
def uag(c, extra=()): return generic("Unidentified Armed Group", c, extra)
def prot(c, extra=()): return generic("Protesters", c, extra)
def riot(c, extra=()): return generic("Rioters", c, extra)

def ev(i, etype, sub, date, window, country, admin1, location, actor1, actor2=None, fat=None,
       claimed=None, required=True, background=False, **extra):
    e = {"id": i, "required": False if background else required}
    if background:
        e["background"] = True
    e.update({"event_type": etype, "sub_event_type": sub, "date": date,
              "date_window": list(window) if window else None, "country": country,
              "admin1": admin1, "location": location, "actor1": actor1, "actor2": actor2,
              "claimed_by": claimed, "fatalities": fat})
    if admin1 is None:
        e["admin1_may_be_null"] = True
    e.update(extra)
    return e

def article(i, published, source, title, text, original_language=None):
    a = {"id": i, "url": None, "source": source, "published": published, "title": title, "language": "en"}
    if original_language:
        a["original_language"] = original_language
    paras = [p.strip() for p in text.strip().split("\n\n")]
    a["text"] = "\n\n".join(" ".join(p.split()) for p in paras)
    return a

def gold(i, published, not_event_locations, events, style, about=None, removed_lines=()):
    g = {"document": i, "published": published, "removed_lines": list(removed_lines),
         "not_event_locations": list(not_event_locations), "events": events}
    if about:
        g["about"] = about
    g["style"] = style
    return g
