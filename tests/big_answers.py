"""A loopback HTTP/1.1 server for big answers, generated as they are sent (never held in memory), that
counts what it wrote on each connection and notices when the client closes it.

Paths (after any prefix such as /v1), each optionally with `?status=NNN`:

* `/bomb/<MiB>`: a gzip body (with its Content-Length) that expands to <MiB> MiB of zero bytes; about
  1 KiB on the wire per MiB decoded.
* `/declared/<n>`: headers that declare a Content-Length of n, then nothing: a client that waited for
  the body would wait until its timeout.
* `/chunked/<n>`, `/sized/<n>`: a JSON object `{"pad":"xxx..."}` of exactly n bytes (n >= 10), sent
  with chunked transfer encoding or with its Content-Length. With `?fill=space` the object is
  `{"pad":"x"}` followed by spaces up to n bytes: a body whose parsed value is next to nothing, so
  that what a client holds while reading and parsing it is all there is to measure.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

MiB = 1 << 20
_ZEROS = b"\0" * MiB
_SEND = 64 * 1024


def _deflated_mib() -> bytes:
    # After a full flush the compressor starts afresh, so every MiB of zeros compresses to the same bytes.
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    packer.compress(_ZEROS)
    packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(_ZEROS) + packer.flush(zlib.Z_FULL_FLUSH)
    return block


_BLOCK = _deflated_mib()
_GZIP_HEAD = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
_FINAL = b"\x03\x00"  # an empty final fixed-Huffman block


def bomb_length(mib: int) -> int:
    return len(_GZIP_HEAD) + mib * len(_BLOCK) + len(_FINAL) + 8


def bomb(mib: int) -> Iterator[bytes]:
    """A gzip stream of `mib` MiB of zeros, block by block (the CRC computed only as far as it is read)."""
    yield _GZIP_HEAD
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(_ZEROS, crc)
        yield _BLOCK
    yield _FINAL + struct.pack("<II", crc, (mib * MiB) & 0xFFFFFFFF)


def padded_json(n: int, *, spaces: bool = False) -> Iterator[bytes]:
    """`{"pad":"xxx..."}` (or `{"pad":"x"}` and spaces), n bytes in all, in pieces of 64 KiB."""
    assert n >= 11
    yield b'{"pad":"x"}' if spaces else b'{"pad":"'
    left = n - (11 if spaces else 10)
    piece = (b" " if spaces else b"x") * _SEND
    while left > 0:
        yield piece[: min(left, _SEND)]
        left -= min(left, _SEND)
    if not spaces:
        yield b'"}'


@dataclass
class Connection:
    written: int = 0  # body bytes the server handed to the socket
    finished: bool = False  # the whole body was sent
    closed: threading.Event = field(default_factory=threading.Event)  # the client closed (or reset) it


class BigServer:
    """Answers on 127.0.0.1 as the module docstring says; `requests` holds each request line,
    `connections` what happened on each connection. `sndbuf` shrinks the server's send buffer, so that
    what the kernel absorbs after the client stops reading is small next to a big body."""

    def __init__(self, *, sndbuf: int | None = None) -> None:
        self.requests: list[str] = []
        self.connections: list[Connection] = []
        self._sndbuf = sndbuf
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}/v1"

    def __enter__(self) -> BigServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            if self._sndbuf is not None:
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, self._sndbuf)
            record = Connection()
            self.connections.append(record)
            threading.Thread(target=self._serve, args=(conn, record), daemon=True).start()

    def _serve(self, conn: socket.socket, record: Connection) -> None:
        with conn:
            conn.settimeout(30)
            try:
                while self._answer(conn, record):
                    pass
            except OSError:
                pass  # the client closed or reset the connection: what the tests look for
            record.closed.set()

    def _answer(self, conn: socket.socket, record: Connection) -> bool:
        """One request and its answer; False once the client has closed the connection."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return False
            data += chunk
        line = data.split(b"\r\n", 1)[0].decode()
        self.requests.append(line)
        target = urlsplit(line.split(" ")[1])
        query = parse_qs(target.query)
        status = int(query.get("status", ["200"])[0])
        spaces = query.get("fill") == ["space"]
        kind, size = target.path.rstrip("/").split("/")[-2:]
        n = int(size)
        head = [f"HTTP/1.1 {status} Whatever", "Content-Type: application/json"]
        body: Iterator[bytes] = iter(())
        chunked = False
        if kind == "bomb":
            head += ["Content-Encoding: gzip", f"Content-Length: {bomb_length(n)}"]
            body = bomb(n)
        elif kind == "declared":
            head.append(f"Content-Length: {n}")
        elif kind == "sized":
            head.append(f"Content-Length: {n}")
            body = padded_json(n, spaces=spaces)
        else:
            assert kind == "chunked", kind
            head.append("Transfer-Encoding: chunked")
            body, chunked = padded_json(n, spaces=spaces), True
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        for piece in body:
            framed = b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece
            conn.sendall(framed)
            record.written += len(piece)
        if chunked:
            conn.sendall(b"0\r\n\r\n")
        record.finished = kind != "declared"
        return kind != "declared" or _wait_for_close(conn)


def _wait_for_close(conn: socket.socket) -> bool:
    with contextlib.suppress(OSError):
        while conn.recv(65536):
            pass
    return False
