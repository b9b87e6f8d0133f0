"""The real alternatives, measured on the same documents in the same run:
curl alone, the sqlite3 CLI importing the same rows, SQLite writing Reader's
own stored rows again (replay.py), and newsboat."""

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import measure
import rows

HERE = Path(__file__).resolve().parent


def curl_download(url: str, out: Path) -> measure.Run:
    """curl downloading one document, gzip accepted, as Reader asks for it."""
    out.unlink(missing_ok=True)
    return measure.run(["curl", "-sS", "--fail", "--compressed", "-o", str(out), url])


def curl_pages(endpoint: str, limit: int, out: Path) -> measure.Run:
    """curl fetching the Sync API article stream page after page (fetch-pages.sh)."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    return measure.run(["bash", str(HERE / "fetch-pages.sh"), endpoint, str(limit), str(out)])


def sqlite_import(csv: Path, db: Path, expected_rows: int, full_text: bool = False) -> measure.Run:
    """sqlite3 importing `csv` into a new table with a primary key and a
    province index, in one transaction (import.sql.template); with
    `full_text`, also the rows' full-text rows into an FTS5 table with
    Reader's tokenizer, in the same transaction (import-fts.sql.template)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    script = db.with_suffix(".sql")
    template = (HERE / ("import-fts.sql.template" if full_text else "import.sql.template")).read_text()
    script.write_text(
        template.replace("@CSV@", str(csv)).replace("@SEARCH_CSV@", str(rows.search_rows_path(csv))))
    with open(script) as stdin:
        result = measure.run(["sqlite3", "-bail", str(db)], stdin=stdin)
    count = int(result.stdout.split()[-1])
    if count != expected_rows:
        raise measure.CommandFailed(f"sqlite3 imported {count} rows, expected {expected_rows}")
    return result


def replay(cache: Path, search_csv: Path, out: Path, expected_rows: int, full_text: bool) -> measure.Run:
    """SQLite writing the rows of Reader's `cache` again into a new database of
    the same tables, in Reader's pages and statements (replay.py); the run's
    wall time is the writes' alone, measured by the script."""
    command = [sys.executable, str(HERE / "replay.py"), str(cache), str(search_csv), str(out)]
    result = measure.run(command if full_text else [*command, "--without-full-text"])
    seconds, count = result.stdout.split()
    if int(count) != expected_rows:
        raise measure.CommandFailed(f"replay.py wrote {count} articles, expected {expected_rows}")
    return dataclasses.replace(result, wall=float(seconds), first_byte=None)


class Newsboat:
    """Debian's newsboat with its own urls, config and cache files in `folder`,
    on one URL or a list of them, downloading `threads` feeds at a time."""

    def __init__(self, folder: Path, url: str | list[str], threads: int = 1):
        self.folder = folder
        self.urls = [url] if isinstance(url, str) else list(url)
        self.threads = threads

    def reset(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        (self.folder / "urls").write_text("".join(url + "\n" for url in self.urls))
        (self.folder / "config").write_text(f"reload-threads {self.threads}\nshow-read-feeds yes\n")

    def reload(self, timeout: float | None = None, env: dict | None = None) -> measure.Run:
        f = self.folder
        return measure.run(
            ["newsboat", "-u", str(f / "urls"), "-c", str(f / "cache.db"), "-C", str(f / "config"), "-x", "reload"],
            env={"HOME": str(f), "XDG_CONFIG_HOME": str(f), "XDG_DATA_HOME": str(f), **(env or {})},
            timeout=timeout,
        )

    def stored_rows(self) -> int:
        out = subprocess.run(
            ["sqlite3", str(self.folder / "cache.db"), "SELECT count(*) FROM rss_item"],
            capture_output=True, text=True, check=True, timeout=60,
        )
        return int(out.stdout.strip())

    @staticmethod
    def version() -> str:
        out = subprocess.run(["newsboat", "--version"], capture_output=True, text=True)
        return out.stdout.splitlines()[0] if out.stdout else "?"
