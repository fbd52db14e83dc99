"""Event dates: a time expression the trigger's clause owns, else one in its sentence, else one in its
paragraph; with none, a simple-past violent event in the lead paragraph is dated to the publication
date (week precision) as breaking news, a later undated incident takes the date of the incident before
it, and any other undated incident the report's date (``inherit_dates``); background stays undated.
Relative expressions ("a week earlier", "the day before") count from the day the story is about."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventledger.extract.event_actor_names import ArticleContext
from eventledger.extract.event_lexicon import cue
from eventledger.extract.event_parse import is_passive, reporting_verbs
from eventledger.extract.event_tolls import counted_back_clause
from eventledger.extract.event_triggers import Hit, Unit, clause_head_of, find_hits
from eventledger.extract.times import find_time_expressions, intervals_after, resolve_relative, resolve_time
from eventledger.kb.actors import load_actor_kb
from eventledger.models import EventMention, TimeResolution


def time_expressions(text: str, published: dt.date | None) -> list[tuple[int, int, TimeResolution]]:
    if published is None:
        return []
    return list(find_time_expressions(text, published))


def clause_span(clause_head: Any) -> tuple[int, int]:
    tokens = list(clause_head.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def has_time_inside(unit: Unit, token: Any) -> bool:
    return any(within(s, token) for s, _e, _r in unit.times)


def within(char: int, token: Any) -> bool:
    """Whether a character offset falls inside the token's phrase (its subtree)."""
    subtree = list(token.subtree)
    return subtree[0].idx <= char < subtree[-1].idx + len(subtree[-1])


def times_owned(unit: Unit, hits: list[Hit]) -> list[TimeResolution]:
    heads = {h.clause_head.i for h in hits}
    return [r for s, _e, r in unit.times if (tok := token_at(unit, s)) is not None and clause_head_of(tok).i in heads]


def _ago_after(unit: Unit, start: int, end: int, noun: Any) -> bool:
    """ "the funerals of the victims of a drone strike on an apartment block two days ago": a time counted back
    with "ago" right after an event noun's phrase dates that event, wherever the parser hung "ago"."""
    subtree = list(noun.subtree)
    phrase_end = subtree[-1].idx + len(subtree[-1])
    text = unit.span.doc.text
    return 0 <= start - phrase_end <= 1 and text[start:end].rstrip().lower().endswith("ago")


def token_at(unit: Unit, char: int) -> Any | None:
    return next((t for t in unit.span if t.idx <= char < t.idx + len(t) + 1), None)


def unowned_times(unit: Unit, statements: bool = True) -> list[TimeResolution]:
    """Times of a sentence that no event of it owns: not in a trigger's clause, nor inside an event noun's
    phrase ("a truce brokered in April" dates the truce). Without ``statements``, not the day a source spoke
    either ("..., the police said on Wednesday"): a neighbouring sentence borrows no statement's day."""
    heads = {h.clause_head.i for h in unit.hits}
    nouns = [h.head for h in unit.hits if h.head.pos_ in ("NOUN", "PROPN")]
    return [
        r for s, _e, r in unit.times
        if ((tok := token_at(unit, s)) is None or clause_head_of(tok).i not in heads)
        and not any(within(s, noun) for noun in nouns)
        and (statements or not (right_after_reporting_verb(unit, s) or dates_a_statement(unit, s)))
    ]


def antecedent_times(unit: Unit, group: list[Hit], published: dt.date | None) -> list[TimeResolution]:
    """'calm since August 2023, when clashes killed 55', 'attacks since 2014, when militants raided the
    town': a 'when' clause hanging on a time expression happened at that time (the time itself, not the
    span from it to now)."""
    found = []
    for when in (t for t in unit.span if t.lower_ == "when" and t.i > unit.span.start):
        before = when.nbor(-1) if when.nbor(-1).is_punct and when.i - 1 > unit.span.start else when
        anchor = before.nbor(-1)  # the last word before ", when"
        times = [r for s, e, r in unit.times if s <= anchor.idx < e]
        # the 'when' clause runs to the end of the sentence or to the next clause break
        if times and any(when.i < h.head.i and not clause_break_between(when, h.head) for h in group):
            found += [point_in_time(r, published) for r in times]
    return [r for r in found if r is not None]


