"""The command line of the contract: thin wrappers over plain functions that tests call directly."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import inspect
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import click
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from typer.core import TyperGroup

from eventledger.errors import EventLedgerError, StoreError, one_line
from eventledger.event_query import FILTER_FIELDS, FilterQuery, cli_option, parse_filters
from eventledger.settings import SettingError

if TYPE_CHECKING:
    from eventledger.store import Store


# exit statuses of the contract
EXIT_REJECTED, EXIT_USAGE, EXIT_INTERNAL = 1, 2, 3

try:  # typer 0.2x parses the command line with a copy of click of its own; older ones with click itself
    from typer._click import Command as ClickCommand
    from typer._click import Context as ClickContext
    from typer._click.exceptions import BadOptionUsage, MissingParameter, NoSuchOption
except ImportError:  # pragma: no cover - an older typer
    from click import Command as ClickCommand
    from click import Context as ClickContext
    from click.exceptions import BadOptionUsage, MissingParameter, NoSuchOption


def _did_you_mean(close: list[str]) -> str:
    """The closest valid name, as a clause of E129/E130 (difflib's ranking: nearest first)."""
    return f" (did you mean {close[0]!r}?)" if close else ""


class LedgerCommands(TyperGroup):
    """The commands, whose usage errors a script can read: an unknown option or command (a typo such as
    --fromat or exprot) is one numbered line naming it, with the closest valid one, and exit 2, where
    click drew its usage box over several lines of standard error. --help is click's, unchanged."""

    def make_context(self, info_name: str | None, args: list[str], parent: ClickContext | None = None,
                     **extra: object) -> ClickContext:
        with _usage_error_line(None, info_name):  # an option before the command: eventledger --degub export
            return super().make_context(info_name, args, parent=parent, **extra)  # type: ignore[arg-type]

    def invoke(self, ctx: ClickContext) -> object:
        with _usage_error_line(ctx):  # the command's own options and arguments are parsed in here
            return super().invoke(ctx)

    def resolve_command(self, ctx: ClickContext, args: list[str]
                        ) -> tuple[str | None, ClickCommand | None, list[str]]:
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            close = difflib.get_close_matches(name, self.list_commands(ctx))
            typer.echo(str(EventLedgerError("E130", name=name, suggestion=_did_you_mean(close),
                                            program=ctx.command_path)), err=True)
            raise typer.Exit(EXIT_USAGE)
        return super().resolve_command(ctx, args)


def _missing(error: MissingParameter) -> str:
    """What a command lacks, as E131 names it: "option '--format' / '-f' (its help)" or "argument 'gold'"."""
    param = error.param
    if param is None:  # pragma: no cover - click always names the parameter it misses
        return "an option or argument"
    if param.param_type_name == "argument":
        named = f"argument {param.name!r}"  # as --help lists it
    else:
        named = "option " + " / ".join(repr(opt) for opt in param.opts)
    helped = getattr(param, "help", None)
    return f"{named} ({helped})" if helped else named


@contextmanager
def _usage_error_line(group: ClickContext | None, program: str | None = None) -> Iterator[None]:
    """Click's usage errors that a script meets most, as one numbered line and exit 2: an unknown option
    (E129), a required option or argument left out (E131), an option without its value (E132). ``group``
    is the commands' context once a command is chosen (``program`` the name before): click's option-value
    error carries no context."""
    try:
        yield
    except NoSuchOption as error:
        command = error.ctx.command_path if error.ctx else "eventledger"
        typer.echo(str(EventLedgerError("E129", option=error.option_name, command=command,
                                        suggestion=_did_you_mean(error.possibilities or []))), err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except MissingParameter as error:
        command = error.ctx.command_path if error.ctx else "eventledger"
        typer.echo(str(EventLedgerError("E131", command=command, what=_missing(error))), err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except BadOptionUsage as error:
        command = error.ctx.command_path if error.ctx else _chosen_command(group, program)
        problem = "takes no value" if "does not take" in error.message else "needs a value"
        typer.echo(str(EventLedgerError("E132", option=error.option_name, command=command, problem=problem)),
                   err=True)
        raise typer.Exit(EXIT_USAGE) from None


def _chosen_command(group: ClickContext | None, program: str | None) -> str:
    if group is None:
        return program or "eventledger"
    return f"{group.command_path} {group.invoked_subcommand}" if group.invoked_subcommand else group.command_path


app = typer.Typer(
    cls=LedgerCommands,
    add_completion=False,
    no_args_is_help=True,
    help="eventledger: a sourced, deduplicated ledger of conflict events from news reports.",
)
err = Console(stderr=True)

DbOption = Annotated[
    str | None, typer.Option("--db", help="SQLite file, sqlite:///path or postgresql://user@host:port/dbname"
                                     " (default eventledger.db or $EVENTLEDGER_DB)")
]


# `serve --workers`: each worker holds a connection per thread and, with a token, an ingest process
# with the language model (about 500 MB), so a handful is the sane most
MAX_WORKERS = 16
_debug = {"on": False}


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="show the traceback of an internal error")] = False,
) -> None:
    """eventledger: a sourced, deduplicated ledger of conflict events from news reports."""
    _debug["on"] = debug or bool(os.environ.get("EVENTLEDGER_DEBUG"))
    if not _debug["on"]:
        # a library's warning with no handler of its own would reach standard error through logging's
        # last resort, as many lines as it likes: standard error is the contract's one line per problem
        logging.getLogger().addHandler(logging.NullHandler())
    with command_errors():
        check_settings()


