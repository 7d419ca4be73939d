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

import logging
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from ._call import Call, from_module, model, model_list
from ._constants import MAX_PAGE_SIZE, MAX_RECIPIENTS_PAGE_SIZE, RECIPIENTS_WINDOW
from ._validate import check_range, unset
from .errors import APIResponseValidationError

if TYPE_CHECKING:
    from ._runner import AsyncRunner, SyncRunner

__all__ = ["AsyncPager", "Page", "SyncPager"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
log = logging.getLogger("mixmax_sdk")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a collection.

    `next`/`previous` are the cursors (None for offset-paged collections, whose `offset` is set).
    `raw` is the whole generated envelope, for fields beyond the items (e.g. the live feed's `stats`);
    `http_response` the HTTP answer it came in.
    """

    results: list[T]
    has_next: bool
    next: str | None = None
    previous: str | None = None
    has_previous: bool = False
    offset: int | None = None
    raw: Any = field(default=None, repr=False)
    http_response: httpx.Response | None = field(default=None, repr=False, compare=False)

    def __iter__(self) -> Iterator[T]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)


@dataclass(frozen=True, slots=True)
class Plan(Generic[T]):
    """How to fetch a collection: the first call, and the call after a given page (None: done)."""

    first: Call[Page[T]]
    following: Callable[[Page[T]], Call[Page[T]] | None]


def _following(plan: Plan[T], page: Page[T], seen: set[str]) -> Call[Page[T]] | None:
    """The call for the page after `page`, refusing a cursor seen before in this walk (a server whose
    cursors cycle, A -> B -> A, would otherwise be followed for ever)."""
    call = plan.following(page)
    if call is not None and page.next is not None:
        if page.next in seen:
            assert page.http_response is not None, "cursor pages keep their response"
            raise APIResponseValidationError(
                page.http_response, f"The API returned cursor {page.next!r} again; stopping instead of looping"
            )
        seen.add(page.next)
    return call


class SyncPager(Generic[T]):
    """A lazy, re-iterable view of a collection. Iterate it for items, or use the page methods."""

    def __init__(self, runner: SyncRunner, plan: Plan[T]) -> None:
        self._runner, self._plan = runner, plan

    def first_page(self) -> Page[T]:
        return self._runner.run(self._plan.first)

    def iter_pages(self) -> Iterator[Page[T]]:
        call: Call[Page[T]] | None = self._plan.first
        seen: set[str] = set()
        while call is not None:
            page = self._runner.run(call)
            yield page
            call = _following(self._plan, page, seen)

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.results


class AsyncPager(Generic[T]):
    """The async twin of `SyncPager`: `async for item in pager`, `await pager.first_page()`."""

    def __init__(self, runner: AsyncRunner, plan: Plan[T]) -> None:
        self._runner, self._plan = runner, plan

    async def first_page(self) -> Page[T]:
        return await self._runner.run(self._plan.first)

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        call: Call[Page[T]] | None = self._plan.first
        seen: set[str] = set()
        while call is not None:
            page = await self._runner.run(call)
            yield page
            call = _following(self._plan, page, seen)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.results:
                yield item


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
    **kwargs: Any,
) -> Plan[T]:
    """A cursor-paged collection from a generated list endpoint (which takes `limit` and `next_`)."""
    check_range("limit", limit, 1, MAX_PAGE_SIZE)

    def request(cursor: str | None) -> Call[Page[T]]:
        return from_module(module, _cursor_page(envelope, cursor), limit=unset(limit), next_=unset(cursor), **kwargs)

    def following(page: Page[T]) -> Call[Page[T]] | None:
        return request(page.next) if page.has_next else None

    return Plan(request(None), following)


def _cursor_page(envelope: Callable[[Mapping[str, Any]], CursorEnvelope[T]], sent: str | None) -> Any:
    parse_envelope = model(envelope)

    def parse(response: httpx.Response) -> Page[T]:
        raw = parse_envelope(response)
        results = list(raw.results)
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

    def following(page: Page[T]) -> Call[Page[T]] | None:
        return request((page.offset or 0) + len(page.results)) if page.has_next else None

    return Plan(request(offset), following)
