"""What openai-python and stripe-python users reach for: per-call options on every group's methods,
raw responses, resumable pagination in both directions, `with_options`, readable objects. Both clients,
against the fake Mixmax, asserting the request on the wire."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from conftest import Driver

from mixmax_sdk import (
    AsyncMixmax,
    InternalServerError,
    Mixmax,
    MixmaxValidationError,
    NotFoundError,
    RawResponse,
    SyncPage,
)
from mixmax_sdk.testing import FakeMixmax


@dataclass
class Sent:
    method: str
    path: str
    query: dict[str, str]
    headers: httpx.Headers
    body: bytes
    timeout: dict[str, float | None]


@dataclass
class Captured:
    requests: list[Sent] = field(default_factory=list)

    def hook(self, request: httpx.Request) -> None:
        self.requests.append(
            Sent(
                request.method,
                request.url.path.removeprefix("/v1"),
                dict(request.url.params),
                httpx.Headers(request.headers),
                request.read(),
                dict(request.extensions.get("timeout", {})),
            )
        )

    async def ahook(self, request: httpx.Request) -> None:
        self.hook(request)


@pytest.fixture
def fake() -> FakeMixmax:
    return FakeMixmax(rate_limit=None)


@pytest.fixture(params=["sync", "async"])
def made(request: pytest.FixtureRequest, fake: FakeMixmax) -> Iterator[tuple[Driver, Captured]]:
    captured = Captured()
    if request.param == "sync":
        http = httpx.Client(transport=fake.transport(), event_hooks={"request": [captured.hook]})
        client: Mixmax | AsyncMixmax = Mixmax(
            api_key=fake.demo_token, base_url="https://api.mixmax.com/v1", http_client=http, clock=fake.clock
        )
        yield Driver(client, None), captured
        return
    loop = asyncio.Runner()
    ahttp = httpx.AsyncClient(transport=fake.transport(), event_hooks={"request": [captured.ahook]})
    client = AsyncMixmax(
        api_key=fake.demo_token, base_url="https://api.mixmax.com/v1", http_client=ahttp, clock=fake.clock
    )
    yield Driver(client, loop), captured
    loop.close()


def _first(fake: FakeMixmax, collection: str) -> str:
    docs = fake.store.newest_first(collection)
    return str(docs[-1]["_id"])


def _onboarding(fake: FakeMixmax) -> str:
    return next(s["_id"] for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")


# One representative method per group: (name, call(client, fake, options), expected method, path).
Case = tuple[str, Callable[[Any, FakeMixmax, dict[str, Any]], Any], str, str]
CASES: list[Case] = [
    ("users.me", lambda c, f, o: c.users.me(**o), "GET", "/users/me"),
    ("user_preferences.get", lambda c, f, o: c.user_preferences.get(**o), "GET", "/userpreferences/me"),
    ("appointment_links.me", lambda c, f, o: c.appointment_links.me(**o), "GET", "/appointmentlinks/me"),
    ("code_snippets.create", lambda c, f, o: c.code_snippets.create(html="<pre>x</pre>", **o), "POST", "/codesnippets"),
    ("contacts.get", lambda c, f, o: c.contacts.get(_first(f, "contacts"), **o), "GET", "/contacts/{contacts}"),
    ("contact_groups.create", lambda c, f, o: c.contact_groups.create("Leads", **o), "POST", "/contactgroups"),
    ("livefeed.legacy_events", lambda c, f, o: c.livefeed.legacy_events(**o).first_page(), "GET", "/events"),
    ("file_requests.list", lambda c, f, o: c.file_requests.list(**o).first_page(), "GET", "/filerequests"),
    ("insights_reports.list", lambda c, f, o: c.insights_reports.list(**o).first_page(), "GET", "/insightsreports"),
    (
        "integrations.commands.list",
        lambda c, f, o: c.integrations.commands.list(**o).first_page(),
        "GET",
        "/integrations/commands",
    ),
    ("meeting_invites.list", lambda c, f, o: c.meeting_invites.list(**o).first_page(), "GET", "/meetinginvites"),
    ("meeting_types.list", lambda c, f, o: c.meeting_types.list(**o).first_page(), "GET", "/meetingtypes"),
    (
        "meetings.search_summaries",
        lambda c, f, o: c.meetings.search_summaries(**o).first_page(),
        "GET",
        "/meetings/summaries/search",
    ),
    (
        "messages.create",
        lambda c, f, o: c.messages.create(["ada@example.com"], subject="Hi", **o),
        "POST",
        "/messages",
    ),
    (
        "send.email",
        lambda c, f, o: c.send.email(["ada@example.com"], subject="Hi", html="<p>Hi</p>", **o),
        "POST",
        "/send",
    ),
    ("polls.list", lambda c, f, o: c.polls.list(**o).first_page(), "GET", "/polls"),
    ("qa.list", lambda c, f, o: c.qa.list(**o).first_page(), "GET", "/qa"),
    ("yes_no.list", lambda c, f, o: c.yes_no.list(**o).first_page(), "GET", "/yesno"),
    (
        "reminders.create",
        lambda c, f, o: c.reminders.create(date=datetime.datetime(2026, 1, 5, 9), description="x", **o),
        "POST",
        "/reminders",
    ),
    (
        "rules.create",
        lambda c, f, o: c.rules.create("Notify", {"type": "event", "event_name": "message:sent"}, **o),
        "POST",
        "/rules",
    ),
    ("sequences.list", lambda c, f, o: c.sequences.list(**o).first_page(), "GET", "/sequences"),
    (
        "sequences.add_recipients",
        lambda c, f, o: c.sequences.sequence(_onboarding(f)).add_recipients(["new@example.com"], **o),
        "POST",
        "/sequences/{onboarding}/recipients",
    ),
    ("sequence_folders.list", lambda c, f, o: c.sequence_folders.list(**o).first_page(), "GET", "/sequencefolders"),
    ("snippets.list", lambda c, f, o: c.snippets.list(**o).first_page(), "GET", "/snippets"),
    ("snippet_tags.create", lambda c, f, o: c.snippet_tags.create("Sales", **o), "POST", "/snippettags"),
    ("teams.list", lambda c, f, o: c.teams.list(**o).first_page(), "GET", "/teams"),
    ("unsubscribes.add", lambda c, f, o: c.unsubscribes.add("ada@example.com", **o), "POST", "/unsubscribes"),
    ("tasks.list", lambda c, f, o: c.tasks.list(**o).first_page(), "GET", "/tasks"),
    (
        "orgs.custom_domains.get",
        lambda c, f, o: c.orgs.custom_domains.get("tracking", **o),
        "GET",
        "/orgs/me/custom-domains/tracking",
    ),
]


@pytest.mark.parametrize(("name", "call", "method", "path"), CASES, ids=[c[0] for c in CASES])
def test_per_call_options_reach_the_wire(
    made: tuple[Driver, Captured], fake: FakeMixmax, name: str, call: Any, method: str, path: str
) -> None:
    d, captured = made
    options: dict[str, Any] = {
        "timeout": 7.5,
        "max_retries": 0,
        "extra_headers": {"X-Trace": "t-1"},
        "extra_query": {"trace": "q-1"},
    }
    if method != "GET":
        options["extra_body"] = {"extraField": 1}
    d(call(d.client, fake, options))
    sent = captured.requests[-1]
    expected_path = path.replace("{contacts}", _first(fake, "contacts")).replace("{onboarding}", _onboarding(fake))
    assert (sent.method, sent.path) == (method, expected_path)
    assert sent.headers["X-Trace"] == "t-1"
    assert sent.headers["X-API-Token"] == fake.demo_token
    assert sent.query["trace"] == "q-1"
    assert sent.timeout == {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}
    if method != "GET":
        assert b'"extraField": 1' in sent.body or b'"extraField":1' in sent.body


def test_without_options_the_client_defaults_apply(made: tuple[Driver, Captured]) -> None:
    d, captured = made
    d(d.client.users.me())
    sent = captured.requests[-1]
    assert sent.timeout == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert "X-Trace" not in sent.headers and sent.query == {}


def test_per_call_max_retries_overrides_the_client(made: tuple[Driver, Captured], fake: FakeMixmax) -> None:
    d, captured = made
    fake.faults.add(kind="status", status=503, times=5, path="/users/me")
    with pytest.raises(InternalServerError, match="503 GET /v1/users/me") as info:
        d(d.client.users.me(max_retries=4))
    assert type(info.value) is InternalServerError and info.value.status_code == 503
    assert len(captured.requests) == 5


def test_options_apply_to_every_page_of_a_pager(made: tuple[Driver, Captured]) -> None:
    d, captured = made
    pages = d.pages(d.client.sequences.list(limit=2, extra_query={"trace": "p"}, extra_headers={"X-Trace": "p"}))
    assert len(pages) >= 3
    assert [s.query.get("trace") for s in captured.requests] == ["p"] * len(pages)
    assert all(s.headers["X-Trace"] == "p" for s in captured.requests)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"extra_headers": {"X-API-Token": "other"}}, "pass the token as api_key=, not in extra_headers"),
        ({"extra_headers": {"x-api-token": "other"}}, "pass the token as api_key=, not in extra_headers"),
        ({"extra_headers": {"X-A": "a\r\nb"}}, "must be printable ASCII"),
        ({"extra_query": {"apiToken": "x"}}, "never in the URL"),
        ({"extra_query": {"q": object()}}, "must be a string, number, bool or a list of them"),
        ({"extra_body": {"when": datetime.datetime(2026, 1, 1)}}, "extra_body is not JSON-serialisable"),
        ({"timeout": -1}, "timeout must be a finite positive number"),
        ({"max_retries": -1}, "max_retries must be an int from 0 to 100"),
    ],
)
def test_bad_per_call_options_are_refused_before_any_request(
    made: tuple[Driver, Captured], options: dict[str, Any], message: str
) -> None:
    d, captured = made
    with pytest.raises(MixmaxValidationError, match=message.replace("(", r"\(")):
        d(d.client.users.me(**options))
    assert captured.requests == []


# ------------------------------------------------------------------------------ raw responses
def test_with_raw_response_gives_status_headers_and_the_typed_value(made: tuple[Driver, Captured]) -> None:
    d, _ = made
    raw = d(d.client.with_raw_response.users.me(extra_headers={"X-Trace": "raw"}))
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.http_response.request.headers["X-Trace"] == "raw"
    user = raw.parse()
    assert user.email == "ada@example.com" and raw.parse() is user
    assert repr(raw) == "<RawResponse [200 GET /v1/users/me]>"
    page = d(d.client.with_raw_response.sequences.list(limit=2))
    assert isinstance(page, RawResponse) and len(page.parse().results) == 2
    with pytest.raises(NotFoundError):
        d(d.client.with_raw_response.sequences.get("no-such-sequence"))


def test_rate_limit_state_is_readable() -> None:
    fake = FakeMixmax(rate_limit=120, rate_limit_headers=True)
    client = fake.client()
    client.users.me()
    state = client.rate_limit_state
    assert state is not None
    assert (state.limit, state.window, state.in_window) == (120, 60.0, 1)
    assert (state.reported_limit, state.reported_remaining) == (120, 119)
    assert fake.client(rate_limit=None).rate_limit_state is None


# ------------------------------------------------------------------------------ pagination
def test_a_saved_cursor_resumes_an_interrupted_export_with_no_item_twice(made: tuple[Driver, Captured]) -> None:
    d, _ = made
    everything = [s.id for s in d.all(d.client.sequences.list(limit=2))]
    assert len(everything) >= 5
    first = d.first(d.client.sequences.list(limit=2))
    saved = first.next
    assert isinstance(saved, str) and first.has_next
    # ... the process dies here; later, a new iteration starts from the saved cursor:
    rest = [s.id for s in d.all(d.client.sequences.list(limit=2, next=saved))]
    assert [s.id for s in first.results] + rest == everything


def test_pages_walk_forwards_and_backwards(made: tuple[Driver, Captured]) -> None:
    d, _ = made
    first = d.first(d.client.sequences.list(limit=2))
    assert isinstance(first, SyncPage) != d.is_async
    second = d(first.next_page())
    assert second is not None and second.has_previous
    back = d(second.previous_page())
    assert back is not None and [s.id for s in back.results] == [s.id for s in first.results]
    assert d(first.previous_page()) is None, "None at the start"
    last = first
    while last.has_next:
        following = d(last.next_page())
        assert following is not None
        last = following
    assert d(last.next_page()) is None, "None at the end"
    # A pager started from a `previous` cursor walks towards the start, page after page.
    before_last = [s.id for s in d.all(d.client.sequences.list(limit=2, previous=last.previous))]
    everything = [s.id for s in d.all(d.client.sequences.list(limit=2))]
    assert sorted(before_last) == sorted(everything[: len(everything) - len(last.results)])


def test_cursor_arguments_are_checked(made: tuple[Driver, Captured]) -> None:
    d, captured = made
    with pytest.raises(MixmaxValidationError, match="pass next= or previous=, not both"):
        d.client.sequences.list(next="a", previous="b")
    with pytest.raises(MixmaxValidationError, match="next must be a cursor string"):
        d.client.sequences.list(next="")
    assert captured.requests == []


def test_offset_pages_expose_the_next_offset(fake: FakeMixmax) -> None:
    seq_id = _onboarding(fake)
    client = fake.client()
    client.sequences.sequence(seq_id).add_recipients(
        [f"r{i}@example.com" for i in range(7)], allow_missing_variables=True
    )
    page = client.sequences.sequence(seq_id).recipients.list(limit=3).first_page()
    assert (page.offset, page.next_offset, len(page)) == (0, 3, 3)
    second = page.next_page()
    assert second is not None and second.offset == 3
    back = second.previous_page()
    assert back is not None and (back.offset, back.next_offset) == (0, 3)
    assert [r.id for r in back.results] == [r.id for r in page.results], "the first page again"


def test_pagers_and_pages_have_useful_reprs(made: tuple[Driver, Captured]) -> None:
    d, _ = made
    pager = d.client.sequences.list(limit=2, name="Onboarding")
    kind = "AsyncPager" if d.is_async else "SyncPager"
    assert repr(pager) == f"<{kind} GET /sequences name=Onboarding limit=2>"
    page = d.first(d.client.sequences.list(limit=2))
    kind = "AsyncPage" if d.is_async else "SyncPage"
    assert repr(page) == f"<{kind} of 2 results, has_next=True, next={page.next!r}>"


# ------------------------------------------------------------------------------ clients
def test_with_options_adds_headers_and_query_and_keeps_the_pool(made: tuple[Driver, Captured]) -> None:
    d, captured = made
    derived = d.client.with_options(default_headers={"X-Team": "ops"}, default_query={"trace": "w"}, timeout=3)
    assert derived._runner.pool is d.client._runner.pool
    d(derived.users.me())
    sent = captured.requests[-1]
    assert sent.headers["X-Team"] == "ops" and sent.query == {"trace": "w"} and sent.timeout["read"] == 3.0
    d(d.client.users.me())
    assert "X-Team" not in captured.requests[-1].headers, "the original client is unchanged"


def test_with_options_api_key_is_another_rate_budget(fake: FakeMixmax) -> None:
    _, token = fake.add_user("grace@example.com", "Grace")
    client = fake.client()
    other = client.with_options(api_key=token)
    assert other.users.me().email == "grace@example.com"
    assert client.users.me().email == "ada@example.com"
    assert other._runner.limiter is not client._runner.limiter
    with pytest.raises(MixmaxValidationError):
        client.with_options(api_key="bad key")


def test_async_close_is_awaitable() -> None:
    async def main() -> bool:
        client = AsyncMixmax(api_key="test-token-5b2f9c1e7a")
        await client.close()
        return client._runner.pool.closed

    assert asyncio.run(main())


def test_a_404_on_a_fresh_client_hints_at_the_base_url(fake: FakeMixmax) -> None:
    client = fake.client()
    with pytest.raises(NotFoundError) as info:
        client.sequences.get("abc")
    assert str(info.value).startswith("404 GET /v1/sequences/abc: ")
    assert "is base_url 'https://api.mixmax.com/v1' right?" in str(info.value)
    client.users.me()
    with pytest.raises(NotFoundError) as info:
        client.sequences.get("abc")
    assert "base_url" not in str(info.value), "once a call succeeded, a 404 is just a 404"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_user_http_client_keeps_its_default_headers_but_never_its_token(kind: str) -> None:
    seen: list[httpx.Headers] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(200, json={"_id": "u1", "email": "ada@example.com"})

    theirs = {"X-Corp-Gateway": "eu-1", "X-API-Token": "not-this-one", "User-Agent": "their-agent"}
    token = "test-token-5b2f9c1e7a"
    if kind == "sync":
        client = Mixmax(api_key=token, http_client=httpx.Client(transport=httpx.MockTransport(answer), headers=theirs))
        client.users.me()
        client.with_options(default_headers={"X-Team": "ops"}).users.me()
    else:

        async def main() -> None:
            http = httpx.AsyncClient(transport=httpx.MockTransport(answer), headers=theirs)
            client = AsyncMixmax(api_key=token, http_client=http)
            await client.users.me()
            await client.with_options(default_headers={"X-Team": "ops"}).users.me()

        asyncio.run(main())
    for headers in seen:
        assert headers["X-Corp-Gateway"] == "eu-1"
        assert headers.get_list("X-API-Token") == [token]
        assert headers["User-Agent"].startswith("mixmax-sdk-python/")
    assert "X-Team" not in seen[0] and seen[1]["X-Team"] == "ops"
