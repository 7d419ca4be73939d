"""`mixmax sequences add-recipients`: read the CSV, skip what the journal confirmed, send the rest.

Kept apart from the command line (no typer, no rich) so that it is plain to test and to reuse.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..errors import BulkAddError
from ..resources._add_recipients import AddRecipientsResult, BulkProgress, validate_rows
from .journal import Journal, RowRecord

EARLIER_RUN_NOTE = "already in the sequence: possibly added by an interrupted earlier run of this import"
SAME_AS_NOTE = "same address as row {row}: sent once, with that row"


class UsageError(Exception):
    """Bad command-line input (a missing column, an unreadable file): exit code 2."""


@dataclass(frozen=True)
class CsvRow:
    row: int  # 1-based data row, the header not counted
    email: str
    variables: dict[str, str]
    same_as: int | None = None  # the earlier row with the same address (any case): this one is not sent

    def recipient(self) -> dict[str, Any]:
        return {"email": self.email, "variables": self.variables} if self.variables else {"email": self.email}


def parse_vars(specs: list[str]) -> dict[str, str]:
    """`["First name=first_name"]` -> `{"First name": "first_name"}` (sequence variable -> CSV column)."""
    mapping: dict[str, str] = {}
    for spec in specs:
        variable, sep, column = spec.partition("=")
        if not sep or not variable.strip() or not column.strip():
            raise UsageError(f"--var must look like 'Variable name=csv_column', not {spec!r}")
        mapping[variable.strip()] = column.strip()
    return mapping


def parse_schedule(value: str | None) -> datetime.datetime | Literal[False] | None:
    """`draft` (keep as drafts), an ISO datetime (naive = UTC), or None (now)."""
    if value is None:
        return None
    if value.strip().lower() == "draft":
        return False
    try:
        return datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"--schedule must be an ISO datetime (2026-01-05T09:00) or 'draft', not {value!r}") from None


@dataclass
class ImportOutcome:
    records: list[RowRecord]  # every CSV row once, in CSV order
    earlier: int  # rows confirmed by earlier runs (not sent again)
    sent: int  # rows this run handed to the SDK
    error: BulkAddError | None = None
    unconfirmed: frozenset[int] = frozenset()  # rows of the request that failed (`error`)

    @property
    def by_status(self) -> Counter[str]:
        """How many rows ended in each status, statuses in the order the CSV first shows them."""
        return Counter(r.status for r in self.records)

    @property
    def failed(self) -> list[RowRecord]:
        return [r for r in self.records if r.status not in {"success", "duplicated"}]


def dry_run(rows: list[CsvRow]) -> tuple[list[CsvRow], list[RowRecord]]:
    """The rows that would be sent and the invalid ones, without any request (folded rows are neither)."""
    rows = [r for r in rows if r.same_as is None]
    _, problems = validate_rows([r.recipient() for r in rows])
    invalid = [RowRecord(rows[i].row, rows[i].email, "invalid", [_row_message(m)]) for i, (_, m) in problems.items()]
    return [r for i, r in enumerate(rows) if i not in problems], invalid


def run_import(
    sequence: Any,
    rows: list[CsvRow],
    journal: Journal,
    *,
    scheduled_at: datetime.datetime | Literal[False] | None,
    chunk_size: int | None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportOutcome:
    """Send every row the journal has not confirmed through `sequence.add_recipients` (a sync handle),
    recording each answered request in the journal before the next one goes out."""
    confirmed = journal.confirmed()
    folded = [_folded(r) for r in rows if r.same_as is not None and r.row not in confirmed]
    pending = [r for r in rows if r.row not in confirmed and r.same_as is None]
    resumed = journal.run > 1
    error: BulkAddError | None = None
    result: AddRecipientsResult | None = None

    def record(progress: BulkProgress) -> None:
        chunk = progress.chunk
        if chunk.error is None:  # answered: final; a failed request's rows stay pending
            journal.record(_records(pending, chunk.rows, chunk.results, resumed=resumed))
        if on_progress is not None:
            on_progress(len(confirmed) + len(folded) + progress.done, len(rows))

    if on_progress is not None:  # a resumed run starts where the earlier ones stopped
        on_progress(len(confirmed) + len(folded), len(rows))
    if pending:
        try:
            result = sequence.add_recipients(
                [r.recipient() for r in pending],
                scheduled_at=scheduled_at,
                chunk_size=chunk_size,
                skip_invalid=True,
                progress=record,
            )
        except BulkAddError as failure:
            error, result = failure, failure.result
    final = confirmed  # nothing was pending, so nothing was recorded
    this_run: dict[int, RowRecord] = {}
    if result is not None:
        positions = list(range(len(pending)))
        invalid = [i for i in positions if result.recipients[i].status == "invalid"]
        journal.record([*_records(pending, invalid, [result.recipients[i] for i in invalid], resumed=False), *folded])
        final = journal.confirmed()
        this_run = {
            r.row: r for r in _records(pending, positions, result.recipients, resumed=resumed) if r.row not in final
        }
    elif folded:
        journal.record(folded)
        final = journal.confirmed()
    records = [final.get(r.row) or this_run[r.row] for r in rows]
    unconfirmed = frozenset(pending[i].row for i in result.unconfirmed_rows) if result is not None else frozenset()
    return ImportOutcome(records, len(confirmed), len(pending), error, unconfirmed)


def _folded(row: CsvRow) -> RowRecord:
    return RowRecord(row.row, row.email, "duplicated", [], SAME_AS_NOTE.format(row=row.same_as))


def _records(pending: list[CsvRow], positions: list[int], results: list[Any], *, resumed: bool) -> list[RowRecord]:
    records = []
    for position, result in zip(positions, results, strict=True):
        row = pending[position]
        errors = [_row_message(str(e)) for e in result.errors] if isinstance(result.errors, list) else []
        note = EARLIER_RUN_NOTE if resumed and result.status == "duplicated" else ""
        records.append(RowRecord(row.row, row.email, str(result.status), errors, note))
    return records


def write_report(path: Path, records: list[RowRecord], *, raw: bool = False) -> None:
    """One line per CSV row: row, email, status, errors (joined with "; "), note; written atomically,
    formula-like cells neutralised unless `raw` (see `_files`)."""
    from ._files import write_csv

    write_csv(
        path,
        ["row", "email", "status", "errors", "note"],
        ([r.row, r.email, r.status, "; ".join(r.errors), r.note] for r in records),
        raw=raw,
    )


def _row_message(message: str) -> str:
    """The SDK names a row by its position in what it was given ("recipients[7].email ..."); the
    report names it by CSV row already."""
    return re.sub(r"^recipients\[\d+\]\.?", "", message).strip()
