"""`add_recipients` for any number of rows: validate all, split into chunks, aggregate in input order.

`AddRecipientsPlan` is a `Batch` (see `_batch.py`): it decides, the sync and async drivers only send.
Every input row ends with exactly one status: the API's (`success`, `duplicated`, `unsubscribed`,
`error`) for rows it answered, or one of ours: `invalid` (refused before sending, with
`skip_invalid=True`), `error` for the rows of a request that failed, `not_sent` for rows after it.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

import httpx

from .._bulk_result import INVALID, NOT_SENT, AddRecipientsResult
from .._call import Call, PerCall, from_module, model, model_items
from .._constants import DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE
from .._extensions import after_ambiguous_retry
from .._validate import address_entry, address_list, check_bool, check_range, check_variables, unset
from ..errors import InvalidRecipientsError, MixmaxError, MixmaxValidationError, bulk_add_error
from ..timestamps import to_epoch_ms

if TYPE_CHECKING:
    from mixmax_openapi.models import AddRecipientsResponse, RecipientInput, RecipientResult

__all__ = [
    "INVALID",
    "NOT_SENT",
    "AddRecipientsPlan",
    "AddRecipientsResult",
    "BulkProgress",
    "ChunkReport",
    "RecipientDict",
    "ScheduledAt",
    "recipient_input",
    "scheduled",
    "validate_rows",
]

ScheduledAt = datetime.datetime | int | Literal[False]
"""When recipients start: a datetime (naive = UTC), epoch milliseconds, or False to keep them as drafts."""

MAX_CONCURRENCY = 16
_NOT_REPORTED = "The API's answer did not report this recipient"


class RecipientDict(TypedDict, total=False):
    """A recipient to add: `{"email": ..., "variables": {...}, "scheduled_at": ...}`."""

    email: Required[str]
    variables: Mapping[str, str]
    scheduled_at: ScheduledAt


_RECIPIENT_KEYS = frozenset(RecipientDict.__annotations__)


@dataclass(frozen=True)
class ChunkReport:
    """One request of a bulk `add_recipients`, settled: the input positions it carried and their results
    (the API's, or `error` rows when the request failed with `error`)."""

    index: int
    rows: list[int]
    results: list[RecipientResult]
    error: MixmaxError | None = None
    ambiguous: bool = False


@dataclass(frozen=True)
class BulkProgress:
    """Passed to `progress=` after each request settles: `done` of `total` rows have a final status
    (invalid rows count as done from the start); `chunk` is the request that just settled."""

    done: int
    total: int
    chunk: ChunkReport


@dataclass(frozen=True)
class _Answer:
    """One request's parsed answer."""

    results: list[RecipientResult]
    raw: AddRecipientsResponse
    ambiguous: bool


def _parse_answer(response: httpx.Response) -> _Answer:
    from mixmax_openapi.models import AddRecipientsResponse

    raw = model(AddRecipientsResponse.from_dict)(response)
    return _Answer(list(model_items(response, raw.recipients, "recipients")), raw, after_ambiguous_retry(response))


def _result(email: str, status: str, errors: list[str]) -> RecipientResult:
    from mixmax_openapi.models import RecipientResult

    return RecipientResult(email=email, status=status, errors=errors)


class AddRecipientsPlan:
    """The `Batch` behind `SequenceHandle.add_recipients`."""

    def __init__(
        self,
        sequence_id: str,
        recipients: Iterable[object],
        *,
        scheduled_at: ScheduledAt | None,
        enrich: bool | None,
        allow_missing_variables: bool | None,
        chunk_size: int | None,
        skip_invalid: bool,
        concurrency: int,
        progress: Callable[[BulkProgress], object] | None,
    ) -> None:
        size = DEFAULT_CHUNK_SIZE if chunk_size is None else chunk_size
        check_range("chunk_size", size, 1, MAX_CHUNK_SIZE)
        check_range("concurrency", concurrency, 1, MAX_CONCURRENCY)
        if check_bool(skip_invalid, "skip_invalid") is None:
            raise MixmaxValidationError("skip_invalid must be a bool, not None")
        if progress is not None and not callable(progress):
            raise MixmaxValidationError(f"progress must be a callable, not {progress!r}")
        self.sequence_id = sequence_id
        self.concurrency: int = concurrency
        self._progress = progress
        self._scheduled_at = unset(scheduled(scheduled_at, "scheduled_at"))
        self._enrich = unset(check_bool(enrich, "enrich"))
        self._allow_missing = unset(check_bool(allow_missing_variables, "allow_missing_variables"))
        inputs, problems = validate_rows(recipients)
        if problems and not skip_invalid:
            raise InvalidRecipientsError(problems, total=len(inputs))
        self.total = len(inputs)
        if not self.total:
            raise MixmaxValidationError("recipients is empty: pass at least one recipient")
        self._results: list[RecipientResult | None] = [None] * self.total
        for position, (email, message) in problems.items():
            self._results[position] = _result(email, INVALID, [message])
        sendable = [i for i, item in enumerate(inputs) if item is not None]
        self._inputs = inputs
        self._chunks = [sendable[start : start + size] for start in range(0, len(sendable), size)]
        self._next = 0
        self._answers: dict[int, _Answer] = {}
        self._errors: dict[int, MixmaxError] = {}
        self._done = len(problems)
        self._per_call: PerCall | None = None

    # ------------------------------------------------------------------ the Batch protocol
    def with_per_call(self, per_call: PerCall) -> AddRecipientsPlan:
        self._per_call = per_call
        return self

    def next_call(self) -> tuple[int, Call[Any]] | None:
        if self._errors or self._next >= len(self._chunks):
            return None  # after a failure nothing new starts: the caller decides what to resend
        index = self._next
        self._next += 1
        return index, self._call(index, _parse_answer)

    def settle(self, key: int, value: Any = None, error: MixmaxError | None = None) -> None:
        rows = self._chunks[key]
        if error is not None:
            self._errors[key] = error
            results = [_result(self._email(i), "error", [f"The request failed: {error}"]) for i in rows]
            ambiguous = False
        else:
            self._answers[key] = value
            results = _match(rows, [self._email(i) for i in rows], value.results)
            ambiguous = value.ambiguous
        for position, result in zip(rows, results, strict=True):
            self._results[position] = result
        self._done += len(rows)
        if self._progress is not None:
            self._progress(BulkProgress(self._done, self.total, ChunkReport(key, rows, results, error, ambiguous)))

    def result(self) -> AddRecipientsResult:
        from mixmax_openapi.models import AddRecipientsResponse

        for position, settled in enumerate(self._results):
            if settled is None:
                self._results[position] = _result(self._email(position), NOT_SENT, [])
        answers = [self._answers[k] for k in sorted(self._answers)]
        if len(answers) == 1:
            raw = answers[0].raw
        else:
            merged = [r.to_dict() for answer in answers for r in answer.results]
            raw = AddRecipientsResponse.from_dict({"recipients": merged})
        ambiguous = frozenset(i for k, a in self._answers.items() if a.ambiguous for i in self._chunks[k])
        unconfirmed = frozenset(i for k in self._errors for i in self._chunks[k])
        result = AddRecipientsResult(
            recipients=[r for r in self._results if r is not None],
            raw=raw,
            after_ambiguous_retry=bool(ambiguous),
            responses=[a.raw for a in answers],
            ambiguous_rows=ambiguous,
            unconfirmed_rows=unconfirmed,
        )
        if self._errors:
            errors = [self._errors[k] for k in sorted(self._errors)]
            raise bulk_add_error(result, errors, chunks=len(self._chunks)) from errors[0]
        return result

    def only_call(self) -> Call[AddRecipientsResult] | None:
        if len(self._chunks) != 1 or self._next:
            return None

        def parse(response: httpx.Response) -> AddRecipientsResult:
            self.settle(0, _parse_answer(response))
            return self.result()

        self._next = 1
        return self._call(0, parse)

    # ------------------------------------------------------------------ helpers
    def _call(self, index: int, parse: Callable[[httpx.Response], Any]) -> Call[Any]:
        from mixmax_openapi.api.sequences import add_sequence_recipients
        from mixmax_openapi.models import AddRecipientsRequest

        body = AddRecipientsRequest(
            recipients=[item for i in self._chunks[index] if (item := self._inputs[i]) is not None],
            scheduled_at=self._scheduled_at,
            enrich=self._enrich,
            allow_missing_variables=self._allow_missing,
        )
        call = from_module(add_sequence_recipients, parse, id=self.sequence_id, body=body)
        # Safe to repeat after an ambiguous failure: an address already added comes back `duplicated`.
        return dataclasses.replace(call, retry_safe=True, per_call=self._per_call)

    def _email(self, position: int) -> str:
        item = self._inputs[position]
        return item.email if item is not None else ""


def _match(rows: list[int], emails: list[str], answered: list[RecipientResult]) -> list[RecipientResult]:
    """The API's results for a request's rows: in order when it answered row for row (the documented
    behaviour), else by address (case-sensitively, as Mixmax matches), a row it left out as `error`."""
    if len(answered) == len(rows) and all(r.email == e for r, e in zip(answered, emails, strict=True)):
        return answered
    by_email: dict[str, list[RecipientResult]] = {}
    for result in answered:
        by_email.setdefault(result.email, []).append(result)
    return [by_email[e].pop(0) if by_email.get(e) else _result(e, "error", [_NOT_REPORTED]) for e in emails]


# ---------------------------------------------------------------------------- input validation
def validate_rows(recipients: object) -> tuple[list[RecipientInput | None], dict[int, tuple[str, str]]]:
    """Every row checked (none is sent if one is invalid, unless asked): the wire input of each valid
    row (None for an invalid one) and, by position, `(email as given, problem)` of each invalid one."""
    inputs: list[RecipientInput | None] = []
    problems: dict[int, tuple[str, str]] = {}
    for position, item in enumerate(address_list(recipients, "recipients", "recipient")):
        try:
            inputs.append(recipient_input(f"recipients[{position}]", item))
        except MixmaxValidationError as problem:
            inputs.append(None)
            email = item if isinstance(item, str) else item.get("email") if isinstance(item, Mapping) else None
            problems[position] = (email if isinstance(email, str) else "", str(problem))
    return inputs, problems


_HINTS = {"scheduledAt": "use scheduled_at"}


def recipient_input(where: str, item: object) -> RecipientInput:
    from mixmax_openapi.models import CustomVariables, RecipientInput

    email, fields = address_entry(where, item, keys=_RECIPIENT_KEYS, hints=_HINTS)
    recipient = RecipientInput(email=email)
    if "variables" in fields:
        recipient.variables = CustomVariables.from_dict(check_variables(fields["variables"], f"{where}.variables"))
    when = scheduled(fields.get("scheduled_at"), f"{where}.scheduled_at")
    if when is not None:
        recipient.scheduled_at = when
    return recipient


def scheduled(value: object, name: str) -> int | Literal[False] | None:
    if value is None or value is False:
        return value
    if value is True:
        raise MixmaxValidationError(f"{name} may be False (drafts) but not True")
    if not isinstance(value, int | datetime.datetime):
        raise MixmaxValidationError(f"{name} must be a datetime, epoch milliseconds, False or None, not {value!r}")
    return to_epoch_ms(value, name=name)
