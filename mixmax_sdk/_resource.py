"""One implementation for sync and async.

A resource method is written once, as a function that validates its input and returns a `Call`
(or a pagination `Plan`). The `endpoint` / `paginated` descriptors bind it to the resource's runner:
on a `Resource[Sync]` the bound method returns the parsed value, on a `Resource[Async]` a coroutine of
it (or an async pager), and on the `with_raw_response` views a `RawResponse` of it. The overloaded
`__get__` keeps all four typed for mypy and IDEs, parameters included (ParamSpec).

At runtime the bound method carries the declared signature (`__signature__`, computed once per
descriptor and mode, on first use), so `inspect.signature`, `help()` and REPL completion show the real parameters,
not `(*args, **kwargs)`: the declared ones without `self`, annotations as written (strings, under
postponed evaluation). Its return annotation is what the caller gets in that mode, as a string: for
`polls.get` `'Poll'` (sync), `'Coroutine[object, None, Poll]'` (async), `'RawResponse[Poll]'` (raw) and
`'Coroutine[object, None, RawResponse[Poll]]'` (async raw) - the same types the `__get__` overloads give.

Every method also takes the per-call options of `RequestOptions` (`timeout=`, `max_retries=`,
`extra_headers=`, `extra_query=`, `extra_body=`, `max_response_bytes=`): each method declares `**options:
Unpack[RequestOptions]` so that IDEs show them, and the descriptor takes them off before the method
body runs, so no method handles them itself.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Concatenate, Generic, ParamSpec, TypedDict, TypeVar, overload

import httpx

from ._call import Call, PerCall

if TYPE_CHECKING:
    from ._raw import RawResponse
    from .pagination import AsyncPager, Plan, SyncPager

P = ParamSpec("P")
T = TypeVar("T")


class Sync:
    """Mode marker: methods return their result."""


class Async:
    """Mode marker: methods return coroutines and async pagers."""


class RawSync:
    """Mode marker (`client.with_raw_response`): methods return a `RawResponse`."""


class RawAsync:
    """Mode marker (`async_client.with_raw_response`): methods return coroutines of a `RawResponse`."""


M = TypeVar("M", Sync, Async, RawSync, RawAsync)

# Async methods return `Coroutine[object, None, T]` rather than `Coroutine[Any, Any, T]`: both are what an
# `async def` gives, but with the explicit `Any`s mypy infers `Any` for `asyncio.gather(a, b)`.


class RequestOptions(TypedDict, total=False):
    """Options every method takes for that one call (keyword-only; the names openai-python uses)."""

    timeout: float | httpx.Timeout | None
    """Seconds (or an `httpx.Timeout`, or None for none) instead of the client's timeout."""
    max_retries: int
    """Retries for this call instead of the client's `max_retries`."""
    extra_headers: Mapping[str, str]
    """Headers added to this request (never `X-API-Token`: the token is `api_key=`)."""
    extra_query: Mapping[str, Any]
    """Query parameters added to this request, e.g. one this SDK does not know yet."""
    extra_body: Mapping[str, Any]
    """Fields merged into this request's JSON body."""
    max_response_bytes: int | None
    """The largest answer this call accepts (decoded bytes; None for no limit) instead of the client's."""


_OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def take_options(kwargs: dict[str, Any]) -> PerCall | None:
    """Remove the per-call options from a method's keyword arguments, validated (None: none given)."""
    names = _OPTION_NAMES.intersection(kwargs)
    if not names:
        return None
    from ._options import per_call_options

    return per_call_options({name: kwargs.pop(name) for name in names})


def annotation_text(annotation: Any) -> str:
    """An annotation as the text it was written as (a string under postponed evaluation stays as is)."""
    import inspect

    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


class Resource(Generic[M]):
    """Base of every resource group and handle: holds the runner that sends its calls."""

    def __init__(self, runner: Any) -> None:
        self._runner = runner

    def __repr__(self) -> str:
        return f"<{type(self).__name__} ({self._runner.mode})>"


