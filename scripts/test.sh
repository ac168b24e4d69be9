#!/usr/bin/env bash
# Run the test suite with its real services: PostgreSQL (Debian package) and Chromium (Debian package).
# A service that cannot be brought up is reported; its tests then skip with that reason.
set -u
cd "$(dirname "$0")/.."

if [ -f scripts/install-chromium.sh ]; then
  bash scripts/install-chromium.sh || echo "test.sh: chromium could not be installed; browser tests will skip" >&2
fi
if [ -f scripts/start-postgres.sh ]; then
  url=$(bash scripts/start-postgres.sh | tail -n 1)
  case "$url" in
    postgresql*) export PARLEY_TEST_PG_URL="$url" ;;
    *) echo "test.sh: PostgreSQL did not start; postgres tests will skip" >&2 ;;
  esac
fi

.venv/bin/python -m pytest "$@"
status=$?
if [ -n "${PARLEY_TEST_PG_URL:-}" ]; then
  bash scripts/start-postgres.sh stop >/dev/null 2>&1 || true
fi
if [ "$status" -eq 5 ]; then
  echo "test.sh: pytest collected no tests" >&2
fi
exit "$status"
