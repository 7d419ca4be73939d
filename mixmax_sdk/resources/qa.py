"""Q&A: Q&A forms you sent, with their answers (`client.qa`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from .._call import Call, from_module, model
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import comma_list, require_id, unset
from ..pagination import Plan, cursor_list

if TYPE_CHECKING:
    from mixmax_openapi.models import Qa as QaModel

__all__ = ["Qa"]


class Qa(Resource[M]):
    """`client.qa`: Q&A forms you sent."""

    @paginated
    def list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[QaModel]:
        """Q&A forms you sent, newest first, across all pages (lazily).

        Args:
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.qa import list_qa
        from mixmax_openapi.models import QaPage

        return cursor_list(list_qa, QaPage.from_dict, limit=limit, next=next, previous=previous)

    @endpoint
    def get(
        self, qa_id: str, *, expand: str | Iterable[str] | None = None, **options: Unpack[RequestOptions]
    ) -> Call[QaModel]:
        """One Q&A form by id, with its questions and answers.

        Args:
            qa_id: the Q&A form's `_id`.
            expand: fields to expand, as "a,b" or ["a", "b"] (sent comma-separated).
        """
        from mixmax_openapi.api.qa import get_qa
        from mixmax_openapi.models import Qa as QaModel

        return from_module(
            get_qa,
            model(QaModel.from_dict),
            id=require_id(qa_id, "qa_id"),
            expand=unset(comma_list(expand, "expand")),
        )
