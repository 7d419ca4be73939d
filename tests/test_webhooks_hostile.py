"""The webhook receivers face the public internet: over real sockets, callers that connect and say
nothing, stop halfway through their headers or body, declare a malformed length, or stream more than
the limit get an exact, honest answer (or a close) in bounded time, the handler never runs for them,
and a genuine event gets its 200 meanwhile. Servers: the real `mixmax webhooks listen` console script
in a subprocess, uvicorn for `asgi_app`, a threaded wsgiref server for `wsgi_app`."""

from __future__ import annotations

import ctypes
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from webhook_receiver import (
    Answer,
    chunked,
    connect,
    post,
    read_answer,
    read_to_end,
    serving,
    still_open,
    uvicorn_serving,
)

from mixmax_sdk import webhooks

SENT = json.loads((Path(__file__).parent / "fixtures/payloads/webhook.message-sent.help-center.json").read_text())[
    "payload"
]
EVENT = json.dumps(SENT).encode()
SENT_LINE = "message:sent  user=T3STUS3R1D  2016-12-14T19:52:05Z  'Please join me ' -> engtestuser3@mixmax.com"
OK_BODY = b'{"ok": true}'
MALFORMED = b'{"error": "malformed Content-Length: one number of bytes in ASCII digits is required"}'
HALF_HEADERS = b"POST /hook?secret=s3 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty"
HALF_BODY = post("/hook?secret=s3", b"{" * 100, length="200")  # 100 of the 200 bytes it declares

# Content-Length values that are not one run of ASCII digits: int() refuses some ("²" passes
# str.isdigit()), reads others ("٣" is 3, "+5" is 5, " 5" is 5), and the last ones are too long to be
# a length any server keeps (int() refuses 5000 digits outright).
BAD_LENGTHS = ["²", "٣", "-5", "+5", "5 5", "5,5", "0x5", "1e3", "5.0", "9" * 19, "9" * 5000]


def status_of(answer: Answer) -> str:
    return answer.status.split(" ", 1)[1]


# ------------------------------------------------------------------ mixmax webhooks listen
@contextmanager
def sigint_at_its_default() -> Iterator[None]:
    """A child started meanwhile gets SIGINT as a terminal's foreground command has it. An ignored
    SIGINT is inherited, and Python keeps ignoring it, as a program should: a suite started in the
    background of a non-interactive shell (`make test &`, some CI runners) has it ignored, and the
    Ctrl-C tests' server would never stop. A handler, unlike SIG_IGN, is reset to the default by exec."""
    previous = signal.getsignal(signal.SIGINT)
    if previous == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def listening(*args: str) -> Iterator[tuple[int, subprocess.Popen[str]]]:
    """The real console script, on a port the OS picks (read back from its first line)."""
    command = [str(Path(sys.executable).parent / "mixmax"), "webhooks", "listen", "--port", "0", *args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "NO_COLOR": "1"}
    env.pop("MIXMAX_WEBHOOK_SECRET", None)
    with sigint_at_its_default():
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        match = re.match(r"Listening on http://127\.0\.0\.1:(\d+)/", first)
        assert match, (first, proc.stderr.read() if proc.poll() is not None and proc.stderr else "")
        yield int(match.group(1)), proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)


def finish(proc: subprocess.Popen[str], timeout: float = 60) -> list[str]:
    out, err = proc.communicate(timeout=timeout)
    assert (proc.returncode, err) == (0, ""), err
    return out.splitlines()


@pytest.mark.slow
def test_listen_answers_a_genuine_event_at_once_while_200_callers_stall_then_closes_them() -> None:
    timeout = 3.0
    with listening("--secret", "s3", "--timeout", str(timeout), "--count", "1") as (port, proc):
        started = time.monotonic()
        idle = [connect(port) for _ in range(100)]  # connect, send nothing
        half_headers = [connect(port, HALF_HEADERS) for _ in range(50)]
        half_body = [connect(port, HALF_BODY) for _ in range(50)]
        sent = time.monotonic()
        answer = read_answer(connect(port, post("/hook?secret=s3", EVENT)))
        answered = time.monotonic()
        assert (answer.status, answer.body) == ("HTTP/1.0 200 OK", OK_BODY)
        # At once: before the first stalled caller's timeout, which a server that waited on them would wait out.
        assert answered - started < timeout, (answered - sent, answered - started)
        stalled = idle + half_headers + half_body
        assert sum(still_open(sock) for sock in stalled) == 200  # all held while the event went through

        assert read_to_end(idle[0]) == b""  # the server closes a silent caller, without a word...
        assert time.monotonic() - started >= timeout  # ...once the timeout has passed, not before
        assert {read_to_end(sock) for sock in idle[1:]} == {b""}
        for sock in half_headers:
            answer = read_answer(sock)
            assert (answer.status, answer.body) == (
                "HTTP/1.0 408 Request Timeout",
                b'{"error": "request not received in time"}',
            )
            assert read_to_end(sock) == b""
        for sock in half_body:  # the webhook app's own answer to a body read the server cut short
            answer = read_answer(sock)
            assert (answer.status, answer.body) == (
                "HTTP/1.0 408 Request Timeout",
                b'{"error": "body not received in time"}',
            )
            assert read_to_end(sock) == b""
        lines = finish(proc)
    assert lines.count(SENT_LINE) == 1  # the handler ran for the genuine event only
    assert lines.count("refused 127.0.0.1 -> 408 Request Timeout (headers incomplete)") == 50
    assert lines.count("refused POST /hook -> 408 Request Timeout") == 50
    assert lines[-1] == "Stopped after 1 event."
    assert len(lines) == 1 + 100 + 1


