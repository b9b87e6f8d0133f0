#!/usr/bin/env python3
"""A farm of many small RSS 2.0 feeds for the `feeds` phase: an HTTP/1.1
server (standard library only: asyncio streams, keep-alive) that serves N feeds
of 30 items each over K loopback addresses, all on one port, and waits a fixed
latency before every feed answer, as a phone's round trip would.

Feed i lives at http://127.0.0.(1 + i % K):PORT/feeds/i.xml, and only there
(another address answers 404). Linux routes all of 127.0.0.0/8 to `lo`, so
127.0.0.2 and up need no setup. Every feed has a strong ETag (a hash of its
bytes) and a Last-Modified (its newest item's date), and answers 304 to a
matching If-None-Match (or, without one, to an If-Modified-Since not before it).
Items are English news-like sentences about intellectual property, each naming
a Chinese province, with a guid and an RFC 822 pubDate. Every byte follows from
the seed, the feed's index and address, the port (its links name it) and how
many changes it has had.

Control endpoints, on 127.0.0.1 only, answered at once (no latency):

- `POST /admin/change?fraction=0.1&seed=S`: adds one new item to that share
  of the feeds (which ones follows from S and N alone); the oldest item drops
  out, so every feed keeps 30. Answers {"changed": count, "feeds": [indices]}.
- `GET /admin/stats`: {requests, statuses, conditional_requests, bytes_sent,
  connections_accepted, open_connections, max_open_connections}, counting feed
  requests only: a connection counts from its first request for a feed, so the
  driver's own admin connections are left out.
- `POST /admin/reset-stats`: zeroes them (max_open_connections restarts at the
  connections open now).

    python3 feedfarm.py --feeds 300 --hosts 30 --port 0   # prints the port on its first line

It stops cleanly on SIGTERM or SIGINT."""

import argparse
import asyncio
import datetime
import email.utils
import hashlib
import json
import random
import signal
import sys
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

ITEMS_PER_FEED = 30

PROVINCES = [
    "Beijing", "Tianjin", "Hebei", "Shanxi", "Inner Mongolia", "Liaoning", "Jilin", "Heilongjiang",
    "Shanghai", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei",
    "Hunan", "Guangdong", "Guangxi", "Hainan", "Chongqing", "Sichuan", "Guizhou", "Yunnan", "Tibet",
    "Shaanxi", "Gansu", "Qinghai", "Ningxia", "Xinjiang", "Hong Kong", "Macao", "Taiwan",
]
BODIES = ["intellectual property court", "market regulation bureau", "patent office", "copyright bureau",
          "people's court", "IP protection centre", "customs office", "trademark office"]
RIGHTS = ["patent", "trademark", "copyright", "trade secret", "utility model", "design patent",
          "geographical indication", "plant variety right"]
SUBJECTS = ["battery makers", "tea growers", "a drone maker", "a video platform", "seed companies",
            "an electric vehicle start-up", "a game studio", "porcelain workshops", "a pharmaceutical group",
            "a textile exporter", "a robotics firm", "online sellers of counterfeit sportswear"]
VERBS = ["upholds", "overturns", "reviews", "fines", "settles", "opens an inquiry into", "publishes guidance on",
         "awards damages in"]
SENTENCES = [
    "The {body} in {province} said the {right} dispute involving {subject} had been heard over {n} sessions.",
    "Officials in {province} reported {n} new {right} filings this quarter, many from {subject}.",
    "Lawyers for {subject} argued that the {right} had been copied by rivals outside {province}.",
    "Damages of {n} million yuan were ordered, one of the largest {right} awards in {province} this year.",
    "A fast-track channel for {right} cases now serves {subject} across {province}.",
    "The ruling is expected to guide how courts beyond {province} weigh {right} evidence.",
    "Inspectors seized {n} thousand items that infringed a registered {right} held by {subject}.",
    "Industry groups in {province} welcomed the decision and called for clearer {right} rules.",
]
EPOCH = datetime.datetime(2024, 12, 1, tzinfo=datetime.timezone.utc)
REASONS = {200: "OK", 304: "Not Modified", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
           501: "Not Implemented"}


