"""`mixmax sequences add-recipients` through the real console script in a subprocess, against the fake
Mixmax over loopback HTTP, asserting the exact requests the fake received: CSV dialects (delimiters,
BOM), files refused before any request (empty, unclosed quote), addresses folded case-insensitively,
progress lines during a rate-limit wait and on resume, advice that fits each failure, each failure
printed once, flag names in validation messages, --allow-insecure-http and --version."""

from __future__ import annotations

import csv
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mixmax_sdk import __version__
from mixmax_sdk.cli.importer import SAME_AS_NOTE
from mixmax_sdk.testing import FakeMixmax, FakeServer, Fault, RealClock
from mixmax_sdk.testing._wire import FakeRequest, FakeResponse

SCRIPT = Path(sys.executable).parent / "mixmax"
RECIPIENTS = "/sequences/{}/recipients"


class Recorded:
    """Every request the fake received over the socket: method, path, query and JSON body."""

    def __init__(self, fake: FakeMixmax) -> None:
        self.requests: list[FakeRequest] = []
        handle = fake.handle

        def recording(request: FakeRequest) -> FakeResponse:
            self.requests.append(request)
            return handle(request)

        fake.handle = recording  # type: ignore[method-assign]

    def posts(self, path: str) -> list[Any]:
        return [r.json() for r in self.requests if (r.method, r.path) == ("POST", path)]


@pytest.fixture
def served() -> Iterator[FakeServer]:
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    with fake.serve() as server:
        yield server


@pytest.fixture
def wire(served: FakeServer) -> Recorded:
    return Recorded(served.fake)


@pytest.fixture
def seq(served: FakeServer) -> str:
    return next(s["_id"] for s in served.fake.store.newest_first("sequences") if s["name"] == "Onboarding")


@pytest.fixture
def env(served: FakeServer, tmp_path: Path) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "TTY_COMPATIBLE", "MIXMAX_JOURNAL"}}
    return {
        **base,
        "MIXMAX_BASE_URL": served.base_url,
        "MIXMAX_API_KEY": served.fake.demo_token,
        "MIXMAX_JOURNAL": str(tmp_path / "journal.sqlite"),
        "COLUMNS": "200",
    }


