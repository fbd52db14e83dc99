"""A situation report laid out as Markdown or as one self-contained HTML page (inline SVG map and
timeline, no script, nothing fetched). Ledger text is untrusted: the HTML template escapes it, and the
Markdown escapes the characters that would turn it into links or markup."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jinja2

from eventledger.errors import EventLedgerError
from eventledger.report.situation import Citation, Situation
from eventledger.web.security import safe_url

MAP_SIZE = (640, 360)
TIMELINE_SIZE = (640, 140)


@dataclass
class Point:
    x: float
    y: float
    r: float
    label: str
    count: int


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    week: str
    count: int


def map_points(situation: Situation) -> list[Point]:
    """The places with coordinates, projected (plate carrée) into the map's box with a margin; a
    circle's area grows with its number of events."""
    located = [(n, lat, lon, c) for n, lat, lon, c in situation.places if lat is not None and lon is not None]
    if not located:
        return []
    width, height = MAP_SIZE
    lats, lons = [p[1] for p in located], [p[2] for p in located]
    span_lat, span_lon = max(max(lats) - min(lats), 0.5), max(max(lons) - min(lons), 0.5)
    scale = min((width - 160) / span_lon, (height - 60) / span_lat)
    top, left = max(lats), min(lons)
    most = max(p[3] for p in located)
    return [Point(x=80 + (lon - left) * scale, y=30 + (top - lat) * scale, r=4 + 10 * (count / most) ** 0.5,
                  label=name, count=count)
            for name, lat, lon, count in located]


def timeline_bars(situation: Situation) -> list[Bar]:
    if not situation.weeks:
        return []
    width, height = TIMELINE_SIZE
    slot = (width - 40) / len(situation.weeks)
    most = max(n for _, n in situation.weeks)
    bars = []
    for index, (week, count) in enumerate(situation.weeks):
        bar_height = (height - 40) * count / most
        bars.append(Bar(x=30 + index * slot, y=height - 20 - bar_height, width=max(slot - 2, 1),
                        height=bar_height, week=week, count=count))
    return bars


def figure(citation: Citation) -> str:
    """A report's own toll in words: "100 killed", "46-100 killed", "no toll"."""
    low, high = citation.fatalities_min, citation.fatalities_max
    if low is None and high is None:
        return "no toll"
    if low is None or high is None or low == high:
        return f"{low if low is not None else high} killed"
    return f"{low}-{high} killed"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")  # with [ and ] escaped, ( ) can start no link


def md(text: object) -> str:
    """Ledger text as Markdown text: the characters that make links, emphasis or HTML are escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _md_citation(c: Citation, *, toll: bool = True) -> str:
    said = f", according to {md(c.attributed_to)}" if c.attributed_to else ""
    hedges = f"; hedged: {', '.join('“' + md(h) + '”' for h in c.hedges)}" if c.hedges else ""
    outlet = f"[{md(c.outlet)}]({safe_url(c.url)})" if safe_url(c.url) else md(c.outlet)
    figure_text = f": {figure(c)}" if toll else ""
    return f"\\[{c.number}\\] {outlet}, {md(c.published or 'undated')}{said}{figure_text}{hedges}"


def render_markdown(situation: Situation) -> str:
    s = situation
    documents = f"{s.sources} source document{'s' if s.sources != 1 else ''}"
    lines = [f"# {md(s.title)}", "", f"Generated {s.generated} from {documents}.", ""]
    if s.filters:
        lines += ["Filters: " + "; ".join(f"{k} = {md(v)}" for k, v in s.filters.items()), ""]
    span = f", {s.first_day} to {s.last_day}" if s.first_day else ""
    tolled = f"{s.events_with_tolls} event{'s' if s.events_with_tolls != 1 else ''}"
    lines += ["## Headline figures", "",
              f"- Events: {s.total} ({s.dated} dated{span})",
              f"- Fatalities: {s.fatalities} reported in {tolled}",
              *[f"- {md(t)}: {n}" for t, n in s.by_type], ""]
    if s.places:
        lines += ["## Places", "", *[f"- {md(name)}: {n}" for name, _, _, n in s.places], ""]
    if s.weeks:
        lines += ["## Events per week", "", *[f"- week of {week}: {n}" for week, n in s.weeks if n], ""]
    lines += ["## Key events", ""]
    for key in s.key_events:
        e = key.event
        marks = "".join(f"\\[{c.number}\\]" for c in key.citations)
        lines.append(f"- **{md(e['event_date'] or 'undated')}** — {md(e['sub_event_type'])}: {md(e['notes'])} {marks}")
        lines += [f"  - {_md_citation(c)}" for c in key.citations]
    if s.total > len(s.key_events):
        lines.append(f"- … and {s.total - len(s.key_events)} more events in the ledger")
    lines.append("")
    if s.affiliations:
        lines += ["## Changes in affiliation", ""]
        for a in s.affiliations:
            sources = "; ".join(_md_citation(c, toll=False) for c in a.citations)
            lines.append(f"- {md(a.date or 'undated')}: {md(a.members or a.from_group or 'members')} "
                         f"({md(a.from_group or 'no known group')}) joined {md(a.to_group)} — {sources}")
        lines.append("")
    if s.disagreements:
        lines += ["## Where the sources disagree", ""]
        for d in s.disagreements:
            lines.append(f"- {md(d.event['event_date'] or 'undated')} {md(d.event['sub_event_type'])} in "
                         f"{md(d.event.get('location') or d.event.get('country') or 'an unknown place')}: "
                         + "; ".join(f"{md(c.outlet)} \\[{c.number}\\] {figure(c)}"
                                     + (f" (according to {md(c.attributed_to)})" if c.attributed_to else "")
                                     for c in d.figures))
        lines.append("")
    return "\n".join(lines)


def _templates() -> jinja2.Environment:
    folder = Path(str(resources.files("eventledger.web"))) / "templates"
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.globals.update(safe_url=safe_url, figure=figure)
    return env


def render_html(situation: Situation, pdf_link: str | None = None) -> str:
    """The report as one self-contained page; ``pdf_link``: where the web UI serves it as PDF (a "PDF"
    button; a file or a printed page has none)."""
    return _templates().get_template("report.html").render(
        s=situation, points=map_points(situation), bars=timeline_bars(situation), map_size=MAP_SIZE,
        timeline_size=TIMELINE_SIZE, pdf_link=pdf_link,
    )


def render_pdf(situation: Situation) -> bytes:
    from eventledger.report.pdf import html_to_pdf

    return html_to_pdf(render_html(situation))


REPORT_FORMATS = {".md": render_markdown, ".html": render_html, ".htm": render_html, ".pdf": render_pdf}


def write_report(situation: Situation, path: str) -> None:
    """The report in the format ``path``'s suffix names (.html, .md or .pdf), written as exports are."""
    from eventledger.export.output import export_target

    render = REPORT_FORMATS.get(Path(path).suffix.lower())
    if render is None:
        raise EventLedgerError("E120", path=path)
    content = render(situation)
    with export_target(path, binary=isinstance(content, bytes)) as out:
        out.write(content)