def counted_back_times(unit: Unit, group: list[Hit], published: dt.date | None = None) -> list[TimeResolution]:
    """'Traders reopened on Tuesday, two days after a bomb killed nine', 'placed on alert on Tuesday, four
    days after an attack killed six': the event that follows "N days after" happened N days before the day
    the sentence gives earlier (a day-precise time before the interval). With no day before it ("Families
    have fled the town, five days after gunmen killed 15, aid workers said on Thursday"), the count runs
    from the day of the statement, else from publication, a day either way (the report may be a day late)."""
    for start, end, days, precision in intervals_after(unit.text):
        if not any(h.head.idx >= unit.start + end for h in group):
            continue  # the event is the one counted from, not the one counted back to
        days_before = [r for s, _e, r in unit.times if s < unit.start + start and r.precision == 1 and r.date]
        slack = 0
        if not days_before:
            later = [(s, r) for s, _e, r in unit.times
                     if s >= unit.start + end and not right_after_reporting_verb(unit, s)]  # fmt: skip
            # "... two days after forces recaptured the village on Sunday": its own day says when; but "a week
            # after a bomber killed 15, the mosque reopened for Friday prayers": Friday is the reopening's day
            counted = [h for h in group if h.head.idx >= unit.start + end]
            own_clause = [t for h in counted for t in counted_back_clause(h.head).subtree]
            if any(_within_tokens(s, own_clause) for s, _r in later):
                continue
            days_before = [r for _s, r in later if r.precision == 1 and r.date]
        if not days_before:
            days_before = [r for s, _e, r in unit.times if right_after_reporting_verb(unit, s)
                           and r.precision == 1 and r.date]  # fmt: skip
            if not days_before and published is not None:
                days_before = [TimeResolution(published, 1, published, published, "")]
            slack = 1
        if not days_before:
            continue
        day = days_before[-1].date - dt.timedelta(days=days)  # type: ignore[operator]
        widen = dt.timedelta(days=0 if precision == 1 else 3)
        return [TimeResolution(day, precision, day - widen - dt.timedelta(days=slack), day + widen,
                               unit.text[start:end])]  # fmt: skip
    return []


def _within_tokens(char: int, tokens: list[Any]) -> bool:
    return any(t.idx <= char < t.idx + len(t) for t in tokens)


def toll_phrase_times(unit: Unit, group: list[Hit]) -> list[TimeResolution]:
    """Times written between the toll's noun and its verb ("the toll from a strike on a block in Kharkiv
    on Wednesday evening has risen to seven"): the incident's own, however the parser hangs them."""
    found = []
    for hit in group:
        toll = hit.head.head.head
        verb = toll.head
        if verb.i > toll.i:
            found += [r for s, _e, r in unit.times if toll.idx <= s < verb.idx]
    return found


def named_in_a_toll(hit: Hit) -> bool:
    """'The death toll from a bombing at the market rose to 10 on Friday', 'the toll of the massacre of
    Mamove rose to 26, announced this Friday the administrator': an incident named only as what a toll
    counts; the sentence's time dates the toll's update, not the incident."""
    head = hit.head
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj":
        return False
    preposition = head.head
    return preposition.lower_ in ("from", "of", "in") and preposition.head.lemma_.lower() in cue("toll_noun")


def clause_break_between(start: Any, end: Any) -> bool:
    return any(t.lower_ in (";", "but", "while") for t in start.doc[start.i : end.i])


def point_in_time(resolution: TimeResolution, published: dt.date | None) -> TimeResolution | None:
    """'since August 2023' as the moment 'August 2023'; a bare year as that year (precision 3)."""
    if resolution.date is not None or published is None:
        return resolution
    words = resolution.expression.split()
    moment = " ".join(w for w in words if w.lower() not in cue("background"))
    if moment.isdigit() and len(moment) == 4:
        year = int(moment)
        return TimeResolution(dt.date(year, 7, 1), 3, dt.date(year, 1, 1), dt.date(year, 12, 31), moment)
    return resolve_time(moment, published)


