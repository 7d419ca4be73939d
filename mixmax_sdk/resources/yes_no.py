"""Yes/No: Yes/No questions you sent, with their answers (`client.yes_no`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import comma_list, require_id, unset
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import YesNo as YesNoModel

__all__ = ["YesNo"]


class YesNo(Resource[M]):
    """`client.yes_no`: Yes/No questions you sent."""

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[YesNoModel]:
        """Yes/No questions you sent, newest first, across all pages (lazily).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.yes_no import list_yes_no
        from mixmax_openapi.models import YesNoPage

        return cursor_list(list_yes_no, YesNoPage.from_dict, limit=limit, next=next, previous=previous)

    @endpoint
    def get(
        self, yes_no_id: str, *, expand: str | Iterable[str] | None = None, **options: Unpack[RequestOptions]
    ) -> Call[YesNoModel]:
        """One Yes/No question by id, with its answers and respondents.

        Args:
            yes_no_id: the Yes/No question's `_id`.
            expand: fields to expand, as "a,b" or ["a", "b"] (sent comma-separated).
        """
        from mixmax_openapi.api.yes_no import get_yes_no
        from mixmax_openapi.models import YesNo as YesNoModel

        return from_module(
            get_yes_no,
            model(YesNoModel.from_dict),
            id=require_id(yes_no_id, "yes_no_id"),
            expand=unset(comma_list(expand, "expand")),
        )
