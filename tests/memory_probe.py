"""Run in a child process by the memory tests: one `client.request("GET", PATH)` against a loopback
server, and how far the resident set grew while it ran. Prints one JSON line.

    python memory_probe.py BASE_URL PATH sync|async LIMIT CAP_MIB

LIMIT: "default" (the client's default max_response_bytes), "none", or a number of bytes.
CAP_MIB: the address space the call may add (RLIMIT_AS): a runaway ends in MemoryError, not in a
swapping machine.

Growth is the peak resident set during the call (VmHWM, reset just before it through
/proc/self/clear_refs) minus the resident set before it; the client is built and one small request
sent first, so connections, imports and first-call allocations are not counted.
"""

from __future__ import annotations

import asyncio
import gc
import json
import resource
import sys
from typing import Any


def status(field: str) -> int:
    """A /proc/self/status figure in bytes (VmRSS, VmHWM, VmSize)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise LookupError(field)


def measure(call: Any, cap_mib: int) -> dict[str, Any]:
    gc.collect()
    resource.setrlimit(resource.RLIMIT_AS, (status("VmSize") + cap_mib * 1024 * 1024, resource.RLIM_INFINITY))
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # VmHWM := VmRSS
    before = status("VmRSS")
    outcome: dict[str, Any] = {}
    try:
        result = call()
        outcome["result_length"] = len(result["pad"])
    except BaseException as exc:  # MemoryError included: that is a finding, reported as such
        outcome["error"] = type(exc).__name__
        outcome["bytes_read"] = getattr(exc, "bytes_read", None)
        outcome["limit"] = getattr(exc, "limit", None)
    outcome["growth"] = status("VmHWM") - before
    return outcome


def main() -> None:
    base_url, path, kind, limit_arg, cap_mib = sys.argv[1:]
    kwargs: dict[str, Any] = {}
    if limit_arg != "default":
        kwargs["max_response_bytes"] = None if limit_arg == "none" else int(limit_arg)
    common: dict[str, Any] = {"api_key": "probe-token-0123456789", "base_url": base_url, "max_retries": 0}
    common.update(rate_limit=None, timeout=120, **kwargs)
    if kind == "sync":
        from mixmax_sdk import Mixmax

        with Mixmax(**common) as client:
            client.request("GET", "/sized/100")  # warm up
            outcome = measure(lambda: client.request("GET", path), int(cap_mib))
    else:
        from mixmax_sdk import AsyncMixmax

        with asyncio.Runner() as loop:
            client = AsyncMixmax(**common)
            loop.run(client.request("GET", "/sized/100"))
            outcome = measure(lambda: loop.run(client.request("GET", path)), int(cap_mib))
            loop.run(client.aclose())
    print(json.dumps(outcome))


if __name__ == "__main__":
    main()
