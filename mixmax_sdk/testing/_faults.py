"""Fault injection: make the next N matching requests fail in a chosen way."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass, field
from typing import Any, Literal

FaultKind = Literal["status", "html", "truncated", "delay", "trickle", "drop", "refuse"]


@dataclass
class Fault:
    """One programmed fault.

    kind:
        "status"    answer `status` with `body` (JSON; default `{"message": ...}`) and `headers`;
        "html"      answer `status` (default 502) with an HTML error page;
        "truncated" answer 200 with the real answer's JSON cut in half;
        "delay"     hold the answer `delay` seconds (in-process: a read timeout when that exceeds the
                    request's read timeout; over HTTP: a wait on the fake's clock, real with `RealClock`);
        "trickle"   answer the real answer, its body one byte at a time, `delay` seconds apart (each
                    read is quick, the whole body is slow: what a per-read timeout does not bound);
        "drop"      close the connection without an answer, after the request arrived;
        "refuse"    refuse the connection: the request never arrives. (In-process only: over HTTP the
                    request has arrived by the time it can be matched, so use
                    `FakeServer.refuse_connections()` for a real refusal.)
    after_processing: for "status"/"html"/"truncated"/"drop" (always so for "delay"/"trickle"), first
        really handle the request (so state changes, e.g. recipients are added), then fail. The client
        cannot tell the difference: that is the ambiguous failure a retry must survive.
    times: how many matching requests it applies to.
    after: how many matching requests to let through untouched first (e.g. 1: fail the second page).
    method / path: which requests match (`path` is a glob over the path below the base URL, e.g.
        "/sequences/*/recipients"); None matches all.
    """

    kind: FaultKind = "status"
    status: int = 500
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    after_processing: bool = False
    times: int = 1
    after: int = 0
    method: str | None = None
    path: str | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)


class FaultPlan:
    """The programmed faults, consumed in order of registration. Thread-safe."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self.injected: int = 0

    def add(self, fault: Fault | None = None, /, **kwargs: Any) -> Fault:
        """Program a fault: `fake.faults.add(kind="status", status=503, times=2, method="GET")`."""
        if fault is None:
            fault = Fault(**kwargs)
        elif kwargs:
            raise TypeError("pass a Fault or keyword arguments, not both")
        if fault.times < 1:
            raise ValueError("times must be >= 1")
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if any (one use of it is consumed)."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    if fault.after > 0:
                        fault.after -= 1
                        return None
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                    self.injected += 1
                    return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    @property
    def pending(self) -> int:
        with self._lock:
            return sum(f.times for f in self._faults)
