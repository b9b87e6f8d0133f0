#!/usr/bin/env python3
"""Seeded fault runs of the real `reader` against the real `reader-server`.

    python3 Tools/chaos/chaos.py --runs 1000 --jobs 2           # a campaign, seeds 1..1000
    python3 Tools/chaos/chaos.py --seed 417 --runs 1            # reproduce run 417
    python3 Tools/chaos/chaos.py --seed 417 --runs 1 --show     # and print its plan and journal
    python3 Tools/chaos/chaos.py --scenario Tools/chaos/scenarios/repeat-mark.json  # a hand-written plan

Run i of a campaign uses seed S + i (S from --seed, 1 by default). Exit status:
0 when every run converged, 1 when any run diverged or got stuck, 2 when the
harness could not run (a binary missing, a run the harness itself failed;
see the run's journal). See Tools/chaos/README.md."""

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "harness"))

import plan as plans  # noqa: E402
from checks import KINDS  # noqa: E402
from run import Bounds, ChaosRun, Config  # noqa: E402

ROOT = HERE.parent.parent
COUNTED = ("kills_landed", "sync_kills_landed", "mark_kills_landed", "server_kills_landed", "kills_sent",
           "faults_served", "failures", "truncations", "expired_cursors", "requests", "marks", "marks_refused",
           "syncs", "syncs_failed", "server_restarts")


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20, help="how many runs (default 20)")
    parser.add_argument("--seed", type=int, default=1, help="the first run's seed (default 1)")
    parser.add_argument("--jobs", type=int, default=2, help="runs at once, each with its own server and folder")
    parser.add_argument("--reader", type=Path, default=os.environ.get("READER_BIN"),
                        help="the reader binary (default $READER_BIN, else .build/debug/reader)")
    parser.add_argument("--server", type=Path, default=os.environ.get("READER_SERVER_BIN"),
                        help="the reader-server binary (default $READER_SERVER_BIN, else "
                             "Tools/ReferenceServer/.build/debug/reader-server)")
    parser.add_argument("--run-bound", type=float, default=90, help="seconds one run may take before it is stuck")
    parser.add_argument("--sync-bound", type=float, default=45, help="seconds one reader sync may take")
    parser.add_argument("--work", type=Path, default=None, help="where runs keep their files (default: a new temp dir)")
    parser.add_argument("--keep", choices=["failures", "all", "none"], default="failures",
                        help="which runs' folders (caches, server database, journal) to keep")
    parser.add_argument("--small-pages", action="store_true",
                        help="let half the servers announce page_limit_max 7, 40 or 150 (below the client's 500)")
    parser.add_argument("--scenario", type=Path, action="append", default=[],
                        help="run this hand-written plan (scenarios/*.json) once instead of seeded runs; repeatable")
    parser.add_argument("--show", action="store_true", help="print each run's plan and journal")
    parser.add_argument("--json", type=Path, help="write every run's result to this file")
    return parser.parse_args()


def binaries(args) -> tuple[Path, Path]:
    reader = args.reader or ROOT / ".build/debug/reader"
    server = args.server or ROOT / "Tools/ReferenceServer/.build/debug/reader-server"
    for path, flag in ((reader, "--reader"), (server, "--server")):
        if not Path(path).is_file() or not os.access(path, os.X_OK):
            sys.exit(print(f"chaos: {path} is not an executable; give {flag} or build it", file=sys.stderr) or 2)
    return Path(reader).resolve(), Path(server).resolve()


def line(result) -> str:
    c = result.counts
    kills = f"kills {c.get('kills_landed', 0)}/{c.get('kills_sent', 0)}"
    head = f"seed {result.seed}: {result.status.upper() if result.status != 'ok' else 'ok'} {result.seconds:.1f}s"
    body = f"{kills}, faults {c.get('faults_served', 0)}, marks {c.get('marks', 0)}, {result.description}"
    if result.status == "divergent":
        body += f"\n    {', '.join(result.kinds())}: " + "\n    ".join(p.text for p in result.problems[:4])
    elif result.status == "stuck":
        body += f"\n    {result.stuck}"
    elif result.status == "error":
        body += f"\n    {result.error.strip().splitlines()[-1]}"
    if result.work:
        body += f"\n    kept in {result.work}"
    return f"{head} ({body})"


def main() -> int:
    args = arguments()
    reader, server = binaries(args)
    work = args.work or Path(tempfile.mkdtemp(prefix="reader-chaos-"))
    work.mkdir(parents=True, exist_ok=True)
    bounds = Bounds(run=args.run_bound, sync=args.sync_bound)
    seeds = range(len(args.scenario)) if args.scenario else range(args.seed, args.seed + args.runs)
    print(f"chaos: {len(seeds)} runs from seed {args.seed}, {args.jobs} at once; reader {reader}; server {server}; "
          f"work {work}", flush=True)
    started = time.monotonic()
    results = []
    lock = threading.Lock()

    def one(seed: int):
        if args.scenario:
            drawn = plans.load(args.scenario[seed])
            drawn.seed = seed
        else:
            drawn = plans.draw(seed, small_pages=args.small_pages)
        return ChaosRun(drawn, Config(reader, server, work / f"seed-{seed}", bounds, args.keep)).execute()

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(one, seed) for seed in seeds]
        try:
            for future in as_completed(futures):
                result = future.result()
                with lock:
                    results.append(result)
                    print(line(result), flush=True)
                    if args.show:
                        journal = Path(result.work or "/nonexistent") / "journal.txt"
                        print(journal.read_text() if journal.exists() else "(journal kept only with --keep all)")
        except KeyboardInterrupt:
            for future in futures:
                future.cancel()
            raise
    results.sort(key=lambda r: r.seed)
    elapsed = time.monotonic() - started
    print(summary(results, elapsed))
    if args.json:
        args.json.write_text(json.dumps([r.as_dict() for r in results], indent=1, default=str))
    if any(r.status in ("divergent", "stuck") for r in results):
        return 1
    return 2 if any(r.status == "error" for r in results) else 0


def summary(results, elapsed: float) -> str:
    by = {status: [r for r in results if r.status == status] for status in ("ok", "divergent", "stuck", "error")}
    total = {key: sum(r.counts.get(key, 0) for r in results) for key in COUNTED}
    seconds = sorted(r.seconds for r in results) or [0]
    lines = [
        "",
        f"runs {len(results)}: ok {len(by['ok'])}, divergent {len(by['divergent'])}, stuck {len(by['stuck'])}, "
        f"harness errors {len(by['error'])}; {elapsed:.0f} s in all, a run {seconds[len(seconds) // 2]:.1f} s "
        f"median, {seconds[-1]:.1f} s at most",
        f"kills landed {total['kills_landed']} of {total['kills_sent']} sent (reader sync "
        f"{total['sync_kills_landed']}, marks {total['mark_kills_landed']}, reader-server "
        f"{total['server_kills_landed']}); server restarts {total['server_restarts']}",
        f"faults served {total['faults_served']} over {total['requests']} requests (failures {total['failures']}, "
        f"truncated bodies {total['truncations']}, expired cursors {total['expired_cursors']})",
        f"marks {total['marks']} (refused {total['marks_refused']}); syncs before the clean ones {total['syncs']} "
        f"(failed {total['syncs_failed']})",
    ]
    for kind in KINDS:
        seeds = [r.seed for r in by["divergent"] if kind in r.kinds()]
        if seeds:
            lines.append(f"divergent, {kind}: seeds {' '.join(map(str, seeds))}")
    for status in ("stuck", "error"):
        if by[status]:
            lines.append(f"{status}: seeds {' '.join(str(r.seed) for r in by[status])}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
