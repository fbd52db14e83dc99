"""The command line misused (issue #14): a mistyped ledger, bad settings and options, odd export targets.
Each is one line on standard error and the contract's exit status, never a traceback, never silent loss.
Real processes, real files, real SQLite ledgers."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.web_fixtures import build_ledger

EVENTS = 6  # in build_ledger's ledger
ARTICLE = ("Market attack\n\nGunmen attacked a market in Maiduguri on Friday, killing five traders, police said. "
           "The attackers fled on motorcycles, a witness said.\n")


def command_env() -> dict[str, str]:
    """This checkout's code wherever the command runs (a relative PYTHONPATH would not follow cwd)."""
    path = os.pathsep.join([str(REPO / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])
    return {**os.environ, "PYTHONPATH": path}


def run(*args: str, env: dict[str, str] | None = None, cwd: Path = REPO, timeout: float = 300):
    return subprocess.run([sys.executable, "-m", "eventledger", *args], capture_output=True, cwd=cwd,
                          env={**command_env(), **(env or {})}, timeout=timeout)


def one_line(result: subprocess.CompletedProcess[bytes], code: str) -> str:
    """The single line of standard error, which carries ``code`` and no traceback."""
    stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(code + ":"), stderr
    return lines[0]


def is_events(data: bytes) -> bool:
    """The ledger's events, each a whole line of the events export."""
    lines = data.decode("utf-8").splitlines()
    return len(lines) == EVENTS and all("event_id" in json.loads(line) for line in lines) and data.endswith(b"\n")


def exported(db: Path, name: str) -> bytes:
    result = run("export", "--format", name, "--db", str(db))
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> Path:  # noqa: ANN001
    """A ledger of known events and documents, built through the store (no extraction involved)."""
    db = tmp_path_factory.mktemp("ledger") / "ledger.db"
    build_ledger(str(db))
    return db


# ---------------------------------------------------------------- no ledger is created by a read


@pytest.mark.parametrize("command", [["export", "--format", "events"], ["serve"]])
def test_a_read_of_a_missing_ledger_is_a_usage_error_and_creates_nothing(tmp_path, command):
    db = tmp_path / "typo.db"
    result = run(*command, "--db", str(db))
    assert result.returncode == 2
    one_line(result, "E118")
    assert list(tmp_path.iterdir()) == []


def test_eval_against_a_missing_ledger_is_a_usage_error(tmp_path, shared_dir):
    db = tmp_path / "typo.db"
    result = run("eval", str(shared_dir / "eval" / "seed" / "gold.json"),
                 str(shared_dir / "corpus" / "seed" / "seed.jsonl"), "--db", str(db))
    assert result.returncode == 2 and not db.exists()
    one_line(result, "E118")


@pytest.mark.parametrize("url", ["sqlite:///", "sqlite:///:memory:", ":memory:"])
def test_a_database_url_without_a_file_is_a_usage_error(tmp_path, url):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("ingest", str(article), "--db", url, cwd=tmp_path)
    assert result.returncode == 2
    one_line(result, "E116")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


# ---------------------------------------------------------------- settings and options


@pytest.mark.parametrize(
    ("variable", "value"),
    [("EVENTLEDGER_MAX_BYTES", "lots"), ("EVENTLEDGER_BATCH_SIZE_X", "1"), ("EVENTLEDGER_BUSY_TIMEOUT", "-1"),
     ("EVENTLEDGER_MAX_JSON_DEPTH", "1e3"), ("EVENTLEDGER_N_PROCESS", "two")],
)
def test_a_bad_setting_is_one_line_and_exit_2(tmp_path, variable, value):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("ingest", str(article), "--db", str(tmp_path / "l.db"), env={variable: value})
    if variable == "EVENTLEDGER_BATCH_SIZE_X":  # not a setting: ignored
        assert result.returncode == 0, result.stderr.decode()
        return
    assert result.returncode == 2
    assert variable in one_line(result, "E113")


@pytest.mark.parametrize(
    "args",
    [["serve", "--port", "99999"], ["serve", "--port", "0"], ["serve", "--token", "   "],
     ["serve", "--host", "0.0.0.0", "--token", " "], ["ingest", "ARTICLE", "--max-bytes", "-5"],
     ["ingest", "ARTICLE", "--n-process", "0"]],
)
def test_an_option_out_of_range_is_one_line_and_exit_2(tmp_path, ledger, args):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    args = [str(article) if a == "ARTICLE" else a for a in args]
    result = run(*args, "--db", str(ledger))
    assert result.returncode == 2
    one_line(result, "E114")


# ---------------------------------------------------------------- a ledger that cannot be written


def test_a_read_only_ledger_is_one_message_not_one_per_document(tmp_path, ledger):
    db = tmp_path / "frozen.db"
    shutil.copy(ledger, db)
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode:
        pytest.skip("needs chattr +i (root ignores file modes, so only an immutable file is read-only)")
    try:
        articles = []
        for number in range(5):
            path = tmp_path / f"a{number}.txt"
            path.write_text(ARTICLE.replace("five", str(number + 6)), encoding="utf-8")
            articles.append(str(path))
        result = run("ingest", *articles, "--db", str(db))
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)
    assert result.returncode == 2
    one_line(result, "E117")