def check_settings() -> None:
    """Every EVENTLEDGER_* setting read once up front: a bad one stops the command before it starts,
    rather than halfway through (or not at all, for a setting the command happens not to read)."""
    from eventledger.settings import SETTINGS, get_setting

    for name in SETTINGS:
        get_setting(name)


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print one line on standard error and give the exit to raise."""
    typer.echo(message, err=True)
    return typer.Exit(code)


@contextmanager
def command_errors():
    """The core's errors as one line on standard error: exit 2 for a wrong command or environment, 3
    (with the traceback only under --debug) for anything unforeseen, which is a bug."""
    try:
        yield
    except (typer.Exit, typer.Abort, click.exceptions.ClickException, KeyboardInterrupt):
        raise
    except (StoreError, EventLedgerError) as error:
        raise fail(str(error)) from None
    except BrokenPipeError:  # the reader of standard output went away (`export | head`): not a bug
        _silence_stdout()
        raise fail(str(EventLedgerError("E115", path="standard output", detail="the reader closed it (broken pipe)"))
                   ) from None
    except SettingError as error:
        raise fail(str(EventLedgerError("E113", detail=str(error)))) from None
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if _debug["on"]:
            traceback.print_exc()
        detail = f"{type(error).__name__}: {error}".rstrip(": ")
        raise fail(str(EventLedgerError("E201", detail=detail)), EXIT_INTERNAL) from None


@contextmanager
def standard_output():
    """Lines for standard output: a reader that went away (`ingest ... | head -0`) or a full device is
    one E115 line and exit 2, as for export; left to click, a closed pipe ends in exit 1 and no word,
    which reads as "some inputs rejected". What was stored before stays stored."""
    try:
        yield
        sys.stdout.flush()
    except OSError as error:
        _silence_stdout()
        raise fail(str(EventLedgerError("E115", path="standard output", detail=error.strerror or str(error)))
                   ) from None


def _silence_stdout() -> None:
    """Point standard output at /dev/null: what is left in its buffer would fail again at exit, as a
    second message ("Exception ignored ... BrokenPipeError")."""
    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _check_positive(option: str, value: int | None, *, most: int | None = None) -> None:
    if value is None:
        return
    if value < 1 or (most is not None and value > most):
        expected = "a whole number of 1 or more" if most is None else f"a whole number from 1 to {most}"
        raise EventLedgerError("E114", option=option, expected=expected, value=value)


def _existing_ledger(db: str | None) -> str:
    """The ledger's location, which must exist: a command that only reads never creates one."""
    from eventledger.store import ledger_exists, resolve_db_path

    path = resolve_db_path(db)
    if not ledger_exists(path):
        raise EventLedgerError("E118", db=path)
    return path


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise EventLedgerError("E110", value=value) from None
    return value


def with_filters(command: Callable[..., None]) -> Callable[..., None]:
    """``command`` with an option per filter of the one filter model (event_query.FILTER_FIELDS: the API's
    query parameters, ``min_fatalities`` -> ``--min-fatalities``); it receives them checked, as ``query``.
    A value a filter cannot take is one E114 line and exit 2, before the ledger is opened."""
    own = [p for p in inspect.signature(command, eval_str=True).parameters.values() if p.name != "query"]
    added = [
        inspect.Parameter(
            field.name, inspect.Parameter.KEYWORD_ONLY,
            annotation=Annotated[bool, typer.Option(cli_option(field.name), help=field.help)]
            if field.kind == "switch" else Annotated[str | None, typer.Option(cli_option(field.name), help=field.help)],
            default=False if field.kind == "switch" else None)
        for field in FILTER_FIELDS
    ]

    @functools.wraps(command)
    def with_query(**given: object) -> None:
        typed = {field.name: given.pop(field.name) for field in FILTER_FIELDS}
        with command_errors():
            query = parse_filters(typed, spell=cli_option)
        command(**given, query=query)

    parameters = [*own, *added]
    with_query.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    with_query.__annotations__ = {p.name: p.annotation for p in parameters}
    return with_query


