#!/usr/bin/env bash
# Builds both packages and runs every test: the library's unit tests, then the
# reference server's tests, which include the end-to-end tests of the real
# `reader` binary against the real server on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

swift build
swift test --no-parallel

cd Tools/ReferenceServer
swift build
READER_BIN="$root/.build/debug/reader" READER_SERVER_BIN="$(swift build --show-bin-path)/reader-server" \
  swift test --no-parallel
