"""Sequences on cassettes: the exact request on the wire and the typed result, sync and async."""

from __future__ import annotations

import datetime

import pytest
from conftest import TEST_TOKEN, Driver, Wire

from mixmax_sdk import MixmaxValidationError, Page, as_datetime
from mixmax_sdk._runner import USER_AGENT

SEQ = "5815495f8447b9058a310430"


def test_list_follows_cursors_until_has_next_is_false(d: Driver, wire: Wire, cassette) -> None:
    with cassette("sequences/list_three_pages"):
        sequences = d.all(d.client.sequences.list(name="Onboarding", limit=2))
    assert [s.name for s in sequences] == [
        "Onboarding",
        "Onboarding EU",
        "Onboarding APAC",
        "Onboarding (old)",
        "Onboarding 2015",
    ]
    # The third page still carries a `next` cursor: hasNext=false is what stops the pager.
    assert wire.lines == [
        ("GET", "/sequences", {"limit": "2", "name": "Onboarding"}),
        ("GET", "/sequences", {"limit": "2", "name": "Onboarding", "next": "eyJfaWQiOiI1ODE1In0"}),
        ("GET", "/sequences", {"limit": "2", "name": "Onboarding", "next": "eyJfaWQiOiI1ODEzIn0/+="}),
    ]
    first = sequences[0]
    assert first.id == SEQ
    assert as_datetime(first.created_at) == datetime.datetime(2016, 10, 30, 1, 14, 7, 790000, tzinfo=datetime.UTC)
    assert first.variables == ["Email", "First name"]


def test_every_request_carries_auth_and_identity_headers(d: Driver, wire: Wire, cassette) -> None:
    with cassette("sequences/list_three_pages"):
        d.all(d.client.sequences.list(name="Onboarding", limit=2))
    for request in wire.requests:
        assert request.headers["X-API-Token"] == TEST_TOKEN
        assert request.headers["Accept"] == "application/json"
        assert request.headers["User-Agent"] == USER_AGENT
        assert "apiToken" not in request.query
        assert request.json is None


def test_first_page_and_iter_pages(d: Driver, wire: Wire, cassette) -> None:
    with cassette("sequences/list_three_pages") as tape:
        page = d.first(d.client.sequences.list(name="Onboarding", limit=2))
        tape.rewind()  # the rest of the cassette is for iter_pages below
        assert isinstance(page, Page)
        assert (page.has_next, page.next, page.previous, page.has_previous) == (
            True,
            "eyJfaWQiOiI1ODE1In0",
            None,
            False,
        )
        assert len(page) == 2 and len(wire.requests) == 1, "first_page() fetches one page only"
        pages = d.pages(d.client.sequences.list(name="Onboarding", limit=2))
    assert [len(p) for p in pages] == [2, 2, 1]
    assert pages[-1].has_next is False and pages[-1].next == "eyJfaWQiOiI1ODEyIn0"
    assert len(wire.requests) == 4


def test_get_with_expand_returns_typed_sequence_and_keeps_unknown_fields(d: Driver, wire: Wire, cassette) -> None:
    with cassette("sequences/get"):
        sequence = d(d.client.sequences.get(SEQ, expand=["stages"]))
    assert wire.lines == [("GET", f"/sequences/{SEQ}", {"expand": "stages"})]
    assert sequence.stages[0].subject == "Welcome"
    assert sequence.bcc[0].email == "crm@example.com" and sequence.bcc[0].name is None
    assert sequence["archived"] is False
    assert as_datetime(sequence.updated_at) == datetime.datetime(2016, 10, 31, 10, 0, tzinfo=datetime.UTC)


def test_handle_get_sends_the_same_request(d: Driver, wire: Wire, cassette) -> None:
    handle = d.client.sequences.sequence(SEQ)
    assert wire.requests == [], "a handle sends nothing"
    with cassette("sequences/get"):
        sequence = d(handle.get(expand="stages"))
    assert sequence.name == "Onboarding"
    assert wire.lines == [("GET", f"/sequences/{SEQ}", {"expand": "stages"})]


