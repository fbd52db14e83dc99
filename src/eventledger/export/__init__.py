"""Writes the ledger out in the contract's formats. Every format is a function ``(store, out) -> None``
over a text stream; the same functions serve the CLI and the HTTP API.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from eventledger.errors import EventLedgerError
from eventledger.export.acled import ACLED_COLUMNS, acled_row, count_left_out, export_acled_csv
from eventledger.export.geojson import export_geojson, geojson_feature
from eventledger.export.jsonl import export_actors, export_claims, export_documents, export_events, export_quotes
from eventledger.export.selection import SelectedLedger
from eventledger.store import EventFilters, Store

__all__ = ["ACLED_COLUMNS", "EXPORTERS", "MEDIA_TYPES", "acled_row", "geojson_feature", "left_out_count",
           "write_export"]


def export_stix(store: Store, out: TextIO) -> None:
    from eventledger.export.stix import write_stix_bundle  # stix2 is only imported when asked for

    write_stix_bundle(store, out)


EXPORTERS: dict[str, Callable[[Store, TextIO], int | None]] = {
    "events": export_events,
    "documents": export_documents,
    "quotes": export_quotes,
    "claims": export_claims,
    "actors": export_actors,
    "acled-csv": export_acled_csv,
    "geojson": export_geojson,
    "stix": export_stix,
}

MEDIA_TYPES = {
    "acled-csv": "text/csv",
    "geojson": "application/geo+json",
    "stix": "application/json",
}


# The formats that leave some selected events out -> how many they will, counted without writing
LEFT_OUT_COUNTS: dict[str, Callable[[Store, EventFilters], int]] = {"acled-csv": count_left_out}


def _selection(filters: EventFilters | None) -> EventFilters | None:
    """The filters an export applies; None: the whole ledger (no filter, or only switches)."""
    return filters if filters is not None and not filters.is_empty() else None


def write_export(store: Store, name: str, out: TextIO, filters: EventFilters | None = None) -> int:
    """Write format ``name`` of the ledger (or of the part ``filters`` select) to ``out``; returns how
    many selected events the format left out (acled-csv carries ACLED's types only), 0 for the others."""
    exporter = EXPORTERS.get(name)
    if exporter is None:
        raise EventLedgerError("E105", name=name, choices=", ".join(EXPORTERS))
    selection = _selection(filters)
    source = SelectedLedger(store, selection) if selection is not None else store
    return exporter(source, out) or 0  # type: ignore[arg-type]  # a selection reads like a store


def left_out_count(store: Store, name: str, filters: EventFilters | None = None) -> int:
    """What ``write_export`` of the same ledger returns, counted before writing anything."""
    count = LEFT_OUT_COUNTS.get(name)
    return count(store, _selection(filters) or EventFilters()) if count is not None else 0
