"""Organisation custom domains on cassettes (npm-wrapper parity), sync and async."""

from __future__ import annotations

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError


def test_get_returns_the_domain_and_none_on_204(d: Driver, wire: Wire, cassette) -> None:
    domains = d.client.orgs.custom_domains
    with cassette("orgs/custom_domains_get"):
        calendar = d(domains.get("calendar"))
        tracking = d(domains.get("tracking"))  # 204: no tracking domain set
    assert wire.lines == [
        ("GET", "/orgs/me/custom-domains/calendar", {}),
        ("GET", "/orgs/me/custom-domains/tracking", {}),
    ]
    assert [r.json for r in wire.requests] == [None, None]
    assert calendar is not None and calendar.domain == "meet.example.com"
    assert tracking is None


def test_set_posts_the_domain_and_accepts_201_and_200(d: Driver, wire: Wire, cassette) -> None:
    domains = d.client.orgs.custom_domains
    with cassette("orgs/custom_domains_set"):
        tracking = d(domains.set("tracking", "links.example.com"))  # 201: the npm wrapper's only success
        calendar = d(domains.set("calendar", "meet.example.com"))  # 200, no body: the npm wrapper threw here
    assert wire.lines == [
        ("POST", "/orgs/me/custom-domains/tracking", {}),
        ("POST", "/orgs/me/custom-domains/calendar", {}),
    ]
    assert [r.json for r in wire.requests] == [{"domain": "links.example.com"}, {"domain": "meet.example.com"}]
    assert wire.last.headers["Content-Type"] == "application/json"
    assert tracking is not None and tracking.domain == "links.example.com"
    assert calendar is None


def test_delete_accepts_204_and_200(d: Driver, wire: Wire, cassette) -> None:
    domains = d.client.orgs.custom_domains
    with cassette("orgs/custom_domains_delete"):
        assert d(domains.delete("tracking")) is None  # 204
        assert d(domains.delete("calendar")) is None  # 200 with a body, ignored
    assert wire.lines == [
        ("DELETE", "/orgs/me/custom-domains/tracking", {}),
        ("DELETE", "/orgs/me/custom-domains/calendar", {}),
    ]
    assert [r.json for r in wire.requests] == [None, None]


def test_custom_domains_is_a_sub_resource_that_sends_nothing(d: Driver, wire: Wire) -> None:
    orgs = d.client.orgs
    assert orgs.custom_domains is orgs.custom_domains
    assert type(orgs.custom_domains).__name__ == "CustomDomains"
    assert wire.requests == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        # `type` is checked locally, like the npm wrapper does: only these two values, exactly.
        (lambda c: c.orgs.custom_domains.get("Calendar"), "type must be one of 'calendar', 'tracking'"),
        (lambda c: c.orgs.custom_domains.get(""), "type must be one of 'calendar', 'tracking', not ''"),
        (lambda c: c.orgs.custom_domains.get(None), "type must be one of"),
        (lambda c: c.orgs.custom_domains.get("../users/me"), "not '../users/me'"),
        (lambda c: c.orgs.custom_domains.delete("tracking "), "type must be one of"),
        (lambda c: c.orgs.custom_domains.delete("email"), "type must be one of"),
        (lambda c: c.orgs.custom_domains.set("links", "links.example.com"), "type must be one of"),
        (lambda c: c.orgs.custom_domains.set("bogus", ""), "type must be one of"),  # type is checked first
        (lambda c: c.orgs.custom_domains.set("tracking", ""), "domain must not be empty"),
        (lambda c: c.orgs.custom_domains.set("tracking", "   "), "domain must not be empty"),
        (lambda c: c.orgs.custom_domains.set("tracking", None), "domain must be a string, not NoneType"),
        (lambda c: c.orgs.custom_domains.set("calendar", 42), "domain must be a string, not int"),
        (lambda c: c.orgs.custom_domains.set("tracking", "https://links.example.com"), "bare DNS name"),
        (lambda c: c.orgs.custom_domains.set("tracking", "links example.com"), "bare DNS name"),
        (lambda c: c.orgs.custom_domains.set("tracking", "links.example.com/x"), "bare DNS name"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
