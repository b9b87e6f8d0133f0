"""The servers of the benchmark, each started as a child process and stopped
by its pid: nginx serving the RSS documents, the reference server serving the
Sync API, and the feed farm (feedfarm.py) serving many small feeds."""

import ipaddress
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_answers(url: str, seconds: float, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: server exited {process.returncode}; see {log}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                answer.read(1)
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s; see {log}")


def stop(process: subprocess.Popen, sig=signal.SIGTERM, seconds: float = 20) -> None:
    """Stops our own child by its pid."""
    if process.poll() is not None:
        return
    os.kill(process.pid, sig)
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()


class Nginx:
    """Debian's nginx on 127.0.0.1, serving `root` with gzip and ETags.

    With `gzip_static`, a document's `.gz` twin (written once, with `gzip -6`) is
    sent to clients that accept gzip, so no request pays for compression; else
    nginx compresses each answer on the fly (`gzip on`, level 1)."""

    def __init__(self, work: Path, root: Path, gzip_static: bool):
        self.work = work / "nginx"
        self.root = root
        self.gzip_static = gzip_static
        self.port = free_port()
        self.process = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def config(self) -> str:
        temp = self.work / "temp"
        user = "user root;\n" if os.geteuid() == 0 else ""
        return f"""{user}daemon off;
worker_processes 1;
pid {self.work}/nginx.pid;
error_log {self.work}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log {self.work}/access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    types {{ application/rss+xml xml; application/atom+xml atom; application/feed+json json; }}
    default_type application/octet-stream;
    sendfile on;
    etag on;
    gzip on;
    gzip_comp_level 1;
    gzip_min_length 256;
    gzip_types application/rss+xml application/atom+xml application/feed+json;
    gzip_static {"on" if self.gzip_static else "off"};
    server {{
        listen 127.0.0.1:{self.port};
        root {self.root};
    }}
}}
"""

    def start(self) -> None:
        (self.work / "temp").mkdir(parents=True, exist_ok=True)
        conf = self.work / "nginx.conf"
        conf.write_text(self.config())
        log = self.work / "stderr.log"
        self.process = subprocess.Popen(
            ["nginx", "-c", str(conf), "-p", str(self.work)],
            stdout=subprocess.DEVNULL, stderr=open(log, "w"), stdin=subprocess.DEVNULL,
        )
        probe = self.root / "ping.txt"
        probe.write_text("pong\n")
        wait_until_answers(f"{self.base_url}/ping.txt", 20, self.process, log)

    def stop(self) -> None:
        if self.process:
            stop(self.process, signal.SIGQUIT)


class ReferenceServer:
    """`reader-server` publishing the synthetic corpus of `count` articles with
    `seed` on the Sync API at /api; its database is kept in the work folder, so
    a later start on it publishes nothing new."""

    def __init__(self, binary: Path, work: Path, count: int, seed: int, page_limit_max: int = 1000,
                 greader: tuple[str, str] | None = None):
        self.binary = binary
        self.greader = greader
        self.work = work / "server"
        self.count = count
        self.seed = seed
        self.page_limit_max = page_limit_max
        self.process = None
        self.port = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    @property
    def greader_endpoint(self) -> str:
        """The Google Reader API endpoint, served when `greader` (user, password) is given."""
        return f"http://127.0.0.1:{self.port}/api/greader.php"

    def start(self, seconds: float = 1800) -> float:
        """Starts the server and returns how long it took to publish its corpus."""
        self.work.mkdir(parents=True, exist_ok=True)
        out = self.work / f"stdout-{self.count}.log"
        log = self.work / f"stderr-{self.count}.log"
        started = time.monotonic()
        self.process = subprocess.Popen(
            [str(self.binary), "--host", "127.0.0.1", "--port", "0",
             "--db", str(self.work / f"server-{self.count}-{self.seed}.sqlite"),
             "--corpus", str(self.count), "--seed", str(self.seed), "--log-level", "warning",
             *(["--greader-user", self.greader[0], "--greader-password", self.greader[1]] if self.greader else [])],
            stdout=open(out, "w"), stderr=open(log, "w"), stdin=subprocess.DEVNULL,
        )
        deadline = started + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"reader-server exited {self.process.returncode}: {log.read_text()[-2000:]}")
            first = out.read_text().splitlines()
            if first and first[0].strip().isdigit():
                self.port = int(first[0].strip())
                break
            time.sleep(0.2)
        else:
            raise RuntimeError("reader-server did not print its port")
        wait_until_answers(self.endpoint, 60, self.process, log)
        return time.monotonic() - started

    def stop(self) -> None:
        if self.process:
            stop(self.process, signal.SIGTERM)


