"""A user's script, type-checked (never run) by tests/test_typing.py with mypy --strict and pyright.

`assert_type` fails the check when the SDK's types drift from what users rely on.
"""

from __future__ import annotations

import asyncio
from typing import assert_type

import httpx
from mixmax_openapi.models import Sequence, User

from mixmax_sdk import (
    UNSET,
    AsyncMixmax,
    AsyncPage,
    AsyncPager,
    Mixmax,
    RateLimitState,
    RawResponse,
    SyncPage,
    SyncPager,
    Unset,
)
from mixmax_sdk.resources.sequences import AddRecipientsResult


def sync_usage(client: Mixmax) -> None:
    me = client.users.me(timeout=5, max_retries=0, extra_headers={"X-Trace": "1"}, extra_query={"debug": "1"})
    assert_type(me, User)
    assert_type(me.id, str)  # always present (required in the spec): no Unset to narrow
    assert_type(me.email, str | Unset)  # optional: absent from the answers Airbyte imported
    if isinstance(me.email, str):
        assert_type(me.email, str)

    pager = client.sequences.list(name="Onboarding", limit=100, timeout=httpx.Timeout(5.0))
    assert_type(pager, SyncPager[Sequence])
    page = pager.first_page()
    assert_type(page, SyncPage[Sequence])
    following = page.next_page()
    assert_type(following, SyncPage[Sequence] | None)
    resumed = client.sequences.list(next=page.next) if page.next else pager
    for sequence in resumed:
        assert_type(sequence, Sequence)
        # The narrowing idiom for optional fields: `X | Unset` (and `| None` where the API sends null).
        if not isinstance(sequence.timezone, Unset) and sequence.timezone is not None:
            assert_type(sequence.timezone, str)
        if sequence.user_id is not UNSET:
            print(sequence.user_id)

    result = client.sequences.sequence("seq").add_recipients(["a@example.com"], enrich=True, extra_body={"x": 1})
    assert_type(result, AddRecipientsResult)

    raw = client.with_raw_response.users.me()
    assert_type(raw, RawResponse[User])
    assert_type(raw.status_code, int)
    assert_type(raw.headers, httpx.Headers)
    assert_type(raw.parse(), User)
    assert_type(client.rate_limit_state, RateLimitState | None)
    assert_type(client.with_options(timeout=1, default_headers={"X-A": "b"}), Mixmax)


async def async_usage(client: AsyncMixmax) -> None:
    task = asyncio.create_task(client.users.me(timeout=5))
    assert_type(await task, User)
    me, first = await asyncio.gather(client.users.me(), client.sequences.list().first_page())
    assert_type(me, User)
    assert_type(first, AsyncPage[Sequence])
    assert_type(client.sequences.list(), AsyncPager[Sequence])
    async for sequence in client.sequences.list(limit=50):
        assert_type(sequence, Sequence)
    raw = await client.with_raw_response.sequences.get("seq")
    assert_type(raw, RawResponse[Sequence])
    await client.close()
