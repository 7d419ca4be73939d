"""Tasks: your Mixmax tasks (`client.tasks`; low-confidence, known only from third-party fixtures)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._resource import M, RequestOptions, Resource, paginated
from .._validate import unset
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import Task

__all__ = ["Tasks"]


class Tasks(Resource[M]):
    """`client.tasks`: tasks. Managed API keys need the `tasks:read` permission."""

    @paginated
    def list(
        self,
        *,
        query: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[Task]:
        """Tasks across all pages (lazily). Each page's envelope may carry a `total`: `page.raw.total`.

        Args:
            query: a filter expression, e.g. "status:open".
            search: the search scope, e.g. "all".
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.tasks import list_tasks
        from mixmax_openapi.models import TaskPage

        return cursor_list(
            list_tasks,
            TaskPage.from_dict,
            limit=limit,
            query=unset(query),
            search=unset(search),
            next=next,
            previous=previous,
        )
