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
    assert VCR.record_mode == ("all" if RECORDING else "none")
    assert ("X-API-Token", None) in VCR.filter_headers
    assert "apiToken" in VCR.filter_query_parameters
