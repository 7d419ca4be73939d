"""One big answer read by the SDK or by raw httpx, in a process of its own: how far its resident set
grew meanwhile. Run by `scripts/bench.py` (the "big answer" row); prints the growth in bytes.

    python scripts/bench_memory.py BASE_URL SIZE sdk|httpx

Growth is the peak resident set during the call (VmHWM, reset just before it through
/proc/self/clear_refs: Linux) minus the resident set before it; a warm-up request goes first, so
imports, connections and first-call allocations are not counted. The answer is `{"pad":"x"}` and
spaces: its parsed value is next to nothing, so what is measured is what each client holds of the
body while reading and parsing it.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Any


def status(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise LookupError(field)


def growth(fn: Callable[[], Any]) -> int:
    gc.collect()
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # VmHWM := VmRSS
    before = status("VmRSS")
    value = fn()
    assert value == {"pad": "x"}, "the answer parsed"
    return status("VmHWM") - before


def main() -> None:
    base, size, side = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if side == "sdk":
        from mixmax_sdk import Mixmax

        with Mixmax(api_key="bench-token-0123456789", base_url=f"{base}/v1", rate_limit=None) as sdk:
            sdk.users.me()
            print(growth(lambda: sdk.request("GET", f"/big/{size}", max_response_bytes=None)))
    else:
        import httpx

        with httpx.Client(base_url=f"{base}/v1") as raw:
            raw.get("/users/me").json()
            print(growth(lambda: raw.get(f"/big/{size}").json()))


if __name__ == "__main__":
    main()
