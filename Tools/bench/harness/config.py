"""The benchmark's settings, from the environment (see Tools/bench/README.md)."""

import os
from dataclasses import dataclass
from pathlib import Path


def _ints(text: str) -> list[int]:
    return [int(word) for word in text.replace(",", " ").split()]


@dataclass
class Config:
    sizes: list[int]  # corpus sizes of the sync benchmarks
    rss_sizes: list[int]  # corpus sizes of the RSS benchmarks: one document each, so at most the response cap
    list_sizes: list[int]  # cache sizes of the list benchmarks
    feeds_sizes: list[int]  # how many small feeds the feeds phase subscribes to, one figure set each
    account_sizes: list[int]  # corpus sizes behind the Google Reader API account of the account phase
    feeds_hosts: int  # loopback addresses the feed farm spreads them over
    feeds_latency_ms: float  # the farm's wait before every feed answer
    feeds_cache_control: str  # a Cache-Control value on feed answers; empty: none
    runs: int  # runs per figure; the median is reported
    seed: int
    work: Path
    results: Path
    reader: Path
    server: Path
    tool: Path  # reader-bench
    newsboat_max: int  # the largest corpus newsboat is run on
    gzip_static: bool
    page_limit: int  # the Sync API page size the reader asks for (its engine's default)
    province: str
    search_en: str
    search_zh: str
    micro_args: list[str]
    quiet_wait: int  # seconds to wait for other people's builds to finish before a figure
    quick: bool

    @staticmethod
    def from_environment() -> "Config":
        env = os.environ
        quick = env.get("BENCH_QUICK", "") not in ("", "0")
        here = Path(__file__).resolve().parent.parent
        runs = int(env.get("BENCH_RUNS", "3"))
        if runs < 3:
            raise SystemExit("BENCH_RUNS must be at least 3: every figure is a median of 3 or more runs")
        default_sizes = "1000 10000" if quick else "1000 10000 50000 100000"
        default_lists = "100000" if quick else "100000 1000000"
        default_feeds = "100 300" if quick else "100 300 1000"
        default_micro = "--parse-items 2000 --apply-articles 10000 --marks 500" if quick else ""
        return Config(
            sizes=_ints(env.get("BENCH_SIZES", default_sizes)),
            rss_sizes=_ints(env.get("BENCH_RSS_SIZES", " ".join(
                str(size) for size in _ints(env.get("BENCH_SIZES", default_sizes)) if size <= 50_000))),
            list_sizes=_ints(env.get("BENCH_LIST_SIZES", default_lists)),
            feeds_sizes=_ints(env.get("BENCH_FEEDS_SIZES", default_feeds)),
            account_sizes=_ints(env.get("BENCH_ACCOUNT_SIZES", "1000 10000")),
            feeds_hosts=int(env.get("BENCH_FEEDS_HOSTS", "30")),
            feeds_latency_ms=float(env.get("BENCH_FEEDS_LATENCY_MS", "50")),
            feeds_cache_control=env.get("BENCH_FEEDS_CACHE_CONTROL", ""),
            runs=runs,
            seed=int(env.get("BENCH_SEED", "42")),
            work=Path(env.get("BENCH_WORK", "/tmp/reader-bench")),
            results=Path(env.get("BENCH_RESULTS", str(here / "results"))),
            reader=Path(env["BENCH_READER"]),
            server=Path(env["BENCH_SERVER"]),
            tool=Path(env["BENCH_TOOL"]),
            newsboat_max=int(env.get("BENCH_NEWSBOAT_MAX", "100000")),
            gzip_static=env.get("BENCH_GZIP_STATIC", "1") != "0",
            page_limit=int(env.get("BENCH_PAGE_LIMIT", "500")),
            province=env.get("BENCH_PROVINCE", "Yunnan"),
            search_en=env.get("BENCH_SEARCH_EN", "trademark"),
            search_zh=env.get("BENCH_SEARCH_ZH", "商标"),
            micro_args=env.get("BENCH_MICRO_ARGS", default_micro).split(),
            quiet_wait=int(env.get("BENCH_QUIET_WAIT", "3600")),
            quick=quick,
        )
