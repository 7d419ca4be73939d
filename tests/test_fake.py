"""The fake Mixmax's documented semantics, each asserted (in-process, on a controlled clock)."""

from __future__ import annotations

import datetime
import subprocess
import sys
from typing import Any

import httpx
import pytest
from conftest import ROOT, iter_operations, load_spec
from mixmax_openapi.models import SequenceShared, ShareGrant

from mixmax_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BulkAddError,
    InternalServerError,
    Mixmax,
    NotFoundError,
    RateLimitError,
    as_datetime,
)
from mixmax_sdk.testing import FakeMixmax, Fault
from mixmax_sdk.testing._handlers import classify
from mixmax_sdk.testing._spec import routes

BASE = "https://api.mixmax.com/v1"


@pytest.fixture
def fake() -> FakeMixmax:
    return FakeMixmax()


@pytest.fixture
def http(fake: FakeMixmax) -> httpx.Client:
    """Raw httpx on the fake, for protocol-level assertions the SDK would hide."""
    return httpx.Client(transport=fake.transport(), base_url=BASE, headers={"X-API-Token": fake.demo_token})


@pytest.fixture
def client(fake: FakeMixmax) -> Mixmax:
    return fake.client()


def onboarding(fake: FakeMixmax) -> dict[str, Any]:
    return next(s for s in fake.store.newest_first("sequences") if s["name"] == "Onboarding")


# ------------------------------------------------------------------------------------ coverage
def test_every_operation_of_the_spec_has_behaviour() -> None:
    from mixmax_sdk.testing._behaviour import SPECIAL

    spec_ops = {op["operationId"] for _, _, op in iter_operations(load_spec())}
    assert {r.operation_id for r in routes()} == spec_ops
    missing = [r.operation_id for r in routes() if r.operation_id not in SPECIAL and classify(r) is None]
    assert missing == []
    assert set(SPECIAL) <= spec_ops, "no behaviour for an operation the spec does not have"


# ------------------------------------------------------------------------------------ auth, 404
def test_missing_and_unknown_tokens_answer_401_with_the_real_message_shape(fake: FakeMixmax) -> None:
    bare = httpx.Client(transport=fake.transport(), base_url=BASE)
    missing = bare.get("/users/me")
    assert missing.status_code == 401
    assert set(missing.json()) == {"message"}
    assert missing.json()["message"].startswith("No API token provided; please visit https://app.mixmax.com")
    unknown = bare.get("/users/me", headers={"X-API-Token": "nope"})
    assert unknown.status_code == 401 and set(unknown.json()) == {"message"}
    via_query = bare.get("/users/me", params={"apiToken": fake.demo_token})
    assert via_query.status_code == 200 and via_query.json()["email"] == "ada@example.com"
    with pytest.raises(AuthenticationError, match="Invalid API token"):
        Mixmax(api_key="wrong", http_client=httpx.Client(transport=fake.transport())).users.me()


def test_unknown_ids_and_paths_answer_404_message(http: httpx.Client, client: Mixmax) -> None:
    for path in ("/sequences/nope", "/contacts/nope/notes", "/no/such/endpoint", "/teams/nope/members"):
        response = http.get(path)
        assert response.status_code == 404, path
        assert response.json() == {"message": "Not found. Looking for an API that we don't provide? Let us know..."}
    with pytest.raises(NotFoundError):
        client.sequences.get("nope")
    assert http.request("PUT", "/users/me").status_code == 405


# ------------------------------------------------------------------------------------ pagination
def test_cursor_pagination_defaults_limits_order_and_cursors(fake: FakeMixmax, http: httpx.Client) -> None:
    fake.rate_limit = None
    for i in range(120):
        http.post("/contacts", json={"email": f"person{i:03d}@example.com", "name": f"Person {i}"})
    first = http.get("/contacts").json()
    assert len(first["results"]) == 50, "limit defaults to 50"
    assert first["results"][0]["email"] == "person119@example.com", "newest first"
    assert first["hasNext"] is True and first["hasPrevious"] is False
    second = http.get("/contacts", params={"limit": 50, "next": first["next"]}).json()
    assert second["results"][0]["email"] == "person069@example.com"
    assert second["hasPrevious"] is True
    back = http.get("/contacts", params={"limit": 50, "previous": second["previous"]}).json()
    assert [c["_id"] for c in back["results"]] == [c["_id"] for c in first["results"]]
    everything = http.get("/contacts", params={"limit": 300}).json()
    assert len(everything["results"]) == 123 and everything["hasNext"] is False
    assert everything["next"], "next is sent even on the last page: clients must stop on hasNext"
    assert http.get("/contacts", params={"limit": 301}).status_code == 400
    assert http.get("/contacts", params={"limit": 0}).status_code == 400
    assert http.get("/contacts", params={"next": "garbage!"}).status_code == 400


