"""The ledger's numbers in words, in one table, for the guide page and the tooltips beside the numbers
(dossier, events table, review queue): confidence bands, time and geo precision (ACLED's codes),
corroboration."""

from __future__ import annotations

from typing import Any

from eventledger.review import review_rules

TIME_PRECISION = {1: "to the day", 2: "within a week of this date", 3: "within a month of this date"}
GEO_PRECISION = {1: "the town or village itself", 2: "near the town, or its district", 3: "only the province"}
HIGH_CONFIDENCE = 0.8


def confidence_bands() -> list[dict[str, Any]]:
    """From the top: the least confidence of each band, its name and what it usually means."""
    low = review_rules().low_confidence_below
    return [
        {"from": HIGH_CONFIDENCE, "name": "high",
         "meaning": "independent sources agree on the place and day, or one report states it plainly"},
        {"from": low, "name": "moderate",
         "meaning": "one source, or sources that agree only roughly; read the sources before relying on details"},
        {"from": 0.0, "name": "low",
         "meaning": "a hedged or unclear report; listed in the review queue"},
    ]


def confidence_words(value: float | None) -> str:
    if value is None:
        return "no confidence given"
    for band in confidence_bands():
        if value >= band["from"]:
            return f"{band['name']} confidence ({value:.2f}): {band['meaning']}"
    return f"{value:.2f}"


def time_precision_words(value: int | None) -> str:
    return TIME_PRECISION.get(value or 0, "date unknown")


def geo_precision_words(value: int | None) -> str:
    return GEO_PRECISION.get(value or 0, "place unknown")


def corroboration_words(value: int | None) -> str:
    n = value or 0
    if n <= 1:
        return "one independent source (copies and reports citing the same origin count once)"
    return f"{n} independent sources (copies and reports citing the same origin count once)"


JINJA_GLOBALS = {
    "confidence_words": confidence_words, "time_precision_words": time_precision_words,
    "geo_precision_words": geo_precision_words, "corroboration_words": corroboration_words,
}