def mixmax(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """The console script, stdout and stderr pipes (not a terminal)."""
    return subprocess.run([str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=120)


def add(env: dict[str, str], seq: str, path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return mixmax(env, "sequences", "add-recipients", seq, "--csv", str(path), "--var", "First name=first_name", *args)


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _people(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [{"email": f"p{i}@example.com", "variables": {"First name": f"P{i}"}} for i in range(start, start + n)]


def _people_csv(path: Path, n: int) -> Path:
    return _write(path, "email,first_name\n" + "".join(f"p{i}@example.com,P{i}\n" for i in range(n)))


# ------------------------------------------------------------------------------------ CSV dialects
@pytest.mark.parametrize("delimiter", [";", "\t", "|"], ids=["semicolon", "tab", "pipe"])
def test_semicolon_tab_and_pipe_files_are_sniffed(
    env: dict[str, str], seq: str, wire: Recorded, tmp_path: Path, delimiter: str
) -> None:
    d = delimiter
    # A quoted value holding the delimiter stays one value.
    text = f'email{d}first_name\r\nann@example.com{d}"Ann{d} Jr"\r\nbob@example.com{d}Bob\r\n'
    result = add(env, seq, _write(tmp_path / "p.csv", text), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"] == {"success": 2}
    assert wire.posts(RECIPIENTS.format(seq)) == [
        {
            "recipients": [
                {"email": "ann@example.com", "variables": {"First name": f"Ann{d} Jr"}},
                {"email": "bob@example.com", "variables": {"First name": "Bob"}},
            ]
        }
    ]


def test_delimiter_flag_forces_one_and_a_wrong_guess_names_the_flag(
    env: dict[str, str], seq: str, wire: Recorded, tmp_path: Path
) -> None:
    # The header holds both ';' and ',': the sniffer takes ',' (consistent on every line).
    people = _write(tmp_path / "p.csv", "email;first_name,last\nann@example.com;Ann,A\nbob@example.com;Bob,B\n")
    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name,last"]
    guessed = mixmax(env, *args)
    assert guessed.returncode == 2 and guessed.stdout == ""
    assert guessed.stderr == (
        f"error: {people}: no column 'email' (columns: email;first_name, last; "
        "read as comma-separated, --delimiter chooses another)\n"
    )
    assert wire.requests == []
    forced = mixmax(env, *args, "--delimiter", ";", "--json")
    assert forced.returncode == 0, forced.stderr
    assert wire.posts(RECIPIENTS.format(seq)) == [
        {
            "recipients": [
                {"email": "ann@example.com", "variables": {"First name": "Ann,A"}},
                {"email": "bob@example.com", "variables": {"First name": "Bob,B"}},
            ]
        }
    ]
    tab = _write(tmp_path / "t.tsv", "email\tfirst_name\ncy@example.com\tCy\n")
    assert add(env, seq, tab, "--delimiter", "tab").returncode == 0
    assert wire.posts(RECIPIENTS.format(seq))[-1] == {
        "recipients": [{"email": "cy@example.com", "variables": {"First name": "Cy"}}]
    }
    bad = add(env, seq, tab, "--delimiter", "::")
    assert (bad.returncode, bad.stderr) == (2, "error: --delimiter must be one character (or 'tab'), not '::'\n")


def test_an_undecidable_delimiter_asks_for_the_flag(
    env: dict[str, str], seq: str, wire: Recorded, tmp_path: Path
) -> None:
    people = _write(tmp_path / "p.csv", "email;first,name\nann@example.com;a,b;c\nbob@example.com;a;b,c,d\n")
    result = mixmax(env, "sequences", "add-recipients", seq, "--csv", str(people))
    assert (result.returncode, result.stderr) == (
        2,
        f"error: {people}: cannot tell whether columns are separated by commas or semicolons; pass --delimiter\n",
    )
    assert wire.requests == []


def test_a_utf8_bom_is_dropped(env: dict[str, str], seq: str, wire: Recorded, tmp_path: Path) -> None:
    people = _write(tmp_path / "p.csv", "\ufeffemail;first_name\r\nzoë@example.com;Zoë\r\n")
    result = add(env, seq, people, "--json")
    assert result.returncode == 0, result.stderr
    assert wire.posts(RECIPIENTS.format(seq)) == [
        {"recipients": [{"email": "zoë@example.com", "variables": {"First name": "Zoë"}}]}
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty: it needs a header row"),
        ("\n\n   \r\n", "is empty: it needs a header row"),
        ("\ufeff", "is empty: it needs a header row"),
        ("email,first_name\n", "has a header row but no rows to add"),
        ("email;first_name\r\n\r\n;\r\n\r\n", "has a header row but no rows to add"),
    ],
    ids=["empty", "blank-lines", "bom-only", "header-only", "header-and-empty-rows"],
)
def test_an_empty_file_says_so_and_sends_nothing(
    env: dict[str, str], seq: str, wire: Recorded, tmp_path: Path, text: str, message: str
) -> None:
    people = _write(tmp_path / "p.csv", text)
    for extra in ([], ["--dry-run"]):
        result = add(env, seq, people, *extra)
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr == f"error: {people} {message}" + (
            " (e.g. 'email,first_name') and one row per recipient\n" if "empty" in message else "\n"
        )
    assert wire.requests == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('email,first_name\nann@example.com,Ann\nbob@example.com,"Bob\ncy@example.com,Cy\n', 3),
        # The quote runs into a later quoted field: the error shows there, the line named is where it opened.
        ('email,first_name\nann@example.com,"Ann\nbob@example.com,"Bob"\n', 2),
    ],
    ids=["to-the-end", "into-a-later-quote"],
)
def test_an_unclosed_quote_names_its_line_and_sends_nothing(
    env: dict[str, str], seq: str, wire: Recorded, tmp_path: Path, text: str, line: int
) -> None:
    people = _write(tmp_path / "p.csv", text)
    result = add(env, seq, people)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f'error: {people} line {line}: a quoted field opened on this line is never closed (an unmatched ")\n'
    )
    assert wire.requests == []


def test_a_stray_quote_inside_a_field_names_its_line(
    env: dict[str, str], seq: str, wire: Recorded, tmp_path: Path
) -> None:
    people = _write(tmp_path / "p.csv", 'email,first_name\nann@example.com,Ann\nbob@example.com,"Bo"b\n')
    result = add(env, seq, people)
    assert result.returncode == 2 and result.stderr.startswith(f"error: {people} line 3: ") and wire.requests == []


def test_a_non_utf8_file_says_how_to_save_it(env: dict[str, str], seq: str, wire: Recorded, tmp_path: Path) -> None:
    people = _write(tmp_path / "p.csv", "email;first_name\nzoe@example.com;Zoé\n", encoding="cp1252")
    result = add(env, seq, people)
    assert result.returncode == 2
    assert (
        result.stderr
        == f"error: {people} is not UTF-8 (byte 0xe9 at offset 35): save it as 'CSV UTF-8' and try again\n"
    )
    assert wire.requests == []


# ------------------------------------------------------------------------------ one recipient per address
def test_addresses_differing_only_in_case_are_one_recipient_the_first_wins(
    env: dict[str, str], seq: str, wire: Recorded, tmp_path: Path, served: FakeServer
) -> None:
    people = _write(
        tmp_path / "p.csv",
        "email,first_name\n"
        "Ann@Example.com,Ann\n"
        "bob@example.com,Bob\n"
        "ann@example.com,Ann again\n"
        "BOB@EXAMPLE.COM,Bob again\n"
        "not-an-address,X\n"
        "not-an-address,X\n"  # invalid twice: reported invalid twice, never folded
        "cy@example.com,Cy\n"
        "ANN@EXAMPLE.COM,Ann thrice\n",
    )
    folded = [
        {"row": 3, "email": "ann@example.com", "into": 1},
        {"row": 4, "email": "BOB@EXAMPLE.COM", "into": 2},
        {"row": 8, "email": "ANN@EXAMPLE.COM", "into": 1},
    ]
    dry = add(env, seq, people, "--dry-run", "--json")
    assert json.loads(dry.stdout)["folded"] == folded and json.loads(dry.stdout)["would_send"] == 3
    report = tmp_path / "report.csv"
    result = add(env, seq, people, "--json", "--report", str(report))
    assert result.returncode == 1, result.stderr  # the invalid rows
    summary = json.loads(result.stdout)
    assert summary["folded"] == folded and summary["sent"] == 5
    assert summary["counts"] == {"success": 3, "duplicated": 3, "invalid": 2}
    assert wire.posts(RECIPIENTS.format(seq)) == [
        {
            "recipients": [
                {"email": "Ann@Example.com", "variables": {"First name": "Ann"}},
                {"email": "bob@example.com", "variables": {"First name": "Bob"}},
                {"email": "cy@example.com", "variables": {"First name": "Cy"}},
            ]
        }
    ]
    lines = list(csv.DictReader(report.open()))
    assert [(line["row"], line["status"], line["note"]) for line in lines] == [
        ("1", "success", ""),
        ("2", "success", ""),
        ("3", "duplicated", SAME_AS_NOTE.format(row=1)),
        ("4", "duplicated", SAME_AS_NOTE.format(row=2)),
        ("5", "invalid", ""),
        ("6", "invalid", ""),
        ("7", "success", ""),
        ("8", "duplicated", SAME_AS_NOTE.format(row=1)),
    ]
    emails = [r["email"].lower() for r in served.fake.sequence_recipients(seq)]
    assert all(emails.count(e) == 1 for e in ["ann@example.com", "bob@example.com", "cy@example.com"])
    # The same command again: every row confirmed (the folded ones too), nothing sent.
    again = json.loads(add(env, seq, people, "--json").stdout)
    assert (again["confirmed_earlier"], again["sent"], again["counts"]) == (8, 0, summary["counts"])
    assert len(wire.posts(RECIPIENTS.format(seq))) == 1
    text = add(env, seq, people, "--restart")
    assert "3 row(s) repeat an earlier row's address (any case) and are sent once, with it:" in text.stdout
    assert "  row 3 (ann@example.com) -> row 1\n  row 4 (BOB@EXAMPLE.COM) -> row 2\n" in text.stdout


# ------------------------------------------------------------------------------------------ progress
def test_progress_lines_show_the_rate_limit_wait_and_the_eta_at_the_limit(
    env: dict[str, str], seq: str, wire: Recorded, tmp_path: Path, served: FakeServer
) -> None:
    # The second request is refused with 429 and Retry-After: 1; the SDK waits a second and repeats it.
    served.fake.faults.add(Fault(kind="status", status=429, headers={"Retry-After": "1"}, after=1, method="POST"))
    result = add(env, seq, _people_csv(tmp_path / "p.csv", 6), "--chunk-size", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    # ETA at 120 requests a minute: 3 requests left = 1.5 s (not the burst rate of the first request).
    assert lines[0] == "starting: 0/6 rows, about 2 s left"
    assert "waiting for the rate limit: next request in 1 s (2/6 rows, about 1 s left)" in lines
    assert lines[-1] == "6/6 rows"
    bodies = wire.posts(RECIPIENTS.format(seq))
    assert bodies == [{"recipients": _people(2, start)} for start in (0, 2, 2, 4)], "the refused one repeated"
    assert [r.status for r in served.fake.requests_to("POST", RECIPIENTS.format(seq))] == [200, 429, 200, 200]


def test_a_resumed_run_starts_at_the_confirmed_count(
    env: dict[str, str], seq: str, wire: Recorded, tmp_path: Path, served: FakeServer
) -> None:
    served.fake.faults.add(Fault(kind="status", status=503, after=2, method="POST"))
    people = _people_csv(tmp_path / "p.csv", 10)
    first = add(env, seq, people, "--chunk-size", "2", "--max-retries", "0")
    assert first.returncode == 1
    assert first.stderr.splitlines()[0] == "starting: 0/10 rows, about 3 s left"
    second = add(env, seq, people, "--chunk-size", "2")
    assert second.returncode == 0, second.stderr
    # 4 rows confirmed: 3 requests of 2 left at 2 a second.
    assert second.stderr.splitlines()[0] == "starting: 4/10 rows, about 2 s left"
    assert second.stderr.splitlines()[-1] == "10/10 rows"
    assert wire.posts(RECIPIENTS.format(seq))[3:] == [{"recipients": _people(2, i)} for i in (4, 6, 8)]


def test_json_output_has_no_progress_lines(env: dict[str, str], seq: str, tmp_path: Path) -> None:
    result = add(env, seq, _people_csv(tmp_path / "p.csv", 3), "--json")
    assert result.returncode == 0 and result.stderr == ""


# ------------------------------------------------------------------------------------------ advice
RERUN = "run the same command again to continue where it stopped"


def _failing_import(env: dict[str, str], seq: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return add(env, seq, _people_csv(tmp_path / "p.csv", 6), "--chunk-size", "2", "--max-retries", "0", *args)


def test_after_a_503_the_advice_is_to_run_it_again_and_the_failure_is_printed_once(
    env: dict[str, str], seq: str, tmp_path: Path, served: FakeServer
) -> None:
    served.fake.faults.add(Fault(kind="status", status=503, after=1, method="POST"))
    result = _failing_import(env, seq, tmp_path)
    assert result.returncode == 1
    failure = f"503 POST /v1/sequences/{seq}/recipients: Injected fault 503"
    assert result.stderr.splitlines()[-1] == f"error: {failure}; {RERUN}"
    assert (result.stdout + result.stderr).count("Injected fault 503") == 1
    assert "2 row(s) unconfirmed (their request failed: see the error) and 2 not sent after it" in result.stdout


def test_after_a_401_the_advice_is_to_check_the_api_key(
    env: dict[str, str], seq: str, tmp_path: Path, served: FakeServer
) -> None:
    served.fake.faults.add(Fault(kind="status", status=401, after=1, method="POST"))
    result = _failing_import(env, seq, tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        f"error: 401 POST /v1/sequences/{seq}/recipients: Injected fault 401; check --api-key / MIXMAX_API_KEY"
    )
    assert RERUN not in result.stderr + result.stdout
    assert (result.stdout + result.stderr).count("Injected fault 401") == 1


def test_after_a_404_the_advice_is_to_check_the_sequence_id(
    env: dict[str, str], wire: Recorded, tmp_path: Path
) -> None:
    result = _failing_import(env, "no-such-sequence", tmp_path)
    assert result.returncode == 1
    last = result.stderr.splitlines()[-1]
    assert last.startswith("error: 404 POST /v1/sequences/no-such-sequence/recipients: ")
    assert last.endswith("; check the sequence id 'no-such-sequence' (`mixmax sequences list` shows yours)")
    assert RERUN not in result.stderr + result.stdout
    assert (result.stdout + result.stderr).count("404 POST") == 1
    assert wire.posts(RECIPIENTS.format("no-such-sequence")) == [{"recipients": _people(2)}]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_after_a_connection_error_the_advice_is_to_run_it_again(env: dict[str, str], seq: str, tmp_path: Path) -> None:
    base_url = f"http://127.0.0.1:{_closed_port()}/v1"
    result = _failing_import(env, seq, tmp_path, "--base-url", base_url)
    assert result.returncode == 1
    last = result.stderr.splitlines()[-1]
    assert last.startswith(f"error: Connection error: POST /v1/sequences/{seq}/recipients: ")
    assert last.endswith(f"; {RERUN}") and result.stderr.count("Connection error") == 1
    assert "Connection error" not in result.stdout and result.stdout.count("unconfirmed") == 1


# ----------------------------------------------------------------------------- flags, --version
def test_validation_messages_name_the_cli_flags(env: dict[str, str], served: FakeServer) -> None:
    insecure = mixmax(env, "whoami", "--base-url", "http://mixmax.example.com/v1")
    assert insecure.returncode == 2
    assert insecure.stderr == (
        "error: Refusing plain http:// to mixmax.example.com: the API token would travel unencrypted. "
        "Use https://, or pass --allow-insecure-http if you really mean it.\n"
    )
    no_key = mixmax({**env, "MIXMAX_API_KEY": ""}, "whoami")
    assert no_key.returncode == 2 and no_key.stderr.startswith(
        "error: No Mixmax API key: pass --api-key or set the MIXMAX_API_KEY environment variable"
    )
    not_a_url = mixmax(env, "whoami", "--base-url", "ftp://example.com")
    assert not_a_url.stderr == "error: --base-url must be an http(s) URL: 'ftp://example.com'\n"
    assert served.fake.served == []


def test_allow_insecure_http_lets_a_plain_http_url_through(env: dict[str, str], served: FakeServer) -> None:
    # 0.0.0.0 is not a loopback address to the SDK, yet a connection to it reaches this machine's
    # listener (the fake on 127.0.0.1): the traffic stays on loopback.
    url = served.base_url.replace("127.0.0.1", "0.0.0.0")
    refused = mixmax(env, "whoami", "--base-url", url)
    assert refused.returncode == 2 and "--allow-insecure-http" in refused.stderr and served.fake.served == []
    allowed = mixmax(env, "whoami", "--json", "--base-url", url, "--allow-insecure-http")
    assert allowed.returncode == 0, allowed.stderr
    assert json.loads(allowed.stdout)["email"] == "ada@example.com"
    assert [(s.method, s.path, s.status) for s in served.fake.served] == [("GET", "/users/me", 200)]
    assert "--allow-insecure-http" in mixmax(env, "sequences", "add-recipients", "--help").stdout


def test_version() -> None:
    result = subprocess.run([str(SCRIPT), "--version"], capture_output=True, text=True, timeout=30)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"mixmax-sdk {__version__}\n", "")
    assert __version__ == (Path(__file__).parents[1] / "mixmax_sdk" / "_version.py").read_text().split('"')[1]


def test_every_command_that_calls_the_api_takes_allow_insecure_http() -> None:
    from typer.testing import CliRunner

    from mixmax_sdk.cli.app import app

    commands = [["whoami"], ["rules", "create-webhook"]]
    commands += [["sequences", c] for c in ("list", "recipients", "add-recipients", "cancel", "pause", "resume")]
    for command in commands:
        shown = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
        assert shown.exit_code == 0 and "--allow-insecure-http" in shown.stdout, command


# ---------------------------------------------------------------------------- the bar, on a terminal
def _bar(events: Any) -> str:
    """What the bar shows last (a terminal console), after `events(progress, clock)` ran."""
    import io

    from rich.console import Console

    from mixmax_sdk._rate_limit_local import RateLimitState
    from mixmax_sdk.cli._progress import ImportProgress

    screen = io.StringIO()
    clock = [100.0]
    console = Console(file=screen, force_terminal=True, width=160, color_system=None)
    with ImportProgress(console, mode="bar", chunk_size=2, now=lambda: clock[0]) as progress:
        progress.pace(RateLimitState(limit=120, window=60.0, in_window=0))
        events(progress, clock)
    return screen.getvalue().rsplit("\r", 1)[-1]


def test_the_bar_counts_down_a_wait_and_shows_the_eta_at_the_limit() -> None:
    def resumed_then_waiting(progress: Any, clock: list[float]) -> None:
        progress.update(4, 10)
        progress.waiting(12.0, "rate_limit")
        clock[0] += 5

    final = _bar(resumed_then_waiting)
    assert "4/10" in final and "waiting for the rate limit: next request in 7 s" in final

    def waited_then_sent(progress: Any, clock: list[float]) -> None:
        progress.update(4, 10)
        progress.waiting(3.0, "retry")
        progress.update(6, 10)

    final = _bar(waited_then_sent)
    assert "6/10" in final and "about 1 s left" in final and "waiting" not in final  # 2 requests at 2 a second

    def retrying(progress: Any, clock: list[float]) -> None:
        progress.update(0, 10)
        progress.waiting(2.5, "retry")

    assert "a request failed: retrying in 3 s" in _bar(retrying)
