"""The README's Python API example, run as written in a folder beside the shared data (as a checkout is):
it ingests the seed, prints the events and writes a whole-ledger ACLED CSV and a filtered GeoJSON."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys

from tests.conftest import REPO
from tests.test_cli_misuse import command_env


def readme_example() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_readme_python_example_runs_as_written_and_exports(tmp_path, shared_dir):
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    (tmp_path / "shared").symlink_to(shared_dir)  # ../shared, as beside the checkout
    result = subprocess.run([sys.executable, "-c", readme_example()], cwd=checkout, capture_output=True,
                            env=command_env(), timeout=600)
    assert result.returncode == 0, result.stderr.decode()
    printed = result.stdout.decode().splitlines()
    in_ledger = int(re.search(r"events now in the ledger: (\d+)", printed[0]).group(1))
    assert "1 new, 0 unchanged, 0 rejected" in printed[0]  # the seed is one article
    assert len(printed) - 1 == in_ledger  # then a line per event
    with (checkout / "events.csv").open(encoding="utf-8", newline="") as rows:
        acled = list(csv.DictReader(rows))
    assert acled and all(int(row["fatalities"]) >= 0 and row["event_date"] for row in acled)
    assert 0 < len(acled) <= in_ledger  # the CSV leaves the extension types out
    features = json.loads((checkout / "afghanistan.geojson").read_text(encoding="utf-8"))["features"]
    # the seed reports attacks in Afghanistan in October 2021: the filter keeps them and nothing else
    assert features and all(f["properties"]["country"] == "Afghanistan" for f in features)
    assert all(f["properties"]["event_date"] >= "2021-10-01" for f in features)