def test_add_recipients_sends_every_option_and_reports_per_recipient(d: Driver, wire: Wire, cassette) -> None:
    with cassette("sequences/add_recipients"):
        result = d(
            d.client.sequences.sequence(SEQ).add_recipients(
                [
                    {"email": "ada@example.com", "variables": {"First name": "Ada"}},
                    {"email": "grace@example.com", "scheduled_at": False},
                    {"email": "bob@example.com"},
                    "linus@example.com",
                ],
                scheduled_at=datetime.datetime(2023, 11, 14, 22, 13, 20),  # naive = UTC
                enrich=True,
                allow_missing_variables=False,  # False is sent as false; None (the default) sends nothing
            )
        )
    assert wire.last.method == "POST" and wire.last.path == f"/sequences/{SEQ}/recipients"
    assert wire.last.headers["Content-Type"] == "application/json"
    assert wire.last.json == {
        "recipients": [
            {"email": "ada@example.com", "variables": {"First name": "Ada"}},
            {"email": "grace@example.com", "scheduledAt": False},
            {"email": "bob@example.com"},
            {"email": "linus@example.com"},
        ],
        "scheduledAt": 1700000000000,
        "enrich": True,
        "allowMissingVariables": False,
    }
    assert [r.email for r in result.succeeded] == ["ada@example.com"]
    assert [r.email for r in result.duplicated] == ["grace@example.com"]
    assert [r.email for r in result.unsubscribed] == ["linus@example.com"]
    assert [(r.email, r.status) for r in result.failed] == [
        ("bob@example.com", "error"),
        ("linus@example.com", "unsubscribed"),
    ]
    assert result.failed[0].errors == ["Missing variable: First name"]
    assert len(result) == 4


def test_cancel_some_then_all(d: Driver, wire: Wire, cassette) -> None:
    seq = d.client.sequences.sequence(SEQ)
    with cassette("sequences/cancel"):
        assert d(seq.cancel(["ada@example.com"])) == ["ada@example.com"]
        assert d(seq.cancel()) == ["grace@example.com", "linus@example.com"]
    assert [r.json for r in wire.requests] == [{"emails": ["ada@example.com"]}, {}]


def test_pause_and_resume_accept_any_2xx(d: Driver, wire: Wire, cassette) -> None:
    seq = d.client.sequences.sequence(SEQ)
    with cassette("sequences/pause_resume"):
        assert d(seq.pause()) is None  # 200, empty body
        assert d(seq.resume()) is None  # 204: the npm wrapper threw here
    assert wire.lines == [("POST", f"/sequences/{SEQ}/pause", {}), ("POST", f"/sequences/{SEQ}/resume", {})]
    assert [r.json for r in wire.requests] == [None, None]


def test_recipients_offset_pagination_over_three_pages(d: Driver, wire: Wire, cassette) -> None:
    with cassette("sequences/recipients_three_pages"):
        recipients = d.all(d.client.sequences.sequence(SEQ).recipients.list(include_variables=True, limit=2))
    assert [r.to.email for r in recipients] == [
        "ada@example.com",
        "grace@example.com",
        "linus@example.com",
        "ken@example.com",
        "barbara@example.com",
    ]
    assert [q for _, _, q in wire.lines] == [
        {"limit": "2", "offset": "0", "includeVariables": "true"},
        {"limit": "2", "offset": "2", "includeVariables": "true"},
        {"limit": "2", "offset": "4", "includeVariables": "true"},
    ]
    assert recipients[0].variables["First name"] == "Ada"
    assert recipients[0].created_at == 1477855247790
    assert recipients[0].stages[0].opens == 2


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.sequences.sequence(""), "sequence_id must not be empty"),
        (lambda c: c.sequences.get(42), "sequence_id must be a string"),
        (lambda c: c.sequences.list(limit=301), "limit must be an int from 1 to 300"),
        (lambda c: c.sequences.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.sequences.sequence("s").recipients.list(limit=51), "limit must be an int from 1 to 50"),
        (lambda c: c.sequences.sequence("s").recipients.list(offset=10_000), "offset must be an int from 0 to 9999"),
        (lambda c: c.sequences.sequence("s").add_recipients([]), "recipients is empty"),
        (lambda c: c.sequences.sequence("s").add_recipients("a@x.com"), "not a single one"),
        (lambda c: c.sequences.sequence("s").add_recipients([{"name": "A"}]), "recipients[0] has unknown keys"),
        (lambda c: c.sequences.sequence("s").add_recipients([{}]), "recipients[0] has no email"),
        (lambda c: c.sequences.sequence("s").add_recipients(["not an email"]), "not a valid email address"),
        (
            lambda c: c.sequences.sequence("s").add_recipients([{"email": "a@x.com", "scheduledAt": 1}]),
            "(use scheduled_at)",
        ),
        (
            lambda c: c.sequences.sequence("s").add_recipients([{"email": "a@x.com", "variables": {"n": 1}}]),
            "must map variable names to strings",
        ),
        (lambda c: c.sequences.sequence("s").add_recipients(["a@x.com"], scheduled_at=True), "not True"),
        (lambda c: c.sequences.sequence("s").add_recipients(["a@x.com"], scheduled_at="now"), "must be a datetime"),
        (
            lambda c: c.sequences.sequence("s").add_recipients(["a@x.com"], scheduled_at=1_700_000_000),
            "looks like seconds",
        ),
        (lambda c: c.sequences.sequence("s").add_recipients(["a@x.com"], enrich="yes"), "enrich must be a bool"),
        (lambda c: c.sequences.sequence("s").cancel([]), "emails is empty"),
        (lambda c: c.sequences.cancel_everywhere(["nope"]), "not a valid email address"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
