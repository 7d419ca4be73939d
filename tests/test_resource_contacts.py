"""Contacts and contact notes on cassettes: the exact request on the wire and the typed result, sync and async."""

from __future__ import annotations

import datetime

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError, as_datetime

USER = "kZYPwDDiGPTfQDj5n"
ADA = "5815495f8447b9058a310440"
GRACE = "5815495f8447b9058a310441"
LINUS = "5815495f8447b9058a310442"
GROUP = "58154a1f8447b9058a310450"
NOTE = "58154b2f8447b9058a310463"

FILTERS = {
    "limit": "2",
    "sort": "usedCount",
    "sortAscending": "false",
    "search": 'group:"Customers"',
    "includeShared": "true",
    "expand": "firstName,lastName",
    "withAnalytics": "true",
    "dates": "specific",
    "timezoneOffset": "-60",
    "since": "1704067200000",
    "until": "1706659200000",
}


def test_list_sends_every_filter_and_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contacts/list_two_pages"):
        contacts = d.all(
            d.client.contacts.list(
                sort="usedCount",
                sort_ascending=False,
                search='group:"Customers"',
                include_shared=True,
                expand=["firstName", "lastName"],
                with_analytics=True,
                timezone_offset=-60,
                since=datetime.datetime(2024, 1, 1),  # naive = UTC; dates defaults to "specific"
                until=1706659200000,
                limit=2,
            )
        )
    assert wire.lines == [
        ("GET", "/contacts", FILTERS),
        ("GET", "/contacts", {**FILTERS, "next": "eyJ1c2VkQ291bnQiOjF9"}),
    ]
    assert [c.email for c in contacts] == ["ada@example.com", "grace@example.com", "linus@example.com"]
    ada = contacts[0]
    assert (ada.id, ada.user_id, ada.name, ada.used_count) == (ADA, USER, "Ada Lovelace", 3)
    assert ada.timestamp == 1704153600000
    assert as_datetime(ada.timestamp) == datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC)
    assert ada.meta["First Name"] == "Ada"
    assert (ada.analytics.sent, ada.analytics.opened, ada.analytics.delivered_with_tracked_links) == (4, 3, 4)
    assert ada.analytics.percentages.opened == 0.75
    assert contacts[1].name is None