def item_date(feed: int, serial: int) -> datetime.datetime:
    """Item `serial` of feed `feed`: three hours after the one before, later serials later."""
    return EPOCH + datetime.timedelta(hours=3 * serial, seconds=37 * feed)


def item_xml(seed: int, feed: int, serial: int, base: str) -> str:
    """One <item>, drawn from its own random stream."""
    rng = random.Random(f"{seed}/{feed}/{serial}")
    words = {"province": rng.choice(PROVINCES), "body": rng.choice(BODIES), "right": rng.choice(RIGHTS),
             "subject": rng.choice(SUBJECTS), "n": rng.randint(2, 480)}
    title = f"{words['province']} {words['body']} {rng.choice(VERBS)} {words['right']} case of {words['subject']}"
    text = " ".join(sentence.format(**words) for sentence in rng.sample(SENTENCES, 3))
    link = f"{base}/feeds/{feed}/{serial}.html"
    return (f"<item><title>{escape(title)}</title><link>{link}</link>"
            f"<guid isPermaLink=\"false\">farm-{seed}-{feed}-{serial}</guid>"
            f"<pubDate>{email.utils.format_datetime(item_date(feed, serial), usegmt=True)}</pubDate>"
            f"<description>{escape(text)}</description></item>\n")


class Feed:
    """One feed: its newest `ITEMS_PER_FEED` items, its bytes and validators."""

    def __init__(self, seed: int, index: int, base: str):
        self.seed, self.index, self.base = seed, index, base
        self.newest = ITEMS_PER_FEED  # serial of the newest item; serials start at 1
        self.render()

    def add_item(self) -> None:
        self.newest += 1
        self.render()

    def render(self) -> None:
        serials = range(self.newest, self.newest - ITEMS_PER_FEED, -1)
        updated = item_date(self.index, self.newest)
        province = PROVINCES[self.index % len(PROVINCES)]
        self.body = (
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n"
            f"<title>IP Wire {self.index}: {province}</title><link>{self.base}/feeds/{self.index}.xml</link>"
            f"<description>Intellectual property news, feed {self.index}</description><language>en</language>"
            f"<lastBuildDate>{email.utils.format_datetime(updated, usegmt=True)}</lastBuildDate>\n"
            + "".join(item_xml(self.seed, self.index, serial, self.base) for serial in serials)
            + "</channel></rss>\n").encode()
        self.etag = '"' + hashlib.sha256(self.body).hexdigest()[:20] + '"'
        self.updated = updated
        self.last_modified = email.utils.format_datetime(updated, usegmt=True)

    def not_modified(self, headers: dict[str, str]) -> bool:
        """Whether the request's validators match (If-None-Match compared weakly, as RFC 9110 says)."""
        if (tags := headers.get("if-none-match")) is not None:
            listed = {tag.strip().removeprefix("W/") for tag in tags.split(",")}
            return "*" in listed or self.etag in listed
        if since := headers.get("if-modified-since"):
            try:
                return email.utils.parsedate_to_datetime(since) >= self.updated
            except (TypeError, ValueError):
                return False
        return False


class Stats:
    """Counters of feed traffic, as /admin/stats reports them."""

    def __init__(self):
        self.open_connections = 0
        self.reset()

    def reset(self) -> None:
        self.requests = self.conditional_requests = self.bytes_sent = self.connections_accepted = 0
        self.statuses: dict[str, int] = {}
        self.max_open_connections = self.open_connections

    def opened(self) -> None:
        self.connections_accepted += 1
        self.open_connections += 1
        self.max_open_connections = max(self.max_open_connections, self.open_connections)

    def to_json(self) -> dict:
        return {"requests": self.requests, "statuses": dict(sorted(self.statuses.items())),
                "conditional_requests": self.conditional_requests, "bytes_sent": self.bytes_sent,
                "connections_accepted": self.connections_accepted, "open_connections": self.open_connections,
                "max_open_connections": self.max_open_connections}


