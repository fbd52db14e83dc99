# Helpers for part 2 (short items). Written by hand, blind.
import datetime as dt

SUB2TYPE = {
    "Armed clash": "Battles", "Government regains territory": "Battles", "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence", "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests", "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Agreement": "Strategic developments", "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments", "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments", "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments", "Other": "Strategic developments",
}

ITEMS = []


def _fmt(text, date):
    if date is None:
        return text.strip()
    x = dt.date.fromisoformat(date)
    return text.strip().format(wd=x.strftime("%A"), dmy=f"{x.day} {x.strftime('%B')}",
                               mdy=f"{x.strftime('%b')}. {x.day}" if x.month != 5 else f"May {x.day}",
                               iso=date)


def S(pub, title, text, sub, date, country, admin1, location, actor1, actor2=None, fat=None, claimed=None,
      lang=None, admin1_var=None, loc_alt=None, window=None, style="wire", note=None, fat_note=None,
      admin1_may_be_null=False):
    """One short item with one required gold event. date=None: no date in the text -> publication date,
    window from two days before publication to publication."""
    p = dt.date.fromisoformat(pub)
    if date is None:
        gdate = pub
        gwin = [(p - dt.timedelta(days=2)).isoformat(), pub]
        date_note = "no date in the text: publication date, window publication-2 .. publication"
    else:
        gdate = date
        gwin = window or [date, date]
        date_note = None
    ev = {"id": "E1", "required": True, "event_type": SUB2TYPE[sub], "sub_event_type": sub,
          "date": gdate, "date_window": gwin, "country": country, "admin1": admin1, "location": location,
          "actor1": actor1, "actor2": actor2, "claimed_by": claimed, "fatalities": fat}
    if admin1_var:
        ev["admin1_variants"] = admin1_var
    if loc_alt:
        ev["location_alternatives"] = loc_alt
    if admin1_may_be_null:
        ev["admin1_may_be_null"] = True
    if date_note:
        ev["date_note"] = date_note
    if note:
        ev["summary"] = note
    if fat_note:
        ev["fatalities_note"] = fat_note
    ITEMS.append({"pub": pub, "title": title, "text": _fmt(text, date), "lang": lang, "style": style,
                  "events": [ev], "nel": [], "kind": "event"})


def N(pub, title, text, kind, nel=(), lang=None, style="wire"):
    """A short item that is not an event."""
    ITEMS.append({"pub": pub, "title": title, "text": text.strip(), "lang": lang, "style": style,
                  "events": [], "nel": list(nel), "kind": kind})