def test_sdk_walks_every_cursor_page_of_the_fake(fake: FakeMixmax, client: Mixmax) -> None:
    names = [s.name for s in client.sequences.list(limit=2)]
    assert len(names) == 7 and names[-1] == "Onboarding"
    assert len(fake.requests_to("GET", "/sequences")) == 4


def test_demo_sequences_carry_the_real_apis_alternative_shapes(client: Mixmax) -> None:
    """The seed mixes the shapes the real API sends (openapi/EVIDENCE.md), and the SDK reads each."""
    by_name = {s.name: s for s in client.sequences.list()}
    onboarding, renewal, webinar, trial = (
        by_name[n] for n in ("Onboarding", "Renewal reminder", "Webinar follow-up", "Trial nurture")
    )
    assert onboarding.created_at == "2025-01-01T00:00:00.000Z" and renewal.created_at == 1_735_776_000_000
    assert as_datetime(renewal.created_at) == datetime.datetime(2025, 1, 2, tzinfo=datetime.UTC)
    assert (webinar.cc, webinar.bcc, webinar.team_ids) == (None, None, None) and onboarding.cc == []
    assert isinstance(onboarding.shared, SequenceShared) and renewal.shared is True and trial.shared is None
    (grant,) = webinar.shared
    assert isinstance(grant, ShareGrant) and (grant.user_email, grant.confirmed) == ("grace@example.com", True)
    (message,) = client.livefeed.list()
    assert message.include_in_team_live_feed == 1 and message.show_content_team_feed is False


def test_salesforce_lookup_finds_contacts_with_a_salesforce_id(fake: FakeMixmax, http: httpx.Client) -> None:
    contact = next(c for c in fake.store.newest_first("contacts") if c["email"] == "ken@example.com")
    contact["salesforceId"] = "00Q1I000001zqZ1UAI"
    found = http.get("/salesforce/contactOrLead", params={"email": "KEN@example.com"}).json()
    assert found["lead"] == {"Id": "00Q1I000001zqZ1UAI", "Email": "ken@example.com", "type": "Lead"}
    assert (found["contact"], found["account"], found["opportunities"]) == (None, None, [])
    nobody = http.get("/salesforce/contactOrLead", params={"email": "nobody@example.com"}).json()
    assert nobody["lead"] is None and nobody["openTasks"] == {"tasks": [], "hasMore": False, "listLink": None}
    assert http.get("/salesforce/contactOrLead").status_code == 400


def test_a_body_never_sets_a_field_the_server_owns(fake: FakeMixmax, http: httpx.Client) -> None:
    """A contact's `timestamp`, `usedCount`, `userId` are declared by the answer, not by the request
    body: a body that sends them (of any type) is answered with the server's own, on create, on a
    create merged into an existing contact, and on update. Unknown fields are kept as sent."""
    owned = {"timestamp": [256, None, None], "usedCount": "many", "userId": "someone-else", "locked": "no"}
    made = http.post("/contacts", json={"email": "new@example.com", **owned, "extra": [1]}).json()
    assert made["timestamp"] == fake.now_ms() and made["userId"] == fake.tokens[fake.demo_token]
    assert "usedCount" not in made and "locked" not in made and made["extra"] == [1]
    merged = http.post("/contacts", json={"email": "new@example.com", **owned}).json()
    updated = http.patch(f"/contacts/{made['_id']}", json={"name": "New", **owned}).json()
    stored = fake.store.get("contacts", made["_id"])
    assert merged == {**made} and updated == {**made, "name": "New"} == stored


