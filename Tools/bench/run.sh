#!/usr/bin/env bash
# The benchmark suite, one command: installs what it needs, builds the release
# binaries, generates the corpora, measures Reader against curl, sqlite3 and
# newsboat on the same documents, and writes results/RESULTS.md (printed too).
#
#   bash Tools/bench/run.sh                 # full: 1k-100k corpora, 100k and 1M caches
#   BENCH_QUICK=1 bash Tools/bench/run.sh   # quick: 1k and 10k corpora, a 100k cache
#   bash Tools/bench/run.sh rss lists       # only some phases (micro, rss, api, feeds, lists)
#
# Settings (environment): BENCH_SIZES, BENCH_LIST_SIZES, BENCH_RUNS (>= 3),
# BENCH_SEED, BENCH_WORK (default /tmp/reader-bench; corpora and caches are
# kept there and reused), BENCH_NEWSBOAT_MAX, BENCH_GZIP_STATIC, BENCH_QUIET_WAIT,
# BENCH_FEEDS_SIZES, BENCH_FEEDS_HOSTS, BENCH_FEEDS_LATENCY_MS,
# BENCH_FEEDS_CACHE_CONTROL; see Tools/bench/README.md.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$bench/../.." && pwd)

packages=(nginx newsboat sqlite3 curl time libcurl4-openssl-dev zlib1g-dev libsqlite3-dev)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "building release binaries" >&2
# `reader` as it would ship: the Swift runtime and Foundation linked statically,
# which saves about 15 ms of dynamic linking on every process start.
(cd "$root" && swift build -c release --product reader --static-swift-stdlib --scratch-path .build-static)
(cd "$root/Tools/ReferenceServer" && swift build -c release --product reader-server)
(cd "$bench" && swift build -c release --product reader-bench)
export BENCH_READER="$(cd "$root" && swift build -c release --scratch-path .build-static --show-bin-path)/reader"
export BENCH_SERVER="$(cd "$root/Tools/ReferenceServer" && swift build -c release --show-bin-path)/reader-server"
export BENCH_TOOL="$(cd "$bench" && swift build -c release --show-bin-path)/reader-bench"

exec python3 "$bench/harness/bench.py" "$@"
