"""Near-duplicate detection and cross-document event coreference, as pure functions.

The pipeline (``ledger.py``) asks the store for candidates (documents sharing a MinHash band, mentions
sharing a block key) and decides with the functions here; nothing in this package touches the store.

- ``near_duplicates``: ``minhash_of`` → ``band_keys`` (indexed by the store) → ``estimated_jaccard``;
- ``compatibility``: the tables of what counts as agreement (places, dates, types, actors, figures);
- ``coreference``: ``block_keys`` and ``town_keys`` (indexed by the store), ``lookup_keys`` →
  ``same_event`` on each candidate pair (``is_same_event``: its decision alone), which merges only on positive
  agreement; ``conflicting`` for pairs that can never be one incident;
- ``clustering``: ``cluster`` (connected components, honouring analyst corrections, split where two
  members conflict);
- ``record`` and ``provenance``: ``fuse_event`` per cluster, with per-source figures side by side.
- ``possible_duplicates``: pairs of events kept apart just below the merge line, for an analyst.

Every result depends only on its inputs as sets, never on arrival order, so a ledger built from the
same articles in any order is the same ledger.
"""

from eventledger.fuse.clustering import cluster
from eventledger.fuse.coreference import (
    SAME_EVENT_THRESHOLD,
    as_date,
    block_keys,
    conflicting,
    date_range,
    is_same_event,
    lookup_keys,
    same_event,
    town_keys,
    type_family,
)
from eventledger.fuse.names import is_generic_actor
from eventledger.fuse.near_duplicates import (
    band_keys,
    estimated_jaccard,
    minhash_from_bytes,
    minhash_of,
    minhash_to_bytes,
)
from eventledger.fuse.provenance import (
    DocumentMeta,
    claimants_of,
    confidence_of,
    corroboration_of,
    figure_label,
    is_claimant_figure,
)
from eventledger.fuse.record import fuse_event, stable_event_id, summary_sentence

__all__ = [
    "SAME_EVENT_THRESHOLD", "DocumentMeta", "as_date", "band_keys", "block_keys", "claimants_of", "cluster",
    "conflicting", "confidence_of", "corroboration_of", "date_range", "estimated_jaccard", "figure_label", "fuse_event",
    "is_claimant_figure", "is_generic_actor", "is_same_event", "lookup_keys", "minhash_from_bytes", "minhash_of",
    "minhash_to_bytes", "same_event", "stable_event_id", "summary_sentence", "town_keys", "type_family",
]  # fmt: skip