def test_recipients_offset_pagination_bare_array_and_window(fake: FakeMixmax, http: httpx.Client) -> None:
    seq = onboarding(fake)
    path = f"/sequences/{seq['_id']}/recipients"
    http.post(
        path, json={"recipients": [{"email": f"r{i}@example.com", "variables": {"First name": "R"}} for i in range(60)]}
    )
    page = http.get(path).json()
    assert isinstance(page, list) and len(page) == 50, "a bare array, 50 by default"
    assert "variables" not in page[0]
    rest = http.get(path, params={"offset": 50, "limit": 50, "includeVariables": "true"}).json()
    assert len(rest) == 11 and rest[0]["variables"] == {"First name": "R"}
    assert http.get(path, params={"limit": 51}).status_code == 400
    assert http.get(path, params={"offset": 9999, "limit": 2}).status_code == 400
    assert http.get(path, params={"offset": 9999, "limit": 1}).json() == []


# ------------------------------------------------------------------------------------ sequences
def test_add_recipients_statuses(fake: FakeMixmax, client: Mixmax) -> None:
    seq = client.sequences.sequence(onboarding(fake)["_id"])
    result = seq.add_recipients(
        [
            {"email": "new@example.com", "variables": {"First name": "New"}},
            {"email": "grace@example.com", "variables": {"First name": "G"}},  # seeded: already in
            {"email": "Grace@example.com", "variables": {"First name": "G"}},  # case-sensitive: a new one
            {"email": "unsubscribed@example.com", "variables": {"First name": "U"}},
            {"email": "novars@example.com"},
        ]
    )
    assert [(r.email, r.status) for r in result] == [
        ("new@example.com", "success"),
        ("grace@example.com", "duplicated"),
        ("Grace@example.com", "success"),
        ("unsubscribed@example.com", "unsubscribed"),
        ("novars@example.com", "error"),
    ]
    assert result.recipients[4].errors == ["Missing variable: First name"]
    again = seq.add_recipients(["novars@example.com"], allow_missing_variables=True)
    assert again.recipients[0].status == "success"


def test_invalid_address_is_a_per_recipient_error_on_the_wire(fake: FakeMixmax, http: httpx.Client) -> None:
    seq = onboarding(fake)
    answer = http.post(f"/sequences/{seq['_id']}/recipients", json={"recipients": [{"email": "not-an-address"}]})
    assert answer.status_code == 200
    assert answer.json() == {
        "recipients": [{"email": "not-an-address", "status": "error", "errors": ["Invalid email address"]}]
    }


def test_enrich_fills_variables_from_contacts(fake: FakeMixmax, client: Mixmax) -> None:
    seq = client.sequences.sequence(onboarding(fake)["_id"])
    assert seq.add_recipients(["linus@example.com"]).recipients[0].status == "error"
    assert seq.add_recipients(["linus@example.com"], enrich=True).recipients[0].status == "success"
    stored = [r for r in fake.sequence_recipients(seq.id) if r["email"] == "linus@example.com"]
    assert stored[0]["variables"]["First name"] == "Linus"


def test_drafts_are_not_listed_and_cancel_exits(fake: FakeMixmax, client: Mixmax) -> None:
    seq = client.sequences.sequence(onboarding(fake)["_id"])
    seq.add_recipients([{"email": "draft@example.com", "variables": {"First name": "D"}}], scheduled_at=False)
    seq.add_recipients(
        [
            {"email": "a@example.com", "variables": {"First name": "A"}},
            {"email": "b@example.com", "variables": {"First name": "B"}, "scheduled_at": False},
        ]
    )
    listed = [r.email for r in seq.recipients.list()]
    assert listed == ["grace@example.com", "a@example.com"]
    assert [r["email"] for r in fake.sequence_recipients(seq.id, state="draft")] == [
        "draft@example.com",
        "b@example.com",
    ]
    assert seq.cancel(["a@example.com", "nobody@example.com"]) == ["a@example.com"]
    assert seq.cancel() == ["grace@example.com"]
    assert [r.email for r in seq.recipients.list()] == []
    assert (
        seq.add_recipients([{"email": "a@example.com", "variables": {"First name": "A"}}]).recipients[0].status
        == "duplicated"
    ), "an exited recipient is still in the sequence"


def test_cancel_everywhere_pause_resume(fake: FakeMixmax, client: Mixmax) -> None:
    seq_id = onboarding(fake)["_id"]
    assert client.sequences.cancel_everywhere(["grace@example.com"]) == ["grace@example.com"]
    client.sequences.sequence(seq_id).pause()
    assert fake.store.get("sequences", seq_id)["paused"] is True
    client.sequences.sequence(seq_id).resume()
    assert fake.store.get("sequences", seq_id)["paused"] is False


