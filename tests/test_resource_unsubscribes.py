"""Unsubscribes on cassettes: the exact request on the wire and the typed result, sync and async."""

from __future__ import annotations

import datetime

import pytest
from conftest import Driver, Wire
from mixmax_openapi.types import UNSET

from mixmax_sdk import MixmaxValidationError, as_datetime


def test_list_sorts_and_follows_the_cursor(d: Driver, wire: Wire, cassette) -> None:
    with cassette("unsubscribes/list_two_pages"):
        unsubscribes = d.all(d.client.unsubscribes.list(sort="timestamp", sort_ascending=True, limit=2))
    query = {"sort": "timestamp", "sortAscending": "true", "limit": "2"}
    assert wire.lines == [
        ("GET", "/unsubscribes", query),
        ("GET", "/unsubscribes", {**query, "next": "eyJ0aW1lc3RhbXAiOjE0NzgwMDAwMDAwMDB9"}),
    ]
    assert [u.email for u in unsubscribes] == ["linus@example.com", "ken@example.com", "barbara@example.com"]
    linus, ken, barbara = unsubscribes
    assert (linus.id, linus.name, linus.message_id) == (
        "5d0a1b2c3d4e5f6071829301",
        "Linus Torvalds",
        "lAh716dny9EiTzt2E",
    )
    assert linus.timestamp == 1477941647790 and linus.team_id is UNSET
    assert ken.team_id == "5815495f8447b9058a310438" and ken.user_id == "pQrS2345TuVw6789X"
    # timestamp comes as epoch ms or as an ISO string; as_datetime reads both.
    assert barbara.timestamp == "2016-11-02T09:30:00.000Z" and barbara.name is UNSET
    assert [as_datetime(u.timestamp) for u in unsubscribes] == [
        datetime.datetime(2016, 10, 31, 19, 20, 47, 790000, tzinfo=datetime.UTC),
        datetime.datetime(2016, 11, 1, 11, 33, 20, tzinfo=datetime.UTC),
        datetime.datetime(2016, 11, 2, 9, 30, tzinfo=datetime.UTC),
    ]


def test_add_then_remove_send_the_address_in_a_json_body(d: Driver, wire: Wire, cassette) -> None:
    with cassette("unsubscribes/add_remove"):
        assert d(d.client.unsubscribes.add("grace@example.com")) is None  # 200, empty body
        assert d(d.client.unsubscribes.remove("grace@example.com")) is None  # 204
    assert wire.lines == [("POST", "/unsubscribes", {}), ("DELETE", "/unsubscribes", {})]
    assert [r.json for r in wire.requests] == [{"email": "grace@example.com"}, {"email": "grace@example.com"}]
    assert wire.last.headers["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.unsubscribes.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.unsubscribes.list(limit=301), "limit must be an int from 1 to 300"),
        (lambda c: c.unsubscribes.list(sort_ascending="true"), "sort_ascending must be a bool"),
        (lambda c: c.unsubscribes.list(sort=1), "sort must be a string"),
        (lambda c: c.unsubscribes.add("grace"), "email is not a valid email address"),
        (lambda c: c.unsubscribes.add(None), "email is not a valid email address"),
        (lambda c: c.unsubscribes.remove(""), "email is not a valid email address"),
        (lambda c: c.unsubscribes.remove(["grace@example.com"]), "email is not a valid email address"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
