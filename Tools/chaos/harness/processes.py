"""Child processes with a time bound each: every command runs in a process
group of its own, and a command still running at its bound is killed by its
group id and reported as stuck. Nothing here signals a process it did not
start."""

import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass


class Stuck(Exception):
    """A child ran past its bound; it has been killed."""

    def __init__(self, what: str, seconds: float):
        super().__init__(f"{what}: still running after {seconds:.0f} s (killed)")
        self.what = what
        self.seconds = seconds


@dataclass
class Outcome:
    """How a child ended."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    killed: bool = False  # we sent SIGKILL while it was still running

    @property
    def ok(self) -> bool:
        return self.returncode == 0


class Children:
    """The children of one run, so a stuck or interrupted run can kill every
    one it started, and only those."""

    def __init__(self):
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen] = set()

    def start(self, argv, *, env=None, stdout=subprocess.PIPE, stderr=subprocess.PIPE) -> subprocess.Popen:
        process = subprocess.Popen(
            [str(a) for a in argv], stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, env=env,
            start_new_session=True, text=stdout == subprocess.PIPE)
        with self._lock:
            self._running.add(process)
        return process

    def forget(self, process: subprocess.Popen) -> None:
        with self._lock:
            self._running.discard(process)

    def kill_all(self) -> None:
        with self._lock:
            running = list(self._running)
        for process in running:
            kill_group(process)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            self.forget(process)


def kill_group(process: subprocess.Popen, sig=signal.SIGKILL) -> bool:
    """Signals our child's own process group; returns whether the child was
    still running when the signal went out."""
    if process.poll() is not None:
        return False
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:
        return False
    return True


class Running:
    """A child started in the background: wait for it, or kill it."""

    def __init__(self, children: Children, argv, what: str, env=None):
        self.children = children
        self.what = what
        self.started = time.monotonic()
        self.process = children.start(argv, env=env)
        self.killed = False
        # Pipes are drained on threads, so a chatty child never blocks on a full pipe.
        self._out: list[str] = []
        self._err: list[str] = []
        self._readers = [
            threading.Thread(target=self._drain, args=(self.process.stdout, self._out), daemon=True),
            threading.Thread(target=self._drain, args=(self.process.stderr, self._err), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _drain(stream, into: list[str]) -> None:
        for line in stream:
            into.append(line)
        stream.close()

    def kill(self) -> bool:
        """SIGKILL now; returns whether it landed (the child was still running)."""
        landed = kill_group(self.process)
        self.killed = self.killed or landed
        return landed

    def wait(self, seconds: float) -> Outcome:
        """Waits at most `seconds`; a child still running then is killed and raises Stuck."""
        try:
            self.process.wait(timeout=max(0.01, seconds))
        except subprocess.TimeoutExpired:
            kill_group(self.process)
            self.process.wait()
            self._finish()
            raise Stuck(self.what, time.monotonic() - self.started)
        self._finish()
        return Outcome(self.process.returncode, "".join(self._out), "".join(self._err),
                       time.monotonic() - self.started, self.killed)

    def _finish(self) -> None:
        for reader in self._readers:
            reader.join(timeout=5)
        self.children.forget(self.process)


def run(children: Children, argv, what: str, seconds: float, env=None) -> Outcome:
    """Runs a child to its end within `seconds` (else Stuck)."""
    return Running(children, argv, what, env=env).wait(seconds)