def test_list_fields_and_a_named_date_range(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contacts/list_fields"):
        page = d.first(d.client.contacts.list(dates="last30", fields=["email", "name"]))
    assert wire.lines == [("GET", "/contacts", {"dates": "last30", "fields": "email,name"})]
    assert [(c.id, c.email, c.name) for c in page] == [
        (ADA, "ada@example.com", "Ada Lovelace"),
        (GRACE, "grace@example.com", None),
    ]
    assert page.has_next is False  # a `next` cursor with hasNext=false ends the collection


def test_create_sends_every_field_and_accepts_200_or_204(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contacts/create"):
        contact = d(
            d.client.contacts.create(
                "ada@example.com",
                name="Ada Lovelace",
                groups=[GROUP],
                meta={"First Name": "Ada", "Company": "Analytical Engines"},
                google_contact_id="c7f3a2b1e0d94c58",
                salesforce_id="0035e00000AbCdEAAZ",
                mark_as_used=True,
                enrich=False,
            )
        )
        nothing = d(d.client.contacts.create("grace@example.com"))  # 204: the npm wrapper's only success
    assert wire.lines == [("POST", "/contacts", {}), ("POST", "/contacts", {})]
    assert [r.json for r in wire.requests] == [
        {
            "email": "ada@example.com",
            "name": "Ada Lovelace",
            "groups": [GROUP],
            "meta": {"First Name": "Ada", "Company": "Analytical Engines"},
            "contactId": "c7f3a2b1e0d94c58",
            "salesforceId": "0035e00000AbCdEAAZ",
            "markAsUsed": True,
            "enrich": False,
        },
        {"email": "grace@example.com"},
    ]
    assert wire.last.headers["Content-Type"] == "application/json"
    assert (contact.id, contact.contact_id, contact.salesforce_id) == (ADA, "c7f3a2b1e0d94c58", "0035e00000AbCdEAAZ")
    assert contact.groups == [GROUP] and contact.locked is False
    assert contact.meta["Company"] == "Analytical Engines"
    assert nothing is None


def test_query_sends_criteria_as_query_parameters_and_keeps_the_raw_matches(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contacts/query"):
        result = d(
            d.client.contacts.query(
                "ada",
                include_salesforce_contacts=True,
                include_salesforce_accounts=False,
                include_salesforce_opportunities=True,
            )
        )
    assert wire.lines == [
        (
            "POST",
            "/contacts/query",
            {
                "q": "ada",
                "includeSalesforceContacts": "true",
                "includeSalesforceAccounts": "false",
                "includeSalesforceOpportunities": "true",
            },
        )
    ]
    assert wire.last.json is None
    assert [m["email"] for m in result.results] == ["ada@example.com", "ada.king@example.org"]
    assert result.results[1]["source"] == "salesforce"
    assert result["hasMore"] is False


def test_get_with_expand(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contacts/get"):
        contact = d(d.client.contacts.get(ADA, expand=["groups", "notes", "salesforce"]))
    assert wire.lines == [("GET", f"/contacts/{ADA}", {"expand": "groups,notes,salesforce"})]
    assert contact.email == "ada@example.com"
    assert contact.meta["Title"] == "Countess of Lovelace"
    assert contact.groups == [{"_id": GROUP, "name": "Customers"}]
    assert contact.notes[0]["text"] == "Met at the Royal Society"
    assert contact["sharedWith"] == []


def test_update_patches_only_given_fields(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contacts/update"):
        contact = d(
            d.client.contacts.update(
                ADA,
                email="ada.king@example.com",
                name="Ada King",
                meta={"Company": "Analytical Engines"},
                google_contact_id="c7f3a2b1e0d94c58",
                salesforce_id="0035e00000AbCdEAAZ",
            )
        )
        nothing = d(d.client.contacts.update(GRACE, name="Grace Hopper"))
    assert wire.lines == [("PATCH", f"/contacts/{ADA}", {}), ("PATCH", f"/contacts/{GRACE}", {})]
    assert [r.json for r in wire.requests] == [
        {
            "email": "ada.king@example.com",
            "name": "Ada King",
            "contactId": "c7f3a2b1e0d94c58",
            "salesforceId": "0035e00000AbCdEAAZ",
            "meta": {"Company": "Analytical Engines"},
        },
        {"name": "Grace Hopper"},
    ]
    assert (contact.email, contact.name) == ("ada.king@example.com", "Ada King")
    assert contact.meta["Company"] == "Analytical Engines"
    assert nothing is None


def test_delete_contact_and_note_accept_any_2xx(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contacts/delete"):
        assert d(d.client.contacts.delete(LINUS)) is None  # 204
        assert d(d.client.contacts.notes.delete(ADA, "58154b2f8447b9058a310461")) is None  # 200, empty
    assert wire.lines == [
        ("DELETE", f"/contacts/{LINUS}", {}),
        ("DELETE", f"/contacts/{ADA}/notes/58154b2f8447b9058a310461", {}),
    ]
    assert [r.json for r in wire.requests] == [None, None]


def test_notes_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contacts/notes_two_pages"):
        notes = d.all(d.client.contacts.notes.list(ADA, limit=2))
    assert wire.lines == [
        ("GET", f"/contacts/{ADA}/notes", {"limit": "2"}),
        ("GET", f"/contacts/{ADA}/notes", {"limit": "2", "next": "eyJfaWQiOiI1ODE1NGIyZiJ9"}),
    ]
    assert [n.text for n in notes] == [
        "Asked for the Bernoulli numbers write-up",
        "Prefers email over calls",
        "Met at the Royal Society",
    ]
    assert all(n.contact_id == ADA and n.user_id == USER for n in notes)
    # Note timestamps come as epoch ms or ISO strings; both are kept and as_datetime reads either.
    assert notes[0].created_at == 1704412800000
    assert notes[1].modified_at == "2024-01-04T10:00:00.000Z"
    assert as_datetime(notes[1].modified_at) == datetime.datetime(2024, 1, 4, 10, 0, tzinfo=datetime.UTC)


def test_notes_create_and_update(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contacts/notes_write"):
        note = d(d.client.contacts.notes.create(ADA, "Sent the Note G draft"))
        edited = d(d.client.contacts.notes.update(ADA, note.id, "Sent the Note G draft (v2)"))
    assert wire.lines == [
        ("POST", f"/contacts/{ADA}/notes", {}),
        ("PATCH", f"/contacts/{ADA}/notes/{NOTE}", {}),
    ]
    assert [r.json for r in wire.requests] == [
        {"text": "Sent the Note G draft"},
        {"text": "Sent the Note G draft (v2)"},
    ]
    assert (note.id, note.text, note.created_at) == (NOTE, "Sent the Note G draft", 1704499200000)
    assert (edited.text, edited.modified_at) == ("Sent the Note G draft (v2)", 1704502800000)


def test_notes_is_a_sub_resource_that_sends_nothing(d: Driver, wire: Wire) -> None:
    assert d.client.contacts.notes is d.client.contacts.notes
    assert repr(d.client.contacts.notes) == f"<ContactNotes ({'async' if d.is_async else 'sync'})>"
    assert wire.requests == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.contacts.get(""), "contact_id must not be empty"),
        (lambda c: c.contacts.get(42), "contact_id must be a string"),
        (lambda c: c.contacts.get(ADA, expand=["groups", ""]), "expand must be a string or a list"),
        (lambda c: c.contacts.list(limit=301), "limit must be an int from 1 to 300"),
        (lambda c: c.contacts.list(sort_ascending="yes"), "sort_ascending must be a bool"),
        (lambda c: c.contacts.list(include_shared=1), "include_shared must be a bool"),
        (lambda c: c.contacts.list(timezone_offset=90_000), "timezone_offset must be an int from -840 to 840"),
        (lambda c: c.contacts.list(since="2024-01-01"), "since must be a datetime or epoch milliseconds"),
        (lambda c: c.contacts.list(until=1_706_659_200), "looks like seconds"),
        (lambda c: c.contacts.list(since=1706659200000, dates="last7"), "since/until need dates='specific'"),
        (lambda c: c.contacts.list(since=1706659200000, until=1704067200000), "since (1706659200000) is after until"),
        (lambda c: c.contacts.list(fields=[1]), "fields must be a string or a list"),
        (lambda c: c.contacts.create("not an email"), "email is not a valid email address"),
        (lambda c: c.contacts.create("a@x.com", groups=GROUP), "groups must be a list of contact group ids"),
        (lambda c: c.contacts.create("a@x.com", groups=[""]), "groups[0] must not be empty"),
        (lambda c: c.contacts.create("a@x.com", meta={1: "x"}), "meta must be a mapping with string keys"),
        (lambda c: c.contacts.create("a@x.com", meta={"n": float("nan")}), "meta is not JSON-serialisable"),
        (lambda c: c.contacts.create("a@x.com", name=7), "name must be a string"),
        (lambda c: c.contacts.create("a@x.com", enrich="no"), "enrich must be a bool"),
        (lambda c: c.contacts.query(""), "q must not be empty"),
        (
            lambda c: c.contacts.query("ada", include_salesforce_accounts=1),
            "include_salesforce_accounts must be a bool",
        ),
        (lambda c: c.contacts.update(ADA), "update needs at least one field"),
        (lambda c: c.contacts.update("", name="A"), "contact_id must not be empty"),
        (lambda c: c.contacts.update(ADA, email="nope"), "email is not a valid email address"),
        (lambda c: c.contacts.update(ADA, salesforce_id=5), "salesforce_id must be a string"),
        (lambda c: c.contacts.delete(None), "contact_id must be a string"),
        (lambda c: c.contacts.notes.list(" "), "contact_id must not be empty"),
        (lambda c: c.contacts.notes.list(ADA, limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.contacts.notes.create(ADA, ""), "text must not be empty"),
        (lambda c: c.contacts.notes.create(ADA, None), "text must be a string"),
        (lambda c: c.contacts.notes.update(ADA, "", "x"), "note_id must not be empty"),
        (lambda c: c.contacts.notes.delete(ADA, 3), "note_id must be a string"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
