"""One seeded run: a reference server with the plan's corpus and faults, two
or three devices, the plan's steps, then faults off, a clean sync of every
device (all in turn, then all but the last again, so each sees every push) and the checks."""

import json
import random
import shutil
import time
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import checks
from device import FIELD_OF_OP, Device
from intent import Intents
from plan import Faults, Plan
from processes import Children, Running, Stuck, run
from server import Server, pick_port


@dataclass
class Bounds:
    run: float = 90.0  # the whole run
    sync: float = 45.0  # one reader sync (retries and Retry-After waits included)
    mark: float = 15.0  # one reader read/unread/bookmark/unbookmark
    server_start: float = 30.0


@dataclass
class Config:
    reader: Path
    server: Path
    work: Path  # this run's folder
    bounds: Bounds = field(default_factory=Bounds)
    keep: str = "failures"  # failures, all or none


@dataclass
class Result:
    seed: int
    status: str = "ok"  # ok, divergent, stuck, error
    seconds: float = 0.0
    description: str = ""
    problems: list = field(default_factory=list)
    stuck: str = ""
    error: str = ""
    counts: dict = field(default_factory=dict)
    work: str = ""

    def as_dict(self) -> dict:
        return {**self.__dict__, "problems": [p.as_dict() for p in self.problems]}

    def kinds(self) -> list:
        found = {p.kind for p in self.problems}
        return [k for k in checks.KINDS if k in found]


