"""Contract test: the fake Mixmax, over real HTTP, answers every operation of the spec the way the spec
says (status codes, content types, response schemas), for inputs schemathesis generates from the spec."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from conftest import load_spec
from hypothesis import HealthCheck, settings

from mixmax_sdk.testing import FakeMixmax, FakeServer, RealClock

schema = schemathesis.openapi.from_dict(load_spec())
# Real APIs ignore query parameters they do not know, and so does Mixmax's (the SDK's escape hatch relies
# on it): generating unexpected parameters would only test a rule the API does not have.
schema.config.generation.update(allow_extra_parameters=False, deterministic=True)


def map_query(context: object, query: dict | None) -> dict | None:
    """Cursors are opaque values the server issued; generated ones cannot be valid, so none are sent.
    Cursor handling is covered by tests/test_fake.py with real cursors."""
    if query:
        query.pop("next", None)
        query.pop("previous", None)
    return query


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    with fake.serve() as running:
        running.token = fake.demo_token  # type: ignore[attr-defined]
        yield running


@schema.hooks.apply(map_query)
@schema.parametrize()
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_fake_conforms_to_the_spec(case: schemathesis.Case, server: FakeServer) -> None:
    case.call_and_validate(base_url=server.base_url, headers={"X-API-Token": server.token})  # type: ignore[attr-defined]
