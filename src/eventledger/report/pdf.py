"""A situation report as PDF: its HTML page printed by headless Chromium (Debian's package, the browser
the UI tests already use), so the PDF looks as the page does in a browser, SVG map and timeline included.

The page is self-contained (no script, nothing fetched), written to a private temporary folder with a
throwaway browser profile; Chromium's output is read back and written to the target as exports are."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from eventledger.errors import EventLedgerError
from eventledger.settings import get_setting

PRINT_TIMEOUT_S = 120  # a report of 30 key events prints in about 2 s; a stuck browser must not hang the command
# the flags of the browser tests: no sandbox (the machines run as root), nothing fetched in the background
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-pdf-header-footer")


def chromium_path() -> str:
    """The browser that prints PDFs ($EVENTLEDGER_CHROMIUM, else /usr/bin/chromium); E121 when absent."""
    path = str(get_setting("chromium"))
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise EventLedgerError("E121", path=path)
    return path


def html_to_pdf(html: str) -> bytes:
    """``html`` printed to PDF by Chromium (A4/Letter as the browser's default, no header or footer)."""
    browser = chromium_path()
    with tempfile.TemporaryDirectory(prefix="eventledger-pdf-") as folder:
        page, pdf = Path(folder) / "report.html", Path(folder) / "report.pdf"
        page.write_text(html, encoding="utf-8")
        command = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={Path(folder) / 'profile'}",
                   f"--print-to-pdf={pdf}", page.as_uri()]
        try:
            result = subprocess.run(command, capture_output=True, timeout=PRINT_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            raise EventLedgerError("E122", detail=f"Chromium did not finish within {PRINT_TIMEOUT_S} s") from None
        except OSError as error:
            raise EventLedgerError("E122", detail=f"cannot run {browser}: {error.strerror or error}") from None
        data = pdf.read_bytes() if pdf.is_file() else b""
        if not data.startswith(b"%PDF"):
            last = [line for line in result.stderr.decode("utf-8", "replace").splitlines()
                    if line.strip() and "dbus" not in line]  # the container has no D-Bus: noise
            detail = f"Chromium exited {result.returncode} without a PDF" + (f": {last[-1]}" if last else "")
            raise EventLedgerError("E122", detail=detail)
        return data
