"""MCP tool calls, in process: `make_server` on an `AsyncMixmax` talking to the fake Mixmax over
loopback HTTP, reached through the official MCP client (`mcp.client.Client`, in-process). Each request
the SDK sends is recorded as it leaves (an httpx event hook), so the tests see the wire exactly.

Every tool is called once with arguments made from its own input schema: the answer is typed (it
validates against the output schema) or an error that says why (the API's answer, or the argument) and
never "internal error"; the requests it sent are its own operation's.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

import httpx
import mcp_types as types
import pytest
from jsonschema import Draft202012Validator
from mcp.client import Client

from mixmax_sdk import AsyncMixmax
from mixmax_sdk.mcp._server import make_server
from mixmax_sdk.mcp._table import Tool, all_tools, served
from mixmax_sdk.resources.users import Users
from mixmax_sdk.testing import FakeMixmax, FakeServer

T = TypeVar("T")
TOOLS = {t.name: t for t in all_tools()}
EVERY = served(allow_writes=True, allow_send=True)
ADDRESS = "someone@example.com"
CUT = "… [cut: {} more characters; call again with max_text=0 for all]"


# ------------------------------------------------------------------------------------ the rig
@dataclass(frozen=True)
class Sent:
    method: str
    target: str  # the path and query as they went out, e.g. /v1/sequences?limit=2
    body: Any

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query, keep_blank_values=True))


@dataclass
class Rig:
    """A fresh fake served on 127.0.0.1; `call`/`session` reach it through an MCP server on an
    `AsyncMixmax` whose every request lands in `sent`."""

    fake: FakeMixmax
    server: FakeServer
    sent: list[Sent] = field(default_factory=list)

    async def _record(self, request: httpx.Request) -> None:
        body = request.read()
        self.sent.append(Sent(request.method, request.url.raw_path.decode(), json.loads(body) if body else None))

    def session(self, body: Callable[[Client], Awaitable[T]], *, tools: Sequence[Tool] = EVERY) -> T:
        """Run `body(mcp_client)` against a new server (one event loop, one AsyncMixmax)."""

        async def run() -> T:
            http = httpx.AsyncClient(event_hooks={"request": [self._record]})
            client = AsyncMixmax(
                api_key=self.fake.demo_token,
                base_url=self.server.base_url,
                clock=self.fake.clock,
                http_client=http,
                max_retries=0,
            )
            async with http, client, Client(make_server(client, tools)) as mcp:
                return await body(mcp)

        return asyncio.run(run())

    def call(
        self, name: str, arguments: dict[str, Any] | None = None, *, tools: Sequence[Tool] = EVERY
    ) -> types.CallToolResult:
        async def one(mcp: Client) -> types.CallToolResult:
            return await mcp.call_tool(name, arguments or {})

        return self.session(one, tools=tools)


@pytest.fixture(scope="module")
def _served() -> Iterator[tuple[FakeMixmax, FakeServer]]:
    fake = FakeMixmax()
    server = fake.serve("127.0.0.1", 0).start()
    try:
        yield fake, server
    finally:
        server.stop()


@pytest.fixture
def rig(_served: tuple[FakeMixmax, FakeServer]) -> Rig:
    # one server for the module; each test gets the fake as new (its demo data, no faults, no requests
    # served), which is what constructing it does: stopping a server per test was most of the time
    fake, server = _served
    fake.__init__()  # type: ignore[misc]
    return Rig(fake, server)


def text(result: types.CallToolResult) -> str:
    assert len(result.content) == 1
    content = result.content[0]
    assert isinstance(content, types.TextContent)
    return content.text


def onboarding(fake: FakeMixmax) -> str:
    return next(s["_id"] for s in fake.store.oldest_first("sequences") if s["name"] == "Onboarding")


# ------------------------------------------------------------------------------------ every tool
def seeded_ids(fake: FakeMixmax) -> dict[str, str]:
    """A real id of the demo data for each id argument a tool takes."""
    store = fake.store

    def first(key: str) -> str:
        doc_id: str = store.oldest_first(key)[0]["_id"]
        return doc_id

    sequence, contact, team, group = onboarding(fake), first("contacts"), first("teams"), first("contactgroups")
    # the demo data has no contact in its group and no custom domain: add them, so that removing them can
    # succeed too
    store.add(f"contactgroups/{group}/contacts", dict(store.get("contacts", contact) or {}))
    store.add("orgs/me/custom-domains", {"_id": "calendar", "domain": "meet.example.com"})
    return {
        "sequence_id": sequence,
        "recipient_id": first(f"sequences/{sequence}/recipients"),
        "stage_id": first("sequences/stages"),
        "contact_id": contact,
        "note_id": first(f"contacts/{contact}/notes"),
        "group_id": group,
        "code_snippet_id": first("codesnippets"),
        "file_request_id": first("filerequests"),
        "command_id": first("integrations/commands"),
        "enhancement_id": first("integrations/enhancements"),
        "link_resolver_id": first("integrations/linkresolvers"),
        "sidebar_id": first("integrations/sidebars"),
        "message_id": first("messages"),  # the live feed's entry has the message's id
        "invite_id": first("meetinginvites"),
        "meeting_type_id": first("meetingtypes"),
        "summary_id": first("meetings/summaries/search"),
        "poll_id": first("polls"),
        "qa_id": first("qa"),
        "yes_no_id": first("yesno"),
        "reminder_id": first("reminders"),
        "rule_id": first("rules"),
        "snippet_id": first("snippets"),
        "tag_id": first("snippettags"),
        "team_id": team,
        "member_id": store.oldest_first(f"teams/{team}/members")[-1]["memberId"],  # grace, not the admin
    }


# Values the schema alone cannot give: a name that exists, a JSON filter, a date mode the dates need.
VALUES: dict[str, dict[str, Any]] = {
    "appointment_links_find": {"name": "ada"},
    "user_preferences_update": {"preferences": {"undoDelay": 10}},
    "rules_create": {"filter": "{}"},
    "rules_update": {"filter": "{}"},
    "contacts_list": {"dates": "specific"},
    "sequences_list": {"folder": "personal"},
}


# strings whose values the SDK checks against a list the schema only describes ("Known values: ...")
KNOWN = {"unit": "days", "role": "member"}


def example(schema: dict[str, Any], root: dict[str, Any], name: str, every: bool) -> Any:
    """A value `schema` accepts; objects get their required properties (all of them with `every`)."""
    if "$ref" in schema:
        return example(root["$defs"][schema["$ref"].rsplit("/", 1)[1]], root, name, every)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "allOf" in schema:
        return example(schema["allOf"][0], root, name, every)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            # the last choice: the ISO date of a timestamp, the list of a comma list, the object of a row
            choices = [c for c in schema[key] if c.get("type") != "null"]
            return example(choices[-1], root, name, every)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        wanted = schema.get("properties", {})
        return {k: example(v, root, k, every) for k, v in wanted.items() if every or k in schema.get("required", [])}
    if kind == "array":
        return [example(schema.get("items", {}), root, name, every)]
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if schema.get("format") == "date-time":
        return "2025-03-04T05:06:07Z"
    if (
        "email" in name.lower()
        or name in ("to", "cc", "bcc", "from_")
        or schema.get("format") in ("email", "idn-email")
    ):
        return ADDRESS
    if name in KNOWN:
        return KNOWN[name]
    if name.lower().endswith("url"):
        return "https://example.com/hook"
    return "x" * max(1, schema.get("minLength", 1))


def arguments(tool: Tool, fake: FakeMixmax, *, every: bool) -> dict[str, Any]:
    schema = tool.input_schema
    ids = seeded_ids(fake)
    made = {}
    for name, prop in schema["properties"].items():
        if name in ("limit", "next", "max_text", "skip_invalid", "dry_run"):
            continue  # the tool's own: their defaults
        if every or name in schema.get("required", []):
            made[name] = ids[name] if name in ids else example(prop, schema, name, every)
    made.update({k: v for k, v in VALUES.get(tool.name, {}).items() if k in made or k in schema.get("required", [])})
    if every:
        made.update(VALUES.get(tool.name, {}))
    return made


# What the required arguments alone cannot do: an update that changes nothing, a create of all-optional
# fields with none given. The SDK refuses them before sending.
NOTHING_TO_CHANGE = "invalid argument: "
REFUSED_REQUIRED_ONLY = {
    **dict.fromkeys(
        [
            "code_snippets_update",
            "contacts_update",
            "meeting_types_update",
            "reminders_update",
            "rules_update",
            "snippet_tags_snippets_add",
            "snippets_update",
            "integrations_commands_create",
            "integrations_enhancements_create",
            "integrations_link_resolvers_create",
            "integrations_sidebars_create",
        ],
        NOTHING_TO_CHANGE,
    )
}
REFUSED_EVERY_ARGUMENT: dict[str, str] = {}


def _template(tool: Tool) -> tuple[str, re.Pattern[str]]:
    method, path = re.search(r"\((\w+) (/\S*)\)$", tool.description).groups()  # type: ignore[union-attr]
    return method, re.compile("/v1" + re.sub(r"\{\w+\}", "[^/]+", path))


@pytest.mark.parametrize("every", [False, True], ids=["required", "every-argument"])
@pytest.mark.parametrize("name", sorted(TOOLS))
def test_every_tool_answers_typed_or_says_why(rig: Rig, name: str, every: bool) -> None:
    tool = TOOLS[name]
    args = arguments(tool, rig.fake, every=every)
    result = rig.call(name, args, tools=[tool])  # served alone: the listing of 124 tools is no part of this
    said = text(result)
    assert not said.startswith("internal error"), (name, args, said)
    refused = (REFUSED_EVERY_ARGUMENT if every else REFUSED_REQUIRED_ONLY).get(name)
    if refused is not None:
        assert result.is_error, (name, args, said)
        assert said.startswith(refused), (name, args, said)
        if refused.startswith("invalid argument"):
            assert rig.sent == []  # refused before anything left
        return
    assert not result.is_error, (name, args, said)
    if tool.output_schema is None:
        assert result.structured_content is None
        assert said == "done (the API answered with no content)"
    else:
        assert result.structured_content is not None
        Draft202012Validator(tool.output_schema).validate(result.structured_content)
    # what went out is the tool's own operation, with the ids it was given
    method, path = _template(tool)
    assert len(rig.sent) == 1, (name, rig.sent)  # one call, one request (a list: its first page)
    assert all(s.method == method and path.fullmatch(s.path) for s in rig.sent), (name, rig.sent)
    for id_name in ("sequence_id", "contact_id", "team_id", "rule_id", "snippet_id", "message_id"):
        if id_name in args:
            assert all(args[id_name] in s.target for s in rig.sent), (name, rig.sent)


# ------------------------------------------------------------------------------------ the wire, exactly
def test_a_list_answers_one_page_and_its_next_gets_the_following(rig: Rig) -> None:
    names = [s["name"] for s in rig.fake.store.newest_first("sequences")]
    assert len(names) == 7

    async def walk(mcp: Client) -> list[types.CallToolResult]:
        pages = [await mcp.call_tool("sequences_list", {"limit": 2})]
        while pages[-1].structured_content and pages[-1].structured_content["next"] is not None:
            pages.append(
                await mcp.call_tool("sequences_list", {"limit": 2, "next": pages[-1].structured_content["next"]})
            )
        return pages

    pages = rig.session(walk)
    assert [p.is_error for p in pages] == [False] * 4
    content = [p.structured_content or {} for p in pages]
    assert [[r["name"] for r in c["results"]] for c in content] == [names[0:2], names[2:4], names[4:6], names[6:]]
    assert [c["has_next"] for c in content] == [True, True, True, False]
    assert content[-1]["next"] is None
    assert rig.sent[0] == Sent("GET", "/v1/sequences?limit=2", None)
    for before, sent in zip(content[:-1], rig.sent[1:], strict=True):
        assert (sent.method, sent.path, sent.query) == ("GET", "/v1/sequences", {"limit": "2", "next": before["next"]})
    assert len(rig.sent) == 4
    assert text(pages[0]).startswith(f"2 results; more: next={content[0]['next']!r}\n")
    assert text(pages[-1]).startswith("1 results; no more pages\n")


def test_an_offset_paged_list_gives_the_next_offset_as_next(rig: Rig) -> None:
    sequence = onboarding(rig.fake)
    emails = ["a@example.com", "b@example.com"]
    rows = [{"email": e, "variables": {"First name": e[0].upper()}} for e in emails]

    async def calls(mcp: Client) -> list[types.CallToolResult]:
        added = await mcp.call_tool("sequences_add_recipients", {"sequence_id": sequence, "recipients": rows})
        first = await mcp.call_tool("sequences_recipients_list", {"sequence_id": sequence, "limit": 2})
        following = (first.structured_content or {}).get("next")
        second = await mcp.call_tool(
            "sequences_recipients_list", {"sequence_id": sequence, "limit": 2, "next": following}
        )
        bad = await mcp.call_tool("sequences_recipients_list", {"sequence_id": sequence, "next": "abc"})
        return [added, first, second, bad]

    added, first, second, bad = rig.session(calls)
    assert not added.is_error, text(added)
    assert first.structured_content is not None and second.structured_content is not None
    assert first.structured_content["next"] == "2"
    assert first.structured_content["has_next"] is True
    assert [r["email"] for r in first.structured_content["results"]] == ["grace@example.com", "a@example.com"]
    assert [r["email"] for r in second.structured_content["results"]] == ["b@example.com"]
    assert (second.structured_content["has_next"], second.structured_content["next"]) == (False, None)
    lists = rig.sent[1:]
    assert [(s.method, s.path, s.query) for s in lists] == [
        ("GET", f"/v1/sequences/{sequence}/recipients", {"limit": "2", "offset": "0"}),
        ("GET", f"/v1/sequences/{sequence}/recipients", {"limit": "2", "offset": "2"}),
    ]
    assert bad.is_error
    assert text(bad) == "invalid argument: next: 'abc' is not a `next` this list gave"


def test_a_timestamp_argument_takes_an_iso_date_and_goes_out_as_epoch_ms(rig: Rig) -> None:
    async def calls(mcp: Client) -> list[types.CallToolResult]:
        return [
            await mcp.call_tool("reminders_create", {"date": "2025-06-01T12:00:00Z"}),
            await mcp.call_tool("reminders_create", {"date": "2025-06-01T12:00:00"}),  # no zone: UTC
            await mcp.call_tool("reminders_create", {"date": "2025-06-01T14:00:00+02:00"}),
            await mcp.call_tool("reminders_create", {"date": 1748779200000}),
            await mcp.call_tool("reminders_create", {"date": "1 June"}),
        ]

    results = rig.session(calls)
    assert [r.is_error for r in results] == [False, False, False, False, True]
    assert [s.body for s in rig.sent] == [{"reminder": {"date": 1748779200000}}] * 4
    assert all((s.method, s.target) == ("POST", "/v1/reminders") for s in rig.sent)
    assert text(results[4]).startswith("invalid argument: date: ")


def test_a_list_argument_is_joined_with_commas_on_the_wire(rig: Rig) -> None:
    async def calls(mcp: Client) -> list[types.CallToolResult]:
        return [
            await mcp.call_tool("contacts_list", {"fields": ["email", "name"], "limit": 1}),
            await mcp.call_tool("contacts_list", {"fields": "email,meta", "limit": 1}),  # a string goes as it is
            await mcp.call_tool("send_email", {"to": ["a@example.com", "b@example.com"], "subject": "Hi"}),
        ]

    results = rig.session(calls)
    assert [r.is_error for r in results] == [False, False, False], [text(r) for r in results]
    assert [(s.method, s.path, s.query) for s in rig.sent[:2]] == [
        ("GET", "/v1/contacts", {"fields": "email,name", "limit": "1"}),
        ("GET", "/v1/contacts", {"fields": "email,meta", "limit": "1"}),
    ]
    assert rig.sent[2] == Sent("POST", "/v1/send", {"message": {"to": "a@example.com,b@example.com", "subject": "Hi"}})
    sent_mail = rig.fake.store.newest_first("messages")[0]
    assert sent_mail["to"] == [{"email": "a@example.com"}, {"email": "b@example.com"}]


def test_object_arguments_take_the_apis_field_names(rig: Rig) -> None:
    contact = {"email": "a@example.com", "name": "A", "contactId": "g-1", "salesforceId": "sf-1", "meta": {"k": "v"}}

    async def calls(mcp: Client) -> list[types.CallToolResult]:
        return [
            await mcp.call_tool("contact_groups_create", {"name": "Leads", "contacts": [contact]}),
            await mcp.call_tool("rules_create", {"name": "R", "trigger": {"type": "event", "eventName": "opened"}}),
            # a field of the API's contact the SDK does not take with a group, and the SDK's own name
            await mcp.call_tool("contact_groups_create", {"name": "L", "contacts": [{"email": ADDRESS, "groups": []}]}),
            await mcp.call_tool("rules_create", {"name": "R", "trigger": {"type": "event", "event_name": "opened"}}),
        ]

    group, rule, *refused = rig.session(calls)
    assert not group.is_error and not rule.is_error, (text(group), text(rule))
    assert [(s.method, s.target, s.body) for s in rig.sent] == [
        ("POST", "/v1/contactgroups", {"name": "Leads", "contacts": [contact]}),
        ("POST", "/v1/rules", {"name": "R", "trigger": {"type": "event", "eventName": "opened"}}),
    ]
    assert [text(r) for r in refused] == [
        "invalid argument: contacts[0]: Additional properties are not allowed ('groups' was unexpected)",
        "invalid argument: trigger: Additional properties are not allowed ('event_name' was unexpected)",
    ]


def test_add_recipients_rows_keep_their_own_scheduled_at(rig: Rig) -> None:
    sequence = onboarding(rig.fake)
    rows = [
        {"email": "a@example.com", "scheduledAt": 1767225600000, "variables": {"First name": "A"}},
        {"email": "b@example.com", "variables": {"First name": "B"}},
        "c@example.com",  # no First name: the API says which variable is missing
        "not-an-address",
    ]
    result = rig.call("sequences_add_recipients", {"sequence_id": sequence, "recipients": rows})
    assert not result.is_error, text(result)
    # the malformed row never left; the others went in one request, each row as given
    assert rig.sent == [
        Sent(
            "POST",
            f"/v1/sequences/{sequence}/recipients",
            {
                "recipients": [
                    {"email": "a@example.com", "variables": {"First name": "A"}, "scheduledAt": 1767225600000},
                    {"email": "b@example.com", "variables": {"First name": "B"}},
                    {"email": "c@example.com"},
                ]
            },
        )
    ]
    structured = result.structured_content
    assert structured is not None
    assert [(r["row"], r["email"], r["status"]) for r in structured["recipients"]] == [
        (0, "a@example.com", "success"),
        (1, "b@example.com", "success"),
        (2, "c@example.com", "error"),
        (3, "not-an-address", "invalid"),
    ]
    assert structured["recipients"][2]["errors"] == ["Missing variable: First name"]
    assert structured["counts"] == {"success": 2, "error": 1, "invalid": 1}
    assert structured["dry_run"] is False
    stored = {r["email"]: r["scheduledAt"] for r in rig.fake.sequence_recipients(sequence)}
    assert stored["a@example.com"] == 1767225600000
    Draft202012Validator(TOOLS["sequences_add_recipients"].output_schema or {}).validate(structured)


def test_add_recipients_dry_run_sends_nothing(rig: Rig) -> None:
    sequence = onboarding(rig.fake)
    before = len(rig.fake.sequence_recipients(sequence))
    result = rig.call(
        "sequences_add_recipients",
        {"sequence_id": sequence, "recipients": ["a@example.com", "bad address"], "dry_run": True},
    )
    assert not result.is_error, text(result)
    assert result.structured_content == {
        "dry_run": True,
        "recipients": [
            {"row": 0, "email": "a@example.com", "status": "would_send", "errors": []},
            {
                "row": 1,
                "email": "bad address",
                "status": "invalid",
                "errors": ["recipients[1] is not a valid email address: 'bad address' (it has no @)"],
            },
        ],
        "counts": {"would_send": 1, "invalid": 1},
    }
    assert rig.sent == []
    assert len(rig.fake.sequence_recipients(sequence)) == before


def test_add_recipients_without_skip_invalid_refuses_the_call_and_names_the_row(rig: Rig) -> None:
    sequence = onboarding(rig.fake)
    rows = ["a@example.com", "b@example.com", "nope@", "c@example.com"]

    async def calls(mcp: Client) -> list[types.CallToolResult]:
        return [
            await mcp.call_tool(
                "sequences_add_recipients", {"sequence_id": sequence, "recipients": rows, "skip_invalid": False}
            ),
            await mcp.call_tool(
                "sequences_add_recipients",
                {"sequence_id": sequence, "recipients": rows, "skip_invalid": False, "dry_run": True},
            ),
        ]

    why = "recipients[2] is not a valid email address: 'nope@' (there is no domain after the @)"
    for result in rig.session(calls):
        assert result.is_error
        assert text(result) == (
            f"invalid argument: 1 of 4 recipients are invalid; nothing was sent (skip_invalid: true sends the rest):\n  {why}"
        )
        assert result.structured_content == {
            "invalid": [{"row": 2, "email": "nope@", "status": "invalid", "errors": [why]}]
        }
    assert rig.sent == []
    assert [r["email"] for r in rig.fake.sequence_recipients(sequence)] == ["grace@example.com"]


# ------------------------------------------------------------------------------------ long text
def test_long_strings_are_cut_unless_max_text_is_zero(rig: Rig) -> None:
    body = "<p>" + "x" * 5000 + "</p>"

    async def calls(mcp: Client) -> list[types.CallToolResult]:
        created = await mcp.call_tool("messages_create", {"to": [{"email": ADDRESS}], "subject": "Long", "body": body})
        message_id = (created.structured_content or {})["_id"]
        return [
            created,
            await mcp.call_tool("messages_get", {"message_id": message_id}),
            await mcp.call_tool("messages_get", {"message_id": message_id, "max_text": 0}),
            await mcp.call_tool("messages_get", {"message_id": message_id, "max_text": 10}),
        ]

    created, default, whole, short = rig.session(calls)
    assert rig.sent[0].body["body"] == body  # what goes out is never cut
    for result in (created, default):
        got = (result.structured_content or {})["body"]
        assert got == body[:2000] + CUT.format(len(body) - 2000)
        assert (result.structured_content or {})["subject"] == "Long"  # short strings stay whole
    assert (whole.structured_content or {})["body"] == body
    assert (short.structured_content or {})["body"] == "<p>xxxxxxx" + CUT.format(len(body) - 10)
    assert (short.structured_content or {})["subject"] == "Long"
    # the text rendering of a long answer points to structuredContent instead of repeating it
    assert text(whole).startswith("messages_get: done (the whole result is in structuredContent: ")


# ------------------------------------------------------------------------------------ when things go wrong
def test_an_answer_unlike_its_schema_is_an_error_with_the_data_and_the_server_goes_on(rig: Rig) -> None:
    rig.fake.faults.add(kind="status", status=200, body={"_id": "u1", "email": 42, "name": "Ada"}, path="/users/me")

    async def calls(mcp: Client) -> list[types.CallToolResult]:
        return [await mcp.call_tool("users_me", {}), await mcp.call_tool("users_me", {})]

    drifted, fine = rig.session(calls)
    assert drifted.is_error
    assert drifted.structured_content is None
    said = text(drifted)
    assert said.startswith("Mixmax answered, but not as its description says (email: 42 is not of type 'string')")
    assert said.endswith('the answer as it came: {"_id": "u1", "email": 42, "name": "Ada"}')
    assert not fine.is_error
    assert (fine.structured_content or {})["email"] == "ada@example.com"
    assert len(rig.sent) == 2


def test_an_exception_inside_the_sdk_is_an_internal_error_and_the_next_call_works(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(self: Any, **options: Any) -> Any:
        raise RuntimeError("the parser fell over")

    monkeypatch.setattr(Users, "me", broken)  # the class of every client's `users`

    async def calls(mcp: Client) -> list[types.CallToolResult]:
        failed = await mcp.call_tool("users_me", {})
        other = await mcp.call_tool("sequences_list", {"limit": 1})
        monkeypatch.undo()  # mended: the same server answers the same tool
        return [failed, other, await mcp.call_tool("users_me", {})]

    failed, other, again = rig.session(calls)
    assert failed.is_error
    assert failed.structured_content is None
    assert text(failed) == "internal error in mixmax-sdk (RuntimeError): the parser fell over"
    assert not other.is_error
    assert len((other.structured_content or {})["results"]) == 1
    assert not again.is_error
    assert (again.structured_content or {})["email"] == "ada@example.com"
    assert [s.target for s in rig.sent] == ["/v1/sequences?limit=1", "/v1/users/me"]


def test_the_apis_error_is_the_tools_error(rig: Rig) -> None:
    result = rig.call("sequences_get", {"sequence_id": "5f00000000000000000000ff"})
    assert result.is_error
    assert text(result).startswith("Mixmax answered HTTP 404: ")
    assert rig.sent == [Sent("GET", "/v1/sequences/5f00000000000000000000ff", None)]


def test_arguments_are_checked_before_anything_is_sent(rig: Rig) -> None:
    async def calls(mcp: Client) -> list[str]:
        return [
            text(await mcp.call_tool("sequences_list", {"limit": 0})),
            text(await mcp.call_tool("sequences_list", {"limt": 2})),
            text(await mcp.call_tool("sequences_get", {})),
            text(await mcp.call_tool("sequences_recipients_list", {"sequence_id": "s", "limit": 51})),
            text(await mcp.call_tool("sequences_add_recipients", {"sequence_id": "s", "recipients": [{"mail": "a"}]})),
        ]

    said = rig.session(calls)
    assert said[0] == "invalid argument: limit: 0 is less than the minimum of 1"
    assert said[1].startswith("invalid argument: unknown argument limt (sequences_list takes: ")
    assert said[2] == "invalid argument: 'sequence_id' is a required property"
    assert said[3] == "invalid argument: limit: 51 is greater than the maximum of 50"
    assert said[4].startswith("invalid argument: recipients[0]: ")
    assert rig.sent == []
