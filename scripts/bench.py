"""What the SDK costs on top of raw httpx, every figure a ratio measured side by side in one run.

    make bench                      # full run: prints the table, writes bench/RESULTS.md
    python scripts/bench.py --smoke # tiny sizes, nothing written, no goal asserted (run by the tests)

Method. The HTTP server runs in another process (scripts/bench_server.py: fixed realistic bodies,
keep-alive), so its cost is not charged to either side under this process's GIL. Each row times
the SDK (B) and its baseline (A) in interleaved rounds whose order alternates, with `gc.collect()`
before every timed block; figures are medians over rounds with the p25-p75 spread. The SDK's
client-side rate limiter is off (`rate_limit=None`), as raw httpx has none. Claims use ratios only:
absolute times depend on the machine, described in the output.

Exit status: 0 when every goal holds (always 0 with --smoke), 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
from bench_parse import body as page_body
from bench_parse import sequence
from bench_server import BODIES
from mixmax_openapi.models import SequencePage

from mixmax_sdk import AsyncMixmax, Mixmax

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token-0123456789"
SEQ_ID = "5815495f8447b9058a310007"
# The raw side as its user would write it: the token set once on the client, as the SDK does.
RAW_HEADERS = {"X-API-Token": TOKEN, "Accept": "application/json"}


@dataclass(frozen=True)
class Sizes:
    import_samples: int
    rounds: int
    cpu_rounds: int
    http_block: int
    cpu_block: int
    parse_rounds: int
    parse_repeat: int
    memory_items: tuple[int, int]
    concurrent: int
    concurrent_rounds: int
    sequential_rounds: int
    bulk_rows: int = 10_000
    redis_requests: int = 300
    big_answer_mib: int = 50
    big_answer_rounds: int = 3
    mcp_rounds: int = 15
    mcp_lists: int = 30


FULL = Sizes(21, 15, 31, 150, 500, 15, 20, (10_000, 100_000), 50, 15, 3)
SMOKE = Sizes(
    2,
    2,
    2,
    3,
    5,
    2,
    1,
    (300, 900),
    5,
    2,
    1,
    bulk_rows=200,
    redis_requests=5,
    big_answer_mib=2,
    big_answer_rounds=1,
    mcp_rounds=2,
    mcp_lists=2,
)


@dataclass(frozen=True)
class Stat:
    median: float
    p25: float
    p75: float

    @classmethod
    def of(cls, values: list[float]) -> Stat:
        if len(values) == 1:
            return cls(values[0], values[0], values[0])
        q = statistics.quantiles(values, n=4, method="inclusive")
        return cls(statistics.median(values), q[0], q[2])


@dataclass(frozen=True)
class Row:
    figure: str
    a_label: str
    a: Stat | None
    b: Stat | None
    ratio: Stat | None  # per-round ratios b / a
    unit: str
    goal: str
    met: bool | None  # None: no goal of this issue (or not measured)
    note: str = ""


def quartiles(a: list[float], b: list[float]) -> tuple[Stat, Stat, Stat]:
    return Stat.of(a), Stat.of(b), Stat.of([y / x for x, y in zip(a, b, strict=True)])


Clock = Callable[[], float]


def block(fn: Callable[[], object], n: int, clock: Clock = time.perf_counter) -> float:
    gc.collect()
    start = clock()
    for _ in range(n):
        fn()
    return (clock() - start) / n


def interleaved(
    a: Callable[[], object], b: Callable[[], object], rounds: int, n: int, clock: Clock = time.perf_counter
) -> tuple[Stat, Stat, Stat]:
    """Per-call seconds of a and b: `rounds` rounds of n calls each, the order alternating.

    Rows with no I/O pass `clock=time.thread_time`: the CPU time of this thread, which time the
    scheduler gives to other processes (2 shared cores) does not inflate. Rows that wait on the
    server use wall time.
    """
    a(), b()  # warm up: connections, imports, first-call binding
    ta: list[float] = []
    tb: list[float] = []
    for i in range(rounds):
        if i % 2:
            tb.append(block(b, n, clock))
            ta.append(block(a, n, clock))
        else:
            ta.append(block(a, n, clock))
            tb.append(block(b, n, clock))
    return quartiles(ta, tb)


async def ablock(fn: Callable[[], Awaitable[object]], n: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(n):
        await fn()
    return (time.perf_counter() - start) / n


# ------------------------------------------------------------------------------------------ rows
def import_row(sizes: Sizes) -> Row:
    """Both sides import from bytecode, as an installed package does (pip compiles it at install time).
    Without this, PYTHONDONTWRITEBYTECODE (set on some machines) would charge the SDK, whose source
    tree has no `__pycache__`, for compiling itself on every run, and not httpx. The bytecode goes to a
    temporary PYTHONPYCACHEPREFIX, written by one discarded import of each side, so the repository is
    left as it was."""
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache

        def sample(module: str) -> float:
            code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
            return float(out.stdout)

        sample("httpx"), sample("mixmax_sdk")  # writes both sides' bytecode
        return _import_row(sizes, sample)


def _import_row(sizes: Sizes, sample: Callable[[str], float]) -> Row:
    ta: list[float] = []
    tb: list[float] = []
    for i in range(sizes.import_samples):
        pair = [("httpx", ta), ("mixmax_sdk", tb)]
        for module, into in pair[:: -1 if i % 2 else 1]:
            into.append(sample(module))
    a, b, r = quartiles(ta, tb)
    return Row(
        "`import mixmax_sdk` vs `import httpx` (fresh processes)",
        "import httpx",
        a,
        b,
        r,
        "ms",
        "≤ 1.25x",
        r.median <= 1.25,
    )


class Memory(httpx.BaseTransport):
    """An in-memory transport: fixed bodies, no socket, so only client-side CPU is left to measure."""

    def __init__(self) -> None:
        self.headers = [(b"content-type", b"application/json; charset=utf-8")]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        content = BODIES["users"] if path.endswith("/users/me") else BODIES["sequence"]
        return httpx.Response(200, headers=self.headers, content=content)


@contextmanager
def sdk_transport(transport: httpx.BaseTransport) -> Iterator[None]:
    """Make a `Mixmax()` built inside send through `transport` instead of the network (its own client,
    not `http_client=`: that is a row of its own)."""
    with mock.patch.object(httpx, "HTTPTransport", lambda *args, **kwargs: transport):
        yield


def request_rows(
    sizes: Sizes,
    base: str,
    where: str,
    block_n: int,
    make: Callable[[], tuple[Any, Mixmax]],
    goal: float,
    clock: Clock = time.perf_counter,
) -> list[Row]:
    raw, sdk = make()
    me_url, seq_url = f"{base}/v1/users/me", f"{base}/v1/sequences/{SEQ_ID}"
    cases = [
        ("users.me()", lambda: json.loads(raw.get(me_url).content), lambda: sdk.users.me()),
        (
            "sequences.get(id)",
            lambda: json.loads(raw.get(seq_url).content),
            lambda: sdk.sequences.get(SEQ_ID),
        ),
    ]
    rows = []
    for name, fa, fb in cases:
        a, b, r = interleaved(fa, fb, sizes.cpu_rounds if clock is time.thread_time else sizes.rounds, block_n, clock)
        rows.append(Row(f"`{name}` {where}", "httpx + json.loads", a, b, r, "µs", f"≤ {goal:.2f}x", r.median <= goal))
    raw.close()
    sdk.close()
    return rows


def loopback_rows(sizes: Sizes, base: str) -> list[Row]:
    def make() -> tuple[httpx.Client, Mixmax]:
        return httpx.Client(headers=RAW_HEADERS), Mixmax(api_key=TOKEN, base_url=f"{base}/v1", rate_limit=None)

    return request_rows(sizes, base, "over loopback HTTP", sizes.http_block, make, 1.05)


def memory_rows(sizes: Sizes) -> list[Row]:
    base = "https://api.mixmax.com"

    def make() -> tuple[httpx.Client, Mixmax]:
        transport = Memory()
        with sdk_transport(transport):
            sdk = Mixmax(api_key=TOKEN, base_url=f"{base}/v1", rate_limit=None)
        return httpx.Client(transport=transport, headers=RAW_HEADERS), sdk

    return request_rows(sizes, base, "in memory (pure CPU)", sizes.cpu_block, make, 1.10, time.thread_time)


def floor_rows(sizes: Sizes) -> list[Row]:
    """The SDK against the cheapest request plain httpx can make: an `httpx.Request` with the same
    headers handed straight to the transport, its body read and `json.loads`-ed. The SDK sends the same
    way (no `httpx.Client` between it and its transport), so what is left is its own work: validating
    the call, building it, retry and limiter bookkeeping, and the typed parse. No goal of the issue."""
    base = "https://api.mixmax.com"
    transport = Memory()
    with sdk_transport(transport):
        sdk = Mixmax(api_key=TOKEN, base_url=f"{base}/v1", rate_limit=None)
    headers = httpx.Headers(sdk._runner.headers)
    timeout = httpx.Timeout(60.0, connect=10.0).as_dict()

    def bare(url: str) -> Callable[[], object]:
        def send() -> object:
            request = httpx.Request("GET", url, headers=headers, extensions={"timeout": timeout})
            return json.loads(transport.handle_request(request).read())

        return send

    cases = [
        ("users.me()", bare(f"{base}/v1/users/me"), lambda: sdk.users.me()),
        ("sequences.get(id)", bare(f"{base}/v1/sequences/{SEQ_ID}"), lambda: sdk.sequences.get(SEQ_ID)),
    ]
    rows = []
    for name, fa, fb in cases:
        a, b, r = interleaved(fa, fb, sizes.cpu_rounds, sizes.cpu_block, time.thread_time)
        figure = f"`{name}` in memory, vs the bare transport (the SDK's own work; informational)"
        rows.append(Row(figure, "httpx.Request + transport + json.loads", a, b, r, "µs", "none", None))
    sdk.close()
    return rows


def http_client_rows(sizes: Sizes) -> list[Row]:
    base = "https://api.mixmax.com"

    def make() -> tuple[httpx.Client, Mixmax]:
        transport = Memory()
        user = httpx.Client(transport=transport)
        return httpx.Client(transport=transport, headers=RAW_HEADERS), Mixmax(
            api_key=TOKEN, base_url=f"{base}/v1", rate_limit=None, http_client=user
        )

    return request_rows(
        sizes, base, "in memory, `http_client=` passed in", sizes.cpu_block, make, 1.10, time.thread_time
    )


def parse_row(sizes: Sizes) -> Row:
    raw = page_body()
    decoded = json.loads(raw)
    a, b, r = interleaved(
        lambda: json.loads(raw),
        lambda: SequencePage.from_dict(decoded),
        sizes.parse_rounds,
        sizes.parse_repeat,
        time.thread_time,
    )
    return Row(
        "300-item sequences page into models vs `json.loads`",
        "json.loads",
        a,
        b,
        r,
        "ms",
        "≤ 2.5x",
        r.median <= 2.5,
        "owned by the real-data issue (templates); measured here only",
    )


class Pages(httpx.BaseTransport):
    """Serves `total` sequences in pages of 300 from memory (the same items, a new cursor each page)."""

    def __init__(self, total: int) -> None:
        self.total = total
        items = [sequence(i) for i in range(300)]
        self.full = json.dumps({"results": items, "next": "CURSOR", "hasNext": True}).encode()
        self.items = items

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        served = int(request.url.params.get("next", "0"))
        left = self.total - served
        if left >= 300:
            content = self.full.replace(b'"CURSOR"', f'"{served + 300}"'.encode())
            if left == 300:
                content = content.replace(b'"hasNext": true', b'"hasNext": false')
        else:
            content = json.dumps({"results": self.items[:left], "next": None, "hasNext": False}).encode()
        return httpx.Response(200, headers=[(b"content-type", b"application/json")], content=content)


def memory_peak(total: int) -> float:
    with Mixmax(
        api_key=TOKEN,
        base_url="https://api.mixmax.com/v1",
        rate_limit=None,
        http_client=httpx.Client(transport=Pages(total)),
    ) as sdk:
        gc.collect()
        tracemalloc.start()
        count = sum(1 for _ in sdk.sequences.list(limit=300))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert count == total, (count, total)
    return peak / 1e6


def memory_row(sizes: Sizes) -> Row:
    small, large = sizes.memory_items
    memory_peak(small)  # warm up: first-call allocations are not the pager's
    a, b = memory_peak(small), memory_peak(large)
    ratio = b / a
    return Row(
        f"iterating {large:,} vs {small:,} items (tracemalloc peak)",
        f"{small:,} items",
        Stat(a, a, a),
        Stat(b, b, b),
        Stat(ratio, ratio, ratio),
        "MB",
        "stays flat (≤ 1.15x)",
        ratio <= 1.15,
    )


def big_answer_row(sizes: Sizes, base: str) -> Row:
    """What reading and parsing one big answer costs in memory, SDK vs raw httpx: each side in a fresh
    process (scripts/bench_memory.py), its peak resident growth per MiB of body."""
    script = Path(__file__).resolve().parent / "bench_memory.py"
    size = sizes.big_answer_mib * 1024 * 1024
    figure = (
        f"a {sizes.big_answer_mib} MiB answer, `client.request()` vs `response.json()`: peak RSS growth per MiB of body"
    )
    if not Path("/proc/self/clear_refs").exists():
        return Row(
            figure, "httpx `response.json()`", None, None, None, "MiB/MiB", "≤ 2.2", None, "not measured: no /proc"
        )

    def per_mib(side: str) -> float:
        done = subprocess.run(
            [sys.executable, str(script), base, str(size), side], capture_output=True, text=True, check=True
        )
        return int(done.stdout) / size

    a: list[float] = []
    b: list[float] = []
    for round_number in range(sizes.big_answer_rounds):
        for side in ("httpx", "sdk") if round_number % 2 == 0 else ("sdk", "httpx"):
            (a if side == "httpx" else b).append(per_mib(side))
    sa, sb, ratio = quartiles(a, b)
    return Row(
        figure, "httpx `response.json()`", sa, sb, ratio, "MiB/MiB", "≤ 2.2 (body + json's text)", sb.median <= 2.2
    )


async def concurrency_rows(sizes: Sizes, base: str) -> list[Row]:
    n = sizes.concurrent
    slow = f"{base}/slow"
    raw = httpx.AsyncClient(headers=RAW_HEADERS)
    sdk = AsyncMixmax(api_key=TOKEN, base_url=f"{slow}/v1", rate_limit=None)

    async def raw_one() -> Any:
        return json.loads((await raw.get(f"{slow}/v1/users/me")).content)

    async def raw_all() -> None:
        await asyncio.gather(*(raw_one() for _ in range(n)))

    async def sdk_all() -> None:
        await asyncio.gather(*(sdk.users.me() for _ in range(n)))

    async def sdk_sequential() -> None:
        for _ in range(n):
            await sdk.users.me()

    await raw_all(), await sdk_all()  # warm up: open the n connections of each pool
    ta: list[float] = []
    tb: list[float] = []
    for i in range(sizes.concurrent_rounds):
        for fn, into in [(raw_all, ta), (sdk_all, tb)][:: -1 if i % 2 else 1]:
            into.append(await ablock(fn, 1))
    seq = [await ablock(sdk_sequential, 1) for _ in range(sizes.sequential_rounds)]
    await raw.aclose()
    await sdk.close()
    a, b, r = quartiles(ta, tb)
    s = Stat.of(seq)
    speedups = Stat.of([s.median / x for x in tb])
    return [
        Row(
            f"{n} concurrent `await users.me()`, 50 ms latency, vs sequential",
            "sequential",
            s,
            b,
            speedups,
            "ms",
            "≥ 20x (speed-up)",
            speedups.median >= 20,
        ),
        Row(
            f"{n} concurrent `await users.me()`, 50 ms latency, vs raw `httpx.AsyncClient`",
            "httpx.AsyncClient",
            a,
            b,
            r,
            "ms",
            "≤ 1.02x",
            r.median <= 1.02,
        ),
    ]


# ------------------------------------------------------------------------------------------ output
SCALE = {"s": 1.0, "ms": 1e3, "µs": 1e6, "MB": 1.0, "MiB/MiB": 1.0}


def fmt(stat: Stat | None, unit: str) -> str:
    if stat is None:
        return "-"
    k = SCALE[unit]
    return f"{stat.median * k:.3g} {unit} ({stat.p25 * k:.3g}-{stat.p75 * k:.3g})"


def table(rows: list[Row]) -> str:
    lines = [
        "| figure | baseline (A) | A: median (p25-p75) | SDK: median (p25-p75) | ratio SDK/A (p25-p75) | goal | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratio = "-" if row.ratio is None else f"**{row.ratio.median:.2f}x** ({row.ratio.p25:.2f}-{row.ratio.p75:.2f})"
        met = {True: "yes", False: "**no**", None: "-"}[row.met]
        note = f" ({row.note})" if row.note else ""
        lines.append(
            f"| {row.figure}{note} | {row.a_label} | {fmt(row.a, row.unit)} | {fmt(row.b, row.unit)} | {ratio} "
            f"| {row.goal} | {met} |"
        )
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()} ({platform.python_implementation()}); "
        f"httpx {httpx.__version__}; {platform.system()} {platform.release()}"
    )


@contextmanager
def bench_server() -> Iterator[str]:
    script = Path(__file__).resolve().parent / "bench_server.py"
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        base = proc.stdout.readline().strip()
        if not base.startswith("http://"):
            raise RuntimeError(f"the bench server did not start: {base!r}")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


GROUPS = (
    "import",
    "loopback",
    "cpu",
    "http_client",
    "floor",
    "parse",
    "memory",
    "big",
    "concurrency",
    "bulk",
    "redis",
    "mcp",
)


def bulk_rows(sizes: Sizes) -> list[Row]:
    """Bulk add_recipients against the fake's 120/min window on a fast-forwarded clock."""
    from bench_bulk import bench_bulk

    rows = []
    for mode in ("sync", "async"):
        r = bench_bulk(sizes.bulk_rows, None, mode)
        clean = r["rate_limited_429"] == 0 and r["lost"] == 0 and r["duplicated"] == 0
        efficiency = r["efficiency"]
        rows.append(
            Row(
                f"bulk `add_recipients` ({mode}): {r['rows']:,} rows in chunks of {r['chunk_size']}, fake clock",
                "best the 120/min limit allows",
                Stat.of([float(r["best_s"])]),
                Stat.of([float(r["measured_s"])]),
                None if efficiency is None else Stat.of([1 / efficiency]),
                "s",
                "efficiency ≥ 0.95 (ratio ≤ 1.05); 0 429s, 0 lost, 0 duplicated",
                None if efficiency is None else efficiency >= 0.95 and clean,
                f"efficiency {efficiency:.3f}" if efficiency is not None else "one window: the limit costs nothing",
            )
        )
        rows[-1] = dataclasses.replace(
            rows[-1],
            note=f"{rows[-1].note}; {r['rate_limited_429']} 429s, {r['lost']} lost, {r['duplicated']} duplicated",
        )
    return rows


