#!/usr/bin/env bash
# A short chaos campaign for CI: 20 seeded fault runs (seeds 1-20, 2 at once)
# of the real binaries, a few minutes on 2 cores. Exit status: 0 when every run
# converged, 1 when any run diverged or got stuck, 2 when the harness could not
# run. Uses $READER_BIN and $READER_SERVER_BIN (as Tools/test.sh exports them),
# else the debug builds; CHAOS_RUNS, CHAOS_SEED and CHAOS_JOBS change the
# campaign, and any other arguments go to chaos.py.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/chaos.py" --runs "${CHAOS_RUNS:-20}" --seed "${CHAOS_SEED:-1}" --jobs "${CHAOS_JOBS:-2}" \
  --keep failures "$@"
