#!/usr/bin/env bash
# Browser journey (docs/browser-journey.md): a real headless Chromium drives Tasklist against the
# app started by the test on a random port. Chromium and its driver come from Debian packages;
# nothing is downloaded by Selenium (no Selenium Manager, no test-tool browser download).
# Usage: bash .ci/browser.sh [extra mvn args]
set -euo pipefail
cd "$(dirname "$0")/.."

# CJK fonts: the forms are Chinese; without them the screenshots show empty boxes
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "browser: installing chromium, chromium-driver and CJK fonts from Debian packages"
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  "${as_root[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y --no-install-recommends chromium chromium-driver fonts-noto-cjk fontconfig
fi
/usr/bin/chromium --version 2>/dev/null || true
/usr/bin/chromedriver --version

# `test`, not `verify`: the process coverage gate belongs to the full run in .ci/run.
mvn -B -ntp -pl engine-app test -Pbrowser "$@"
