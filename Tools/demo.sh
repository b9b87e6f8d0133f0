#!/usr/bin/env bash
# The main job, end to end: build, serve the bundled fixtures from the reference
# server on loopback, sync them with `reader`, list the Yunnan articles; then the
# same articles through a Google Reader API account (as FreshRSS serves one).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! dpkg -s libcurl4-openssl-dev >/dev/null 2>&1 || ! dpkg -s zlib1g-dev >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq libcurl4-openssl-dev zlib1g-dev libsqlite3-dev openssl >/dev/null
fi

swift build -c release --product reader
reader=$(swift build -c release --show-bin-path)/reader
(cd Tools/ReferenceServer && swift build -c release --product reader-server)
server=$(cd Tools/ReferenceServer && swift build -c release --show-bin-path)/reader-server

work=$(mktemp -d)
"$server" --port 0 --feeds Fixtures/feeds --import Fixtures/feeds/rss/seeds.xml \
  --greader-user demo --greader-password demo-password >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -s "$work/server.out" ] && break; sleep 0.1; done
port=$(head -n 1 "$work/server.out")

export READER_DB="$work/reader.sqlite"
"$reader" sync --endpoint "http://127.0.0.1:$port/feeds/rss/seeds.xml"
"$reader" list --province Yunnan

echo
echo "The same news through a Google Reader API account:"
export READER_DB="$work/account.sqlite"
echo demo-password | "$reader" accounts add greader "http://127.0.0.1:$port/api/greader.php" --user demo --password-stdin
"$reader" sync
"$reader" list --province Yunnan
