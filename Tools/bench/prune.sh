#!/usr/bin/env bash
# Prune benchmark (issue 13): a cache of PRUNE_COUNT articles (1,000,000 by
# default) pruned to PRUNE_KEEP (100,000) by `reader prune`, as a whole
# process: wall time, peak RSS (GNU time), the cache file's size before
# and after, and the write-ahead log's peak (sampled every 0.2 s). The cache is filled with direct SQL through the store's own
# schema (a `reader status` creates it), which takes a minute instead of the
# five of `reader-bench fill`; every run prunes a fresh copy of it.
#
#   bash Tools/bench/prune.sh                          # release build, 1M → 100k
#   PRUNE_COUNT=20000 PRUNE_KEEP=2000 bash Tools/bench/prune.sh   # a quick one
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${PRUNE_COUNT:-1000000}
KEEP=${PRUNE_KEEP:-100000}
WORK=${BENCH_WORK:-/tmp/reader-bench}/prune
CONFIG=${PRUNE_CONFIG:-release}
mkdir -p "$WORK"
swift build -c "$CONFIG" --product reader >&2
READER="$(swift build -c "$CONFIG" --show-bin-path)/reader"
SEED="$WORK/seed-$COUNT.sqlite"

if [ ! -f "$SEED" ]; then
    echo "filling $SEED with $COUNT articles" >&2
    rm -f "$SEED" "$SEED-wal" "$SEED-shm"
    "$READER" status --db "$SEED" >/dev/null
    start=$(date +%s)
    sqlite3 "$SEED" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
BEGIN;
INSERT INTO source (id, url, kind) VALUES (1, 'https://bench.example/feed.xml', 'feed');
CREATE TEMP TABLE words (n INTEGER PRIMARY KEY, text TEXT);
INSERT INTO words SELECT value, (
    SELECT group_concat(w, ' ') FROM (SELECT (
        'patent trademark copyright office filing examination utility model design invention grant court ruling '
        || 'province enterprise innovation license infringement enforcement review application registry '
        || 'geographical indication know-how technology transfer pilot zone cooperation protection service '
        || '专利 商标 版权 知识产权 申请 审查 保护 执法 创新 企业 ') AS w)) FROM generate_series(0, 96);
INSERT INTO article (sort_key, id, source_id, remote_id, url, title, summary, content_html, author, language,
    published, updated, provinces, tags)
SELECT (1750000000 - value * 30) * 4096 + (value % 4096), printf('%016x', value), 1, 'item-' || value,
    'https://bench.example/item/' || value, 'Patent and trademark news number ' || value,
    'A summary of item ' || value, '<p>' || (SELECT text FROM words WHERE n = value % 97) || ' ' || value || '</p><p>'
    || (SELECT text FROM words WHERE n = (value * 7) % 97) || '</p>', NULL, 'en',
    1750000000 - value * 30, 1750000000 - value * 30,
    (SELECT p FROM (SELECT 'Yunnan' AS p, 0 AS k UNION ALL SELECT 'Sichuan', 1 UNION ALL SELECT 'Guangdong', 2
        UNION ALL SELECT 'Zhejiang', 3 UNION ALL SELECT 'Beijing', 4) WHERE k = value % 5), ''
FROM generate_series(0, $COUNT - 1);
INSERT INTO article_search (rowid, title, body) SELECT sort_key, title, content_html FROM article;
INSERT INTO article_province (province, sort_key) SELECT provinces, sort_key FROM article;
INSERT INTO article_state (article_id, source_id, remote_id, read, read_ms, read_counter, read_device,
    bookmarked, bookmarked_ms, bookmarked_counter, bookmarked_device)
SELECT id, 1, remote_id, 1, 1750000000000, 0, 'bench', (sort_key / 4096) % 10 = 0, 1750000000000, 0, 'bench'
FROM article ORDER BY sort_key DESC LIMIT 2000;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
    echo "filled in $(( $(date +%s) - start )) s" >&2
fi

RUN="$WORK/run.sqlite"
rm -f "$RUN" "$RUN-wal" "$RUN-shm"
cp "$SEED" "$RUN"
"$READER" retention set --db "$RUN" --max-count "$KEEP" >/dev/null
"$READER" prune --db "$RUN" --dry-run --json > "$WORK/dry-run.json"
/usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$READER" prune --db "$RUN" --json > "$WORK/prune.json" &
prune=$!
wal=0
while kill -0 "$prune" 2>/dev/null; do
    size=$(stat -c %s "$RUN-wal" 2>/dev/null || echo 0)
    [ "$size" -gt "$wal" ] && wal=$size
    sleep 0.2
done
wait "$prune"
read -r wall rss < "$WORK/time.txt"
python3 - "$WORK" "$COUNT" "$KEEP" "$wall" "$rss" "$CONFIG" "$wal" <<'PY'
import json, sys
work, count, keep, wall, rss, config, wal = sys.argv[1:]
dry = json.load(open(f"{work}/dry-run.json"))
done = json.load(open(f"{work}/prune.json"))
same = {k: v for k, v in dry.items() if k not in ("dry_run", "file_bytes_before", "file_bytes_after")} == \
       {k: v for k, v in done.items() if k not in ("dry_run", "file_bytes_before", "file_bytes_after")}
mb = lambda b: f"{b / 1e6:,.0f} MB"
print(f"| {int(count):,} → {int(keep):,} ({config}) | {done['articles']:,} | {float(wall):.1f} s | "
      f"{int(rss) / 1024:.1f} MiB | {mb(int(wal))} | {mb(done['file_bytes_before'])} | {mb(done['file_bytes_after'])} | "
      f"{'yes' if same else 'NO'} |")
PY
