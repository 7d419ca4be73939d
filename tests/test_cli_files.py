"""What `mixmax sequences add-recipients` (and `sequences recipients`) write, and the state they keep: the
report never overwrites the CSV or the journal, every output file appears whole or not at all, one run
per import at a time (a killed run's lock is taken over), a damaged journal is one line, CSV cells a
spreadsheet would run as formulas are neutralised, and a resume whose confirmed rows are not a prefix
of the CSV sends exactly the others.

Everything runs the real console script in a subprocess, on a real file system, against the fake Mixmax
over loopback HTTP; `Wire` records every add-recipients body the fake receives and can hold one."""

from __future__ import annotations

import contextlib
import csv
import fcntl
import fnmatch
import hashlib
import json
import os
import re
import resource
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mixmax_sdk.cli._files import atomic_writer
from mixmax_sdk.cli._lock import lock_path
from mixmax_sdk.cli.journal import Journal, RowRecord
from mixmax_sdk.testing import FakeMixmax, FakeServer, Fault, RealClock
from mixmax_sdk.testing._wire import FakeRequest, FakeResponse

SCRIPT = Path(sys.executable).parent / "mixmax"
ADD = "/sequences/*/recipients"


class Wire:
    """Every add-recipients request body the fake received, in order; `hold(n)` makes the n-th wait until
    `release` is set (then, with `drop=True`, it is dropped unprocessed, as if the sender had died)."""

    def __init__(self, fake: FakeMixmax) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.arrived = threading.Event()
        self.release = threading.Event()
        self._held: int | None = None
        self._drop = False
        self._lock = threading.Lock()
        real: Callable[[FakeRequest], FakeResponse] = fake.handle

        def handle(request: FakeRequest) -> FakeResponse:
            if request.method == "POST" and fnmatch.fnmatchcase(request.path, ADD):
                with self._lock:
                    self.bodies.append(request.json())
                    number = len(self.bodies)
                if number == self._held:
                    self.arrived.set()
                    self.release.wait(60)
                    if self._drop:
                        return FakeResponse(0, action="drop")
            return real(request)

        fake.handle = handle  # type: ignore[method-assign]

    def hold(self, number: int, *, drop: bool = False) -> None:
        self._held, self._drop = number, drop

    def emails(self, bodies: list[dict[str, Any]] | None = None) -> list[str]:
        return [r["email"] for body in (self.bodies if bodies is None else bodies) for r in body["recipients"]]


@pytest.fixture
def served() -> Iterator[FakeServer]:
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    with fake.serve() as server:
        yield server


@pytest.fixture
def wire(served: FakeServer) -> Iterator[Wire]:
    recorder = Wire(served.fake)
    try:
        yield recorder
    finally:
        recorder.release.set()  # never leave a server thread waiting


@pytest.fixture
def env(served: FakeServer, tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "MIXMAX_BASE_URL": served.base_url,
        "MIXMAX_API_KEY": served.fake.demo_token,
        "MIXMAX_JOURNAL": str(tmp_path / "journal.sqlite"),
        "PYTHONDONTWRITEBYTECODE": "1",  # the file-size limit below must hit our output, not a .pyc
    }


def mixmax(env: dict[str, str], *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=60)