# ---------------------------------------------------------------- export targets


def test_export_to_a_symlink_writes_the_target_and_keeps_the_link(tmp_path, ledger):
    target = tmp_path / "real.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    result = run("export", "--format", "events", "--db", str(ledger), "-o", str(link))
    assert result.returncode == 0, result.stderr.decode()
    assert link.is_symlink() and is_events(target.read_bytes())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.jsonl", "real.jsonl"]


def test_export_to_a_fifo_writes_through_it(tmp_path, ledger):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run("export", "--format", "events", "--db", str(ledger), "-o", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and received and is_events(received[0])


# Device paths are made inside tmp_path, never the system's own /dev/stdout or /dev/full: the bug these
# tests guard against renames a plain file over its target, and must not take a machine's /dev with it.


def test_export_to_standard_output_through_a_link_to_it(tmp_path, ledger):
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")  # what /dev/stdout is on Linux
    result = run("export", "--format", "events", "--db", str(ledger), "-o", str(link))
    assert result.returncode == 0 and is_events(result.stdout), result.stderr.decode()
    assert link.is_symlink()


def test_export_to_standard_output_by_dash(ledger):
    result = run("export", "--format", "events", "--db", str(ledger), "-o", "-")
    assert result.returncode == 0 and is_events(result.stdout), result.stderr.decode()


def device(folder: Path, name: str, major: int, minor: int) -> Path:
    """A character device node of our own (root only), like /dev/null (1, 3) or /dev/full (1, 7)."""
    path = folder / name
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
    except PermissionError:
        pytest.skip("needs to create a device node (root)")
    return path


def test_export_to_a_device_writes_through_and_keeps_the_node(tmp_path, ledger):
    null = device(tmp_path, "null", 1, 3)
    result = run("export", "--format", "events", "--db", str(ledger), "-o", str(null))
    assert result.returncode == 0, result.stderr.decode()
    assert stat.S_ISCHR(null.lstat().st_mode) and [p.name for p in tmp_path.iterdir()] == ["null"]



def test_export_to_a_pipe_its_reader_closed_is_one_line_and_exit_2(ledger):
    """`export | head`: the reader goes away; that was an internal error (E201, exit 3, "a bug")."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen([sys.executable, "-m", "eventledger", "export", "--format", "events", "--db",
                                str(ledger)], stdout=write_end, stderr=subprocess.PIPE, cwd=REPO, env=command_env())
    os.close(write_end)
    os.close(read_end)  # before the command has written anything
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 2
    assert "Broken pipe" in one_line(subprocess.CompletedProcess([], 2, b"", stderr), "E115")


def documents_in(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


def test_ingest_to_a_pipe_its_reader_closed_is_one_line_exit_2_and_keeps_what_it_stored(tmp_path, ledger):
    """`ingest ... | head -0`: click caught the broken pipe of the summary line first and exited 1 with no
    word, which reads as "inputs rejected". Now E115 and exit 2, as export; the documents stay stored and
    a re-run finds them unchanged."""
    db = tmp_path / "ledger.db"
    shutil.copy(ledger, db)
    articles = []
    for number in range(3):
        path = tmp_path / f"a{number}.txt"
        path.write_text(ARTICLE.replace("five", str(number + 6)), encoding="utf-8")
        articles.append(str(path))
    stored_before = documents_in(db)
    read_end, write_end = os.pipe()
    process = subprocess.Popen([sys.executable, "-m", "eventledger", "ingest", *articles, "--db", str(db)],
                               stdout=write_end, stderr=subprocess.PIPE, cwd=REPO, env=command_env())
    os.close(write_end)
    os.close(read_end)  # the reader is gone before the summary line is written
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 2, stderr.decode()
    assert "Broken pipe" in one_line(subprocess.CompletedProcess([], 2, b"", stderr), "E115")
    assert documents_in(db) == stored_before + 3

    rerun = run("ingest", *articles, "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert rerun.stdout.decode().startswith("documents: 0 new, 3 unchanged, 0 rejected")


def test_ingest_to_standard_output_on_a_full_device_is_one_line_and_exit_2(tmp_path, ledger):
    db = tmp_path / "ledger.db"
    shutil.copy(ledger, db)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    full = device(tmp_path, "full", 1, 7)
    with full.open("wb") as stdout:
        result = subprocess.run([sys.executable, "-m", "eventledger", "ingest", str(article), "--db", str(db)],
                                stdout=stdout, stderr=subprocess.PIPE, cwd=REPO, timeout=300, env=command_env())
    assert result.returncode == 2
    assert "No space left" in one_line(result, "E115")


def test_export_to_standard_output_on_a_full_device_is_one_line_and_exit_2(tmp_path, ledger):
    full = device(tmp_path, "full", 1, 7)
    with full.open("wb") as stdout:
        result = subprocess.run([sys.executable, "-m", "eventledger", "export", "--format", "documents", "--db",
                                 str(ledger)], stdout=stdout, stderr=subprocess.PIPE, cwd=REPO, timeout=300,
                                env=command_env())
    assert result.returncode == 2
    assert "No space left" in one_line(result, "E115")


def test_export_to_a_regular_file_replaces_it_with_the_same_mode(tmp_path, ledger):
    out = tmp_path / "events.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    result = run("export", "--format", "events", "--db", str(ledger), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    assert is_events(out.read_bytes()) and stat.S_IMODE(out.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]


@pytest.mark.parametrize("where", ["folder", "missing/out.jsonl", "full"])
def test_export_to_an_unwritable_target_is_a_usage_error_without_stray_files(tmp_path, ledger, where):
    (tmp_path / "folder").mkdir()
    if where == "full":
        device(tmp_path, "full", 1, 7)  # every write fails: no space left on device
    result = run("export", "--format", "events", "--db", str(ledger), "-o", str(tmp_path / where))
    assert result.returncode == 2
    one_line(result, "E115")
    expected = ["folder", "full"] if where == "full" else ["folder"]
    assert sorted(p.name for p in tmp_path.iterdir()) == expected and not any((tmp_path / "folder").iterdir())
    if where == "full":
        assert stat.S_ISCHR((tmp_path / "full").lstat().st_mode)


def test_an_internal_error_is_exit_3_one_line_and_leaves_the_old_export(tmp_path, ledger):
    """A ledger written by an older version with a NaN in a document's extra fields: the documents
    export fails (strict JSON). The failure is a bug, reported as such; the old file is kept whole."""
    db = tmp_path / "legacy.db"
    shutil.copy(ledger, db)
    with sqlite3.connect(db) as conn:
        conn.execute("""UPDATE documents SET extra = '{"score": NaN}'""")
    out = tmp_path / "documents.jsonl"
    out.write_text("old\n", encoding="utf-8")
    result = run("export", "--format", "documents", "--db", str(db), "-o", str(out))
    assert result.returncode == 3
    one_line(result, "E201")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("legacy.db")) == ["documents.jsonl"]
    debug = run("--debug", "export", "--format", "documents", "--db", str(db), "-o", str(out))
    assert debug.returncode == 3 and "Traceback" in debug.stderr.decode()


def test_every_limit_is_a_documented_setting():
    from eventledger.settings import SETTINGS

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    limits = [s for s in SETTINGS.values() if s.name.startswith(("max_", "min_"))]
    assert len(limits) >= 6
    for setting in limits:
        assert f"| {setting.name} | `{setting.env}`" in readme, setting.name
        assert f"{setting.default:,}" in readme.split(f"| {setting.name} |")[1].split("\n")[0], setting.name


# ---------------------------------------------------------------- a full disk


@pytest.fixture
def small_disk(tmp_path):  # noqa: ANN201
    """A 2 MB file system of its own (tmpfs), to be filled up."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("needs to mount a tmpfs (root in a container that allows it)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def fill(disk: Path) -> None:
    handle = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(handle, b"\0" * 4096):
            pass
    except OSError:
        pass  # full
    finally:
        os.close(handle)


def test_export_onto_a_full_disk_is_exit_2_and_keeps_the_old_file(small_disk, ledger):
    out = small_disk / "documents.jsonl"
    out.write_text("old\n", encoding="utf-8")
    fill(small_disk)
    result = run("export", "--format", "documents", "--db", str(ledger), "-o", str(out))
    assert result.returncode == 2
    assert "No space left" in one_line(result, "E115")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in small_disk.iterdir()) == ["documents.jsonl", "filler"]


