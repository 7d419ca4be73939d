"""Cassettes never hold a token, and are replay-only in CI."""

from __future__ import annotations

import re

import yaml
from conftest import CASSETTES, RECORDING, TEST_TOKEN, VCR

TOKEN_PATTERNS = [
    re.compile(r"x-api-token", re.IGNORECASE),
    re.compile(r"apiToken=", re.IGNORECASE),
    re.compile(re.escape(TEST_TOKEN)),
]


def test_cassettes_exist_and_hold_no_token() -> None:
    files = sorted(CASSETTES.rglob("*.yaml"))
    assert len(files) >= 10
    for path in files:
        text = path.read_text()
        for pattern in TOKEN_PATTERNS:
            assert not pattern.search(text), f"{path.relative_to(CASSETTES)} contains {pattern.pattern!r}"
        data = yaml.safe_load(text)
        assert data["version"] == 1 and data["interactions"], path
        for interaction in data["interactions"]:
            request = interaction["request"]
            assert request["uri"].startswith("https://api.mixmax.com/v1/"), path
            assert not {k.lower() for k in request.get("headers", {})} & {"x-api-token", "cookie", "authorization"}


def test_replay_only_unless_recording() -> None:
    """A request that no cassette holds fails instead of reaching the network (CI never records)."""
    import httpx
    import pytest
    from vcr.errors import CannotOverwriteExistingCassetteException

    if RECORDING:
        pytest.skip("recording: requests do reach the network")
    with (
        VCR.use_cassette("users/me.yaml"),
        httpx.Client() as http,
        pytest.raises(CannotOverwriteExistingCassetteException),
    ):
        http.get("https://api.mixmax.com/v1/not-in-any-cassette", headers={"X-API-Token": TEST_TOKEN})


def test_recording_writes_no_token(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What `make record` would write, recorded with the suite's own settings: the token, in its header
    or in the query, and cookies never reach the file."""
    import httpx
    from conftest import make_vcr

    def api(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ok": True}, headers={"Set-Cookie": f"session={TEST_TOKEN}"})

    recorder = make_vcr()
    recorder.cassette_library_dir = str(tmp_path)
    recorder.record_mode = "all"
    with recorder.use_cassette("recorded.yaml"), httpx.Client(transport=httpx.MockTransport(api)) as http:
        response = http.get(
            f"https://api.mixmax.com/v1/users/me?apiToken={TEST_TOKEN}&limit=1",
            headers={"X-API-Token": TEST_TOKEN, "Cookie": f"session={TEST_TOKEN}"},
        )
    assert response.json() == {"ok": True}
    text = (tmp_path / "recorded.yaml").read_text()
    assert "users/me" in text and "limit=1" in text, "the request was recorded"
    for pattern in [*TOKEN_PATTERNS, re.compile(r"cookie", re.IGNORECASE)]:
        assert not pattern.search(text), pattern.pattern