@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="files, folders (recursive) or - for stdin")] = None,
    db: DbOption = None,
    feed: Annotated[list[str] | None, typer.Option("--feed", help="an RSS/Atom feed or sitemap URL (repeatable)")]
    = None,
    feeds: Annotated[Path | None, typer.Option("--feeds", help="a file of feed URLs, one a line (# comments)")] = None,
    published: Annotated[str | None, typer.Option(help="publication date YYYY-MM-DD for inputs that lack one")] = None,
    source: Annotated[str | None, typer.Option(help="outlet name for inputs that lack one")] = None,
    url: Annotated[str | None, typer.Option(help="URL for inputs that lack one")] = None,
    max_bytes: Annotated[int | None, typer.Option(help="largest document accepted, in bytes")] = None,
    n_process: Annotated[int | None, typer.Option(help="processes for spaCy annotation")] = None,
    scheduler: Annotated[str | None, typer.Option(help="a Dask scheduler (tcp://HOST:8786, or "
                                                  "$EVENTLEDGER_SCHEDULER) to run the per-article stages on")] = None,
) -> None:
    """Read articles, extract and fuse their events, and store them."""
    from eventledger.pipeline import IngestOptions, ingest_paths
    from eventledger.store import open_store

    with command_errors():
        _check_positive("--max-bytes", max_bytes)
        _check_positive("--n-process", n_process)
        from eventledger.cluster import scheduler_address

        options = IngestOptions(published=_check_date(published), source=source, url=url,
                                scheduler=scheduler_address(scheduler))
        if max_bytes is not None:
            options.max_bytes = max_bytes
        if n_process is not None:
            options.n_process = n_process
        paths = paths or []
        feed_urls = _feed_urls(feed, feeds)
        if not paths and not feed_urls:
            raise EventLedgerError("E126") if feed is not None or feeds is not None else fail(
                "ingest needs PATH... or --feed URL / --feeds FILE")
        missing = [p for p in paths if p != "-" and not os.path.exists(p)]
        if missing and len(missing) == len(paths) and not feed_urls:
            raise fail(f"E001: {missing[0]}: no such file or folder")
        store = open_store(db)
        try:
            stdin = sys.stdin.buffer if "-" in paths else None
            if feed_urls:
                summary = _ingest_with_feeds(paths, feed_urls, store, options, stdin)
            elif err.is_terminal:
                from eventledger.ingest.count import count_inputs

                with Progress(
                    TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    TextColumn("ETA"), TimeRemainingColumn(), console=err, transient=True,
                ) as bar:
                    task = bar.add_task("ingest", total=count_inputs(paths))
                    summary = ingest_paths(paths, store, options, stdin=stdin,
                                           progress=lambda n: bar.advance(task, n))
            else:
                summary = ingest_paths(paths, store, options, stdin=stdin)
        finally:
            store.close()
    for line in [r.line() for r in summary.rejections] + summary.warnings:
        typer.echo(one_line(line), err=True)  # a file name or a quoted input may hold a line break
    with standard_output():
        typer.echo(summary.line())
    if summary.rejections or summary.over_budget:  # a document over its time budget is stored, unread
        raise typer.Exit(EXIT_REJECTED)


def _feed_urls(feed: list[str] | None, feeds_file: Path | None) -> list[str]:
    if feeds_file is None:  # the feed modules (and httpx) are imported only for feeds: a tenth of a second
        return list(feed or [])
    from eventledger.ingest.poll import read_feeds_file

    return [*(feed or []), *read_feeds_file(feeds_file)]


def _ingest_with_feeds(paths: list[str], feed_urls: list[str], store, options, stdin):  # noqa: ANN001, ANN202
    """Local inputs first, then one poll of the feeds (no progress bar: a feed's length is not known)."""
    from eventledger.ingest import read_inputs
    from eventledger.watch import ingest_feeds

    local = read_inputs(paths, max_bytes=options.max_bytes, published=options.published, source=options.source,
                        url=options.url, stdin=stdin) if paths else ()
    result = ingest_feeds(feed_urls, store, options, before=local)
    with standard_output():
        typer.echo(result.counts.line())
    return result.summary


