#!/usr/bin/env bash
# Builds both packages and runs every test: the library's unit tests and the
# end-to-end tests of the real `reader` binary against the real reference server
# on loopback (root package), then the reference server's own tests.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# The end-to-end tests spawn both programs, so both are built before any test runs.
swift build --build-tests
(cd Tools/ReferenceServer && swift build --build-tests)
reader_bin="$(swift build --show-bin-path)/reader"
server_bin="$(cd Tools/ReferenceServer && swift build --show-bin-path)/reader-server"
export READER_BIN="$reader_bin" READER_SERVER_BIN="$server_bin"

swift test --skip-build --no-parallel
# A short seeded chaos campaign (Tools/chaos): 20 runs of both binaries under faults and kills.
bash Tools/chaos/ci.sh
cd Tools/ReferenceServer
swift test --skip-build --no-parallel
