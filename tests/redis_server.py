"""A real `redis-server` on a free loopback port, for the shared rate limiter's tests (never a mock).

`make test` installs Debian's `redis-server` when it is missing; without it these tests fail loudly
rather than skip, so CI can never go green without having exercised Redis.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import pytest
import redis

INSTALL_HINT = "redis-server is not installed: `make test` installs it (apt-get install redis-server)"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RedisServer:
    def __init__(self, workdir: Path, *, password: str | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail(INSTALL_HINT)
        self.binary: str = binary
        self.workdir = workdir
        self.port = free_port()
        self.password = password
        self.process: subprocess.Popen[bytes] | None = None
        self.started = False  # once started, it stays on its port

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, socket_timeout=2)

    def start(self) -> RedisServer:
        """Start redis-server on `port` and wait until it answers. The port was free when `free_port`
        asked, but another process (an xdist worker, another suite on the machine) may bind it first: a
        first start then moves to a new port; a restart keeps its port (the test needs the same one)."""
        for _ in range(5):
            if self._launch():
                self.started = True
                return self
            self.kill()
            if self.started:
                break
            self.port = free_port()
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def _launch(self) -> bool:
        """Whether the redis-server launched is the one answering on `port`."""
        # No persistence: a killed server comes back empty, like a Redis that lost its data.
        password = ["--requirepass", self.password] if self.password else []
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                *password,
            ],
            cwd=self.workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while self.process.poll() is None and time.monotonic() < deadline:
            try:
                # Another process's Redis on the port answers too (or refuses our password).
                return bool(self.client().info("server")["process_id"] == self.process.pid)
            except redis.ConnectionError:
                time.sleep(0.02)
            except redis.RedisError:
                return False
        return False

    def freeze(self) -> None:
        """Stop the process (SIGSTOP): the kernel still accepts connections, nothing answers."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()  # SIGKILL ends a frozen (SIGSTOPped) process too
            self.process.wait(timeout=5)
        self.process = None

    def dump(self) -> dict[bytes, object]:
        """Every key and its whole value, whatever the type."""
        client = self.client()
        readers = {
            b"zset": lambda key: client.zrange(key, 0, -1, withscores=True),
            b"string": client.get,
            b"list": lambda key: client.lrange(key, 0, -1),
            b"hash": client.hgetall,
            b"set": client.smembers,
        }
        return {key: readers[client.type(key)](key) for key in client.scan_iter()}


class Blackhole:
    """A loopback listener that accepts every connection and never answers: a Redis that hangs.

    `hang_up=True` instead closes each connection once its first bytes arrive (the client then fails at
    once), after noting `clock()` in `received`: the record is made before the client can see the
    failure, so a test reads it as soon as the call returns. A context manager; its thread is a daemon
    and every socket is closed on exit.
    """

    def __init__(self, *, hang_up: bool = False, clock: Callable[[], float] = time.monotonic) -> None:
        self.hang_up = hang_up
        self.clock = clock
        self.received: list[float] = []
        self.accepted: list[socket.socket] = []
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.port: int = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def url(self, password: str | None = None) -> str:
        auth = f":{password}@" if password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return  # closed: the test is over
            self.accepted.append(conn)
            if self.hang_up:
                with conn, contextlib.suppress(OSError):
                    if conn.recv(65536):
                        self.received.append(self.clock())

    def __enter__(self) -> Blackhole:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close() alone may not
        self._listener.close()
        self._thread.join(timeout=5)
        for conn in self.accepted:
            conn.close()
