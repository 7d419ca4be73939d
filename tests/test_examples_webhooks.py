"""The FastAPI and Flask receiver examples, exercised through the frameworks' test clients, and the
Flask one over real HTTP with the fake Mixmax delivering a `message:sent` event to it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from webhook_receiver import serving

from mixmax_sdk import webhooks
from mixmax_sdk.testing import FakeMixmax

ROOT = Path(__file__).parent.parent
OPENED = json.loads((ROOT / "tests/fixtures/payloads/webhook.opened.help-center.json").read_text())["payload"]
SECRET = "example-secret"


def load(name: str, monkeypatch: pytest.MonkeyPatch, secret: str | None = SECRET) -> ModuleType:
    if secret is None:
        monkeypatch.delenv("MIXMAX_WEBHOOK_SECRET", raising=False)
    else:
        monkeypatch.setenv("MIXMAX_WEBHOOK_SECRET", secret)
    spec = importlib.util.spec_from_file_location(f"example_{name}", ROOT / "examples" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", ["/mixmax/webhook", "/mixmax/asgi"])
def test_fastapi_example(path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    example = load("webhooks_fastapi", monkeypatch)
    with TestClient(example.app) as http:
        assert http.post(f"{path}?secret={SECRET}", json=OPENED).status_code == 200
        assert http.post(f"{path}?secret=nope", json=OPENED).status_code == 403
        assert http.post(path, json=OPENED).status_code == 403
        assert http.post(f"{path}?secret={SECRET}", content=b"[]").status_code == 400
    (event,) = example.received
    assert isinstance(event, webhooks.MessageOpened) and event.recipient_email == "engtestuser3@mixmax.com"


def test_flask_example(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    example = load("webhooks_flask", monkeypatch)
    http = example.app.test_client()
    assert http.post(f"/mixmax/webhook?secret={SECRET}", json=OPENED).status_code == 200
    assert http.post("/mixmax/webhook?secret=nope", json=OPENED).status_code == 403
    answer = http.post(f"/mixmax/webhook?secret={SECRET}", data=b"nope")
    assert (answer.status_code, answer.json["error"].startswith("webhook body is not JSON")) == (400, True)
    (event,) = example.received
    assert isinstance(event, webhooks.MessageOpened)
    assert (
        "engtestuser3@mixmax.com opened VyfSqbL195O0z8VK6L at 2016-12-14 20:21:56.300000+00:00"
        in capsys.readouterr().out
    )


@pytest.mark.parametrize("name", ["webhooks_fastapi", "webhooks_flask"])
def test_without_a_configured_secret_nothing_is_accepted(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    example = load(name, monkeypatch, secret=None)
    assert len(example.SECRET) == 43
    if name == "webhooks_flask":
        status = example.app.test_client().post("/mixmax/webhook?secret=", json=OPENED).status_code
    else:
        from fastapi.testclient import TestClient

        status = TestClient(example.app).post("/mixmax/webhook?secret=", json=OPENED).status_code
    assert status == 403 and example.received == []


def test_flask_example_receives_from_the_fake_over_http(monkeypatch: pytest.MonkeyPatch) -> None:
    example = load("webhooks_flask", monkeypatch)
    fake = FakeMixmax()
    with serving(example.app) as url, fake.client() as client:
        webhooks.create_webhook_rule(client, url, secret=SECRET)
        client.send.email(to=["grace@example.com"], subject="From the fake")
        fake.wait_for_deliveries()
    (event,) = example.received
    assert isinstance(event, webhooks.MessageSent) and event.subject == "From the fake"
