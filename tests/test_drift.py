"""A response is never lost because it deviates from the spec; the deviation is recorded (or, with
`strict_responses=True`, raised). Through both clients and the fake Mixmax over real HTTP."""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from mixmax_sdk import (
    UNSET,
    APIResponseValidationError,
    AsyncMixmax,
    BulkAddError,
    DriftRecord,
    Mixmax,
    as_datetime,
    clear_drift_report,
    drift_report,
)
from mixmax_sdk.testing import FakeMixmax, FakeServer, Fault

UTC = datetime.UTC


def _sequence(i: int, **fields: Any) -> dict[str, Any]:
    return {"_id": f"s{i}", "name": f"Sequence {i}", "userId": "u1", "createdAt": "2024-05-01T10:00:00.000Z", **fields}


MALFORMED_PAGE = {
    "results": [
        _sequence(1, cc=None, bcc=None, teamIds=None),  # what real GET /sequences items look like
        _sequence(2, cc=5, name=42, createdAt=1714557600000),  # odd: cc and name are numbers; epoch ms is fine
        _sequence(3, stages=["st1", 7, {"_id": "st2"}]),
    ],
    "next": None,
    "hasNext": False,
}


@pytest.fixture(autouse=True)
def fresh_report() -> Iterator[None]:
    clear_drift_report()
    yield
    clear_drift_report()


@pytest.fixture
def served() -> Iterator[tuple[FakeMixmax, FakeServer]]:
    fake = FakeMixmax(rate_limit=None)
    with fake.serve() as server:
        yield fake, server


def list_all(fake: FakeMixmax, server: FakeServer, kind: str, **kwargs: Any) -> list[Any]:
    if kind == "sync":
        with Mixmax(api_key=fake.demo_token, base_url=server.base_url, **kwargs) as client:
            return list(client.sequences.list())

    async def main() -> list[Any]:
        async with AsyncMixmax(api_key=fake.demo_token, base_url=server.base_url, **kwargs) as client:
            return [s async for s in client.sequences.list()]

    return asyncio.run(main())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_page_with_malformed_items_still_yields_every_item(
    served: tuple[FakeMixmax, FakeServer], kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake, server = served
    fake.faults.add(Fault(kind="status", status=200, body=MALFORMED_PAGE, method="GET", path="/sequences", times=2))
    with caplog.at_level(logging.WARNING, logger="mixmax_sdk.drift"):
        first = list_all(fake, server, kind)
        again = list_all(fake, server, kind)
    assert [s.id for s in first] == ["s1", "s2", "s3"] == [s.id for s in again]
    one, two, three = first
    assert one.cc is None and one.bcc is None and one.team_ids is None
    assert two.cc == 5 and two.name == 42, "a value that does not fit is kept as it came"
    # createdAt is epoch ms or ISO in real data: both are kept as sent, as_datetime reads either.
    assert as_datetime(two.created_at) == as_datetime(one.created_at) == datetime.datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert three.stages[0] == "st1" and three.stages[1] == 7 and three.stages[2].id == "st2"
    assert two.to_dict()["cc"] == 5 and two.to_dict()["createdAt"] == 1714557600000
    for item, sent in zip(first, MALFORMED_PAGE["results"], strict=True):
        assert json.loads(item.to_json()) == sent, "to_json gives back exactly what came"
    assert three.to_json(indent=2).startswith('{\n  "_id": "s3"')

    report = {str(r) for r in drift_report()}
    assert report == {
        "Sequence.cc: expected array of EmailAddress or null, got integer",
        "Sequence.name: expected string, got integer",
        "Sequence.stages[]: expected string or SequenceStage, got integer",
    }
    assert all(isinstance(r, DriftRecord) for r in drift_report())
    warnings = [r.getMessage() for r in caplog.records if r.name == "mixmax_sdk.drift"]
    assert len(warnings) == len(drift_report()), "each kind of drift is logged once, not per response"
    assert all("value kept as it came" in w for w in warnings)
    assert not any("1714557600000" in w for w in warnings), "values are never logged"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_strict_responses_raise_naming_schema_path_expected_and_observed(
    served: tuple[FakeMixmax, FakeServer], kind: str
) -> None:
    fake, server = served
    fake.faults.add(Fault(kind="status", status=200, body=MALFORMED_PAGE, method="GET", path="/sequences"))
    with pytest.raises(APIResponseValidationError) as info:
        list_all(fake, server, kind, strict_responses=True)
    error = info.value
    assert str(error) == ("The response does not fit SequencePage: results[1].name: expected string, got integer")
    assert error.status_code == 200 and error.body == MALFORMED_PAGE
    assert drift_report() == [], "strict mode raises instead of recording"


def test_strict_mode_is_per_client() -> None:
    fake = FakeMixmax(rate_limit=None)
    fake.faults.add(Fault(kind="status", status=200, body=MALFORMED_PAGE, method="GET", path="/sequences", times=2))
    tolerant, strict = fake.client(), fake.client(strict_responses=True)
    assert len(list(tolerant.sequences.list())) == 3
    with pytest.raises(APIResponseValidationError, match=r"results\[1\]\.name"):
        list(strict.sequences.list())


def test_a_missing_required_field_is_unset_not_an_error() -> None:
    fake = FakeMixmax(rate_limit=None)
    fake.faults.add(Fault(kind="status", status=200, body={"email": "ada@example.com"}, path="/users/me"))
    user = fake.client().users.me()
    assert user.id is UNSET and user.email == "ada@example.com"
    assert [str(r) for r in drift_report()] == ["User._id: expected required, got missing"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"results": None, "hasNext": False}, "Expected `results` to be a list of objects, got null"),
        ({"hasNext": False}, "Expected `results` to be a list of objects, got missing"),
        ({"results": [_sequence(1), 1], "hasNext": False}, "Expected `results[1]` to be an object, got integer"),
        ([_sequence(1)], "Expected a JSON object, got array"),
        (None, "Expected a JSON object, got null"),
        (42, "Expected a JSON object, got integer"),
        ("x", "Expected a JSON object, got string"),
    ],
)
def test_containers_must_still_fit(body: Any, message: str) -> None:
    content = json.dumps(body).encode()
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, content=content)))
    with pytest.raises(APIResponseValidationError) as info:
        list(Mixmax(api_key="test-token-5b2f9c1e7a", http_client=http).sequences.list())
    assert str(info.value) == message


