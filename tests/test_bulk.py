"""Bulk `add_recipients`: chunks, validation of every row first, one result in input order,
`BulkAddError` accounting for every row, pacing by the limiter, progress; sync and async."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import Reach, fake_client

from mixmax_sdk import (
    UNSET,
    AuthenticationError,
    BulkAddError,
    InvalidRecipientsError,
    LocalRateLimit,
    Mixmax,
    MixmaxValidationError,
    RawResponse,
)
from mixmax_sdk._constants import DEFAULT_CHUNK_SIZE
from mixmax_sdk.resources.sequences import AddRecipientsResult, BulkProgress
from mixmax_sdk.testing import FakeMixmax, FakeServer

MODES = ["sync", "async"]


def _onboarding(fake: FakeMixmax) -> str:
    return next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")


def _rows(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [{"email": f"p{i}@example.com", "variables": {"First name": f"P{i}"}} for i in range(start, start + n)]


def _add(
    fake: FakeMixmax,
    mode: str,
    rows: Any,
    client_options: dict[str, Any] | None = None,
    server: FakeServer | None = None,
    **kwargs: Any,
) -> Any:
    """`add_recipients` through a fresh sync or async client on the fake (in-process, or over loopback
    through `server`)."""
    seq = _onboarding(fake)
    if mode == "sync":
        with fake_client(fake, mode, server, **(client_options or {})) as client:
            return client.sequences.sequence(seq).add_recipients(rows, **kwargs)

    async def main() -> AddRecipientsResult:
        async with fake_client(fake, mode, server, **(client_options or {})) as client:
            return await client.sequences.sequence(seq).add_recipients(rows, **kwargs)

    return asyncio.run(main())


def _bodies(fake: FakeMixmax) -> list[int]:
    return [s.status or 0 for s in fake.requests_to("POST", "/sequences/*/recipients")]


def test_the_default_chunk_size_is_the_documented_one() -> None:
    assert DEFAULT_CHUNK_SIZE == 50


@pytest.mark.parametrize("mode", MODES)
def test_rows_go_in_chunks_and_come_back_in_input_order(mode: str) -> None:
    fake = FakeMixmax(rate_limit=None)
    rows = _rows(120)
    rows[7] = {"email": "grace@example.com", "variables": {"First name": "G"}}  # seeded: duplicated
    rows[60] = "nofirstname@example.com"  # the sequence needs "First name": an API error row
    result = _add(fake, mode, rows)
    assert _bodies(fake) == [200, 200, 200], "120 rows = 50 + 50 + 20"
    assert [r.email for r in result.recipients] == [r if isinstance(r, str) else r["email"] for r in rows]
    assert result.counts() == {"success": 118, "duplicated": 1, "error": 1}
    assert result.recipients[60].errors == ["Missing variable: First name"]
    assert [r.email for r in result.duplicated] == ["grace@example.com"]
    assert len(result.responses) == 3 and len(result.raw.recipients or []) == 120
    assert result.after_ambiguous_retry is False and result.unconfirmed == [] and result.not_sent == []
    present = [r["email"] for r in fake.sequence_recipients(_onboarding(fake))]
    assert sorted(e for e in present if e.startswith("p")) == sorted(
        f"p{i}@example.com" for i in range(120) if i not in {7, 60}
    )


def test_each_chunk_carries_the_same_options_and_exactly_its_rows() -> None:
    seen: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append(body)
        return httpx.Response(
            200, json={"recipients": [{"email": r["email"], "status": "success"} for r in body["recipients"]]}
        )

    with Mixmax(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)), rate_limit=None
    ) as client:
        result = client.sequences.sequence("s1").add_recipients(
            (f"r{i}@example.com" for i in range(5)),  # a generator is fine
            chunk_size=2,
            scheduled_at=False,
            enrich=True,
            extra_body={"x": 1},
        )
    assert seen == [
        {
            "recipients": [{"email": "r0@example.com"}, {"email": "r1@example.com"}],
            "scheduledAt": False,
            "enrich": True,
            "x": 1,
        },
        {
            "recipients": [{"email": "r2@example.com"}, {"email": "r3@example.com"}],
            "scheduledAt": False,
            "enrich": True,
            "x": 1,
        },
        {"recipients": [{"email": "r4@example.com"}], "scheduledAt": False, "enrich": True, "x": 1},
    ]
    assert [r.status for r in result] == ["success"] * 5


def test_an_answer_out_of_order_or_missing_a_row_is_matched_by_address() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "recipients": [
                    {"email": "b@example.com", "status": "duplicated"},
                    {"email": "a@example.com", "status": "success"},
                ]
            },
        )

    with Mixmax(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)), rate_limit=None
    ) as client:
        result = client.sequences.sequence("s1").add_recipients(["a@example.com", "b@example.com", "c@example.com"])
    assert [(r.email, r.status, r.errors) for r in result] == [
        ("a@example.com", "success", UNSET),
        ("b@example.com", "duplicated", UNSET),
        ("c@example.com", "error", ["The API's answer did not report this recipient"]),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_every_invalid_row_is_reported_together_and_nothing_is_sent(mode: str) -> None:
    fake = FakeMixmax(rate_limit=None)
    rows: list[Any] = [*_rows(3), "not an email", {"email": "x@example.com", "nope": 1}, 42, *_rows(2, 10)]
    with pytest.raises(InvalidRecipientsError) as info:
        _add(fake, mode, rows)
    assert info.value.problems == {
        3: ("not an email", "recipients[3] is not a valid email address: 'not an email' (it has no @)"),
        4: ("x@example.com", "recipients[4] has unknown keys ['nope']"),
        5: ("", "recipients[5] must be an address or a dict, not int"),
    }
    assert str(info.value).startswith("3 of 8 recipients are invalid; nothing was sent")
    assert isinstance(info.value, MixmaxValidationError)
    assert fake.served == []


@pytest.mark.parametrize("mode", MODES)
def test_skip_invalid_sends_the_rest_and_marks_the_invalid_rows(mode: str) -> None:
    fake = FakeMixmax(rate_limit=None)
    rows: list[Any] = [*_rows(2), "bad", *_rows(2, 5)]
    result = _add(fake, mode, rows, skip_invalid=True, chunk_size=2)
    assert [(r.email, r.status) for r in result] == [
        ("p0@example.com", "success"),
        ("p1@example.com", "success"),
        ("bad", "invalid"),
        ("p5@example.com", "success"),
        ("p6@example.com", "success"),
    ]
    assert result.invalid[0].errors == ["recipients[2] is not a valid email address: 'bad' (it has no @)"]
    assert _bodies(fake) == [200, 200], "4 valid rows in chunks of 2"


@pytest.mark.parametrize("mode", MODES)
def test_a_failed_chunk_raises_with_every_row_accounted_for(mode: str, reach: Reach) -> None:
    fake = FakeMixmax(rate_limit=None)
    server = reach(fake)
    # The second request fails with 401 (never retried); with concurrency=1 nothing else is in flight.
    fake.faults.add(kind="status", status=401, after=1, method="POST", path="/sequences/*/recipients")
    with pytest.raises(BulkAddError) as info:
        _add(fake, mode, _rows(7), server=server, chunk_size=3, concurrency=1)
    error = info.value
    assert isinstance(error.error, AuthenticationError) and error.__cause__ is error.error
    assert [r.status for r in error.result] == ["success"] * 3 + ["error"] * 3 + ["not_sent"]
    assert [r.email for r in error.result.unconfirmed] == ["p3@example.com", "p4@example.com", "p5@example.com"]
    assert error.result.recipients[3].errors == [f"The request failed: {error.error}"]
    assert str(error).startswith("add_recipients stopped: 1 of 3 requests failed (401 POST")
    assert "3 rows have a final status, 3 are unconfirmed, 1 were not sent" in str(error)
    assert _bodies(fake) == [200, 401]
    # Sending the same rows again is safe: the confirmed ones come back duplicated, nobody twice.
    again = _add(fake, mode, _rows(7), server=server, chunk_size=3)
    assert [r.status for r in again] == ["duplicated"] * 3 + ["success"] * 4
    present = [r["email"] for r in fake.sequence_recipients(_onboarding(fake))]
    assert all(present.count(f"p{i}@example.com") == 1 for i in range(7))


@pytest.mark.parametrize("mode", MODES)
def test_an_ambiguous_retry_is_attributed_to_its_own_chunk_only(mode: str, reach: Reach) -> None:
    fake = FakeMixmax(rate_limit=None)
    server = reach(fake)
    # The second request is acted on, then answered 500: its retry sees its own rows as duplicated.
    fake.faults.add(kind="status", status=500, after=1, after_processing=True, method="POST")
    result = _add(fake, mode, _rows(4), server=server, chunk_size=2, concurrency=1)
    assert [r.status for r in result] == ["success", "success", "duplicated", "duplicated"]
    assert [r.email for r in result.added_by_earlier_attempt] == ["p2@example.com", "p3@example.com"]
    assert result.duplicated == [] and result.after_ambiguous_retry is True
    assert result.ambiguous_rows == frozenset({2, 3})
    assert _bodies(fake) == [200, 500, 200], "the acted-on chunk sent once more, after one back-off step"
    assert len(fake.clock.sleeps) == 1 and 0.375 <= fake.clock.sleeps[0] <= 0.5


def test_an_ambiguous_retry_among_concurrent_async_chunks_is_attributed_to_its_own_chunk(reach: Reach) -> None:
    """With chunks in flight together, which one the fault hits depends on scheduling (and, over loopback,
    on the sockets); the rows of that one chunk, and no other, are the ones added by its earlier attempt."""
    fake = FakeMixmax(rate_limit=None)
    fake.faults.add(kind="status", status=500, after=1, after_processing=True, method="POST")
    result = _add(fake, "async", _rows(6), server=reach(fake), chunk_size=2, concurrency=3)
    statuses = [r.status for r in result]
    hit = statuses.index("duplicated") // 2
    assert statuses == ["duplicated" if i // 2 == hit else "success" for i in range(6)], statuses
    assert result.ambiguous_rows == frozenset({2 * hit, 2 * hit + 1})
    assert [r.email for r in result.added_by_earlier_attempt] == [
        f"p{2 * hit}@example.com",
        f"p{2 * hit + 1}@example.com",
    ]
    assert result.duplicated == [] and result.after_ambiguous_retry is True
    assert sorted(_bodies(fake)) == [200, 200, 200, 500]
    present = [r["email"] for r in fake.sequence_recipients(_onboarding(fake))]
    assert sorted(present.count(f"p{i}@example.com") for i in range(6)) == [1] * 6


def test_async_chunks_run_concurrently_and_a_failure_lets_the_ones_in_flight_settle() -> None:
    fake = FakeMixmax(rate_limit=None)
    fake.faults.add(kind="status", status=401, after=2, method="POST")  # the third request to arrive
    with pytest.raises(BulkAddError) as info:
        _add(fake, "async", _rows(20), chunk_size=2, concurrency=4)
    statuses = [r.status for r in info.value.result]
    bodies = _bodies(fake)
    assert isinstance(info.value.error, AuthenticationError)
    assert 4 <= len(bodies) <= 6, "4 in flight from the start; after the failure settled nothing new started"
    assert bodies.count(401) == 1 and statuses.count("error") == 2 and len(info.value.result.unconfirmed) == 2
    assert statuses.count("success") == 2 * bodies.count(200), "every request in flight settled"
    assert statuses.count("not_sent") == 20 - 2 * len(bodies)
    assert statuses[2 * len(bodies) :] == ["not_sent"] * (20 - 2 * len(bodies)), "chunks start in input order"


@pytest.mark.parametrize("mode", MODES)
def test_chunks_are_paced_by_the_rate_limiter_and_never_hit_a_429(mode: str) -> None:
    fake = FakeMixmax(rate_limit=5, rate_window=60.0)
    start = fake.clock.now()
    result = _add(
        fake, mode, _rows(24), chunk_size=2, client_options={"rate_limit": LocalRateLimit(5, 60.0, shared=False)}
    )
    assert result.counts() == {"success": 24}
    assert _bodies(fake) == [200] * 12, "12 requests, no 429"
    assert fake.clock.now() - start >= 120.0, "12 requests at 5 per minute span two more windows"


@pytest.mark.parametrize("mode", MODES)
def test_progress_reports_rows_done_of_the_total(mode: str) -> None:
    fake = FakeMixmax(rate_limit=None)
    seen: list[tuple[int, int, list[int], bool]] = []

    def progress(p: BulkProgress) -> None:
        seen.append((p.done, p.total, p.chunk.rows, p.chunk.error is None))

    _add(fake, mode, [*_rows(5), "bad"], chunk_size=2, skip_invalid=True, concurrency=1, progress=progress)
    assert seen == [(3, 6, [0, 1], True), (5, 6, [2, 3], True), (6, 6, [4], True)], (
        "the invalid row counts from the start"
    )


def test_up_to_chunk_size_rows_is_one_request_also_with_raw_response() -> None:
    fake = FakeMixmax(rate_limit=None)
    with fake.client() as client:
        raw = client.with_raw_response.sequences.sequence(_onboarding(fake)).add_recipients(_rows(50))
        assert isinstance(raw, RawResponse) and raw.status_code == 200
        assert raw.parse().counts() == {"success": 50}
        with pytest.raises(MixmaxValidationError, match="with_raw_response sends exactly one request"):
            client.with_raw_response.sequences.sequence(_onboarding(fake)).add_recipients(_rows(51, 100))
    assert _bodies(fake) == [200]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"chunk_size": 0}, "chunk_size must be an int from 1 to 1000"),
        ({"chunk_size": 1001}, "chunk_size must be an int from 1 to 1000"),
        ({"chunk_size": True}, "chunk_size must be an int from 1 to 1000"),
        ({"concurrency": 0}, "concurrency must be an int from 1 to 16"),
        ({"skip_invalid": None}, "skip_invalid must be a bool"),
        ({"progress": 3}, "progress must be a callable"),
    ],
)
def test_bad_bulk_options_fail_before_any_request(kwargs: dict[str, Any], message: str) -> None:
    fake = FakeMixmax(rate_limit=None)
    with pytest.raises(MixmaxValidationError, match=message):
        _add(fake, "sync", _rows(2), **kwargs)
    assert fake.served == []


def test_a_raising_progress_callback_stops_the_async_batch() -> None:
    fake = FakeMixmax(rate_limit=None)

    def progress(p: BulkProgress) -> None:
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError, match="stop"):
        _add(fake, "async", _rows(20), chunk_size=2, progress=progress)
    assert len(_bodies(fake)) <= 4, "nothing new starts once the callback raised"


def test_the_async_method_returns_an_awaitable_of_the_same_result() -> None:
    fake = FakeMixmax(rate_limit=None)

    async def main() -> AddRecipientsResult:
        async with fake.async_client() as client:
            pending: Callable[..., Any] = client.sequences.sequence(_onboarding(fake)).add_recipients
            return await pending(_rows(1))

    result = asyncio.run(main())
    assert isinstance(result, AddRecipientsResult) and result.counts() == {"success": 1}


def test_the_docs_bulk_example_runs_against_the_fake() -> None:
    import re

    from conftest import ROOT

    text = (ROOT / "docs" / "bulk.md").read_text()
    example = next(b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "BulkAddError" in b)
    fake = FakeMixmax(rate_limit=None)
    printed: list[str] = []
    scope = {"print": lambda *a: printed.append(" ".join(map(str, a)))}
    with fake.serve() as server, pytest.MonkeyPatch.context() as env:
        env.setenv("MIXMAX_BASE_URL", server.base_url)
        env.setenv("MIXMAX_API_KEY", fake.demo_token)
        exec(compile(example, "docs/bulk.md", "exec"), scope)
    assert scope["result"].counts() == {"success": 500}
    assert printed[0] == "50/500" and printed[-2:] == ["500/500", "{'success': 500}"]
    assert len(fake.requests_to("POST", "/sequences/*/recipients")) == 10
