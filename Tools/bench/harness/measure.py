"""Runs a command and measures it: wall time, time to its first byte of output,
and peak resident memory (GNU time's %M: the ru_maxrss of the process and every
descendant it waited for, as /usr/bin/time -v reports it)."""

import os
import signal
import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Run:
    """One measured run of a command."""

    wall: float  # seconds, process start to exit
    first_byte: float | None  # seconds, process start to its first byte on stdout
    max_rss_kib: int
    returncode: int
    stdout: str
    stderr: str

    @property
    def max_rss_mib(self) -> float:
        return self.max_rss_kib / 1024


class CommandFailed(RuntimeError):
    pass


def run(cmd, *, env=None, cwd=None, check=True, stdin=subprocess.DEVNULL, timeout: float | None = None) -> Run:
    """Runs `cmd` (a list) to completion and measures it. With `timeout`
    (seconds), the command runs in a process group of its own, which is killed
    by its id once the time is up, and CommandFailed says so."""
    full_env = None if env is None else {**os.environ, **env}
    errors = tempfile.TemporaryFile()
    # The peak RSS comes from GNU time, not from our own wait4: Linux starts a
    # child's ru_maxrss at its parent's RSS when it execs, so a child of this
    # (large) Python process would never report less than Python itself.
    peak = tempfile.NamedTemporaryFile(mode="r")
    timed = ["/usr/bin/time", "-f", "%M", "-o", peak.name, *map(str, cmd)]
    started = time.perf_counter()
    process = subprocess.Popen(timed, stdout=subprocess.PIPE, stderr=errors, stdin=stdin, env=full_env, cwd=cwd,
                               start_new_session=timeout is not None)
    expired = threading.Event()

    def kill() -> None:
        expired.set()
        try:
            os.killpg(process.pid, signal.SIGKILL)  # the group is our child's own: time and what it runs
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill) if timeout is not None else None
    if timer:
        timer.start()
    first_byte = None
    chunks = []
    fd = process.stdout.fileno()
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        if first_byte is None:
            first_byte = time.perf_counter() - started
        chunks.append(chunk)
    # Wait for the exit without reaping, so the timer can never signal a reused pid.
    os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
    wall = time.perf_counter() - started
    if timer:
        timer.cancel()
        timer.join()
    _, status, _ = os.wait4(process.pid, 0)
    peak_lines = peak.read().split()
    peak.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    errors.seek(0)
    stderr = errors.read()
    errors.close()
    result = Run(
        wall=wall,
        first_byte=first_byte,
        max_rss_kib=int(peak_lines[-1]) if peak_lines and peak_lines[-1].isdigit() else 0,
        returncode=process.returncode,
        stdout=b"".join(chunks).decode("utf-8", "replace"),
        stderr=stderr.decode("utf-8", "replace"),
    )
    if expired.is_set():
        raise CommandFailed(f"{' '.join(map(str, cmd))} did not finish within {timeout} s: killed")
    if check and result.returncode != 0:
        raise CommandFailed(
            f"{' '.join(map(str, cmd))} exited {result.returncode}: {result.stderr.strip()[-2000:]}"
        )
    return result


@dataclass
class Figure:
    """The medians of several runs of one measurement."""

    runs: list = field(default_factory=list)

    def add(self, run: Run) -> Run:
        self.runs.append(run)
        return run

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def wall_ms(self) -> float:
        return self.wall * 1000

    @property
    def first_byte_ms(self) -> float | None:
        values = [r.first_byte for r in self.runs if r.first_byte is not None]
        return statistics.median(values) * 1000 if values else None

    @property
    def max_rss_mib(self) -> float:
        return statistics.median(r.max_rss_mib for r in self.runs)

    @property
    def spread(self) -> str:
        """min–max of the wall times, for the record."""
        walls = [r.wall for r in self.runs]
        return f"{min(walls):.3f}–{max(walls):.3f} s"

    def to_json(self) -> dict:
        return {
            "wall_s": [round(r.wall, 5) for r in self.runs],
            "first_byte_s": [None if r.first_byte is None else round(r.first_byte, 5) for r in self.runs],
            "max_rss_kib": [r.max_rss_kib for r in self.runs],
            "median_wall_s": round(self.wall, 5),
            "median_max_rss_mib": round(self.max_rss_mib, 2),
        }
