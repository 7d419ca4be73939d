"""The fake's own request/response types, independent of httpx and of http.server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ._clock import FakeClock, RealClock

Action = Literal["drop", "refuse"] | None

NOT_FOUND = "Not found. Looking for an API that we don't provide? Let us know..."


def iso_from_ms(ms: int) -> str:
    """Epoch milliseconds as the API's ISO form: "2016-10-30T01:14:07.790Z"."""
    import datetime

    when = datetime.datetime.fromtimestamp(ms / 1000, tz=datetime.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


class HTTPError(Exception):
    """Raised by handlers: answered as `{"message": ...}` with this status."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


@dataclass
class FakeRequest:
    method: str
    path: str  # below the base path: "/sequences/abc"
    query: dict[str, list[str]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def json(self) -> Any:
        if not self.body.strip():
            return None
        try:
            return json.loads(self.body)
        except ValueError:
            raise HTTPError(400, "Request body is not valid JSON") from None


@dataclass
class FakeResponse:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    action: Action = None  # transport-level behaviour instead of (or after) an answer
    delay: float = 0.0
    trickle: float = 0.0  # seconds between the body's bytes

    @classmethod
    def of_json(cls, status: int, data: Any, headers: dict[str, str] | None = None) -> FakeResponse:
        return cls(
            status, json.dumps(data).encode(), {"content-type": "application/json; charset=utf-8", **(headers or {})}
        )

    @classmethod
    def empty(cls, status: int = 204) -> FakeResponse:
        return cls(status)

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


def trickled(body: bytes, pause: float, clock: FakeClock | RealClock) -> Iterator[bytes]:
    """`body` one byte at a time, `pause` seconds passing on `clock` before each (the "trickle" fault),
    for the in-process transport and the HTTP server alike."""
    for i in range(len(body)):
        clock.pass_time(pause)
        yield body[i : i + 1]