def start(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([str(SCRIPT), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _onboarding(fake: FakeMixmax) -> str:
    return next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")


def _write_csv(path: Path, rows: list[tuple[str, str]]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["email", "first_name"])
        writer.writerows(rows)
    return path


def _rows(n: int) -> list[tuple[str, str]]:
    return [(f"r{i}@example.com", f"R{i}") for i in range(1, n + 1)]


def _cells(path: Path) -> list[list[str]]:
    with path.open(newline="") as handle:
        return list(csv.reader(handle))


# What an import prints on a non-terminal stderr as it goes (see cli/_progress.py), besides errors.
PROGRESS_LINE = re.compile(
    r"(starting: )?\d+/\d+ rows(, about .* left)?|(waiting for the rate limit|a request failed): .*"
)


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.stdout == "" and "Traceback" not in result.stderr, result.stderr
    others = [line for line in result.stderr.splitlines() if not PROGRESS_LINE.fullmatch(line)]
    assert len(others) == 1 and others[0].startswith("error: "), result.stderr
    return others[0]


# ------------------------------------------------------------------- the report never destroys an input
def test_a_report_or_journal_that_is_an_input_is_refused_however_it_is_spelt(
    env: dict[str, str], served: FakeServer, wire: Wire, tmp_path: Path
) -> None:
    seq = _onboarding(served.fake)
    people = _write_csv(tmp_path / "p.csv", _rows(3))
    before = people.read_bytes()
    (tmp_path / "link.csv").symlink_to("p.csv")
    os.link(people, tmp_path / "hard.csv")
    (tmp_path / "alias").symlink_to(tmp_path, target_is_directory=True)
    journal = Path(env["MIXMAX_JOURNAL"])
    cases = [
        (["--report", "p.csv"], "--report p.csv is the input CSV p.csv"),
        (["--report", "./p.csv"], "--report p.csv is the input CSV p.csv"),  # Path() drops the ./
        (["--report", str(people)], f"--report {people} is the input CSV p.csv"),
        (["--report", "link.csv"], "--report link.csv is the input CSV p.csv"),
        (["--report", "hard.csv"], "--report hard.csv is the input CSV p.csv"),
        (["--report", "journal.sqlite"], f"--report journal.sqlite is the journal {journal}"),
        # The journal does not exist yet: the paths are compared once every symlink is resolved.
        (["--report", "alias/journal.sqlite"], f"--report alias/journal.sqlite is the journal {journal}"),
        (["--journal", "./p.csv"], "the journal p.csv is the input CSV p.csv"),
    ]
    for extra, message in cases:
        args = ["sequences", "add-recipients", seq, "--csv", "p.csv", "--var", "First name=first_name", *extra]
        result = mixmax(env, *args, cwd=tmp_path)
        assert result.returncode == 2, (extra, result.stderr)
        assert _one_error_line(result).startswith(f"error: {message}"), (extra, result.stderr)
    assert people.read_bytes() == before and (tmp_path / "hard.csv").read_bytes() == before
    assert (tmp_path / "link.csv").is_symlink()
    assert not journal.exists(), "refused before the journal is opened"
    assert wire.bodies == [] and served.fake.requests_to("POST", ADD) == []


# ------------------------------------------------------------------------------ whole files or none
def test_the_report_replaces_the_old_one_whole_through_a_symlink_and_leaves_no_temporary_file(
    env: dict[str, str], served: FakeServer, tmp_path: Path
) -> None:
    seq = _onboarding(served.fake)
    people = _write_csv(tmp_path / "p.csv", _rows(3))
    reports = tmp_path / "reports"
    reports.mkdir()
    real = reports / "real.csv"
    real.write_text("old\n" * 5000)  # longer than the new report: no old byte may survive
    real.chmod(0o640)
    (tmp_path / "report.csv").symlink_to(real)
    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name"]
    result = mixmax(env, *args, "--report", str(tmp_path / "report.csv"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "report.csv").is_symlink(), "the link is written through, not replaced"
    assert real.read_bytes() == (
        b"row,email,status,errors,note\r\n"
        b"1,r1@example.com,success,,\r\n"
        b"2,r2@example.com,success,,\r\n"
        b"3,r3@example.com,success,,\r\n"
    )
    assert stat.S_IMODE(real.stat().st_mode) == 0o640, "the old file's permissions are kept"
    assert sorted(os.listdir(reports)) == ["real.csv"]
    assert sorted(os.listdir(tmp_path)) == ["journal.sqlite", "journal.sqlite.locks", "p.csv", "report.csv", "reports"]


def _limit_file_size(limit: int) -> Callable[[], None]:
    # The kernel then refuses any write past `limit` bytes into any file of the child: EFBIG (Python
    # ignores SIGXFSZ, so the write fails rather than the process dying).
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_report_cut_short_mid_write_leaves_the_old_report_untouched(
    env: dict[str, str], served: FakeServer, tmp_path: Path
) -> None:
    seq = _onboarding(served.fake)
    rows = [("x" * 50 + f"{i:05d}@example.com", f"R{i}") for i in range(1000)]  # a ~80 KiB report
    people, report = _write_csv(tmp_path / "p.csv", rows), tmp_path / "report.csv"
    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name"]
    first = mixmax(env, *args, "--chunk-size", "1000")
    assert first.returncode == 0, first.stderr
    report.write_text("the previous report\n")
    # Every row is confirmed: the second run only bumps a counter in the journal's first pages, then
    # writes the whole report from the journal, and the 40 KB limit cuts that write short.
    cut = subprocess.run(
        [str(SCRIPT), *args, "--report", str(report)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_file_size(40_000),
    )
    assert cut.returncode == 1 and _one_error_line(cut) == "error: [Errno 27] File too large"
    assert report.read_text() == "the previous report\n"
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")], "the temporary file is removed"
    whole = mixmax(env, *args, "--report", str(report))
    assert whole.returncode == 0 and len(_cells(report)) == 1001


def test_an_export_cut_short_mid_write_leaves_the_old_file_untouched(
    env: dict[str, str], served: FakeServer, tmp_path: Path
) -> None:
    seq = _onboarding(served.fake)
    with served.fake.client() as client:
        client.sequences.sequence(seq).add_recipients(
            [f"someone{i}@example.com" for i in range(300)], allow_missing_variables=True
        )
    target = tmp_path / "recipients.csv"
    target.write_text("the old export\n")
    args = ["sequences", "recipients", seq, "--csv", "--output", str(target)]
    cut = subprocess.run(  # the export is ~20 KB
        [str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60, preexec_fn=_limit_file_size(8192)
    )
    assert cut.returncode == 1 and _one_error_line(cut) == "error: [Errno 27] File too large"
    assert target.read_text() == "the old export\n"
    assert sorted(os.listdir(tmp_path)) == ["recipients.csv"], "the temporary file is removed"
    whole = mixmax(env, *args)
    assert whole.returncode == 0 and whole.stdout == "", whole.stderr
    assert len(_cells(target)) == 1 + 301
    as_json = tmp_path / "recipients.json"
    assert mixmax(env, "sequences", "recipients", seq, "--json", "-o", str(as_json)).returncode == 0
    assert len(json.loads(as_json.read_text())) == 301


def test_atomic_writer_keeps_the_old_file_when_writing_or_renaming_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write("half a report")
        handle.flush()
        raise RuntimeError("crash")
    assert target.read_text() == "old\n" and os.listdir(tmp_path) == ["out.csv"]

    def no_rename(src: object, dst: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(OSError, match="cross-device"), atomic_writer(target) as handle:
        handle.write("new\n")
    assert target.read_text() == "old\n" and os.listdir(tmp_path) == ["out.csv"]
    monkeypatch.undo()
    with atomic_writer(tmp_path / "new.csv") as handle:
        handle.write("new\n")
    mode = stat.S_IMODE((tmp_path / "new.csv").stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "new.csv").read_text() == "new\n" and mode == 0o666 & ~umask


# ------------------------------------------------------------------------------ one run per import
def test_two_runs_of_one_import_at_once_one_sends_and_the_other_refuses(
    env: dict[str, str], served: FakeServer, wire: Wire, tmp_path: Path
) -> None:
    seq = _onboarding(served.fake)
    rows = _rows(100)
    people = _write_csv(tmp_path / "p.csv", rows)
    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name", "--json"]
    wire.hold(1)  # the first request of whichever run gets there first waits: that run is mid-import
    runs = [start(env, *args), start(env, *args)]
    try:
        assert wire.arrived.wait(30), "no run sent anything"
        deadline = time.monotonic() + 30
        while all(run.poll() is None for run in runs) and time.monotonic() < deadline:
            time.sleep(0.01)
        finished = [run for run in runs if run.poll() is not None]
        assert len(finished) == 1, "the second run must stop at once, while the first one is still sending"
    finally:
        wire.release.set()
        outputs = [run.communicate(timeout=60) for run in runs]
    (loser,) = finished
    (winner,) = [run for run in runs if run is not loser]
    stdout, stderr = outputs[runs.index(loser)]
    assert (loser.returncode, stdout) == (2, "")
    assert stderr.count("\n") == 1 and stderr.startswith(
        "error: this import (the same sequence and CSV) is already running: "
        f"pid {winner.pid} on host {socket.gethostname()} since "
    ), stderr
    assert "wait for it to finish" in stderr
    assert winner.returncode == 0, outputs[runs.index(winner)][1]
    assert json.loads(outputs[runs.index(winner)][0])["sent"] == 100
    assert len(wire.bodies) == 2 and wire.emails() == [email for email, _ in rows], "100 rows on the wire"
    present = [r["email"] for r in served.fake.sequence_recipients(seq)]
    assert all(present.count(email) == 1 for email, _ in rows)


def test_a_csv_edited_while_an_import_reads_it_keys_the_journal_to_the_bytes_that_were_read(
    env: dict[str, str], served: FakeServer, wire: Wire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The import is keyed (journal, lock) by the hash of its CSV. Hashed from a second read, a file
    # saved again in between would key the rows of the old file to the new one's hash, and the next
    # run of the new file would skip its rows as "confirmed by an earlier run", never sending them.
    from typer.testing import CliRunner

    from mixmax_sdk.cli import _csv_input
    from mixmax_sdk.cli.app import app

    seq = _onboarding(served.fake)
    people = _write_csv(tmp_path / "p.csv", _rows(2))
    read_csv = _csv_input.read_csv

    def read_then_saved_again(*args: Any, **kwargs: Any) -> Any:
        got = read_csv(*args, **kwargs)
        _write_csv(people, [("mallory@example.com", "Mallory"), ("trent@example.com", "Trent")])
        return got

    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name", "--json"]
    monkeypatch.setattr(_csv_input, "read_csv", read_then_saved_again)
    first = CliRunner().invoke(app, args, env=env)
    assert first.exit_code == 0 and json.loads(first.stdout)["sent"] == 2, first.output
    monkeypatch.setattr(_csv_input, "read_csv", read_csv)
    second = mixmax(env, *args)
    assert second.returncode == 0 and json.loads(second.stdout)["sent"] == 2, second.stderr
    assert wire.emails() == ["r1@example.com", "r2@example.com", "mallory@example.com", "trent@example.com"]


def test_a_killed_run_leaves_its_lock_to_the_next_run_which_sends_exactly_the_rest(
    env: dict[str, str], served: FakeServer, wire: Wire, tmp_path: Path
) -> None:
    seq = _onboarding(served.fake)
    rows = _rows(250)
    people, report = _write_csv(tmp_path / "p.csv", rows), tmp_path / "report.csv"
    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name", "--json"]
    wire.hold(3, drop=True)  # two requests answered and journaled; the third is on the wire at the kill
    killed = start(env, *args)
    try:
        assert wire.arrived.wait(30)
    finally:
        killed.kill()
        killed.communicate(timeout=30)
        wire.release.set()
    assert killed.returncode == -signal.SIGKILL
    lock = lock_path(Path(env["MIXMAX_JOURNAL"]), seq, hashlib.sha256(people.read_bytes()).hexdigest())
    note = json.loads(lock.read_text())
    assert (note["pid"], note["host"]) == (killed.pid, socket.gethostname()), "the dead run's note is still there"

    resumed = mixmax(env, *args, "--report", str(report))
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert (summary["confirmed_earlier"], summary["sent"], summary["counts"]) == (100, 150, {"success": 250})
    assert wire.emails(wire.bodies[3:]) == [email for email, _ in rows[100:]], "exactly the unconfirmed rows"
    assert json.loads(lock.read_text())["pid"] not in {killed.pid, None}
    present = [r["email"] for r in served.fake.sequence_recipients(seq)]
    assert all(present.count(email) == 1 for email, _ in rows)


def test_a_refused_run_never_names_a_dead_run_whose_note_is_left_in_the_lock_file(
    env: dict[str, str], served: FakeServer, wire: Wire, tmp_path: Path
) -> None:
    seq = _onboarding(served.fake)
    people = _write_csv(tmp_path / "p.csv", _rows(3))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    lock = lock_path(Path(env["MIXMAX_JOURNAL"]), seq, hashlib.sha256(people.read_bytes()).hexdigest())
    lock.parent.mkdir(parents=True)
    lock.write_text(json.dumps({"pid": int(dead.stdout), "host": socket.gethostname(), "since": 0}))
    # A new holder has taken the lock and not yet replaced the dead run's note (this test is that holder).
    with lock.open("r+b") as holder:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        refused = mixmax(env, "sequences", "add-recipients", seq, "--csv", str(people))
    assert refused.returncode == 2
    assert _one_error_line(refused) == (
        "error: this import (the same sequence and CSV) is already running: held by another process "
        f"(lock file {lock}); wait for it to finish, or stop it and run the same command again"
    )
    assert wire.bodies == []
    done = mixmax(env, "sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name")
    assert done.returncode == 0 and len(wire.bodies) == 1, "released: the next run goes ahead"


# ------------------------------------------------------------------------------ a damaged journal
def _garbage(path: Path) -> str:
    path.write_bytes(b"these are not the droids you are looking for\n" * 40)
    return "is not an import journal"


def _truncated(path: Path) -> str:
    journal = Journal(path, "s", Path("other.csv"), "0" * 64, restart=False)
    journal.record([RowRecord(i, f"a{i}@example.com", "success", []) for i in range(1, 3000)])
    journal.close()
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # a copy cut short
    return "is damaged"


def _scrambled(path: Path) -> str:
    journal = Journal(path, "s", Path("other.csv"), "0" * 64, restart=False)  # another import's rows
    journal.record([RowRecord(i, f"a{i}@example.com", "success", []) for i in range(1, 3000)])
    journal.close()
    with path.open("r+b") as handle:  # one page in the middle overwritten (a bad sector, a stray write)
        handle.seek(12 * 4096)
        handle.write(b"\xff" * 4096)
    return "is damaged"


def _folder(path: Path) -> str:
    path.mkdir()
    return "is a folder, not a file"


@pytest.mark.parametrize(
    "damage", [_garbage, _truncated, _scrambled, _folder], ids=["garbage", "truncated", "scrambled", "folder"]
)
def test_a_damaged_journal_is_one_line_naming_it_and_nothing_is_sent(
    env: dict[str, str], served: FakeServer, wire: Wire, tmp_path: Path, damage: Callable[[Path], str]
) -> None:
    journal = Path(env["MIXMAX_JOURNAL"])
    what = damage(journal)
    before = journal.read_bytes() if journal.is_file() else None
    people = _write_csv(tmp_path / "p.csv", _rows(3))
    args = ["sequences", "add-recipients", _onboarding(served.fake), "--csv", str(people)]
    result = mixmax(env, *args, "--var", "First name=first_name")
    assert result.returncode == 2
    line = _one_error_line(result)
    assert line.startswith(f"error: journal {journal} {what}"), line
    assert "move it aside" in line and "--journal" in line
    assert wire.bodies == [] and served.fake.requests_to("POST", ADD) == []
    if before is not None:
        assert journal.read_bytes() == before, "the damaged journal is left as it was, for inspection"


# ------------------------------------------------------------------------------ formula injection
def test_report_cells_that_a_spreadsheet_would_run_are_neutralised_unless_raw(
    env: dict[str, str], served: FakeServer, wire: Wire, tmp_path: Path
) -> None:
    seq = _onboarding(served.fake)
    hyperlink = '=HYPERLINK("http://evil.example/?x","click, here")'
    rows = [
        ("=1+2@example.com", "A"),  # a valid address, sent byte for byte
        ("-dash@example.com", "B"),
        ("@nobody", "C"),  # invalid: never sent
        ("+plus@example.com", "D"),
        ("tab@example.com", "E"),
    ]
    people = _write_csv(tmp_path / "p.csv", rows)
    # The API's answer carries cells of its own that begin with a trigger: error messages.
    answer = {
        "recipients": [
            {"email": "=1+2@example.com", "status": "success"},
            {"email": "-dash@example.com", "status": "error", "errors": [hyperlink]},
            {"email": "+plus@example.com", "status": "error", "errors": ["@SUM(1+1)"]},
            {"email": "tab@example.com", "status": "error", "errors": ["\t=1+1", "\r=2"]},
        ]
    }
    served.fake.faults.add(Fault(kind="status", status=200, body=answer, method="POST", path=ADD))
    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name"]
    report = tmp_path / "report.csv"
    result = mixmax(env, *args, "--report", str(report))
    assert result.returncode == 1, result.stderr
    assert wire.emails() == ["=1+2@example.com", "-dash@example.com", "+plus@example.com", "tab@example.com"]
    invalid = "email is not a valid email address: '@nobody' (the local part (before the @) is empty)"
    assert _cells(report) == [
        ["row", "email", "status", "errors", "note"],
        ["1", "'=1+2@example.com", "success", "", ""],
        ["2", "'-dash@example.com", "error", "'" + hyperlink, ""],
        ["3", "'@nobody", "invalid", invalid, ""],
        ["4", "'+plus@example.com", "error", "'@SUM(1+1)", ""],
        ["5", "tab@example.com", "error", "'=1+1; =2", ""],  # messages are stripped, then neutralised
    ]
    # The csv module quotes the prefixed cell that holds a separator and quotes: it stays one cell.
    assert '"\'=HYPERLINK(""http://evil.example/?x"",""click, here"")"' in report.read_text()

    raw = tmp_path / "raw.csv"
    again = mixmax(env, *args, "--report", str(raw), "--raw-csv")  # all confirmed: nothing sent again
    assert again.returncode == 1 and len(wire.bodies) == 1
    assert [line[1:4] for line in _cells(raw)][1:] == [
        ["=1+2@example.com", "success", ""],
        ["-dash@example.com", "error", hyperlink],
        ["@nobody", "invalid", invalid],
        ["+plus@example.com", "error", "@SUM(1+1)"],
        ["tab@example.com", "error", "=1+1; =2"],
    ]


def test_recipients_csv_cells_that_a_spreadsheet_would_run_are_neutralised_unless_raw(
    env: dict[str, str], served: FakeServer, tmp_path: Path
) -> None:
    seq = _onboarding(served.fake)
    with served.fake.client() as client:
        client.sequences.sequence(seq).add_recipients(
            ["=1+2@example.com", "-x@example.com", "plain@example.com"], allow_missing_variables=True
        )
    for doc in served.fake.store.newest_first(f"sequences/{seq}/recipients"):
        if doc["email"] == "plain@example.com":  # values the server returns
            doc["state"] = '=cmd|" /C calc"!A0'
        if doc["email"] == "grace@example.com":
            doc["state"] = "\t@SUM(1)"
    printed = mixmax(env, "sequences", "recipients", seq, "--csv")
    assert printed.returncode == 0, printed.stderr
    cells = [line[1:3] for line in csv.reader(printed.stdout.splitlines())]
    assert cells == [
        ["email", "state"],
        ["grace@example.com", "'\t@SUM(1)"],
        ["'=1+2@example.com", "active"],
        ["'-x@example.com", "active"],
        ["plain@example.com", '\'=cmd|" /C calc"!A0'],
    ]
    written = tmp_path / "out.csv"
    assert mixmax(env, "sequences", "recipients", seq, "--csv", "--output", str(written)).stdout == ""
    assert _cells(written) == list(csv.reader(printed.stdout.splitlines()))
    raw = mixmax(env, "sequences", "recipients", seq, "--csv", "--raw-csv")
    assert [line[1:3] for line in csv.reader(raw.stdout.splitlines())][1:] == [
        ["grace@example.com", "\t@SUM(1)"],
        ["=1+2@example.com", "active"],
        ["-x@example.com", "active"],
        ["plain@example.com", '=cmd|" /C calc"!A0'],
    ]


# ------------------------------------------------------------------------------ a resume that is no prefix
def test_a_resume_whose_confirmed_rows_are_not_a_prefix_sends_exactly_the_unconfirmed_rows(
    env: dict[str, str], served: FakeServer, wire: Wire, tmp_path: Path
) -> None:
    seq = _onboarding(served.fake)
    rows = _rows(8)
    rows[6] = ("not-an-address", "R7")  # row 7: invalid, after the request that fails
    people = _write_csv(tmp_path / "p.csv", rows)
    # The second request (rows 3-4) is acted on, then answered 500; retries are off.
    served.fake.faults.add(Fault(kind="status", status=500, after=1, after_processing=True, method="POST"))
    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name"]
    first = mixmax(env, *args, "--chunk-size", "2", "--max-retries", "0", "--json")
    assert first.returncode == 1
    assert json.loads(first.stdout)["counts"] == {"success": 2, "error": 2, "not_sent": 3, "invalid": 1}
    with contextlib.closing(sqlite3.connect(env["MIXMAX_JOURNAL"])) as db:
        confirmed = [row for (row,) in db.execute("SELECT row FROM rows ORDER BY row")]
    assert confirmed == [1, 2, 7], "rows 1-2 answered and row 7 invalid: not a prefix of the CSV"
    sent_before = len(wire.bodies)

    second = mixmax(env, *args, "--chunk-size", "2", "--json")
    assert second.returncode == 1, second.stderr  # row 7 stays invalid
    summary = json.loads(second.stdout)
    assert (summary["confirmed_earlier"], summary["sent"]) == (3, 5)
    assert summary["counts"] == {"success": 5, "duplicated": 2, "invalid": 1}

    def body(*numbers: int) -> dict[str, Any]:
        return {"recipients": [{"email": f"r{n}@example.com", "variables": {"First name": f"R{n}"}} for n in numbers]}

    assert wire.bodies[sent_before:] == [body(3, 4), body(5, 6), body(8)]


def test_ctrl_c_says_how_to_continue_an_import_and_only_an_import(
    env: dict[str, str], served: FakeServer, wire: Wire, tmp_path: Path
) -> None:
    seq = _onboarding(served.fake)
    people = _write_csv(tmp_path / "p.csv", _rows(3))
    wire.hold(1)
    importing = start(env, "sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name")
    try:
        assert wire.arrived.wait(30), "the import sent nothing"
        importing.send_signal(signal.SIGINT)
        _, stderr = importing.communicate(timeout=30)
    finally:
        wire.release.set()
    assert importing.returncode == 130 and "Traceback" not in stderr, stderr
    assert (
        stderr.splitlines()[-1]
        == "error: interrupted; run the same command again to continue the import where it stopped"
    )

    listing = threading.Event()
    real = served.fake.handle

    def slow_list(request: FakeRequest) -> FakeResponse:
        if request.method == "GET" and request.path == f"/sequences/{seq}/recipients":
            listing.set()
            wire.release.wait(60)
        return real(request)

    served.fake.handle = slow_list  # type: ignore[method-assign]
    wire.release.clear()
    exporting = start(env, "sequences", "recipients", seq, "--csv")
    try:
        assert listing.wait(30), "the export asked for nothing"
        exporting.send_signal(signal.SIGINT)
        _, stderr = exporting.communicate(timeout=30)
    finally:
        wire.release.set()
    assert (exporting.returncode, stderr) == (130, "error: interrupted\n"), stderr
