"""Unsubscribes: the addresses that unsubscribed from you or your team."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, no_content
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import check_bool, check_email, check_text, unset
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import Unsubscribe

__all__ = ["Unsubscribes"]


class Unsubscribes(Resource[M]):
    """`client.unsubscribes`: your unsubscribe list."""

    @paginated
    def list(
        self,
        *,
        sort: str | None = None,
        sort_ascending: bool | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[Unsubscribe]:
        """Unsubscribed addresses, newest first, across all pages (lazily).

        `timestamp` may be epoch milliseconds or an ISO string (see `mixmax_sdk.as_datetime`).

        Args:
            sort: the field to sort by, e.g. "email" or "timestamp".
            sort_ascending: sort ascending instead of descending.
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.unsubscribes import list_unsubscribes
        from mixmax_openapi.models import UnsubscribePage

        return cursor_list(
            list_unsubscribes,
            UnsubscribePage.from_dict,
            limit=limit,
            sort=unset(check_text(sort, "sort")),
            sort_ascending=unset(check_bool(sort_ascending, "sort_ascending")),
            next=next,
            previous=previous,
        )

    @endpoint
    def add(self, email: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Add an address to the unsubscribe list (any 2xx answer is success)."""
        from mixmax_openapi.api.unsubscribes import create_unsubscribe
        from mixmax_openapi.models import UnsubscribeInput

        return from_module(create_unsubscribe, no_content, body=UnsubscribeInput(email=check_email(email)))

    @endpoint
    def remove(self, email: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Take an address off the unsubscribe list: a DELETE with a JSON body (low-confidence endpoint)."""
        from mixmax_openapi.api.unsubscribes import delete_unsubscribe
        from mixmax_openapi.models import UnsubscribeInput

        return from_module(delete_unsubscribe, no_content, body=UnsubscribeInput(email=check_email(email)))
