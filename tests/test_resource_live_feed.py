"""Live feed, its per-message events and the legacy `/events` list on cassettes."""

from __future__ import annotations

import datetime

import pytest
from conftest import Driver, Wire

from mixmax_sdk import MixmaxValidationError, as_datetime

MESSAGE = "lAh716dny9EiTzt2E"
SEARCH = "is:opened sent:09/20/2023-09/27/2023"


def test_list_searches_follows_cursors_and_keeps_stats_on_the_page(d: Driver, wire: Wire, cassette) -> None:
    with cassette("live_feed/list_two_pages"):
        pages = d.pages(d.client.livefeed.list(search=SEARCH, limit=2))
    assert wire.lines == [
        ("GET", "/livefeed", {"search": SEARCH, "limit": "2"}),
        ("GET", "/livefeed", {"search": SEARCH, "limit": "2", "next": "eyJzZW50IjoxNjk1NjU0MDAwMDAwfQ"}),
    ]
    messages = [m for page in pages for m in page]
    assert [m.subject for m in messages] == ["Pilot proposal", "Re: Roadmap", "Invoice #1043"]
    first = messages[0]
    assert (first.id, first.from_email, first.service, first.service_thread_id) == (
        MESSAGE,
        "ada@example.com",
        "gmail",
        "18ad1c2e3f4a5b6c",
    )
    assert [r.email for r in first.recipients] == ["grace@example.com", "linus@example.com"]
    assert first.sent == 1695740400000  # epoch ms on the wire
    assert as_datetime(first.sent) == datetime.datetime(2023, 9, 26, 15, 0, tzinfo=datetime.UTC)
    assert messages[2].recipients[0].name is None
    stats = pages[0].raw.stats
    assert (stats.sent, stats.opened, stats.replied, stats.recipients) == (42, 30, 9, 57)
    assert (stats.percentages.opened, stats.percentages.tasks_completed) == (0.7317, 0.5)
    assert pages[1].raw.stats.delivered == 41


def test_list_without_arguments_sends_no_query_and_stats_may_be_absent(d: Driver, wire: Wire, cassette) -> None:
    with cassette("live_feed/list_one_page"):
        pages = d.pages(d.client.livefeed.list())
    assert wire.lines == [("GET", "/livefeed", {})]
    # hasNext=false ends the listing even though the page carries a `next` cursor.
    assert [len(p) for p in pages] == [1] and pages[0].next == "eyJzZW50IjoxNjk1MzA4NDAwMDAwfQ"
    assert pages[0].results[0].subject == "Invoice #1043"
    assert not pages[0].raw.stats  # UNSET: this answer carried no stats


def test_events_of_one_message_follow_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("live_feed/events_two_pages"):
        events = d.all(d.client.livefeed.events(MESSAGE, limit=2))
    assert wire.lines == [
        ("GET", "/livefeed/events", {"messageId": MESSAGE, "limit": "2"}),
        (
            "GET",
            "/livefeed/events",
            {"messageId": MESSAGE, "limit": "2", "next": "eyJfaWQiOiI2NTEzMGExYjg0NDdiOTA1OGEzMTA3ZTEifQ"},
        ),
    ]
    assert [e.type_ for e in events] == ["opened", "clicked", "downloaded"]
    opened, clicked, downloaded = events
    assert (opened.recipient_email, opened.city, opened.is_mobile) == ("grace@example.com", "Arlington", 0)
    assert opened.timestamp == 1695741000000  # epoch ms
    assert (clicked.link_url, clicked.link_text, clicked.is_mobile) == (
        "https://example.com/pilot",
        "the pilot plan",
        1,
    )
    assert (downloaded.file_name, downloaded.country) == ("pilot-plan.pdf", "FI")


def test_legacy_events_follow_cursors(d: Driver, wire: Wire, cassette) -> None:
    with cassette("live_feed/legacy_events_two_pages"):
        events = d.all(d.client.livefeed.legacy_events(limit=1))
    assert wire.lines == [
        ("GET", "/events", {"limit": "1"}),
        ("GET", "/events", {"limit": "1", "next": "eyJfaWQiOiI1N2YzZTJhMTg0NDdiOTA1OGEzMTAxYTAifQ"}),
    ]
    assert [e.action for e in events] == ["opened", "downloaded"]
    first, second = events
    assert (first.thread_id, first.timestamp, first.user_id) == ("157a1b2c3d4e5f60", 1475601000000, "kZYPwDDiGPTfQDj5n")
    assert (first.device.program, first.device.is_mobile, first.location.country) == ("Apple Mail", False, "US")
    assert (second.object_.type_, second.object_.title) == ("file", "pilot-plan.pdf")
    assert second.recipients[0].email == "grace@example.com"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.livefeed.list(limit=0), "limit must be an int from 1 to 300"),
        (lambda c: c.livefeed.list(search="is:opened", limit=1000), "limit must be an int from 1 to 300"),
        (lambda c: c.livefeed.events(""), "message_id must not be empty"),
        (lambda c: c.livefeed.events(None), "message_id must be a string"),
        (lambda c: c.livefeed.events(MESSAGE, limit=2.5), "limit must be an int from 1 to 300"),
        (lambda c: c.livefeed.legacy_events(limit=-1), "limit must be an int from 1 to 300"),
    ],
)
def test_bad_input_fails_before_any_request(d: Driver, wire: Wire, call, message: str) -> None:
    with pytest.raises(MixmaxValidationError) as info:
        call(d.client)
    assert message in str(info.value)
    assert wire.requests == []