# ------------------------------------------------------------------------------------ rate limit
def test_rate_limit_is_a_sliding_60_second_window_per_token(fake: FakeMixmax, http: httpx.Client) -> None:
    for _ in range(60):
        assert http.get("/users/me").status_code == 200
    fake.clock.advance(30)
    for _ in range(60):
        assert http.get("/users/me").status_code == 200
    limited = http.get("/users/me")
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "30", "seconds until the oldest request leaves the window"
    assert "Rate limit" in limited.json()["message"]
    other = http.get("/users/me", headers={"X-API-Token": "demo-token-grace"})
    assert other.status_code == 200, "the window is per token"
    fake.clock.advance(29.5)
    assert http.get("/users/me").status_code == 429
    fake.clock.advance(0.5)
    for _ in range(60):  # the first 60 have left the window; the 60 from t=30 still count
        assert http.get("/users/me").status_code == 200
    assert http.get("/users/me").status_code == 429


def test_rate_limit_surfaces_as_rate_limit_error(fake: FakeMixmax) -> None:
    client = fake.client(max_retries=0)
    fake.rate_limit = 2
    client.users.me()
    client.users.me()
    with pytest.raises(RateLimitError) as info:
        client.users.me()
    assert info.value.retry_after == 60.0


def test_rate_limit_headers_are_optional(fake: FakeMixmax, http: httpx.Client) -> None:
    assert "x-ratelimit-limit" not in http.get("/users/me").headers
    fake.rate_limit_headers = True
    headers = http.get("/users/me").headers
    assert (headers["x-ratelimit-limit"], headers["x-ratelimit-remaining"]) == ("120", "118")


# ------------------------------------------------------------------------------------ faults
def test_fault_status_for_next_n_matching_requests(fake: FakeMixmax, client: Mixmax) -> None:
    fake.faults.add(Fault(kind="status", status=503, times=2, method="GET", path="/sequences"))
    client = fake.client(max_retries=0)
    client.users.me()  # does not match
    for _ in range(2):
        with pytest.raises(InternalServerError):
            client.sequences.list().first_page()
    assert client.sequences.list().first_page().results
    assert fake.faults.pending == 0 and fake.faults.injected == 2


def test_fault_kinds(fake: FakeMixmax) -> None:
    client = fake.client(max_retries=0, timeout=5.0)
    fake.faults.add(kind="html", path="/users/me")
    with pytest.raises(InternalServerError) as info:
        client.users.me()
    assert info.value.status_code == 502 and "<html>" in info.value.body
    fake.faults.add(kind="truncated", path="/users/me", after_processing=True)
    with pytest.raises(APIResponseValidationError):
        client.users.me()
    fake.faults.add(kind="drop", path="/users/me")
    with pytest.raises(APIConnectionError):
        client.users.me()
    fake.faults.add(kind="refuse", path="/users/me")
    with pytest.raises(APIConnectionError):
        client.users.me()
    before = fake.clock.now()
    fake.faults.add(kind="delay", delay=30.0, path="/users/me")
    with pytest.raises(APITimeoutError):
        client.users.me()
    assert fake.clock.now() - before == 5.0, "the fake's clock moves by the client's read timeout"
    fake.faults.add(kind="delay", delay=1.0, path="/users/me")
    assert client.users.me().name == "Ada Lovelace"
    fake.faults.add(kind="status", status=429, headers={"Retry-After": "3"}, body={"message": "slow down"})
    with pytest.raises(RateLimitError) as limited:
        client.users.me()
    assert limited.value.retry_after == 3.0 and limited.value.message == "slow down"
    assert [s.status for s in fake.served[-7:]] == [502, 200, None, None, 200, 200, 429]


def test_fault_after_processing_changes_state_before_failing(fake: FakeMixmax) -> None:
    client = fake.client(max_retries=0)
    seq = client.sequences.sequence(onboarding(fake)["_id"])
    fake.faults.add(kind="status", status=504, after_processing=True, method="POST", path="/sequences/*/recipients")
    # A request of add_recipients that finally fails raises BulkAddError, the cause in `.error`.
    with pytest.raises(BulkAddError) as info:
        seq.add_recipients([{"email": "x@example.com", "variables": {"First name": "X"}}])
    assert type(info.value.error) is InternalServerError
    assert [(r.email, r.status) for r in info.value.result.unconfirmed] == [("x@example.com", "error")]
    assert "x@example.com" in [r["email"] for r in fake.sequence_recipients(seq.id)]
    again = seq.add_recipients([{"email": "x@example.com", "variables": {"First name": "X"}}])
    assert again.recipients[0].status == "duplicated"