@pytest.mark.parametrize("processes", [[], ["--n-process", "2"]], ids=["one process", "n-process 2"])
def test_ingest_into_a_ledger_on_a_full_disk_is_one_line_exit_2_and_a_rerun_with_room_completes_it(
        small_disk, ledger, tmp_path, processes):
    """With --n-process 2 the workers find the events and this process alone writes: the full disk is
    met by the same writer, while the workers still hold documents it has not stored."""
    db = small_disk / "ledger.db"
    shutil.copy(ledger, db)
    roomy = tmp_path / "roomy.db"  # the same ingest where the disk has room: what the re-run must give
    shutil.copy(ledger, roomy)
    before = exported(db, "documents")
    fill(small_disk)
    articles = []
    for number in range(20):
        path = tmp_path / f"a{number}.txt"
        path.write_text(ARTICLE.replace("five", str(number + 6)) + f" Report {number}. " * 200, encoding="utf-8")
        articles.append(str(path))
    result = run("ingest", *articles, "--db", str(db), *processes)
    assert result.returncode == 2
    one_line(result, "E119")
    assert exported(db, "documents") == before  # nothing stored before is lost, nothing is half stored

    (small_disk / "filler").unlink()
    assert run("ingest", *articles, "--db", str(roomy)).returncode == 0
    rerun = run("ingest", *articles, "--db", str(db), *processes)
    assert rerun.returncode == 0, rerun.stderr.decode()
    for name in ("documents", "events"):
        assert exported(db, name) == exported(roomy, name), name


