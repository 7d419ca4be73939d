"""File requests: the requests for files you sent out, with their uploads (`client.file_requests`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import require_id
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import FileRequest

__all__ = ["FileRequests"]


class FileRequests(Resource[M]):
    """`client.file_requests`: file requests you sent.

    `timestamp` (of the request and of each upload) is kept as sent, epoch ms or ISO-8601; use
    `mixmax_sdk.as_datetime` for a datetime.
    """

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[FileRequest]:
        """File requests, newest first, across all pages (lazily).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.file_requests import list_file_requests
        from mixmax_openapi.models import FileRequestPage

        return cursor_list(list_file_requests, FileRequestPage.from_dict, limit=limit, next=next, previous=previous)

    @endpoint
    def get(self, file_request_id: str, **options: Unpack[RequestOptions]) -> Call[FileRequest]:
        """One file request with its uploads (low-confidence endpoint)."""
        from mixmax_openapi.api.file_requests import get_file_request
        from mixmax_openapi.models import FileRequest

        return from_module(
            get_file_request, model(FileRequest.from_dict), id=require_id(file_request_id, "file_request_id")
        )
