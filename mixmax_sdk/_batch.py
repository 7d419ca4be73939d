"""Operations that need several requests for one user call (bulk `add_recipients`), written once.

A resource method decorated with `batched` returns a `Batch`: a plan that hands out `Call`s one at a
time (`next_call`), is told how each ended (`settle`), and finally builds the result (`result`). The
plan owns every decision - how to split the work, when to stop after a failure, how to aggregate -
and never sends anything itself. Two small drivers send its calls through the client's runner:
`drive_sync` one after another, `drive_async` with up to `batch.concurrency` in flight. Both go
through the runner, so retries, the rate limiter and per-call options apply to every request, and
neither holds any bulk logic of its own (the same split as pagination's `Plan` and its pagers).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

from ._call import Call, PerCall
from ._resource import Async, Method, RawAsync, RawSync, Resource, Sync, annotation_text
from .errors import MixmaxError, MixmaxValidationError

if TYPE_CHECKING:
    from ._raw import RawResponse
    from ._runner import AsyncRunner, SyncRunner

P = ParamSpec("P")
R = TypeVar("R")


class Batch(Protocol[R]):
    """A multi-request plan (see the module docstring). Keys are the plan's own handles for its calls."""

    @property
    def concurrency(self) -> int:
        """How many calls an async driver may have in flight at once."""
        ...

    def next_call(self) -> tuple[int, Call[Any]] | None:
        """The next call to send and its key, or None when there is nothing (more) to start."""
        ...

    def settle(self, key: int, value: Any = None, error: MixmaxError | None = None) -> None:
        """Call `key` ended with `value` (its parsed answer) or `error`."""
        ...

    def result(self) -> R:
        """The aggregated result once every started call has settled (it may raise instead)."""
        ...

    def only_call(self) -> Call[R] | None:
        """The whole operation as a single call, when one request does it all (None otherwise)."""
        ...

    def with_per_call(self, per_call: PerCall) -> Batch[R]:
        """The plan with per-call options on every one of its requests."""
        ...


def drive_sync(runner: SyncRunner, batch: Batch[R]) -> R:
    while (step := batch.next_call()) is not None:
        key, call = step
        try:
            value = runner.run(call)
        except MixmaxError as error:
            batch.settle(key, error=error)
        else:
            batch.settle(key, value)
    return batch.result()


async def drive_async(runner: AsyncRunner, batch: Batch[R]) -> R:
    import asyncio

    async def send(key: int, call: Call[Any]) -> None:
        try:
            value = await runner.run(call)
        except MixmaxError as error:
            batch.settle(key, error=error)
        else:
            batch.settle(key, value)

    in_flight: set[asyncio.Task[None]] = set()
    try:
        while True:
            while len(in_flight) < batch.concurrency and (step := batch.next_call()) is not None:
                in_flight.add(asyncio.ensure_future(send(*step)))
            if not in_flight:
                break
            done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            # Anything but a MixmaxError (a bug, a raising callback) ends the batch; every finished task
            # is looked at, so none is left with an exception nobody retrieved.
            failures = [exc for task in done if (exc := task.exception()) is not None]
            if failures:
                raise failures[0]
    finally:
        # Cancelled (or failed): stop what is still in flight rather than leave it running unobserved.
        for task in in_flight:
            task.cancel()
        if in_flight:
            await asyncio.gather(*in_flight, return_exceptions=True)
    return batch.result()


def one_call(batch: Batch[R]) -> Call[R]:
    """The batch as its one request (`with_raw_response`); refused when it needs several."""
    call = batch.only_call()
    if call is None:
        raise MixmaxValidationError(
            "with_raw_response sends exactly one request, and this call needs several: "
            "use the client itself, or a chunk_size that fits every row in one request"
        )
    return call


class batched(Method, Generic[P, R]):
    """Decorator: the method returns a `Batch[R]`; callers get `R` (sync), a coroutine of `R` (async), or
    on the `with_raw_response` views the `RawResponse` of its one request (refused when it needs more).

    The method body (validation, splitting) runs at call time, so bad input fails before any request.
    """

    _describes = "Batch"

    def __init__(self, build: Callable[Concatenate[Any, P], Batch[R]]) -> None:
        super().__init__(build)

    def _payload(self, declared: Any) -> str | None:
        """R of `Batch[R]`, or of a plan class named by the annotation: what its `result()` returns."""
        payload = super()._payload(declared)
        if payload is None and isinstance(declared, str):
            plan = self._build.__globals__.get(declared) if declared.isidentifier() else None
            result_method = getattr(plan, "result", None) if isinstance(plan, type) else None
            if callable(result_method):
                import inspect

                result = inspect.signature(result_method).return_annotation
                payload = None if result is inspect.Signature.empty else annotation_text(result)
        return payload

    def _sender(self, runner: Any) -> Callable[[Any], Any]:
        return runner.batch  # type: ignore[no-any-return]

    @overload
    def __get__(self, obj: None, owner: type) -> batched[P, R]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type) -> Callable[P, R]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: type) -> Callable[P, Coroutine[object, None, R]]: ...
    @overload
    def __get__(self, obj: Resource[RawSync], owner: type) -> Callable[P, RawResponse[R]]: ...
    @overload
    def __get__(self, obj: Resource[RawAsync], owner: type) -> Callable[P, Coroutine[object, None, RawResponse[R]]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type) -> Any:
        return self if obj is None else self._bind(obj)