def test_ingest_past_the_file_size_limit_is_one_line_exit_2_and_keeps_what_was_stored(ledger, tmp_path):
    """``ulimit -f``: a write past RLIMIT_FSIZE fails with EFBIG (Python ignores SIGXFSZ)."""
    import resource

    db = tmp_path / "ledger.db"
    shutil.copy(ledger, db)
    before = run("export", "--format", "documents", "--db", str(db)).stdout
    limit = db.stat().st_size + 64 * 1024
    articles = []
    for number in range(40):
        path = tmp_path / f"a{number}.txt"
        path.write_text(ARTICLE.replace("five", str(number + 6)) + f" Report {number}. " * 300, encoding="utf-8")
        articles.append(str(path))

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run([sys.executable, "-m", "eventledger", "ingest", *articles, "--db", str(db)],
                            capture_output=True, cwd=REPO, env=command_env(), preexec_fn=limited, timeout=300)
    assert result.returncode == 2
    one_line(result, "E119")
    after = run("export", "--format", "documents", "--db", str(db))
    assert after.returncode == 0  # the ledger still opens, with every document stored before
    stored = {json.loads(line)["document_id"] for line in after.stdout.decode().splitlines()}
    assert {json.loads(line)["document_id"] for line in before.decode().splitlines()} <= stored


# ---------------------------------------------------------------- the same files ingested twice at once


def event_articles(folder: Path) -> list[str]:
    """The event tests' fixture articles (written for them), one text file each."""
    paths = []
    for fixture in sorted((REPO / "tests" / "fixtures" / "events").glob("*.json")):
        data = json.loads(fixture.read_text(encoding="utf-8"))
        path = folder / f"{data['id']}.txt"
        path.write_text("\n\n".join(text for _, text in data["paragraphs"]) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.slow
def test_two_ingests_of_the_same_files_at_once_store_each_document_once_without_errors(tmp_path):
    """Both runs read every file as new before either stores: the second to store each document found it
    stored by the other and reported one E015 per document (hundreds on a crawl). Now: unchanged."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    articles = event_articles(inputs)
    sequential = tmp_path / "sequential.db"
    assert run("ingest", str(inputs), "--db", str(sequential)).returncode == 0

    db = tmp_path / "ledger.db"
    runs = [subprocess.Popen([sys.executable, "-m", "eventledger", "ingest", str(inputs), "--db", str(db)],
                             cwd=REPO, env=command_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)]
    outputs = [run_.communicate(timeout=600) for run_ in runs]
    for run_, (_, stderr) in zip(runs, outputs, strict=True):
        assert run_.returncode == 0 and stderr.decode() == "", stderr.decode()
    counts = [stdout.decode().splitlines()[-1] for stdout, _ in outputs]  # "documents: N new, M unchanged, …"
    new = [int(line.split(" new")[0].rsplit(" ", 1)[-1]) for line in counts]
    unchanged = [int(line.split(" unchanged")[0].rsplit(" ", 1)[-1]) for line in counts]
    assert sum(new) == len(articles) and all(n + u == len(articles) for n, u in zip(new, unchanged, strict=True))
    # each document is stored by whichever run reaches it first, in the files' order: one ingest's ledger
    for name in ("documents", "events"):
        assert exported(db, name) == exported(sequential, name), name
