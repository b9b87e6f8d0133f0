"""A run's plan, drawn from its seed alone: the corpus, the server's fault mix,
and the schedule of steps (syncs, kills, marks on each device, server edits,
retractions and state changes, server outages, fault changes). The same seed
always draws the same plan; where a step's articles come from a cache, the
plan holds positions in [0, 1) that the run maps onto the sorted ids it finds
then."""

import random
from dataclasses import dataclass, field

MARK_OPS = ("read", "unread", "bookmark", "unbookmark")
FAIL_STATUSES = (500, 502, 504, 503, 429)  # 429 and 503 carry Retry-After: 1 (a 1 s wait each)


@dataclass
class Faults:
    """A fault mix for PUT /admin/faults (expired cursors are added by the run)."""

    fail_rate: float = 0.0
    fail_statuses: list = field(default_factory=lambda: [500])
    truncate_rate: float = 0.0
    overlap: bool = False
    latency_ms: int = 0
    seed: int = 0

    def body(self, expired_cursors=()) -> dict:
        return {"fail_rate": self.fail_rate, "fail_statuses": self.fail_statuses,
                "truncate_rate": self.truncate_rate, "overlap": self.overlap, "latency_ms": self.latency_ms,
                "expired_cursors": list(expired_cursors), "seed": self.seed}

    def describe(self) -> str:
        parts = []
        if self.fail_rate:
            parts.append(f"fail {self.fail_rate:g} {'/'.join(map(str, self.fail_statuses))}")
        if self.truncate_rate:
            parts.append(f"truncate {self.truncate_rate:g}")
        if self.overlap:
            parts.append("overlap")
        if self.latency_ms:
            parts.append(f"latency {self.latency_ms} ms")
        return ", ".join(parts) or "none"


@dataclass
class Plan:
    seed: int
    corpus: int
    corpus_seed: int
    devices: int
    retention: int | None
    page_limit_max: int
    faults: Faults
    hot: int  # how many articles most marks aim at, so devices contend for them
    steps: list = field(default_factory=list)

    def describe(self) -> str:
        retention = f", retention {self.retention}" if self.retention else ""
        pages = f", pages of {self.page_limit_max}" if self.page_limit_max < 1000 else ""
        return (f"{self.corpus} articles, {self.devices} devices{retention}{pages}, faults: {self.faults.describe()}, "
                f"{len(self.steps)} steps")


def draw_faults(rng: random.Random) -> Faults:
    statuses = [s for s in FAIL_STATUSES[:3] if rng.random() < 0.6] or [500]
    if rng.random() < 0.25:
        statuses.append(rng.choice(FAIL_STATUSES[3:]))
    return Faults(
        fail_rate=rng.choice([0, 0, 0.05, 0.1, 0.2, 0.3, 0.6]),  # at 0.6 a sync fails now and then
        fail_statuses=statuses,
        truncate_rate=rng.choice([0, 0, 0.05, 0.1, 0.2]),
        overlap=rng.random() < 0.5,
        latency_ms=rng.choice([0, 0, 0, 5, 20, 50]),
        seed=rng.randrange(1 << 31),
    )


def draw(seed: int, small_pages: bool = False) -> Plan:
    """The plan of run `seed`. With `small_pages`, some runs' servers announce a
    `page_limit_max` below the client's page size (500)."""
    rng = random.Random(seed)
    corpus = rng.randint(520, 1000) if rng.random() < 0.1 else rng.randint(20, 250)
    plan = Plan(
        seed=seed, corpus=corpus, corpus_seed=rng.randrange(1, 1 << 31), devices=rng.choice([2, 2, 3]),
        retention=rng.randint(3, 30) if rng.random() < 0.35 else None,
        page_limit_max=rng.choice([7, 40, 150]) if small_pages and rng.random() < 0.5 else 1000,
        faults=draw_faults(rng), hot=rng.randint(2, 8))
    plan.steps = draw_steps(rng, plan)
    return plan


def load(path) -> Plan:
    """A hand-written plan (a JSON file of scenarios/): the fields of Plan,
    `faults` as for PUT /admin/faults, and its steps."""
    import json

    spec = json.loads(open(path).read())
    spec.pop("about", None)
    return Plan(seed=spec.pop("seed", 0), faults=Faults(**spec.pop("faults", {})), **spec)


