"""Polls: polls you sent, with their answers (`client.polls`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import comma_list, require_id, unset
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import Poll

__all__ = ["Polls"]


class Polls(Resource[M]):
    """`client.polls`: polls you sent."""

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[Poll]:
        """Polls you sent, newest first, across all pages (lazily).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.polls import list_polls
        from mixmax_openapi.models import PollPage

        return cursor_list(list_polls, PollPage.from_dict, limit=limit, next=next, previous=previous)

    @endpoint
    def get(
        self, poll_id: str, *, expand: str | Iterable[str] | None = None, **options: Unpack[RequestOptions]
    ) -> Call[Poll]:
        """One poll by id, with its options and respondents.

        Args:
            poll_id: the poll's `_id`.
            expand: fields to expand, as "a,b" or ["a", "b"] (sent comma-separated).
        """
        from mixmax_openapi.api.polls import get_poll
        from mixmax_openapi.models import Poll

        return from_module(
            get_poll,
            model(Poll.from_dict),
            id=require_id(poll_id, "poll_id"),
            expand=unset(comma_list(expand, "expand")),
        )
