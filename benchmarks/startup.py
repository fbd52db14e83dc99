"""Start-up: what a fresh ``eventledger`` process imports, and its time to a first stored document.

    PYTHONPATH=src .venv/bin/python benchmarks/startup.py [--repeat 5] [--top 12]

Every figure is a fresh process (the caller's ``PYTHONPATH`` is passed on, so that another tree's ``src``
can be measured the same way, before and after a change):

- ``import``: ``python -X importtime -c "import eventledger.cli, eventledger.pipeline"``, the modules an
  ingest loads before it reads anything; the sum of the top-level imports' times, the CPU seconds of the
  process, and the heaviest packages of the last round (a package's time is that of its first import);
- ``first document``: ``python -m eventledger ingest`` of one short article of our own into a fresh SQLite
  ledger: the whole command, wall and CPU seconds (models loaded, one article ingested, ledger closed).

Each is run ``--repeat`` times, taking turns; min and median are printed (the machine is shared: other
work only ever slows a round down). Also printed: which of the packages an ingest of text does not need are
in ``sys.modules`` after the imports.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

IMPORTS = "import eventledger.cli, eventledger.pipeline"
# packages a text or JSON ingest never uses: loaded only for what needs them (pages, WARC files, LSH)
NOT_NEEDED = ("scipy", "trafilatura", "warcio", "datasketch", "dateparser", "pandas", "psycopg", "dask")
ARTICLE = {
    "id": "startup-1",
    "title": "Gunmen kill three at checkpoint near Gao",
    "published": "2024-03-05",
    "text": "Gunmen attacked a police checkpoint near Gao on Monday, killing three officers, the interior "
    "ministry said in a statement.\n\nNo group has claimed responsibility for the attack.",
}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(args: list[str], env: dict[str, str]) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    cpu, started = _children_cpu(), time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    return time.perf_counter() - started, _children_cpu() - cpu, done


def import_times(stderr: str) -> tuple[float, dict[str, float]]:
    """The sum of the top-level imports' cumulative times (s), and each package's first import time (s)."""
    total, packages = 0.0, {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "[us]" in line:
            continue
        _, cumulative, name = line.split(":", 1)[1].split("|")
        seconds = int(cumulative) / 1e6
        if not name[1:].startswith(" "):  # one space, then two more per level: level 0 is a top-level import
            total += seconds
        package = name.strip().split(".")[0]
        packages[package] = max(packages.get(package, 0.0), seconds)
    return total, packages


def loaded_not_needed(env: dict[str, str]) -> list[str]:
    probe = f"{IMPORTS}; import sys; print([m for m in {NOT_NEEDED!r} if m in sys.modules])"
    return json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                                     check=True).stdout.replace("'", '"'))


def summary(values: list[float]) -> str:
    return f"min {min(values):.2f} s, median {statistics.median(values):.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--top", type=int, default=12, help="heaviest packages to list")
    args = parser.parse_args()
    env = dict(os.environ)
    print(f"PYTHONPATH={env.get('PYTHONPATH', '')}")
    print(f"loaded but not needed to ingest text: {loaded_not_needed(env) or 'none'}")
    figures: dict[str, list[float]] = {name: [] for name in ("import", "import cpu", "first", "first cpu")}
    packages: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "one.jsonl"
        article.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
        for round_ in range(args.repeat):
            _, cpu, done = _timed([sys.executable, "-X", "importtime", "-c", IMPORTS], env)
            total, packages = import_times(done.stderr)
            figures["import"].append(total)
            figures["import cpu"].append(cpu)
            db = Path(tmp) / f"ledger-{round_}.db"
            wall, cpu, _ = _timed([sys.executable, "-m", "eventledger", "ingest", str(article), "--db", str(db)], env)
            figures["first"].append(wall)
            figures["first cpu"].append(cpu)
    print(f"import (importtime, top-level sum): {summary(figures['import'])}; process CPU "
          f"{summary(figures['import cpu'])}")
    print(f"first document (ingest of one article, whole command): wall {summary(figures['first'])}; CPU "
          f"{summary(figures['first cpu'])}")
    heaviest = sorted(packages.items(), key=lambda item: -item[1])[: args.top]
    print("heaviest packages (last round): " + ", ".join(f"{name} {seconds:.2f}" for name, seconds in heaviest))


if __name__ == "__main__":
    main()
