"""One implementation for sync and async.

A resource method is written once, as a function that validates its input and returns a `Call`
(or a pagination `Plan`). The `endpoint` / `paginated` descriptors bind it to the resource's runner:
on a `Resource[Sync]` the bound method returns the parsed value, on a `Resource[Async]` it returns an
awaitable of it (or an async pager). The overloaded `__get__` keeps both typed for mypy and IDEs,
parameters included (ParamSpec).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

from ._call import Call

if TYPE_CHECKING:
    from .pagination import AsyncPager, Plan, SyncPager

P = ParamSpec("P")
T = TypeVar("T")


class Sync:
    """Mode marker: methods return their result."""


class Async:
    """Mode marker: methods return awaitables and async pagers."""


M = TypeVar("M", Sync, Async)


class Resource(Generic[M]):
    """Base of every resource group and handle: holds the runner that sends its calls."""

    def __init__(self, runner: Any) -> None:
        self._runner = runner

    def __repr__(self) -> str:
        return f"<{type(self).__name__} ({self._runner.mode})>"


class endpoint(Generic[P, T]):
    """Decorator: the method returns a `Call[T]`; callers get `T` (sync) or `Awaitable[T]` (async)."""

    def __init__(self, build: Callable[Concatenate[Any, P], Call[T]]) -> None:
        self._build = build
        functools.update_wrapper(cast(Any, self), build)

    @overload
    def __get__(self, obj: None, owner: type) -> endpoint[P, T]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: type) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type) -> Any:
        if obj is None:
            return self
        build, run = self._build, obj._runner.run

        @functools.wraps(build)
        def bound(*args: P.args, **kwargs: P.kwargs) -> Any:
            return run(build(obj, *args, **kwargs))

        return bound


class paginated(Generic[P, T]):
    """Decorator: the method returns a `Plan[T]`; callers get a lazy `SyncPager[T]` / `AsyncPager[T]`.

    The method body runs at call time, so bad input fails before any request, not at iteration.
    """

    def __init__(self, build: Callable[Concatenate[Any, P], Plan[T]]) -> None:
        self._build = build
        functools.update_wrapper(cast(Any, self), build)

    @overload
    def __get__(self, obj: None, owner: type) -> paginated[P, T]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type) -> Callable[P, SyncPager[T]]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: type) -> Callable[P, AsyncPager[T]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type) -> Any:
        if obj is None:
            return self
        build, pager = self._build, obj._runner.pager

        @functools.wraps(build)
        def bound(*args: P.args, **kwargs: P.kwargs) -> Any:
            return pager(build(obj, *args, **kwargs))

        return bound