def redis_row(sizes: Sizes) -> Row:
    """What the shared Redis limiter adds to a request, against the local limiter."""
    import shutil

    figure = "shared Redis limiter: SDK `users.me()` over loopback, added time per request"
    goal = "added < 0.5 ms"
    if shutil.which("redis-server") is None:
        return Row(figure, "local limiter", None, None, None, "ms", goal, None, "not measured: no redis-server")
    from bench_redis import throwaway_redis

    from mixmax_sdk import LocalRateLimit, Mixmax, RedisRateLimit
    from mixmax_sdk.testing import FakeMixmax, RealClock

    high = 10**9  # never waits: what is measured is the bookkeeping, not the limiting
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    local_times: list[float] = []
    redis_times: list[float] = []
    with throwaway_redis() as url, fake.serve() as server:
        local = Mixmax(api_key=fake.demo_token, base_url=server.base_url, rate_limit=LocalRateLimit(high))
        shared = Mixmax(api_key=fake.demo_token, base_url=server.base_url, rate_limit=RedisRateLimit(url, limit=high))
        with local, shared:
            local.users.me(), shared.users.me()
            for round_number in range(sizes.rounds):
                order = (local, shared) if round_number % 2 == 0 else (shared, local)
                for client in order:
                    gc.collect()
                    start = time.perf_counter()
                    for _ in range(sizes.redis_requests):
                        client.users.me()
                    elapsed = (time.perf_counter() - start) / sizes.redis_requests
                    (local_times if client is local else redis_times).append(elapsed)
    a, b, ratio = quartiles(local_times, redis_times)
    added = b.median - a.median
    return Row(figure, "local limiter", a, b, ratio, "ms", goal, added < 0.0005, f"added {added * 1e3:.3f} ms")


