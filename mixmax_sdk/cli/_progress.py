"""The progress of `mixmax sequences add-recipients` on stderr: a bar on a terminal, plain lines elsewhere
(a CI log, a pipe), nothing with `--json`.

It tells the truth about the pace: an import is paced by the API's rate limit (120 requests a minute),
not by how fast the first requests went, so the ETA is the requests left at the limit's rate; when the
SDK waits (for a slot of the rate limit, a 429's Retry-After, or before retrying a failed request) it
says so and counts down, instead of freezing on a burst speed. It hears of those waits through the
client's clock (`WaitListener` in `mixmax_sdk._clock`). A resumed import starts at the rows earlier
runs confirmed.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TaskID, TextColumn
from rich.text import Text

from .._clock import SystemClock, WaitReason

if TYPE_CHECKING:
    from .._rate_limit_local import RateLimitState

__all__ = ["ImportProgress", "Mode", "WaitReportingClock"]

Mode = Literal["bar", "lines", "off"]
LINE_INTERVAL = 5.0  # seconds between two progress lines in "lines" mode (waits are always told)
NOTICEABLE_WAIT = 1.0  # shorter waits pass without a line


class WaitReportingClock(SystemClock):
    """The real clock, telling `on_wait` about every wait the SDK is about to make."""

    def __init__(self, on_wait: Callable[[float, WaitReason], None]) -> None:
        self._on_wait = on_wait

    def waiting(self, seconds: float, reason: WaitReason) -> None:
        self._on_wait(seconds, reason)


def wait_message(seconds: float, reason: WaitReason) -> str:
    left = f"{math.ceil(max(seconds, 0.0))} s"
    if reason == "rate_limit":
        return f"waiting for the rate limit: next request in {left}"
    return f"a request failed: retrying in {left}"


def duration(seconds: float) -> str:
    seconds = math.ceil(seconds)
    if seconds < 120:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest:02d} s" if minutes < 120 else f"{minutes // 60} h {minutes % 60:02d} min"


class ImportProgress:
    """Use as a context manager around the import; hand `clock` to the client, `update` to `run_import`."""

    def __init__(self, console: Console, *, mode: Mode, chunk_size: int, now: Callable[[], float] = time.monotonic):
        self.console, self.mode, self.chunk_size, self._now = console, mode, chunk_size, now
        self.clock = WaitReportingClock(self.waiting)
        self._pace: tuple[int, float] | None = None  # requests per window, window seconds
        self._done, self._total = 0, 0
        self._started = False
        self._last_line = -math.inf
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def pace(self, state: RateLimitState | None) -> None:
        """The client's rate limit (`client.rate_limit_state`), which the ETA is computed from."""
        self._pace = None if state is None else (state.limit, state.window)

    def eta(self) -> float | None:
        """Seconds until every row is sent, at the rate limit: rows left / rows per request / requests per second."""
        if self._pace is None:
            return None
        limit, window = self._pace
        requests = math.ceil((self._total - self._done) / self.chunk_size)
        return requests * window / limit

    # ------------------------------------------------------------------ events
    def update(self, done: int, total: int) -> None:
        """`done` of `total` rows have a final status (called first with what earlier runs confirmed)."""
        first, self._done, self._total = not self._started, done, total
        self._started = True
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=done, total=total, eta=self.eta(), wait_until=0.0)
        elif self.mode == "lines":
            now = self._now()
            if first or done >= total or now - self._last_line >= LINE_INTERVAL:
                self._line(("starting: " if first else "") + self._position(), now)

    def waiting(self, seconds: float, reason: WaitReason) -> None:
        """The SDK is about to sleep `seconds` (called from the thread that sleeps)."""
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, wait_until=self._now() + seconds, reason=reason)
        elif self.mode == "lines" and seconds >= NOTICEABLE_WAIT:
            self._line(f"{wait_message(seconds, reason)} ({self._position()})", self._now())

    def _position(self) -> str:
        eta = self.eta()
        left = f", about {duration(eta)} left" if eta is not None and self._done < self._total else ""
        return f"{self._done}/{self._total} rows{left}"

    def _line(self, text: str, now: float) -> None:
        self._last_line = now
        self.console.print(text, markup=False, highlight=False)

    # ------------------------------------------------------------------ the bar
    def __enter__(self) -> ImportProgress:
        if self.mode == "bar":
            self._bar = Progress(
                TextColumn("adding"), BarColumn(), MofNCompleteColumn(), _StatusColumn(self._now), console=self.console
            )
            self._bar.start()
            self._task = self._bar.add_task("adding", total=None, eta=None, wait_until=0.0, reason="rate_limit")
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()


class _StatusColumn(ProgressColumn):
    """While the SDK waits, the countdown to the next request; else the ETA at the rate limit. Rendered
    on each refresh, so the countdown moves while the import thread sleeps."""

    def __init__(self, now: Callable[[], float]) -> None:
        super().__init__()
        self._now = now

    def render(self, task: Task) -> Text:
        left = task.fields.get("wait_until", 0.0) - self._now()
        if left > 0:
            return Text(wait_message(left, task.fields.get("reason", "rate_limit")))
        eta = task.fields.get("eta")
        return Text(f"about {duration(eta)} left" if eta is not None and not task.finished else "")