@app.command()
def watch(
    feeds_file: Annotated[Path | None, typer.Argument(help="a file of feed URLs, one a line (# comments)")] = None,
    feeds: Annotated[Path | None, typer.Option("--feeds", help="a file of feed URLs (as FEEDS_FILE)")] = None,
    feed: Annotated[list[str] | None, typer.Option("--feed", help="a feed URL (repeatable)")] = None,
    interval: Annotated[float | None, typer.Option(help="seconds between the starts of two polls")] = None,
    every: Annotated[float | None, typer.Option(help="minutes between the starts of two polls")] = None,
    once: Annotated[bool, typer.Option("--once", help="poll once and exit (exit 1 if something was rejected)")] = False,
    db: DbOption = None,
    max_bytes: Annotated[int | None, typer.Option(help="largest page accepted, in bytes")] = None,
    n_process: Annotated[int | None, typer.Option(help="processes for spaCy annotation")] = None,
) -> None:
    """Poll feeds and ingest the pages that are new, every --interval seconds (default 15 minutes)."""
    from eventledger.pipeline import IngestOptions
    from eventledger.store import open_store
    from eventledger.watch import PollResult, watch_feeds

    rejected = {"any": False}

    def report(result: PollResult) -> None:
        for line in [r.line() for r in result.summary.rejections] + result.summary.warnings:
            typer.echo(one_line(line), err=True)
        with standard_output():
            typer.echo(result.counts.line())
            typer.echo(result.summary.line())
        rejected["any"] = rejected["any"] or bool(result.summary.rejections)

    with command_errors():
        _check_positive("--max-bytes", max_bytes)
        _check_positive("--n-process", n_process)
        if interval is not None and every is not None:
            raise EventLedgerError("E114", option="--interval", expected="given without --every", value=interval)
        option, value = ("--interval", interval) if interval is not None else ("--every", every)
        seconds = interval if interval is not None else 60 * (every if every is not None else 15)
        if not seconds > 0 or seconds == float("inf"):
            raise EventLedgerError("E114", option=option, expected="a number of more than 0", value=value)
        files = [path for path in (feeds_file, feeds) if path is not None]
        feed_urls = [*(feed or []), *(url for path in files for url in _feed_urls(None, path))]
        if not feed_urls:
            raise EventLedgerError("E126")
        options = IngestOptions()
        if max_bytes is not None:
            options.max_bytes = max_bytes
        if n_process is not None:
            options.n_process = n_process
        store = open_store(db)
        try:
            watch_feeds(feed_urls, store, seconds, report, options=options, polls=1 if once else None)
        except KeyboardInterrupt:
            pass  # stopped by the user: what was stored is stored
        finally:
            store.close()
    if once and rejected["any"]:
        raise typer.Exit(EXIT_REJECTED)


@app.command()
@with_filters
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="events, documents, quotes, claims, actors, "
                                        "acled-csv, geojson or stix")],
    db: DbOption = None,
    output: Annotated[str | None, typer.Option("-o", "--output", help="file to write (default or -: stdout)")] = None,
    *,
    query: FilterQuery,
) -> None:
    """Write the ledger out, or the part the filters select (the same filters as GET /api/events; documents,
    quotes, claims and actors: those of the selected events)."""
    from eventledger.export import EXPORTERS
    from eventledger.store import open_store

    with command_errors():
        if format not in EXPORTERS:
            raise EventLedgerError("E105", name=format, choices=", ".join(EXPORTERS))
        store = open_store(_existing_ledger(db), create=False)
        try:
            left_out = _export_to(store, format, output or "-", query)
        finally:
            store.close()
        if left_out:
            typer.echo(f"note: {left_out} event{'s' if left_out != 1 else ''} of extension types (outside "
                       f"ACLED's taxonomy) left out of {format}; the events export has them", err=True)


def _export_to(store: Store, format: str, output: str, query: FilterQuery) -> int:  # noqa: A002 - the contract's name
    """Write the export; a closed pipe or a full disk under standard output is E115 (a file's failures
    are E115 already), reported here rather than by the flush at exit."""
    from eventledger.event_query import resolve
    from eventledger.export import write_export
    from eventledger.export.output import STDOUT, export_target

    filters = resolve(store, query) if query.given() else None
    try:
        with export_target(output) as out:
            left_out = write_export(store, format, out, filters)
            out.flush()
    except OSError as error:
        if output != STDOUT:
            raise
        _silence_stdout()
        raise EventLedgerError("E115", path="standard output", detail=error.strerror or str(error)) from None
    return left_out