class FeedFarm:
    """`feedfarm.py` serving `feeds` RSS 2.0 feeds of 30 items over `hosts`
    loopback addresses (127.0.0.1 up, one port), waiting `latency_ms` before
    every feed answer; its control endpoints count the feed traffic and change
    feeds on demand. Its URLs are all in 127.0.0.0/8, checked."""

    def __init__(self, work: Path, feeds: int, hosts: int, latency_ms: float, seed: int, cache_control: str = ""):
        self.work = work / "feedfarm"
        self.feeds = feeds
        self.hosts = hosts
        self.latency_ms = latency_ms
        self.seed = seed
        self.cache_control = cache_control
        self.process = None
        self.port = None
        # Straight to the loopback address, whatever proxy the environment names.
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def url(self, index: int) -> str:
        return f"http://127.0.0.{1 + index % self.hosts}:{self.port}/feeds/{index}.xml"

    @property
    def urls(self) -> list[str]:
        urls = [self.url(i) for i in range(self.feeds)]
        for url in urls:
            if not ipaddress.ip_address(urllib.parse.urlsplit(url).hostname).is_loopback:
                raise RuntimeError(f"{url} is not a loopback address")
        return urls

    def start(self, seconds: float = 120) -> None:
        self.work.mkdir(parents=True, exist_ok=True)
        out = self.work / f"stdout-{self.feeds}.log"
        log = self.work / f"stderr-{self.feeds}.log"
        command = [sys.executable, str(HERE / "feedfarm.py"), "--port", "0", "--feeds", str(self.feeds),
                   "--hosts", str(self.hosts), "--latency-ms", str(self.latency_ms), "--seed", str(self.seed)]
        if self.cache_control:
            command += ["--cache-control", self.cache_control]
        self.process = subprocess.Popen(command, stdout=open(out, "w"), stderr=open(log, "w"),
                                        stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"feedfarm.py exited {self.process.returncode}: {log.read_text()[-2000:]}")
            first = out.read_text().splitlines()
            if first and first[0].strip().isdigit():
                self.port = int(first[0].strip())
                break
            time.sleep(0.1)
        else:
            self.stop()
            raise RuntimeError(f"feedfarm.py did not print its port within {seconds} s; see {log}")
        try:  # every address answers: feeds 0 to K - 1 are one on each
            for index in range(min(self.feeds, self.hosts)):
                with self.opener.open(self.url(index), timeout=10) as answer:
                    answer.read()
            self.reset_stats()
        except Exception:
            self.stop()
            raise

    def admin(self, method: str, path: str) -> dict:
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/admin/{path}", method=method,
                                         data=b"" if method == "POST" else None)
        with self.opener.open(request, timeout=10) as answer:
            return json.loads(answer.read())

    def stats(self) -> dict:
        return self.admin("GET", "stats")

    def reset_stats(self, seconds: float = 10) -> dict:
        """Zeroes the counters once the last client's connections are closed (the
        farm reads their end a moment after that client exits), so none of them
        counts towards the next process's most-open figure."""
        deadline = time.monotonic() + seconds
        while self.stats()["open_connections"] and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.admin("POST", "reset-stats")

    def change(self, fraction: float, seed: int) -> dict:
        """Adds one item to `fraction` of the feeds (which ones follows from `seed`)."""
        return self.admin("POST", f"change?fraction={fraction}&seed={seed}")

    def stop(self) -> None:
        if self.process:
            stop(self.process, signal.SIGTERM)
