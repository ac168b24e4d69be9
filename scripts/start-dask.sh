#!/usr/bin/env bash
# Start a local Dask cluster (one scheduler, two single-threaded workers) for parley and print the
# scheduler address on stdout.
#
#   parley run --scheduler "$(scripts/start-dask.sh)"     # start (idempotent) and use
#   scripts/start-dask.sh stop                           # stop it again
#
# The processes run from this checkout's Python environment ($PARLEY_PYTHON, default .venv/bin/python,
# else python3) with src/ on PYTHONPATH, so the workers run the same parley as the client. Logs and
# pid files live in $PARLEY_DASK_DIR (default /tmp/parley-dask); the scheduler listens on
# 127.0.0.1:$PARLEY_DASK_PORT (default 8786). For a real cluster see docs/scale.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${PARLEY_DASK_DIR:-/tmp/parley-dask}"
PORT="${PARLEY_DASK_PORT:-8786}"
WORKERS="${PARLEY_DASK_WORKERS:-2}"
PY="${PARLEY_PYTHON:-$ROOT/.venv/bin/python}"
[[ -x "$PY" ]] || PY="$(command -v python3)"
ADDRESS="tcp://127.0.0.1:$PORT"
export PYTHONPATH="$ROOT/src${PYTHONPATH:+:$PYTHONPATH}"
log() { echo "start-dask: $*" >&2; }
mkdir -p "$DIR"

stop() {
  for pidfile in "$DIR"/*.pid; do
    [[ -e "$pidfile" ]] || continue
    pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  done
  log "stopped"
}

if [[ "${1:-}" == "stop" ]]; then stop; exit 0; fi

running() { [[ -e "$DIR/scheduler.pid" ]] && kill -0 "$(cat "$DIR/scheduler.pid")" 2>/dev/null; }

if ! running; then
  "$PY" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port "$PORT" --dashboard-address 127.0.0.1:0 \
    >"$DIR/scheduler.log" 2>&1 &
  echo $! >"$DIR/scheduler.pid"
  for i in $(seq 1 "$WORKERS"); do
    "$PY" -m distributed.cli.dask_worker "$ADDRESS" --nthreads 1 --name "parley-$i" --dashboard-address 127.0.0.1:0 \
      >"$DIR/worker-$i.log" 2>&1 &
    echo $! >"$DIR/worker-$i.pid"
  done
  log "scheduler and $WORKERS workers starting (logs in $DIR)"
fi

"$PY" - "$ADDRESS" "$WORKERS" <<'PY' >&2
import sys
from distributed import Client
with Client(sys.argv[1], timeout=60) as client:
    client.wait_for_workers(int(sys.argv[2]), timeout=120)
    print(f"start-dask: {len(client.scheduler_info()['workers'])} workers ready at {sys.argv[1]}")
PY
echo "$ADDRESS"
