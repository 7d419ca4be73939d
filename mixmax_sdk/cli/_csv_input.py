"""Reading the CSV of `mixmax sequences add-recipients`: its delimiter, its header and its rows.

Spreadsheets export CSV in more than one dialect: Excel in much of Europe separates with `;`, other
tools with a tab or `|`. The delimiter is sniffed among those four (or forced with `--delimiter`); a
UTF-8 byte order mark is dropped. A file that cannot be read exactly as written is refused with its
line number before anything is sent: a quote that is never closed would otherwise swallow every row
after it into one field.

The same address twice (whatever its case: Mixmax matches addresses case-sensitively, people do not)
is one recipient: the first row is sent, each later one is folded into it (`CsvRow.same_as`) and
reported as `duplicated` without being sent.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
from collections.abc import Mapping
from pathlib import Path

from .._validate import is_email
from .importer import CsvRow, UsageError

__all__ = ["DELIMITERS", "CsvInput", "delimiter_name", "parse_delimiter", "read_csv"]

DELIMITERS = ",;\t|"
_NAMED = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}
_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_SNIFF_CHARS = 64 * 1024


def parse_delimiter(value: str | None) -> str | None:
    """`--delimiter`: one character, or `tab` / `\\t` / `comma` / `semicolon` / `pipe`; None: sniff it."""
    if value is None:
        return None
    delimiter = _NAMED.get(value.strip().lower(), value)
    if len(delimiter) != 1 or delimiter in {'"', "\r", "\n"}:
        raise UsageError(f"--delimiter must be one character (or 'tab'), not {value!r}")
    return delimiter


def delimiter_name(delimiter: str) -> str:
    return _NAMES.get(delimiter, repr(delimiter))


@dataclasses.dataclass(frozen=True)
class CsvInput:
    rows: list[CsvRow]
    # Of the very bytes the rows were parsed from: the import's key in the journal. Reading the file
    # a second time to hash it would key a file edited in between to rows that were never read.
    sha256: str


def read_csv(path: Path, email_column: str, variables: Mapping[str, str], *, delimiter: str | None = None) -> CsvInput:
    """Every data row of the CSV, numbered from 1 (the header and blank lines not counted), later rows
    with an address seen before folded into the first one; and the hash of the bytes read."""
    text, sha256 = _read_text(path)
    if not text.strip():
        raise UsageError(f"{path} is empty: it needs a header row (e.g. 'email,first_name') and one row per recipient")
    used = delimiter or _sniff(path, text)
    records = _records(path, text, used)
    header = [name.strip() for name in records[0]]
    missing = [c for c in [email_column, *variables.values()] if c not in header]
    if missing:
        how = "" if delimiter else f"; read as {delimiter_name(used)}-separated, --delimiter chooses another"
        raise UsageError(f"{path}: no column {missing[0]!r} (columns: {', '.join(header) or 'none'}{how})")
    if len(records) == 1:
        raise UsageError(f"{path} has a header row but no rows to add")
    position = {name: header.index(name) for name in [email_column, *variables.values()]}

    def cell(fields: list[str], column: str) -> str:
        at = position[column]
        return fields[at].strip() if at < len(fields) else ""

    rows = [
        CsvRow(number, cell(fields, email_column), {v: val for v, c in variables.items() if (val := cell(fields, c))})
        for number, fields in enumerate(records[1:], start=1)
    ]
    return CsvInput(_fold_duplicates(rows), sha256)


def _read_text(path: Path) -> tuple[str, str]:
    """The file's text and the SHA-256 of its bytes, from one read."""
    try:
        data = path.read_bytes()
        # Decoded as bytes, line endings stay as written (a quoted field may hold one): no newline
        # translation, as open(newline="") gave the csv module.
        return data.decode("utf-8-sig"), hashlib.sha256(data).hexdigest()
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{path} is not UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}): "
            "save it as 'CSV UTF-8' and try again"
        ) from None
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None


def _sniff(path: Path, text: str) -> str:
    """csv.Sniffer among `, ; tab |`; when it cannot tell (a quoted value holding the delimiter is
    enough to stump it), the only one of them in the header row, or a comma when the header has none."""
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]  # whole lines only: a cut line would skew the counts
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    header = next(line for line in text.splitlines() if line.strip())
    present = [d for d in DELIMITERS if d in header]
    if len(present) <= 1:
        return present[0] if present else ","  # no separator at all: one column
    raise UsageError(
        f"{path}: cannot tell whether columns are separated by "
        f"{' or '.join(delimiter_name(d) + 's' for d in present)}; pass --delimiter"
    )


def _records(path: Path, text: str, delimiter: str) -> list[list[str]]:
    """The non-blank records, the header first; a malformed one is an error naming its line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    while True:
        starts = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return records
        except csv.Error as exc:
            if reader.line_num > starts or "unexpected end of data" in str(exc):
                raise UsageError(
                    f'{path} line {starts}: a quoted field opened on this line is never closed (an unmatched ")'
                ) from None
            raise UsageError(f"{path} line {reader.line_num}: {exc}") from None
        if any(field.strip() for field in fields):  # blank lines and Excel's empty ';;;' rows
            records.append(fields)


def _fold_duplicates(rows: list[CsvRow]) -> list[CsvRow]:
    first: dict[str, int] = {}
    folded = []
    for row in rows:
        if is_email(row.email):  # an invalid address is reported as invalid on each of its rows
            key = row.email.lower()
            if key in first:
                row = dataclasses.replace(row, same_as=first[key])
            else:
                first[key] = row.row
        folded.append(row)
    return folded
