"""Run one test body with `Mixmax` or `AsyncMixmax` on a fake Mixmax, in memory or over loopback."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

from conftest import fake_client

from mixmax_sdk.testing import FakeMixmax, FakeServer

MODES = ["sync", "async"]


def run(mode: str, fake: FakeMixmax, body: Any, server: FakeServer | None = None, **kwargs: Any) -> Any:
    """`body(client)` with a client of the fake (in-process, or over loopback through `server`): sync,
    or async (awaiting as needed)."""
    if mode == "sync":
        with fake_client(fake, mode, server, **kwargs) as client:
            return body(client)

    async def main() -> Any:
        async with fake_client(fake, mode, server, **kwargs) as client:
            result = body(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


async def _gather(*awaitables: Any) -> list[Any]:
    return [await a for a in awaitables]


def _both(mode: str, first: Any, second: Any) -> Any:
    """Two calls in order: plain values for the sync client, awaited in turn for the async one."""
    return [first, second] if mode == "sync" else _gather(first, second)