class Request:
    """A parsed request head: method, target path and query, lower-cased headers."""

    def __init__(self, head: bytes):
        lines = head.decode("latin-1").split("\r\n")
        self.method, target, self.version = lines[0].split(" ")
        parts = urlsplit(target)
        self.path, self.query = parts.path, parse_qs(parts.query)
        self.headers: dict[str, str] = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                self.headers[name.strip().lower()] = value.strip()
        self.length = int(self.headers.get("content-length") or 0)  # a ValueError makes it a bad request

    @property
    def keep_alive(self) -> bool:
        connection = self.headers.get("connection", "").lower()
        return "keep-alive" in connection if self.version == "HTTP/1.0" else "close" not in connection


class Farm:
    """The feeds, the counters and the HTTP handling."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.latency = args.latency_ms / 1000
        self.stats = Stats()
        self.feeds: list[Feed] = []
        self.tasks: set[asyncio.Task] = set()  # one a connection

    def address(self, index: int) -> str:
        return f"127.0.0.{1 + index % self.args.hosts}"

    def build(self, port: int) -> None:
        self.feeds = [Feed(self.args.seed, i, f"http://{self.address(i)}:{port}") for i in range(self.args.feeds)]

    def change(self, fraction: float, seed: int) -> list[int]:
        count = min(len(self.feeds), round(len(self.feeds) * fraction))
        chosen = sorted(random.Random(f"change/{seed}/{len(self.feeds)}").sample(range(len(self.feeds)), count))
        for index in chosen:
            self.feeds[index].add_item()
        return chosen

    # MARK: HTTP

    async def connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        local = writer.get_extra_info("sockname")[0]
        counted = False
        task = asyncio.current_task()
        self.tasks.add(task)
        try:
            while True:
                try:
                    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), self.args.idle_timeout)
                    request = Request(head)
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError,
                        ConnectionError):
                    break
                except ValueError:
                    writer.write(self.answer(400, b"bad request\n", {}, close=True))
                    break
                if "chunked" in request.headers.get("transfer-encoding", "").lower():
                    writer.write(self.answer(501, b"chunked request bodies are not supported\n", {}, close=True))
                    break
                if request.length:
                    await reader.readexactly(request.length)
                admin = request.path.startswith("/admin/")
                if not admin and not counted:
                    counted = True
                    self.stats.opened()
                close = not request.keep_alive
                if admin:
                    response = self.admin(request, local, close)
                else:
                    response = self.feed(request, local, close)
                    await asyncio.sleep(self.latency)
                writer.write(response)
                await writer.drain()
                if close:
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except asyncio.CancelledError:
            pass  # stopping: ending normally keeps asyncio from reporting the cancelled task
        finally:
            self.tasks.discard(task)
            if counted:
                self.stats.open_connections -= 1
            writer.close()

    def answer(self, status: int, body: bytes, headers: dict[str, str], close: bool = False,
               content_type: str = "text/plain; charset=utf-8", head: bool = False) -> bytes:
        lines = [f"HTTP/1.1 {status} {REASONS[status]}", f"Date: {email.utils.formatdate(usegmt=True)}",
                 "Server: feedfarm"]
        if status != 304:
            lines += [f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        if close:
            lines.append("Connection: close")
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + (b"" if head or status == 304 else body)

    def feed(self, request: Request, local: str, close: bool) -> bytes:
        self.stats.requests += 1
        if "if-none-match" in request.headers or "if-modified-since" in request.headers:
            self.stats.conditional_requests += 1
        status, response = self.feed_answer(request, local, close)
        self.stats.statuses[str(status)] = self.stats.statuses.get(str(status), 0) + 1
        self.stats.bytes_sent += len(response)
        return response

    def feed_answer(self, request: Request, local: str, close: bool) -> tuple[int, bytes]:
        name = request.path.removeprefix("/feeds/")
        index = int(name.removesuffix(".xml")) if name.endswith(".xml") and name[:-4].isdigit() else -1
        if not 0 <= index < len(self.feeds) or self.address(index) != local:
            return 404, self.answer(404, b"no such feed here\n", {}, close)
        if request.method not in ("GET", "HEAD"):
            return 405, self.answer(405, b"GET or HEAD\n", {"Allow": "GET, HEAD"}, close)
        feed = self.feeds[index]
        headers = {"ETag": feed.etag, "Last-Modified": feed.last_modified}
        if self.args.cache_control:
            headers["Cache-Control"] = self.args.cache_control
        if feed.not_modified(request.headers):
            return 304, self.answer(304, b"", headers, close)
        return 200, self.answer(200, feed.body, headers, close, "application/rss+xml; charset=utf-8",
                                head=request.method == "HEAD")

    def admin(self, request: Request, local: str, close: bool) -> bytes:
        def json_answer(value) -> bytes:
            return self.answer(200, (json.dumps(value) + "\n").encode(), {}, close, "application/json")

        if local != "127.0.0.1":
            return self.answer(404, b"the control endpoints are on 127.0.0.1\n", {}, close)
        if request.path == "/admin/stats" and request.method == "GET":
            return json_answer(self.stats.to_json())
        if request.path == "/admin/reset-stats" and request.method == "POST":
            self.stats.reset()
            return json_answer(self.stats.to_json())
        if request.path == "/admin/change" and request.method == "POST":
            try:
                fraction = float(request.query.get("fraction", ["0.1"])[0])
                seed = int(request.query.get("seed", ["0"])[0])
            except ValueError:
                return self.answer(400, b"fraction is a number, seed an integer\n", {}, close)
            if not 0 <= fraction <= 1:
                return self.answer(400, b"fraction is between 0 and 1\n", {}, close)
            chosen = self.change(fraction, seed)
            return json_answer({"changed": len(chosen), "feeds": chosen})
        return self.answer(404, b"no such control endpoint\n", {}, close)

    # MARK: lifecycle

    async def listen(self) -> list[asyncio.Server]:
        """One listening socket per address, all on one port: with --port 0 the
        first address picks it, and a port taken on a later address starts over."""
        for _ in range(20):
            servers = []
            try:
                for host in range(self.args.hosts):
                    port = servers[0].sockets[0].getsockname()[1] if servers else self.args.port
                    servers.append(await asyncio.start_server(
                        self.connection, f"127.0.0.{1 + host}", port, backlog=1024, limit=65536))
                return servers
            except OSError:
                for server in servers:
                    server.close()
                if self.args.port != 0:
                    raise
        raise OSError("found no port free on every address")

    async def run(self) -> None:
        servers = await self.listen()
        port = servers[0].sockets[0].getsockname()[1]
        self.build(port)
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stopping.set)
        print(port, flush=True)
        print(f"feedfarm: {len(self.feeds)} feeds on 127.0.0.1-127.0.0.{self.args.hosts}:{port}, "
              f"{self.args.latency_ms} ms a feed answer", file=sys.stderr, flush=True)
        await stopping.wait()
        for server in servers:
            server.close()
        tasks = list(self.tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for server in servers:
            await server.wait_closed()


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Serve many small RSS 2.0 feeds over loopback addresses.")
    parser.add_argument("--feeds", type=int, default=300, help="how many feeds (N)")
    parser.add_argument("--hosts", type=int, default=30, help="how many addresses, 127.0.0.1 up (K, at most 254)")
    parser.add_argument("--port", type=int, default=0, help="the port on every address; 0 picks one and prints it")
    parser.add_argument("--latency-ms", type=float, default=50, help="wait before every feed answer")
    parser.add_argument("--seed", type=int, default=42, help="fixes every byte of every feed")
    parser.add_argument("--cache-control", default="",
                        help="a Cache-Control value for feed answers, e.g. max-age=300 (default: none)")
    parser.add_argument("--idle-timeout", type=float, default=60, help="seconds an idle connection stays open")
    args = parser.parse_args(argv)
    if not 1 <= args.hosts <= 254:
        parser.error("--hosts is between 1 and 254")
    if args.feeds < 0:
        parser.error("--feeds is not negative")
    return args


if __name__ == "__main__":
    asyncio.run(Farm(arguments()).run())
