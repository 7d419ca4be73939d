"""What a bulk `add_recipients` returns: one status per input row, and the statuses this SDK adds.

A leaf module (nothing from the rest of the SDK): both the bulk plan (`resources/_add_recipients.py`)
and `errors.BulkAddError`, which carries the partial result, import it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mixmax_openapi.models import AddRecipientsResponse, RecipientResult

__all__ = ["INVALID", "NOT_SENT", "AddRecipientsResult"]

# The statuses this SDK gives rows the API never answered for.
INVALID = "invalid"
NOT_SENT = "not_sent"


@dataclass(frozen=True)
class AddRecipientsResult:
    """The outcome of `add_recipients`: `recipients[i]` is input row `i`, every row exactly once.

    Each item has `.email`, `.status` and `.errors`. Statuses: `success`, `duplicated`,
    `unsubscribed`, `error` (from the API, or the rows of a request that failed: see
    `unconfirmed`), `invalid` (refused before sending, with `skip_invalid=True`), `not_sent` (after a
    request failed, the rows not tried), or a value newer than this SDK. Every row lands in exactly
    one of `succeeded`, `added_by_earlier_attempt`, `duplicated` and `failed`; unknown statuses land
    in `failed`, never silently in `succeeded`.

    `after_ambiguous_retry` is True when an earlier attempt of one of the requests failed in a way the
    server may still have acted on (a timeout, a dropped connection, a 5xx) and the SDK repeated it.
    The API then answers `duplicated` for the addresses that attempt added: those rows are reported
    in `added_by_earlier_attempt` - neither failures nor new successes. (The API's answer cannot
    tell them from addresses that were in the sequence before the call; both are listed there.)

    `raw` is the API's answer: exactly its body when one request did it all, else the answers of
    every request merged in order (each one is in `responses`).
    """

    recipients: list[RecipientResult]
    raw: AddRecipientsResponse = field(repr=False)
    after_ambiguous_retry: bool = False
    responses: list[AddRecipientsResponse] = field(default_factory=list, repr=False)
    ambiguous_rows: frozenset[int] = field(default=frozenset(), repr=False)
    """Positions of the rows whose request was repeated after an ambiguous failure."""
    unconfirmed_rows: frozenset[int] = field(default=frozenset(), repr=False)
    """Positions of the rows whose request failed (they may or may not have been added)."""

    @property
    def succeeded(self) -> list[RecipientResult]:
        return [r for r in self.recipients if r.status == "success"]

    @property
    def added_by_earlier_attempt(self) -> list[RecipientResult]:
        """`duplicated` rows after an ambiguous retry: most likely added by the attempt that failed."""
        return [r for i, r in enumerate(self.recipients) if r.status == "duplicated" and i in self.ambiguous_rows]

    @property
    def duplicated(self) -> list[RecipientResult]:
        """Already in the sequence before this call, so skipped (Mixmax matches case-sensitively)."""
        return [r for i, r in enumerate(self.recipients) if r.status == "duplicated" and i not in self.ambiguous_rows]

    @property
    def unsubscribed(self) -> list[RecipientResult]:
        return [r for r in self.recipients if r.status == "unsubscribed"]

    @property
    def failed(self) -> list[RecipientResult]:
        """Not added: `error`, `unsubscribed`, `invalid`, `not_sent`, and any status this SDK does not know."""
        return [r for r in self.recipients if r.status not in {"success", "duplicated"}]

    @property
    def invalid(self) -> list[RecipientResult]:
        return [r for r in self.recipients if r.status == INVALID]

    @property
    def not_sent(self) -> list[RecipientResult]:
        return [r for r in self.recipients if r.status == NOT_SENT]

    @property
    def unconfirmed(self) -> list[RecipientResult]:
        """The rows of a request that failed: sending them again is safe (added ones come back `duplicated`)."""
        return [r for i, r in enumerate(self.recipients) if i in self.unconfirmed_rows]

    def counts(self) -> dict[str, int]:
        """Rows per status, e.g. `{"success": 950, "duplicated": 40, "invalid": 10}`."""
        return dict(Counter(r.status for r in self.recipients))

    def __iter__(self) -> Iterator[RecipientResult]:
        return iter(self.recipients)

    def __len__(self) -> int:
        return len(self.recipients)
