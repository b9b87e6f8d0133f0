#!/usr/bin/env bash
# The Sync API baseline: curl fetches the article stream page by page, one
# request after another, following next_cursor until has_more is false.
# Usage: fetch-pages.sh ENDPOINT LIMIT OUT_DIR
set -euo pipefail
endpoint=$1 limit=$2 out=$3
cursor=""
page=0
while :; do
  page=$((page + 1))
  url="$endpoint/v1/articles?limit=$limit"
  [ -n "$cursor" ] && url="$url&cursor=$cursor"
  file="$out/page-$(printf %05d "$page").json"
  curl -sS --fail --compressed -H 'Accept: application/json' -o "$file" "$url"
  tail=$(tail -c 2048 "$file")
  [[ $tail =~ \"next_cursor\"[[:space:]]*:[[:space:]]*\"([^\"]*)\" ]] || { echo "no next_cursor in $file" >&2; exit 1; }
  cursor=${BASH_REMATCH[1]}
  [[ $tail =~ \"has_more\"[[:space:]]*:[[:space:]]*true ]] || break
done
echo "$page"
