#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests and PDF reports, and poppler-utils (pdftoppm,
# pdftotext) with which the PDF tests read the printed pages (needs root, as on the project's machines).
set -euo pipefail
wanted=()
[ -x /usr/bin/chromium ] || wanted+=(chromium)
[ -x /usr/bin/pdftoppm ] || wanted+=(poppler-utils)
if [ ${#wanted[@]} -eq 0 ]; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${wanted[@]}" >/dev/null
