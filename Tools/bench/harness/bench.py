#!/usr/bin/env python3
"""The benchmark suite's driver (run by Tools/bench/run.sh; see Tools/bench/README.md).

Generates the corpora, serves them (nginx for RSS, the reference server for
the Sync API, the feed farm for many small feeds), measures Reader against
curl, sqlite3 and newsboat on the same documents in the same run, fills large
caches for the list benchmarks, runs the in-library micro-benchmarks, and
writes results/RESULTS.md and results/results.json."""

import datetime
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import baselines
import measure
import opml
import report
import rows
from config import Config
from services import FeedFarm, Nginx, ReferenceServer

SYNC_LINE = re.compile(
    r"(\d+) new, (\d+) updated, (\d+) unchanged, (\d+) retracted \((\d+) pages?, (\d+) requests?")
NOT_MODIFIED = re.compile(r"not modified \((\d+) requests?")
BYTES = re.compile(r"requests?, ([0-9.]+) (B|KB|MB),")
ACCOUNT_USER, ACCOUNT_PASSWORD = "bench", "bench-password"
ACCESS_STATUS = re.compile(r'"GET (\S+) [^"]*" (\d{3}) ')
FRESH = re.compile(r"\bfresh\b", re.IGNORECASE)

ITEMS_PER_FEED = 30  # as feedfarm.py serves them
FEEDS_CHANGE = 0.1  # the share of feeds given one new item before the changed sync
NEWSBOAT_THREADS = 8
# libcurl (reader's and newsboat's) asks no proxy for any host: the feeds phase
# talks to 127.0.0.0/8 only.
LOOPBACK_ONLY = {"no_proxy": "*", "NO_PROXY": "*"}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class SyncOutput:
    """What one `reader sync` printed: counts, pages, requests."""

    def __init__(self, text: str):
        self.text = text.strip()
        self.new = self.updated = self.unchanged = self.pages = self.requests = 0
        self.not_modified = False
        if m := SYNC_LINE.search(text):
            self.new, self.updated, self.unchanged, _, self.pages, self.requests = map(int, m.groups())
        elif m := NOT_MODIFIED.search(text):
            self.not_modified = True
            self.requests = int(m.group(1))
        else:
            raise measure.CommandFailed(f"unexpected reader sync output: {text!r}")


class FeedsSyncOutput:
    """What one `reader sync` of many saved feeds printed: one summary line per
    source (`URL: …`), each parsed as SyncOutput does, or counted as fresh if it
    says so (a source skipped because its last answer is still fresh). Every
    one of `urls` must be reported; other lines are kept, not parsed."""

    def __init__(self, text: str, urls: list[str]):
        self.new = self.updated = self.unchanged = self.requests = self.not_modified = self.fresh = 0
        self.changed: set[str] = set()  # the URLs with new or updated items
        self.fresh_urls: set[str] = set()  # the URLs reported fresh, not asked
        self.other: list[str] = []
        wanted = set(urls)
        reported = set()
        for line in text.splitlines():
            url, separator, rest = line.partition(": ")
            if not separator or url not in wanted:
                if line.strip() and not line.startswith(" "):
                    self.other.append(line)
                continue
            reported.add(url)
            if FRESH.search(rest) and not SYNC_LINE.search(line) and not NOT_MODIFIED.search(line):
                self.fresh += 1
                self.fresh_urls.add(url)
                continue
            sync = SyncOutput(line)
            self.requests += sync.requests
            self.new += sync.new
            self.updated += sync.updated
            self.unchanged += sync.unchanged
            self.not_modified += sync.not_modified
            if sync.new or sync.updated:
                self.changed.add(url)
        if missing := wanted - reported:
            raise measure.CommandFailed(
                f"reader sync reported {len(reported)} of {len(wanted)} feeds; not {sorted(missing)[:3]}…")

    def summary(self) -> dict:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "not_modified": self.not_modified, "fresh": self.fresh, "requests_reported": self.requests,
                "other_lines": self.other[:5]}


