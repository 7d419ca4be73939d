"""The `mixmax` command line, against the fake Mixmax over HTTP: every command with typer's
runner (output, `--json` shapes, exit codes), resumable imports after a fault and after `kill -9`, and
the real console script in a subprocess."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mixmax_sdk.cli.app import app
from mixmax_sdk.cli.importer import EARLIER_RUN_NOTE, SAME_AS_NOTE
from mixmax_sdk.testing import FakeMixmax, FakeServer, Fault, RealClock

runner = CliRunner()


@pytest.fixture
def served() -> Iterator[FakeServer]:
    fake = FakeMixmax(clock=RealClock(), rate_limit=None)
    with fake.serve() as server:
        yield server


@pytest.fixture
def env(served: FakeServer, tmp_path: Path) -> dict[str, str]:
    """What a user exports after `mixmax fake`: no flag needed on any command."""
    return {
        "MIXMAX_BASE_URL": served.base_url,
        "MIXMAX_API_KEY": served.fake.demo_token,
        "MIXMAX_JOURNAL": str(tmp_path / "journal.sqlite"),
    }


def _onboarding(fake: FakeMixmax) -> str:
    return next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")


def run(env: dict[str, str], *args: str, input: str | None = None) -> Any:
    return runner.invoke(app, list(args), env=env, input=input)


def _present(fake: FakeMixmax) -> list[str]:
    return [r["email"] for r in fake.sequence_recipients(_onboarding(fake))]


# ------------------------------------------------------------------------------------ simple commands
def test_whoami_text_json_and_auth_errors(env: dict[str, str]) -> None:
    result = run(env, "whoami")
    assert (result.exit_code, result.stdout) == (0, "Ada Lovelace <ada@example.com> (user 5f0000000000000000000001)\n")
    result = run(env, "whoami", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["email"] == "ada@example.com"
    assert set(json.loads(result.stdout)) == {"_id", "email", "name", "timezone"}
    bad = run({**env, "MIXMAX_API_KEY": "wrong"}, "whoami")
    assert bad.exit_code == 2 and bad.stdout == ""
    assert bad.stderr.startswith("error: 401 GET /v1/users/me: Invalid API token") and bad.stderr.count("\n") == 1
    assert "Traceback" not in bad.stderr
    flag = run({k: v for k, v in env.items() if k != "MIXMAX_API_KEY"}, "whoami", "--api-key", env["MIXMAX_API_KEY"])
    assert flag.exit_code == 0
    missing = runner.invoke(app, ["whoami"], env={"MIXMAX_BASE_URL": env["MIXMAX_BASE_URL"], "MIXMAX_API_KEY": ""})
    assert missing.exit_code == 2 and missing.stderr.startswith("error: ") and "Traceback" not in missing.stderr


def test_whoami_without_a_name_or_an_address(env: dict[str, str], served: FakeServer) -> None:
    fake = served.fake
    user = fake.store.get("users", fake.tokens[fake.demo_token])
    assert user is not None
    del user["email"]
    user["name"] = None
    result = run(env, "whoami")
    assert (result.exit_code, result.stdout) == (0, f"(user {user['_id']})\n")
    result = run(env, "whoami", "--json")
    assert result.exit_code == 0 and "email" not in json.loads(result.stdout)


def test_debug_shows_the_traceback(env: dict[str, str]) -> None:
    result = run({**env, "MIXMAX_API_KEY": "wrong"}, "whoami", "--debug")
    assert result.exit_code == 1 and type(result.exception).__name__ == "AuthenticationError"


def test_sequences_list_table_name_filter_and_json(env: dict[str, str], served: FakeServer) -> None:
    result = run(env, "sequences", "list")
    assert result.exit_code == 0
    assert "Onboarding" in result.stdout and "Email, First name" in result.stdout
    listed = json.loads(run(env, "sequences", "list", "--json").stdout)
    assert [s["name"] for s in listed][-1] == "Onboarding" and len(listed) == 7
    assert {"_id", "name", "stages", "variables"} <= set(listed[0])
    named = json.loads(run(env, "sequences", "list", "--name", "Onboarding", "--json").stdout)
    assert [s["_id"] for s in named] == [_onboarding(served.fake)]


def test_sequences_recipients_streams_json_csv_and_text(env: dict[str, str], served: FakeServer) -> None:
    seq = _onboarding(served.fake)
    with served.fake.client() as client:  # 60 more: two pages of 50
        client.sequences.sequence(seq).add_recipients(
            [f"r{i}@example.com" for i in range(60)], allow_missing_variables=True
        )
    as_json = run(env, "sequences", "recipients", seq, "--json")
    items = json.loads(as_json.stdout)
    assert as_json.exit_code == 0 and len(items) == 61 and items[0]["email"] == "grace@example.com"
    assert len(served.fake.requests_to("GET", f"/sequences/{seq}/recipients")) == 2
    as_csv = list(csv.reader(run(env, "sequences", "recipients", seq, "--csv").stdout.splitlines()))
    assert as_csv[0] == ["id", "email", "state", "created_at"] and len(as_csv) == 62
    assert as_csv[1][1:3] == ["grace@example.com", "active"]
    text = run(env, "sequences", "recipients", seq).stdout.splitlines()
    assert len(text) == 61 and text[0].endswith("grace@example.com  active")
    both = run(env, "sequences", "recipients", seq, "--json", "--csv")
    assert both.exit_code == 2 and "exclude each other" in both.stderr


def test_sequences_cancel_pause_resume(env: dict[str, str], served: FakeServer) -> None:
    seq = _onboarding(served.fake)
    result = run(env, "sequences", "cancel", seq, "--email", "grace@example.com", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout) == {"sequence": seq, "exited": ["grace@example.com"]}
    refused = run(env, "sequences", "cancel", seq, input="n\n")
    assert refused.exit_code == 2 and "nothing cancelled" in refused.stderr
    assert run(env, "sequences", "cancel", seq, "--yes").stdout == "Exited 0 recipient(s)\n"
    for action in ("pause", "resume"):
        done = run(env, "sequences", action, seq, "--json")
        assert done.exit_code == 0 and json.loads(done.stdout) == {"sequence": seq, "action": action, "ok": True}
    assert run(env, "sequences", "pause", seq).stdout == f"Paused sequence {seq}\n"
    unknown = run(env, "sequences", "pause", "no-such-sequence")
    assert unknown.exit_code == 1 and unknown.stderr.startswith("error: 404 POST /v1/sequences/no-such-sequence/pause")
    assert [s.path for s in served.fake.requests_to("POST", "/sequences/*/*")][-5:] == [
        f"/sequences/{seq}/cancel",
        f"/sequences/{seq}/pause",
        f"/sequences/{seq}/resume",
        f"/sequences/{seq}/pause",
        "/sequences/no-such-sequence/pause",
    ]


def test_help_offers_shell_completion() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "--install-completion" in result.stdout


# ------------------------------------------------------------------------------------ add-recipients
def _write_csv(path: Path, rows: list[tuple[str, str]]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["email", "first_name"])
        writer.writerows(rows)
    return path


def _thousand(fake: FakeMixmax) -> tuple[list[tuple[str, str]], list[str]]:
    """1,000 rows and the status each must end with."""
    for i in range(5):
        fake.store.add("unsubscribes", {"email": f"gone{i}@example.com", "userId": "u", "timestamp": 0})
    rows: list[tuple[str, str]] = []
    expected: list[str] = []
    for i in range(1000):
        if i % 100 == 3:
            rows.append((f"not-an-address-{i}", "X"))
            expected.append("invalid")
        elif i % 200 == 5:
            rows.append((f"gone{i // 200}@example.com", "G"))
            expected.append("unsubscribed")
        elif i % 250 == 7:
            rows.append((f"nofirst{i}@example.com", ""))
            expected.append("error")
        elif i in (500, 900):  # the same address as row 10 (index 9): the second time it is duplicated
            rows.append(("person9@example.com", "P9"))
            expected.append("duplicated")
        elif i == 42:
            rows.append(("grace@example.com", "Grace"))  # in the sequence already
            expected.append("duplicated")
        else:
            rows.append((f"person{i}@example.com", f"P{i}"))
            expected.append("success")
    return rows, expected


def test_a_1000_row_csv_over_http_and_the_report_matches_row_for_row(
    env: dict[str, str], served: FakeServer, tmp_path: Path
) -> None:
    fake = served.fake
    rows, expected = _thousand(fake)
    people, report = _write_csv(tmp_path / "people.csv", rows), tmp_path / "report.csv"
    seq = _onboarding(fake)
    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name"]
    result = run(env, *args, "--report", str(report), "--json")
    assert result.exit_code == 1, result.stderr  # some rows failed
    summary = json.loads(result.stdout)
    assert summary["counts"] == {"success": 978, "invalid": 10, "unsubscribed": 5, "error": 4, "duplicated": 3}
    assert (summary["rows"], summary["confirmed_earlier"], summary["sent"], summary["complete"]) == (
        1000,
        0,
        998,  # rows 501 and 901 repeat row 10's address: folded into it, not sent
        True,
    )
    assert summary["folded"] == [
        {"row": 501, "email": "person9@example.com", "into": 10},
        {"row": 901, "email": "person9@example.com", "into": 10},
    ]
    assert [f["row"] for f in summary["failed"]] == [
        i + 1 for i, s in enumerate(expected) if s not in {"success", "duplicated"}
    ]
    assert summary["failed"][0] == {
        "row": 4,
        "email": "not-an-address-3",
        "status": "invalid",
        "errors": ["email is not a valid email address: 'not-an-address-3' (it has no @)"],
    }
    lines = list(csv.DictReader(report.open()))
    assert [(int(line["row"]), line["email"], line["status"]) for line in lines] == [
        (i + 1, email, status) for i, ((email, _), status) in enumerate(zip(rows, expected, strict=True))
    ]
    assert lines[7]["errors"] == "Missing variable: First name"
    assert [lines[i]["note"] for i in (9, 500, 900)] == ["", SAME_AS_NOTE.format(row=10), SAME_AS_NOTE.format(row=10)]
    assert len(fake.requests_to("POST", f"/sequences/{seq}/recipients")) == 20, "990 valid rows in chunks of 50"
    present = _present(fake)
    assert all(
        present.count(email) == 1
        for email, status in zip([r[0] for r in rows], expected, strict=True)
        if status == "success"
    )

    # The same command again: everything is confirmed in the journal, nothing is sent.
    again = run(env, *args, "--json")
    assert json.loads(again.stdout)["confirmed_earlier"] == 1000 and json.loads(again.stdout)["sent"] == 0
    assert json.loads(again.stdout)["counts"] == summary["counts"], "the journal's rows, counted the same way"
    assert len(fake.requests_to("POST", f"/sequences/{seq}/recipients")) == 20
    # --restart forgets the journal: every valid row is sent again, and comes back duplicated.
    restarted = json.loads(run(env, *args, "--restart", "--json", "--chunk-size", "500").stdout)
    assert restarted["counts"]["duplicated"] == 981 and len(fake.requests_to("POST", "/sequences/*/recipients")) == 22


def test_text_summary_and_dry_run(env: dict[str, str], served: FakeServer, tmp_path: Path) -> None:
    seq = _onboarding(served.fake)
    people = _write_csv(tmp_path / "p.csv", [("a@example.com", "A"), ("bad", "B"), ("b@example.com", "B")])
    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name"]
    dry = run(env, *args, "--dry-run", "--json")
    assert dry.exit_code == 1 and json.loads(dry.stdout) == {
        "rows": 3,
        "would_send": 2,
        "requests": 1,
        "chunk_size": 50,
        "invalid": [{"row": 2, "email": "bad", "errors": ["email is not a valid email address: 'bad' (it has no @)"]}],
        "folded": [],
        "recipients": [
            {"row": 1, "email": "a@example.com", "variables": {"First name": "A"}},
            {"row": 3, "email": "b@example.com", "variables": {"First name": "B"}},
        ],
    }
    assert "Dry run: 2 of 3 rows would be sent in 1 request(s)" in run(env, *args, "--dry-run").stdout
    assert served.fake.requests_to("POST", "/sequences/*/recipients") == []
    text = run(env, *args, "--schedule", "draft")
    assert text.exit_code == 1
    assert "3 rows for sequence" in text.stdout and "1 row(s) not added" in text.stdout and "bad" in text.stdout
    drafts = [r for r in served.fake.sequence_recipients(seq) if r["email"] in {"a@example.com", "b@example.com"}]
    assert [r["state"] for r in drafts] == ["draft", "draft"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--email-column", "mail"], "no column 'mail'"),
        (["--var", "First name"], "--var must look like"),
        (["--schedule", "tomorrow"], "--schedule must be an ISO datetime"),
        (["--chunk-size", "0"], "Invalid value for '--chunk-size'"),
    ],
)
def test_usage_errors_exit_2(env: dict[str, str], tmp_path: Path, args: list[str], message: str) -> None:
    people = _write_csv(tmp_path / "p.csv", [("a@example.com", "A")])
    result = run(env, "sequences", "add-recipients", "s1", "--csv", str(people), *args)
    assert result.exit_code == 2 and message in result.stderr


def _clean_rows(n: int) -> list[tuple[str, str]]:
    return [(f"r{i}@example.com", f"R{i}") for i in range(n)]


def _check_complete(fake: FakeMixmax, report: Path, rows: list[tuple[str, str]]) -> list[dict[str, str]]:
    present = _present(fake)
    for email, _ in rows:
        assert present.count(email) == 1, email
    lines = list(csv.DictReader(report.open()))
    assert [int(line["row"]) for line in lines] == list(range(1, len(rows) + 1)), "every row once, in order"
    assert [line["email"] for line in lines] == [email for email, _ in rows]
    assert all(line["status"] in {"success", "duplicated"} for line in lines)
    return lines


def test_an_import_stopped_by_a_fault_resumes_where_it_stopped(
    env: dict[str, str], served: FakeServer, tmp_path: Path
) -> None:
    fake, seq = served.fake, _onboarding(served.fake)
    rows = _clean_rows(400)
    people, report = _write_csv(tmp_path / "p.csv", rows), tmp_path / "report.csv"
    # The fourth request is acted on and then answered 500 (and retries are off): ambiguous.
    fake.faults.add(Fault(kind="status", status=500, after=3, after_processing=True, method="POST"))
    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name"]
    first = run(env, *args, "--max-retries", "0", "--report", str(report), "--json")
    assert first.exit_code == 1
    assert first.stderr.startswith("error: 500 POST") and "run the same command again to continue" in first.stderr
    summary = json.loads(first.stdout)
    assert summary["complete"] is False and summary["counts"] == {"success": 150, "error": 50, "not_sent": 200}
    journal = sqlite3.connect(env["MIXMAX_JOURNAL"])
    assert journal.execute("SELECT count(*) FROM rows").fetchone() == (150,), "only answered requests are journaled"

    second = run(env, *args, "--report", str(report), "--json")
    assert second.exit_code == 0, second.stderr
    summary = json.loads(second.stdout)
    assert (summary["confirmed_earlier"], summary["sent"]) == (150, 250)
    assert summary["counts"] == {"success": 350, "duplicated": 50}
    lines = _check_complete(fake, report, rows)
    assert {line["note"] for line in lines[150:200]} == {EARLIER_RUN_NOTE}, "the failed request's rows"
    assert len(fake.requests_to("POST", f"/sequences/{seq}/recipients")) == 4 + 5


def test_an_import_killed_with_sigkill_resumes_and_adds_everyone_exactly_once(
    env: dict[str, str], served: FakeServer, tmp_path: Path
) -> None:
    fake, seq = served.fake, _onboarding(served.fake)
    rows = _clean_rows(1000)
    people, report = _write_csv(tmp_path / "p.csv", rows), tmp_path / "report.csv"
    fake.faults.add(Fault(kind="delay", delay=0.05, times=20, method="POST"))  # each request takes 50 ms
    args = ["sequences", "add-recipients", seq, "--csv", str(people), "--var", "First name=first_name"]
    child = subprocess.Popen(
        [sys.executable, "-m", "mixmax_sdk.cli", *args, "--json"],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        confirmed = 0
        deadline = time.monotonic() + 20
        while confirmed < 150 and time.monotonic() < deadline:  # three requests answered and journaled
            time.sleep(0.005)
            if Path(env["MIXMAX_JOURNAL"]).exists():
                with sqlite3.connect(env["MIXMAX_JOURNAL"]) as db:
                    with_rows = db.execute("SELECT name FROM sqlite_master WHERE name = 'rows'").fetchone()
                    confirmed = db.execute("SELECT count(*) FROM rows").fetchone()[0] if with_rows else 0
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL and confirmed >= 150
    with sqlite3.connect(env["MIXMAX_JOURNAL"]) as db:
        journaled = db.execute("SELECT count(*) FROM rows").fetchone()[0]
    assert 150 <= journaled < 1000 and journaled % 50 == 0, "whole requests only"

    resumed = run(env, *args, "--report", str(report), "--json")
    assert resumed.exit_code == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["confirmed_earlier"] == journaled and summary["sent"] == 1000 - journaled
    lines = _check_complete(fake, report, rows)
    # The killed run sent the journaled requests and perhaps one more, in flight at the kill. If the fake
    # processed that one before the resumed run re-sent its rows, they came back duplicated; if after,
    # they were added by the resumed run and the orphan request found them duplicated. Never twice.
    killed_run = len(fake.requests_to("POST", f"/sequences/{seq}/recipients")) - (1000 - journaled) // 50
    assert killed_run in {journaled // 50, journaled // 50 + 1}
    duplicated = sum(line["status"] == "duplicated" for line in lines)
    assert duplicated in ({0, 50} if killed_run > journaled // 50 else {0})


# ------------------------------------------------------------------------------------ the real thing
def test_the_console_script_serves_the_fake_and_talks_to_it(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "mixmax"
    fake = subprocess.Popen(
        [str(script), "fake", "--port", "0", "--no-rate-limit"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert fake.stdout is not None
        first = fake.stdout.readline()
        token = fake.stdout.readline().removeprefix("Demo token: ").strip()
        base_url = first.removeprefix("Fake Mixmax serving at ").strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v1") and token
        env = {**os.environ, "MIXMAX_BASE_URL": base_url, "MIXMAX_API_KEY": token}
        me = subprocess.run([str(script), "whoami", "--json"], env=env, capture_output=True, text=True, timeout=30)
        assert me.returncode == 0 and json.loads(me.stdout)["email"] == "ada@example.com"
        bad = subprocess.run(
            [str(script), "whoami"], env={**env, "MIXMAX_API_KEY": "nope"}, capture_output=True, text=True, timeout=30
        )
        assert bad.returncode == 2 and bad.stderr.startswith("error: 401") and "Traceback" not in bad.stderr
    finally:
        fake.terminate()
        fake.wait(timeout=10)


def test_importing_the_sdk_never_loads_the_command_line() -> None:
    # Only typer and our cli are checked: httpx itself imports click and rich (for its own `httpx`
    # command) whenever they are installed, which the `cli` extra makes them.
    code = "import sys, mixmax_sdk; print(sorted(m for m in sys.modules if m.split('.')[0] == 'typer' or m.startswith('mixmax_sdk.cli')))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True)
    assert loaded.stdout.strip() == "[]"


# ------------------------------------------------------------------------------ webhooks and rules
def test_the_webhook_commands_are_part_of_mixmax(env: dict[str, str], served: FakeServer) -> None:
    help_text = run({}, "--help").output
    assert "webhooks" in help_text and "rules" in help_text
    assert "listen" in run({}, "webhooks", "--help").output
    flags = ["--base-url", served.base_url, "--api-key", served.fake.demo_token]
    made = run({}, "rules", "create-webhook", "https://hooks.example.com/in", *flags)
    assert made.exit_code == 0, made.output
    rule = served.fake.store.newest_first("rules")[0]
    assert made.output.startswith(f"rule {rule['_id']} fires on message:sent; webhook action ")
    refused = run({}, "rules", "create-webhook", "https://hooks.example.com/in", *flags[:2], "--api-key", "nope")
    assert refused.exit_code == 2 and "401 POST /v1/rules" in refused.output


@pytest.mark.parametrize(
    "command", [["whoami"], ["rules", "create-webhook", "https://hooks.example.com/in"]], ids=["whoami", "rules"]
)
def test_api_and_local_failures_exit_the_same_way_in_every_command(
    env: dict[str, str], served: FakeServer, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    served.fake.faults.add(kind="status", status=404)
    api = run(env, *command)
    assert (api.exit_code, api.stdout) == (1, "")
    assert api.stderr.startswith("error: 404 ") and api.stderr.count("\n") == 1

    def no_client(*args: Any, **kwargs: Any) -> Any:
        raise OSError("Too many open files")

    monkeypatch.setattr("mixmax_sdk._client.Mixmax", no_client)
    local = run(env, *command)
    assert (local.exit_code, local.stdout, local.stderr) == (1, "", "error: Too many open files\n")
    debug = run(env, *command, "--debug")
    assert debug.exit_code == 1 and isinstance(debug.exception, OSError)


def test_fields_the_api_left_out_print_as_nothing_never_unset(env: dict[str, str], served: FakeServer) -> None:
    # Responses are kept when they do not read the spec (a missing required field is UNSET, a null or
    # a number stays as it came); the commands show such a field as an empty cell, never as UNSET,
    # and never stop on it.
    fake = served.fake
    user = fake.store.get("users", fake.tokens[fake.demo_token])
    assert user is not None
    del user["_id"], user["email"]
    user["name"] = None
    assert (run(env, "whoami").exit_code, run(env, "whoami").stdout) == (0, "(the API sent no name, address or id)\n")

    seq = _onboarding(fake)
    sequence = fake.store.get("sequences", seq)
    assert sequence is not None
    del sequence["name"]
    sequence["variables"] = ["Email", 7, None]
    listed = run(env, "sequences", "list")
    assert listed.exit_code == 0 and "UNSET" not in listed.stdout, listed.output
    row = next(line for line in listed.stdout.splitlines() if seq in line)
    assert row.split() == [seq, "Email,", "7,"]

    first = fake.sequence_recipients(seq)[0]
    first["email"], first["state"] = None, 42
    first.pop("to", None)
    text = run(env, "sequences", "recipients", seq)
    assert text.exit_code == 0 and "UNSET" not in text.stdout and "None" not in text.stdout
    assert text.stdout.splitlines()[0] == f"{first['_id']}    42"
    as_csv = list(csv.reader(run(env, "sequences", "recipients", seq, "--csv").stdout.splitlines()))
    assert as_csv[1][:3] == [first["_id"], "", "42"]
