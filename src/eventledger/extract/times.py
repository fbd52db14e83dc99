"""Time expressions resolved against the publication date, with ACLED time precision.

Precision (ACLED): 1 an exact day; 2 within a week (``date`` is the middle of the range); 3 within a
month (``date`` is the 15th, or the middle of the part of the month before publication when the month
is the current one). A date known only to the year, a longer window, or a start point ("since 2020")
has ``date`` and ``precision`` None but ``earliest`` (and ``latest``) set.

News conventions the rules follow: a bare weekday ("on Friday") is the most recent such day on or
before publication, "last Friday" the most recent one before it; a month without a year ("in
September") is the most recent one not after publication. English rules are regexes over small tables
(``data/lexicons/calendar_en.tsv``); dateparser is only asked about an explicit date the rules do not
read, or about another language.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from functools import cache, lru_cache

from eventledger.extract.numbers import parse_number, read_lexicon
from eventledger.ingest.dates import is_supported_date
from eventledger.models import TimeResolution

Resolver = Callable[[re.Match[str], dt.date], TimeResolution | None]
_COUNT = (
    r"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a\s+few|several|a\s+couple\s+of"
)
_DAY = dt.timedelta(days=1)


@cache
def _calendar() -> dict[str, tuple[str, int]]:
    return {r["word"]: (r["kind"], int(r["value"])) for r in read_lexicon("calendar_en.tsv")}


def calendar_words() -> frozenset[str]:
    """Full month and weekday names, lower case."""
    return frozenset(word for word, (kind, _value) in _calendar().items() if kind in ("month", "weekday"))


def _names(*kinds: str) -> str:
    words = sorted((w for w, (k, _) in _calendar().items() if k in kinds), key=len, reverse=True)
    return "|".join(words)


def _month_number(name: str) -> int:
    return _calendar()[name.lower().rstrip(".")][1]


# ---------------------------------------------------------------- building resolutions


def _day(date: dt.date) -> TimeResolution:
    return TimeResolution(date, 1, date, date)


def _window(earliest: dt.date, latest: dt.date, precision: int | None) -> TimeResolution:
    """A range; its middle is the date (ACLED), unless the range is too wide for any precision."""
    if latest < earliest:
        latest = earliest
    middle = earliest + (latest - earliest) // 2
    if precision is None:
        return TimeResolution(None, None, earliest, latest)
    return TimeResolution(middle, precision, earliest, latest)


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month(year: int, month: int, published: dt.date) -> TimeResolution:
    first, last = dt.date(year, month, 1), _last_day(year, month)
    if first <= published <= last:
        return _window(first, published, 3)
    return TimeResolution(dt.date(year, month, 15), 3, first, last)


def _year(year: int, published: dt.date) -> TimeResolution:
    first = dt.date(year, 1, 1)
    return TimeResolution(None, None, first, min(dt.date(year, 12, 31), max(published, first)))


def _recent_year_for_month(month: int, published: dt.date, *, strictly_before: bool = False) -> int:
    if month < published.month or (month == published.month and not strictly_before):
        return published.year
    return published.year - 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str | None) -> int | None:
    return int(text) if text else None


# ---------------------------------------------------------------- resolvers, one per rule


def _resolve_iso(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    date = _safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return _day(date) if date else None


def _resolve_numeric(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    """8/10/2021: read only when one reading is impossible (day > 12) or both agree."""
    first, second, year = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    if first > 12 >= second:
        date = _safe_date(year, second, first)
    elif second > 12 >= first or first == second:
        date = _safe_date(year, first, second)
    else:
        return None
    return _day(date) if date else None


def _day_month(day: int, month: int, year: int | None, published: dt.date) -> TimeResolution | None:
    if year is None:
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    date = _safe_date(year, month, day)
    return _day(date) if date else None


def _resolve_dmy(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    return _day_month(int(m["dmy_d"]), _month_number(m["dmy_m"]), _full_year(m["dmy_y"]), published)


def _resolve_mdy(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    return _day_month(int(m["mdy_d"]), _month_number(m["mdy_m"]), _full_year(m["mdy_y"]), published)


def _resolve_since(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    if m["since_m"]:
        month = _month_number(m["since_m"])
        year = _full_year(m["since_my"]) or _recent_year_for_month(month, published)
        start = dt.date(year, month, 1)
    else:
        start = dt.date(int(m["since_y"]), 1, 1)
    return TimeResolution(None, None, start, published)


_PART_OF_MONTH = {  # first and last day of the part; 31 means the month's last day
    "early": (1, 10), "beginning": (1, 10), "start": (1, 10),
    "mid": (11, 20), "middle": (11, 20),
    "late": (21, 31), "end": (21, 31),
    "first": (1, 15), "second": (16, 31),
}  # fmt: skip


def _resolve_part_month(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    month = _month_number(m["part_m"])
    strict = (m["part_rel"] or "").lower() == "last"
    year = _full_year(m["part_y"]) or _recent_year_for_month(month, published, strictly_before=strict)
    part = m["part"].lower().split()
    first_day, last_day = _PART_OF_MONTH[part[1] if part[0] == "the" else part[0]]
    earliest = dt.date(year, month, first_day)
    end_of_part = dt.date(year, month, min(last_day, calendar.monthrange(year, month)[1]))
    latest = min(end_of_part, max(published, earliest))
    return _window(earliest, latest, 2 if last_day - first_day < 14 else 3)


def _resolve_month(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    month = _month_number(m["mon_m"])
    relation = (m["mon_rel"] or "").lower()
    year_relation = (m["mon_yrel"] or "").lower()  # "April last year"
    if m["mon_y"]:
        year = int(m["mon_y"])
    elif year_relation:
        year = published.year + {"last": -1, "this": 0, "next": 1}[year_relation]
    elif relation == "next":
        year = published.year if month > published.month else published.year + 1
    elif relation == "this":
        year = published.year
    else:
        year = _recent_year_for_month(month, published, strictly_before=relation == "last")
    return _month(year, month, published)


def _resolve_year(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    return _year(int(m["yr_y"]), published)


_DAY_OFFSETS = {
    "the day before yesterday": -2, "yesterday": -1, "last night": -1, "overnight": -1,
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "tomorrow": 1,
}  # fmt: skip


def _resolve_day_word(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    word = re.sub(r"\s+", " ", m["dayw"].lower())
    date = published + _DAY_OFFSETS[word] * _DAY
    if word == "overnight":  # the night from the day before publication into it
        return TimeResolution(date, 1, date, published)
    return _day(date)


def _count(text: str) -> tuple[int, bool] | None:
    """A count of days or weeks ("a", "two", "a few", "3") and whether it is vague."""
    if text.lower() in ("a", "an"):
        return 1, False
    value = parse_number(text)
    if value is None or value[0] is None:
        return None
    return value[0], value[2]


def _resolve_ago(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    counted = _count(m["ago_n"])
    if counted is None:
        return None
    n, vague = counted
    unit = m["ago_u"].lower()
    if unit == "day":
        if vague:
            return _window(published - (n + 2) * _DAY, published - max(n - 1, 1) * _DAY, 2)
        return _day(published - n * _DAY)
    if unit == "week":
        centre = published - 7 * n * _DAY
        spread = 7 if vague else 3
        return _window(centre - spread * _DAY, centre + spread * _DAY, 3 if vague else 2)
    if unit == "month":
        centre = published - 30 * n * _DAY
        return _window(centre - 15 * _DAY, centre + 15 * _DAY, None if vague else 3)
    return _year(published.year - n, published)


_RELATIVE_SIGN = {"earlier": -1, "before": -1, "previously": -1, "prior": -1, "previous": -1, "preceding": -1,
                  "later": 1, "after": 1, "following": 1, "next": 1}  # fmt: skip


def _resolve_relative(m: re.Match[str], base: dt.date) -> TimeResolution | None:
    """ "a week earlier", "two days later", "the day before", "the following day": counted from ``base`` —
    publication when the rule scans a text, the story's own day when ``resolve_relative`` re-anchors it."""
    if m["rel_n"] is not None:
        counted = _count(m["rel_n"])
        if counted is None:
            return None
        n, vague = counted
        unit, direction = m["rel_u"].lower(), m["rel_dir"].split()[0].lower()  # "before that attack": "before"
    else:
        n, vague = 1, False
        unit = (m["rel_u2"] or m["rel_u3"]).lower()
        direction = (m["rel_dir2"] or m["rel_w"]).lower()
    sign = _RELATIVE_SIGN[direction]
    if unit in ("day", "night"):
        if vague:
            near, far = base + sign * max(n - 1, 1) * _DAY, base + sign * (n + 2) * _DAY
            return _window(min(near, far), max(near, far), 2)
        return _day(base + sign * n * _DAY)
    if unit == "week":
        centre = base + sign * 7 * n * _DAY
        spread = 7 if vague else 3
        return _window(centre - spread * _DAY, centre + spread * _DAY, 3 if vague else 2)
    if unit == "month":
        centre = base + sign * 30 * n * _DAY
        return _window(centre - 15 * _DAY, centre + 15 * _DAY, None if vague else 3)
    return _year(base.year + sign * n, max(base, dt.date(base.year + sign * n, 1, 1)))


