"""A mistyped option or command on the real command line: one numbered line that names it and the closest
valid one, exit 2, nothing run or written; --help as before. Real processes, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED_TXT
from tests.test_cli_misuse import one_line, run

PROGRAM = "python -m eventledger"  # how click names the program these tests run


@pytest.mark.parametrize(("args", "command", "typed", "closest"), [
    (["export", "--fromat", "events"], "export", "--fromat", "--format"),
    (["export", "--fromat=events"], "export", "--fromat", "--format"),
    (["export", "--format", "events", "--dbb", "x.db"], "export", "--dbb", "--db"),
    # the nearest of several near ones: --country, not --actor
    (["report", "--contry", "Mali", "-o", "report.html"], "report", "--contry", "--country"),
    (["ingest", "--publihsed", "2024-03-01", str(SEED_TXT)], "ingest", "--publihsed", "--published"),
    (["serve", "--prot", "8000"], "serve", "--prot", "--port"),
    (["classify", "--modle", "x"], "classify", "--modle", None),
    (["--degub", "export"], "", "--degub", "--debug"),
    (["export", "-x"], "export", "-x", None),
])
def test_an_unknown_option_is_one_line_naming_it_and_the_closest_one(tmp_path: Path, args, command, typed, closest):
    db = tmp_path / "typo.db"
    result = run(*args, "--db", str(db), cwd=tmp_path) if args[0] != "--degub" else run(*args, cwd=tmp_path)
    assert result.returncode == 2
    line = one_line(result, "E129")
    path = f"{PROGRAM} {command}".strip()
    assert line.startswith(f"E129: no such option '{typed}' for '{path}'"), line
    if closest:
        assert f"(did you mean '{closest}'?)" in line, line
    else:
        assert "did you mean" not in line, line
    assert line.endswith(f"'{path} --help' lists its options"), line
    assert "Usage:" not in line and "╭" not in line
    assert result.stdout == b""
    assert list(tmp_path.iterdir()) == []  # nothing ran: no ledger made, no report written


@pytest.mark.parametrize(("name", "closest"), [("exprot", "export"), ("ingets", "ingest"), ("frobnicate", None)])
def test_an_unknown_command_is_one_line_naming_it_and_the_closest_one(tmp_path: Path, name, closest):
    result = run(name, "--db", str(tmp_path / "x.db"), cwd=tmp_path)
    assert result.returncode == 2
    line = one_line(result, "E130")
    expected = f"E130: no such command '{name}'" + (f" (did you mean '{closest}'?)" if closest else "")
    assert line == f"{expected}; '{PROGRAM} --help' lists the commands"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("command", "option"), [("", "--debug"), ("export", "--format"), ("report", "--country"),
                                                 ("split", "--documents"), ("eval", "gold"),
                                                 ("ingest", "--published"), ("serve", "--port")])
def test_help_is_still_the_usage_and_options_on_standard_output(command: str, option: str) -> None:
    result = run(*filter(None, [command]), "--help")
    assert result.returncode == 0 and result.stderr == b""
    text = result.stdout.decode()
    assert text.lstrip().startswith(f"Usage: {PROGRAM} {command}".rstrip()) and option in text
    assert "E129" not in text and "E131" not in text


@pytest.mark.parametrize(("args", "command", "missing"), [
    (["export"], "export", "option '--format' / '-f' (events, documents, quotes, claims, actors, acled-csv, "
                           "geojson or stix)"),
    (["report", "--country", "Mali"], "report", "option '-o' / '--output' (the report: FILE.html, FILE.md or "
                                                "FILE.pdf (PDF printed by headless Chromium))"),
    (["split", "ev-1"], "split", "option '--documents' (documents whose reports become their own event)"),
    (["split"], "split", "argument 'event_id' (the event to split)"),
    (["merge"], "merge", "argument 'event_ids' (two or more event ids to merge into one)"),
    (["eval"], "eval", "argument 'gold' (gold file in the format of shared/eval/seed/gold.json)"),
    (["eval", "gold.json"], "eval", "argument 'docs' (the documents the gold annotates)"),
])
def test_a_missing_required_option_or_argument_is_one_line_naming_it(tmp_path: Path, args, command, missing):
    result = run(*args, "--db", str(tmp_path / "x.db"), cwd=tmp_path)
    assert result.returncode == 2
    line = one_line(result, "E131")
    path = f"{PROGRAM} {command}"
    assert line == f"E131: '{path}' needs {missing}; '{path} --help' tells what it takes"
    assert result.stdout == b""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("args", "command", "option", "problem"), [
    (["export", "--format"], "export", "--format", "needs a value"),
    (["export", "--format", "events", "--db"], "export", "--db", "needs a value"),
    (["export", "--format", "events", "--country"], "export", "--country", "needs a value"),
    (["report", "-o"], "report", "-o", "needs a value"),
    (["--debug=yes", "export"], "", "--debug", "takes no value"),
])
def test_an_option_without_its_value_is_one_line_naming_it(tmp_path: Path, args, command, option, problem):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    line = one_line(result, "E132")
    path = f"{PROGRAM} {command}".strip()
    assert line == f"E132: option '{option}' of '{path}' {problem}; '{path} --help' lists its options"
    assert result.stdout == b""
    assert list(tmp_path.iterdir()) == []