class Bench:
    def __init__(self, config: Config):
        self.c = config
        self.work = config.work
        self.noisy: list[str] = []
        self.results: dict = {
            "started": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "machine": machine(),
            "config": {
                "sizes": config.sizes, "list_sizes": config.list_sizes, "runs": config.runs,
                "seed": config.seed, "gzip_static": config.gzip_static, "page_limit": config.page_limit,
                "province": config.province, "search_en": config.search_en, "search_zh": config.search_zh,
                "newsboat_max": config.newsboat_max, "quick": config.quick,
                "feeds_sizes": config.feeds_sizes, "feeds_hosts": config.feeds_hosts,
                "feeds_latency_ms": config.feeds_latency_ms, "feeds_cache_control": config.feeds_cache_control,
                "account_sizes": config.account_sizes,
            },
            "rss": {}, "api": {}, "feeds": {}, "account": {}, "lists": {}, "micro": None, "noisy": self.noisy,
        }

    # MARK: other people's builds

    @staticmethod
    def busy() -> list[str]:
        out = subprocess.run(["pgrep", "-af", "swift-build|swift-test|swift-frontend"],
                             capture_output=True, text=True)
        return [line for line in out.stdout.splitlines() if line.strip()]

    def figure(self, name: str, once, runs: int | None = None) -> measure.Figure:
        """Measures `once(i)` `runs` times after waiting for a quiet machine; a
        figure during which other builds ran is recorded as noisy."""
        deadline = time.monotonic() + self.c.quiet_wait
        announced = False
        while (others := self.busy()) and time.monotonic() < deadline:
            if not announced:
                log(f"waiting for other builds before '{name}': {others[0][:100]}")
                announced = True
            time.sleep(15)
        quiet_before = not self.busy()
        result = measure.Figure()
        for index in range(runs or self.c.runs):
            result.add(once(index))
        if not quiet_before or self.busy():
            self.noisy.append(name)
        log(f"{name}: median {result.wall:.3f} s, {result.max_rss_mib:.1f} MiB ({result.spread})")
        return result

    # MARK: corpora

    def corpus(self, size: int) -> Path:
        www = self.work / "www"
        www.mkdir(parents=True, exist_ok=True)
        document = www / f"rss-{size}.xml"
        if not document.exists():
            log(f"generating the RSS corpus of {size}")
            partial = document.with_suffix(".part")
            measure.run([str(self.c.server), "generate", "--count", str(size), "--seed", str(self.c.seed),
                         "--format", "rss", "--out", str(partial)])
            partial.rename(document)
        packed = Path(str(document) + ".gz")
        if self.c.gzip_static and not packed.exists():
            with open(document, "rb") as source, gzip.open(packed, "wb", compresslevel=6) as target:
                shutil.copyfileobj(source, target)
        csv = self.work / "rows" / f"rss-{size}.csv"
        if not csv.exists() or not rows.search_rows_path(csv).exists():
            csv.parent.mkdir(parents=True, exist_ok=True)
            count = rows.rss_to_csv(document, csv)
            if count != size:
                raise measure.CommandFailed(f"{document} holds {count} items, not {size}")
        return document

    # MARK: RSS

    def rss(self) -> None:
        for size in self.c.rss_sizes:
            self.corpus(size)
        nginx = Nginx(self.work, self.work / "www", self.c.gzip_static)
        nginx.start()
        try:
            for size in self.c.rss_sizes:
                self.rss_size(size, nginx)
        finally:
            nginx.stop()

    def access_statuses(self, nginx: Nginx, since: int) -> tuple[list[str], int]:
        lines = (nginx.work / "access.log").read_text().splitlines()
        statuses = [m.group(2) for line in lines[since:] if (m := ACCESS_STATUS.search(line))
                    and not m.group(1).endswith("ping.txt")]
        return statuses, len(lines)

    def first_search(self, cache: Path, after: str) -> measure.Figure:
        """`reader list --search` on copies of `cache` as a first sync left it:
        a sync queues its articles for the full-text index, and the first
        search indexes them all before it answers."""
        scratch = self.work / "scratch"
        synced = scratch / "first-sync.sqlite"
        shutil.copyfile(cache, synced)

        def search(index: int) -> measure.Run:
            searched = scratch / "first-search.sqlite"
            shutil.copyfile(synced, searched)
            result = measure.run([str(self.c.reader), "list", "--db", str(searched), "--search", "patent",
                                  "--limit", "20"])
            if len(result.stdout.splitlines()) < 20:
                raise measure.CommandFailed(f"the first search after {after} listed too little: {result.stdout}")
            return result

        return self.figure(f"reader list --search after {after}", search)

    def rss_size(self, size: int, nginx: Nginx) -> None:
        name = f"rss-{size}.xml"
        url = f"{nginx.base_url}/{name}"
        out = self.results["rss"].setdefault(str(size), {})
        document = self.work / "www" / name
        out["document_bytes"] = document.stat().st_size
        packed = Path(str(document) + ".gz")
        out["gzip_bytes"] = packed.stat().st_size if packed.exists() else None
        scratch = self.work / "scratch"
        scratch.mkdir(parents=True, exist_ok=True)

        out["curl"] = self.figure(f"curl {name}", lambda i: baselines.curl_download(url, scratch / "curl.xml"))
        csv = self.work / "rows" / f"rss-{size}.csv"
        out["sqlite"] = self.figure(f"sqlite3 import rss {size}",
                                    lambda i: baselines.sqlite_import(csv, scratch / "import.sqlite", size))
        out["sqlite_fts"] = self.figure(
            f"sqlite3 import with full text rss {size}",
            lambda i: baselines.sqlite_import(csv, scratch / "import.sqlite", size, full_text=True))

        dbs = self.work / "reader-rss"

        def first(index: int) -> measure.Run:
            shutil.rmtree(dbs, ignore_errors=True)
            result = measure.run([str(self.c.reader), "sync", "--db", str(dbs / "reader.sqlite"), "--endpoint", url])
            sync = SyncOutput(result.stdout)
            if sync.new != size:
                raise measure.CommandFailed(f"reader stored {sync.new} of {size} from {url}: {sync.text}")
            out["reader_first_requests"] = sync.requests
            return result

        out["reader_first"] = self.figure(f"reader sync {name} (first)", first)
        _, mark = self.access_statuses(nginx, 0)
        out["reader_first_search"] = self.first_search(dbs / "reader.sqlite", f"the first sync of {name}")

        def again(index: int) -> measure.Run:
            result = measure.run([str(self.c.reader), "sync", "--db", str(dbs / "reader.sqlite")])
            sync = SyncOutput(result.stdout)
            out["reader_nochange_requests"] = sync.requests
            out["reader_nochange_not_modified"] = sync.not_modified
            return result

        out["reader_nochange"] = self.figure(f"reader sync {name} (no change)", again)
        out["reader_nochange_statuses"], _ = self.access_statuses(nginx, mark)
        # After the no-change figure, so that the replay's writes are not
        # still being flushed to disk while it is measured.
        for key, full_text in (("replay", False), ("replay_fts", True)):
            out[key] = self.figure(
                f"replay of Reader's rows {'with' if full_text else 'without'} full text rss {size}",
                lambda i, full_text=full_text: baselines.replay(
                    dbs / "reader.sqlite", rows.search_rows_path(csv), scratch / "replay.sqlite", size, full_text))

        if size > self.c.newsboat_max:
            return
        boat = baselines.Newsboat(self.work / "newsboat", url)
        firsts, seconds, thirds, stored, statuses = [], [], [], [], []

        def round_of_three(index: int) -> measure.Run:
            boat.reset()
            _, before = self.access_statuses(nginx, 0)
            first_run = boat.reload()
            seconds.append(boat.reload())
            thirds.append(boat.reload())
            statuses.append(self.access_statuses(nginx, before)[0])
            stored.append(boat.stored_rows())
            firsts.append(first_run)
            return first_run

        out["newsboat_first"] = self.figure(f"newsboat -x reload {name} (first of three)", round_of_three)
        out["newsboat_second"] = measure.Figure(seconds)
        out["newsboat_third"] = measure.Figure(thirds)
        out["newsboat_rows"] = stored
        out["newsboat_statuses"] = statuses

    # MARK: Sync API

    def api(self) -> None:
        for size in self.c.sizes:
            server = ReferenceServer(self.c.server, self.work, size, self.c.seed)
            log(f"starting the reference server with {size} articles")
            publish = server.start()
            try:
                self.api_size(size, server, publish)
            finally:
                server.stop()

    def api_size(self, size: int, server: ReferenceServer, publish: float) -> None:
        out = self.results["api"].setdefault(str(size), {})
        out["server_start_s"] = round(publish, 2)
        pages = self.work / "pages" / str(size)
        page_counts = []

        def fetch(index: int) -> measure.Run:
            result = baselines.curl_pages(server.endpoint, self.c.page_limit, pages)
            page_counts.append(int(result.stdout.strip()))
            return result

        out["curl_pages"] = self.figure(f"curl pages api {size}", fetch)
        out["curl_page_count"] = page_counts[-1]
        out["page_bytes"] = sum(p.stat().st_size for p in pages.glob("page-*.json"))
        csv = self.work / "rows" / f"api-{size}.csv"
        count = rows.pages_to_csv(sorted(pages.glob("page-*.json")), csv)
        if count != size:
            raise measure.CommandFailed(f"the Sync API stream held {count} articles, not {size}")
        out["sqlite"] = self.figure(f"sqlite3 import api {size}",
                                    lambda i: baselines.sqlite_import(csv, self.work / "scratch" / "import.sqlite", size))
        out["sqlite_fts"] = self.figure(
            f"sqlite3 import with full text api {size}",
            lambda i: baselines.sqlite_import(csv, self.work / "scratch" / "import.sqlite", size, full_text=True))

        dbs = self.work / "reader-api"

        def first(index: int) -> measure.Run:
            shutil.rmtree(dbs, ignore_errors=True)
            result = measure.run(
                [str(self.c.reader), "sync", "--db", str(dbs / "reader.sqlite"), "--endpoint", server.endpoint])
            sync = SyncOutput(result.stdout)
            if sync.new != size:
                raise measure.CommandFailed(f"reader stored {sync.new} of {size} from the Sync API: {sync.text}")
            out["reader_first_requests"] = sync.requests
            out["reader_first_pages"] = sync.pages
            return result

        out["reader_first"] = self.figure(f"reader sync api {size} (first)", first)
        out["reader_first_search"] = self.first_search(dbs / "reader.sqlite", f"the first sync of api {size}")

        def again(index: int) -> measure.Run:
            result = measure.run([str(self.c.reader), "sync", "--db", str(dbs / "reader.sqlite")])
            sync = SyncOutput(result.stdout)
            out["reader_nochange_requests"] = sync.requests
            out["reader_nochange_not_modified"] = sync.not_modified
            out["reader_nochange_output"] = sync.text
            return result

        out["reader_nochange"] = self.figure(f"reader sync api {size} (no change)", again)

    # MARK: a Google Reader API account

    def account(self) -> None:
        for size in self.c.account_sizes:
            server = ReferenceServer(self.c.server, self.work, size, self.c.seed, greader=(ACCOUNT_USER, ACCOUNT_PASSWORD))
            log(f"starting the reference server with {size} articles behind its GReader routes")
            server.start()
            try:
                self.account_size(size, server)
            finally:
                server.stop()

    def account_size(self, size: int, server: ReferenceServer) -> None:
        out = self.results["account"].setdefault(str(size), {})
        db = self.work / "reader-account" / "reader.sqlite"
        window = min(size, 1000)  # the default window: the newest 1,000 items

        def bytes_of(text: str) -> float:
            m = BYTES.search(text)
            return float(m.group(1)) * {"B": 1, "KB": 1024, "MB": 1024 * 1024}[m.group(2)] if m else -1

        def first(index: int) -> measure.Run:
            shutil.rmtree(db.parent, ignore_errors=True)
            db.parent.mkdir(parents=True)
            subprocess.run(
                [str(self.c.reader), "accounts", "add", "greader", server.greader_endpoint, "--user", ACCOUNT_USER,
                 "--password-stdin", "--db", str(db)],
                input=ACCOUNT_PASSWORD + "\n", text=True, check=True, capture_output=True)
            result = measure.run([str(self.c.reader), "sync", "--db", str(db)])
            sync = SyncOutput(result.stdout)
            if sync.new != window:
                raise measure.CommandFailed(f"reader stored {sync.new} of the {window} newest items: {sync.text}")
            out["reader_first_requests"] = sync.requests
            out["reader_first_bytes"] = bytes_of(result.stdout)
            return result

        out["window"] = window
        out["reader_first"] = self.figure(f"reader sync account {size} (first)", first)

        def again(index: int) -> measure.Run:
            result = measure.run([str(self.c.reader), "sync", "--db", str(db)])
            sync = SyncOutput(result.stdout)
            if sync.new != 0:
                raise measure.CommandFailed(f"a no-change account sync stored {sync.new}: {sync.text}")
            out["reader_nochange_requests"] = sync.requests
            out["reader_nochange_bytes"] = bytes_of(result.stdout)
            out["reader_nochange_output"] = sync.text
            return result

        out["reader_nochange"] = self.figure(f"reader sync account {size} (no change)", again)

    # MARK: many small feeds

    def feeds(self) -> None:
        for size in self.c.feeds_sizes:
            farm = FeedFarm(self.work, size, self.c.feeds_hosts, self.c.feeds_latency_ms, self.c.seed,
                            self.c.feeds_cache_control)
            log(f"starting the feed farm with {size} feeds on {self.c.feeds_hosts} addresses")
            farm.start()
            try:
                self.feeds_size(size, farm)
            finally:
                farm.stop()

    def feeds_timeout(self, size: int) -> float:
        """A bound for one whole sync of `size` feeds: four times one after another, and a minute."""
        return 60 + 4 * size * self.c.feeds_latency_ms / 1000

    def farm_run(self, farm: FeedFarm, command: list[str], traffic: list[dict], timeout: float) -> measure.Run:
        """Runs `command` on the farm's zeroed counters and keeps what they counted."""
        farm.reset_stats()
        result = measure.run(command, env=LOOPBACK_ONLY, timeout=timeout)
        traffic.append(farm.stats())
        return result

    def feeds_size(self, size: int, farm: FeedFarm) -> None:
        out = self.results["feeds"].setdefault(str(size), {})
        urls = farm.urls
        timeout = self.feeds_timeout(size)
        folder = self.work / "reader-feeds"
        db = folder / "reader.sqlite"
        subscriptions = self.work / "feeds" / f"feeds-{size}.opml"
        out.update(feeds=size, hosts=self.c.feeds_hosts, latency_ms=self.c.feeds_latency_ms,
                   items_per_feed=ITEMS_PER_FEED, change_fraction=FEEDS_CHANGE,
                   cache_control=self.c.feeds_cache_control or None,
                   opml_folders=opml.write(subscriptions, urls, f"Reader bench: {size} feeds"))
        reader = str(self.c.reader)

        def subscribe() -> None:
            """A fresh cache that holds the `size` feeds, from the OPML file (not timed)."""
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            imported = measure.run([reader, "feeds", "import", str(subscriptions), "--db", str(db)], timeout=timeout)
            out["import_output"] = imported.stdout.strip().splitlines()[-1:] or [""]
            out["import_wall_s"] = round(imported.wall, 3)
            listed = measure.run([reader, "feeds", "list", "--db", str(db)], timeout=timeout).stdout
            saved = {line.split(" · ")[0] for line in listed.splitlines() if " · " in line}
            if saved != set(urls):
                raise measure.CommandFailed(
                    f"after `reader feeds import` the cache holds {len(saved & set(urls))} of {size} feeds "
                    f"and {len(saved - set(urls))} others: {out['import_output']}")

        def sync(traffic: list[dict], syncs: list[dict]) -> tuple[FeedsSyncOutput, measure.Run]:
            result = self.farm_run(farm, [reader, "sync", "--db", str(db)], traffic, timeout)
            parsed = FeedsSyncOutput(result.stdout, urls)
            syncs.append(parsed.summary())
            return parsed, result

        traffic, syncs = out.setdefault("reader_first_traffic", []), out.setdefault("reader_first_sync", [])

        def first(index: int) -> measure.Run:
            subscribe()
            parsed, result = sync(traffic, syncs)
            if parsed.new != size * ITEMS_PER_FEED:
                raise measure.CommandFailed(f"reader stored {parsed.new} of {size * ITEMS_PER_FEED} items "
                                            f"from {size} feeds")
            return result

        out["reader_first"] = self.figure(f"reader sync {size} feeds (first)", first)

        traffic, syncs = out.setdefault("reader_nochange_traffic", []), out.setdefault("reader_nochange_sync", [])

        def again(index: int) -> measure.Run:
            parsed, result = sync(traffic, syncs)
            if parsed.new or parsed.updated:
                raise measure.CommandFailed(f"reader found {parsed.new} new and {parsed.updated} updated items "
                                            f"in {size} unchanged feeds")
            return result

        out["reader_nochange"] = self.figure(f"reader sync {size} feeds (no change)", again)

        traffic, syncs = out.setdefault("reader_changed_traffic", []), out.setdefault("reader_changed_sync", [])
        changes = out.setdefault("changed_feeds", [])

        def changed(index: int) -> measure.Run:
            change = farm.change(FEEDS_CHANGE, self.c.seed + index)
            changes.append(change["changed"])
            parsed, result = sync(traffic, syncs)
            expected = {urls[i] for i in change["feeds"]} - parsed.fresh_urls
            if parsed.new != len(expected) or parsed.changed != expected:
                raise measure.CommandFailed(
                    f"after one new item in each of {len(expected)} feeds reader found {parsed.new} new items "
                    f"in {len(parsed.changed)} feeds ({len(parsed.changed & expected)} of them the changed ones)")
            return result

        out["reader_changed"] = self.figure(
            f"reader sync {size} feeds ({FEEDS_CHANGE:.0%} changed)", changed)

        boat = baselines.Newsboat(self.work / "newsboat-feeds", urls, threads=NEWSBOAT_THREADS)
        firsts, thirds = out.setdefault("newsboat_first_traffic", []), out.setdefault("newsboat_third_traffic", [])
        stored = out.setdefault("newsboat_rows", [])
        third_runs = []

        def round_of_three(index: int) -> measure.Run:
            boat.reset()
            farm.reset_stats()
            first_run = boat.reload(timeout=timeout, env=LOOPBACK_ONLY)
            firsts.append(farm.stats())
            rows_first = boat.stored_rows()
            boat.reload(timeout=timeout, env=LOOPBACK_ONLY)
            farm.reset_stats()
            third_runs.append(boat.reload(timeout=timeout, env=LOOPBACK_ONLY))
            thirds.append(farm.stats())
            stored.append(rows_first)
            if rows_first != size * ITEMS_PER_FEED:
                raise measure.CommandFailed(f"newsboat stored {rows_first} of {size * ITEMS_PER_FEED} items "
                                            f"from {size} feeds on its first fetch (it exits 0 when downloads fail)")
            return first_run

        out["newsboat_first"] = self.figure(f"newsboat -x reload {size} feeds (first of three)", round_of_three)
        out["newsboat_third"] = measure.Figure(third_runs)

    # MARK: lists

    def lists(self) -> None:
        for size in self.c.list_sizes:
            self.list_size(size)

    def list_size(self, size: int) -> None:
        out = self.results["lists"].setdefault(str(size), {})
        cache = self.work / "caches" / f"cache-{size}-{self.c.seed}.sqlite"
        receipt = cache.with_suffix(".fill.json")
        if cache.exists() and receipt.exists():
            out["fill"] = {**json.loads(receipt.read_text()), "reused": True}
            log(f"reusing the cache of {size} ({receipt})")
        else:
            for suffix in ("", "-wal", "-shm"):
                Path(str(cache) + suffix).unlink(missing_ok=True)
            cache.parent.mkdir(parents=True, exist_ok=True)
            log(f"filling a cache of {size} articles through ArticleStore.apply")
            fill = self.figure(f"reader-bench fill {size}", lambda i: measure.run(
                [str(self.c.tool), "fill", "--db", str(cache), "--count", str(size), "--seed", str(self.c.seed)]),
                runs=1)
            out["fill"] = {**json.loads(fill.runs[0].stdout), "wall_s": round(fill.wall, 2),
                           "max_rss_mib": round(fill.max_rss_mib, 1), "reused": False}
            receipt.write_text(json.dumps(out["fill"]))
        # `plan` opens the cache read-write first, so a reused cache from an older
        # schema is migrated here, before any list is timed.
        plan = measure.run([str(self.c.tool), "plan", "--db", str(cache), "--json", "--province", self.c.province,
                            "--english", self.c.search_en, "--chinese", self.c.search_zh])
        out["plan"] = json.loads(plan.stdout)
        queries = {
            "province": ["--province", self.c.province],
            "search-en": ["--search", self.c.search_en],
            "search-zh": ["--search", self.c.search_zh],
            "unread": ["--unread"],
            "all": [],
        }
        out["queries"] = {}
        for name, arguments in queries.items():
            command = [str(self.c.reader), "list", "--db", str(cache), *arguments, "--limit", "50"]
            listed = json.loads(measure.run(command + ["--json"]).stdout)
            first_run = measure.run(command)
            figure = self.figure(f"reader list {name} on {size}", lambda i: measure.run(command))
            out["queries"][name] = {"figure": figure, "first_run": measure.Figure([first_run]), "rows": len(listed)}

    # MARK: micro

    def micro(self) -> None:
        runs = str(max(self.c.runs, 5))
        figure = self.figure("reader-bench micro", lambda i: measure.run(
            [str(self.c.tool), "micro", "--json", "--runs", runs, *self.c.micro_args]), runs=1)
        self.results["micro"] = {**json.loads(figure.runs[0].stdout), "wall_s": round(figure.wall, 1)}

    # MARK: all

    def run(self, phases: list[str]) -> None:
        self.work.mkdir(parents=True, exist_ok=True)
        for phase in phases:
            log(f"phase {phase}")
            getattr(self, phase)()
        self.results["finished"] = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
        self.c.results.mkdir(parents=True, exist_ok=True)
        (self.c.results / "results.json").write_text(
            json.dumps(self.results, indent=1, ensure_ascii=False, default=lambda o: o.to_json()))
        markdown = report.markdown(self.results)
        (self.c.results / "RESULTS.md").write_text(markdown)
        print(markdown)


def machine() -> dict:
    def first_line(command: list[str]) -> str:
        try:
            out = subprocess.run(command, capture_output=True, text=True)
            return (out.stdout or out.stderr).strip().splitlines()[0]
        except (OSError, IndexError):
            return "?"

    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = "?"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return {
        "nproc": os.cpu_count(), "cpu": cpu, "memory": memory,
        "kernel": first_line(["uname", "-r"]),
        "swift": first_line(["swift", "--version"]),
        "sqlite3": first_line(["sqlite3", "--version"]).split(" ")[0],
        "curl": first_line(["curl", "--version"]).split(" (")[0],
        "nginx": first_line(["nginx", "-v"]),
        "newsboat": first_line(["newsboat", "--version"]),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


if __name__ == "__main__":
    phases = sys.argv[1:] or ["micro", "rss", "api", "feeds", "account", "lists"]
    Bench(Config.from_environment()).run(phases)