def picks(rng: random.Random) -> dict:
    """Which articles a mark aims at: 1 to 3 positions, mostly in the hot set."""
    return {"hot": rng.random() < 0.75, "at": [rng.random() for _ in range(rng.choice([1, 1, 1, 2, 3]))]}


def mark(rng: random.Random, device: int) -> dict:
    return {"device": device, "op": rng.choice(MARK_OPS), **picks(rng)}


def draw_steps(rng: random.Random, plan: Plan) -> list:
    """The schedule. The server is up at the start and at the end; while it is
    down, only offline work is drawn (marks, syncs that cannot connect)."""
    devices = range(plan.devices)
    steps = [{"kind": "sync", "device": d, "force": True} for d in devices]
    up = True
    down_for = 0
    for _ in range(rng.randint(8, 14)):
        if not up:
            if down_for <= 0:
                steps.append({"kind": "server_up"})
                up = True
                continue
            down_for -= 1
            kind = rng.choices(["mark", "mark_each", "mark_all", "sync_offline"], [5, 4, 1, 1])[0]
        else:
            kind = rng.choices(
                ["sync", "sync_kill", "mark", "mark_each", "mark_kill", "mark_during_sync", "mark_all", "web_mark", "edit",
                 "retract", "publish", "restore", "server_down", "server_kill_during_sync", "faults",
                 "expire_cursor"],
                [10, 6, 10, 8, 4, 4, 1, 3, 3, 2, 2, 1, 2, 2, 2, 2])[0]
        device = rng.choice(devices)
        if kind == "sync":
            steps.append({"kind": "sync", "device": device, "force": rng.random() < 0.5})
        elif kind == "sync_kill":
            steps.append({"kind": "sync_kill", "device": device, "delay_ms": rng.randint(5, 400),
                          "slow_ms": rng.choice([0, 0, 50, 150])})
        elif kind == "mark":
            steps.append({"kind": "mark", **mark(rng, device)})
        elif kind == "mark_each":  # every device in turn marks the same articles, one field, values drawn
            field = rng.choice(["read", "bookmark"])
            ops = [field if rng.random() < 0.5 else "un" + field for _ in devices]
            steps.append({"kind": "mark_each", "ops": ops, **picks(rng)})
        elif kind == "mark_kill":
            steps.append({"kind": "mark_kill", "delay_ms": rng.randint(0, 120), **mark(rng, device)})
        elif kind == "mark_during_sync":
            steps.append({"kind": "mark_during_sync", "sync_device": rng.choice(devices),
                          "delay_ms": rng.randint(0, 150), **mark(rng, device)})
        elif kind == "mark_all":
            steps.append({"kind": "mark_all", "device": device, "op": rng.choice(MARK_OPS),
                          "province": rng.random() < 0.7, "at": rng.random()})
        elif kind == "web_mark":
            steps.append({"kind": "web_mark", "op": rng.choice(MARK_OPS), **picks(rng)})
        elif kind == "edit":
            steps.append({"kind": "edit", "count": rng.randint(1, 12), "seed": rng.randrange(1 << 31)})
        elif kind == "retract":
            steps.append({"kind": "retract", "count": rng.randint(1, 6), "seed": rng.randrange(1 << 31)})
        elif kind == "publish":
            steps.append({"kind": "publish", "count": rng.randint(1, 25), "seed": rng.randrange(1 << 31)})
        elif kind == "restore":
            steps.append({"kind": "restore", "at": rng.random()})
        elif kind == "server_down":
            steps.append({"kind": "server_down", "signal": rng.choice(["TERM", "KILL"])})
            up = False
            down_for = rng.randint(1, 4)
        elif kind == "server_kill_during_sync":
            steps.append({"kind": "server_kill_during_sync", "device": device, "delay_ms": rng.randint(5, 300),
                          "down_ms": rng.choice([0, 100, 400])})
        elif kind == "faults":
            steps.append({"kind": "faults", "faults": draw_faults(rng).__dict__})
        elif kind == "expire_cursor":
            steps.append({"kind": "expire_cursor", "device": device})
        elif kind == "sync_offline":
            steps.append({"kind": "sync_offline", "device": device})
    if not up:
        steps.append({"kind": "server_up"})
    return steps