def test_a_fault_needs_at_least_one_use(fake: FakeMixmax) -> None:
    with pytest.raises(ValueError, match="times must be >= 1"):
        fake.faults.add(kind="status", times=0)


# ------------------------------------------------------------------------------------ ways in
def test_pytest_plugin_fixture_as_a_user_would_use_it(mixmax_fake: FakeMixmax) -> None:
    with mixmax_fake.client() as client:
        assert client.users.me().email == "ada@example.com"
        assert {s.name for s in client.sequences.list()} >= {"Onboarding", "Win-back"}


def test_over_real_http_on_loopback(fake: FakeMixmax) -> None:
    with fake.serve() as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        with Mixmax(api_key=fake.demo_token, base_url=server.base_url, max_retries=0) as client:
            assert client.users.me().name == "Ada Lovelace"
            assert len(list(client.sequences.list(limit=2))) == 7
            with pytest.raises(NotFoundError):
                client.sequences.get("missing")
            with pytest.raises(BadRequestError):
                client.request("GET", "/contacts", params={"limit": 1000})
            fake.faults.add(kind="drop", path="/users/me")
            with pytest.raises(APIConnectionError):
                client.users.me()


def test_add_recipients_and_retries_end_to_end_over_http(fake: FakeMixmax) -> None:
    with fake.serve() as server, Mixmax(api_key=fake.demo_token, base_url=server.base_url, clock=fake.clock) as client:
        seq = client.sequences.sequence(onboarding(fake)["_id"])
        fake.faults.add(kind="drop", after_processing=True, method="POST", path="/sequences/*/recipients")
        result = seq.add_recipients(
            [{"email": "http@example.com", "variables": {"First name": "H"}}, "grace@example.com"]
        )
        assert result.after_ambiguous_retry
        assert [r.email for r in result.added_by_earlier_attempt] == ["http@example.com", "grace@example.com"]
        assert [r["email"] for r in fake.sequence_recipients(seq.id)].count("http@example.com") == 1
        assert [r.email for r in seq.recipients.list(limit=1)] == ["grace@example.com", "http@example.com"]


def test_async_client_end_to_end_over_http(fake: FakeMixmax) -> None:
    import asyncio

    from mixmax_sdk import AsyncMixmax

    async def main(base_url: str) -> None:
        async with AsyncMixmax(api_key=fake.demo_token, base_url=base_url, clock=fake.clock) as client:
            assert (await client.users.me()).email == "ada@example.com"
            assert len([s async for s in client.sequences.list(limit=3)]) == 7
            with pytest.raises(NotFoundError):
                await client.sequences.get("missing")
            seq = client.sequences.sequence(onboarding(fake)["_id"])
            result = await seq.add_recipients([{"email": "async@example.com", "variables": {"First name": "A"}}])
            assert [r.status for r in result] == ["success"]

    with fake.serve() as server:
        asyncio.run(main(server.base_url))


def test_command_line_prints_base_url_and_demo_token() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "mixmax_sdk.testing", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        first, second = process.stdout.readline(), process.stdout.readline()
        assert first.startswith("Fake Mixmax serving at http://127.0.0.1:") and first.rstrip().endswith("/v1")
        assert second.strip() == "Demo token: demo-token-not-secret"
        base_url = first.split(" at ")[1].strip()
        with Mixmax(api_key="demo-token-not-secret", base_url=base_url) as client:
            assert client.users.me().email == "ada@example.com"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_demo_runs_and_prints_every_section() -> None:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("MIXMAX_")}
    out = subprocess.run(
        [sys.executable, "examples/quickstart.py"], capture_output=True, text=True, env=env, check=True, cwd=str(ROOT)
    )
    for section in (
        "-- Who am I",
        "-- Sequences, 3 per page",
        "page 3:",
        "-- Add recipients",
        "success",
        "duplicated",
        "Missing variable",
        "refused before any request",
        "-- The sequence's recipients",
        "marie@example.com",
        "Done.",
    ):
        assert section in out.stdout, section