def mcp_rows(sizes: Sizes) -> list[Row]:
    """`mixmax mcp`: a tool call against the direct SDK call (in memory), and `tools/list` over stdio."""
    import bench_mcp

    out = bench_mcp.run(sizes.mcp_rounds, sizes.mcp_lists, bench_mcp.CALLS if sizes is FULL else 5)
    a, b, ratio = quartiles(out["direct"], out["mcp"])
    added = (b.median - a.median) * 1e6
    call = Row(
        "MCP tool call `users_me` (in-process client and server) vs `await client.users.me()`, fake in memory",
        "direct SDK call",
        a,
        b,
        ratio,
        "ms",
        "",
        None,
        f"added {added:.0f} µs per call",
    )
    (read_count, read_times, read_bytes), (all_count, all_times, all_bytes) = out["read"], out["all"]
    a, b, ratio = quartiles(read_times, all_times)
    listing = Row(
        f"`tools/list` over stdio: {all_count} tools (--allow-writes --allow-send) vs {read_count} (the default)",
        f"{read_count} tools",
        a,
        b,
        ratio,
        "ms",
        "",
        None,
        f"{read_bytes / 1024:.0f} KiB / {all_bytes / 1024:.0f} KiB of JSON",
    )
    return [call, listing]


def run(sizes: Sizes, only: set[str]) -> list[Row]:
    rows = [import_row(sizes)] if "import" in only else []
    with bench_server() as base:
        if "loopback" in only:
            rows += loopback_rows(sizes, base)
        if "cpu" in only:
            rows += memory_rows(sizes)
        if "http_client" in only:
            rows += http_client_rows(sizes)
        if "floor" in only:
            rows += floor_rows(sizes)
        if "parse" in only:
            rows.append(parse_row(sizes))
        if "memory" in only:
            rows.append(memory_row(sizes))
        if "big" in only:
            rows.append(big_answer_row(sizes, base))
        if "concurrency" in only:
            rows += asyncio.run(concurrency_rows(sizes, base))
    if "bulk" in only:
        rows += bulk_rows(sizes)
    if "redis" in only:
        rows.append(redis_row(sizes))
    if "mcp" in only:
        rows += mcp_rows(sizes)
    return rows


