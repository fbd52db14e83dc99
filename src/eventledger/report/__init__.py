"""Situation reports: the filtered ledger as a readable, sourced summary (``eventledger report``, /report)."""

from eventledger.report.render import REPORT_FORMATS, render_html, render_markdown, write_report
from eventledger.report.situation import Situation, build_situation

__all__ = ["REPORT_FORMATS", "Situation", "build_situation", "render_html", "render_markdown", "write_report"]
