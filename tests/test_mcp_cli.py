"""`mixmax mcp` as a command, in a subprocess: `--list` (text and JSON), the usage errors, a reader that
closes the pipe early, and a machine without the `mcp` package."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp_session import ROOT, SERVER, Wire, loopback_fake, process_env, stdio_server

from mixmax_sdk._extras import install_hint
from mixmax_sdk.mcp._table import all_tools
from mixmax_sdk.testing import FakeServer

pytestmark = pytest.mark.slow

NAMES = [t.name for t in all_tools()]
READ_ONLY = [t.name for t in all_tools() if t.annotations["readOnlyHint"]]
NO_TRACE = ("Traceback", "Broken pipe", "BrokenPipeError", "Exception ignored")


def mixmax_mcp(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # stdin closed: a command that went on to serve would read its end at once and stop
    return subprocess.run(
        [*SERVER, *args],
        env=env or process_env(),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def fake() -> Iterator[tuple[FakeServer, Wire]]:
    with loopback_fake() as pair:
        yield pair


# ------------------------------------------------------------------------------------- --list
def test_list_prints_name_hints_and_title_per_tool() -> None:
    done = mixmax_mcp("--list", "--allow-writes", "--allow-send")
    assert done.returncode == 0 and done.stderr == "124 tools (63 read-only) of 124\n"
    lines = done.stdout.splitlines()
    rows = {cells[0]: cells[1:] for cells in (re.split(r"\s{2,}", line) for line in lines)}
    assert list(rows) == NAMES and len(lines) == 124
    assert rows["sequences_list"] == ["read-only", "List sequences"]
    assert rows["users_me"] == ["read-only", "Get the current user"]
    assert rows["sequences_pause"] == ["writes", "Pause a sequence"]
    assert rows["sequences_add_recipients"] == ["writes, idempotent", "Add recipients to a sequence"]
    assert rows["sequences_recipients_cancel"] == ["writes, destructive", "Exit one recipient"]
    assert rows["snippet_tags_delete"] == ["writes, destructive, idempotent", "Delete a snippet tag"]
    assert rows["messages_send"] == ["sends email, destructive", "Send a draft message"]
    # Columns: every title starts where the others do, however long the hints.
    starts = {line.index(rows[line.split()[0]][1], len(line.split()[0])) for line in lines}
    assert len(starts) == 1


def test_list_defaults_to_the_read_only_tools_and_narrows_with_tools() -> None:
    default = mixmax_mcp("--list")
    assert default.returncode == 0 and default.stderr == "63 tools (63 read-only) of 124\n"
    assert [line.split()[0] for line in default.stdout.splitlines()] == READ_ONLY
    narrowed = mixmax_mcp("--list", "--allow-writes", "--tools", "sequences_*,users_me")
    assert narrowed.returncode == 0 and narrowed.stderr == "12 tools (6 read-only) of 124\n"
    assert [line.split()[0] for line in narrowed.stdout.splitlines()] == [
        n for n in NAMES if n.startswith("sequences_") or n == "users_me"
    ]


def test_list_json_is_what_the_server_lists(fake: tuple[FakeServer, Wire], tmp_path: Path) -> None:
    served, wire = fake
    done = mixmax_mcp("--list", "--json", "--allow-writes")
    assert done.returncode == 0 and done.stderr == ""
    printed = json.loads(done.stdout)
    assert list(printed) == ["tools"] and len(printed["tools"]) == 121

    async def listed() -> list[dict[str, Any]]:
        async with stdio_server(served, "--allow-writes", stderr=tmp_path / "stderr.txt") as client:
            tools = (await client.list_tools()).tools
            return [t.model_dump(by_alias=True, exclude_none=True, mode="json") for t in tools]

    assert printed["tools"] == anyio.run(listed)
    assert wire.requests == []


# ------------------------------------------------------------------------------------- usage errors
@pytest.mark.parametrize("listing", [False, True], ids=["serve", "list"])
def test_allow_send_needs_allow_writes(listing: bool) -> None:
    done = mixmax_mcp("--allow-send", *(["--list"] if listing else []))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "error: --allow-send needs --allow-writes (sending email is a write)\n"


@pytest.mark.parametrize("listing", [False, True], ids=["serve", "list"])
def test_a_tools_pattern_that_names_no_tool_is_an_error(listing: bool) -> None:
    done = mixmax_mcp("--tools", "users_me,nosuchtool", *(["--list"] if listing else []))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "error: --tools names no tool: nosuchtool (mixmax mcp --list shows them)\n"


def test_tools_that_need_a_flag_not_given_serve_nothing() -> None:
    done = mixmax_mcp("--tools", "sequences_pause")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "error: no tool to serve: --tools matched only tools that need --allow-writes or --allow-send\n"
    )


# ------------------------------------------------------------------------------------- a closed pipe
def test_list_into_a_pipe_closed_early_exits_quietly() -> None:
    # The JSON of every tool is far more than a pipe holds: the writer is still writing when the
    # reader goes, so it does meet the closed pipe.
    process = subprocess.Popen(
        [*SERVER, "--list", "--json", "--allow-writes", "--allow-send"],
        env=process_env(),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    head = [process.stdout.readline() for _ in range(3)]
    process.stdout.close()
    code = process.wait(timeout=60)
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert head == [b"{\n", b'  "tools": [\n', b"    {\n"]
    assert (code, stderr) == (0, "")


def test_list_piped_to_head_exits_without_a_traceback() -> None:
    command = " ".join(f"'{part}'" for part in [*SERVER, "--list", "--allow-writes"])
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command} | head -3"],
        env=process_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    assert [line.split()[0] for line in done.stdout.splitlines()] == NAMES[:3]
    # Whether the summary made it depends on when head left; a traceback never appears.
    assert done.stderr in ("", "121 tools (63 read-only) of 124\n")
    assert not any(word in done.stderr for word in NO_TRACE)


# ------------------------------------------------------------------------------------- without the extra
def _without_mcp(tmp_path: Path) -> dict[str, str]:
    """An environment in which `import mcp` fails as it does where the package is not installed."""
    package = tmp_path / "shadow" / "mcp"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("raise ModuleNotFoundError(\"No module named 'mcp'\", name='mcp')\n")
    return process_env(PYTHONPATH=str(package.parent))


def test_without_the_mcp_package_serving_names_the_extra_and_listing_works(tmp_path: Path) -> None:
    env = _without_mcp(tmp_path)
    probe = subprocess.run([sys.executable, "-c", "import mcp"], env=env, capture_output=True, text=True, timeout=60)
    assert probe.returncode == 1 and "ModuleNotFoundError: No module named 'mcp'" in probe.stderr

    hint = f"error: mixmax mcp needs the mcp extra: {install_hint('mcp')}\n"
    for args in ([], ["--http", "--port", "0"], ["--allow-writes"]):
        done = mixmax_mcp(*args, env={**env, "MIXMAX_API_KEY": "unused"})
        assert (done.returncode, done.stdout, done.stderr) == (2, "", hint), args

    listed = mixmax_mcp("--list", env=env)
    assert listed.returncode == 0 and listed.stderr == "63 tools (63 read-only) of 124\n"
    assert [line.split()[0] for line in listed.stdout.splitlines()] == READ_ONLY
    as_json = mixmax_mcp("--list", "--json", env=env)
    assert as_json.returncode == 0 and [t["name"] for t in json.loads(as_json.stdout)["tools"]] == READ_ONLY
