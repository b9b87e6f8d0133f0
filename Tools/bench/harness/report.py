"""Turns the results of one run into the Markdown table that RESULTS.md holds
and the README quotes: the targets with their ratios first, then the details."""

import statistics


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def secs(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def mib(value: float) -> str:
    return f"{value:.1f} MiB"


def ratio(value: float) -> str:
    return f"{value:.2f}×"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**missed**")


def pick(table: dict, wanted: int) -> tuple[str | None, str]:
    """The entry for `wanted` articles, else the largest measured, with a note."""
    if not table:
        return None, ""
    if str(wanted) in table:
        return str(wanted), ""
    largest = max(table, key=int)
    return largest, f" (at {int(largest):,}; the target is at {wanted:,})"


def flat(values: list[float], tolerance: float, slack: float) -> bool:
    """Whether the largest of `values` is within `tolerance` (a fraction) or
    `slack` (absolute) of the smallest."""
    return max(values) <= min(values) * (1 + tolerance) or max(values) - min(values) <= slack


def wall(figure) -> float:
    return figure.wall if hasattr(figure, "wall") else figure["median_wall_s"]


def first_byte_ms(figure) -> float | None:
    """The median time to the first byte of output, from a live figure or a saved one."""
    if hasattr(figure, "first_byte_ms"):
        return figure.first_byte_ms
    values = sorted(v for v in figure.get("first_byte_s", []) if v is not None)
    if not values:
        return None
    middle = len(values) // 2
    median = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
    return median * 1000


def rss_mib(figure) -> float:
    return figure.max_rss_mib if hasattr(figure, "max_rss_mib") else figure["median_max_rss_mib"]


def targets(r: dict) -> list[tuple[str, str, str, str]]:
    rows = []
    rss, api, lists, micro = r["rss"], r["api"], r["lists"], r["micro"]

    key, note = pick(rss, 50000)
    if key:
        e = rss[key]
        reader = wall(e["reader_first"])
        limit = wall(e["curl"]) + wall(e["sqlite"])
        if "newsboat_first" in e:
            boat = wall(e["newsboat_first"])
            rows.append(("1a", "RSS first sync ≥ 5× faster than newsboat's first fetch" + note,
                         f"newsboat / Reader = {ratio(boat / reader)} ({secs(boat)} / {secs(reader)})",
                         verdict(boat / reader >= 5)))
            boat_rss = rss_mib(e["newsboat_first"])
            rows.append(("1c", "RSS first sync peak RSS ≤ ⅓ of newsboat's" + note,
                         f"{mib(rss_mib(e['reader_first']))} vs {mib(boat_rss)} "
                         f"(Reader / newsboat = {rss_mib(e['reader_first']) / boat_rss:.2f})",
                         verdict(rss_mib(e["reader_first"]) <= boat_rss / 3)))
        rows.append(("1b", "RSS first sync within 3× of curl + sqlite3 import" + note,
                     f"Reader / limit = {ratio(reader / limit)} ({secs(reader)} / {secs(limit)})",
                     verdict(reader / limit <= 3)))

    key, note = pick(api, 100000)
    if key:
        e = api[key]
        reader = wall(e["reader_first"])
        limit = wall(e["curl_pages"]) + wall(e["sqlite"])
        rows.append(("2a", "Sync API first sync within 3× of curl pages + sqlite3 import" + note,
                     f"Reader / limit = {ratio(reader / limit)} ({secs(reader)} / {secs(limit)})",
                     verdict(reader / limit <= 3)))
        peak = rss_mib(e["reader_first"])
        rows.append(("2b", "Sync API first sync peak RSS ≤ 80 MiB" + note, mib(peak), verdict(peak <= 80)))
        sized = [s for s in sorted(api, key=int) if int(s) >= 10000]
        if len(sized) >= 2:
            peaks = [rss_mib(api[s]["reader_first"]) for s in sized]
            rows.append(("2c", "… and flat from 10k to 100k (largest ≤ 1.25× smallest)",
                         " → ".join(f"{int(s) // 1000}k: {mib(p)}" for s, p in zip(sized, peaks)),
                         verdict(flat(peaks, 0.25, 0))))

    for label, table in (("RSS", rss), ("Sync API", api)):
        if not table:
            continue
        sizes = sorted(table, key=int)
        walls = [wall(table[s]["reader_nochange"]) for s in sizes]
        requests = sorted({table[s]["reader_nochange_requests"] for s in sizes})
        ok = max(walls) <= 0.050 and requests == [1] and flat(walls, 0.25, 0.005)
        rows.append(("3", f"No-change sync, {label}: 1 request, ≤ 50 ms, flat in cache size",
                     f"{', '.join(f'{int(s):,}: {ms(w)}' for s, w in zip(sizes, walls))}; "
                     f"requests {'/'.join(map(str, requests))}",
                     verdict(ok)))

    key, note = pick(lists, 1000000)
    if key:
        e = lists[key]
        for name in ("province", "unread", "search-en", "search-zh"):
            q = e["queries"][name]
            plan = next((p for p in e["plan"] if p["name"] == name), None)
            scan_free = plan is not None and not plan["verdict"].startswith("FULL SCAN")
            w = wall(q["figure"])
            rows.append(("4", f"`list {name}` on {int(key):,}: ≤ 30 ms for 50 rows, index, no full scan" + note,
                         f"{ms(w)}, {q['rows']} rows; {plan['verdict'] if plan else '?'}",
                         verdict(w <= 0.030 and scan_free and q["rows"] == 50)))

    if micro:
        m = micro["mark"]
        rows.append(("5", "Mark read / bookmark with outbox write: p50 < 1 ms",
                     f"read p50 {m['readP50Milliseconds']:.2f} ms (p99 {m['readP99Milliseconds']:.2f}); "
                     f"bookmark p50 {m['bookmarkP50Milliseconds']:.2f} ms (p99 {m['bookmarkP99Milliseconds']:.2f})",
                     verdict(m["readP50Milliseconds"] < 1 and m["bookmarkP50Milliseconds"] < 1)))

    rows += feeds_targets(r.get("feeds", {}))
    rows += write_path_targets(r)

    if key:
        q = lists[key]["queries"]["all"]
        first_byte = first_byte_ms(q["figure"])
        first_byte_cell = "–" if first_byte is None else f"{first_byte:.0f} ms"
        rows.append(("6", f"Cold start of `reader list` to first row on {int(key):,}: ≤ 50 ms" + note,
                     f"{first_byte_cell} to first byte, {ms(wall(q['figure']))} to exit; "
                     f"first run after fill {ms(wall(q['first_run']))}",
                     verdict(first_byte is not None and first_byte <= 50)))
    return rows


def fts_limit(e: dict, download: str) -> float | None:
    """curl's download plus the sqlite3 import with full text, if measured."""
    return wall(e[download]) + wall(e["sqlite_fts"]) if "sqlite_fts" in e else None


def write_path_targets(r: dict) -> list[tuple[str, str, str, str]]:
    """Issue 14's targets: first syncs against the FTS-inclusive limit, page apply."""
    rows = []
    rss, api, micro = r["rss"], r["api"], r["micro"]
    key, note = pick(rss, 50000)
    if key and "sqlite_fts" in rss[key]:
        e = rss[key]
        reader, limit = wall(e["reader_first"]), fts_limit(e, "curl")
        rows.append(("W1", "Storage limits: sqlite3 import without / with FTS5 (Reader's tokenizer, bigrams)" + note,
                     f"{secs(wall(e['sqlite']))} / {secs(wall(e['sqlite_fts']))}", verdict(True)))
        if "replay_fts" in e:
            rows.append(("W1′", "Floor: SQLite writing Reader's stored rows again, in Reader's pages and "
                         "statements (replay.py), without / with its full-text index" + note,
                         f"{secs(wall(e['replay']))} / {secs(wall(e['replay_fts']))}; "
                         f"Reader's sync, which queues the index, / floor without it = "
                         f"{ratio(reader / wall(e['replay']))}", verdict(None)))
        rows.append(("W2a", "RSS first sync ≤ 3.0 s" + note, secs(reader), verdict(reader <= 3.0)))
        search = wall(e["reader_first_search"]) if "reader_first_search" in e else None
        if search is not None:
            rows.append(("W2e", "First search after the RSS first sync, which indexes the sync's queue; "
                         "the sync and it together" + note,
                         f"{secs(search)}; {secs(reader + search)} together", verdict(None)))
        # The limit includes the full-text work, so Reader's figure does too:
        # the sync plus the first search, which makes its entries.
        indexed = reader + (search or 0)
        rows.append(("W2b", "RSS first sync within 2× of curl + sqlite3 import with full text "
                     "(with the first search, which indexes what the sync stored)" + note,
                     f"Reader / limit = {ratio(indexed / limit)} ({secs(indexed)} / {secs(limit)}); "
                     f"the sync alone {ratio(reader / limit)}",
                     verdict(indexed / limit <= 2)))
        if "newsboat_first" in e:
            boat = wall(e["newsboat_first"])
            rows.append(("W2c", "RSS first sync ≥ 6× faster than newsboat's first fetch" + note,
                         f"newsboat / Reader = {ratio(boat / reader)}; with the first search {ratio(boat / indexed)}",
                         verdict(boat / reader >= 6)))
            peak, boat_peak = rss_mib(e["reader_first"]), rss_mib(e["newsboat_first"])
            rows.append(("W2d", "RSS first sync peak RSS ≤ ¼ of newsboat's" + note,
                         f"{mib(peak)} vs {mib(boat_peak)}", verdict(peak <= boat_peak / 4)))
    key, note = pick(api, 100000)
    if key and "sqlite_fts" in api[key]:
        e = api[key]
        reader, limit = wall(e["reader_first"]), fts_limit(e, "curl_pages")
        indexed = reader + (wall(e["reader_first_search"]) if "reader_first_search" in e else 0)
        peak = max(rss_mib(e["reader_first"]), rss_mib(e.get("reader_first_search", e["reader_first"])))
        rows.append(("W3", "Sync API first sync within 1.3× of curl pages + sqlite3 import with full text "
                     "(with the first search, which indexes what the sync stored), peak ≤ 64 MiB" + note,
                     f"Reader / limit = {ratio(indexed / limit)} ({secs(indexed)} / {secs(limit)}); "
                     f"the sync alone {ratio(reader / limit)}; {mib(peak)}",
                     verdict(indexed / limit <= 1.3 and peak <= 64)))
    if micro:
        a = micro["apply"]
        slowest = min(a["newArticlesPerSecond"], a["newestFirstArticlesPerSecond"])
        rss_key, _ = pick(rss, 50000)
        floor = ""
        if rss_key and "replay" in rss[rss_key]:
            floor = (f"; the RSS rows' floor without the index (W1′): "
                     f"{int(rss_key) / wall(rss[rss_key]['replay']):,.0f} articles/s")
        indexing = ""
        if "indexedArticlesPerSecond" in a:
            indexing = f"; their full-text entries, from the queue, after: {a['indexedArticlesPerSecond']:,.0f} articles/s"
        rows.append(("W4", "Page apply ≥ 25,000 new articles/s, oldest and newest first",
                     f"{a['newArticlesPerSecond']:,.0f} / {a['newestFirstArticlesPerSecond']:,.0f} articles/s"
                     + indexing + floor, verdict(slowest >= 25000)))
    return rows


def full_text_cells(e: dict, download: str, reader: float) -> str:
    """The full-text import's time and Reader's ratio to its limit, two cells."""
    limit = fts_limit(e, download)
    return "– | –" if limit is None else f"{secs(wall(e['sqlite_fts']))} | {ratio(reader / limit)}"


def apply_detail_rows(a: dict) -> list[str]:
    """Where measured: the full-text indexing of the applied articles' queue,
    and the process's CPU time per article in each apply pass."""
    rows = []
    if "indexedArticlesPerSecond" in a:
        rows.append(f"| full-text entries of the new articles, from the search queue "
                    f"| {a['indexedArticlesPerSecond']:,.0f} articles/s, "
                    f"{a['indexingCPUMicrosecondsPerArticle']:.1f} µs of CPU each |")
    if "newCPUMicrosecondsPerArticle" in a:
        rows.append(f"| page apply, CPU per article: new / newest first / unchanged "
                    f"| {a['newCPUMicrosecondsPerArticle']:.1f} / {a['newestFirstCPUMicrosecondsPerArticle']:.1f} "
                    f"/ {a['unchangedCPUMicrosecondsPerArticle']:.1f} µs |")
    return rows


def counted(values: list[int]) -> str:
    """One count of several runs: the value, or the median and the range when they differ."""
    if not values:
        return "–"
    if min(values) == max(values):
        return f"{values[0]:,}"
    return f"{statistics.median(values):,.0f} ({min(values):,}–{max(values):,})"


def feeds_targets(feeds: dict) -> list[tuple[str, str, str, str]]:
    """The targets of the `feeds` phase, at 300 and 1000 feeds."""
    rows = []
    key, note = pick(feeds, 300)
    if key:
        e, n = feeds[key], int(key)
        w = wall(e["reader_nochange"])
        requests = [t["requests"] for t in e["reader_nochange_traffic"]]
        fresh = [s["fresh"] for s in e["reader_nochange_sync"]]
        fresh_note = f", {counted(fresh)} feeds reported fresh" if any(fresh) else ""
        rows.append(("7a", f"{n:,} small feeds, no-change sync: ≤ 1.0 s, one request a feed "
                     "(none for a feed reported fresh)" + note,
                     f"{secs(w)}; {counted(requests)} requests for {n:,} feeds{fresh_note}",
                     verdict(w <= 1.0 and all(r == n - f for r, f in zip(requests, fresh)))))
        first, boat = wall(e["reader_first"]), wall(e["newsboat_first"])
        rows.append(("7b", f"{n:,} small feeds, first sync: ≤ 2.0 s and ≤ 0.5× newsboat's first fetch" + note,
                     f"{secs(first)}; newsboat {secs(boat)} (Reader / newsboat = {first / boat:.2f})",
                     verdict(first <= 2.0 and first <= 0.5 * boat)))
        changed = wall(e["reader_changed"])
        rows.append(("7c", f"{n:,} small feeds, sync after {e['change_fraction']:.0%} of them changed: ≤ 1.2 s" + note,
                     f"{secs(changed)}", verdict(changed <= 1.2)))
    key, note = pick(feeds, 1000)
    if key:
        e, n = feeds[key], int(key)
        w, peak = wall(e["reader_nochange"]), rss_mib(e["reader_nochange"])
        rows.append(("7d", f"{n:,} small feeds, no-change sync: ≤ 3 s, peak RSS ≤ 64 MiB" + note,
                     f"{secs(w)}, {mib(peak)}", verdict(w <= 3 and peak <= 64)))
    return rows


def feeds_tables(feeds: dict) -> list[str]:
    """One table per number of feeds: Reader's three syncs and newsboat's two runs."""
    any_size = feeds[min(feeds, key=int)]
    out = ["", "## Many small feeds (`harness/feedfarm.py`)", "",
           f"RSS 2.0 feeds of {any_size['items_per_feed']} items on {any_size['hosts']} loopback addresses "
           f"(127.0.0.1 to 127.0.0.{any_size['hosts']}, one port), every feed answer held "
           f"{any_size['latency_ms']:g} ms, strong ETags"
           + (f", `Cache-Control: {any_size['cache_control']}`" if any_size.get("cache_control") else "")
           + ". Reader's cache is filled from an OPML file (`reader feeds import`, not timed); "
           "each first sync starts on a fresh one. The 10%-changed sync follows one new item in that share "
           "of the feeds. newsboat runs with `reload-threads 8`; its no-change figure is its third run (2.21 "
           "sends validators only from its third fetch). Requests, statuses and connections are the farm's "
           "counts for that process (medians; statuses of the last run); max open is the most connections "
           "it held open at once."]
    for size in sorted(feeds, key=int):
        e = feeds[size]
        items = int(size) * e["items_per_feed"]

        def row(label: str, figure, traffic: list[dict], result: str) -> str:
            statuses = ", ".join(f"{code}: {count:,}" for code, count in traffic[-1]["statuses"].items()) \
                if traffic else "–"
            return (f"| {label} | {secs(wall(figure))} | {mib(rss_mib(figure))} "
                    f"| {counted([t['requests'] for t in traffic])} | {statuses} "
                    f"| {counted([t['connections_accepted'] for t in traffic])} "
                    f"| {counted([t['max_open_connections'] for t in traffic])} | {result} |")

        first = e["reader_first_sync"]
        nochange = e["reader_nochange_sync"]
        changed = e["reader_changed_sync"]
        fresh = [s["fresh"] for s in nochange]
        out += ["", f"### {int(size):,} feeds ({items:,} items)", "",
                "| process | wall | peak RSS | requests | statuses | connections | max open | result |",
                "| --- | ---: | ---: | ---: | --- | ---: | ---: | --- |",
                row("Reader first sync", e["reader_first"], e["reader_first_traffic"],
                    f"{counted([s['new'] for s in first])} new"),
                row("Reader no-change sync", e["reader_nochange"], e["reader_nochange_traffic"],
                    f"{counted([s['not_modified'] for s in nochange])} not modified"
                    + (f", {counted(fresh)} fresh" if any(fresh) else "")),
                row(f"Reader sync, {e['change_fraction']:.0%} changed", e["reader_changed"],
                    e["reader_changed_traffic"],
                    f"{counted([s['new'] for s in changed])} new (of {counted(e['changed_feeds'])} changed feeds)"),
                row("newsboat first fetch", e["newsboat_first"], e["newsboat_first_traffic"],
                    f"{counted(e['newsboat_rows'])} rows stored"),
                row("newsboat 3rd run (no change)", e["newsboat_third"], e["newsboat_third_traffic"], "")]
        if e.get("import_output"):
            out += ["", f"`reader feeds import` ({secs(e['import_wall_s'])}, not timed): "
                    f"{e['import_output'][0] or '(no output)'}"]
    return out


def markdown(r: dict) -> str:
    m, c = r["machine"], r["config"]
    out = [
        "# Reader benchmark results",
        "",
        f"Measured {r['started'][:10]} (run {r['started']} to {r.get('finished', '?')}) on "
        f"{m['cpu']}, {m['nproc']} cores, {m['memory']} RAM, Linux {m['kernel']}; {m['swift']}; "
        f"SQLite {m['sqlite3']}, {m['curl']}, {m['nginx']}, {m['newsboat']}. "
        f"Load average at start: {', '.join(map(str, m['load_average_at_start']))}.",
        "",
        f"Every figure is the median of {c['runs']} runs of a whole process (wall time, peak RSS from "
        f"GNU `time`, as `/usr/bin/time -v` reports it), on the same documents in the same run. "
        f"Corpus seed {c['seed']}; RSS served by nginx "
        f"{'(pre-compressed with gzip_static)' if c['gzip_static'] else '(gzip on the fly)'} with ETags; "
        f"the Sync API by the reference server, {c['page_limit']} articles a page."
        + (" **Quick configuration.**" if c["quick"] else ""),
        "",
        "## Targets",
        "",
        "| # | target | measured | verdict |",
        "| --- | --- | --- | --- |",
    ]
    out += [f"| {n} | {t} | {v} | {ok} |" for n, t, v, ok in targets(r)]

    if r["rss"]:
        out += ["", "## Sync of one RSS 2.0 document (nginx)", "",
                "| articles | document (gzip) | Reader first sync | Reader peak | curl | sqlite3 import "
                "| Reader / (curl + sqlite3) | sqlite3 import with full text | Reader / (curl + that) "
                "| newsboat first fetch | newsboat peak | newsboat / Reader "
                "| newsboat rows | Reader no change (requests) | newsboat 3rd run (statuses) |",
                "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
                "| ---: | ---: |"]
        for size in sorted(r["rss"], key=int):
            e = r["rss"][size]
            reader, limit = wall(e["reader_first"]), wall(e["curl"]) + wall(e["sqlite"])
            doc = f"{e['document_bytes'] / 1e6:.1f} MB" + (f" ({e['gzip_bytes'] / 1e6:.1f})" if e["gzip_bytes"] else "")
            boat = e.get("newsboat_first")
            boat_cells = ["–"] * 5
            if boat:
                statuses = ",".join(s[-1] if s else "?" for s in e["newsboat_statuses"])
                boat_cells = [secs(wall(boat)), mib(rss_mib(boat)), ratio(wall(boat) / reader),
                              "/".join(map(str, e["newsboat_rows"])),
                              f"{ms(wall(e['newsboat_third']))} ({statuses})"]
            out.append(
                f"| {int(size):,} | {doc} | {secs(reader)} | {mib(rss_mib(e['reader_first']))} "
                f"| {secs(wall(e['curl']))} | {secs(wall(e['sqlite']))} | {ratio(reader / limit)} "
                f"| {full_text_cells(e, 'curl', reader)} "
                f"| {boat_cells[0]} | {boat_cells[1]} | {boat_cells[2]} | {boat_cells[3]} "
                f"| {ms(wall(e['reader_nochange']))} ({e['reader_nochange_requests']}) | {boat_cells[4]} |")

    if r["api"]:
        out += ["", "## Sync from the Reader Sync API (reference server)", "",
                "| articles | pages (bytes) | Reader first sync | Reader peak | curl, page after page "
                "| sqlite3 import | Reader / (curl + sqlite3) | sqlite3 import with full text | Reader / (curl + that) "
                "| Reader requests | Reader no change | requests |",
                "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for size in sorted(r["api"], key=int):
            e = r["api"][size]
            reader, limit = wall(e["reader_first"]), wall(e["curl_pages"]) + wall(e["sqlite"])
            out.append(
                f"| {int(size):,} | {e['curl_page_count']} ({e['page_bytes'] / 1e6:.1f} MB) | {secs(reader)} "
                f"| {mib(rss_mib(e['reader_first']))} | {secs(wall(e['curl_pages']))} | {secs(wall(e['sqlite']))} "
                f"| {ratio(reader / limit)} | {full_text_cells(e, 'curl_pages', reader)} | {e['reader_first_requests']} | {ms(wall(e['reader_nochange']))} "
                f"| {e['reader_nochange_requests']} |")

    if r.get("feeds"):
        out += feeds_tables(r["feeds"])

    if r.get("account"):
        out += ["", "## A Google Reader API account (reference server's GReader routes, window of the newest 1,000)", "",
                "| articles on the server | Reader first sync | peak | requests | received "
                "| Reader no change | peak | requests | received |",
                "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for size in sorted(r["account"], key=int):
            e = r["account"][size]
            out.append(
                f"| {int(size):,} | {secs(wall(e['reader_first']))} | {mib(rss_mib(e['reader_first']))} "
                f"| {e['reader_first_requests']} | {e['reader_first_bytes'] / 1024:.1f} KB "
                f"| {ms(wall(e['reader_nochange']))} | {mib(rss_mib(e['reader_nochange']))} "
                f"| {e['reader_nochange_requests']} | {e['reader_nochange_bytes'] / 1024:.1f} KB |")

    if r["lists"]:
        out += ["", "## Lists on large caches (`reader list … --limit 50`, whole process)", "",
                "| cache | query | rows | wall | first byte | first run | in-process p50 | plan |",
                "| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |"]
        for size in sorted(r["lists"], key=int):
            e = r["lists"][size]
            plans = {p["name"]: p for p in e["plan"]}
            for name, q in e["queries"].items():
                f = q["figure"]
                plan = plans.get(name)
                first_byte = first_byte_ms(f)
                byte_cell = "–" if first_byte is None else f"{first_byte:.0f} ms"
                p50_cell = f"{plan['p50Milliseconds']:.2f} ms" if plan else "–"
                plan_cell = f"{plan['verdict']}: `{' / '.join(plan['plan'])}`" if plan else "–"
                out.append(
                    f"| {int(size):,} | {name} | {q['rows']} | {ms(wall(f))} | {byte_cell} "
                    f"| {ms(wall(q['first_run']))} | {p50_cell} | {plan_cell} |")
        out += ["", "Caches were filled through `ArticleStore.apply` in pages of 1000 (`reader-bench fill`), "
                "the newest 2000 articles marked read and every tenth of those bookmarked:", ""]
        for size in sorted(r["lists"], key=int):
            fill = r["lists"][size]["fill"]
            out.append(
                f"- {int(size):,} articles: {fill.get('wall_s', fill['totalSeconds']):.0f} s in all "
                f"({fill['applySeconds']:.0f} s in apply, {fill['applyArticlesPerSecond']:.0f} articles/s; "
                f"{fill['mapSeconds']:.0f} s generating and tagging), "
                f"{fill['databaseBytes'] / 1e6:.0f} MB on disk, peak {fill.get('max_rss_mib', '?')} MiB"
                + (" (reused from an earlier run)" if fill.get("reused") else ""))

    if r["micro"]:
        mi = r["micro"]
        out += ["", "## In-library micro-benchmarks (`reader-bench micro`)", "",
                "| figure | value |", "| --- | ---: |"]
        for p in mi["parse"]:
            out.append(f"| parse {p['format']} ({p['items']:,} items, {p['bytes'] / 1e6:.1f} MB) "
                       f"| {p['megabytesPerSecond']:.1f} MB/s ({p['itemsPerSecond']:,.0f} items/s) |")
        a, k = mi["apply"], mi["mark"]
        out += [
            f"| page apply, new articles (pages of {a['pageSize']}) | {a['newArticlesPerSecond']:,.0f} articles/s |",
            f"| page apply, new articles in pages listed newest first (as feeds list them) "
            f"| {a['newestFirstArticlesPerSecond']:,.0f} articles/s |",
            f"| page apply, unchanged articles | {a['unchangedArticlesPerSecond']:,.0f} articles/s |",
            *apply_detail_rows(a),
            f"| map and tag provinces (before apply) "
            f"| {a['mapAndTagArticlesPerSecond']:,.0f} articles/s |",
            f"| mark read, with outbox write | p50 {k['readP50Milliseconds']:.3f} ms, p99 {k['readP99Milliseconds']:.3f} ms |",
            f"| bookmark, with outbox write | p50 {k['bookmarkP50Milliseconds']:.3f} ms, "
            f"p99 {k['bookmarkP99Milliseconds']:.3f} ms |",
        ]

    if r["noisy"]:
        out += ["", "Figures measured while other processes built Swift code on this machine (may be slower): "
                + "; ".join(r["noisy"]) + "."]
    return "\n".join(out) + "\n"
