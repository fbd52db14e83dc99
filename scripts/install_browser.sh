#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (needs root, as on the project's machines).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
