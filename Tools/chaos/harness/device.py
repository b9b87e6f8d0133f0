"""One device: a `reader` cache of its own (`--db`), driven through the real
binary, and read back with Python's sqlite3 for the checks."""

import sqlite3
from pathlib import Path

from processes import Children, Running

FIELD_OF_OP = {"read": ("read", True), "unread": ("read", False),
               "bookmark": ("bookmarked", True), "unbookmark": ("bookmarked", False)}


class Device:
    def __init__(self, index: int, reader: Path, work: Path, children: Children, endpoint: str):
        self.index = index
        self.name = f"dev{index}"
        self.reader = reader
        self.db = work / f"{self.name}.sqlite"
        self.children = children
        self.endpoint = endpoint

    # Commands ---------------------------------------------------------------

    def sync_command(self, force: bool = False, deadline: str | None = None) -> list:
        argv = [self.reader, "sync", "--db", self.db]
        if not self.has_source():
            argv += ["--endpoint", self.endpoint]  # a first sync that stored nothing kept nothing
        elif force:
            argv.append("--force")
        if deadline:
            argv += ["--deadline", deadline]
        return argv

    def start_sync(self, force: bool = False, deadline: str | None = None) -> Running:
        return Running(self.children, self.sync_command(force, deadline), f"{self.name}: reader sync")

    def start_mark(self, op: str, local_ids: list) -> Running:
        return Running(self.children, [self.reader, op, "--db", self.db, *local_ids], f"{self.name}: reader {op}")

    def start_mark_all(self, op: str, province: str | None) -> Running:
        argv = [self.reader, op, "--db", self.db, "--all"]
        if province:
            argv += ["--province", province]
        return Running(self.children, argv, f"{self.name}: reader {op} --all")

    # Reading the cache -------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.db, timeout=30)
        connection.row_factory = sqlite3.Row
        return connection

    def _query(self, sql: str, args=()) -> list:
        if not self.db.exists():
            return []
        connection = self._connect()
        try:
            return connection.execute(sql, args).fetchall()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                return []
            raise
        finally:
            connection.close()

    def has_source(self) -> bool:
        return bool(self._query("SELECT 1 FROM source WHERE url = ?", (self.endpoint,)))

    def article_cursor(self) -> str | None:
        rows = self._query("SELECT article_cursor FROM source WHERE url = ?", (self.endpoint,))
        return rows[0][0] if rows else None

    def articles(self) -> dict:
        """remote id -> {id (local), title, updated (seconds)} of the endpoint's articles."""
        rows = self._query(
            "SELECT a.id, a.remote_id, a.title, a.updated FROM article a JOIN source s ON s.id = a.source_id "
            "WHERE s.url = ?", (self.endpoint,))
        return {r["remote_id"]: {"id": r["id"], "title": r["title"], "updated": r["updated"]} for r in rows}

    def other_articles(self) -> int:
        rows = self._query(
            "SELECT count(*) FROM article a JOIN source s ON s.id = a.source_id WHERE s.url != ?", (self.endpoint,))
        return rows[0][0] if rows else 0

    def provinces(self) -> list:
        return [r[0] for r in self._query("SELECT DISTINCT province FROM article_province ORDER BY province")]

    def province_articles(self, province: str) -> list:
        rows = self._query(
            "SELECT a.remote_id FROM article a JOIN article_province p ON p.sort_key = a.sort_key "
            "JOIN source s ON s.id = a.source_id WHERE p.province = ? AND s.url = ?", (province, self.endpoint))
        return [r[0] for r in rows]

    def states(self) -> dict:
        """local article id -> {read, bookmarked, read_clock, bookmarked_clock} (clocks as tuples or None)."""
        rows = self._query("SELECT * FROM article_state")
        states = {}
        for r in rows:
            entry = {}
            for field in ("read", "bookmarked"):
                entry[field] = bool(r[field])
                ms = r[f"{field}_ms"]
                entry[f"{field}_clock"] = None if ms is None else (ms, r[f"{field}_counter"], r[f"{field}_device"])
            states[r["article_id"]] = entry
        return states

    def device_id(self) -> str | None:
        rows = self._query("SELECT id FROM device")
        return rows[0][0] if rows else None

    def clock_ms(self) -> int:
        rows = self._query("SELECT clock_ms FROM device")
        return rows[0][0] if rows else 0

    def outbox(self) -> list:
        return [dict(r) for r in self._query("SELECT * FROM outbox")]

    def integrity(self) -> list:
        """Problems `PRAGMA integrity_check` and the FTS5 index check find (empty when sound)."""
        if not self.db.exists():
            return ["the cache does not exist"]
        problems = []
        connection = self._connect()
        try:
            result = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                problems += [f"integrity_check: {line}" for line in result[:5]]
            try:
                connection.execute("INSERT INTO article_search(article_search) VALUES('integrity-check')")
            except sqlite3.DatabaseError as error:
                problems.append(f"FTS5 integrity-check: {error}")
        finally:
            connection.rollback()
            connection.close()
        return problems
