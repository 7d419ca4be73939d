"""The files the `mixmax` command line writes: atomically, never over its own inputs, and CSV cells that a
spreadsheet would run as formulas neutralised.

Atomic: the content goes to a temporary file in the target's folder, is flushed and fsynced, then
`os.replace`d over the target, so a crash, a full disk or `kill -9` leaves either the old file or the
whole new one, never half a report (and no temporary file once the writer has returned or raised).
"""

from __future__ import annotations

import contextlib
import csv
import os
import secrets
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

# A spreadsheet runs a cell that begins with one of these as a formula (OWASP, "CSV Injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """`'` before a text cell that a spreadsheet would read as a formula; numbers and other text unchanged.

    The csv module then quotes the cell if it holds a separator, a quote or a line break, so the prefixed
    cell stays one cell whatever follows the trigger."""
    if isinstance(cell, str) and cell.startswith(FORMULA_TRIGGERS):
        return "'" + cell
    return cell


class CsvOut:
    """A `csv.writer` whose text cells are neutralised, unless `raw` (the command line's `--raw-csv`)."""

    def __init__(self, handle: IO[str], *, raw: bool = False) -> None:
        self._writer = csv.writer(handle)
        self._raw = raw

    def writerow(self, cells: Sequence[object]) -> None:
        self._writer.writerow(cells if self._raw else [neutralise(c) for c in cells])

    def writerows(self, rows: Iterable[Sequence[object]]) -> None:
        for cells in rows:
            self.writerow(cells)


_OTHER = "choose another --report"


def refuse_overwriting_inputs(csv_path: Path, report: Path | None, journal: Path) -> None:
    """UsageError when the report would overwrite the CSV or the journal, or the journal is the CSV: before
    anything is read or sent, whichever spelling (`./p.csv`, absolute, a symlink, a hard link) names it."""
    from .importer import UsageError

    if report is not None and same_file(report, csv_path):
        raise UsageError(f"--report {report} is the input CSV {csv_path}: writing it would destroy the input; {_OTHER}")
    if report is not None and same_file(report, journal):
        raise UsageError(f"--report {report} is the journal {journal}: writing it would destroy the journal; {_OTHER}")
    if same_file(journal, csv_path):
        raise UsageError(f"the journal {journal} is the input CSV {csv_path}; choose another --journal")


def same_file(a: Path, b: Path) -> bool:
    """True when writing `a` would overwrite `b`: the same path once `.`, `..` and symlinks are resolved,
    or (when both exist) the same device and inode, which a hard link also is."""
    try:
        if os.path.samefile(a, b):
            return True
    except OSError:  # one of them does not exist (yet): compare where they lead
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


@contextlib.contextmanager
def atomic_writer(path: Path, *, newline: str | None = None, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Open a text file that replaces `path` in one step when the block ends without an exception.

    A symlink is written through (its target is replaced, the link stays); an existing file keeps its
    permission bits; a new one gets the usual ones (0o666 less the umask)."""
    target = Path(os.path.realpath(path))
    handle, temporary = _create_beside(target)
    try:
        with open(handle, "w", newline=newline, encoding=encoding, closefd=True) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, os.stat(target).st_mode & 0o7777)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_folder(target.parent)


def _create_beside(target: Path) -> tuple[int, Path]:
    # Same folder: os.replace is atomic only within one file system. Hidden, and named after the target,
    # so that a leftover (power cut between create and replace) says what it was.
    for _ in range(100):
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"cannot create a temporary file beside {target}")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder, and needs no such step)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], *, raw: bool = False) -> None:
    """The whole CSV file at `path`, atomically, cells neutralised unless `raw`."""
    with atomic_writer(path, newline="") as handle:
        writer = CsvOut(handle, raw=raw)
        writer.writerow(header)
        writer.writerows(rows)
