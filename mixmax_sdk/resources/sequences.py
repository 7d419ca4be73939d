"""Sequences: list and get sequences, and drive one through its handle (`client.sequences.sequence(id)`)."""

from __future__ import annotations

import builtins
import dataclasses
import datetime
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, Unpack

import httpx

from .._call import Call, from_module, mapped, model, model_items, no_content
from .._resource import M, RequestOptions, Resource, endpoint, paginated
from .._validate import address_entries, check_bool, check_emails, comma_list, require_id, unset
from ..errors import MixmaxValidationError
from ..pagination import Plan, cursor_list, offset_list
from ..timestamps import to_epoch_ms

if TYPE_CHECKING:
    from mixmax_openapi.models import (
        AddRecipientsResponse,
        RecipientResult,
        Sequence,
        SequenceRecipient,
        SequenceRecipientSearchResult,
        SequenceStage,
    )

__all__ = ["AddRecipientsResult", "RecipientDict", "ScheduledAt", "SequenceHandle", "SequenceRecipients", "Sequences"]

ScheduledAt = datetime.datetime | int | Literal[False]
"""When recipients start: a datetime (naive = UTC), epoch milliseconds, or False to keep them as drafts."""


class RecipientDict(TypedDict, total=False):
    """A recipient to add: `{"email": ..., "variables": {...}, "scheduled_at": ...}`."""

    email: Required[str]
    variables: Mapping[str, str]
    scheduled_at: ScheduledAt


_RECIPIENT_KEYS = frozenset(RecipientDict.__annotations__)


@dataclass(frozen=True)
class AddRecipientsResult:
    """The per-recipient outcome of `add_recipients`, in input order.

    Each item has `.email`, `.status` (`success`, `duplicated`, `unsubscribed`, `error`, or a value
    newer than this SDK) and `.errors`. Every input row lands in exactly one of `succeeded`,
    `added_by_earlier_attempt`, `duplicated` and `failed`; unknown statuses land in `failed`, never
    silently in `succeeded`.

    `after_ambiguous_retry` is True when an earlier attempt of this call failed in a way the server
    may still have acted on (a timeout, a dropped connection, a 5xx) and the SDK repeated it. The
    API then answers `duplicated` for the addresses that attempt added: those rows are reported in
    `added_by_earlier_attempt` - neither failures nor new successes. (The API's answer cannot tell
    them from addresses that were in the sequence before the call; both are listed there.)
    """

    recipients: list[RecipientResult]
    raw: AddRecipientsResponse = field(repr=False)
    after_ambiguous_retry: bool = False

    @property
    def succeeded(self) -> list[RecipientResult]:
        return [r for r in self.recipients if r.status == "success"]

    @property
    def added_by_earlier_attempt(self) -> list[RecipientResult]:
        """`duplicated` rows after an ambiguous retry: most likely added by the attempt that failed."""
        return [r for r in self.recipients if r.status == "duplicated" and self.after_ambiguous_retry]

    @property
    def duplicated(self) -> list[RecipientResult]:
        """Already in the sequence before this call, so skipped (Mixmax matches case-sensitively)."""
        return [r for r in self.recipients if r.status == "duplicated" and not self.after_ambiguous_retry]

    @property
    def unsubscribed(self) -> list[RecipientResult]:
        return [r for r in self.recipients if r.status == "unsubscribed"]

    @property
    def failed(self) -> list[RecipientResult]:
        """Not added: `error`, `unsubscribed`, and any status this SDK does not know."""
        return [r for r in self.recipients if r.status not in {"success", "duplicated"}]

    def __iter__(self) -> Iterator[RecipientResult]:
        return iter(self.recipients)

    def __len__(self) -> int:
        return len(self.recipients)


def _parse_add_result(response: httpx.Response) -> AddRecipientsResult:
    from mixmax_openapi.models import AddRecipientsResponse

    raw = model(AddRecipientsResponse.from_dict)(response)
    history = response.extensions.get("mixmax_history")
    return AddRecipientsResult(
        recipients=list(model_items(response, raw.recipients, "recipients")),
        raw=raw,
        after_ambiguous_retry=bool(getattr(history, "ambiguous", False)),
    )


def _emails(result: Any) -> list[str]:
    return list(result.recipients or [])


