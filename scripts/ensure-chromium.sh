#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (never `playwright install`,
# which downloads a browser). Installs it when missing; needs root or sudo on Debian/Ubuntu.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "Chromium not found at $CHROMIUM: installing the Debian package (for the browser tests)…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
