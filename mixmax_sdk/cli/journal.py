"""The import journal: what an `add-recipients` run has confirmed, so that the same command can resume.

One SQLite file (stdlib `sqlite3`, WAL) holds any number of imports, each keyed by the sequence id and
the SHA-256 of the CSV's bytes: the same command on the same file finds its import again, a changed
file is a new import. A row is written only once the API has answered for its request, in the same
transaction as the rest of that request's rows, committed before the next request's rows are
recorded: after Ctrl-C, a crash or `kill -9` every row in the journal is one the API really answered,
and every row not in it is sent again (safe: an address already added comes back `duplicated`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

JOURNAL_ENV = "MIXMAX_JOURNAL"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS imports (
    id INTEGER PRIMARY KEY,
    sequence_id TEXT NOT NULL,
    csv_sha256 TEXT NOT NULL,
    csv_path TEXT NOT NULL,
    started REAL NOT NULL,
    runs INTEGER NOT NULL DEFAULT 0,
    UNIQUE (sequence_id, csv_sha256)
);
CREATE TABLE IF NOT EXISTS rows (
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    row INTEGER NOT NULL,
    email TEXT NOT NULL,
    status TEXT NOT NULL,
    errors TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    run INTEGER NOT NULL,
    PRIMARY KEY (import_id, row)
);
"""


class JournalError(Exception):
    """The journal file cannot be used (not a journal, damaged, a folder): exit code 2, nothing sent."""


def _unusable(path: Path, exc: sqlite3.Error) -> JournalError:
    kind = getattr(exc, "sqlite_errorname", "")
    if kind == "SQLITE_NOTADB" or "not a database" in str(exc):
        what = "is not an import journal"
    elif kind == "SQLITE_CORRUPT" or "malformed" in str(exc):
        what = "is damaged"
    else:
        what = "cannot be used"
    return JournalError(
        f"journal {path} {what} (sqlite: {exc}); move it aside or pass --journal elsewhere "
        "(a new journal re-sends the rows this one had confirmed: they come back duplicated)"
    )


@dataclass(frozen=True)
class RowRecord:
    """One CSV row's final status (`row` is 1-based, the header not counted)."""

    row: int
    email: str
    status: str
    errors: list[str]
    note: str = ""


def default_path() -> Path:
    """`$MIXMAX_JOURNAL`, else `$XDG_STATE_HOME/mixmax/imports.sqlite` (~/.local/state by default)."""
    configured = os.environ.get(JOURNAL_ENV)
    if configured:
        return Path(configured)
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "mixmax" / "imports.sqlite"


class Journal:
    """The journal of one import (sequence id + CSV hash); `run` is this run's number (1 = first)."""

    def __init__(self, path: Path, sequence_id: str, csv_path: Path, csv_sha256: str, *, restart: bool) -> None:
        self.path = path
        if path.is_dir():
            raise JournalError(
                f"journal {path} is a folder, not a file; move it aside or pass --journal elsewhere "
                "(a file path; or MIXMAX_JOURNAL)"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise JournalError(f"journal {path}: cannot create its folder ({exc.strerror or exc})") from None
        # isolation_level=None: transactions are explicit, one per confirmed request.
        self._db = sqlite3.connect(path, isolation_level=None, timeout=30)
        try:
            self._open(sequence_id, csv_path, csv_sha256, restart=restart)
        except sqlite3.Error as exc:
            self._db.close()
            raise _unusable(path, exc) from None

    def _open(self, sequence_id: str, csv_path: Path, csv_sha256: str, *, restart: bool) -> None:
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        # A journal cut short (a copy interrupted, a full disk) can open fine and fail on a later page:
        # check every page now, before anything is sent, rather than mid-import.
        damage = self._db.execute("PRAGMA quick_check(1)").fetchone()[0]
        if damage != "ok":
            raise sqlite3.DatabaseError(f"database disk image is malformed: {' '.join(str(damage).split())}")
        self._db.executescript(_SCHEMA)
        with self._transaction():
            if restart:
                self._db.execute(
                    "DELETE FROM imports WHERE sequence_id = ? AND csv_sha256 = ?", (sequence_id, csv_sha256)
                )
            self._db.execute(
                "INSERT OR IGNORE INTO imports (sequence_id, csv_sha256, csv_path, started) VALUES (?, ?, ?, ?)",
                (sequence_id, csv_sha256, str(csv_path), time.time()),
            )
            found: tuple[int, int] = self._db.execute(
                "SELECT id, runs FROM imports WHERE sequence_id = ? AND csv_sha256 = ?", (sequence_id, csv_sha256)
            ).fetchone()
            self.import_id: int = found[0]
            self.run: int = found[1] + 1
            self._db.execute("UPDATE imports SET runs = ? WHERE id = ?", (self.run, self.import_id))

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def confirmed(self) -> dict[int, RowRecord]:
        """Every row an earlier run (or this one) confirmed, by row number."""
        try:
            found = self._db.execute(
                "SELECT row, email, status, errors, note FROM rows WHERE import_id = ? ORDER BY row", (self.import_id,)
            ).fetchall()
        except sqlite3.Error as exc:
            raise _unusable(self.path, exc) from None
        return {
            row: RowRecord(row, email, status, json.loads(errors), note) for row, email, status, errors, note in found
        }

    def record(self, records: Iterable[RowRecord]) -> None:
        """Write one request's rows, durably, in one transaction."""
        try:
            with self._transaction():
                self._db.executemany(
                    "INSERT OR REPLACE INTO rows (import_id, row, email, status, errors, note, run)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (self.import_id, r.row, r.email, r.status, json.dumps(r.errors), r.note, self.run)
                        for r in records
                    ],
                )
        except sqlite3.Error as exc:
            raise _unusable(self.path, exc) from None

    def close(self) -> None:
        self._db.close()


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")
