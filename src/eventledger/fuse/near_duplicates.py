"""Near-duplicate documents: MinHash sketches of 5-word shingles, LSH band keys, Jaccard estimates.

The store indexes the band keys; two documents sharing one are candidates, and ``estimated_jaccard``
confirms. Sketches use a fixed seed so that those stored by one run compare with the next run's.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import re
import struct
import sys
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datasketch import LeanMinHash, MinHash

SHINGLE_WORDS = 5
MINHASH_SEED = 1  # fixed: sketches stored by one run must compare with the next run's
_WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@cache
def _sketch_classes() -> tuple[type[MinHash], type[LeanMinHash]]:
    """datasketch's MinHash and LeanMinHash, loaded without the rest of the package.

    The package's ``__init__`` also imports its LSH indexes, and through them scipy: 0.6-0.7 s of every
    process's start-up, for sketches that need only numpy. The two modules are loaded under a bare entry
    for the package, removed again at once, so that a later ``import datasketch`` runs the whole package
    as usual (and finds these two modules already loaded: one MinHash class in the process).
    """
    if "datasketch" not in sys.modules:
        spec = importlib.util.find_spec("datasketch")
        if spec is not None and spec.submodule_search_locations:
            sys.modules["datasketch"] = importlib.util.module_from_spec(spec)  # its __init__ is not run
            try:
                minhash = importlib.import_module("datasketch.minhash")
                lean = importlib.import_module("datasketch.lean_minhash")
            finally:
                del sys.modules["datasketch"]
            return minhash.MinHash, lean.LeanMinHash
    from datasketch import LeanMinHash, MinHash

    return MinHash, LeanMinHash


@cache
def _empty_sketch(num_perm: int) -> MinHash:
    # its permutations are drawn from the fixed seed, the same for every sketch: drawing them again
    # for each document is a tenth of the cost of a sketch
    return _sketch_classes()[0](num_perm=num_perm, seed=MINHASH_SEED)


def minhash_of(text: str, num_perm: int = 128) -> MinHash:
    """A MinHash sketch of the text's 5-word shingles (case and punctuation folded)."""
    empty = _empty_sketch(num_perm)
    minhash_class = _sketch_classes()[0]
    sketch = minhash_class(num_perm=num_perm, seed=MINHASH_SEED, permutations=empty.permutations, scheme=empty.scheme)
    sketch.update_batch([s.encode("utf-8") for s in _shingles(text)])  # a minimum: any order gives the same
    return sketch


def band_keys(m: MinHash, bands: int = 32) -> list[str]:
    """LSH band keys ``"b07:1f3a..."``: two sketches share a key when one band of rows agrees.

    With 128 permutations and 32 bands of 4 rows, pairs at Jaccard 0.8 share a band with
    probability ≈ 1 - (1 - 0.8^4)^32 > 0.9999, pairs at 0.3 only ≈ 0.23; the exact Jaccard estimate
    then confirms.
    """
    values = [int(v) for v in m.hashvalues]
    rows = len(values) // bands
    if rows < 1:
        raise ValueError(f"{bands} bands need at least {bands} permutations, got {len(values)}")
    keys = []
    for band in range(bands):
        chunk = values[band * rows : (band + 1) * rows]
        digest = hashlib.sha1(struct.pack(f"<{rows}Q", *chunk)).hexdigest()[:16]
        keys.append(f"b{band:02d}:{digest}")
    return keys


def estimated_jaccard(a: MinHash, b: MinHash) -> float:
    return float(a.jaccard(b))


def minhash_to_bytes(m: MinHash) -> bytes:
    lean = _sketch_classes()[1](m)
    buf = bytearray(lean.bytesize(byteorder="<"))
    lean.serialize(buf, byteorder="<")
    return bytes(buf)


def minhash_from_bytes(data: bytes) -> MinHash:
    return _sketch_classes()[1].deserialize(data, byteorder="<")