def test_listen_refuses_connections_over_the_limit_with_503_until_one_closes() -> None:
    with listening("--secret", "s3", "--max-connections", "2", "--timeout", "20", "--count", "1") as (port, proc):
        first, second = connect(port), connect(port)
        answer = read_answer(connect(port, post("/hook?secret=s3", EVENT)))
        assert (answer.status, answer.body) == (
            "HTTP/1.0 503 Service Unavailable",
            b'{"error": "too many connections"}',
        )
        assert still_open(first) and still_open(second)
        first.close()  # frees a slot once the server sees the end of the stream
        statuses = []
        deadline = time.monotonic() + 20
        while not statuses or (statuses[-1] != "200 OK" and time.monotonic() < deadline):
            answer = read_answer(connect(port, post("/hook?secret=s3", EVENT)))
            statuses.append(status_of(answer))
            time.sleep(0.01)
        assert set(statuses[:-1]) <= {"503 Service Unavailable"} and statuses[-1] == "200 OK"
        assert answer.body == OK_BODY
        second.close()
        lines = finish(proc)
    assert lines.count(SENT_LINE) == 1
    assert lines.count("refused 127.0.0.1 -> 503 Service Unavailable (too many connections)") == len(statuses)


def test_listen_refuses_malformed_and_repeated_lengths_with_400() -> None:
    with listening("--secret", "s3", "--count", "1") as (port, proc):
        # Headers only: a malformed length is refused before any body is read.
        for value in BAD_LENGTHS:
            answer = read_answer(connect(port, post("/hook?secret=s3", b"", length=value)))
            assert (answer.status, answer.body) == ("HTTP/1.0 400 Bad Request", MALFORMED), value
        repeated = post("/hook?secret=s3", b"", extra="Content-Length: 2\r\n")  # 2, then the true 0
        answer = read_answer(connect(port, repeated))
        assert (answer.status, answer.body) == ("HTTP/1.0 400 Bad Request", MALFORMED)
        # Optional whitespace around a value is not part of it (RFC 9112): this length is fine.
        answer = read_answer(connect(port, post("/hook?secret=s3", EVENT, length=f"{len(EVENT)} ")))
        assert (answer.status, answer.body) == ("HTTP/1.0 200 OK", OK_BODY)
        lines = finish(proc)
    assert lines.count(SENT_LINE) == 1
    assert lines.count("refused POST /hook -> 400 Bad Request") == len(BAD_LENGTHS) + 1


def test_listen_stops_on_ctrl_c_without_waiting_for_a_stalled_caller() -> None:
    with listening("--secret", "s3", "--timeout", "120") as (port, proc):
        idle = connect(port)
        answer = read_answer(connect(port, post("/hook?secret=s3", EVENT)))  # the server is serving
        assert (answer.status, answer.body) == ("HTTP/1.0 200 OK", OK_BODY)
        assert still_open(idle)
        proc.send_signal(signal.SIGINT)
        lines = finish(proc)  # well before the idle caller's 120 s are up (finish gives it 60)
        assert read_to_end(idle) == b""
    assert lines == [SENT_LINE, "Stopped after 1 event."]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tgkill and /proc/PID/task are Linux's")
def test_listen_stops_on_ctrl_c_that_the_kernel_hands_to_a_connection_thread() -> None:
    """Ctrl-C's SIGINT goes to the process, and the kernel may deliver it to any of its threads: here
    to a stalled caller's, which is what it picks now and then on a loaded machine."""
    tgkill = ctypes.CDLL(None, use_errno=True).tgkill
    with listening("--secret", "s3", "--timeout", "120") as (port, proc):
        idle = connect(port)
        answer = read_answer(connect(port, post("/hook?secret=s3", EVENT)))
        assert (answer.status, answer.body) == ("HTTP/1.0 200 OK", OK_BODY)
        assert still_open(idle)
        others = sorted(int(tid) for tid in os.listdir(f"/proc/{proc.pid}/task") if int(tid) != proc.pid)
        assert len(others) >= 2, others  # the serving thread, and the idle caller's
        assert tgkill(proc.pid, others[-1], signal.SIGINT) == 0, ctypes.get_errno()
        lines = finish(proc, timeout=20)  # it waited forever
        assert read_to_end(idle) == b""
    assert lines == [SENT_LINE, "Stopped after 1 event."]


