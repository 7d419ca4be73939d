"""Contact groups and their members on cassettes: the exact request on the wire and the typed result, sync and async."""

from __future__ import annotations

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError

USER = "kZYPwDDiGPTfQDj5n"
ADA = "5815495f8447b9058a310440"
LINUS = "5815495f8447b9058a310442"
G1 = "58154a1f8447b9058a310450"
G2 = "58154a1f8447b9058a310451"
G3 = "58154a1f8447b9058a310452"


def test_list_with_fields_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contact_groups/list_two_pages"):
        groups = d.all(d.client.contact_groups.list(fields=["name", "count", "shared"], limit=2))
    assert wire.lines == [
        ("GET", "/contactgroups", {"limit": "2", "fields": "name,count,shared"}),
        ("GET", "/contactgroups", {"limit": "2", "fields": "name,count,shared", "next": "eyJfaWQiOiI1ODE1NGExZiJ9"}),
    ]
    assert [(g.id, g.name, g.count, g.shared) for g in groups] == [
        (G1, "Customers", 42, False),
        (G2, "Conference leads", 7, True),
        (G3, "Investors", 0, False),
    ]


def test_create_with_initial_contacts(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contact_groups/create"):
        group = d(
            d.client.contact_groups.create(
                "Customers",
                contacts=[
                    "ada@example.com",
                    {
                        "email": "grace@example.com",
                        "name": "Grace Hopper",
                        "meta": {"Company": "US Navy"},
                        "google_contact_id": "b2e9d4c7a1f03e65",
                        "salesforce_id": "0035e00000GhIjKAAZ",
                    },
                ],
            )
        )
    assert wire.lines == [("POST", "/contactgroups", {})]
    assert wire.last.json == {
        "name": "Customers",
        "contacts": [
            {"email": "ada@example.com"},
            {
                "email": "grace@example.com",
                "name": "Grace Hopper",
                "meta": {"Company": "US Navy"},
                "contactId": "b2e9d4c7a1f03e65",
                "salesforceId": "0035e00000GhIjKAAZ",
            },
        ],
    }
    assert (group.id, group.user_id, group.name, group.count, group.shared) == (G1, USER, "Customers", 2, False)


def test_get(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contact_groups/get"):
        group = d(d.client.contact_groups.get(G2))
    assert wire.lines == [("GET", f"/contactgroups/{G2}", {})]
    assert (group.name, group.shared, group.count) == ("Conference leads", True, 7)
    assert group.group_id == "58154c3f8447b9058a310470"
    assert group.user_id != USER  # shared with you by someone else


def test_update_renames(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contact_groups/update"):
        group = d(d.client.contact_groups.update(G1, "Key customers"))
    assert wire.lines == [("PATCH", f"/contactgroups/{G1}", {})]
    assert wire.last.json == {"name": "Key customers"}
    assert (group.id, group.name, group.count) == (G1, "Key customers", 42)


def test_remove_member_and_delete_group_accept_any_2xx(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contact_groups/delete_and_remove"):
        assert d(d.client.contact_groups.contacts.remove(G1, LINUS)) is None  # 204
        assert d(d.client.contact_groups.delete(G3)) is None  # 200, empty
    assert wire.lines == [
        ("DELETE", f"/contactgroups/{G1}/contacts/{LINUS}", {}),
        ("DELETE", f"/contactgroups/{G3}", {}),
    ]
    assert [r.json for r in wire.requests] == [None, None]


def test_members_list_follows_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contact_groups/contacts_two_pages"):
        pages = d.pages(d.client.contact_groups.contacts.list(G1, limit=2))
    assert wire.lines == [
        ("GET", f"/contactgroups/{G1}/contacts", {"limit": "2"}),
        ("GET", f"/contactgroups/{G1}/contacts", {"limit": "2", "next": "eyJfaWQiOiI1ODE1NDk1ZiJ9"}),
    ]
    assert [len(p) for p in pages] == [2, 1]
    members = [c for p in pages for c in p]
    assert [c.email for c in members] == ["ada@example.com", "grace@example.com", "linus@example.com"]
    assert (members[0].id, members[0].used_count, members[0].meta["First Name"]) == (ADA, 3, "Ada")
    assert pages[-1].has_next is False and pages[-1].has_previous is True


def test_add_member_sends_contact_fields(d: Driver, wire: Wire, cassette) -> None:
    with cassette("contact_groups/add_contact"):
        contact = d(
            d.client.contact_groups.contacts.add(
                G1,
                "linus@example.com",
                name="Linus Torvalds",
                meta={"First Name": "Linus"},
                google_contact_id="d4a1c9e2b7f05a13",
                salesforce_id="0035e00000LmNoPAAZ",
            )
        )
    assert wire.lines == [("POST", f"/contactgroups/{G1}/contacts", {})]
    assert wire.last.json == {
        "email": "linus@example.com",
        "name": "Linus Torvalds",
        "meta": {"First Name": "Linus"},
        "contactId": "d4a1c9e2b7f05a13",
        "salesforceId": "0035e00000LmNoPAAZ",
    }
    assert (contact.id, contact.email, contact.contact_id) == (LINUS, "linus@example.com", "d4a1c9e2b7f05a13")
    assert contact.groups == [G1]


def test_contacts_is_a_sub_resource_that_sends_nothing(d: Driver, wire: Wire) -> None:
    assert d.client.contact_groups.contacts is d.client.contact_groups.contacts
    assert repr(d.client.contact_groups.contacts).startswith("<ContactGroupContacts (")
    assert wire.requests == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.contact_groups.list(limit=500), "limit must be an int from 1 to 300"),
        (lambda c: c.contact_groups.list(fields=[""]), "fields must be a string or a list"),
        (lambda c: c.contact_groups.create(""), "name must not be empty"),
        (lambda c: c.contact_groups.create(None), "name must be a string"),
        (lambda c: c.contact_groups.create("G", contacts="a@x.com"), "not a single one"),
        (lambda c: c.contact_groups.create("G", contacts={"email": "a@x.com"}), "not a single one"),
        (lambda c: c.contact_groups.create("G", contacts=["nope"]), "contacts[0].email is not a valid email"),
        (lambda c: c.contact_groups.create("G", contacts=[42]), "contacts[0] must be an address or a dict"),
        (
            lambda c: c.contact_groups.create("G", contacts=[{"email": "a@x.com", "phone": "1"}]),
            "contacts[0] has unknown keys",
        ),
        (lambda c: c.contact_groups.create("G", contacts=[{}]), "contacts[0] has no email"),
        (
            lambda c: c.contact_groups.create("G", contacts=[{"email": "a@x.com", "contactId": "x"}]),
            "(use google_contact_id)",
        ),
        (
            lambda c: c.contact_groups.create("G", contacts=["a@x.com", {"email": "b@x.com", "meta": ["x"]}]),
            "contacts[1].meta must be a mapping",
        ),
        (lambda c: c.contact_groups.get(""), "group_id must not be empty"),
        (lambda c: c.contact_groups.update(G1, ""), "name must not be empty"),
        (lambda c: c.contact_groups.update(7, "x"), "group_id must be a string"),
        (lambda c: c.contact_groups.delete(" "), "group_id must not be empty"),
        (lambda c: c.contact_groups.contacts.list(""), "group_id must not be empty"),
        (lambda c: c.contact_groups.contacts.list(G1, limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.contact_groups.contacts.add(G1, "not-an-email"), "email is not a valid email address"),
        (lambda c: c.contact_groups.contacts.add(G1, "a@x.com", name=1), "name must be a string"),
        (lambda c: c.contact_groups.contacts.add("", "a@x.com"), "group_id must not be empty"),
        (lambda c: c.contact_groups.contacts.remove(G1, ""), "contact_id must not be empty"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