README = ROOT / "README.md"
README_START, README_END = "<!-- bench:start -->", "<!-- bench:end -->"


def readme_figures(rows: list[Row], stamp: str) -> str:
    """The README's paragraph of figures, written from this run's rows (never by hand)."""

    def row(*parts: str) -> Row | None:
        return next((r for r in rows if all(p in r.figure for p in parts)), None)

    def x(*parts: str) -> str:
        found = row(*parts)
        return "n/a" if found is None or found.ratio is None else f"{found.ratio.median:.2f}x"

    bulk = row("bulk `add_recipients` (sync)")
    redis = row("shared Redis limiter")
    lines = [
        f"In the latest run ({stamp}, see [`bench/RESULTS.md`](bench/RESULTS.md)):",
        f"`users.me()` / `sequences.get(id)` over loopback HTTP took {x('users.me', 'loopback')} /"
        f" {x('sequences.get', 'loopback')} the time of `httpx.Client.get` + `json.loads`",
        f"(CPU only, in memory: {x('users.me', 'pure CPU')} / {x('sequences.get', 'pure CPU')};"
        f" with an `http_client=` of yours: {x('users.me', 'http_client')} / {x('sequences.get', 'http_client')};"
        f" the SDK's own work, against a bare httpx transport: {x('users.me', 'bare transport')} /"
        f" {x('sequences.get', 'bare transport')});",
        f"`import mixmax_sdk` took {x('import mixmax_sdk')} `import httpx`;"
        f" a 300-item page into models {x('300-item')} `json.loads`;",
        f"50 concurrent awaits at 50 ms latency {x('concurrent', 'raw `httpx.AsyncClient`')} raw"
        f" `httpx.AsyncClient` ({x('concurrent', 'vs sequential')} faster than one after another);",
        f"memory stays flat however many items a pager yields ({x('iterating')} the peak for 10x the items).",
    ]
    big = row("MiB answer")
    if big is not None and big.b is not None:
        lines.append(
            f"Reading and parsing a {big.figure.split()[1]} MiB answer grew the process by"
            f" {big.b.median:.2f} MiB per MiB ({x('MiB answer')} raw httpx `response.json()`)."
        )
    if bulk is not None and bulk.note:
        rows_and_chunks = bulk.figure.split(": ", 1)[1].removesuffix(", fake clock")
        lines.append(f"Bulk enrolment of {rows_and_chunks}: {bulk.note}.")
    if redis is not None and redis.note:
        lines.append(f"The shared Redis limiter: {redis.note} per request.")
    call, listing = row("MCP tool call"), row("`tools/list` over stdio")
    if call is not None and call.a and call.b and listing is not None and listing.a and listing.b:
        tools = listing.figure.split(": ", 1)[1].split()[0]
        lines.append(
            f"`mixmax mcp`: a tool call took {x('MCP tool call')} the direct SDK call in memory"
            f" ({call.b.median * 1e6:.0f} µs vs {call.a.median * 1e6:.0f} µs); `tools/list` over stdio answered in"
            f" {listing.a.median * 1e3:.1f} ms (the read-only tools) / {listing.b.median * 1e3:.1f} ms (all {tools})."
        )
    return "\n".join(lines)