def test_add_recipients_envelope_must_be_a_list_of_objects() -> None:
    fake = FakeMixmax(rate_limit=None)
    seq_id = next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")
    fake.faults.add(Fault(kind="status", status=200, body={"recipients": [1]}, method="POST"))
    with pytest.raises(BulkAddError) as info:  # add_recipients wraps a failed request in BulkAddError
        fake.client().sequences.sequence(seq_id).add_recipients(["ada@example.com"])
    assert isinstance(info.value.error, APIResponseValidationError)
    assert "Expected `recipients[0]` to be an object, got integer" in str(info.value.error)


def _calls(
    fake: FakeMixmax, server: FakeServer, kind: str, calls: list[Callable[[Any], Any]], **kwargs: Any
) -> list[Any]:
    """`call(client)` for each call, in turn, on one client of `kind` over loopback; their results."""
    options: dict[str, Any] = {"api_key": fake.demo_token, "base_url": server.base_url, **kwargs}
    if kind == "sync":
        with Mixmax(**options) as client:
            return [call(client) for call in calls]

    async def main() -> list[Any]:
        async with AsyncMixmax(**options) as client:
            return [await call(client) for call in calls]

    return asyncio.run(main())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_null_and_integer_in_one_field_are_two_kinds_of_drift(
    served: tuple[FakeMixmax, FakeServer], kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake, server = served
    for name in (None, 42, None, 7):  # each kind twice: recorded and logged once each
        page = {"results": [_sequence(1, name=name)], "hasNext": False}
        fake.faults.add(Fault(kind="status", status=200, body=page, method="GET", path="/sequences"))
    with caplog.at_level(logging.WARNING, logger="mixmax_sdk.drift"):
        sequences = _calls(fake, server, kind, [_first_page] * 4)
    assert [page.results[0].name for page in sequences] == [None, 42, None, 7], "every value kept as it came"
    assert [(s.method, s.path, s.query, s.status) for s in fake.served] == [("GET", "/sequences", {}, 200)] * 4
    assert drift_report() == [
        DriftRecord("Sequence", "name", "string", "null"),
        DriftRecord("Sequence", "name", "string", "integer"),
    ]
    warnings = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "mixmax_sdk.drift"]
    assert warnings == [
        ("WARNING", "Response drift from the spec (value kept as it came): Sequence.name: expected string, got null"),
        (
            "WARNING",
            "Response drift from the spec (value kept as it came): Sequence.name: expected string, got integer",
        ),
    ]


def _first_page(client: Any) -> Any:
    return client.sequences.list().first_page()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_strict_responses_apply_to_raw_responses_and_the_default_stays_tolerant(
    served: tuple[FakeMixmax, FakeServer], kind: str
) -> None:
    fake, server = served
    odd_user = {"_id": "u1", "email": "ada@example.com", "name": 42}
    for _ in range(2):
        fake.faults.add(Fault(kind="status", status=200, body=MALFORMED_PAGE, method="GET", path="/sequences"))
        fake.faults.add(Fault(kind="status", status=200, body=odd_user, method="GET", path="/users/me"))
    raw_calls: list[Callable[[Any], Any]] = [
        lambda c: c.with_raw_response.sequences.list(),
        lambda c: c.with_raw_response.users.me(),
    ]

    page, user = _calls(fake, server, kind, raw_calls, strict_responses=True)
    assert (page.status_code, user.status_code) == (200, 200), "the answer itself is there"
    with pytest.raises(APIResponseValidationError) as info:
        page.parse()
    assert str(info.value) == "The response does not fit SequencePage: results[1].name: expected string, got integer"
    assert info.value.status_code == 200 and info.value.body == MALFORMED_PAGE
    with pytest.raises(APIResponseValidationError, match=r"^The response does not fit User: name: expected "):
        user.parse()
    assert drift_report() == []

    page, user = _calls(fake, server, kind, raw_calls)  # the default: kept and reported
    assert [s.id for s in page.parse().results] == ["s1", "s2", "s3"] and user.parse().name == 42
    assert {str(r) for r in drift_report()} >= {"Sequence.name: expected string, got integer"}
    assert [(s.method, s.path, s.query, s.status) for s in fake.served] == [
        ("GET", "/sequences", {}, 200),
        ("GET", "/users/me", {}, 200),
    ] * 2
