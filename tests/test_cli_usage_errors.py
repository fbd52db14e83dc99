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
                                                 ("ingest", "--published"), ("serve", "--port")])
def test_help_is_still_the_usage_and_options_on_standard_output(command: str, option: str) -> None:
    result = run(*filter(None, [command]), "--help")
    assert result.returncode == 0 and result.stderr == b""
    text = result.stdout.decode()
    assert text.lstrip().startswith(f"Usage: {PROGRAM} {command}".rstrip()) and option in text
    assert "E129" not in text
