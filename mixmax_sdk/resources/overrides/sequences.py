"""Overrides for `client.sequences`: the handle on one sequence (`sequence(id)`), bulk enrolment and
recipient lists."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Unpack

from ..._batch import batched
from ..._call import Call, from_module, model
from ..._resource import M, RequestOptions, Resource, endpoint, paginated
from ..._validate import check_bool, comma_list, require_id, unset
from ...errors import MixmaxValidationError
from ...pagination import Plan, offset_list
from .._add_recipients import (
    AddRecipientsPlan,
    AddRecipientsResult,
    BulkProgress,
    ChunkReport,
    RecipientDict,
    ScheduledAt,
)

if TYPE_CHECKING:
    from mixmax_openapi.models import (
        Sequence,
        SequenceRecipient,
    )

    from ..sequences import SequenceHandle


__all__ = [
    "AddRecipientsResult",
    "BulkProgress",
    "ChunkReport",
    "RecipientDict",
    "ScheduledAt",
    "SequenceHandleOverrides",
    "SequenceRecipientsOverrides",
    "SequencesOverrides",
]


def _emails(result: Any) -> list[str]:
    return list(result.recipients or [])


class SequencesOverrides(Resource[M]):
    """Overrides of `Sequences` (the generated class inherits them)."""

    def sequence(self, sequence_id: str) -> SequenceHandle[M]:
        """A handle on one sequence, for `add_recipients`, `pause`, `recipients.list()`, ... (no request)."""
        from ..sequences import SequenceHandle

        return SequenceHandle(self._runner, require_id(sequence_id, "sequence_id"))


class SequenceHandleOverrides(Resource[M]):
    """Overrides of `SequenceHandle`, one sequence by id (made by `client.sequences.sequence(id)`)."""

    id: str

    def __repr__(self) -> str:
        return f"<SequenceHandle {self.id!r} ({self._runner.mode})>"

    @endpoint
    def get(self, *, expand: str | Iterable[str] | None = None, **options: Unpack[RequestOptions]) -> Call[Sequence]:
        """This sequence."""
        from mixmax_openapi.api.sequences import get_sequence
        from mixmax_openapi.models import Sequence

        return from_module(
            get_sequence, model(Sequence.from_dict), id=self.id, expand=unset(comma_list(expand, "expand"))
        )

    @batched
    def add_recipients(
        self,
        recipients: Iterable[str | RecipientDict],
        *,
        scheduled_at: ScheduledAt | None = None,
        enrich: bool | None = None,
        allow_missing_variables: bool | None = None,
        chunk_size: int | None = None,
        skip_invalid: bool = False,
        concurrency: int = 4,
        progress: Callable[[BulkProgress], object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AddRecipientsPlan:
        """Add any number of recipients; returns one status per input row, in input order (a row the
        API refuses is a status, not an exception).

        Every row is validated first: if any is invalid, `InvalidRecipientsError` lists them all and
        nothing is sent (with `skip_invalid=True` they get the status `invalid` and the rest is sent).
        Rows go in requests of `chunk_size` (default 50; up to `chunk_size` rows are exactly one
        request), paced by the client's rate limiter. If a request finally fails, `BulkAddError` is
        raised after the requests in flight settle; its `.result` accounts for every row. It is also an
        instance of the failed request's own error class (`InternalServerError`, `APITimeoutError`, ...),
        so an `except` written for one request catches it whatever the number of rows.

        Args:
            recipients: addresses, or dicts `{"email", "variables", "scheduled_at"}`; any iterable.
            scheduled_at: when the sequence starts for them: a datetime (naive = UTC), epoch
                milliseconds, False to keep them as drafts, or None for now. Per-recipient
                `scheduled_at` overrides it.
            enrich: fill variables from Mixmax contact data (explicit variables win). None (the
                default) sends nothing, leaving it to the API's default, which is not documented.
            allow_missing_variables: add recipients even if they lack variables the sequence uses;
                None (the default) sends nothing (the API then refuses rows that lack variables).
            chunk_size: rows per request, 1-1000 (default 50, see README "Bulk enrolment").
            skip_invalid: send the valid rows even if some are invalid.
            concurrency: `AsyncMixmax` only: requests in flight at once, 1-16 (all inside the limiter).
            progress: called after each request settles with a `BulkProgress` (`done`, `total`, `chunk`).
        """
        return AddRecipientsPlan(
            self.id,
            recipients,
            scheduled_at=scheduled_at,
            enrich=enrich,
            allow_missing_variables=allow_missing_variables,
            chunk_size=chunk_size,
            skip_invalid=skip_invalid,
            concurrency=concurrency,
            progress=progress,
        )


class SequenceRecipientsOverrides(Resource[M]):
    """Overrides of `SequenceRecipients`, the activated recipients of `client.sequences.sequence(id)`."""

    sequence_id: str

    @paginated
    def list(
        self,
        *,
        include_variables: bool = False,
        sort: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        **options: Unpack[RequestOptions],
    ) -> Plan[SequenceRecipient]:
        """Activated recipients (drafts excluded), lazily, 50 per request at most.

        The API lists at most 10,000 records (offset + limit <= 10,000); iteration stops there and
        logs a warning on the `mixmax_sdk` logger when the window was full.

        Args:
            include_variables: include each recipient's `variables`.
            sort: e.g. "email", "lastStage", "nextStageScheduledAt", "opens", "clicks", "replied".
            limit: page size, 1-50 (default 50).
            offset: records to skip, 0-9,999.
        """
        from mixmax_openapi.api.sequences import list_sequence_recipients
        from mixmax_openapi.models import SequenceRecipient

        if check_bool(include_variables, "include_variables") is None:
            raise MixmaxValidationError("include_variables must be a bool, not None")
        return offset_list(
            list_sequence_recipients,
            SequenceRecipient.from_dict,
            limit=limit,
            offset=offset,
            id=self.sequence_id,
            include_variables=include_variables if include_variables else unset(None),
            sort=unset(sort),
        )