class Method:
    """What `endpoint`, `paginated` and `batched` share: binding a method that describes its requests to
    the resource's runner. A subclass says how the description is sent (`_sender`), what the caller gets
    in each mode (`_returns`, for the runtime signature) and types `__get__`."""

    __name__: str
    # The declared return annotation is `<_describes>[T]`; the caller gets `_returns[(kind, raw)]` of T.
    _describes: ClassVar[str] = "Call"
    _returns: ClassVar[dict[tuple[str, bool], str]] = {
        ("sync", False): "{}",
        ("async", False): "Coroutine[object, None, {}]",
        ("sync", True): "RawResponse[{}]",
        ("async", True): "Coroutine[object, None, RawResponse[{}]]",
    }

    def __init__(self, build: Callable[..., Any]) -> None:
        self._build = build
        self.__doc__ = build.__doc__
        self.__name__ = build.__name__
        self.__qualname__ = build.__qualname__
        self.__module__ = build.__module__
        self.__wrapped__ = build
        self._attribute = build.__name__
        self._bound_attributes: dict[tuple[str, bool], dict[str, Any]] = {}

    def __set_name__(self, owner: type, name: str) -> None:
        self._attribute = name  # where the bound method is cached on an instance

    def _sender(self, runner: Any) -> Callable[[Any], Any]:
        raise NotImplementedError  # pragma: no cover - each decorator says how its description is sent

    def _payload(self, declared: Any) -> str | None:
        """T, as text, from the declared return annotation `Call[T]` (`Plan[T]`, ...); None if it is not."""
        import typing

        if isinstance(declared, str):
            text, head = declared.strip(), f"{self._describes}["
            return text[len(head) : -1].strip() if text.startswith(head) and text.endswith("]") else None
        origin = typing.get_origin(declared)
        if getattr(origin, "__name__", None) == self._describes and typing.get_args(declared):
            return annotation_text(typing.get_args(declared)[0])
        return None

    def _attributes(self, mode: tuple[str, bool]) -> dict[str, Any]:
        """`__wrapped__` and `__signature__` of the bound method in a mode (`(runner.kind, runner.raw)`),
        computed on first use and kept: binding copies them in one dictionary update."""
        attributes = self._bound_attributes.get(mode)
        if attributes is None:
            import inspect

            declared = inspect.signature(self._build)  # annotations stay strings: nothing is imported
            payload = self._payload(declared.return_annotation)
            returns = declared.empty if payload is None else self._returns[mode].format(payload)
            signature = declared.replace(parameters=list(declared.parameters.values())[1:], return_annotation=returns)
            attributes = self._bound_attributes[mode] = {"__wrapped__": self._build, "__signature__": signature}
        return attributes

    def _bind(self, obj: Resource[Any]) -> Callable[..., Any]:
        build, runner = self._build, obj._runner
        send = self._sender(runner)

        def bound(*args: Any, **kwargs: Any) -> Any:
            per_call = take_options(kwargs) if kwargs else None
            made = build(obj, *args, **kwargs)
            return send(made if per_call is None else made.with_per_call(per_call))

        # What `functools.wraps` would copy, without its loop. `inspect.signature` reads `__signature__`
        # (the declared one without `self`) before it would follow `__wrapped__` to the undecorated method.
        bound.__name__, bound.__qualname__, bound.__doc__ = self.__name__, self.__qualname__, self.__doc__
        bound.__module__ = self.__module__
        bound.__dict__.update(self._attributes((runner.kind, runner.raw)))
        # Kept on the instance (this descriptor has no __set__, so the instance attribute wins): later
        # accesses are a dictionary lookup instead of a new closure each time.
        obj.__dict__[self._attribute] = bound
        return bound


class endpoint(Method, Generic[P, T]):
    """Decorator: the method returns a `Call[T]`; callers get `T`, a coroutine of `T`, or a `RawResponse`."""

    def __init__(self, build: Callable[Concatenate[Any, P], Call[T]]) -> None:
        super().__init__(build)

    def _sender(self, runner: Any) -> Callable[[Any], Any]:
        return runner.run  # type: ignore[no-any-return]

    @overload
    def __get__(self, obj: None, owner: type) -> endpoint[P, T]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: type) -> Callable[P, Coroutine[object, None, T]]: ...
    @overload
    def __get__(self, obj: Resource[RawSync], owner: type) -> Callable[P, RawResponse[T]]: ...
    @overload
    def __get__(self, obj: Resource[RawAsync], owner: type) -> Callable[P, Coroutine[object, None, RawResponse[T]]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type) -> Any:
        return self if obj is None else self._bind(obj)


class paginated(Method, Generic[P, T]):
    """Decorator: the method returns a `Plan[T]`; callers get a lazy `SyncPager[T]` / `AsyncPager[T]`
    (on the raw views, the `RawResponse` of the first page).

    The method body runs at call time, so bad input fails before any request, not at iteration.
    Per-call options apply to every page the pager fetches.
    """

    _describes = "Plan"
    _returns: ClassVar[dict[tuple[str, bool], str]] = {
        ("sync", False): "SyncPager[{}]",
        ("async", False): "AsyncPager[{}]",
        ("sync", True): "RawResponse[Page[{}]]",
        ("async", True): "Coroutine[object, None, RawResponse[Page[{}]]]",
    }

    def __init__(self, build: Callable[Concatenate[Any, P], Plan[T]]) -> None:
        super().__init__(build)

    def _sender(self, runner: Any) -> Callable[[Any], Any]:
        return runner.pager  # type: ignore[no-any-return]

    @overload
    def __get__(self, obj: None, owner: type) -> paginated[P, T]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type) -> Callable[P, SyncPager[T]]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: type) -> Callable[P, AsyncPager[T]]: ...
    @overload
    def __get__(self, obj: Resource[RawSync], owner: type) -> Callable[P, RawResponse[Page[T]]]: ...
    @overload
    def __get__(
        self, obj: Resource[RawAsync], owner: type
    ) -> Callable[P, Coroutine[object, None, RawResponse[Page[T]]]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type) -> Any:
        return self if obj is None else self._bind(obj)


if TYPE_CHECKING:
    from .pagination import Page
