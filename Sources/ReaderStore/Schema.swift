import GRDB

/// The cache's schema, as frozen migrations: a shipped migration is never edited;
/// changes come as new migrations appended here.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("v5") { db in
            try db.execute(sql: v5)
        }
        migrator.registerMigration("v6") { db in
            try db.execute(sql: v6)
        }
        migrator.registerMigration("v7") { db in
            try db.execute(sql: v7)
        }
        migrator.registerMigration("v8") { db in
            try db.execute(sql: v8)
        }
        migrator.registerMigration("v9") { db in
            try db.execute(sql: v9)
        }
        migrator.registerMigration("v10") { db in
            try db.execute(sql: v10)
        }
        migrator.registerMigration("v11") { db in
            try db.execute(sql: v11)
        }
        migrator.registerMigration("v12") { db in
            try db.execute(sql: v12)
        }
        migrator.registerMigration("v13") { db in
            try db.execute(sql: v13)
        }
        return migrator
    }

    /// Version 1.
    ///
    /// - `article.rowid` is a sort key (published seconds × 4096 + a slot), so
    ///   every newest-first list walks an index backwards and stops at its limit,
    ///   including full-text search, whose rowids are the same keys.
    /// - Read and bookmark state lives in `article_state`, keyed by article id,
    ///   and may exist before its article arrives.
    /// - `outbox` holds local changes not yet acknowledged by the sync endpoint,
    ///   one per (article, field): only the newest matters under last-writer-wins.
    private static let v1 = """
        CREATE TABLE source (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            kind TEXT,
            title TEXT,
            token TEXT,
            etag TEXT,
            last_modified TEXT,
            article_cursor TEXT,
            state_cursor TEXT,
            last_synced_at REAL,
            last_error TEXT
        );
        CREATE TABLE article (
            sort_key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            remote_id TEXT NOT NULL,
            url TEXT,
            title TEXT NOT NULL,
            summary TEXT,
            content_html TEXT,
            author TEXT,
            language TEXT,
            published REAL NOT NULL,
            updated REAL NOT NULL,
            provinces TEXT NOT NULL,
            tags TEXT NOT NULL
        );
        CREATE INDEX article_source ON article(source_id);
        CREATE TABLE article_province (
            province TEXT NOT NULL,
            sort_key INTEGER NOT NULL,
            PRIMARY KEY (province, sort_key)
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE article_search USING fts5(
            title, body, tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TABLE article_state (
            article_id TEXT PRIMARY KEY,
            source_id INTEGER,
            remote_id TEXT,
            read INTEGER NOT NULL DEFAULT 0,
            read_ms INTEGER, read_counter INTEGER, read_device TEXT,
            bookmarked INTEGER NOT NULL DEFAULT 0,
            bookmarked_ms INTEGER, bookmarked_counter INTEGER, bookmarked_device TEXT
        ) WITHOUT ROWID;
        CREATE INDEX article_state_bookmarked ON article_state(article_id) WHERE bookmarked = 1;
        CREATE TABLE outbox (
            article_id TEXT NOT NULL,
            field TEXT NOT NULL,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            remote_id TEXT NOT NULL,
            value INTEGER NOT NULL,
            ms INTEGER NOT NULL,
            counter INTEGER NOT NULL,
            device TEXT NOT NULL,
            PRIMARY KEY (article_id, field)
        ) WITHOUT ROWID;
        CREATE INDEX outbox_source ON outbox(source_id);
        CREATE TABLE device (
            id TEXT NOT NULL,
            clock_ms INTEGER NOT NULL DEFAULT 0,
            clock_counter INTEGER NOT NULL DEFAULT 0,
            clock_device TEXT NOT NULL DEFAULT ''
        );
        """

    /// Version 2: the re-pull ledger.
    ///
    /// After a 410 `cursor_expired` the article stream restarts from the
    /// beginning, and the server may no longer hold tombstones for articles it
    /// retracted meanwhile. While `source.repulling` is set, every id a page
    /// delivers is recorded in `repull_seen` (in the page's transaction, so a
    /// killed re-pull resumes with its record); when the stream reaches its end,
    /// the source's cached articles that the re-pull never delivered are removed.
    private static let v2 = """
        ALTER TABLE source ADD COLUMN repulling INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE repull_seen (
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL,
            PRIMARY KEY (source_id, article_id)
        ) WITHOUT ROWID;
        """

    /// Version 3: a narrow index of the newest-first walk.
    ///
    /// `reader list --unread` (and the unfiltered list) walk articles newest
    /// first, looking up each one's state by id until the limit is reached.
    /// Walking the table itself reads whole rows, HTML and all, three to a
    /// page; this index holds only the sort key and the id, a hundred to a
    /// page, and SQLite reads a row only once it qualifies. On a million-article
    /// cache with 2,000 read, 562 page reads become 80.
    private static let v3 = """
        CREATE INDEX article_newest ON article(sort_key, id);
        """

    /// Version 4: subscription details and the refresh schedule.
    ///
    /// - `custom_title`, `folder` and `home_page` come from an OPML import (or
    ///   the user); `title` stays what the feed says, and the custom title wins.
    /// - `last_attempt_at` orders a refresh: the sources that waited longest go
    ///   first, so a refresh cut short by its deadline is continued next time.
    /// - `failure_count` counts failed syncs in a row; `deferred_until` and
    ///   `deferred_reason` say until when a refresh leaves the source alone and
    ///   why (HTTP freshness, a server's `Retry-After`, or back-off).
    private static let v4 = """
        ALTER TABLE source ADD COLUMN custom_title TEXT;
        ALTER TABLE source ADD COLUMN folder TEXT;
        ALTER TABLE source ADD COLUMN home_page TEXT;
        ALTER TABLE source ADD COLUMN last_attempt_at REAL;
        ALTER TABLE source ADD COLUMN failure_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE source ADD COLUMN deferred_until REAL;
        ALTER TABLE source ADD COLUMN deferred_reason TEXT;
        """

    /// Version 5: this device's clock, kept within the Sync API's clock bound.
    ///
    /// - `clock_offset_ms` is what a server's 400 `clock_ahead` taught: its
    ///   time less this device's wall clock (negative for a clock that runs
    ///   ahead); local changes are stamped from the wall clock plus it. `NULL`
    ///   until a server has refused a push.
    /// - `seen_ms`, `seen_counter` and `seen_device` are the greatest clock
    ///   received from a server (after validation): after a refusal the local
    ///   clock goes back to it (or the server's time, if later), not to the
    ///   refused stamps, so a change made after seeing another still wins.
    /// - `clocks_skipped` counts received state changes skipped for a clock
    ///   out of bounds, over the cache's life.
    private static let v5 = """
        ALTER TABLE device ADD COLUMN clock_offset_ms INTEGER;
        ALTER TABLE device ADD COLUMN seen_ms INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE device ADD COLUMN seen_counter INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE device ADD COLUMN seen_device TEXT NOT NULL DEFAULT '';
        ALTER TABLE device ADD COLUMN clocks_skipped INTEGER NOT NULL DEFAULT 0;
        """

    /// Version 6: images, enclosures and the feed's own details.
    ///
    /// - `article.image` is the one image that stands for an article (an
    ///   absolute URL); `article.enclosures` its attached files as a JSON
    ///   array of `{"url", "type", "length", "duration"}` objects, `NULL` when
    ///   there are none (most articles).
    /// - `source.description`, `language`, `icon` and `logo` are what the
    ///   feed says about itself, replaced by each full answer that says it.
    private static let v6 = """
        ALTER TABLE article ADD COLUMN image TEXT;
        ALTER TABLE article ADD COLUMN enclosures TEXT;
        ALTER TABLE source ADD COLUMN description TEXT;
        ALTER TABLE source ADD COLUMN language TEXT;
        ALTER TABLE source ADD COLUMN icon TEXT;
        ALTER TABLE source ADD COLUMN logo TEXT;
        """

    /// Version 7: `source.page_limit_max`, the largest page a Sync API
    /// endpoint's discovery announced (`NULL`: not known, for endpoints
    /// discovered before this version, which are asked for the default).
    private static let v7 = """
        ALTER TABLE source ADD COLUMN page_limit_max INTEGER;
        """

    /// Version 8: accounts on servers that keep the user's subscriptions and
    /// state (the Google Reader API).
    ///
    /// - `account` is one login (`url` the API endpoint, `user`, and `name`,
    ///   what the user calls it); its token is kept outside the cache, its
    ///   password nowhere. `window_*` is the first sync's paging of the newest
    ///   items: the continuation to go on from, how many items it has fetched
    ///   of `window_limit` (or back to `window_since`), and the smallest item
    ///   number stored (`window_floor`, below which unread items are not
    ///   fetched). `fetched_since` is the server's time when the last fetch of
    ///   new items began: the next one asks for items fetched since then.
    /// - `source.account_id` marks a source as one of an account's
    ///   subscriptions (`stream_id` its id there, `feed_url` the feed's own
    ///   URL); removing the account removes them.
    private static let v8 = """
        CREATE TABLE account (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            url TEXT NOT NULL,
            user TEXT NOT NULL,
            name TEXT NOT NULL UNIQUE,
            window_limit INTEGER NOT NULL DEFAULT 1000,
            window_since REAL,
            window_continuation TEXT,
            window_fetched INTEGER NOT NULL DEFAULT 0,
            window_done INTEGER NOT NULL DEFAULT 0,
            window_floor INTEGER,
            fetched_since REAL,
            subscriptions_read_at REAL,
            last_synced_at REAL,
            last_error TEXT,
            UNIQUE (url, user)
        );
        ALTER TABLE source ADD COLUMN account_id INTEGER REFERENCES account(id) ON DELETE CASCADE;
        ALTER TABLE source ADD COLUMN stream_id TEXT;
        ALTER TABLE source ADD COLUMN feed_url TEXT;
        CREATE UNIQUE INDEX source_account_stream ON source(account_id, stream_id) WHERE account_id IS NOT NULL;
        """

    /// Version 9: retention, and sources removed but for their bookmarks.
    ///
    /// - `retention` is the one policy of the cache (no row: keep everything),
    ///   `retention_source` a source's own limits. Ages are in seconds.
    /// - `article_state.pruned_at` is when a prune last removed the article:
    ///   its read state and bookmark clocks stay so that a feed that delivers
    ///   it again brings it back read, until `state_retention` seconds after.
    /// - `source.removed_at` marks a source removed by the user whose
    ///   bookmarked articles were kept: it is neither listed nor synced, and
    ///   subscribing to its URL again brings it back.
    private static let v9 = """
        CREATE TABLE retention (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            max_age REAL,
            max_count INTEGER,
            keep_unread_younger_than REAL,
            state_retention REAL NOT NULL
        );
        CREATE TABLE retention_source (
            source_id INTEGER PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,
            max_age REAL,
            max_count INTEGER
        );
        ALTER TABLE article_state ADD COLUMN pruned_at REAL;
        CREATE INDEX article_state_pruned ON article_state(pruned_at) WHERE pruned_at IS NOT NULL;
        ALTER TABLE source ADD COLUMN removed_at REAL;
        """

    /// Version 10: bearer tokens leave the cache for the app's credential
    /// store. `source.has_token` says that one is kept there; `source.token`
    /// holds only what an older version left in plain text, until the library
    /// moves it out (``ArticleStore/plainTextTokens()``).
    private static let v10 = """
        ALTER TABLE source ADD COLUMN has_token INTEGER NOT NULL DEFAULT 0;
        UPDATE source SET has_token = 1 WHERE token IS NOT NULL;
        """

    /// Version 11: a contentless full-text index.
    ///
    /// `article_search` kept its own copy of every article's indexed text,
    /// which no query reads (lists join `article` by rowid and never select
    /// the index's columns): 40 MB of a 134 MB cache of 50,000 articles, and
    /// as large a share of every first sync's writes. The index now keeps
    /// only its terms (`content = ''`); removing or changing an article's
    /// entry gives the index the text it was made from again, worked out
    /// from the article's row (``SearchIndex``). The new index starts empty
    /// and `search_index_format` at 0, so opening the cache fills it
    /// (``SearchIndex/rebuildIfStale()``), as it does whenever the way entries
    /// are made changes.
    private static let v11 = """
        DROP TABLE article_search;
        CREATE VIRTUAL TABLE article_search USING fts5(
            title, body, content = '', tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TABLE search_index_format (format INTEGER NOT NULL);
        INSERT INTO search_index_format (format) VALUES (0);
        """

    /// Version 12: the full-text index merges its segments 8 at a time
    /// instead of FTS5's 4.
    ///
    /// Every commit of a sync writes the new entries as a new segment, and
    /// FTS5 merges segments of a level once there are `automerge` of them:
    /// at 4, each entry of a 50,000-article first sync is copied about three
    /// times after its first write, at 8 about twice. The same 50 commits of
    /// 1,000 entries took 2.2-2.6 s with 8 against 2.9-3.6 s with 4 in
    /// `sqlite3` (Reader's tokenizer, the bench's corpus). Queries read a few
    /// more segments; what they find is the same. FTS5 keeps the setting in
    /// the index itself, through rebuilds (`delete-all`).
    private static let v12 = """
        INSERT INTO article_search (article_search, rank) VALUES ('automerge', 8);
        """

    /// Version 13: articles whose full-text entries are still to be made.
    ///
    /// Storing an article queues its sort key here instead of indexing it;
    /// a search, or ``ArticleStore/indexQueuedArticles(limit:)`` in idle
    /// time, indexes the queue first (``SearchIndex``). The entry was two
    /// thirds of SQLite's work for a new article, and made on the writer,
    /// which is a first sync's critical path.
    private static let v13 = """
        CREATE TABLE search_queue (sort_key INTEGER PRIMARY KEY);
        """
}
