#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (never `playwright install`,
# which downloads a browser). Installs it when missing, and a Chinese font when the machine has
# none: pages are checked as users in China see them, and without one Chromium draws Chinese as
# empty boxes of another width (the live charts' labels then differ from the server's pictures).
# Needs root or sudo on Debian/Ubuntu.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=()
if [ ! -x "$CHROMIUM" ]; then packages+=(chromium); fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then packages+=(fonts-wqy-microhei); fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
echo "Installing ${packages[*]} (Debian packages, for the browser tests)…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
"$CHROMIUM" --version
fc-list :lang=zh | head -1
