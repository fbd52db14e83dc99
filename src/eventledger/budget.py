"""The time budget of one document: a deadline the pipeline checks between its steps.

Nothing is interrupted from outside (a thread or a signal stopping spaCy half-way could leave its state
broken): each step is kept short (long texts are parsed in pieces), and the pipeline asks the deadline
before it starts the next one.
"""

from __future__ import annotations

import time

OVER_BUDGET = "E027"


class OverBudget(Exception):
    """The document's time is up before ``step``: it is stored without events."""

    def __init__(self, seconds: float, step: str) -> None:
        self.seconds, self.step = seconds, step
        super().__init__(f"over its budget of {seconds:g} s before {step}")


class Deadline:
    """``seconds`` from now; 0 means no budget (the steps then run to their end)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = time.monotonic()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def check(self, step: str, needs: float = 0.0) -> None:
        """Raise ``OverBudget`` if the time is up, or if what is left is less than ``needs`` seconds
        (a step known to take about that long would end past the deadline)."""
        if self.seconds and self.elapsed() + needs > self.seconds:
            raise OverBudget(self.seconds, step)