def _resolve_weekday(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    weekday = _calendar()[m["wd"].lower()][1]
    relation = (m["wd_rel"] or "").lower()
    if relation == "next":
        return _day(published + ((weekday - published.weekday()) % 7 or 7) * _DAY)
    back = (published.weekday() - weekday) % 7
    if relation == "last" and back == 0:
        back = 7
    return _day(published - back * _DAY)


def _recent_day_of_month(day: int, published: dt.date, weekday: int | None) -> dt.date | None:
    """The latest date with this day of the month on or before publication; with a weekday ("Monday 16"),
    the latest such date of the last three months that falls on it."""
    year, month = published.year, published.month
    candidates = []
    for _ in range(3):
        date = _safe_date(year, month, day)
        if date is not None and date <= published:
            candidates.append(date)
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    if weekday is not None:
        return next((d for d in candidates if d.weekday() == weekday), None)
    return candidates[0] if candidates else None


def _resolve_weekday_and_day(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    """'Monday 16 —', 'SUNDAY 15/11': a digest's or log's heading with the weekday and the day."""
    day, weekday = int(m["wdd_d"]), _calendar()[m["wdd_wd"].lower()][1]
    if m["wdd_m"]:
        resolution = _day_month(day, int(m["wdd_m"]), None, published)
        return resolution if resolution and resolution.date.weekday() == weekday else None
    date = _recent_day_of_month(day, published, weekday)
    if date is None:  # a day that was no such weekday lately: the weekday is the surer part
        date = published - ((published.weekday() - weekday) % 7) * _DAY
    return _day(date)


def _resolve_day_of_month(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    """'on the 18th': a day of the current month, or of the last one when that day is still to come."""
    date = _recent_day_of_month(int(m["dom_d"]), published, None)
    return _day(date) if date else None


def _week_start(date: dt.date) -> dt.date:
    return date - date.weekday() * _DAY


def _resolve_week(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    relation = re.sub(r"\s+", " ", m["wk_rel"].lower())
    monday = _week_start(published)
    if relation == "last" or relation == "the previous":
        return _window(monday - 7 * _DAY, monday - _DAY, 2)
    if relation == "next":
        return _window(monday + 7 * _DAY, monday + 13 * _DAY, 2)
    if relation in ("this", "earlier this"):
        return _window(monday, published, 2)
    return _window(published - 7 * _DAY, published, 2)  # the past week


def _resolve_weekend(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    relation = (m["we_rel"] or "").lower()
    saturday = published - ((published.weekday() - 5) % 7) * _DAY
    if relation == "last" and published.weekday() >= 5:
        saturday -= 7 * _DAY
    elif relation == "next" and published.weekday() < 5:
        saturday += 7 * _DAY
    # "this weekend" in a weekday report of what happened is the weekend just past, like a bare weekday
    sunday = saturday + _DAY
    return TimeResolution(saturday, 2, saturday, sunday if sunday <= published or relation else published)


def _resolve_month_word(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    relation = re.sub(r"\s+", " ", m["mw_rel"].lower())
    first = published.replace(day=1)
    if relation in ("last", "the previous"):
        before = first - _DAY
        return _month(before.year, before.month, published)
    if relation == "next":
        after = _last_day(published.year, published.month) + _DAY
        return _month(after.year, after.month, published)
    if relation == "earlier this":
        return _window(first, max(first, published - _DAY), 3)
    if relation == "this":
        return _month(published.year, published.month, published)
    return _window(published - 30 * _DAY, published, 3)  # the past month


def _resolve_year_word(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    relation = re.sub(r"\s+", " ", m["yw_rel"].lower())
    if relation in ("last", "the previous"):
        return _year(published.year - 1, published)
    if relation == "next":
        return _year(published.year + 1, published)
    if relation == "the past":
        return TimeResolution(None, None, published - 365 * _DAY, published)
    return TimeResolution(None, None, dt.date(published.year, 1, 1), published)


def _resolve_recent(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    unit = (m["rec_u"] or "").lower()
    if not unit:  # "recently"
        return _window(published - 30 * _DAY, published, 3)
    span_days = {"days": 7, "weeks": 28, "months": 90}[unit]
    return _window(published - span_days * _DAY, published, {"days": 2, "weeks": 3}.get(unit))


def _resolve_past_n(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    counted = _count(m["pn_n"])
    if counted is None:
        return None
    days = counted[0] * {"day": 1, "week": 7, "month": 30, "year": 365}[m["pn_u"].lower()]
    precision = 1 if days <= 1 else 2 if days <= 7 else 3 if days <= 31 else None
    return _window(published - days * _DAY, published, precision)


# ---------------------------------------------------------------- patterns


def _rules() -> list[tuple[str, str, Resolver]]:
    """(name, regex, resolver), most specific first: at one position the first that matches wins."""
    month = _names("month")
    any_month = rf"(?:{_names('month', 'month_abbr')})\.?"
    weekday = _names("weekday")
    # "on Friday, 8 October", "the 8th of October", "the morning of September 28" (not the month of September)
    lead = rf"(?:(?:on\s+)?(?:{weekday}),?\s+|of\s+)?(?:the\s+)?"
    year = r"(?:1[89]|20)\d\d"
    count = _COUNT
    part = r"early|mid|late|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of"
    return [
        ("iso", r"\b(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)\b", _resolve_iso),
        ("numeric", rf"\b(?P<num_a>\d{{1,2}})/(?P<num_b>\d{{1,2}})/(?P<num_y>{year})\b", _resolve_numeric),
        ("dmy", rf"\b{lead}(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_m>{any_month})"
         rf"(?:,?\s+(?P<dmy_y>{year}))?(?!\w)", _resolve_dmy),
        ("mdy", rf"\b{lead}(?P<mdy_m>{any_month})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])\b"
         rf"(?:,?\s+(?P<mdy_y>{year})\b)?", _resolve_mdy),
        ("since", rf"\bsince\s+(?:(?:early|mid|late)[\s-]+)?"
         rf"(?:(?P<since_m>{month})(?:\s+(?P<since_my>{year}))?|(?P<since_y>{year}))\b", _resolve_since),
        ("part", rf"\b(?P<part>{part})[\s-]+(?:(?P<part_rel>last|this)\s+)?(?P<part_m>{month})"
         rf"(?:,?\s+(?P<part_y>{year}))?\b", _resolve_part_month),
        ("mon", rf"\b(?:(?P<mon_rel>last|this|next|in|during|of|until|by|from)\s+)?(?P<mon_m>{month})"
         rf"(?:,?\s+(?P<mon_y>{year})|\s+(?P<mon_yrel>last|this|next)\s+year)?\b", _resolve_month),
        ("yr", rf"\b(?:in|during|by|until|throughout|early|mid|late)[\s-]+(?P<yr_y>{year})\b", _resolve_year),
        ("dayw", r"\b(?P<dayw>the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|last\s+night"
         r"|overnight|this\s+(?:morning|afternoon|evening)|earlier\s+today)"
         r"(?:\s+(?:morning|afternoon|evening|night))?\b", _resolve_day_word),
        ("ago", rf"\b(?P<ago_n>{count})\s+(?P<ago_u>day|week|month|year)s?\s+ago\b", _resolve_ago),
        ("rel", _relative_rule(count), _resolve_relative),
        ("pn", rf"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?P<pn_n>{count})\s+"
         r"(?P<pn_u>day|week|month|year)s?\b", _resolve_past_n),
        ("rec", r"\b(?:(?:in|over|during)\s+)?(?:recent|the\s+(?:past|last)\s+(?:few|several|couple\s+of))\s+"
         r"(?P<rec_u>days|weeks|months)\b|\brecently\b", _resolve_recent),
        ("wdd", rf"\b(?P<wdd_wd>{weekday}),?\s+(?:the\s+)?(?P<wdd_d>\d{{1,2}})(?:st|nd|rd|th)?"
                  # only as a heading, before a dash or colon: in "on Monday 16 soldiers were killed" 16 is a count
         r"(?:/(?P<wdd_m>\d{1,2}))?(?=\s*(?:[\u2014\u2013|(]|-\s|:\s|$))", _resolve_weekday_and_day),
        ("dom", rf"\b(?:on|since|until|by|from)\s+the\s+(?P<dom_d>\d{{1,2}})(?:st|nd|rd|th)\b"
         rf"(?!\s+(?:of\s+)?(?:{any_month})|\s+(?:century|anniversary|floor|day|time|round|battalion|brigade"
         r"|division|regiment|infantry|army|corps|district|street|avenue)\b)", _resolve_day_of_month),
        ("wd", rf"\b(?:(?P<wd_rel>last|this|next|on|early|late|early\s+on|late\s+on)\s+)?(?P<wd>{weekday})"
         r"(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?\b", _resolve_weekday),
        ("wk", r"\b(?:(?:in|over|during)\s+)?(?P<wk_rel>last|this|next|earlier\s+this|the\s+past|the\s+last"
         r"|the\s+previous)\s+week\b", _resolve_week),
        ("we", r"\b(?:(?P<we_rel>last|this|next)|over\s+the|at\s+the|during\s+the|on\s+the|the)\s+weekend\b",
         _resolve_weekend),
        ("mw", r"\b(?:(?:in|over|during)\s+)?(?P<mw_rel>last|this|next|earlier\s+this|the\s+past|the\s+last"
         r"|the\s+previous)\s+month\b", _resolve_month_word),
        ("yw", r"\b(?:(?:in|over|during)\s+)?(?P<yw_rel>last|this|next|earlier\s+this|the\s+past"
         r"|the\s+previous)\s+year\b", _resolve_year_word),
    ]  # fmt: skip


def _relative_rule(count: str) -> str:
    """ "two days later", "a week earlier", "the day before", "the following day"; "before" and "after" only
    when no noun follows ("three days after the election" is counted from the election, not the story)."""
    noun_follows = r"(?!\s+(?:the|a|an|his|her|their|its|this|that|these|those|[A-Z0-9]))"
    # "two days before that attack": the story's own incident, named back, is the day counted from
    story = rf"(?:\s+(?:that|this|the)\s+(?:{_names('story_incident')})\b)?"
    return (
        rf"\b(?:(?P<rel_n>{count})\s+(?P<rel_u>day|week|month|year)s?\s+"
        rf"(?P<rel_dir>earlier|later|previously|prior|(?:before|after){story}{noun_follows})"
        rf"|the\s+(?P<rel_u2>day|night|week|month|year)\s+(?P<rel_dir2>before|after){noun_follows}"
        r"|the\s+(?P<rel_w>previous|preceding|following|next)\s+(?P<rel_u3>day|night|week|month|year))\b"
    )


@cache
def _interval_after_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<n>{_COUNT})\s+(?P<u>day|week)s?\s+after\s+(?=\w)", re.IGNORECASE
    )


def intervals_after(text: str) -> list[tuple[int, int, int, int]]:
    """ "reopened on Tuesday, two days after a bomb killed nine": each "N days/weeks after" followed by the
    event it counts back to, as (start, end, days, ACLED precision) with offsets into ``text``. The
    relative rules leave these out when a noun follows, since the day they count from is another clause's."""
    found = []
    for m in _interval_after_pattern().finditer(text):
        counted = _count(m["n"])
        if counted is None or counted[1]:
            continue  # "a few days after": too vague to count back
        week = m["u"].lower() == "week"
        found.append((m.start(), m.end(), counted[0] * (7 if week else 1), 2 if week else 1))
    return found


@cache
def _relative_pattern() -> re.Pattern[str]:
    return re.compile(_relative_rule(_COUNT), re.IGNORECASE)


def resolve_relative(expression: str, anchor: dt.date) -> TimeResolution | None:
    """A relative expression ("a week earlier", "the day before") counted from ``anchor`` (the day the
    story is about); None when ``expression`` is no such expression."""
    m = _relative_pattern().fullmatch(expression.strip().strip(".,;:"))
    if m is None:
        return None
    try:
        resolution = _resolve_relative(m, anchor)
    except (OverflowError, ValueError):
        return None
    if resolution is None or not _in_supported_years(resolution):
        return None
    resolution.expression = expression
    return resolution


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, Resolver]]:
    rules = _rules()
    combined = "|".join(f"(?P<rule_{name}>{regex})" for name, regex, _ in rules)
    return re.compile(combined, re.IGNORECASE), {name: resolver for name, _, resolver in rules}


@cache
def _scanner() -> re.Pattern[str]:
    """The rules for a scan through running text: every rule starts at the start of a word, and saying
    so once up front lets the regex engine skip the other positions without trying each rule there
    (same matches, a third of the time)."""
    return re.compile(rf"\b(?=\w)(?:{_pattern()[0].pattern})", re.IGNORECASE)


def _rule_of(m: re.Match[str], resolvers: dict[str, Resolver]) -> str:
    return next(name for name in resolvers if m.group(f"rule_{name}") is not None)


def _resolve_match(m: re.Match[str], published: dt.date) -> TimeResolution | None:
    resolvers = _pattern()[1]
    try:
        resolution = resolvers[_rule_of(m, resolvers)](m, published)
    except (OverflowError, ValueError):  # "yesterday" from 0001-01-01: before the calendar's start
        return None
    if resolution is None or not _in_supported_years(resolution):
        return None
    resolution.expression = m.group()
    return resolution


def _in_supported_years(resolution: TimeResolution) -> bool:
    """False for dates no news event has ("31 December 9999"); fusion's date arithmetic relies on it."""
    dates = (resolution.date, resolution.earliest, resolution.latest)
    return all(is_supported_date(d) for d in dates if d is not None)


# ---------------------------------------------------------------- dateparser, for what the rules lack


@lru_cache(maxsize=64)
def _date_parser(language: str, published: dt.date):  # noqa: ANN202 - dateparser has no public type
    from dateparser.date import DateDataParser  # imported late: it takes a second to load

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": [],
    }
    return DateDataParser(languages=[language], settings=settings)


def _resolve_with_dateparser(expression: str, published: dt.date, language: str) -> TimeResolution | None:
    try:
        data = _date_parser(language, published).get_date_data(expression)
    except (ValueError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    date = data.date_obj.date()
    if not is_supported_date(date):
        return None
    if data.period == "day":
        resolution = _day(date)
    elif data.period == "week":
        resolution = _window(_week_start(date), _week_start(date) + 6 * _DAY, 2)
    elif data.period == "month":
        resolution = _month(date.year, date.month, published)
    else:
        resolution = _year(date.year, published)
    resolution.expression = expression
    return resolution


# ---------------------------------------------------------------- public


_LEADING_WORDS = re.compile(r"^(?:on|in|at|during|from|of)\s+", re.IGNORECASE)
_EXPLICIT = re.compile(r"\d|[^\W\d_]{3,}", re.UNICODE)


def resolve_time(expression: str, published: dt.date, *, language: str = "en") -> TimeResolution | None:
    """The date an expression ("last Friday", "in September", "8 October 2021") refers to, or None."""
    text = expression.strip().strip(".,;:")
    if not text:
        return None
    if language == "en":
        pattern = _pattern()[0]
        m = pattern.fullmatch(text) or pattern.fullmatch(_LEADING_WORDS.sub("", text))
        if m is not None:
            resolution = _resolve_match(m, published)
            if resolution is not None:
                resolution.expression = expression.strip()
            return resolution
        if not re.search(r"\d", text) or not re.search(r"[A-Za-z]{3,}", text):
            # the rules know every English word form, and an all-digit date they skipped is ambiguous
            # (8.10.2021): dateparser would guess, and guess month-first
            return None
    if not _EXPLICIT.search(text):
        return None
    return _resolve_with_dateparser(text, published, language)


_FAR_FUTURE = dt.date(2100, 1, 1)  # an anchor no real report has: only dates that carry their year survive it
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def story_date(text: str) -> dt.date | None:
    """A report without a publication date ("On 14 March 2024, militants ..."): the latest day it names with
    its year, which is when the story stands; relative expressions count from it."""
    days = [
        r.date for _s, _e, r in find_time_expressions(text, _FAR_FUTURE)
        if r.date is not None and r.precision == 1 and _YEAR.search(r.expression) and r.date < _FAR_FUTURE
    ]  # fmt: skip
    return max(days, default=None)


def find_time_expressions(text: str, published: dt.date) -> list[tuple[int, int, TimeResolution]]:
    """Every English time expression in ``text`` with its resolution: ``(start, end, resolution)``."""
    found = []
    for m in _scanner().finditer(text):
        if _is_lowercase_month(m):
            continue  # "may", "march" as verbs
        resolution = _resolve_match(m, published)
        if resolution is not None:
            found.append((m.start(), m.end(), resolution))
    return found


_MONTH_GROUPS = ("dmy_m", "mdy_m", "since_m", "part_m", "mon_m")


def _is_lowercase_month(m: re.Match[str]) -> bool:
    return any(m.group(g) is not None and m.group(g).islower() for g in _MONTH_GROUPS)
