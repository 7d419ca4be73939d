"""`mixmax mcp` over stdio, end to end: the server is a real subprocess, the client the official `mcp`
package, and the API the fake Mixmax on loopback. Each test asserts what the agent sees (tools, results,
errors) and what reached the fake on the wire (method, path, query, body)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import jsonschema
import pytest
from mcp.client import Client
from mcp_session import Wire, loopback_fake, stdio_server, text

from mixmax_sdk import Mixmax
from mixmax_sdk.mcp._table import all_tools
from mixmax_sdk.testing import FakeServer, Fault
from mixmax_sdk.testing._fake import RATE_LIMITED
from mixmax_sdk.testing._wire import NOT_FOUND

pytestmark = pytest.mark.slow

TOOLS = {t.name: t for t in all_tools()}
READ_ONLY = {t.name for t in all_tools() if t.annotations["readOnlyHint"]}
SENDS = {t.name for t in all_tools() if t.access == "send"}
UNKNOWN_ID = "5f00000000000000000000ff"


@pytest.fixture
def fake() -> Iterator[tuple[FakeServer, Wire]]:
    with loopback_fake() as pair:
        yield pair


Session = Callable[[Client], Awaitable[None]]


def session(served: FakeServer, tmp_path: Path, *flags: str, tee_log: Path | None = None) -> Callable[[Session], None]:
    """Run `body` against a fresh `mixmax mcp FLAGS...` (stderr kept in tmp_path/stderr.txt)."""

    def run(body: Session) -> None:
        async def main() -> None:
            async with stdio_server(served, *flags, stderr=tmp_path / "stderr.txt", tee_log=tee_log) as client:
                await body(client)

        anyio.run(main)

    return run


def _onboarding(served: FakeServer) -> str:
    return next(s["_id"] for s in served.fake.store.newest_first("sequences") if s["name"] == "Onboarding")


def _valid(schema: dict[str, Any], value: Any) -> None:
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(value)


# ------------------------------------------------------------------------------------- tools/list
@pytest.mark.parametrize(
    ("flags", "count", "expected"),
    [
        ((), 63, READ_ONLY),
        (("--allow-writes",), 121, set(TOOLS) - SENDS),
        (("--allow-writes", "--allow-send"), 124, set(TOOLS)),
    ],
    ids=["default", "allow-writes", "allow-send"],
)
def test_tools_list_is_read_only_unless_told(
    fake: tuple[FakeServer, Wire], tmp_path: Path, flags: tuple[str, ...], count: int, expected: set[str]
) -> None:
    served, wire = fake

    async def body(client: Client) -> None:
        listed = (await client.list_tools()).tools
        assert len(listed) == count == len(expected)
        assert {t.name for t in listed} == expected
        assert [t.name for t in listed] == [name for name in TOOLS if name in expected]  # tools.json's order
        for tool in listed:
            source = TOOLS[tool.name]
            assert tool.annotations is not None
            assert tool.annotations.read_only_hint is (source.access == "read")
            assert (tool.input_schema, tool.output_schema) == (source.input_schema, source.output_schema)
            for schema in (tool.input_schema, tool.output_schema):
                if schema is None:  # an operation that answers nothing
                    continue
                jsonschema.Draft202012Validator.check_schema(schema)
                assert schema["type"] == "object"
        assert any(t.output_schema is not None for t in listed)

    session(served, tmp_path, *flags)(body)
    assert wire.requests == []  # listing tools asks Mixmax nothing


def test_tools_globs_narrow_the_list(fake: tuple[FakeServer, Wire], tmp_path: Path) -> None:
    served, _ = fake

    async def body(client: Client) -> None:
        listed = [t.name for t in (await client.list_tools()).tools]
        assert listed == [
            "sequences_get",
            "sequences_get_stage",
            "sequences_list",
            "sequences_recipients_list",
            "sequences_search_recipients",
            "users_me",
        ]

    session(served, tmp_path, "--tools", "sequences_*,users_me")(body)


# ------------------------------------------------------------------------------------- reading
def test_sequences_list_paged_with_next_gives_what_the_sdk_gives(fake: tuple[FakeServer, Wire], tmp_path: Path) -> None:
    served, wire = fake
    schema = TOOLS["sequences_list"].output_schema
    assert schema is not None
    pages: list[dict[str, Any]] = []
    texts: list[str] = []

    async def body(client: Client) -> None:
        arguments: dict[str, Any] = {"limit": 2}
        while len(pages) < 10:
            result = await client.call_tool("sequences_list", arguments)
            assert not result.is_error, text(result)
            assert isinstance(result.structured_content, dict)
            _valid(schema, result.structured_content)
            pages.append(result.structured_content)
            texts.append(text(result).splitlines()[0])
            if result.structured_content["next"] is None:
                return
            arguments = {"limit": 2, "next": result.structured_content["next"]}

    session(served, tmp_path)(body)
    mcp_requests = wire.lines()
    with Mixmax(api_key=served.fake.demo_token, base_url=served.base_url) as sdk:
        direct = [s.to_dict() for s in sdk.sequences.list()]

    got = [item for page in pages for item in page["results"]]
    ids = [s["_id"] for s in got]
    assert ids == [s["_id"] for s in direct] and len(set(ids)) == len(ids) == 7
    assert got == direct  # the same JSON, item for item
    assert [len(p["results"]) for p in pages] == [2, 2, 2, 1]
    assert [p["has_next"] for p in pages] == [True, True, True, False]
    cursors = [p["next"] for p in pages]
    assert cursors[-1] is None and all(isinstance(c, str) for c in cursors[:-1])
    assert texts == [f"2 results; more: next={c!r}" for c in cursors[:-1]] + ["1 results; no more pages"]
    assert mcp_requests == [
        ("GET", "/sequences", {"limit": ["2"]}, None),
        *[("GET", "/sequences", {"limit": ["2"], "next": [c]}, None) for c in cursors[:-1]],
    ]


# ------------------------------------------------------------------------------------- an agent's writes
def test_an_agent_adds_lists_and_cancels_recipients(fake: tuple[FakeServer, Wire], tmp_path: Path) -> None:
    served, wire = fake
    seq = _onboarding(served)
    seen: dict[str, Any] = {}

    async def body(client: Client) -> None:
        found = await client.call_tool("sequences_list", {"name": "Onboarding"})
        assert not found.is_error and isinstance(found.structured_content, dict)
        assert [s["_id"] for s in found.structured_content["results"]] == [seq]

        rows = [{"email": "nell@example.com", "variables": {"First name": "Nell"}}, "grace@example.com", "not-an-email"]
        added = await client.call_tool("sequences_add_recipients", {"sequence_id": seq, "recipients": rows})
        assert not added.is_error, text(added)
        seen["added"] = added.structured_content
        assert text(added).splitlines()[0] == "1 duplicated, 1 invalid, 1 success"

        listed = await client.call_tool("sequences_recipients_list", {"sequence_id": seq})
        assert not listed.is_error and isinstance(listed.structured_content, dict)
        seen["listed"] = listed.structured_content
        nell = next(r["_id"] for r in listed.structured_content["results"] if r["email"] == "nell@example.com")
        seen["nell"] = nell

        cancelled = await client.call_tool("sequences_recipients_cancel", {"sequence_id": seq, "recipient_id": nell})
        assert (cancelled.is_error, cancelled.structured_content) == (False, None)
        assert text(cancelled) == "done (the API answered with no content)"

        after = await client.call_tool("sequences_recipients_list", {"sequence_id": seq})
        assert isinstance(after.structured_content, dict)
        seen["after"] = [r["email"] for r in after.structured_content["results"]]

    session(served, tmp_path, "--allow-writes")(body)

    assert seen["added"] == {
        "dry_run": False,
        "recipients": [
            {"row": 0, "email": "nell@example.com", "status": "success", "errors": []},
            {"row": 1, "email": "grace@example.com", "status": "duplicated", "errors": []},
            {
                "row": 2,
                "email": "not-an-email",
                "status": "invalid",
                "errors": ["recipients[2] is not a valid email address: 'not-an-email' (it has no @)"],
            },
        ],
        "counts": {"success": 1, "duplicated": 1, "invalid": 1},
        "after_ambiguous_retry": False,
    }
    assert [(r["email"], r["state"]) for r in seen["listed"]["results"]] == [
        ("grace@example.com", "active"),
        ("nell@example.com", "active"),
    ]
    assert (seen["listed"]["has_next"], seen["listed"]["next"]) == (False, None)
    assert seen["after"] == ["grace@example.com"]

    nell = seen["nell"]
    assert wire.lines() == [
        ("GET", "/sequences", {"name": ["Onboarding"], "limit": ["25"]}, None),
        # The invalid row never leaves the server; the duplicate is Mixmax's to report.
        (
            "POST",
            f"/sequences/{seq}/recipients",
            {},
            {
                "recipients": [
                    {"email": "nell@example.com", "variables": {"First name": "Nell"}},
                    {"email": "grace@example.com"},
                ]
            },
        ),
        ("GET", f"/sequences/{seq}/recipients", {"limit": ["25"], "offset": ["0"]}, None),
        ("POST", f"/sequences/{seq}/recipients/{nell}/cancel", {}, None),
        ("GET", f"/sequences/{seq}/recipients", {"limit": ["25"], "offset": ["0"]}, None),
    ]
    state = {r["email"]: (r["_id"], r["state"], r["variables"]) for r in served.fake.sequence_recipients(seq)}
    assert state["nell@example.com"] == (nell, "exited", {"First name": "Nell"})
    assert state["grace@example.com"][1] == "active" and "not-an-email" not in state


def test_dry_run_and_refused_rows_send_nothing(fake: tuple[FakeServer, Wire], tmp_path: Path) -> None:
    served, wire = fake
    seq = _onboarding(served)
    before = served.fake.sequence_recipients(seq)
    invalid = {
        "row": 1,
        "email": "not-an-email",
        "status": "invalid",
        "errors": ["recipients[1] is not a valid email address: 'not-an-email' (it has no @)"],
    }

    async def body(client: Client) -> None:
        rows = ["x@example.com", "not-an-email"]
        dry = await client.call_tool(
            "sequences_add_recipients", {"sequence_id": seq, "recipients": rows, "dry_run": True}
        )
        assert not dry.is_error
        assert dry.structured_content == {
            "dry_run": True,
            "recipients": [{"row": 0, "email": "x@example.com", "status": "would_send", "errors": []}, invalid],
            "counts": {"would_send": 1, "invalid": 1},
        }
        assert text(dry).splitlines()[0] == "1 invalid, 1 would_send"

        refused = await client.call_tool(
            "sequences_add_recipients", {"sequence_id": seq, "recipients": rows, "skip_invalid": False}
        )
        assert refused.is_error and refused.structured_content == {"invalid": [invalid]}
        assert text(refused).startswith("invalid argument: 1 of 2 recipients are invalid; nothing was sent")

    session(served, tmp_path, "--allow-writes")(body)
    assert wire.requests == [] and served.fake.served == []
    assert served.fake.sequence_recipients(seq) == before


# ------------------------------------------------------------------------------------- errors
def test_api_errors_are_tool_errors_and_the_server_goes_on(fake: tuple[FakeServer, Wire], tmp_path: Path) -> None:
    served, wire = fake
    # A 429 whose Retry-After is beyond the SDK's cap (60 s) comes back at once instead of being waited on.
    served.fake.faults.add(
        Fault(
            method="GET",
            path="/sequences",
            status=429,
            headers={"Retry-After": "120"},
            body={"message": RATE_LIMITED},
        )
    )
    outcomes: list[tuple[bool, str]] = []

    async def body(client: Client) -> None:
        me = await client.call_tool("users_me", {})
        assert not me.is_error and isinstance(me.structured_content, dict)
        assert me.structured_content["email"] == "ada@example.com"
        for name, arguments in [
            ("sequences_get", {"sequence_id": UNKNOWN_ID}),
            ("sequences_list", {"limit": 2}),
            ("sequences_list", {"limit": 2}),  # the fault is spent: this one works
        ]:
            result = await client.call_tool(name, arguments)
            assert result.is_error or result.structured_content is not None
            outcomes.append((result.is_error, text(result).splitlines()[0]))

    session(served, tmp_path)(body)
    assert outcomes[:2] == [
        (True, f"Mixmax answered HTTP 404: {NOT_FOUND}"),
        (True, f"Mixmax answered HTTP 429: {RATE_LIMITED}"),
    ]
    assert outcomes[2][0] is False and outcomes[2][1].startswith("2 results; more: next=")
    assert [(s.method, s.path, s.status) for s in served.fake.served] == [
        ("GET", "/users/me", 200),
        ("GET", f"/sequences/{UNKNOWN_ID}", 404),
        ("GET", "/sequences", 429),  # once: not retried
        ("GET", "/sequences", 200),
    ]
    assert len(wire.requests) == 4


def test_bad_arguments_are_refused_before_any_request(fake: tuple[FakeServer, Wire], tmp_path: Path) -> None:
    served, wire = fake
    seq = _onboarding(served)
    answers: list[tuple[bool, str]] = []
    requests_before_the_good_call: list[int] = []

    async def body(client: Client) -> None:
        for name, arguments in [
            ("sequences_list", {"limit": 500}),
            ("sequences_list", {"limit": 2, "colour": "red"}),
            ("sequences_get", {}),
            ("sequences_get", {"sequence_id": 5}),
            ("sequences_recipients_list", {"sequence_id": seq, "next": "abc"}),
        ]:
            result = await client.call_tool(name, arguments)
            answers.append((result.is_error, text(result)))
        requests_before_the_good_call.append(len(wire.requests))
        good = await client.call_tool("sequences_list", {"limit": 1})
        assert not good.is_error

    session(served, tmp_path)(body)
    assert answers == [
        (True, "invalid argument: limit: 500 is greater than the maximum of 100"),
        (
            True,
            "invalid argument: unknown argument colour (sequences_list takes: name, folder, expand, limit, next, max_text)",
        ),
        (True, "invalid argument: 'sequence_id' is a required property"),
        (True, "invalid argument: sequence_id: 5 is not of type 'string'"),
        (True, "invalid argument: next: 'abc' is not a `next` this list gave"),
    ]
    assert requests_before_the_good_call == [0]
    assert wire.lines() == [("GET", "/sequences", {"limit": ["1"]}, None)]


def test_a_tool_the_server_was_started_without_names_the_flag(fake: tuple[FakeServer, Wire], tmp_path: Path) -> None:
    served, wire = fake
    seq = _onboarding(served)
    answers: list[tuple[bool, str]] = []

    async def body(client: Client) -> None:
        for name, arguments in [
            ("sequences_pause", {"sequence_id": seq}),
            ("messages_send", {"message_id": UNKNOWN_ID}),
            ("no_such_tool", {}),
        ]:
            result = await client.call_tool(name, arguments)
            answers.append((result.is_error, text(result)))

    session(served, tmp_path)(body)
    assert answers == [
        (True, "sequences_pause: the server was started without --allow-writes"),
        (True, "messages_send: the server was started without --allow-writes --allow-send"),
        (True, "no_such_tool: no such tool (tools/list shows them)"),
    ]
    assert wire.requests == []
    assert "paused" not in next(s for s in served.fake.store.newest_first("sequences") if s["_id"] == seq)


def test_a_tool_left_out_by_tools_says_so_not_that_a_flag_is_missing(
    fake: tuple[FakeServer, Wire], tmp_path: Path
) -> None:
    # With --allow-writes, a write tool that --tools leaves out must not claim --allow-writes is missing.
    served, wire = fake
    seq = _onboarding(served)
    answers: list[str] = []

    async def body(client: Client) -> None:
        assert [t.name for t in (await client.list_tools()).tools] == ["sequences_list", "sequences_pause"]
        for name, arguments in [
            ("sequences_resume", {"sequence_id": seq}),
            ("users_me", {}),
            ("messages_send", {"message_id": UNKNOWN_ID}),
        ]:
            result = await client.call_tool(name, arguments)
            assert result.is_error
            answers.append(text(result))

    session(served, tmp_path, "--allow-writes", "--tools", "sequences_list,sequences_pause")(body)
    left_out = "the server was started with --tools 'sequences_list,sequences_pause', which leaves it out"
    assert answers == [
        f"sequences_resume: {left_out}",
        f"users_me: {left_out}",
        "messages_send: the server was started without --allow-send",
    ]
    assert wire.requests == []


# ------------------------------------------------------------------------------------- the token
def test_the_token_is_in_no_message_and_no_log(fake: tuple[FakeServer, Wire], tmp_path: Path) -> None:
    served, wire = fake
    token = served.fake.demo_token
    log = tmp_path / "messages.log"
    seq = _onboarding(served)

    async def body(client: Client) -> None:
        await client.list_tools()
        assert not (await client.call_tool("users_me", {})).is_error
        assert not (await client.call_tool("sequences_list", {"limit": 3})).is_error
        assert (await client.call_tool("sequences_get", {"sequence_id": UNKNOWN_ID})).is_error
        assert (await client.call_tool("sequences_list", {"limit": 0})).is_error
        dry = {"sequence_id": seq, "recipients": ["x@example.com"], "dry_run": True}
        assert not (await client.call_tool("sequences_add_recipients", dry)).is_error

    # --debug: the SDK's, httpx's and the mcp package's logs all go to stderr too.
    session(served, tmp_path, "--allow-writes", "--debug", tee_log=log)(body)

    lines = log.read_text().splitlines()
    messages = [(line[:2], json.loads(line[2:])) for line in lines]
    sent = [m for way, m in messages if way == "> "]
    answered = [m for way, m in messages if way == "< "]
    calls = [m["params"]["name"] for m in sent if m.get("method") == "tools/call"]
    assert calls == ["users_me", "sequences_list", "sequences_get", "sequences_list", "sequences_add_recipients"]
    assert any(m.get("method") == "tools/list" for m in sent)
    assert any(m.get("result", {}).get("structuredContent", {}).get("email") == "ada@example.com" for m in answered)
    stderr = (tmp_path / "stderr.txt").read_text()
    assert "mixmax_sdk: GET /v1/users/me -> 200" in stderr  # the log is there to be searched
    assert len(wire.requests) == 3
    assert token not in log.read_text()
    assert token not in stderr
