"""One call of each kind (GET, a paged list, POST create, POST add-recipients, DELETE) through a fresh
`Mixmax` or `AsyncMixmax` on the fake Mixmax served over HTTP, and a ticker that shows whether an async
wait lets other tasks run. Shared by the loopback fault matrix, the retry and the rate-limit tests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from conftest import HTTP_FAULT_STATS

from mixmax_sdk import (
    AsyncMixmax,
    Mixmax,
    MixmaxError,
)
from mixmax_sdk.testing import FakeMixmax, FakeServer, FastForwardClock

ADDRESSES = ["ada.l@example.com", "grace.h@example.com", "alan.t@example.com"]


READ_TIMEOUT = 0.4  # seconds; every normal answer over loopback comes in a few milliseconds


BACKOFF = (0.375, 0.5)


# --------------------------------------------------------------------------------------- the calls
def _onboarding(fake: FakeMixmax) -> str:
    return next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")


def _rows() -> list[dict[str, Any]]:
    return [{"email": a, "variables": {"First name": a.split(".")[0].title()}} for a in ADDRESSES]


async def _async_call(client: AsyncMixmax, fake: FakeMixmax, request: str, arm: Callable[[], None]) -> Any:
    if request == "list":
        items: list[Any] = []
        async for page in client.sequences.list(limit=3).iter_pages():
            items += page.results
            if len(items) == len(page.results):
                arm()  # page 1 is in: fail page 2
        return items
    arm()
    if request == "GET":
        return await client.users.me()
    if request == "POST create":
        return await client.messages.create(["ada@example.com"], subject="Hi")
    if request == "POST add-recipients":
        return await client.sequences.sequence(_onboarding(fake)).add_recipients(_rows())
    return await client.snippet_tags.delete(_first_tag(fake))


def _sync_call(client: Mixmax, fake: FakeMixmax, request: str, arm: Callable[[], None]) -> Any:
    if request == "list":
        items: list[Any] = []
        for page in client.sequences.list(limit=3).iter_pages():
            items += page.results
            if len(items) == len(page.results):
                arm()
        return items
    arm()
    if request == "GET":
        return client.users.me()
    if request == "POST create":
        return client.messages.create(["ada@example.com"], subject="Hi")
    if request == "POST add-recipients":
        return client.sequences.sequence(_onboarding(fake)).add_recipients(_rows())
    return client.snippet_tags.delete(_first_tag(fake))


def _first_tag(fake: FakeMixmax) -> str:
    tag: str = fake.store.newest_first("snippettags")[0]["_id"]
    return tag


@dataclass
class Outcome:
    result: Any = None
    error: BaseException | None = None


def run_call(
    mode: str, server: FakeServer, clock: FastForwardClock, request: str, arm: Callable[[], None], **client: Any
) -> Outcome:
    """Run one call with a fresh client (`client`: more of its options); a foreign (non-`MixmaxError`)
    exception is counted and re-raised."""
    fake = server.fake
    options: dict[str, Any] = {
        "api_key": fake.demo_token,
        "base_url": server.base_url,
        "clock": clock,
        "timeout": httpx.Timeout(5.0, read=READ_TIMEOUT),
        **client,
    }
    outcome = Outcome()
    try:
        if mode == "sync":
            with Mixmax(**options) as client:
                outcome.result = _sync_call(client, fake, request, arm)
        else:

            async def main() -> Any:
                async with AsyncMixmax(**options) as client:
                    return await _async_call(client, fake, request, arm)

            outcome.result = asyncio.run(main())
    except MixmaxError as error:
        outcome.error = error
    except Exception:
        HTTP_FAULT_STATS.foreign += 1
        raise
    return outcome


# ---------------------------------------------------------------------------------- the event loop
def _tick_while(
    coro_factory: Callable[[], Any], ticks: list[float] | None = None
) -> tuple[Any, list[float], float, float]:
    """Run a coroutine while another task ticks every 10 ms, appending to `ticks`; (its result, tick
    times, start, end)."""

    async def main(ticks: list[float]) -> tuple[Any, list[float], float, float]:
        done = asyncio.Event()

        async def ticker() -> None:
            while not done.is_set():
                ticks.append(time.monotonic())
                await asyncio.sleep(0.01)

        task = asyncio.create_task(ticker())
        await asyncio.sleep(0)
        start = time.monotonic()
        try:
            result = await coro_factory()
        finally:
            end = time.monotonic()
            done.set()
            await task
        return result, ticks, start, end

    return asyncio.run(main([] if ticks is None else ticks))


class TickCountingClock(FastForwardClock):
    """A `FastForwardClock` that counts the ticks of `_tick_while`'s ticker during each awaited sleep
    (`during`). A sleep that blocks the event loop has none, whatever the load; one that is awaited has
    at least one, whatever the load: the ticker's next wake-up (10 ms away) is due before the sleep's
    end, and asyncio runs due callbacks in the order of their times."""

    def __init__(self, ticks: list[float], scale: float) -> None:
        super().__init__(scale=scale)
        self.ticks = ticks
        self.during: list[int] = []

    async def asleep(self, seconds: float) -> None:
        before = len(self.ticks)
        await super().asleep(seconds)
        self.during.append(len(self.ticks) - before)
