#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for parley's tests and print its SQLAlchemy URL on stdout.
#
#   export PARLEY_TEST_PG_URL="$(scripts/start-postgres.sh)"   # start (idempotent) and use
#   scripts/start-postgres.sh stop                             # stop it again
#
# Installs the Debian package `postgresql` if the server binaries are missing (needs root or sudo),
# keeps its data under $PARLEY_PG_DIR (default /tmp/parley-pg), listens on localhost:$PARLEY_PG_PORT
# (default 55432, so a system cluster on 5432 is not disturbed), trusts local connections (test use
# only) and creates the database parley_test. When run as root the server runs as user `postgres`.
set -euo pipefail

PGDIR="${PARLEY_PG_DIR:-/tmp/parley-pg}"
PORT="${PARLEY_PG_PORT:-55432}"
DB="${PARLEY_PG_DB:-parley_test}"
SUPERUSER=parley
log() { echo "start-postgres: $*" >&2; }

find_bindir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$dir" ]] && command -v pg_ctl >/dev/null 2>&1; then dir="$(dirname "$(command -v pg_ctl)")"; fi
  echo "$dir"
}

BINDIR="$(find_bindir)"
if [[ -z "$BINDIR" || ! -x "$BINDIR/pg_ctl" ]]; then
  log "installing PostgreSQL (apt-get install postgresql)"
  SUDO=""; [[ "$(id -u)" -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
  BINDIR="$(find_bindir)"
fi

# As root, run the server as `postgres` (initdb/postgres refuse to run as root).
as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [[ "${1:-start}" == "stop" ]]; then
  if [[ -f "$PGDIR/data/PG_VERSION" ]]; then as_owner "$BINDIR/pg_ctl" -D "$PGDIR/data" -m fast stop >&2 || true; fi
  exit 0
fi

mkdir -p "$PGDIR"
if [[ "$(id -u)" -eq 0 ]]; then chown postgres: "$PGDIR"; fi
if [[ ! -f "$PGDIR/data/PG_VERSION" ]]; then
  log "initialising cluster in $PGDIR/data"
  as_owner "$BINDIR/initdb" -D "$PGDIR/data" -U "$SUPERUSER" --auth=trust -E UTF8 --locale=C.UTF-8 >&2
fi
if ! as_owner "$BINDIR/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
  log "starting server on localhost:$PORT"
  as_owner "$BINDIR/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
    -o "-p $PORT -k $PGDIR -c listen_addresses=localhost -c fsync=off" start >&2
fi
PSQL=("$BINDIR/psql" -h localhost -p "$PORT" -U "$SUPERUSER" -d postgres -v ON_ERROR_STOP=1 -qtA)
if [[ "$("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]]; then
  log "creating database $DB"
  "${PSQL[@]}" -c "CREATE DATABASE $DB" >&2
fi
echo "postgresql+psycopg://$SUPERUSER@localhost:$PORT/$DB"
