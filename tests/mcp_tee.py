"""`python tests/mcp_tee.py LOG -- COMMAND...`: run COMMAND (an MCP server over stdio) as a child, pass
this process's stdin to it and its stdout back, and append every line either way to LOG: `> ` what
the client sent, `< ` what the server answered. The child's stderr is this process's own.

A stand-in for the pipe an MCP client holds, so a test can read every message of a session: the
stdio client of the `mcp` package writes and reads only whole lines (one JSON-RPC message each).
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
from typing import IO


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] != "--":
        sys.stderr.write("usage: mcp_tee.py LOG -- COMMAND [ARG...]\n")
        return 2
    log_path, command = argv[0], argv[2:]
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert child.stdin is not None and child.stdout is not None
    lock = threading.Lock()
    with open(log_path, "ab") as log:

        def record(prefix: bytes, line: bytes) -> None:
            with lock:
                log.write(prefix + line)
                log.flush()

        def to_child(source: IO[bytes], sink: IO[bytes]) -> None:
            try:
                for line in iter(source.readline, b""):
                    record(b"> ", line)
                    sink.write(line)
                    sink.flush()
            except (BrokenPipeError, ValueError):
                pass  # the server is gone: nothing more to pass on
            finally:
                with contextlib.suppress(BrokenPipeError):
                    sink.close()  # the client hung up: the server reads its end of input and stops

        threading.Thread(target=to_child, args=(sys.stdin.buffer, child.stdin), daemon=True).start()
        out: IO[bytes] | None = sys.stdout.buffer
        for line in iter(child.stdout.readline, b""):
            record(b"< ", line)
            if out is None:
                continue  # the client stopped reading: drained, so the server never blocks on a full pipe
            try:
                out.write(line)
                out.flush()
            except BrokenPipeError:
                out = None
        return child.wait()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
