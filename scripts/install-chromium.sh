#!/usr/bin/env bash
# Install Debian's headless-capable Chromium for the web UI browser tests (tests/web, marker "browser").
# Idempotent: does nothing when /usr/bin/chromium exists. No browser download through Playwright:
# the tests launch /usr/bin/chromium via executable_path.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show chromium >/dev/null 2>&1; then
  $SUDO apt-get update -q
fi
if ! $SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core; then
  # package lists may be stale: refresh once and retry
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
fi
/usr/bin/chromium --version || true