def write_readme(paragraph: str) -> None:
    text = README.read_text()
    start, end = text.index(README_START) + len(README_START), text.index(README_END)
    README.write_text(text[:start] + "\n" + paragraph + "\n" + text[end:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes; write nothing, assert no goal")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument("--only", help=f"comma-separated row groups ({','.join(GROUPS)}); implies not writing")
    parser.add_argument("--baseline", type=Path, help="a Markdown file appended to the output (earlier runs)")
    args = parser.parse_args()
    started = time.perf_counter()
    only = set(args.only.split(",")) if args.only else set(GROUPS)
    rows = run(SMOKE if args.smoke else FULL, only)
    elapsed = time.perf_counter() - started
    text = table(rows)
    print(text)
    print(f"\n{machine()}; {elapsed:.0f} s")
    if args.smoke:
        return 0
    if args.only:
        return 0 if all(row.met is not False for row in rows) else 1
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "# `make bench` results",
        "",
        "Written by `scripts/bench.py` (`make bench`); do not edit by hand. Method: see the script's docstring.",
        "",
        f"## Latest run: {stamp}",
        "",
        f"Machine: {machine()}. Run time {elapsed:.0f} s.",
        "",
        text,
        "",
    ]
    if args.baseline is not None and args.baseline.exists():
        out += [args.baseline.read_text().rstrip(), ""]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(out))
    print(f"written to {args.output}")
    if args.output == ROOT / "bench" / "RESULTS.md":
        write_readme(readme_figures(rows, stamp))
        print(f"figures written to {README}")
    return 0 if all(row.met is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