# ------------------------------------------------------------------ asgi_app on uvicorn
@contextmanager
def asgi_receiver(**options: Any) -> Iterator[tuple[int, list[webhooks.WebhookEvent]]]:
    events: list[webhooks.WebhookEvent] = []
    with uvicorn_serving(webhooks.asgi_app(events.append, secret="s3", **options)) as port:
        yield port, events


def test_asgi_on_uvicorn_answers_408_to_a_stalled_body_and_200_to_an_event_meanwhile() -> None:
    with asgi_receiver(body_timeout=0.5) as (port, events):
        started = time.monotonic()
        stalled = connect(port, post("/hook?secret=s3", b"{" * 20, length="200"))  # 20 of 200 bytes
        answer = read_answer(connect(port, post("/hook?secret=s3", EVENT)))
        assert (answer.status, answer.body) == ("HTTP/1.1 200 OK", OK_BODY)
        assert len(events) == 1 and isinstance(events[0], webhooks.MessageSent)
        answer = read_answer(stalled)
        assert time.monotonic() - started >= 0.5
        assert (answer.status, answer.body) == (
            "HTTP/1.1 408 Request Timeout",
            b'{"error": "body not received within 0.5 s"}',
        )
        assert answer.headers["connection"] == "close"
        assert read_to_end(stalled) == b""  # closed now, not after uvicorn's 60 s keep-alive
        assert len(events) == 1


def test_asgi_on_uvicorn_counts_chunks_without_a_content_length() -> None:
    with asgi_receiver(max_body=100) as (port, events):
        answer = read_answer(connect(port, chunked("/hook?secret=s3", [b"{" + b" " * 59, b" " * 60])))
        assert (answer.status, answer.body) == (
            "HTTP/1.1 413 Request Entity Too Large",
            b'{"error": "body larger than 100 bytes"}',
        )
        assert answer.headers["connection"] == "close"
        small = json.dumps({"eventName": "poll:vote", "userId": "u1"}).encode()
        answer = read_answer(connect(port, chunked("/hook?secret=s3", [small[:10], small[10:]])))
        assert (answer.status, answer.body) == ("HTTP/1.1 200 OK", OK_BODY)  # chunked within the limit is fine
    assert events == [webhooks.UnknownEvent("poll:vote", "u1", {"eventName": "poll:vote", "userId": "u1"})]


def test_asgi_on_uvicorn_never_calls_the_handler_for_a_malformed_length() -> None:
    # uvicorn's h11 refuses most before the app sees them (and reads "5,5" as 5, as RFC 9110 allows for
    # a list of identical values); 19 digits it passes on, and the app refuses them.
    expected = {value: ("400 Bad Request", b"Invalid HTTP request received.") for value in BAD_LENGTHS}
    expected["9" * 19] = ("400 Bad Request", MALFORMED)
    del expected["5,5"]
    with asgi_receiver(body_timeout=0.5) as (port, events):
        got = {}
        for value in expected:
            answer = read_answer(connect(port, post("/hook?secret=s3", b"", length=value)))
            got[value] = (status_of(answer), answer.body)
    assert got == expected
    assert events == []


# ------------------------------------------------------------------ wsgi_app on a threaded wsgiref server
def test_wsgi_on_a_threaded_server_answers_while_a_body_stalls_and_400_when_it_ends_short() -> None:
    events: list[webhooks.WebhookEvent] = []
    with serving(webhooks.wsgi_app(events.append, secret="s3")) as url:
        port = int(url.split(":")[2].split("/")[0])
        stalled = connect(port, post("/hook?secret=s3", b"{" * 20, length="200"))
        answer = read_answer(connect(port, post("/hook?secret=s3", EVENT)))
        assert (answer.status, answer.body) == ("HTTP/1.0 200 OK", OK_BODY)
        assert still_open(stalled)  # wsgiref does not bound the read: the hosting server must
        stalled.shutdown(socket.SHUT_WR)  # the body ends after 20 bytes
        answer = read_answer(stalled)
        assert (answer.status, answer.body) == (
            "HTTP/1.0 400 Bad Request",
            b'{"error": "body ended after 20 of 200 bytes"}',
        )
        for value in BAD_LENGTHS:
            answer = read_answer(connect(port, post("/hook?secret=s3", b"", length=value)))
            assert (answer.status, answer.body) == ("HTTP/1.0 400 Bad Request", MALFORMED), value
    assert len(events) == 1 and isinstance(events[0], webhooks.MessageSent)
