"""Lazy pagination over Mixmax collections, sync and async.

Most collections page with cursors: the envelope `{results, next, previous, hasNext, hasPrevious}`.
A pager follows `next` for as long as `hasNext` is true (the API may send a `next` cursor on the last
page too). `GET /sequences/{id}/recipients` pages with `limit`/`offset` instead, in a window capped at
10,000 records. Either way iteration is lazy: one page is held in memory at a time.

    for sequence in client.sequences.list():           # every item, page after page
    page = client.sequences.list(limit=100).first_page()   # one page: .results .next .has_next
    for page in client.sequences.list().iter_pages(): ...
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from ._call import Call, PerCall, from_module, model, model_items, model_list
from ._constants import MAX_PAGE_SIZE, MAX_RECIPIENTS_PAGE_SIZE, RECIPIENTS_WINDOW
from ._validate import check_range, unset
from .errors import APIResponseValidationError, MixmaxValidationError

if TYPE_CHECKING:
    from ._runner import AsyncRunner, SyncRunner

__all__ = ["AsyncPage", "AsyncPager", "Page", "SyncPage", "SyncPager"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
log: logging.Logger = logging.getLogger("mixmax_sdk")


@dataclass(frozen=True, slots=True, repr=False)
class Page(Generic[T]):
    """One page of a collection.

    `next`/`previous` are the cursors (None for offset-paged collections, whose `offset` is set):
    save one to resume later with `list(next=...)` / `list(previous=...)`. `raw` is the whole
    generated envelope, for fields beyond the items (e.g. the live feed's `stats`); `http_response`
    the HTTP answer it came in.
    """

    results: list[T]
    has_next: bool
    next: str | None = None
    previous: str | None = None
    has_previous: bool = False
    offset: int | None = None
    raw: Any = field(default=None, compare=False)
    http_response: httpx.Response | None = field(default=None, compare=False)

    def __iter__(self) -> Iterator[T]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    @property
    def next_offset(self) -> int | None:
        """For offset-paged collections: the `offset=` of the following page (None at the end)."""
        return self.offset + len(self.results) if self.offset is not None and self.has_next else None

    def __repr__(self) -> str:
        where = f"offset={self.offset}" if self.offset is not None else f"next={self.next!r}"
        return f"<{type(self).__name__} of {len(self.results)} results, has_next={self.has_next}, {where}>"


@dataclass(frozen=True, slots=True, repr=False)
class SyncPage(Page[T]):
    """A page from a `SyncPager`: `next_page()` / `previous_page()` fetch its neighbours (None at the ends)."""

    pager: SyncPager[T] | None = field(default=None, compare=False)

    def next_page(self) -> SyncPage[T] | None:
        call = self.pager._plan.forward(self) if self.pager is not None else None
        return None if call is None or self.pager is None else self.pager._fetch(call)

    def previous_page(self) -> SyncPage[T] | None:
        call = self.pager._plan.backward(self) if self.pager is not None else None
        return None if call is None or self.pager is None else self.pager._fetch(call)


@dataclass(frozen=True, slots=True, repr=False)
class AsyncPage(Page[T]):
    """A page from an `AsyncPager`: `await page.next_page()` / `await page.previous_page()` (None at the ends)."""

    pager: AsyncPager[T] | None = field(default=None, compare=False)

    async def next_page(self) -> AsyncPage[T] | None:
        call = self.pager._plan.forward(self) if self.pager is not None else None
        return None if call is None or self.pager is None else await self.pager._fetch(call)

    async def previous_page(self) -> AsyncPage[T] | None:
        call = self.pager._plan.backward(self) if self.pager is not None else None
        return None if call is None or self.pager is None else await self.pager._fetch(call)


NextCall = Callable[[Page[T]], "Call[Page[T]] | None"]


@dataclass(frozen=True, slots=True)
class Plan(Generic[T]):
    """How to fetch a collection: the first call, the calls for the pages after and before a page (None:
    there is none), and which of the two iteration follows."""

    first: Call[Page[T]]
    forward: NextCall[T]
    backward: NextCall[T]
    backwards: bool = False  # started from a `previous` cursor: iteration walks towards the start
    start: str | None = None  # the saved cursor the walk started from, if any (part of the walk)

    def following(self, page: Page[T]) -> Call[Page[T]] | None:
        return self.backward(page) if self.backwards else self.forward(page)

    def with_per_call(self, per_call: PerCall) -> Plan[T]:
        """The same plan with per-call options on every page's request."""

        def apply(step: NextCall[T]) -> NextCall[T]:
            def step_with_options(page: Page[T]) -> Call[Page[T]] | None:
                call = step(page)
                return None if call is None else call.with_per_call(per_call)

            return step_with_options

        return Plan(
            self.first.with_per_call(per_call),
            apply(self.forward),
            apply(self.backward),
            self.backwards,
            self.start,
        )


def _walked(plan: Plan[Any]) -> set[str]:
    """The cursors a walk has followed before its first page comes back: the one it started from, so that
    a cycle back to it stops the walk before that page (and its items) come a second time."""
    return {plan.start} if plan.start is not None else set()


def _following(plan: Plan[T], page: Page[T], seen: set[str]) -> Call[Page[T]] | None:
    """The call for the page after `page` in iteration order (forwards, or backwards for a walk started
    from `previous=`), refusing a cursor seen before in this walk (a server whose cursors cycle,
    A -> B -> A, would otherwise be followed for ever)."""
    call = plan.following(page)
    cursor = page.previous if plan.backwards else page.next
    if call is not None and cursor is not None:
        if cursor in seen:
            assert page.http_response is not None, "cursor pages keep their response"
            raise APIResponseValidationError(
                page.http_response, f"The API returned cursor {cursor!r} again; stopping instead of looping"
            )
        seen.add(cursor)
    return call


def _describe(plan: Plan[Any]) -> str:
    first = plan.first
    query = " ".join(f"{k}={v}" for k, v in first.params.items())
    return f"{first.method} {first.path}{' ' + query if query else ''}"


class SyncPager(Generic[T]):
    """A lazy, re-iterable view of a collection. Iterate it for items, or use the page methods:
    `first_page()`, `iter_pages()` (every page, each with its cursors), `page.next_page()`."""

    def __init__(self, runner: SyncRunner, plan: Plan[T]) -> None:
        self._runner, self._plan = runner, plan

    def _fetch(self, call: Call[Page[T]]) -> SyncPage[T]:
        page: Page[T] = self._runner.run(call)
        return SyncPage(**_page_fields(page), pager=self)

    def first_page(self) -> SyncPage[T]:
        return self._fetch(self._plan.first)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """Every page in turn, lazily; save `page.next` to resume later with `list(next=...)`."""
        call: Call[Page[T]] | None = self._plan.first
        seen = _walked(self._plan)
        while call is not None:
            page = self._fetch(call)
            yield page
            call = _following(self._plan, page, seen)

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.results

    def __repr__(self) -> str:
        return f"<SyncPager {_describe(self._plan)}>"


class AsyncPager(Generic[T]):
    """The async twin of `SyncPager`: `async for item in pager`, `await pager.first_page()`."""

    def __init__(self, runner: AsyncRunner, plan: Plan[T]) -> None:
        self._runner, self._plan = runner, plan

    async def _fetch(self, call: Call[Page[T]]) -> AsyncPage[T]:
        page: Page[T] = await self._runner.run(call)
        return AsyncPage(**_page_fields(page), pager=self)

    async def first_page(self) -> AsyncPage[T]:
        return await self._fetch(self._plan.first)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """Every page in turn, lazily; save `page.next` to resume later with `list(next=...)`."""
        call: Call[Page[T]] | None = self._plan.first
        seen = _walked(self._plan)
        while call is not None:
            page = await self._fetch(call)
            yield page
            call = _following(self._plan, page, seen)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.results:
                yield item

    def __repr__(self) -> str:
        return f"<AsyncPager {_describe(self._plan)}>"


def _page_fields(page: Page[Any]) -> dict[str, Any]:
    return {name: getattr(page, name) for name in _PAGE_FIELDS}


_PAGE_FIELDS = tuple(f.name for f in dataclasses.fields(Page))


class CursorEnvelope(Protocol[T_co]):
    """What every generated `*Page` model has (they all extend the spec's `CursorPageInfo`)."""

    @property
    def results(self) -> Sequence[T_co]: ...
    @property
    def next_(self) -> Any: ...
    @property
    def previous(self) -> Any: ...
    @property
    def has_next(self) -> Any: ...
    @property
    def has_previous(self) -> Any: ...


def cursor_list(
    module: ModuleType,
    envelope: Callable[[Mapping[str, Any]], CursorEnvelope[T]],
    /,
    *,
    limit: int | None,
    next: str | None = None,
    previous: str | None = None,
    **kwargs: Any,
) -> Plan[T]:
    """A cursor-paged collection from a generated list endpoint (which takes `limit`, `next_` and
    `previous`), starting at the first page, after a saved `next` cursor, or before a `previous` one."""
    check_range("limit", limit, 1, MAX_PAGE_SIZE)
    if next is not None and previous is not None:
        raise MixmaxValidationError("pass next= or previous=, not both")
    for name, cursor in (("next", next), ("previous", previous)):
        if cursor is not None and (not isinstance(cursor, str) or not cursor):
            raise MixmaxValidationError(f"{name} must be a cursor string from a page's .{name}, not {cursor!r}")

    def after(cursor: str | None) -> Call[Page[T]]:
        return from_module(module, _cursor_page(envelope, cursor), limit=unset(limit), next_=unset(cursor), **kwargs)

    def before(cursor: str) -> Call[Page[T]]:
        return from_module(module, _cursor_page(envelope, None), limit=unset(limit), previous=cursor, **kwargs)

    def forward(page: Page[T]) -> Call[Page[T]] | None:
        return after(page.next) if page.has_next else None

    def backward(page: Page[T]) -> Call[Page[T]] | None:
        return before(page.previous) if page.has_previous and page.previous else None

    first = before(previous) if previous is not None else after(next)
    return Plan(first, forward, backward, backwards=previous is not None, start=previous or next)


def _cursor_page(envelope: Callable[[Mapping[str, Any]], CursorEnvelope[T]], sent: str | None) -> Any:
    parse_envelope = model(envelope)

    def parse(response: httpx.Response) -> Page[T]:
        raw = parse_envelope(response)
        results = list(model_items(response, raw.results, "results"))
        nxt = raw.next_ if isinstance(raw.next_, str) and raw.next_ else None
        has_next = raw.has_next if isinstance(raw.has_next, bool) else bool(nxt and results)
        if has_next and nxt is None:
            raise APIResponseValidationError(response, "hasNext is true but the page has no next cursor")
        if has_next and nxt == sent:
            raise APIResponseValidationError(response, f"The API returned the same cursor again ({nxt!r})")
        return Page(
            results=results,
            has_next=has_next,
            next=nxt,
            previous=raw.previous if isinstance(raw.previous, str) and raw.previous else None,
            has_previous=raw.has_previous is True,
            raw=raw,
            http_response=response,
        )

    return parse


def offset_list(
    module: ModuleType,
    item: Callable[[Mapping[str, Any]], T],
    /,
    *,
    limit: int | None,
    offset: int,
    **kwargs: Any,
) -> Plan[T]:
    """An offset-paged collection answering a bare array (sequence recipients: limit <= 50, 10k window)."""
    page_size = MAX_RECIPIENTS_PAGE_SIZE if limit is None else limit
    check_range("limit", page_size, 1, MAX_RECIPIENTS_PAGE_SIZE)
    check_range("offset", offset, 0, RECIPIENTS_WINDOW - 1)
    parse_items = model_list(item)

    def request(start: int) -> Call[Page[T]]:
        size = min(page_size, RECIPIENTS_WINDOW - start)

        def parse(response: httpx.Response) -> Page[T]:
            results = parse_items(response)
            end = start + len(results)
            full = len(results) >= size
            if full and end >= RECIPIENTS_WINDOW:
                log.warning(
                    "Stopped at the API's %d-record window of %s; later records cannot be listed",
                    RECIPIENTS_WINDOW,
                    response.request.url.path,
                )
            return Page(
                results=results, has_next=full and end < RECIPIENTS_WINDOW, offset=start, http_response=response
            )

        return from_module(module, parse, limit=size, offset=start, **kwargs)

    def forward(page: Page[T]) -> Call[Page[T]] | None:
        return request((page.offset or 0) + len(page.results)) if page.has_next else None

    def backward(page: Page[T]) -> Call[Page[T]] | None:
        start = page.offset or 0
        return request(max(start - page_size, 0)) if start > 0 else None

    return Plan(request(offset), forward, backward)
