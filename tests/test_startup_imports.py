"""What a fresh process loads to ingest text: packages that only pages, WARC files or LSH indexes need stay out
of every process's start-up (scipy alone, through datasketch's package, cost 0.6-0.7 s of CPU per process)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO, SEED_JSONL

# used only by what needs them: trafilatura for pages, warcio for WARC files; datasketch's package (and scipy
# with it) by nothing of ours, which loads only its two sketch modules
NOT_FOR_TEXT = ("scipy", "trafilatura", "warcio", "datasketch")


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in {NOT_FOR_TEXT!r} if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_cli_and_pipeline_import_none_of_the_packages_text_does_not_need():
    assert _loaded_after("import eventledger.cli, eventledger.pipeline") == []


def test_ingesting_a_text_article_loads_none_of_them_either(tmp_path):
    code = (
        "from eventledger.pipeline import IngestOptions, ingest_paths\n"
        "from eventledger.store import open_store\n"
        f"with open_store({str(tmp_path / 'l.db')!r}) as store:\n"
        f"    assert ingest_paths([{str(SEED_JSONL)!r}], store, IngestOptions()).documents_new == 1\n"
    )
    assert _loaded_after(code) == []


def test_sketches_made_before_the_whole_package_is_imported_are_its_own_class():
    # a caller importing datasketch itself later gets the whole package, with the same MinHash class
    code = (
        "from eventledger.fuse.near_duplicates import minhash_of, minhash_from_bytes, minhash_to_bytes\n"
        "sketch = minhash_of('Gunmen attacked a police post in the north of the province on Tuesday night.')\n"
        "import datasketch\n"
        "assert type(sketch) is datasketch.MinHash and datasketch.MinHashLSH is not None\n"
        "assert isinstance(minhash_from_bytes(minhash_to_bytes(sketch)), datasketch.LeanMinHash)\n"
        "assert datasketch.MinHash(num_perm=128, seed=1).jaccard(datasketch.MinHash(num_perm=128, seed=1)) == 1.0\n"
    )
    assert _loaded_after(code) == ["datasketch", "scipy"]