class ChaosRun:
    def __init__(self, plan: Plan, config: Config):
        self.plan = plan
        self.config = config
        self.bounds = config.bounds
        self.work = config.work
        self.children = Children()
        self.hot_rng = random.Random(plan.seed ^ 0x5EED)  # the hot set: the same articles every time
        self.intents = Intents()
        self.faults = plan.faults
        self.expired: list[str] = []
        self.retracted: list[str] = []
        self.journal: list[str] = []
        self.counts = {"steps": 0, "syncs": 0, "syncs_failed": 0, "marks": 0, "marks_refused": 0,
                       "kills_sent": 0, "kills_landed": 0, "sync_kills_landed": 0, "mark_kills_landed": 0,
                       "server_kills_landed": 0, "server_restarts": 0, "faults_served": 0, "requests": 0}
        self.started = 0.0
        self.deadline = 0.0
        self.hot: set[str] = set()

    # Bookkeeping -------------------------------------------------------------

    @property
    def t(self) -> float:
        return time.monotonic() - self.started

    def note(self, text: str) -> None:
        self.journal.append(f"{self.t:7.3f}  {text}")

    def remaining(self, bound: float) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise Stuck("the run", self.bounds.run)
        return min(bound, left)

    def outcome_note(self, what: str, outcome) -> None:
        tail = (outcome.stderr or outcome.stdout).strip().replace("\n", " | ")[-300:]
        killed = " killed" if outcome.killed else ""
        self.note(f"  {what}: exit {outcome.returncode}{killed} in {outcome.seconds:.2f}s {tail}")

    # The run -------------------------------------------------------------------

    def execute(self) -> Result:
        result = Result(seed=self.plan.seed, description=self.plan.describe(), work=str(self.work))
        self.started = time.monotonic()
        self.deadline = self.started + self.bounds.run
        self.work.mkdir(parents=True, exist_ok=True)
        self.server = Server(self.config.server, self.work, self.children, corpus=self.plan.corpus,
                             corpus_seed=self.plan.corpus_seed, retention=self.plan.retention,
                             page_limit_max=self.plan.page_limit_max, port=pick_port(random.Random()))
        self.devices = [Device(i, self.config.reader, self.work, self.children, self.server.endpoint)
                        for i in range(self.plan.devices)]
        try:
            self.note(f"plan: {self.plan.describe()}")
            self.server.start(self.remaining(self.bounds.server_start))
            self.put_faults()
            ids = sorted(self.server.articles())
            self.hot = set(self.hot_rng.sample(ids, min(self.plan.hot, len(ids))))
            for step in self.plan.steps:
                self.remaining(self.bounds.run)
                self.counts["steps"] += 1
                self.note(f"step {json.dumps(step)}")
                getattr(self, "step_" + step["kind"])(step)
            result.problems = self.finish()
            result.status = "divergent" if result.problems else "ok"
        except Stuck as stuck:
            result.status, result.stuck = "stuck", str(stuck)
            self.note(f"STUCK: {stuck}")
        except Exception:
            result.status, result.error = "error", traceback.format_exc(limit=6)
            self.note(f"ERROR: {result.error}")
        finally:
            try:
                self.server.stop()
            except Exception:
                pass
            self.children.kill_all()
        self.counts["faults_served"] = self.server.faults_served
        self.counts["requests"] = self.server.stats_total["requests"]
        self.counts["failures"] = self.server.stats_total["failures"]
        self.counts["truncations"] = self.server.stats_total["truncations"]
        self.counts["expired_cursors"] = self.server.stats_total["expired_cursors"]
        result.counts = self.counts
        result.seconds = time.monotonic() - self.started
        self.save(result)
        return result

    def save(self, result: Result) -> None:
        keep = self.config.keep == "all" or (self.config.keep == "failures" and result.status != "ok")
        if keep:
            (self.work / "journal.txt").write_text("\n".join(self.journal) + "\n")
            (self.work / "result.json").write_text(json.dumps(result.as_dict(), indent=1, default=str))
            (self.work / "intents.txt").write_text(
                "\n".join(f"{m.article} {m.describe()}" for m in self.intents.marks) + "\n")
        else:
            shutil.rmtree(self.work, ignore_errors=True)
            result.work = ""

    def finish(self) -> list:
        """Faults off, two clean rounds of syncs, then the comparisons."""
        self.note("final: faults off, every device syncs, then all but the last again")
        if not self.server.up:
            self.start_server()
        self.faults, self.expired = Faults(), []
        self.put_faults()
        problems = []
        # The last device of the first round has pulled every push; the others need a second.
        for round_, devices in ((1, self.devices), (2, self.devices[:-1])):
            for device in devices:
                outcome = run(self.children, device.sync_command(force=True), f"{device.name}: final reader sync",
                              self.remaining(self.bounds.sync))
                self.outcome_note(f"{device.name} final sync {round_}", outcome)
                if not outcome.ok:
                    problems.append(checks.Problem(
                        "final-sync", f"{device.name}: clean sync {round_} exited {outcome.returncode}: "
                                      f"{outcome.stderr.strip()[-300:]}"))
        problems += checks.compare(self.server.articles(), self.server.state(), self.devices, self.intents)
        return problems

    # Server --------------------------------------------------------------------

    def put_faults(self) -> None:
        self.server.admin("PUT", "faults", self.faults.body(self.expired))

    def start_server(self) -> None:
        self.server.start(self.remaining(self.bounds.server_start))
        self.counts["server_restarts"] += 1
        self.put_faults()

    # Picking articles ----------------------------------------------------------

    def pick(self, step: dict, available) -> list:
        """The step's articles among `available` (server ids): positions in
        the hot set when the step aims there and the set has any, else in all."""
        available = sorted(available)
        hot = [a for a in available if a in self.hot]
        pool = hot if step["hot"] and hot else available
        if not pool:
            return []
        return sorted({pool[int(at * len(pool))] for at in step["at"]})

    # Marks ---------------------------------------------------------------------

    def shown(self, device: Device, cached: dict, articles: list, field: str) -> dict:
        states = device.states()
        return {a: states.get(cached[a]["id"], {}).get(field, False) for a in articles}

    def clocks(self, device: Device, cached: dict, articles: list, field: str) -> dict:
        states = device.states()
        return {a: states.get(cached[a]["id"], {}).get(f"{field}_clock") for a in articles}

    def mark(self, step: dict, kill_after_ms: int | None = None) -> None:
        device = self.devices[step["device"]]
        field, value = FIELD_OF_OP[step["op"]]
        cached = device.articles()
        articles = self.pick(step, cached)
        if not articles:
            self.note(f"  {device.name}: no articles to mark yet")
            return
        shown = self.shown(device, cached, articles, field)
        before = self.clocks(device, cached, articles, field)
        time.sleep(0.003)  # every mark in its own millisecond, after the one before
        running = device.start_mark(step["op"], [cached[a]["id"] for a in articles])
        at = self.t
        if kill_after_ms is not None:
            time.sleep(kill_after_ms / 1000)
            self.kill(running, "mark_kills_landed")
        outcome = running.wait(self.remaining(self.bounds.mark))
        self.outcome_note(f"{device.name} {step['op']} {articles}", outcome)
        how = f"{step['op']}" + (" (killed)" if outcome.killed else "")
        if outcome.ok:
            self.counts["marks"] += 1
            self.intents.record(at, device.name, articles, field, value, how, shown)
        elif outcome.killed:
            after = self.clocks(device, cached, articles, field)
            landed = [a for a in articles if after[a] != before[a] and after[a] and after[a][2] == device.device_id()]
            if landed:  # the transaction committed: the whole mark stands
                self.note(f"  the killed mark committed ({landed})")
                self.counts["marks"] += 1
                self.intents.record(at, device.name, articles, field, value, how, shown)
        else:
            self.counts["marks_refused"] += 1

    def kill(self, running: Running, counter: str) -> bool:
        self.counts["kills_sent"] += 1
        landed = running.kill()
        if landed:
            self.counts["kills_landed"] += 1
            self.counts[counter] += 1
        self.note(f"  SIGKILL {running.what}: {'landed' if landed else 'it had already ended'}")
        return landed

    def step_mark(self, step: dict) -> None:
        self.mark(step)

    def step_mark_each(self, step: dict) -> None:
        for device, op in enumerate(step["ops"]):
            self.mark({**step, "device": device, "op": op})

    def step_mark_kill(self, step: dict) -> None:
        self.mark(step, kill_after_ms=step["delay_ms"])

    def step_mark_during_sync(self, step: dict) -> None:
        syncing = self.devices[step["sync_device"]].start_sync()
        time.sleep(step["delay_ms"] / 1000)
        self.mark(step)
        self.wait_sync(syncing)

    def step_mark_all(self, step: dict) -> None:
        device = self.devices[step["device"]]
        field, value = FIELD_OF_OP[step["op"]]
        cached = device.articles()
        province = None
        if step["province"]:
            provinces = device.provinces()
            if provinces:
                province = provinces[int(step["at"] * len(provinces))]
        articles = sorted(device.province_articles(province) if province else cached)
        shown = self.shown(device, cached, articles, field)
        time.sleep(0.003)
        running = device.start_mark_all(step["op"], province)
        at = self.t
        outcome = running.wait(self.remaining(self.bounds.mark))
        self.outcome_note(f"{device.name} {step['op']} --all {province or ''} ({len(articles)} articles)", outcome)
        if outcome.ok:
            self.counts["marks"] += 1
            how = f"{step['op']} --all" + (f" --province {province}" if province else "")
            self.intents.record(at, device.name, articles, field, value, how, shown)
        else:
            self.counts["marks_refused"] += 1

    def step_web_mark(self, step: dict) -> None:
        field, value = FIELD_OF_OP[step["op"]]
        articles = self.pick(step, self.server.articles())
        if not articles:
            return
        # A clock after every clock any device holds, as a web reader's would be.
        ms = max([int(time.time() * 1000)] + [d.clock_ms() + 1 for d in self.devices])
        changes = [{"article_id": a, "field": field, "value": value, "clock": {"ms": ms, "counter": 0, "device": "web"}}
                   for a in articles]
        answer = self.server.admin("POST", "state", {"device": "web", "changes": changes})
        self.note(f"  web {step['op']} {articles}: {answer}")
        self.intents.record(self.t, "web", articles, field, value, f"{step['op']} (server side)")
        self.counts["marks"] += 1
        while int(time.time() * 1000) <= ms + 1:
            time.sleep(0.001)

    # Syncs -----------------------------------------------------------------------

    def wait_sync(self, running: Running) -> None:
        outcome = running.wait(self.remaining(self.bounds.sync))
        self.counts["syncs"] += 1
        if not outcome.ok and not outcome.killed:
            self.counts["syncs_failed"] += 1
        self.outcome_note(running.what, outcome)

    def step_sync(self, step: dict) -> None:
        self.wait_sync(self.devices[step["device"]].start_sync(force=step["force"]))

    def step_sync_offline(self, step: dict) -> None:
        self.wait_sync(self.devices[step["device"]].start_sync(deadline="1s"))

    def step_sync_kill(self, step: dict) -> None:
        if step["slow_ms"]:  # slow answers, so the kill lands within a request more often
            slow = Faults(**{**self.faults.__dict__, "latency_ms": step["slow_ms"]})
            self.server.admin("PUT", "faults", slow.body(self.expired))
        running = self.devices[step["device"]].start_sync(force=True)
        time.sleep(step["delay_ms"] / 1000)
        self.kill(running, "sync_kills_landed")
        self.wait_sync(running)
        if step["slow_ms"]:
            self.put_faults()

    def step_server_kill_during_sync(self, step: dict) -> None:
        running = self.devices[step["device"]].start_sync(force=True)
        time.sleep(step["delay_ms"] / 1000)
        self.counts["kills_sent"] += 1
        if self.server.kill():
            self.counts["kills_landed"] += 1
            self.counts["server_kills_landed"] += 1
        self.note("  SIGKILL reader-server")
        time.sleep(step["down_ms"] / 1000)
        self.start_server()
        self.wait_sync(running)

    # The server's side ---------------------------------------------------------------

    def step_server_down(self, step: dict) -> None:
        if step["signal"] == "KILL":
            self.counts["kills_sent"] += 1
        if self.server.stop(step["signal"]):
            self.counts["kills_landed"] += 1
            self.counts["server_kills_landed"] += 1

    def step_server_up(self, step: dict) -> None:
        self.start_server()

    def step_faults(self, step: dict) -> None:
        self.faults = Faults(**step["faults"])
        self.put_faults()

    def step_expire_cursor(self, step: dict) -> None:
        cursor = self.devices[step["device"]].article_cursor()
        if cursor and cursor not in self.expired:
            self.expired.append(cursor)
            self.put_faults()
            self.note(f"  expired {cursor}")

    def step_edit(self, step: dict) -> None:
        ids = self.server.admin("POST", "edit-random", {"count": step["count"], "seed": step["seed"]})["ids"]
        self.note(f"  edited {ids}")

    def step_retract(self, step: dict) -> None:
        ids = self.server.admin("POST", "retract-random", {"count": step["count"], "seed": step["seed"]})["ids"]
        self.retracted += ids
        self.note(f"  retracted {ids}")

    def step_publish(self, step: dict) -> None:
        ids = self.server.admin("POST", "publish-random", {"count": step["count"], "seed": step["seed"]})["ids"]
        self.note(f"  published {len(ids)}")

    def step_restore(self, step: dict) -> None:
        """Publishes a retracted id again: the protocol lets it come back."""
        if not self.retracted:
            return
        article = sorted(self.retracted)[int(step["at"] * len(self.retracted))]
        self.retracted.remove(article)
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        body = [{"id": article, "url": f"https://ipnews.example/restored/{article}.html",
                 "title": f"Restored: {article}", "published": "2024-06-01T08:00:00Z", "updated": now}]
        self.note(f"  restored {self.server.admin('POST', 'articles', body)}")
