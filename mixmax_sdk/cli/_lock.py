"""One run at a time per import: an exclusive OS lock on a small file beside the journal.

Two runs of the same import (same sequence, same CSV bytes: the journal's key) would each read the same
confirmed rows and each send all the others. The first run takes the lock for its whole duration; any
other run refuses at once, naming the holder's pid and host (written into the lock file once taken).

The lock is the kernel's (`fcntl.flock` on POSIX, `msvcrt.locking` on Windows), not the file's
existence: the kernel drops it when its process ends in any way, `kill -9` included, so a lock left by a
killed run is simply free for the next one - a stale pid in the file never blocks anyone. Lock files are
never deleted (deleting one while another run waits on it would let two runs hold "the" lock); they are
a few dozen bytes each. On a network file system, flock is only as good as the server's support for it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import sys
import time
from pathlib import Path
from typing import Any

from .importer import UsageError

# Windows locks a byte range, and a locked range cannot be read by anyone else: lock one byte far past
# the holder's note so that the refused run can still read the note.
_WINDOWS_LOCK_OFFSET = 1 << 20


class ImportLockedError(UsageError):
    """Another run of the same import holds its lock: exit code 2, nothing sent."""


def lock_path(journal: Path, sequence_id: str, csv_sha256: str) -> Path:
    """`<journal>.locks/<key>.lock`, the key a hash of the import's identity (safe as a file name)."""
    key = hashlib.sha256(f"{sequence_id}\0{csv_sha256}".encode()).hexdigest()[:32]
    return journal.with_name(journal.name + ".locks") / f"{key}.lock"


class ImportLock:
    """Held from `acquire()` to `release()` (or the end of the process); not reentrant."""

    def __init__(self, journal: Path, sequence_id: str, csv_sha256: str) -> None:
        self.path = lock_path(journal, sequence_id, csv_sha256)
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            raise UsageError(f"cannot create the import lock {self.path}: {exc.strerror or exc}") from None
        if not _try_lock(fd):
            os.close(fd)
            raise ImportLockedError(
                f"this import (the same sequence and CSV) is already running: {self._holder()}; "
                "wait for it to finish, or stop it and run the same command again"
            )
        self._fd = fd
        note = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}).encode()
        # Only for the message of a refused run, and only while this process lives: no fsync needed (readers
        # share the page cache), and a note that cannot be written (a full disk) must not stop the import.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, note)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> ImportLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def _holder(self) -> str:
        # The holder writes its note right after taking the lock; a run refused in that instant waits
        # briefly for it rather than naming nobody (or the dead run whose note is about to go).
        deadline = time.monotonic() + 1.0
        while True:
            note = _read_note(self.path)
            if note is not None or time.monotonic() > deadline:
                break
            time.sleep(0.02)
        if note is None:
            return f"held by another process (lock file {self.path})"
        since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(note.get("since", 0))))
        return f"pid {note.get('pid')} on host {note.get('host')} since {since} (lock file {self.path})"


def _read_note(path: Path) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            text = handle.read(4096)
        note = json.loads(text)
    except (OSError, ValueError):
        return None
    if not isinstance(note, dict) or "pid" not in note:
        return None
    # A note left by a run that died: the new holder is about to replace it.
    return note if _may_be_alive(note) else None


def _may_be_alive(note: dict[str, Any]) -> bool:
    if os.name != "posix" or note.get("host") != socket.gethostname() or not isinstance(note["pid"], int):
        return True  # another host's pid cannot be checked from here (and os.kill ends processes on Windows)
    try:
        os.kill(note["pid"], 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
