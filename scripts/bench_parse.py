"""Cost of turning a decoded sequences page into models, as a ratio to `json.loads` of the same bytes.

    .venv/bin/python scripts/bench_parse.py

One realistic 300-item `GET /sequences` body (every documented field of a sequence: cc/bcc
addresses, stage ids, variables, teamIds, CRM connections, sharing, timestamps). Rounds interleave
the two measurements so that a busy machine slows both alike; each block starts after
`gc.collect()`, and the figures are medians over rounds. Claims use the ratio only: absolute times
depend on the machine (2 shared cores here).
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from mixmax_openapi.models import SequencePage

ITEMS = 300
ROUNDS = 15
REPEAT = 20


def sequence(i: int) -> dict[str, Any]:
    oid = f"5815495f8447b9058a31{i:04x}"
    return {
        "_id": oid,
        "userId": "kZYPwDDiGPTfQDj5n",
        "createdAt": "2016-10-30T01:14:07.790Z",
        "updatedAt": "2016-10-31T10:00:00.000Z",
        "name": f"Onboarding {i}",
        "sendStagesAsReplies": True,
        "stages": [f"{oid}a1", f"{oid}a2", f"{oid}a3"],
        "cc": [{"email": "manager@example.com", "name": "Ada Lovelace"}],
        "bcc": [{"email": "crm-dropbox@example.com", "name": None}],
        "linkTrackingEnabled": True,
        "fileTrackingEnabled": True,
        "notificationsEnabled": False,
        "syncToOrg": False,
        "teamIds": ["5a1b2c3d4e5f601234567890"],
        "variables": ["Email", "First name", "Company"],
        "crmsConnected": [{"name": "salesforce", "logTo": "contact"}],
        "timezone": "America/Los_Angeles",
        "shared": {"userIds": [], "teamIds": ["5a1b2c3d4e5f601234567890"]},
        "archived": False,
    }


def body() -> bytes:
    page = {"results": [sequence(i) for i in range(ITEMS)], "next": "eyJfaWQiOiI1ODE1In0", "hasNext": True}
    return json.dumps(page).encode()


def block(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(REPEAT):
        fn()
    return (time.perf_counter() - start) / REPEAT


def main() -> None:
    raw = body()
    decoded = json.loads(raw)
    SequencePage.from_dict(decoded)  # warm up: imports, first-call binding
    loads: list[float] = []
    models: list[float] = []
    for _ in range(ROUNDS):
        loads.append(block(lambda: json.loads(raw)))
        models.append(block(lambda: SequencePage.from_dict(decoded)))
    t_loads, t_models = statistics.median(loads), statistics.median(models)
    print(f"body: {len(raw)} bytes, {ITEMS} sequences; median of {ROUNDS} interleaved rounds x {REPEAT}")
    print(f"json.loads              {t_loads * 1e3:8.2f} ms  {t_loads / ITEMS * 1e6:6.2f} us/item")
    print(f"SequencePage.from_dict  {t_models * 1e3:8.2f} ms  {t_models / ITEMS * 1e6:6.2f} us/item")
    print(f"ratio from_dict / json.loads: {t_models / t_loads:.2f}x (goal <= 2.5x)")


if __name__ == "__main__":
    main()