def in_old_relative_clause(unit: Unit, hit: Hit, published: dt.date | None) -> bool:
    """'Gamboru, which was overrun by Boko Haram in 2014 before troops recaptured it', 'the ELN, which has
    fought the state since 1964': a relative clause dated long before the report tells the history of a
    place or a group, not the news."""
    if published is None:
        return False
    for clause in (hit.head, *hit.head.ancestors):
        if clause.dep_ != "relcl":
            continue
        # ... or the time it qualifies: "the 100 days in 1994 when extremists killed 800,000"
        antecedent = clause.head.idx
        times = [r for s, e, r in unit.times if within(s, clause) or s <= antecedent < e]
        return any(
            (r.earliest or r.date) is not None and (published - (r.earliest or r.date)).days > OLD_NEWS_DAYS
            for r in times
        )
    return False


def under_statement_verb(hit: Hit) -> bool:
    """'claimed responsibility for the attack on Wednesday', 'condemned the bombing on Monday': an event noun
    whose clause belongs to a claim, reaction or reporting verb; that clause's time dates the statement."""
    if hit.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = hit.clause_head
    if head.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False  # "the UN condemns the attack ... on 16 July": a statement in the present speaks today
    verb = head.lemma_.lower()
    return verb in cue("reaction_verb") or verb in cue("claim_verb") or verb in reporting_verbs()


def dates_a_statement(unit: Unit, char: int) -> bool:
    """'claimed responsibility for the attack in a statement on Wednesday': the time hangs on the statement
    (a reporting noun), and dates it, not the event."""
    tok = token_at(unit, char)
    while tok is not None and tok.dep_ in ("pobj", "prep", "npadvmod", "compound", "amod", "nummod"):
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in cue("statement_noun"):
            return True
        if tok.pos_ == "VERB":
            return False
    return False


def right_after_reporting_verb(unit: Unit, char: int) -> bool:
    """A time that directly follows a reporting verb ("said on Tuesday"), however the parser attaches it."""
    tok = token_at(unit, char)
    if tok is None or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ == "VERB" and before.lemma_.lower() in reporting_verbs()


def dates_another_noun(unit: Unit, group: list[Hit], char: int) -> bool:
    """'blocked the road ... after Sunday's blast': a time written as the possessive of a noun that is not
    one of this event's own triggers, or of one that only marks when it happened ("after X's blast"),
    dates that other thing, not this event."""
    token = token_at(unit, char)
    if token is None or token.dep_ != "poss" or token.head.pos_ != "NOUN":
        return False
    noun = token.head
    own = {t.i for h in group for t in h.tokens}
    if noun.i not in own:
        return True
    reference_point = noun.dep_ == "pobj" and noun.head.lower_ in cue("reference_preposition")
    # ... unless the other trigger is told inside the noun's own phrase ("after Tuesday's shelling of the market,
    # which killed 19": the killing is the shelling's)
    phrase = {t.i for t in noun.subtree}
    return reference_point and any(noun.i not in {t.i for t in h.tokens} and h.head.i not in phrase for h in group)



def set_date(
    event: EventMention,
    ctx: ArticleContext,
    unit: Unit,
    units: list[Unit],
    group: list[Hit],
    allow_report_date: bool = True,
) -> str | None:
    """Date the event; returns where the date came from: "sentence", "paragraph", "report", "statement" (the
    sentence's only day is the one a source spoke on: "arrested a commander in a raid, the agency said on
    Saturday") or None."""
    source = "sentence"
    unit_times = unit.times
    unit.times = [
        t for t in unit.times if not dates_a_statement(unit, t[0]) and not dates_another_noun(unit, group, t[0])
    ]
    unit.times = anchored_to_the_story(unit.times, ctx, units)
    told = [t for t in unit.times if right_after_reporting_verb(unit, t[0])]
    statement_only = bool(told) and len(told) == len(unit.times)
    if len(told) < len(unit.times):
        # "the AA said on Tuesday it had seized the base on Monday": the first time dates the statement
        unit.times = [t for t in unit.times if t not in told]
    try:
        found = _set_date(event, ctx, unit, units, group, allow_report_date, source)
        return "statement" if statement_only and found == "sentence" else found
    finally:
        unit.times = unit_times


