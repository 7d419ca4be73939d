"""Bulk efficiency: `add_recipients` of 10,000 rows against the fake Mixmax over loopback HTTP, with the
fake's 120-requests-per-60-seconds sliding window, on a fast-forwarded clock shared by the fake and the
SDK (a 60 s wait takes 60 ms; work really done counts at its real duration).

    .venv/bin/python scripts/bench_bulk.py [rows] [chunk_size]

efficiency = the best time the rate limit allows for that many requests / the measured time. The best
time is floor((requests - 1) / 120) windows: the first 120 requests may all start at once, each later
group of 120 one window after the one before. Also reported: requests answered 429 (the SDK's limiter
should make that 0), rows lost (not in the sequence afterwards) and rows duplicated (in it twice).
`bench_bulk()` returns the figures as a dict, for `make bench` to print a row from.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from mixmax_sdk import AsyncMixmax, Mixmax
from mixmax_sdk._constants import DEFAULT_CHUNK_SIZE
from mixmax_sdk.testing import FakeMixmax, FastForwardClock

LIMIT, WINDOW = 120, 60.0


class _ScaledClock(FastForwardClock):
    """The SDK's fast-forward clock, with what the fake also asks of its clock."""

    def epoch_ms(self) -> int:
        return int(self.time() * 1000)

    def pass_time(self, seconds: float) -> None:
        self.sleep(seconds)


def bench_bulk(
    rows: int = 10_000, chunk_size: int | None = None, mode: str = "sync", scale: float = 0.001
) -> dict[str, Any]:
    size = chunk_size or DEFAULT_CHUNK_SIZE
    clock = _ScaledClock(scale=scale)
    fake = FakeMixmax(clock=clock, rate_limit=LIMIT, rate_window=WINDOW)  # type: ignore[arg-type]
    sequence = next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Event invite")
    emails = [f"bench{i}@example.com" for i in range(rows)]
    with fake.serve() as server:
        options: dict[str, Any] = {"api_key": fake.demo_token, "base_url": server.base_url, "clock": clock}
        start = clock.now()
        if mode == "sync":
            with Mixmax(**options) as client:
                result = client.sequences.sequence(sequence).add_recipients(emails, chunk_size=size)
        else:

            async def run() -> Any:
                async with AsyncMixmax(**options) as client:
                    return await client.sequences.sequence(sequence).add_recipients(emails, chunk_size=size)

            result = asyncio.run(run())
        measured = clock.now() - start
    requests = -(-rows // size)
    best = ((requests - 1) // LIMIT) * WINDOW
    present = [r["email"] for r in fake.sequence_recipients(sequence)]
    counted: dict[str, int] = {}
    for email in present:
        counted[email] = counted.get(email, 0) + 1
    posts = fake.requests_to("POST", f"/sequences/{sequence}/recipients")
    return {
        "mode": mode,
        "rows": rows,
        "chunk_size": size,
        "requests": requests,
        "best_s": best,
        "measured_s": measured,
        # Within one window the limit costs nothing, so there is no ratio to speak of.
        "efficiency": best / measured if best > 0 else None,
        "rate_limited_429": sum(1 for s in posts if s.status == 429),
        "lost": sum(1 for e in emails if e not in counted),
        "duplicated": sum(1 for e in emails if counted.get(e, 0) > 1),
        "succeeded": len(result.succeeded),
    }


def main(argv: list[str]) -> int:
    rows = int(argv[0]) if argv else 10_000
    chunk_size = int(argv[1]) if len(argv) > 1 else None
    print(
        f"{'bulk efficiency':21} {'rows':>6} {'chunk':>5} {'requests':>8} {'best':>7} {'measured':>9} "
        f"{'efficiency':>10} {'429s':>5} {'lost':>5} {'dup':>4}"
    )
    for mode in ("sync", "async"):
        r = bench_bulk(rows, chunk_size, mode)
        efficiency = "n/a" if r["efficiency"] is None else f"{r['efficiency']:.3f}"
        print(
            f"{'add_recipients ' + r['mode']:21} {r['rows']:6} {r['chunk_size']:5} {r['requests']:8} "
            f"{r['best_s']:6.1f}s {r['measured_s']:8.2f}s {efficiency:>10} {r['rate_limited_429']:5} "
            f"{r['lost']:5} {r['duplicated']:4}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
