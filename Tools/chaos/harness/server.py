"""The reference server of one run: started on its own database and port,
stopped (SIGTERM) or killed (SIGKILL) by its pid, started again on the same
database and port (the endpoint URL, and so every article id, depends on the
port), and driven through its admin API."""

import json
import random
import signal
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

from processes import Children, kill_group

ADMIN_TOKEN = "chaos-admin"
# Straight to loopback, whatever proxy the environment names.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def pick_port(rng: random.Random) -> int:
    """A free port below Linux's ephemeral range (32768 up), so no client
    connection of a parallel run takes it while this run's server is down."""
    for _ in range(200):
        port = rng.randint(12000, 32000)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise RuntimeError("no free port in 12000-32000")


class AdminError(RuntimeError):
    pass


class Server:
    def __init__(self, binary: Path, work: Path, children: Children, *, corpus: int, corpus_seed: int,
                 retention, page_limit_max: int, port: int):
        self.binary = binary
        self.work = work
        self.children = children
        self.corpus = corpus
        self.corpus_seed = corpus_seed
        self.retention = retention
        self.page_limit_max = page_limit_max
        self.port = port
        self.process = None
        self.starts = 0
        self.stats_total = {"requests": 0, "failures": 0, "truncations": 0, "expired_cursors": 0}
        self.log = work / "server.log"

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    @property
    def up(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, seconds: float) -> None:
        """Starts the server (publishing the corpus on the first start only) and
        waits until /api answers; retries a port still held for a moment."""
        argv = [self.binary, "serve", "--host", "127.0.0.1", "--port", self.port, "--db", self.work / "server.sqlite",
                "--admin-token", ADMIN_TOKEN, "--page-limit-max", self.page_limit_max, "--log-level", "error"]
        if self.starts == 0:
            argv += ["--corpus", self.corpus, "--seed", self.corpus_seed]
        if self.retention:
            argv += ["--retention", self.retention]
        deadline = time.monotonic() + seconds
        while True:
            with open(self.log, "a") as log:
                log.write(f"--- start {self.starts + 1}\n")
                log.flush()
                self.process = self.children.start(argv, stdout=log, stderr=log)
            if self._wait_until_answering(deadline):
                self.starts += 1
                return
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"reader-server did not answer on port {self.port} within {seconds:.0f} s; "
                                   f"see {self.log}")
            time.sleep(0.2)  # it exited (the port is still held): try again

    def _wait_until_answering(self, deadline: float) -> bool:
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.children.forget(self.process)
                return False
            try:
                with OPENER.open(self.endpoint, timeout=2) as answer:
                    answer.read()
                    return True
            except (OSError, urllib.error.URLError):
                time.sleep(0.03)
        return False

    def stop(self, sig: str = "TERM", seconds: float = 15) -> bool:
        """Stops the server, adding its counts to the run's first; returns
        whether a SIGKILL landed on a running server."""
        if not self.up:
            return False
        self._collect_stats()
        landed = False
        if sig == "KILL":
            landed = kill_group(self.process)
        else:
            kill_group(self.process, signal.SIGTERM)
        try:
            self.process.wait(timeout=seconds)
        except Exception:
            kill_group(self.process)
            self.process.wait()
        self.children.forget(self.process)
        self.process = None
        return landed

    def kill(self) -> bool:
        return self.stop("KILL")

    def _collect_stats(self) -> None:
        try:
            stats = self.admin("GET", "stats")
        except Exception:
            return
        self.stats_total["requests"] += stats.get("requests", 0)
        self.stats_total["failures"] += sum(stats.get("failures", {}).values())
        self.stats_total["truncations"] += stats.get("truncations", 0)
        self.stats_total["expired_cursors"] += stats.get("expired_cursors", 0)

    @property
    def faults_served(self) -> int:
        s = self.stats_total
        return s["failures"] + s["truncations"] + s["expired_cursors"]

    def admin(self, method: str, path: str, body=None, seconds: float = 20):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/admin/{path}", method=method, data=data,
            headers={"Authorization": f"Bearer {ADMIN_TOKEN}", "Content-Type": "application/json"})
        try:
            with OPENER.open(request, timeout=seconds) as answer:
                return json.loads(answer.read() or b"null")
        except urllib.error.HTTPError as error:
            raise AdminError(f"{method} /admin/{path}: {error.code} {error.read()[:300]!r}") from None

    def articles(self) -> dict:
        """The live articles: id -> {title, updated}."""
        return {a["id"]: a for a in self.admin("GET", "articles")}

    def state(self) -> dict:
        """Every stored state value: (article id, field) -> (value, clock)."""
        return {(c["article_id"], c["field"]): (c["value"], c["clock"]) for c in self.admin("GET", "state")}