def _set_date(
    event: EventMention,
    ctx: ArticleContext,
    unit: Unit,
    units: list[Unit],
    group: list[Hit],
    allow_report_date: bool,
    source: str,
) -> str | None:
    if all(h.background for h in group):
        # a recalled incident counted back from no day of the sentence stays undated ("this attack comes two
        # weeks after a similar incursion"): only the sentence's own news is counted back from publication
        found = counted_back_times(unit, group) or antecedent_times(unit, group, ctx.published) or [
            r for s, _e, r in unit.times if any(within(s, h.head) for h in group)
        ]
    else:
        # "condemned on Monday Friday's bombing": a time inside the event noun's own phrase dates the
        # event; one on the reporting or reacting verb dates the statement
        inside = [
            r for s, e, r in unit.times
            if any(h.head.pos_ == "NOUN" and (within(s, h.head) or _ago_after(unit, s, e, h.head)) for h in group)
        ]  # fmt: skip
        # an incident named only in its toll ("the toll from the bombing rose to 10 on Friday") is dated by
        # its own phrase alone ("the toll from Tuesday's bombing")
        counted = all(named_in_a_toll(h) for h in group)
        if counted:
            inside += toll_phrase_times(unit, group)
        acting = [h for h in group if not under_statement_verb(h) and not counted]
        # a month or year on the statement ("Last month, ISIS-K claimed ... a bombing") still spans the event
        coarse = [r for r in times_owned(unit, group) if r.precision is not None and r.precision >= 3]
        found = (
            counted_back_times(unit, group, ctx.published) or antecedent_times(unit, group, ctx.published)
            or inside or times_owned(unit, acting) or ([] if counted else coarse)
            or (unowned_times(unit) if acting else [])
        )
    if not any(r.date is not None for r in found) and not all(h.background for h in group) and not counted:
        found = sole_incident_times(unit, group)
    if not any(r.date is not None for r in found) and not all(h.background for h in group):
        source = "paragraph"
        found = [
            r for u in ctx.units_of_paragraph(units, unit.paragraph) if u is not unit
            for r in unowned_times(u, statements=False)
        ]  # fmt: skip
    undated = not any(r.date is not None for r in found) and not all(h.background for h in group)
    if undated and unit.paragraph == lead_body_paragraph(ctx):
        found = detail_times(ctx, unit, units)
    resolution = next((r for r in found if r.date is not None), None)
    breaking = allow_report_date and is_breaking_report(ctx, unit, group)
    if resolution is None and breaking and ctx.published:
        source = "report"
        resolution = report_date(ctx.published)
    if resolution is None:
        return None
    event.date, event.time_precision = resolution.date, resolution.precision
    event.date_earliest, event.date_latest = resolution.earliest, resolution.latest
    return source


def story_day(ctx: ArticleContext, units: list[Unit]) -> dt.date | None:
    """The day the story is about: the first day-precise time of its opening paragraphs (the lead, or the
    two after it when it dates nothing, as under a "Translated from Spanish." note) that is not itself
    counted from another ("Gunmen attacked a mosque on Friday ..." → that Friday)."""
    lead = lead_body_paragraph(ctx)
    for unit in units:
        if not lead <= unit.paragraph <= lead + 2:
            continue
        for _s, _e, resolution in time_expressions(unit.text, ctx.published):
            day = resolution.date if resolution.precision == 1 else None
            if day is not None and resolve_relative(resolution.expression, day) is None:
                return day
    return None


def anchored_to_the_story(
    times: list[tuple[int, int, TimeResolution]], ctx: ArticleContext, units: list[Unit]
) -> list[tuple[int, int, TimeResolution]]:
    """ "A week earlier", "the day before", "two days later" count from the day the story is about (the
    day of its main event), not from publication; never past publication."""
    if ctx.published is None or not any(resolve_relative(r.expression, ctx.published) for _s, _e, r in times):
        return times
    anchor = story_day(ctx, units) or ctx.published
    anchored = []
    for start, end, resolution in times:
        relative = resolve_relative(resolution.expression, anchor)
        if relative is not None and any(
            -5 <= s - end <= 5 or -5 <= start - e <= 5
            for s, e, r in times
            if r is not resolution and resolve_relative(r.expression, anchor) is None
        ):
            continue  # "The day before, on Sunday": the day it names says it
        if relative is not None and relative.date is not None and relative.date > ctx.published:
            continue  # "two days later" than the story's day is after publication: no future date for it
        anchored.append((start, end, relative or resolution))
    return anchored