class Sequences(Resource[M]):
    """`client.sequences`: sequences you have access to."""

    @paginated
    def list(
        self,
        *,
        name: str | None = None,
        folder: str | None = None,
        expand: str | Iterable[str] | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Plan[Sequence]:
        """Sequences, newest first, across all pages (lazily).

        Args:
            name: only sequences whose name matches this string.
            folder: "shared", "personal", or a sequence folder id.
            expand: "stages" to get full stage objects instead of ids.
            limit: page size, 1-300 (the API's default is 50).
        """
        from mixmax_openapi.api.sequences import list_sequences
        from mixmax_openapi.models import SequencePage

        return cursor_list(
            list_sequences,
            SequencePage.from_dict,
            limit=limit,
            name=unset(name),
            folder=unset(folder),
            expand=unset(comma_list(expand, "expand")),
            next=next,
            previous=previous,
        )

    @endpoint
    def get(
        self, sequence_id: str, *, expand: str | Iterable[str] | None = None, **options: Unpack[RequestOptions]
    ) -> Call[Sequence]:
        """One sequence by id."""
        from mixmax_openapi.api.sequences import get_sequence
        from mixmax_openapi.models import Sequence

        return from_module(
            get_sequence,
            model(Sequence.from_dict),
            id=require_id(sequence_id, "sequence_id"),
            expand=unset(comma_list(expand, "expand")),
        )

    def sequence(self, sequence_id: str) -> SequenceHandle[M]:
        """A handle on one sequence, for `add_recipients`, `pause`, `recipients.list()`, ... (no request)."""
        return SequenceHandle(self._runner, require_id(sequence_id, "sequence_id"))

    @endpoint
    def get_stage(self, stage_id: str, **options: Unpack[RequestOptions]) -> Call[SequenceStage]:
        """One sequence stage (a sequence's `stages` holds their ids)."""
        from mixmax_openapi.api.sequences import get_sequence_stage
        from mixmax_openapi.models import SequenceStage

        return from_module(get_sequence_stage, model(SequenceStage.from_dict), id=require_id(stage_id, "stage_id"))

    @endpoint
    def cancel_everywhere(self, emails: Iterable[str], **options: Unpack[RequestOptions]) -> Call[builtins.list[str]]:
        """Exit these addresses from every sequence they are active in; returns the exited addresses."""
        from mixmax_openapi.api.sequences import cancel_recipients_in_all_sequences
        from mixmax_openapi.models import CancelAllSequencesRequest, CancelRecipientsResult

        addresses = check_emails(emails) or []
        if not addresses:
            raise MixmaxValidationError("emails must name at least one address")
        return from_module(
            cancel_recipients_in_all_sequences,
            mapped(model(CancelRecipientsResult.from_dict), _emails),
            body=CancelAllSequencesRequest(emails=addresses),
        )

    @endpoint
    def search_recipients(
        self,
        emails: Iterable[str],
        *,
        sequence_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[SequenceRecipientSearchResult]:
        """Find sequence recipients by address, optionally in one sequence (low-confidence endpoint)."""
        from mixmax_openapi.api.sequences import search_sequence_recipients
        from mixmax_openapi.models import SequenceRecipientSearchResult

        addresses = check_emails(emails) or []
        if not addresses:
            raise MixmaxValidationError("emails must name at least one address")
        return from_module(
            search_sequence_recipients,
            model(SequenceRecipientSearchResult.from_dict),
            recipients=addresses,
            sequence_id=unset(None if sequence_id is None else require_id(sequence_id, "sequence_id")),
        )


class SequenceHandle(Resource[M]):
    """One sequence, by id. Made by `client.sequences.sequence(id)`; sends nothing until you call a method."""

    def __init__(self, runner: Any, sequence_id: str) -> None:
        super().__init__(runner)
        self.id = sequence_id
        self.recipients: SequenceRecipients[M] = SequenceRecipients(runner, sequence_id)

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

    @endpoint
    def add_recipients(
        self,
        recipients: Iterable[str | RecipientDict],
        *,
        scheduled_at: ScheduledAt | None = None,
        enrich: bool | None = None,
        allow_missing_variables: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[AddRecipientsResult]:
        """Add recipients; returns one status per recipient (a partial failure is not an exception).

        Args:
            recipients: addresses, or dicts `{"email", "variables", "scheduled_at"}`.
            scheduled_at: when the sequence starts for them: a datetime (naive = UTC), epoch
                milliseconds, False to keep them as drafts, or None for now. Per-recipient
                `scheduled_at` overrides it.
            enrich: fill variables from Mixmax contact data (explicit variables win). None (the
                default) sends nothing, leaving it to the API's default, which is not documented.
            allow_missing_variables: add recipients even if they lack variables the sequence uses;
                None (the default) sends nothing (the API then refuses rows that lack variables).
        """
        from mixmax_openapi.api.sequences import add_sequence_recipients
        from mixmax_openapi.models import AddRecipientsRequest

        body = AddRecipientsRequest(
            recipients=_recipient_inputs(recipients),
            scheduled_at=unset(_scheduled(scheduled_at, "scheduled_at")),
            enrich=unset(check_bool(enrich, "enrich")),
            allow_missing_variables=unset(check_bool(allow_missing_variables, "allow_missing_variables")),
        )
        call = from_module(add_sequence_recipients, _parse_add_result, id=self.id, body=body)
        # Safe to repeat after an ambiguous failure: an address already added comes back `duplicated`.
        return dataclasses.replace(call, retry_safe=True)

    @endpoint
    def cancel(self, emails: Iterable[str] | None = None, **options: Unpack[RequestOptions]) -> Call[list[str]]:
        """Exit the recipients with these addresses, or ALL active recipients when `emails` is None.

        Returns the addresses that were exited.
        """
        from mixmax_openapi.api.sequences import cancel_sequence_recipients
        from mixmax_openapi.models import CancelRecipientsRequest, CancelRecipientsResult

        addresses = check_emails(emails)
        if addresses == []:
            raise MixmaxValidationError("emails is empty: pass None to exit every active recipient")
        return from_module(
            cancel_sequence_recipients,
            mapped(model(CancelRecipientsResult.from_dict), _emails),
            id=self.id,
            body=CancelRecipientsRequest(emails=unset(addresses)),
        )

    @endpoint
    def pause(self, **options: Unpack[RequestOptions]) -> Call[None]:
        """Pause the sequence (any 2xx answer is success)."""
        from mixmax_openapi.api.sequences import pause_sequence

        return from_module(pause_sequence, no_content, id=self.id)

    @endpoint
    def resume(self, **options: Unpack[RequestOptions]) -> Call[None]:
        """Resume the sequence (any 2xx answer is success)."""
        from mixmax_openapi.api.sequences import resume_sequence

        return from_module(resume_sequence, no_content, id=self.id)


class SequenceRecipients(Resource[M]):
    """`client.sequences.sequence(id).recipients`: the sequence's activated recipients."""

    def __init__(self, runner: Any, sequence_id: str) -> None:
        super().__init__(runner)
        self.sequence_id = sequence_id

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

    @endpoint
    def cancel(self, recipient_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        """Exit one recipient by its recipient `_id` (low-confidence endpoint)."""
        from mixmax_openapi.api.sequences import cancel_sequence_recipient

        return from_module(
            cancel_sequence_recipient,
            no_content,
            id=self.sequence_id,
            recipient_id=require_id(recipient_id, "recipient_id"),
        )


def _scheduled(value: object, name: str) -> int | Literal[False] | None:
    if value is None or value is False:
        return value
    if value is True:
        raise MixmaxValidationError(f"{name} may be False (drafts) but not True")
    if not isinstance(value, int | datetime.datetime):
        raise MixmaxValidationError(f"{name} must be a datetime, epoch milliseconds, False or None, not {value!r}")
    return to_epoch_ms(value, name=name)


def _recipient_inputs(recipients: Iterable[str | RecipientDict]) -> list[Any]:
    from mixmax_openapi.models import CustomVariables, RecipientInput

    entries = address_entries(
        recipients, "recipients", keys=_RECIPIENT_KEYS, kind="recipient", hints={"scheduledAt": "use scheduled_at"}
    )
    if not entries:
        raise MixmaxValidationError("recipients is empty: pass at least one recipient")
    inputs = []
    for where, email, item in entries:
        recipient = RecipientInput(email=email)
        if "variables" in item:
            recipient.variables = CustomVariables.from_dict(_variables(item["variables"], f"{where}.variables"))
        scheduled = _scheduled(item.get("scheduled_at"), f"{where}.scheduled_at")
        if scheduled is not None:
            recipient.scheduled_at = scheduled
        inputs.append(recipient)
    return inputs


def _variables(value: object, where: str) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise MixmaxValidationError(f"{where} must be a mapping of variable name to string")
    for key, val in value.items():
        if not isinstance(key, str) or not isinstance(val, str):
            raise MixmaxValidationError(
                f"{where} must map variable names to strings; {key!r}: {val!r} is {type(val).__name__}"
            )
    return dict(value)
