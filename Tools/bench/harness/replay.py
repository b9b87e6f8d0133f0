"""What SQLite itself needs to store a first sync's rows, in Reader's own shape.

Usage: replay.py CACHE SEARCH_CSV OUT [--without-full-text]

Reads the articles and province rows that `reader sync` stored in CACHE, then
writes them again into OUT, a new database with the cache's own `article` and
`article_province` tables and indexes and Reader's full-text index (contentless
FTS5, Reader's tokenizer, automerge 8), with the cache's page size and pragmas (WAL,
synchronous NORMAL, 8 MiB of page cache). It writes them as a sync does: pages
of 1,000 articles, each one transaction holding the two `id IN (500 ids)`
lookups, one insert per article, one per province and one full-text entry
(SEARCH_CSV's titles and bodies, the text Reader indexes as rows.py works it
out, taken in their order: the same text, though not always beside the same
article's row, since Reader keys articles by date).

Nothing is parsed, downloaded or tagged: the rows are in memory before the
clock starts. Prints the seconds the writes took, then the articles written.
"""

import csv
import os
import sqlite3
import sys
import time

PAGE = 1000
LOOKUP = 500


def load(cache: str) -> tuple[int, list[str], list[tuple], dict[int, list[str]]]:
    source = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
    (page_size,) = source.execute("PRAGMA page_size").fetchone()
    schema = [sql for (sql,) in source.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name IN ('article', 'article_province') AND sql IS NOT NULL "
        "ORDER BY type = 'index'")]
    articles = source.execute("SELECT * FROM article ORDER BY sort_key").fetchall()
    provinces: dict[int, list[str]] = {}
    for province, key in source.execute("SELECT province, sort_key FROM article_province"):
        provinces.setdefault(key, []).append(province)
    source.close()
    # The replay has no `source` table: the reference would only add a lookup.
    schema = [sql.replace("REFERENCES source(id) ON DELETE CASCADE", "") for sql in schema]
    return page_size, schema, articles, provinces


def replay(out: str, page_size: int, schema: list[str], articles: list[tuple], provinces: dict[int, list[str]],
           entries: list[list[str]] | None) -> float:
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(out + suffix):
            os.remove(out + suffix)
    db = sqlite3.connect(out, isolation_level=None)
    db.execute(f"PRAGMA page_size = {int(page_size)}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA cache_size = -8192")
    for sql in schema:
        db.execute(sql)
    db.execute("CREATE VIRTUAL TABLE article_search USING fts5(title, body, content = '', "
               "tokenize = 'porter unicode61 remove_diacritics 2')")
    db.execute("INSERT INTO article_search (article_search, rank) VALUES ('automerge', 8)")
    columns = len(articles[0])
    insert = f"INSERT INTO article VALUES ({', '.join('?' * columns)}) ON CONFLICT DO NOTHING"
    lookup = f"SELECT id FROM article WHERE id IN ({', '.join('?' * LOOKUP)})"
    started = time.perf_counter()
    for start in range(0, len(articles), PAGE):
        page = articles[start:start + PAGE]
        db.execute("BEGIN")
        for first in range(0, len(page), LOOKUP):
            ids = [article[1] for article in page[first:first + LOOKUP]]
            if len(ids) == LOOKUP:
                db.execute(lookup, ids).fetchall()
        db.executemany(insert, page)
        db.executemany("INSERT INTO article_province VALUES (?, ?)",
                       [(province, article[0]) for article in page for province in provinces.get(article[0], [])])
        if entries is not None:
            db.executemany("INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
                           [(article[0], *entry) for article, entry in zip(page, entries[start:start + PAGE])])
        db.execute("COMMIT")
    db.close()
    return time.perf_counter() - started


def main() -> None:
    cache, search_csv, out = sys.argv[1:4]
    full_text = "--without-full-text" not in sys.argv[4:]
    page_size, schema, articles, provinces = load(cache)
    entries = None
    if full_text:
        csv.field_size_limit(sys.maxsize)
        with open(search_csv, newline="") as f:
            entries = list(csv.reader(f))
        if len(entries) != len(articles):
            raise SystemExit(f"{search_csv} has {len(entries)} rows for {len(articles)} articles")
    seconds = replay(out, page_size, schema, articles, provinces, entries)
    print(f"{seconds:.5f}")
    print(len(articles))


if __name__ == "__main__":
    main()