def sole_incident_times(unit: Unit, group: list[Hit]) -> list[TimeResolution]:
    """'LUDHIANA: Farmers continued their sit-in ... on Tuesday': when the parse hangs a sentence's time on
    neither the trigger's clause nor another's, and the sentence tells no other incident, it dates this one."""
    reacting = cue("reaction_verb").keys() | cue("claim_verb").keys()
    if any(h not in group for h in unit.hits) or any(h.clause_head.lemma_.lower() in reacting for h in group):
        return []  # "denounced this weekend the kidnapping": the time dates the reaction
    return [r for _s, _e, r in unit.times]


def lead_body_paragraph(ctx: ArticleContext) -> int:
    return ctx.lead_body_paragraph


def detail_times(ctx: ArticleContext, unit: Unit, units: list[Unit]) -> list[TimeResolution]:
    """'Gunmen have abducted 14 women near X.' + 'A leader said the women left the town early on Sunday
    and were surrounded ...': an undated lead is told in detail by the next paragraph; when that paragraph
    reports no event of its own, its day dates the lead's incident."""
    later = [u.paragraph for u in units if u.paragraph > unit.paragraph]
    if not later:
        return []
    detail = [u for u in units if u.paragraph == min(later)]
    if any(find_hits(u) for u in detail):
        return []
    days = [r for u in detail for _s, _e, r in time_expressions(u.text, ctx.published)]
    return [r for r in days if r.date is not None and r.precision == 1][:1]


def inherit_dates(events: list[EventMention], published: dt.date | None = None) -> None:
    """An undated incident reported alongside a dated one (a later paragraph of the same news story:
    "protesters also burned tyres in Kisumu", "after the clash, troops burned houses") happened in the
    same news cycle: it takes the nearest earlier incident's date, widened to a week (precision 2).
    One still undated takes the report's (publication) date, as ACLED codes a report that dates nothing:
    within the week before publication (precision 2). Background incidents stay undated."""
    last: EventMention | None = None
    for event in events:
        if event.affiliation is not None or event.background:
            continue
        if event.date is None and last is not None:
            earliest = last.date_earliest or last.date
            latest = max(last.date_latest or last.date, earliest + dt.timedelta(days=2))
            event.date, event.time_precision = last.date, 2
            event.date_earliest, event.date_latest = earliest, latest
        elif event.date is None and published is not None:
            report = report_date(published)
            event.date, event.time_precision = report.date, report.precision
            event.date_earliest, event.date_latest = report.earliest, report.latest
        elif event.date is not None:
            last = event


def report_date(published: dt.date) -> TimeResolution:
    """The date of a report that dates its event no closer: publication, within the week before it (ACLED
    time precision 2)."""
    return TimeResolution(published, 2, published - dt.timedelta(days=6), published)


def mark_old_as_background(event: EventMention, published: dt.date | None) -> None:
    """An incident that ended well before publication is recalled as context, not reported as news."""
    if published is None or event.affiliation is not None or event.date is None:
        return
    latest = event.date_latest or event.date
    if (published - latest).days > OLD_NEWS_DAYS:
        event.background = True


def is_breaking_report(ctx: ArticleContext, unit: Unit, group: list[Hit]) -> bool:
    """A simple-past violent event in the first body paragraph: the article reports it as news."""
    first = lead_body_paragraph(ctx)
    if unit.paragraph != first or any(h.background for h in group):
        return False
    return any(
        h.head.tag_ == "VBD"
        or (
            h.head.tag_ == "VBN"
            and is_passive(h.head)
            and any(c.tag_ == "VBD" for c in h.head.children if c.dep_ == "auxpass")
        )
        for h in group
    )


OLD_NEWS_DAYS = 45
TAKEOVER_TYPES = frozenset({"Non-violent transfer of territory", "Non-state actor overtakes territory"})


def date_known_takeover(event: EventMention, ctx: ArticleContext) -> None:
    """An undated takeover recalled as background ("since the Taliban's takeover") by a group the actor KB
    knows became the state on a date before publication: that month (ACLED time precision 3)."""
    if event.sub_event_type not in TAKEOVER_TYPES or not event.actor1 or ctx.published is None:
        return
    entry = load_actor_kb().get(event.actor1)
    changes = [day for day, new_type in (entry.type_changes if entry else ()) if new_type == "State forces"]
    known = [day for day in changes if day <= ctx.published]
    if not known:
        return
    day = max(known)
    first = day.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    event.date, event.time_precision = day, 3
    event.date_earliest, event.date_latest = first, last
