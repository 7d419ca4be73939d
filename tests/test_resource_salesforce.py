"""Salesforce lookups on cassettes: the exact request on the wire and the typed result, sync, async and raw."""

from __future__ import annotations

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError


def test_contact_or_lead_sends_the_email_and_returns_the_records(d: Driver, wire: Wire, cassette) -> None:
    with cassette("salesforce/contact_or_lead"):
        found = d(d.client.salesforce.contact_or_lead(email="ada@example.com"))
        nothing = d(d.client.salesforce.contact_or_lead(email="nobody@example.com"))
    assert wire.lines == [
        ("GET", "/salesforce/contactOrLead", {"email": "ada@example.com"}),
        ("GET", "/salesforce/contactOrLead", {"email": "nobody@example.com"}),
    ]
    assert type(found).__name__ == "SalesforceContactOrLead"
    assert found.contact is not None and found.contact["Email"] == "ada@example.com"
    assert found.account is not None and found.account["Name"] == "Analytical Engines"
    assert found.lead is None
    assert [o["StageName"] for o in found.opportunities] == ["Prospecting"]
    assert found.open_tasks is not None and found.open_tasks.tasks[0]["Subject"] == "Call Ada"
    assert (nothing.contact, nothing.lead, nothing.account, nothing.open_tasks) == (None, None, None, None)


def test_contact_or_lead_raw_response_carries_status_and_parses(d: Driver, wire: Wire, cassette) -> None:
    with cassette("salesforce/contact_or_lead"):
        raw = d(d.client.with_raw_response.salesforce.contact_or_lead(email="ada@example.com"))
        d(d.client.salesforce.contact_or_lead(email="nobody@example.com"))
    assert raw.status_code == 200
    assert raw.parse().contact["Id"] == "0031U00000XYZ12QAA"
    assert wire.lines[0] == ("GET", "/salesforce/contactOrLead", {"email": "ada@example.com"})


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.salesforce.contact_or_lead(email="not an address"), "email is not a valid email address"),
        (lambda c: c.salesforce.contact_or_lead(email=None), "email is not a valid email address: None"),
        (lambda c: c.salesforce.contact_or_lead(email=42), "email is not a valid email address"),
        (lambda c: c.salesforce.contact_or_lead("ada@example.com"), "positional"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises((MixmaxValidationError, TypeError)) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
