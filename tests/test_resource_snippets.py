"""Snippets and snippet tags on cassettes: the exact request on the wire and the typed result, sync and async."""

from __future__ import annotations

import datetime

import pytest
from conftest import Driver, Wire
from mixmax_openapi.models import SequenceShared
from mixmax_openapi.types import UNSET

from mixmax_sdk import MixmaxValidationError, as_datetime

SNIPPET = "5815495f8447b9058a310440"
TAG = "5815495f8447b9058a310450"


# ------------------------------------------------------------------------------------------ snippets
def test_list_sends_every_filter_and_follows_the_cursor(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippets/list_two_pages"):
        snippets = d.all(
            d.client.snippets.list(
                search='folder:"Sales"',
                include_deleted=True,
                sort="savedAt",
                sort_ascending=False,
                expand="analytics",
                limit=2,
            )
        )
    query = {
        "search": 'folder:"Sales"',
        "includeDeleted": "true",
        "sort": "savedAt",
        "sortAscending": "false",
        "expand": "analytics",
        "limit": "2",
    }
    assert wire.lines == [
        ("GET", "/snippets", query),
        ("GET", "/snippets", {**query, "next": "eyJzYXZlZEF0IjoxNDc3ODU1MjQ3NzkwfQ"}),
    ]
    assert [s.name for s in snippets] == ["Meeting follow-up", "Pricing overview", "Intro (old)"]
    mine, shared, deleted = snippets
    assert mine.id == SNIPPET and mine.title == "Thanks for your time"
    assert (mine.created_at, mine.saved_at) == (1477855247790, 1477941647790)
    assert as_datetime(mine.saved_at) == datetime.datetime(2016, 10, 31, 19, 20, 47, 790000, tzinfo=datetime.UTC)
    assert mine.shared is False and mine.custom_shortcut == "thx" and mine.deleted_at is None
    assert mine.analytics["opened"] == 84
    assert isinstance(shared.shared, SequenceShared)
    assert shared.shared["teams"] == ["5815495f8447b9058a310438"] and shared.custom_shortcut is None
    assert deleted.deleted_at == 1478000000000


def test_get_sends_include_deleted_false_expand_and_fields(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippets/get"):
        snippet = d(
            d.client.snippets.get(
                SNIPPET,
                include_deleted=False,
                expand=["analytics", "userId"],
                fields="title,source,userId,analytics",
            )
        )
    assert wire.lines == [
        (
            "GET",
            f"/snippets/{SNIPPET}",
            {"includeDeleted": "false", "expand": "analytics,userId", "fields": "title,source,userId,analytics"},
        )
    ]
    assert snippet.id == SNIPPET
    assert snippet.user_id == "ada@example.com"  # expand=userId: the owner's address
    assert snippet.source.startswith("<p>Hi {{First name}}")
    assert snippet.name is UNSET and snippet.analytics["replied"] == 9


def test_update_sends_only_the_given_fields(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippets/update"):
        snippet = d(
            d.client.snippets.update(
                SNIPPET,
                title="Thanks for meeting",
                source="<p>Hi {{First name}}, great to meet you.</p>",
                expand="analytics",
            )
        )
    assert wire.lines == [("PATCH", f"/snippets/{SNIPPET}", {"expand": "analytics"})]
    assert wire.last.headers["Content-Type"] == "application/json"
    assert wire.last.json == {"title": "Thanks for meeting", "source": "<p>Hi {{First name}}, great to meet you.</p>"}
    assert snippet.title == "Thanks for meeting" and snippet.name == "Meeting follow-up"
    assert snippet.saved_at == 1700000000000


def test_delete_accepts_an_empty_204(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippets/delete"):
        assert d(d.client.snippets.delete("5815495f8447b9058a310442")) is None
    assert wire.lines == [("DELETE", "/snippets/5815495f8447b9058a310442", {})]
    assert wire.last.json is None


def test_send_sends_addresses_as_objects_and_variables(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippets/send"):
        result = d(
            d.client.snippets.send(
                SNIPPET,
                [{"email": "grace@example.com", "name": "Grace Hopper"}],
                bcc=["crm@example.com"],
                subject="Great meeting today",
                tracking_enabled=True,
                variables={"First name": "Grace"},
            )
        )
    assert result is None
    assert wire.lines == [("POST", f"/snippets/{SNIPPET}/send", {})]
    assert wire.last.json == {
        "to": [{"email": "grace@example.com", "name": "Grace Hopper"}],
        "bcc": [{"email": "crm@example.com"}],
        "subject": "Great meeting today",
        "trackingEnabled": True,
        "variables": {"First name": "Grace"},
    }


# -------------------------------------------------------------------------------------- snippet tags
def test_tags_list_sorts_and_follows_the_cursor(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippet_tags/list_two_pages"):
        tags = d.all(d.client.snippet_tags.list(sort="name", sort_ascending=True, limit=2))
    assert wire.lines == [
        ("GET", "/snippettags", {"sort": "name", "sortAscending": "true", "limit": "2"}),
        (
            "GET",
            "/snippettags",
            {"sort": "name", "sortAscending": "true", "limit": "2", "next": "eyJuYW1lIjoiU2FsZXMifQ"},
        ),
    ]
    assert [(t.name, t.count) for t in tags] == [("Recruiting", 0), ("Sales", 12), ("Support", 4)]
    assert tags[1].id == TAG and tags[1].created_at == 1477855247790 and tags[1].is_inline is False
    assert isinstance(tags[2].shared, SequenceShared) and tags[2].shared["teams"] == ["5815495f8447b9058a310438"]


def test_tags_create(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippet_tags/create"):
        tag = d(d.client.snippet_tags.create("Onboarding"))
    assert wire.lines == [("POST", "/snippettags", {})]
    assert wire.last.json == {"name": "Onboarding"}
    assert (tag.id, tag.name, tag.count, tag.created_at) == ("5815495f8447b9058a310453", "Onboarding", 0, 1700000000000)


def test_tags_get(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippet_tags/get"):
        tag = d(d.client.snippet_tags.get(TAG))
    assert wire.lines == [("GET", f"/snippettags/{TAG}", {})]
    assert (tag.id, tag.name, tag.user_id, tag.saved_at) == (TAG, "Sales", "kZYPwDDiGPTfQDj5n", 1477941647790)
    assert tag.shared is False


def test_tags_update_renames(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippet_tags/update"):
        tag = d(d.client.snippet_tags.update(TAG, "Sales EMEA"))
    assert wire.lines == [("PATCH", f"/snippettags/{TAG}", {})]
    assert wire.last.json == {"name": "Sales EMEA"}
    assert tag.name == "Sales EMEA" and tag.saved_at == 1700000000000


def test_tags_delete_accepts_200_with_no_body(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippet_tags/delete"):
        assert d(d.client.snippet_tags.delete("5815495f8447b9058a310453")) is None
    assert wire.lines == [("DELETE", "/snippettags/5815495f8447b9058a310453", {})]
    assert wire.last.json is None


def test_tag_snippets_list_follows_the_cursor(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippet_tags/snippets_two_pages"):
        snippets = d.all(d.client.snippet_tags.snippets.list(TAG, sort="name", expand=["userId"], limit=2))
    path = f"/snippettags/{TAG}/snippets"
    assert wire.lines == [
        ("GET", path, {"sort": "name", "expand": "userId", "limit": "2"}),
        ("GET", path, {"sort": "name", "expand": "userId", "limit": "2", "next": "eyJuYW1lIjoiUHJpY2luZyJ9"}),
    ]
    assert [s.name for s in snippets] == ["Meeting follow-up", "Pricing overview", "Quick question"]
    assert [s.user_id for s in snippets] == ["ada@example.com", "barbara@example.com", "ada@example.com"]
    assert snippets[1].is_inline is True and snippets[2].created_at == 1477423247790


def test_tag_snippets_add_ignores_the_answer_body(d: Driver, wire: Wire, cassette) -> None:
    with cassette("snippet_tags/add_snippet"):
        result = d(
            d.client.snippet_tags.snippets.add(
                TAG, title="Case study", name="Case study: Acme", source="<p>How Acme doubled its reply rate.</p>"
            )
        )
    assert result is None
    assert wire.lines == [("POST", f"/snippettags/{TAG}/snippets", {})]
    assert wire.last.json == {
        "title": "Case study",
        "name": "Case study: Acme",
        "source": "<p>How Acme doubled its reply rate.</p>",
    }


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.snippets.get(""), "snippet_id must not be empty"),
        (lambda c: c.snippets.get(440), "snippet_id must be a string"),
        (lambda c: c.snippets.get("s", include_deleted="yes"), "include_deleted must be a bool"),
        (lambda c: c.snippets.get("s", fields=["title", 3]), "fields must be a string or a list"),
        (lambda c: c.snippets.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.snippets.list(limit=True), "limit must be an int from 1 to 300"),
        (lambda c: c.snippets.list(sort_ascending=1), "sort_ascending must be a bool"),
        (lambda c: c.snippets.list(search=["name:x"]), "search must be a string"),
        (lambda c: c.snippets.list(expand=[""]), "expand must be a string or a list"),
        (lambda c: c.snippets.update("s"), "pass at least one of title, name and source"),
        (lambda c: c.snippets.update("s", title=1), "title must be a string"),
        (lambda c: c.snippets.update(" ", title="T"), "snippet_id must not be empty"),
        (lambda c: c.snippets.delete(None), "snippet_id must be a string"),
        (lambda c: c.snippets.send("s", []), "to is empty"),
        (lambda c: c.snippets.send("s", "grace@example.com"), "not a single one"),
        (lambda c: c.snippets.send("s", [{"mail": "g@x.com"}]), "to[0] has unknown keys ['mail']"),
        (lambda c: c.snippets.send("s", ["g@x.com"], cc=["bad"]), "cc[0] is not a valid email address"),
        (lambda c: c.snippets.send("s", ["g@x.com"], tracking_enabled="on"), "tracking_enabled must be a bool"),
        (lambda c: c.snippets.send("s", ["g@x.com"], variables={"n": 1}), "must map variable names to strings"),
        (lambda c: c.snippets.send("s", ["g@x.com"], variables=["n"]), "variables must be a mapping"),
        (lambda c: c.snippets.send("", ["g@x.com"]), "snippet_id must not be empty"),
        (lambda c: c.snippet_tags.get(""), "tag_id must not be empty"),
        (lambda c: c.snippet_tags.create(""), "name must not be empty"),
        (lambda c: c.snippet_tags.create(None), "name must be a string"),
        (lambda c: c.snippet_tags.update("t", " "), "name must not be empty"),
        (lambda c: c.snippet_tags.update(7, "Sales"), "tag_id must be a string"),
        (lambda c: c.snippet_tags.delete(""), "tag_id must not be empty"),
        (lambda c: c.snippet_tags.list(limit=301), "limit must be an int from 1 to 300"),
        (lambda c: c.snippet_tags.list(sort_ascending="asc"), "sort_ascending must be a bool"),
        (lambda c: c.snippet_tags.snippets.list(""), "tag_id must not be empty"),
        (lambda c: c.snippet_tags.snippets.list("t", limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.snippet_tags.snippets.add("t"), "pass at least one of title, name and source"),
        (lambda c: c.snippet_tags.snippets.add("", name="N"), "tag_id must not be empty"),
        (lambda c: c.snippet_tags.snippets.add("t", source=b"<p>"), "source must be a string"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
