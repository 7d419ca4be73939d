"""The typer sub-apps `webhooks listen` and `rules create-webhook`, invoked directly with CliRunner."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner, Result

from mixmax_sdk.cli.webhooks import rules_app, webhooks_app
from mixmax_sdk.testing import FakeMixmax, FakeServer, RealClock

SENT = json.loads((Path(__file__).parent / "fixtures/payloads/webhook.message-sent.help-center.json").read_text())[
    "payload"
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def post(url: str, body: Any) -> int:
    deadline = time.monotonic() + 10
    while True:
        try:
            return httpx.post(url, json=body, timeout=5).status_code
        except httpx.ConnectError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def listen_in_background(args: list[str]) -> tuple[threading.Thread, dict[str, Result]]:
    out: dict[str, Result] = {}
    # A daemon: if a test fails before the listener has its events, it must not keep the suite alive.
    thread = threading.Thread(
        target=lambda: out.setdefault("result", CliRunner().invoke(webhooks_app, args)), daemon=True
    )
    thread.start()
    return thread, out


def test_listen_prints_a_summary_per_event_and_refusals() -> None:
    port = free_port()
    thread, out = listen_in_background(["listen", "--port", str(port), "--secret", "s3", "--count", "2"])
    base = f"http://127.0.0.1:{port}/hook"
    assert post(f"{base}?secret=wrong", SENT) == 403
    assert post(f"{base}?secret=s3", SENT) == 200
    assert post(f"{base}?secret=s3", {"eventName": "poll:vote", "userId": "u1"}) == 200
    thread.join(10)
    result = out["result"]
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"Listening on http://127.0.0.1:{port}/?secret=<secret> (Ctrl-C to stop)",
        "refused POST /hook -> 403 Forbidden",
        "message:sent  user=T3STUS3R1D  2016-12-14T19:52:05Z  'Please join me ' -> engtestuser3@mixmax.com",
        "poll:vote  user=u1  (unknown to this SDK; 2 fields)",
        "Stopped after 2 events.",
    ]


def test_listen_json_prints_the_payload_and_warns_without_secret() -> None:
    port = free_port()
    thread, out = listen_in_background(["listen", "--port", str(port), "--json", "--count", "1"])
    assert post(f"http://127.0.0.1:{port}/", SENT) == 200
    thread.join(10)
    lines = out["result"].output.splitlines()
    assert lines[1] == "No --secret (or MIXMAX_WEBHOOK_SECRET): any caller is accepted."
    assert json.loads(lines[2]) == SENT


@pytest.fixture
def served_fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeMixmax, FakeServer]]:
    fake = FakeMixmax(clock=RealClock())
    with fake.serve() as server:
        monkeypatch.setenv("MIXMAX_API_KEY", fake.demo_token)
        monkeypatch.setenv("MIXMAX_BASE_URL", server.base_url)
        yield fake, server


def test_rules_create_webhook(served_fake: tuple[FakeMixmax, FakeServer]) -> None:
    fake, _ = served_fake
    args = [
        "create-webhook",
        "https://hooks.example.com/in",
        "--event",
        "opened",
        "--filter",
        '{"recipientEmail": "a@b.io"}',
    ]
    result = CliRunner().invoke(rules_app, args)
    assert result.exit_code == 0, result.output
    rule = fake.store.newest_first("rules")[0]
    (action,) = fake.store.newest_first(f"rules/{rule['_id']}/actions")
    secret = action["url"].split("secret=")[1]
    assert (rule["trigger"], rule["filter"]) == (
        {"type": "event", "eventName": "opened"},
        '{"recipientEmail": "a@b.io"}',
    )
    assert result.output.splitlines() == [
        f"rule {rule['_id']} fires on opened; webhook action {action['_id']}",
        f"webhook URL: https://hooks.example.com/in?secret={secret}",
        f"secret: {secret}",
        "Receive with: mixmax webhooks listen --secret <secret>  (or set MIXMAX_WEBHOOK_SECRET)",
    ]


def test_rules_create_webhook_reports_errors(served_fake: tuple[FakeMixmax, FakeServer]) -> None:
    result = CliRunner().invoke(rules_app, ["create-webhook", "hooks.example.com/in"])
    # Usage errors exit 2, as every `mixmax` command does.
    assert (result.exit_code, result.output) == (2, "error: url must be an http(s) URL, not 'hooks.example.com/in'\n")
    result = CliRunner().invoke(rules_app, ["create-webhook", "https://x.io/", "--filter", "{nope"])
    assert result.exit_code == 2 and result.output.startswith("error: filter is not valid JSON")