@app.command()
@with_filters
def report(
    output: Annotated[str, typer.Option("-o", "--output", help="the report: FILE.html, FILE.md or FILE.pdf "
                                        "(PDF printed by headless Chromium)")],
    db: DbOption = None,
    *,
    query: FilterQuery,
) -> None:
    """Write a situation report of the filtered ledger: figures, map, timeline, key events with their sources."""
    from eventledger.report import REPORT_FORMATS, build_situation, write_report
    from eventledger.report.pdf import chromium_path
    from eventledger.store import open_store

    with command_errors():
        suffix = Path(output).suffix.lower()
        if suffix not in REPORT_FORMATS:
            raise EventLedgerError("E120", path=output)
        if suffix == ".pdf":
            chromium_path()  # before any work: no browser, no PDF
        store = open_store(_existing_ledger(db), create=False)
        try:
            write_report(build_situation(store, query), output)
        finally:
            store.close()


@app.command()
def classify(
    file: Annotated[Path | None, typer.Argument(help="snippets, one a line: ID<TAB>TEXT (default: stdin)")] = None,
) -> None:
    """Print ID<TAB>sub_event_type for each snippet."""
    from eventledger.settings import get_setting

    choice = get_setting("classifier")
    if choice == "embeddings":
        from eventledger.extract import embeddings

        if not embeddings.available():
            raise fail(str(EventLedgerError("E111")))
        classify_lines = embeddings.classify_lines
    elif choice == "default":
        from eventledger.extract.sentence_model import classify_lines
    elif choice == "sparse":
        from eventledger.extract.classifier import classify_lines
    else:
        raise fail(str(EventLedgerError("E112", name=choice)))
    if file is not None and not file.exists():
        raise fail(f"E001: {file}: no such file or folder")
    handle = file.open(encoding="utf-8", errors="replace") if file else sys.stdin
    try:
        with command_errors():
            for line in classify_lines(handle):
                typer.echo(line)
    finally:
        if file:
            handle.close()


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="gold file in the format of shared/eval/seed/gold.json")],
    docs: Annotated[list[str], typer.Argument(help="the documents the gold annotates")],
    db: DbOption = None,
) -> None:
    """Ingest DOCS into a fresh ledger (or --db) and score it against GOLD."""
    from eventledger.evaluate import evaluate_paths, render_report

    with command_errors():
        report = evaluate_paths(gold, docs, db=_existing_ledger(db) if db else None)
    with standard_output():
        Console().print(render_report(report))


@app.command()
def demo(
    db: DbOption = None,
) -> None:
    """Run the main job on the bundled example articles and show the result."""
    from eventledger.demo import run_demo

    with command_errors():
        run_demo(Console(), db=db)


@app.command()
def merge(
    event_ids: Annotated[list[str], typer.Argument(help="two or more event ids to merge into one")],
    db: DbOption = None,
    reason: Annotated[str | None, typer.Option(help="why (kept in the audit table)")] = None,
) -> None:
    """An analyst's correction: these events are one."""
    from eventledger.ledger import merge_events
    from eventledger.store import open_store

    if len(event_ids) < 2:
        raise fail("merge needs two or more event ids")
    with command_errors():
        store = open_store(db, create=False)
        try:
            merged = merge_events(store, event_ids, reason)
        finally:
            store.close()
    with standard_output():
        typer.echo(merged)


@app.command()
def split(
    event_id: Annotated[str, typer.Argument(help="the event to split")],
    documents: Annotated[list[str], typer.Option("--documents", help="documents whose reports become their own event")],
    db: DbOption = None,
    reason: Annotated[str | None, typer.Option(help="why (kept in the audit table)")] = None,
) -> None:
    """An analyst's correction: these documents report another event."""
    from eventledger.ledger import split_event
    from eventledger.store import open_store

    with command_errors():
        store = open_store(db, create=False)
        try:
            result = split_event(store, event_id, documents, reason)
        finally:
            store.close()
    with standard_output():
        for event in result:
            typer.echo(event)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    token: Annotated[str | None, typer.Option(help="bearer token for writes (or $EVENTLEDGER_TOKEN)")] = None,
    workers: Annotated[int, typer.Option(help="server processes sharing the port (reads scale with the cores)")] = 1,
) -> None:
    """The web UI and HTTP API."""
    from eventledger.web.server import run_server

    with command_errors():
        _check_positive("--port", port, most=65535)
        _check_positive("--workers", workers, most=MAX_WORKERS)
        token = token if token is not None else os.environ.get("EVENTLEDGER_TOKEN")
        if token is not None and not token.strip():
            raise EventLedgerError("E114", option="--token", expected="a non-blank secret", value=token)
        run_server(db=_existing_ledger(db), host=host, port=port, token=token, workers=workers)


def main() -> None:
    app()
