"""Time expressions, resolved by hand against fixed publication dates (weekdays checked on a calendar)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventledger.extract.times import find_time_expressions, resolve_relative, resolve_time

D = dt.date
THURSDAY = D(2022, 3, 17)  # a Thursday in mid-month
MONDAY = D(2021, 11, 1)  # a Monday, first day of the month
SUNDAY = D(2021, 10, 31)


@pytest.mark.parametrize(
    ("expression", "date", "precision", "earliest", "latest"),
    [
        ("yesterday", D(2022, 3, 16), 1, D(2022, 3, 16), D(2022, 3, 16)),
        ("today", D(2022, 3, 17), 1, D(2022, 3, 17), D(2022, 3, 17)),
        ("the day before yesterday", D(2022, 3, 15), 1, D(2022, 3, 15), D(2022, 3, 15)),
        ("last night", D(2022, 3, 16), 1, D(2022, 3, 16), D(2022, 3, 16)),
        ("overnight", D(2022, 3, 16), 1, D(2022, 3, 16), D(2022, 3, 17)),
        ("on Friday", D(2022, 3, 11), 1, D(2022, 3, 11), D(2022, 3, 11)),
        ("Friday", D(2022, 3, 11), 1, D(2022, 3, 11), D(2022, 3, 11)),
        ("Thursday", D(2022, 3, 17), 1, D(2022, 3, 17), D(2022, 3, 17)),
        ("last Thursday", D(2022, 3, 10), 1, D(2022, 3, 10), D(2022, 3, 10)),
        ("last Friday", D(2022, 3, 11), 1, D(2022, 3, 11), D(2022, 3, 11)),
        ("on Monday night", D(2022, 3, 14), 1, D(2022, 3, 14), D(2022, 3, 14)),
        ("on Sunday morning", D(2022, 3, 13), 1, D(2022, 3, 13), D(2022, 3, 13)),
        ("early on Tuesday", D(2022, 3, 15), 1, D(2022, 3, 15), D(2022, 3, 15)),
        ("next Friday", D(2022, 3, 18), 1, D(2022, 3, 18), D(2022, 3, 18)),
        ("three days ago", D(2022, 3, 14), 1, D(2022, 3, 14), D(2022, 3, 14)),
        ("a few days ago", D(2022, 3, 13), 2, D(2022, 3, 12), D(2022, 3, 15)),
        ("a week ago", D(2022, 3, 10), 2, D(2022, 3, 7), D(2022, 3, 13)),
        ("two weeks ago", D(2022, 3, 3), 2, D(2022, 2, 28), D(2022, 3, 6)),
        ("last week", D(2022, 3, 10), 2, D(2022, 3, 7), D(2022, 3, 13)),
        ("this week", D(2022, 3, 15), 2, D(2022, 3, 14), D(2022, 3, 17)),
        ("the weekend", D(2022, 3, 12), 2, D(2022, 3, 12), D(2022, 3, 13)),
        ("over the weekend", D(2022, 3, 12), 2, D(2022, 3, 12), D(2022, 3, 13)),
        # a report of what happened "this weekend" means the weekend just past, never a later one
        ("this weekend", D(2022, 3, 12), 2, D(2022, 3, 12), D(2022, 3, 13)),
        ("in recent days", D(2022, 3, 13), 2, D(2022, 3, 10), D(2022, 3, 17)),
        ("last month", D(2022, 2, 15), 3, D(2022, 2, 1), D(2022, 2, 28)),
        ("this month", D(2022, 3, 9), 3, D(2022, 3, 1), D(2022, 3, 17)),
        ("earlier this month", D(2022, 3, 8), 3, D(2022, 3, 1), D(2022, 3, 16)),
        ("in March", D(2022, 3, 9), 3, D(2022, 3, 1), D(2022, 3, 17)),
        ("last March", D(2021, 3, 15), 3, D(2021, 3, 1), D(2021, 3, 31)),
        ("in September", D(2021, 9, 15), 3, D(2021, 9, 1), D(2021, 9, 30)),
        ("last September", D(2021, 9, 15), 3, D(2021, 9, 1), D(2021, 9, 30)),
        ("February 2020", D(2020, 2, 15), 3, D(2020, 2, 1), D(2020, 2, 29)),
        ("in recent weeks", D(2022, 3, 3), 3, D(2022, 2, 17), D(2022, 3, 17)),
        ("in the past two weeks", D(2022, 3, 10), 3, D(2022, 3, 3), D(2022, 3, 17)),
        ("recently", D(2022, 3, 2), 3, D(2022, 2, 15), D(2022, 3, 17)),
        ("early February", D(2022, 2, 5), 2, D(2022, 2, 1), D(2022, 2, 10)),
        ("mid-February", D(2022, 2, 15), 2, D(2022, 2, 11), D(2022, 2, 20)),
        ("late February", D(2022, 2, 24), 2, D(2022, 2, 21), D(2022, 2, 28)),
        ("on 8 October", D(2021, 10, 8), 1, D(2021, 10, 8), D(2021, 10, 8)),
        ("the 8th of October 2021", D(2021, 10, 8), 1, D(2021, 10, 8), D(2021, 10, 8)),
        ("October 8", D(2021, 10, 8), 1, D(2021, 10, 8), D(2021, 10, 8)),
        ("Oct. 8, 2021", D(2021, 10, 8), 1, D(2021, 10, 8), D(2021, 10, 8)),
        ("Friday, March 11", D(2022, 3, 11), 1, D(2022, 3, 11), D(2022, 3, 11)),
        ("March 20", D(2021, 3, 20), 1, D(2021, 3, 20), D(2021, 3, 20)),
        ("2021-10-08", D(2021, 10, 8), 1, D(2021, 10, 8), D(2021, 10, 8)),
        ("25/12/2021", D(2021, 12, 25), 1, D(2021, 12, 25), D(2021, 12, 25)),
        ("12/25/2021", D(2021, 12, 25), 1, D(2021, 12, 25), D(2021, 12, 25)),
    ],
)
def test_resolve_time_against_a_thursday(expression, date, precision, earliest, latest):
    resolved = resolve_time(expression, THURSDAY)
    assert resolved is not None, expression
    assert (resolved.date, resolved.precision, resolved.earliest, resolved.latest) == (
        date,
        precision,
        earliest,
        latest,
    )
    assert resolved.expression == expression


@pytest.mark.parametrize(
    ("expression", "earliest", "latest"),
    [
        ("since 2020", D(2020, 1, 1), THURSDAY),
        ("since August", D(2021, 8, 1), THURSDAY),
        ("since March 2019", D(2019, 3, 1), THURSDAY),
        ("in 2020", D(2020, 1, 1), D(2020, 12, 31)),
        ("last year", D(2021, 1, 1), D(2021, 12, 31)),
        ("earlier this year", D(2022, 1, 1), THURSDAY),
    ],
)
def test_year_level_or_start_point_has_no_event_date(expression, earliest, latest):
    resolved = resolve_time(expression, THURSDAY)
    assert resolved is not None
    assert resolved.date is None and resolved.precision is None
    assert (resolved.earliest, resolved.latest) == (earliest, latest)


@pytest.mark.parametrize("expression", ["8/10/2021", "hello", "Friday prayers", "the mayor", "", "2021-02-30"])
def test_ambiguous_or_non_dates_resolve_to_none(expression):
    assert resolve_time(expression, THURSDAY) is None


def test_week_ago_from_the_first_of_the_month_crosses_into_last_month():
    resolved = resolve_time("a week ago", MONDAY)
    assert resolved.date == D(2021, 10, 25) and resolved.precision == 2


def test_month_of_publication_on_its_first_day_is_that_day():
    resolved = resolve_time("in November", MONDAY)
    assert (resolved.date, resolved.precision) == (D(2021, 11, 1), 3)


def test_last_month_in_january_is_december_of_the_year_before():
    resolved = resolve_time("last month", D(2022, 1, 10))
    assert (resolved.date, resolved.earliest, resolved.latest) == (D(2021, 12, 15), D(2021, 12, 1), D(2021, 12, 31))


def test_weekday_named_on_its_own_day_is_the_publication_day_and_last_is_a_week_earlier():
    assert resolve_time("Monday", MONDAY).date == MONDAY
    assert resolve_time("last Monday", MONDAY).date == D(2021, 10, 25)


def test_weekend_when_published_on_sunday():
    assert resolve_time("the weekend", SUNDAY).date == D(2021, 10, 30)
    assert resolve_time("last weekend", SUNDAY).date == D(2021, 10, 23)


def test_other_languages_go_to_dateparser():
    resolved = resolve_time("8 de octubre de 2021", THURSDAY, language="es")
    assert (resolved.date, resolved.precision) == (D(2021, 10, 8), 1)
    assert resolve_time("8 octobre 2021", THURSDAY, language="fr").date == D(2021, 10, 8)


def test_find_time_expressions_gives_offsets_and_resolutions():
    text = (
        "On Friday, October 8, a suicide bomber struck a mosque. Protesters may march on Sunday morning. "
        "Since March 2019 the group has grown; in May the army said it retook the town. "
        "Clashes resumed early on Tuesday and again a week ago, after a lull in recent weeks."
    )
    found = find_time_expressions(text, MONDAY)
    spans = [text[start:end] for start, end, _ in found]
    assert spans == [
        "On Friday, October 8",
        "on Sunday morning",
        "Since March 2019",
        "in May",
        "early on Tuesday",
        "a week ago",
        "in recent weeks",
    ]
    dates = [r.date for _, _, r in found]
    assert dates == [
        D(2021, 10, 8),
        D(2021, 10, 31),
        None,
        D(2021, 5, 15),
        D(2021, 10, 26),
        D(2021, 10, 25),
        D(2021, 10, 18),
    ]
    assert all(r.expression == text[s:e] for s, e, r in found)


def test_find_time_expressions_skips_lowercase_month_words_and_bare_years():
    text = "Officials may march to the 2020 memorial and say it may rain."
    assert find_time_expressions(text, MONDAY) == []


def test_possessive_weekday_and_abbreviated_months_in_running_text():
    text = "Friday's attack followed a raid on Sept. 5 and another on Monday, Nov. 1."
    found = find_time_expressions(text, D(2021, 11, 6))  # a Saturday
    assert [(text[s:e], r.date) for s, e, r in found] == [
        ("Friday's", D(2021, 11, 5)),
        ("Sept. 5", D(2021, 9, 5)),
        ("on Monday, Nov. 1", D(2021, 11, 1)),
    ]


def test_all_digit_dates_with_dots_are_left_alone():
    assert resolve_time("08.10.2021", THURSDAY) is None


def test_month_with_a_relative_year_takes_that_year():
    published = dt.date(2023, 6, 10)  # "in April last year" was resolved to April 2023 (found on devdata/extraction2)
    last_year = resolve_time("in April last year", published)
    assert (last_year.date, last_year.precision) == (dt.date(2022, 4, 15), 3)
    assert (last_year.earliest, last_year.latest) == (dt.date(2022, 4, 1), dt.date(2022, 4, 30))
    assert resolve_time("March this year", published).date == dt.date(2023, 3, 15)
    [(start, end, found)] = find_time_expressions("It began in April last year, officials said.", published)
    assert found.date == dt.date(2022, 4, 15) and "It began in April last year"[start:end] == "in April last year"


def test_scan_through_running_text_finds_what_the_rules_find_word_by_word():
    # The scanner only tries positions where a word starts; every rule starts there too, so a plain
    # search with the rules themselves must find the same spans in text with punctuation, digits
    # glued to words and expressions right after a quote or a bracket.
    from eventledger.extract.times import _pattern, _scanner

    text = (
        '"Yesterday," he said, (on 8 October 2021) a blast hit Gao; 3 days ago—last week—rebels moved. '
        "x2021-10-08 and 2021-10-08, 10/8/2021, mid-September, since 2019, the past two weeks, "
        "over the weekend, earlier this month, this year, Friday's, Nov. 1st, 12th of May 2020."
    )
    plain = [(m.start(), m.end()) for m in _pattern()[0].finditer(text)]
    assert [(m.start(), m.end()) for m in _scanner().finditer(text)] == plain
    assert [text[start:end] for start, end in plain] == [
        "Yesterday", "8 October 2021", "3 days ago", "last week", "2021-10-08", "10/8/2021", "mid-September",
        "since 2019", "over the weekend", "earlier this month", "this year", "Friday's", "Nov. 1st",
        "12th of May 2020",
    ]  # "x2021-10-08" is glued to a word, and "the past two weeks" has no rule of its own


# a report published on Friday 20 November 2026
FRIDAY_20_NOV = D(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "expression", "date"),
    [
        # a digest's or a police log's heading: the weekday and the day of the month
        ("• Monday 16 — Insurgents beheaded two fishermen on the beach.", "Monday 16", D(2026, 11, 16)),
        ("SUNDAY 15/11 — A patrol vehicle struck a mine.", "SUNDAY 15/11", D(2026, 11, 15)),
        # a day that was no such weekday lately: the weekday decides
        ("Wednesday 19 — Shops were looted.", "Wednesday 19", D(2026, 11, 18)),
        # a day of the month alone: this month, or the last one when the day is still to come
        ("At about 2 p.m. on the 18th, a jet bombed the village.", "on the 18th", D(2026, 11, 18)),
        ("The rebels entered the town on the 25th.", "on the 25th", D(2026, 10, 25)),
    ],
)
def test_weekday_with_day_and_day_of_month(text, expression, date):
    [(start, end, resolution)] = find_time_expressions(text, FRIDAY_20_NOV)
    assert text[start:end] == expression
    assert resolution.date == date and resolution.precision == 1


@pytest.mark.parametrize(
    "text",
    [
        "On Monday 16 soldiers were killed in the ambush.",  # 16 counts soldiers
        "The 5th Battalion moved in on the 3rd floor of the building.",
        "The mosque dates from the 18th century.",
    ],
)
def test_numbers_that_are_no_day_of_the_month(text):
    found = [(text[s:e], r.date) for s, e, r in find_time_expressions(text, FRIDAY_20_NOV)]
    assert all(expression in ("On Monday",) for expression, _ in found), found


# ------------------------------------------------------------ relative to another day (issue #10)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("A week earlier, gunmen attacked a bus.", dt.date(2021, 10, 22), 2),
        ("The day before, militants shelled the town.", dt.date(2021, 10, 28), 1),
        ("Two days later troops retook the town.", dt.date(2021, 10, 31), 1),
        ("The following day, the army withdrew.", dt.date(2021, 10, 30), 1),
    ],
)
def test_relative_expressions_count_from_the_anchor_given(text, expected, precision):
    friday = dt.date(2021, 10, 29)
    [(start, end, _)] = find_time_expressions(text, dt.date(2021, 11, 1))
    resolution = resolve_relative(text[start:end], friday)
    assert (resolution.date, resolution.precision) == (expected, precision)


def test_a_day_counted_from_a_named_event_is_no_relative_time():
    # "three days after the election" counts from the election, which this rule does not know
    assert find_time_expressions("Three days after the election, gunmen attacked.", dt.date(2021, 11, 1)) == []
    assert resolve_relative("on Friday", dt.date(2021, 10, 29)) is None


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        # a part of a day "of" a date is that date, not the month
        ("On the morning of September 28, the column was ambushed.", D(2021, 9, 28), 1),
        ("On the evening of 12 October, gunmen attacked.", D(2021, 10, 12), 1),
        # "of" before a month alone still gives the month
        ("The attacks of September left 12 dead.", D(2021, 9, 15), 3),
    ],
)
def test_a_date_after_of_is_the_day_not_the_month(text, date, precision):
    [(_start, _end, resolution)] = find_time_expressions(text, MONDAY)
    assert (resolution.date, resolution.precision) == (date, precision)
